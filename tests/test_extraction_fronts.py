"""War-front copy: weapons named with their launcher, interceptions, demonyms before a weapon's kind."""
import datetime as dt

from extraction import extract_events
from extraction.actors import find_actors

SAT = dt.date(2025, 3, 8)


def events(text, published=SAT):
    return extract_events(text, published_at=published, toponyms=[], locations=[])


def actor_names(text):
    return [m.actor.name for m in find_actors(text) if not m.speaker]
