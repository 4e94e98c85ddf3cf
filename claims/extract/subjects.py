"""Who speaks: the speaker's words before a cue ("Attorney General Jeff Sessions said",
"a spokeswoman for the port, Dana Ruiz, said"), and the subject of a participle cue ("...,
saying"). The speaker after an inverted cue is found in `inverted_subjects`, the head of a
sentence in `sentence_subjects`, a subject with a modifier in `modified_subjects`."""

from __future__ import annotations

from claims.extract.grammar import (
    ADDRESSEES,
    ADJECTIVE_ENDINGS,
    ARTICLES,
    ASIDE_ADVERBS,
    AUXILIARIES,
    BE_FORMS,
    CLAUSE_BREAKS,
    DASHES,
    DOCUMENT_NOUNS,
    FRACTIONS,
    MAX_SUBJECT_TOKENS,
    NOMINATIVE,
    NOUN_ENDINGS,
    NP_LINKS,
    OBJECT_PRONOUNS,
    PLAIN_SPEECH_VERBS,
    PREPOSITIONS,
    QUANTIFIERS,
    RELATIVE_OPENERS,
    RELATIVES,
    SENTENCE_ADVERBS,
    SENTENCE_OPENERS,
    SUBORDINATORS,
    TIME_PHRASE_ENDS,
    TIME_PHRASES,
    WORKS,
    cue_at,
    is_adverb,
    is_number,
    is_time,
    is_year,
    noun_in,
    words_of,
)
from claims.extract.inverted_subjects import subject_after
from claims.extract.lexicon import (
    BASE_CUES,
    BETWEEN_SPEAKER_AND_CUE,
    CUES,
    DETERMINERS,
    GROUP_PRONOUNS,
    NOT_NAMES,
    ORG_NOUNS,
    PERSON_NOUNS,
    PRONOUNS,
    TITLE_WORDS,
    US_STATES,
    WEEKDAYS,
)
from claims.extract.sentence_subjects import sentence_subject, subject_start
from claims.extract.tokens import Token

# Words that stand between a subject and its cue: "Lee also said", "Carter however said".
_BETWEEN_SUBJECT_AND_CUE = BETWEEN_SPEAKER_AND_CUE | SENTENCE_ADVERBS


def skip_adjuncts_back(tokens: list[Token], j: int, floor: int) -> int:
    """Step left over auxiliaries, adverbs and time words: "Sessions on Tuesday blasted"."""
    cue = j
    while j > floor:
        t = tokens[j - 1]
        w = t.word
        if w in TIME_PHRASE_ENDS:
            # "who has for years described"
            n = next((n for n in (3, 2) if words_of(tokens[j - n : j]) in TIME_PHRASES), 0)
            if n and j - n >= floor:
                j -= n
                continue
        if w in ("all", "both", "each") and _opens_sentence(tokens, j - 1, cue):
            break  # "All agreed that ...": the subject ("They all agreed": an adverb)
        if (
            # "Theresa May said" is a name; "Carter however said" an aside
            (w in _BETWEEN_SUBJECT_AND_CUE and not t.is_capitalized)
            or w in WEEKDAYS
            or (w.endswith("ly") and len(w) > 4 and not t.is_capitalized and is_adverb(w))
        ):
            j -= 1
            continue
        if is_year(t) and j - 2 > floor and tokens[j - 2].word in ("in", "since"):
            j -= 2  # "who in 2010 said"
            continue
        break
    return j


def _opens_sentence(tokens: list[Token], i: int, cue: int) -> bool:
    """Token i is where the sentence's subject begins ("To varying degrees, all agreed")."""
    return subject_start(tokens[:cue]) == i


