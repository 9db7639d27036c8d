"""Vector tiles (Mapbox Vector Tile, ST_AsMVT) of the events and their TileJSON.

Up to zoom 9 a tile is the layer `clusters`: the events counted in a 64 x 64 grid over the tile
(count, fatalities), read from event_cells, which triggers keep (migration 0002), so a tile over a
million events is at most 4,096 rows read by primary key. From zoom 10 it is the layer `events`: one
point per event (id, event_type, sub_event_type, fatalities, date, location).
"""
from __future__ import annotations

from typing import Annotated

import orjson
from fastapi import APIRouter, HTTPException, Path, Request, Response

from api import queries
from api.error_responses import errors
from api.ogc_db import fetch_one
from api.ogc_http import cached, not_modified

router = APIRouter(prefix="/tiles", tags=["tiles"])

MVT = "application/vnd.mapbox-vector-tile"
MAX_ZOOM = 22


def _tile_sql(z: int) -> str:
    return queries.TILE_CELLS if z <= queries.TILE_CELL_MAX_ZOOM else queries.TILE_POINTS


@router.get("/tilejson.json", response_class=Response, summary="TileJSON 3.0 of the event tiles")
def tilejson(request: Request) -> Response:
    base = str(request.base_url).rstrip("/")
    return Response(orjson.dumps({
        "tilejson": "3.0.0",
        "name": "eventmap events",
        "description": f"Conflict events: counts per cell up to zoom {queries.TILE_CELL_MAX_ZOOM}, points above.",
        "scheme": "xyz",
        "tiles": [f"{base}/tiles/{{z}}/{{x}}/{{y}}.pbf"],
        "minzoom": 0,
        "maxzoom": MAX_ZOOM,
        "bounds": [-180, -85.0511, 180, 85.0511],
        "center": [0, 20, 2],
        "vector_layers": [
            {"id": "clusters", "description": "events counted in a 64 x 64 grid per tile",
             "minzoom": 0, "maxzoom": queries.TILE_CELL_MAX_ZOOM,
             "fields": {"count": "Number", "fatalities": "Number"}},
            {"id": "events", "description": "one point per event",
             "minzoom": queries.TILE_CELL_MAX_ZOOM + 1, "maxzoom": MAX_ZOOM,
             "fields": {"id": "Number", "event_type": "String", "sub_event_type": "String",
                        "fatalities": "Number", "date": "String", "location": "String"}},
        ],
    }), media_type="application/json")


@router.get("/{z}/{x}/{y}.pbf", response_class=Response, responses={200: {"content": {MVT: {}}}, **errors(404, 503)},
            summary="One vector tile")
async def tile(request: Request,
         z: Annotated[int, Path(description=f"zoom, 0 to {MAX_ZOOM}")],
         x: Annotated[int, Path(description="column, 0 to 2^z - 1")],
         y: Annotated[int, Path(description="row from the top, 0 to 2^z - 1")]) -> Response:
    if not 0 <= z <= MAX_ZOOM:
        raise HTTPException(422, f"zoom {z} is out of range: tiles go from zoom 0 to {MAX_ZOOM}")
    size = 1 << z
    if not (0 <= x < size and 0 <= y < size):
        raise HTTPException(404, f"no tile {z}/{x}/{y}: at zoom {z}, x and y go from 0 to {size - 1}")
    cached_response = await not_modified(request, MVT)
    if cached_response is not None:
        return cached_response
    row = await fetch_one(request, _tile_sql(z), {"z": z, "x": x, "y": y})
    return cached(Response(bytes(row.tile or b""), media_type=MVT), request, row.snapshot, MVT)
