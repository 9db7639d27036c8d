"""Reports that are mostly no report of a new act (anniversaries, profiles, trials, explainers, survivors' accounts):
what they recall is no event of theirs."""
import datetime as dt

from extraction import extract_events

PUBLISHED = dt.date(2025, 7, 11)


def subs(text, published_at=PUBLISHED):
    return [ev.sub_event_type for ev in extract_events(text, published_at=published_at, toponyms=[], locations=[])]
