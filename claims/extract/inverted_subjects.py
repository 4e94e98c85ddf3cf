"""The speaker after an inverted cue ("..., said Tom Reyes", "says a spokesman for the
port"), and the description that may follow a speaker's name."""

from __future__ import annotations

from claims.extract.grammar import (
    ADJECTIVE_ENDINGS,
    ARTICLES,
    AUXILIARIES,
    BE_FORMS,
    CLAUSE_BREAKS,
    MAX_SUBJECT_TOKENS,
    MODIFIERS,
    NOUN_ENDINGS,
    NP_LINKS,
    PREPOSITIONS,
    RELATIVES,
    TIME_WORDS,
    is_adverb,
    noun_in,
)
from claims.extract.lexicon import (
    BETWEEN_SPEAKER_AND_CUE,
    CUES,
    DETERMINERS,
    NAME_PARTICLES,
    NOT_NAMES,
    ORG_NOUNS,
    PERSON_NOUNS,
    PRONOUNS,
    TITLE_WORDS,
)
from claims.extract.tokens import Token


def subject_after(tokens: list[Token], cue_end: int) -> tuple[int, int] | None:
    """Speaker right after an inverted cue: '..., said Smith' / 'says the report'.

    Only a name (with its titles), a pronoun, or a short description ending in a noun
    for a person or an organisation: what follows is often the start of a clause.
    """
    i = cue_end + 1
    n = len(tokens)
    if i >= n or not tokens[i].is_word or tokens[cue_end].word.endswith("ing"):
        return None
    first = tokens[i]
    if first.word in ("he", "she", "they", "it", "we", "i"):
        # "..., said he." but not "..., said he had seen it": there "he" opens a clause.
        if i + 1 < n and tokens[i + 1].is_word:
            return None
        return (i, i + 1)
    if first.word == "that":
        return None  # "suggests that the city ...": a clause follows, not a speaker
    if first.word in DETERMINERS or first.is_possessive:
        # "said a retired senior harbor patrol officer": up to the last noun of the run.
        end = None
        linked = False  # past "of", "for", …: a plain word there names no speaker
        for j in range(i + 1, min(n, i + 8)):
            t = tokens[j]
            if not t.is_word or t.word in CLAUSE_BREAKS or t.word in CUES:
                break
            if t.word in PREPOSITIONS and t.word not in NP_LINKS:
                break
            linked = linked or t.word in NP_LINKS
            if _nounish(t) or (not linked and _closes_description(tokens, i, j)):
                end = j + 1
            elif not (
                t.word in NP_LINKS
                or t.word in DETERMINERS
                or t.word in MODIFIERS
                or t.is_possessive
                or t.word.endswith(ADJECTIVE_ENDINGS)
                # a noun before the noun it qualifies: "said a dock worker"
                or (
                    j + 1 < n
                    and _nounish(tokens[j + 1])
                    and not tokens[j + 1].is_capitalized
                    and tokens[j - 1].word not in NP_LINKS
                )
            ):
                break  # a verb, most likely: "said the event brought back ..."
        if end and end < n and (tokens[end].word in AUXILIARIES or tokens[end].word in BE_FORMS):
            return None  # "said the nomination will test ...": the subject of a clause
        if end and (name_end := _name_in_apposition(tokens, end)):
            return (i, name_end)  # "said the port's director, Ana Ruiz."
        # ("said a man who …" stays "a man": the description names someone)
        return _picked_out(tokens, i, end, _FAMILIAR) if end else None
    # "said strategist David Axelrod": a lower-case title before the name.
    titled = (first.word in TITLE_WORDS or first.word in PERSON_NOUNS) and _name_after_titles(
        tokens, i + 1
    )
    # ... or a title after one word of description: "said ferry captain Tom Reyes"
    described = (
        i + 1 < n
        and _plain_lower_word(first)
        and (tokens[i + 1].word in TITLE_WORDS or tokens[i + 1].word in PERSON_NOUNS)
        and _name_after_titles(tokens, i + 2)
    )
    # ... or one plain word the lexicon does not know as a title: "said pilot Jo Lee"
    labelled = (
        not (titled or described)
        and i + 2 < n
        and _plain_lower_word(first)
        and tokens[i + 1].is_capitalized
        and tokens[i + 2].is_capitalized
        and first.word not in BETWEEN_SPEAKER_AND_CUE
        and first.word not in TIME_WORDS
        and not is_adverb(first.word)
    )
    if not (first.is_capitalized or titled or described or labelled) or first.word in NOT_NAMES:
        return _people_after(tokens, i)  # "…, say harbor experts."
    j = i + 1 if described or labelled else i
    while (
        j < n
        and j - i < MAX_SUBJECT_TOKENS
        and tokens[j].is_word
        and (
            tokens[j].is_capitalized
            or tokens[j].word in TITLE_WORDS
            # "Secretary of State Ada Park", not "Tom Reyes on Facebook"
            or (tokens[j].word in NP_LINKS and tokens[j - 1].word in TITLE_WORDS)
            or tokens[j].word in NAME_PARTICLES
        )
    ):
        j += 1
    while j > i + 1 and not tokens[j - 1].is_capitalized:
        j -= 1
    if j + 1 < n and tokens[j].word == "and" and tokens[j + 1].word == "others":
        j += 2  # "said Ada Park and others"
    if j < n and (tokens[j].word in AUXILIARIES or tokens[j].word in BE_FORMS):
        return None  # "said Ada Park is poised to win": the subject of the claim
    return (i, j)


