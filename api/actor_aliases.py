"""The installation's own actors (the `actors` table), taught to extraction's alias table.

Extraction's alias table is process-wide, like the gazetteer: saved actors are learnt when the API or a
CLI command starts and when they are posted (another API worker learns them at its next start, as with
custom places). A posted actor either is new (it needs its ACLED inter code) or adds aliases to a known
one (the shipped table's or a saved one), whose inter code and country it may not contradict.
"""
from __future__ import annotations

import datetime as dt
import threading

from sqlalchemy import Connection, Engine, select

from api.models import actors
from api.schemas import ActorIn
from extraction.actors import alias_table

_learnt: set[tuple] = set()
_lock = threading.Lock()


class ActorConflict(ValueError):
    """The actor contradicts what the alias table already knows."""


def actor_json(row) -> dict:
    return {"id": row.id, "name": row.name, "inter": row.inter, "country": row.country,
            "aliases": list(row.aliases), "air": list(row.air_aliases)}


def _entry(row) -> dict:
    entry = {"name": row.name, "country": row.country, "aliases": [row.name, *row.aliases], "air": list(row.air_aliases)}
    if row.inter is not None:
        entry["inter"] = row.inter
    return entry


def learn_actor(row) -> None:
    key = (row.name, row.inter, row.country, tuple(row.aliases), tuple(row.air_aliases))
    with _lock:
        if key in _learnt:
            return
        if row.inter is None and alias_table().actor(row.name) is None:
            return  # aliases for an actor this version no longer ships: nothing to attach them to
        alias_table().add([_entry(row)])
        _learnt.add(key)


def learn_saved_actors(engine: Engine) -> None:
    with engine.connect() as conn:
        for row in conn.execute(select(actors).order_by(actors.c.id)):
            learn_actor(row)


def _merged(old: list[str], new: list[str]) -> list[str]:
    return list(dict.fromkeys([*old, *new]))


def _check(actor: ActorIn, saved) -> None:
    known = alias_table().actor(actor.name)
    inter = saved.inter if saved is not None and saved.inter is not None else known.inter if known else None
    country = saved.country if saved is not None and saved.country else known.country if known else None
    if known is None and saved is None and actor.inter is None:
        raise ValueError(f"{actor.name!r} is a new actor: give its ACLED inter code (1-8)")
    if actor.inter is not None and inter is not None and actor.inter != inter:
        raise ActorConflict(f"{actor.name!r} is known with inter code {inter}, not {actor.inter}")
    if actor.country and country and actor.country != country:
        raise ActorConflict(f"{actor.name!r} is known with country {country}, not {actor.country}")
    for alias in [*actor.aliases, *actor.air]:
        for mention in alias_table().find(alias):
            whole = mention.start == 0 and mention.end >= len(alias)
            if whole and mention.actor.name != actor.name:
                raise ActorConflict(f"the alias {alias!r} already names {mention.actor.name!r}")


def save_actor(conn: Connection, actor: ActorIn):
    """Insert the actor, or add its aliases to the saved one of that name; returns the stored row."""
    saved = conn.execute(select(actors).where(actors.c.name == actor.name).with_for_update()).one_or_none()
    _check(actor, saved)
    if saved is None:
        statement = actors.insert().values(name=actor.name, inter=actor.inter, country=actor.country,
                                           aliases=actor.aliases, air_aliases=actor.air)
    else:
        statement = actors.update().where(actors.c.id == saved.id).values(
            inter=saved.inter if saved.inter is not None else actor.inter,
            country=saved.country or actor.country,
            aliases=_merged(saved.aliases, actor.aliases), air_aliases=_merged(saved.air_aliases, actor.air),
            updated_at=dt.datetime.now(dt.timezone.utc))
    return conn.execute(statement.returning(*actors.c)).one()
