"""Direct quotes of one paragraph and the attribution each has before, after or around it
("“…,” she said", "She said: “…”", "“A,” she said, “B.”")."""

from __future__ import annotations

import re

from claims.extract.grammar import (
    AUXILIARIES,
    BE_FORMS,
    CLAUSE_BREAKS,
    CLAUSE_LINKS,
    DASHES,
    MAX_SUBJECT_TOKENS,
    NOMINATIVE,
    PREPOSITIONS,
    RELATIVES,
    SUBORDINATORS,
    cue_at,
    end_before_stop,
    is_adverb,
    is_time,
    only_adjuncts,
    words_of,
)
from claims.extract.inverted_subjects import starts_appositive, subject_after
from claims.extract.lexicon import (
    ADDRESSEE_CUES,
    BETWEEN_SPEAKER_AND_CUE,
    CUES,
    DETERMINERS,
    NOT_NAMES,
    PRONOUNS,
    TITLE_WORDS,
    WEEKDAYS,
    WORK_NOUNS,
)
from claims.extract.model import Attribution, Found
from claims.extract.modified_subjects import modified_subject
from claims.extract.sentence_subjects import sentence_subject
from claims.extract.subjects import (
    is_name,
    is_participle,
    noun_phrase_before,
    participle_subject,
    skip_addressee,
    skip_adjuncts_back,
    subject_before,
)
from claims.extract.text import QUOTE_MARKS, Quote, sentence_of
from claims.extract.tokens import Token, TokenIndex

# '“Pier to close,” by the Post’s Jo Lee': the quote is the title of a piece.
_BYLINE = re.compile(r",?\s+by\s+(?:the\s+)?[A-Z]")
# "Follow Jo Lee on Twitter @jolee": the credit line that closes some articles.
_CREDIT_LINE = re.compile(r"Follow [A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*)* on (?:Twitter|Facebook|X)\b")
# "“…” ― Sonya Herridge": a name after a dash closes a quote's line.
DASH_ATTRIBUTION = re.compile(
    r"\s*[―—–-]{1,2}\s*(?P<name>[A-Z][\w.’'\-]*(?:[ \t]+[A-Z][\w.’'\-]*){0,4})"
    r"\s*[.,]?[ \t]*(?:\n|$)"
)


