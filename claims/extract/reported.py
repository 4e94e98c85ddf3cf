"""Reported speech in one sentence: "X said (that) ...", "according to X, ...",
"..., X said.", questions, and claims named by a noun ("her claim that ...")."""

from __future__ import annotations

import re

from claims.extract.grammar import (
    ARTICLES,
    ASIDE_ADVERBS,
    AUXILIARIES,
    BE_FORMS,
    CLAUSE_BREAKS,
    CLAUSE_LINKS,
    FRACTIONS,
    NOMINATIVE,
    NP_LINKS,
    OBJECT_PRONOUNS,
    PHRASE_PARTNERS,
    PREPOSITIONS,
    RELATIVE_OPENERS,
    SENTENCE_ADVERBS,
    SUBORDINATORS,
    TRIGGERS,
    cue_at,
    end_before_stop,
    is_number,
    is_time,
    only_adjuncts,
    words_of,
)
from claims.extract.lexicon import (
    ABOUT_CUES,
    ADDRESSEE_CUES,
    BELIEF_CUES,
    BETWEEN_SPEAKER_AND_CUE,
    CUES,
    DETERMINERS,
    GROUP_PRONOUNS,
    OBJECT_CUES,
    PROMISE_CUES,
    PRONOUNS,
    QUOTE_ONLY_CUES,
    THAT_CUES,
    WEEKDAYS,
)
from claims.extract.model import Attribution, Found
from claims.extract.modified_subjects import modified_subject
from claims.extract.subjects import (
    DASHES,
    after_dateline,
    is_participle,
    noun_phrase_before,
    participle_subject,
    sentence_subject,
    skip_addressee,
    skip_adjuncts_back,
    starts_appositive,
    subject_after,
    subject_before,
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
        subj = None
        if is_participle(tokens, i, words):
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
        if _issues_document(tokens, last) or _quotes_someone_as(tokens, words, last):
            continue  # "posted a tweet saying X", "quoted Lee as saying X": found at "saying"
        conj = skip_adjuncts_back(tokens, at, 0) - 1
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
            # "When Hale thanked Salem and said X, ...": the subordinate clause's subject,
            # and X ends with the clause.
            clause_subject = None if previous else _subordinate_subject(tokens, conj)
            if f and clause_subject:
                a, b = clause_subject
                f.attribution = Attribution((tokens[a].start, tokens[b - 1].end), words)
                f.end = _first_comma(text, tokens, last + 1, f.end)
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


def _passive(tokens: list[Token], i: int, last: int) -> bool:
    """'he was told that', 'she was officially declared'; but "he's said he ..." is "he
    has said" (unless "he's said to be ...")."""
    before = tokens[max(0, skip_adjuncts_back(tokens, i, 0) - 1) : i]
    to_follows = last + 1 < len(tokens) and tokens[last + 1].word == "to"
    return any(t.word in BE_FORMS and (t.word not in ("’s", "'s") or to_follows) for t in before)


def _phase_verb_before(tokens: list[Token], i: int) -> int:
    """Index of the verb carrying the cue at i on, or i itself."""
    if i < 2 or tokens[i - 1].word != "to":
        return i
    took = _took_to(tokens, i - 1)
    if took is not None:
        return took
    k = i - 2
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
            return tokens[k].start if after < len(tokens) and cue_at(tokens, after) else end
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
            return is_participle(tokens, m, t.word) and tokens[m - 1].text != ","
    return False


def _parenthetical(tokens: list[Token], subj: tuple[int, int], last: int, words: str) -> bool:
    """', he said,' set off by commas inside a sentence, maybe with whom he told and
    when or where (', Park told the Harbor Wire on Tuesday,', ', she said in an interview,')."""
    if subj[0] == 0 or tokens[subj[0] - 1].text != ",":
        return False
    k = skip_addressee(tokens, last + 1) if words in ADDRESSEE_CUES else last + 1
    return _comma_after_adjuncts(tokens, k) is not None


def _comma_after_adjuncts(tokens: list[Token], k: int) -> int | None:
    """The comma at k, or closing a few words of time and place from k ('Tuesday,', 'in an
    interview,'), if one does."""
    for m in range(k, min(len(tokens), k + 9)):
        if tokens[m].text == ",":
            return m if only_adjuncts(tokens, k, m) else None
        if not tokens[m].is_word:
            return None
    return None


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
        end = _before_writers_clause(text, tokens, j, end, quotes)
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
        # "the video showed the car": no reported claim; but "a new poll shows Lee ahead"
        # (evidence reports what it finds without "that").
        source = tokens[subj[0] : subj[1]]  # "a poll of South Port released on Tuesday"
        if not (words in SHOW_CUES and any(t.word in EVIDENCE_NOUNS for t in source)):
            return None
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
    if first.word in AUXILIARIES or first.word in BE_FORMS:
        # "which she said was a mistake, was a factor": the relative clause ends at a comma,
        # and the claim opens at its pronoun ("which she said was a mistake").
        end = _first_comma(text, tokens, j, end)
        before_subject = (k for k in (subj[0] - 1, subj[0] - 2) if k >= 0)
        relative = next((k for k in before_subject if tokens[k].word in RELATIVE_OPENERS), None)
        if relative is not None:
            start = tokens[relative].start
    # "...; they learned of it later": a semicolon starts another clause, not the speaker's
    # (but "had repaired the deck; painted the rails; and ..." lists acts of one subject).
    semicolon = text.find(";", start, end)
    while semicolon != -1 and _list_goes_on(text, semicolon, end):
        semicolon = text.find(";", semicolon + 1, end)
    if semicolon != -1 and not any(q.open < semicolon < q.end for q in quotes):
        end = semicolon
    # ("blamed his aides and 22 percent say ...": an object cue's words are no clause)
    clause = words not in OBJECT_CUES or tokens[j - 1].word == "that"
    end = _before_next_speaker(tokens, j, end, clause)
    end = _before_writers_clause(text, tokens, j, end, quotes)
    end = _before_lone_dash(text, tokens, j, end, quotes)
    if any(start < q.end <= end for q in quotes):
        end = _before_as_clause(tokens, j, end)
    if subj[0] > 0 and tokens[subj[0] - 1].word in SUBORDINATORS:
        # "When Clinton noted that X, he said Y": X ends with the subordinate clause.
        end = _first_comma(text, tokens, j, end)
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
    # "called it “predatory,”" "called Park unqualified": a name given needs two words.
    if len(text[start:end].split()) < (2 if words in NAMING_CUES else 3):
        return None
    if words in NAMING_CUES and _a_name_alone(text[start:end].split()):
        return None  # "Park called Tom Reyes.": a telephone call, no name given
    kind = "mixed" if quoted else "indirect"
    a, b = subj
    return Found(start, end, kind, Attribution((tokens[a].start, tokens[b - 1].end), words))


# Sources that show what they find: "the poll shows Lee ahead by 5 points".
EVIDENCE_NOUNS = {"poll", "polls", "polling", "survey", "surveys", "study", "studies", "average"}
EVIDENCE_NOUNS |= {"data", "analysis", "review", "report", "results", "numbers", "figures"}
EVIDENCE_NOUNS |= {"video", "footage", "records", "documents", "email", "emails", "research"}
EVIDENCE_NOUNS |= {"investigation", "audit", "estimates", "tally", "memo", "memos", "document"}
EVIDENCE_NOUNS |= {"transcript", "transcripts", "recording", "recordings", "filing", "filings"}
SHOW_CUES = {"show", "shows", "showed", "shown", "found", "finds"}
_ON_CONDITION = re.compile(r",?\s+on (?:the )?condition (?:of|that)\b")


def _a_name_alone(words: list[str]) -> bool:
    """'Tom Reyes', not a headline's 'Obama To Resign' or 'Internment Of Radicals'."""
    return len(words) <= 3 and all(
        w[:1].isupper() and w.lower() not in PREPOSITIONS and w.lower() not in ARTICLES
        for w in words
    )


def _first_comma(text: str, tokens: list[Token], j: int, end: int) -> int:
    """Offset of the first comma from token j on, if it comes before `end`; a quotation
    that closes on a comma ('calls it “the people’s pier,” Park') ends after its mark."""
    for t in tokens[j:]:
        if t.start >= end:
            break
        if t.text == ",":
            return t.start
        if t.text in '”"' and text[t.start - 1 : t.start] == ",":
            return t.end
    return end


def _end_of_relative_clause(tokens: list[Token], j: int, end: int) -> int:
    """'Lee, who said X, said Y': X ends at the comma before the main cue."""
    for k in range(j + 1, len(tokens) - 1):
        if tokens[k].start >= end:
            break
        if tokens[k].text == "," or tokens[k].text in DASHES:
            m = _skip_adjuncts_forward(tokens, k + 1)  # "..., also said", "Lee - who ... - said"
            if m < len(tokens) and cue_at(tokens, m) and not tokens[m].word.endswith("ing"):
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
            # "..., and when pressed on it, she replied": the writer tells what came next
            or (
                link in ("and", "but") and second in SUBORDINATORS and _passive_after(tokens, k + 3)
            )
            # "..., and most don't expect him to": a group and its verb
            or (
                link in ("and", "but")
                and second in GROUP_PRONOUNS
                and k + 3 < len(tokens)
                and _finite(tokens[k + 3].word)
            )
            # "..., as was the case with ...", "..., as has the mayor": an aside
            or (link == "as" and (second in BE_FORMS or second in AUXILIARIES))
            # "..., even as the board disagreed": the writer sets it against something else
            # (not "Trump, even as a candidate, ...": an aside about the subject)
            or (
                link == "even"
                and second == "as"
                and words_of(tokens[k + 3 : k + 4]) not in ("a", "an")
            )
            # "..., saying ...", but not "a kind, loving and admirable man" or "deep,
            # lasting damage"
            or (
                nxt.word.endswith("ing")
                and nxt.word not in ("including", "according")
                and nxt.word not in ING_ADJECTIVES
                and after_nxt not in ("and", "or", ",")
            )
            or (link in ("although", "though", "whereas") and not _short_aside(tokens, k + 2))
        ):
            # "..., although he later denied it": the writer's words
            return t.end if closes_on_comma else t.start
    return end


