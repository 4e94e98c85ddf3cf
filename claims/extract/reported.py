"""Reported speech in one sentence: "X said (that) ...", "according to X, ...",
"..., X said.", questions, and claims named by a noun ("her claim that ..."). This module
finds the cues and their speakers; where the reported words begin and end is read by
`reported_after` (words after the cue) and `reported_before` (words before it)."""

from __future__ import annotations

import re

from claims.extract.grammar import (
    BE_FORMS,
    NOMINATIVE,
    NP_LINKS,
    OPENING_FILLERS,
    PHRASE_PARTNERS,
    PREPOSITIONS,
    RELATIVE_OPENERS,
    SENTENCE_OPENERS,
    SUBORDINATORS,
    TRIGGERS,
    cue_at,
    end_before_stop,
    words_of,
)
from claims.extract.inverted_subjects import subject_after
from claims.extract.lexicon import (
    ADDRESSEE_CUES,
    ASK_CUES,
    CUES,
    PERSON_NOUNS,
    PRONOUNS,
    QUOTE_ONLY_CUES,
)
from claims.extract.model import Attribution, Found
from claims.extract.modified_subjects import modified_subject, modified_subject_after_comma
from claims.extract.reported_after import (
    before_next_speaker,
    before_writers_clause,
    content_after,
    first_comma,
    skip_adjuncts_forward,
)
from claims.extract.reported_before import comma_after_adjuncts, content_before
from claims.extract.sentence_subjects import sentence_subject, subject_start
from claims.extract.speakers import appositive_title
from claims.extract.subjects import (
    is_participle,
    noun_phrase_before,
    participle_subject,
    skip_addressee,
    skip_adjuncts_back,
    subject_before,
    with_subject,
)
from claims.extract.text import Quote
from claims.extract.tokens import Token, TokenIndex

_WORD = re.compile(r"[a-z]+")


