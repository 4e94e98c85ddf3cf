"""Bulk notes through a spreadsheet: export claims as CSV, fill the note column, import.

The export carries each claim's latest note revision; on import a row whose claim has been
noted by someone else since (a newer revision) is a conflict and is not applied. A file with
any bad row (missing columns, unknown ids, bad verdicts, not UTF-8) is refused whole.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from claims.errors import ClaimsError
from claims.reader import Reader
from claims.store.queries import CLAIM_FROM, ClaimFilter
from claims.verdicts import VERDICTS

EXPORT_COLUMNS = [
    "id",
    "article",
    "paragraph",
    "kind",
    "speaker",
    "wording",
    "note",
    "source_url",
    "verdict",
    "revision",
]
REQUIRED = {"id", "note", "revision"}


def export_rows(db: Reader, where: ClaimFilter | None = None) -> list[dict]:
    """One row per claim, with the note columns to fill and the revision they start from."""
    where = where or ClaimFilter()
    sql = f"""
        SELECT c.id, c.article_id AS article, p.position AS paragraph, c.kind,
               s.name AS speaker, c.wording, c.note, c.source_url, c.verdict,
               coalesce((SELECT max(r.id) FROM note_revisions r WHERE r.claim_id = c.id), 0)
                   AS revision
        {CLAIM_FROM} {where.where()}
        ORDER BY c.article_id, p.position, c.start_offset {where.page()}"""
    return db.rows(sql, where.params)


@dataclass
class NoteRow:
    line: int
    claim_id: int
    note: str
    source_url: str | None
    verdict: str | None
    revision: int


@dataclass
class ImportResult:
    applied: list[int] = field(default_factory=list)  # claim ids
    conflicts: list[int] = field(default_factory=list)  # line numbers
    unchanged: int = 0  # rows whose note is what the claim already has
    empty: int = 0  # rows left empty


def parse_notes(data: bytes, name: str) -> list[NoteRow]:
    """The filled rows of an exported file, or one ClaimsError naming every bad line."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ClaimsError(
            f"{name}: not UTF-8 (byte 0x{data[exc.start]:02x} at offset "
            f"{exc.start}); save the spreadsheet as CSV UTF-8"
        ) from None
    reader = csv.DictReader(io.StringIO(text))
    missing = REQUIRED - set(reader.fieldnames or [])
    if missing:
        raise ClaimsError(
            f"{name}: missing columns {', '.join(sorted(missing))} "
            "(export with `claims export` and keep its header)"
        )
    rows, problems = [], []
    for record in reader:
        line = reader.line_num
        note = (record.get("note") or "").strip()
        if not note:
            continue
        verdict = (record.get("verdict") or "").strip().lower().replace(" ", "-") or None
        try:
            claim_id, revision = int(record["id"]), int(record["revision"] or 0)
        except (TypeError, ValueError):
            problems.append(f"line {line}: id and revision must be numbers")
            continue
        if verdict is not None and verdict not in VERDICTS:
            problems.append(f"line {line}: unknown verdict {verdict!r}")
            continue
        source_url = (record.get("source_url") or "").strip() or None
        rows.append(NoteRow(line, claim_id, note, source_url, verdict, revision))
    if problems:
        raise ClaimsError(f"{name}: nothing imported; " + "; ".join(problems))
    return rows


def import_notes(session: Session, rows: list[NoteRow], reviewer: str, name: str) -> ImportResult:
    """Apply the rows in this transaction; unknown ids refuse the whole file."""
    from claims.models import Claim, NoteRevision
    from claims.store.notes import set_note

    ids = {r.claim_id for r in rows}
    known = set(session.scalars(select(Claim.id).where(Claim.id.in_(ids)))) if ids else set()
    unknown = [
        f"line {r.line}: no claim with id {r.claim_id}" for r in rows if r.claim_id not in known
    ]
    if unknown:
        raise ClaimsError(f"{name}: nothing imported; " + "; ".join(unknown))
    latest = dict(
        session.execute(
            select(NoteRevision.claim_id, func.max(NoteRevision.id))
            .where(NoteRevision.claim_id.in_(ids))
            .group_by(NoteRevision.claim_id)
        ).all()
    )
    result = ImportResult()
    for row in rows:
        if latest.get(row.claim_id, 0) != row.revision:
            result.conflicts.append(row.line)  # noted by someone else since the export
            continue
        claim = session.get(Claim, row.claim_id)
        assert claim is not None
        if (claim.note, claim.source_url, claim.verdict) == (row.note, row.source_url, row.verdict):
            result.unchanged += 1
            continue
        set_note(
            session,
            row.claim_id,
            row.note,
            reviewer=reviewer,
            source_url=row.source_url,
            verdict=row.verdict,
            replace=True,
        )
        result.applied.append(row.claim_id)
    return result
