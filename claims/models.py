"""The schema as SQLAlchemy 2 typed models. Migrations in migrations/ create it."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from claims.extract.model import KINDS

# Constraint names are part of the schema: fixed from the first revision so that
# later migrations (and batch mode on SQLite) can refer to them.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Article(Base):
    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(String(500))
    url: Mapped[str | None] = mapped_column(String(2000))
    publisher: Mapped[str | None] = mapped_column(String(200))
    published: Mapped[date | None] = mapped_column(Date)
    byline: Mapped[str | None] = mapped_column(String(500))
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    source_path: Mapped[str | None] = mapped_column(String(2000))
    ingested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    extractor_version: Mapped[str] = mapped_column(String(20))

    paragraphs: Mapped[list[Paragraph]] = relationship(
        back_populates="article", order_by="Paragraph.position"
    )


class Paragraph(Base):
    __tablename__ = "paragraphs"
    __table_args__ = (UniqueConstraint("article_id", "position"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)  # 1-based
    text: Mapped[str] = mapped_column(Text)

    article: Mapped[Article] = relationship(back_populates="paragraphs")


class Speaker(Base):
    __tablename__ = "speakers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    title: Mapped[str | None] = mapped_column(String(300))


class Claim(Base):
    __tablename__ = "claims"
    __table_args__ = (
        CheckConstraint(f"kind IN {KINDS!r}", name="kind"),
        CheckConstraint("start_offset >= 0 AND end_offset > start_offset", name="offsets"),
        CheckConstraint("score >= 0 AND score <= 1", name="score"),
        Index(None, "article_id", "paragraph_id"),
        Index(None, "speaker_id"),
        Index(None, "noted_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    paragraph_id: Mapped[int] = mapped_column(ForeignKey("paragraphs.id", ondelete="CASCADE"))
    start_offset: Mapped[int] = mapped_column(Integer)
    end_offset: Mapped[int] = mapped_column(Integer)
    wording: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(10))
    cue: Mapped[str | None] = mapped_column(String(50))
    speaker_id: Mapped[int | None] = mapped_column(ForeignKey("speakers.id"))
    speaker_mention: Mapped[str | None] = mapped_column(String(300))
    score: Mapped[float] = mapped_column(Float, default=0.0, server_default=text("0"))
    # Set by `claims reextract` when the current extractor no longer finds this claim.
    stale: Mapped[bool] = mapped_column(default=False, server_default=false())
    # The source-note slot: empty on every new claim.
    note: Mapped[str | None] = mapped_column(Text)
    source_url: Mapped[str | None] = mapped_column(String(2000))
    verdict: Mapped[str | None] = mapped_column(String(20))
    noted_by: Mapped[str | None] = mapped_column(String(200))
    noted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    speaker: Mapped[Speaker | None] = relationship()
    paragraph: Mapped[Paragraph] = relationship()


class NoteRevision(Base):
    """Append-only history: one row for every set, replace or clear of a note."""

    __tablename__ = "note_revisions"
    __table_args__ = (
        CheckConstraint("action IN ('set', 'replace', 'clear')", name="action"),
        Index(None, "claim_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"))
    action: Mapped[str] = mapped_column(String(10))
    note: Mapped[str | None] = mapped_column(Text)
    source_url: Mapped[str | None] = mapped_column(String(2000))
    verdict: Mapped[str | None] = mapped_column(String(20))
    reviewer: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class ClaimCount(Base):
    """Counts per (group, value), kept by triggers on claims (migration 0003): `claims stats`
    reads these few rows instead of counting a million."""

    __tablename__ = "claim_counts"
    __table_args__ = (Index(None, "grp", "n"),)

    grp: Mapped[str] = mapped_column(String(20), primary_key=True)
    value: Mapped[str] = mapped_column(String(300), primary_key=True)
    n: Mapped[int] = mapped_column(Integer)
