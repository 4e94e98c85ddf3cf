"""Output for every listing: table (for people), json, jsonl, csv (for other tools).

Data goes to stdout; nothing here writes messages.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Sequence
from datetime import date, datetime
from typing import IO, Any

SHORT_HEADERS = {"article": "art", "paragraph": "para", "paragraphs": "paras"}


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    return value


def _clean(row: dict) -> dict:
    return {k: _plain(v) for k, v in row.items()}


def render(
    rows: Sequence[dict],
    fmt: str,
    table_columns: Sequence[str] | None = None,
    out: IO[str] | None = None,
    title: str | None = None,
) -> None:
    out = out or sys.stdout
    if fmt == "json":
        json.dump([_clean(r) for r in rows], out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif fmt == "jsonl":
        for r in rows:
            out.write(json.dumps(_clean(r), ensure_ascii=False) + "\n")
    elif fmt == "csv":
        columns = list(rows[0]) if rows else list(table_columns or [])
        writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        for r in rows:
            writer.writerow({k: "" if v is None else v for k, v in _clean(r).items()})
    else:
        render_table(rows, table_columns or (list(rows[0]) if rows else []), out, title)


def render_table(
    rows: Sequence[dict], columns: Sequence[str], out: IO[str], title: str | None = None
) -> None:
    from rich.console import Console
    from rich.table import Table

    # Wide enough for wording even when piped; a terminal's own width otherwise.
    console = Console(
        file=out, width=None if out.isatty() else 120, highlight=False, soft_wrap=False
    )
    table = Table(title=title, show_lines=False, expand=False)
    for column in columns:
        header = SHORT_HEADERS.get(column, column)
        wide = column in ("wording", "note", "title", "paragraph_text")
        table.add_column(
            header,
            overflow="fold",
            ratio=3 if wide else None,
            no_wrap=not wide,
            max_width=None if wide else 28,
        )
    for r in rows:
        table.add_row(*("" if r.get(c) is None else str(_plain(r.get(c))) for c in columns))
    console.print(table)
    if not rows:
        console.print("(no rows)")


def render_claim(claim: dict, fmt: str, out: IO[str] | None = None) -> None:
    """One claim with its history (claims show): a card for people, else data."""
    out = out or sys.stdout
    if fmt != "table":
        record = _clean(claim)
        record["history"] = [_clean(h) for h in claim["history"]]
        if fmt == "csv":
            record["history"] = json.dumps(record["history"], ensure_ascii=False)
        if fmt == "json":
            json.dump(record, out, ensure_ascii=False, indent=2)
            out.write("\n")
        else:
            render([record], fmt, out=out)
        return
    out.write(claim_card(claim))


def claim_card(claim: dict) -> str:
    text = claim["paragraph_text"]
    start, end = claim["start"], claim["end"]
    marked = f"{text[:start]}>>>{text[start:end]}<<<{text[end:]}"
    speaker = claim["speaker"] or "(the article itself)"
    if claim["speaker_title"]:
        speaker += f", {claim['speaker_title']}"
    if claim["speaker_mention"] and claim["speaker_mention"] != claim["speaker"]:
        speaker += f" (named here as \u201c{claim['speaker_mention']}\u201d)"
    lines = [
        f"Claim {claim['id']}: {claim['kind']}"
        + (f", cue \u201c{claim['cue']}\u201d" if claim["cue"] else "")
        + f", check-worthiness {claim['score']:.2f}"
        + (" (STALE)" if claim["stale"] else ""),
        f"Article {claim['article']}"
        + (f": {claim['article_title']}" if claim["article_title"] else "")
        + f", paragraph {claim['paragraph']}",
        f"Speaker: {speaker}",
        f"Wording: {claim['wording']}",
        f"Paragraph: {marked}",
    ]
    if claim["note"] is None:
        lines.append("Note: (empty)")
    else:
        lines.append(f"Note: {claim['note']}")
        if claim["source_url"]:
            lines.append(f"Source: {claim['source_url']}")
        if claim["verdict"]:
            lines.append(f"Verdict: {claim['verdict']}")
        lines.append(f"Noted by {claim['noted_by']} at {_plain(claim['noted_at'])}")
    if claim["history"]:
        lines.append("History:")
        for h in claim["history"]:
            what = "cleared" if h["action"] == "clear" else f"{h['action']}: {h['note']}"
            extra = "".join(f" [{k} {h[k]}]" for k in ("source_url", "verdict") if h[k])
            lines.append(f"  {_plain(h['created_at'])}  {h['reviewer']}  {what}{extra}")
    return "\n".join(lines) + "\n"
