"""Middle East conflict copy of 2024-2026: Gaza tolls, IDF statements, West Bank raids, Lebanon, Yemen, Syria, Iraq."""
import datetime as dt

from extraction import extract_events
from tests.test_extraction_perplace import GAZA_CITY, KHAN_YOUNIS, RAFAH, by_place, events

FRI = dt.date(2025, 8, 29)


def one(text):
    [ev] = extract_events(text, published_at=FRI, toponyms=[], locations=[])
    return ev
