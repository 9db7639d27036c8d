"""Geocoding: namesakes, islands, regions and short forms of world and local news (the geofix round)."""


def _places(geoparser, text):
    return [(t.name, t.place.feature_class, t.place.country_code) for t in geoparser.parse(text) if t.place]


def test_an_island_or_a_coastal_region_is_no_far_namesake_town(geoparser):
    # "Sagar Island" (West Bengal) is no inland Sagar a thousand kilometres off: better no point
    found = _places(geoparser, "Pilgrims crowded ferries from Kakdwip to Sagar Island, officials in Kolkata said.")
    assert not any(n == "Sagar" for n, _, _ in found) and ("Kakdwip", "P", "IN") in found
    # ... but an island's own town near the report's places stands ("Bhola Island", Bhola near Barisal)
    found = _places(geoparser, "Cyclone shelters opened on Bhola Island and in Barisal and Patuakhali on Sunday.")
    assert ("Bhola", "P", "BD") in found
    # a compass word and a coast or a bay: the report's region, not a far town of the name
    found = _places(geoparser, "Growers on the Central Coast lost grapes to frost near Paso Robles, California.")
    assert ("Central Coast", "L", "US") in found
    found = _places(geoparser, "A swimmer drowned on the Central Coast near Gosford, north of Sydney.")
    assert ("Central Coast", "P", "AU") in found
    found = _places(geoparser, "Cooling centers open in the South Bay, in Torrance and Redondo Beach, California.")
    assert not any(n == "South Bay" for n, _, _ in found) and ("Torrance", "P", "US") in found
