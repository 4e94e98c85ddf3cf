"""Ingest speed: real articles from .txt files into a new SQLite database, in one process.

    python bench/ingest_speed.py [FOLDER]

FOLDER holds .txt articles; by default the "text" of every ../shared/gold/polnear-train/*.json
is written to a temporary folder outside the repository first (840 articles). Prints
articles/s, claims/s, the share of time spent extracting versus writing to the database,
and the database writes against raw sqlite3 doing the same work (same statements, same
rows, same schema, one transaction per article; the target: at least 0.5x its rate).
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import tempfile
import time
from pathlib import Path

from claims.db import open_session
from claims.extract import extract
from claims.sources import read_article
from claims.store import ingest_article
from claims.store.ingest import COUNT_STATEMENTS

GOLD = Path(__file__).resolve().parents[2] / "shared" / "gold" / "polnear-train"
TABLES = ["articles", "speakers", "paragraphs", "claims"]


def write_texts(folder: Path) -> None:
    for path in sorted(GOLD.glob("*.json")):
        text = json.loads(path.read_text(encoding="utf-8"))["text"]
        (folder / (path.stem + ".txt")).write_text(text, encoding="utf-8")


def ingest_all(files: list[Path], db: str) -> tuple[float, float, int]:
    """Seconds extracting, seconds writing (one transaction per article), claims stored."""
    extracting = writing = 0.0
    claims = 0
    for path in files:
        source = read_article(str(path))
        start = time.perf_counter()
        extracted = extract(source.text)
        middle = time.perf_counter()
        with open_session(db, write=True) as session:
            ingest_article(session, source, extracted)
        writing += time.perf_counter() - middle
        extracting += middle - start
        claims += len(extracted.claims)
    return extracting, writing, claims


def raw_sqlite_seconds(db: str) -> float:
    """Raw sqlite3 doing what an ingest does, for exactly the same rows: per article, one
    transaction that checks the content hash, inserts the article, its paragraphs, its
    speakers (insert-or-ignore, then their ids), its claims, indexes them for search and
    counts them for `claims stats`."""
    source = sqlite3.connect(db)
    schema = [
        sql
        for (sql,) in source.execute(
            "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'claim_search%' "
            "AND type IN ('table', 'index')"
        )
    ]
    rows = {t: source.execute(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in TABLES}
    source.close()
    speakers = {row[0]: row for row in rows["speakers"]}
    by_article: dict[str, dict[int, list]] = {"paragraphs": {}, "claims": {}}
    for t, groups in by_article.items():
        for row in rows[t]:
            groups.setdefault(row[1], []).append(row)
    with tempfile.TemporaryDirectory() as folder:
        target = sqlite3.connect(Path(folder) / "raw.db", isolation_level=None)
        target.execute("PRAGMA journal_mode=WAL")
        for statement in schema:
            target.execute(statement)
        target.execute(
            "CREATE VIRTUAL TABLE claim_search USING fts5(wording, speaker, note, "
            "tokenize = 'porter unicode61 remove_diacritics 2')"
        )
        start = time.perf_counter()
        for article in rows["articles"]:
            claims = by_article["claims"].get(article[0], [])
            target.execute("BEGIN IMMEDIATE")
            target.execute("SELECT id FROM articles WHERE content_hash = ?", (article[7],))
            target.execute(_insert("articles", [article]), article)
            for t in ("paragraphs", "claims"):
                batch = by_article[t].get(article[0], [])
                if t == "claims" and any(c[8] is not None for c in batch):
                    named = [speakers[c[8]] for c in batch if c[8] is not None]
                    target.executemany(_insert("speakers", named, "OR IGNORE"), named)
                    target.execute(
                        f"SELECT id FROM speakers WHERE name IN ({', '.join('?' * len(named))})",
                        [s[1] for s in named],
                    ).fetchall()
                target.execute(f"SELECT max(id) FROM {t}").fetchone()
                if batch:
                    target.executemany(_insert(t, batch), batch)
            if claims:
                target.execute(
                    "INSERT INTO claim_search (rowid, wording, speaker, note) "
                    "SELECT c.id, c.wording, s.name, c.note FROM claims c "
                    "LEFT JOIN speakers s ON s.id = c.speaker_id WHERE c.id BETWEEN ? AND ?",
                    (claims[0][0], claims[-1][0]),
                )
                for statement in COUNT_STATEMENTS:  # what claims.store.ingest counts
                    target.execute(statement, (claims[0][0], claims[-1][0]))
            target.execute("COMMIT")
        seconds = time.perf_counter() - start
        target.close()
    return seconds


def _insert(table: str, rows: list, verb: str = "") -> str:
    return f"INSERT {verb} INTO {table} VALUES ({', '.join('?' * len(rows[0]))})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        folder = args.folder
        if folder is None:
            folder = Path(work) / "articles"
            folder.mkdir()
            write_texts(folder)
        files = sorted(folder.glob("*.txt"))
        db = str(Path(work) / "bench.db")
        start = time.perf_counter()
        extracting, writing, claims = ingest_all(files, db)
        total = time.perf_counter() - start
        raw = raw_sqlite_seconds(db)
    print(
        f"articles       {len(files)} in {total:.2f} s: {len(files) / total:.0f} articles/s, "
        f"{claims / total:.0f} claims/s"
    )
    print(
        f"time split     extraction {extracting / total:.0%}, database {writing / total:.0%}, "
        f"reading files {1 - (extracting + writing) / total:.0%}"
    )
    print(
        f"database       {claims / writing:.0f} claims/s through claims (driver executemany in "
        "the session's transaction, one transaction per article)"
    )
    print(
        f"raw sqlite3    {claims / raw:.0f} claims/s for the same rows; claims writes at "
        f"{raw / writing:.2f}x the raw rate (target >= 0.5x)"
    )


if __name__ == "__main__":
    main()
