"""Who said it: turn a mention ("he", "Sessions", "the former president") into a name."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from claims.extract.grammar import WORKS, is_number
from claims.extract.lexicon import (
    CUES,
    DETERMINERS,
    GROUP_PRONOUNS,
    MONTHS,
    NAME_PARTICLES,
    NOT_NAMES,
    OPENING_CUES,
    ORG_NOUNS,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    PLURAL_PRONOUNS,
    TITLE_WORDS,
    is_us_state,
)
from claims.extract.tokens import POSSESSIVE_ENDINGS, Token, tokenize

_ORG_WORDS = {
    "house",
    "department",
    "committee",
    "times",
    "news",
    "party",
    "council",
    "agency",
    "institute",
    "university",
    "post",
    "journal",
    "campaign",
    "administration",
    "office",
    "bureau",
    "commission",
    "association",
    "foundation",
    "center",
    "centre",
    "group",
    "network",
    "fund",
    "union",
    "court",
    "congress",
    "senate",
    "police",
    "service",
    "ministry",
    "government",
    "company",
    "corporation",
    "inc.",
    "bank",
    "board",
    "press",
    "reuters",
    "cnn",
    "msnbc",
    "fbi",
    "cia",
    "doj",
    "dhs",
    "epa",
    "nbc",
    "abc",
    "cbs",
    "fox",
    "politico",
    "axios",
    "breitbart",
    "tribune",
    "magazine",
    "review",
    "organization",
    "coalition",
    "project",
    "watch",
    "pac",
    "gop",
    "rnc",
    "dnc",
    "nra",
    "aclu",
    "un",
    "nato",
    "eu",
}
_FEMALE_TITLES = {
    "mrs.",
    "ms.",
    "mrs",
    "ms",
    "madam",
    "congresswoman",
    "chairwoman",
    "spokeswoman",
    "queen",
    "princess",
    "lady",
    "first lady",
}
_MALE_TITLES = {"mr.", "mr", "congressman", "chairman", "spokesman", "king", "prince", "sir"}
# A few very common first names, so that "she" does not land on a man right after him.
_FEMALE_NAMES = set(
    """hillary nancy elizabeth kellyanne sarah melania ivanka michelle kamala jill hope huma
    donna debbie katrina kayleigh susan lisa maria mary barbara laura nikki tulsi amy kirsten
    maxine ruth sonia condoleezza madeleine theresa angela marine paula monica janet loretta
    sally debra carly megyn ann anne heather jennifer jessica karen patricia linda emily
    rachel rebecca catherine katherine kate julie christine claire diane dianne olivia emma
    sophia chelsea tammy marsha joni martha shelley tina cindy ilhan alexandria
    ayanna rashida liz betsy gina jen jan ellen samantha stephanie""".split()
)
_LOWER_WORD = re.compile(r"[a-z][a-z’'\-]+")
_NOT_IN_A_TITLE = NOT_NAMES | DETERMINERS
_INITIAL = re.compile(r"[A-Z]\.,?")
# Two or more capitalised words: titles, then a name ("Salem Harbor Board Chairman Ada
# Park"). A word's letters are never given back ("*+"): that can never make a run,
# and trying it cost each capitalised word as many steps as letters. (The first word is
# written out of the repeated group: the same runs, but the scan can then skip to the next
# capital letter, which made it three times cheaper.)
_NAME_RUN = re.compile(r"[A-Z][\w’'\-]*+\.?\s+(?:[A-Z][\w’'\-]*+\.?\s+)*[A-Z][\w’'\-]*")
_NAME_SUFFIXES = {"Jr", "Sr", "II", "III", "IV"}
# An article opening a description that titles a name: "the" of "the port's director".
_ARTICLE = re.compile(r"^(?:the|an?|one)\s+", re.IGNORECASE)


@dataclass
class Person:
    name: str
    title: str | None = None
    gender: str | None = None  # "m", "f" or None
    is_person: bool = True


# A sentence opening with one capitalised word and a verb: "Bush confronted ...".
_OPENING_SURNAME = re.compile(r"([A-Z][a-z’'-]+) (?:[a-z]+ed|went|said|says|told|made|took)\b")


@dataclass
class Resolved:
    name: str | None
    title: str | None


# People named by whom they stand beside: never the person beside them.
RELATION_NOUNS = {"spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor"}
RELATION_NOUNS |= {"wife", "husband", "son", "daughter", "mother", "father", "friend"}
RELATION_NOUNS |= {"lawyer", "attorney", "staffer", "assistant", "colleague", "rival", "ally"}


@dataclass
class SpeakerResolver:
    """Resolves mentions in reading order, remembering who spoke last."""

    article: str
    _full_names: dict[str, list[tuple[int, str]]] | None = None
    people: dict[str, Person] = field(default_factory=dict)
    _titles: dict[str, str] = field(default_factory=dict)  # seen before a name in the text
    recent: list[str] = field(default_factory=list)  # canonical names, most recent last
    _lower_words: dict[str, bool] = field(default_factory=dict)
    _names_in_order: list[tuple[int, str]] = field(default_factory=list)  # by offset

    def _scan_names(self) -> None:
        self._full_names = {}
        # Every run of capitalised words may end in a full name for a surname used later
        # ("Sessions" -> "Jeff Sessions"): two or three words after its titles, or the last
        # two or three of a longer run after a word for a person. The title words before
        # it ("Attorney General") are remembered for "the attorney general" later on.
        for m in _NAME_RUN.finditer(self.article):
            run = m.group()
            marked = "’" in run or "'" in run  # (most runs hold no possessive: skip the look)
            for words in _runs_within_sentences(run):
                if marked:
                    # "the Harbor Post’s Jo Lee": the name after its owner
                    owners = [n for n, w in enumerate(words[:-1]) if w.endswith(POSSESSIVE_ENDINGS)]
                    words = words[owners[-1] + 1 :] if owners else words
                lowered = [w.lower() for w in words]
                k = 0  # past the title words
                while k < len(words) and (
                    lowered[k] in NOT_NAMES
                    or lowered[k] in TITLE_WORDS
                    or lowered[k] in OPENING_CUES
                    or (len(words) - k > 2 and self._written_in_lower_case(lowered[k]))
                ):
                    k += 1
                title_words = words[:k]
                # "Massachusetts Sen. Elizabeth Warren": the name follows the last title.
                if k < len(words) and not TITLE_WORDS.isdisjoint(lowered[k:]):
                    k = max(n for n in range(k, len(words)) if lowered[n] in TITLE_WORDS) + 1
                words = words[k:]
                if len(words) > 2 and words[-1].rstrip(".,") in _NAME_SUFFIXES:
                    words = words[:-1]  # "Jo B. Lee Jr."
                if len(words) > 3:
                    # a description before the name: "Salem Harbor Democrat Jo K. Lee" (but
                    # "Salem Harbor Brass Band" is no person)
                    n = 3 if _INITIAL.fullmatch(words[-2]) else 2
                    words = words[-n:] if _describes_a_person(words[-n - 1]) else []
                if len(words) < 2 or any(_is_possessive(w) for w in words[:-1]):
                    continue
                # "the Supreme Court. He": "Court." is "court" (but "A." is an initial)
                plain = [w if _INITIAL.fullmatch(w) else w.rstrip(".,") for w in words]
                if any(w.lower() in NOT_NAMES or w.lower() in _ORG_WORDS for w in plain):
                    continue
                words[-1] = words[-1].removesuffix("’s").removesuffix("'s")
                # (an initial keeps its period: "Joseph R. Biden", as a mention writes it)
                name = " ".join(
                    w.rstrip(",") if _INITIAL.fullmatch(w) else w.rstrip(".,") for w in words
                )
                last = words[-1].rstrip(".,").lower()
                # (where the name itself stands: "in May. Jo Lee" is one run of capitals)
                at = self.article.find(words[0], m.start(), m.end())
                self._full_names.setdefault(last, []).append((at, name))
                title = " ".join(w for w in title_words if w.lower() not in NOT_NAMES)
                if title and name not in self._titles:
                    self._titles[name] = title
        self._names_in_order = sorted(
            (pos, name) for named in self._full_names.values() for pos, name in named
        )

    def _written_in_lower_case(self, word: str) -> bool:
        """Words the article also writes in lower case are common words, not names, when
        they open a run of capitals ("For Obama", "Battleground state Florida")."""
        if not _LOWER_WORD.fullmatch(word):
            return False
        found = self._lower_words.get(word)
        if found is None:
            found = self._lower_words[word] = _has_word(self.article, word)
        return found

    def _scan_once(self) -> None:
        """The name scan costs a pass over the article: only when a name is first needed."""
        if self._full_names is None:
            self._scan_names()

    @property
    def full_names(self) -> dict[str, list[tuple[int, str]]]:
        """Surname -> [(offset, full name)]."""
        self._scan_once()
        assert self._full_names is not None
        return self._full_names

    @property
    def titles(self) -> dict[str, str]:
        """Full name -> the title printed before it ("Mayor Linda Okafor")."""
        self._scan_once()
        return self._titles

    @property
    def names_in_order(self) -> list[tuple[int, str]]:
        """(offset, full name) of every full name in the article, by offset."""
        self._scan_once()
        return self._names_in_order

    # --- public -------------------------------------------------------------------------

    def resolve(self, mention: str, offset: int, sentence_start: int | None = None) -> Resolved:
        """Resolve the mention found at article offset `offset` (in a sentence starting at
        `sentence_start`, when the caller knows)."""
        if mention.endswith(("s'", "s’")):
            mention = mention[:-1]  # "Ana Davis' letter": the owner's name, not its mark
        tokens = tokenize(mention)
        words = [t for t in tokens if t.is_word]
        if not words:
            return Resolved(None, None)
        low = [t.word for t in words]
        who = low.index("who", 1) if "who" in low[1:-1] else None
        if who is not None and (who < 2 or not all(t.is_capitalized for t in words[:who])):
            # "Those who know Lee", "Dock workers who spoke with the Wire": not Lee, not
            # the Wire, but the people the clause picks out (a full name is the person).
            return self._description(words, mention)
        if len(words) > 2 and low[-2:] == ["and", "others"]:
            # "Ada Park and others": the one the article names.
            return self.resolve(mention[: words[-2].start].rstrip(" ,"), offset)
        if len(words) > 1 and low[-1] in ("who", "which"):
            # "Dorsey, who", "the board, which": the relative pronoun's antecedent speaks.
            return self.resolve(mention[: words[-1].start].rstrip(" ,"), offset)
        link = next((k for k in range(1, len(words)) if low[k] in SCENE_LINKS), None)
        if (
            link is not None
            and all(t.is_capitalized for t in words[:link])
            and low[0] not in PERSON_NOUNS
            and not is_number(words[0])  # "Three in 10 sailors" is a share, not "Three"
        ):
            # "Trump in his announcement speech": the name before the scene.
            return self.resolve(mention[: words[link].start].rstrip(" ,"), offset)
        if self._is_name_of_place(words):
            # "Rep. Ann Lee of Ohio": the person, not the state.
            of = low.index("of", 2)
            return self.resolve(mention[: words[of].start].rstrip(" ,"), offset)
        if len(words) == 1 and low[0] in GROUP_PRONOUNS:
            return Resolved(None, None)  # "Some say": nobody the article names
        if len(words) == 1 and low[0] in ("his", "her"):
            pronoun = "he" if low[0] == "his" else "she"  # "his claim that"
            return self._pronoun(pronoun, offset, sentence_start)
        if len(words) == 1 and low[0] in PERSON_PRONOUNS:
            return self._pronoun(low[0], offset, sentence_start)
        if len(words) == 1 and low[0] in ("they", "it", "their", "its"):
            name = self._last_group() or self._last_speaker()
            return Resolved(name, self.people[name].title if name else None)
        if len(words) == 1 and (low[0] in PLURAL_PRONOUNS or low[0] in ("i", "who")):
            name = self._last_speaker()
            return Resolved(name, self.people[name].title if name else None)
        if "," in mention and any(not t.is_capitalized for t in words):
            named = self._named_after_description(mention, offset, sentence_start)
            if named:
                return named
        name_tokens, title_tokens = _split_name(words)
        if name_tokens:
            return self._named(name_tokens, title_tokens, mention, offset)
        return self._description(words, mention)

    def _named_after_description(
        self, mention: str, offset: int, sentence_start: int | None
    ) -> Resolved | None:
        """'the port's director, Ana B. Ruiz': the name after the comma, titled with the
        description before it."""
        head, _, tail = mention.rpartition(",")
        named = [t for t in tokenize(tail) if t.is_word]
        if len(named) < 2 or not all(t.is_capitalized for t in named):
            return None
        start = len(mention) - len(tail.lstrip())
        resolved = self.resolve(mention[start:], offset + start, sentence_start)
        if not resolved.name or resolved.title:
            return resolved
        return self.titled(resolved.name, _ARTICLE.sub("", head.strip()))

    def _known_tail(self, name_tokens: list[Token]) -> int:
        """How many last words of a long run of capitals are a full name found in the
        article (0 when none are)."""
        for n in (3, 2):
            if not _describes_a_person(name_tokens[-n - 1].text):
                continue  # "Association of Harbor Pilots" is no title and a name
            tail = " ".join(t.text.rstrip(",") for t in name_tokens[-n:])
            if any(name == tail for _, name in self.full_names.get(name_tokens[-1].word, ())):
                return n
        return 0

    @staticmethod
    def _is_name_of_place(words: list[Token]) -> bool:
        """'Rep. Ann Lee of Ohio', 'Jo Lewis of the Harbor Center', not 'Bank of America' or
        'Secretary of State John Kerry'."""
        low = [t.word for t in words]
        if "of" not in low[2:-1]:
            return False
        of = low.index("of", 2)
        after = of + 2 if words[of + 1].word == "the" and of + 2 < len(words) else of + 1
        if not words[after].is_capitalized:  # "of Ohio", "of the Harbor Center"
            return False
        name, _ = _split_name(words[:of])
        return len(name) >= 2 and not any(t.word in _ORG_WORDS for t in name)

    def titled(self, name: str, title: str) -> Resolved:
        """Give `name` the title an appositive gave it ("Jo Lee, the harbor chief, said"),
        unless the article gave one already."""
        person = self.people.setdefault(name, Person(name))
        person.title = person.title or title
        return Resolved(name, person.title)

    def spoke(self, name: str | None) -> None:
        """Record that `name` just spoke (for pronouns and descriptions that follow)."""
        if not name:
            return
        if name in self.recent:
            self.recent.remove(name)
        self.recent.append(name)

    # --- the cases ----------------------------------------------------------------------

    def _pronoun(self, pronoun: str, offset: int, sentence_start: int | None) -> Resolved:
        """'he'/'she': the person whose full name opens the pronoun's sentence ("Adm. Jo
        Ham is speaking out about ... why he believes"), or whose surname does with its verb
        ("Bush confronted Lee, where he called ..."), else the most recent speaker who
        can be that person. A full name beats a single word of unknown gender (which may
        be a place or a paper)."""
        gender = "m" if pronoun == "he" else "f"
        subject = None if sentence_start is None else self._name_opening(sentence_start, offset)
        if subject is None and sentence_start is not None:
            subject = self._surname_opening(sentence_start, offset, gender)
        if subject:
            title = self.titles.get(subject)
            person = self.people.get(subject) or Person(subject, title, _gender(subject, title))
            if person.gender in (None, gender):
                self.people[subject] = person
                person.gender = gender
                return Resolved(subject, person.title)
        unknown_full = unknown_single = None
        for name in reversed(self.recent):
            person = self.people[name]
            if not person.is_person or _is_plural_description(name):
                continue  # "Chicago residents" is no "she"
            if person.gender == gender:
                return Resolved(name, person.title)
            if person.gender is None:
                if " " in name and unknown_full is None:
                    unknown_full = name
                elif unknown_single is None:
                    unknown_single = name
        guess = unknown_full or unknown_single
        if guess:
            self.people[guess].gender = gender
            return Resolved(guess, self.people[guess].title)
        if not self.recent:
            # Nobody has spoken yet: "Jo Lee was blunt. “…,” he said." is the person the
            # article named last.
            named = self._last_named_before(offset, gender)
            if named:
                person = self.people.setdefault(named, Person(named, self.titles.get(named)))
                person.gender = gender
                return Resolved(named, person.title)
        return Resolved(None, None)

    def _last_named_before(self, offset: int, gender: str) -> str | None:
        """The full name written last before `offset` (of the last three) that can be this
        'he' or 'she'."""
        names = self.names_in_order
        k = bisect_left(names, (offset, ""))
        for _, name in reversed(names[max(0, k - 3) : k]):
            if _gender(name, self.titles.get(name)) in (None, gender):
                return name
        return None

    def _named(
        self, name_tokens: list[Token], title_tokens: list[Token], mention: str, offset: int
    ) -> Resolved:
        if len(name_tokens) > 3:
            # "Salem Harbor Board Democrat Ada Park": descriptions before a name the
            # article's runs of capitals hold ("Ada Park")
            known = self._known_tail(name_tokens)
            if known:
                title_tokens = title_tokens + name_tokens[:-known]
                name_tokens = name_tokens[-known:]
        parts = [t.text for t in name_tokens]
        name = " ".join(parts)
        title = " ".join(t.text for t in title_tokens) or None
        is_person = not (
            any(t.word in _ORG_WORDS for t in name_tokens)
            or (title_tokens and title_tokens[0].word == "the" and len(title_tokens) == 1)
            or len(parts) > 3
        )
        if is_person and len(parts) == 1:
            # ("Mr. Obama" is not Michelle Obama, named earlier)
            name = self._full_name(parts[0], offset, _title_gender(title)) or name
        person = self.people.get(name)
        if person is None:
            person = self.people[name] = Person(name, None, None, is_person)
        if title and title.lower() not in DETERMINERS:
            person.title = person.title or _clean_title(title)
        if person.title is None and name in self.titles:
            person.title = self.titles[name]
        if person.gender is None:
            person.gender = _gender(name, title)
        return Resolved(name, person.title)

    def _description(self, words: list[Token], mention: str) -> Resolved:
        head = words[-1].word
        definite = words[0].word in {"the", "his", "her", "their", "its"} or words[0].is_possessive
        plural = head.endswith("s") and not head.endswith("ss")
        # "the two lawmakers" is not one person, "the Obama administration" is no person
        if definite and head in PERSON_NOUNS and head not in ORG_NOUNS and not plural:
            # "the former president", "the mayor": the article names this person already;
            # prefer a recent speaker with that title, then anyone it gave that title.
            for name in reversed(self.recent):
                person = self.people[name]
                if person.is_person and person.title and head in person.title.lower().split():
                    return Resolved(name, person.title)
            titled = [n for n, t in self.titles.items() if head in t.lower().split()]
            if len(titled) == 1:
                name = titled[0]
                person = self.people.setdefault(name, Person(name, self.titles[name]))
                return Resolved(name, person.title)
            # Else "the senator" is the person who spoke last; but not "his wife", "the
            # spokesman" or "Lee's lawyer": someone close to a person is another person.
            if words[0].word == "the" and head not in RELATION_NOUNS:
                gender = "f" if head.endswith("woman") else "m" if head.endswith("man") else None
                for name in reversed(self.recent):
                    person = self.people[name]
                    if not person.is_person or _is_plural_description(name):
                        continue  # "officials" is no "the senator"
                    if gender and not self._may_be(name, gender):
                        continue  # "the man" is not the woman who spoke last
                    return Resolved(name, person.title)
        if len(words) == 2 and words[0].word == "the" and head in ORG_NOUNS:
            # "The Salem Harbor Committee said … The committee added": the body that spoke
            # last and carries that word in its proper name.
            for name in reversed(self.recent):
                parts = name.split()
                proper = len(parts) > 1 and all(p[:1].isupper() for p in parts)
                if proper and parts[-1].lower() == head and not self.people[name].is_person:
                    return Resolved(name, self.people[name].title)
        text = mention.strip()
        if words[0].word == "the":
            text = text[words[1].start - words[0].start :] if len(words) > 1 else text
        is_person = head in PERSON_NOUNS and head not in ORG_NOUNS
        person = self.people.setdefault(text, Person(text, None, None, is_person))
        return Resolved(person.name, None)

    def _surname_opening(self, start: int, offset: int, gender: str) -> str | None:
        """'Bush confronted Lee, where he called ...': a surname the article gave in full
        before, opening the pronoun's sentence and followed by its verb."""
        m = _OPENING_SURNAME.match(self.article, start, offset)
        if not m or m.group(1).lower() in NOT_NAMES:
            return None
        return self._full_name(m.group(1), start, gender)

    def _name_opening(self, start: int, offset: int) -> str | None:
        """The full name (with any titles before it) that opens the text from `start`
        to `offset`, when a name opens it."""
        text = self.article
        if not text[start : start + 1].isalnum():
            return None  # a sentence that opens with a quotation: its names are quoted words
        names = self.names_in_order
        k = bisect_left(names, (start, ""))
        while k < len(names) and len(names[k][1].split()[-1]) < 2:
            k += 1  # not "Retired U"
        if k == len(names) or names[k][0] >= offset:
            return None
        pos, name = names[k]
        surname = name.split()[-1]
        at = text.find(surname, pos)
        if at < 0:
            return None
        words = text[start : at + len(surname)].split()
        # Titles and a name ("Retired U.S. Navy Adm. Jo Ham"), not "His Catholic faith" or
        # "In West Miami".
        if any(not w[0].isupper() or w.lower() in _NOT_IN_A_TITLE for w in words):
            return None
        if is_us_state(" ".join(words[-2:])) or is_us_state(words[-1]):
            return None  # "South Carolina, he said"
        if words[-1].endswith("ans"):
            return None  # "Hoosier Republicans"
        return name

    def _full_name(self, surname: str, offset: int, gender: str | None = None) -> str | None:
        options = self.full_names.get(surname.lower())
        if gender:
            options = [(pos, name) for pos, name in options or () if self._may_be(name, gender)]
        if not options:
            return None
        before = [name for pos, name in options if pos <= offset]
        if not before:
            return options[0][1]
        # "Sanders" after both Bernie and Jane Sanders were named: the one who has spoken.
        spoken = [name for name in reversed(self.recent) if name in before]
        return spoken[0] if spoken else before[-1]

    def _may_be(self, name: str, gender: str) -> bool:
        """Whether the person of this full name can be of this gender, as the name and its
        title tell (a gender guessed from a pronoun may be wrong)."""
        return _gender(name, self.titles.get(name)) in (None, gender)

    def last_spoken(self) -> tuple[str | None, str | None]:
        """The most recent speaker and their title, if anyone spoke yet."""
        name = self._last_speaker()
        return (name, self.people[name].title) if name else (None, None)

    def _last_group(self) -> str | None:
        """The most recent speaker that is an organisation or a group: 'they', 'it'."""
        for name in reversed(self.recent):
            if not self.people[name].is_person or _is_plural_description(name):
                return name  # "the campaign", "officials" (but not "Sessions")
        return None

    def _last_speaker(self) -> str | None:
        return self.recent[-1] if self.recent else None


