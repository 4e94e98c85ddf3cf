"""Schema revisions this version of claims knows, oldest first.

Kept in step with migrations/versions/ (a test checks it), so that start-up can tell
whether a database is current by reading one row, without importing Alembic.
"""

REVISIONS = ("0001_initial", "0002_full_text_search", "0003_claim_counts")
HEAD = REVISIONS[-1]
