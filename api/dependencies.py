"""FastAPI dependencies: the database, the API key, the shared geoparser."""
from __future__ import annotations

import hmac
from functools import lru_cache
from typing import Annotated

from fastapi import Depends, Header, HTTPException, Request
from sqlalchemy import Engine, text

from api import queries
from api.settings import Settings, get_settings
from geocoding import Gazetteer, Geoparser, Place


def get_db(request: Request) -> Engine:
    return request.app.state.engine


def require_api_key(x_api_key: Annotated[str | None, Header()] = None,
                    settings: Settings = Depends(get_settings)) -> None:
    """Writes need the configured key; compared in constant time so timing tells nothing."""
    if not settings.api_key:
        raise HTTPException(403, "writes are disabled: no API key is configured (set EVENTMAP_API_KEY)")
    if x_api_key is None:
        raise HTTPException(401, "this request writes data: send the API key in the X-API-Key header")
    if not hmac.compare_digest(x_api_key.encode(), settings.api_key.encode()):
        raise HTTPException(401, "the API key in X-API-Key is not valid")


@lru_cache
def shared_geoparser() -> Geoparser:
    return Geoparser(Gazetteer.default())


def place_from_row(row) -> Place:
    return Place(geonameid=None, name=row.name, lat=row.lat, lon=row.lon, feature_class=row.feature_class,
                 feature_code=row.feature_code, country_code=row.country_code, admin1=row.admin1, population=0)


def load_custom_places(engine: Engine, gazetteer: Gazetteer) -> int:
    """User places live in the database; the gazetteer learns them at start-up and on each POST."""
    with engine.connect() as conn:
        rows = conn.execute(text(queries.PLACES)).all()
    for row in rows:
        gazetteer.add(place_from_row(row), aliases=row.aliases)
    return len(rows)
