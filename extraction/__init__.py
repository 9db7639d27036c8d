"""eventmap extraction: report text -> coded events (ACLED types, actors, casualties, dates, place),
each field with the character span it was read from. Plain Python: no web, no database.

Public contract:
    report_text(title, body) -> str                (geocoding.batch's, which the geoparser's batch reads too)
    extract_events(text, *, published_at, toponyms, locations) -> list[Event]
    process_report(obj, geoparser) -> dict        (one batch JSONL line in, one out)
    load_aliases(path)                            (extend the actor alias table)
"""
from __future__ import annotations

from geocoding.batch import line_text, report_text

from .actors import load_aliases
from .dates import parse_published
from .events import Event, extract_events

__all__ = ["Event", "extract_events", "load_aliases", "process_report", "report_text"]


def process_report(obj: dict, geoparser) -> dict:
    """One input line {"id", "text" | "title"/"body", "published_at"} -> one output line
    {"id", "toponyms", "events", "totals": {"killed", "wounded"}}. Totals are the report's main
    incident's (of the events not told apart from the report's own, the one with the most killed, else the first).
    A field of the wrong kind, or a publication date that is not ISO, is a ValueError that says which."""
    text = line_text(obj)
    published = parse_published(obj.get("published_at"))
    if published is None and obj.get("published_at") not in (None, ""):
        raise ValueError(f'"published_at" {str(obj["published_at"])[:40]!r} is not an ISO date or date-time')
    toponyms = geoparser.parse(text) if geoparser is not None else []
    locations = geoparser.locations(text, toponyms) if geoparser is not None else []
    events = extract_events(text, published_at=published, toponyms=toponyms, locations=locations)
    # max keeps the first of equals: with no one killed, the first event; an incident told apart from the report's own
    # ("In an unrelated shooting, a man died ...") is not its main one, however many it killed
    own = [e for e in events if not e.told_apart] or events
    main = max(own, key=lambda e: (e.killed or {}).get("best") or 0, default=None)
    totals = {"killed": int((main.killed or {}).get("best") or 0) if main else 0,
              "wounded": int((main.wounded or {}).get("best") or 0) if main else 0}
    return {"id": obj.get("id"), "toponyms": [t.to_dict() for t in toponyms],
            "events": [e.to_dict() for e in events], "totals": totals}
