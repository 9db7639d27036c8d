"""The map pages and their static files. Who may frame them is a setting."""
from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, Depends
from fastapi.responses import FileResponse, JSONResponse

from api.settings import Settings, get_settings

WEB_DIR = Path(__file__).resolve().parents[2] / "web"
router = APIRouter(include_in_schema=False)


def page(name: str, frame_ancestors: str) -> FileResponse:
    return FileResponse(WEB_DIR / name, media_type="text/html", headers={
        "Content-Security-Policy": f"frame-ancestors {frame_ancestors}; default-src 'self'; "
                                   "img-src 'self' data: https: http:; style-src 'self' 'unsafe-inline'; "
                                   "script-src 'self'",
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "strict-origin-when-cross-origin",
    })


@router.get("/")
def main_page(settings: Settings = Depends(get_settings)) -> FileResponse:
    return page("index.html", settings.main_frame_ancestors)


@router.get("/embed")
def embed_page(settings: Settings = Depends(get_settings)) -> FileResponse:
    return page("embed.html", settings.embed_frame_ancestors)


@router.get("/config.json")
def front_end_config(settings: Settings = Depends(get_settings)) -> JSONResponse:
    """What the page needs to know of the server: the basemap to use."""
    return JSONResponse({"tile_url": settings.tile_url, "tile_attribution": settings.tile_attribution})
