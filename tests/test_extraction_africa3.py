"""African conflict copy, a third round: Congo's and Somalia's forces and missions, Sudan's army, the newer groups."""
import datetime as dt

from extraction import extract_events
from extraction.actors import find_actors

MON = dt.date(2025, 9, 15)


def names(text, country):
    return [m.actor.resolved(country)["name"] for m in find_actors(text) if not m.speaker]
