"""The subject at the head of a sentence: where it starts, past a dateline and the opening
words that set a time, a place or a scene ("WASHINGTON (AP) — On Monday, the mayor ...")."""

from __future__ import annotations

from claims.extract.grammar import (
    AUXILIARIES,
    BE_FORMS,
    DASHES,
    DESCRIPTION_OPENERS,
    NOMINATIVE,
    OPENING_FILLERS,
    PREPOSITIONS,
    SENTENCE_ADVERBS,
    SENTENCE_OPENERS,
    SUBORDINATORS,
    is_adverb,
    is_time,
    noun_in,
)
from claims.extract.lexicon import (
    CUES,
    NOT_NAMES,
    ORG_NOUNS,
    PERSON_NOUNS,
    TITLE_WORDS,
    US_STATES,
    WEEKDAYS,
)
from claims.extract.tokens import Token


def sentence_subject(tokens: list[Token]) -> tuple[int, int] | None:
    """The name or pronoun that opens a sentence, past a dateline or an opening adjunct:
    the speaker of a participle cue ("Smith attacked the plan, saying ...")."""
    n = len(tokens)
    k = subject_start(tokens)
    if k >= n or not tokens[k].is_word:
        return None
    if tokens[k].word in ("he", "she", "they", "it", "we"):
        return (k, k + 1)
    if tokens[k].word in DESCRIPTION_OPENERS or tokens[k].is_possessive:
        # "The board endorsed Hale, calling ...": a description up to its head noun.
        head = None
        for m in range(k + 1, min(n, k + 6)):
            t = tokens[m]
            if (
                noun_in(t.word, PERSON_NOUNS)
                or noun_in(t.word, ORG_NOUNS)
                or t.word.endswith(("er", "ers", "or", "ors", "ist", "ists"))
                or t.is_capitalized
            ):
                head = m
            elif head is not None or not t.is_word or t.word in CUES or _is_verb(t.word):
                break  # modifiers ("harbor board") only before the head; no verb at all
        return (k, head + 1) if head is not None else None
    j = k
    while j < n and tokens[j].is_word and (tokens[j].is_capitalized or tokens[j].is_possessive):
        j += 1
    if j == k or tokens[k].word in NOT_NAMES:
        return None
    return (k, _name_after_job(tokens, j))


JOB_WORDS = TITLE_WORDS | PERSON_NOUNS | ORG_NOUNS


def _is_verb(word: str) -> bool:
    """'would', 'is': "The plan would require delegates" is no description of anyone."""
    return word in AUXILIARIES or word in BE_FORMS


def _name_after_job(tokens: list[Token], j: int) -> int:
    """End of 'Harbor board spokesman Jo Lee' when a name run stops at j: past a job in
    lower case ("spokesman", "policy adviser") to the name that follows it."""
    m = j
    while (
        m < len(tokens)
        and m - j < 3
        and tokens[m].is_word
        and not tokens[m].is_capitalized
        and tokens[m].word in JOB_WORDS
    ):
        m += 1
    if m == j:
        return j
    end = m
    while end < len(tokens) and tokens[end].is_word and tokens[end].is_capitalized:
        end += 1
    return end if end > m else j


def after_dateline(tokens: list[Token]) -> int:
    """Where the sentence starts past a dateline: "PORTVILLE —", "WASHINGTON (AP) —",
    "SALEM, Ore. (Reuters) - ": capitals (and a state after a comma), maybe an agency in
    parentheses, then a dash."""
    depth = 0
    for m, t in enumerate(tokens[:10]):
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            depth -= 1
        elif depth == 0 and t.text in DASHES:
            return m + 1 if m > 0 else 0
        elif depth == 0 and t.is_word and not t.text.isupper():
            state = m >= 2 and tokens[m - 1].text == "," and t.is_capitalized
            if not state:
                return 0
    return 0


def subject_start(tokens: list[Token]) -> int:
    """Where a sentence's subject begins: past a dateline, opening adjuncts closed by a
    comma ("Thursday, after the vote, Warren ...") and opening adverbs ("But", "Again,")."""
    n = len(tokens)
    k = after_dateline(tokens)
    while k < n and tokens[k].text in '“”"‘’,':
        k += 1  # past a quotation that opens the sentence (its words are masked)
    start = -1
    while start != k:  # "Later, when I wrote to him, he ...": adverbs and adjuncts in turn
        start = k
        while (
            k < n
            and tokens[k].is_word
            and (
                tokens[k].word in SENTENCE_OPENERS
                or tokens[k].word in WEEKDAYS
                or (tokens[k].word.endswith("ing") and any(t.text == "," for t in tokens[k:]))
                or _time_ago(tokens[k : k + 6])
                or _time_before_comma(tokens, k)
                or (tokens[k].word in OPENING_TIMES and k + 1 < n and tokens[k + 1].text != ",")
                or _participle_opener(tokens, k)
                or _place_opener(tokens, k)
            )
        ):  # "Speaking on CNN, Lee ...", "Hours later, Lee ...", "Stung by it, Lee ..."
            timed = _time_without_comma(tokens, k)
            if timed:
                k = timed  # "On Monday the board ...": a time needs no comma
                continue
            if tokens[k].word in SUBORDINATORS and not any(t.text == "," for t in tokens[k:]):
                k += 1  # "While those surveyed said": the clause runs on to the words asked
                continue
            while k < n and tokens[k].text != ",":
                k += 1
            k += 1
            state = _state_at(tokens, k)
            if state and k + state < n and tokens[k + state].text == ",":
                k += state + 1  # "Speaking in Salem, New Hampshire, Lee ..."
        # "Recently, however, it issued ...": past opening adverbs and their commas.
        while k < n and (
            tokens[k].text == ","
            or is_adverb(tokens[k].word)
            or (tokens[k].word in ORDINAL_OPENERS and k + 1 < n and tokens[k + 1].text == ",")
            or tokens[k].word in SENTENCE_ADVERBS
            or tokens[k].word in OPENING_FILLERS
        ):
            k += 1
    return k


