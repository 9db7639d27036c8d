"""Geocoding: namesakes, islands, regions and short forms of world and local news (the geofix round)."""


def _places(geoparser, text):
    return [(t.name, t.place.feature_class, t.place.country_code) for t in geoparser.parse(text) if t.place]


def test_a_two_letter_short_form_of_an_area_where_the_report_backs_its_country(geoparser):
    # "UP" (Uttar Pradesh), "WA" (Western Australia, or Washington state) as the papers of that country write them
    found = _places(geoparser, "A leopard mauled two farmers in UP's Bahraich district, officials in Lucknow said.")
    assert ("UP", "A", "IN") in found
    found = _places(geoparser, "A heatwave will grip WA this week, with Perth and Kalgoorlie above 42C.")
    assert ("WA", "A", "AU") in found
    found = _places(geoparser, "It is the earliest large fire in eastern WA, officials in Spokane said.")
    assert ("WA", "A", "US") in found
    # not where the report is in no country of such an area, nor a code papers do not write ("MP", a member)
    assert not any(n == "UP" for n, _, _ in _places(geoparser, "Prices went UP in Berlin and Hamburg on Monday."))
    assert not any(n == "MP" for n, _, _ in _places(geoparser, "The MP visited Bhopal and Indore on Monday."))


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
