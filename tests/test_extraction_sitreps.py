"""Humanitarian sitreps, NGO alerts, monitors' daily counts and military summaries: several incidents in one
document, each with its own place and date, beside tallies that are no incident."""
import datetime as dt

from extraction import extract_events
from tests.test_extraction_events import Place, toponym
from tests.test_extraction_perplace import GAZA_CITY, KHAN_YOUNIS, RAFAH

WED = dt.date(2025, 5, 14)


def events(text, places, published=WED):
    tops = [toponym(text, name, place, 1, nth) for name, place, nth in places]
    return extract_events(text, published_at=published, toponyms=tops, locations=[])


def by_place(evs):
    return [(ev.location["name"] if ev.location else None, (ev.killed or {}).get("best")) for ev in evs]
