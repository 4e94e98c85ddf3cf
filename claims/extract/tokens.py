"""Word tokens with offsets, and small tests on them."""

from __future__ import annotations

import re
from dataclasses import dataclass

# U.S.-style initialisms first, then words (with inner apostrophes, hyphens, a final
# abbreviation period), then any single punctuation mark.
_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|[\w][\w’'&\-]*\.?|[^\w\s]")
_ABBREV = re.compile(
    r"(?:[A-Za-z]\.){2,}|[A-Z]\.|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|St|Jr|Sr|Rev|Adm|Maj|Prof)\."
)


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str

    @property
    def word(self) -> str:
        """Lower-case text without a sentence-final period (abbreviations keep theirs)."""
        t = self.text
        if t.endswith(".") and not _ABBREV.fullmatch(t):
            t = t[:-1]
        return t.lower()

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum() or (len(self.text) > 1 and self.text[0] in "’'")

    @property
    def is_capitalized(self) -> bool:
        return self.text[0].isupper()

    @property
    def is_possessive(self) -> bool:
        return self.text.rstrip(".").endswith(("’s", "'s", "s’", "s'"))


# "he’s", "they’re": the pronoun and its verb are two words.
_CLITIC = re.compile(r"(?i)^(he|she|it|they|we|i|you|who|that|there)([’'](?:s|re|ve|d|ll|m))$")


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    end = len(text) if end is None else end
    out = []
    for m in _TOKEN.finditer(text, start, end):
        tok = m.group()
        s, e = m.start(), m.end()
        clitic = _CLITIC.match(tok)
        if clitic:
            cut = s + len(clitic.group(1))
            out.append(Token(s, cut, clitic.group(1)))
            out.append(Token(cut, e, clitic.group(2)))
            continue
        # "said." at a sentence end: the period is punctuation, not part of the word.
        if tok.endswith(".") and len(tok) > 1 and not _ABBREV.fullmatch(tok):
            out.append(Token(s, e - 1, tok[:-1]))
            out.append(Token(e - 1, e, "."))
            continue
        out.append(Token(s, e, tok))
    return out
