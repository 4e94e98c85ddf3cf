"""Attributed claims of one paragraph: direct quotes and reported speech.

Works on the paragraph with quoted words masked, so that a cue word inside a quotation
("he said we'd win") is never taken for the attribution of the quote around it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from operator import attrgetter

from claims.extract.lexicon import (
    ABOUT_CUES,
    ADDRESSEE_CUES,
    BASE_CUES,
    BELIEF_CUES,
    BETWEEN_SPEAKER_AND_CUE,
    CUES,
    DETERMINERS,
    GROUP_PRONOUNS,
    MONTHS,
    NAME_PARTICLES,
    NOT_NAMES,
    OBJECT_CUES,
    OPENING_CUES,
    ORG_NOUNS,
    PERSON_NOUNS,
    PROMISE_CUES,
    PRONOUNS,
    QUOTE_ONLY_CUES,
    THAT_CUES,
    TITLE_WORDS,
    US_STATES,
    WEEKDAYS,
    is_us_state,
)
from claims.extract.text import Quote, SpanSet, sentence_of
from claims.extract.tokens import Token, TokenIndex

_WORD = re.compile(r"[a-z]+")
# Words without which a paragraph holds no attribution (the cue of "according to",
# "pointed out" included).
# Prepositions that open a sentence's adjunct but rarely follow a cue ("railed against"
# does): "Alongside calls for a new pier, ...", "Despite the vote, ...".
OPENING_PREPOSITIONS = {"alongside", "among", "despite", "unlike", "amid", "beyond"}
# Verbs that answer with "back": "shot back", "fired back", "hit back", "wrote back".
BACK_VERBS = {"shot", "shoots", "shoot", "fired", "fires", "fire", "hit", "hits", "snapped"}
BACK_VERBS |= {"pushed", "pushes", "wrote", "writes", "punched", "struck", "strikes"}
TRIGGERS = CUES | BACK_VERBS | {"according", "pointed", "points", "point", "put", "puts"}
TRIGGERS |= {"states", "state"}
BE_FORMS = {"is", "was", "were", "are", "been", "being", "be", "'s", "’s"}
CLAUSE_BREAKS = {
    "that",
    "which",
    "and",
    "but",
    "or",
    "because",
    "while",
    "when",
    "if",
    "as",
    "since",
    "although",
    "though",
    "after",
    "before",
    "so",
    "where",
    "whether",
    "than",
    "until",
    "unless",
    "whom",
    "whose",
    "what",
    "how",
    "why",
    "whenever",
}
PREPOSITIONS = {
    "in",
    "on",
    "at",
    "during",
    "to",
    "with",
    "after",
    "before",
    "from",
    "via",
    "through",
    "outside",
    "inside",
    "for",
    "of",
    "about",
    "over",
    "by",
    "into",
    "near",
    "ahead",
    "amid",
    "following",
    "under",
    "without",
    "across",
    "behind",
}
NP_LINKS = {"of", "for", "at", "with", "from", "in", "to", "on"}
MAX_SUBJECT_TOKENS = 9
NOMINATIVE = {"he", "she", "they", "we", "i"}
RELATIVES = {"who", "whose", "whom"}
# Words before a noun that the adjective endings miss: "said the second official".
MODIFIERS = {"first", "second", "third", "fourth", "other", "same", "new", "top", "longtime"}
SENTENCE_ADVERBS = {"however", "meanwhile", "still", "instead", "now", "then", "also", "later"}
SENTENCE_ADVERBS |= {"likewise", "moreover", "furthermore", "indeed", "nevertheless", "thus"}
QUANTIFIERS = GROUP_PRONOUNS | {"one", "two", "three", "four", "each", "all", "none", "both"}
CALL_PARTICLES = {"in", "into", "up", "off", "back"}
# Words before a noun, never before a verb: "a charge", "the claim". (Not possessives:
# "Trump's claim that ..." does attribute the claim to Trump.)
ARTICLES = {"a", "an", "the", "another"}
AUXILIARIES = {
    "has",
    "have",
    "had",
    "will",
    "would",
    "can",
    "could",
    "may",
    "might",
    "should",
    "must",
    "do",
    "does",
    "did",
    "is",
    "was",
    "are",
    "were",
}
NUMBER_WORDS = {
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "hundred",
    "thousand",
    "million",
    "billion",
    "dozens",
    "hundreds",
    "thousands",
    "millions",
}


def _is_year(t: Token) -> bool:
    return len(t.text) == 4 and t.text.isdigit() and t.text[:2] in ("19", "20")


def _is_number(t: Token) -> bool:
    return t.text[0].isdigit() or any(part in NUMBER_WORDS for part in t.word.split("-"))


@dataclass
class Attribution:
    mention: tuple[int, int]  # offsets of the speaker's words in the paragraph
    cue: str
    cue_span: tuple[int, int] | None = None
    # "Lee refused to answer but said X, adding: “…”": the subject of a participle stands
    # far before it, and the words between are no part of this attribution.
    participle: bool = False

    @property
    def region(self) -> tuple[int, int]:
        """From the speaker's words to the cue, whichever comes first."""
        if self.cue_span is None:
            return self.mention
        if self.participle:
            return self.cue_span
        return min(self.mention[0], self.cue_span[0]), max(self.mention[1], self.cue_span[1])


@dataclass
class Found:
    """A claim found in one paragraph, before its speaker is resolved."""

    start: int
    end: int
    kind: str
    attribution: Attribution | None
    inherits: bool = False  # no cue of its own: the last speaker (or the subject) speaks
    borrowed: bool = False  # attributed through another quote of the same paragraph
    unnamed: bool = False  # "when asked whether ...": a question by someone not named


def _cue_at(tokens: list[Token], i: int) -> tuple[str, int] | None:
    """The cue starting at token i, as (cue words, index of its last token)."""
    t = tokens[i]
    w = t.word
    if w in ("pointed", "points", "point") and i + 1 < len(tokens) and tokens[i + 1].word == "out":
        return w + " out", i + 1
    if w in ("put", "puts") and i + 1 < len(tokens) and tokens[i + 1].word == "it":
        return w + " it", i + 1  # "As Jo Lee put it, “…”"
    if w in BACK_VERBS and i + 1 < len(tokens) and tokens[i + 1].word == "back":
        return w + " back", i + 1  # "Lee shot back, “…”", "fired back that ..."
    if w in ("state", "states"):
        # "The document states that ...", "It states that ...", not "swing states that Lee won".
        document = i > 0 and (tokens[i - 1].word in ORG_NOUNS or tokens[i - 1].word == "it")
        followed = i + 1 < len(tokens) and tokens[i + 1].word == "that"
        return (w, i) if document and followed else None
    if w not in CUES:
        return None
    if w.startswith("call") and i + 1 < len(tokens) and tokens[i + 1].word in CALL_PARTICLES:
        return None  # "she called in to the show", "called off the vote"
    if t.is_capitalized and i > 0 and tokens[i - 1].is_word and not _title_case(tokens):
        return None  # "the Washington Post", "the United States": part of a name
    if i > 0 and tokens[i - 1].word in ARTICLES:
        return None  # "a charge that stung": a noun
    if i > 0 and (_noun_after(tokens[i - 1].word, w) or _owned(tokens[i - 1], w)):
        return None  # "Acts of protest", "In one tweet Friday", "Editor’s note": a noun
    if _after_article_and_adjective(tokens, i):
        return None  # "an hourlong show that aired", "the new claims": a noun
    if w in ("called", "named", "dubbed") and i > 1 and tokens[i - 2].word in ("a", "an"):
        return None  # "a group called Harbor Watch": a name, not a call
    if w.startswith("compar") and i + 1 < len(tokens) and tokens[i + 1].word in ("with", "to"):
        return None  # "1,401, compared with 2,205": a comparison, not a likening
    if w == "asked" and i + 1 < len(tokens) and tokens[i + 1].word in ("not", "to"):
        return None  # "who asked not to be named": a request, not a claim
    if i > 0 and tokens[i - 1].word == "having":
        return None  # "Having said that, ...": an aside of the writer
    if w == "told" and i > 0 and tokens[i - 1].word == "all" and _next_is(tokens, i, ","):
        return None  # "All told, the groups spent ...": in all
    return w, i


def _next_is(tokens: list[Token], i: int, text: str) -> bool:
    return i + 1 < len(tokens) and tokens[i + 1].text == text


def _noun_after(before: str, w: str) -> bool:
    """A cue form that is a noun after a preposition, a quantifier or a year ("of protest",
    "one tweet", "their report", "2013 report"), not a participle or a past tense ("by
    saying", "one said")."""
    if w.endswith(("ing", "ed")) or w in PLAIN_SPEECH_VERBS:
        return False
    year = len(before) == 4 and before.isdigit()  # "that 2013 report"
    after_preposition = (
        before in PREPOSITIONS and before != "to"
    ) or before in OPENING_PREPOSITIONS
    return after_preposition or before in NOUN_MARKERS or year


def _owned(before: Token, w: str) -> bool:
    """'Editor’s note', 'the board’s report': a cue form owned by a possessive is a noun."""
    owner = before.is_possessive and len(before.text) > 2  # not the "’s" of "he’s"
    return owner and not w.endswith(("ing", "ed"))


NOUN_MARKERS = {"one", "each", "every", "another", "his", "their", "its", "my", "our", "your"}


def _after_article_and_adjective(tokens: list[Token], i: int) -> bool:
    """'an hourlong show', 'the latest claims': a cue form that can be a noun, after an
    article and a word that is no subject ('a spokeswoman warns' is a verb)."""
    w = tokens[i].word
    if i < 2 or w.endswith("ed") or w in PLAIN_SPEECH_VERBS:
        return False
    before = tokens[i - 1]
    return (
        tokens[i - 2].word in ARTICLES
        and before.is_word
        and not before.is_capitalized
        and not before.word.endswith(("ly", "s"))
        and before.word not in PERSON_NOUNS
        and before.word not in ORG_NOUNS
        and before.word not in FRACTIONS  # "a third say", "a majority say"
    )


def _title_case(tokens: list[Token]) -> bool:
    """A headline in Title Case, where every word is capitalised, cues included."""
    words = [t for t in tokens if t.is_word and len(t.text) > 3]
    return len(words) >= 3 and sum(t.is_capitalized for t in words) >= 0.8 * len(words)


def _skip_adjuncts_back(tokens: list[Token], j: int, floor: int) -> int:
    """Step left over auxiliaries, adverbs and time words: "Sessions on Tuesday blasted"."""
    cue = j
    while j > floor:
        t = tokens[j - 1]
        w = t.word
        if w in TIME_PHRASE_ENDS:
            # "who has in the past described"
            n = next((n for n in (3, 2) if _words_of(tokens[j - n : j]) in TIME_PHRASES), 0)
            if n and j - n >= floor:
                j -= n
                continue
        if w in ("all", "both", "each") and _opens_sentence(tokens, j - 1, cue):
            break  # "All agreed that ...": the subject ("They all agreed": an adverb)
        if (
            (w in BETWEEN_SPEAKER_AND_CUE and not t.is_capitalized)  # "Theresa May said"
            or w in WEEKDAYS
            or (w.endswith("ly") and len(w) > 4 and not t.is_capitalized)
        ):
            j -= 1
            continue
        if _is_year(t) and j - 2 > floor and tokens[j - 2].word in ("in", "since"):
            j -= 2  # "who in 2010 said"
            continue
        break
    return j


def _opens_sentence(tokens: list[Token], i: int, cue: int) -> bool:
    """Token i is where the sentence's subject begins ("To varying degrees, all agreed")."""
    return _subject_start(tokens[:cue]) == i


# Time phrases that may stand between a speaker and the cue.
TIME_PHRASES = {
    "in the past",
    "at the time",
    "for years",
    "for months",
    "for decades",
    "last year",
    "last week",
    "last month",
    "this week",
    "this year",
    "over the weekend",
    "in recent weeks",
    "in recent months",
    "in recent years",
    "in recent days",
    "in the interview",
    "in an interview",
    "in a statement",
}


TIME_PHRASE_ENDS = {phrase.rsplit(" ", 1)[1] for phrase in TIME_PHRASES}


def _words_of(tokens: list[Token]) -> str:
    return " ".join(t.word for t in tokens)


def subject_before(tokens: list[Token], cue_index: int, floor: int = 0) -> tuple[int, int] | None:
    """Token range [i, j) of the speaker standing just before the cue, if any.

    Handles "Smith said", "the official said", "Smith, a spokesman for X, said" and
    "Smith, who chairs the panel, said" (the name is the speaker in both).
    """
    j = _skip_adjuncts_back(tokens, cue_index, floor)
    if j <= floor:
        return None
    last = tokens[j - 1]
    if last.text in DASHES:
        subject = _dashed_appositive_subject(tokens, j, floor)
    elif last.text == ",":
        subject = _appositive_subject(tokens, j - 1, floor)
    elif last.text in '”"' and j - 2 > floor and tokens[j - 2].text in '“"':
        # 'Jo Lee, host of “Morning Pier,” said': the comma stands inside the title's
        # quotation marks (the quoted words are masked), so the title ends an appositive.
        subject = _appositive_subject(tokens, j - 1, floor)
    elif last.word == "who" and j - 2 > floor and tokens[j - 2].text in {","} | DASHES:
        # "backed by Dorsey, who has said": the mention runs from the name to "who"; so it
        # does from a person described ("a question from a young child, who said").
        antecedent = noun_phrase_before(
            tokens, j - 2, floor, need_name=True, relative=True
        ) or _person_described(tokens, j - 2, floor)
        subject = antecedent and (antecedent[0], j)
    elif last.word == "who" and j - 1 > floor:
        # "some economists who argue that ...": the phrase the clause restricts.
        antecedent = noun_phrase_before(tokens, j - 1, floor, relative=True)
        subject = antecedent and (antecedent[0], j)
    elif last.word == "which" and j - 2 > floor and _body_named(tokens[j - 2]):
        # "the Harbor Police Department which reported": an organisation's own clause.
        antecedent = noun_phrase_before(tokens, j - 1, floor, relative=True)
        subject = antecedent if antecedent and antecedent[1] == j - 1 else None
    else:
        subject = noun_phrase_before(tokens, j, floor) or _share_of_people(tokens, j, floor)
    if subject and _disagrees(tokens, subject, cue_index):
        return None
    return subject


def _body_named(head: Token) -> bool:
    """A word that ends the name of an organisation or a document: "Department", "board",
    "report" (not a day: "late on Friday which ...")."""
    if _is_time([head]):
        return False
    return _noun_in(head.word, ORG_NOUNS) or (head.is_capitalized and head.word[-1] != "s")


def _close_to(tokens: list[Token], j: int, floor: int) -> int | None:
    """Index of 'close' in 'close to her campaign' (or 'familiar with', 'loyal to', 'privy
    to', 'around') ending just before j: a short phrase of plain words after it."""
    for k in range(j - 2, max(floor, j - 7), -1):
        t = tokens[k + 1]
        if not t.is_word or t.word in CUES or t.word in CLAUSE_BREAKS:
            return None
        linked = tokens[k].word in ("close", "familiar", "loyal", "privy") and t.word in (
            "to",
            "with",
        )
        if (linked or tokens[k].word == "around") and k - 1 >= floor:
            return k
    return None


