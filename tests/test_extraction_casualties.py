"""Casualty phrases: killed / wounded / missing / abducted, victim categories, zeros, subsets."""
import datetime as dt

import pytest

from extraction import extract_events
from extraction.casualties import combine, find_casualties


def counts(text):
    killed, wounded = combine(find_casualties(text))
    return (killed.best if killed else None), (wounded.best if wounded else None)


def _told(text):
    """(low, best) of the dead told in text, sentence by sentence."""
    mentions, start = [], 0
    for sentence in text.split(". "):
        mentions += find_casualties(text, start, start + len(sentence))
        start += len(sentence) + 2
    killed, _ = combine(mentions)
    return killed.low, killed.best
