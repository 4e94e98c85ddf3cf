"""Engines and sessions for writing: SQLite settings, the schema version, migrations.

SQLAlchemy is imported here, never by the CLI module itself, so that `claims --help`
stays fast. Alembic is imported only when an upgrade is actually due.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from claims.errors import DatabaseError
from claims.location import BUSY_TIMEOUT_MS, database_url
from claims.schema_version import HEAD, REVISIONS


def _sqlite_settings(engine: Engine, write: bool) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection, _record):  # type: ignore[no-untyped-def]
        # We open transactions ourselves (below); the driver must not.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        if cursor.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(connection):  # type: ignore[no-untyped-def]
        # A writing transaction takes the write lock up front: a read-modify-write
        # (check the note slot, then fill it) can then never lose a concurrent update.
        connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def make_engine(url: str, write: bool = True) -> Engine:
    if url.startswith("sqlite"):
        path = url.split("///", 1)[-1]
        if path and path != ":memory:" and Path(path).is_dir():
            raise DatabaseError(f"{path} is a folder, not a database file")
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        _sqlite_settings(engine, write)
        return engine
    return create_engine(url, pool_pre_ping=False)


def current_revision(engine: Engine) -> str | None:
    """The database's schema revision, or None for an empty database."""
    with engine.connect() as conn:
        try:
            row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
        except (OperationalError, SADatabaseError) as exc:
            conn.rollback()
            if _is_not_a_database(exc):
                raise
            if _has_tables(conn):
                raise DatabaseError(
                    f"{engine.url.render_as_string(hide_password=True)} holds other tables "
                    "and is not a claims database"
                ) from None
            return None
    return row[0] if row else None


def _has_tables(conn) -> bool:  # type: ignore[no-untyped-def]
    from sqlalchemy import inspect

    return bool(inspect(conn).get_table_names())


def _is_not_a_database(exc: Exception) -> bool:
    return "not a database" in str(exc) or "file is encrypted" in str(exc)


def ensure_schema(engine: Engine) -> None:
    """Create or upgrade the schema if needed; refuse a database from a newer claims."""
    revision = current_revision(engine)
    if revision == HEAD:
        return
    if revision is not None and revision not in REVISIONS:
        raise DatabaseError(
            f"the database is at schema revision {revision}, newer than this claims knows "
            f"({HEAD}); upgrade claims to use it"
        )
    from claims.migrate import upgrade

    upgrade(engine)


_engines: dict[tuple[str, bool], Engine] = {}


def cached_engine(url: str, write: bool) -> Engine:
    """One engine (and its pool of connections) per database for the whole process:
    ingesting a thousand files must not connect a thousand times."""
    key = (url, write)
    if key not in _engines:
        _engines[key] = make_engine(url, write=write)
    return _engines[key]


# Databases whose schema this process has checked (or created) already. Migrating through
# claims.migrate forgets them, so the next session checks again.
checked_schemas: set[str] = set()


@contextmanager
def open_session(db: str | None = None, write: bool = False) -> Iterator[Session]:
    """One transaction: committed on success, rolled back on any error."""
    url = database_url(db)
    engine = cached_engine(url, write)
    try:
        if url not in checked_schemas:
            ensure_schema(engine)
            checked_schemas.add(url)
        session = Session(engine)
    except (OperationalError, SADatabaseError) as exc:
        raise database_error(exc, url) from None
    try:
        with session.begin():
            yield session
    except (OperationalError, SADatabaseError) as exc:
        raise database_error(exc, url) from None
    finally:
        session.close()


def database_error(exc: Exception, url: str) -> DatabaseError:
    message = str(getattr(exc, "orig", exc)).splitlines()[0]
    where = url.split("///", 1)[-1] if url.startswith("sqlite") else "the database"
    if "locked" in message:
        return DatabaseError(f"{where} is busy (locked by another writer); try again")
    if _is_not_a_database(exc):
        return DatabaseError(f"{where} is not a SQLite database")
    if "unable to open" in message:
        return DatabaseError(f"cannot open {where}: {message}")
    return DatabaseError(f"database error: {message}")