def _person_described(tokens: list[Token], j: int, floor: int) -> tuple[int, int] | None:
    """'a young child', 'The retired sailor' just before j: an article, up to three plain
    lower-case words, and a noun for a person (or one made like "sailor", "activist")."""
    if j - 1 < floor:
        return None
    head = tokens[j - 1].word
    if head not in PERSON_NOUNS and not head.endswith(("er", "or", "ist", "ian")):
        return None
    for i in range(j - 2, max(floor, j - 6) - 1, -1):
        if tokens[i].word in ARTICLES:
            return (i, j)
        if not tokens[i].is_word or tokens[i].is_capitalized:
            return None
    return None


QUANTITY_WORDS = {
    "about",
    "almost",
    "nearly",
    "only",
    "just",
    "roughly",
    "around",
    "more",
    "less",
    "fewer",
    "than",
    "half",
    "most",
    "many",
    "few",
    "majority",
    "minority",
    "third",
    "thirds",
    "quarter",
    "quarters",
    "of",
    "in",
    "out",
    "a",
    "the",
    "some",
    "all",
    "percent",
    "them",
    "those",
    "each",
    "every",
    "over",  # "Just over half said"
    "under",
}


DASHES = {"—", "–", "-"}


def _dashed_appositive_subject(tokens: list[Token], j: int, floor: int) -> tuple[int, int] | None:
    """'Tom Reyes — a teacher from Ames — says': the phrase before the opening dash."""
    k = j - 1
    while k > floor and tokens[k - 1].text in DASHES:  # "--"
        k -= 1
    k -= 1
    while k > floor and j - k < 30 and tokens[k].text not in DASHES:
        k -= 1
    if k <= floor or tokens[k].text not in DASHES:
        return None
    while k > floor and tokens[k - 1].text in DASHES:
        k -= 1
    return noun_phrase_before(tokens, k, floor)


FRACTIONS = {"majority", "third", "thirds", "quarter", "quarters"}
SHARE_WORDS = FRACTIONS | {"half", "most"}


def _share_of_people(tokens: list[Token], j: int, floor: int) -> tuple[int, int] | None:
    """'About four in 10 said', 'Almost half said', 'Six in 10 voters said': poll shares."""
    i = j
    while i > floor and (
        tokens[i - 1].text == "%"  # "85% of Democrats said"
        or tokens[i - 1].is_word
        and (
            tokens[i - 1].word in QUANTITY_WORDS
            or _is_number(tokens[i - 1])
            or tokens[i - 1].word.endswith(("ers", "ors", "ents", "ans", "ists"))
            or (tokens[i - 1].is_capitalized and tokens[i - 1].word.endswith("s"))  # Democrats
            # "four in 10 Iowa primary voters", "52 percent of registered voters"
            or (i < j and (tokens[i - 1].is_capitalized or tokens[i - 1].word.endswith("ary")))
            or (i < j and tokens[i - 1].word.endswith(("ed", "ly")) and tokens[i].word[-1] == "s")
        )
        and tokens[i - 1].word not in SUBORDINATORS  # "While only 7 percent said"
    ):
        i -= 1
    span = tokens[i:j]
    if not span or not any(_is_number(t) or t.word in SHARE_WORDS for t in span):
        return None
    return (i, j) if _starts_clause(tokens, i, floor) else None


def _disagrees(tokens: list[Token], subject: tuple[int, int], cue_index: int) -> bool:
    """'Battleground state Florida', 'the Washington post': a bare verb after one name is
    no finite verb ('Smith say' is not English), unless an auxiliary stands between."""
    cue = tokens[cue_index].word
    if cue not in BASE_CUES or tokens[cue_index - 1].word in AUXILIARIES | {"to", "not"}:
        return False
    span = tokens[subject[0] : subject[1]]
    # The head is the noun before any "of/to/for" ("advisers to Mr. Obama say").
    head = next((span[k - 1] for k in range(1, len(span)) if span[k].word in NP_LINKS), span[-1])
    if subject[0] > 0 and tokens[subject[0] - 1].word == "and":
        return False  # "Grassley and Leahy say"
    return (
        head.is_capitalized
        and not head.word.endswith("s")
        and head.word not in NOMINATIVE
        and head.word not in GROUP_PRONOUNS
        and head.word not in ORG_NOUNS
        and head.word not in PERSON_NOUNS
    )


def _appositive_subject(tokens: list[Token], comma: int, floor: int) -> tuple[int, int] | None:
    """'NAME, APPOSITIVE,' before a cue: find the name before the appositive, which may
    hold commas itself ('Jo Lee, 59, of Ashton, Md., said'); or, in 'a spokeswoman for
    the union, Dana Ruiz, said', the name in the appositive."""
    k = comma - 1
    commas = 0
    crossed_cue = False
    while k > floor and comma - k < 30:
        t = tokens[k]
        if t.text == ",":
            commas += 1
            inner = tokens[k + 1 : comma]
            if not inner or not _looks_like_appositive(inner) or commas > 3:
                return None
            if crossed_cue and inner[0].word != "who" and not inner[0].word.endswith("ing"):
                # only "Lee, who said X, said Y" holds a cue of its own; in "Lee, facing a
                # reelection challenge, said" the cue word is a noun of the aside
                return None
            if commas == 1 and _is_number(inner[0]) and inner[-1].word in ("%", "percent"):
                # "A third of sailors, 33%, say": a share and its figure
                share = _share_of_people(tokens, k, floor)
                if share:
                    return (share[0], comma)
            before = noun_phrase_before(tokens, k, floor)
            intro = before
            if not (
                before
                and (tokens[before[0]].word in INTRODUCERS or tokens[before[0]].is_possessive)
            ):
                intro = _introduction(tokens, k, floor)  # "One of the town's lawyers"
            if intro and _is_name(inner):
                # "a spokeswoman for the union, Dana Ruiz, said" names the speaker second;
                # "Jo Lee, the editor of the local paper, The Light, said" names the paper.
                named_first = intro[0] - 1 > floor and tokens[intro[0] - 1].text == ","
                first = named_first and noun_phrase_before(
                    tokens, intro[0] - 1, floor, need_name=True
                )
                if first and not _is_time(tokens[first[0] : first[1]]):
                    return first
                return (k + 1, comma)
            # "The former mayor, who led the march, thinks", "Experts, including Jo Lee,
            # say": a description will do too.
            described = inner[0].word in ("who", "including")
            named = noun_phrase_before(tokens, k, floor, need_name=not described)
            if named and _place_after_place(tokens, named):
                named = None  # "in Aurora, Colorado, in July": a state, read on leftwards
            if named and _is_time(tokens[named[0] : named[1]]):
                # "Earlier Tuesday, her deputy, Jo Lee, said": the time opens the sentence,
                # the name closing the appositives is the speaker.
                last = max((m for m in range(k + 1, comma) if tokens[m].text == ","), default=k) + 1
                if _is_name(tokens[last:comma]):
                    return (last, comma)
                named = None
            if named:
                return named
            if before and (
                tokens[k - 1].word in PERSON_NOUNS or tokens[k - 1].word.endswith(NOUN_ENDINGS)
            ):
                return before  # "The clerk, a Republican who asked not to be named, said"
        elif not t.is_word and t.text not in "’'-()&.“”\"%":  # a title: 'author of “Sails,”'
            return None
        elif _cue_at(tokens, k) and not tokens[k].word.startswith("call"):
            # ("a firm called Gavekal" names, it reports nothing; "Lee, citing the report,
            # insisted" is a participle aside)
            # ("Jo Lee, a sailor who argues for the pier, said", "the founder of a trust
            # that urges ...": the cue of a relative clause inside the appositive)
            crossed_cue = crossed_cue or not (
                tokens[k].word.endswith("ing") or tokens[k - 1].word in RELATIVE_OPENERS
            )
        k -= 1
    return None


# Words opening a description that a name then follows: "a spokeswoman for the union,
# Dana Ruiz, said", "One harbor hopeful, Ada Park, says", "Lee's lawyer, Jo Park, said".
INTRODUCERS = DETERMINERS | {"one", "another"}


def _introduction(tokens: list[Token], k: int, floor: int) -> tuple[int, int] | None:
    """'One harbor hopeful', 'One of the authors of the 2013 report' opening the clause
    before the comma at k: plain words after "a", "one" or a possessive, which a name will
    follow."""
    for i in range(k - 1, max(floor, k - 10) - 1, -1):
        t = tokens[i]
        if not t.is_word or t.word in BE_FORMS or t.word in AUXILIARIES:
            return None
        if t.word in CUES and not _noun_in(t.word, ORG_NOUNS):
            return None  # a verb ("report" may be a noun)
        opens = t.word in INTRODUCERS or t.is_possessive
        if opens and i < k - 1 and _starts_clause(tokens, i, floor):
            return (i, k)
    return None


def _place_after_place(tokens: list[Token], span: tuple[int, int]) -> bool:
    """'Aurora, Colorado': a state after a capitalised word and a comma."""
    a, b = span
    return (
        b - a == 1
        and tokens[a].word in US_STATES
        and a >= 2
        and tokens[a - 1].text == ","
        and tokens[a - 2].is_capitalized
        and tokens[a - 2].word not in WEEKDAYS  # "On Friday, Texas, leading 13 states, asked"
    )


def _is_name(span: list[Token]) -> bool:
    return 1 < len(span) <= 4 and all(t.is_capitalized for t in span)


def _looks_like_appositive(inner: list[Token]) -> bool:
    first = inner[0]
    if (
        first.word in ("who", "whose", "which", "however", "meanwhile", "too", "though")
        or first.word in ("himself", "herself", "themselves", "itself")  # "Lee, himself a ..."
        or first.word in PREPOSITIONS
    ):
        return True
    if first.word.endswith("ly") and len(inner) == 1:
        return True
    participle = first.word.endswith("ing") or (
        first.word.endswith("ed") and first.word not in CUES
    )
    if not first.is_capitalized and participle:
        # "Grassley, facing a challenge in Iowa, said", "…, elected in 2010, …", and
        # "Lee, citing the report, insisted"
        return True
    if first.word in DETERMINERS or first.is_possessive or first.text[0].isdigit():
        return True
    # "Democrat of California", "director of the FBI", "R-Texas", and a job with words
    # before it: "communications director for the campaign", "senior policy adviser"
    # (A job may be described at length: "director of the Center for ... at ... University".)
    if _job_head(inner[:4]) is not None:
        return len(inner) <= 25
    return len(inner) <= 12 and first.is_capitalized


def _job_head(words: list[Token]) -> int | None:
    """Index of the first job word ("director", "adviser"), when only plain lower-case
    words come before it ("communications director", "senior policy adviser")."""
    for k, t in enumerate(words):
        if t.word in PERSON_NOUNS or t.word in TITLE_WORDS:
            return k
        if not t.is_word or t.is_capitalized or t.word in CUES or t.word in PREPOSITIONS:
            return None
    return None


# Finite forms that are never nouns: after them the phrase before is surely a subject.
PLAIN_SPEECH_VERBS = {"said", "says", "told", "tells", "wrote", "writes", "added", "adds"}


def _noun_in(word: str, nouns: set[str] | frozenset[str]) -> bool:
    """The word is one of `nouns`, or the plural of one ('groups', 'agencies')."""
    if word in nouns:
        return True
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y" in nouns
    return word.endswith("s") and not word.endswith("ss") and word[:-1] in nouns


# Nouns for a group that speak without an article: "..., police said."
COLLECTIVE_NOUNS = {"police", "staff", "personnel", "management", "leadership", "data"}
# Adjectives that come in pairs before people: "current and former officials".
PAIRED_ADJECTIVES = {"current", "former", "past", "present", "senior", "junior", "retired"}
PAIRED_ADJECTIVES |= {"active", "local", "state", "federal", "foreign", "domestic"}