_SENTENCE_END_WORD = re.compile(r"[a-z]{2,}\.$|[A-Z][a-z]{3,}\.$")
_ABBREVIATED = {
    "mr.",
    "mrs.",
    "ms.",
    "dr.",
    "sen.",
    "rep.",
    "gov.",
    "gen.",
    "lt.",
    "col.",
    "capt.",
    "sgt.",
    "st.",
    "jr.",
    "sr.",
    "rev.",
    "adm.",
    "maj.",
    "prof.",
    "ft.",
}


# Words that open a phrase about where or when, not part of a speaker's name.
SCENE_LINKS = {"in", "at", "on", "during"}


# ", the harbor chief," or ", a professor at Salem University." right after a name.
_APPOSITIVE = re.compile(r",\s+(?:the|a|an)\s+([^,.;:“”\"()]{3,60}?)\s*[,.]")


def appositive_title(after_name: str) -> str | None:
    """The title an appositive right after a speaker's name gives them, if it names a job
    ("the harbor chief", "a professor at Salem University"), not anything else ("a city of
    boats")."""
    m = _APPOSITIVE.match(after_name)
    if not m:
        return None
    phrase = m.group(1)
    head = phrase.split(" of ")[0].split(" at ")[0].split(" for ")[0].split()
    job = head[-1].lower().removesuffix("’s").removesuffix("'s") if head else ""
    if job not in TITLE_WORDS and job not in PERSON_NOUNS:
        return None
    if any(w.lower() in CUES for w in phrase.split()):
        return None  # ", a sailor who said …": a clause, no title
    return phrase


