"""The review queue at the keyboard: one unnoted claim at a time, most check-worthy first.

Each answer is committed at once, so quitting (or a crash) loses nothing typed before.
Plain input() and print(): it works in any terminal, and under tmux in the tests.
"""

from __future__ import annotations

from collections.abc import Callable

from claims.errors import ClaimsError
from claims.render import claim_card
from claims.verdicts import VERDICTS, parse_verdict

HELP = "note text, or: Enter = skip, b = back, q = quit"


def review(
    db: str | None,
    where,  # type: ignore[no-untyped-def]  # claims.store.queries.ClaimFilter
    reviewer: str,
    ask: Callable[[str], str] = input,
    say: Callable[[str], None] = print,
) -> int:
    """Walk the queue; returns how many notes were written."""
    from claims.db import open_session
    from claims.reader import open_reader
    from claims.store import set_note
    from claims.store.queries import list_claims, show_claim
    from claims.store.similar import similar_claims

    with open_reader(db) as r:
        queue = [c["id"] for c in list_claims(r, where)]
    if not queue:
        say("Nothing to review: every claim here has a note.")
        return 0
    written, position = 0, 0
    while 0 <= position < len(queue):
        claim_id = queue[position]
        with open_reader(db) as r:
            claim = show_claim(r, claim_id)
            notes_elsewhere = [s for s in similar_claims(r, claim_id) if s["note"]]
        say("")
        say(f"── {position + 1} of {len(queue)} " + "─" * 60)
        say(claim_card(claim).rstrip())
        for other in notes_elsewhere:
            say(
                f"Noted on the same claim elsewhere (claim {other['id']}, "
                f"{other['similarity']}% alike): {other['note']}"
                + (f" [{other['verdict']}]" if other["verdict"] else "")
            )
        answer = ask(f"Note ({HELP}): ").strip()
        if answer.lower() == "q":
            break
        if answer.lower() == "b":
            position = max(0, position - 1)
            continue
        if not answer:
            position += 1
            continue
        source_url = ask("Source URL (Enter for none): ").strip() or None
        verdict = _ask_verdict(ask, say)
        with open_session(db, write=True) as session:
            set_note(
                session,
                claim_id,
                answer,
                reviewer=reviewer,
                source_url=source_url,
                verdict=verdict,
                replace=True,
            )
        written += 1
        say(f"Saved the note on claim {claim_id}.")
        position += 1
    say(f"{written} notes written.")
    return written


def _ask_verdict(ask: Callable[[str], str], say: Callable[[str], None]) -> str | None:
    while True:
        answer = ask(f"Verdict ({', '.join(VERDICTS)}; Enter for none): ").strip()
        if not answer:
            return None
        try:
            return parse_verdict(answer)
        except ClaimsError as exc:
            say(str(exc))