def noun_phrase_before(
    tokens: list[Token], j: int, floor: int = 0, need_name: bool = False, relative: bool = False
) -> tuple[int, int] | None:
    """The noun phrase ending just before token j, if it can be a speaker. With `relative`
    the phrase is the antecedent of "who" and may stand anywhere: "backed by Dorsey, who
    said ..."; otherwise it must open a clause."""
    if j <= floor:
        return None
    last = tokens[j - 1]
    if last.text == ")":
        # "Sen. Ann Lee (D-Ore.) said", "Jo Lee (a sailor who knows the pier) says": the
        # name stands before the parenthesis.
        k = j - 1
        while k > floor and tokens[k].text != "(":
            k -= 1
        if k > floor and j - k <= 25:
            return noun_phrase_before(tokens, k, floor, need_name=True)
        return None
    if not last.is_word or last.is_possessive:  # "Editor’s note" is no speaker
        return None
    near = _close_to(tokens, j, floor)
    if near is not None:
        # "Those close to him say", "sources close to her campaign", "people familiar with
        # the talks": the phrase before "close to".
        head = tokens[near - 1]
        if head.word in ("those", "people", "aides", "sources", "allies", "friends"):
            return (near - 1, j)
        inner = noun_phrase_before(tokens, near, floor, need_name, relative)
        return (inner[0], j) if inner else None
    if last.word in GROUP_PRONOUNS:
        # "Some say ...", "Others argue ..." (but "some calls" is a noun phrase)
        plural_verb = j < len(tokens) and not tokens[j].word.endswith("s")
        if plural_verb and not need_name and _starts_clause(tokens, j - 1, floor):
            return (j - 1, j)
        return None
    if last.word in PRONOUNS:
        if last.word in ("you", "who") or need_name:
            return None
        if last.word in NOMINATIVE:  # "he", "they": always a subject
            return (j - 1, j)
        return (j - 1, j) if _starts_clause(tokens, j - 1, floor) else None
    i = j
    # Walk back over a noun phrase: capitalised names, titles, determiners, possessives
    # and "of/for" links ("a spokesman for the campaign").
    while i > floor and j - i < MAX_SUBJECT_TOKENS:
        t = tokens[i - 1]
        if not t.is_word:
            # An apostrophe or a hyphen inside a name, but not a dash set off by spaces
            # ("with a teleprompter -- Trump told").
            glued = i < len(tokens) and tokens[i].start == t.end
            if t.text in "’'" or (t.text == "-" and glued):
                i -= 1
                continue
            break
        w = t.word
        if w == "that" and t.is_capitalized and i < j:
            i -= 1  # "That person said": a determiner opening the sentence
            break
        if (
            w in ("and", "or")
            and i < j
            and i - 2 >= floor
            and tokens[i].word in PAIRED_ADJECTIVES
            and tokens[i - 2].word in PAIRED_ADJECTIVES
        ):
            i -= 2  # "current and former officials"
            continue
        if w in CLAUSE_BREAKS or w in BE_FORMS or w in PRONOUNS - {"it", "its"}:
            break
        if (
            w in CUES
            and not t.is_capitalized
            and not (i == j and w in ORG_NOUNS)
            and not (i == j - 1 and tokens[j - 1].word in PERSON_NOUNS)
        ):
            break  # a verb, unless it is the head noun ("the report said") or a modifier
            # of one ("show insiders say")
        if w in NP_LINKS:
            # Only inside a phrase that goes on to the left with a determiner or a name
            # (never at its end: "the movement for" is no speaker).
            if (
                i < j
                and i - 1 > floor
                and (
                    tokens[i - 2].is_capitalized
                    or tokens[i - 2].word in QUANTIFIERS  # "one of the family's lawyers"
                    or tokens[i - 2].word in PERSON_NOUNS
                    or tokens[i - 2].word in TITLE_WORDS
                    or tokens[i - 2].word.endswith(NOUN_ENDINGS)
                )
            ):
                i -= 1
                continue
            break
        i -= 1
        if w in DETERMINERS and not t.is_possessive:
            # A determiner opens the phrase; go on only across a link ("the head of the FBI").
            if i - 1 > floor and tokens[i - 1].word in NP_LINKS:
                continue
            if i > floor and w in QUANTIFIERS and tokens[i - 1].word in ARTICLES | {"all"}:
                i -= 1  # "The two lawmakers", "All three candidates"
            break
    if i == j:
        return None
    span = tokens[i:j]
    # The head is the noun before any link: "Trump in his speech", "officials in the city".
    head = next((span[k - 1] for k in range(1, len(span)) if span[k].word in NP_LINKS), span[-1])
    if head.word in QUANTIFIERS:
        head = span[-1]  # "one of the board's lawyers"
    # A noun phrase ends in a name or a noun: "Trump has faced" or "editorials tell" won't do.
    # "The candidates say": after a determiner, a plural ends a noun phrase too.
    determined_plural = (
        len(span) >= 2
        and head.word.endswith("s")
        and not head.word.endswith("ss")
        and (span[0].word in DETERMINERS or span[0].is_possessive)
    )
    # "The billionaire real estate magnate says": after an article the last word is a noun.
    determined = (
        len(span) >= 2
        and span[0].word in ("the", "a", "an", "this", "that")
        and head is span[-1]
        and j < len(tokens)
        and tokens[j].word in PLAIN_SPEECH_VERBS  # not "The big question is"
    )
    if not (
        head.is_capitalized
        or _noun_in(head.word, PERSON_NOUNS)
        or _noun_in(head.word, ORG_NOUNS)
        or head.word.endswith(NOUN_ENDINGS)
        or determined_plural
        or determined
        or (relative and len(span) >= 2 and span[0].word in DETERMINERS)  # "a surrogate who"
    ):
        return None
    if any(t.word in AUXILIARIES and not t.is_capitalized for t in span) or (
        len(span) == 1 and _is_number(head)
    ):
        return None
    if not any(t.is_capitalized and t.word not in DETERMINERS for t in span):
        if need_name:
            return None
        # "the official", "a spokesman", or a bare plural: "sources", "top lawmakers"
        bare_plural = head.word.endswith("s") and (
            _noun_in(head.word, PERSON_NOUNS)
            or _noun_in(head.word, ORG_NOUNS)
            or head.word.endswith(NOUN_ENDINGS)
        )
        bare_plural = bare_plural or head.word in COLLECTIVE_NOUNS  # ", police said."
        if span[0].word not in DETERMINERS and not span[0].is_possessive and not bare_plural:
            # "The harbor chair and former city treasurer said": one speaker of two nouns.
            # (Not "39 percent blame his aides and 22 percent say": a share is a subject.)
            share = _is_number(span[0])
            if not share and i - 1 > floor and tokens[i - 1].word == "and":
                first = noun_phrase_before(tokens, i - 1, floor, need_name, relative)
                return first and (first[0], j)
            return None
    if span[0].word in NOT_NAMES and span[0].word not in DETERMINERS and len(span) == 1:
        return None
    if relative:
        # Only the name itself: "backed by Dorsey" is not part of it.
        while i < j - 1 and not (tokens[i].is_capitalized or tokens[i].word in TITLE_WORDS):
            i += 1
    elif not _starts_clause(tokens, i, floor):
        return _name_after_adjunct(tokens, i, j)
    return (i, j)


def _name_after_adjunct(tokens: list[Token], i: int, j: int) -> tuple[int, int] | None:
    """'On Saturday at the convention Sen. Ann Hale said': a full name that ends a phrase
    opening with an adjunct is the subject; the adjunct is not part of it."""
    k = j
    while k > i and (tokens[k - 1].is_capitalized or tokens[k - 1].word in TITLE_WORDS):
        k -= 1
    name = tokens[k:j]
    before = tokens[k - 1] if k > 0 else None
    if (
        sum(t.is_capitalized and t.word not in TITLE_WORDS for t in name) < 2
        or before is None
        or not before.is_word
        or before.word in PREPOSITIONS
        or before.word in DETERMINERS
        or before.word in NP_LINKS
    ):
        return None
    return (k, j)


NOUN_ENDINGS = (
    "er",
    "ers",
    "ist",
    "ists",
    "man",
    "men",
    "woman",
    "or",
    "ors",
    "ian",
    "ians",
    "ent",
    "ents",
    "ant",
    "ants",
    "ee",
    "ees",
    "ive",
    "ives",
    "ment",
    "ments",
    "tion",
    "tions",
    "ity",
    "ities",
    "ship",
    "ships",
    "ple",
)


ADJECTIVE_ENDINGS = (
    "al",
    "ic",
    "ive",
    "ous",
    "ful",
    "ary",
    "ior",
    "ish",
    "an",
    "ese",
    "-based",
    "ed",
    "ing",
    "er",
    "est",
    "ior",
)


def _starts_clause(tokens: list[Token], i: int, floor: int) -> bool:
    """Nothing but punctuation or a conjunction to the left of token i."""
    if i <= floor:
        return True
    left = tokens[i - 1]
    return not left.is_word or left.word in CLAUSE_BREAKS


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
        # "said a former senior law enforcement official": up to the last noun of the run.
        end = None
        for j in range(i + 1, min(n, i + 8)):
            t = tokens[j]
            if not t.is_word or t.word in CLAUSE_BREAKS or t.word in CUES:
                break
            if t.word in PREPOSITIONS and t.word not in NP_LINKS:
                break
            nounish = (
                t.word in PERSON_NOUNS
                or t.word in ORG_NOUNS
                or t.word in TITLE_WORDS
                or t.word.endswith(NOUN_ENDINGS)
                or t.is_capitalized
            )
            if nounish:
                end = j + 1
            elif not (
                t.word in NP_LINKS
                or t.word in DETERMINERS
                or t.word in MODIFIERS
                or t.is_possessive
                or t.word.endswith(ADJECTIVE_ENDINGS)
            ):
                break  # a verb, most likely: "said the event brought back ..."
        if end and end < n and (tokens[end].word in AUXILIARIES or tokens[end].word in BE_FORMS):
            return None  # "said the nomination will test ...": the subject of a clause
        return (i, end) if end else None
    # "said strategist David Axelrod": a lower-case title before the name.
    titled = (first.word in TITLE_WORDS or first.word in PERSON_NOUNS) and _name_after_titles(
        tokens, i + 1
    )
    if not (first.is_capitalized or titled) or first.word in NOT_NAMES:
        return None
    j = i
    while (
        j < n
        and j - i < MAX_SUBJECT_TOKENS
        and tokens[j].is_word
        and (
            tokens[j].is_capitalized
            or tokens[j].word in TITLE_WORDS
            or tokens[j].word in NP_LINKS
            or tokens[j].word in NAME_PARTICLES
        )
    ):
        j += 1
    while j > i + 1 and not tokens[j - 1].is_capitalized:
        j -= 1
    if j < n and (tokens[j].word in AUXILIARIES or tokens[j].word in BE_FORMS):
        return None  # "said Ada Park is poised to win": the subject of the claim
    return (i, j)


def _name_after_titles(tokens: list[Token], k: int) -> bool:
    """A name right after lower-case title words: 'former secretary of state Ada Park'."""
    for m in range(k, min(len(tokens), k + 5)):
        if tokens[m].is_capitalized:
            return True
        if not (tokens[m].word in TITLE_WORDS or tokens[m].word in NP_LINKS):
            return False
    return False


def _only_adjuncts(tokens: list[Token], i: int, j: int) -> bool:
    """Tokens i..j hold only time words, prepositional phrases and commas."""
    if i >= j:
        return True
    if any(t.word == "that" for t in tokens[i:j]):
        return False  # "said in the letter that ...": a clause, not an adjunct
    first = tokens[i]
    if not first.is_word:
        return first.text in ",:—–-" and (i + 1 >= j or _only_adjuncts(tokens, i + 1, j))
    w = first.word
    return (
        w in PREPOSITIONS
        or w in WEEKDAYS
        or w in MONTHS
        or w in BETWEEN_SPEAKER_AND_CUE
        or w.endswith("ly")
    )


# A speaker's turn in a transcript or an interview: "PENCE: Well, look, ...", "Mr. Smith:
# ...", "Rep. Ada Park (D-Ore.):“…”".
TRANSCRIPT_LABEL = re.compile(
    r"""^["“]?(?P<label>[A-Z][A-Z.’'\-]+(?:\s[A-Z][A-Z.’'\-]+){0,2}"""
    r"""|(?:(?:Mr|Mrs|Ms|Dr|Rep|Sen|Gov)\.)?\s?[A-Z][a-z’'\-]+(?:\s[A-Z][a-z’'\-]+){0,2})"""
    r"""(?:\s\([A-Z][\w.\-]{1,10}\))?:(?:\s+|(?=[“"]))(?P<rest>\S.*)""",
    re.DOTALL,
)
NOT_SPEAKER_LABELS = {
    "editor’s note",
    "editor's note",
    "note",
    "update",
    "updated",
    "related",
    "watch",
    "read",
    "photo",
    "photos",
    "video",
    "source",
    "sources",
    "correction",
    "clarification",
    "also",
    "more",
    "breaking",
    "q",
    "a",
    "question",
    "answer",
    "via",
    "credit",
    "warning",
    "tags",
    "editor",
    "editors",
    "ed",
    "disclosure",
    "full disclosure",
    "listen",
    "see",
    "subscribe",
    "sign up",
    "follow",
    "transcript",
    "excerpt",
    "bottom line",
    "the bottom line",
    "why",
    "what",
    "how",
    "who",
    "when",
    "where",
    "background",
    "context",
    "analysis",
    "opinion",
    "summary",
    "first",
    "second",
    "third",
    "finally",
    "plus",
    "bonus",
    "pictured",
    "above",
    "below",
    "here",
    "there",
    "but",
    "and",
    "so",
    "now",
    "then",
    "today",
    "yesterday",
    "wow",
    "contributing",
    "revealed",
    "look",
    "exclusive",
    "developing",
    "live",
    "paid notice",
}
# "“…” ― Sonya Herridge": a name after a dash closes a quote's line.
DASH_ATTRIBUTION = re.compile(
    r"\s*[―—–-]{1,2}\s*(?P<name>[A-Z][\w.’'\-]*(?:[ \t]+[A-Z][\w.’'\-]*){0,4})"
    r"\s*[.,]?[ \t]*(?:\n|$)"
)


def transcript_turn(text: str) -> Found | None:
    """A paragraph that is one speaker's turn in a transcript."""
    m = TRANSCRIPT_LABEL.match(text)
    if not m:
        return None
    label = m.group("label").strip()
    words = label.split()
    first = words[0].lower()
    if label.lower() in NOT_SPEAKER_LABELS or first in NOT_NAMES or first in OPENING_CUES:
        return None  # ("Said Park: …" is found as reported speech, "Park" the speaker)
    if is_us_state(label):
        return None  # "Iowa: Tim Albrecht, Brad Anderson, ...": a list by state
    if not label.isupper() and len(words) > 3:
        return None
    rest_start, rest_end = m.start("rest"), len(text.rstrip())
    if text[rest_end - 1 : rest_end] in '"”' and text[0] in '"“':
        rest_end -= 1
    elif text[rest_start] in '"“' and text[rest_end - 1 : rest_end] in '"”':
        rest_start, rest_end = rest_start + 1, rest_end - 1  # 'Park (D-Ore.):“…”'
    if len(text[rest_start:rest_end].split()) < 3:
        return None
    mention = (
        m.start("label") + (len(m.group("label")) - len(m.group("label").lstrip())),
        m.end("label"),
    )
    return Found(rest_start, rest_end, "direct", Attribution(mention, ":"))


def find_attributed(
    text: str, masked: str, quotes: list[Quote], sentences: list[tuple[int, int]]
) -> list[Found]:
    """Every attributed claim of the paragraph, in order of position."""
    turn = transcript_turn(text)
    if turn:
        return [turn]
    # Only sentences holding a cue word can hold reported speech.
    lowered = masked.lower()
    cued = [(s, e) for s, e in sentences if _may_report(lowered[s:e])]
    if not cued and not quotes:
        return []  # nothing anyone said here: skip the costly part
    found: list[Found] = []
    index = TokenIndex(masked, sentences)
    direct = _direct_quotes(text, index, quotes, sentences)
    # '“Executives must face jail” for fraud, she said.': a closing attribution claims
    # the whole sentence from quotes that found no speaker of their own.
    for s, e in cued:
        inside = [f for f in direct if s <= f.start < e]
        if not inside or not all(f.borrowed or f.inherits for f in inside):
            continue
        closing = _closing_attribution(text, index.between(s, e), s, _content_end(text, s, e), [])
        if closing:
            direct = [f for f in direct if f not in inside]
            has_quote = any(closing.start <= q.open < closing.end for q in quotes)
            closing.kind = "mixed" if has_quote else closing.kind
            direct.append(closing)
    found.extend(direct)
    taken = [(f.start, f.end) for f in direct]
    # A cue whose quote stands inside its verb phrase stays free for reported speech,
    # which then holds the quote ('pledged to oppose new moorings “today, forever”').
    taken += [
        f.attribution.region for f in direct if f.attribution and not _in_verb_phrase(text, f)
    ]
    # Only the spans, claims and quotes touching a sentence matter to its reported speech:
    # looking at the paragraph's all for each sentence would make a long one quadratic.
    taken_near = _by_sentence(taken, None, cued)
    found_near = _by_sentence(found, _CLAIM_SPAN, cued)
    quotes_near = _by_sentence(quotes, _QUOTE_SPAN, cued)
    # Once a claim swallows others, their attributions may lie in a later sentence too:
    # from then on each sentence reads its spans from `taken` itself.
    regrouped = False
    for k, (s, e) in enumerate(cued):
        near = [t for t in taken if t[0] < e and s < t[1]] if regrouped else taken_near[k]
        near_found, local_quotes = found_near[k], quotes_near[k]
        for f in _reported(text, index, local_quotes, s, e, near):
            # A quote inside the reported claim is part of it when it found no speaker of
            # its own ('warning that “A” and being “B.”') or when its attribution lies
            # inside the claim too ('said that she praised what she called “a friend”');
            # not in '“…,” Lee said, according to remarks', where Lee's quote stands.
            nested = f.attribution is not None and f.attribution.mention[1] <= f.start
            swallowed = [
                d
                for d in near_found
                if f.start <= d.start
                and d.end <= f.end
                and (
                    d.inherits
                    or (
                        nested
                        and d.attribution
                        and f.start <= d.attribution.region[0] < f.end
                        and d.attribution.region[1] <= d.start  # not '“…,” the union wrote'
                    )
                    or _same_attribution(d, f)
                )
            ]
            gone = {(d.start, d.end) for d in swallowed}
            gone |= {d.attribution.region for d in swallowed if d.attribution}
            if any(a < f.end and f.start < b for a, b in near if (a, b) not in gone):
                continue
            if swallowed:
                found = [d for d in found if d not in swallowed]
                near_found = [d for d in near_found if d not in swallowed]
                taken = [t for t in taken if t not in gone]
                near = [t for t in near if t not in gone]
                regrouped = True
            whole = next((q for q in local_quotes if (q.open, q.end) == (f.start, f.end)), None)
            if whole:
                # 'went on to say, “…”': nothing but a quote, so a direct claim
                f.start, f.end, f.kind = whole.inner_start, whole.inner_end, "direct"
            elif f.kind == "indirect" and any(
                f.start <= q.open and q.end <= f.end for q in local_quotes
            ):
                f.kind = "mixed"  # it holds quoted words
            found.append(f)
            near_found.append(f)
            taken.append((f.start, f.end))
            near.append((f.start, f.end))
    for f in _characterised_as(text, index, quotes, sentences, taken):
        found.append(f)
    # Each claim once: a quote inside a mixed claim that holds it is not a second claim.
    found = _outside_mixed_claims(found)
    found.sort(key=lambda f: f.start)
    return found


