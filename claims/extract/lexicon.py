"""Word lists: speech cues in every tense, titles, pronouns, and words that are never names."""

from __future__ import annotations


def _inflect(base: str) -> set[str]:
    """Regular English forms of a verb: warn -> warn, warns, warned, warning."""
    if base.endswith("e"):
        return {base, base + "s", base + "d", base[:-1] + "ing"}
    if base.endswith("y") and base[-2] not in "aeiou":
        return {base, base[:-1] + "ies", base[:-1] + "ied", base + "ing"}
    if base.endswith(("sh", "ch", "ss", "x")):
        return {base, base + "es", base + "ed", base + "ing"}
    return {base, base + "s", base + "ed", base + "ing"}


# Verbs that report what someone said or wrote.
_REGULAR_SPEECH = """
    add argue claim warn insist blast note tweet state declare explain assert contend maintain
    acknowledge admit announce report reply respond answer suggest predict promise vow pledge
    charge allege accuse deny confirm stress emphasize emphasise observe remark recall concede
    complain criticize criticise describe testify tout boast brag joke quip lament urge counter
    retort conclude estimate caution mention reveal disclose indicate contend posit muse
    scoff slam attack blame praise question dispute reject rebut recount exclaim shout yell
    whisper acknowledge assure reiterate repeat affirm recount reckon insist point announce
    post signal theorize add lash hint agree disagree demand declare protest object proclaim
    plead speculate fume gush marvel rail rant blog chide mock ridicule decry denounce condemn
    applaud hail dismiss label brand dub laud concur boast advise inform notify remind
"""
_IRREGULAR_SPEECH = {
    "say": {"say", "says", "said", "saying"},
    "tell": {"tell", "tells", "told", "telling"},
    "write": {"write", "writes", "wrote", "written", "writing"},
    "call": {"call", "calls", "called", "calling"},
    "speak": {"speak", "speaks", "spoke", "spoken", "speaking"},
    "forecast": {"forecast", "forecasts", "forecasting"},
    "put": {"put", "puts"},  # "as he put it"
}
# Verbs of belief: PolNeAR-style annotation counts them as attributions too.
_BELIEF = {
    "believe", "believes", "believed", "believing", "think", "thinks", "thought", "thinking",
    "feel", "feels", "felt", "hope", "hopes", "hoped", "fear", "fears", "feared", "expect",
    "expects", "expected", "worry", "worries", "worried", "know", "knows", "knew", "doubt",
    "doubts", "doubted", "suspect", "suspects", "suspected", "contend", "insist", "assume",
    "assumes", "assumed", "understand", "understands", "understood", "recognize", "recognizes",
    "recognized", "acknowledge",
}

SPEECH_CUES: set[str] = set()
for _verb in _REGULAR_SPEECH.split():
    SPEECH_CUES |= _inflect(_verb)
# Short verbs that double their last consonant: admit -> admitted, slam -> slammed.
for _verb in ("admit", "slam", "quip", "rebut", "blog", "dub", "plead"):
    SPEECH_CUES -= {_verb + "ed", _verb + "ing"}
    if _verb != "plead":
        SPEECH_CUES |= {_verb + _verb[-1] + "ed", _verb + _verb[-1] + "ing"}
SPEECH_CUES |= {"pled", "pleaded", "pleading"}
for _forms in _IRREGULAR_SPEECH.values():
    SPEECH_CUES |= _forms
SPEECH_CUES -= {"point", "points", "pointed", "pointing"}  # only as "pointed out"
SPEECH_CUES |= {"pointed out", "points out", "point out", "noted that"}
BELIEF_CUES = _BELIEF - SPEECH_CUES
CUES = SPEECH_CUES | BELIEF_CUES

