"""The missing and the abducted: counted like the killed and wounded (low / best / high, phrase, rule).

Revision ID: 0004
Revises: 0003
"""
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

KINDS = ("missing", "abducted")


def upgrade() -> None:
    for kind in KINDS:
        op.execute(f"""
        ALTER TABLE events
            ADD COLUMN {kind}_low int, ADD COLUMN {kind}_best int, ADD COLUMN {kind}_high int,
            ADD COLUMN {kind}_phrase text, ADD COLUMN {kind}_rule text,
            ADD CONSTRAINT events_{kind}_counts CHECK ({kind}_low >= 0 AND {kind}_best >= 0 AND {kind}_high >= 0),
            ADD CONSTRAINT events_{kind}_order CHECK ({kind}_low <= {kind}_best AND {kind}_best <= {kind}_high)""")


def downgrade() -> None:
    for kind in KINDS:
        op.execute(f"""
        ALTER TABLE events DROP COLUMN {kind}_low, DROP COLUMN {kind}_best, DROP COLUMN {kind}_high,
            DROP COLUMN {kind}_phrase, DROP COLUMN {kind}_rule""")