def direct_quotes(
    text: str, index: TokenIndex, quotes: list[Quote], sentences: list[tuple[int, int]]
) -> list[Found]:
    """The quotations of the paragraph that are claims, each with the attribution after,
    before or around it. A quote with none takes the paragraph's last attribution, or the
    next one ('“A.” “B,” she said.'); titles and phrases held up are no claims."""
    out: list[Found] = []
    last_attr: Attribution | None = None
    pending: list[Found] = []
    for k, q in enumerate(quotes):
        s_start, s_end = sentence_of(sentences, q.open)
        next_open = quotes[k + 1].open if k + 1 < len(quotes) else len(text)
        prev_end = quotes[k - 1].end if k > 0 else 0
        words = _quote_words(text, q)
        after_end = max(s_end, q.end)
        inner_end = text[q.inner_start : q.inner_end].rstrip().rstrip("’'")
        if q.end >= s_end - 1 and inner_end.endswith(("?", "!")):
            # '“Who pays?” Vitter asked.': a quote ending in ? or ! closes a sentence, but
            # its attribution follows in the next one (so it does after '… ‘Who pays?’”').
            after_end = next((e for s, e in sentences if s >= q.end), after_end)
        after = _attribution_after(index, q.end, min(after_end, next_open))
        if after and after.cue_span and after.cue_span[0] >= s_end:
            # The next sentence names the asker ('Vitter asked.'), unless it says something
            # of its own ('Later, Lee told the board the pier was safe.').
            rest = index.between(after.cue_span[1], min(after_end, next_open))
            if any(t.word in BE_FORMS or t.word in AUXILIARIES or t.word == "that" for t in rest):
                after = None
        before, mixed = _attribution_before(index, max(s_start, prev_end), q.open)
        if not after and not before and not text[s_start : q.open].strip():
            # The quote opens its sentence: the one before may be "Dana Ruiz agreed."
            previous = [ps for ps, pe in sentences if pe <= s_start]
            if previous and prev_end <= previous[-1]:  # not '“A,” Lee said. “B.”'
                before = _agreed_just_before(index, previous[-1], q.open)
        # 'Lee said the pier would close: “…,” Park predicted.': the quote after the colon
        # has a speaker of its own, and Lee's words end at the colon.
        handed_over = mixed and after is not None and text[: q.open].rstrip().endswith(":")
        if handed_over:
            before = None
        elif mixed:
            continue  # reported speech that quotes some words: found as a mixed claim
        inner = text[q.inner_start : q.inner_end].rstrip()
        if _names_the_addressee(text, before, q, inner):
            continue  # 'Lee told “Fox and Friends,” adding ...': a show, not a claim
        if _CREDIT_LINE.match(inner):
            continue  # '“Follow Jo Lee on Twitter @jolee.”': the writer's credit line
        if _is_title(inner) and _names_a_work(text[: q.open]):
            continue  # 'On Harbor TV’s “Good Morning Pier” Tuesday, he said': a show
        if not before and _BYLINE.match(text, q.end):
            continue  # '“Pier to close in May,” by the Harbor Post’s Jo Lee': a headline
        # Without an attribution, a short quote with no sentence in it is a title or a
        # phrase held up ("“Saturday Night Live”"), not something said.
        # A one-word utterance ('“Never.”', '“Mexico!”') is a claim when a cue names its
        # speaker.
        utterance = inner.endswith((".", "!", "?")) and inner[:1].isupper()
        line_start = text.rfind("\n", 0, q.open) + 1
        # 'The fee is “unfair,” Hale said.': even one quoted word closes a claim of its own.
        in_statement = bool(after and not before and not handed_over) and _has_words(
            index, max(s_start, prev_end, line_start), q.open
        )
        # '“Denver,” he answered.': a quote that is its sentence's whole content.
        whole = bool(after) and not text[max(s_start, line_start) : q.open].strip()
        # 'Lee summed it up: “We lost.”': a named subject and a colon introduce an utterance.
        introduced = (
            utterance
            and not (after or before)
            and text[: q.open].rstrip().endswith(":")
            and _subject_of_quote(index, s_start, q.open) is not None
        )
        is_claim = (
            (after or before)
            and (words >= 2 or utterance or in_statement or whole)
            or introduced
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
            end = end_before_stop(text, s_start, s_end)
            rest = [t for t in index.between(after.region[1], end) if t.text != "."]
            # ('..., but she has ...': another clause of the writer's)
            joined = len(rest) > 2 and rest[1].word in ("and", "but")
            new_clause = joined and rest[2].word in NOMINATIVE
            if only_adjuncts(rest, 0, len(rest)) or starts_appositive(rest) or new_clause:
                end = q.end  # 'The mayor will play the “race card,” Pike said.'
            f = Found(s_start, end, "mixed", after)
        else:
            f = Found(
                q.inner_start, q.inner_end, "direct", attribution, inherits=attribution is None
            )
            if after and q.end < s_end:
                f.end, f.kind = _statement_goes_on(text, index, q, after, s_start, s_end, quotes)
            elif before and not after and _sentence_goes_on(text, index, q, s_end):
                # 'Park said “it makes me cross” each time she sees the pier': the quote is
                # a piece of a longer reported statement.
                f.end, f.kind = end_before_stop(text, s_start, s_end), "mixed"
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
    return _join_split_quotes(text, sentences, out)


# What someone says, as a noun: "Park’s answer was simple: “No.”"
WORDS_NOUNS = {"answer", "response", "reply", "retort", "message", "verdict", "reaction"}
WORDS_NOUNS |= {"advice", "explanation", "words", "statement", "letter", "tweet", "post"}
WORDS_NOUNS |= {"comment", "comments", "remarks", "argument", "pitch", "warning", "view"}


def _plain_word(t: Token) -> bool:
    """A lower-case word that is no verb: part of a noun phrase."""
    return (
        t.is_word
        and not t.is_capitalized
        and t.word not in CUES
        and t.word not in AUXILIARIES
        and t.word not in BE_FORMS
        and t.word not in CLAUSE_BREAKS
    )


def _subject_of_quote(index: TokenIndex, s_start: int, q_open: int) -> Attribution | None:
    """'Clinton fired back: “…”', 'Sanders credited “…”', 'Park’s answer was: “…”': with no
    cue, the quote belongs to the name that opens its sentence rather than to the last
    speaker."""
    tokens = index.between(s_start, q_open)
    if len(tokens) >= 3 and tokens[0].is_possessive and tokens[0].is_capitalized:
        if tokens[1].word in WORDS_NOUNS:
            # "Park’s answer was simple: “No.”": the owner of the words speaks.
            owner = tokens[0]
            cut = 2 if owner.text.endswith(("’s", "'s")) else 1
            return Attribution((owner.start, owner.end - cut), tokens[1].word)
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
    k = skip_adjuncts_back(tokens, len(tokens) - 1, 0)  # "agreed, too." / "agreed Monday."
    cue = cue_at(tokens, k - 1) if k >= 2 else None
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
    long_words = [
        w for w in words.split() if len(w.strip("“”\"'‘’.,:;!?")) > 3 and w not in _TITLE_LINKS
    ]
    if len(long_words) < 2 and not words.isupper():
        # "Sea Dog": every word capitalised (not "NO WAY.", a shout)
        initials = [w.lstrip("“”\"'‘’(")[:1] for w in words.split()]
        return len(initials) >= 2 and all(c.isupper() for c in initials)
    if len(long_words) < 2 or len(words.split()) > 12:
        return False
    capitalised = sum(1 for w in long_words if w.lstrip("“”\"'‘’(")[:1].isupper())
    return capitalised >= 0.8 * len(long_words)


# Words a title writes in lower case: "Noon with Jo Marsh".
_TITLE_LINKS = {"with", "from", "into", "over", "upon", "onto", "than", "that", "this"}


def _names_a_work(before: str) -> bool:
    """What comes before a quoted title makes it the name of a show, a book or a paper:
    an owner ('Harbor TV’s') or a word for a work ('his podcast')."""
    before = before.rstrip()
    last_word = before.rsplit(None, 1)[-1].lower().rstrip(",") if before else ""
    return before.endswith(("’s", "'s")) or last_word in WORK_NOUNS


def _quote_words(text: str, q: Quote) -> int:
    return len(text[q.inner_start : q.inner_end].split())


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
    if previous.kind != "direct" or attribution is None or attribution.region[0] < previous.end:
        return False
    # Only the attribution's own words between: '“A,” Lee said in a statement. “B.”'
    between = text[attribution.region[1] : q.open].strip(" ,")
    return not between or (between.endswith(".") and len(between.split()) <= 6)


# A lead-in this short ('“Look, it’s simple,” she said. “…”') says nothing on its own.
LEAD_IN_WORDS = 5


def _join_split_quotes(
    text: str, sentences: list[tuple[int, int]], found: list[Found]
) -> list[Found]:
    """The two halves of a quotation broken by its attribution, when they are one claim.

    A bare attribution between them ('“A,” she said. “B.”': the speaker and the cue, as
    in DESIGN.md's example) leaves two claims, unless the first half is a short lead-in
    ('“It’s simple,” she said. “We need more boats.”'). When the writer puts more in the
    attribution's sentence (who the speaker is, where or when: '“A,” said Jo Park, a pilot
    for twenty years, on Monday. “B.”', or '“A?” asked Lee, …'), the halves are one
    statement interrupted, and one claim; a sentence of the writer's own between them ('He
    went on:') keeps them apart."""
    out: list[Found] = []
    for f in found:
        lead = out[-1] if out else None
        if (
            lead is not None
            and lead.kind == "direct"
            and lead.attribution is not None
            and f.attribution == lead.attribution  # (its own, or borrowed from the lead)
            and lead.attribution.region[0] >= lead.end
            and _in_one_sentence_with(text, sentences, lead.attribution, f)
        ):
            first_half = text[lead.start : lead.end].rstrip()
            bare = not text[lead.attribution.region[1] : f.start].strip(" ." + QUOTE_MARKS)
            lead_in = first_half.endswith(",") and len(first_half.split()) <= LEAD_IN_WORDS
            if (lead_in or not bare) and first_half.endswith((",", "?", "!")):
                lead.end = f.end
                continue
        out.append(f)
    return out


def _in_one_sentence_with(
    text: str, sentences: list[tuple[int, int]], attribution: Attribution, f: Found
) -> bool:
    """The second half opens the sentence right after the attribution's."""
    attribution_ends = sentence_of(sentences, attribution.region[1] - 1)[1]
    return not text[attribution_ends : f.start].strip(" " + QUOTE_MARKS)


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
    if attribution.cue in ADDRESSEE_CUES:
        # '“A,” he told the host, “B.”': past the one told, when the quote goes on.
        k = skip_addressee(rest, 0)
        while k < len(rest) and k < 4 and _plain_word(rest[k]):
            k += 1
        if k + 1 < len(rest) and rest[k].text == "," and rest[k + 1].text in '“"':
            rest = rest[k:]
    if len(rest) < 3 or rest[0].text != ",":
        return q.inner_end, "direct"
    nxt = rest[1]
    if nxt.word == "that" and rest[2].is_word and rest[2].word not in THAT_TIME_WORDS:
        # '“It was bad luck,” she said, that two boats hit the pier.': one statement.
        return end_before_stop(text, s_start, s_end), "mixed"
    if nxt.word in ("and", "but") and rest[2].text in '“"':
        # '“I like Jo,” she said, but “she is wrong.”': one statement, two quotes.
        second = _quote_opening_at(quotes, rest[2].start, s_end)
        return (second.inner_end, "mixed") if second else (q.inner_end, "direct")
    if nxt.word in ADJUNCT_STARTS or starts_appositive(rest):
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
        and nxt.word not in PREPOSITIONS
        and nxt.word not in CLAUSE_BREAKS
        and not nxt.word.endswith("ing")  # '…,” she said, drawing cheers.': an aside
    ):
        return end_before_stop(text, s_start, s_end), "mixed"
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
        and rest[0].word not in SUBORDINATORS
        and rest[0].word != "as"
    )


