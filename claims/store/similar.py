"""Repeated claims: the same claim made in other articles, found by wording.

Candidates come from full-text search on the claim's most telling words; each is scored
with rapidfuzz's token-set ratio (word order and repeated words don't matter). A claim with
a speaker matches only claims of the same speaker; the article's own assertions match any.
"""

from __future__ import annotations

import re

from claims.reader import Reader
from claims.store.queries import ClaimFilter, show_claim
from claims.store.search import search_claims

THRESHOLD = 85  # 0..100; "nearly the same wording"
CANDIDATES = 200
_WORD = re.compile(r"[^\W\d_]{4,}")


def similar_claims(db: Reader, claim_id: int, threshold: int = THRESHOLD) -> list[dict]:
    """Other claims with the same or nearly the same wording, best first, with their notes."""
    from rapidfuzz import fuzz

    claim = show_claim(db, claim_id)
    words = sorted(set(_WORD.findall(claim["wording"].lower())), key=len, reverse=True)[:6]
    if not words:
        return []
    candidates = search_claims(db, " OR ".join(words), ClaimFilter(limit=CANDIDATES))
    out = []
    for other in candidates:
        if other["id"] == claim_id or other["speaker"] != claim["speaker"]:
            continue
        score = fuzz.token_set_ratio(claim["wording"].lower(), other["wording"].lower())
        if score >= threshold:
            out.append({"similarity": round(score), **other})
    return sorted(out, key=lambda row: (-row["similarity"], row["id"]))