def reported_speech(
    text: str, index: TokenIndex, quotes: list[Quote], s: int, e: int, taken: list[tuple[int, int]]
) -> list[Found]:
    """Reported speech in the sentence text[s:e], leaving out cues already used."""
    tokens = index.between(s, e)
    out: list[Found] = []
    content_end = end_before_stop(text, s, e)
    # An attribution that closes the sentence ("..., the source added.") owns all of it,
    # even when the words before report someone else's speech in turn.
    closing = closing_attribution(text, tokens, s, content_end, taken)
    if closing:
        return [closing]
    skip_to = 0  # past the words of a source already read ("as reported by")
    # Only these words can open reported speech: the rest of the sentence is not visited.
    for i in [k for k, t in enumerate(tokens) if t.word in _REPORT_OPENERS]:
        t = tokens[i]
        link = tokens[i + 1].word if i + 1 < len(tokens) else ""
        if (t.word in CLAIM_NOUNS and link == "that") or (t.word in CALL_NOUNS and link == "for"):
            f = _nominal_claim(text, tokens, i, content_end, quotes)
            if f:
                out.append(f)
                continue
        if t.word == "according" and i + 1 < len(tokens) and tokens[i + 1].word == "to":
            f = _according_to(text, tokens, i, s, content_end)
            if f:
                out.append(f)
            continue
        if t.word == "as" and words_of(tokens[i + 1 : i + 3]) == "reported by":
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
        cue = cue_at(tokens, i)
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
        if _says_nothing(tokens, last):
            continue
        subj = with_subject(tokens, i) if words.endswith("ing") else None
        if not subj and is_participle(tokens, i, words):
            # "Smith attacked the plan, saying it would fail.": the sentence's subject,
            # whatever stands just before the comma; '“…,” he said, adding that …': the
            # speaker of the cue before.
            subj = participle_subject(tokens, i)
        subj = subj or _quoted_as(tokens, i)
        at = _phase_verb_before(tokens, i)  # "went on to say": the subject of "went"
        subj = subj or _caused_to_speak(tokens, i)
        subj = subj or subject_before(tokens, at) or modified_subject(tokens, at, words)
        if subj and _inside_restrictive_who(tokens, subj, last):
            continue  # "People who know Lee say ...": the cue that matters is "say"
        if subj and _reduced_relative(tokens, subj, last):
            continue  # "…, a figure critics dispute.": the writer's, about the figure
        if _issues_document(tokens, last) or _quotes_someone_as(tokens, words, last):
            continue  # "posted a tweet saying X", "quoted Lee as saying X": found at "saying"
        conj = skip_adjuncts_back(tokens, at, 0) - 1
        if not subj and conj >= 0 and tokens[conj].word in ("and", "but"):
            # "Merrill says X and said Y": the speaker of the first cue says both.
            previous = out[-1] if out else None
            f = content_after(text, tokens, i, last, words, (0, 0), content_end, quotes)
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
            # "When Hale thanked Salem and said X, ...": the subordinate clause's subject,
            # and X ends with the clause.
            clause_subject = None if previous else _subordinate_subject(tokens, conj)
            if f and clause_subject:
                a, b = clause_subject
                f.attribution = Attribution((tokens[a].start, tokens[b - 1].end), words)
                f.end = first_comma(text, tokens, last + 1, f.end)
                out.append(f)
                continue
            # "Hale voiced concerns but has said she backs it": the sentence's subject.
            opener = None if previous else sentence_subject(tokens[:conj])
            if f and opener:
                a, b = opener
                f.attribution = Attribution((tokens[a].start, tokens[b - 1].end), words)
                out.append(f)
                continue
        if subj and _parenthetical(tokens, subj, last, words):
            # "The new schools, he said, have struggled.": the claim is the whole sentence.
            f = content_before(text, tokens, i, last, words, subj, s, content_end)
            if f:
                out.append(f)
                continue
        if subj:
            f = content_after(text, tokens, i, last, words, subj, content_end, quotes)
            if f:
                f.end = _end_of_participle_aside(tokens, i, last, f.end)
                out.append(f)
                continue
        # Trailing attribution: "The plan will fail, Smith said." / "..., said Smith."
        f = content_before(text, tokens, i, last, words, subj, s, content_end)
        # ("…, two people briefed on the plan said.": a modified subject after the comma)
        trailing = None if subj or f else modified_subject_after_comma(tokens, at, words)
        if trailing:
            f = content_before(text, tokens, i, last, words, trailing, s, content_end)
        if f:
            out.append(f)
            continue
        # (a quote nearby has its own speaker: leave its sentence to the rules above)
        opening = None if quotes else _whole_opening_subject(tokens, at, words)
        if opening:
            f = content_after(text, tokens, i, last, words, opening, content_end, quotes)
            if f:
                out.append(f)
    return out


# Words that show a verb inside the words before a cue: those are no plain subject.
_VERB_SIGNS = {"will", "would", "could", "can", "must", "may", "might", "should", "to"} | BE_FORMS
PLAIN_SAY_CUES = {"said", "say", "says", "told", "tell", "tells"}
_NOT_A_SUBJECT_OPENER = {"it", "there", "what", "this", "you", "i", "we", "they", "he", "she"}


def _whole_opening_subject(tokens: list[Token], at: int, words: str) -> tuple[int, int] | None:
    """The sentence's opening words up to a plain "said", "say" or "told", when the walk
    back from the cue could not read them as a subject but they hold no verb of their own:
    "Dockhands, clerks and pilots say", "skeptics such as Ms. Ruiz say", "nine in 10 ferry
    riders said"."""
    if words not in PLAIN_SAY_CUES:
        return None
    o = subject_start(tokens[:at])
    j = skip_adjuncts_back(tokens, at, o)
    span = tokens[o:j]
    if not 2 <= len(span) <= 14 or span[0].word in _NOT_A_SUBJECT_OPENER:
        return None
    if span[-1].word in ("and", "but", "or", "that") or any(t.word == "which" for t in span):
        return None  # "The deal helps the bank, which manages the debt and says ...": a clause
    if span[-1].text == "," or any(not t.is_word and t.text not in ",-—’'" for t in span):
        return None  # "The trouble with it, experts say, is ...": an aside, not a subject
    if any(t.word in _VERB_SIGNS for t in span):
        return None
    # (a cue may stand in a clause after the noun: "the sailors I asked said")
    if any(t.word in CUES and span[k - 1].word not in NOMINATIVE for k, t in enumerate(span)):
        return None
    # "has", "have" and "had" only inside a relative clause ("aides who have seen him")
    relative = next((k for k, t in enumerate(span) if t.word in ("who", "that")), len(span))
    if any(t.word in ("has", "have", "had") for t in span[:relative]):
        return None
    return (o, j)


