"""The article's own checkable statements, each with a check-worthiness score."""

from __future__ import annotations

import re

from claims.extract.lexicon import MONTHS, WEEKDAYS


def _set(text: str) -> frozenset[str]:
    return frozenset(text.split())


NUMBER_WORDS = _set(
    """one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty
    hundred hundreds thousand thousands million millions billion billions trillion dozen
    dozens half quarter percent majority minority twice double triple"""
)
DATE_WORDS = frozenset(m.rstrip(".") for m in MONTHS | WEEKDAYS) | _set("yesterday today")
COMPARISON_WORDS = _set(
    """more less fewer most least largest biggest smallest highest lowest first last record
    increase increased increases decrease decreased decreases rose risen fell fallen doubled
    tripled grew dropped surged declined only never always every all none"""
)
EVENT_WORDS = _set(
    """signed issued passed voted approved launched founded created elected won lost killed
    arrested charged convicted sentenced indicted fired hired resigned announced released
    published filed sued banned ordered originated spread cost paid raised spent owns owned
    employs received reported introduced ruled endorsed nominated appointed"""
)
OPINION_WORDS = _set(
    """should must ought might perhaps maybe probably seem seems seemed appear appears i we
    you our us my your arguably clearly obviously surely hopefully unfortunately believe
    think feel opinion beautiful terrible awful great wonderful horrible"""
)
_LISTED_WORDS = NUMBER_WORDS | DATE_WORDS | COMPARISON_WORDS | EVENT_WORDS | OPINION_WORDS
_YEAR = re.compile(r"(?:19|20)\d\d")
_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"[-a-z0-9’']+")
# Capitals that make a proper noun (A-Z, À-Ö, Ø-Þ), and what ends a sentence before one.
_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ") | frozenset(
    chr(c) for c in (*range(0xC0, 0xD7), *range(0xD8, 0xDF))
)
_SENTENCE_ENDS = frozenset('.!?:”"')
# Below this a sentence is scene-setting or opinion rather than a checkable statement.
ASSERTION_THRESHOLD = 0.4


def check_worthiness(sentence: str) -> float:
    """A 0..1 score: how much a sentence states something a checker could verify."""
    return assess(sentence)[0]


def assess(sentence: str) -> tuple[float, bool]:
    """The check-worthiness score, and whether the sentence holds a number, a date or a
    name (what an assertion needs besides its score), reading the sentence once."""
    raw = sentence.split()
    if len(raw) < 5 or sentence.rstrip().endswith("?"):
        return 0.0, False
    # Only the words of the lists below matter: keeping just those makes a small set.
    vocabulary = _LISTED_WORDS.intersection(_WORD.findall(sentence.lower()))
    has_number = (
        "$" in sentence or bool(_DIGIT.search(sentence)) or not vocabulary.isdisjoint(NUMBER_WORDS)
    )
    has_date = not vocabulary.isdisjoint(DATE_WORDS)
    names = _proper_nouns(raw)
    score = 0.1
    if has_number:
        score += 0.35
    if has_date or _YEAR.search(sentence) or "last week" in sentence:
        score += 0.2
    score += min(names, 3) * 0.08
    if not vocabulary.isdisjoint(COMPARISON_WORDS):
        score += 0.1
    if not vocabulary.isdisjoint(EVENT_WORDS):
        score += 0.15
    if not vocabulary.isdisjoint(OPINION_WORDS):
        score -= 0.25
    if len(raw) > 60:
        score -= 0.1
    return round(max(0.0, min(1.0, score)), 2), has_number or has_date or names > 0


def _proper_nouns(words: list[str]) -> int:
    """Capitalised words that do not open a sentence: names, places, organisations."""
    return sum(
        1
        for before, word in zip(words, words[1:], strict=False)
        if word[0] in _CAPITALS and before[-1] not in _SENTENCE_ENDS
    )
