"""The words before an attribution that closes or interrupts a sentence: "X, Lee said.",
"X, said a spokesman for the port.", "X, Lee said on Tuesday, Y."."""

from __future__ import annotations

from claims.extract.grammar import (
    AUXILIARIES,
    BE_FORMS,
    NOMINATIVE,
    OBJECT_PRONOUNS,
    PLAIN_SPEECH_VERBS,
    PREPOSITIONS,
    SENTENCE_ADVERBS,
    is_adverb,
    is_number,
    is_time,
    only_adjuncts,
)
from claims.extract.inverted_subjects import starts_appositive, subject_after
from claims.extract.lexicon import (
    ADDRESSEE_CUES,
    BETWEEN_SPEAKER_AND_CUE,
    CUES,
    DETERMINERS,
    WEEKDAYS,
    WORK_NOUNS,
)
from claims.extract.model import Attribution, Found
from claims.extract.reported_after import approximate_amount, in_opening_clause
from claims.extract.sentence_subjects import after_dateline
from claims.extract.subjects import skip_addressee
from claims.extract.tokens import Token


def content_before(
    text: str,
    tokens: list[Token],
    i: int,
    last: int,
    words: str,
    subj: tuple[int, int] | None,
    s: int,
    content_end: int,
) -> Found | None:
    """'CONTENT, Smith said.' or 'CONTENT, said Smith.' (or 'A, Smith said, B.')"""
    if subj:
        a, b = subj
        comma = a - 1
        after = last + 1
    else:
        inverted = subject_after(tokens, last)
        if not inverted:
            return None
        a, b = inverted
        comma = i - 1
        after = b
    if comma < 1 or tokens[comma].text not in ",—":
        return None
    after = skip_addressee(tokens, after) if words in ADDRESSEE_CUES else after
    if not _ends_attribution(tokens, after) or _that_after_adjunct(tokens, after):
        return None
    if _infinitive_at(tokens, after) or (
        words not in PLAIN_SPEECH_VERBS and _for_an_object(tokens, after)
    ):
        # "..., the board agreed to reopen the pier", "..., Park was calling for change",
        # "..., the mayor argued for repairs" (but "..., Lee said for the third time"):
        # the verb has its own object, the words before are no claim
        return None
    end = tokens[comma].start
    # "The plan, Smith said (on Tuesday), will fail.": the claim goes on after the
    # attribution (but not into "..., adding that ...", a claim of its own).
    closing = comma_after_adjuncts(tokens, after) if subj else None
    if closing is not None and closing + 1 < len(tokens):
        nxt = tokens[closing + 1].word
        # (nor into "..., two days after the vote", a time of the writer's, nor into the
        # title of the work it was said in: "..., Lee wrote in her book, “Salt and Rope.”")
        titled = tokens[closing - 1].word in WORK_NOUNS and tokens[closing + 1].text in '“"‘'
        participle = nxt.endswith("ing") and nxt in CUES
        if not (titled or participle or _time_span_at(tokens, closing + 1)):
            end = content_end
    elif not subj and _goes_on_after_speaker(text, tokens, after):
        end = content_end  # "The trouble, says Jo Lee, a historian, is the cost."
    # "WASHINGTON (AP) — X, officials said.": the dateline is no part of X.
    dateline = after_dateline(tokens)
    if 0 < dateline < a:
        s = tokens[dateline].start
    if len(text[s:end].split()) < 3 or _only_an_adjunct(tokens, end):
        return None
    if _only_a_subordinate_clause(tokens, end):
        return None
    return Found(s, end, "indirect", Attribution((tokens[a].start, tokens[b - 1].end), words))


def comma_after_adjuncts(tokens: list[Token], k: int) -> int | None:
    """The comma at k, or closing a few words of time and place from k ('Tuesday,', 'in an
    interview,'), if one does."""
    for m in range(k, min(len(tokens), k + 9)):
        if tokens[m].text == ",":
            return m if only_adjuncts(tokens, k, m) else None
        if not tokens[m].is_word:
            return None
    return None


TIME_UNITS = {"minutes", "hours", "days", "weeks", "months", "years", "day", "week", "month"}
TIME_UNITS |= {"decades", "minute", "hour", "year", "decade", "while", "moment"}


def _for_an_object(tokens: list[Token], k: int) -> bool:
    """'for repairs', 'for a new pier': what the verb asks for (not 'for hours', 'for the
    third time', 'for years', how long or how often)."""
    if k + 1 >= len(tokens) or tokens[k].word != "for":
        return False
    return not any(
        t.word in TIME_UNITS or t.word in ("time", "times") for t in tokens[k + 1 : k + 4]
    )


