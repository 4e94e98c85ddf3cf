"""Every command through the CLI runner, on a real database."""

from __future__ import annotations

import csv
import io
import json

import pytest
from conftest import HARBOR, SEED, Cli
from typer.testing import CliRunner

from claims.cli import app


def claims_json(cli: Cli, *args: str) -> list[dict]:
    return json.loads(cli.ok(*args, "--format", "json").stdout)


def test_ingest_prints_article_id_and_counts(cli: Cli) -> None:
    run = cli.ok("ingest", SEED)
    assert run.stdout.strip() == "1"
    assert "article 1, 11 claims (4 direct, 1 indirect, 2 mixed, 4 assertion)" in run.stderr


def test_ingest_same_text_again_stores_nothing(seeded: Cli, tmp_path) -> None:
    copy = tmp_path / "copy.txt"
    copy.write_text(SEED.read_text(encoding="utf-8").replace("\n", "\r\n"), encoding="utf-8")
    run = seeded.ok("ingest", copy)
    assert "already stored as article 1" in run.stderr
    assert len(claims_json(seeded, "articles")) == 1
    assert len(claims_json(seeded, "list")) == 11


def test_ingest_reads_stdin_and_options(cli: Cli) -> None:
    run = cli.ok(
        "ingest",
        "-",
        "--title",
        "Fares",
        "--publisher",
        "Portville Post",
        "--published",
        "2026-03-02",
        "--url",
        "https://example.org/fares",
        input=HARBOR.read_text(encoding="utf-8"),
    )
    assert run.stdout.strip() == "1"
    (article,) = claims_json(cli, "articles")
    assert article["title"] == "Fares"
    assert article["publisher"] == "Portville Post"
    assert article["published"] == "2026-03-02"
    assert article["paragraphs"] == 8


def test_ingest_takes_metadata_from_a_sidecar_file(cli: Cli, tmp_path) -> None:
    (tmp_path / "a.txt").write_text(HARBOR.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "a.json").write_text('{"title": "Ferry fares", "url": null}', encoding="utf-8")
    cli.ok("ingest", tmp_path / "a.txt")
    (article,) = claims_json(cli, "articles")
    assert article["title"] == "Ferry fares" and article["url"] is None


def test_ingest_several_files(cli: Cli) -> None:
    run = cli.ok("ingest", SEED, HARBOR)
    assert run.stdout.split() == ["1", "2"]
    assert [a["id"] for a in claims_json(cli, "articles")] == [1, 2]


def test_ingest_markdown_and_html(cli: Cli, tmp_path) -> None:
    md = tmp_path / "a.md"
    md.write_text(
        "# Ferry vote\n\nThe board voted **5-2** on Sunday, [the clerk](http://x) said.\n",
        encoding="utf-8",
    )
    page = tmp_path / "b.html"
    page.write_text(
        "<html><head><title>Ferries</title><script>var x='“no”';</script></head>"
        "<body><p>“We will not raise fares again this decade,” Okafor said.</p>"
        "<p>Ridership fell 8 percent in 2025.</p></body></html>",
        encoding="utf-8",
    )
    cli.ok("ingest", md, page)
    titles = [a["title"] for a in claims_json(cli, "articles")]
    assert titles == ["Ferry vote", "Ferries"]
    wordings = [c["wording"] for c in claims_json(cli, "list", "--article", "2")]
    assert "We will not raise fares again this decade," in wordings
    assert not any("var x" in w for w in wordings)


def test_extract_prints_the_scorer_contract(tmp_path) -> None:
    result = CliRunner().invoke(app, ["extract", "--format", "json", str(SEED)])
    assert result.exit_code == 0
    out = json.loads(result.stdout)
    paragraphs = SEED.read_text(encoding="utf-8").splitlines()
    for c in out["claims"]:
        assert set(c) >= {
            "paragraph",
            "start",
            "end",
            "wording",
            "speaker",
            "speaker_mention",
            "kind",
        }
        assert paragraphs[c["paragraph"] - 1][c["start"] : c["end"]] == c["wording"]
        m = c["speaker_mention"]
        if m:
            assert paragraphs[m["paragraph"] - 1][m["start"] : m["end"]] == m["text"]
    assert not (tmp_path / "claims.db").exists()


def test_extract_table(tmp_path) -> None:
    result = CliRunner().invoke(app, ["extract", str(HARBOR)])
    assert result.exit_code == 0
    assert "Okafor" in result.stdout


def test_list_shows_every_claim_with_an_empty_note(seeded: Cli) -> None:
    run = seeded.ok("list")
    assert "Jeff Sessions" in run.stdout and "MS-13" in run.stdout
    rows = claims_json(seeded, "list")
    assert len(rows) == 11
    assert all(r["note"] is None for r in rows)
    assert [r["paragraph"] for r in rows] == sorted(r["paragraph"] for r in rows)


def test_list_filters(seeded: Cli) -> None:
    seeded.ok("ingest", HARBOR)
    assert {r["speaker"] for r in claims_json(seeded, "list", "--speaker", "SESS")} == {
        "Jeff Sessions"
    }
    assert {r["kind"] for r in claims_json(seeded, "list", "--kind", "direct")} == {"direct"}
    assert {r["article"] for r in claims_json(seeded, "list", "--article", "2")} == {2}
    assert {r["paragraph"] for r in claims_json(seeded, "list", "--paragraph", "7")} == {7}
    assert len(claims_json(seeded, "list", "--limit", "3")) == 3
    first = claims_json(seeded, "list", "--limit", "1", "--offset", "2")[0]
    assert first["id"] == claims_json(seeded, "list")[2]["id"]
    assert all(r["score"] >= 0.5 for r in claims_json(seeded, "list", "--min-score", "0.5"))
    seeded.ok("note", "2", "DOJ release", "--verdict", "half-true")
    assert [r["id"] for r in claims_json(seeded, "list", "--noted")] == [2]
    assert 2 not in [r["id"] for r in claims_json(seeded, "list", "--unnoted")]
    assert [r["id"] for r in claims_json(seeded, "list", "--verdict", "half-true")] == [2]