def _passive_after(tokens: list[Token], k: int) -> bool:
    """'pressed', 'asked': a participle with no subject ('when pressed on it')."""
    return k < len(tokens) and not tokens[k].is_capitalized and tokens[k].word.endswith("ed")


_ACT_AFTER_SEMICOLON = re.compile(r";\s+(?:and\s+)?[a-z]+ed\b")


def _list_goes_on(text: str, semicolon: int, end: int) -> bool:
    """'; painted the rails', '; and replaced ...': the next act of the same subject, a
    verb in the past with no subject of its own."""
    return bool(_ACT_AFTER_SEMICOLON.match(text, semicolon, end))


def _short_aside(tokens: list[Token], k: int) -> bool:
    """'a closure was conceivable, though hardly certain, before ...': a few words from k
    closed by a comma, no clause of the writer's."""
    return tokens[k].is_word and any(t.text == "," for t in tokens[k + 1 : k + 4])


# Words in -ing that mostly describe a noun rather than open an aside after a comma.
ING_ADJECTIVES = set(
    """lasting growing rising increasing striking amazing booming ongoing sweeping
    existing outstanding interesting compelling damaging devastating alarming troubling
    disturbing worrying declining falling soaring failing remaining emerging evolving
    surprising shocking staggering exciting disappointing encouraging promising frightening
    overwhelming underlying pressing crushing lingering looming widening deepening worsening
    incoming outgoing upcoming sitting""".split()
)


