"""Violent-crime reports from outside the US (UK and Ireland, South Africa, Nigeria and Kenya, India and Pakistan,
Australia and Canada, the Caribbean): their dead and hurt counted as on US reports."""
import datetime as dt

from extraction import extract_events

DAY = dt.date(2025, 9, 4)


def counts(text):
    evs = extract_events(text, published_at=DAY, toponyms=[], locations=[])
    return [((ev.killed or {}).get("best"), (ev.wounded or {}).get("best")) for ev in evs]


def scene(text):
    from extraction import process_report
    from geocoding import Geoparser
    out = process_report({"id": "x", "text": text, "published_at": "2025-05-17"}, Geoparser())
    return out["events"][0]["location"]["name"]
