"""An installation's own actors and aliases, added through POST /api/actors beside the shipped table
(extraction/actors.json): a new actor with its ACLED inter code, or more aliases for a known one.

Revision ID: 0007
Revises: 0006
"""
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("""
    CREATE TABLE actors (
        id          bigserial PRIMARY KEY,
        name        text NOT NULL UNIQUE CHECK (length(btrim(name)) > 0),
        inter       smallint CHECK (inter BETWEEN 1 AND 8),
        country     text CHECK (country ~ '^[A-Z]{2}$'),
        aliases     text[] NOT NULL DEFAULT '{}',
        air_aliases text[] NOT NULL DEFAULT '{}',
        created_at  timestamptz NOT NULL DEFAULT now(),
        updated_at  timestamptz NOT NULL DEFAULT now()
    )""")


def downgrade() -> None:
    op.execute("DROP TABLE actors")
