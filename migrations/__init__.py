"""Alembic migration scripts; installed as the package claims.migrations."""