def _runs_within_sentences(run: str) -> list[list[str]]:
    """Split a run of capitalised words where a sentence or a line ends ("China. Obama",
    a headline's last word and the next line's first)."""
    if "\n" in run:
        return [words for line in run.split("\n") for words in _runs_within_sentences(line)]
    if "." not in run:
        return [run.split()]  # most runs: no word of theirs can end a sentence
    runs: list[list[str]] = []
    current: list[str] = []
    for word in run.split():
        current.append(word)
        if word.endswith(".") and word.lower() not in _ABBREVIATED and len(word) > 2:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


def _is_plural_description(name: str) -> bool:
    """'Chicago residents', 'officials' (but not 'Sessions', a name)."""
    head = name.split()[-1]
    return head.islower() and head.endswith("s")


def _has_word(text: str, word: str) -> bool:
    """Whether `word` stands in `text` as a whole word, exactly as written."""
    at = text.find(word)
    while at >= 0:
        before = text[at - 1] if at else " "
        after = text[at + len(word) : at + len(word) + 1]
        starts_word = not (before.isalnum() or before in "_’'")
        ends_word = not ("a" <= after <= "z" or after in "’'-")
        if starts_word and ends_word:
            return True
        at = text.find(word, at + 1)
    return False


def _describes_a_person(word: str) -> bool:
    """'Democrat', 'Recorder', 'Salem-born' before a name in a run of capitals (not "Harbor"
    in "Salem Harbor Brass Band")."""
    word = word.lower().rstrip(".,")
    return (
        word in PERSON_NOUNS or word in TITLE_WORDS or word.endswith(("er", "ist")) or "-" in word
    )


