"""Geocoding: a quarter of a great city that the gazetteer lacks, named in a report from that city, is not a namesake
town abroad."""
from geocoding.resolve import haversine_km


def test_a_paris_quarter_is_no_ontario_town_though_ontario_has_a_paris(geoparser):
    # Paris, Ont. is some 300 km from Belleville, Ont.: the Ontario namesake of the dateline is no scene near it
    found = [t for t in geoparser.parse(
        "PARIS (AFP) - Two men were wounded in a knife fight in Belleville late on Friday, police said. The Paris "
        "prosecutor opened an inquiry.") if t.name == "Belleville"]
    assert found and all(haversine_km(t.place.lat, t.place.lon, 48.857, 2.352) < 20 for t in found)
