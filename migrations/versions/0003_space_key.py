"""A space-filling-curve key for paging dense bounding boxes without sorting every match.

- events.sfc: the Morton (Z-order) code of the event's point, 31 bits of longitude and 31 of latitude
  interleaved (about 2 cm), a generated column, so it cannot drift from geom. Events with no point get
  2^62, after every located one.
- events_sfc: a btree on (sfc, id). OGC API items are paged in (sfc, id) order: a bbox becomes a few
  dozen sfc ranges (api/sfc.py), each an ordered index range scan, so a page of 10,000 reads about
  10,000 rows whatever the bbox holds, where id order read and sorted every match.
- The table CLUSTERs on events_sfc (not on the GiST index any more): the rows of one key range are
  then in consecutive pages, and a bbox's rows still sit together because the curve keeps neighbours
  near each other.

Revision ID: 0003
Revises: 0002
"""
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# api/sfc.py computes the same key in Python (tests check they agree); change both together.
SFC_FUNCTION = """
CREATE OR REPLACE FUNCTION eventmap_sfc(g geometry) RETURNS bigint LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
    x bigint;
    y bigint;
BEGIN
    IF g IS NULL OR ST_IsEmpty(g) THEN
        RETURN 4611686018427387904;  -- 2^62: no point, after every located event
    END IF;
    x := least(greatest(floor((ST_X(g) + 180.0) / 360.0 * 2147483648.0), 0), 2147483647)::bigint;
    y := least(greatest(floor((ST_Y(g) + 90.0) / 180.0 * 2147483648.0), 0), 2147483647)::bigint;
    -- spread the 31 bits of each to the even bit positions (0x0000FFFF0000FFFF ... 0x5555555555555555)
    x := (x | (x << 16)) & 281470681808895;
    x := (x | (x << 8)) & 71777214294589695;
    x := (x | (x << 4)) & 1085102592571150095;
    x := (x | (x << 2)) & 3689348814741910323;
    x := (x | (x << 1)) & 6148914691236517205;
    y := (y | (y << 16)) & 281470681808895;
    y := (y | (y << 8)) & 71777214294589695;
    y := (y | (y << 4)) & 1085102592571150095;
    y := (y | (y << 2)) & 3689348814741910323;
    y := (y | (y << 1)) & 6148914691236517205;
    RETURN x | (y << 1);
END $$
"""


def upgrade() -> None:
    op.execute(SFC_FUNCTION)
    op.execute("ALTER TABLE events ADD COLUMN sfc bigint NOT NULL GENERATED ALWAYS AS (eventmap_sfc(geom)) STORED")
    op.execute("CREATE INDEX events_sfc ON events (sfc, id)")
    op.execute("ALTER TABLE events CLUSTER ON events_sfc")


def downgrade() -> None:
    op.execute("ALTER TABLE events CLUSTER ON events_geom")
    op.execute("DROP INDEX IF EXISTS events_sfc")
    op.execute("ALTER TABLE events DROP COLUMN IF EXISTS sfc")
    op.execute("DROP FUNCTION IF EXISTS eventmap_sfc(geometry)")
