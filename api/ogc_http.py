"""HTTP caching for the serving routes (OGC items, tiles).

The ETag of a response is a hash of what was asked (path, query, media type) and of the PostgreSQL
snapshot the data was read in (pg_current_snapshot(), returned by the same statement): two statements
with the same snapshot see the same data, and any write that commits gives later statements another
snapshot. So a tag never outlives the data it describes, and no write path has to remember to bump a
version. A request with If-None-Match costs one tiny query (the current snapshot) and gets a 304 when
nothing was written since.
"""
from __future__ import annotations

import hashlib

from fastapi import Request, Response

from api import queries
from api.ogc_db import fetch_one

CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=300"


def etag_for(request: Request, snapshot: str, media_type: str = "") -> str:
    key = f"{request.url.path}?{request.url.query}|{media_type}|{snapshot}".encode()
    return 'W/"' + hashlib.blake2b(key, digest_size=12).hexdigest() + '"'


def _matches(header: str, etag: str) -> bool:
    tags = {tag.strip() for tag in header.split(",")}
    # Weak comparison (RFC 9110): W/"x" and "x" match, so a proxy that dropped the W/ still gets a 304.
    bare = etag.removeprefix("W/")
    return "*" in tags or etag in tags or bare in tags or ("W/" + bare) in tags


async def not_modified(request: Request, media_type: str = "") -> Response | None:
    """A 304 when the client's If-None-Match still holds, else None (and the caller runs its query)."""
    header = request.headers.get("if-none-match")
    if not header:
        return None
    snapshot = (await fetch_one(request, queries.SNAPSHOT))[0]
    etag = etag_for(request, snapshot, media_type)
    if _matches(header, etag):
        return Response(status_code=304, headers={"ETag": etag, "Cache-Control": CACHE_CONTROL})
    return None


def cached(response: Response, request: Request, snapshot: str, media_type: str = "") -> Response:
    response.headers["ETag"] = etag_for(request, snapshot, media_type)
    response.headers["Cache-Control"] = CACHE_CONTROL
    response.headers["Vary"] = "Accept"
    return response
