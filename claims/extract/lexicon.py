"""Word lists: speech cues in every tense, titles, pronouns, and words that are never names."""

from __future__ import annotations


def _words(text: str) -> set[str]:
    return set(text.split())


# Short verbs that double their last consonant: admit -> admitted, slam -> slammed.
_DOUBLED = {"admit", "slam", "quip", "rebut", "blog", "dub", "brag"}


def _inflect(base: str) -> set[str]:
    """Regular English forms of a verb: warn -> warn, warns, warned, warning."""
    if base in _DOUBLED:
        return {base, base + "s", base + base[-1] + "ed", base + base[-1] + "ing"}
    if base.endswith("e"):
        return {base, base + "s", base + "d", base[:-1] + "ing"}
    if base.endswith("y") and base[-2] not in "aeiou":
        return {base, base[:-1] + "ies", base[:-1] + "ied", base + "ing"}
    if base.endswith(("sh", "ch", "ss", "x")):
        return {base, base + "es", base + "ed", base + "ing"}
    return {base, base + "s", base + "ed", base + "ing"}


# Verbs that report what someone said or wrote (regular ones; forms are generated).
_REGULAR_SPEECH = _words(
    """
    accuse acknowledge add admit advise affirm agree allege announce answer applaud argue
    ask assert assure attack blame blast blog boast brag brand call caution charge chide claim
    complain concede conclude concur condemn confirm contend counter criticise criticize
    declare decry demand denounce deny describe disagree disclose dismiss dispute dub
    emphasise emphasize estimate exclaim explain fume gush hail hint indicate inform insist
    joke label lament lash laud marvel mention mock muse note notify object observe
    plead pledge point posit post praise predict proclaim promise protest question quip rail
    rant rebut recall reckon recount reiterate reject remark remind repeat reply report
    respond retort reveal ridicule scoff shout signal slam speculate state stress suggest
    testify theorize tout tweet urge vow warn whisper wonder yell surmise herald portray
    characterize depict cite reference invoke echo quote liken lambaste excoriate chastise
    rebuke scold assail encourage recite chant compare defend challenge propose nickname
    retweet bemoan grouse gripe grumble exhort implore
    """
)
_IRREGULAR_SPEECH = _words(
    """
    say says said saying tell tells told telling write writes wrote written writing
    speak speaks spoke spoken speaking forecast forecasts forecasting
    """
)
# Verbs of belief: PolNeAR-style annotation counts them as attributions too.
_BELIEF = _words(
    """
    acknowledge assume assumed assumes believe believed believes believing contend doubt
    doubted doubts expect expected expects fear feared fears feel feels felt hope hoped
    hopes insist knew know knows recognize recognized recognizes suspect suspected suspects
    think thinking thinks thought understand understands understood worried worries worry
    """
)

# The bare forms ("say", "warn"): finite only after "I", "we", "you", "they" or a plural.
BASE_CUES = (
    _REGULAR_SPEECH
    | {"say", "tell", "write", "forecast"}
    | {"believe", "think", "feel", "hope", "fear", "expect", "worry", "know", "doubt", "suspect"}
)
# Cues that report only with a clause: "a poll showed that", "the study found that",
# "the court ruled that". "assume office", "assumed a new role": taking on, unless a
# clause follows.
THAT_CUES = _words("show shows showed shown found finds reveal assume assumed assumes")
THAT_CUES.add("ruled")  # ("rules", "rule": mostly nouns, "party rules that could ...")
# "maintained that ..." reports; "maintains a lead", "maintained ties" do not.
THAT_CUES |= _inflect("maintain")
# "confessed that ...", "commented that ..." report; "confessed to the crime" and "declined
# to comment" do not.
for _verb in ("confess", "confide", "opine", "recommend", "comment", "underscore", "imply"):
    THAT_CUES |= _inflect(_verb)
for _verb in ("reason", "clarify", "summarize"):
    THAT_CUES |= _inflect(_verb)
SPEECH_CUES: set[str] = set(_IRREGULAR_SPEECH)
for _verb in _REGULAR_SPEECH:
    SPEECH_CUES |= _inflect(_verb)
SPEECH_CUES -= {"point", "points", "pointed", "pointing"}  # only as "pointed out"
# Cues of a quote only: '“…,” he continued.' (but "he continued the work" reports nothing).
QUOTE_ONLY_CUES = _inflect("continue")
for _verb in ("beam", "scream", "chuckle", "holler", "gasp", "chant"):
    QUOTE_ONLY_CUES |= _inflect(_verb)  # '“This is fantastic!” beamed Jo Park'
for _verb in ("bark", "elaborate", "interject", "snipe", "mutter"):
    QUOTE_ONLY_CUES |= _inflect(_verb)  # '“And the rest?” Lee barked.'
