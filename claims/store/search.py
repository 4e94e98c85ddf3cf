"""Full-text search: one small query language, run by SQLite FTS5 or PostgreSQL.

    sanctuary cities      both words (in any order)
    "sanctuary cities"    the phrase
    sanctuar*             a word starting so
    gangs OR cartels      either
    -cartels, NOT cartels without the word

Ranking: on SQLite, FTS5's bm25 rank, computed only for the most recent RANK_WINDOW matches
(newest claims first when a word matches more): ranking every match of a common word costs
seconds at a million claims. On PostgreSQL, ts_rank over the same window.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Float, Integer, Select, and_, func, literal_column, not_, or_, text
from sqlalchemy.exc import OperationalError, ProgrammingError
from sqlalchemy.orm import Session

from claims.errors import SearchSyntaxError
from claims.models import Claim
from claims.store.queries import ClaimFilter, claim_select

RANK_WINDOW = 2000
_TOKEN = re.compile(r'\s*(?:(-)?"([^"]*)"|(-)?([^\s"()]+))\s*')


@dataclass(frozen=True)
class Term:
    text: str
    phrase: bool = False
    prefix: bool = False
    negated: bool = False


def parse(query: str) -> list[list[Term]]:
    """The query as OR-groups of terms: [[a], [b, c]] means a AND (b OR c)."""
    if not query.strip():
        raise SearchSyntaxError("the search query is empty")
    if query.count('"') % 2:
        raise SearchSyntaxError(f"cannot search for {query!r}: a quotation mark is not closed")
    if "(" in query or ")" in query:
        raise SearchSyntaxError(f"cannot search for {query!r}: parentheses are not supported")
    groups: list[list[Term]] = []
    pending_or = negate_next = False
    pos = 0
    while pos < len(query):
        m = _TOKEN.match(query, pos)
        if not m or m.end() == pos:
            raise SearchSyntaxError(f"cannot search for {query!r}")
        pos = m.end()
        if m.group(2) is not None:
            term = Term(m.group(2).strip(), phrase=True, negated=bool(m.group(1)))
        else:
            word = m.group(4)
            if word == "OR":
                if not groups or pending_or:
                    raise SearchSyntaxError(
                        f"cannot search for {query!r}: OR needs a word on each side"
                    )
                pending_or = True
                continue
            if word == "NOT":
                negate_next = True
                continue
            prefix = word.endswith("*")
            word = word.rstrip("*").strip(".,;:!?")
            term = Term(word, prefix=prefix, negated=bool(m.group(3)))
        if negate_next:
            term = Term(term.text, term.phrase, term.prefix, True)
            negate_next = False
        if not _words(term.text):
            raise SearchSyntaxError(f"cannot search for {query!r}: {term.text!r} has no word in it")
        if pending_or:
            if term.negated or groups[-1][0].negated:
                raise SearchSyntaxError(f"cannot search for {query!r}: OR with a negated word")
            groups[-1].append(term)
            pending_or = False
        else:
            groups.append([term])
    if pending_or or negate_next:
        raise SearchSyntaxError(f"cannot search for {query!r}: it ends with an operator")
    if all(g[0].negated for g in groups):
        raise SearchSyntaxError(f"cannot search for {query!r}: it needs a word to find")
    return groups


def _words(text_: str) -> list[str]:
    return re.findall(r"\w+", text_)


def fts5_query(groups: list[list[Term]]) -> str:
    def one(term: Term) -> str:
        quoted = '"' + " ".join(_words(term.text)) + '"'
        return quoted + "*" if term.prefix else quoted

    positive = []
    for group in groups:
        if group[0].negated:
            continue
        parts = [one(t) for t in group]
        positive.append(parts[0] if len(parts) == 1 else "(" + " OR ".join(parts) + ")")
    negative = [one(g[0]) for g in groups if g[0].negated]
    return " AND ".join(positive) + "".join(f" NOT {n}" for n in negative)


def search_claims(session: Session, query: str, where: ClaimFilter | None = None) -> list[dict]:
    """Claims matching the query in wording, speaker name or note; best matches first."""
    where = where or ClaimFilter()
    groups = parse(query)
    try:
        if session.get_bind().dialect.name == "sqlite":
            stmt = _sqlite(session, fts5_query(groups), where)
        else:
            stmt = _postgresql(groups, where)
        stmt = stmt.limit(where.limit).offset(where.offset or None)
        return [dict(row) for row in session.execute(stmt).mappings()]
    except (OperationalError, ProgrammingError) as exc:
        message = str(exc.orig).splitlines()[0]
        if "locked" in message:
            raise
        raise SearchSyntaxError(f"cannot search for {query!r}: {message}") from None


def _sqlite(session: Session, fts_query: str, where: ClaimFilter) -> Select:
    # The RANK_WINDOW-th newest match bounds the rowids that FTS5 has to rank.
    floor = session.execute(
        text(
            "SELECT rowid FROM claim_search WHERE claim_search MATCH :q "
            "ORDER BY rowid DESC LIMIT 1 OFFSET :skip"
        ),
        {"q": fts_query, "skip": RANK_WINDOW - 1},
    ).scalar()
    hits = (
        text(
            "SELECT rowid AS claim_id, rank FROM claim_search "
            "WHERE claim_search MATCH :q AND rowid >= :floor"
        )
        .bindparams(q=fts_query, floor=floor or 0)
        .columns(claim_id=Integer, rank=Float)
        .subquery()
    )
    stmt = where.apply(claim_select().join(hits, hits.c.claim_id == Claim.id))
    return stmt.order_by(hits.c.rank, Claim.id.desc())


# The same expression as the GIN index in migration 0002, or PostgreSQL won't use it.
_DOCUMENT = literal_column(
    "to_tsvector('english', claims.wording || ' ' || coalesce(claims.note, ''))"
)
_SPEAKER_DOCUMENT = literal_column("to_tsvector('simple', speakers.name)")


def _postgresql(groups: list[list[Term]], where: ClaimFilter) -> Select:
    def matches(term: Term):  # type: ignore[no-untyped-def]
        # PostgreSQL's own parser splits the words ("MS-13" is 'ms' and '-13' there).
        words = term.text
        if term.prefix:
            words = " ".join(_words(term.text))
            q_en = func.to_tsquery("english", words.split()[-1] + ":*")
            q_simple = func.to_tsquery("simple", words.split()[-1] + ":*")
        elif term.phrase:
            q_en, q_simple = (
                func.phraseto_tsquery("english", words),
                func.phraseto_tsquery("simple", words),
            )
        else:
            q_en, q_simple = (
                func.plainto_tsquery("english", words),
                func.plainto_tsquery("simple", words),
            )
        return or_(_DOCUMENT.op("@@")(q_en), _SPEAKER_DOCUMENT.op("@@")(q_simple))

    conditions = []
    for group in groups:
        if group[0].negated:
            conditions.append(not_(matches(group[0])))
        else:
            conditions.append(or_(*(matches(t) for t in group)))
    stmt = where.apply(claim_select().where(and_(*conditions)))
    return stmt.order_by(Claim.id.desc())
