"""Word tokens with offsets, and small tests on them."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

# Inside a chunk of text between spaces: U.S.-style initialisms first, then numbers with
# separators ("4,051", "3.5"), then words (with inner apostrophes, hyphens and soft
# hyphens, a final abbreviation period), then any single punctuation mark.
_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|\d+(?:[.,]\d+)+|[\w][\w’'&\-\xad]*\.?|[^\w\s\xad]")
_ABBREV = re.compile(
    r"(?:[A-Za-z]\.){2,}|[A-Z]\.|"
    r"(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|St|Jr|Sr|Rev|Adm|Maj|Prof)\."
)
# Characters of a word besides letters and digits (`_TOKEN`'s word class).
_WORD_INNER = "_’'&-\xad"
# "Lee’s", "the Smiths’": an owner's mark.
POSSESSIVE_ENDINGS = ("’s", "'s", "s’", "s'")
# "he’s", "they’re": the pronoun and its verb are two words.
_CLITIC = re.compile(r"(?i)^(he|she|it|they|we|i|you|who|that|there)([’'](?:s|re|ve|d|ll|m))$")


class Token:
    """A word or punctuation mark at [start, end). Its tests are computed once: the rules
    ask them millions of times."""

    __slots__ = ("start", "end", "text", "word", "is_word", "is_capitalized")

    def __init__(self, start: int, end: int, text: str, is_word: bool) -> None:
        self.start = start
        self.end = end
        self.text = text
        # Lower-case text without a sentence-final period (abbreviations keep theirs).
        self.word = text.lower()
        # (the tokenizer knows whether it cut a word or a mark: asking again costs time)
        self.is_word = is_word
        self.is_capitalized = text[0].isupper()

    @property
    def is_possessive(self) -> bool:
        return self.text.rstrip(".").endswith(POSSESSIVE_ENDINGS)

    def __repr__(self) -> str:
        return f"Token({self.start}, {self.end}, {self.text!r})"


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The tokens of text[start:end]. Most chunks between spaces are a word alone or a word
    with one punctuation mark on either side ("“We", "said,"): those are cut by hand, which
    costs less than the regular expression the rest go through."""
    end = len(text) if end is None else end
    out: list[Token] = []
    append = out.append
    pos = start
    for chunk in text[start:end].split():
        pos = text.find(chunk, pos)
        stop = pos + len(chunk)
        if chunk.isalnum():
            append(Token(pos, stop, chunk, True))
        else:
            first, last = chunk[0], chunk[-1]
            lead = not first.isalnum() and first not in _WORD_INNER
            core = chunk[lead:-1]
            if core.isalnum() and not last.isalnum() and last not in _WORD_INNER:
                if lead:
                    append(Token(pos, pos + 1, first, False))
                if last == "." and _ABBREV.fullmatch(chunk[lead:]):
                    append(Token(pos + lead, stop, chunk[lead:], True))  # "Gov."
                else:
                    append(Token(pos + lead, stop - 1, core, True))
                    append(Token(stop - 1, stop, last, False))
            elif lead and chunk[1:].isalnum():
                append(Token(pos, pos + 1, first, False))
                append(Token(pos + 1, stop, chunk[1:], True))
            else:
                _tokenize_chunk(text, pos, stop, append)
        pos = stop
    return out


def _tokenize_chunk(text: str, start: int, end: int, append) -> None:
    for m in _TOKEN.finditer(text, start, end):
        tok = m.group()
        s, e = m.span()
        if tok[-1] == "." and len(tok) > 1:
            if _ABBREV.fullmatch(tok):
                append(Token(s, e, tok, _is_word(tok)))
            else:  # "said." at a sentence end: the period is punctuation
                word = tok[:-1]
                append(Token(s, e - 1, word, _is_word(word)))
                append(Token(e - 1, e, ".", False))
            continue
        if "’" in tok or "'" in tok:
            clitic = _CLITIC.match(tok)
            if clitic:
                cut = s + len(clitic.group(1))
                append(Token(s, cut, clitic.group(1), True))
                append(Token(cut, e, clitic.group(2), True))
                continue
        append(Token(s, e, tok, _is_word(tok)))


def _is_word(text: str) -> bool:
    """A word opens with a letter or a digit, or with an apostrophe before more ("’90s")."""
    first = text[0]
    return first.isalnum() or (len(text) > 1 and first in "’'")


class TokenIndex:
    """The tokens of one text, sliced by offsets. Each sentence is tokenized the first time
    a rule asks for its words: most sentences of an article are never needed."""

    def __init__(self, text: str, sentences: list[tuple[int, int]]) -> None:
        self.text = text
        self._bounds = [s for s, _ in sentences] or [0]
        self._spans = sentences or [(0, len(text))]
        self._cache: dict[int, tuple[list[Token], list[int]]] = {}

    def _sentence_tokens(self, k: int) -> tuple[list[Token], list[int]]:
        if k not in self._cache:
            s, e = self._spans[k]
            tokens = tokenize(self.text, s, e)
            self._cache[k] = (tokens, [t.start for t in tokens])
        return self._cache[k]

    def between(self, start: int, end: int) -> list[Token]:
        """Tokens lying wholly inside [start, end)."""
        first = max(0, bisect_right(self._bounds, start) - 1)
        out: list[Token] = []
        for k in range(first, len(self._spans)):
            s, e = self._spans[k]
            if s >= end:
                break
            if e <= start:
                continue
            tokens, starts = self._sentence_tokens(k)
            i = bisect_left(starts, start)
            j = bisect_left(starts, end, i)
            while j > i and tokens[j - 1].end > end:
                j -= 1
            out.extend(tokens[i:j])
        return out