def subject_before(tokens: list[Token], cue_index: int, floor: int = 0) -> tuple[int, int] | None:
    """Token range [i, j) of the speaker standing just before the cue, if any.

    Handles "Smith said", "the official said", "Smith, a spokesman for X, said" and
    "Smith, who chairs the panel, said" (the name is the speaker in both).
    """
    j = skip_adjuncts_back(tokens, cue_index, floor)
    if j <= floor:
        return None
    last = tokens[j - 1]
    if last.text in DASHES:
        subject = _dashed_appositive_subject(tokens, j, floor)
    elif last.text == "," and (town := _comma_after_town(tokens, j - 1)) is not None:
        # "Jo Park, a driver from Ava, Mo., said": the state ends the speaker's phrase.
        subject = _appositive_subject(tokens, town, floor)
        subject = subject or noun_phrase_before(tokens, town, floor)
    elif last.text == ",":
        subject = _appositive_subject(tokens, j - 1, floor)
    elif last.text in '”"' and j - 2 > floor and tokens[j - 2].text in '“"':
        # 'Jo Lee, host of “Morning Pier,” said': the comma stands inside the title's
        # quotation marks (the quoted words are masked), so the title ends an appositive.
        subject = _appositive_subject(tokens, j - 1, floor)
    elif last.word == "who" and j - 2 > floor and tokens[j - 2].text in {","} | DASHES:
        # "backed by Dorsey, who has said": the mention runs from the name to "who"; so it
        # does from a person described ("a note from a young sailor, who said").
        antecedent = noun_phrase_before(
            tokens, j - 2, floor, need_name=True, relative=True
        ) or _person_described(tokens, j - 2, floor)
        subject = antecedent and (antecedent[0], j)
    elif last.word == "who" and j - 1 > floor:
        # "some economists who argue that ...": the phrase the clause restricts.
        antecedent = noun_phrase_before(tokens, j - 1, floor, relative=True)
        subject = antecedent and (antecedent[0], j)
    elif last.word == "that" and (work := _work_before_that(tokens, j - 1, floor)):
        subject = work  # "released a letter from her physician that says ...": the letter
    elif last.word == "which" and j - 3 > floor and tokens[j - 2].text == ",":
        # "a request by the Salem Post, which argued that ...": an organisation or a work
        # speaks in its own relative clause, as a person does after ", who".
        antecedent = noun_phrase_before(tokens, j - 2, floor, relative=True)
        subject = None
        if antecedent and _body_named(tokens[j - 3]):
            # From its last article: "May for the lawsuit" is the lawsuit.
            a = antecedent[0]
            a = max((k for k in range(a, j - 2) if tokens[k].word in ARTICLES), default=a)
            subject = (a, j)
    elif last.word == "which" and j - 2 > floor and _body_named(tokens[j - 2]):
        # "the Harbor Police Department which reported": an organisation's own clause.
        antecedent = noun_phrase_before(tokens, j - 1, floor, relative=True)
        subject = antecedent if antecedent and antecedent[1] == j - 1 else None
    else:
        subject = noun_phrase_before(tokens, j, floor) or _share_of_people(tokens, j, floor)
    if subject and _disagrees(tokens, subject, cue_index):
        return None
    if subject and subject[0] - 1 > floor and tokens[subject[0] - 1].word == "and":
        subject = _coordinated(tokens, subject, floor)
    return subject


def _coordinated(tokens: list[Token], subject: tuple[int, int], floor: int) -> tuple[int, int]:
    """'…, Lee and Park said', 'Lee and others say': named speakers opening the clause
    speak together."""
    a, b = subject
    first = noun_phrase_before(tokens, a - 1, floor, need_name=True)
    if first is None and tokens[a - 2].word in NOMINATIVE:
        first = (a - 2, a - 1)  # "he and Mr. Allen said"
    if first is None or not _starts_clause(tokens, first[0], floor):
        return subject
    names = [t for t in tokens[first[0] : b] if t.is_word and t.word != "and"]
    if names[-1].word == "others":
        names.pop()  # "Lee and others said"
    if not all(t.is_capitalized or t.word in NOMINATIVE for t in names):
        return subject  # "Lee thanked Salem and Park", "Lee and harbor leaders": as before
    return (first[0], b)


def _body_named(head: Token) -> bool:
    """A word that ends the name of an organisation or a document: "Department", "board",
    "report" (not a day: "late on Friday which ...")."""
    if is_time([head]):
        return False
    return noun_in(head.word, ORG_NOUNS) or (head.is_capitalized and head.word[-1] != "s")


def _close_to(tokens: list[Token], j: int, floor: int) -> int | None:
    """Index of 'close' in 'close to her campaign' (or 'familiar with', 'loyal to', 'privy
    to', 'around') ending just before j: a short phrase of plain words after it."""
    for k in range(j - 2, max(floor, j - 7), -1):
        t = tokens[k + 1]
        if not t.is_word or t.word in CLAUSE_BREAKS:
            return None
        if t.word in CUES and not tokens[k].is_possessive:
            return None  # (but "familiar with Park's hopes": a noun after its owner)
        linked = tokens[k].word in ("close", "familiar", "loyal", "privy") and t.word in (
            "to",
            "with",
        )
        if (linked or tokens[k].word == "around") and k - 1 >= floor:
            return k
    return None


