"""Requests whose URL carries a NUL character (%00) are refused with a 422 before any route runs.

PostgreSQL text can not hold NUL: a parameter holding one failed in the database as a 503, or, in a streamed
export whose first bytes were already sent, as a response cut off mid-chunk. No parameter of this API has a
use for it, so one check of the raw URL covers every route, the streamed ones included. (NUL inside a JSON
body reaches the database and is answered there: app.py's DataError handler.)"""
from __future__ import annotations

import json

from starlette.types import ASGIApp, Receive, Scope, Send

NUL = b"%00"
REFUSAL = json.dumps({"detail": "the URL holds a NUL character (%00), which no path segment or query parameter "
                                "may contain"}).encode()


class RejectNulMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and (NUL in scope["query_string"] or NUL in scope.get("raw_path", b"")):
            await send({"type": "http.response.start", "status": 422,
                        "headers": [(b"content-type", b"application/json"),
                                    (b"content-length", str(len(REFUSAL)).encode())]})
            await send({"type": "http.response.body", "body": REFUSAL})
            return
        await self.app(scope, receive, send)
