"""The Russia-Ukraine war told day by day: governors' summaries, drones and missiles by make, the front's news."""
import datetime as dt

from extraction import extract_events
from extraction.actors import find_actors

MON = dt.date(2025, 9, 29)


def names(text):
    return [(text[m.start:m.end], m.actor.resolved("UA")["name"]) for m in find_actors(text) if not m.speaker]


def test_full_control_taken_is_territory_taken():
    [ev] = extract_events("Russian forces have taken full control of the town, the Defence Ministry said on Monday.",
                          published_at=MON, toponyms=[], locations=[])
    assert ev.event_type == "Battles" and ev.sub_event_type.endswith("territory")
