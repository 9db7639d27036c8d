"""Points stored as their feature prints them: six decimals (about 11 cm, finer than any place a report names).

The stored feature writes the point with ST_AsGeoJSON(geom, 6); geom itself kept every digit it was given.
Now a BEFORE trigger stores the point parsed back from that text, so the point a client reads in a feature
is the stored point exactly, and so is the paging key computed from it (events.sfc, migration 0003, a
generated column, computed after the BEFORE triggers): a page of OGC items no longer sends each row's
(sfc, id) beside its feature, it derives the key of its first and last rows from their text
(api/queries.feature_key). Printing a point read back from its own six-decimal text gives that text again,
so the feature does not change, whatever order the BEFORE triggers run in.

The points stored before are rewritten once (only those with more digits: a gazetteer's have five or fewer).

Revision ID: 0009
Revises: 0008
"""
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

POINT_AS_PRINTED = """
CREATE OR REPLACE FUNCTION eventmap_point_as_printed(g geometry) RETURNS geometry LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
SELECT CASE WHEN g IS NULL OR ST_IsEmpty(g) THEN g
            ELSE ST_SetSRID(ST_GeomFromGeoJSON(ST_AsGeoJSON(g, 6)), ST_SRID(g)) END
$$
"""

SET_POINT_AS_PRINTED = """
CREATE OR REPLACE FUNCTION eventmap_set_point_as_printed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.geom := eventmap_point_as_printed(NEW.geom);
    RETURN NEW;
END $$
"""


def upgrade() -> None:
    op.execute(POINT_AS_PRINTED)
    op.execute(SET_POINT_AS_PRINTED)
    op.execute("CREATE TRIGGER events_point_as_printed BEFORE INSERT OR UPDATE OF geom ON events "
               "FOR EACH ROW EXECUTE FUNCTION eventmap_set_point_as_printed()")
    op.execute("SET LOCAL statement_timeout = 0")  # every point of a large table may move (1,000,000 synthetic ones: ~2 min)
    op.execute("UPDATE events SET geom = geom WHERE geom IS NOT NULL AND "
               "ST_AsEWKB(geom) <> ST_AsEWKB(eventmap_point_as_printed(geom))")


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS events_point_as_printed ON events")
    op.execute("DROP FUNCTION IF EXISTS eventmap_set_point_as_printed()")
    op.execute("DROP FUNCTION IF EXISTS eventmap_point_as_printed(geometry)")
