"""Abductions, kidnappings and other violence against civilians: who is taken, killed or held, by whom."""
import datetime as dt

from extraction import extract_events

MON = dt.date(2025, 11, 24)


def one_event(text):
    [ev] = extract_events(text, published_at=MON, toponyms=[], locations=[])
    return ev
