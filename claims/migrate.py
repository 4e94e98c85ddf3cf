"""Alembic, run from code: the scripts ship inside the package as claims.migrations."""

from __future__ import annotations

import sys
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from claims.db import checked_schemas


def alembic_config(engine: Engine) -> Config:
    import claims.migrations

    # Alembic's own messages are not data: they go to stderr.
    config = Config(stdout=sys.stderr)
    config.set_main_option("script_location", str(Path(claims.migrations.__file__).parent))
    config.set_main_option(
        "sqlalchemy.url", engine.url.render_as_string(hide_password=False).replace("%", "%%")
    )
    config.attributes["engine"] = engine
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    command.upgrade(alembic_config(engine), revision)
    checked_schemas.clear()


def downgrade(engine: Engine, revision: str) -> None:
    command.downgrade(alembic_config(engine), revision)
    checked_schemas.clear()


def check(engine: Engine) -> None:
    """Raise if the models and the migrations disagree."""
    command.check(alembic_config(engine))


def revisions(engine: Engine) -> list[str]:
    """Every revision the scripts know, oldest first."""
    script = ScriptDirectory.from_config(alembic_config(engine))
    return [r.revision for r in reversed(list(script.walk_revisions()))]
