"""The geoparser the API and the CLI use: the offline gazetteer, plus what this installation adds to it
(GeoNames dumps loaded with `eventmap gazetteer load`, custom places from the database) and, when
configured, an online geopy geocoder as a fallback whose answers are cached in PostGIS."""
from __future__ import annotations

import shutil
import threading
from pathlib import Path

from sqlalchemy import Engine, select, text
from sqlalchemy.dialects.postgresql import insert as pg_insert

from api import queries
from api.models import geocode_cache
from api.settings import Settings
from geocoding import Gazetteer, Geoparser, Place
from geocoding.online import OnlineGeocoder

_loaded: set[str] = set()  # what the process-wide gazetteer has learnt already (dump paths, place ids)
_lock = threading.Lock()


class PostgisGeocodeCache:
    """geocoding.online.GeocodeCache over the geocode_cache table: an online answer is asked once."""

    def __init__(self, engine: Engine, provider: str):
        self.engine, self.provider = engine, provider

    def get(self, key: str) -> dict | None:
        with self.engine.connect() as conn:
            return conn.execute(select(geocode_cache.c.response).where(
                geocode_cache.c.provider == self.provider, geocode_cache.c.query == key)).scalar()

    def set(self, key: str, value: dict) -> None:
        with self.engine.begin() as conn:
            conn.execute(pg_insert(geocode_cache).values(provider=self.provider, query=key, response=value)
                         .on_conflict_do_update(index_elements=["provider", "query"], set_={"response": value}))


def dumps_folder(settings: Settings) -> Path:
    return settings.data_dir / "gazetteer"


def add_dump(settings: Settings, path: Path) -> Path:
    """Keep a GeoNames dump with the installation, so that every later start loads it."""
    folder = dumps_folder(settings)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / path.name
    if path.resolve() != target.resolve():
        shutil.copyfile(path, target)
    return target


def place_from_row(row) -> Place:
    return Place(geonameid=None, name=row.name, lat=row.lat, lon=row.lon, feature_class=row.feature_class,
                 feature_code=row.feature_code, country_code=row.country_code, admin1=row.admin1, population=0)


def learn_place(gazetteer: Gazetteer, row) -> None:
    with _lock:
        key = f"place:{row.id}"
        if key not in _loaded:
            gazetteer.add(place_from_row(row), aliases=row.aliases)
            _loaded.add(key)


def build_geoparser(engine: Engine, settings: Settings) -> Geoparser:
    gazetteer = Gazetteer.default()
    for dump in sorted(dumps_folder(settings).glob("*.txt")):
        with _lock:
            if str(dump) not in _loaded:
                gazetteer.load_geonames_dump(dump)
                _loaded.add(str(dump))
    with engine.connect() as conn:
        for row in conn.execute(text(queries.PLACES)):
            learn_place(gazetteer, row)
    fallback = None
    if settings.geocoder:
        options = {"user_agent": "eventmap", **settings.geocoder_options}
        fallback = OnlineGeocoder(settings.geocoder, cache=PostgisGeocodeCache(engine, settings.geocoder.lower()),
                                  **options)
    return Geoparser(gazetteer, fallback=fallback)