QUOTE_ONLY_CUES |= _words("sing sings sang sung singing")  # '“…,” Jo Park sings to Lee'
QUOTE_ONLY_CUES |= _words("read reads")  # '“…,” reads an editorial in the Harbor Post'
SPEECH_CUES |= QUOTE_ONLY_CUES
# Forms that in news are mostly nouns ("Rust Belt states", "the Paris attacks") or
# report that someone talked, not what they said ("Park spoke for 40 minutes").
SPEECH_CUES -= _words("state states attack attacks speak speaks spoke spoken speaking challenging")
BELIEF_CUES = _BELIEF - SPEECH_CUES
CUES = SPEECH_CUES | BELIEF_CUES | THAT_CUES

# Cues whose claim follows "of" or "about": "warned of a battle", "bragged about his wealth".
ABOUT_CUES: set[str] = set()
for _verb in ("warn", "complain", "gripe", "boast", "brag", "joke", "muse", "rant", "fume"):
    ABOUT_CUES |= _inflect(_verb)
ABOUT_CUES |= _inflect("marvel")
# A promise is a claim a checker can hold its speaker to: "vowed to cut taxes".
PROMISE_CUES = _inflect("promise") | _inflect("pledge") | _inflect("vow")

# "released the following statement:" opens a quotation in the next paragraph.
STATEMENT_NOUNS = _words("statement remarks message letter post tweet tweets")

# Cues that take the addressee before the content: "told reporters that ...".
ADDRESSEE_CUES = _words(
    """
    advise advised assure assured assures inform informed informs notified notify promise
    promised promises remind reminded reminds tell telling tells told urge urged urges warn
    warned warns exhort exhorted exhorts encourage encouraged encourages implore implored
    implores
    """
)
# Cues that mostly take an object rather than a clause: "blasted the plan as a failure".
OBJECT_CUES = _words(
    """
    accuse accused accuses announce announced announces applaud applauded attack attacked
    attacks blame blamed blames blast blasted blasts brand branded call called calls chide
    chided condemn condemned confirm confirmed confirms criticise criticised criticize
    criticized criticizes decried decry denied denies denounce denounced deny describe
    described describes dismiss dismissed dispute disputed dub dubbed hail hailed label
    labeled labelled lash lashed laud lauded mock mocked praise praised praises predict
    predicted question questioned rail railed reject rejected reveal revealed ridicule
    ridiculed slam slammed slams tout touted touts herald heralded heralds portray
    portrayed portrays characterize characterized characterizes depict depicted depicts
    cite cited cites citing
    """
)
# Words that may stand between a speaker and the cue: "Sessions on Tuesday blasted".
BETWEEN_SPEAKER_AND_CUE = _words(
    """
    afternoon again all allegedly already also always angrily are be been both can correctly
    could did directly do does earlier even evening explicitly falsely far first flatly
    frequently further had has have herself himself immediately is just last later may might
    month morning never night not often on once openly past previously privately publicly
    quickly recently repeatedly reportedly should simply so specifically still themselves
    then this today tonight was week went were will would wrongly year yesterday now soon long
    nevertheless nonetheless also meanwhile only itself here since
    ’s 's ’re 're ’ve 've ’d 'd ’ll 'll isn’t isn't wasn’t wasn't hasn’t hasn't haven’t
    haven't hadn’t hadn't didn’t didn't doesn’t doesn't don’t don't won’t won't wouldn’t
    wouldn't can’t can't couldn’t couldn't aren’t aren't weren’t weren't
    """
)
WEEKDAYS = _words(
    """
    friday monday saturday sunday thursday tuesday wednesday
    """
)
MONTHS = _words(
    """
    april aug. august dec. december feb. february jan. january july june march may nov.
    november oct. october sept. september
    """
)

# Lower-case words inside names: "Federico de Jesus", "Ursula von der Leyen".
NAME_PARTICLES = _words("de da del della di van von der den la le du bin ibn al el dos das ter")

PERSON_PRONOUNS = {"he", "she"}
PLURAL_PRONOUNS = {"they", "we"}
PRONOUNS = PERSON_PRONOUNS | PLURAL_PRONOUNS | {"i", "it", "you", "who"}
# "Some say ...", "Others argue ...": unnamed groups as speakers.
GROUP_PRONOUNS = {"some", "many", "others", "most", "few", "several", "all", "both", "each"}