def _time_span_at(tokens: list[Token], k: int) -> bool:
    """'two days after ...', 'just hours before ...', 'a week later': a span of time."""
    for m in range(k, min(len(tokens) - 1, k + 3)):
        if tokens[m].word in TIME_UNITS:
            return tokens[m + 1].word in ("after", "before", "later", "earlier", "ago")
    return False


def _only_a_subordinate_clause(tokens: list[Token], end: int) -> bool:
    """'While Park said the pier is safe, Lee disagreed.': the words before the speaker are
    a clause of the sentence Lee's verb ends, no statement of Lee's."""
    before = sum(1 for t in tokens if t.end <= end)
    return in_opening_clause(tokens, before, SETTING_CONJUNCTIONS)


# Conjunctions whose clause sets up the sentence's main clause ("While ..., Lee disagreed").
SETTING_CONJUNCTIONS = {"while", "although", "though", "whereas", "because", "if", "when"}


def _infinitive_at(tokens: list[Token], k: int) -> bool:
    """'to reopen' at token k, not 'to reporters', 'to the crowd', 'to him' or 'to Lee'."""
    if k + 1 >= len(tokens) or tokens[k].word != "to":
        return False
    nxt = tokens[k + 1]
    return (
        nxt.is_word
        and not nxt.is_capitalized
        and not nxt.word.endswith("s")
        and nxt.word not in DETERMINERS
        and nxt.word not in OBJECT_PRONOUNS
        and not is_number(nxt)
    )


def _that_after_adjunct(tokens: list[Token], k: int) -> bool:
    """'Lee said on TV that …': the cue's own clause follows its adjunct, so the words
    before the speaker are no claim of theirs."""
    for m in range(k, min(len(tokens) - 1, k + 8)):
        if not tokens[m].is_word:
            return False
        if tokens[m].word == "that":
            return m > k
    return False


def _goes_on_after_speaker(text: str, tokens: list[Token], k: int) -> bool:
    """After 'A, says Jo Lee' (maybe with ', a historian at the museum,'), a comma and
    the rest of the statement: a verb, or a quote that carries on in lower case."""
    n = len(tokens)
    if k + 1 >= n or tokens[k].text != ",":
        return False
    if starts_appositive(tokens[k:]):
        k = next((m for m in range(k + 2, n) if tokens[m].text == ","), n)
        if k + 1 >= n:
            return False
    nxt = tokens[k + 1]
    if nxt.text in '“"':  # 'explained Park, “the vote is over.”' (quoted words are masked)
        return text[nxt.end : nxt.end + 1].islower()
    return nxt.word in BE_FORMS or nxt.word in AUXILIARIES


def _only_an_adjunct(tokens: list[Token], end: int) -> bool:
    """'In the end, Patriot agreed.' / 'A few weeks earlier, Scott ...': the words before
    the speaker set the scene; nothing was said."""
    leading = [t for t in tokens if t.end <= end]
    before = [t for t in leading if t.is_word]
    if not before or len(before) > 14:
        return False
    if len(before) > 7 and not _a_phrase_alone(leading):
        return False
    if any(t.text in "“\"‘'" for t in leading):
        return False  # '“We are happy” about it, said Park': quoted words were said
    return (
        before[0].word in PREPOSITIONS
        or before[0].word in ("despite", "since", "until", "once", "like", "unlike")
        or is_time(before)  # "Earlier this week, the board wrote to Lee"
        or (before[0].word in SENTENCE_ADVERBS and is_time(before[1:]))  # "Then, last week,"
        or before[-1].word in ("earlier", "later", "ago", "however", "then", "too")
    )


def _a_phrase_alone(phrase: list[Token]) -> bool:
    """'In a long talk with the sailors of the harbor towns': a preposition's phrase, with
    no comma, verb or pronoun of a clause in it ('In sum, the ferry lost $2 million')."""
    return phrase[0].word in PREPOSITIONS and not any(
        t.text == ","
        or t.word in AUXILIARIES
        or t.word in BE_FORMS
        or t.word in NOMINATIVE
        or t.word == "that"
        for t in phrase
    )


def _ends_attribution(tokens: list[Token], k: int) -> bool:
    """After 'Smith said' only the sentence end, an appositive or an adjunct may follow."""
    if k >= len(tokens):
        return True
    t = tokens[k]
    if not t.is_word:
        return t.text in ",.;:!?—–-()"
    w = t.word
    if approximate_amount(tokens, k):
        return False  # "reported at least nine boats sank": the figure opens the claim
    return (
        w in PREPOSITIONS
        or w in WEEKDAYS
        or w in BETWEEN_SPEAKER_AND_CUE
        or (is_adverb(w) and not t.is_capitalized)
    )
