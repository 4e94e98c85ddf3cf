"""Where the database is: --db, else $CLAIMS_DB, else ./claims.db; and how long to wait for
it. No heavy imports: read-only commands start from here."""

from __future__ import annotations

import os
from pathlib import Path

DEFAULT_DB = "claims.db"
# How long a command waits for another writer before giving up ("database is locked").
BUSY_TIMEOUT_MS = 30_000


def database_url(db: str | None = None) -> str:
    """A value with '://' is a database URL as is; anything else is a SQLite file."""
    value = db or os.environ.get("CLAIMS_DB") or DEFAULT_DB
    if "://" in value:
        return value
    return "sqlite:///" + str(Path(value).expanduser().resolve())
