"""The extractor's data: plain dataclasses, no database and no CLI. The output
(`ExtractedArticle`, `ExtractedClaim`) and what the rules find in one paragraph before any
speaker is resolved (`Found`, `Attribution`)."""

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


@dataclass
class Attribution:
    """Who a claim is attributed to: the speaker's words and the cue."""

    mention: tuple[int, int]  # offsets of the speaker's words in the paragraph
    cue: str
    cue_span: tuple[int, int] | None = None
    # "Lee refused to answer but said X, adding: “…”": the subject of a participle stands
    # far before it, and the words between are no part of this attribution.
    participle: bool = False

    @property
    def region(self) -> tuple[int, int]:
        """From the speaker's words to the cue, whichever comes first."""
        if self.cue_span is None:
            return self.mention
        if self.participle:
            return self.cue_span
        return min(self.mention[0], self.cue_span[0]), max(self.mention[1], self.cue_span[1])


@dataclass
class Found:
    """A claim found in one paragraph, before its speaker is resolved."""

    start: int
    end: int
    kind: str
    attribution: Attribution | None
    inherits: bool = False  # no cue of its own: the last speaker (or the subject) speaks
    borrowed: bool = False  # attributed through another quote of the same paragraph
    unnamed: bool = False  # "when asked whether ...": a question by someone not named
