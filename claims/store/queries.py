"""Read-only queries. Each returns plain dicts, ready for any output format."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from claims.errors import NotFound
from claims.models import Article, Claim, NoteRevision, Paragraph, Speaker
from claims.verdicts import parse_verdict

CLAIM_COLUMNS = (
    Claim.id,
    Claim.article_id.label("article"),
    Paragraph.position.label("paragraph"),
    Claim.start_offset.label("start"),
    Claim.end_offset.label("end"),
    Claim.kind,
    Claim.cue,
    Speaker.name.label("speaker"),
    Speaker.title.label("speaker_title"),
    Claim.speaker_mention,
    Claim.wording,
    Claim.score,
    Claim.stale,
    Claim.note,
    Claim.source_url,
    Claim.verdict,
    Claim.noted_by,
    Claim.noted_at,
)


def claim_select() -> Select:
    return (
        select(*CLAIM_COLUMNS)
        .join(Paragraph, Paragraph.id == Claim.paragraph_id)
        .outerjoin(Speaker, Speaker.id == Claim.speaker_id)
    )


@dataclass
class ClaimFilter:
    article: int | None = None
    speaker: str | None = None  # any part of the name, case-insensitive
    kind: str | None = None
    paragraph: int | None = None
    noted: bool | None = None  # True: only noted, False: only unnoted
    verdict: str | None = None
    min_score: float | None = None
    stale: bool | None = None  # True: only claims the current extractor no longer finds
    limit: int | None = None
    offset: int = 0

    def apply(self, query: Select) -> Select:
        if self.article is not None:
            query = query.where(Claim.article_id == self.article)
        if self.speaker:
            query = query.where(
                func.lower(Speaker.name).contains(self.speaker.lower(), autoescape=True)
            )
        if self.kind:
            query = query.where(Claim.kind == self.kind)
        if self.paragraph is not None:
            query = query.where(Paragraph.position == self.paragraph)
        if self.noted is True:
            query = query.where(Claim.note.is_not(None))
        elif self.noted is False:
            query = query.where(Claim.note.is_(None))
        if self.verdict:
            query = query.where(Claim.verdict == parse_verdict(self.verdict))
        if self.min_score is not None:
            query = query.where(Claim.score >= self.min_score)
        if self.stale is not None:
            query = query.where(Claim.stale.is_(self.stale))
        return query


def list_claims(session: Session, where: ClaimFilter | None = None) -> list[dict]:
    where = where or ClaimFilter()
    query = where.apply(claim_select()).order_by(
        Claim.article_id, Paragraph.position, Claim.start_offset
    )
    query = query.limit(where.limit).offset(where.offset or None)
    return [dict(row) for row in session.execute(query).mappings()]


def show_claim(session: Session, claim_id: int) -> dict:
    """The claim, its speaker, its paragraph (claim marked), note and full history."""
    row = (
        session.execute(
            claim_select()
            .add_columns(
                Paragraph.text.label("paragraph_text"), Article.title.label("article_title")
            )
            .join(Article, Article.id == Claim.article_id)
            .where(Claim.id == claim_id)
        )
        .mappings()
        .first()
    )
    if row is None:
        raise NotFound(f"no claim with id {claim_id}")
    claim = dict(row)
    history = session.execute(
        select(
            NoteRevision.action,
            NoteRevision.note,
            NoteRevision.source_url,
            NoteRevision.verdict,
            NoteRevision.reviewer,
            NoteRevision.created_at,
        )
        .where(NoteRevision.claim_id == claim_id)
        .order_by(NoteRevision.id)
    ).mappings()
    claim["history"] = [dict(h) for h in history]
    return claim


def list_speakers(session: Session) -> list[dict]:
    noted = func.count(Claim.note)
    query = (
        select(
            Speaker.id,
            Speaker.name,
            Speaker.title,
            func.count(Claim.id).label("claims"),
            noted.label("noted"),
        )
        .outerjoin(Claim, Claim.speaker_id == Speaker.id)
        .group_by(Speaker.id, Speaker.name, Speaker.title)
        .order_by(func.count(Claim.id).desc(), Speaker.name)
    )
    return [dict(row) for row in session.execute(query).mappings()]


def list_articles(session: Session) -> list[dict]:
    claims = (
        select(
            Claim.article_id, func.count().label("claims"), func.count(Claim.note).label("noted")
        )
        .group_by(Claim.article_id)
        .subquery()
    )
    paragraphs = (
        select(Paragraph.article_id, func.count().label("paragraphs"))
        .group_by(Paragraph.article_id)
        .subquery()
    )
    query = (
        select(
            Article.id,
            Article.title,
            Article.publisher,
            Article.published,
            Article.url,
            func.coalesce(paragraphs.c.paragraphs, 0).label("paragraphs"),
            func.coalesce(claims.c.claims, 0).label("claims"),
            func.coalesce(claims.c.noted, 0).label("noted"),
            Article.ingested_at,
            Article.extractor_version,
            Article.source_path,
        )
        .outerjoin(claims, claims.c.article_id == Article.id)
        .outerjoin(paragraphs, paragraphs.c.article_id == Article.id)
        .order_by(Article.id)
    )
    return [dict(row) for row in session.execute(query).mappings()]
