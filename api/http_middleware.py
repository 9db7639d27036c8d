"""Small pure ASGI middlewares for HTTP behaviour the framework leaves out (pure ASGI: each costs one test of the
request's scope, where a BaseHTTPMiddleware would build a Request and a Response for every call)."""
from __future__ import annotations

import json

from starlette.types import ASGIApp, Message, Receive, Scope, Send

NUL = b"%00"
NUL_REFUSAL = json.dumps({"detail": "the URL holds a NUL character (%00), which no path segment or query "
                                   "parameter may contain"}).encode()


class RejectNulMiddleware:
    """Requests whose URL carries a NUL character (%00) are refused with a 422 before any route runs.

    PostgreSQL text can not hold NUL: a parameter holding one failed in the database as a 503, or, in a streamed
    export whose first bytes were already sent, as a response cut off mid-chunk. No parameter of this API has a
    use for it, so one check of the raw URL covers every route, the streamed ones included. (NUL inside a JSON
    body reaches the database and is answered there: app.py's DataError handler.)"""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and (NUL in scope["query_string"] or NUL in (scope.get("raw_path") or b"")):
            await send({"type": "http.response.start", "status": 422,
                        "headers": [(b"content-type", b"application/json"),
                                    (b"content-length", str(len(NUL_REFUSAL)).encode())]})
            await send({"type": "http.response.body", "body": NUL_REFUSAL})
            return
        await self.app(scope, receive, send)


class HeadAsGetMiddleware:
    """HEAD answered as GET without the body (RFC 9110, 9.3.2: a server that answers GET must answer HEAD; FastAPI
    routes answer only the methods they name, so `curl -I`, link checkers and caches got a 405)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def send_headers_only(message: Message) -> None:
            if message["type"] != "http.response.body":
                await send(message)
            elif not message.get("more_body", False):
                await send({"type": "http.response.body", "body": b""})

        await self.app({**scope, "method": "GET"}, receive, send_headers_only)
