"""Attributed claims of one paragraph: runs the rules for direct quotes (`direct`) and
for reported speech (`reported`), then settles which claim owns which words.

Works on the paragraph with quoted words masked, so that a cue word inside a quotation
("he said we'd win") is never taken for the attribution of the quote around it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from operator import attrgetter

from claims.extract.direct import direct_quotes
from claims.extract.grammar import (
    ARTICLES,
    AUXILIARIES,
    BE_FORMS,
    CLAUSE_BREAKS,
    CLAUSE_LINKS,
    NOMINATIVE,
    OBJECT_PRONOUNS,
    PREPOSITIONS,
    end_before_stop,
)
from claims.extract.lexicon import (
    CUES,
    DETERMINERS,
    NOT_NAMES,
    OPENING_CUES,
    is_us_state,
)
from claims.extract.model import Attribution, Found
from claims.extract.reported import closing_attribution, may_report, reported_speech
from claims.extract.sentence_subjects import sentence_subject
from claims.extract.text import Quote, SpanSet, sentence_of
from claims.extract.tokens import Token, TokenIndex

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


def transcript_turn(text: str) -> Found | None:
    """A paragraph that is one speaker's turn in a transcript."""
    if ":" not in text:
        return None  # most paragraphs: a substring test is far cheaper than the pattern
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
    cued = [(s, e) for s, e in sentences if may_report(lowered[s:e])]
    if not cued and not quotes:
        return []  # nothing anyone said here: skip the costly part
    found: list[Found] = []
    index = TokenIndex(masked, sentences)
    direct = direct_quotes(text, index, quotes, sentences)
    # '“Executives must face jail” for fraud, she said.': a closing attribution claims
    # the whole sentence from quotes that found no speaker of their own.
    for s, e in cued:
        inside = [f for f in direct if s <= f.start < e]
        if not inside or not all(f.borrowed or f.inherits for f in inside):
            continue
        closing = closing_attribution(text, index.between(s, e), s, end_before_stop(text, s, e), [])
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
        for f in reported_speech(text, index, local_quotes, s, e, near):
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
            _end_at_handover(text, f, [t for t in near if t not in gone])
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


def _end_at_handover(text: str, f: Found, taken: list[tuple[int, int]]) -> None:
    """'Lee said the pier would close: “…,” Park said.': reported words that run into a
    quote of someone else's end at the colon that hands over to it."""
    first = min((a for a, b in taken if a < f.end and f.start < b), default=None)
    if first is None or first <= f.start:
        return
    colon = text.rfind(":", f.start, first)
    if colon > f.start and not text[colon + 1 : first].strip(" “\"'‘"):
        f.end = colon
        if f.kind == "mixed":
            f.kind = "indirect"  # (mixed again below if it still holds a quote)


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