def _before_as_clause(tokens: list[Token], j: int, end: int) -> int:
    """'said she is “excited” as she faces a test': a clause of time after the quoted words
    is the writer's (so is the subject's next act: '“…” and cast herself as ...')."""
    for k in range(j + 2, len(tokens) - 1):
        if tokens[k].start >= end:
            break
        after_quote = tokens[k - 1].text in '”"'
        if after_quote and tokens[k].word == "as" and tokens[k + 1].word in NOMINATIVE:
            return tokens[k - 1].end
        nxt = tokens[k + 1]
        if after_quote and tokens[k].word in ("and", "but") and _past_act(nxt):
            return tokens[k - 1].end  # '... the “dock lobby” and cast herself as ...'
    return end


_PAST_ACTS = {"took", "made", "cast", "went", "gave", "got", "kept", "left", "won", "lost", "sent"}


def _past_act(t: Token) -> bool:
    """'offered', 'cast': a verb in the past that opens another act of the subject."""
    w = t.word
    return not t.is_capitalized and ((w.endswith("ed") and len(w) > 4) or w in _PAST_ACTS)


def _before_lone_dash(text: str, tokens: list[Token], j: int, end: int, quotes: list[Quote]) -> int:
    """'... whenever possible -- so the U.S. can avoid a quagmire': a dash that opens no
    pair ends the claim (a pair, '— known as ... —', is an aside inside it, or opens it:
    'said that — in her view — the pier ...')."""
    first = j - 1 if j > 0 and tokens[j - 1].text in DASHES else j + 1
    dashes = [
        k
        for k in range(first, len(tokens))
        if tokens[k].start < end
        and tokens[k].text in DASHES
        and text[tokens[k].start - 1 : tokens[k].start] == " "
        and not any(q.open < tokens[k].start < q.end for q in quotes)
    ]
    # ("--" counts once: only its first hyphen follows a space)
    if len(dashes) != 1:
        return end
    after = next((t for t in tokens[dashes[0] + 1 :] if t.text not in DASHES), None)
    if after is not None and after.word in ("unless", "until", "if"):
        return end  # "the pier stays open - unless the board cuts it": the claim's condition
    return min(end, tokens[dashes[0]].start)


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


