"""The serving routes' own path to PostgreSQL: a psycopg_pool of async connections per worker
(autocommit, statement_timeout set as in api/database.py), one round trip per request, no thread hop
and no ORM layer. The pages, tiles and items it serves are one SQL statement each, so this is where
the per-request cost was: SQLAlchemy's pool pre-ping and rollback-on-return were two more round trips,
and a sync route a thread hop."""
from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import contextmanager
from typing import NamedTuple

import psycopg
from fastapi import HTTPException, Request
from psycopg.rows import namedtuple_row, tuple_row
from psycopg.waiting import Ready, Wait
from psycopg_pool import AsyncConnectionPool
from sqlalchemy import Engine

from api.database import psycopg_sql
from api.settings import get_settings

POOL_SIZE = 8
ACTIVE = psycopg.pq.TransactionStatus.ACTIVE


class ServingConnection(psycopg.AsyncConnection):
    """An async connection that keeps its socket watched for the whole of a statement.

    psycopg's `wait_async` registers the socket with the event loop, arms a timer and removes both again
    for every read: a 10,000-feature page (6.5 MB) arrives in ~450 reads. Watching the socket until the
    statement's result is complete costs one wake-up per read: under asyncio 27.6 ms against 34.5 for that
    page and 1.0 against 1.7 for a 100-feature one; under uvloop, which uvicorn runs, a 100-feature page over
    HTTP 2.8-3.2 ms against 3.1-3.4 (bench/README.md). psycopg has the same change under review
    (psycopg/psycopg#1332); when it ships, this class goes.

    Waits with a timeout (psycopg's own cancel and close paths) keep psycopg's way. A statement
    interrupted here leaves the connection ACTIVE, and the pool discards a connection returned so."""

    async def wait(self, gen, interval=None, timeout=None):
        if timeout is not None:
            return await super().wait(gen, timeout=timeout)
        try:
            state = next(gen)
        except StopIteration as done:
            return done.value
        loop = asyncio.get_running_loop()
        fileno = self.pgconn.socket
        ready, waiter, watched = 0, None, 0

        def wake(event: int) -> None:
            nonlocal ready
            ready |= event
            if waiter is not None and not waiter.done():
                waiter.set_result(None)

        try:
            while True:
                if (state ^ watched) & Wait.R:  # what to watch changed: mostly never after the first read
                    if state & Wait.R:
                        loop.add_reader(fileno, wake, Ready.R)
                    else:
                        loop.remove_reader(fileno)
                if (state ^ watched) & Wait.W:
                    if state & Wait.W:
                        loop.add_writer(fileno, wake, Ready.W)
                    else:
                        loop.remove_writer(fileno)
                watched = state
                if not ready:
                    waiter = loop.create_future()
                    try:
                        await waiter
                    finally:
                        waiter = None
                event, ready = ready, 0
                state = gen.send(Ready(event))
        except StopIteration as done:
            return done.value
        except OSError as exc:
            raise psycopg.OperationalError("connection socket closed") from exc
        finally:
            if watched & Wait.R:
                loop.remove_reader(fileno)
            if watched & Wait.W:
                loop.remove_writer(fileno)


class ServingCursor(psycopg.AsyncCursor):
    async def chunks(self, query: str, params: dict, size: int) -> AsyncIterator[psycopg.pq.abc.PGresult]:
        """The statement's result as libpq receives it, a PGresult of up to `size` rows at a time (chunked
        rows mode, libpq >= 17), in binary format. psycopg's public `stream()` is this loop yielding rows
        one by one: loading and yielding each of 10,000 rows cost ~10 ms a page, more than streaming saved
        (bench/README.md). It uses the same two steps of psycopg's cursor (pinned below 3.4 in
        pyproject.toml; tests/test_ogc.py pages through streamed pages). Left early (a client gone), the
        statement is cancelled and its rest read, so the connection goes back to the pool idle."""
        async with self._conn.lock:
            await self._conn.wait(self._stream_send_gen(query, params, binary=True, size=size))
            first = True
            try:
                while (res := await self._conn.wait(self._stream_fetchone_gen(first))) is not None:
                    first = False
                    yield res
            finally:
                if self._pgconn.transaction_status == ACTIVE:
                    await self._conn.cancel_safe()
                    for _ in range(2):  # the rows already sent, up to the cancellation's error; then its end
                        try:
                            while await self._conn.wait(self._stream_fetchone_gen(False)) is not None:
                                pass
                        except psycopg.Error:
                            pass
                        if self._pgconn.transaction_status != ACTIVE:
                            break


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
                                   connection_class=ServingConnection,
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
    snapshot: str


