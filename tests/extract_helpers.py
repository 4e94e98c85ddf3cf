"""Helpers for the extraction tests: the claims of a text, checked to sit at their offsets."""

from __future__ import annotations

from claims.extract import extract


def claims_of(text: str, kind: str | None = None) -> list[tuple[str, str | None, str]]:
    article = extract(text)
    for c in article.claims:  # every wording is verbatim, at its offsets
        assert article.paragraphs[c.paragraph - 1].text[c.start : c.end] == c.wording
        if c.mention:
            para = article.paragraphs[c.mention.paragraph - 1].text
            assert para[c.mention.start : c.mention.end] == c.mention.text
    return [(c.kind, c.speaker, c.wording) for c in article.claims if kind in (None, c.kind)]


def attributed(text: str) -> list[tuple[str, str | None, str]]:
    return [c for c in claims_of(text) if c[0] != "assertion"]
