"""Migrations applied to a database that holds rows written before them."""
from __future__ import annotations

import json

from sqlalchemy import text

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
