"""Word classes and small tests on tokens that every attribution rule shares: which
words are a cue, a preposition or a time, and where adjuncts end."""

from __future__ import annotations

from claims.extract.lexicon import (
    BETWEEN_SPEAKER_AND_CUE,
    CUES,
    DETERMINERS,
    GROUP_PRONOUNS,
    MONTHS,
    ORG_NOUNS,
    PERSON_NOUNS,
    WEEKDAYS,
)
from claims.extract.tokens import Token

# Prepositions that open a sentence's adjunct but rarely follow a cue ("railed against"
# does): "Alongside calls for a new pier, ...", "Despite the vote, ...".
OPENING_PREPOSITIONS = {"alongside", "along", "among", "despite", "unlike", "amid", "beyond"}
OPENING_PREPOSITIONS |= {"contrary"}  # "Contrary to his claim that ..."
# Verbs that answer with "back": "shot back", "fired back", "hit back", "wrote back".
BACK_VERBS = {"shot", "shoots", "shoot", "fired", "fires", "fire", "hit", "hits", "snapped"}
BACK_VERBS |= {"pushed", "pushes", "wrote", "writes", "punched", "struck", "strikes"}
# Words without which a paragraph holds no attribution (the cue of "according to",
# "pointed out" included).
TRIGGERS = CUES | BACK_VERBS | {"according", "pointed", "points", "point", "put", "puts"}
TRIGGERS |= {"states", "state"}
# Verbs that report only in a set phrase (read by cue_at): "referred to X as Y",
# "expressed concern that X", "made it clear that X", "made the case that X".
REFER_VERBS = {"refer", "refers", "referred", "referring"}
EXPRESS_VERBS = {"express", "expresses", "expressed", "expressing"}
EXPRESS_VERBS |= {"voice", "voices", "voiced", "voicing"}
MAKE_VERBS = {"make", "makes", "made", "making"}
TRIGGERS |= REFER_VERBS | EXPRESS_VERBS | MAKE_VERBS
ARGUMENT_NOUNS = {"case", "point", "argument", "claim", "pitch"}
# What one may express about a claim: "expressed confidence that the vote would pass".
STANCE_NOUNS = {"concern", "concerns", "confidence", "doubt", "doubts", "frustration", "hope"}
STANCE_NOUNS |= {"skepticism", "fear", "fears", "alarm", "outrage", "optimism", "surprise"}
STANCE_NOUNS |= {"dismay", "disappointment", "worry", "worries", "regret", "amusement"}
# Trigger words that report only in a set phrase, each with the words one of which its
# phrase needs (as cue_at reads them): a sentence holding "made" or "state" but none of
# them holds no cue, and the rules need not read it at all (on polnear-train, 97% of the
# sentences whose only trigger was such a word held no claim).
PHRASE_PARTNERS = dict.fromkeys(BACK_VERBS - CUES, frozenset({"back"}))
PHRASE_PARTNERS |= dict.fromkeys(REFER_VERBS, frozenset({"to"}))
PHRASE_PARTNERS |= dict.fromkeys(EXPRESS_VERBS, frozenset(STANCE_NOUNS))
PHRASE_PARTNERS |= dict.fromkeys(MAKE_VERBS, frozenset({"clear", "plain", "known", "that"}))
PHRASE_PARTNERS |= dict.fromkeys(("point", "points", "pointed"), frozenset({"out"}))
PHRASE_PARTNERS |= dict.fromkeys(("put", "puts"), frozenset({"it"}))
PHRASE_PARTNERS |= dict.fromkeys(("state", "states"), frozenset({"that"}))
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
    "yet",
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
# The writer's asides, set off by commas after a cue: "said, however, that ...".
ASIDE_ADVERBS = SENTENCE_ADVERBS | {"though", "too"}
QUANTIFIERS = GROUP_PRONOUNS | {"one", "two", "three", "four", "each", "all", "none", "both"}
CALL_PARTICLES = {"in", "into", "up", "off", "back"}
# Particles that make a cue verb something else, by the verb's first three letters: "called
# off", "added up", "wrote off".
_PARTICLES_NOT_SPEECH = {"cal": CALL_PARTICLES, "add": {"up"}, "wri": {"off"}, "wro": {"off"}}
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


def is_year(t: Token) -> bool:
    return len(t.text) == 4 and t.text.isdigit() and t.text[:2] in ("19", "20")


def is_number(t: Token) -> bool:
    return t.text[0].isdigit() or any(part in NUMBER_WORDS for part in t.word.split("-"))


