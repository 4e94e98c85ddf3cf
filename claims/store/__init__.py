"""Library functions over a Session: ingest, notes, queries.

They never commit: the caller (the CLI, a test, a script) owns the transaction.
"""

from claims.store.ingest import IngestResult, ingest_article
from claims.store.notes import clear_note, set_note
from claims.store.queries import (
    ClaimFilter,
    list_articles,
    list_claims,
    list_speakers,
    show_claim,
)
from claims.store.reextract import ReextractResult, reextract
from claims.store.search import search_claims

__all__ = [
    "ClaimFilter",
    "IngestResult",
    "ReextractResult",
    "clear_note",
    "ingest_article",
    "list_articles",
    "list_claims",
    "list_speakers",
    "reextract",
    "search_claims",
    "set_note",
    "show_claim",
]
