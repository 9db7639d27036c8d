"""Prometheus metrics of the HTTP API (/metrics): requests by route template, method and status class, and
how long they took.

A pure ASGI middleware that reads the route FastAPI matched (scope["route"]) once the request is done.
prometheus-fastapi-instrumentator, used before, matched every request against the whole route tree a second
time and built a Response object for its hooks: ~0.1 ms a request, a tenth of a 100-feature page's time in
the app (measured in process, bench/README.md). The metric names are the ones it used."""
from __future__ import annotations

from time import perf_counter

from fastapi import Response
from prometheus_client import CONTENT_TYPE_LATEST, REGISTRY, Counter, Histogram, generate_latest
from starlette.types import ASGIApp, Message, Receive, Scope, Send

REQUESTS = Counter("http_requests_total", "HTTP requests by route template, method and status class.",
                   ("handler", "method", "status"))
DURATION = Histogram("http_request_duration_seconds", "Time to the end of the response, by route template and method.",
                     ("handler", "method"),
                     buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30))


class MetricsMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start, status = perf_counter(), 500

        async def send_noting_status(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_noting_status)
        finally:
            # a path no route matched is counted as "none": a scanner's made-up paths must not grow the labels
            handler = getattr(scope.get("route"), "path", None) or "none"
            REQUESTS.labels(handler, scope["method"], f"{status // 100}xx").inc()
            DURATION.labels(handler, scope["method"]).observe(perf_counter() - start)


def metrics() -> Response:
    return Response(generate_latest(REGISTRY), media_type=CONTENT_TYPE_LATEST)
