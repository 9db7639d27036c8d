"""One incident, one event: a toll of none told after the act, a death in custody and the arrest before it, a force
that kills the men of the attack just told; and what stays apart (another day's operation, a strike in response)."""
import datetime as dt

from extraction import extract_events

TUE = dt.date(2025, 6, 10)


def codings(text):
    return [(ev.sub_event_type, ev.actor1 and ev.actor1["name"], ev.actor2 and ev.actor2["name"], (ev.killed or {}).get("best"))
            for ev in extract_events(text, published_at=TUE, toponyms=[], locations=[])]
