"""MENA conflict copy as it is written now: post-Assad Syria, Iraq, Yemen, Libya (agency, monitor and statement styles)."""
import datetime as dt

from extraction import extract_events

SUN = dt.date(2025, 11, 16)


def all_events(text):
    return extract_events(text, published_at=SUN, toponyms=[], locations=[])


def test_the_houthis_named_by_their_fire():
    [ev] = all_events("A boy was killed on Sunday when Houthi shelling hit a market in the city, medics said.")
    assert (ev.actor1["name"], ev.actor2["name"].split(" (")[0]) == ("Ansar Allah (Houthis)", "Civilians")
    [ev] = all_events("Two soldiers were killed by Houthi sniper fire on the southern front on Sunday, an officer said.")
    assert ev.actor1["name"] == "Ansar Allah (Houthis)"


def test_libyas_armed_groups_by_their_names():
    [ev] = all_events("Heavy clashes erupted on Sunday between the 444th Brigade and Stability Support Apparatus fighters in "
                      "the capital, leaving six dead, the health ministry said.")
    assert {ev.actor1["name"], ev.actor2["name"]} == {"444th Combat Brigade", "SSA: Stability Support Apparatus"}
    [ev] = all_events("The Libyan National Army (LNA) said its forces arrested 12 suspected smugglers near the border on Sunday.")
    assert (ev.sub_event_type, ev.actor1["name"]) == ("Arrests", "LNA: Libyan National Army")
