"""The FastAPI application."""
from __future__ import annotations

from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.exception_handlers import http_exception_handler
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.gzip import GZipMiddleware
from starlette.routing import Match
from sqlalchemy import Engine
from sqlalchemy.exc import DataError, DBAPIError, IntegrityError

from api.actor_aliases import learn_saved_actors
from api.error_responses import document_plain_422
from api.geocoders import build_geoparser
from api.http_middleware import HeadAsGetMiddleware, RejectNulMiddleware
from api.metrics import MetricsMiddleware, metrics
from api.ogc_db import close_pool
from api.routes import actors, aggregates, events, exports, health, ogc, pages, places, reports, tiles
from api.routes.pages import WEB_DIR
from api.settings import Settings, get_settings


def create_app(engine: Engine, settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        app.state.geoparser = build_geoparser(engine, settings)
        learn_saved_actors(engine)
        yield
        await close_pool(app.state)

    app = FastAPI(title="eventmap", version="0.1.0", lifespan=lifespan,
                  description="Conflict events coded from news reports: GeoJSON by bounding box and time, "
                              "report ingest, custom places and actors.")
    app.state.engine = engine
    # The serving routes first: FastAPI (and the metrics middleware, which looks the route up again) tries
    # routers in order, and the routes no request reaches before a match cost ~0.2 ms of CPU a request.
    for module in (ogc, tiles, events, aggregates, exports, reports, places, actors, health, pages):
        app.include_router(module.router)
    # Compression for everything large (GeoJSON pages, exports, tiles); level 5: most of the gain of 9 at a
    # fraction of its CPU.
    app.add_middleware(GZipMiddleware, minimum_size=1024, compresslevel=5)
    app.add_middleware(RejectNulMiddleware)
    app.add_middleware(MetricsMiddleware)
    app.add_middleware(HeadAsGetMiddleware)  # outermost: a HEAD's headers are its GET's, compressed or not
    app.add_api_route("/metrics", metrics, include_in_schema=False)
    document_plain_422(app)
    app.mount("/static", StaticFiles(directory=WEB_DIR), name="static")

    @app.exception_handler(StarletteHTTPException)
    async def _allow_lists_every_method(request: Request, exc: StarletteHTTPException):
        # Starlette's 405 names the methods of the first route with the path only (GET of GET /api/places
        # for a PUT, not POST): the Allow header must list all the path's methods (RFC 9110, 15.5.6).
        if exc.status_code != 405:
            return await http_exception_handler(request, exc)
        allowed = [method for method in ("GET", "POST", "PUT", "PATCH", "DELETE")
                   if any(route.matches({**request.scope, "method": method})[0] == Match.FULL
                          for route in app.router.routes)]
        allowed[1:1] = ["HEAD"] if allowed[:1] == ["GET"] else []  # HeadAsGetMiddleware answers it
        return JSONResponse({"detail": f"{request.method} is not allowed here; use {', '.join(allowed)}"},
                            status_code=405, headers={"Allow": ", ".join(allowed)})

    @app.exception_handler(IntegrityError)
    async def _rule_broken(_request: Request, exc: IntegrityError) -> JSONResponse:
        # A CHECK constraint (low <= best <= high, ranges) said no: the client's values are wrong.
        return JSONResponse({"detail": f"the values break a rule of the data: {exc.orig.diag.message_primary}"},
                            status_code=422)

    @app.exception_handler(DataError)
    async def _value_refused(_request: Request, exc: DataError) -> JSONResponse:
        # The database (or the driver, for a NUL character in a JSON body's text) refused a value the client sent.
        # (the server's primary message only: its full text may quote the statement)
        why = getattr(getattr(exc.orig, "diag", None), "message_primary", None) or str(exc.orig)
        return JSONResponse({"detail": f"a value was refused by the database: {why}"}, status_code=422)

    @app.exception_handler(DBAPIError)
    async def _database_failed(_request: Request, exc: DBAPIError) -> JSONResponse:
        if "statement timeout" in str(exc.orig):
            return JSONResponse({"detail": "the query took too long; narrow the bbox, time window or filters"},
                                status_code=503)
        return JSONResponse({"detail": "the database failed to answer"}, status_code=503)

    return app