DETERMINERS = _words(
    """
    a an another her his its many one other our several some that the their these this those
    three two
    """
)
# Words that are titles or roles, not part of a person's name.
TITLE_WORDS = _words(
    """
    acting adm. admiral adviser advisor alderman ambassador analyst assemblyman
    assemblywoman assistant attorney attorneys auditor bishop campaign candidate capt.
    captain cardinal ceo chair chairman chairperson chairwoman chancellor chief cmdr. coach
    col. colonel commander commissioner comptroller congressman congresswoman corporal
    councillor councilman councilor councilwoman dean delegate democratic deputy detective
    director dr dr. economist executive federal first former founder gen. general gop gov
    gov. governor green imam independent inspector judge justice king lady lawyer
    leader libertarian lieutenant lord lt. magistrate maj. major majority manager marshal
    mayor minister minority mr mr. mrs mrs. ms ms. national nominee officer party pastor
    pope premier president president-elect presidential press prime prince princess prof.
    professor prosecutor provost queen rabbi rep rep. representative republican rev.
    secretary security sen sen. senate senator senior sergeant sgt. sheikh sheriff sir
    solicitor speaker spokesman spokesperson spokeswoman state strategist superintendent
    then top treasurer trustee u.s. vice whip
    staff editor publisher host anchor correspondent reporter columnist commentator owner
    author writer activist organizer pollster researcher scientist historian consultant
    """
)
# Capitalised words that never name a speaker on their own.
_NOT_NAMES = _words(
    """
    a after also an and as asked at before but he here how however i if in indeed instead it
    its later meanwhile now on or she so still that the then there these they this those we
    what when while who why yet you
    """
)
_NOT_NAMES |= _words(
    """
    for with from by to of about like during since until under over among despite without
    within through against toward towards unlike including following amid per via into onto
    upon near behind beyond across around throughout even only just last next every each
    many some most more other both such not no yes perhaps maybe although though because
    unless whether where which thus nor instead another any all several few neither either
    his her their our my your earlier given between
    """
)
NOT_NAMES = _NOT_NAMES | WEEKDAYS | MONTHS
# Cues that may open a sentence before the speaker ("Said Park: ..."): never part of a name.
OPENING_CUES = _words("said says added adds wrote writes")

# Nouns that make a description a speaker ("the official", "a spokesman for ...").
PERSON_NOUNS = _words(
    """
    administration adviser advisers advisor agency aide aides ambassador analyst anchor
    attorney author billionaire businessman campaign candidate chairman chief commissioner
    committee congressman congresswoman critic critics democrat department director
    economist executive expert experts governor group host judge lawyer leader magazine man
    manager mayor minister network newspaper nominee officer official officials opponents
    poll pollster president report reporter representative republican secretary senator
    source sources spokesman spokespeople spokesperson spokeswoman staffer statement
    strategist study supporters survey woman writer
    analysts economists experts officials observers residents voters activists scientists
    researchers doctors lawmakers legislators senators aides strategists pollsters insiders
    organizers protesters opponents witnesses prosecutors investigators authorities officers
    people respondents participants diplomats neighbors friends relatives employees workers
    clerk employee nurse student students member members chair chairwoman head coach pastor
    priest bishop rabbi sheriff donor donors fan fans ally allies rival rivals colleague
    colleagues delegate delegates veteran veterans victims
    voter supporter resident activist worker scientist researcher professor teacher editor
    founder owner farmer mother father wife husband son daughter child girl boy citizen
    advocate skeptic liberals women men
    captain mogul tycoon surgeon neurosurgeon diplomat actor actress star person guy
    friend lady justice prince princess king queen pope emperor sheikh monarch cleric imam
    witness moderator admiral narrator insider partner investor organizer family
    """
)
# Nouns that make a description an organisation that can speak ("the harbor board").
ORG_NOUNS = _words(
    """
    administration agency association authority board bureau campaign center coalition
    commission committee company council court department firm foundation government group
    institute league ministry network newspaper office organization panel party police
    regulator service team union university
    bank paper magazine station outlet site website channel senate congress jury school
    hospital airline alliance caucus delegation embassy mission city county town country
    nation regime military army navy report study survey poll memo letter document
    complaint lawsuit suit filing statement release article piece ad video clip tweet post email
    book film data analysis audit review assessment investigation ruling order decision
    indictment affidavit transcript records index polling research
    fund institution organisation laboratory society trust cabinet legislature assembly
    parliament tribunal camp media story editorial
    figures numbers statistics estimates results findings projections
    """
)

# One-word US states: "Aurora, Colorado," is a place, not a speaker.
US_STATES = _words(
    """
    alabama alaska arizona arkansas california colorado connecticut delaware florida georgia
    hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts
    michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon
    pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming
    """
)
TWO_WORD_STATES = {
    "new hampshire",
    "new jersey",
    "new mexico",
    "new york",
    "north carolina",
    "north dakota",
    "south carolina",
    "south dakota",
    "rhode island",
    "west virginia",
}


def is_us_state(name: str) -> bool:
    """'Iowa', 'South Carolina': a place, never a speaker."""
    low = name.lower()
    return low in US_STATES or low in TWO_WORD_STATES


# Cues of a question: "asked whether ...", "wondered how ...".
ASK_CUES = {"ask", "asks", "asked", "asking", "wonder", "wonders", "wondered", "wondering"}


# Works whose titles are quoted: 'on his podcast “The Pier Files” Thursday'.
WORK_NOUNS = {"podcast", "show", "program", "programme", "book", "film", "movie", "column"}
WORK_NOUNS |= {"documentary", "series", "song", "album", "newsletter", "blog", "op-ed", "essay"}
WORK_NOUNS |= {"memoir", "novel", "autobiography", "biography"}
