"""MENA conflict copy as it is written now: post-Assad Syria, Iraq, Yemen, Libya (agency, monitor and statement styles)."""
import datetime as dt

from extraction import extract_events

SUN = dt.date(2025, 11, 16)


def all_events(text):
    return extract_events(text, published_at=SUN, toponyms=[], locations=[])
