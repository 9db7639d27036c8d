"""Geocoding: local news from the UK, Ireland, Canada, Australia, India, Nigeria and South Africa."""


def readings(geoparser, text):
    return [(t.name, t.place.country_code if t.place else None) for t in geoparser.parse(text)]


def test_the_city_of_a_town_is_its_council_not_a_town_named_the_city(geoparser):
    # "The City of Cape Town said": South African and Australian councils are so named; no American "The City".
    found = readings(geoparser, "The City of Cape Town said buses would run from Bellville on Monday.")
    assert "The City" not in [name for name, _ in found]
    assert readings(geoparser, "The Town of Gawler has closed its pool for repairs, Adelaide officials said.")[0] == \
        ("Gawler", "AU")
