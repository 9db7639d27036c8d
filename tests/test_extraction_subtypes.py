"""ACLED sub-event types told apart from their neighbours: fire on a crowd named with a word before it, an act still to
come when another happened, men a crowd only takes for kidnappers, munitions listed in a seized cache."""
import datetime as dt

from extraction import extract_events

TUE = dt.date(2024, 7, 16)


def coded(text):
    return [(ev.sub_event_type, ev.actor1 and ev.actor1["name"], ev.killed and ev.killed["best"])
            for ev in extract_events(text, published_at=TUE, toponyms=[], locations=[])]
