"""A writer process for the concurrency and crash tests (run as a script).

    python concurrency_worker.py notes DB WORKER COUNT CLAIMS
    python concurrency_worker.py ingest DB WORKER COUNT

Prints one line per committed write, flushed, so the parent knows what must be there.
"""

from __future__ import annotations

import sys

from claims.db import open_session
from claims.sources import ArticleInput
from claims.store import ingest_article, set_note


def notes(db: str, worker: str, count: int, claims: int) -> None:
    for i in range(count):
        token = f"{worker}-{i}"
        with open_session(db, write=True) as session:
            set_note(session, 1 + i % claims, f"note {token}", reviewer=worker, replace=True)
        print(token, flush=True)


def ingest(db: str, worker: str, count: int) -> None:
    for i in range(count):
        text = f"Report {worker} {i}.\n\n" + "\n\n".join(
            f"“Paragraph {k} of report {worker}-{i} says the budget grew by {k} percent,” "
            f"Mayor Ada Park said on Monday."
            for k in range(40)
        )
        with open_session(db, write=True) as session:
            result = ingest_article(session, ArticleInput(text=text))
        print(result.article_id, flush=True)


if __name__ == "__main__":
    mode, db, worker, count = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    if mode == "notes":
        notes(db, worker, count, int(sys.argv[5]))
    else:
        ingest(db, worker, count)
