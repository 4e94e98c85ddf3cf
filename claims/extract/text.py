"""Text structure: paragraphs, quotations and sentences, all as character offsets.

Everything here works on offsets into the original text so that every claim's wording
stays a verbatim substring of its paragraph.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import accumulate

from claims.extract.model import Paragraph

# The same rule as the scorer and as most news feeds: a blank line ends a paragraph.
BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n\s*")


def split_paragraphs(text: str) -> list[Paragraph]:
    """Paragraphs separated by blank lines; in a text with none, each line is one."""
    if BLANK_LINE.search(text.strip()):
        spans = []
        pos = 0
        for m in BLANK_LINE.finditer(text):
            spans.append((pos, m.start()))
            pos = m.end()
        spans.append((pos, len(text)))
    else:
        spans = []
        pos = 0
        for line in text.split("\n"):
            spans.append((pos, pos + len(line)))
            pos += len(line) + 1
    paragraphs = []
    for start, end in spans:
        chunk = text[start:end]
        stripped = chunk.strip()
        if not stripped:
            continue
        lead = len(chunk) - len(chunk.lstrip())
        paragraphs.append(Paragraph(len(paragraphs) + 1, start + lead, stripped))
    return paragraphs


@dataclass(frozen=True)
class Quote:
    """A quotation inside one paragraph. `inner_*` bound the quoted words; `open` is the
    opening mark and `end` is just past the closing mark (or the paragraph end when the
    quote runs on into the next paragraph, news style)."""

    open: int
    inner_start: int
    inner_end: int
    end: int
    closed: bool


# Double quotation marks: curly, guillemets, straight, and the '' that some wires use.
_MARKS = '“”«»„"'  # and two apostrophes: ''
_MARK = re.compile(f"''|[{_MARKS}]")
# Every character of a mark that opens or closes a quotation found here.
QUOTE_MARKS = _MARKS + "'"
STRAIGHT = ('"', "''")
_OPENS_AFTER = set(" \t\n([{—–-/:;")


def _is_opening(text: str, m: re.Match) -> bool:
    mark = m.group()
    if mark in "“«„":
        return True
    if mark == "»":
        return False
    if m.start() == 0:
        return True  # a paragraph never opens by closing a quote: '” … what I learned'
    before = text[m.start() - 1]
    after = text[m.end()] if m.end() < len(text) else " "
    # A straight mark, '' or a misplaced ” opens a quote after a space and before a word.
    return (
        (before in _OPENS_AFTER or before.isspace()) and not after.isspace() and after not in ".,;:"
    )


def find_quotes(text: str) -> list[Quote]:
    """Top-level double quotations of a paragraph."""
    if (
        '"' not in text
        and "“" not in text
        and "”" not in text
        and "''" not in text
        and "«" not in text
        and "»" not in text
        and "„" not in text
    ):
        return []  # most paragraphs quote nobody: plain substring tests are far cheaper
    quotes: list[Quote] = []
    open_at: re.Match | None = None
    for m in _MARK.finditer(text):
        if open_at is None:
            if _is_opening(text, m):
                open_at = m
            continue
        if m.group() == "“" and _closes_like_a_closer(text, m):
            # 'problems for her here,“ said Jim Clyburn': a misprinted closing mark.
            quotes.append(Quote(open_at.start(), open_at.end(), m.start(), m.end(), True))
            open_at = None
            continue
        if m.group() in "“«„" and m.start() > open_at.end():
            # A new opening mark before any closer: the first quote never closed. A straight
            # mark before curly ones opens an excerpt, not a quotation: drop it.
            if open_at.group() in STRAIGHT:
                open_at = m
                continue
            quotes.append(
                Quote(open_at.start(), open_at.end(), _rstrip_at(text, m.start()), m.start(), False)
            )
            open_at = m
            continue
        if m.group() not in "“«„":
            quotes.append(Quote(open_at.start(), open_at.end(), m.start(), m.end(), True))
            open_at = None
    if open_at is not None and not (open_at.group() in STRAIGHT and any(c in text for c in "“”")):
        quotes.append(
            Quote(open_at.start(), open_at.end(), _rstrip_at(text, len(text)), len(text), False)
        )
    return [q for q in quotes if q.inner_end > q.inner_start]


def _closes_like_a_closer(text: str, m: re.Match) -> bool:
    """An opening mark glued to the end of a word or clause and followed by a space."""
    before = text[m.start() - 1] if m.start() > 0 else " "
    after = text[m.end()] if m.end() < len(text) else " "
    return before in ",.!?" and (after.isspace() or after in ",.;:")


def _rstrip_at(text: str, end: int) -> int:
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


def mask_quotes(text: str, quotes: list[Quote]) -> str:
    """The paragraph with quoted words blanked to spaces (same length): cues inside quotes
    don't count, and the rules need not read the quoted words at all. A mark written as two
    apostrophes becomes one straight quote and a space, so that the rules see one mark."""
    if not quotes:
        return text
    parts = []
    pos = 0
    for q in quotes:
        if text.startswith("''", q.open) and q.inner_start == q.open + 2:
            parts.append(text[pos : q.open] + '" ')
        else:
            parts.append(text[pos : q.inner_start])
        parts.append(" " * (q.inner_end - q.inner_start))
        pos = q.inner_end
        if q.closed and q.end == q.inner_end + 2 and text.startswith("''", q.inner_end):
            parts.append(' "')
            pos = q.end
    parts.append(text[pos:])
    return "".join(parts)


# Words that end with a period without ending a sentence.
ABBREVIATIONS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "sen",
    "rep",
    "gov",
    "gen",
    "lt",
    "col",
    "capt",
    "sgt",
    "adm",
    "maj",
    "cmdr",
    "st",
    "jr",
    "sr",
    "rev",
    "hon",
    "pres",
    "supt",
    "atty",
    "insp",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thurs",
    "fri",
    "sat",
    "sun",
    "no",
    "vs",
    "v",
    "etc",
    "inc",
    "corp",
    "co",
    "ltd",
    "dept",
    "univ",
    "assn",
    "bros",
    "mt",
    "ft",
    "ave",
    "blvd",
    "rd",
    "approx",
    "est",
    "fig",
    "ala",
    "ariz",
    "ark",
    "calif",
    "colo",
    "conn",
    "del",
    "fla",
    "ga",
    "ill",
    "ind",
    "kan",
    "ky",
    "la",
    "md",
    "mass",
    "mich",
    "minn",
    "miss",
    "mo",
    "mont",
    "neb",
    "nev",
    "okla",
    "ore",
    "pa",
    "tenn",
    "tex",
    "va",
    "vt",
    "wash",
    "wis",
    "wyo",
}
# After these a capitalised word usually starts a new sentence even behind "U.S.".
SENTENCE_STARTERS = {
    "the",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "but",
    "and",
    "in",
    "a",
    "an",
    "this",
    "that",
    "there",
    "his",
    "her",
    "their",
    "its",
    "our",
    "as",
    "at",
    "on",
    "for",
    "if",
    "when",
    "while",
    "after",
    "before",
    "since",
    "so",
    "yet",
    "still",
    "some",
    "many",
}

_INITIALS = re.compile(r"(?:[a-z]\.)*[a-z]")
_NEXT_WORD = re.compile(r"\s+[“\"‘']?(\w+)")
_END = re.compile(r"[.!?]+[”\"’')\]]*(?=\s+(?:''|[“\"‘'(\[])?[A-Z0-9])")


# A line break inside a paragraph ends a sentence when the line is complete or the
# next line opens a quotation (lists of quotes, one per line).
_LINE_BREAK = re.compile(r"(?<=[.!?”\"’)])[ \t]*\n\s*|[ \t]*\n\s*(?=[“\"‘])")


def sentence_spans(text: str, quotes: list[Quote], start: int = 0, end: int | None = None):
    """Sentences of text[start:end] as (start, end) pairs; never split inside a quotation
    (`quotes` as find_quotes gives them: in order, none inside another)."""
    end = len(text) if end is None else end
    if "\n" in text[start:end]:
        spans = []
        pos = start
        for m in _LINE_BREAK.finditer(text, start, end):
            spans += _sentences(text, quotes, pos, m.start())
            pos = m.end()
        return spans + _sentences(text, quotes, pos, end)
    return _sentences(text, quotes, start, end)


class SpanSet:
    """Spans [a, b) asked again and again which of them reach past a position: sorted
    starts and a running maximum of ends answer in log time, so a paragraph of thousands
    of quotes costs no more per sentence than one of three."""

    def __init__(self, spans) -> None:
        spans = sorted(spans)
        self._starts = [a for a, _ in spans]
        self._reach = list(accumulate((b for _, b in spans), max))

    def reach(self, pos: int, strictly_before: bool = False) -> int:
        """The furthest end of the spans starting at pos or before (or strictly before)."""
        k = (bisect_left if strictly_before else bisect_right)(self._starts, pos)
        return self._reach[k - 1] if k else -1

    def holds(self, pos: int) -> bool:
        """Some span has a <= pos < b."""
        return self.reach(pos) > pos


def _word_before(text: str, end: int) -> str:
    """The word (with its inner periods: "U.S") that ends at `end`, at most 40 characters."""
    start, limit = end, max(0, end - 40)
    while start > limit and (text[start - 1].isalnum() or text[start - 1] in "_.’'"):
        start -= 1
    return text[start:end]


def _sentences(text: str, quotes: list[Quote], start: int, end: int):
    spans = []
    pos = start
    k = 0  # the first quotation that may still hold a sentence end (they come in order)
    for m in _END.finditer(text, start, end):
        cut = m.end()
        # Inside a quotation is no sentence end, unless the quotation closes right here.
        while k < len(quotes) and quotes[k].inner_end < cut:
            k += 1
        if k < len(quotes) and quotes[k].inner_start < m.start():
            continue
        if text[m.start()] == ".":
            bare = _word_before(text, m.start()).rstrip(".").lower()
            if bare in ABBREVIATIONS:
                continue
            if _INITIALS.fullmatch(bare):  # initials: J. or U.S.
                nxt = _NEXT_WORD.match(text, cut, end)
                if not nxt or nxt.group(1).lower() not in SENTENCE_STARTERS:
                    continue
        spans.append((pos, cut))
        pos = cut
        while pos < end and text[pos].isspace():
            pos += 1
    if pos < end and text[pos:end].strip():
        spans.append((pos, _rstrip_at(text, end)))
    return spans


def sentence_of(sentences: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    """The sentence holding pos (sentences are in order and never overlap)."""
    k = bisect_right(sentences, (pos, math.inf)) - 1  # the last one starting at pos or before
    if k >= 0 and pos < sentences[k][1]:
        return sentences[k]
    return sentences[-1] if sentences else (0, pos)
