"""Conflict reports from Myanmar, the Philippines, Pakistan, Indian Kashmir and central India, Thailand's deep south,
Papua and the Chittagong Hill Tracts: the armed groups and forces by the names the region's papers use."""
import datetime as dt

from extraction import extract_events
from extraction.actors import find_actors

WED = dt.date(2025, 3, 12)


def events(text):
    return extract_events(text, published_at=WED, toponyms=[], locations=[])


def names(text, country):
    return [m.actor.resolved(country)["name"] for m in find_actors(text) if not m.speaker]
