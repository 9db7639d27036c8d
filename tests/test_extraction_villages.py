"""Where an event is placed when the report names a village and the district, LGA, territory or raion it lies in."""
import datetime as dt

from extraction import extract_events
from geocoding.model import Place
from tests.test_extraction_events import toponym

LUBERO_TOWN = Place(212902, "Lubero", -0.158, 29.239, "P", "PPL", "CD", "11", 0)
DAY = dt.date(2025, 6, 10)


def scene(text, places):
    tops = [toponym(text, name, place, precision, nth) for name, place, precision, nth in places]
    evs = extract_events(text, published_at=DAY, toponyms=tops, locations=[])
    return [(ev.location["name"], ev.location["precision"]) for ev in evs if ev.location]


def test_a_headline_town_stands_for_the_district_the_body_names():
    # the body names Lubero only as its territory (the town, read with "territory" after it, at precision 3):
    # the headline's "in Lubero" is that territory, not the town
    text = ("Five civilians killed in Lubero\n\nGunmen killed five civilians on Sunday night in a village of Lubero "
            "territory, the administrator said.")
    places = [("Lubero", LUBERO_TOWN, 1, 0), ("Lubero", LUBERO_TOWN, 3, 1)]
    assert scene(text, places) == [("Lubero", 3)]

RAIPUR = Place(1258662, "Raipur", 21.233, 81.633, "P", "PPLA", "IN", "37", 0)
BIJAPUR_DISTRICT = Place(11153000, "Bijapur", 18.9, 80.722, "A", "ADM2", "IN", "37", 0)


def test_a_dateline_ending_in_a_colon_is_where_the_report_was_filed():
    # "RAIPUR: ...": as "RAIPUR (Reuters) -", the district the act's sentence names is the scene, not the dateline
    text = "RAIPUR: Maoists killed a villager in Pedakorma village of Bijapur district on Sunday night, police said."
    assert scene(text, [("RAIPUR", RAIPUR, 1, 0), ("Bijapur", BIJAPUR_DISTRICT, 3, 0)]) == [("Bijapur", 3)]
