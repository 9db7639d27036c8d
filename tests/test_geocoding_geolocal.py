"""Geocoding: local news from the UK, Ireland, Canada, Australia, India, Nigeria and South Africa."""


def readings(geoparser, text):
    return [(t.name, t.place.country_code if t.place else None) for t in geoparser.parse(text)]


def test_a_south_asian_colon_dateline_is_the_town(geoparser):
    # "PUNE: ...": the Times of India's and The Hindu's dateline, as "PUNE —" is a wire's.
    found = readings(geoparser, "PUNE: Schools were shut on Thursday after a night of heavy rain.")
    assert found == [("PUNE", "IN")]
    found = readings(geoparser, "KOCHI: The corporation will clear the city's drains before the monsoon, Kerala's "
                                "minister said.")
    assert found[0] == ("KOCHI", "IN")
    # a short acronym before a headline's colon is an organisation's, no dateline
    assert "UN" not in [name for name, _ in readings(geoparser, "UN: Aid to Gaza fell by half in May.")]


def test_the_city_of_a_town_is_its_council_not_a_town_named_the_city(geoparser):
    # "The City of Cape Town said": South African and Australian councils are so named; no American "The City".
    found = readings(geoparser, "The City of Cape Town said buses would run from Bellville on Monday.")
    assert "The City" not in [name for name, _ in found]
    assert readings(geoparser, "The Town of Gawler has closed its pool for repairs, Adelaide officials said.")[0] == \
        ("Gawler", "AU")
