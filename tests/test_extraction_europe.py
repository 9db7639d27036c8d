"""Conflict copy from Europe, the Caucasus and Turkey: border incidents, dissident republicans, sabotage, unrest."""
import datetime as dt

from extraction import extract_events
from extraction.actors import find_actors

SUN = dt.date(2023, 6, 18)


def names(text):
    return [(text[m.start:m.end], m.actor.resolved("GB")["name"]) for m in find_actors(text) if not m.speaker]


def test_a_bomb_found_and_made_safe_is_disrupted_weapons_use():
    # (the residents moved out of harm's way are no party to it, and no force gave up ground)
    [ev] = extract_events("A suspicious device was found near a school in Newry on Tuesday. Residents were evacuated "
                          "while army bomb experts made the object safe.", published_at=SUN, toponyms=[], locations=[])
    assert ev.sub_event_type == "Disrupted weapons use"
    assert ev.actor1 is None or ev.actor1["name"] != "Civilians"
