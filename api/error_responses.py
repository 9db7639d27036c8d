"""The API's error answers as its OpenAPI document tells them, so that a client generated from /openapi.json (or
a contract test) knows every status a route can give: each error body is {"detail": "what is wrong"}, and a
422 of FastAPI's own validation keeps its list of field errors."""
from __future__ import annotations

from fastapi import FastAPI
from pydantic import BaseModel, Field


class ErrorMessage(BaseModel):
    detail: str = Field(description="what is wrong, in words")


MEANINGS = {
    400: "a parameter's value is not one OGC API - Features allows here (f, datetime, paging keys), or the body "
         "is not JSON",
    401: "this request writes data: the API key is missing from X-API-Key, or is not valid",
    403: "writes are disabled: the server has no API key configured (EVENTMAP_API_KEY)",
    404: "nothing has that id or address",
    409: "the id is already taken by something else",
    413: "the batch holds more reports than one request may",
    503: "the database failed to answer, or the query took longer than the server allows",
}


def errors(*codes: int) -> dict[int | str, dict]:
    """`responses=` for a route or router: the error statuses it can give, with their body and meaning."""
    return {code: {"model": ErrorMessage, "description": MEANINGS[code]} for code in codes}


WRITE_ERRORS = errors(400, 401, 403)  # every write reads a JSON body and needs the key


def document_plain_422(app: FastAPI) -> None:
    """FastAPI documents a 422's detail as the list its own validation gives; the routes' own checks (a bbox out
    of range, a page too large, a NUL character) answer 422 with a sentence. The document says both."""
    make_document = app.openapi

    def openapi() -> dict:
        if app.openapi_schema is None:
            document = make_document()
            detail = document["components"]["schemas"]["HTTPValidationError"]["properties"]["detail"]
            detail.pop("title", None)
            document["components"]["schemas"]["HTTPValidationError"]["properties"]["detail"] = {
                "title": "Detail", "anyOf": [{"type": "string"}, detail]}
        return app.openapi_schema

    app.openapi = openapi