def _names_a_thing(tokens: list[Token], i: int) -> bool:
    """'a group called Harbor Watch', 'A new harbor group called Pier Watch': 'called' after
    a noun that "a" opens, a few words back ('a group called', the old rule), or before a
    capitalised name."""
    if i > 1 and tokens[i - 2].word in ("a", "an"):
        return True
    if i + 1 >= len(tokens) or not tokens[i + 1].is_capitalized:
        return False
    if i < 2 or not tokens[i - 1].is_word or tokens[i - 1].is_capitalized:
        return False  # "Beruff, a Scott ally, called ...": the appositive ended
    for k in range(i - 2, max(-1, i - 5), -1):
        if tokens[k].word in ("a", "an"):
            return True
        if not tokens[k].is_word:
            return False
    return False


def cue_at(tokens: list[Token], i: int) -> tuple[str, int] | None:
    """The cue starting at token i, as (cue words, index of its last token)."""
    t = tokens[i]
    w = t.word
    if w not in _CUE_STARTS:
        return None  # most words: one lookup tells (the rules ask this for every word)
    if w in ("pointed", "points", "point") and i + 1 < len(tokens) and tokens[i + 1].word == "out":
        return w + " out", i + 1
    if w in EXPRESS_VERBS:
        # "expressed concern that X", "voiced cautious optimism that X": X is the claim.
        for k in (i + 1, i + 2):
            if k + 1 < len(tokens) and tokens[k].word in STANCE_NOUNS:
                return (w + " " + tokens[k].word, k) if tokens[k + 1].word == "that" else None
        return None
    if w in MAKE_VERBS:
        # "made it clear that X", "made the case that X".
        words = [t.word for t in tokens[i + 1 : i + 4]]
        for phrase in (["it", "clear"], ["clear"], ["it", "plain"], ["plain"], ["it", "known"]):
            n = len(phrase)
            # "made clear that X", "made it clear she would ...": the clause may lack "that"
            if words[:n] == phrase and n < len(words) and words[n] in NOMINATIVE | {"that"}:
                return w + " " + " ".join(phrase), i + n
        if (
            len(words) == 3
            and words[0] in DETERMINERS
            and words[1] in ARGUMENT_NOUNS
            and words[2] == "that"
        ):
            return " ".join([w, *words[:2]]), i + 2
        return None
    if w in REFER_VERBS and i + 1 < len(tokens) and tokens[i + 1].word == "to":
        return w + " to", i + 1  # "referred to Lee as “the boss”": a name given
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
    if i + 1 < len(tokens) and tokens[i + 1].word in _PARTICLES_NOT_SPEECH.get(w[:3], ()):
        return None  # "she called in to the show", "costs added up", "wrote off the loan"
    if w.startswith("add") and _adds_to_a_thing(tokens, i):
        return None  # "adding to his wins in Ohio", "adds to the drama": more, not said
    if t.is_capitalized and i > 0 and tokens[i - 1].is_word and not _title_case(tokens):
        return None  # "the Washington Post", "the United States": part of a name
    if i > 0 and tokens[i - 1].word in ARTICLES:
        if not (tokens[i - 1].word == "another" and w in PLAIN_SPEECH_VERBS):
            return None  # "a charge that stung": a noun (but "another says": a pronoun)
    if i > 0 and (_noun_after(tokens[i - 1].word, w) or _owned(tokens[i - 1], w)):
        return None  # "Acts of protest", "In one tweet Friday", "Editor’s note": a noun
    if _after_article_and_adjective(tokens, i) or _after_article_and_name(tokens, i):
        return None  # "an hourlong show that aired", "a Facebook post": a noun
    if w in ("called", "named", "dubbed") and _names_a_thing(tokens, i):
        return None  # "a group called Harbor Watch": a name, not a call
    if w.startswith("compar") and i + 1 < len(tokens) and tokens[i + 1].word in ("with", "to"):
        return None  # "1,401, compared with 2,205": a comparison, not a likening
    if w == "asked" and i + 1 < len(tokens) and tokens[i + 1].word in ("not", "to"):
        return None  # "who asked not to be named": a request, not a claim
    if i > 0 and tokens[i - 1].word == "having":
        return None  # "Having said that, ...": an aside of the writer
    if _describes_a_counted_noun(tokens, i):
        return None  # "35 reported leaks", "two promised ferries": an adjective
    if w == "told" and i > 0 and tokens[i - 1].word == "all" and _next_is(tokens, i, ","):
        return None  # "All told, the groups spent ...": in all
    return w, i


# Every word a cue can open with: the cue words and the verbs of the phrases above.
_CUE_STARTS = frozenset(
    CUES
    | EXPRESS_VERBS
    | MAKE_VERBS
    | REFER_VERBS
    | BACK_VERBS
    | {"pointed", "points", "point", "put", "puts", "state", "states"}
)


