"""Conflict copy whose codings went wrong in earlier rounds: a launch and its interception told in two sentences,
harm done by an intercepted weapon's debris."""
import datetime as dt

from extraction import extract_events

MON = dt.date(2025, 3, 3)


def coded(text):
    return [(ev.sub_event_type, ev.actor1 and ev.actor1["name"], ev.actor2 and ev.actor2["name"])
            for ev in extract_events(text, published_at=MON, toponyms=[], locations=[])]
