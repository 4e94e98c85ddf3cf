"""Full-text search over wording, speaker name and note.

SQLite: an FTS5 table whose rowid is the claim id, kept current by triggers on update and
delete. New claims are indexed by the code that inserts them, in one statement per batch
(claims.store.ingest.index_claims): a per-row insert trigger made bulk ingest 13x slower.
PostgreSQL: GIN indexes over to_tsvector() of the claim and of the speaker's name.

Revision ID: 0002_full_text_search
Revises: 0001_initial
"""

from __future__ import annotations

from alembic import op

revision = "0002_full_text_search"
down_revision = "0001_initial"
branch_labels = None
depends_on = None

SQLITE_UP = [
    """CREATE VIRTUAL TABLE claim_search USING fts5(
        wording, speaker, note, tokenize = 'porter unicode61 remove_diacritics 2')""",
    """CREATE TRIGGER claim_search_update AFTER UPDATE OF wording, speaker_id, note ON claims
    BEGIN
        UPDATE claim_search
        SET wording = new.wording,
            speaker = (SELECT name FROM speakers WHERE id = new.speaker_id),
            note = new.note
        WHERE rowid = new.id;
    END""",
    """CREATE TRIGGER claim_search_delete AFTER DELETE ON claims BEGIN
        DELETE FROM claim_search WHERE rowid = old.id;
    END""",
    """CREATE TRIGGER claim_search_speaker AFTER UPDATE OF name ON speakers BEGIN
        UPDATE claim_search SET speaker = new.name
        WHERE rowid IN (SELECT id FROM claims WHERE speaker_id = new.id);
    END""",
    """INSERT INTO claim_search (rowid, wording, speaker, note)
       SELECT c.id, c.wording, s.name, c.note
       FROM claims c LEFT JOIN speakers s ON s.id = c.speaker_id""",
]
SQLITE_DOWN = [
    "DROP TRIGGER claim_search_speaker",
    "DROP TRIGGER claim_search_delete",
    "DROP TRIGGER claim_search_update",
    "DROP TABLE claim_search",
]
# Must match claims.store.search exactly, or PostgreSQL will not use the index.
POSTGRES_UP = [
    """CREATE INDEX ix_claims_search ON claims USING GIN (
        to_tsvector('english', wording || ' ' || coalesce(note, '')))""",
    """CREATE INDEX ix_claims_search_speaker ON speakers USING GIN (
        to_tsvector('simple', name))""",
]
POSTGRES_DOWN = ["DROP INDEX ix_claims_search_speaker", "DROP INDEX ix_claims_search"]


def _run(statements: list[str]) -> None:
    for statement in statements:
        op.execute(statement)


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    _run(SQLITE_UP if dialect == "sqlite" else POSTGRES_UP)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    _run(SQLITE_DOWN if dialect == "sqlite" else POSTGRES_DOWN)