def _quote_opening_at(quotes: list[Quote], pos: int, s_end: int) -> Quote | None:
    """The quote whose mark opens at `pos`, if it closes within the sentence."""
    return next((p for p in quotes if p.open == pos and p.inner_end <= s_end), None)


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
    if idx + 2 < len(tokens) and words_of(tokens[idx : idx + 2]) == "according to":
        # '“…,” according to the report.': the source, up to the sentence's end
        k = idx + 2
        while k < len(tokens) and (tokens[k].is_word or tokens[k].text in "’'-"):
            k += 1
        if k > idx + 2 and (k == len(tokens) or tokens[k].text in ".!?,"):
            return Attribution((tokens[idx + 2].start, tokens[k - 1].end), "according to")
    # Up to the cue: a speaker, maybe with appositives ("Smith, the mayor of X, said").
    for i in range(idx, min(len(tokens), idx + 30)):
        t = tokens[i]
        if not t.is_word:
            if t.text in ",’'-()$" and i > idx and i + 1 < len(tokens):
                continue
            if t.text == "." and i + 1 < len(tokens) and tokens[i + 1].text in ",)":
                continue  # "McConnell, R-Ky., said" / "Hale (D-Wis.) said": a party tag's period
            break
        cue = cue_at(tokens, i)
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
    if name_end < j and is_time(name):
        # '“Morning Pier” Tuesday, he said': the time ends a title; the speaker is after it.
        start = name_end + 1
        name_end = next((k for k in range(start, j) if tokens[k].text in ",("), j)
        name = tokens[start:name_end]
    organisation = bool(name) and _name_of_organisation(name)
    if not name or (len(name) > MAX_SUBJECT_TOKENS and not organisation) or j - start > 30:
        return None
    if any(t.word in CLAUSE_BREAKS for t in name) and not organisation and not _two_names(name):
        return None
    first = name[0]
    if first.word in RELATIVES:
        return None  # '“able captain” who has won twice, the board writes': a relative clause
    if (
        not first.is_capitalized
        and name_end == j
        and noun_phrase_before(tokens, j, start) == (start, j)
    ):
        return (start, j)  # '“…,” federal prosecutors wrote': a bare plural, a body
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
            if is_adverb(verb) or (verb.endswith("ed") and verb not in TITLE_WORDS):
                return None  # "” Donald Trump repeatedly demeaned women, insiders say"
    if run < len(name) and name_end < j and tokens[name_end].text == ",":
        # '” Salem’s harbor chief, Jo Lee, said': the description, then the name
        named_end = next((k for k in range(name_end + 1, j) if tokens[k].text in ",("), j)
        if is_name(tokens[name_end + 1 : named_end]):
            return (start, named_end)
    return (start, name_end)


