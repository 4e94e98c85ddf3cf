"""A plain DB-API connection for the read-only commands.

`claims list`, `search`, `show`, `speakers` and `articles` run hundreds of times a day:
they talk to SQLite through the standard library (or to PostgreSQL through psycopg) and
never import SQLAlchemy, which alone takes longer to import than sqlite-utils needs for a
whole query. Only when the schema is missing or old does this hand over to claims.db,
which creates or upgrades it with Alembic.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from claims.errors import DatabaseError
from claims.location import BUSY_TIMEOUT_MS, database_url
from claims.schema_version import HEAD, REVISIONS

_TIMESTAMPS = {"noted_at", "created_at", "ingested_at"}
_BOOLEANS = {"stale"}
_NAMED = re.compile(r"(?<!:):(\w+)")


class Reader:
    """Rows as dicts from SQL with :named parameters, on SQLite or PostgreSQL."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.dialect = "sqlite" if url.startswith("sqlite") else "postgresql"
        self._connection: Any = None

    def connect(self) -> None:
        if self.dialect == "sqlite":
            import sqlite3

            path = self.url.split("///", 1)[1]
            if Path(path).is_dir():
                raise DatabaseError(f"{path} is a folder, not a database file")
            self._connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)
            self._connection.row_factory = sqlite3.Row
        else:
            import psycopg
            from psycopg.rows import dict_row

            conninfo = re.sub(r"^postgresql\+\w+://", "postgresql://", self.url)
            self._connection = psycopg.connect(conninfo, row_factory=dict_row, autocommit=True)

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()

    def rows(self, sql: str, params: dict | None = None) -> list[dict]:
        if self.dialect == "postgresql":
            sql = _NAMED.sub(r"%(\1)s", sql.replace("%", "%%"))
        cursor = self._connection.execute(sql, params or {})
        return [_clean(dict(row)) for row in cursor.fetchall()]

    def value(self, sql: str, params: dict | None = None) -> Any:
        rows = self.rows(sql, params)
        return next(iter(rows[0].values())) if rows else None

    def revision(self) -> str | None:
        """The schema revision, or None when there is no schema yet."""
        try:
            return self.value("SELECT version_num FROM alembic_version")
        except Exception as exc:  # no such table (either driver), or not a database
            if "not a database" in str(exc) or "encrypted" in str(exc):
                raise DatabaseError(
                    f"{self.url.split('///', 1)[-1]} is not a SQLite database"
                ) from None
            if self.dialect == "postgresql":
                self._connection.rollback()
            return None


def _clean(row: dict) -> dict:
    """Values as the ORM path gives them: datetimes and booleans, whatever the driver."""
    for key in _TIMESTAMPS & row.keys():
        if isinstance(row[key], str):
            row[key] = datetime.fromisoformat(row[key])
    for key in _BOOLEANS & row.keys():
        if row[key] is not None:
            row[key] = bool(row[key])
    return row


@contextmanager
def open_reader(db: str | None = None) -> Iterator[Reader]:
    """A reader on a database at the newest schema (created or upgraded if needed)."""
    url = database_url(db)
    reader = Reader(url)
    try:
        reader.connect()
        revision = reader.revision()
        if revision != HEAD:
            if revision is not None and revision not in REVISIONS:
                raise DatabaseError(
                    f"the database is at schema revision {revision}, newer than this claims "
                    f"knows ({HEAD}); upgrade claims to use it"
                )
            _upgrade(db)
        yield reader
    except DatabaseError:
        raise
    except Exception as exc:
        message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        if type(exc).__module__.startswith(("sqlite3", "psycopg")):
            raise DatabaseError(f"database error: {message}") from None
        raise
    finally:
        reader.close()


def _upgrade(db: str | None) -> None:
    """Hand over to SQLAlchemy and Alembic: only for a new or old database."""
    from claims.db import open_session

    with open_session(db, write=True):
        pass
