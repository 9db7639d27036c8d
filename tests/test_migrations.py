"""Migrations applied to a database that holds rows written before them."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

OLD_EVENT = """
INSERT INTO events (event_type, sub_event_type, date_start, location_name, admin1, country_code, geom,
                    location_precision)
VALUES ('Battles', 'Armed clash', DATE '2020-05-01', 'Homs', '11', 'SY', ST_SetSRID(ST_MakePoint(36.72, 34.72), 4326), 1)
"""


def test_0008_keeps_old_rows_and_writes_admin2_into_features(engine):
    """An event stored under 0007 (admin1 held GeoNames' code): after 0008 its code is in admin1_code (what the
    dedup compares), its admin1 still shows the code until reprocessed, its feature carries admin2; downgrading
    puts the code back in admin1."""
    from alembic import command

    from api.database import make_engine
    from api.migrate import alembic_config, upgrade
    from api.settings import get_settings

    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("DROP DATABASE IF EXISTS migration_0008"))
        conn.execute(text("CREATE DATABASE migration_0008"))
    scratch = make_engine(engine.url.set(database="migration_0008"), get_settings())
    try:
        upgrade(scratch, "0007")
        with scratch.begin() as conn:
            conn.execute(text(OLD_EVENT))
        upgrade(scratch)
        with scratch.begin() as conn:
            row = conn.execute(text("SELECT admin1, admin2, admin1_code, admin2_code, feature FROM events")).one()
        assert (row.admin1, row.admin2, row.admin1_code, row.admin2_code) == ("11", None, "11", None)
        properties = json.loads(row.feature)["properties"]
        assert list(properties).index("admin2") == list(properties).index("admin1") + 1
        assert (properties["admin1"], properties["admin2"]) == ("11", None)
        with scratch.begin() as conn:  # as a reprocessed report writes it
            conn.execute(text("UPDATE events SET admin1 = 'Homs', admin2 = 'Homs District', admin2_code = '169576'"))
            feature = json.loads(conn.execute(text("SELECT feature FROM events")).scalar_one())
        assert (feature["properties"]["admin1"], feature["properties"]["admin2"]) == ("Homs", "Homs District")
        with scratch.begin() as conn:
            config = alembic_config(scratch)
            config.attributes["connection"] = conn
            command.downgrade(config, "0007")
        with scratch.begin() as conn:
            admin1, feature = conn.execute(text("SELECT admin1, feature FROM events")).one()
        assert admin1 == "11" and "admin2" not in json.loads(feature)["properties"]
    finally:
        scratch.dispose()
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("DROP DATABASE IF EXISTS migration_0008"))


def test_a_url_with_percent_escapes_reaches_alembic_as_it_is():
    # Alembic's options are ConfigParser values: "%40" in a password (or "%2F" in a socket folder) read as an
    # interpolation and failed before any migration ran
    from sqlalchemy import create_engine

    from api.migrate import alembic_config

    url = "postgresql+psycopg://eventmap:p%40ss%25word@/eventmap?host=%2Ftmp%2Fpg&port=5432"
    config = alembic_config(create_engine(url))
    assert config.get_main_option("sqlalchemy.url") == create_engine(url).url.render_as_string(hide_password=False)
    assert "p%40ss%25word" in config.get_main_option("sqlalchemy.url")


def test_0010_stores_the_served_columns_first_and_keeps_everything_else(engine):
    """Migration 0010 builds the events table again with id, sfc, status, geom and feature first: the rows, ids,
    keys, checks, indexes, triggers and event_sources' key on it are as before; new rows still get the next id,
    their feature and their point as printed; and a downgrade and upgrade again leave it so."""
    from alembic import command

    from api.database import make_engine
    from api.migrate import alembic_config, upgrade
    from api.settings import get_settings

    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("DROP DATABASE IF EXISTS migration_0010"))
        conn.execute(text("CREATE DATABASE migration_0010"))
    scratch = make_engine(engine.url.set(database="migration_0010"), get_settings())

    def catalog(conn):
        return {
            # (by name and kind: a check re-read is deparsed with other parentheses, "(a AND b) AND c" as "a AND b AND c")
            "checks": sorted(conn.execute(text("SELECT conname, contype FROM pg_constraint "
                                               "WHERE conrelid = 'events'::regclass")).all()),
            "indexes": sorted(conn.execute(text("SELECT indexrelid::regclass::text, pg_get_indexdef(indexrelid), indisclustered "
                                                "FROM pg_index WHERE indrelid = 'events'::regclass")).all()),
            "triggers": sorted(conn.execute(text("SELECT pg_get_triggerdef(oid) FROM pg_trigger "
                                                 "WHERE tgrelid = 'events'::regclass AND NOT tgisinternal")).scalars()),
            "references": conn.execute(text("SELECT pg_get_constraintdef(oid) FROM pg_constraint "
                                            "WHERE confrelid = 'events'::regclass")).scalars().all(),
        }

    def rows(conn):
        return conn.execute(text("SELECT id, sfc, status, feature, event_type, killed_best, admin1 FROM events ORDER BY id")).all()

    try:
        upgrade(scratch, "0009")
        with scratch.begin() as conn:
            for _ in range(3):
                conn.execute(text(OLD_EVENT))
            conn.execute(text("INSERT INTO reports (body, content_hash) VALUES ('a report', 'h1')"))
            conn.execute(text("INSERT INTO event_sources (event_id, report_id) SELECT id, 1 FROM events"))
            before, catalog_before = rows(conn), catalog(conn)
        upgrade(scratch)
        with scratch.begin() as conn:
            order = conn.execute(text("SELECT attname FROM pg_attribute WHERE attrelid = 'events'::regclass "
                                      "AND attnum > 0 AND NOT attisdropped ORDER BY attnum")).scalars().all()
            assert order[:5] == ["id", "sfc", "status", "geom", "feature"]
            assert rows(conn) == before and catalog(conn) == catalog_before
            new_id = conn.execute(text(OLD_EVENT.replace("36.72, 34.72", "36.7212345678, 34.72") + " RETURNING id")).scalar_one()
            assert new_id == 4
            feature = json.loads(conn.execute(text("SELECT feature FROM events WHERE id = 4")).scalar_one())
            assert feature["geometry"]["coordinates"] == [36.721235, 34.72]
            assert conn.execute(text("SELECT count(*) FROM event_cells WHERE n > 0")).scalar_one() > 0
            conn.execute(text("DELETE FROM events WHERE id = 1"))  # event_sources' key still cascades
            with pytest.raises(IntegrityError):  # and the checks still hold
                with conn.begin_nested():
                    conn.execute(text(OLD_EVENT.replace("36.72, 34.72", "236.72, 34.72")))
            assert conn.execute(text("SELECT count(*) FROM event_sources")).scalar_one() == 2
        with scratch.begin() as conn:
            config = alembic_config(scratch)
            config.attributes["connection"] = conn
            command.downgrade(config, "0009")
        upgrade(scratch)
        with scratch.begin() as conn:
            assert [r.id for r in rows(conn)] == [2, 3, 4] and catalog(conn) == catalog_before
    finally:
        scratch.dispose()
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("DROP DATABASE IF EXISTS migration_0010"))