# "First, Lee ...", "Next, the board ...": the order of events, no subject.
ORDINAL_OPENERS = {"first", "second", "third", "next"}


def _place_opener(tokens: list[Token], k: int) -> bool:
    """'Here in Salem, Lee ...', 'There, at the pier, ...': where, not who ('There is ...'
    opens no adjunct)."""
    return (
        tokens[k].word in ("here", "there")
        and k + 1 < len(tokens)
        and (tokens[k + 1].text == "," or tokens[k + 1].word in PREPOSITIONS)
    )


def _state_at(tokens: list[Token], k: int) -> int:
    """How many words of a US state's name start at k: 'Iowa' 1, 'N.H.' 1, 'New
    Hampshire' 2."""
    if k >= len(tokens) or not tokens[k].is_capitalized:
        return 0
    if tokens[k].word in US_STATES or _is_state_abbreviation(tokens[k].text):
        return 1
    two = k + 1 < len(tokens) and tokens[k + 1].is_capitalized
    if two and tokens[k].word in ("new", "north", "south", "west", "rhode"):
        return 2
    return 0


def _is_state_abbreviation(text: str) -> bool:
    """'N.H.', 'Calif.', 'Fla.': a short capitalised word with a period."""
    return text.endswith(".") and 3 <= len(text) <= 6 and text[0].isupper()


def _participle_opener(tokens: list[Token], k: int) -> bool:
    """'Chastened by the reviews, ...', 'Asked about it, ...': a past participle and its
    phrase before a comma ('Retired Col. Jo Lee' is a title)."""
    return (
        tokens[k].word.endswith("ed")
        and k + 1 < len(tokens)
        and (tokens[k + 1].word in PREPOSITIONS or tokens[k + 1].text == ",")
        and any(t.text == "," for t in tokens[k + 1 :])
    )


# "Earlier in the week, Lee ...", "Years after the storm, Lee ...": a time and its clause.
OPENING_TIMES = {"earlier", "later", "years", "months", "weeks", "days", "hours", "decades"}


def _time_without_comma(tokens: list[Token], k: int) -> int:
    """Past 'On Monday' or 'In March 2016' opening a sentence with no comma after it,
    when a subject follows (a capital, "the" or a pronoun); else 0."""
    point = _time_point(tokens[k : k + 7])
    if point is not None:
        # "A few minutes later they ...": a point in time, then the subject
        nxt = tokens[k + point + 1]
        return k + point + 1 if nxt.word in NOMINATIVE or nxt.is_capitalized else 0
    m = k + 1 if tokens[k].word in ("on", "in", "at", "by", "since") else k
    times = m
    while times < len(tokens) and times - m < 3 and is_time(tokens[times : times + 1]):
        times += 1
    if times == m or times >= len(tokens) or tokens[times].text == ",":
        return 0
    nxt = tokens[times]
    return times if nxt.is_capitalized or nxt.word in ("the", "they", "he", "she", "we") else 0


def _time_before_comma(tokens: list[Token], k: int) -> bool:
    """'Late last month,', 'Earlier this week,', 'Early Tuesday,': a time and a comma."""
    comma = next((m for m in range(k + 1, min(len(tokens), k + 5)) if tokens[m].text == ","), 0)
    return comma > k and is_time(tokens[k:comma])


def _time_ago(words: list[Token]) -> bool:
    """'Hours later,', 'Two days earlier,', 'A week ago,': a point in time (before a
    comma, or before the subject that opens the clause: 'Minutes later they ...')."""
    k = _time_point(words)
    if k is None:
        return False
    after = words[k + 1]
    return after.text == "," or after.word in NOMINATIVE or after.is_capitalized


def _time_point(words: list[Token]) -> int | None:
    """Index of 'later', 'earlier' or 'ago' after a few words of time ('two days later'),
    with a word after it to read."""
    for k, t in enumerate(words):
        if t.word in ("later", "earlier", "ago"):
            return k if 0 < k < len(words) - 1 else None
        if not t.is_word:
            return None
    return None
