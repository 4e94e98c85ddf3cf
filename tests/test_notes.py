"""The note slot and its append-only history, through the library."""

from __future__ import annotations

import pytest
from conftest import SEED
from sqlalchemy import func, select

from claims.db import open_session
from claims.errors import NoteExists, NotFound
from claims.models import Claim, NoteRevision
from claims.reader import open_reader
from claims.sources import read_article
from claims.store import clear_note, ingest_article, set_note
from claims.store.queries import show_claim


@pytest.fixture
def db(db_url: str) -> str:
    with open_session(db_url, write=True) as s:
        ingest_article(s, read_article(str(SEED)))
    return db_url


def test_new_claims_have_an_empty_slot(db: str) -> None:
    with open_session(db) as s:
        claims = s.scalars(select(Claim)).all()
        assert claims and all(
            c.note is None and c.noted_by is None and c.verdict is None for c in claims
        )
        assert s.scalar(select(func.count()).select_from(NoteRevision)) == 0


def test_set_replace_clear_each_write_one_revision(db: str) -> None:
    with open_session(db, write=True) as s:
        set_note(s, 1, "first", reviewer="ana", verdict="Mostly True")
    with open_session(db, write=True) as s:
        with pytest.raises(NoteExists):
            set_note(s, 1, "second", reviewer="ben")
    with open_session(db, write=True) as s:
        set_note(s, 1, "second", reviewer="ben", replace=True, source_url="https://e.org")
    with open_session(db, write=True) as s:
        clear_note(s, 1, reviewer="cy")
    with open_reader(db) as reader:
        claim = show_claim(reader, 1)
    assert claim["note"] is None and claim["noted_by"] is None
    assert [(h["action"], h["note"], h["reviewer"], h["verdict"]) for h in claim["history"]] == [
        ("set", "first", "ana", "mostly-true"),
        ("replace", "second", "ben", None),
        ("clear", None, "cy", None),
    ]


def test_a_failed_note_rolls_back_its_revision(db: str) -> None:
    with open_session(db, write=True) as s:
        set_note(s, 2, "kept", reviewer="ana")
    with pytest.raises(NotFound):
        with open_session(db, write=True) as s:
            set_note(s, 3, "lost", reviewer="ana")
            set_note(s, 999, "boom", reviewer="ana")
    with open_session(db) as s:
        assert s.scalar(select(func.count()).select_from(NoteRevision)) == 1
        assert s.get(Claim, 3).note is None  # type: ignore[union-attr]
