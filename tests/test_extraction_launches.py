"""Missile, rocket and drone launches and their interception: where they fell, who fired them, tests and tallies."""
import datetime as dt

from extraction import extract_events, process_report

MON = dt.date(2025, 3, 3)


def all_events(text):
    return extract_events(text, published_at=MON, toponyms=[], locations=[])


def report_events(text, geoparser):
    return process_report({"id": "t", "text": text, "title": None, "published_at": str(MON)}, geoparser)["events"]
