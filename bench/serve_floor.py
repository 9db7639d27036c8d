"""The floor of any Python ASGI server on this machine, for `uvicorn --app-dir bench serve_floor:app`: no framework,
no pool, no paging links, no caching headers; each worker holds one connection and answers
`?bbox=..&limit=..` with eventmap's own statement (queries.features_page), its rows joined into a
FeatureCollection as the route joins them. What separates it from the statement run directly over psycopg is
what HTTP and an event loop cost by themselves; what separates eventmap from it is the framework and the route."""
import os
from urllib.parse import parse_qs

import psycopg
from psycopg.rows import tuple_row

from api import queries
from api.database import psycopg_sql
from api.ogc_db import ServingConnection

_connection: psycopg.AsyncConnection | None = None
HEAD, TAIL = b'{"type":"FeatureCollection","features":[', b"]}"


async def _page(bbox: tuple[float, ...], limit: int) -> bytes:
    global _connection
    if _connection is None:
        _connection = await ServingConnection.connect(os.environ["DATABASE_URL"], autocommit=True)
        await _connection.execute("SET max_parallel_workers_per_gather = 0")  # as the serving pool
    sql, params = queries.features_page(queries.EventQuery(bbox=bbox, limit=limit))
    cur = _connection.cursor(binary=True, row_factory=tuple_row)
    await cur.execute(psycopg_sql(sql), params)
    res = cur.pgresult
    return HEAD + b",".join([res.get_value(i, 0) for i in range(1, min(res.ntuples - 1, limit) + 1)]) + TAIL


async def app(scope, receive, send) -> None:
    if scope["type"] != "http":
        return
    query = parse_qs(scope["query_string"].decode())
    if "bbox" in query:
        body = await _page(tuple(map(float, query["bbox"][0].split(","))), int(query.get("limit", ["100"])[0]))
    else:  # the readiness probe
        body = b"{}"
    await send({"type": "http.response.start", "status": 200,
                "headers": [(b"content-type", b"application/geo+json"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})
