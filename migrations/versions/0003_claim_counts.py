"""Claim counts kept by triggers, so that `claims stats` reads a few rows at a million claims.

claim_counts holds one row per (grp, value): ('all', ''), ('noted', ''), ('kind', 'direct'),
('verdict', 'false'), ('speaker', '<speaker id>'), ('article', '<article id>'). Triggers on
claims subtract and add on update and delete; new claims are counted by the code that inserts
them, one statement per group and batch (claims.store.ingest.count_claims): a per-row insert
trigger would slow bulk ingest. A count query over a million rows took over 50 ms a group.

Revision ID: 0003_claim_counts
Revises: 0002_full_text_search
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_claim_counts"
down_revision = "0002_full_text_search"
branch_labels = None
depends_on = None

# (group, value expression on a claims row called {r}, condition for the row to count)
GROUPS = [
    ("all", "''", "1 = 1"),
    ("noted", "''", "{r}.noted_at IS NOT NULL"),
    ("kind", "{r}.kind", "1 = 1"),
    ("verdict", "{r}.verdict", "{r}.verdict IS NOT NULL"),
    ("speaker", "CAST({r}.speaker_id AS TEXT)", "{r}.speaker_id IS NOT NULL"),
    ("article", "CAST({r}.article_id AS TEXT)", "1 = 1"),
]
UPSERT = (
    "INSERT INTO claim_counts (grp, value, n) SELECT '{g}', {v}, {d} WHERE {c} "
    "ON CONFLICT (grp, value) DO UPDATE SET n = claim_counts.n + excluded.n"
)


def _apply(row: str, delta: int) -> list[str]:
    return [UPSERT.format(g=g, v=v.format(r=row), d=delta, c=c.format(r=row)) for g, v, c in GROUPS]


def upgrade() -> None:
    op.create_table(
        "claim_counts",
        sa.Column("grp", sa.String(length=20), nullable=False),
        sa.Column("value", sa.String(length=300), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("grp", "value", name=op.f("pk_claim_counts")),
    )
    op.create_index(op.f("ix_claim_counts_grp_n"), "claim_counts", ["grp", "n"])
    if op.get_bind().dialect.name == "sqlite":
        for name, event, body in (
            ("delete", "DELETE", _apply("old", -1)),
            (
                "update",
                "UPDATE OF kind, verdict, noted_at, speaker_id, article_id",
                _apply("old", -1) + _apply("new", 1),
            ),
        ):
            op.execute(
                f"CREATE TRIGGER claim_counts_{name} AFTER {event} ON claims BEGIN "
                + "; ".join(body)
                + "; END"
            )
    else:
        old, new = "; ".join(_apply("OLD", -1)), "; ".join(_apply("NEW", 1))
        op.execute(
            "CREATE FUNCTION claim_counts_track() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            f"IF TG_OP IN ('UPDATE', 'DELETE') THEN {old}; END IF; "
            f"IF TG_OP = 'UPDATE' THEN {new}; END IF; "
            "RETURN NULL; END $$"
        )
        op.execute(
            "CREATE TRIGGER claim_counts_track AFTER DELETE OR UPDATE OF kind, "
            "verdict, noted_at, speaker_id, article_id ON claims "
            "FOR EACH ROW EXECUTE FUNCTION claim_counts_track()"
        )
    for g, v, c in GROUPS:
        value = v.format(r="claims")
        group_by = "" if value == "''" else f" GROUP BY {value}"
        op.execute(
            f"INSERT INTO claim_counts (grp, value, n) SELECT '{g}', {value}, count(*) "
            f"FROM claims WHERE {c.format(r='claims')}{group_by}"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("delete", "update"):
            op.execute(f"DROP TRIGGER claim_counts_{name}")
    else:
        op.execute("DROP TRIGGER claim_counts_track ON claims")
        op.execute("DROP FUNCTION claim_counts_track()")
    op.drop_index(op.f("ix_claim_counts_grp_n"), table_name="claim_counts")
    op.drop_table("claim_counts")
