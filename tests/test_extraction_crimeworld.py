"""Violent-crime reports from outside the US (UK and Ireland, South Africa, Nigeria and Kenya, India and Pakistan,
Australia and Canada, the Caribbean): their dead and hurt counted as on US reports."""
import datetime as dt

from extraction import extract_events

DAY = dt.date(2025, 9, 4)


def counts(text):
    evs = extract_events(text, published_at=DAY, toponyms=[], locations=[])
    return [((ev.killed or {}).get("best"), (ev.wounded or {}).get("best")) for ev in evs]


def scene(text):
    from extraction import process_report
    from geocoding import Geoparser
    out = process_report({"id": "x", "text": text, "published_at": "2025-05-17"}, Geoparser())
    return out["events"][0]["location"]["name"]


def test_a_town_after_the_comma_holds_the_quarter_the_gazetteer_read_as_a_far_town():
    # Hanover Park is a Cape Town suburb (and an Illinois village)
    assert scene("Two men were shot dead in Hanover Park, Cape Town, on Thursday evening.") == "Cape Town"


def test_a_smaller_town_after_the_comma_holds_no_quarter():
    # "St James" is Montego Bay's parish (and a village in New York): the city stays the scene
    text = "Two men were shot and killed by gunmen in the Flanker community of Montego Bay, St James, on Sunday."
    assert scene(text) == "Montego Bay"


def test_a_quarter_told_with_its_kind_before_the_comma_is_the_towns():
    assert scene("A suspected thief was lynched by a mob in Langas estate, Eldoret, on Thursday.") == "Eldoret"
