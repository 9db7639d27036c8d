"""Conflict reports from Asia and elsewhere: a group named in a "which" clause before its claim, a group the police or
the army suspect, and the acts told by a state's regime or junta."""
import datetime as dt

from extraction import extract_events, process_report

TUE = dt.date(2024, 6, 4)


def events(text):
    return extract_events(text, published_at=TUE, toponyms=[], locations=[])


def placed(text, geoparser):
    return process_report({"id": "t", "text": text, "title": None, "published_at": "2024-06-04"}, geoparser)["events"]
