"""Re-running the current extractor over stored articles without losing any note."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from claims.errors import NotFound
from claims.extract import EXTRACTOR_VERSION, extract
from claims.models import Article, Claim, Paragraph
from claims.store.ingest import Driver, insert_claims, speaker_ids


@dataclass
class ReextractResult:
    article_id: int
    kept: int = 0  # same wording in the same paragraph: same id, same note
    added: int = 0  # found now, not before
    flagged: int = 0  # no longer found: kept, marked stale
    unflagged: int = 0  # stale before, found again


def reextract(session: Session, article_id: int | None = None) -> list[ReextractResult]:
    """Re-extract one article (or all); returns what changed in each."""
    query = select(Article.id).order_by(Article.id)
    if article_id is not None:
        query = query.where(Article.id == article_id)
    ids = list(session.scalars(query))
    if article_id is not None and not ids:
        raise NotFound(f"no article with id {article_id}")
    return [_reextract_one(session, i) for i in ids]


def _reextract_one(session: Session, article_id: int) -> ReextractResult:
    article = session.get(Article, article_id)
    assert article is not None
    extracted = extract(article.text)
    result = ReextractResult(article_id)
    paragraph_ids = _sync_paragraphs(session, article_id, extracted.paragraphs)
    db = Driver(session)
    speakers = speaker_ids(db, {c.speaker: c.speaker_title for c in extracted.claims if c.speaker})
    existing = {
        (position, claim.wording): claim
        for claim, position in session.execute(
            select(Claim, Paragraph.position)
            .join(Paragraph, Paragraph.id == Claim.paragraph_id)
            .where(Claim.article_id == article_id)
        )
    }
    new_claims = []
    seen: set[int] = set()
    for c in extracted.claims:
        claim = existing.get((c.paragraph, c.wording))
        if claim is None or claim.id in seen:
            new_claims.append(c)
            continue
        seen.add(claim.id)
        result.unflagged += claim.stale
        claim.start_offset, claim.end_offset, claim.kind, claim.cue = c.start, c.end, c.kind, c.cue
        claim.speaker_id = speakers.get(c.speaker) if c.speaker else None
        claim.speaker_mention = c.mention.text if c.mention else None
        claim.score, claim.stale = c.score, False
        result.kept += 1
    for claim in existing.values():
        if claim.id not in seen and not claim.stale:
            claim.stale = True
            result.flagged += 1
    article.extractor_version = EXTRACTOR_VERSION
    session.flush()  # the updates above go first, then the new rows
    result.added = len(insert_claims(db, article_id, paragraph_ids, new_claims))
    return result


def _sync_paragraphs(session: Session, article_id: int, paragraphs) -> dict[int, int]:  # type: ignore[no-untyped-def]
    """Paragraph rows matching the current split: same position keeps its row (its text
    is updated if the split changed), new positions are added."""
    rows = {
        p.position: p
        for p in session.scalars(select(Paragraph).where(Paragraph.article_id == article_id))
    }
    for p in paragraphs:
        row = rows.get(p.position)
        if row is None:
            pid = session.scalar(
                insert(Paragraph).returning(Paragraph.id),
                [{"article_id": article_id, "position": p.position, "text": p.text}],
            )
            rows[p.position] = session.get(Paragraph, pid)  # type: ignore[assignment]
        elif row.text != p.text:
            session.execute(update(Paragraph).where(Paragraph.id == row.id).values(text=p.text))
    return {position: row.id for position, row in rows.items()}
