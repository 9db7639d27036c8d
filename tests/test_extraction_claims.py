"""Claims told through a spokesman or a statement, interceptions (the interceptor acts on the launcher), and acts at
sea told in the passive with no doer."""
import datetime as dt

from extraction import extract_events

MON = dt.date(2025, 3, 10)


def events(text):
    return extract_events(text, published_at=MON, toponyms=[], locations=[])


def coded(text):
    return [(ev.sub_event_type, (ev.actor1 or {}).get("name"), (ev.actor2 or {}).get("name")) for ev in events(text)]
