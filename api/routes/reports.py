"""Reports: ingest one or a batch (all or nothing), and read one back."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Body, Depends, HTTPException, Response
from fastapi.responses import JSONResponse
from sqlalchemy import Engine, text

from api import queries
from api.dependencies import get_db, get_geoparser, require_api_key
from api.error_responses import WRITE_ERRORS, errors
from api.ingest import IngestConflict, analyse, store_report
from api.schemas import ReportIn
from geocoding import Geoparser

router = APIRouter(prefix="/api", tags=["reports"], responses=errors(503))
MAX_BATCH = 1000


@router.post("/reports", dependencies=[Depends(require_api_key)], status_code=201,
             responses={200: {"description": "every report was stored before (status \"duplicate\"): nothing changed"},
                        **WRITE_ERRORS, **errors(409, 413)})
def post_reports(payload: Annotated[ReportIn | list[ReportIn], Body()], engine: Engine = Depends(get_db),
                 geoparser: Geoparser = Depends(get_geoparser)) -> JSONResponse:
    """Store a report, or a batch (a JSON array), with the events found in it. A batch lands in one
    transaction: if any report fails, none is stored. A report already stored comes back as
    "duplicate" and changes nothing."""
    batch = payload if isinstance(payload, list) else [payload]
    if not batch:
        raise HTTPException(422, "the batch is empty: send at least one report")
    if len(batch) > MAX_BATCH:
        raise HTTPException(413, f"a batch holds at most {MAX_BATCH} reports; this one has {len(batch)}")
    analyses = [analyse(report, geoparser) for report in batch]  # before the transaction: keep it short
    try:
        with engine.begin() as conn:
            results = [store_report(conn, report, analysis) for report, analysis in zip(batch, analyses)]
    except IngestConflict as exc:
        raise HTTPException(409, str(exc)) from None
    body = [r.to_dict() for r in results]
    status = 201 if any(r.status == "stored" for r in results) else 200
    return JSONResponse(body if isinstance(payload, list) else body[0], status_code=status)


@router.get("/reports/{report_id}", response_class=Response, responses=errors(404))
def get_report(report_id: int, engine: Engine = Depends(get_db)) -> Response:
    with engine.connect() as conn:
        body = conn.execute(text(queries.REPORT_DETAIL), {"id": report_id}).scalar()
    if body is None:
        raise HTTPException(404, f"no report with id {report_id}")
    return Response(body, media_type="application/json")
