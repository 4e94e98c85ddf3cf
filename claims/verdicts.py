"""The verdict scale, with the numeric rating schema.org ClaimReview publishes.

ClaimReview's reviewRating runs from worstRating 1 (false) to bestRating 5 (true);
"unsupported" (no evidence either way) has no rating.
"""

from __future__ import annotations

from claims.errors import ClaimsError

VERDICTS: dict[str, int | None] = {
    "true": 5,
    "mostly-true": 4,
    "half-true": 3,
    "misleading": 2,
    "mostly-false": 2,
    "false": 1,
    "unsupported": None,
}


def parse_verdict(value: str | None) -> str | None:
    """A verdict from the scale (case and spaces forgiven), or a ClaimsError."""
    if value is None:
        return None
    key = value.strip().lower().replace(" ", "-").replace("_", "-")
    if key not in VERDICTS:
        raise ClaimsError(f"unknown verdict {value!r}; use one of: {', '.join(VERDICTS)}")
    return key