def _before_next_speaker(tokens: list[Token], j: int, end: int, clause: bool = True) -> int:
    """'accused Obama of X and Donald Trump says Y', 'had phones, which he said were at
    his side': the content stops where another speaker's clause begins. (When the content
    is a `clause`, its subject may have two nouns.)"""
    for k in range(j + 2, len(tokens)):
        if tokens[k].start >= end:
            break
        if tokens[k].word not in TRIGGERS:
            continue
        cue = cue_at(tokens, k)
        if not cue or cue[0] in QUOTE_ONLY_CUES:
            continue
        if tokens[k - 1].text in (",", "”") and is_participle(tokens, k, cue[0]):
            # "attacked the plan, saying ...": the participle is a statement of its own.
            mark = tokens[k - 1]
            return mark.end if mark.text == "”" else mark.start
        subj = subject_before(tokens, k, floor=j)
        if not subj or subj[0] - 1 <= j or tokens[subj[0] - 1].word not in CLAUSE_LINKS:
            continue
        link = subj[0] - 1
        if clause and tokens[link].word == "and" and _one_of_two_subjects(tokens, j, link):
            continue  # "said her notes and the survey show ...": both nouns are its subject
        if tokens[link].word == "which" and any(
            t.text == "," and t.start < end for t in tokens[k + 1 :]
        ):
            continue  # "the plan, which critics say is flawed, will pass": an aside
        if tokens[link].word in ("which", "whom") and tokens[link - 1].word in PREPOSITIONS:
            link -= 1  # "..., in which he said ...": the preposition opens the clause
        if tokens[link - 1].text == ",":
            link -= 1
        return max(tokens[j].end, tokens[link - 1].end)
    return end


