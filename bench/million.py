"""A million claims: build the database, then time the everyday queries.

    python bench/million.py [--claims 1000000] [--db PATH] [--runs 7]

Builds a SQLite database (or reuses --db if it already has the claims) from generated
articles of 20 one-sentence paragraphs, with 2,000 speakers, a word in 80% of the claims
("government"), a word in ten ("zeppelin"), and notes on 5% of the claims; then prints the
median time, measured inside this process, of what `claims list`, `search`, `show` and
`stats` run. Target: every one <= 50 ms.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

from claims.db import open_session
from claims.extract.model import ExtractedArticle, ExtractedClaim, Mention, Paragraph
from claims.reader import open_reader
from claims.sources import ArticleInput
from claims.store import ingest_article
from claims.store.queries import ClaimFilter, list_claims, show_claim, stats
from claims.store.search import search_claims

PER_ARTICLE = 20
WORDS = (
    "budget tax border court vote bill rate law plan city state fund police school "
    "health energy trade jobs wage rent fare bridge port water power price deal"
).split()
FIRST = "Ada Ray Jo Lee Sam Kim Ana Ben Cy Dee Eli Fay Gus Ivy Jay Kai Liv Max Ned Oz".split()
LAST = [
    f"{a}{b}"
    for a in ("Par", "Dun", "Ok", "Ru", "Mar", "Vel", "Hol", "Tan", "Bro", "Cal")
    for b in ("k", "n", "afor", "iz", "sh", "ley", "den", "ton", "ker", "ridge")
]


def build(db: str, claims: int) -> float:
    rng = random.Random(7)
    speakers = [
        f"{f} {last}{i}"
        for i, (f, last) in enumerate((rng.choice(FIRST), rng.choice(LAST)) for _ in range(2000))
    ]
    articles = claims // PER_ARTICLE
    start = time.perf_counter()
    batch = 500
    for first in range(0, articles, batch):
        with open_session(db, write=True) as session:
            for n in range(first, min(first + batch, articles)):
                ingest_article(session, *article(rng, n, speakers))
    return time.perf_counter() - start


def article(
    rng: random.Random, n: int, speakers: list[str]
) -> tuple[ArticleInput, ExtractedArticle]:
    paragraphs, claims = [], []
    offset = 0
    for k in range(PER_ARTICLE):
        words = rng.sample(WORDS, 8)
        if rng.random() < 0.8:
            words[3] = "government"
        number = n * PER_ARTICLE + k
        if number % 100_000 == 0:
            words[5] = "zeppelin"
        speaker = rng.choice(speakers)
        wording = f"The {' '.join(words)} grew {number % 97} percent in {1990 + number % 35}."
        text = f"{wording} {speaker.split()[-1]} said."
        paragraphs.append(Paragraph(k + 1, offset, text))
        offset += len(text) + 2
        kind = ("indirect", "direct", "mixed", "assertion")[number % 4]
        claims.append(
            ExtractedClaim(
                k + 1,
                0,
                len(wording),
                wording,
                kind,
                cue="said" if kind != "assertion" else None,
                speaker=speaker if kind != "assertion" else None,
                mention=Mention(k + 1, len(wording) + 1, len(text) - 6, speaker.split()[-1]),
                score=round(rng.random(), 2),
            )
        )
    text = "\n\n".join(p.text for p in paragraphs)
    return ArticleInput(text=text, title=f"Generated article {n}"), ExtractedArticle(
        paragraphs, claims
    )


def add_notes(db: str, share: float) -> None:
    from sqlalchemy import text

    with open_session(db, write=True) as session:
        session.execute(
            text(
                "UPDATE claims SET note = 'source: generated', noted_by = 'bench', "
                "noted_at = '2026-11-30 00:00:00.000000', verdict = 'half-true' "
                "WHERE id % :every = 0"
            ),
            {"every": round(1 / share)},
        )


def median_ms(work, runs: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--db", help="keep the database here (reused when it has the claims)")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = args.db or str(Path(folder) / "million.db")
        with open_reader(db) as r:
            have = r.value("SELECT count(*) FROM claims")
        if have < args.claims:
            seconds = build(db, args.claims - have)
            add_notes(db, 0.05)
            print(
                f"built          {args.claims - have} claims in {seconds:.0f} s "
                f"({(args.claims - have) / seconds:.0f} claims/s, 500 articles a transaction)"
            )
        with open_reader(db) as r:
            total = r.value("SELECT count(*) FROM claims")
            speaker = r.value("SELECT name FROM speakers ORDER BY id LIMIT 1 OFFSET 500")
            middle = total // 2
            queries = {
                f"list --speaker '{speaker}' --limit 50": lambda: list_claims(
                    r, ClaimFilter(speaker=speaker, limit=50)
                ),
                "list --unnoted --limit 50": lambda: list_claims(
                    r, ClaimFilter(noted=False, limit=50)
                ),
                "search zeppelin (10 matches)": lambda: search_claims(
                    r, "zeppelin", ClaimFilter(limit=20)
                ),
                "search government (80% match)": lambda: search_claims(
                    r, "government", ClaimFilter(limit=20)
                ),
                f"show {middle}": lambda: show_claim(r, middle),
                "stats": lambda: stats(r),
            }
            print(f"claims         {total}")
            for name, work in queries.items():
                ms = median_ms(work, args.runs)
                verdict = "ok" if ms <= 50 else "OVER the 50 ms target"
                print(f"{name:42} {ms:8.1f} ms  {verdict}")


if __name__ == "__main__":
    main()
