"""Conflict copy from Europe, the Caucasus and Turkey: border incidents, dissident republicans, sabotage, unrest."""
import datetime as dt

from extraction import extract_events
from extraction.actors import find_actors

SUN = dt.date(2023, 6, 18)


def names(text):
    return [(text[m.start:m.end], m.actor.resolved("GB")["name"]) for m in find_actors(text) if not m.speaker]