def _work_before_that(tokens: list[Token], that: int, floor: int) -> tuple[int, int] | None:
    """The noun phrase of a work ('a letter', 'the new poll') whose clause opens with the
    'that' at `that`, past a few words of its own ('from her physician on Monday')."""
    for k in range(that - 1, max(floor, that - 7) - 1, -1):
        t = tokens[k]
        if not t.is_word or t.word in CUES or t.word in BE_FORMS or t.word in AUXILIARIES:
            return None
        if noun_in(t.word, WORKS) and not t.is_capitalized:
            # The work's own words: from an article or an owner, or its name in capitals
            # ("a new letter", "his memo", "an NBC News poll"), never a verb before it.
            start = k
            while start - 1 > floor and k - start < 3:
                before = tokens[start - 1]
                if before.word in DETERMINERS or before.is_possessive:
                    return (start - 1, k + 1)
                if not before.word.isalpha() or before.word in CUES or before.word in PREPOSITIONS:
                    break
                if before.word.endswith("ed"):
                    break  # "Park highlighted polls that show": the verb is no part of it
                start -= 1
            while start < k and not tokens[start].is_capitalized:
                start += 1  # no article: only the capitals naming it ("NBC News poll")
            return (start, k + 1)
    return None


def _person_described(tokens: list[Token], j: int, floor: int) -> tuple[int, int] | None:
    """'a young child', 'The retired sailor', 'one former staffer', 'his aide' just before
    j: an article (or 'one', or an owner's pronoun), up to three plain lower-case words,
    and a noun for a person (or one made like "sailor", "activist")."""
    if j - 1 < floor:
        return None
    head = tokens[j - 1].word
    plural = head.endswith(("ers", "ors", "ists", "ians")) or (
        head.endswith("s") and noun_in(head, PERSON_NOUNS)
    )
    if not plural and head not in PERSON_NOUNS and not head.endswith(("er", "or", "ist", "ian")):
        return None
    for i in range(j - 2, max(floor, j - 6) - 1, -1):
        t = tokens[i]
        if t.word in ARTICLES or t.word in ("one", "his", "her", "their"):
            return (i, j)
        if plural and (t.word in CUES or t.word.endswith("ed") or t.word in SENTENCE_OPENERS):
            return (i + 1, j)  # "angered sailors, who said": people need no article
        if not t.is_word or t.is_capitalized:
            return (i + 1, j) if plural else None
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


SHARE_WORDS = FRACTIONS | {"half", "most"}


