"""Middle East conflict copy of 2024-2026: Gaza tolls, IDF statements, West Bank raids, Lebanon, Yemen, Syria, Iraq."""
import datetime as dt

from extraction import extract_events
from tests.test_extraction_perplace import GAZA_CITY, KHAN_YOUNIS, RAFAH, by_place, events

FRI = dt.date(2025, 8, 29)


def one(text):
    [ev] = extract_events(text, published_at=FRI, toponyms=[], locations=[])
    return ev


def test_what_an_army_strikes_by_name_is_an_air_strike():
    assert one("The army struck a militia command centre near the river on Thursday.").sub_event_type == "Air/drone strike"
    ev = one("Israel struck the southern suburbs of the capital on Thursday, hitting a block of flats.")
    assert (ev.sub_event_type, ev.actor1["name"]) == ("Air/drone strike", "Military Forces of Israel")
    ev = one("The IDF struck Hezbollah weapons storage sites in the south on Wednesday.")
    assert (ev.sub_event_type, ev.actor2["name"]) == ("Air/drone strike", "Hezbollah")
