"""The serving routes' own path to PostgreSQL: a psycopg_pool of async connections per worker
(autocommit, statement_timeout set as in api/database.py), one round trip per request, no thread hop
and no ORM layer. The pages, tiles and items it serves are one SQL statement each, so this is where
the per-request cost was: SQLAlchemy's pool pre-ping and rollback-on-return were two more round trips,
and a sync route a thread hop."""
from __future__ import annotations

import asyncio
import threading
from typing import NamedTuple

import psycopg
from fastapi import HTTPException, Request
from psycopg.rows import namedtuple_row
from psycopg_pool import AsyncConnectionPool, ConnectionPool
from sqlalchemy import Engine
from starlette.concurrency import run_in_threadpool

from api.database import psycopg_sql
from api.settings import get_settings

POOL_SIZE = 8

# A page of this many rows or more is read on a worker thread through a blocking connection. psycopg's async
# connection wakes the event loop and runs Python for every chunk of a result that arrives: a 10,000-row
# page (6.5 MB) cost 24 ms of CPU that way against 15 ms read by libpq's own blocking loop, a 1,670-row page
# 4.7 against 2.7 ms (uvloop, interleaved). The thread hop costs ~0.07 ms, more than a 100-row page saves.
THREADED_PAGE_MIN_ROWS = 1000


def _session_settings() -> str:
    # queries.features_page takes its order from a nested loop: no Gather may interleave it
    return (f"SET statement_timeout = {int(get_settings().statement_timeout_ms)}; "
            "SET max_parallel_workers_per_gather = 0")


async def _configure(conn: psycopg.AsyncConnection) -> None:
    await conn.execute(_session_settings())


def _configure_blocking(conn: psycopg.Connection) -> None:
    conn.execute(_session_settings())


def _url(state) -> str:
    engine: Engine = state.engine
    return engine.url.set(drivername="postgresql").render_as_string(hide_password=False)


async def pool_for(request: Request) -> AsyncConnectionPool:
    """The pool of this app and event loop, opened on first use (closed with the app)."""
    state = request.app.state
    loop = asyncio.get_running_loop()
    pool = getattr(state, "serving_pool", None)
    if pool is None or getattr(state, "serving_pool_loop", None) is not loop:
        pool = AsyncConnectionPool(_url(state), min_size=1, max_size=POOL_SIZE, open=False, configure=_configure,
                                   kwargs={"autocommit": True, "row_factory": namedtuple_row})
        await pool.open()
        state.serving_pool, state.serving_pool_loop = pool, loop
    return pool


_blocking_pool_lock = threading.Lock()


def blocking_pool_for(state) -> ConnectionPool:
    """The app's pool of blocking connections for large pages (opened on first use, from a worker thread)."""
    with _blocking_pool_lock:
        pool = getattr(state, "blocking_pool", None)
        if pool is None:
            pool = ConnectionPool(_url(state), min_size=1, max_size=POOL_SIZE, open=True,
                                  configure=_configure_blocking, kwargs={"autocommit": True})
            state.blocking_pool = pool
        return pool


async def close_pool(state) -> None:
    pool = getattr(state, "serving_pool", None)
    if pool is not None:
        await pool.close()
        state.serving_pool = None
    blocking = getattr(state, "blocking_pool", None)
    if blocking is not None:
        await run_in_threadpool(blocking.close)
        state.blocking_pool = None


class Page(NamedTuple):
    matched: int                         # rows, up to limit + 1
    features: list[bytes]                # the stored feature texts of the first `limit` rows, raw
    first: tuple[int, int] | None        # (sfc, id) of the first and last of them
    last: tuple[int, int] | None
    snapshot: str


def _int8(value: bytes) -> int:
    return int.from_bytes(value, "big", signed=True)


def _page(res, limit: int) -> Page:
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


def _read_page_blocking(state, sql: str, params: dict, limit: int) -> Page:
    with blocking_pool_for(state).connection() as conn:
        cur = conn.cursor(binary=True)
        cur.execute(sql, params)
        return _page(cur.pgresult, limit)


async def fetch_page(request: Request, sql: str, params: dict, limit: int) -> Page:
    """A page of queries.features_page (the snapshot in the first row, the features after): its rows are
    read straight from libpq's result in binary format (a feature's text is its UTF-8 bytes), with no
    Python row objects and no decoding; the route joins them. Large pages are read on a worker thread
    (THREADED_PAGE_MIN_ROWS)."""
    try:
        if limit >= THREADED_PAGE_MIN_ROWS:
            return await run_in_threadpool(_read_page_blocking, request.app.state, psycopg_sql(sql), params, limit)
        async with (await pool_for(request)).connection() as conn:
            cur = conn.cursor(binary=True)
            await cur.execute(psycopg_sql(sql), params)
            return _page(cur.pgresult, limit)
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
