"""The article's own checkable statements, each with a check-worthiness score."""

from __future__ import annotations

import re

from claims.extract.lexicon import MONTHS, WEEKDAYS


def _set(text: str) -> frozenset[str]:
    return frozenset(text.split())


NUMBER_WORDS = _set(
    """one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty
    hundred hundreds thousand thousands million millions billion billions trillion dozen
    dozens half quarter percent majority minority twice double triple $"""
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
_YEAR = re.compile(r"(?:19|20)\d\d")
_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"[a-z0-9’'\-]+|\$")
# A capital after a word that does not end a sentence.
_INNER_CAPITAL = re.compile(r"(?<=[^\s.!?:”\"])\s+[A-ZÀ-ÖØ-Þ]")


def check_worthiness(sentence: str) -> float:
    """A 0..1 score: how much a sentence states something a checker could verify."""
    raw = sentence.split()
    if len(raw) < 5 or sentence.rstrip().endswith("?"):
        return 0.0
    vocabulary = set(_WORD.findall(sentence.lower()))
    score = 0.1
    if _DIGIT.search(sentence) or vocabulary & NUMBER_WORDS or "$" in sentence:
        score += 0.35
    if vocabulary & DATE_WORDS or _YEAR.search(sentence) or "last week" in sentence:
        score += 0.2
    score += min(_proper_nouns(sentence), 3) * 0.08
    if vocabulary & COMPARISON_WORDS:
        score += 0.1
    if vocabulary & EVENT_WORDS:
        score += 0.15
    if vocabulary & OPINION_WORDS:
        score -= 0.25
    if len(raw) > 60:
        score -= 0.1
    return round(max(0.0, min(1.0, score)), 2)


def _proper_nouns(sentence: str) -> int:
    """Capitalised words that do not open a sentence: names, places, organisations."""
    return len(_INNER_CAPITAL.findall(sentence))


# Below this a sentence is scene-setting or opinion rather than a checkable statement.
ASSERTION_THRESHOLD = 0.4


def is_checkable(sentence: str, score: float) -> bool:
    """Checkable: scored high enough, and holding a number, a date or a name."""
    if score < ASSERTION_THRESHOLD:
        return False
    vocabulary = set(_WORD.findall(sentence.lower()))
    return bool(
        _DIGIT.search(sentence)
        or vocabulary & NUMBER_WORDS
        or vocabulary & DATE_WORDS
        or _proper_nouns(sentence)
    )