# What may pick out people named by a plural: "…, said officials who asked not to be
# named.", "…, said two people familiar with the talks."
_FAMILIAR = {"familiar", "close", "briefed"}
_PICKING_OUT = _FAMILIAR | {"who", "with"}


def _people_after(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """'…, say experts.', 'says harbor officials, …', '…, said two people familiar with
    the talks.': a plural for people or bodies, maybe after a count or a word or two that
    qualify it, and what picks them out to the sentence's end."""
    n = len(tokens)
    for j in range(i, min(n, i + 3)):
        t = tokens[j]
        if not _plain_lower_word(t):
            return None
        if t.word.endswith("s") and (noun_in(t.word, PERSON_NOUNS) or noun_in(t.word, ORG_NOUNS)):
            after = tokens[j + 1] if j + 1 < n else None
            if after is None or not after.is_word:
                return (i, j + 1)
            if after.word not in _PICKING_OUT:
                return None
            return _picked_out(tokens, i, j + 1, _PICKING_OUT)
    return None


def _picked_out(tokens: list[Token], i: int, j: int, openers: set[str]) -> tuple[int, int]:
    """The speaker at [i, j), and what picks them out when that opens with one of `openers`
    and runs to the sentence's end or to a comma before more about them: 'two people
    familiar with the talks', 'officials who asked …'."""
    end = len(tokens) - 1 if tokens[-1].text in ".!?" else len(tokens)
    if j < end and tokens[j].word in openers:
        # (up to a comma that sets off more about them: '…, who spoke on condition …')
        comma = next((k for k in range(j, end) if tokens[k].text == ","), end)
        if comma == end or tokens[comma + 1].word in ("who", "speaking"):
            return (i, comma)
    return (i, j)


def _plain_lower_word(t: Token) -> bool:
    """A lower-case word that is no verb, link or pronoun: 'ferry' in 'ferry captain'."""
    w = t.word
    return (
        t.is_word
        and not t.is_capitalized
        and w not in CUES
        and w not in PREPOSITIONS
        and w not in AUXILIARIES
        and w not in BE_FORMS
        and w not in CLAUSE_BREAKS
        and w not in PRONOUNS
    )


def _name_in_apposition(tokens: list[Token], comma: int) -> int | None:
    """End of a name set off after a description ('…, Ana B. Ruiz.', '…, Ana Ruiz, on
    Monday'): capitalised words up to a comma or the sentence's end."""
    if comma + 2 >= len(tokens) or tokens[comma].text != ",":
        return None
    k = comma + 1
    while k < len(tokens) and k - comma <= 4 and tokens[k].is_word and tokens[k].is_capitalized:
        k += 1
    if k - comma < 3 or (k < len(tokens) and tokens[k].text not in ",.!?"):
        return None  # one word ("…, Salem, …") or more than a name
    return k


# What opens a description that may end in any noun: "the pilot", "one pilot".
_DESCRIPTION_OPENERS = ARTICLES | {"one"}


def _closes_description(tokens: list[Token], i: int, j: int) -> bool:
    """'…,” said the pilot.', '…,” said a pilot, who …': a plain word with the sentence's end,
    a comma or "who" after it ends a description opened by an article, whatever noun it is
    (not "feel this way?")."""
    return (
        (tokens[i].word in _DESCRIPTION_OPENERS or tokens[i].is_possessive)
        and j + 1 < len(tokens)
        and (tokens[j + 1].text in ".,!?" or tokens[j + 1].word == "who")
        and _plain_lower_word(tokens[j])
        and not tokens[j].word.endswith("ed")
    )


def _nounish(t: Token) -> bool:
    """A word that can end a description of a speaker: a person, a body, a title, a name."""
    if t.word in NP_LINKS:
        return False  # "for" is no noun in -or
    return (
        t.word in PERSON_NOUNS
        or t.word in ORG_NOUNS
        or t.word in TITLE_WORDS
        or t.word.endswith(NOUN_ENDINGS)
        or t.is_capitalized
    )


def _name_after_titles(tokens: list[Token], k: int) -> bool:
    """A name right after lower-case title words: 'former secretary of state Ada Park'."""
    for m in range(k, min(len(tokens), k + 5)):
        if tokens[m].is_capitalized:
            return True
        if not (tokens[m].word in TITLE_WORDS or tokens[m].word in NP_LINKS):
            return False
    return False


def starts_appositive(rest: list[Token]) -> bool:
    """', a longtime ally', ', who served with him': more about the speaker."""
    if len(rest) < 2 or rest[0].text != ",":
        return False
    nxt = rest[1]
    if nxt.word in DETERMINERS or nxt.word in RELATIVES or nxt.is_possessive:
        return True
    # ', editor of the Harbor News', ', chief lawyer at the institute', ', senior
    # fellow with ...': a title, maybe after a word or two, and whose it is
    for k in range(1, min(len(rest) - 1, 4)):
        t = rest[k]
        if t.is_capitalized or not t.is_word or t.word in CUES:
            return False
        if t.word in PERSON_NOUNS or t.word in TITLE_WORDS or t.word.endswith(NOUN_ENDINGS):
            if rest[k + 1].word in ("of", "at", "for", "with"):
                return True
    return False
