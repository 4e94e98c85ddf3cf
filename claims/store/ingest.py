"""Storing an article and its claims: bulk inserts, one article per call."""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from claims.extract import EXTRACTOR_VERSION, ExtractedArticle, extract, normalize_text
from claims.models import Article, Claim, Paragraph, Speaker
from claims.sources import ArticleInput


@dataclass
class IngestResult:
    article_id: int
    created: bool  # False: the same text was already stored as this article
    counts: Counter[str] = field(default_factory=Counter)  # claims per kind

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def content_hash(text: str) -> str:
    return hashlib.sha256(normalize_text(text).strip().encode("utf-8")).hexdigest()


def ingest_article(
    session: Session, source: ArticleInput, extracted: ExtractedArticle | None = None
) -> IngestResult:
    """Store the article, its paragraphs and claims; the same text twice is stored once."""
    text = normalize_text(source.text)
    digest = content_hash(text)
    existing = session.scalar(select(Article.id).where(Article.content_hash == digest))
    if existing is not None:
        return IngestResult(existing, created=False)
    extracted = extracted or extract(text)
    article_id = session.scalar(
        insert(Article).returning(Article.id),
        [
            {
                "text": text,
                "title": source.title,
                "url": source.url,
                "publisher": source.publisher,
                "published": source.published,
                "byline": source.byline,
                "content_hash": digest,
                "source_path": source.source_path,
                "ingested_at": datetime.now(UTC),
                "extractor_version": EXTRACTOR_VERSION,
            }
        ],
    )
    paragraph_ids = insert_paragraphs(session, article_id, extracted)
    insert_claims(session, article_id, paragraph_ids, extracted)
    return IngestResult(article_id, True, Counter(c.kind for c in extracted.claims))


def insert_paragraphs(
    session: Session, article_id: int, extracted: ExtractedArticle
) -> dict[int, int]:
    """Insert the paragraphs; returns {position: paragraph id}."""
    rows = [
        {"article_id": article_id, "position": p.position, "text": p.text}
        for p in extracted.paragraphs
    ]
    if not rows:
        return {}
    result = session.execute(insert(Paragraph).returning(Paragraph.position, Paragraph.id), rows)
    return {position: pid for position, pid in result}


def insert_claims(
    session: Session, article_id: int, paragraph_ids: dict[int, int], extracted: ExtractedArticle
) -> list[int]:
    speakers = speaker_ids(
        session, {c.speaker: c.speaker_title for c in extracted.claims if c.speaker}
    )
    rows = [claim_row(article_id, paragraph_ids, speakers, c) for c in extracted.claims]
    if not rows:
        return []
    return list(session.scalars(insert(Claim).returning(Claim.id), rows))


def claim_row(article_id: int, paragraph_ids: dict[int, int], speakers: dict[str, int], c) -> dict:  # type: ignore[no-untyped-def]
    return {
        "article_id": article_id,
        "paragraph_id": paragraph_ids[c.paragraph],
        "start_offset": c.start,
        "end_offset": c.end,
        "wording": c.wording,
        "kind": c.kind,
        "cue": c.cue,
        "speaker_id": speakers.get(c.speaker) if c.speaker else None,
        "speaker_mention": c.mention.text if c.mention else None,
        "score": c.score,
        "stale": False,
    }


def speaker_ids(session: Session, titles: dict[str, str | None]) -> dict[str, int]:
    """Ids of the named speakers, creating the ones not stored yet."""
    if not titles:
        return {}
    names = list(titles)
    found = dict(
        session.execute(select(Speaker.name, Speaker.id).where(Speaker.name.in_(names))).all()
    )
    missing = [{"name": n, "title": titles[n]} for n in names if n not in found]
    if missing:
        dialect = session.get_bind().dialect.name
        if dialect == "postgresql":
            from sqlalchemy.dialects.postgresql import insert as upsert
        else:
            from sqlalchemy.dialects.sqlite import insert as upsert  # type: ignore[assignment]
        # Another writer may create the same speaker meanwhile (PostgreSQL).
        session.execute(upsert(Speaker).on_conflict_do_nothing(index_elements=["name"]), missing)
        found = dict(
            session.execute(select(Speaker.name, Speaker.id).where(Speaker.name.in_(names))).all()
        )
    untitled = [n for n in names if titles[n]]
    if untitled:
        for speaker in session.scalars(
            select(Speaker).where(Speaker.name.in_(untitled), Speaker.title.is_(None))
        ):
            speaker.title = titles[speaker.name]
    return found
