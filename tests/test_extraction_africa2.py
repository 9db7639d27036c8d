"""African conflict copy, a second round: regional and auxiliary forces, vigilantes, Islamic State's provinces."""
import datetime as dt

from extraction import extract_events
from extraction.actors import find_actors

MON = dt.date(2025, 9, 15)


def names(text, country="NG"):
    return [m.actor.resolved(country)["name"] for m in find_actors(text) if not m.speaker]
