"""South and Southeast Asian usage: encounters, jawans, martyrs; the region's armed groups by name."""
import datetime as dt

from extraction import extract_events
from extraction.actors import find_actors

WED = dt.date(2025, 3, 12)


def one_event(text):
    [ev] = extract_events(text, published_at=WED, toponyms=[], locations=[])
    return ev


def names(text, country="IN"):
    return [(text[m.start:m.end], m.actor.resolved(country)["name"]) for m in find_actors(text) if not m.speaker]


def test_an_encounter_with_security_forces_is_a_gun_battle():
    ev = one_event("Seven Naxalites were killed in an encounter with security forces in the forest on Tuesday, police said.")
    assert (ev.event_type, ev.sub_event_type) == ("Battles", "Armed clash")
    assert ev.actor1["name"].startswith("Military Forces")  # (the country is the places' to tell)
    assert ev.actor2["name"] == "CPI (Maoist): Communist Party of India (Maoist)"
    assert ev.killed["best"] == 7


def test_an_encounter_that_broke_out_is_a_fight_and_a_frightening_one_with_crooks_is_not():
    ev = one_event("An encounter broke out between troops and NPA rebels in the village on Tuesday, leaving two rebels dead.")
    assert ev.sub_event_type == "Armed clash"
    events = extract_events("A woman told of her frightening encounter with the crooks on Tuesday.", published_at=WED,
                            toponyms=[], locations=[])
    assert "Armed clash" not in [ev.sub_event_type for ev in events]
