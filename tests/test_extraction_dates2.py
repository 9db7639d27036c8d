"""Event dates in copy of every genre: datelines written before publication, day-first numeric dates, relative
days and spans told in words (sentences of our own)."""
import datetime as dt

import pytest

from extraction.dates import find_dates

D = dt.date.fromisoformat


def event_dates(text, published):
    return [(d.date_start.isoformat(), d.date_end.isoformat(), d.precision)
            for d in find_dates(text, D(published)) if d.role == "event"]