def _share_of_people(tokens: list[Token], j: int, floor: int) -> tuple[int, int] | None:
    """'About four in 10 said', 'Almost half said', 'Six in 10 voters said': poll shares."""
    i = j
    while i > floor and (
        tokens[i - 1].text == "%"  # "85% of Democrats said"
        or tokens[i - 1].is_word
        and (
            tokens[i - 1].word in QUANTITY_WORDS
            or is_number(tokens[i - 1])
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
    if not span or not any(is_number(t) or t.word in SHARE_WORDS for t in span):
        return None
    return (i, j) if _starts_clause(tokens, i, floor) else None


def _disagrees(tokens: list[Token], subject: tuple[int, int], cue_index: int) -> bool:
    """'Battleground state Florida', 'the Washington post': a bare verb after one name is
    no finite verb ('Smith say' is not English), unless an auxiliary stands between."""
    cue = tokens[cue_index].word
    # ("Park would later claim": the auxiliary may stand before an adverb)
    between = tokens[subject[1] : cue_index]
    if cue not in BASE_CUES or any(
        t.word in AUXILIARIES or t.word in ("to", "not") for t in between
    ):
        return False
    span = tokens[subject[0] : subject[1]]
    # The head is the noun before any "of/to/for" ("advisers to Mr. Obama say").
    head = next((span[k - 1] for k in range(1, len(span)) if span[k].word in NP_LINKS), span[-1])
    if subject[0] > 0 and tokens[subject[0] - 1].word == "and":
        return False  # "Grassley and Leahy say"
    if len(span) > 1 and is_number(span[0]):
        return False  # "One in five say": a share of people
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
    crossed_cues: list[int] = []
    while k > floor and comma - k < 30:
        t = tokens[k]
        if t.text == ",":
            commas += 1
            inner = tokens[k + 1 : comma]
            if not inner or not _looks_like_appositive(inner) or commas > 3:
                return None
            aside = inner[0].word in ("who", "when", "while", "after", "asked")
            aside = aside or inner[0].word.endswith("ing")
            if _crosses_a_cue(inner, crossed_cues, comma) and not aside:
                # only an aside holds a cue of its own ("Lee, who said X, said Y", "Lee, when
                # asked about it, said"); in "Lee, facing a reelection challenge, said" the
                # cue word is a noun of the aside
                return None
            if commas == 1 and is_number(inner[0]) and inner[-1].word in ("%", "percent"):
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
            if intro and is_name(inner):
                # "a spokeswoman for the union, Dana Ruiz, said" names the speaker second;
                # "Jo Lee, the editor of the local paper, The Light, said" names the paper.
                named_first = intro[0] - 1 > floor and tokens[intro[0] - 1].text == ","
                first = named_first and noun_phrase_before(
                    tokens, intro[0] - 1, floor, need_name=True
                )
                if first and not is_time(tokens[first[0] : first[1]]):
                    return first
                # the description with the name: the resolver reads the name and its title
                return (intro[0], comma) if intro is before else (k + 1, comma)
            # "The former mayor, who led the march, thinks", "Experts, including Jo Lee, say",
            # "The company, in a filing, said": a description will do too.
            described = inner[0].word in ("who", "which", "including", "like", "such")
            described = described or inner[0].word in PREPOSITIONS
            # "The board, however, said": an aside of the writer's, the noun before speaks
            described = described or all(t.word in ASIDE_ADVERBS for t in inner)
            named = noun_phrase_before(tokens, k, floor, need_name=not described)
            if named and _place_after_place(tokens, named):
                named = None  # "in Aurora, Colorado, in July": a state, read on leftwards
            if named and is_time(tokens[named[0] : named[1]]):
                # "Earlier Tuesday, her deputy, Jo Lee, said": the time opens the sentence,
                # the name closing the appositives is the speaker.
                last = max((m for m in range(k + 1, comma) if tokens[m].text == ","), default=k) + 1
                if is_name(tokens[last:comma]):
                    return (last, comma)
                named = None
            if named and is_name(inner) and not all(t.is_capitalized for t in tokens[named[0] : k]):
                return (named[0], comma)  # "Harbor Lines’ chief executive, Ana Ruiz, said"
            if named:
                return named
            if before and (
                tokens[k - 1].word in PERSON_NOUNS
                or tokens[k - 1].word.endswith(NOUN_ENDINGS)
                or noun_in(tokens[k - 1].word, ORG_NOUNS)  # "The complaint, filed Monday, says"
            ):
                return before  # "The clerk, a Republican who asked not to be named, said"
        elif not t.is_word and t.text not in "’'-()&.$“”\"%":  # a title: 'author of “Sails,”'
            return None
        elif cue_at(tokens, k) and not tokens[k].word.startswith("call"):
            # ("a firm called Gavekal" names, it reports nothing; "Lee, citing the report,
            # insisted" is a participle aside)
            # ("Jo Lee, a sailor who argues for the pier, said", "the founder of a trust
            # that urges ...": the cue of a relative clause inside the appositive)
            if not (tokens[k].word.endswith("ing") or tokens[k - 1].word in RELATIVE_OPENERS):
                crossed_cues.append(k)
        k -= 1
    return None


def _crosses_a_cue(inner: list[Token], cues: list[int], comma: int) -> bool:
    """A cue word inside the appositive `inner` (ending at `comma`) is a verb, but not the
    last word of a noun phrase: 'Jo Lee, the host of Park's radio show, said'."""
    noun_phrase = inner[0].word in DETERMINERS or inner[0].is_possessive
    return any(not (noun_phrase and k == comma - 1) for k in cues)


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
        if t.word in CUES and not noun_in(t.word, ORG_NOUNS):
            return None  # a verb ("report" may be a noun)
        opens = t.word in INTRODUCERS or t.is_possessive
        if opens and i < k - 1 and _starts_clause(tokens, i, floor):
            return (i, k)
    return None


def _comma_after_town(tokens: list[Token], comma: int) -> int | None:
    """In 'from Ava, Mo.,' (the comma at `comma` closing it), the comma after the town."""
    k = comma - 1
    if k >= 0 and tokens[k].text == ".":
        k -= 1  # "Mo" and the period the tokenizer cut off
    if k < 3 or tokens[k - 1].text != "," or not tokens[k - 2].is_capitalized:
        return None
    state = tokens[k]
    abbreviated = comma - k == 2 and 2 <= len(state.text) <= 5 and "-" not in state.text
    if not state.is_capitalized or not (abbreviated or state.word in US_STATES):
        return None
    return k - 1 if tokens[k - 3].word in ("from", "of", "in") else None


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


def is_name(span: list[Token]) -> bool:
    """Two to four capitalised words: 'Jo Lee', 'Ana B. Ruiz'."""
    return 1 < len(span) <= 4 and all(t.is_capitalized for t in span)


# "Lee, asked about the storm, said": a question put to the speaker, set off by commas.
ASKED_ABOUT = {"about", "whether", "if", "why", "how", "what", "when"}


# "The letter, sent Monday to the board, says", "Lee, known for her temper, said"
IRREGULAR_PARTICIPLES = {"sent", "written", "given", "taken", "made", "seen", "held", "known"}
IRREGULAR_PARTICIPLES |= {"built", "brought", "drawn", "shown", "led", "won", "lost", "paid"}


def _looks_like_appositive(inner: list[Token]) -> bool:
    first = inner[0]
    if (
        first.word in ("who", "whose", "which", "however", "meanwhile", "too", "though")
        or first.word in ("himself", "herself", "themselves", "itself")  # "Lee, himself a ..."
        or first.word in ("like", "such", "including")  # "Critics, like Lee and Park, say"
        or first.word in ("when", "while", "after")  # "Lee, when asked about it, said"
        or (first.word == "asked" and len(inner) > 1 and inner[1].word in ASKED_ABOUT)
        or first.word in PREPOSITIONS
    ):
        return True
    if first.word.endswith("ly") and len(inner) == 1:
        return True
    participle = (
        first.word.endswith("ing")
        or (first.word.endswith("ed") and first.word not in CUES)
        or first.word in IRREGULAR_PARTICIPLES
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
            a = near - 1
            if a - 1 >= floor and (is_number(tokens[a - 1]) or tokens[a - 1].word in QUANTIFIERS):
                a -= 1  # "two people familiar with the talks"
            return (a, j)
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
        if w in ("and", "or") and i < j and i - 2 >= floor and _paired_modifiers(tokens, i, j):
            i -= 2  # "current and former officials", "liberal and labor groups"
            continue
        if w in CLAUSE_BREAKS or w in BE_FORMS or (w in PRONOUNS and w not in ("it", "its")):
            break
        if w == "as" or (w in SENTENCE_ADVERBS and not t.is_capitalized):
            break  # "the firm failed as predicted", "and then harbor leaders could call"
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
                    (tokens[i - 2].is_capitalized and tokens[i - 2].word not in SENTENCE_OPENERS)
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
            elif i > floor and w == "other" and tokens[i - 1].word in QUANTIFIERS:
                i -= 1  # "Many other sailors", "some other polls"
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
        and (span[0].word in DETERMINERS or any(t.is_possessive for t in span[:-1]))
    )  # "The candidates say", "Ada Park's associates insist she will run"
    # "The wealthy harbor shipping owner says": after an article the last word is a noun.
    determined = (
        len(span) >= 2
        and span[0].word in ("the", "a", "an", "this", "that")
        and head is span[-1]
        and j < len(tokens)
        and tokens[j].word in PLAIN_SPEECH_VERBS  # not "The big question is"
    )
    if not (
        head.is_capitalized
        or noun_in(head.word, PERSON_NOUNS)
        or noun_in(head.word, ORG_NOUNS)
        or noun_in(head.word, WORKS)  # "the story suggests"
        or head.word.endswith(NOUN_ENDINGS)
        or determined_plural
        or determined
        or (relative and len(span) >= 2 and span[0].word in DETERMINERS)  # "a surrogate who"
    ):
        return None
    if any(t.word in AUXILIARIES and not t.is_capitalized for t in span) or (
        len(span) == 1 and is_number(head)
    ):
        return None
    if not any(t.is_capitalized and t.word not in DETERMINERS for t in span):
        if need_name:
            return None
        # "the official", "a spokesman", or a bare plural: "sources", "top lawmakers"
        bare_plural = head.word.endswith("s") and (
            noun_in(head.word, PERSON_NOUNS)
            or noun_in(head.word, ORG_NOUNS)
            or head.word.endswith(NOUN_ENDINGS)
        )
        bare_plural = bare_plural or head.word in COLLECTIVE_NOUNS  # ", police said."
        if span[0].word not in DETERMINERS and not span[0].is_possessive and not bare_plural:
            # "The harbor chair and former city treasurer said": one speaker of two nouns.
            # (Not "39 percent blame his aides and 22 percent say": a share is a subject.)
            share = is_number(span[0])
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


def _paired_modifiers(tokens: list[Token], i: int, j: int) -> bool:
    """The words on either side of the "and" before token i modify one noun: "current and
    former officials", "progressive and Muslim groups" (not "Salem and Avalon said")."""
    before, after = tokens[i - 2], tokens[i]
    if before.word in PAIRED_ADJECTIVES and after.word in PAIRED_ADJECTIVES:
        return True
    return (
        i < j - 1
        and before.is_word
        and not before.is_capitalized
        and before.word.endswith(ADJECTIVE_ENDINGS)
        and before.word not in CUES
    )


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
        or _in_relative_clause(tokens, k)
    ):
        return None
    return (k, j)


def _in_relative_clause(tokens: list[Token], k: int) -> bool:
    """Token k stands in a relative clause opened since the last comma: "Lee, who backed
    Sen. Ada Park, said" (Park is the one backed, not the speaker)."""
    for m in range(k - 1, -1, -1):
        if tokens[m].text == ",":
            return False
        if tokens[m].word in RELATIVES and not tokens[m].is_capitalized:
            return True  # (a headline's "Who" is no clue: "Man Who Backed Lee Says ...")
    return False


def _starts_clause(tokens: list[Token], i: int, floor: int) -> bool:
    """Nothing but punctuation or a conjunction to the left of token i ("Even" opening the
    sentence counts as nothing: "Even the biggest critics say")."""
    if i <= floor:
        return True
    left = tokens[i - 1]
    if left.word == "even" and left.is_capitalized and i - 1 == floor:
        return True
    return not left.is_word or left.word in CLAUSE_BREAKS


def participle_subject(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """Who speaks in the participle at token i: 'A, an official said, adding ...' the
    speaker of the cue just before; 'Smith attacked the plan, saying ...' the sentence's
    subject; '“…,” he said, adding that …' the speaker of the cue before."""
    j = skip_adjuncts_back(tokens, i, 0)
    cue = _cue_before_comma(tokens, j)
    if cue is not None:
        said = subject_before(tokens, cue)
        if said:
            return said
    return (
        _second_clause_subject(tokens, j)
        or sentence_subject(tokens[:i])
        or _earlier_speaker(tokens, i)
    )


def _cue_before_comma(tokens: list[Token], j: int) -> int | None:
    """The cue that ends just before the comma at j - 1, past a phrase of time or place
    ('Park said in June 2012, citing ...'), if there is one."""
    if j < 2 or tokens[j - 1].text != ",":
        return None
    if cue_at(tokens, j - 2):
        return j - 2
    for c in range(j - 3, max(-1, j - 8), -1):
        if not tokens[c + 1].is_word:
            return None
        if tokens[c + 1].word in PREPOSITIONS:
            found = cue_at(tokens, c)
            if found and found[1] == c:
                return c
    return None


def _second_clause_subject(tokens: list[Token], j: int) -> tuple[int, int] | None:
    """'Prosecutors charged the captain and Park fired her chief, saying ...': the subject
    of the clause the participle follows, a name or a pronoun after 'and' or 'but' with a
    verb of its own after it."""
    for k in range(j - 2, 0, -1):
        t = tokens[k]
        if not t.is_word and t.text in ';:“”"':
            return None  # another sentence's part or a quotation: not this clause
        if t.word not in ("and", "but"):
            continue
        m = k + 1
        if m < j and tokens[m].word in NOMINATIVE:
            m += 1
        else:
            while m < j and m - k <= 3 and tokens[m].is_capitalized and tokens[m].is_word:
                m += 1
        if m == k + 1 or m >= j:
            continue
        verb = tokens[m]
        if verb.is_word and not verb.is_capitalized and verb.word.endswith(("ed", "s")):
            return (k + 1, m)
    return None


def _earlier_speaker(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """The subject of the nearest cue before token i in the sentence."""
    for k in range(i - 2, 0, -1):
        cue = cue_at(tokens, k)
        if cue:
            return subject_before(tokens, k) or subject_after(tokens, cue[1])
    return None


def with_subject(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """'…, with 40 percent of voters saying …', '…, with critics saying …': the people after
    "with" speak in the participle at token i (not the sentence's subject). Only a plain
    noun phrase: 'with Lee repeatedly saying' is Lee; 'with Lee after the vote' is none."""
    end = i
    while end > 0 and is_adverb(tokens[end - 1].word):
        end -= 1  # "with Lee repeatedly saying"
    for k in range(end - 1, max(-1, i - 9), -1):
        t = tokens[k]
        if t.word == "with":
            # Set off from the clause before ("met with aides and said" is no such phrase).
            set_off = k > 0 and (tokens[k - 1].text == "," or tokens[k - 1].text in DASHES)
            if set_off and k + 1 < end and tokens[k + 1].word not in OBJECT_PRONOUNS:
                return k + 1, end
            return None
        if not t.is_word or t.word.endswith("ed") or t.word in CUES:
            return None
        if t.word in PREPOSITIONS and t.word not in ("of", "in", "about"):
            return None  # ("about three in 10", "40 percent of voters")
    return None


def is_participle(tokens: list[Token], i: int, words: str) -> bool:
    """', saying ...' after a comma (or a quote's closing mark), 'after saying ...', 'by
    saying ...': a participle whose subject opens the sentence."""
    if not words.endswith("ing") or i == 0:
        return False
    j = skip_adjuncts_back(tokens, i, 0)  # "after initially saying"
    before = tokens[j - 1] if j > 0 else tokens[i - 1]
    if noun_in(before.word, DOCUMENT_NOUNS) and not before.is_capitalized:
        return True  # "Lee issued a statement saying ...", "tweets early Friday saying"
    # ('reversed herself at the meeting – saying ...': a dash sets it off as a comma does)
    set_off = before.text in (",", "”") or before.text in DASHES
    return set_off or before.word in ("after", "by", "while", "before")


def only_time_or_place_left(tokens: list[Token], m: int) -> bool:
    """Tokens m.. to the sentence's end are a short time or place: 'on Wednesday.',
    'Tuesday.', 'in Salem.'"""
    rest = tokens[m:-1] if tokens[-1].text in ".!?" else tokens[m:]
    return 0 < len(rest) <= 4 and all(
        t.is_capitalized or t.word in PREPOSITIONS or t.word in DETERMINERS or is_time([t])
        for t in rest
    )


def skip_addressee(tokens: list[Token], k: int) -> int:
    """Past 'reporters' / 'CNN' / 'the crowd' after told, assured, warned..."""
    if k < len(tokens) and tokens[k].word in ("me", "him", "her", "them", "us"):
        return k + 1  # "told me the pier is ...": the pronoun is the whole addressee
    if (
        k < len(tokens)
        and not tokens[k].is_capitalized
        and tokens[k].word.endswith("s")
        and noun_in(tokens[k].word, PERSON_NOUNS)
    ):
        return k + 1  # "told aides the pier ...", "told investigators that ...": people
    if k < len(tokens) and tokens[k].word in ARTICLES:
        # "told the harbor board the pier ...": a described addressee up to the clause
        for m in range(k + 1, min(len(tokens), k + 5)):
            t = tokens[m]
            if m > k + 1 and (t.word in ARTICLES or t.word in NOMINATIVE or t.word == "that"):
                return m
            if m > k + 1 and t.word == "to":
                return m  # "urged the harbor board to ...": the request follows
            if not t.is_word or t.is_capitalized or t.word in CUES or t.word in PREPOSITIONS:
                if m > k + 1 and only_time_or_place_left(tokens, m):
                    return m  # "…, Lee told a city panel on Wednesday.": nothing more said
                break
            if t.word in BE_FORMS or t.word in AUXILIARIES:
                break
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
