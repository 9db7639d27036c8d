"""The end of a captivity and other acts that are not the violence they name: releases, rescues, escapes, verdicts on
old attacks and anniversaries."""
import datetime as dt

from extraction import extract_events

WED = dt.date(2025, 11, 26)


def events(text):
    return extract_events(text, published_at=WED, toponyms=[], locations=[])


def one_event(text):
    [ev] = events(text)
    return ev
