"""The Russia-Ukraine war told day by day: governors' summaries, drones and missiles by make, the front's news."""
import datetime as dt

from extraction import extract_events
from extraction.actors import find_actors

MON = dt.date(2025, 9, 29)


def names(text):
    return [(text[m.start:m.end], m.actor.resolved("UA")["name"]) for m in find_actors(text) if not m.speaker]
