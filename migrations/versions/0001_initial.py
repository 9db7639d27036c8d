"""Reports, events, their sources, custom places and the geocoder cache.

Revision ID: 0001
Revises:
"""
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("CREATE EXTENSION IF NOT EXISTS postgis")
    op.execute("""
    CREATE TABLE reports (
        id            bigserial PRIMARY KEY,
        external_id   text,
        source        text,
        url           text,
        title         text,
        body          text NOT NULL CHECK (length(btrim(body)) > 0),
        published_at  timestamptz,
        content_hash  text NOT NULL UNIQUE,
        ingested_at   timestamptz NOT NULL DEFAULT now(),
        search        tsvector GENERATED ALWAYS AS
                      (to_tsvector('english', coalesce(title, '') || ' ' || body)) STORED
    )""")
    op.execute("CREATE UNIQUE INDEX reports_source_external_id ON reports (coalesce(source, ''), external_id) "
               "WHERE external_id IS NOT NULL")
    op.execute("CREATE INDEX reports_search ON reports USING gin (search)")
    op.execute("""
    CREATE TABLE events (
        id               bigserial PRIMARY KEY,
        event_type       text NOT NULL,
        sub_event_type   text NOT NULL,
        actor1 text, actor1_inter smallint CHECK (actor1_inter BETWEEN 0 AND 8), actor1_country text,
        actor2 text, actor2_inter smallint CHECK (actor2_inter BETWEEN 0 AND 8), actor2_country text,
        killed_low int, killed_best int, killed_high int,
        killed_civilians int, killed_side_a int, killed_side_b int, killed_unknown int,
        killed_phrase text, killed_rule text,
        wounded_low int, wounded_best int, wounded_high int, wounded_phrase text, wounded_rule text,
        date_start date, date_end date, date_precision smallint CHECK (date_precision BETWEEN 1 AND 5),
        location_name text, geonameid bigint, country_code text, admin1 text, feature_code text,
        geom geometry(Point, 4326),
        location_precision smallint CHECK (location_precision BETWEEN 1 AND 7),
        evidence jsonb NOT NULL DEFAULT '{}',
        inferred text[] NOT NULL DEFAULT '{}',
        confidence double precision CHECK (confidence BETWEEN 0 AND 1),
        status text NOT NULL DEFAULT 'machine' CHECK (status IN ('machine', 'reviewed', 'rejected')),
        corrections jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (geom IS NULL OR (ST_X(geom) BETWEEN -180 AND 180 AND ST_Y(geom) BETWEEN -90 AND 90)),
        CHECK (killed_low >= 0 AND killed_best >= 0 AND killed_high >= 0),
        CHECK (killed_low <= killed_best AND killed_best <= killed_high),
        CHECK (killed_civilians >= 0 AND killed_side_a >= 0 AND killed_side_b >= 0 AND killed_unknown >= 0),
        CHECK (wounded_low >= 0 AND wounded_best >= 0 AND wounded_high >= 0),
        CHECK (wounded_low <= wounded_best AND wounded_best <= wounded_high),
        CHECK (date_start <= date_end)
    )""")
    op.execute("CREATE INDEX events_geom ON events USING gist (geom)")
    op.execute("CREATE INDEX events_dates ON events (date_start, date_end)")
    op.execute("CREATE INDEX events_type ON events (event_type, sub_event_type)")
    op.execute("""
    CREATE TABLE event_sources (
        event_id  bigint NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        report_id bigint NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
        evidence  jsonb NOT NULL DEFAULT '{}',
        -- which of the report's extracted events this is, and what the report itself claims:
        -- re-processing finds an analyst's event again by ordinal; differing claims make it contested
        ordinal   smallint NOT NULL DEFAULT 0,
        killed    int CHECK (killed >= 0),
        wounded   int CHECK (wounded >= 0),
        PRIMARY KEY (event_id, report_id)
    )""")
    op.execute("CREATE INDEX event_sources_report ON event_sources (report_id)")
    op.execute("""
    CREATE TABLE places (
        id            bigserial PRIMARY KEY,
        name          text NOT NULL CHECK (length(btrim(name)) > 0),
        aliases       text[] NOT NULL DEFAULT '{}',
        feature_class text NOT NULL DEFAULT 'P',
        feature_code  text NOT NULL DEFAULT 'PPL',
        country_code  text,
        admin1        text,
        geom          geometry(Point, 4326) NOT NULL
                      CHECK (ST_X(geom) BETWEEN -180 AND 180 AND ST_Y(geom) BETWEEN -90 AND 90),
        created_at    timestamptz NOT NULL DEFAULT now()
    )""")
    op.execute("""
    CREATE TABLE geocode_cache (
        provider   text NOT NULL,
        query      text NOT NULL,
        response   jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (provider, query)
    )""")


def downgrade() -> None:
    for table in ("geocode_cache", "places", "event_sources", "events", "reports"):
        op.execute(f"DROP TABLE IF EXISTS {table}")