def _outside_mixed_claims(found: list[Found]) -> list[Found]:
    """The claims that no other, mixed claim holds."""
    mixed = [f for f in found if f.kind == "mixed"]
    if not mixed:
        return found
    cover = SpanSet((f.start, f.end) for f in mixed)
    ends_at: dict[int, list[int]] = {}
    for f in mixed:
        ends_at.setdefault(f.start, []).append(f.end)

    def held(d: Found) -> bool:
        if d.kind != "mixed":
            return cover.reach(d.start) >= d.end
        if cover.reach(d.start, strictly_before=True) >= d.end:
            return True
        return sum(end >= d.end for end in ends_at[d.start]) > 1  # another from d's start

    return [d for d in found if not held(d)]


_CLAIM_SPAN = attrgetter("start", "end")
_QUOTE_SPAN = attrgetter("open", "end")


def _by_sentence(items: list, span_of, sentences: list[tuple[int, int]]) -> list[list]:
    """For each sentence, the items whose span [a, b) overlaps it, in their order (a span
    is the item itself when span_of is None)."""
    if len(sentences) == 1:
        return [list(items)]  # the usual paragraph: nothing to sort out
    ends = [e for _, e in sentences]
    out: list[list] = [[] for _ in sentences]
    for item in items:
        a, b = item if span_of is None else span_of(item)
        k = bisect_right(ends, a)
        while k < len(sentences) and sentences[k][0] < b:
            out[k].append(item)
            k += 1
    return out


def _in_verb_phrase(text: str, quote: Found) -> bool:
    """The quote's cue comes before it, two words or more away, with no comma or colon
    to set the quote off: 'pledged to oppose new moorings “…”'."""
    cue_span = quote.attribution and quote.attribution.cue_span
    if not cue_span or cue_span[1] > quote.start:
        return False
    between = text[cue_span[1] : quote.start].rstrip(" “\"'‘")
    return len(between.split()) >= 2 and not between.endswith((",", ":"))


def _same_attribution(quote: Found, claim: Found) -> bool:
    """'Lee pledged to oppose new moorings “today, tomorrow, forever.”': the quote's cue
    is the reported claim's own, so the quote is a part of what Lee pledged."""
    a, b = quote.attribution, claim.attribution
    return (
        a is not None
        and b is not None
        and a.mention == b.mention
        and a.cue == b.cue
        and claim.start < quote.start
    )


OBJECT_PRONOUNS = {"him", "her", "them", "it", "himself", "herself", "themselves", "itself"}


def _characterised_as(
    text: str,
    index: TokenIndex,
    quotes: list[Quote],
    sentences: list[tuple[int, int]],
    taken: list[tuple[int, int]],
) -> list[Found]:
    """'Reid went after Trump as a “con artist”': the subject characterises someone in
    quoted words. The claim runs from the one characterised to the end of the quote."""
    out: list[Found] = []
    if not quotes:
        return out
    held = SpanSet(taken)
    for q in quotes:
        if not q.closed or held.holds(q.inner_start):
            continue
        if any(f.start <= q.inner_start < f.end for f in out):
            continue
        s_start, _ = sentence_of(sentences, q.open)
        tokens = index.between(s_start, q.open)
        k = _as_before(tokens)
        if k is None:
            continue
        start = _characterised(tokens, k - 1)
        subject = sentence_subject(tokens[:start]) if start is not None else None
        if subject is None or start is None or subject[1] >= start:
            continue
        a, b = subject
        attribution = Attribution((tokens[a].start, tokens[b - 1].end), "as")
        end = q.end
        following = [p for p in quotes if p.open > q.end]
        if following and _joined_by_and(index.between(q.end, following[0].open)):
            end = following[0].end  # '... as a “leech” and a “brat.”'
        rest = index.between(end, sentence_of(sentences, end)[1])[:4]
        nouns = 0
        while nouns < len(rest) and rest[nouns].is_word and not rest[nouns].is_capitalized:
            if rest[nouns].word in PREPOSITIONS or rest[nouns].word in CLAUSE_LINKS:
                break
            nouns += 1
        if 0 < nouns <= 2 and (nouns == len(rest) or not rest[nouns].is_word):
            end = rest[nouns - 1].end  # 'as a “harbor” issue': the quote was an adjective
        out.append(Found(tokens[start].start, end, "mixed", attribution))
    return out


def _as_before(tokens: list[Token]) -> int | None:
    """Index just past the 'as' that opens the phrase ending at the quote: 'as a “…”',
    'as the epitome of the “…”', 'as the Plan B for the “…”'."""
    for k in range(len(tokens) - 1, max(1, len(tokens) - 7), -1):
        t = tokens[k]
        if t.word == "as":
            if tokens[k - 1].word == "such":
                return None  # "words such as “ambassador”": examples, not a name given
            return k + 1 if k >= 2 else None
        if not t.is_word or t.word in CUES or t.word in BE_FORMS or t.word in CLAUSE_BREAKS:
            return None
    return None


def _joined_by_and(between: list[Token]) -> bool:
    """Only 'and' / 'or' and an article between two quotes."""
    words = [t.word for t in between if t.text not in ","]
    return bool(words) and words[0] in ("and", "or") and all(w in ARTICLES for w in words[1:])


def _characterised(tokens: list[Token], as_index: int) -> int | None:
    """Start of the noun phrase before 'as': a name, a pronoun, or a phrase opened by a
    determiner ('the apparent shooting'); the word before it must be a lower-case verb or
    preposition ('portray', 'after', 'to')."""
    start = None
    for m in range(as_index - 1, max(-1, as_index - 8), -1):
        t = tokens[m]
        if not t.is_word or (t.word in CUES and not t.is_capitalized):
            break
        if t.word in BE_FORMS or t.word in AUXILIARIES or t.word in NOMINATIVE:
            return None
        if t.is_capitalized or t.word in OBJECT_PRONOUNS or t.is_possessive:
            start = m
        elif t.word in DETERMINERS:
            start = m
            break
        elif start is not None and t.word != "of":
            break  # the verb before a name: "going after Trump"
    if start is None or start == 0:
        return None
    before = tokens[start - 1]
    if not before.is_word or before.is_capitalized:
        return None
    return start


def _subject_of_quote(index: TokenIndex, s_start: int, q_open: int) -> Attribution | None:
    """'Clinton fired back: “…”', 'Sanders credited “…”': with no cue, the quote belongs to
    the name that opens its sentence rather than to the last speaker."""
    tokens = index.between(s_start, q_open)
    subject = sentence_subject(tokens) if len(tokens) >= 2 else None
    if subject is None or subject[1] >= len(tokens) or not tokens[subject[1]].is_word:
        return None
    a, b = subject
    if tokens[a].word in PRONOUNS or not tokens[b - 1].is_capitalized:
        return None  # "he" is for the speaker carried over; "The board" may be anyone's
    return Attribution((tokens[a].start, tokens[b - 1].end), tokens[b].word)


def _agreed_just_before(index: TokenIndex, start: int, end: int) -> Attribution | None:
    """'Dana Ruiz agreed. “…”': a sentence that is only a speaker and a cue hands the
    quote after it to that speaker."""
    tokens = index.between(start, end)
    if len(tokens) < 3 or tokens[-1].text != ".":
        return None
    k = _skip_adjuncts_back(tokens, len(tokens) - 1, 0)  # "agreed, too." / "agreed Monday."
    cue = _cue_at(tokens, k - 1) if k >= 2 else None
    if not cue or cue[1] != k - 1:
        return None
    subj = subject_before(tokens, k - 1)
    if not subj or subj[0] > 0:
        return None  # the speaker must open the sentence
    a, b = subj
    return Attribution((tokens[a].start, tokens[b - 1].end), cue[0])


def _is_title(words: str) -> bool:
    """'The Late Show With Stephen Colbert', 'How the Grinch Stole Christmas': a title,
    its longer words capitalised, not a sentence someone said."""
    long_words = [w for w in words.split() if len(w.strip("“”\"'‘’.,:;!?")) > 3]
    if len(long_words) < 2 or len(words.split()) > 12:
        return False
    capitalised = sum(1 for w in long_words if w.lstrip("“”\"'‘’(")[:1].isupper())
    return capitalised >= 0.8 * len(long_words)


def _quote_words(text: str, q: Quote) -> int:
    return len(text[q.inner_start : q.inner_end].split())


def _direct_quotes(
    text: str, index: TokenIndex, quotes: list[Quote], sentences: list[tuple[int, int]]
) -> list[Found]:
    out: list[Found] = []
    last_attr: Attribution | None = None
    pending: list[Found] = []
    for k, q in enumerate(quotes):
        s_start, s_end = sentence_of(sentences, q.open)
        next_open = quotes[k + 1].open if k + 1 < len(quotes) else len(text)
        prev_end = quotes[k - 1].end if k > 0 else 0
        words = _quote_words(text, q)
        after_end = max(s_end, q.end)
        if q.end >= s_end - 1 and text[q.inner_start : q.inner_end].rstrip().endswith(("?", "!")):
            # '“Who pays?” Vitter asked.': a quote ending in ? or ! closes a sentence, but
            # its attribution follows in the next one.
            after_end = next((e for s, e in sentences if s >= q.end), after_end)
        after = _attribution_after(index, q.end, min(after_end, next_open))
        before, mixed = _attribution_before(index, max(s_start, prev_end), q.open)
        if not after and not before and not text[s_start : q.open].strip():
            # The quote opens its sentence: the one before may be "Dana Ruiz agreed."
            previous = [ps for ps, pe in sentences if pe <= s_start]
            if previous and prev_end <= previous[-1]:  # not '“A,” Lee said. “B.”'
                before = _agreed_just_before(index, previous[-1], q.open)
        if mixed:
            continue  # reported speech that quotes some words: found as a mixed claim
        inner = text[q.inner_start : q.inner_end].rstrip()
        if _names_the_addressee(text, before, q, inner):
            continue  # 'Lee told “Fox and Friends,” adding ...': a show, not a claim
        if _is_title(inner) and text[: q.open].rstrip().endswith(("’s", "'s")):
            continue  # 'On Harbor TV’s “Good Morning Pier” Tuesday, he said': a show
        # Without an attribution, a short quote with no sentence in it is a title or a
        # phrase held up ("“Saturday Night Live”"), not something said.
        # A one-word utterance ('“Never.”', '“Mexico!”') is a claim when a cue names its
        # speaker.
        utterance = inner.endswith((".", "!", "?")) and inner[:1].isupper()
        line_start = text.rfind("\n", 0, q.open) + 1
        # 'The fee is “unfair,” Hale said.': even one quoted word closes a claim of its own.
        in_statement = bool(after and not before) and _has_words(
            index, max(s_start, prev_end, line_start), q.open
        )
        # '“Denver,” he answered.': a quote that is its sentence's whole content.
        whole = bool(after) and not text[max(s_start, line_start) : q.open].strip()
        is_claim = (
            (after or before)
            and (words >= 2 or utterance or in_statement or whole)
            or (words >= 8 or (words >= 4 and inner.endswith((".", ",", "!", "?", "…"))))
            and not _is_title(inner)
        )
        if not is_claim and out and _tail_of_split_quote(text, out[-1], q):
            out[-1].end = q.inner_end  # '“Here he is,” she said. “Right here.”': one utterance
            continue
        if not is_claim or any(f.start <= q.inner_start < f.end for f in out):
            continue
        attribution = after or before
        guessed = None if attribution else _subject_of_quote(index, s_start, q.open)
        if in_statement:
            # 'Mills “got a deal,” Jordan said, and still “sat in”.': the quote is part of a
            # longer statement; the claim is the whole sentence.
            end = _content_end(text, s_start, s_end)
            rest = [t for t in index.between(after.region[1], end) if t.text != "."]
            if _only_adjuncts(rest, 0, len(rest)) or _starts_appositive(rest):
                end = q.end  # 'The mayor will play the “race card,” Pike said.'
            f = Found(s_start, end, "mixed", after)
        else:
            f = Found(
                q.inner_start, q.inner_end, "direct", attribution, inherits=attribution is None
            )
            if after and q.end < s_end:
                f.end, f.kind = _statement_goes_on(text, index, q, after, s_start, s_end, quotes)
            elif before and not after and _sentence_goes_on(text, index, q, s_end):
                # 'Park said “it gets me mad” every time she thinks of it': the quote is
                # a piece of a longer reported statement.
                f.end, f.kind = _content_end(text, s_start, s_end), "mixed"
            if f.kind == "mixed":
                # The claim holds quoted and unquoted words: keep the quotation marks.
                f.start = q.open
                f.end = next((p.end for p in quotes if p.inner_end == f.end), f.end)
        out.append(f)
        if attribution:
            last_attr = attribution
            # An earlier quote of this paragraph with no attribution of its own
            # ("“A.” “B,” she said.") belongs to this speaker too.
            for p in pending:
                p.attribution, p.inherits, p.borrowed = attribution, False, True
            pending = []
        elif guessed is not None:
            f.attribution = guessed  # still no cue of its own: a reported claim may take it
        elif last_attr is not None:
            f.attribution, f.inherits, f.borrowed = last_attr, False, True
        else:
            pending.append(f)
    return _join_lead_ins(text, out)