@contextmanager
def _database_errors():
    """A statement that failed before the response started is a 503 that says why."""
    try:
        yield
    except psycopg.errors.QueryCanceled:
        raise HTTPException(503, "the query took too long; narrow the bbox, time window or filters") from None
    except psycopg.OperationalError:
        raise HTTPException(503, "the database failed to answer") from None


async def fetch_page(request: Request, sql: str, params: dict, limit: int) -> Page:
    """A page of queries.features_page (the snapshot in the first row, the features after): its rows are
    read straight from libpq's result in binary format (a feature's text is its UTF-8 bytes), with no
    Python row objects and no decoding; the route joins them."""
    with _database_errors():
        async with (await pool_for(request)).connection() as conn:
            cur = conn.cursor(binary=True, row_factory=tuple_row)  # no rows are made: no namedtuple class looked up
            await cur.execute(psycopg_sql(sql), params)
            res = cur.pgresult
            get = res.get_value
            snapshot = get(0, 0).decode()
            rows = res.ntuples - 1
            return Page(rows, [get(i, 0) for i in range(1, min(rows, limit) + 1)], snapshot)


# Rows of a streamed page per batch: 500 features are ~330 kB. A page of more than this is streamed
# where libpq can send rows in chunks (17 and later; psycopg[binary] brings its own).
STREAM_ROWS = 500
CHUNKED_ROWS = psycopg.capabilities.has_stream_chunked()


def streamed(limit: int) -> bool:
    return CHUNKED_ROWS and limit > STREAM_ROWS


class PageStream:
    """A large page of queries.features_page, read as it arrives (see stream_page). After `batches()` is
    exhausted, `more` says whether rows matched past the page."""

    def __init__(self, snapshot: str, results: AsyncIterator, first: psycopg.pq.abc.PGresult, limit: int):
        self.snapshot, self.more = snapshot, False
        self._results, self._first, self._limit = results, first, limit

    async def batches(self) -> AsyncIterator[list[bytes]]:
        """The page's stored feature texts, raw, a batch at a time."""
        res, start, left = self._first, 1, self._limit   # the first row of the first result is the snapshot
        while res is not None:
            rows = res.ntuples - start
            if rows > left:  # the row past the page
                rows, self.more = left, True
            if rows > 0:
                get = res.get_value
                yield [get(i, 0) for i in range(start, start + rows)]
                left -= rows
            res, start = await anext(self._results, None), 0

    async def close(self) -> None:
        await self._results.aclose()


async def _results(pool: AsyncConnectionPool, sql: str, params: dict) -> AsyncIterator[psycopg.pq.abc.PGresult]:
    async with pool.connection() as conn, ServingCursor(conn) as cur:
        async for res in cur.chunks(psycopg_sql(sql), params, STREAM_ROWS):
            yield res


async def stream_page(request: Request, sql: str, params: dict, limit: int) -> PageStream:
    """A large page, read as it arrives: the route sends each batch of features while PostgreSQL writes
    the next, so sending a 10,000-feature page (6.5 MB) overlaps reading it, and no whole page is held in
    memory. The first batch is read here, so a statement that fails at once is still a 503; the caller
    closes the stream."""
    results = _results(await pool_for(request), sql, params)
    try:
        with _database_errors():
            first = await anext(results)
    except BaseException:
        await results.aclose()
        raise
    return PageStream(first.get_value(0, 0).decode(), results, first, limit)


async def fetch_one(request: Request, sql: str, params: dict | None = None):
    """The first row of one statement (attributes by column name), or None."""
    with _database_errors():
        async with (await pool_for(request)).connection() as conn:
            cur = await conn.execute(psycopg_sql(sql), params or {})
            return await cur.fetchone()
