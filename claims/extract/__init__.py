"""Claim extraction: article text in, claims out. Pure: no database, no CLI.

>>> from claims.extract import extract
>>> article = extract(open("seeds/000_e7f8cdcaac125e97.txt").read())
>>> article.claims[0].speaker
'Jeff Sessions'
"""

from __future__ import annotations

import re
from bisect import bisect_left

from claims.extract.assertions import ASSERTION_THRESHOLD, assess, check_worthiness
from claims.extract.attribution import find_attributed
from claims.extract.lexicon import CUES, STATEMENT_NOUNS
from claims.extract.model import ExtractedArticle, ExtractedClaim, Found, Mention, Paragraph
from claims.extract.sentence_subjects import after_dateline, sentence_subject
from claims.extract.speakers import SpeakerResolver, appositive_title
from claims.extract.subjects import noun_phrase_before, subject_before
from claims.extract.text import (
    QUOTE_MARKS,
    SpanSet,
    find_quotes,
    mask_quotes,
    sentence_of,
    sentence_spans,
    split_paragraphs,
)
from claims.extract.tokens import Token, tokenize

# Bump when a change to the rules can change what is extracted: stored with every
# article, so `claims reextract` knows which articles are stale.
EXTRACTOR_VERSION = "14"

__all__ = [
    "EXTRACTOR_VERSION",
    "ExtractedArticle",
    "ExtractedClaim",
    "Mention",
    "Paragraph",
    "extract",
]


def normalize_text(text: str) -> str:
    """Line endings and a byte-order mark are not part of an article."""
    return text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")


def extract(text: str) -> ExtractedArticle:
    text = normalize_text(text)
    paragraphs = split_paragraphs(text)
    resolver = SpeakerResolver(text)
    article = ExtractedArticle(paragraphs)
    carry: tuple[str | None, str | None, Mention | None] | None = None
    block_quote = False  # the paragraph before named a speaker and ended with a colon
    sentence_before: int | None = None  # where the last sentence of the paragraph before starts
    for k, para in enumerate(paragraphs):
        quotes = find_quotes(para.text)
        masked = mask_quotes(para.text, quotes)
        sentences = sentence_spans(para.text, quotes)
        found = find_attributed(para.text, masked, quotes, sentences)
        if not found and block_quote:
            # 'Dr. Ward stated:' then a paragraph with no quotation marks: a block quote.
            found = [Found(0, len(para.text.rstrip()), "direct", None, inherits=True)]
        last_speaker = carry
        # '“…”' then a paragraph '- Ada Park.': the quote is signed below it.
        signed = _signature(paragraphs[k + 1], resolver) if k + 1 < len(paragraphs) else None
        for f in found:
            if signed and f.attribution is None and f.kind == "direct" and not f.unnamed:
                last_speaker, f.inherits, f.borrowed = signed, True, False
            if (f.attribution is None and f.inherits) or f.borrowed:
                # "Sen. Ada Park, who lost, named the pier. “…”": the person the sentence
                # before was about goes on speaking, rather than the last one who spoke.
                before = _sentence_subject_before(para, masked, sentences, f, found, resolver)
                if before:
                    last_speaker = before
                    f.attribution, f.inherits, f.borrowed = None, True, False
            claim = _to_claim(para, sentences, f, resolver, last_speaker, sentence_before)
            article.claims.append(claim)
            if claim.speaker or claim.mention:
                last_speaker = (claim.speaker, claim.speaker_title, claim.mention)
        # Whoever spoke here goes on in the next paragraph; "X reports:" opens a quote there.
        opens_quote = para.text.rstrip().endswith(":")
        carry = last_speaker if found or opens_quote else None
        block_quote = False
        if opens_quote and not found:
            colon_speaker = _colon_speaker(para, resolver)
            block_quote = colon_speaker is not None
            carry = colon_speaker or carry
        _add_assertions(article, para, sentences, found)
        sentence_before = para.start + sentences[-1][0] if sentences else None
    # A claim is words: never an empty or blank span, whatever a rule produced.
    article.claims = [c for c in article.claims if c.wording.strip()]
    article.claims.sort(key=lambda c: (c.paragraph, c.start))
    return article


