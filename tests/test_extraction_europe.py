"""Conflict copy from Europe, the Caucasus and Turkey: border incidents, dissident republicans, sabotage, unrest."""
import datetime as dt

from extraction import extract_events
from extraction.actors import find_actors

SUN = dt.date(2023, 6, 18)


def names(text):
    return [(text[m.start:m.end], m.actor.resolved("GB")["name"]) for m in find_actors(text) if not m.speaker]


def test_an_anti_tank_mine_is_a_landmine():
    [ev] = extract_events("Two civilians were killed when their truck hit an anti-tank mine near the village on "
                          "Saturday.", published_at=SUN, toponyms=[], locations=[])
    assert ev.sub_event_type == "Remote explosive/landmine/IED"


def test_dissident_republican_groups_are_actors():
    assert names("Gunmen from the New IRA shot a police officer in Omagh.")[0] == (
        "New IRA", "New IRA: New Irish Republican Army")
    assert names("Police blamed the Continuity IRA for the bomb.")[-1][1] == "New IRA: New Irish Republican Army"


def test_arrests_of_protesters_told_first_are_the_protest_s_intervention():
    [ev] = extract_events("Police detained 98 people in Yerevan on Monday as protesters led by Archbishop Bagrat "
                          "Galstanyan blocked streets.", published_at=SUN, toponyms=[], locations=[])
    assert (ev.sub_event_type, ev.actor1["name"], ev.actor2["name"]) == (
        "Protest with intervention", "Police Forces", "Protesters")
