"""What the map needs beyond GeoJSON: compact point columns for its canvas layer, a server-side grid for
views with more events than a browser should hold, the timeline's histogram (same filters as
/api/events: bbox, time window, type, actor, country, fatalities, text, status), and the values its
actor and country filters offer."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Response
from sqlalchemy import Engine, text

from api import queries
from api.dependencies import get_db
from api.error_responses import errors
from api.routes.events import event_query

router = APIRouter(prefix="/api/aggregates", tags=["map aggregates"], responses=errors(503))
POINTS_LIMIT_MAX = 500_000


def _json(body: str) -> Response:
    return Response(body, media_type="application/json")


@router.get("/points", response_class=Response)
def points(query: queries.EventQuery = Depends(event_query),
           max_points: Annotated[int, Query(ge=1, le=POINTS_LIMIT_MAX)] = 250_000,
           engine: Engine = Depends(get_db)) -> Response:
    """Located events as parallel arrays: `{"matched": n, "columns": {"id": [...], "lon": [...], ...}}`.
    Days are counted from 1970-01-01; type, sub_type and place index `types`, `sub_types`, `places`.
    When more than `max_points` match, `columns` is null and `matched` is max_points + 1: ask
    /api/aggregates/grid instead."""
    sql, params = queries.event_points(query, max_points)
    with engine.connect() as conn:
        row = conn.execute(text(sql), params).one()
    columns = row.columns if row.matched <= max_points else "null"
    return _json('{"matched":%d,"max_points":%d,"columns":%s}' % (row.matched, max_points, columns))


@router.get("/grid", response_class=Response)
def grid(query: queries.EventQuery = Depends(event_query),
         cell: Annotated[float, Query(ge=1e-9, le=1, description="cell size as a fraction of the Web Mercator "
                                                                   "world width (e.g. 48 px at zoom z: 48/256/2^z; "
                                                                   "at least 1e-9, about 4 cm, below which the cell "
                                                                   "numbers overflow)")] = 1 / 64,
         engine: Engine = Depends(get_db)) -> Response:
    """Events counted per square cell: centroid, count, fatalities and most common type of each cell."""
    sql, params = queries.event_grid(query, cell)
    with engine.connect() as conn:
        return _json(conn.execute(text(sql), params).scalar())


@router.get("/histogram", response_class=Response)
def histogram(query: queries.EventQuery = Depends(event_query),
              bucket: Annotated[str, Query(pattern=f"^({'|'.join(queries.HISTOGRAM_BUCKETS)})$")] = "day",
              engine: Engine = Depends(get_db)) -> Response:
    """Events and fatalities per day, week or month (by start date)."""
    sql, params = queries.event_histogram(query, bucket)
    with engine.connect() as conn:
        return _json(conn.execute(text(sql), params).scalar())


@router.get("/choices", response_class=Response)
def choices(limit: Annotated[int, Query(ge=1, le=1000)] = 200, engine: Engine = Depends(get_db)) -> Response:
    """The actors and countries events have, most frequent first: `{"actors": [{"name", "events"}],
    "countries": [{"code", "events"}]}`, at most `limit` of each."""
    with engine.connect() as conn:
        return _json(conn.execute(text(queries.FILTER_CHOICES), {"limit": limit}).scalar())
