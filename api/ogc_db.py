"""The serving routes' own path to PostgreSQL: a psycopg_pool of async connections per worker
(autocommit, statement_timeout set as in api/database.py), one round trip per request, no thread hop
and no ORM layer. The pages, tiles and items it serves are one SQL statement each, so this is where
the per-request cost was: SQLAlchemy's pool pre-ping and rollback-on-return were two more round trips,
and a sync route a thread hop."""
from __future__ import annotations

import asyncio
from typing import NamedTuple

import psycopg
from fastapi import HTTPException, Request
from psycopg.rows import namedtuple_row
from psycopg_pool import AsyncConnectionPool
from sqlalchemy import Engine

from api.database import psycopg_sql
from api.settings import get_settings

POOL_SIZE = 8


async def _configure(conn: psycopg.AsyncConnection) -> None:
    await conn.execute(f"SET statement_timeout = {int(get_settings().statement_timeout_ms)}")
    # queries.features_page takes its order from a nested loop: no Gather may interleave it
    await conn.execute("SET max_parallel_workers_per_gather = 0")


async def pool_for(request: Request) -> AsyncConnectionPool:
    """The pool of this app and event loop, opened on first use (closed with the app)."""
    state = request.app.state
    loop = asyncio.get_running_loop()
    pool = getattr(state, "serving_pool", None)
    if pool is None or getattr(state, "serving_pool_loop", None) is not loop:
        engine: Engine = state.engine
        url = engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
        pool = AsyncConnectionPool(url, min_size=1, max_size=POOL_SIZE, open=False, configure=_configure,
                                   kwargs={"autocommit": True, "row_factory": namedtuple_row})
        await pool.open()
        state.serving_pool, state.serving_pool_loop = pool, loop
    return pool


async def close_pool(state) -> None:
    pool = getattr(state, "serving_pool", None)
    if pool is not None:
        await pool.close()
        state.serving_pool = None


class Page(NamedTuple):
    matched: int                         # rows, up to limit + 1
    features: list[bytes]                # the stored feature texts of the first `limit` rows, raw
    first: tuple[int, int] | None        # (sfc, id) of the first and last of them
    last: tuple[int, int] | None
    snapshot: str


def _int8(value: bytes) -> int:
    return int.from_bytes(value, "big", signed=True)


async def fetch_page(request: Request, sql: str, params: dict, limit: int) -> Page:
    """A page of queries.features_page (the snapshot in the first row, the features after): its rows are
    read straight from libpq's result in binary format (a feature's text is its UTF-8 bytes), with no
    Python row objects and no decoding; the route joins them."""
    try:
        async with (await pool_for(request)).connection() as conn:
            cur = conn.cursor(binary=True)
            await cur.execute(psycopg_sql(sql), params)
            res = cur.pgresult
            get = res.get_value
            snapshot = get(0, 3).decode()
            rows = res.ntuples - 1
            if rows == 0:
                return Page(0, [], None, None, snapshot)
            kept = min(rows, limit)
            features = [get(i, 0) for i in range(1, kept + 1)]
            first = (_int8(get(1, 1)), _int8(get(1, 2)))
            last = (_int8(get(kept, 1)), _int8(get(kept, 2)))
            return Page(rows, features, first, last, snapshot)
    except psycopg.errors.QueryCanceled:
        raise HTTPException(503, "the query took too long; narrow the bbox, time window or filters") from None
    except psycopg.OperationalError:
        raise HTTPException(503, "the database failed to answer") from None


async def fetch_one(request: Request, sql: str, params: dict | None = None):
    """The first row of one statement (attributes by column name), or None."""
    try:
        async with (await pool_for(request)).connection() as conn:
            cur = await conn.execute(psycopg_sql(sql), params or {})
            return await cur.fetchone()
    except psycopg.errors.QueryCanceled:
        raise HTTPException(503, "the query took too long; narrow the bbox, time window or filters") from None
    except psycopg.OperationalError:
        raise HTTPException(503, "the database failed to answer") from None
