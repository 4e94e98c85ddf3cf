"""Read-only queries, as SQL that runs on SQLite and PostgreSQL alike.

They take a claims.reader.Reader (plain DB-API, no SQLAlchemy: these commands must start
fast) and return plain dicts, ready for any output format.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from claims.errors import NotFound
from claims.reader import Reader
from claims.verdicts import parse_verdict

CLAIM_COLUMNS = """
    c.id, c.article_id AS article, p.position AS paragraph, c.start_offset AS start,
    c.end_offset AS "end", c.kind, c.cue, s.name AS speaker, s.title AS speaker_title,
    c.speaker_mention, c.wording, c.score, c.stale, c.note, c.source_url, c.verdict,
    c.noted_by, c.noted_at"""
CLAIM_FROM = """
    FROM claims c
    JOIN paragraphs p ON p.id = c.paragraph_id
    LEFT JOIN speakers s ON s.id = c.speaker_id"""


@dataclass
class ClaimFilter:
    article: int | None = None
    speaker: str | None = None  # any part of the name, case-insensitive
    kind: str | None = None
    paragraph: int | None = None
    noted: bool | None = None  # True: only noted, False: only unnoted
    verdict: str | None = None
    min_score: float | None = None
    stale: bool | None = None  # True: only claims the current extractor no longer finds
    limit: int | None = None
    offset: int = 0
    most_worthy_first: bool = False  # by check-worthiness, else by position in the article
    params: dict = field(default_factory=dict, repr=False)

    def where(self) -> str:
        """SQL conditions (AND-ed, starting with WHERE or empty); values go to .params."""
        conditions = []
        p = self.params
        if self.article is not None:
            conditions.append("c.article_id = :article")
            p["article"] = self.article
        if self.speaker:
            # Matching speakers first (a few rows), then their claims through the index.
            conditions.append(
                "c.speaker_id IN (SELECT id FROM speakers WHERE lower(name) LIKE :speaker "
                "ESCAPE '\\')"
            )
            escaped = self.speaker.lower().replace("\\", "\\\\").replace("%", "\\%")
            p["speaker"] = "%" + escaped.replace("_", "\\_") + "%"
        if self.kind:
            conditions.append("c.kind = :kind")
            p["kind"] = self.kind
        if self.paragraph is not None:
            conditions.append("p.position = :paragraph")
            p["paragraph"] = self.paragraph
        if self.noted is not None:
            conditions.append("c.note IS NOT NULL" if self.noted else "c.note IS NULL")
        if self.verdict:
            conditions.append("c.verdict = :verdict")
            p["verdict"] = parse_verdict(self.verdict)
        if self.min_score is not None:
            conditions.append("c.score >= :min_score")
            p["min_score"] = self.min_score
        if self.stale is not None:
            conditions.append("c.stale = :stale")
            p["stale"] = self.stale
        return ("WHERE " + " AND ".join(conditions)) if conditions else ""

    def order_by(self) -> str:
        if self.most_worthy_first:
            return "c.score DESC, c.id"
        return "c.article_id, p.position, c.start_offset"

    def page(self) -> str:
        """LIMIT/OFFSET (no limit: a number no table reaches, valid on both databases)."""
        self.params["limit"] = self.limit if self.limit is not None else 2**62
        self.params["offset"] = self.offset
        return "LIMIT :limit OFFSET :offset"


def list_claims(db: Reader, where: ClaimFilter | None = None) -> list[dict]:
    where = where or ClaimFilter()
    sql = (
        f"SELECT {CLAIM_COLUMNS} {CLAIM_FROM} {where.where()} "
        f"ORDER BY {where.order_by()} {where.page()}"
    )
    return db.rows(sql, where.params)


def show_claim(db: Reader, claim_id: int) -> dict:
    """The claim, its speaker, its paragraph (claim marked), note and full history."""
    rows = db.rows(
        f"SELECT {CLAIM_COLUMNS}, p.text AS paragraph_text, a.title AS article_title "
        f"{CLAIM_FROM} JOIN articles a ON a.id = c.article_id WHERE c.id = :id",
        {"id": claim_id},
    )
    if not rows:
        raise NotFound(f"no claim with id {claim_id}")
    claim = rows[0]
    claim["history"] = db.rows(
        "SELECT action, note, source_url, verdict, reviewer, created_at FROM note_revisions "
        "WHERE claim_id = :id ORDER BY id",
        {"id": claim_id},
    )
    return claim


def list_speakers(db: Reader) -> list[dict]:
    return db.rows(
        "SELECT s.id, s.name, s.title, count(c.id) AS claims, count(c.note) AS noted "
        "FROM speakers s LEFT JOIN claims c ON c.speaker_id = s.id "
        "GROUP BY s.id, s.name, s.title ORDER BY count(c.id) DESC, s.name"
    )


def list_articles(db: Reader) -> list[dict]:
    return db.rows(
        """SELECT a.id, a.title, a.publisher, a.published, a.url,
                  coalesce(p.paragraphs, 0) AS paragraphs, coalesce(c.claims, 0) AS claims,
                  coalesce(c.noted, 0) AS noted, a.ingested_at, a.extractor_version,
                  a.source_path
           FROM articles a
           LEFT JOIN (SELECT article_id, count(*) AS claims, count(note) AS noted
                      FROM claims GROUP BY article_id) c ON c.article_id = a.id
           LEFT JOIN (SELECT article_id, count(*) AS paragraphs
                      FROM paragraphs GROUP BY article_id) p ON p.article_id = a.id
           ORDER BY a.id"""
    )


def stats(db: Reader, top: int = 10) -> list[dict]:
    """Counts for the desk: claims noted and unnoted, per kind, per verdict, and the
    speakers and articles with the most claims. Rows of (group, value, claims), read from
    the counts that triggers keep (migration 0003)."""
    counts = {
        (row["grp"], row["value"]): row["n"]
        for row in db.rows(
            "SELECT grp, value, n FROM claim_counts WHERE grp IN "
            "('all', 'noted', 'kind', 'verdict')"
        )
    }
    total, noted = counts.get(("all", ""), 0), counts.get(("noted", ""), 0)
    out = [
        {"group": "claims", "value": "all", "claims": total},
        {"group": "claims", "value": "noted", "claims": noted},
        {"group": "claims", "value": "unnoted", "claims": total - noted},
    ]
    for group in ("kind", "verdict"):
        rows = sorted(
            ((v, n) for (g, v), n in counts.items() if g == group and n),
            key=lambda vn: (-vn[1], vn[0]),
        )
        out += [{"group": group, "value": v, "claims": n} for v, n in rows]
    out += [
        {"group": "speaker", **row}
        for row in db.rows(
            "SELECT s.name AS value, t.n AS claims FROM (SELECT value, n FROM claim_counts "
            "WHERE grp = 'speaker' AND n > 0 ORDER BY n DESC LIMIT :top) t "
            "JOIN speakers s ON CAST(s.id AS TEXT) = t.value ORDER BY t.n DESC, s.name",
            {"top": top},
        )
    ]
    out += [
        {"group": "article", "value": int(row["value"]), "claims": row["n"]}
        for row in db.rows(
            "SELECT value, n FROM claim_counts WHERE grp = 'article' AND n > 0 "
            "ORDER BY n DESC LIMIT :top",
            {"top": top},
        )
    ]
    return out
