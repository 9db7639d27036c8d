"""Custom places (a district, a village, a checkpoint) and gazetteer look-ups."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query
from sqlalchemy import Engine, text

from api import queries
from api.dependencies import get_db, get_geoparser, require_api_key
from api.error_responses import WRITE_ERRORS, errors
from api.geocoders import learn_place
from api.schemas import PlaceIn
from geocoding import Geoparser

router = APIRouter(prefix="/api", tags=["places"], responses=errors(503))


def place_json(row) -> dict:
    return {"id": row.id, "name": row.name, "aliases": list(row.aliases), "lat": row.lat, "lon": row.lon,
            "feature_class": row.feature_class, "feature_code": row.feature_code,
            "country_code": row.country_code, "admin1": row.admin1}


@router.get("/places")
def list_places(engine: Engine = Depends(get_db)) -> list[dict]:
    with engine.connect() as conn:
        return [place_json(row) for row in conn.execute(text(queries.PLACES))]


@router.post("/places", dependencies=[Depends(require_api_key)], status_code=201, responses=WRITE_ERRORS)
def add_place(place: PlaceIn, engine: Engine = Depends(get_db),
              geoparser: Geoparser = Depends(get_geoparser)) -> dict:
    """Add a place the gazetteer lacks; reports ingested from now on can resolve to it."""
    with engine.begin() as conn:
        row = conn.execute(text(queries.INSERT_PLACE), place.model_dump()).one()
    learn_place(geoparser.gazetteer, row)
    return place_json(row)


@router.get("/geocode")
def geocode(q: Annotated[str, Query(min_length=1, max_length=200)],
            limit: Annotated[int, Query(ge=1, le=50)] = 10,
            geoparser: Geoparser = Depends(get_geoparser)) -> list[dict]:
    """Ranked candidates for a name: the gazetteer's, else the online geocoder's when one is configured."""
    candidates = geoparser.gazetteer.candidates(q)[:limit]
    if not candidates and geoparser.fallback is not None:
        found = geoparser.fallback.geocode(q)
        candidates = [found] if found else []
    return [{"geonameid": p.geonameid, "name": p.name, "lat": p.lat, "lon": p.lon,
             "feature_class": p.feature_class, "feature_code": p.feature_code,
             "country_code": p.country_code, "admin1": p.admin1, "population": p.population}
            for p in candidates]