def _two_names(name: list[Token]) -> bool:
    """'Lee and Ruiz', 'Ana Lee and Jo Ruiz': two people speaking together."""
    words = [t.word for t in name]
    return (
        words.count("and") == 1
        and 0 < words.index("and") < len(name) - 1
        and all(t.is_capitalized for t in name if t.word != "and")
    )


def _described_name(name: list[Token]) -> bool:
    """'panel Chairman Jason Pike', 'freshman Sen. Ann Hale', 'former harbor agent Tom
    Gill': up to three lower-case words of description before a titled or capitalised
    name."""
    k = 0
    while k < min(3, len(name) - 1) and _describes(name[k]) and not name[k].is_capitalized:
        k += 1
    rest = name[k:]
    return 0 < k < len(name) and all(_in_a_name(t) for t in rest) and rest[-1].is_capitalized


def _describes(t: Token) -> bool:
    """A word that can describe a person before the name ('retired', 'harbor'): no cue,
    link or adverb."""
    w = t.word
    return (
        t.is_word
        and w not in NOT_NAMES
        and w not in CUES
        and w not in BETWEEN_SPEAKER_AND_CUE
        and w not in PREPOSITIONS
        and w not in CLAUSE_BREAKS
        and not is_adverb(w)
    )


def _in_a_name(t: Token) -> bool:
    """A word of a titled name or an organisation's: 'Gov.', 'Maine', 'of', 'for'."""
    return t.is_capitalized or t.word in TITLE_WORDS or t.word in ("of", "for") or not t.is_word


