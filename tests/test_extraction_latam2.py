"""Latin America and the Caribbean, second round: the maras, Haiti's police and the Kenyan-led mission, and where a
wire report's act happened when its dateline is the capital it was filed from."""
import datetime as dt

from extraction import process_report
from extraction.actors import find_actors

TUE = "2025-06-10"


def names(text, country):
    return [m.actor.resolved(country)["name"] for m in find_actors(text) if not m.speaker]


def coded(text, published=TUE):
    from geocoding import Geoparser
    return process_report({"id": "t", "text": text, "published_at": published}, Geoparser())["events"]
