"""Events: GeoJSON by bounding box, time window and filters; one event; analysts' corrections."""
from __future__ import annotations

import calendar
import datetime as dt
import math
import re
from typing import Annotated

import orjson
from fastapi import APIRouter, Depends, HTTPException, Query, Request, Response
from sqlalchemy import Engine, text

from api import queries
from api.dependencies import get_db, require_api_key
from api.error_responses import WRITE_ERRORS, errors
from api.models import events
from api.schemas import EventPatch, sub_type_misfit
from api.settings import Settings, get_settings

router = APIRouter(prefix="/api", tags=["events"], responses=errors(503))
GEOJSON = "application/geo+json"


def parse_bbox(value: str) -> tuple[float, float, float, float]:
    """minLon,minLat,maxLon,maxLat in WGS 84 degrees; every way it can be wrong says which."""
    parts = value.split(",")
    if len(parts) != 4:
        raise HTTPException(422, f"bbox needs 4 comma-separated numbers minLon,minLat,maxLon,maxLat; got {len(parts)}")
    numbers = []
    for name, part in zip(("minLon", "minLat", "maxLon", "maxLat"), parts):
        try:
            number = float(part)
        except ValueError:
            raise HTTPException(422, f"bbox {name} is not a number: {part.strip()[:40]!r}") from None
        if not math.isfinite(number):
            raise HTTPException(422, f"bbox {name} is not a finite number")
        numbers.append(number)
    min_lon, min_lat, max_lon, max_lat = numbers
    for name, number, limit in (("minLon", min_lon, 180), ("maxLon", max_lon, 180),
                                ("minLat", min_lat, 90), ("maxLat", max_lat, 90)):
        if abs(number) > limit:
            raise HTTPException(422, f"bbox {name} {number} is out of range (-{limit} to {limit})")
    if min_lon > max_lon:
        raise HTTPException(422, f"bbox minLon {min_lon} is greater than maxLon {max_lon}")
    if min_lat > max_lat:
        raise HTTPException(422, f"bbox minLat {min_lat} is greater than maxLat {max_lat}")
    return min_lon, min_lat, max_lon, max_lat


# A day, a month or a year: "?start=2017&end=2017" is the year 2017 (a bare number was read as seconds since 1970)
DAY = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def day_of(value: str | None, name: str, last: bool) -> dt.date | None:
    """YYYY-MM-DD as that day; YYYY-MM and YYYY as their first day, or their last when last."""
    if value is None:
        return None
    if DAY.fullmatch(value) is None:
        raise HTTPException(422, f"{name} {value!r} is not a day, a month or a year (YYYY-MM-DD, YYYY-MM or YYYY)")
    year, month, day = (list(map(int, value.split("-"))) + [None, None])[:3]
    try:
        if month is None:
            month, day = (12, 31) if last else (1, 1)
        elif day is None:
            day = calendar.monthrange(year, month)[1] if last else 1
        return dt.date(year, month, day)
    except (ValueError, calendar.IllegalMonthError) as exc:
        raise HTTPException(422, f"{name} {value!r} is not a day of the calendar ({exc})") from None


def event_query(
    bbox: Annotated[str | None, Query(description="minLon,minLat,maxLon,maxLat (WGS 84)")] = None,
    start: Annotated[str | None, Query(max_length=10, description=(
        "events that end on or after this day: YYYY-MM-DD, or YYYY-MM / YYYY for the month's or year's first day"))] = None,
    end: Annotated[str | None, Query(max_length=10, description=(
        "events that start on or before this day: YYYY-MM-DD, or YYYY-MM / YYYY for the month's or year's last day"))] = None,
    type: Annotated[str | None, Query(description="event type or sub-event type")] = None,
    actor: Annotated[str | None, Query(description="part of an actor's name")] = None,
    country: Annotated[str | None, Query(pattern="^[A-Za-z]{2}$", description="ISO 3166 alpha-2 code")] = None,
    min_fatalities: Annotated[int | None, Query(ge=0)] = None,
    q: Annotated[str | None, Query(max_length=500, description="words in the reports")] = None,
    status: Annotated[str | None, Query(pattern="^(machine|reviewed|rejected)$")] = None,
    cursor: Annotated[int | None, Query(ge=0, description="the id after which the page starts (from the next link)")] = None,
    limit: Annotated[int | None, Query(ge=1)] = None,
    settings: Settings = Depends(get_settings),
) -> queries.EventQuery:
    start, end = day_of(start, "start", last=False), day_of(end, "end", last=True)
    if start and end and start > end:
        raise HTTPException(422, f"start {start} is after end {end}")
    limit = limit or settings.default_page_size
    if limit > settings.max_page_size:
        raise HTTPException(422, f"limit {limit} is above the maximum page size {settings.max_page_size}")
    return queries.EventQuery(
        bbox=parse_bbox(bbox) if bbox else None, start=start, end=end, type=type, actor=actor,
        country=country.upper() if country else None, min_fatalities=min_fatalities, q=q, status=status,
        after=cursor, limit=limit)