def _is_possessive(word: str) -> bool:
    return word.endswith(("’s", "'s"))


def _split_name(words: list[Token]) -> tuple[list[Token], list[Token]]:
    """'Attorney General Jeff Sessions' -> (['Jeff', 'Sessions'], ['Attorney', 'General'])."""
    end = len(words)
    surname_like_a_month = (  # "Theresa May", "Brian May"
        words[-1].word in MONTHS
        and len(words) > 1
        and words[-2].is_capitalized
        and words[-2].word not in NOT_NAMES
        and words[-2].word not in TITLE_WORDS
    )
    if not words[-1].is_capitalized or (words[-1].word in NOT_NAMES and not surname_like_a_month):
        return [], words
    start = end
    while start > 0:
        t = words[start - 1]
        particle = t.word in NAME_PARTICLES and start > 1 and words[start - 2].is_capitalized
        month_surname = start == end and surname_like_a_month
        if (
            (not t.is_capitalized and not particle)
            or t.is_possessive
            or (t.word in NOT_NAMES and not month_surname)
        ):
            break
        if t.word in TITLE_WORDS and start < end:
            break
        start -= 1
    if start == end:
        return [], words
    if (
        start >= 2
        and words[start - 1].word in ("from", "in", "at")
        and (words[0].word in DETERMINERS or not words[0].is_capitalized)
        and words[start - 2].word not in WORKS
    ):
        # "a sailor from Salem", "officials in Salem": a description (but "a post from
        # Jo Lee", "a report from Reuters": the work's author speaks)
        return [], words
    if start >= 2 and words[start - 1].word == "of" and words[start - 2].word in _ORG_WORDS:
        # "the Bank of America", "Federal Bureau of Investigation": the whole name.
        start -= 2
        while start > 0 and words[start - 1].is_capitalized and not words[start - 1].is_possessive:
            start -= 1
    return words[start:end], words[:start]


def _clean_title(title: str) -> str | None:
    words = title.split()
    while words and words[0].lower() in DETERMINERS:
        words.pop(0)
    return " ".join(words) or None


def _gender(name: str, title: str | None) -> str | None:
    gender = _title_gender(title)
    if gender:
        return gender
    first = name.split()[0].lower()
    if first in _FEMALE_NAMES:
        return "f"
    return None


def _title_gender(title: str | None) -> str | None:
    """'f' for "Mrs." or "Congresswoman", 'm' for "Mr." or "Chairman", else None."""
    t = (title or "").lower().split()
    if any(w in _FEMALE_TITLES for w in t):
        return "f"
    if any(w in _MALE_TITLES for w in t):
        return "m"
    return None
