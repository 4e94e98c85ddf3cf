"""Paragraphs, quotation marks, tokens and sentences: one pattern at a time,
on sentences written for these tests."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from extract_helpers import attributed, claims_of

from claims.extract import extract
from claims.extract.text import SpanSet, find_quotes, sentence_spans, split_paragraphs
from claims.extract.tokens import tokenize


def test_paragraphs_by_blank_lines_or_by_lines() -> None:
    assert [p.text for p in split_paragraphs("One.\n\n  Two\nstill two.\n\n\nThree.")] == [
        "One.",
        "Two\nstill two.",
        "Three.",
    ]
    lines = split_paragraphs("First line.\nSecond line.\n\nnot here")
    assert len(lines) == 2
    assert [p.text for p in split_paragraphs("A.\nB.\nC.\n")] == ["A.", "B.", "C."]
    offsets = split_paragraphs("A.\n  B.")
    assert offsets[1].start == 5 and offsets[1].text == "B."


def test_quotes_curly_straight_and_double_apostrophes() -> None:
    for text in ("“We won,” she said.", '"We won," she said.', "''We won,'' she said."):
        (q,) = find_quotes(text)
        assert text[q.inner_start : q.inner_end] == "We won,"


def test_a_closing_mark_that_opens_a_paragraph_opens_a_quote() -> None:
    text = "” … what I saw is that the pier is failing,” he said."
    assert attributed(text) == [("direct", None, "… what I saw is that the pier is failing,")]


def test_a_quote_left_open_runs_to_the_paragraph_end() -> None:
    (q,) = find_quotes("“The first part of a long statement")
    assert not q.closed and q.inner_end == len("“The first part of a long statement")


def test_numbers_with_separators_are_one_token() -> None:
    words = [t.text for t in tokenize("About 4,051 boats, 3.5 percent, came in 2016.")]
    assert words[:6] == ["About", "4,051", "boats", ",", "3.5", "percent"]
    assert words[-2:] == ["2016", "."]


def test_tokens_keep_their_offsets_and_abbreviation_periods() -> None:
    text = "“We’re done,” Gov. Ada\xa0Park said. J. Lee’s (U.S.) reply: “No.” he’s out—"
    tokens = tokenize(text, 1)
    assert all(text[t.start : t.end] == t.text for t in tokens)
    assert [t.text for t in tokens] == [
        *["We", "’re", "done", ",", "”", "Gov.", "Ada", "Park", "said", ".", "J.", "Lee’s"],
        *["(", "U.S.", ")", "reply", ":", "“", "No", ".", "”", "he", "’s", "out", "—"],
    ]


def test_sentences_do_not_end_at_abbreviations() -> None:
    text = "Sen. Ada Park met Gov. Bo Li in Sept. at the U.S. Capitol. They talked. It rained."
    spans = sentence_spans(text, [])
    assert [text[a:b] for a, b in spans] == [
        "Sen. Ada Park met Gov. Bo Li in Sept. at the U.S. Capitol.",
        "They talked.",
        "It rained.",
    ]


def test_a_sentence_does_not_end_inside_a_quote() -> None:
    text = "“We tried. We failed,” Park said. Then she left."
    assert len(sentence_spans(text, find_quotes(text))) == 2


def test_a_span_set_knows_how_far_the_spans_before_a_position_reach() -> None:
    spans = SpanSet([(10, 20), (0, 5), (12, 40), (50, 55)])
    assert spans.holds(0) and spans.holds(39) and spans.holds(50)
    assert not spans.holds(5) and not spans.holds(45) and not spans.holds(55)
    assert spans.reach(12) == 40 and spans.reach(12, strictly_before=True) == 20
    assert spans.reach(-1) == -1 and not SpanSet([]).holds(3)


def test_one_long_paragraph_gives_every_copy_its_claims() -> None:
    # Claims of a sentence are found against the spans near it only: each copy of the same
    # sentences, deep in one paragraph, must still come out whole.
    unit = (
        "Ada Park said the pier is safe, and “we will open it soon,” Jo Lee said, adding "
        "that the board, which Park said was slow, agreed. The harbor had 40 boats in 2019. "
    )
    one = [(kind, wording) for kind, _, wording in claims_of(unit)]
    many = [(kind, wording) for kind, _, wording in claims_of(unit * 60)]
    assert len(one) == 3
    assert many == one * 60


@pytest.mark.parametrize(
    "path", ["seeds/000_e7f8cdcaac125e97.txt", "tests/articles/harbor.txt"], ids=["seed", "harbor"]
)
def test_every_prefix_and_suffix_of_an_article_extracts_cleanly(path: str) -> None:
    # An article cut anywhere (a cue as its last word, a quote left open) is still text:
    # no error, and every claim's wording is the words at its place in its paragraph.
    text = (Path(__file__).parents[1] / path).read_text(encoding="utf-8")
    cuts = [m.start() for m in re.finditer(r"\s", text)]
    for piece in [text[:k] for k in cuts] + [text[k:] for k in cuts]:
        article = extract(piece)
        for claim in article.claims:
            paragraph = article.paragraphs[claim.paragraph - 1].text  # (positions are 1-based)
            assert paragraph[claim.start : claim.end] == claim.wording
