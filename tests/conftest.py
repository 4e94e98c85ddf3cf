"""Fixtures: a real database per test (a SQLite file in a temp folder, or a fresh
PostgreSQL database when CLAIMS_TEST_POSTGRES names a server) and a CLI runner."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claims.cli import app

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_e7f8cdcaac125e97.txt"
ARTICLES = Path(__file__).parent / "articles"
HARBOR = ARTICLES / "harbor.txt"
POSTGRES = os.environ.get("CLAIMS_TEST_POSTGRES")

sqlite_only = pytest.mark.skipif(bool(POSTGRES), reason="SQLite-specific behaviour")


@pytest.fixture
def db_url(tmp_path: Path) -> Iterator[str]:
    if not POSTGRES:
        yield str(tmp_path / "claims.db")
        return
    from sqlalchemy import create_engine, make_url, text

    name = "claims_test_" + uuid.uuid4().hex[:12]
    admin = create_engine(POSTGRES, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    yield make_url(POSTGRES).set(database=name).render_as_string(hide_password=False)
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
    admin.dispose()


@dataclass
class Run:
    exit_code: int
    stdout: str
    stderr: str


@dataclass
class Cli:
    db: str

    def __call__(self, *args: str, input: str | None = None) -> Run:
        result = CliRunner().invoke(app, ["--db", self.db, *map(str, args)], input=input)
        if result.exception and not isinstance(result.exception, SystemExit):
            raise result.exception
        return Run(result.exit_code, result.stdout, result.stderr)

    def ok(self, *args: str, input: str | None = None) -> Run:
        run = self(*args, input=input)
        assert run.exit_code == 0, run.stderr
        return run


@pytest.fixture
def cli(db_url: str) -> Cli:
    return Cli(db_url)


@pytest.fixture
def seeded(cli: Cli) -> Cli:
    cli.ok("ingest", SEED)
    return cli


def snapshot(db: str) -> dict[str, list[tuple]]:
    """Every row of every claims table: to prove a failed command changed nothing."""
    from sqlalchemy import select

    from claims.db import database_url, make_engine
    from claims.models import Base

    engine = make_engine(database_url(db), write=False)
    try:
        with engine.connect() as conn:
            return {
                t.name: [tuple(r) for r in conn.execute(select(t).order_by(*t.primary_key))]
                for t in Base.metadata.sorted_tables
                if t.name != "claim_counts"  # derived by triggers; not in older schemas
            }
    finally:
        engine.dispose()
