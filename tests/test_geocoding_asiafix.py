"""A small place told with the town or local area it lies in ("Barangay San Jose, Sipalay City", "Nyaung Kone village,
Monywa Township", "the village of X in Y district") lies near that container: a namesake far off is another place."""
import pytest

from geocoding import Geoparser


@pytest.fixture(scope="module")
def parser():
    return Geoparser()


def placed(parser, text):
    return {t.name: (t.place.name if t.place else None, t.precision) for t in parser.parse(text)}


def test_a_barangay_far_from_its_city_has_no_point_and_the_city_is_near_the_event(parser):
    got = placed(parser, "Rebels ambushed an army patrol in Barangay San Jose, Sipalay City, on Tuesday.")
    assert got.get("San Jose", (None,))[0] is None  # (not a San Jose 100 km off)
    assert got["Sipalay"] == ("Sipalay", 2)  # (UCDP's 2: within about 25 km of a known point)
    got = placed(parser, "Troops torched houses in Nyaung Kone village, Monywa Township, on Sunday.")
    assert got.get("Nyaung Kone", (None,))[0] is None and got["Monywa"][0] == "Monywa"


def test_a_list_of_towns_is_no_town_in_a_city(parser):
    got = placed(parser, "Rallies were held in Davao, Quezon City and Cebu on Sunday.")
    assert got["Davao"][0] == "Davao"
