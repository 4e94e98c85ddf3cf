"""The source-note slot: every change writes a history row before the slot changes."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import insert
from sqlalchemy.orm import Session

from claims.errors import ClaimsError, NoteExists, NotFound
from claims.models import Claim, NoteRevision
from claims.verdicts import parse_verdict


def _claim(session: Session, claim_id: int) -> Claim:
    # Lock the row (PostgreSQL; SQLite's BEGIN IMMEDIATE already holds the write lock):
    # two reviewers setting the same empty slot must not both see it empty.
    claim = session.get(Claim, claim_id, with_for_update=True, populate_existing=True)
    if claim is None:
        raise NotFound(f"no claim with id {claim_id}")
    return claim


def set_note(
    session: Session,
    claim_id: int,
    note: str,
    *,
    reviewer: str,
    source_url: str | None = None,
    verdict: str | None = None,
    replace: bool = False,
) -> Claim:
    """Fill the claim's note slot. An existing note is replaced only with replace=True."""
    if not note.strip():
        raise ClaimsError("the note is empty; to empty the slot use --clear")
    verdict = parse_verdict(verdict)
    claim = _claim(session, claim_id)
    if claim.note is not None and not replace:
        raise NoteExists(
            f"claim {claim_id} already has a note (by {claim.noted_by}); "
            "add --replace to replace it (the old one stays in the history)"
        )
    action = "replace" if claim.note is not None else "set"
    return _write(session, claim, action, note, source_url, verdict, reviewer)


def copy_note(
    session: Session, source_id: int, claim_id: int, *, reviewer: str, replace: bool = False
) -> Claim:
    """Copy another claim's note, source URL and verdict (a repeated claim, say)."""
    source = _claim(session, source_id)
    if source.note is None:
        raise ClaimsError(f"claim {source_id} has no note to copy")
    return set_note(
        session,
        claim_id,
        source.note,
        reviewer=reviewer,
        source_url=source.source_url,
        verdict=source.verdict,
        replace=replace,
    )


def clear_note(session: Session, claim_id: int, *, reviewer: str) -> Claim:
    """Empty the slot; the history keeps what was there."""
    claim = _claim(session, claim_id)
    if claim.note is None:
        raise ClaimsError(f"claim {claim_id} has no note to clear")
    return _write(session, claim, "clear", None, None, None, reviewer)


def _write(
    session: Session,
    claim: Claim,
    action: str,
    note: str | None,
    source_url: str | None,
    verdict: str | None,
    reviewer: str,
) -> Claim:
    now = datetime.now(UTC)
    session.execute(
        insert(NoteRevision),
        [
            {
                "claim_id": claim.id,
                "action": action,
                "note": note,
                "source_url": source_url,
                "verdict": verdict,
                "reviewer": reviewer,
                "created_at": now,
            }
        ],
    )
    claim.note, claim.source_url, claim.verdict = note, source_url, verdict
    claim.noted_by = reviewer if note is not None else None
    claim.noted_at = now if note is not None else None
    session.flush()
    return claim
