"""Repeated claims across articles: found by wording and speaker; notes copied across."""

from __future__ import annotations

import json

from conftest import Cli

MONDAY = (
    "Ferry fares will rise again this spring.\n\n"
    "“The harbor fleet is older than most of the riders who use it,” Mayor Ada Park said.\n\n"
    "Councilman Ray Dunn said the fleet is older than most of the riders who use it.\n"
)
FRIDAY = (
    "The mayor spoke at the pier on Friday.\n\n"
    "“The harbor fleet is older than most riders who use it,” Mayor Ada Park said again.\n\n"
    "“Bridges are cheaper to run than ferries in every single year,” Park said.\n"
)


def rows(cli: Cli, *args: str) -> list[dict]:
    return json.loads(cli.ok(*args, "--format", "json").stdout)


def test_similar_claims_and_copying_a_note(cli: Cli) -> None:
    cli.ok("ingest", "-", input=MONDAY)
    cli.ok("ingest", "-", input=FRIDAY)
    claims = rows(cli, "list")
    monday = next(c for c in claims if c["article"] == 1 and c["speaker"] == "Ada Park")
    friday = next(
        c for c in claims if c["article"] == 2 and c["kind"] == "direct" and "fleet" in c["wording"]
    )
    dunn = next(c for c in claims if c["speaker"] == "Ray Dunn")

    found = rows(cli, "similar", str(monday["id"]))
    assert [f["id"] for f in found] == [friday["id"]]  # not Dunn's: another speaker
    assert found[0]["similarity"] >= 85
    assert dunn["id"] not in [f["id"] for f in rows(cli, "similar", str(monday["id"]))]

    cli.ok(
        "note",
        str(monday["id"]),
        "Fleet register, 2026",
        "--verdict",
        "true",
        "--source-url",
        "https://example.org/fleet",
    )
    cli.ok("note", str(friday["id"]), "--copy-from", str(monday["id"]), "--reviewer", "ana")
    copied = json.loads(cli.ok("show", str(friday["id"]), "--format", "json").stdout)
    assert (copied["note"], copied["verdict"], copied["source_url"]) == (
        "Fleet register, 2026",
        "true",
        "https://example.org/fleet",
    )
    assert copied["history"][0]["reviewer"] == "ana"
    assert rows(cli, "similar", str(friday["id"]))[0]["note"] == "Fleet register, 2026"


def test_copying_from_a_claim_without_a_note_is_refused(cli: Cli) -> None:
    cli.ok("ingest", "-", input=MONDAY)
    run = cli("note", "2", "--copy-from", "1")
    assert run.exit_code == 1 and "has no note to copy" in run.stderr
