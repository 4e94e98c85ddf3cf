"""Bad input: one line on stderr, a non-zero exit, no traceback, the database unchanged."""

from __future__ import annotations

import pytest
from conftest import SEED, Cli, snapshot, sqlite_only


def assert_refused(cli: Cli, *args: str, expect: str, input: str | None = None) -> None:
    before = snapshot(cli.db)
    run = cli(*args, input=input)
    assert run.exit_code != 0
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1, run.stderr
    assert lines[0].startswith("Error: ") and expect in lines[0], lines[0]
    assert "Traceback" not in run.stderr + run.stdout
    assert snapshot(cli.db) == before


@pytest.fixture
def files(tmp_path):  # type: ignore[no-untyped-def]
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"  \n\n \n")
    (tmp_path / "binary.txt").write_bytes(b"\x7fELF\x02\x01\x01\x00\x00\x00binary")
    (tmp_path / "latin1.txt").write_bytes("“Le café est fermé,” a dit le maire.".encode("cp1252"))
    (tmp_path / "folder").mkdir()
    (tmp_path / "good.txt").write_text(
        "“We will win the vote on Sunday,” Ruiz said.\n", encoding="utf-8"
    )
    return tmp_path


def test_missing_file(seeded: Cli, files) -> None:
    assert_refused(seeded, "ingest", str(files / "nope.txt"), expect="no such file")


def test_folder(seeded: Cli, files) -> None:
    assert_refused(seeded, "ingest", str(files / "folder"), expect="is a folder")


@pytest.mark.parametrize("name", ["empty.txt", "blank.txt"])
def test_empty_file(seeded: Cli, files, name: str) -> None:
    assert_refused(seeded, "ingest", str(files / name), expect="is empty")


def test_empty_stdin(seeded: Cli) -> None:
    assert_refused(seeded, "ingest", "-", input="", expect="is empty")


def test_binary_file(seeded: Cli, files) -> None:
    assert_refused(seeded, "ingest", str(files / "binary.txt"), expect="binary")


def test_non_utf8_file(seeded: Cli, files) -> None:
    assert_refused(seeded, "ingest", str(files / "latin1.txt"), expect="not UTF-8")


def test_one_bad_file_among_good_ones_writes_nothing(seeded: Cli, files) -> None:
    assert_refused(
        seeded, "ingest", str(files / "good.txt"), str(files / "binary.txt"), expect="binary"
    )


def test_bad_published_date(seeded: Cli, files) -> None:
    assert_refused(
        seeded, "ingest", str(files / "good.txt"), "--published", "last week", expect="not a date"
    )


def test_unknown_claim_id(seeded: Cli) -> None:
    assert_refused(seeded, "show", "999", expect="no claim with id 999")
    assert_refused(seeded, "note", "999", "a note", expect="no claim with id 999")


@pytest.mark.parametrize("query", ['"unbalanced', "AND OR", "wording:(", "NEAR(a b"])
def test_malformed_search(seeded: Cli, query: str) -> None:
    run = seeded("search", query)
    if run.exit_code == 0:  # PostgreSQL's websearch syntax accepts anything
        return
    assert_refused(seeded, "search", query, expect="cannot search for")


def test_note_without_replace_over_an_existing_one(seeded: Cli) -> None:
    seeded.ok("note", "1", "First source")
    assert_refused(seeded, "note", "1", "Second source", expect="--replace")
    assert "First source" in seeded.ok("show", "1").stdout


def test_bad_verdict(seeded: Cli) -> None:
    assert_refused(
        seeded, "note", "1", "A source", "--verdict", "pants-on-fire", expect="unknown verdict"
    )


def test_note_needs_text_or_clear(seeded: Cli) -> None:
    assert_refused(seeded, "note", "1", expect="--clear")
    assert_refused(seeded, "note", "1", "   ", expect="empty")
    assert_refused(seeded, "note", "1", "--clear", expect="no note to clear")


@sqlite_only
def test_a_file_that_is_not_a_database(tmp_path) -> None:
    bogus = tmp_path / "notes.db"
    bogus.write_text("just some notes\n" * 100)
    run = Cli(str(bogus))("list")
    assert run.exit_code == 1
    assert run.stderr.strip() == f"Error: {bogus} is not a SQLite database"
    assert bogus.read_text() == "just some notes\n" * 100


@sqlite_only
def test_a_database_of_another_program(tmp_path) -> None:
    import sqlite3

    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")
    run = Cli(str(other))("list")
    assert run.exit_code == 1 and "not a claims database" in run.stderr


def test_ingest_then_bad_input_keeps_the_seed(seeded: Cli) -> None:
    assert_refused(seeded, "ingest", str(SEED) + ".missing", expect="no such file")
