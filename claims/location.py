"""Where the database is: --db, else $CLAIMS_DB, else ./claims.db (no heavy imports)."""

from __future__ import annotations

import os
from pathlib import Path

DEFAULT_DB = "claims.db"


def database_url(db: str | None = None) -> str:
    """A value with '://' is a database URL as is; anything else is a SQLite file."""
    value = db or os.environ.get("CLAIMS_DB") or DEFAULT_DB
    if "://" in value:
        return value
    return "sqlite:///" + str(Path(value).expanduser().resolve())
