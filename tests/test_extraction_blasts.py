"""Blasts and violence against civilians: bombs with no one named behind them, datelines with a country."""
import datetime as dt

from extraction import extract_events
from extraction.dates import find_dates
from tests.test_extraction_events import Place, toponym

WED = dt.date(2025, 6, 11)


def events(text, published=WED, tops=()):
    return extract_events(text, published_at=published, toponyms=list(tops), locations=[])
