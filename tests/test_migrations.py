"""Migrations: create, check against the models, downgrade and upgrade again."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SEED, Cli, snapshot, sqlite_only

from claims import migrate
from claims.db import current_revision, database_url, ensure_schema, make_engine
from claims.schema_version import HEAD, REVISIONS


def engine_for(db: str):  # type: ignore[no-untyped-def]
    return make_engine(database_url(db), write=True)


def test_revisions_known_to_startup_match_the_scripts(db_url: str) -> None:
    assert tuple(migrate.revisions(engine_for(db_url))) == REVISIONS


def test_a_new_database_is_created_at_the_newest_revision(cli: Cli) -> None:
    assert cli.ok("db", "current").stdout.startswith("(empty)")
    cli.ok("list")
    assert cli.ok("db", "current").stdout.startswith(f"{HEAD} (up to date)")


def test_models_and_migrations_agree(cli: Cli) -> None:
    assert "agree" in cli.ok("db", "check").stdout


def test_downgrade_to_base_and_back_up_keeps_working(cli: Cli) -> None:
    cli.ok("ingest", SEED)
    cli.ok("db", "downgrade", "base")
    assert cli.ok("db", "current").stdout.startswith("(empty)")
    cli.ok("db", "upgrade")
    cli.ok("ingest", SEED)
    assert "MS-13" in cli.ok("search", "MS-13").stdout


def test_an_older_database_is_upgraded_on_first_use(cli: Cli) -> None:
    cli.ok("ingest", SEED)
    cli.ok("db", "downgrade", REVISIONS[0])
    before = snapshot(cli.db)
    # The first command after the downgrade upgrades, and the search index is rebuilt
    # from the rows that were already there.
    assert "Jeff Sessions" in cli.ok("search", "Sessions").stdout
    assert snapshot(cli.db) == before
    assert current_revision(engine_for(cli.db)) == HEAD


@sqlite_only
def test_a_database_from_a_newer_claims_is_refused(cli: Cli) -> None:
    cli.ok("ingest", SEED)
    with sqlite3.connect(cli.db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    run = cli("list")
    assert run.exit_code == 1
    assert "newer than this claims knows" in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1


@sqlite_only
def test_sqlite_settings(cli: Cli) -> None:
    cli.ok("ingest", SEED)
    with sqlite3.connect(cli.db) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    engine = engine_for(cli.db)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


@sqlite_only
def test_startup_does_not_import_alembic_when_current(cli: Cli) -> None:
    cli.ok("ingest", SEED)
    code = (
        "import sys; from claims.cli import app\n"
        "try:\n    app(['--db', sys.argv[1], 'list', '--format', 'json'])\n"
        "except SystemExit:\n    pass\n"
        "assert 'alembic' not in sys.modules, 'alembic imported'\n"
        "assert 'sqlalchemy' not in sys.modules, 'sqlalchemy imported'\n"
        "print('ok')"
    )
    out = subprocess.run([sys.executable, "-c", code, cli.db], capture_output=True, text=True)
    assert out.stdout.strip().endswith("ok"), out.stderr


@pytest.mark.parametrize("args", [["--help"], ["--version"], ["list", "--help"]])
def test_help_and_version_import_neither_sqlalchemy_nor_alembic(args: list[str]) -> None:
    code = (
        "import sys; from claims.cli import app\n"
        f"try:\n    app({args!r})\n"
        "except SystemExit:\n    pass\n"
        "bad = [m for m in ('sqlalchemy', 'alembic', 'rich') if m in sys.modules]\n"
        "assert not bad, bad\n"
        "print('ok')"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.stdout.strip().endswith("ok"), out.stderr


def test_ensure_schema_is_idempotent(db_url: str) -> None:
    engine = engine_for(db_url)
    ensure_schema(engine)
    ensure_schema(engine)
    assert current_revision(engine) == HEAD


@pytest.mark.skipif(not (Path(__file__).parents[1] / "alembic.ini").exists(), reason="no repo")
@sqlite_only
def test_alembic_command_line_from_the_repository(tmp_path: Path) -> None:
    root = Path(__file__).parents[1]
    db = tmp_path / "by-alembic.db"
    env = {"CLAIMS_DB": str(db), "PATH": str(Path(sys.executable).parent)}
    out = subprocess.run(
        [sys.executable, "-m", "alembic", "-c", str(root / "alembic.ini"), "upgrade", "head"],
        capture_output=True,
        text=True,
        env=env,
        cwd=root,
    )
    assert out.returncode == 0, out.stderr
    assert current_revision(engine_for(str(db))) == HEAD