def _to_claim(
    para: Paragraph,
    sentences: list[tuple[int, int]],
    f: Found,
    resolver: SpeakerResolver,
    last_speaker: tuple[str | None, str | None, Mention | None] | None,
    sentence_before: int | None = None,
) -> ExtractedClaim:
    speaker = title = None
    mention = None
    cue = None
    if f.attribution:
        a, b = f.attribution.mention
        # A speaker's name never runs over a line break ("11\nJo Lee", a heading before it).
        a = max(a, para.text.rfind("\n", a, b) + 1)
        while a < b and (para.text[a].isspace() or para.text[a] in "-–—•*"):
            a += 1  # nor opens on a list's bullet ("-Nate Cohn explains")
        mention = Mention(para.position, a, b, para.text[a:b])
        # The sentence the speaker's words stand in: "Adm. Jo Ham says ... he believes".
        sentence_start: int | None = para.start + sentence_of(sentences, a)[0]
        if resolver.article[sentence_start : sentence_start + 1] in QUOTE_MARKS:
            # 'Jo Lee, who runs the bait shop, disagreed. “…,” he said.': a quotation opens
            # the pronoun's sentence, so the one before (in the paragraph before, when the
            # quotation opens this one) names who "he" is.
            k = bisect_left(sentences, (sentence_start - para.start,))
            sentence_start = para.start + sentences[k - 1][0] if k > 0 else sentence_before
        resolved = resolver.resolve(mention.text, para.start + a, sentence_start)
        if resolved.name and resolved.title is None and mention.text[:1].isupper():
            # "Jo Lee, the harbor chief, said": the appositive gives the title
            job = appositive_title(para.text[b : b + 80])
            resolved = resolver.titled(resolved.name, job) if job else resolved
        speaker, title = resolved.name, resolved.title
        cue = f.attribution.cue
        resolver.spoke(speaker)
    elif f.unnamed:
        pass  # asked by someone the article does not name
    elif last_speaker:
        speaker, title, mention = last_speaker
    else:
        # A quote with no attribution anywhere near: the article's last speaker is the
        # best guess (news writing rarely quotes without having named the speaker).
        speaker, title = resolver.last_spoken()
    start, end = f.start, f.end
    while start < end and para.text[start].isspace():
        start += 1  # '” … what I learned': no claim opens or closes on a space
    while end > start and para.text[end - 1].isspace():
        end -= 1
    wording = para.text[start:end]
    return ExtractedClaim(
        paragraph=para.position,
        start=start,
        end=end,
        wording=wording,
        kind=f.kind,
        cue=cue,
        speaker=speaker,
        speaker_title=title,
        mention=mention,
        score=check_worthiness(wording),
    )


def _colon_speaker(para: Paragraph, resolver: SpeakerResolver):
    """'The New York Times reports:' opens a quotation in the next paragraph."""
    if para.text.isupper():
        return None  # a heading ("LONG READS:"), whatever its words
    tokens = tokenize(para.text)
    words = [i for i, t in enumerate(tokens) if t.is_word]
    if not words:
        return None
    last = tokens[words[-1]]
    label = None
    if tokens[words[0]].word == "from" and len(words) <= 5:
        subj = (words[0] + 1, words[-1] + 1)  # "From Bloomberg:"
    elif last.word in STATEMENT_NOUNS:
        subj = _last_sentence_subject(tokens)  # "Clinton released the following statement:"
    elif last.word in CUES:
        subj = subject_before(tokens, words[-1])
        if not subj and last.word.endswith("ing"):
            subj = _last_sentence_subject(tokens)  # "The Times confirmed it, reporting:"
    elif (label := noun_phrase_before(tokens, len(tokens) - 1, need_name=True)) and (
        label[0] == 0 and _names_a_person(tokens[: label[1]], tokens[label[1]])
    ):
        subj = label  # "Rep. Ada Park (D-Ore.):", a speaker's label in a transcript
    else:
        return None
    if not subj:
        return None
    speaker = _speaker_of(para, tokens, subj, resolver)
    resolver.spoke(speaker[0])
    return speaker


def _sentence_subject_before(
    para: Paragraph,
    masked: str,
    sentences: list[tuple[int, int]],
    f: Found,
    found: list[Found],
    resolver: SpeakerResolver,
) -> tuple[str | None, str | None, Mention] | None:
    """The named person opening the sentence just before a quote that opens its own
    sentence, when that sentence holds no claim of its own."""
    k = bisect_left(sentences, (f.start + 1,)) - 1
    if k < 1 or para.text[sentences[k][0] : f.start].strip(' “"'):
        return None
    s, e = sentences[k - 1]
    if any(s <= g.start < e or s < g.end <= e for g in found):
        return None
    tokens = tokenize(masked, s, e)
    subj = sentence_subject(tokens)
    name = tokens[subj[0] : subj[1]] if subj else []
    if len(name) < 2 or not all(t.is_capitalized for t in name):
        return None  # a full name: "he" or "the mayor" may be someone else
    speaker = _speaker_of(para, tokens, subj, resolver)
    return speaker if speaker[0] else None


