"""The extractor's output: plain dataclasses, no database and no CLI."""

from __future__ import annotations

from dataclasses import dataclass, field

KINDS = ("direct", "indirect", "mixed", "assertion")


@dataclass(frozen=True)
class Paragraph:
    position: int  # 1-based
    start: int  # offset of the paragraph in the article text
    text: str


@dataclass(frozen=True)
class Mention:
    """The words in the article that name a claim's speaker."""

    paragraph: int
    start: int
    end: int
    text: str


@dataclass
class ExtractedClaim:
    paragraph: int  # 1-based
    start: int  # offsets inside the paragraph text
    end: int
    wording: str  # == paragraph.text[start:end]
    kind: str
    cue: str | None = None
    speaker: str | None = None  # the resolved, canonical name
    speaker_title: str | None = None
    mention: Mention | None = None
    score: float = 0.0  # check-worthiness, 0..1

    def to_json(self) -> dict:
        return {
            "paragraph": self.paragraph,
            "start": self.start,
            "end": self.end,
            "wording": self.wording,
            "kind": self.kind,
            "cue": self.cue,
            "speaker": self.speaker,
            "speaker_title": self.speaker_title,
            "speaker_mention": None
            if self.mention is None
            else {
                "paragraph": self.mention.paragraph,
                "start": self.mention.start,
                "end": self.mention.end,
                "text": self.mention.text,
            },
            "score": round(self.score, 3),
        }


@dataclass
class ExtractedArticle:
    paragraphs: list[Paragraph]
    claims: list[ExtractedClaim] = field(default_factory=list)

    def to_json(self) -> dict:
        return {
            "paragraphs": len(self.paragraphs),
            "claims": [c.to_json() for c in self.claims],
        }
