"""Full-text search: one small query language, run by SQLite FTS5 or PostgreSQL.

    sanctuary cities      both words (in any order)
    "sanctuary cities"    the phrase
    sanctuar*             a word starting so
    gangs OR cartels      either
    -cartels, NOT cartels without the word

Order: on SQLite, by FTS5's bm25 rank when every word of the query matches at most
RANK_WINDOW claims; a query with a commoner word lists its newest RANK_WINDOW matches,
newest first, since bm25 weighs each word over all its matches (over a second at a million
claims). On PostgreSQL, newest first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claims.errors import SearchSyntaxError
from claims.reader import Reader
from claims.store.queries import CLAIM_COLUMNS, CLAIM_FROM, ClaimFilter

RANK_WINDOW = 500
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
            return _sqlite(db, groups, where)
        return _postgresql(db, groups, where)
    except Exception as exc:
        message = str(exc).splitlines()[0]
        if not type(exc).__module__.startswith(("sqlite3", "psycopg")) or "locked" in message:
            raise
        raise SearchSyntaxError(f"cannot search for {query!r}: {message}") from None


def _sqlite(db: Reader, groups: list[list[Term]], where: ClaimFilter) -> list[dict]:
    # bm25 weighs every word of the query over all of that word's matches: quick for rare
    # words, over a second for a word in most of a million claims. So a query with any
    # word matching more than RANK_WINDOW claims lists its newest RANK_WINDOW matches,
    # newest first; a query of rarer words is ranked by bm25.
    fts_query = fts5_query(groups)
    newest_ids = (
        "SELECT rowid FROM claim_search WHERE claim_search MATCH :q "
        "ORDER BY rowid DESC LIMIT 1 OFFSET :skip"
    )
    floor = db.value(newest_ids, {"q": fts_query, "skip": RANK_WINDOW})
    common = floor is not None or any(
        db.value(newest_ids, {"q": fts5_query([[term]]), "skip": RANK_WINDOW}) is not None
        for group in groups
        for term in group
        if not term.negated
    )
    conditions = where.where()
    where.params.update(q=fts_query, floor=floor or 0)
    rank = "0 AS rank" if common else "rank"
    sql = f"""
        SELECT {CLAIM_COLUMNS}
        FROM (SELECT rowid AS claim_id, {rank} FROM claim_search
              WHERE claim_search MATCH :q AND rowid > :floor) hits
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