# "- Ada Park." or "—President Obama, tweeting after the speech": a quote's signature.
_SIGNATURE = re.compile(r"[-–—―]{1,2} ?(?P<name>[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3}?)\.?(?:,|$)")


def _signature(para: Paragraph, resolver: SpeakerResolver):
    """The speaker who signs the quote of the paragraph before, if `para` is a signature."""
    if para.text[:1] not in "-–—―":
        return None  # most paragraphs: one character tells
    m = _SIGNATURE.match(para.text.rstrip())
    if not m:
        return None
    a, b = m.span("name")
    if para.text[b - 1] == "." and para.text[b - 3 : b - 2] != " ":
        b -= 1  # the sentence's period ("Ada Park."), not an initial's ("Ada P.")
    speaker = _speaker_at(para, a, b, resolver)
    return speaker if speaker[0] else None


def _speaker_of(
    para: Paragraph, tokens: list[Token], subj: tuple[int, int], resolver: SpeakerResolver
) -> tuple[str | None, str | None, Mention]:
    """The resolved name, title and mention of the speaker at tokens subj[0]:subj[1]."""
    return _speaker_at(para, tokens[subj[0]].start, tokens[subj[1] - 1].end, resolver)


def _speaker_at(
    para: Paragraph, a: int, b: int, resolver: SpeakerResolver
) -> tuple[str | None, str | None, Mention]:
    """The resolved name, title and mention of the speaker at para.text[a:b]."""
    mention = Mention(para.position, a, b, para.text[a:b])
    resolved = resolver.resolve(mention.text, para.start + a)
    return (resolved.name, resolved.title, mention)


def _last_sentence_subject(tokens: list[Token]) -> tuple[int, int] | None:
    """The subject of the paragraph's last sentence, as token offsets in the paragraph."""
    start = max((i + 1 for i, t in enumerate(tokens) if t.text in ".!?"), default=0)
    subj = sentence_subject(tokens[start:])
    return subj and (subj[0] + start, subj[1] + start)


def _names_a_person(label: list[Token], after: Token) -> bool:
    """'Rep. Ada Park (D-Ore.)' or 'Ada Park', not a heading ('CORRECTION', 'SHORT READS',
    'Online')."""
    return (
        len(label) >= 2
        and after.text in "(:"
        and not any(t.text.isupper() and len(t.text) > 1 for t in label)
    )


def _past_dateline(text: str, end: int) -> int:
    """Where a paragraph's first sentence starts past its dateline ("WASHINGTON (AP) —"),
    which is the wire's, not part of the statement; 0 when it has none."""
    head = text[:40]
    first = head.split(" ", 1)[0].rstrip(",")
    if len(first) < 2 or not first.isupper() or not first[0].isalpha():
        return 0  # most paragraphs: no word in capitals opens them
    if not any(dash in head for dash in ("—", "–", " - ", "--")):
        return 0
    tokens = tokenize(text, 0, end)
    k = after_dateline(tokens)
    return tokens[k].start if 0 < k < len(tokens) else 0


def _add_assertions(
    article: ExtractedArticle, para: Paragraph, sentences: list[tuple[int, int]], found: list[Found]
) -> None:
    # Sentences holding a claim or a speaker's words are no assertions; sorted spans answer
    # that in log time, however many claims a long paragraph holds.
    claimed = SpanSet((f.start, f.end) for f in found) if found else None
    mentions = sorted(f.attribution.mention[0] for f in found if f.attribution)
    for s, e in sentences:
        if claimed and claimed.reach(e, strictly_before=True) > s:
            continue
        if mentions and bisect_left(mentions, s) < bisect_left(mentions, e):
            continue
        if s == 0:
            s = _past_dateline(para.text, e)  # "SALEM, Ore. (AP) — The council …"
        sentence = para.text[s:e]
        score, checkable = assess(sentence)
        if checkable and score >= ASSERTION_THRESHOLD:
            article.claims.append(
                ExtractedClaim(para.position, s, e, sentence, "assertion", score=score)
            )