def _one_of_two_subjects(tokens: list[Token], j: int, link: int) -> bool:
    """The noun phrase before the 'and' at `link` opens the reported clause (at j) or a
    clause inside it ('because the board and Mayor Lee agreed'): the 'and' joins two
    nouns of one subject, not two clauses."""
    left = noun_phrase_before(tokens, link, floor=j)
    if not left and tokens[link - 1].is_capitalized and tokens[link - 2].word in NP_LINKS:
        left = (link - 1, link)  # "in Salem and": a place after a link
    if not left:
        return False
    start = left[0]
    while start - 1 > j and tokens[start - 1].word in NP_LINKS:
        # "the results in Salem and Avalon show": the head noun is before the link
        head = noun_phrase_before(tokens, start - 1, floor=j)
        if not head:
            break
        start = head[0]
    return start == j or tokens[start - 1].word in SUBORDINATORS or tokens[start - 1].word == "that"


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
    "refer to",
    "refers to",
    "referred to",
    "referring to",
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
            comma_inside = text[q.inner_start : q.inner_end].rstrip().endswith(",")
            if (
                not following
                or following[0].text in ",;"
                or following[0].word in PREPOSITIONS
                or following[0].word in NAME_GIVEN_ENDS
                or (following[0].word == "and" and not _names_more(following[1:]))
                # 'called it “toxic,” accusing it of ...': an aside of the writer's; 'Lee,
                # who called it “toxic,” said ...': the sentence's own cue
                or (comma_inside and following[0].word.endswith("ing"))
                or (comma_inside and following[0].word in CUES)
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
    if first.word not in DETERMINERS and first.word not in ("someone", "somebody", "one"):
        return False
    # '… and his party has made': a verb after the noun opens a clause of its own.
    for t in rest[1:5]:
        if not t.is_word or t.word in RELATIVE_OPENERS:  # "and someone who had ..."
            break
        if t.word in AUXILIARIES or t.word in BE_FORMS:
            return False
    return True


# Cues of a request: "urged voters to stay home", "called on the board to resign".
REQUEST_CUES = {"urge", "urged", "urges", "urging", "exhort", "exhorted", "exhorts"}
REQUEST_CUES |= {"encourage", "encouraged", "encourages", "encouraging"}
REQUEST_CUES |= {"implore", "implored", "implores", "imploring"}
REQUEST_CUES |= {"tell", "told", "tells", "telling", "warn", "warned", "warns", "warning"}
REQUEST_CUES |= {"advise", "advised", "advises", "advising", "remind", "reminded", "reminds"}


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
    if j + 2 < n and tokens[j].word == "to" and words not in PROMISE_CUES:
        # "explained to reporters why ...": past the person spoken to, a question's clause
        k = skip_addressee(tokens, j + 1)
        if k > j + 1 and k < n and tokens[k].word in ("why", "how", "whether", "what"):
            return k
    if words in ASK_CUES:
        k = skip_addressee(tokens, j)
        if k > j and k + 1 < n and tokens[k].text == "," and tokens[k + 1].text in '“"':
            return k + 1  # "asking her, “Where do we go?”": the question is the quote
    if words in ABOUT_CUES and j + 1 < n and tokens[j].word in ("of", "about"):
        return j + 1  # "warned of a “ferocious” battle": what the warning is about
    call_at = _call_for(tokens, j) if words in ("called", "calls", "call", "calling") else None
    if call_at is not None and (that_at is None or call_at <= that_at):
        # "called for a repeal", "called again on Congress to act"; "called for changing
        # the rules that ...": that "that" opens a relative clause, not the claim.
        j = call_at
    elif that_at is not None and (
        that_at == j or only_adjuncts(tokens, j, that_at) or words in ADDRESSEE_CUES
    ):
        j = that_at + 1
    elif words in ADDRESSEE_CUES:
        addressee = j
        j = skip_addressee(tokens, j)  # "told CNN the plan ..."
        if j < n and tokens[j].word == "to":
            if words in PROMISE_CUES:
                return j
            # "urged voters to stay home": the request, with the ones asked, is the claim
            return addressee if words in REQUEST_CUES and j > addressee else None
        # "told voters this weekend he would ...": past an adjunct to the clause.
        j = _pronoun_clause(tokens, j) or j
    elif j < n and (tokens[j].word in AUXILIARIES or tokens[j].word in BE_FORMS):
        # "a vote which she has said was a mistake": the claim is the relative clause's
        # verb phrase; "The jobs report has cleared the way": the cue was a noun.
        relative = any(t.word in RELATIVE_OPENERS for t in tokens[max(0, j - 6) : j - 1])
        return j if relative else None
    elif _approximate_amount(tokens, j):
        pass  # "said about half of the cost ...": a figure opens the claim
    elif words not in OBJECT_CUES:
        # "said on Tuesday, the plan ..." : skip leading adjuncts up to a comma.
        k = j
        while k < n and tokens[k].is_word and tokens[k].word in LEADING_ADJUNCTS:
            k += 1
        if (
            k > j
            and k + 1 < n
            and (tokens[k].word in SUBORDINATORS or tokens[k].word == "as")
            and tokens[k + 1].word in NOMINATIVE
        ):
            return None  # "said Monday as she boarded the ferry": when, not what
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
    if j + 2 < n and tokens[j].word in ASIDE_ADVERBS and tokens[j + 1].text == ",":
        j += 2  # "noted, though, the ferry ...": the writer's aside opens no claim
    return j


def _approximate_amount(tokens: list[Token], j: int) -> bool:
    """'about half', 'around 40 percent', 'over a third', 'at least nine': a figure, not a
    preposition."""
    if j + 2 < len(tokens) and tokens[j].word == "at" and tokens[j + 1].word in ("least", "most"):
        j += 1  # "at least" bounds the figure after it like "about"
    elif j + 1 >= len(tokens) or tokens[j].word not in APPROXIMATORS:
        return False
    amount = tokens[j + 1]
    if amount.word in ("a", "an") and j + 2 < len(tokens):
        amount = tokens[j + 2]  # "about a third"
    return is_number(amount) or amount.word in FRACTIONS or amount.word == "half"


APPROXIMATORS = {"about", "around", "over", "under", "nearly", "almost", "roughly"}


def _in_opening_clause(tokens: list[Token], k: int, openers: set[str] = SUBORDINATORS) -> bool:
    """Token k stands in the clause that opens the sentence with one of `openers`, before
    any comma ("After the union objected")."""
    return 0 < k and tokens[0].word in openers and not any(t.text == "," for t in tokens[:k])


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
            if tokens[m - 1].word in SUBORDINATORS or tokens[m - 1].word == "as":
                return None  # "said Friday as he entered the talks": when, not what
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
    after = skip_addressee(tokens, after) if words in ADDRESSEE_CUES else after
    if not _ends_attribution(tokens, after) or _that_after_adjunct(tokens, after):
        return None
    if _infinitive_at(tokens, after) or (
        words.startswith("call") and after < len(tokens) and tokens[after].word == "for"
    ):
        # "..., the board agreed to reopen the pier", "..., Park was calling for change":
        # the verb has its own object, the words before are no claim
        return None
    end = tokens[comma].start
    # "The plan, Smith said (on Tuesday), will fail.": the claim goes on after the
    # attribution (but not into "..., adding that ...", a claim of its own).
    closing = _comma_after_adjuncts(tokens, after) if subj else None
    if closing is not None and closing + 1 < len(tokens):
        nxt = tokens[closing + 1].word
        # (nor into "..., two days after the vote", a time of the writer's)
        if not (nxt.endswith("ing") and nxt in CUES) and not _time_span_at(tokens, closing + 1):
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


TIME_UNITS = {"minutes", "hours", "days", "weeks", "months", "years", "day", "week", "month"}


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
    before = [t for t in tokens if t.end <= end and t.is_word]
    if not before or len(before) > 7:
        return False
    if any(t.text in "“\"‘'" for t in tokens if t.end <= end):
        return False  # '“We are happy” about it, said Park': quoted words were said
    return (
        before[0].word in PREPOSITIONS
        or before[0].word in ("despite", "since", "until", "once", "like", "unlike")
        or is_time(before)  # "Earlier this week, the board wrote to Lee"
        or (before[0].word in SENTENCE_ADVERBS and is_time(before[1:]))  # "Then, last week,"
        or before[-1].word in ("earlier", "later", "ago", "however", "then", "too")
    )


LEADING_ADJUNCTS = PREPOSITIONS | WEEKDAYS | BETWEEN_SPEAKER_AND_CUE
# ... except these, which after a cue open the claim itself: "said all captains sign ...",
# "said only ten boats ...", "said not every pier ...".
LEADING_ADJUNCTS -= {"all", "both", "only", "even", "not", "never", "so", "first"}
# After a cue these words open no reported clause: "said in a statement", "report has been".
NOT_A_CLAUSE_START = PREPOSITIONS | WEEKDAYS
NOT_A_CLAUSE_START |= {"himself", "herself", "themselves", "itself", "later", "earlier"}


def _ends_attribution(tokens: list[Token], k: int) -> bool:
    """After 'Smith said' only the sentence end, an appositive or an adjunct may follow."""
    if k >= len(tokens):
        return True
    t = tokens[k]
    if not t.is_word:
        return t.text in ",.;:!?—–-()"
    w = t.word
    if _approximate_amount(tokens, k):
        return False  # "reported at least nine boats sank": the figure opens the claim
    return (
        w in PREPOSITIONS
        or w in WEEKDAYS
        or w in BETWEEN_SPEAKER_AND_CUE
        or (w.endswith("ly") and not t.is_capitalized)
    )


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