def _names_the_addressee(text: str, before: Attribution | None, q: Quote, inner: str) -> bool:
    """A short quote right after "told" with no sentence in it: the show or paper told."""
    return (
        before is not None
        and before.cue in ADDRESSEE_CUES
        and before.cue_span is not None
        and not text[before.cue_span[1] : q.open].strip()
        and len(inner.split()) <= 5
        and not inner.endswith((".", "!", "?"))
    )


def _tail_of_split_quote(text: str, previous: Found, q: Quote) -> bool:
    """A quote too short to be a claim right after the attribution of the one before."""
    attribution = previous.attribution
    return (
        previous.kind == "direct"
        and attribution is not None
        and attribution.region[0] >= previous.end
        and not text[attribution.region[1] : q.open].strip(" .,")
    )


# A lead-in this short ('“Look, it’s simple,” she said. “…”') says nothing on its own.
LEAD_IN_WORDS = 5


def _join_lead_ins(text: str, found: list[Found]) -> list[Found]:
    """'“It’s simple,” she said. “We need more boats.”': a short lead-in and the statement
    that follows its attribution are one claim."""
    out: list[Found] = []
    for f in found:
        lead = out[-1] if out else None
        if (
            lead is not None
            and f.borrowed
            and lead.kind == "direct"
            and lead.attribution is f.attribution
            and lead.attribution is not None
            and lead.attribution.region[0] >= lead.end
            and not text[lead.attribution.region[1] : f.start].strip(' .”"“')
            and text[lead.start : lead.end].rstrip().endswith(",")
            and len(text[lead.start : lead.end].split()) <= LEAD_IN_WORDS
        ):
            lead.end = f.end
            continue
        out.append(f)
    return out


# Words after '“…,” she said,' that start an aside, not the rest of the statement.
ADJUNCT_STARTS = {
    "according",
    "referring",
    "speaking",
    "pointing",
    "citing",
    "standing",
    "sitting",
    "looking",
    "laughing",
    "smiling",
    "clapping",
    "wearing",
}


# "..., he said, that night": a time, not a clause the speaker goes on with.
THAT_TIME_WORDS = {"night", "day", "morning", "evening", "afternoon", "week", "month", "year"}


def _statement_goes_on(
    text: str,
    index: TokenIndex,
    q: Quote,
    attribution: Attribution,
    s_start: int,
    s_end: int,
    quotes: list[Quote],
) -> tuple[int, str]:
    """'“A,” she said, “B.”' or '“A,” she said, would B.': one statement split by its
    attribution, within one sentence, is one claim. Returns (end, kind)."""
    rest = index.between(attribution.region[1], s_end)
    if len(rest) < 3 or rest[0].text != ",":
        return q.inner_end, "direct"
    nxt = rest[1]
    if nxt.word == "that" and rest[2].is_word and rest[2].word not in THAT_TIME_WORDS:
        # '“It was bad luck,” he said, that both men knew the pier.': one statement.
        return _content_end(text, s_start, s_end), "mixed"
    if nxt.word in ("and", "but") and rest[2].text in '“"':
        # '“I love Larry,” he said, but “he is wrong.”': one statement, two quotes.
        second = _quote_opening_at(quotes, rest[2].start, s_end)
        return (second.inner_end, "mixed") if second else (q.inner_end, "direct")
    if nxt.word in ADJUNCT_STARTS or _starts_appositive(rest):
        # '“A,” Tester said, referring to the excuse, “B.”' and '“A,” said Jo Lee, an
        # economist, “B.”': the aside sits inside one statement when the quote goes on in
        # the same sentence ('“…,” said Jim Clyburn, a congressman.' ends at the first).
        second = next((p for p in quotes if attribution.region[1] < p.open < s_end), None)
        if second is not None and text[: second.open].rstrip().endswith(","):
            return second.inner_end, "direct"
        return q.inner_end, "direct"
    if nxt.text in '“"' or nxt.text == "'":  # the quote goes on after the attribution
        second = _quote_opening_at(quotes, nxt.start, s_end)
        return (second.inner_end if second else q.inner_end), "direct"
    if (
        nxt.is_word
        and nxt.text[0].isalpha()  # not an age: "says Jo Lee, 31, of Tujunga"
        and not nxt.is_capitalized
        and nxt.word not in CUES
        and nxt.word not in PREPOSITIONS | CLAUSE_BREAKS
    ):
        return _content_end(text, s_start, s_end), "mixed"
    return q.inner_end, "direct"


def _sentence_goes_on(text: str, index: TokenIndex, q: Quote, s_end: int) -> bool:
    """The quote stops mid-sentence with no mark of its own and the words after it
    carry on the same clause (not 'and she left', not a new quote)."""
    if not q.closed or text[q.inner_start : q.inner_end].rstrip()[-1:] in ".,!?;:…—-":
        return False
    rest = index.between(q.end, s_end)
    return (
        len(rest) >= 2
        and rest[0].is_word
        and not rest[0].is_capitalized
        and rest[0].word not in CLAUSE_LINKS
        and rest[0].word not in SUBORDINATORS | {"as"}
    )


def _quote_opening_at(quotes: list[Quote], pos: int, s_end: int) -> Quote | None:
    """The quote whose mark opens at `pos`, if it closes within the sentence."""
    return next((p for p in quotes if p.open == pos and p.inner_end <= s_end), None)


def _starts_appositive(rest: list[Token]) -> bool:
    """', a longtime ally', ', who served with him': more about the speaker."""
    if len(rest) < 2 or rest[0].text != ",":
        return False
    nxt = rest[1]
    if nxt.word in DETERMINERS or nxt.word in RELATIVES or nxt.is_possessive:
        return True
    # ', editor of the Harbor News', ', director at the institute'
    return (
        len(rest) > 2
        and not nxt.is_capitalized
        and (nxt.word in PERSON_NOUNS or nxt.word in TITLE_WORDS or nxt.word.endswith(NOUN_ENDINGS))
        and rest[2].word in ("of", "at", "for", "with")
    )


def _has_words(index: TokenIndex, start: int, end: int) -> bool:
    return any(t.is_word for t in index.between(start, end))


def _attribution_after(index: TokenIndex, start: int, end: int) -> Attribution | None:
    """`,” the official said` / `,” said Smith` / `” ― Smith` right after a quote."""
    dash = DASH_ATTRIBUTION.match(index.text, start)
    if dash:
        return Attribution((dash.start("name"), dash.end("name")), "—")
    tokens = index.between(start, end)
    # Allow a leading comma or dash, then the attribution within a few words.
    idx = 0
    while idx < len(tokens) and not tokens[idx].is_word and tokens[idx].text in ",—–-":
        idx += 1
    # Up to the cue: a speaker, maybe with appositives ("Smith, the mayor of X, said").
    for i in range(idx, min(len(tokens), idx + 30)):
        t = tokens[i]
        if not t.is_word:
            if t.text in ",’'-()" and i > idx and i + 1 < len(tokens):
                continue
            if t.text == "." and i + 1 < len(tokens) and tokens[i + 1].text in ",)":
                continue  # "McConnell, R-Ky., said" / "Hale (D-Wis.) said": a party tag's period
            break
        cue = _cue_at(tokens, i)
        if not cue:
            continue
        words, last = cue
        if i == idx:
            subj = subject_after(tokens, last)
        else:
            subj = _subject_span(tokens, idx, i)
        if subj:
            a, b = subj
            return Attribution(
                (tokens[a].start, tokens[b - 1].end), words, (tokens[i].start, tokens[last].end)
            )
        return None
    return None


def _subject_span(tokens: list[Token], start: int, cue_index: int) -> tuple[int, int] | None:
    """The speaker between a quote and its cue: '” Smith said', '” Smith, an economist at
    X, told me'. The speaker is the phrase before the first comma; the rest is an
    appositive about them."""
    j = cue_index
    while j > start and (
        (tokens[j - 1].word in BETWEEN_SPEAKER_AND_CUE and not tokens[j - 1].is_capitalized)
        or tokens[j - 1].word in WEEKDAYS
    ):
        j -= 1  # "” Smith on Tuesday said", but not "” Ann May said"
    if j <= start:
        return None
    name_end = next((k for k in range(start, j) if tokens[k].text in ",("), j)
    name = tokens[start:name_end]
    if name_end < j and _is_time(name):
        # '“Morning Pier” Tuesday, he said': the time ends a title; the speaker is after it.
        start = name_end + 1
        name_end = next((k for k in range(start, j) if tokens[k].text in ",("), j)
        name = tokens[start:name_end]
    organisation = bool(name) and _name_of_organisation(name)
    if not name or (len(name) > MAX_SUBJECT_TOKENS and not organisation) or j - start > 30:
        return None
    if any(t.word in CLAUSE_BREAKS for t in name) and not organisation:
        return None
    first = name[0]
    if not (
        first.is_capitalized
        or first.word in DETERMINERS
        or first.word in PRONOUNS
        or first.is_possessive
        or _described_name(name)
    ):
        return None  # "“…” is held accountable, Warren said": not right after the quote
    run = next((k for k, t in enumerate(name) if not t.is_capitalized), len(name))
    if first.is_capitalized and 0 < run < len(name):
        for verb in (t.word for t in name[run : run + 2]):
            if verb.endswith("ly") or (verb.endswith("ed") and verb not in TITLE_WORDS):
                return None  # "” Donald Trump repeatedly demeaned women, insiders say"
    return (start, name_end)


def _described_name(name: list[Token]) -> bool:
    """'panel Chairman Jason Pike', 'freshman Sen. Ann Hale': one lower-case word of
    description before a titled or capitalised name."""
    first, rest = name[0], name[1:]
    return (
        bool(rest)
        and first.is_word
        and first.word not in NOT_NAMES
        and first.word not in CUES
        and first.word not in BETWEEN_SPEAKER_AND_CUE
        and all(_in_a_name(t) for t in rest)
        and rest[-1].is_capitalized
    )


def _in_a_name(t: Token) -> bool:
    """A word of a titled name or an organisation's: 'Gov.', 'Maine', 'of', 'for'."""
    return t.is_capitalized or t.word in TITLE_WORDS or t.word in ("of", "for") or not t.is_word


def _name_of_organisation(name: list[Token]) -> bool:
    """'Jo Lewis of the James Martin Center for Harbor Studies': a name, then "of" and an
    organisation's name, however long."""
    of = next((k for k, t in enumerate(name) if t.word == "of"), None)
    return (
        of is not None
        and 2 <= of <= 4
        and all(t.is_capitalized for t in name[:of])
        and all(_in_a_name(t) or t.word in ("the", "and") for t in name[of + 1 :])
        and name[-1].is_capitalized
    )


def _attribution_before(index: TokenIndex, start: int, end: int) -> tuple[Attribution | None, bool]:
    """`Smith said: “...` before a quote. Returns (attribution, is_mixed)."""
    tokens = index.between(start, end)
    if not tokens:
        return None, False
    # according to X, "..."
    for i in range(len(tokens) - 1):
        if tokens[i].word == "according" and tokens[i + 1].word == "to":
            j = i + 2
            k = j
            while k < len(tokens) and tokens[k].is_word:
                k += 1
            if k > j and (k == len(tokens) or _only_adjuncts(tokens, k, len(tokens))):
                return Attribution((tokens[j].start, tokens[k - 1].end), "according to"), False
    for i in range(len(tokens) - 1, -1, -1):
        cue = _cue_at(tokens, i)
        if not cue:
            continue
        words, last = cue
        # 'Pike attacked the plan, saying, “…”': the sentence's subject speaks.
        participle = _participle_subject(tokens, i) if _participle(tokens, i, words) else None
        subj = participle or subject_before(tokens, i)
        inverted = None
        if not subj:
            inverted = subject_after(tokens, last)
            if not inverted or i != 0:
                continue  # a cue word used otherwise ("his tweets"): look further left
        tail_from = inverted[1] if inverted else last + 1
        # Skip an addressee: "told reporters: “...”".
        if words in ADDRESSEE_CUES:
            tail_from = _skip_addressee(tokens, tail_from)
        a, b = subj or inverted  # type: ignore[misc]
        attribution = Attribution(
            (tokens[a].start, tokens[b - 1].end),
            words,
            (tokens[i].start, tokens[last].end),
            participle=participle is not None,
        )
        # "called for a “clean economy”": a quote right after "a" or "for" is inside a
        # phrase of the reported speech, not a statement of its own.
        inside_phrase = (
            tokens[-1].word in DETERMINERS
            or tokens[-1].word in PREPOSITIONS
            or tokens[-1].is_possessive  # 'told MSNBC’s “Morning Joe”': a title
        )
        # 'Said Ada Park, who grew up there, “…”': an aside between the speaker and quote.
        aside = inverted and tail_from < len(tokens) - 1
        aside = aside and tokens[tail_from].text == "," == tokens[-1].text
        if not inside_phrase and (
            aside
            or _only_adjuncts(tokens, tail_from, len(tokens))
            or (
                tail_from < len(tokens)
                and tokens[tail_from].word == "that"
                and tail_from + 1 == len(tokens)
            )
        ):
            return attribution, False
        return attribution, True
    return None, False


