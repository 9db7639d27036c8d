"""The columns a page of features reads stored first in each row: id, sfc, status, geom, feature.

PostgreSQL reads a row's columns in their stored order up to the last one a statement needs: the feature was
column 41 of 55 (migration 0002 added it), so every row of a page walked 40 columns, most of them text, to reach
it. Stored first, a 10,000-feature page executes in ~6.2 ms instead of ~7.9 and arrives in ~19.6 instead of
~22.3 (1,000,000 events, the province bbox of bench/bench_serving.py, interleaved on a copy of the table).

PostgreSQL cannot move a column, so the table is built again: the new table takes every column, default,
generated column, check, index, trigger, the key that event_sources holds on it and the sequence of its ids,
read from the catalog as they stand (so no definition is written twice here), and the rows in the order the
table is clustered on. The function taking the table's row type (eventmap_feature(events)) is made again for
the new table. The downgrade leaves the order: no statement depends on it.

Revision ID: 0010
Revises: 0009
"""
from alembic import op
from sqlalchemy import text

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

FIRST = ("id", "sfc", "status", "geom", "feature")


def _rows(sql: str):
    return op.get_bind().execute(text(sql)).all()


def upgrade() -> None:
    op.execute("SET LOCAL statement_timeout = 0")  # every row is copied (1,000,000 synthetic ones: ~15 s)
    columns = _rows("""
        SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS not_null,
               a.attgenerated AS generated, pg_get_expr(d.adbin, d.adrelid) AS expression
        FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
        WHERE a.attrelid = 'events'::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum""")
    if [c.name for c in columns[:len(FIRST)]] == list(FIRST):
        return  # (already so: a database made by this migration, downgraded and upgraded again)
    checks = _rows("SELECT conname, pg_get_constraintdef(oid) AS definition FROM pg_constraint "
                   "WHERE conrelid = 'events'::regclass AND contype = 'c'")
    keys = _rows("SELECT conname, pg_get_constraintdef(oid) AS definition FROM pg_constraint "
                 "WHERE conrelid = 'events'::regclass AND contype IN ('p', 'u')")
    indexes = _rows("""SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition,
                              i.indisclustered AS clustered
                       FROM pg_index i WHERE i.indrelid = 'events'::regclass
                         AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)""")
    clustered = _rows("SELECT i.indexrelid::regclass::text AS name FROM pg_index i "
                      "WHERE i.indrelid = 'events'::regclass AND i.indisclustered")
    triggers = _rows("SELECT pg_get_triggerdef(oid) AS definition FROM pg_trigger "
                     "WHERE tgrelid = 'events'::regclass AND NOT tgisinternal")
    references = _rows("SELECT conrelid::regclass::text AS owner, conname, pg_get_constraintdef(oid) AS definition "
                       "FROM pg_constraint WHERE confrelid = 'events'::regclass AND contype = 'f'")
    row_functions = _rows("SELECT p.oid::regprocedure::text AS signature, pg_get_functiondef(p.oid) AS definition "
                          "FROM pg_proc p WHERE 'events'::regtype = ANY(p.proargtypes)")
    sequences = _rows("SELECT s.oid::regclass::text AS name, a.attname AS column_name FROM pg_depend d "
                      "JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S' "
                      "JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid "
                      "WHERE d.refobjid = 'events'::regclass AND d.deptype = 'a'")

    ordered = sorted(columns, key=lambda c: FIRST.index(c.name) if c.name in FIRST else len(FIRST))
    definitions = []
    for c in ordered:
        definition = f'"{c.name}" {c.type}'
        if c.generated == "s":
            definition += f" GENERATED ALWAYS AS ({c.expression}) STORED"
        elif c.expression is not None:
            definition += f" DEFAULT {c.expression}"
        if c.not_null:
            definition += " NOT NULL"
        definitions.append(definition)
    definitions += [f'CONSTRAINT "{c.conname}" {c.definition}' for c in checks]
    op.execute(f"CREATE TABLE events_reordered ({', '.join(definitions)})")
    stored = ", ".join(f'"{c.name}"' for c in ordered if c.generated != "s")
    order = "sfc, id" if any(c.name == "sfc" for c in columns) else "id"
    op.execute(f"INSERT INTO events_reordered ({stored}) SELECT {stored} FROM events ORDER BY {order}")

    for s in sequences:
        op.execute(f"ALTER SEQUENCE {s.name} OWNED BY NONE")
    for r in references:
        op.execute(f'ALTER TABLE {r.owner} DROP CONSTRAINT "{r.conname}"')
    for f in row_functions:
        op.execute(f"DROP FUNCTION {f.signature}")
    op.execute("DROP TABLE events")
    op.execute("ALTER TABLE events_reordered RENAME TO events")
    for f in row_functions:
        op.execute(f.definition)
    for k in keys:
        op.execute(f'ALTER TABLE events ADD CONSTRAINT "{k.conname}" {k.definition}')
    for i in indexes:
        op.execute(i.definition)
    for c in clustered:
        op.execute(f"ALTER TABLE events CLUSTER ON {c.name}")
    for t in triggers:
        op.execute(t.definition)
    for r in references:
        op.execute(f'ALTER TABLE {r.owner} ADD CONSTRAINT "{r.conname}" {r.definition}')
    for s in sequences:
        op.execute(f"ALTER SEQUENCE {s.name} OWNED BY events.{s.column_name}")
    op.execute("ANALYZE events")


def downgrade() -> None:
    pass  # the order of the columns is left as it is: no statement depends on it
