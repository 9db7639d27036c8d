"""Admin areas by name, as ACLED has them: events.admin1 and the new events.admin2 hold the English NAMES of
the event's first- and second-level areas ("Homs"; "Illinois", "Cook County"); the GeoNames codes they stand for
go to the new admin1_code and admin2_code, which the dedup (api/queries.py SAME_EVENT) compares: a district's
event and another in that district are one area by their codes. The stored feature (eventmap_feature(), the
function of migration 0006 that the trigger of 0002 calls) gains "admin2" after "admin1".

Rows stored before this migration keep their old admin1, which is GeoNames' admin1 CODE ("11"): a migration
cannot reach the gazetteer that names it. Their code is copied to admin1_code, so the dedup matches them with
new rows; their admin1 shows the code and admin2 stays empty until the report is processed again
(`eventmap reprocess`, every stored report by default, or the ids given), which writes names and codes both.

Revision ID: 0008
Revises: 0007
"""
import importlib.util
from pathlib import Path

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def _migration_0006():
    spec = importlib.util.spec_from_file_location("migration_0006", Path(__file__).with_name("0006_compact_feature.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _feature_function(properties) -> str:
    members = "\n    || ".join(f"""'{"" if i == 0 else ","}"{key}":' || coalesce(to_json(e.{column})::text, 'null')"""
                              for i, (key, column) in enumerate(properties))
    return f"""
CREATE OR REPLACE FUNCTION eventmap_feature(e events) RETURNS text LANGUAGE sql STABLE AS $$
SELECT '{{"type":"Feature","id":' || e.id::text
    || ',"geometry":' || coalesce(ST_AsGeoJSON(e.geom, 6), 'null')
    || ',"properties":{{' || {members}
    || '}}}}'
$$
"""


def _with_admin2(properties) -> tuple:
    out = []
    for key, column in properties:
        out.append((key, column))
        if key == "admin1":
            out.append(("admin2", "admin2"))
    return tuple(out)


def _rewrite(assignments: str) -> None:
    # As 0006: only the feature text (and here the codes) change, not the cells: no cell trigger over every row.
    op.execute("SET LOCAL statement_timeout = 0")
    op.execute("ALTER TABLE events DISABLE TRIGGER events_cells_update")
    op.execute(f"UPDATE events SET {assignments}")
    op.execute("ALTER TABLE events ENABLE TRIGGER events_cells_update")


def upgrade() -> None:
    op.execute("ALTER TABLE events ADD COLUMN admin2 text, ADD COLUMN admin1_code text, ADD COLUMN admin2_code text")
    op.execute(_feature_function(_with_admin2(_migration_0006().PROPERTIES)))
    # (the row trigger of 0002 writes the feature of the row as updated: its admin1_code too)
    _rewrite("admin1_code = admin1")


def downgrade() -> None:
    op.execute(_migration_0006().COMPACT_FEATURE_FUNCTION)
    # the codes back where the old code reads them
    _rewrite("admin1 = coalesce(admin1_code, admin1)")
    op.execute("ALTER TABLE events DROP COLUMN admin2, DROP COLUMN admin1_code, DROP COLUMN admin2_code")