def _reported(
    text: str, index: TokenIndex, quotes: list[Quote], s: int, e: int, taken: list[tuple[int, int]]
) -> list[Found]:
    """Reported speech in the sentence text[s:e], leaving out cues already used."""
    tokens = index.between(s, e)
    out: list[Found] = []
    content_end = _content_end(text, s, e)
    # An attribution that closes the sentence ("..., the source added.") owns all of it,
    # even when the words before report someone else's speech in turn.
    closing = _closing_attribution(text, tokens, s, content_end, taken)
    if closing:
        return [closing]
    skip_to = 0  # past the words of a source already read ("as reported by")
    # Only these words can open reported speech: the rest of the sentence is not visited.
    for i in [k for k, t in enumerate(tokens) if t.word in _REPORT_OPENERS]:
        t = tokens[i]
        if t.word in CLAIM_NOUNS and i + 1 < len(tokens) and tokens[i + 1].word == "that":
            f = _nominal_claim(text, tokens, i, content_end, quotes)
            if f:
                out.append(f)
                continue
        if t.word == "according" and i + 1 < len(tokens) and tokens[i + 1].word == "to":
            f = _according_to(text, tokens, i, s, content_end)
            if f:
                out.append(f)
            continue
        if t.word == "as" and _words_of(tokens[i + 1 : i + 3]) == "reported by":
            # "As reported by the Harbor Wire, ...": a source like "according to".
            f = _according_to(text, tokens, i, s, content_end, cue="as reported by")
            if f:
                out.append(f)
                skip_to = i + 3
            continue
        if i < skip_to:
            continue
        if t.word not in TRIGGERS:
            continue
        cue = _cue_at(tokens, i)
        if not cue or cue[0] in QUOTE_ONLY_CUES or any(a <= t.start < b for a, b in taken):
            continue
        words, last = cue
        if words in ASK_CUES:
            f = _question(text, tokens, i, last, content_end, quotes)
            if f:
                out.append(f)
                continue
        if not words.endswith("ing") and _passive(tokens, i, last):
            continue  # passive: "he was told that ...", "she was officially declared"
        subj = None
        if _participle(tokens, i, words):
            # "Smith attacked the plan, saying it would fail.": the sentence's subject,
            # whatever stands just before the comma; '“…,” he said, adding that …': the
            # speaker of the cue before.
            subj = _participle_subject(tokens, i)
        subj = subj or _quoted_as(tokens, i)
        at = _phase_verb_before(tokens, i)  # "went on to say": the subject of "went"
        subj = subj or subject_before(tokens, at) or _modified_subject(tokens, at, words)
        if subj and _inside_restrictive_who(tokens, subj, last):
            continue  # "People who know Lee say ...": the cue that matters is "say"
        if _issues_document(tokens, last) or _quotes_someone_as(tokens, words, last):
            continue  # "posted a tweet saying X", "quoted Lee as saying X": found at "saying"
        conj = _skip_adjuncts_back(tokens, at, 0) - 1
        if not subj and conj >= 0 and tokens[conj].word in ("and", "but"):
            # "Merrill says X and said Y": the speaker of the first cue says both.
            previous = out[-1] if out else None
            f = _content_after(text, tokens, i, last, words, (0, 0), content_end, quotes)
            if f and previous and previous.attribution:
                trimmed = _trim(text, previous.start, tokens[conj].start)
                f.attribution = Attribution(previous.attribution.mention, words)
                if len(text[previous.start : trimmed].split()) >= 2:
                    previous.end = trimmed
                    if not any(previous.start <= q.open < trimmed for q in quotes):
                        previous.kind = "indirect"  # its quote went to the second cue
                    out.append(f)
                else:
                    out[-1] = f  # "She praised Lee and said ...": the object was no claim
                continue
            # "Hale voiced concerns but has said she backs it": the sentence's subject.
            opener = None if previous else sentence_subject(tokens[:conj])
            if f and opener:
                a, b = opener
                f.attribution = Attribution((tokens[a].start, tokens[b - 1].end), words)
                out.append(f)
                continue
        if subj and _parenthetical(tokens, subj, last):
            # "The new schools, he said, have struggled.": the claim is the whole sentence.
            f = _trailing(text, tokens, i, last, words, subj, s, content_end)
            if f:
                out.append(f)
                continue
        if subj:
            f = _content_after(text, tokens, i, last, words, subj, content_end, quotes)
            if f:
                f.end = _end_of_participle_aside(tokens, i, last, f.end)
                out.append(f)
                continue
        # Trailing attribution: "The plan will fail, Smith said." / "..., said Smith."
        f = _trailing(text, tokens, i, last, words, subj, s, content_end)
        if f:
            out.append(f)
    return out


# Words that cannot stand inside a subject's modifier: verbs, clause openers, pronouns.
NOT_IN_MODIFIER = AUXILIARIES | BE_FORMS | NOMINATIVE | {"that", "which", "who", "and", "but"}


def _modified_subject(tokens: list[Token], i: int, words: str) -> tuple[int, int] | None:
    """A subject that opens the sentence and is modified before its cue: "A statement
    posted on the site said", "Organizers of the protest said", "Those surveyed said"."""
    if words.endswith("ing"):
        return None
    j = _skip_adjuncts_back(tokens, i, 0)
    described = _opening_noun(tokens, j)
    opener = described or sentence_subject(tokens[:j])
    if not opener or tokens[opener[0]].word in PRONOUNS:
        return None
    modifier = tokens[opener[1] : j]
    if not 1 <= len(modifier) <= 10:
        return None
    first = modifier[0]
    # "A notice posted on ...", and after a plural or a person "Sailors trying to ...".
    participle = not first.is_capitalized and (
        first.word.endswith("ed") or (described is not None and _is_ing_participle(first))
    )
    who = first.word == "who" and opener[1] - opener[0] == 1
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
    if named or modifier[-1].word == "to":
        # "Fiorina showed signs ...", "Lee declined to say": the verb is finite after all,
        # and the opener alone is the speaker.
        return opener
    return (opener[0], j)


# Verbs that carry a cue on ("went on to say", "continued to insist"): the speech is
# said, not merely meant, unlike "wanted to say".
PHASE_VERBS = {"continued", "continues", "continue", "began", "begins", "proceeded"}
PHASE_VERBS |= {"started", "starts", "went", "goes", "go"}


def _passive(tokens: list[Token], i: int, last: int) -> bool:
    """'he was told that', 'she was officially declared'; but "he's said he ..." is "he
    has said" (unless "he's said to be ...")."""
    before = tokens[max(0, _skip_adjuncts_back(tokens, i, 0) - 1) : i]
    to_follows = last + 1 < len(tokens) and tokens[last + 1].word == "to"
    return any(t.word in BE_FORMS and (t.word not in ("’s", "'s") or to_follows) for t in before)


def _phase_verb_before(tokens: list[Token], i: int) -> int:
    """Index of the verb carrying the cue at i on, or i itself."""
    if i < 2 or tokens[i - 1].word != "to":
        return i
    k = i - 2
    if tokens[k].word == "on" and k >= 1:
        k -= 1  # "went on to say"
    if tokens[k].word not in PHASE_VERBS:
        return i
    if tokens[k].word in ("went", "goes", "go") and tokens[k + 1].word != "on":
        return i  # "went to say goodbye" is no statement
    return k


def _inside_restrictive_who(tokens: list[Token], subj: tuple[int, int], last: int) -> bool:
    """'People who know Lee say': the cue after "who" (no comma before it) and another
    cue a few plain words later, which is the sentence's own."""
    if tokens[subj[1] - 1].word != "who" or subj[1] < 2 or tokens[subj[1] - 2].text == ",":
        return False
    for k in range(last + 1, min(len(tokens), last + 6)):
        if not tokens[k].is_word:
            return False
        if tokens[k].word in CUES and not tokens[k].word.endswith("ing"):
            return True
    return False


# Who may be picked out by a "who" clause before a cue: "Those who know him say".
WHO_HEADS = {"those", "people", "anyone", "many", "some", "others", "voters", "residents"}


def _opening_noun(tokens: list[Token], j: int) -> tuple[int, int] | None:
    """'Those', 'A notice' or 'Harbor activists' opening the sentence (maybe after 'But'
    or 'Again,'), up to a participle, a link or "who"."""
    o = _subject_start(tokens[:j])
    if j < o + 2:
        return None
    if tokens[o].word in WHO_HEADS:
        return (o, o + 1)  # "Those polled"
    if tokens[o].word not in ARTICLES:
        # "Sailors who know the pier", "Harbor activists trying to ...": a plural or a
        # person, without an article, before "who" or a participle.
        for m in range(o + 1, min(j, o + 4)):
            t = tokens[m]
            if t.word == "who" or _is_ing_participle(t):
                head = tokens[m - 1]
                plural = head.word.endswith("s") and not head.word.endswith("ss")
                person = (plural and not head.is_possessive) or head.word in PERSON_NOUNS
                return (o, m) if person else None
            if not t.is_word or t.word in NOT_IN_MODIFIER or t.word in CUES:
                return None
        return None
    for m in range(o + 1, min(j, o + 5)):
        t = tokens[m]
        if m > o + 1 and (t.word in NP_LINKS or (t.word.endswith("ed") and not t.is_capitalized)):
            return (o, m)
        if not t.is_word or t.word in NOT_IN_MODIFIER or t.word in CUES:
            return None
    return None


def _is_ing_participle(t: Token) -> bool:
    """'trying', 'clamoring' (not 'mid-morning', 'Morning')."""
    return t.word.endswith("ing") and len(t.word) > 5 and not t.is_capitalized and "-" not in t.word


# Words before a sentence's subject that are not part of it: "But those ...", "Again, ...".
OPENING_FILLERS = {"but", "and", "yet", "so", "even", "again"}


