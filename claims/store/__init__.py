"""Library functions over the database: ingest, notes, re-extraction (a SQLAlchemy Session;
they never commit: the caller owns the transaction) and read-only queries (a plain
claims.reader.Reader).

Submodules load on first use, so that a read-only command never imports SQLAlchemy.
(`reextract` is both a submodule and its function: import it from claims.store.reextract.)
"""

from importlib import import_module

_HOMES = {
    "IngestResult": "ingest",
    "ingest_article": "ingest",
    "clear_note": "notes",
    "copy_note": "notes",
    "set_note": "notes",
    "ReextractResult": "reextract",
    "ClaimFilter": "queries",
    "list_articles": "queries",
    "list_claims": "queries",
    "list_speakers": "queries",
    "show_claim": "queries",
    "search_claims": "search",
}
__all__ = sorted(_HOMES)


def __getattr__(name: str):  # type: ignore[no-untyped-def]
    if name not in _HOMES:
        raise AttributeError(f"module 'claims.store' has no attribute {name!r}")
    return getattr(import_module(f"claims.store.{_HOMES[name]}"), name)
