"""Temporal expressions resolved against the publication date (UCDP date_prec)."""
import datetime as dt

import pytest

from extraction.dates import find_dates, last_weekday, precision_of

D = dt.date.fromisoformat


def only(text, published):
    found = [d for d in find_dates(text, D(published) if published else None) if d.role == "event"]
    assert len(found) == 1, found
    d = found[0]
    return d.date_start.isoformat(), d.date_end.isoformat(), d.precision


def event_days(text, published):
    return [d.date_start.isoformat() for d in find_dates(text, D(published)) if d.role == "event"]