def _participle_subject(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """Who speaks in the participle at token i: 'A, an official said, adding ...' the
    speaker of the cue just before; 'Smith attacked the plan, saying ...' the sentence's
    subject; '“…,” he said, adding that …' the speaker of the cue before."""
    j = _skip_adjuncts_back(tokens, i, 0)
    if j >= 2 and tokens[j - 1].text == "," and _cue_at(tokens, j - 2):
        said = subject_before(tokens, j - 2)
        if said:
            return said
    return sentence_subject(tokens[:i]) or _earlier_speaker(tokens, i)


# Nouns that carry a claim of their owner's: "Trump's claim that ...", "her remark that".
CLAIM_NOUNS = {
    "claim", "claims", "assertion", "argument", "suggestion", "statement", "promise",
    "pledge", "warning", "insistence", "contention", "allegation", "allegations",
    "accusation", "remark", "comment", "comments", "prediction", "vow", "boast",
    "admission", "declaration", "account", "emphasis",
}  # fmt: skip
POSSESSIVE_PRONOUNS = {"his", "her", "their", "its"}
_CLAIM_THAT = re.compile(r"\b(?:" + "|".join(sorted(CLAIM_NOUNS)) + r")\s+that\b")


_REPORT_OPENERS = TRIGGERS | CLAIM_NOUNS | {"according", "as"}


def _may_report(lowered: str) -> bool:
    """A cue word, or a claim noun before 'that': only such text can hold reported speech."""
    if not TRIGGERS.isdisjoint(_WORD.findall(lowered)):
        return True
    return "that" in lowered and bool(_CLAIM_THAT.search(lowered))  # find "that" cheaply first


def _nominal_claim(
    text: str, tokens: list[Token], i: int, content_end: int, quotes: list[Quote]
) -> Found | None:
    """'Mr. Trump's claim that X', 'her remark that X' (one adjective may come between):
    X is the owner's claim."""
    k = i - 1
    owned = tokens[k].is_possessive or tokens[k].word in POSSESSIVE_PRONOUNS
    if k > 0 and tokens[k].is_word and not owned:
        k -= 1  # "his false claims that", "her March comment that"
    if k < 0:
        return None
    owner = tokens[k]
    if owner.word in POSSESSIVE_PRONOUNS:
        # "The board doubled down on its claim": the sentence's subject owns it.
        subject = sentence_subject(tokens[:k])
        if subject and tokens[subject[0]].word not in PRONOUNS:
            mention = (tokens[subject[0]].start, tokens[subject[1] - 1].end)
        else:
            mention = (owner.start, owner.end)
    elif owner.is_possessive and (
        owner.is_capitalized or (k > 0 and tokens[k - 1].is_capitalized)  # "Tulsa police’s"
    ):
        a = k
        while a > 0 and tokens[a - 1].is_capitalized and tokens[a - 1].is_word:
            a -= 1  # "Donald Trump's": the whole name
        cut = 2 if owner.text.endswith(("’s", "'s")) else 1
        mention = (tokens[a].start, owner.end - cut)
    else:
        return None
    j = i + 2
    if j >= len(tokens):
        return None
    end = _before_next_speaker(tokens, j, content_end)
    end = _before_writers_clause(text, tokens, j, end, quotes)
    start = tokens[j].start
    if len(text[start:end].split()) < 3:
        return None
    kind = "mixed" if any(start <= q.open and q.inner_end <= end for q in quotes) else "indirect"
    return Found(start, end, kind, Attribution(mention, tokens[i].word))


def _earlier_speaker(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """The subject of the nearest cue before token i in the sentence."""
    for k in range(i - 2, 0, -1):
        cue = _cue_at(tokens, k)
        if cue:
            return subject_before(tokens, k) or subject_after(tokens, cue[1])
    return None


def _participle(tokens: list[Token], i: int, words: str) -> bool:
    """', saying ...' after a comma (or a quote's closing mark), 'after saying ...', 'by
    saying ...': a participle whose subject opens the sentence."""
    if not words.endswith("ing") or i == 0:
        return False
    j = _skip_adjuncts_back(tokens, i, 0)  # "after initially saying"
    before = tokens[j - 1] if j > 0 else tokens[i - 1]
    if _noun_in(before.word, DOCUMENT_NOUNS) and not before.is_capitalized:
        return True  # "Lee issued a statement saying ...", "tweets early Friday saying"
    return before.text in (",", "”") or before.word in ("after", "by", "while", "before")


def _quoted_as(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """'Lee was quoted as saying', 'The Times quoted Lee as saying': Lee speaks."""
    if i < 3 or tokens[i - 1].word != "as" or not tokens[i].word.endswith("ing"):
        return None
    if tokens[i - 2].word == "quoted":
        k = i - 3
        if tokens[k].word.endswith("ly") and k > 0:
            k -= 1  # "was widely quoted"
        return subject_before(tokens, k) if tokens[k].word in BE_FORMS else None
    for q in range(i - 3, max(0, i - 8), -1):
        if tokens[q].word == "quoted":
            return (q + 1, i - 1) if all(t.is_word for t in tokens[q + 1 : i - 1]) else None
    return None


def _quotes_someone_as(tokens: list[Token], words: str, last: int) -> bool:
    """'The Times quoted Ada Park as saying ...': Park's claim, not the paper's."""
    if words not in ("quoted", "quotes", "quote"):
        return False
    for k in range(last + 1, min(len(tokens) - 1, last + 7)):
        if tokens[k].word == "as":
            return tokens[k + 1].word.endswith("ing")
        if not tokens[k].is_word:
            return False
    return False


def _end_of_participle_aside(tokens: list[Token], i: int, last: int, end: int) -> int:
    """'Lee, citing the report, insisted ...': a participle set off by commas after the
    subject says what it cites up to its closing comma, where the sentence's verb takes
    over."""
    if not tokens[i].word.endswith("ing") or i == 0 or tokens[i - 1].text != ",":
        return end
    for k in range(last + 1, len(tokens) - 1):
        if tokens[k].start >= end:
            break
        if tokens[k].text == ",":
            after = _skip_adjuncts_forward(tokens, k + 1)
            return tokens[k].start if after < len(tokens) and _cue_at(tokens, after) else end
    return end


def _skip_adjuncts_forward(tokens: list[Token], k: int) -> int:
    """Step right over adverbs and auxiliaries to a cue: '..., also insisted'."""
    while k < len(tokens) and tokens[k].word in BETWEEN_SPEAKER_AND_CUE:
        k += 1
    return k


def _issues_document(tokens: list[Token], last: int) -> bool:
    """'posted a series of tweets on Friday claiming ...': after the cue, a document and
    a participle cue that says what it said."""
    for m in range(last + 1, min(len(tokens), last + 10)):
        t = tokens[m]
        if not t.is_word:
            return False
        if t.word.endswith("ing") and t.word in CUES:
            return _participle(tokens, m, t.word) and tokens[m - 1].text != ","
    return False


# What a speaker issues, posts or sends: "released a statement saying ...".
DOCUMENT_NOUNS = {"statement", "tweet", "letter", "post", "email", "message", "video", "note"}
DOCUMENT_NOUNS |= {"release", "memo", "ad", "advertisement", "op-ed", "column", "blog"}


def _parenthetical(tokens: list[Token], subj: tuple[int, int], last: int) -> bool:
    """', he said,' set off by commas inside a sentence."""
    return (
        subj[0] > 0
        and tokens[subj[0] - 1].text == ","
        and last + 1 < len(tokens)
        and tokens[last + 1].text == ","
    )


def _closing_attribution(
    text: str, tokens: list[Token], s: int, content_end: int, taken: list[tuple[int, int]]
) -> Found | None:
    """'CONTENT, Smith said.' where the cue is among the sentence's last words."""
    for i in range(len(tokens) - 1, max(-1, len(tokens) - 14), -1):
        if tokens[i].word not in TRIGGERS:
            continue
        cue = _cue_at(tokens, i)
        if not cue or any(a <= tokens[i].start < b for a, b in taken):
            continue
        words, last = cue
        if not words.endswith("ing") and _passive(tokens, i, last):
            return None  # "..., sailors have been blamed": nobody here said anything
        subj = subject_before(tokens, i)
        f = _trailing(text, tokens, i, last, words, subj, s, content_end)
        if f and f.end < content_end:  # not the "A, Smith said, B" kind
            return f
        return None
    return None


def _trim(text: str, start: int, end: int) -> int:
    """End offset with trailing spaces and a comma removed."""
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return end


ASK_CUES = {"ask", "asks", "asked", "asking", "wonder", "wonders", "wondered", "wondering"}
QUESTION_WORDS = {"if", "whether", "how", "what", "why", "which", "who", "when", "where", "about"}


def _question(
    text: str, tokens: list[Token], i: int, last: int, content_end: int, quotes: list[Quote]
) -> Found | None:
    """'X asked (Y) whether ...', 'when asked if ...': the question is the claim; its asker is
    X, or nobody named in the passive."""
    # Past the person asked: "asked a reporter whether", "asked host Jo Dee if".
    j = next(
        (
            k
            for k in range(last + 1, min(len(tokens), last + 7))
            if tokens[k].word in QUESTION_WORDS or not (tokens[k].is_word or tokens[k].text == ".")
        ),
        len(tokens),
    )
    if j >= len(tokens) or tokens[j].word not in QUESTION_WORDS:
        return None
    start = (
        tokens[j + 1].start
        if tokens[j].word == "about" and j + 1 < len(tokens)
        else tokens[j].start
    )
    end = content_end
    opening = (i <= 2 and tokens[0].word in ("when", "asked", "if", "as")) or (
        i > 0 and tokens[i - 1].word in ("when", "if", "as")  # "Later, when asked about it,"
    )
    if opening:  # "When asked whether X, Smith said Y": the question ends at the comma
        comma = next((t.start for t in tokens[j:] if t.text == ","), None)
        end = _trim(text, start, comma) if comma else end
    else:  # "wondered whether X, engaging in ...": the aside is the writer's
        end = _before_writers_clause(text, tokens, j, end, quotes)
    if len(text[start:end].split()) < 2:
        return None
    # "was asked whether" is passive; "are wondering whether" is not.
    participle = tokens[i].word.endswith("ing")
    after_be = i > 0 and tokens[i - 1].word in BE_FORMS
    passive = (after_be and not participle) or (i > 0 and opening)
    subj = None if passive else subject_before(tokens, i - 1 if after_be else i)
    if subj is None and not passive and participle and i > 0:
        subj = _participle_subject(tokens, i)  # "Jo Lee opened the session, asking why"
    if last + 1 < len(tokens) and tokens[last + 1].word == "by":
        # "Asked by Ingraham whether ...": the agent asks.
        subj = subject_after(tokens, last + 1)
    if subj is None:
        return Found(start, end, "indirect", None, unnamed=True)
    a, b = subj
    return Found(
        start, end, "indirect", Attribution((tokens[a].start, tokens[b - 1].end), tokens[i].word)
    )


def _content_end(text: str, s: int, e: int) -> int:
    end = e
    while end > s and text[end - 1].isspace():
        end -= 1
    if end > s and text[end - 1] in ".;:":
        end -= 1
    return end


def _content_after(
    text: str,
    tokens: list[Token],
    i: int,
    last: int,
    words: str,
    subj: tuple[int, int],
    content_end: int,
    quotes: list[Quote],
) -> Found | None:
    """The reported words after 'SPEAKER CUE': to the end of the sentence."""
    j = _content_start(tokens, last + 1, words)
    if j is None or j >= len(tokens):
        return None
    if words in THAT_CUES and tokens[j - 1].word != "that":
        return None  # "the video showed the car": no reported claim
    first = tokens[j]
    # After "that" a clause opens, whatever its first word ("said that for years, ...").
    clause = tokens[j - 1].word == "that"
    if not clause and (
        first.word == "according"
        or (first.word == "to" and words not in ("called", "calls") and words not in PROMISE_CUES)
    ):
        return None  # "threatened to": an intention, not speech ("vowed to" is a promise)
    if (
        not clause
        and first.word in ("by", "for")
        and (words not in OBJECT_CUES or words.endswith("ed"))
    ):
        return None  # passive agent or purpose: "the town described by the mayor"
    if words in BELIEF_CUES and (first.word in ("so", "not") or first.word in PREPOSITIONS):
        return None
    start = first.start
    end = content_end
    if first.word in AUXILIARIES | BE_FORMS:
        # "which she said was a mistake, was a factor": the relative clause ends at a comma.
        end = _first_comma(tokens, j, end)
    # "...; they learned of it later": a semicolon starts another clause, not the speaker's.
    semicolon = text.find(";", start, end)
    if semicolon != -1 and not any(q.open < semicolon < q.end for q in quotes):
        end = semicolon
    end = _before_next_speaker(tokens, j, end)
    end = _before_writers_clause(text, tokens, j, end, quotes)
    end = _before_lone_dash(text, tokens, j, end, quotes)
    if subj[0] > 0 and tokens[subj[0] - 1].word in SUBORDINATORS:
        # "When Clinton noted that X, he said Y": X ends with the subordinate clause.
        end = _first_comma(tokens, j, end)
    if subj[1] - subj[0] > 1 and tokens[subj[1] - 1].word == "who":
        end = _end_of_relative_clause(tokens, j, end)
    if words in NAMING_CUES and tokens[j - 1].word not in ("for", "on"):
        # (not "called for more “flexibility” for workers": a call, not a name given)
        end = _end_of_name_given(text, tokens, j, quotes, end)
    # Stop before a trailing "according to ..." that belongs to the attribution, and
    # before "on condition of anonymity", which says how it was said.
    # (Quoted words are the speaker's own, "according to" and all.)
    tail = text.rfind(", according to", start, end)
    if tail != -1 and not any(q.open < tail < q.end for q in quotes):
        end = tail
    anonymity = text.find("condition", start, end) != -1 and _ON_CONDITION.search(text, start, end)
    if anonymity and not any(q.open < anonymity.start() < q.end for q in quotes):
        end = anonymity.start()
    quoted = any(start <= q.open and q.inner_end <= end for q in quotes)
    # 'called it “predatory.”': a name given in quotes needs no more words.
    if len(text[start:end].split()) < (2 if quoted and words in NAMING_CUES else 3):
        return None
    kind = "mixed" if quoted else "indirect"
    a, b = subj
    return Found(start, end, kind, Attribution((tokens[a].start, tokens[b - 1].end), words))


_ON_CONDITION = re.compile(r",?\s+on (?:the )?condition (?:of|that)\b")


def _first_comma(tokens: list[Token], j: int, end: int) -> int:
    """Offset of the first comma from token j on, if it comes before `end`."""
    comma = next((t.start for t in tokens[j:] if t.text == ","), end)
    return min(comma, end)


def _end_of_relative_clause(tokens: list[Token], j: int, end: int) -> int:
    """'Lee, who said X, said Y': X ends at the comma before the main cue."""
    for k in range(j + 1, len(tokens) - 1):
        if tokens[k].start >= end:
            break
        if tokens[k].text == "," or tokens[k].text in DASHES:
            m = _skip_adjuncts_forward(tokens, k + 1)  # "..., also said", "Lee - who ... - said"
            if m < len(tokens) and _cue_at(tokens, m) and not tokens[m].word.endswith("ing"):
                return tokens[k].start
    return end


def _before_writers_clause(
    text: str, tokens: list[Token], j: int, end: int, quotes: list[Quote]
) -> int:
    """'..., and he ranted about ...' (a new clause with its own subject) or '...,
    implicitly putting his name on the line' (an aside): the writer's words, not the
    speaker's."""
    for k in range(j + 1, len(tokens) - 2):
        t = tokens[k]
        if t.start >= end:
            break
        # A comma, or a quotation closing on one ('“jobs, jobs, jobs,” but he ...').
        closes_on_comma = t.text in '”"' and text[t.start - 1 : t.start] == ","
        if not closes_on_comma and (t.text != "," or any(q.open < t.start < q.end for q in quotes)):
            continue
        if k - j < 3:
            continue  # "says sailors, numbering 75,000, outnumber ...": an aside in the claim
        nxt_at = k + 2 if tokens[k + 1].word.endswith("ly") else k + 1
        nxt = tokens[nxt_at]
        after_nxt = tokens[nxt_at + 1].word if nxt_at + 1 < len(tokens) else ""
        link, second = tokens[k + 1].word, tokens[k + 2].word
        if (
            (link in ("and", "but") and second in NOMINATIVE)
            # "..., and to date has only issued a tweet": the subject's next act
            or (link in ("and", "but") and (second in AUXILIARIES or second == "to"))
            # "..., and the downgrade is casting a shadow": a new subject and its verb
            or (link in ("and", "but") and _subject_and_verb(tokens, k + 2))
            # "..., and most don't expect him to": a group and its verb
            or (
                link in ("and", "but")
                and second in GROUP_PRONOUNS
                and k + 3 < len(tokens)
                and _finite(tokens[k + 3].word)
            )
            # "..., as was the case with ...", "..., as has the mayor": an aside
            or (link == "as" and (second in BE_FORMS or second in AUXILIARIES))
            # "..., saying ...", but not "a kind, loving and admirable man"
            or (
                nxt.word.endswith("ing")
                and nxt.word not in ("including", "according")
                and after_nxt not in ("and", "or", ",")
            )
            or link in ("although", "though", "whereas")
        ):
            # "..., although he later denied it": the writer's words
            return t.end if closes_on_comma else t.start
    return end


def _before_lone_dash(text: str, tokens: list[Token], j: int, end: int, quotes: list[Quote]) -> int:
    """'... whenever possible -- so the U.S. can avoid a quagmire': a dash that opens no
    pair ends the claim (a pair, '— known as ... —', is an aside inside it)."""
    dashes = [
        t.start
        for t in tokens[j + 1 :]
        if t.start < end
        and t.text in DASHES
        and text[t.start - 1 : t.start] == " "
        and not any(q.open < t.start < q.end for q in quotes)
    ]
    # ("--" counts once: only its first hyphen follows a space)
    return min(end, dashes[0]) if len(dashes) == 1 else end


NEGATED = {"do", "does", "did", "ca", "wo"} | AUXILIARIES | BE_FORMS  # "don't", "can't"


def _finite(word: str) -> bool:
    """'is', 'have', 'don't', 'won’t': a verb that makes a clause."""
    if word in AUXILIARIES or word in BE_FORMS:
        return True
    return word.endswith(("n't", "n’t")) and word[:-3] in NEGATED


def _subject_and_verb(tokens: list[Token], i: int) -> bool:
    """'the downgrade is', 'its shares have': a determiner, a few words, a finite verb."""
    if i >= len(tokens) or tokens[i].word not in ("the", "its", "their"):
        return False
    for k in range(i + 1, min(len(tokens), i + 5)):
        w = tokens[k].word
        if w in AUXILIARIES or w in BE_FORMS:
            return k > i + 1
        if not tokens[k].is_word or w in CLAUSE_BREAKS or w in PREPOSITIONS:
            return False
    return False


CLAUSE_LINKS = {"and", "but", "with", "while", "whereas", "which"}


def _before_next_speaker(tokens: list[Token], j: int, end: int) -> int:
    """'accused Obama of X and Donald Trump says Y', 'had phones, which he said were at
    his side': the content stops where another speaker's clause begins."""
    for k in range(j + 2, len(tokens)):
        if tokens[k].start >= end:
            break
        if tokens[k].word not in TRIGGERS:
            continue
        cue = _cue_at(tokens, k)
        if not cue or cue[0] in QUOTE_ONLY_CUES:
            continue
        if tokens[k - 1].text in (",", "”") and _participle(tokens, k, cue[0]):
            # "attacked the plan, saying ...": the participle is a statement of its own.
            mark = tokens[k - 1]
            return mark.end if mark.text == "”" else mark.start
        subj = subject_before(tokens, k, floor=j)
        if not subj or subj[0] - 1 <= j or tokens[subj[0] - 1].word not in CLAUSE_LINKS:
            continue
        link = subj[0] - 1
        if tokens[link].word == "which" and any(
            t.text == "," and t.start < end for t in tokens[k + 1 :]
        ):
            continue  # "the plan, which critics say is flawed, will pass": an aside
        if tokens[link - 1].text == ",":
            link -= 1
        return max(tokens[j].end, tokens[link - 1].end)
    return end


NAMING_CUES = {
    "call",
    "calls",
    "called",
    "calling",
    "label",
    "labels",
    "labeled",
    "labelled",
    "brand",
    "brands",
    "branded",
    "dub",
    "dubs",
    "dubbed",
    "describe",
    "describes",
    "described",
    "describing",
    "term",
    "terms",
    "termed",
}


# Words after the quoted name that end it: '… a “clown” when he spoke'.
NAME_GIVEN_ENDS = {"but", "as", "when", "while", "after", "before"}


def _end_of_name_given(
    text: str, tokens: list[Token], j: int, quotes: list[Quote], end: int
) -> int:
    """'called Palin a “clown” on his show': the claim is the name given, up to the quote,
    when what follows the quote is no longer part of it (a preposition, 'and', a comma)."""
    for q in quotes:
        if tokens[j].start <= q.open < end and q.closed:
            following = [t for t in tokens if t.start >= q.end]
            if (
                not following
                or following[0].text in ",;"
                or following[0].word in PREPOSITIONS | NAME_GIVEN_ENDS
                or (following[0].word == "and" and not _names_more(following[1:]))
            ):
                return q.end
            return end
    return end


def _names_more(rest: list[Token]) -> bool:
    """'called him a “liar” and someone who …', '… and a “fraud”': after 'and' the naming
    goes on (a determiner or a noun), rather than a new verb ('and accused ...')."""
    if not rest or not rest[0].is_word:
        return bool(rest) and rest[0].text in '“"'
    first = rest[0]
    return first.word in DETERMINERS or first.word in ("someone", "somebody", "one")


def _content_start(tokens: list[Token], j: int, words: str) -> int | None:
    """Where the reported words begin after the cue: past 'that', an addressee ('told
    reporters'), 'for'/'on' after 'called', or adjuncts closed by a comma."""
    n = len(tokens)
    if j + 1 < n and tokens[j].word == "that" and tokens[j + 1].word in ("way", "much", "far"):
        return None  # "they feel that way", "said that much": a pronoun, no clause
    # "that" within reach, past an addressee or adjuncts: "said in a statement Monday that".
    that_at = None
    for k in range(j, min(n, j + 14)):
        if tokens[k].word == "that":
            that_at = k
            break
        if tokens[k].word in CUES and not tokens[k].is_capitalized:
            owned = any(t.word in DETERMINERS or t.is_possessive for t in tokens[max(j, k - 2) : k])
            if not owned:
                break  # another cue ("The Washington Post" is a name, "her remarks" a noun)
        if not tokens[k].is_word and tokens[k].text in ';“"':
            if k + 1 < n and tokens[k + 1].text in '”"' and tokens[k].text != ";":
                continue  # a quoted title on the way: 'told MSNBC’s “Morning Joe” that'
            break
    if words in PROMISE_CUES and j < n and tokens[j].word == "to":
        return j  # "vowed to cut taxes": the promise is the claim
    if words in ASK_CUES:
        k = _skip_addressee(tokens, j)
        if k > j and k + 1 < n and tokens[k].text == "," and tokens[k + 1].text in '“"':
            return k + 1  # "asking her, “Where do we go?”": the question is the quote
    if words in ABOUT_CUES and j + 1 < n and tokens[j].word in ("of", "about"):
        return j + 1  # "warned of a “ferocious” battle": what the warning is about
    if that_at is not None and (
        that_at == j or _only_adjuncts(tokens, j, that_at) or words in ADDRESSEE_CUES
    ):
        j = that_at + 1
    elif words in ADDRESSEE_CUES:
        j = _skip_addressee(tokens, j)  # "told CNN the plan ..."
        if j < n and tokens[j].word == "to":
            return j if words in PROMISE_CUES else None  # "urged voters to ...": a request
        # "told voters this weekend he would ...": past an adjunct to the clause.
        j = _pronoun_clause(tokens, j) or j
    elif words in ("called", "calls", "call", "calling") and _call_for(tokens, j) is not None:
        j = _call_for(tokens, j)  # "called for a repeal", "called again on Congress to act"
    elif j < n and tokens[j].word in AUXILIARIES | BE_FORMS:
        # "a vote which she has said was a mistake": the claim is the relative clause's
        # verb phrase; "The jobs report has cleared the way": the cue was a noun.
        relative = any(t.word in RELATIVE_OPENERS for t in tokens[max(0, j - 6) : j - 1])
        return j if relative else None
    elif words not in OBJECT_CUES:
        # "said on Tuesday, the plan ..." : skip leading adjuncts up to a comma.
        k = j
        while k < n and tokens[k].is_word and tokens[k].word in LEADING_ADJUNCTS:
            k += 1
        if k > j and _pronoun_clause(tokens, k) is not None:
            # "tweeted Tuesday night he would run", "said after the vote she would": the
            # clause needs no comma when it opens with a subject pronoun.
            return _pronoun_clause(tokens, k)
        if (
            k > j
            and all(t.word in WEEKDAYS for t in tokens[j:k])
            and k < n
            and tokens[k].is_word
            and tokens[k].word not in LEADING_ADJUNCTS
        ):
            return k  # "said Thursday his worry is ...": a day needs no comma either
        if k > j:
            while k < n and tokens[k].is_word and tokens[k].text != ",":
                k += 1
            if k >= n or tokens[k].text != ",":
                if tokens[j].word in NOT_A_CLAUSE_START:
                    return None  # "said in a statement." carries no content
                return j  # "says long lines kept voters away": the adverb opens the claim
            j = k + 1
            if j < n and tokens[j].word in CUES and not tokens[j].is_capitalized:
                return None  # "Lee, who argues for the pier, said ...": the aside ended
    if j < n and tokens[j].text == "," and _in_opening_clause(tokens, j):
        return None  # "After the union objected, the case was moved": the cue said no more
    while j < n and not tokens[j].is_word and tokens[j].text in ",:—–-":
        j += 1
    return j


# Words that open a subordinate clause: "When Lee noted that ..., Park said ...".
SUBORDINATORS = {"when", "after", "before", "while", "because", "since", "if", "although", "though"}


def _in_opening_clause(tokens: list[Token], k: int, openers: set[str] = SUBORDINATORS) -> bool:
    """Token k stands in the clause that opens the sentence with one of `openers`, before
    any comma ("After the union objected")."""
    return 0 < k and tokens[0].word in openers and not any(t.text == "," for t in tokens[:k])


# Words that open a relative clause around a cue: "the vote, which she said was a mistake".
RELATIVE_OPENERS = {"which", "that", "who", "whom", "what"}


def _call_for(tokens: list[Token], j: int) -> int | None:
    """After 'called (again) for' / 'on': where the call's content begins."""
    if j < len(tokens) and tokens[j].word in ("again", "repeatedly", "also", "publicly"):
        j += 1
    return j + 1 if j < len(tokens) and tokens[j].word in ("for", "on") else None


def _pronoun_clause(tokens: list[Token], k: int) -> int | None:
    """A subject pronoun within the next few words (no punctuation between): where the
    reported clause starts after an adjunct."""
    for m in range(k, min(len(tokens), k + 6)):
        if not tokens[m].is_word:
            return None
        if tokens[m].word in NOMINATIVE or tokens[m].word in ("it", "there"):
            return m  # "said in politics it takes time", "said Monday there is no plan"
    return None


def _trailing(
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
    after = _skip_addressee(tokens, after) if words in ADDRESSEE_CUES else after
    if not _ends_attribution(tokens, after) or _that_after_adjunct(tokens, after):
        return None
    if _infinitive_at(tokens, after) or (
        words.startswith("call") and after < len(tokens) and tokens[after].word == "for"
    ):
        # "..., the board agreed to reopen the pier", "..., Park was calling for change":
        # the verb has its own object, the words before are no claim
        return None
    end = tokens[comma].start
    # "The plan, Smith said, will fail.": the claim goes on after the attribution.
    if subj and after < len(tokens) and tokens[after].text == "," and after + 1 < len(tokens):
        end = content_end
    elif not subj and _goes_on_after_speaker(text, tokens, after):
        end = content_end  # "The trouble, says Jo Lee, a historian, is the cost."
    if len(text[s:end].split()) < 3 or _only_an_adjunct(tokens, end):
        return None
    if _only_a_subordinate_clause(tokens, end):
        return None
    return Found(s, end, "indirect", Attribution((tokens[a].start, tokens[b - 1].end), words))


def _only_a_subordinate_clause(tokens: list[Token], end: int) -> bool:
    """'While Park said the pier is safe, Lee disagreed.': the words before the speaker are
    a clause of the sentence Lee's verb ends, no statement of Lee's."""
    before = sum(1 for t in tokens if t.end <= end)
    return _in_opening_clause(tokens, before, SETTING_CONJUNCTIONS)


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
        and not _is_number(nxt)
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
    if _starts_appositive(tokens[k:]):
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
    before = [t for t in tokens if t.end <= end and t.is_word]
    if not before or len(before) > 7:
        return False
    if any(t.text in "“\"‘'" for t in tokens if t.end <= end):
        return False  # '“We are happy” about it, said Park': quoted words were said
    return (
        before[0].word in PREPOSITIONS
        or before[0].word in ("despite", "since", "until", "once", "like", "unlike")
        or _is_time(before)  # "Earlier this week, the board wrote to Lee"
        or (before[0].word in SENTENCE_ADVERBS and _is_time(before[1:]))  # "Then, last week,"
        or before[-1].word in ("earlier", "later", "ago", "however", "then", "too")
    )


LEADING_ADJUNCTS = PREPOSITIONS | WEEKDAYS | BETWEEN_SPEAKER_AND_CUE
# After a cue these words open no reported clause: "said in a statement", "report has been".
NOT_A_CLAUSE_START = PREPOSITIONS | WEEKDAYS
NOT_A_CLAUSE_START |= {"himself", "herself", "themselves", "itself", "later", "earlier"}
ADDRESSEES = {
    "reporters",
    "him",
    "her",
    "them",
    "me",
    "us",
    "supporters",
    "voters",
    "the",
    "a",
    "an",
    "audience",
    "crowd",
    "journalists",
    "lawmakers",
    "members",
}


def _skip_addressee(tokens: list[Token], k: int) -> int:
    """Past 'reporters' / 'CNN' / 'the crowd' after told, assured, warned..."""
    if k < len(tokens) and tokens[k].word in ("me", "him", "her", "them", "us"):
        return k + 1  # "told me the pier is ...": the pronoun is the whole addressee
    start = k
    while (
        k < len(tokens)
        and k - start < 4
        and tokens[k].is_word
        and (tokens[k].is_capitalized or tokens[k].word in ADDRESSEES)
        and not (k > start and tokens[k].word in ARTICLES)  # "told reporters the pier ..."
    ):
        k += 1
    return k


def _ends_attribution(tokens: list[Token], k: int) -> bool:
    """After 'Smith said' only the sentence end, an appositive or an adjunct may follow."""
    if k >= len(tokens):
        return True
    t = tokens[k]
    if not t.is_word:
        return t.text in ",.;:!?—–-()"
    w = t.word
    return (
        w in PREPOSITIONS
        or w in WEEKDAYS
        or w in BETWEEN_SPEAKER_AND_CUE
        or (w.endswith("ly") and not t.is_capitalized)
    )


SENTENCE_OPENERS = PREPOSITIONS | {"after", "before", "when", "while", "as", "having"}
SENTENCE_OPENERS |= {"whenever", "once", "if", "although", "though", "because", "since"}
SENTENCE_OPENERS |= OPENING_PREPOSITIONS


# Words that open a description rather than a name: "The board", "His chief aide",
# "One employee at the firm".
DESCRIPTION_OPENERS = {"the", "a", "an", "his", "her", "their", "its", "one"}
DESCRIPTION_OPENERS |= {"other", "some", "many", "several", "most"}  # "Other sailors"


def sentence_subject(tokens: list[Token]) -> tuple[int, int] | None:
    """The name or pronoun that opens a sentence, past a dateline or an opening adjunct:
    the speaker of a participle cue ("Smith attacked the plan, saying ...")."""
    n = len(tokens)
    k = _subject_start(tokens)
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
                _noun_in(t.word, PERSON_NOUNS)
                or _noun_in(t.word, ORG_NOUNS)
                or t.word.endswith(("er", "ers", "or", "ors", "ist", "ists"))
                or t.is_capitalized
            ):
                head = m
            elif head is not None or not t.is_word or t.word in CUES:
                break  # modifiers ("harbor board") only before the head
        return (k, head + 1) if head is not None else None
    j = k
    while j < n and tokens[j].is_word and (tokens[j].is_capitalized or tokens[j].is_possessive):
        j += 1
    if j == k or tokens[k].word in NOT_NAMES:
        return None
    return (k, _name_after_job(tokens, j))


JOB_WORDS = TITLE_WORDS | PERSON_NOUNS | ORG_NOUNS


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


def _after_dateline(tokens: list[Token]) -> int:
    """Where the sentence starts past a dateline: "PORTVILLE —", "WASHINGTON (AP) —",
    "PARIS (Reuters) - ": capitals, maybe an agency in parentheses, then a dash."""
    depth = 0
    for m, t in enumerate(tokens[:10]):
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            depth -= 1
        elif depth == 0 and t.text in DASHES:
            return m + 1 if m > 0 else 0
        elif depth == 0 and t.is_word and not t.text.isupper():
            return 0
    return 0


def _is_time(words: list[Token]) -> bool:
    """'Earlier Tuesday', 'Last March': a time, not a name ('Yin May' is a name)."""
    return all(
        t.word in WEEKDAYS or t.word in MONTHS or t.word in TIME_WORDS or t.word.isdigit()
        for t in words
    )


TIME_WORDS = {"earlier", "later", "last", "next", "early", "late", "this", "that"}
TIME_WORDS |= {"morning", "afternoon", "evening", "night", "week", "weekend", "month", "year"}


def _subject_start(tokens: list[Token]) -> int:
    """Where a sentence's subject begins: past a dateline, opening adjuncts closed by a
    comma ("Thursday, after the vote, Warren ...") and opening adverbs ("But", "Again,")."""
    n = len(tokens)
    k = _after_dateline(tokens)
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
                or _time_ago(tokens[k : k + 4])
                or _time_before_comma(tokens, k)
                or (tokens[k].word in OPENING_TIMES and k + 1 < n and tokens[k + 1].text != ",")
                or _participle_opener(tokens, k)
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
            or tokens[k].word.endswith("ly")
            or tokens[k].word in SENTENCE_ADVERBS
            or tokens[k].word in OPENING_FILLERS
        ):
            k += 1
    return k


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
    m = k + 1 if tokens[k].word in ("on", "in", "at", "by", "since") else k
    times = m
    while times < len(tokens) and times - m < 3 and _is_time(tokens[times : times + 1]):
        times += 1
    if times == m or times >= len(tokens) or tokens[times].text == ",":
        return 0
    nxt = tokens[times]
    return times if nxt.is_capitalized or nxt.word in ("the", "they", "he", "she", "we") else 0


def _time_before_comma(tokens: list[Token], k: int) -> bool:
    """'Late last month,', 'Earlier this week,', 'Early Tuesday,': a time and a comma."""
    comma = next((m for m in range(k + 1, min(len(tokens), k + 5)) if tokens[m].text == ","), 0)
    return comma > k and _is_time(tokens[k:comma])


def _time_ago(words: list[Token]) -> bool:
    """'Hours later,', 'Two days earlier,', 'A week ago,': a point in time."""
    for k, t in enumerate(words):
        if t.word in ("later", "earlier", "ago"):
            return 0 < k and k + 1 < len(words) and words[k + 1].text == ","
        if not t.is_word:
            return False
    return False


def _according_to(
    text: str, tokens: list[Token], i: int, s: int, content_end: int, cue: str = "according to"
) -> Found | None:
    """'According to X, A', 'A, according to X, B', 'A, according to X.' (or another
    phrase of `cue`'s words naming a source)."""
    j = i + len(cue.split())
    k = j
    while k < len(tokens) and tokens[k].text not in ",.;":
        k += 1
    if k == j:
        return None
    mention = (tokens[j].start, tokens[k - 1].end)
    attribution = Attribution(mention, cue)
    if i == 0 or (i == 1 and not tokens[0].is_word):
        if k < len(tokens) and tokens[k].text == ",":
            start = tokens[k + 1].start if k + 1 < len(tokens) else content_end
            if len(text[start:content_end].split()) >= 3:
                return Found(start, content_end, "indirect", attribution)
        return None
    if tokens[i - 1].text == ",":
        end = tokens[i - 1].start
        if (
            k < len(tokens)
            and tokens[k].text == ","
            and len(text[tokens[k].end : content_end].split()) >= 2
        ):
            # "A, according to X, B": the source is set off inside the claim.
            return Found(s, content_end, "indirect", attribution)
        if len(text[s:end].split()) >= 3:
            return Found(s, end, "indirect", attribution)
        return None
    source = tokens[j:k]
    if k >= len(tokens) - 1 and (len(source) >= 2 or source[0].is_capitalized):
        # "Clinton leads by 271 delegates according to a count by the AP."
        end = _trim(text, s, tokens[i].start)
        if len(text[s:end].split()) >= 3:
            return Found(s, end, "indirect", attribution)
    return None