def _subordinate_subject(tokens: list[Token], conj: int) -> tuple[int, int] | None:
    """'when Hale thanked Salem and said': the name or pronoun right after the subordinator
    that opens the clause holding the conjunction at `conj`, before its own verb."""
    for k in range(conj - 1, max(-1, conj - 12), -1):
        t = tokens[k]
        if not t.is_word:
            return None
        if t.word not in SUBORDINATORS:
            continue
        m = k + 1
        if m < conj and tokens[m].word in NOMINATIVE:
            m += 1
        else:
            while m < conj and m - k <= 3 and tokens[m].is_capitalized:
                m += 1
        verb = tokens[m] if m < conj else None
        if m == k + 1 or verb is None or verb.is_capitalized or not verb.word.endswith(("ed", "s")):
            return None
        return (k + 1, m)
    return None


# Verbs that carry a cue on ("went on to say", "continued to insist"): the speech is
# said, not merely meant, unlike "wanted to say".
PHASE_VERBS = {"continued", "continues", "continue", "continuing", "began", "begins", "proceeded"}
PHASE_VERBS |= {"started", "starts", "went", "goes", "go"}
PHASE_VERBS |= {"appeared", "appears", "seemed", "seems"}  # "appeared to suggest that ..."
# ("she is expected to argue that ...": speech to come, which PolNeAR marks as well)
PHASE_VERBS |= {"expected", "poised"}
# "was quick to point out that ...", "is at pains to stress that ...": the speaker says it,
# and the subject of "was" is who speaks.
READY_ADJECTIVES = {"quick", "quicker", "eager", "careful", "keen", "swift", "pains"}


def _passive(tokens: list[Token], i: int, last: int) -> bool:
    """'he was told that', 'she was officially declared'; but "he's said he ..." is "he
    has said" (unless "he's said to be ...")."""
    before = tokens[max(0, skip_adjuncts_back(tokens, i, 0) - 1) : i]
    to_follows = last + 1 < len(tokens) and tokens[last + 1].word == "to"
    return any(t.word in BE_FORMS and (t.word not in ("’s", "'s") or to_follows) for t in before)


def _says_nothing(tokens: list[Token], last: int) -> bool:
    """'has said little about the vote', 'said nothing, though': no statement (but 'said
    nothing had changed' is one: a verb follows)."""
    k = last + 1
    if k >= len(tokens) or tokens[k].word not in ("little", "nothing"):
        return False
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    return (
        after is None
        or not after.is_word
        or after.word in PREPOSITIONS
        or after.word in ("publicly", "else", "more")
    )


def _phase_verb_before(tokens: list[Token], i: int) -> int:
    """Index of the verb carrying the cue at i on, or i itself."""
    if i < 2 or tokens[i - 1].word != "to":
        return i
    took = _took_to(tokens, i - 1)
    if took is not None:
        return took
    k = i - 2
    if tokens[k].word in READY_ADJECTIVES:
        if tokens[k].word == "pains":
            return k - 1 if k >= 1 and tokens[k - 1].word == "at" else i
        return k
    if tokens[k].word == "on" and k >= 1:
        k -= 1  # "went on to say"
    if tokens[k].word not in PHASE_VERBS:
        return i
    if tokens[k].word in ("went", "goes", "go") and tokens[k + 1].word != "on":
        return i  # "went to say goodbye" is no statement
    return k


