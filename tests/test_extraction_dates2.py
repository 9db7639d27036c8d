"""Event dates in copy of every genre: datelines written before publication, day-first numeric dates, relative
days and spans told in words (sentences of our own)."""
import datetime as dt

import pytest

from extraction.dates import find_dates

D = dt.date.fromisoformat


def event_dates(text, published):
    return [(d.date_start.isoformat(), d.date_end.isoformat(), d.precision)
            for d in find_dates(text, D(published)) if d.role == "event"]


def test_two_days_apart_stay_two_dates():
    assert event_dates("Strikes on Monday and Wednesday killed five.", "2025-05-23") == \
        [("2025-05-19", "2025-05-19", 1), ("2025-05-21", "2025-05-21", 1)]
