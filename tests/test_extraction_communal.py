"""Communal and identity violence on sentences of our own (no gazetteer needed): herder-farmer raids, cattle raids,
clan and tribal fighting, mobs that kill."""
import datetime as dt

from extraction import extract_events, report_text
from extraction.actors import find_actors


def coded(title, body, published=dt.date(2025, 6, 7)):
    """(type, sub-type, actor1, actor2, killed) of each event of a report read with no places."""
    events = extract_events(report_text(title, body), published_at=published, toponyms=[], locations=[])
    return [(e.event_type, e.sub_event_type, (e.actor1 or {}).get("name"), (e.actor2 or {}).get("name"),
             (e.killed or {}).get("best")) for e in events]


def named(text):
    return [(text[m.start:m.end], m.actor.name) for m in find_actors(text)]
