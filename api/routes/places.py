"""Custom places (a district, a village, a checkpoint) and gazetteer look-ups."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query
from sqlalchemy import Engine, insert, text

from api import queries
from api.dependencies import get_db, place_from_row, require_api_key
from geocoding import Gazetteer
from api.models import places
from api.schemas import PlaceIn

router = APIRouter(prefix="/api", tags=["places"])


def place_json(row) -> dict:
    return {"id": row.id, "name": row.name, "aliases": list(row.aliases), "lat": row.lat, "lon": row.lon,
            "feature_class": row.feature_class, "feature_code": row.feature_code,
            "country_code": row.country_code, "admin1": row.admin1}


@router.get("/places")
def list_places(engine: Engine = Depends(get_db)) -> list[dict]:
    with engine.connect() as conn:
        return [place_json(row) for row in conn.execute(text(queries.PLACES))]


@router.post("/places", dependencies=[Depends(require_api_key)], status_code=201)
def add_place(place: PlaceIn, engine: Engine = Depends(get_db)) -> dict:
    """Add a place the gazetteer lacks; reports ingested from now on can resolve to it."""
    with engine.begin() as conn:
        new_id = conn.execute(insert(places).values(
            name=place.name, aliases=place.aliases, feature_class=place.feature_class,
            feature_code=place.feature_code, country_code=place.country_code, admin1=place.admin1,
            geom=f"SRID=4326;POINT({place.lon} {place.lat})").returning(places.c.id)).scalar_one()
        row = next(r for r in conn.execute(text(queries.PLACES)) if r.id == new_id)
    Gazetteer.default().add(place_from_row(row), aliases=row.aliases)
    return place_json(row)


@router.get("/geocode")
def geocode(q: Annotated[str, Query(min_length=1, max_length=200)],
            limit: Annotated[int, Query(ge=1, le=50)] = 10) -> list[dict]:
    """Ranked gazetteer candidates for a name."""
    candidates = Gazetteer.default().candidates(q)[:limit]
    return [{"geonameid": p.geonameid, "name": p.name, "lat": p.lat, "lon": p.lon,
             "feature_class": p.feature_class, "feature_code": p.feature_code,
             "country_code": p.country_code, "admin1": p.admin1, "population": p.population}
            for p in candidates]
