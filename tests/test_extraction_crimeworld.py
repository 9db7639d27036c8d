"""Violent-crime reports from outside the US (UK and Ireland, South Africa, Nigeria and Kenya, India and Pakistan,
Australia and Canada, the Caribbean): their dead and hurt counted as on US reports."""
import datetime as dt

from extraction import extract_events

DAY = dt.date(2025, 9, 4)


def counts(text):
    evs = extract_events(text, published_at=DAY, toponyms=[], locations=[])
    return [((ev.killed or {}).get("best"), (ev.wounded or {}).get("best")) for ev in evs]


def test_a_murder_toll_is_the_countrys_running_count_not_the_acts():
    text = ("Man shot dead outside his home; murder toll climbs to 240\n\n"
            "A 30-year-old man was shot and killed outside his home on Wednesday night.")
    assert counts(text)[0] == (1, None)


def test_the_dead_split_by_where_they_died_are_the_toll_told_before():
    text = ("Seven killed in bar shooting\n\nSeven people were killed when gunmen opened fire at a bar on Saturday "
            "night. Five people died at the scene and two more died in hospital.")
    assert counts(text)[0][0] == 7


def test_another_hurt_beside_the_dead_is_the_one_hurt_told_in_the_title():
    text = ("2 men dead, 1 injured after shooting\n\nTwo men are dead and another is injured after a shooting on "
            "Friday night. Two men were pronounced dead at the scene. A third man was taken to hospital with serious "
            "injuries.")
    assert counts(text)[0] == (2, 1)


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
