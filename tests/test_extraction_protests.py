"""Protests, riots and strategic developments on sentences of our own (no gazetteer needed)."""
import datetime as dt

from extraction import extract_events, report_text


def coded(title, body, published=dt.date(2025, 3, 12)):
    """(type, sub-type, actor1, actor2, killed) of each event of a report read with no places."""
    events = extract_events(report_text(title, body), published_at=published, toponyms=[], locations=[])
    return [(e.event_type, e.sub_event_type, (e.actor1 or {}).get("name"), (e.actor2 or {}).get("name"),
             (e.killed or {}).get("best")) for e in events]
