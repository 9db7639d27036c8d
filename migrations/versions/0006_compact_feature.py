"""Stored features as compact JSON text: every page of OGC items (and /api/events) is smaller.

Until now events.feature was `jsonb_build_object(...)::text`, and jsonb's text has a space after every
`:` and `,` (about 60 bytes of a 700-byte feature). eventmap_feature() now writes the Feature by
concatenation, each value encoded by to_json() (the same escaping as jsonb's output) and the point by
ST_AsGeoJSON (already compact): the same members and values, nulls kept (clients test for them), keys in
the order written here instead of jsonb's (shortest first). The trigger of migration 0002 calls this
function, so inserts, PATCH and reprocessing keep writing it; the rows already stored are rewritten once.

Revision ID: 0006
Revises: 0005
"""
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# The properties, in the order they are written, and the column each holds (migration 0002's set).
PROPERTIES = (
    ("event_type", "event_type"), ("sub_event_type", "sub_event_type"),
    ("actor1", "actor1"), ("actor1_inter", "actor1_inter"), ("actor1_country", "actor1_country"),
    ("actor2", "actor2"), ("actor2_inter", "actor2_inter"), ("actor2_country", "actor2_country"),
    ("killed", "killed_best"), ("killed_low", "killed_low"), ("killed_high", "killed_high"),
    ("killed_civilians", "killed_civilians"),
    ("wounded", "wounded_best"), ("wounded_low", "wounded_low"), ("wounded_high", "wounded_high"),
    ("date_start", "date_start"), ("date_end", "date_end"), ("date_precision", "date_precision"),
    ("location", "location_name"), ("geonameid", "geonameid"), ("country_code", "country_code"),
    ("admin1", "admin1"), ("location_precision", "location_precision"),
    ("confidence", "confidence"), ("status", "status"),
)


def _members() -> str:
    parts = []
    for i, (key, column) in enumerate(PROPERTIES):
        sep = "" if i == 0 else ","
        parts.append(f"""'{sep}"{key}":' || coalesce(to_json(e.{column})::text, 'null')""")
    return "\n    || ".join(parts)


COMPACT_FEATURE_FUNCTION = f"""
CREATE OR REPLACE FUNCTION eventmap_feature(e events) RETURNS text LANGUAGE sql STABLE AS $$
SELECT '{{"type":"Feature","id":' || e.id::text
    || ',"geometry":' || coalesce(ST_AsGeoJSON(e.geom, 6), 'null')
    || ',"properties":{{' || {_members()}
    || '}}}}'
$$
"""

# migration 0002's function, for the downgrade
JSONB_FEATURE_FUNCTION = """
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


def _rewrite_features() -> None:
    # Only the feature text changes: the cell counts (statement triggers over old and new rows) stay right
    # without running them over every row. Every row is rewritten: no API statement timeout for this one.
    op.execute("SET LOCAL statement_timeout = 0")
    op.execute("ALTER TABLE events DISABLE TRIGGER events_cells_update")
    op.execute("UPDATE events SET feature = eventmap_feature(events)")
    op.execute("ALTER TABLE events ENABLE TRIGGER events_cells_update")


def upgrade() -> None:
    op.execute(COMPACT_FEATURE_FUNCTION)
    _rewrite_features()


def downgrade() -> None:
    op.execute(JSONB_FEATURE_FUNCTION)
    _rewrite_features()
