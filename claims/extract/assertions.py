"""The article's own checkable statements, each with a check-worthiness score."""

from __future__ import annotations

import re

from claims.extract.lexicon import MONTHS, WEEKDAYS

_NUMBER = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
    r"forty|fifty|hundred|thousand|million|billion|trillion|dozen|half|quarter|percent|"
    r"majority|minority|twice|double|triple)\b",
    re.IGNORECASE,
)
_DATE = re.compile(
    r"\b(?:{})\b|\b(?:19|20)\d\d\b|\b(?:yesterday|today|last (?:week|month|year))\b".format(
        "|".join(sorted((m.rstrip(".") for m in MONTHS | WEEKDAYS), key=len, reverse=True))
    ),
    re.IGNORECASE,
)
_COMPARISON = re.compile(
    r"\b(?:more|less|fewer|most|least|largest|biggest|smallest|highest|lowest|first|last|"
    r"record|increase[sd]?|decrease[sd]?|rose|risen|fell|fallen|doubled|tripled|grew|"
    r"dropped|surged|declined|only|never|always|every|all|none)\b",
    re.IGNORECASE,
)
_EVENT = re.compile(
    r"\b(?:signed|issued|passed|voted|approved|launched|founded|created|elected|won|lost|"
    r"killed|arrested|charged|convicted|sentenced|indicted|fired|hired|resigned|announced|"
    r"released|published|filed|sued|banned|ordered|originated|spread|cost|paid|raised|spent|"
    r"owns|owned|employs|received|reported|introduced|ruled|endorsed|nominated|appointed)\b",
    re.IGNORECASE,
)
_OPINION = re.compile(
    r"\b(?:should|must|ought|might|perhaps|maybe|probably|seems?|seemed|appears?|i|we|you|"
    r"our|us|my|your|arguably|clearly|obviously|surely|hopefully|unfortunately|believe|think|"
    r"feel|opinion|beautiful|terrible|awful|great|wonderful|horrible)\b",
    re.IGNORECASE,
)
_PROPER = re.compile(r"(?<=[\w,;:—–-] )[A-Z][\w’'\-]*")


def check_worthiness(sentence: str) -> float:
    """A 0..1 score: how much a sentence states something a checker could verify."""
    words = sentence.split()
    if len(words) < 5 or sentence.rstrip().endswith("?"):
        return 0.0
    score = 0.1
    if _NUMBER.search(sentence):
        score += 0.35
    if _DATE.search(sentence):
        score += 0.2
    proper = len(_PROPER.findall(sentence))
    score += min(proper, 3) * 0.08
    if _COMPARISON.search(sentence):
        score += 0.1
    if _EVENT.search(sentence):
        score += 0.15
    if _OPINION.search(sentence):
        score -= 0.25
    if len(words) > 60:
        score -= 0.1
    return round(max(0.0, min(1.0, score)), 2)


# Below this a sentence is scene-setting or opinion rather than a checkable statement.
ASSERTION_THRESHOLD = 0.4


def is_checkable(sentence: str, score: float) -> bool:
    return score >= ASSERTION_THRESHOLD and bool(
        _NUMBER.search(sentence) or _DATE.search(sentence) or _PROPER.search(sentence)
    )
