"""The keys of a time window by index alone: OGC items pages with a narrow window (queries.narrow_window).

- events_window: a btree on (date_start, sfc, id) INCLUDE (date_end, status). Each day's entries are in key
  order, so a window's candidates in a bbox are one short index range per day and key range of the bbox
  (api/queries.py features_page), read by index-only scans: no heap page is touched until the page's own
  rows (the table is clustered by space, so a month's rows are scattered over all of it).
- events_long: the events that run more than queries.LONG_EVENT_DAYS (7) days past their start, by date_end:
  the only ones that can start more than 7 days before a window and still overlap it. The predicate is
  written as the query writes it (`date_end > date_start + 7`) so the planner can use the index.

Revision ID: 0005
Revises: 0004
"""
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("CREATE INDEX events_window ON events (date_start, sfc, id) INCLUDE (date_end, status)")
    # keep in step with api/queries.py LONG_EVENT_DAYS
    op.execute("CREATE INDEX events_long ON events (date_end) INCLUDE (date_start, sfc, id, status) "
               "WHERE date_end > date_start + 7")


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS events_long")
    op.execute("DROP INDEX IF EXISTS events_window")
