"""The words a cue reports after it: where they begin ("said that ...", "told the board
the ...") and where they end (before the next speaker, a clause of the writer's, an aside)."""

from __future__ import annotations

import re

from claims.extract.grammar import (
    ARTICLES,
    ASIDE_ADVERBS,
    AUXILIARIES,
    BE_FORMS,
    CLAUSE_BREAKS,
    CLAUSE_LINKS,
    DASHES,
    FRACTIONS,
    NOMINATIVE,
    NP_LINKS,
    PLAIN_SPEECH_VERBS,
    PREPOSITIONS,
    RELATIVE_OPENERS,
    SUBORDINATORS,
    TRIGGERS,
    WORKS,
    cue_at,
    is_number,
    only_adjuncts,
    words_of,
)
from claims.extract.lexicon import (
    ABOUT_CUES,
    ADDRESSEE_CUES,
    ASK_CUES,
    BELIEF_CUES,
    BETWEEN_SPEAKER_AND_CUE,
    CUES,
    DETERMINERS,
    GROUP_PRONOUNS,
    OBJECT_CUES,
    PROMISE_CUES,
    QUOTE_ONLY_CUES,
    THAT_CUES,
    WEEKDAYS,
)
from claims.extract.model import Attribution, Found
from claims.extract.subjects import (
    is_participle,
    noun_phrase_before,
    only_time_or_place_left,
    skip_addressee,
    subject_before,
)
from claims.extract.text import Quote
from claims.extract.tokens import Token


