"""The tables, as SQLAlchemy Core metadata. The schema itself is made by the Alembic migrations."""
from geoalchemy2 import Geometry
from sqlalchemy import (BigInteger, Column, Date, DateTime, Float, ForeignKey, Integer, MetaData,
                        SmallInteger, Table, Text, func)
from sqlalchemy.dialects.postgresql import ARRAY, JSONB

metadata = MetaData()

reports = Table(
    "reports", metadata,
    Column("id", BigInteger, primary_key=True),
    Column("external_id", Text),
    Column("source", Text),
    Column("url", Text),
    Column("title", Text),
    Column("body", Text, nullable=False),
    Column("published_at", DateTime(timezone=True)),
    Column("content_hash", Text, nullable=False, unique=True),
    Column("ingested_at", DateTime(timezone=True), server_default=func.now(), nullable=False),
)

events = Table(
    "events", metadata,
    Column("id", BigInteger, primary_key=True),
    Column("event_type", Text, nullable=False),
    Column("sub_event_type", Text, nullable=False),
    Column("actor1", Text), Column("actor1_inter", SmallInteger), Column("actor1_country", Text),
    Column("actor2", Text), Column("actor2_inter", SmallInteger), Column("actor2_country", Text),
    Column("killed_low", Integer), Column("killed_best", Integer), Column("killed_high", Integer),
    Column("killed_civilians", Integer), Column("killed_side_a", Integer), Column("killed_side_b", Integer),
    Column("killed_unknown", Integer), Column("killed_phrase", Text), Column("killed_rule", Text),
    Column("wounded_low", Integer), Column("wounded_best", Integer), Column("wounded_high", Integer),
    Column("wounded_phrase", Text), Column("wounded_rule", Text),
    *(column for kind in ("missing", "abducted") for column in (
        Column(f"{kind}_low", Integer), Column(f"{kind}_best", Integer), Column(f"{kind}_high", Integer),
        Column(f"{kind}_phrase", Text), Column(f"{kind}_rule", Text))),
    Column("date_start", Date), Column("date_end", Date), Column("date_precision", SmallInteger),
    Column("location_name", Text), Column("geonameid", BigInteger), Column("country_code", Text),
    # admin1, admin2: the areas' names (ACLED's columns); their GeoNames codes beside them (migration 0008)
    Column("admin1", Text), Column("admin2", Text), Column("admin1_code", Text), Column("admin2_code", Text),
    Column("feature_code", Text),
    Column("geom", Geometry("POINT", srid=4326, spatial_index=False)),
    Column("location_precision", SmallInteger),
    Column("evidence", JSONB, nullable=False, server_default="{}"),
    Column("inferred", ARRAY(Text), nullable=False, server_default="{}"),
    Column("confidence", Float),
    Column("status", Text, nullable=False, server_default="machine"),
    Column("corrections", JSONB, nullable=False, server_default="{}"),
    Column("created_at", DateTime(timezone=True), server_default=func.now(), nullable=False),
    Column("updated_at", DateTime(timezone=True), server_default=func.now(), nullable=False),
)

event_sources = Table(
    "event_sources", metadata,
    Column("event_id", BigInteger, ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("report_id", BigInteger, ForeignKey("reports.id", ondelete="CASCADE"), primary_key=True),
    Column("evidence", JSONB, nullable=False, server_default="{}"),
    Column("ordinal", SmallInteger, nullable=False, server_default="0"),
    Column("killed", Integer),
    Column("wounded", Integer),
)

places = Table(
    "places", metadata,
    Column("id", BigInteger, primary_key=True),
    Column("name", Text, nullable=False),
    Column("aliases", ARRAY(Text), nullable=False, server_default="{}"),
    Column("feature_class", Text, nullable=False, server_default="P"),
    Column("feature_code", Text, nullable=False, server_default="PPL"),
    Column("country_code", Text),
    Column("admin1", Text),
    Column("geom", Geometry("POINT", srid=4326, spatial_index=False), nullable=False),
    Column("created_at", DateTime(timezone=True), server_default=func.now(), nullable=False),
)

actors = Table(
    "actors", metadata,
    Column("id", BigInteger, primary_key=True),
    Column("name", Text, nullable=False, unique=True),
    Column("inter", SmallInteger),
    Column("country", Text),
    Column("aliases", ARRAY(Text), nullable=False, server_default="{}"),
    Column("air_aliases", ARRAY(Text), nullable=False, server_default="{}"),
    Column("created_at", DateTime(timezone=True), server_default=func.now(), nullable=False),
    Column("updated_at", DateTime(timezone=True), server_default=func.now(), nullable=False),
)

geocode_cache = Table(
    "geocode_cache", metadata,
    Column("provider", Text, primary_key=True),
    Column("query", Text, primary_key=True),
    Column("response", JSONB, nullable=False),
    Column("created_at", DateTime(timezone=True), server_default=func.now(), nullable=False),
)
