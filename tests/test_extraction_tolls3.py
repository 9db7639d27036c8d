"""Casualty phrasing in wire and local conflict copy: victims listed with their kin and companions, families, and
counts told in other shapes."""
from tests.test_extraction_tolls import events


def test_one_dead_and_another_hurt_are_two_people():
    [ev] = events("One man died and another was injured when gunmen fired on a minibus near the market on Friday.")
    assert (ev.killed["best"], ev.wounded["best"]) == (1, 1)