# Cues that take the addressee before the content: "told reporters that ...".
ADDRESSEE_CUES = {
    "tell", "tells", "told", "telling", "inform", "informs", "informed", "assure", "assures",
    "assured", "remind", "reminds", "reminded", "warn", "warns", "warned", "advise", "advised",
    "notify", "notified", "promise", "promised", "promises", "urge", "urged", "urges",
}
# Cues that mostly take an object rather than a clause: "blasted the plan as a failure".
OBJECT_CUES = {
    "blast", "blasts", "blasted", "slam", "slams", "slammed", "attack", "attacks", "attacked",
    "criticize", "criticizes", "criticized", "criticise", "criticised", "praise", "praised",
    "praises", "blame", "blamed", "blames", "accuse", "accused", "accuses", "call", "calls",
    "called", "describe", "describes", "described", "label", "labeled", "labelled", "brand",
    "branded", "dub", "dubbed", "deny", "denied", "denies", "denounce", "denounced", "condemn",
    "condemned", "decry", "decried", "mock", "mocked", "ridicule", "ridiculed", "dismiss",
    "dismissed", "reject", "rejected", "dispute", "disputed", "question", "questioned",
    "tout", "touted", "touts", "hail", "hailed", "laud", "lauded", "applaud", "applauded",
    "chide", "chided", "lash", "lashed", "rail", "railed", "confirm", "confirmed", "confirms",
    "announce", "announced", "announces", "reveal", "revealed", "predict", "predicted",
}
# Words that may stand between a speaker and the cue: "Sessions on Tuesday blasted".
BETWEEN_SPEAKER_AND_CUE = {
    "also", "later", "earlier", "then", "previously", "repeatedly", "publicly", "privately",
    "often", "once", "again", "recently", "has", "have", "had", "is", "was", "were", "are",
    "will", "would", "had", "been", "be", "reportedly", "allegedly", "simply", "flatly",
    "frequently", "quickly", "immediately", "angrily", "falsely", "wrongly", "correctly",
    "first", "last", "on", "this", "past", "week", "month", "year", "night", "morning",
    "afternoon", "evening", "today", "yesterday", "tonight", "still", "even", "already",
    "never", "always", "just", "did", "does", "do", "not", "may", "might", "could", "can",
    "should", "went", "so", "far", "further", "openly", "directly", "explicitly",
    "specifically", "both", "all", "himself", "herself", "themselves", "recently",
}
WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
MONTHS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.",
}

PERSON_PRONOUNS = {"he", "she"}
PLURAL_PRONOUNS = {"they", "we"}
PRONOUNS = PERSON_PRONOUNS | PLURAL_PRONOUNS | {"i", "it", "you", "who"}

DETERMINERS = {"the", "a", "an", "his", "her", "their", "its", "our", "one", "two", "three",
               "some", "several", "many", "another", "other", "this", "that", "these", "those"}

# Capitalised words that are titles or roles, not part of a person's name.
TITLE_WORDS = {
    "president", "vice", "sen.", "senator", "rep.", "representative", "gov.", "governor",
    "secretary", "attorney", "general", "mayor", "judge", "justice", "director", "chairman",
    "chairwoman", "chair", "speaker", "leader", "former", "dr.", "mr.", "mrs.", "ms.", "gen.",
    "adm.", "prime", "minister", "chancellor", "king", "queen", "pope", "rev.", "candidate",
    "nominee", "press", "spokesman", "spokeswoman", "spokesperson", "deputy", "acting",
    "assistant", "chief", "commissioner", "sheriff", "officer", "lt.", "col.", "capt.", "sgt.",
    "cmdr.", "maj.", "u.s.", "state", "house", "senate", "majority", "minority", "whip",
    "democratic", "republican", "gop", "presidential", "congressman", "congresswoman",
    "ambassador", "professor", "prof.", "executive", "ceo", "chairperson", "founder",
    "campaign", "manager", "strategist", "adviser", "advisor", "analyst", "economist",
    "lawyer", "attorneys", "delegate", "federal", "white", "national", "security", "then",
    "senior", "top", "independent", "libertarian", "green", "party", "sheikh", "sir", "lord",
    "lady", "prince", "princess", "first", "mr", "mrs", "ms", "dr", "sen", "rep", "gov",
}
# Capitalised words that never name a speaker on their own.
NOT_NAMES = {
    "the", "a", "an", "in", "on", "at", "but", "and", "or", "if", "when", "while", "as",
    "after", "before", "so", "yet", "this", "that", "these", "those", "it", "its", "he",
    "she", "they", "we", "i", "you", "there", "here", "what", "who", "why", "how", "asked",
    "still", "also", "then", "now", "later", "meanwhile", "however", "instead", "indeed",
} | WEEKDAYS | MONTHS

# Nouns that make a description a person ("the official", "a spokesman for ...").
PERSON_NOUNS = {
    "official", "officials", "officer", "spokesman", "spokeswoman", "spokesperson", "aide",
    "aides", "president", "senator", "congressman", "congresswoman", "candidate", "nominee",
    "governor", "mayor", "secretary", "minister", "adviser", "advisor", "advisers", "leader",
    "director", "chairman", "chief", "lawyer", "attorney", "judge", "source", "sources",
    "businessman", "billionaire", "man", "woman", "democrat", "republican", "executive",
    "commissioner", "representative", "ambassador", "analyst", "expert", "experts",
    "economist", "manager", "strategist", "staffer", "spokespeople", "pollster", "author",
    "writer", "reporter", "host", "anchor", "critic", "critics", "supporters", "opponents",
    "campaign", "administration", "department", "agency", "committee", "group", "report",
    "statement", "study", "survey", "poll", "magazine", "newspaper", "network",
}
