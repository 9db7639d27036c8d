"""The event's place names its admin areas as ACLED does (admin1, admin2: names), the GeoNames codes beside them."""
from functools import partial

from geocoding.gazetteer import Gazetteer
from tests.extraction_helpers import first_location

_location = partial(first_location, published="2024-03-05")


def test_a_syrian_town_names_its_governorate():
    loc = _location("HOMS, Syria (Reuters) - A car bomb exploded in a crowded market in Homs on Tuesday, killing "
                    "seven people, state media said.")
    assert (loc["admin1"], loc["admin1_code"], loc["country_code"]) == ("Homs", "11", "SY")


def test_a_us_town_names_its_state_and_county():
    loc = _location("EVANSTON, Ill. - Two men were shot and wounded outside a bar in Evanston early Sunday, "
                    "police said.")
    assert (loc["admin1"], loc["admin2"]) == ("Illinois", "Cook County")
    assert (loc["admin1_code"], loc["admin2_code"]) == ("IL", "031")


def test_a_province_event_names_its_own_area_and_no_district():
    loc = _location("Fighting between the army and militants in Homs province killed four soldiers on Monday, "
                    "a war monitor said.")
    assert loc["precision"] == 4
    assert (loc["admin1"], loc["admin2"], loc["admin1_code"]) == ("Homs", None, "11")
    assert loc["name"] == "Homs"    # the area's own name spelt as its admin1 is, not GeoNames' "Ḩimş"


def test_gazetteer_names_areas_by_codes():
    g = Gazetteer.default()
    assert g.admin_name("SY", "11") == "Homs"           # GeoNames' "Ḩimş": its plain English alias
    assert g.admin_name("US", "IL") == "Illinois"
    assert g.admin_name("US", "IL", "031") == "Cook County"
    assert g.admin_name("US", "ZZ") is None
    evanston = next(p for p in g.candidates("Evanston") if p.admin1 == "IL")
    assert evanston.admin2 == "031"
