"""The installation's own actors and aliases, beside the shipped table (extraction/actors.json)."""
from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException
from sqlalchemy import Engine, select

from api.actor_aliases import ActorConflict, actor_json, learn_actor, save_actor
from api.dependencies import get_db, require_api_key
from api.error_responses import WRITE_ERRORS, errors
from api.models import actors
from api.schemas import ActorIn

router = APIRouter(prefix="/api", tags=["actors"], responses=errors(503))


@router.get("/actors")
def list_actors(engine: Engine = Depends(get_db)) -> list[dict]:
    """The actors and aliases this installation added (the shipped ones are in extraction/actors.json)."""
    with engine.connect() as conn:
        return [actor_json(row) for row in conn.execute(select(actors).order_by(actors.c.id))]


@router.post("/actors", dependencies=[Depends(require_api_key)], status_code=201,
             responses={**WRITE_ERRORS, **errors(409)})
def add_actor(actor: ActorIn, engine: Engine = Depends(get_db)) -> dict:
    """Add an actor, or aliases to a known one; reports ingested from now on are coded with them."""
    try:
        with engine.begin() as conn:
            row = save_actor(conn, actor)
    except ActorConflict as exc:
        raise HTTPException(409, str(exc)) from None
    except ValueError as exc:
        raise HTTPException(422, str(exc)) from None
    learn_actor(row)
    return actor_json(row)
