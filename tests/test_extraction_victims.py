"""Armed men as the dead or the captured, across wars: who acts and who it is done to."""
import datetime as dt

from extraction import extract_events, process_report

WED = dt.date(2025, 3, 12)


def all_events(text):
    return extract_events(text, published_at=WED, toponyms=[], locations=[])


def one_report(geoparser, text):
    return process_report({"id": "t", "text": text, "title": None, "published_at": "2025-03-12"}, geoparser)["events"]
