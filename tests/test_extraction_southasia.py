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
