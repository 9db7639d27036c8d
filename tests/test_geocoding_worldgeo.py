"""Geocoding: international news (datelines with a country, namesakes across countries, capitals for governments)."""


def countries(geoparser, text):
    return [(t.name, t.place.country_code) for t in geoparser.parse(text)]


def test_a_bare_mention_keeps_its_qualified_reading(geoparser):
    # "TRIPOLI, Lebanon" places the name: a later bare "Tripoli" is the same town, not Libya's larger capital.
    found = countries(geoparser, "TRIPOLI, Lebanon - Fishermen in Tripoli said on Monday that fuel prices had "
                                 "doubled. Officials in Beirut promised help.")
    assert [cc for name, cc in found if name.lower() == "tripoli"] == ["LB", "LB"]
