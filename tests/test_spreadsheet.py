"""Bulk notes: export a spreadsheet, fill it, import it; conflicts and bad files."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from conftest import Cli, snapshot


def export(cli: Cli, *args: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(cli.ok("export", *args).stdout)))


def write(path: Path, rows: list[dict], columns: list[str] | None = None) -> str:
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=columns or list(rows[0]), extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    return str(path)


def test_export_fill_import(seeded: Cli, tmp_path: Path) -> None:
    rows = export(seeded, "--unnoted")
    assert len(rows) == 11 and all(r["note"] == "" and r["revision"] == "0" for r in rows)
    rows[1].update(
        note="DOJ release, 2017-07-18", verdict="Half True", source_url="https://example.org/doj"
    )
    rows[3]["note"] = "FBI gang assessment"
    run = seeded.ok("import-notes", write(tmp_path / "todo.csv", rows), "--reviewer", "ana")
    assert "2 notes written by ana" in run.stderr
    noted = {r["id"]: r for r in export(seeded, "--noted")}
    assert noted[rows[1]["id"]]["verdict"] == "half-true"
    assert noted[rows[3]["id"]]["note"] == "FBI gang assessment"
    assert export(seeded, "--unnoted", "--format", "csv")[0]["id"] == rows[0]["id"]


def test_a_row_noted_by_someone_else_since_is_a_conflict(seeded: Cli, tmp_path: Path) -> None:
    rows = export(seeded)
    seeded.ok("note", rows[0]["id"], "Written meanwhile by ben", "--reviewer", "ben")
    rows[0]["note"] = "My older idea"
    rows[2]["note"] = "Fine"
    run = seeded.ok("import-notes", write(tmp_path / "todo.csv", rows), "--reviewer", "ana")
    assert "1 note written" in run.stderr and "1 conflict not applied" in run.stderr
    assert "lines 2" in run.stderr
    assert "Written meanwhile by ben" in seeded.ok("show", rows[0]["id"]).stdout


@pytest.mark.parametrize(
    ("edit", "expect"),
    [
        ("drop-column", "missing columns revision"),
        ("unknown-id", "line 3: no claim with id 999"),
        ("bad-verdict", "line 4: unknown verdict 'pants-on-fire'"),
        ("latin1", "not UTF-8"),
    ],
)
def test_a_bad_file_is_refused_whole(seeded: Cli, tmp_path: Path, edit: str, expect: str) -> None:
    rows = export(seeded)
    rows[0]["note"] = "good row"
    rows[1]["note"] = "another good row"
    columns = list(rows[0])
    if edit == "drop-column":
        columns.remove("revision")
    if edit == "unknown-id":
        rows[1]["id"] = "999"
    if edit == "bad-verdict":
        rows[2].update(note="x", verdict="pants-on-fire")
    path = write(tmp_path / "todo.csv", rows, columns)
    if edit == "latin1":
        Path(path).write_bytes(
            Path(path)
            .read_text(encoding="utf-8")
            .replace("good row", "café row")
            .encode("latin-1", errors="replace")
        )
    before = snapshot(seeded.db)
    run = seeded("import-notes", path)
    assert run.exit_code == 1
    assert expect in run.stderr and len(run.stderr.strip().splitlines()) == 1
    assert snapshot(seeded.db) == before