def _describes_a_counted_noun(tokens: list[Token], i: int) -> bool:
    """A form in -ed between a count and a plural: "35 reported leaks" (not "who in
    2010 said", a year, nor "The 12 agreed that", a count that speaks)."""
    if i == 0 or i + 1 >= len(tokens) or not tokens[i].word.endswith("ed"):
        return False
    count, noun = tokens[i - 1], tokens[i + 1]
    if not (is_number(count) or count.word in NUMBER_WORDS) or is_year(count):
        return False
    return noun.is_word and not noun.is_capitalized and noun.word.endswith("s")


def _adds_to_a_thing(tokens: list[Token], i: int) -> bool:
    """'added to the drama', 'adding to her lead', not 'added to reporters' or 'added to
    her, “…”' (whom it was said to)."""
    if i + 3 >= len(tokens) or tokens[i + 1].word != "to":
        return False
    owner, thing = tokens[i + 2], tokens[i + 3]
    if owner.word == "her":
        return thing.is_word and not thing.is_capitalized and thing.word != "that"
    return owner.word in DETERMINERS or owner.word in ("what", "it")


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
    # "raised new questions", "renewed fears": a plural after an adjective is a noun
    described = w.endswith("s") and before in ADJECTIVES_BEFORE_NOUNS
    return after_preposition or before in NOUN_MARKERS or year or described


def _owned(before: Token, w: str) -> bool:
    """'Editor’s note', 'the board’s report': a cue form owned by a possessive is a noun."""
    owner = before.is_possessive and len(before.text) > 2  # not the "’s" of "he’s"
    return owner and not w.endswith(("ing", "ed"))


NOUN_MARKERS = {"one", "each", "every", "another", "his", "their", "its", "my", "our", "your"}
# Adjectives that only stand before a noun, never a subject before its verb.
ADJECTIVES_BEFORE_NOUNS = {"new", "fresh", "renewed", "other", "such", "serious", "similar"}
ADJECTIVES_BEFORE_NOUNS |= {"bigger", "published", "growing", "mounting", "repeated", "lingering"}
ADJECTIVES_BEFORE_NOUNS |= {"worst", "best", "biggest", "greatest", "deepest"}  # "our worst fears"


def _after_article_and_adjective(tokens: list[Token], i: int) -> bool:
    """'an hourlong show', 'the latest claims': a cue form that can be a noun, after an
    article and a word that is no subject ('a spokeswoman warns' is a verb); so is a base
    form after an owner and a word ('Park's radio show', but 'Park's book argues')."""
    w = tokens[i].word
    if i < 2 or w.endswith("ed") or w in PLAIN_SPEECH_VERBS:
        return False
    if w == "say" and not _say_as_noun(tokens, i):
        return False  # "Sailors who fixed the hull say the pier ...": a verb
    before, opener = tokens[i - 1], tokens[i - 2]
    owned = opener.is_possessive and len(opener.text) > 2 and w in _OWNED_NOUNS
    return (
        (opener.word in ARTICLES or owned)
        and before.is_word
        and not before.is_capitalized
        and not before.word.endswith(("ly", "s"))
        and before.word not in PERSON_NOUNS
        and before.word not in ORG_NOUNS
        and before.word not in FRACTIONS  # "a third say", "a majority say"
        and before.word not in WORKS  # "the story suggests"
    )


def _say_as_noun(tokens: list[Token], i: int) -> bool:
    """'the final say in it', 'a bigger say over the port', 'the last say.': the noun is
    followed by what it is a say in, or by nothing; the verb by what is said."""
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    return after is None or not after.is_word or after.word in ("in", "over", "on", "about")


# Cue forms that are also nouns: "his tweet", "a Facebook post", "the Times report".
CUE_NOUNS = {"post", "report", "tweet", "claim", "call", "comment", "remark", "note", "answer"}
CUE_NOUNS |= {"reply", "question", "estimate", "forecast", "quote", "joke", "charge", "promise"}
CUE_NOUNS |= {"pledge", "vow", "warning", "blog", "statement", "interview"}
# ... and those that follow an owner and a word as nouns: "Park's radio show", "Lee's
# effusive praise" (while "the convention's delegates say" is a verb).
_OWNED_NOUNS = CUE_NOUNS | {"show", "praise"}


def _after_article_and_name(tokens: list[Token], i: int) -> bool:
    """'a Facebook post', 'the Times report': a bare cue form after an article and a singular
    name is a noun ("The Democrats argue" and "the Pentagon warns" are verbs)."""
    w = tokens[i].word
    if i < 2 or w not in CUE_NOUNS:
        return False
    name = tokens[i - 1]
    return tokens[i - 2].word in ARTICLES and name.is_capitalized and not name.word.endswith("s")


def _title_case(tokens: list[Token]) -> bool:
    """A headline in Title Case, where every word is capitalised, cues included."""
    words = [t for t in tokens if t.is_word and len(t.text) > 3]
    return len(words) >= 3 and sum(t.is_capitalized for t in words) >= 0.8 * len(words)


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


def words_of(tokens: list[Token]) -> str:
    return " ".join(t.word for t in tokens)