CAUSE_VERBS = {"led", "leads", "lead", "leading", "prompted", "prompts", "prompting"}
CAUSE_VERBS |= {"pushed", "forced", "spurred", "inspired", "caused", "drove", "moved"}


def _caused_to_speak(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """'The loss led harbor Chairman Tom Reyes to declare ...': the one led speaks."""
    if i < 3 or tokens[i - 1].word != "to":
        return None
    for k in range(i - 3, max(-1, i - 9), -1):
        if not tokens[k + 1].is_word:
            return None
        if tokens[k].word in CAUSE_VERBS:
            speaker = noun_phrase_before(tokens, i - 1, k + 1)
            return speaker if speaker and speaker[0] == k + 1 else None
    return None


TAKE_VERBS = {"took", "takes", "take", "taking"}


def _took_to(tokens: list[Token], to: int) -> int | None:
    """'took to Twitter on Monday to say': the index of "took", whose subject speaks."""
    for k in range(to - 2, max(-1, to - 7), -1):
        if not tokens[k + 1].is_word:
            return None
        if tokens[k].word in TAKE_VERBS and tokens[k + 1].word == "to":
            return k
    return None


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


# Nouns that carry a claim of their owner's: "Trump's claim that ...", "her remark that".
CLAIM_NOUNS = {
    "claim", "claims", "assertion", "argument", "suggestion", "statement", "promise",
    "pledge", "warning", "insistence", "contention", "allegation", "allegations",
    "accusation", "remark", "comment", "comments", "prediction", "vow", "boast",
    "admission", "declaration", "account", "emphasis",
}  # fmt: skip
# ... and a call its owner made: "Park's call for an audit", "their calls for a vote".
CALL_NOUNS = {"call", "calls"}
POSSESSIVE_PRONOUNS = {"his", "her", "their", "its"}
_CLAIM_THAT = re.compile(r"\b(?:" + "|".join(sorted(CLAIM_NOUNS)) + r")\s+that\b")


_REPORT_OPENERS = TRIGGERS | CLAIM_NOUNS | {"according", "as"}


def may_report(lowered: str) -> bool:
    """A cue word, or a claim noun before 'that': only such text can hold reported speech."""
    words = _WORD.findall(lowered)
    if not TRIGGERS.isdisjoint(words):
        present = set(words)
        for trigger in TRIGGERS.intersection(present):
            partners = PHRASE_PARTNERS.get(trigger)
            if partners is None or not partners.isdisjoint(present):
                return True
    return "that" in lowered and bool(_CLAIM_THAT.search(lowered))  # find "that" cheaply first


def _nominal_claim(
    text: str, tokens: list[Token], i: int, content_end: int, quotes: list[Quote]
) -> Found | None:
    """'Mr. Trump's claim that X', 'her remark that X', 'Park's call for X' (one adjective
    may come between): X is the owner's claim."""
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
            if tokens[a - 1].word in SENTENCE_OPENERS:
                break  # "Despite Lee's claim": the preposition is no part of the name
            a -= 1  # "Donald Trump's": the whole name
        cut = 2 if owner.text.endswith(("’s", "'s")) else 1
        mention = (tokens[a].start, owner.end - cut)
    else:
        return None
    j = i + 2
    if j >= len(tokens):
        return None
    end = before_next_speaker(tokens, j, content_end)
    end = before_writers_clause(text, tokens, j, end, quotes)
    if tokens[0].word in SENTENCE_OPENERS:
        # "Contrary to his claim that X, the files …": X ends with the opening phrase
        end = first_comma(text, tokens, j, end)
    start = tokens[j].start
    if len(text[start:end].split()) < 3:
        return None
    kind = "mixed" if any(start <= q.open and q.inner_end <= end for q in quotes) else "indirect"
    return Found(start, end, kind, Attribution(mention, tokens[i].word))


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
            after = skip_adjuncts_forward(tokens, k + 1)
            return tokens[k].start if after < len(tokens) and cue_at(tokens, after) else end
    return end


def _issues_document(tokens: list[Token], last: int) -> bool:
    """'posted a series of tweets on Friday claiming ...': after the cue, a document and
    a participle cue that says what it said."""
    for m in range(last + 1, min(len(tokens), last + 10)):
        t = tokens[m]
        if not t.is_word:
            return False
        if t.word.endswith("ing") and t.word in CUES:
            return is_participle(tokens, m, t.word) and tokens[m - 1].text != ","
    return False


def _parenthetical(tokens: list[Token], subj: tuple[int, int], last: int, words: str) -> bool:
    """', he said,' set off by commas inside a sentence, maybe with whom he told and
    when or where (', Park told the Harbor Wire on Tuesday,', ', she said in an interview,')."""
    if subj[0] == 0 or tokens[subj[0] - 1].text != ",":
        return False
    k = skip_addressee(tokens, last + 1) if words in ADDRESSEE_CUES else last + 1
    return comma_after_adjuncts(tokens, k) is not None


def closing_attribution(
    text: str, tokens: list[Token], s: int, content_end: int, taken: list[tuple[int, int]]
) -> Found | None:
    """'CONTENT, Smith said.' where the cue is among the sentence's last words."""
    for i in range(len(tokens) - 1, max(-1, len(tokens) - 14), -1):
        if tokens[i].word not in TRIGGERS:
            continue
        cue = cue_at(tokens, i)
        if not cue or any(a <= tokens[i].start < b for a, b in taken):
            continue
        words, last = cue
        if not words.endswith("ing") and _passive(tokens, i, last):
            return None  # "..., sailors have been blamed": nobody here said anything
        subj = subject_before(tokens, i)
        if subj and _reduced_relative(tokens, subj, last):
            return None  # "…, a figure critics dispute.": the writer's, about the figure
        f = content_before(text, tokens, i, last, words, subj, s, content_end)
        if f and f.end < content_end:  # not the "A, Smith said, B" kind
            return f
        return None
    return None


def _reduced_relative(tokens: list[Token], subj: tuple[int, int], last: int) -> bool:
    """'…, a characterization Lee rejects.', '…, a figure harbor critics dispute.': an article
    and a noun, then the subject of a relative clause with no "that" closing the sentence
    (not '…, a terse Lee agreed that …')."""
    a, b = subj
    if b - a < 3 or tokens[a].word not in ("a", "an") or tokens[a - 1].text != ",":
        return False
    if last + 1 < len(tokens) and tokens[last + 1].is_word:
        return False
    noun, subject_end = tokens[a + 1], tokens[b - 1]
    return (
        noun.is_word
        and not noun.is_capitalized
        and noun.word not in PERSON_NOUNS
        and noun.word not in _COUNTS  # "a few sailors said"
        and subject_end.is_word
        and (subject_end.is_capitalized or subject_end.word.endswith("s"))
        and not any(t.word in NP_LINKS for t in tokens[a + 2 : b])  # "a spokesman for Lee"
    )


_COUNTS = {"few", "dozen", "couple", "handful", "number", "lot", "hundred", "thousand"}


def _trim(text: str, start: int, end: int) -> int:
    """End offset with trailing spaces, a comma or a dash removed."""
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",—–"):
        end -= 1
    return end


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
    # "Lee, asked about the storm, said ...": a question put to the speaker in an aside.
    comma_at = next((k for k in range(j, len(tokens)) if tokens[k].text == ","), len(tokens))
    aside = (
        tokens[i].word == "asked"
        and i > 1
        and tokens[i - 1].text == ","
        and comma_at + 1 < len(tokens)
        and cue_at(tokens, comma_at + 1) is not None
    )
    opening = opening or aside
    if opening:  # "When asked whether X, Smith said Y": the question ends at the comma
        if comma_at < len(tokens):
            end = _trim(text, start, tokens[comma_at].start)
    else:  # "wondered whether X, engaging in ...": the aside is the writer's
        end = before_writers_clause(text, tokens, j, end, quotes)
    if len(text[start:end].split()) < 2:
        return None
    # "was asked whether" is passive; "are wondering whether" is not.
    participle = tokens[i].word.endswith("ing")
    after_be = i > 0 and tokens[i - 1].word in BE_FORMS
    passive = (after_be and not participle) or (i > 0 and opening)
    subj = None if passive else subject_before(tokens, i - 1 if after_be else i)
    if subj is None and not passive and participle and i > 0:
        subj = participle_subject(tokens, i)  # "Jo Lee opened the session, asking why"
    if last + 1 < len(tokens) and tokens[last + 1].word == "by":
        # "Asked by Ingraham whether ...": the agent asks.
        subj = subject_after(tokens, last + 1)
    if subj is None:
        return Found(start, end, "indirect", None, unnamed=True)
    a, b = subj
    if a > 0 and tokens[a - 1].word in SUBORDINATORS and comma_at < len(tokens):
        # "After the host asked Lee who would win, Park replied ...": the question ends
        # with its clause.
        end = min(end, _trim(text, start, tokens[comma_at].start))
    return Found(
        start, end, "indirect", Attribution((tokens[a].start, tokens[b - 1].end), tokens[i].word)
    )


