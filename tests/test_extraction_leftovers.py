"""Kinds other rounds left: parties written with a word that tells what they are, governments as parties, arrests of
people unnamed, deaths in custody, a lynching's victim, tolls of two verbs, a pronoun's dead, a speaker's venue."""
import datetime as dt

from extraction import extract_events
from geocoding import Place, Toponym

TUE = dt.date(2025, 6, 10)


def codings(text):
    return [(ev.sub_event_type, ev.actor1 and ev.actor1["name"], ev.actor2 and ev.actor2["name"])
            for ev in extract_events(text, published_at=TUE, toponyms=[], locations=[])]


def killed(text):
    return [(ev.killed or {}).get("best") for ev in extract_events(text, published_at=TUE, toponyms=[], locations=[])]
