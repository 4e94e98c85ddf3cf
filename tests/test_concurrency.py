"""Many writers at once, and writers killed mid-write: nothing lost, nothing half-written."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

from conftest import POSTGRES, SEED, Cli
from sqlalchemy import func, select, text

from claims.db import database_url, make_engine, open_session
from claims.models import Article, Claim, NoteRevision, Paragraph

WORKER = str(Path(__file__).with_name("concurrency_worker.py"))
PROCESSES, NOTES_EACH = 4, 200


def start(*args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, WORKER, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def test_many_reviewers_writing_notes_at_once_lose_nothing(seeded: Cli) -> None:
    workers = [start("notes", seeded.db, f"w{n}", str(NOTES_EACH), "3") for n in range(PROCESSES)]
    written = []
    for w in workers:
        out, err = w.communicate(timeout=300)
        assert w.returncode == 0, err[-2000:]  # no "database is locked" reaches anyone
        written += out.split()
    assert len(written) == PROCESSES * NOTES_EACH
    with open_session(seeded.db) as s:
        notes = list(s.scalars(select(NoteRevision.note)))
    assert sorted(notes) == sorted(f"note {token}" for token in written)


def test_a_writer_killed_mid_ingest_leaves_a_consistent_database(seeded: Cli) -> None:
    worker = start("ingest", seeded.db, "k", "1000")
    committed = []
    deadline = time.monotonic() + 60
    while len(committed) < 5 and time.monotonic() < deadline:
        line = worker.stdout.readline()  # type: ignore[union-attr]
        if line:
            committed.append(int(line))
    time.sleep(0.05)  # let it get into the middle of the next article
    worker.send_signal(signal.SIGKILL)
    worker.wait()
    committed += [int(line) for line in worker.stdout.read().split()]  # type: ignore[union-attr]
    assert len(committed) >= 5

    with open_session(seeded.db) as s:
        stored = set(s.scalars(select(Article.id)))
        assert set(committed) <= stored
        # Every stored article is whole: its 41 paragraphs and its claims, nothing partial.
        for article_id in stored - {1}:
            paragraphs = s.scalar(select(func.count()).where(Paragraph.article_id == article_id))
            claims = s.scalar(select(func.count()).where(Claim.article_id == article_id))
            assert (paragraphs, claims) == (41, 40)
    assert_database_intact(seeded.db)
    seeded.ok("ingest", SEED)  # still usable for writing


def test_a_writer_killed_mid_notes_keeps_every_committed_note(seeded: Cli) -> None:
    worker = start("notes", seeded.db, "k", "100000", "5")
    committed = []
    while len(committed) < 50:
        committed.append(worker.stdout.readline().strip())  # type: ignore[union-attr]
    worker.send_signal(signal.SIGKILL)
    worker.wait()
    committed += worker.stdout.read().split()  # type: ignore[union-attr]
    with open_session(seeded.db) as s:
        notes = set(s.scalars(select(NoteRevision.note)))
        assert {f"note {t}" for t in committed} <= notes
        # The slot of every claim holds the last revision written for it.
        for claim in s.scalars(select(Claim).where(Claim.note.is_not(None))):
            last = s.scalar(
                select(NoteRevision.note)
                .where(NoteRevision.claim_id == claim.id)
                .order_by(NoteRevision.id.desc())
                .limit(1)
            )
            assert claim.note == last
    assert_database_intact(seeded.db)


def assert_database_intact(db: str) -> None:
    engine = make_engine(database_url(db), write=False)
    with engine.connect() as conn:
        if not POSTGRES:
            assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
            conn.execute(text("INSERT INTO claim_search(claim_search) VALUES ('integrity-check')"))
            indexed = conn.execute(text("SELECT count(*) FROM claim_search")).scalar()
            assert indexed == conn.execute(text("SELECT count(*) FROM claims")).scalar()
        orphans = conn.execute(
            text(
                "SELECT count(*) FROM claims c LEFT JOIN paragraphs p ON p.id = c.paragraph_id "
                "WHERE p.id IS NULL"
            )
        ).scalar()
        assert orphans == 0
    engine.dispose()
