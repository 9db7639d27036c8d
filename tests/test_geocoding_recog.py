"""Geocoding: multiword names in world and local news (a name's opening word, landmarks, paired provinces)."""
from geocoding.resolve import haversine_km


def test_the_remainder_of_a_name_after_its_opening_word_is_no_place_elsewhere(geoparser):
    # "Tanah Abang" (Jakarta's market quarter), "Las Bambas" (a Peruvian mine), "Avenida Brasil" (a street): the
    # gazetteer lacks the whole name, and "Abang", "Bambas", "Brasil" alone are far places named so
    text = ("JAKARTA - A fire destroyed 40 kiosks at Tanah Abang market in central Jakarta. In Peru, protesters "
            "blocked the road to the Las Bambas mine. In Rio de Janeiro, traffic on Avenida Brasil was halted.")
    names = {t.name for t in geoparser.parse(text)}
    assert not names & {"Abang", "Bambas", "Brasil"}
    assert {"Jakarta", "Peru", "Rio de Janeiro"} <= names
