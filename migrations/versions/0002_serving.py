"""Serving at scale: each event's GeoJSON Feature stored ready to send, and per-cell aggregates for
vector tiles at low zoom, both kept right by triggers.

- events.feature: the event's RFC 7946 Feature as compact JSON text, the same object that
  queries.FEATURE builds, set by a BEFORE INSERT OR UPDATE trigger, so that a page of 10,000 features is a
  string_agg of stored text instead of 10,000 json_build_object + ST_AsGeoJSON calls. A generated column
  cannot do it: json_build_object is STABLE, not IMMUTABLE.
- event_cells: counts and fatalities of the events (not rejected, with a point) in a 64 x 64 grid per
  web-mercator tile, zooms 0 to 9, kept by statement-level triggers with transition tables (one
  grouped upsert per statement, so bulk loads stay fast). A low-zoom tile is then at most 4,096 rows
  read by primary key.
- events is marked to CLUSTER on its GiST index: `CLUSTER events` (after a bulk load) puts the
  events of one place in the same pages.
- The database gets two settings for an API's short queries: plan_cache_mode = force_custom_plan (a
  prepared statement's generic plan does not know the bbox or the limit, and picked plans 100 times
  slower in the benchmark) and jit = off (JIT compiled 10,000-row pages for 50 ms to save less).

Revision ID: 0002
Revises: 0001
"""
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

CELL_MAX_ZOOM = 9

FEATURE_FUNCTION = """
CREATE OR REPLACE FUNCTION eventmap_feature(e events) RETURNS text LANGUAGE sql STABLE AS $$
SELECT jsonb_build_object('type', 'Feature', 'id', e.id,
    'geometry', ST_AsGeoJSON(e.geom, 6)::jsonb, 'properties', jsonb_build_object(
    'event_type', e.event_type, 'sub_event_type', e.sub_event_type,
    'actor1', e.actor1, 'actor1_inter', e.actor1_inter, 'actor1_country', e.actor1_country,
    'actor2', e.actor2, 'actor2_inter', e.actor2_inter, 'actor2_country', e.actor2_country,
    'killed', e.killed_best, 'killed_low', e.killed_low, 'killed_high', e.killed_high,
    'killed_civilians', e.killed_civilians,
    'wounded', e.wounded_best, 'wounded_low', e.wounded_low, 'wounded_high', e.wounded_high,
    'date_start', e.date_start, 'date_end', e.date_end, 'date_precision', e.date_precision,
    'location', e.location_name, 'geonameid', e.geonameid, 'country_code', e.country_code,
    'admin1', e.admin1, 'location_precision', e.location_precision,
    'confidence', e.confidence, 'status', e.status))::text
$$
"""

# The cells of one point at zooms 0..CELL_MAX_ZOOM: tile (tx, ty) and cell (px, py) in its 64 x 64 grid.
CELLS_FUNCTION = f"""
CREATE OR REPLACE FUNCTION eventmap_cells(g geometry)
RETURNS TABLE (z smallint, tx int, ty int, px smallint, py smallint)
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
WITH m AS (
    SELECT (ST_X(g) + 180.0) / 360.0 AS u,
           (1.0 - ln(tan(radians(least(greatest(ST_Y(g), -85.0511), 85.0511)))
                     + 1.0 / cos(radians(least(greatest(ST_Y(g), -85.0511), 85.0511)))) / pi()) / 2.0 AS v
), c AS (
    SELECT zz, least(greatest(floor(m.u * (64 << zz))::int, 0), (64 << zz) - 1) AS cx,
               least(greatest(floor(m.v * (64 << zz))::int, 0), (64 << zz) - 1) AS cy
    FROM m, generate_series(0, {CELL_MAX_ZOOM}) AS zz
)
SELECT zz::smallint, cx >> 6, cy >> 6, (cx & 63)::smallint, (cy & 63)::smallint FROM c
$$
"""

CELL_DELTAS = """
INSERT INTO event_cells AS t (z, tx, ty, px, py, n, fatalities)
SELECT c.z, c.tx, c.ty, c.px, c.py, sum(d.sign)::int, sum(d.sign * d.killed)
FROM ({rows}) AS d, eventmap_cells(d.geom) AS c
GROUP BY 1, 2, 3, 4, 5
HAVING sum(d.sign) <> 0 OR sum(d.sign * d.killed) <> 0
ORDER BY 1, 2, 3, 4, 5
ON CONFLICT (z, tx, ty, px, py) DO UPDATE SET n = t.n + excluded.n, fatalities = t.fatalities + excluded.fatalities
"""
COUNTED = "SELECT {sign} AS sign, r.geom, coalesce(r.killed_best, 0)::bigint AS killed FROM {table} r " \
          "WHERE r.geom IS NOT NULL AND r.status <> 'rejected'"


def _cells_trigger(kind: str, rows: str) -> str:
    return f"""
CREATE OR REPLACE FUNCTION eventmap_cells_{kind}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
{CELL_DELTAS.format(rows=rows)};
RETURN NULL;
END $$
"""