@router.get("/events", response_class=Response, responses={200: {"content": {GEOJSON: {}}}})
def list_events(request: Request, query: queries.EventQuery = Depends(event_query),
                engine: Engine = Depends(get_db)) -> Response:
    """Events as an RFC 7946 FeatureCollection, ordered by id, with a `next` link while more match."""
    sql, params = queries.events_page(query)
    with engine.connect() as conn:
        row = conn.execute(text(sql), params).one()
    links = [{"rel": "self", "type": GEOJSON, "href": str(request.url)}]
    if row.matched > query.limit:
        links.append({"rel": "next", "type": GEOJSON,
                      "href": str(request.url.include_query_params(cursor=row.last_id))})
    returned = min(row.matched, query.limit)
    body = (b'{"type":"FeatureCollection","numberReturned":' + str(returned).encode()
            + b',"links":' + orjson.dumps(links) + b',"features":' + row.features.encode() + b"}")
    return Response(body, media_type=GEOJSON)


@router.get("/events/{event_id}", response_class=Response,
            responses={200: {"content": {GEOJSON: {}}}, **errors(404)})
def get_event(event_id: int, engine: Engine = Depends(get_db)) -> Response:
    """One event with its evidence and every report that supports it."""
    with engine.connect() as conn:
        body = conn.execute(text(queries.EVENT_DETAIL), {"id": event_id}).scalar()
    if body is None:
        raise HTTPException(404, f"no event with id {event_id}")
    return Response(body, media_type=GEOJSON)


@router.patch("/events/{event_id}", dependencies=[Depends(require_api_key)], response_class=Response,
              responses={**WRITE_ERRORS, **errors(404)})
def correct_event(event_id: int, patch: EventPatch, engine: Engine = Depends(get_db)) -> Response:
    """An analyst's correction: the given fields are set and remembered, so re-processing keeps them."""
    changes = patch.model_dump(exclude_unset=True)
    if not changes:
        raise HTTPException(422, "the correction is empty: give at least one field to change")
    values = {k: v for k, v in changes.items() if k not in ("lat", "lon")}
    if "lat" in changes:
        values["geom"] = f"SRID=4326;POINT({changes['lon']} {changes['lat']})"
    if "status" not in values:
        values["status"] = "reviewed"
    remembered = orjson.loads(orjson.dumps(changes))  # dates as ISO text in the JSON column
    with engine.begin() as conn:
        stored = conn.execute(events.select().with_only_columns(
            events.c.corrections, events.c.event_type, events.c.sub_event_type)
            .where(events.c.id == event_id).with_for_update()).first()
        if stored is None:
            raise HTTPException(404, f"no event with id {event_id}")
        # the pair as it will stand: a new type needs a sub-type of its own
        misfit = sub_type_misfit(values.get("event_type", stored.event_type),
                                 values.get("sub_event_type", stored.sub_event_type))
        if misfit is not None:
            raise HTTPException(422, misfit)
        conn.execute(events.update().where(events.c.id == event_id).values(
            **values, corrections={**stored.corrections, **remembered}, updated_at=dt.datetime.now(dt.timezone.utc)))
    return get_event(event_id, engine)
