"""ACLED's strategic developments and less common kinds: agreements, bases, a group's changes, territory handed over,
weapons seized; with no act told, no event."""
import datetime as dt

from extraction import extract_events

TUE = dt.date(2024, 6, 11)


def codings(text):
    return [(ev.sub_event_type, ev.actor1 and ev.actor1["name"], ev.actor2 and ev.actor2["name"])
            for ev in extract_events(text, published_at=TUE, toponyms=[], locations=[])]


def subs(text):
    return [sub for sub, _, _ in codings(text)]
