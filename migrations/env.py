"""Alembic environment: runs with the engine claims hands over, or on $CLAIMS_DB."""

from __future__ import annotations

from alembic import context

from claims.models import Base

config = context.config
# Full-text search lives in tables and triggers the models don't describe.
SEARCH_PREFIX = "claim_search"


def include_name(name, type_, parent_names):  # type: ignore[no-untyped-def]
    return not (name or "").startswith((SEARCH_PREFIX, "ix_claims_search"))


def run_migrations() -> None:
    engine = config.attributes.get("engine")
    if engine is None:  # `alembic upgrade head` from the repository root
        from claims.db import database_url, make_engine

        engine = make_engine(database_url(), write=True)
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=Base.metadata,
            render_as_batch=True,
            include_name=include_name,
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("claims migrations run online only")
run_migrations()