def _name_of_organisation(name: list[Token]) -> bool:
    """'Jo Lewis of the Ada Marsh Institute for Harbor Studies': a name, then "of" and an
    organisation's name, however long."""
    of = next((k for k, t in enumerate(name) if t.word == "of"), None)
    return (
        of is not None
        and 2 <= of <= 4
        and all(t.is_capitalized for t in name[:of])
        and all(_in_a_name(t) or t.word in ("the", "and") for t in name[of + 1 :])
        and name[-1].is_capitalized
    )


def _dashed_label(tokens: list[Token]) -> tuple[int, int] | None:
    """'... - Jo Lee:' or '... - Jo Lee and Tom Reyes:' just before a quote: the names
    between a dash and the colon."""
    if len(tokens) < 4 or tokens[-1].text != ":":
        return None
    k = len(tokens) - 1
    while (
        k > 0
        and len(tokens) - 1 - k < 7
        and (tokens[k - 1].is_capitalized or tokens[k - 1].word == "and")
    ):
        k -= 1
    if k == len(tokens) - 1 or k < 2 or tokens[k - 1].text not in DASHES:
        return None
    return (k, len(tokens) - 1) if tokens[k].is_capitalized else None


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
            if k > j and (k == len(tokens) or only_adjuncts(tokens, k, len(tokens))):
                return Attribution((tokens[j].start, tokens[k - 1].end), "according to"), False
    label = _dashed_label(tokens)
    if label:
        a, b = label  # "HARBOR STATES GROW - Jo Lee: “…”": a digest's item and its writer
        return Attribution((tokens[a].start, tokens[b - 1].end), ":"), False
    for i in range(len(tokens) - 1, -1, -1):
        cue = cue_at(tokens, i)
        if not cue:
            continue
        words, last = cue
        # 'Pike attacked the plan, saying, “…”': the sentence's subject speaks.
        participle = participle_subject(tokens, i) if is_participle(tokens, i, words) else None
        # ('Sailors marching through the streets chanted “…”': a subject with a modifier)
        subj = participle or subject_before(tokens, i) or modified_subject(tokens, i, words)
        inverted = None
        if not subj:
            inverted = subject_after(tokens, last)
            if not inverted or i != 0:
                continue  # a cue word used otherwise ("his tweets"): look further left
        tail_from = inverted[1] if inverted else last + 1
        # Skip an addressee: "told reporters: “...”".
        if words in ADDRESSEE_CUES:
            tail_from = skip_addressee(tokens, tail_from)
            rest = tokens[tail_from:-1]
            if tokens[-1].text == "," and len(rest) <= 3 and all(_plain_word(t) for t in rest):
                tail_from = len(tokens)  # "told the harbor board, “…”": the rest is addressee
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
        # 'Park recalled the moment: “…”': a colon hands over to the speaker's own words.
        colon = tokens[-1].text == ":" and len(tokens) - tail_from <= 4
        if (
            tail_from < len(tokens)
            and tokens[tail_from].word in ("was", "is", "were", "are")
            and a > 0
            and tokens[a - 1].word in ("which", "that")
        ):
            return attribution, True  # 'which the audit said was “sloppy”': reported speech
        if not inside_phrase and (
            aside
            or colon
            or only_adjuncts(tokens, tail_from, len(tokens))
            or (
                tail_from < len(tokens)
                and tokens[tail_from].word == "that"
                and tail_from + 1 == len(tokens)
            )
        ):
            return attribution, False
        return attribution, True
    return None, False