def content_after(
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
    if words in ADVISE_FORMS and tokens[j - 1].word != "that" and not _asks_to(tokens, j):
        return None  # "a lawyer who advised Park on the lease": a job, not advice given
    if first.word in PLAIN_SPEECH_VERBS and not first.is_capitalized:
        return None  # "the sailors I asked said ...": the cue before is in a contact clause
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
    if words in WRITE_CUES and _names_a_work(tokens, j):
        return None  # "has written a book about the pier": a work, not what it says
    if words.startswith("report") and _from_a_place(tokens, last + 1):
        return None  # "Jo Lee reported from Salem": a byline
    in_subordinate = subj[0] > 0 and tokens[subj[0] - 1].word in SUBORDINATORS
    if in_subordinate and any(t.text == "," for t in tokens[last + 1 : j]):
        return None  # "When sailors ask for help, calls go unanswered": the main clause
    start = first.start
    end = content_end
    if first.word in AUXILIARIES or first.word in BE_FORMS:
        # "which she said was an error, cost her": the relative clause ends at a comma,
        # and the claim opens at its pronoun ("which she said was an error").
        end = first_comma(text, tokens, j, end)
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
    end = before_next_speaker(tokens, j, end, clause)
    end = before_writers_clause(text, tokens, j, end, quotes)
    end = _before_lone_dash(text, tokens, j, end, quotes)
    # (the object alone, then, is what the cue was about: "criticized Ruiz during a debate")
    scene_end = None if clause or words in NAMING_CUES else _before_scene(tokens, j, end)
    end = end if scene_end is None else scene_end
    if any(start < q.end <= end for q in quotes):
        end = _before_as_clause(tokens, j, end)
    if in_subordinate:
        # "When Clinton noted that X, he said Y": X ends with the subordinate clause.
        end = first_comma(text, tokens, j, end)
    if subj[1] - subj[0] > 1 and tokens[subj[1] - 1].word in ("who", "which"):
        # "Lee, who said the pier would fail, is running again": X ends before the main verb.
        set_off = tokens[subj[1] - 2].text == "," or tokens[subj[1] - 2].text in DASHES
        end = _end_of_relative_clause(tokens, j, end, main_verb=set_off)
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
    if len(text[start:end].split()) < (
        1 if scene_end is not None else 2 if words in NAMING_CUES else 3
    ):
        return None
    if words in NAMING_CUES and _a_name_alone(text[start:end].split()):
        return None  # "Park called Tom Reyes.": a telephone call, no name given
    kind = "mixed" if quoted else "indirect"
    a, b = subj
    return Found(start, end, kind, Attribution((tokens[a].start, tokens[b - 1].end), words))


WRITE_CUES = {"wrote", "write", "writes", "written", "writing", "penned", "pens"}
# What a writer writes besides the claims in it: "wrote a letter to the board".
_WRITTEN_WORKS = WORKS | {"book", "books", "letters", "essay", "piece", "obituary", "novel"}


def _names_a_work(tokens: list[Token], j: int) -> bool:
    """'a book about the pier', 'letters for the sailors', 'an op-ed in the Post': the
    object of "wrote" is a work."""
    k = j + 1 if tokens[j].word in DETERMINERS or tokens[j].is_possessive else j
    if k + 1 < len(tokens) and tokens[k + 1].word in _WRITTEN_WORKS:
        k += 1  # "a new book"
    if k >= len(tokens) or tokens[k].word not in _WRITTEN_WORKS:
        return False
    # ("wrote a letter to the board asking that …": what the letter asks is the claim)
    return not any(t.word.endswith("ing") and t.word in CUES for t in tokens[k + 1 : k + 10])


# Where and when the object of a cue was attacked or praised: "criticized Lee during a
# debate", "praised the plan in an interview", "blasted the board on Twitter".
_SCENE_NOUNS = {"interview", "interviews", "tweet", "tweets", "statement", "speech", "post"}
_SCENE_NOUNS |= {"debate", "rally", "hearing", "appearance", "address", "op-ed", "video"}
_SCENE_NOUNS |= {"conference", "meeting", "forum", "event", "email", "letter", "ad"}
_SCENE_PLACES = {"Twitter", "Facebook", "Instagram", "CNN", "Fox", "MSNBC"}


def _before_scene(tokens: list[Token], j: int, end: int) -> int | None:
    """Where an object's words end before the scene of the act ('Lee during a debate':
    "Lee"), when a few plain words of the object come first."""
    if tokens[j].word in NOMINATIVE:
        return None  # "announced it will have …": a clause, not an object
    for k in range(j + 1, min(len(tokens), j + 8)):
        t = tokens[k]
        if t.start >= end or not t.is_word or t.word in ("that", "which", "who"):
            return None
        if t.word in AUXILIARIES or t.word in BE_FORMS:
            return None  # "announced the pier would close during …": a clause
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        at_scene = t.word == "during" or (
            t.word == "on"
            and nxt is not None
            and (nxt.word in WEEKDAYS or nxt.text in _SCENE_PLACES)
        )
        if not at_scene and t.word in ("in", "at") and nxt and nxt.word in DETERMINERS:
            at_scene = any(s.word in _SCENE_NOUNS for s in tokens[k + 2 : k + 5])
        if at_scene:
            # ("praised Lee in a speech for his help": the reason goes on with the object)
            goes_on = any(m.word in ("for", "as", "over") for m in tokens[k + 1 : k + 9])
            return None if goes_on else t.start
    return None


def _from_a_place(tokens: list[Token], k: int) -> bool:
    """'from Salem' at k: where a reporter filed from."""
    return k + 1 < len(tokens) and tokens[k].word == "from" and tokens[k + 1].is_capitalized


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


def first_comma(text: str, tokens: list[Token], j: int, end: int) -> int:
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


def _end_of_relative_clause(tokens: list[Token], j: int, end: int, main_verb: bool = False) -> int:
    """'Lee, who said X, said Y': X ends at the comma before the main cue (or, with
    `main_verb`, before an auxiliary of the main clause: 'Lee, who said X, is running')."""
    has_verb = False  # the reported clause has its verb: a finite verb after it is the main one
    for k in range(j + 1, len(tokens) - 1):
        if tokens[k].start >= end:
            break
        has_verb = has_verb or _finite(tokens[k].word)
        if tokens[k].text == "," or tokens[k].text in DASHES:
            if main_verb and has_verb and _finite(tokens[k + 1].word):
                return tokens[k].start
            if main_verb and _main_verb_with_object(tokens, k + 1):
                return tokens[k].start  # "Lee, who backed X, offered her own plan"
            if main_verb and _speaker_and_cue_at(tokens, k + 1):
                return tokens[k].start  # "After the report, which found X, the board said Y"
            m = skip_adjuncts_forward(tokens, k + 1)  # "..., also said", "Lee - who ... - said"
            if m < len(tokens) and cue_at(tokens, m) and not tokens[m].word.endswith("ing"):
                return tokens[k].start
    return end


# Words that open the object of a verb: "offered her plan", "reflected both concerns".
_OBJECT_OPENERS = DETERMINERS | {"her", "his", "their", "its", "both", "all", "that", "to"}


def _main_verb_with_object(tokens: list[Token], k: int) -> bool:
    """'offered her', 'plans to': a verb in -ed or -s with its object or infinitive."""
    if k + 1 >= len(tokens) or tokens[k].is_capitalized:
        return False
    verb = tokens[k].word
    inflected = verb.endswith("ed") or (verb.endswith("s") and not verb.endswith("ss"))
    return inflected and tokens[k + 1].word in _OBJECT_OPENERS


def _speaker_and_cue_at(tokens: list[Token], k: int) -> bool:
    """A main clause of its own opens at token k: a noun phrase and its cue ("the board
    said", "Lee’s campaign contended")."""
    for m in range(k + 1, min(len(tokens), k + 6)):
        if cue_at(tokens, m):
            return noun_phrase_before(tokens, m, k) == (k, m)
    return False


def skip_adjuncts_forward(tokens: list[Token], k: int) -> int:
    """Step right over adverbs and auxiliaries to a cue: '..., also insisted'."""
    while k < len(tokens) and tokens[k].word in BETWEEN_SPEAKER_AND_CUE:
        k += 1
    return k


def before_writers_clause(
    text: str, tokens: list[Token], j: int, end: int, quotes: list[Quote]
) -> int:
    """'..., and he ranted about ...' (a new clause with its own subject) or '...,
    quietly staking her name on it' (an aside): the writer's words, not the
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
            # "..., and so far has only sent a letter": the subject's next act
            or (link in ("and", "but") and (second in AUXILIARIES or second == "to"))
            # "..., and the storm is closing the pier": a new subject and its verb
            or (link in ("and", "but") and _subject_and_verb(tokens, k + 2))
            # "..., and when pressed on it, she replied": the writer tells what came next
            or (
                link in ("and", "but") and second in SUBORDINATORS and _passive_after(tokens, k + 3)
            )
            # "..., and few think she will": a group and its verb
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
            # "..., a decision that angered sailors": the writer sums up what was said
            or (link in ("a", "an") and _sums_up(tokens, k + 2))
        ):
            # "..., although he later denied it": the writer's words
            return t.end if closes_on_comma else t.start
    return end


# What the writer calls a statement when summing it up: "…, a claim that Lee denies".
SUMMING_UP_NOUNS = {"decision", "move", "step", "claim", "charge", "figure", "number"}
SUMMING_UP_NOUNS |= {"assertion", "position", "stance", "reversal", "shift", "view", "promise"}
SUMMING_UP_NOUNS |= {"pledge", "remark", "comment", "statement", "prediction", "estimate"}
SUMMING_UP_NOUNS |= {"characterization", "description", "assessment", "allegation", "accusation"}
SUMMING_UP_NOUNS |= {"point", "argument", "idea", "notion", "theory", "conclusion", "finding"}


def _sums_up(tokens: list[Token], k: int) -> bool:
    """'(a) decision that angered sailors', '(a) sharp reversal from his stance': after "a",
    a noun the writer sums the statement up with, and no comma to the sentence's end."""
    for m in range(k, min(len(tokens), k + 3)):
        if tokens[m].word in SUMMING_UP_NOUNS:
            return all(t.text != "," for t in tokens[m:])
        if not tokens[m].is_word:
            return False
    return False


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
    """'... where it can -- so the town can avoid a long fight': a dash that opens no
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


def before_next_speaker(tokens: list[Token], j: int, end: int, clause: bool = True) -> int:
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

# Advice is a claim as a request ("advised voters to stay home") or a clause after "that";
# "advised Park on the race" is a consultant's job.
ADVISE_FORMS = {"advise", "advised", "advises", "advising"}


def _asks_to(tokens: list[Token], j: int) -> bool:
    """'advised voters to stay home': the ones advised, then what they should do."""
    return any(t.word == "to" for t in tokens[j : j + 5]) and not any(
        t.text in ",;" for t in tokens[j : j + 5]
    )


LEADING_ADJUNCTS = PREPOSITIONS | WEEKDAYS | BETWEEN_SPEAKER_AND_CUE


# ... except these, which after a cue open the claim itself: "said all captains sign ...",
# "said only ten boats ...", "said not every pier ...".
LEADING_ADJUNCTS -= {"all", "both", "only", "even", "not", "never", "so", "first"}


# After a cue these words open no reported clause: "said in a statement", "report has been".
NOT_A_CLAUSE_START = PREPOSITIONS | WEEKDAYS


NOT_A_CLAUSE_START |= {"himself", "herself", "themselves", "itself", "later", "earlier"}


def _clause_between(tokens: list[Token], j: int, k: int) -> bool:
    """A subject or a verb among tokens j..k: 'told reporters they would end that' has its
    clause before the "that", which is no conjunction."""
    return any(
        t.word in NOMINATIVE or t.word in BE_FORMS or t.word in AUXILIARIES for t in tokens[j:k]
    )


def _content_start(tokens: list[Token], j: int, words: str) -> int | None:
    """Where the reported words begin after the cue: past 'that', an addressee ('told
    reporters'), 'for'/'on' after 'called', or adjuncts closed by a comma."""
    n = len(tokens)
    if j + 1 < n and tokens[j].word == "that" and tokens[j + 1].word in ("way", "much", "far"):
        return None  # "they feel that way", "said that much": a pronoun, no clause
    # "that" within reach, past an addressee or adjuncts: "said in a statement Monday that".
    that_at = None
    k = j
    while k < min(n, j + 14):
        if tokens[k].word == "that":
            that_at = k
            break
        if tokens[k].word in CUES and not tokens[k].is_capitalized:
            owned = any(t.word in DETERMINERS or t.is_possessive for t in tokens[max(j, k - 2) : k])
            if not owned:
                break  # another cue ("The Washington Post" is a name, "her remarks" a noun)
        if not tokens[k].is_word and tokens[k].text in ';“"':
            if k + 1 < n and tokens[k + 1].text in '”"' and tokens[k].text != ";":
                # A quoted title on the way: 'told MSNBC’s “Morning Joe” that'. Both its
                # marks are passed: a straight closing one would read as a quote opening.
                k += 2
                continue
            break
        k += 1
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
        that_at == j
        or only_adjuncts(tokens, j, that_at)
        or (words in ADDRESSEE_CUES and not _clause_between(tokens, j, that_at))
    ):
        j = that_at + 1
    elif words in ADDRESSEE_CUES:
        addressee = j
        j = skip_addressee(tokens, j)  # "told CNN the plan ..."
        if j < n and tokens[j].is_word and only_time_or_place_left(tokens, j):
            return None  # "…, Lee told a city panel on Wednesday.": said before the cue
        if j < n and tokens[j].word == "to":
            if words in PROMISE_CUES:
                return j
            # "urged voters to stay home": the request, with the ones asked, is the claim
            return addressee if words in REQUEST_CUES and j > addressee else None
        # "told voters this weekend he would ...": past an adjunct to the clause.
        j = _pronoun_clause(tokens, j) or j
    elif j < n and (tokens[j].word in AUXILIARIES or tokens[j].word in BE_FORMS):
        # "a vote which she has said was an error": the claim is the relative clause's
        # verb phrase; "The harbor survey has opened the door": the cue was a noun.
        relative = any(t.word in RELATIVE_OPENERS for t in tokens[max(0, j - 6) : j - 1])
        return j if relative else None
    elif approximate_amount(tokens, j):
        pass  # "said about half of the cost ...": a figure opens the claim
    elif (
        words in OBJECT_CUES
        and j + 1 < n
        and tokens[j].word in WEEKDAYS
        and tokens[j + 1].word in ARTICLES
    ):
        j += 1  # "revealed Tuesday the drug was found": the day is when, not what
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
    if j < n and tokens[j].text == "," and in_opening_clause(tokens, j):
        return None  # "After the union objected, the hearing went on": the cue said no more
    while j < n and not tokens[j].is_word and tokens[j].text in ",:—–-":
        j += 1
    if j + 2 < n and tokens[j].word in ASIDE_ADVERBS and tokens[j + 1].text == ",":
        j += 2  # "noted, though, the ferry ...": the writer's aside opens no claim
    return j


def approximate_amount(tokens: list[Token], j: int) -> bool:
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


def in_opening_clause(tokens: list[Token], k: int, openers: set[str] = SUBORDINATORS) -> bool:
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
                return None  # "said Friday as she boarded the ferry": when, not what
            return m  # "said at sea it takes time", "said Monday there is no plan"
    return None
