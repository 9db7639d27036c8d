"""US local crime copy: who the parties are. Police who only tell, answer or arrest are no party to the shooting."""
from extraction import process_report


def _parties(text, published="2024-06-10"):
    events = process_report({"id": "t", "text": text, "title": None, "published_at": published}, None)["events"]
    return [((e["actor1"] or {}).get("name"), (e["actor2"] or {}).get("name")) for e in events]


def _place(text, published="2024-06-10"):
    from geocoding import Geoparser
    events = process_report({"id": "t", "text": text, "title": None, "published_at": published}, Geoparser())["events"]
    return events[0]["location"]
