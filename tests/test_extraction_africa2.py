"""African conflict copy, a second round: regional and auxiliary forces, vigilantes, Islamic State's provinces."""
import datetime as dt

from extraction import extract_events
from extraction.actors import find_actors

MON = dt.date(2025, 9, 15)


def names(text, country="NG"):
    return [m.actor.resolved(country)["name"] for m in find_actors(text) if not m.speaker]


def test_jihadists_who_kill_auxiliaries_fight_them():
    text = "Suspected jihadists killed 15 Volunteers for the Defence of the Homeland (VDP) at their post on Sunday."
    [ev] = extract_events(text, published_at=MON, toponyms=[], locations=[])
    assert ev.sub_event_type == "Armed clash" and ev.actor2["name"].startswith("VDP")


def test_captives_killed_by_vigilantes_are_civilians():
    text = "Vigilantes shot dead two suspected kidnappers they had caught in a village on Saturday."
    [ev] = extract_events(text, published_at=MON, toponyms=[], locations=[])
    assert ev.sub_event_type == "Attack" and ev.actor1["name"].startswith("Vigilante Militia")
    assert ev.actor2["name"].startswith("Civilians")