DATABASE_SETTINGS = {"plan_cache_mode": "force_custom_plan", "jit": "off"}


def _database_settings(settings: dict) -> None:
    # Only the database's owner may; elsewhere this is advice, not a failure.
    for name, value in settings.items():
        op.execute(f"""
        DO $$ BEGIN
            EXECUTE format('ALTER DATABASE %I SET {name} = {value}', current_database());
            EXECUTE 'SET {name} = {value}';
        EXCEPTION WHEN insufficient_privilege THEN
            RAISE NOTICE 'not the database owner: set {name} = {value} on this database for the API';
        END $$""")


def upgrade() -> None:
    _database_settings(DATABASE_SETTINGS)
    op.execute("ALTER TABLE events ADD COLUMN feature text")
    op.execute(FEATURE_FUNCTION)
    op.execute("""
    CREATE OR REPLACE FUNCTION eventmap_set_feature() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        NEW.feature := eventmap_feature(NEW);
        RETURN NEW;
    END $$""")
    op.execute("CREATE TRIGGER events_feature BEFORE INSERT OR UPDATE ON events "
               "FOR EACH ROW EXECUTE FUNCTION eventmap_set_feature()")
    op.execute("UPDATE events SET feature = eventmap_feature(events)")
    op.execute("ALTER TABLE events CLUSTER ON events_geom")

    op.execute("""
    CREATE TABLE event_cells (
        z smallint NOT NULL, tx int NOT NULL, ty int NOT NULL, px smallint NOT NULL, py smallint NOT NULL,
        n int NOT NULL, fatalities bigint NOT NULL,
        PRIMARY KEY (z, tx, ty, px, py)
    )""")
    op.execute(CELLS_FUNCTION)
    new = COUNTED.format(sign=1, table="new_rows")
    old = COUNTED.format(sign=-1, table="old_rows")
    op.execute(_cells_trigger("insert", new))
    op.execute(_cells_trigger("update", f"{new} UNION ALL {old}"))
    op.execute(_cells_trigger("delete", old))
    op.execute("""
    CREATE OR REPLACE FUNCTION eventmap_cells_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        TRUNCATE event_cells;
        RETURN NULL;
    END $$""")
    op.execute("CREATE TRIGGER events_cells_insert AFTER INSERT ON events REFERENCING NEW TABLE AS new_rows "
               "FOR EACH STATEMENT EXECUTE FUNCTION eventmap_cells_insert()")
    op.execute("CREATE TRIGGER events_cells_update AFTER UPDATE ON events "
               "REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows "
               "FOR EACH STATEMENT EXECUTE FUNCTION eventmap_cells_update()")
    op.execute("CREATE TRIGGER events_cells_delete AFTER DELETE ON events REFERENCING OLD TABLE AS old_rows "
               "FOR EACH STATEMENT EXECUTE FUNCTION eventmap_cells_delete()")
    op.execute("CREATE TRIGGER events_cells_truncate AFTER TRUNCATE ON events "
               "FOR EACH STATEMENT EXECUTE FUNCTION eventmap_cells_truncate()")
    # Rebuild from scratch (after a load with the triggers disabled, or to check them).
    op.execute("""
    CREATE OR REPLACE FUNCTION eventmap_rebuild_cells() RETURNS bigint LANGUAGE plpgsql AS $$
    DECLARE rows bigint;
    BEGIN
        TRUNCATE event_cells;
        INSERT INTO event_cells (z, tx, ty, px, py, n, fatalities)
        SELECT c.z, c.tx, c.ty, c.px, c.py, count(*)::int, sum(coalesce(e.killed_best, 0))
        FROM events e, eventmap_cells(e.geom) AS c
        WHERE e.geom IS NOT NULL AND e.status <> 'rejected'
        GROUP BY 1, 2, 3, 4, 5;
        GET DIAGNOSTICS rows = ROW_COUNT;
        RETURN rows;
    END $$""")
    op.execute("SELECT eventmap_rebuild_cells()")


def downgrade() -> None:
    _database_settings({"plan_cache_mode": "DEFAULT", "jit": "DEFAULT"})
    for trigger in ("events_cells_insert", "events_cells_update", "events_cells_delete", "events_cells_truncate",
                    "events_feature"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger} ON events")
    op.execute("DROP TABLE IF EXISTS event_cells")
    for function in ("eventmap_rebuild_cells()", "eventmap_cells_insert()", "eventmap_cells_update()",
                     "eventmap_cells_delete()", "eventmap_cells_truncate()", "eventmap_cells(geometry)",
                     "eventmap_set_feature()", "eventmap_feature(events)"):
        op.execute(f"DROP FUNCTION IF EXISTS {function}")
    op.execute("ALTER TABLE events SET WITHOUT CLUSTER")
    op.execute("ALTER TABLE events DROP COLUMN IF EXISTS feature")
