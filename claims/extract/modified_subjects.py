"""Subjects modified between their head and the cue: "A statement posted on the site
said", "Sailors marching through the streets chanted", "Those who know him say"."""

from __future__ import annotations

from claims.extract.grammar import (
    ARTICLES,
    AUXILIARIES,
    BE_FORMS,
    NOMINATIVE,
    NP_LINKS,
    PREPOSITIONS,
    RELATIVE_OPENERS,
)
from claims.extract.lexicon import CUES, DETERMINERS, PERSON_NOUNS, PRONOUNS
from claims.extract.sentence_subjects import sentence_subject, subject_start
from claims.extract.subjects import noun_phrase_before, skip_adjuncts_back
from claims.extract.tokens import Token

# Words that cannot stand inside a subject's modifier: verbs, clause openers, pronouns.
NOT_IN_MODIFIER = AUXILIARIES | BE_FORMS | NOMINATIVE | {"that", "which", "who", "and", "but"}


def modified_subject(tokens: list[Token], i: int, words: str) -> tuple[int, int] | None:
    """A subject that opens the sentence and is modified before its cue: "A statement
    posted on the site said", "Organizers of the protest said", "Those surveyed said"."""
    if words.endswith("ing"):
        return None
    j = skip_adjuncts_back(tokens, i, 0)
    described = _opening_noun(tokens, j)
    opener = described or sentence_subject(tokens[:j])
    if not opener or tokens[opener[0]].word in PRONOUNS:
        return None
    modifier = tokens[opener[1] : j]
    if not 1 <= len(modifier) <= 10:
        return None
    if opener[1] - opener[0] >= 2 and tokens[opener[1] - 1].word in NOMINATIVE:
        # "Sailors I called said": a clause with no "who" after the noun.
        return (opener[0], j) if len(modifier) <= 4 else None
    first = modifier[0]
    if modifier[-1].word == "as":
        return None  # "the firm failed as predicted": no one said it
    # "A notice posted on ...", and after a plural or a person "Sailors trying to ...".
    participle = not first.is_capitalized and (
        first.word.endswith("ed") or (described is not None and _is_ing_participle(first))
    )
    # "Sailors who know Lee say", "Old pilots who have sailed the strait argue": a short
    # noun phrase picked out by a relative clause.
    who = first.word in ("who", "whose") and opener[1] - opener[0] <= 5
    if not (participle or who or first.word in NP_LINKS):
        return None
    for t in modifier[1:] if participle or who else modifier:  # "A statement posted on ..."
        if t.text in ',;:—–()“”"':
            return None
        if who and t.word in RELATIVE_OPENERS:
            return None
        if not who and t.is_word and (t.word in NOT_IN_MODIFIER or t.word in CUES):
            return None  # ("People who know Lee say": a who clause may hold a cue)
    head = tokens[opener[1] - 1]
    named = head.is_capitalized and head.word not in DETERMINERS and not described
    if named and participle and words.endswith("s") and words != "says":
        return None  # "Ada Park voiced doubts": a verb and its object noun
    if who and modifier[-1].word == "to":
        return None  # "Sailors who came to Salem to protest the vote say": a purpose
    if named or modifier[-1].word == "to":
        # "Fiorina showed signs ...", "Lee declined to say": the verb is finite after all,
        # and the opener alone is the speaker.
        return opener
    return (opener[0], j)


# Who may be picked out by a "who" clause before a cue: "Those who know him say".
WHO_HEADS = {"those", "people", "anyone", "many", "some", "others", "voters", "residents"}


def modified_subject_after_comma(tokens: list[Token], i: int, words: str) -> tuple[int, int] | None:
    """'…, two people briefed on the plan said.': people picked out by a modifier, opening
    the clause after the sentence's last comma before the cue at i."""
    comma = next((k for k in range(i - 1, max(0, i - 12), -1) if tokens[k].text == ","), None)
    if comma is None:
        return None
    rest = tokens[comma + 1 :]
    if rest[0].word in NOT_IN_MODIFIER:
        return None  # "…, is facing a vigorous challenge": a verb, no subject
    subj = modified_subject(rest, i - comma - 1, words)
    opener = _opening_noun(rest, skip_adjuncts_back(rest, i - comma - 1, 0))
    if not subj or subj[0] != 0 or not opener or not _names_people(rest[opener[0] : opener[1]]):
        return None
    return (subj[0] + comma + 1, subj[1] + comma + 1)


def _opening_noun(tokens: list[Token], j: int) -> tuple[int, int] | None:
    """'Those', 'A notice' or 'Harbor activists' opening the sentence (maybe after 'But'
    or 'Again,'), up to a participle, a link or "who"."""
    o = subject_start(tokens[:j])
    if j < o + 2:
        return None
    if tokens[o].word in ARTICLES:
        # "A notice posted on ...", "The head of the board": up to a participle or a link.
        for m in range(o + 1, min(j, o + 5)):
            t = tokens[m]
            if m > o + 1 and (
                t.word in NP_LINKS or (t.word.endswith("ed") and not t.is_capitalized)
            ):
                return (o, m)
            if not t.is_word or t.word in NOT_IN_MODIFIER or t.word in CUES:
                return None
        return None
    # "Current and former dock workers who ...", "Many sailors who ...": a longer phrase
    # for people, as the walk back over a speaker's noun phrase reads it.
    who = next((m for m in range(o + 2, min(j, o + 7)) if tokens[m].word == "who"), None)
    if who is not None and noun_phrase_before(tokens, who, o) == (o, who):
        return (o, who) if _names_people(tokens[o:who]) else None
    if tokens[o].word in WHO_HEADS and not _plain_noun(tokens[o + 1]):
        return (o, o + 1)  # "Those polled" (but in "Many sailors polled" the noun is more)
    # "Sailors who know the pier", "Harbor activists trying to ...": a plural or a person,
    # without an article, before "who" or a participle.
    for m in range(o + 1, min(j, o + 4)):
        t = tokens[m]
        if t.word == "who" or _is_ing_participle(t):
            return (o, m) if _names_people(tokens[o:m]) else None
        if not t.is_word or t.word in NOT_IN_MODIFIER or t.word in CUES:
            return None
    return None


def _plain_noun(t: Token) -> bool:
    """A plural noun after 'many' or 'some' ('sailors', 'people'), not a participle
    ('polled', 'living'), a link ('of you', 'in the crowd') or 'who'."""
    w = t.word
    plural = (w.endswith("s") and not w.endswith("ss")) or w in PERSON_NOUNS
    return plural and not t.is_capitalized and w not in PREPOSITIONS and w not in NP_LINKS


def _names_people(phrase: list[Token]) -> bool:
    """A phrase whose head (its last word, or the word before "of") is a plural or a
    person: "dock workers", "Friends of Park", not "the board's"."""
    head = next((phrase[k - 1] for k in range(1, len(phrase)) if phrase[k].word in NP_LINKS), None)
    head = head or phrase[-1]
    plural = head.word.endswith("s") and not head.word.endswith("ss")
    return (plural and not head.is_possessive) or head.word in PERSON_NOUNS


def _is_ing_participle(t: Token) -> bool:
    """'trying', 'going', 'clamoring' (not 'thing', 'mid-morning', 'Morning')."""
    w = t.word
    long_enough = len(w) > 5 or w in ("going", "doing", "using", "being")
    return w.endswith("ing") and long_enough and not t.is_capitalized and "-" not in w
