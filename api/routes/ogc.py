"""OGC API - Features Part 1 at /ogc: landing page, conformance, the events collection, its items
(bbox, datetime, limit, paging, simple property filters), one item, and its queryables.

Items are pages of the stored feature text (events.feature, kept by a trigger), passed through as the
bytes libpq returns and joined once, so a 10,000-feature page costs little more than the database's own
read. Paging is keyset on (sfc, id) (next: `cursor`, prev: `before`), where sfc is the
Morton code of the event's point (migration 0003): a bbox is a few ranges of that key, so a page reads
about as many rows as it returns, however dense the bbox. `offset` is accepted for clients that count.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from functools import partial
from typing import Annotated
from urllib.parse import unquote_plus

import orjson
from fastapi import APIRouter, Depends, HTTPException, Query, Request, Response
from fastapi.responses import StreamingResponse
from sqlalchemy import Engine, text

from api import queries
from api.dependencies import get_db
from api.error_responses import errors
from api.ogc_db import PageStream, fetch_one, fetch_page, stream_page, streamed
from api.ogc_http import cached, not_modified
from api.ogc_params import OPENAPI_ITEMS_PARAMETERS, items_params
from api.routes.events import parse_bbox
from api.settings import get_settings
from extraction.event_types import SUB_EVENT_TYPES

router = APIRouter(prefix="/ogc", tags=["OGC API - Features"], responses=errors(400))

GEOJSON = "application/geo+json"
JSON = "application/json"
SCHEMA_JSON = "application/schema+json"
OPENAPI = "application/vnd.oai.openapi+json;version=3.0"
CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84"
COLLECTION = "events"
DEFAULT_LIMIT = 100

CONFORMANCE = [
    "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
    "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
    "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
    "http://www.opengis.net/spec/ogcapi-common-1/1.0/conf/core",
    "http://www.opengis.net/spec/ogcapi-common-2/1.0/conf/collections",
    "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables",
    "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables-query-parameters",
]



def _json(body: object, media_type: str = JSON) -> Response:
    return Response(orjson.dumps(body), media_type=media_type)


def _check_format(f: str | None, allowed: tuple[str, ...] = ("json",)) -> None:
    if f is not None and f not in allowed:
        raise HTTPException(400, f"f={f!r} is not offered here; use f={' or f='.join(allowed)}")


def _base(request: Request) -> str:
    return str(request.base_url).rstrip("/") + "/ogc"


Format = Annotated[str | None, Query(description="the output format: json (or geojson for features)")]


@router.get("", response_class=Response, summary="Landing page")
@router.get("/", response_class=Response, include_in_schema=False)
def landing(request: Request, f: Format = None) -> Response:
    _check_format(f)
    base = _base(request)
    return _json({
        "title": "eventmap",
        "description": "Conflict events coded from news reports, as OGC API - Features.",
        "links": [
            {"rel": "self", "type": JSON, "title": "this document", "href": f"{base}"},
            {"rel": "service-desc", "type": OPENAPI, "title": "the API definition",
             "href": str(request.base_url).rstrip("/") + "/openapi.json"},
            {"rel": "service-doc", "type": "text/html", "title": "the API documentation",
             "href": str(request.base_url).rstrip("/") + "/docs"},
            {"rel": "conformance", "type": JSON, "title": "conformance classes", "href": f"{base}/conformance"},
            {"rel": "data", "type": JSON, "title": "collections", "href": f"{base}/collections"},
        ],
    })


@router.get("/conformance", response_class=Response, summary="Conformance classes")
def conformance(f: Format = None) -> Response:
    _check_format(f)
    return _json({"conformsTo": CONFORMANCE})


def _collection(request: Request, engine: Engine) -> dict:
    with engine.connect() as conn:
        row = conn.execute(text(queries.COLLECTION_EXTENT)).one()
        if row.bbox is None and row.first_date is not None:  # no planner statistics yet: measure it
            row = conn.execute(text(queries.COLLECTION_EXTENT_EXACT)).one()
    bbox = [round(v, 6) for v in row.bbox] if row.bbox else [-180.0, -90.0, 180.0, 90.0]
    interval = [row.first_date.isoformat() if row.first_date else None,
                row.last_date.isoformat() if row.last_date else None]
    base = f"{_base(request)}/collections/{COLLECTION}"
    return {
        "id": COLLECTION,
        "title": "Conflict events",
        "description": "Events coded from news reports: ACLED event types, actors, fatalities, dates, places.",
        "itemType": "feature",
        "crs": [CRS84],
        "storageCrs": CRS84,
        "extent": {"spatial": {"bbox": [bbox], "crs": CRS84},
                   "temporal": {"interval": [interval],
                                "trs": "http://www.opengis.net/def/uom/ISO-8601/0/Gregorian"}},
        "links": [
            {"rel": "self", "type": JSON, "title": "this collection", "href": base},
            {"rel": "items", "type": GEOJSON, "title": "the events", "href": f"{base}/items"},
            {"rel": "http://www.opengis.net/def/rel/ogc/1.0/queryables", "type": SCHEMA_JSON,
             "title": "queryables", "href": f"{base}/queryables"},
        ],
    }


@router.get("/collections", response_class=Response, summary="Collections")
def collections(request: Request, f: Format = None, engine: Engine = Depends(get_db)) -> Response:
    _check_format(f)
    base = _base(request)
    return _json({"links": [{"rel": "self", "type": JSON, "href": f"{base}/collections"}],
                  "collections": [_collection(request, engine)]})


def _known(collection_id: str) -> None:
    if collection_id != COLLECTION:
        raise HTTPException(404, f"no collection {collection_id!r}; the only one is {COLLECTION!r}")


@router.get("/collections/{collection_id}", response_class=Response, summary="A collection", responses=errors(404))
def collection(collection_id: str, request: Request, f: Format = None, engine: Engine = Depends(get_db)) -> Response:
    _known(collection_id)
    _check_format(f)
    return _json(_collection(request, engine))


def parse_datetime(value: str) -> tuple[dt.date | None, dt.date | None]:
    """An RFC 3339 instant or interval (`a/b`, `../b`, `a/..`, `/b`, `a/`) as the first and last date it
    covers; events are dated by day, so a time of day narrows nothing."""
    def one(part: str, name: str) -> dt.date | None:
        part = part.strip()
        if part in ("", ".."):
            return None
        try:
            if len(part) == 10:
                return dt.date.fromisoformat(part)
            return dt.datetime.fromisoformat(part.replace("z", "Z")).date()
        except ValueError:
            raise HTTPException(400, f"datetime {name} {part[:40]!r} is not an RFC 3339 date or date-time") from None

    if "/" not in value:
        day = one(value, "instant")
        if day is None:
            raise HTTPException(400, "datetime needs a date, or an interval start/end with '..' for an open end")
        return day, day
    if value.count("/") != 1:
        raise HTTPException(400, "datetime interval needs exactly one '/' between start and end")
    start, end = (one(part, name) for part, name in zip(value.split("/"), ("start", "end")))
    if start and end and start > end:
        raise HTTPException(400, f"datetime start {start} is after end {end}")
    return start, end


@router.get("/collections/{collection_id}/items", response_class=Response,
            responses={200: {"content": {GEOJSON: {}}}, **errors(404, 503)}, summary="Events, filtered and paged",
            openapi_extra=OPENAPI_ITEMS_PARAMETERS)
async def items(collection_id: str, request: Request) -> Response:
    """The parameters are read by api/ogc_params.py (documented from its table): bbox, datetime, limit,
    offset, cursor, before, event_type, sub_event_type, actor, country, fatalities, min_fatalities, f."""
    _known(collection_id)
    p = items_params(request.query_params)
    bbox, datetime, limit, offset, cursor, before, f = (p[k] for k in ("bbox", "datetime", "limit", "offset", "cursor",
                                                                       "before", "f"))
    event_type, sub_event_type, actor = p["event_type"], p["sub_event_type"], p["actor"]
    country, fatalities, min_fatalities = p["country"], p["fatalities"], p["min_fatalities"]
    _check_format(f, ("json", "geojson"))
    settings = get_settings()
    cached_response = await not_modified(request, GEOJSON)
    if cached_response is not None:
        return cached_response
    try:
        box = parse_bbox(bbox) if bbox else None
    except HTTPException as exc:  # OGC API - Features wants 400 for a bad parameter
        raise HTTPException(400, exc.detail) from None
    start, end = parse_datetime(datetime) if datetime else (None, None)
    if cursor is not None and before is not None:
        raise HTTPException(400, "give cursor (the next link's) or before (the prev link's), not both")
    after_key = parse_page_key(cursor, "cursor") if cursor is not None else None
    before_key = parse_page_key(before, "before") if before is not None else None
    limit = min(limit or DEFAULT_LIMIT, settings.max_page_size)
    query = queries.EventQuery(bbox=box, start=start, end=end, actor=actor,
                               country=country.upper() if country else None, min_fatalities=min_fatalities,
                               limit=limit)
    extra = {"event_type": event_type, "sub_event_type": sub_event_type, "fatalities": fatalities}
    sql, params = queries.features_page(query, extra, offset=offset, after=after_key, before=before_key)
    links = partial(_page_links, request, limit, offset, after_key, before_key)
    if before_key is None and streamed(limit):
        stream = await stream_page(request, sql, params, limit)
        return cached(StreamingResponse(_streamed_features(stream, links), media_type=GEOJSON),
                      request, stream.snapshot, GEOJSON)
    page = await fetch_page(request, sql, params, limit)
    features = page.features
    if before_key is not None:  # read last first
        features.reverse()
    tail = _envelope_tail(len(features), links(len(features), *_end_keys(features[:1], features[-1:]),
                                               page.matched > limit))
    # the envelope glued to the first and last feature, so the features are copied once, by the join
    if features:
        features[0] = FEATURES_HEAD + features[0]
        features[-1] = features[-1] + tail
        body = b",".join(features)
    else:
        body = FEATURES_HEAD + tail
    return cached(Response(body, media_type=GEOJSON), request, page.snapshot, GEOJSON)


# A page's FeatureCollection: its features first and what is known only after them (how many, the next
# link's key) last, so a streamed page can be sent as it is read; both kinds of page have this one form.
FEATURES_HEAD = b'{"type":"FeatureCollection","features":['


def _envelope_tail(returned: int, links: list[dict]) -> bytes:
    stamp = dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    return b"".join((b'],"numberReturned":', str(returned).encode(), b',"timeStamp":"', stamp.encode(),
                     b'","links":', orjson.dumps(links), b"}"))


def _page_links(request: Request, limit: int, offset: int | None, after_key: tuple[int, int] | None,
                before_key: tuple[int, int] | None, returned: int, first: tuple[int, int] | None,
                last: tuple[int, int] | None, more: bool) -> list[dict]:
    """self, collection, and next and prev where there are such pages; `more`: rows matched past the page."""
    url = str(request.url)
    links = [{"rel": "self", "type": GEOJSON, "href": url},
             {"rel": "collection", "type": JSON, "href": f"{_base(request)}/collections/{COLLECTION}"}]
    if before_key is not None:  # a page read backwards from `before`: later rows exist, earlier ones if more matched
        has_next, has_prev = returned > 0, more
    else:
        has_next, has_prev = more, returned > 0 and (after_key is not None or (offset or 0) > 0)
    if has_next:
        nxt = _with_param(url, "cursor", page_key(last)) if offset is None else _with_param(url, "offset", offset + limit)
        links.append({"rel": "next", "type": GEOJSON, "href": nxt})
    if has_prev:
        prev = _with_param(url, "before", page_key(first)) if offset is None \
            else _with_param(url, "offset", max(0, offset - limit))
        links.append({"rel": "prev", "type": GEOJSON, "href": prev})
    return links


_PAGING_PARAMETERS = ("cursor", "before", "offset")


def _with_param(url: str, name: str, value: object) -> str:
    """The url with `name` set to `value`: a keyset link (cursor, before) drops every paging parameter, an offset
    link only the offset. The rest of the query is kept as the client wrote it (Starlette's URL methods decode
    and re-encode the whole query: ~30 us a page, a tenth of a small page's time in the route)."""
    path, _, query = url.partition("?")
    dropped = ("offset",) if name == "offset" else _PAGING_PARAMETERS
    kept = [part for part in query.split("&") if part and unquote_plus(part.partition("=")[0]) not in dropped]
    kept.append(f"{name}={value}")
    return f"{path}?{'&'.join(kept)}"


async def _streamed_features(stream: PageStream, links) -> AsyncIterator[bytes]:
    """A page's FeatureCollection, a batch of features at a time as ogc_db.stream_page reads them. Once
    the first bytes are sent, so is the status: a statement failing after the first batch ends the response
    short (the client sees a truncated body, never a complete-looking page)."""
    returned, first, last = 0, [], []
    try:
        yield FEATURES_HEAD
        async for batch in stream.batches():
            first, last = first or batch[:1], batch[-1:]
            features = b",".join(batch)
            yield b"," + features if returned else features
            returned += len(batch)
        yield _envelope_tail(returned, links(returned, *_end_keys(first, last), stream.more))
    finally:
        await stream.close()


def _end_keys(first: list[bytes], last: list[bytes]) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """The paging keys of a page's first and last features (each given as a list of one, or empty for none)."""
    return (queries.feature_key(first[0]) if first else None), (queries.feature_key(last[0]) if last else None)


def page_key(key: tuple[int, int]) -> str:
    """A row's place in the paging order, (sfc, id), as the next or prev link carries it."""
    return f"{key[0]}.{key[1]}"


def parse_page_key(value: str, name: str) -> tuple[int, int]:
    sfc, _, event_id = value.partition(".")
    if not (sfc.isdigit() and event_id.isdigit() and len(sfc) <= 19 and len(event_id) <= 19):
        raise HTTPException(400, f"{name} {value[:40]!r} is not a page key: use the next and prev links as given")
    return int(sfc), int(event_id)


@router.get("/collections/{collection_id}/items/{feature_id}", response_class=Response,
            responses={200: {"content": {GEOJSON: {}}}, **errors(404, 503)}, summary="One event")
async def item(collection_id: str, feature_id: str, request: Request, f: Format = None) -> Response:
    _known(collection_id)
    _check_format(f, ("json", "geojson"))
    if not feature_id.isdigit() or len(feature_id) > 18:
        raise HTTPException(404, f"no event with id {feature_id[:40]!r}: ids are whole numbers")
    cached_response = await not_modified(request, GEOJSON)
    if cached_response is not None:
        return cached_response
    row = await fetch_one(request, queries.FEATURE_BY_ID, {"id": int(feature_id)})
    if row is None or row.feature is None:
        raise HTTPException(404, f"no event with id {feature_id}")
    base = f"{_base(request)}/collections/{COLLECTION}"
    links = [{"rel": "self", "type": GEOJSON, "href": f"{base}/items/{feature_id}"},
             {"rel": "collection", "type": JSON, "href": base}]
    body = row.feature.encode()[:-1] + b',"links":' + orjson.dumps(links) + b"}"
    return cached(Response(body, media_type=GEOJSON), request, row.snapshot, GEOJSON)


@router.get("/collections/{collection_id}/queryables", response_class=Response,
            responses={200: {"content": {SCHEMA_JSON: {}}}, **errors(404)}, summary="What items can be filtered by")
def queryables(collection_id: str, request: Request, f: Format = None) -> Response:
    _known(collection_id)
    _check_format(f)
    base = f"{_base(request)}/collections/{COLLECTION}"
    return _json({
        "$schema": "https://json-schema.org/draft/2019-09/schema",
        "$id": f"{base}/queryables",
        "type": "object",
        "title": "Conflict events",
        "properties": {
            "geometry": {"$ref": "https://geojson.org/schema/Point.json",
                         "x-ogc-role": "primary-geometry", "description": "filter with bbox"},
            "datetime": {"type": "string", "format": "date", "x-ogc-role": "primary-instant",
                         "description": "filter with datetime: the event's days overlap the instant or interval"},
            "event_type": {"type": "string", "enum": list(SUB_EVENT_TYPES), "description": "ACLED event type"},
            "sub_event_type": {"type": "string", "description": "ACLED sub-event type"},
            "actor": {"type": "string", "description": "part of actor1's or actor2's name, any case"},
            "country": {"type": "string", "pattern": "^[A-Za-z]{2}$", "description": "ISO 3166 alpha-2 code"},
            "fatalities": {"type": "integer", "minimum": 0, "description": "killed, best estimate, exactly"},
            "min_fatalities": {"type": "integer", "minimum": 0, "description": "killed, best estimate, at least"},
        },
        "additionalProperties": False,
    }, SCHEMA_JSON)


# The items route is tried first: FastAPI tests a request's path against the routes in order, and the five
# routes defined before it cost ~40 us of each items request (a tenth of a 100-feature page's time in the route).
router.routes.sort(key=lambda route: not route.path.endswith("/items"))
