"""Full-text search: one small query language, run by SQLite FTS5 or PostgreSQL.

    sanctuary cities      both words (in any order)
    "sanctuary cities"    the phrase
    sanctuar*             a word starting so
    gangs OR cartels      either
    -cartels, NOT cartels without the word

Ranking: on SQLite, FTS5's bm25 rank, computed only for the most recent RANK_WINDOW matches
(newest claims first when a word matches more): ranking every match of a common word costs
seconds at a million claims. On PostgreSQL, newest first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claims.errors import SearchSyntaxError
from claims.reader import Reader
from claims.store.queries import CLAIM_COLUMNS, CLAIM_FROM, ClaimFilter

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


def search_claims(db: Reader, query: str, where: ClaimFilter | None = None) -> list[dict]:
    """Claims matching the query in wording, speaker name or note; best matches first."""
    where = where or ClaimFilter()
    groups = parse(query)
    try:
        if db.dialect == "sqlite":
            return _sqlite(db, fts5_query(groups), where)
        return _postgresql(db, groups, where)
    except Exception as exc:
        message = str(exc).splitlines()[0]
        if not type(exc).__module__.startswith(("sqlite3", "psycopg")) or "locked" in message:
            raise
        raise SearchSyntaxError(f"cannot search for {query!r}: {message}") from None


def _sqlite(db: Reader, fts_query: str, where: ClaimFilter) -> list[dict]:
    # The RANK_WINDOW-th newest match bounds the rowids that FTS5 has to rank.
    floor = db.value(
        "SELECT rowid FROM claim_search WHERE claim_search MATCH :q "
        "ORDER BY rowid DESC LIMIT 1 OFFSET :skip",
        {"q": fts_query, "skip": RANK_WINDOW - 1},
    )
    conditions = where.where()
    where.params.update(q=fts_query, floor=floor or 0)
    sql = f"""
        SELECT {CLAIM_COLUMNS}
        FROM (SELECT rowid AS claim_id, rank FROM claim_search
              WHERE claim_search MATCH :q AND rowid >= :floor) hits
        JOIN claims c ON c.id = hits.claim_id
        JOIN paragraphs p ON p.id = c.paragraph_id
        LEFT JOIN speakers s ON s.id = c.speaker_id
        {conditions}
        ORDER BY hits.rank, c.id DESC {where.page()}"""
    return db.rows(sql, where.params)


# The same expressions as the GIN indexes of migration 0002, or PostgreSQL won't use them.
_DOCUMENT = "to_tsvector('english', c.wording || ' ' || coalesce(c.note, ''))"
_SPEAKER_DOCUMENT = "to_tsvector('simple', coalesce(s.name, ''))"


def _postgresql(db: Reader, groups: list[list[Term]], where: ClaimFilter) -> list[dict]:
    params = where.params
    conditions = []
    for g, group in enumerate(groups):
        alternatives = []
        for t, term in enumerate(group):
            key = f"t{g}_{t}"
            if term.prefix:
                params[key] = _words(term.text)[-1] + ":*"
                make = "to_tsquery"
            else:
                # PostgreSQL's own parser splits the words ("MS-13" is 'ms' and '-13').
                params[key] = term.text
                make = "phraseto_tsquery" if term.phrase else "plainto_tsquery"
            alternatives.append(
                f"({_DOCUMENT} @@ {make}('english', :{key}) "
                f"OR {_SPEAKER_DOCUMENT} @@ {make}('simple', :{key}))"
            )
        condition = " OR ".join(alternatives)
        conditions.append(f"NOT ({condition})" if group[0].negated else f"({condition})")
    filters = where.where()
    joined = " AND ".join(conditions)
    sql = (
        f"SELECT {CLAIM_COLUMNS} {CLAIM_FROM} "
        f"{filters + ' AND ' if filters else 'WHERE '}{joined} "
        f"ORDER BY c.id DESC {where.page()}"
    )
    return db.rows(sql, params)
