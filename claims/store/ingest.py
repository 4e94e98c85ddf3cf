"""Storing an article and its claims: one transaction, bulk inserts.

This is the write hot path, so its statements go straight to the database driver of the
session's own connection (inside the session's transaction): executemany of plain SQL,
the same on SQLite and PostgreSQL but for the placeholders and how new ids are learnt.
Measured here: ORM add_all writes at 0.03x of raw sqlite3, ORM bulk insert 0.2x, Core
0.4x; the driver, as here, is what raw sqlite3 is.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy.orm import Session

from claims.extract import (
    EXTRACTOR_VERSION,
    ExtractedArticle,
    ExtractedClaim,
    extract,
    normalize_text,
)
from claims.sources import ArticleInput

CLAIM_COLUMNS = (
    "article_id",
    "paragraph_id",
    "start_offset",
    "end_offset",
    "wording",
    "kind",
    "cue",
    "speaker_id",
    "speaker_mention",
    "score",
    "stale",
)


@dataclass
class IngestResult:
    article_id: int
    created: bool  # False: the same text was already stored as this article
    counts: Counter[str] = field(default_factory=Counter)  # claims per kind

    @property
    def total(self) -> int:
        return sum(self.counts.values())


class Driver:
    """The DB-API connection under a session, with portable SQL written with '?'."""

    def __init__(self, session: Session) -> None:
        connection = session.connection()
        self.sqlite = connection.dialect.name == "sqlite"
        self.raw: Any = connection.connection.driver_connection

    def _sql(self, sql: str) -> str:
        return sql if self.sqlite else sql.replace("?", "%s")

    def rows(self, sql: str, params: tuple | list = ()) -> list[tuple]:
        cursor = self.raw.cursor()
        cursor.execute(self._sql(sql), tuple(params))
        return cursor.fetchall() if cursor.description else []

    def insert_many(self, table: str, columns: tuple[str, ...], rows: list[tuple]) -> list[int]:
        """Insert rows in one executemany; return their ids in order."""
        if not rows:
            return []
        sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
        cursor = self.raw.cursor()
        if self.sqlite:
            # Under the write lock (BEGIN IMMEDIATE) nobody else inserts: new rowids follow
            # the current maximum one by one, so no RETURNING is needed.
            start = cursor.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0]
            cursor.executemany(sql, rows)
            return list(range(start + 1, start + 1 + len(rows)))
        cursor.executemany(self._sql(sql) + " RETURNING id", rows, returning=True)
        ids = []
        while True:
            ids.append(cursor.fetchone()[0])
            if not cursor.nextset():
                return ids

    def value(self, value: Any) -> Any:
        """A Python value as SQLAlchemy stores it on this database (SQLite: text, 0/1)."""
        if not self.sqlite:
            return value
        if isinstance(value, datetime):
            return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
        if isinstance(value, date):
            return value.isoformat()
        if isinstance(value, bool):
            return int(value)
        return value


def content_hash(text: str) -> str:
    return hashlib.sha256(normalize_text(text).strip().encode("utf-8")).hexdigest()


def ingest_article(
    session: Session, source: ArticleInput, extracted: ExtractedArticle | None = None
) -> IngestResult:
    """Store the article, its paragraphs and claims; the same text twice is stored once."""
    db = Driver(session)
    text = normalize_text(source.text)
    digest = content_hash(text)
    existing = db.rows("SELECT id FROM articles WHERE content_hash = ?", (digest,))
    if existing:
        return IngestResult(existing[0][0], created=False)
    extracted = extracted or extract(text)
    columns = (
        "text",
        "title",
        "url",
        "publisher",
        "published",
        "byline",
        "content_hash",
        "source_path",
        "ingested_at",
        "extractor_version",
    )
    values = (
        text,
        source.title,
        source.url,
        source.publisher,
        source.published,
        source.byline,
        digest,
        source.source_path,
        datetime.now(UTC),
        EXTRACTOR_VERSION,
    )
    (article_id,) = db.insert_many("articles", columns, [tuple(map(db.value, values))])
    paragraph_ids = insert_paragraphs(db, article_id, extracted)
    insert_claims(db, article_id, paragraph_ids, extracted.claims)
    return IngestResult(article_id, True, Counter(c.kind for c in extracted.claims))


def insert_paragraphs(db: Driver, article_id: int, extracted: ExtractedArticle) -> dict[int, int]:
    """Insert the paragraphs; returns {position: paragraph id}."""
    rows = [(article_id, p.position, p.text) for p in extracted.paragraphs]
    ids = db.insert_many("paragraphs", ("article_id", "position", "text"), rows)
    return {row[1]: pid for row, pid in zip(rows, ids, strict=True)}


def insert_claims(
    db: Driver, article_id: int, paragraph_ids: dict[int, int], claims: list[ExtractedClaim]
) -> list[int]:
    """Insert claims (their speakers too) and index them for search; returns their ids."""
    speakers = speaker_ids(db, {c.speaker: c.speaker_title for c in claims if c.speaker})
    rows = [claim_row(db, article_id, paragraph_ids, speakers, c) for c in claims]
    ids = db.insert_many("claims", CLAIM_COLUMNS, rows)
    count_claims(db, ids)
    if ids and db.sqlite:
        # SQLite's search index, filled for the new rows in one statement (a per-row
        # trigger made bulk ingest 13x slower). PostgreSQL indexes its own expressions.
        db.rows(
            "INSERT INTO claim_search (rowid, wording, speaker, note) "
            "SELECT c.id, c.wording, s.name, c.note FROM claims c "
            "LEFT JOIN speakers s ON s.id = c.speaker_id WHERE c.id BETWEEN ? AND ?",
            (ids[0], ids[-1]),
        )
    return ids


# One statement per group of migration 0003's claim_counts, for the claims with ids between
# the two parameters: (group, value expression, which claims count).
COUNT_STATEMENTS = [
    f"INSERT INTO claim_counts (grp, value, n) SELECT '{group}', {value}, count(*) "
    f"FROM claims WHERE id BETWEEN ? AND ? AND {condition}"
    + ("" if value == "''" else f" GROUP BY {value}")
    + " ON CONFLICT (grp, value) DO UPDATE SET n = claim_counts.n + excluded.n"
    for group, value, condition in (
        ("all", "''", "1 = 1"),
        ("noted", "''", "noted_at IS NOT NULL"),
        ("kind", "kind", "1 = 1"),
        ("verdict", "verdict", "verdict IS NOT NULL"),
        ("speaker", "CAST(speaker_id AS TEXT)", "speaker_id IS NOT NULL"),
        ("article", "CAST(article_id AS TEXT)", "1 = 1"),
    )
]


def count_claims(db: Driver, ids: list[int]) -> None:
    """Add new claims to claim_counts (`claims stats` reads it; updates and deletes are
    counted by triggers)."""
    for statement in COUNT_STATEMENTS if ids else []:
        db.rows(statement, (ids[0], ids[-1]))


def claim_row(
    db: Driver,
    article_id: int,
    paragraph_ids: dict[int, int],
    speakers: dict[str, int],
    c: ExtractedClaim,
) -> tuple:
    """Values in CLAIM_COLUMNS order; the note slot stays empty."""
    return (
        article_id,
        paragraph_ids[c.paragraph],
        c.start,
        c.end,
        c.wording,
        c.kind,
        c.cue,
        speakers.get(c.speaker) if c.speaker else None,
        c.mention.text if c.mention else None,
        c.score,
        db.value(False),
    )


def speaker_ids(db: Driver, titles: dict[str, str | None]) -> dict[str, int]:
    """Ids of the named speakers, creating the ones not stored yet (and filling a missing
    title). ON CONFLICT DO NOTHING: another writer may create the same one meanwhile."""
    if not titles:
        return {}
    names = list(titles)
    cursor = db.raw.cursor()
    cursor.executemany(
        db._sql("INSERT INTO speakers (name, title) VALUES (?, ?) ON CONFLICT (name) DO NOTHING"),
        [(n, titles[n]) for n in names],
    )
    marks = ", ".join("?" * len(names))
    found = db.rows(f"SELECT name, id, title FROM speakers WHERE name IN ({marks})", names)
    for name, sid, title in found:
        if title is None and titles[name]:
            db.rows("UPDATE speakers SET title = ? WHERE id = ?", (titles[name], sid))
    return {name: sid for name, sid, _ in found}
