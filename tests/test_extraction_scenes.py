"""The event's place when the gazetteer lacks the village, township or regency the act's sentence names."""
import datetime as dt

from extraction import extract_events
from geocoding.model import Place
from tests.test_extraction_events import toponym

SITTWE = Place(1295765, "Sittwe", 20.146, 92.898, "P", "PPLA", "MM", "01", 177743)
JAYAPURA = Place(2082600, "Jayapura", -2.534, 140.718, "P", "PPLA", "ID", "36", 134895)
BAMAKO = Place(2460596, "Bamako", 12.65, -8.0, "P", "PPLC", "ML", "08", 1297281)
MOPTI = Place(2453347, "Mopti", 14.514, -3.646, "A", "ADM1", "ML", "04", 2037330)
DAY = dt.date(2025, 4, 7)


def scene(text, places):
    tops = [toponym(text, name, place, 4 if place.feature_code == "ADM1" else 1) for name, place in places]
    evs = extract_events(text, published_at=DAY, toponyms=tops, locations=[])
    return [(ev.location["name"], ev.location["precision"]) for ev in evs if ev.location]


def test_a_township_the_gazetteer_lacks_is_in_the_datelines_region_not_its_town():
    text = "SITTWE, April 7 - The Arakan Army said on Sunday it had overrun a junta outpost in Paletwa township."
    assert scene(text, [("SITTWE", SITTWE)])[0] == ("Rakhine", 4)


def test_a_regency_the_gazetteer_lacks_is_in_the_datelines_province():
    text = "JAYAPURA, April 7 - Soldiers shot dead three rebels in a raid on a camp in Puncak regency on Sunday."
    assert scene(text, [("JAYAPURA", JAYAPURA)])[0] == ("Papua", 4)


def test_an_unknown_village_in_a_named_region_is_in_that_region():
    text = "BAMAKO (Reuters) - Gunmen attacked the village of Sokoura in the Mopti region on Sunday, killing nine civilians."
    assert scene(text, [("BAMAKO", BAMAKO), ("Mopti", MOPTI)])[0] == ("Mopti", 4)


def test_a_neighbourhood_the_gazetteer_lacks_stays_in_the_dateline_town():
    text = "SITTWE, April 7 - A shell struck a house in the Mingan neighbourhood on Sunday, killing two people."
    assert scene(text, [("SITTWE", SITTWE)])[0] == ("Sittwe", 1)


FANO_ITALY = Place(3176959, "Fano", 43.84, 13.02, "P", "PPL", "IT", "57", 60888)


def test_a_name_of_an_armed_group_of_another_country_is_no_place_of_the_report():
    # "Fano-controlled" is no mention of the militia (the hyphen), and its name no town of Italy: the civilians
    # killed are not Italy's
    text = "Nine civilians were killed in fighting in Fano-controlled areas on Tuesday, a hospital official said."
    (ev,) = extract_events(text, published_at=DAY, toponyms=[toponym(text, "Fano", FANO_ITALY, 1)], locations=[])
    assert ev.location is None and ev.actor2["country"] != "Italy"