def test_every_format_is_machine_readable(seeded: Cli) -> None:
    rows = claims_json(seeded, "list")
    lines = seeded.ok("list", "--format", "jsonl").stdout.splitlines()
    assert [json.loads(line) for line in lines] == rows
    parsed = list(csv.DictReader(io.StringIO(seeded.ok("list", "--format", "csv").stdout)))
    assert [int(r["id"]) for r in parsed] == [r["id"] for r in rows]
    assert parsed[0]["wording"] == rows[0]["wording"]
    for command in ("articles", "speakers", "search MS-13", "show 1"):
        out = seeded.ok(*command.split(), "--format", "json").stdout
        json.loads(out)


def test_search(seeded: Cli) -> None:
    hits = claims_json(seeded, "search", "MS-13")
    assert hits and all("MS-13" in h["wording"] for h in hits)
    assert {h["speaker"] for h in claims_json(seeded, "search", "Sessions")} == {"Jeff Sessions"}
    assert claims_json(seeded, "search", "sanctuar*")
    assert claims_json(seeded, "search", "zebra") == []
    seeded.ok("note", "4", "Checked against the FBI gang assessment")
    assert [h["id"] for h in claims_json(seeded, "search", "assessment")] == [4]


def test_show_marks_the_claim_and_lists_history(seeded: Cli) -> None:
    seeded.ok("note", "3", "Prepared remarks, DOJ", "--reviewer", "ana")
    seeded.ok(
        "note",
        "3",
        "Transcript, DOJ",
        "--replace",
        "--reviewer",
        "ben",
        "--source-url",
        "https://example.org/t",
        "--verdict",
        "true",
    )
    card = seeded.ok("show", "3").stdout
    assert "Speaker: Jeff Sessions, Attorney General" in card
    assert "the nation’s top law enforcement officer" in card
    assert ">>>Under President Trump" in card and "safety,<<<" in card
    assert "Note: Transcript, DOJ" in card and "Verdict: true" in card
    assert "ana  set: Prepared remarks, DOJ" in card
    assert "ben  replace: Transcript, DOJ" in card
    data = json.loads(seeded.ok("show", "3", "--format", "json").stdout)
    assert [h["action"] for h in data["history"]] == ["set", "replace"]


def test_speakers_and_articles(seeded: Cli) -> None:
    (sessions,) = claims_json(seeded, "speakers")
    assert sessions["name"] == "Jeff Sessions"
    assert sessions["title"] == "Attorney General"
    assert sessions["claims"] == 7
    (article,) = claims_json(seeded, "articles")
    assert article["paragraphs"] == 9 and article["claims"] == 11 and article["noted"] == 0


def test_note_reviewer_defaults_to_environment(seeded: Cli, monkeypatch) -> None:
    monkeypatch.setenv("CLAIMS_REVIEWER", "carla")
    run = seeded.ok("note", "1", "Speech text on justice.gov")
    assert "by carla" in run.stderr
    assert claims_json(seeded, "show", "1")["noted_by"] == "carla"  # type: ignore[call-overload]


def test_version_and_help_on_every_command() -> None:
    runner = CliRunner()
    assert runner.invoke(app, ["--version"]).stdout.startswith("claims ")
    commands = [
        "ingest",
        "extract",
        "list",
        "search",
        "show",
        "speakers",
        "articles",
        "note",
        "db",
        "db upgrade",
        "db downgrade",
        "db current",
        "db check",
    ]
    for command in commands:
        result = runner.invoke(app, [*command.split(), "--help"])
        assert result.exit_code == 0, command
        assert "Usage" in result.stdout


@pytest.mark.parametrize("fmt", ["table", "json", "jsonl", "csv"])
def test_empty_database_lists_nothing(cli: Cli, fmt: str) -> None:
    out = cli.ok("list", "--format", fmt).stdout
    if fmt == "json":
        assert json.loads(out) == []


def test_stats_match_the_claims(seeded: Cli) -> None:
    seeded.ok("ingest", HARBOR)
    seeded.ok("note", "2", "DOJ release", "--verdict", "half-true")
    seeded.ok("note", "3", "Transcript", "--verdict", "true")
    seeded.ok("note", "3", "Transcript, page 2", "--verdict", "false", "--replace")
    seeded.ok("note", "2", "--clear")
    claims = claims_json(seeded, "list")
    rows = claims_json(seeded, "stats", "--top", "3")
    got = {(r["group"], str(r["value"])): r["claims"] for r in rows}
    assert got[("claims", "all")] == len(claims)
    assert got[("claims", "noted")] == sum(c["note"] is not None for c in claims) == 1
    assert got[("verdict", "false")] == 1 and ("verdict", "half-true") not in got
    for kind in ("direct", "indirect", "mixed", "assertion"):
        assert got.get(("kind", kind), 0) == sum(c["kind"] == kind for c in claims)
    assert got[("speaker", "Jeff Sessions")] == 7
    assert got[("article", "1")] == 11
    assert len([r for r in rows if r["group"] == "speaker"]) == 3