def _opens_a_clause(tokens: list[Token], i: int) -> bool:
    """Token i opens the sentence, maybe after "But" or "And", or opens a clause after a
    colon ('The math is simple: according to the census, ...'; a dash may close an aside)."""
    if i > 0 and tokens[i - 1].text in (":", ";"):
        return True
    return all(not t.is_word or t.word in OPENING_FILLERS for t in tokens[:i])


def _names_the_source(text: str, tokens: list[Token], comma: int, content_end: int) -> str:
    """'…, according to Ana Ruiz, the harbor chief.', '…, according to the chief, Ana Ruiz.':
    whether the words after the source's comma, up to the sentence's end, are the source's
    "title" or "name" ("" when they are neither)."""
    rest = [t for t in tokens[comma + 1 :] if t.start < content_end]
    if not rest or rest[-1].end < content_end or any(t.text == "," for t in rest):
        return ""
    if len(rest) <= 4 and all(t.is_word and t.is_capitalized for t in rest):
        return "name"
    return "title" if appositive_title(text[tokens[comma].start : content_end] + ".") else ""


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
    # (", which was leaked": a clause about the source, not what it says)
    about_source = k + 1 < len(tokens) and tokens[k + 1].word in RELATIVE_OPENERS
    if _opens_a_clause(tokens, i):
        if about_source:
            # "According to the report, which was leaked, the audit is late."
            k = next((m for m in range(k + 1, len(tokens)) if tokens[m].text == ","), len(tokens))
        if k < len(tokens) and tokens[k].text == ",":
            start = tokens[k + 1].start if k + 1 < len(tokens) else content_end
            if len(text[start:content_end].split()) >= 3:
                return Found(start, content_end, "indirect", attribution)
        return None
    if tokens[i - 1].text == ",":
        end = tokens[i - 1].start
        named = "" if k + 1 >= len(tokens) else _names_the_source(text, tokens, k, content_end)
        if named == "name":
            # the name goes with the description before it: "the chief, Ana Ruiz"
            attribution = Attribution((mention[0], content_end), cue)
        if (
            k + 1 < len(tokens)
            and tokens[k].text == ","
            and not about_source
            and len(text[tokens[k].end : content_end].split()) >= 2
            and not named
        ):
            # "A, according to X, B": the source is set off inside the claim.
            return Found(s, content_end, "indirect", attribution)
        if len(text[s:end].split()) >= 3:
            return Found(s, end, "indirect", attribution)
        return None
    source = tokens[j:k]
    if k >= len(tokens) - 1 and (len(source) >= 2 or source[0].is_capitalized):
        # "Park leads by 312 votes according to a tally by the Harbor Wire."
        end = _trim(text, s, tokens[i].start)
        if len(text[s:end].split()) >= 3:
            return Found(s, end, "indirect", attribution)
    return None
