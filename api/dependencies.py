"""FastAPI dependencies: the database, the API key, the geoparser."""
from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import Depends, Header, HTTPException, Request
from sqlalchemy import Engine

from api.settings import Settings, get_settings
from geocoding import Geoparser


def get_db(request: Request) -> Engine:
    return request.app.state.engine


def require_api_key(x_api_key: Annotated[str | None, Header()] = None,
                    settings: Settings = Depends(get_settings)) -> None:
    """Writes need the configured key; compared in constant time so timing tells nothing."""
    if not settings.api_key:
        raise HTTPException(403, "writes are disabled: no API key is configured (set EVENTMAP_API_KEY)")
    if x_api_key is None:
        raise HTTPException(401, "this request writes data: send the API key in the X-API-Key header")
    if not hmac.compare_digest(x_api_key.encode(), settings.api_key.encode()):
        raise HTTPException(401, "the API key in X-API-Key is not valid")


def get_geoparser(request: Request) -> Geoparser:
    return request.app.state.geoparser