FRACTIONS = {"majority", "third", "thirds", "quarter", "quarters"}


# Finite forms that are never nouns: after them the phrase before is surely a subject.
PLAIN_SPEECH_VERBS = {"said", "says", "told", "tells", "wrote", "writes", "added", "adds"}


# Words in -ly that are no adverbs: "attorneys for the family said", "at the rally".
LY_NOUNS = {"family", "assembly", "rally", "supply", "ally", "monopoly", "anomaly", "reply"}
LY_NOUNS |= {"bully", "homily", "folly", "italy", "july"}


def is_adverb(word: str) -> bool:
    """A word in -ly that is an adverb ("repeatedly", "only"), not "family"."""
    return word.endswith("ly") and word not in LY_NOUNS


def only_adjuncts(tokens: list[Token], i: int, j: int) -> bool:
    """Tokens i..j hold only time words, prepositional phrases and commas."""
    if i >= j:
        return True
    if any(t.word == "that" for t in tokens[i:j]):
        return False  # "said in the letter that ...": a clause, not an adjunct
    first = tokens[i]
    if not first.is_word:
        return first.text in ",:—–-" and (i + 1 >= j or only_adjuncts(tokens, i + 1, j))
    w = first.word
    return (
        w in PREPOSITIONS
        or w in WEEKDAYS
        or w in MONTHS
        or w in BETWEEN_SPEAKER_AND_CUE
        or w in ASIDE_ADVERBS  # "said, however, that ..."
        or is_adverb(w)
        or (w in TIME_WORDS and w not in ("this", "that"))
    )


OBJECT_PRONOUNS = {"him", "her", "them", "it", "himself", "herself", "themselves", "itself"}


# Words before a sentence's subject that are not part of it: "But those ...", "Again, ...".
OPENING_FILLERS = {"but", "and", "yet", "so", "even", "again"}


# What a speaker issues, posts or sends: "released a statement saying ...".
DOCUMENT_NOUNS = {"statement", "tweet", "letter", "post", "email", "message", "video", "note"}
DOCUMENT_NOUNS |= {"release", "memo", "ad", "advertisement", "op-ed", "column", "blog"}
# Works that speak for their authors: "a post from Jo Lee", "the story suggests ...".
WORKS = DOCUMENT_NOUNS | {"report", "article", "study", "poll", "survey", "analysis", "story"}


def end_before_stop(text: str, s: int, e: int) -> int:
    end = e
    while end > s and text[end - 1].isspace():
        end -= 1
    if end > s and text[end - 1] in ".;:":
        end -= 1
    return end


CLAUSE_LINKS = {"and", "but", "with", "while", "whereas", "which"}


# Words that open a subordinate clause: "When Lee noted that ..., Park said ...".
SUBORDINATORS = {"when", "after", "before", "while", "because", "since", "if", "although", "though"}


# Words that open a relative clause around a cue: "the vote, which she said was an error".
RELATIVE_OPENERS = {"which", "that", "who", "whom", "what"}
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


SENTENCE_OPENERS = PREPOSITIONS | {"after", "before", "when", "while", "as", "having"}
SENTENCE_OPENERS |= {"whenever", "once", "if", "although", "though", "because", "since"}
SENTENCE_OPENERS |= OPENING_PREPOSITIONS


# Words that open a description rather than a name: "The board", "His chief aide",
# "One employee at the firm".
DESCRIPTION_OPENERS = {"the", "a", "an", "his", "her", "their", "its", "one"}
DESCRIPTION_OPENERS |= {"other", "some", "many", "several", "most"}  # "Other sailors"
DESCRIPTION_OPENERS |= {"another"}  # "Another sailor who was there"


def is_time(words: list[Token]) -> bool:
    """'Earlier Tuesday', 'Last March': a time, not a name ('Yin May' is a name)."""
    return all(
        t.word in WEEKDAYS or t.word in MONTHS or t.word in TIME_WORDS or t.word.isdigit()
        for t in words
    )


TIME_WORDS = {"earlier", "later", "last", "next", "early", "late", "this", "that"}
TIME_WORDS |= {"morning", "afternoon", "evening", "night", "week", "weekend", "month", "year"}


DASHES = {"—", "–", "-", "―"}  # "―" (a horizontal bar) serves as a dash too


def noun_in(word: str, nouns: set[str] | frozenset[str]) -> bool:
    """The word is one of `nouns`, or the plural of one ('groups', 'agencies'), or one
    after 'ex-' or 'co-' ('ex-wife', 'co-founders')."""
    if word in nouns:
        return True
    if word.startswith(("ex-", "co-")):
        return noun_in(word[3:], nouns)
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y" in nouns
    return word.endswith("s") and not word.endswith("ss") and word[:-1] in nouns


# Endings of nouns and of adjectives: a guess at a word that no list names.
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
