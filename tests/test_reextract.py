"""Re-extraction keeps every note: same wording keeps its id, lost claims are flagged."""

from __future__ import annotations

import json

from conftest import Cli
from sqlalchemy import text

from claims.db import database_url, make_engine
from claims.extract import EXTRACTOR_VERSION


def execute(db: str, sql: str) -> None:
    engine = make_engine(database_url(db), write=True)
    with engine.begin() as conn:
        conn.execute(text(sql))
    engine.dispose()


def claims(cli: Cli, *args: str) -> list[dict]:
    return json.loads(cli.ok("list", "--format", "json", *args).stdout)


def test_reextract_keeps_notes_and_flags_what_is_gone(seeded: Cli) -> None:
    seeded.ok("note", "2", "DOJ transcript", "--reviewer", "ana")
    seeded.ok("note", "5", "Checked: LA origin", "--reviewer", "ana")
    # Pretend an older extractor wrote claim 5 differently and missed claim 11.
    execute(seeded.db, "UPDATE claims SET wording = 'an older, longer wording' WHERE id = 5")
    execute(seeded.db, "DELETE FROM claims WHERE id = 11")
    execute(seeded.db, "UPDATE articles SET extractor_version = '0'")

    run = seeded.ok("reextract")
    assert "article 1: 9 kept, 2 added, 1 no longer found" in run.stderr

    by_id = {c["id"]: c for c in claims(seeded)}
    assert by_id[2]["note"] == "DOJ transcript" and not by_id[2]["stale"]
    assert by_id[5]["stale"] and by_id[5]["note"] == "Checked: LA origin"
    assert [c["id"] for c in claims(seeded, "--stale")] == [5]
    assert len(claims(seeded, "--current")) == 11
    (article,) = json.loads(seeded.ok("articles", "--format", "json").stdout)
    assert article["extractor_version"] == EXTRACTOR_VERSION
    assert "(STALE)" in seeded.ok("show", "5").stdout


def test_reextract_is_idempotent_and_takes_one_article(seeded: Cli) -> None:
    before = claims(seeded)
    assert "11 kept, 0 added, 0 no longer found" in seeded.ok("reextract", "--article", "1").stderr
    assert claims(seeded) == before
    run = seeded("reextract", "--article", "9")
    assert run.exit_code == 1 and "no article with id 9" in run.stderr
