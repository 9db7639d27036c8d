"""Liveness and readiness."""
from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse
from sqlalchemy import Engine, text
from sqlalchemy.exc import SQLAlchemyError

from api.dependencies import get_db

router = APIRouter(tags=["health"])


@router.get("/healthz", responses={503: {"description": "the database does not answer"}})
def healthz(engine: Engine = Depends(get_db)) -> JSONResponse:
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except SQLAlchemyError as exc:
        return JSONResponse({"status": "error", "database": str(exc.__class__.__name__)}, status_code=503)
    return JSONResponse({"status": "ok", "database": "ok"})
