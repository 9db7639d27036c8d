"""Geocoding: conflict copy from Europe, the Caucasus and Turkey."""


def test_kosovo_is_the_country_not_kosovo_polje(geoparser):
    # "Kosovo" is also an alternate name of the town Kosovo Polje: the bare name is the country.
    found = geoparser.parse("Masked gunmen ambushed a patrol in northern Kosovo on Sunday, Kosovo police said.")
    assert [(t.place.name, t.place.feature_code) for t in found] == [("Kosovo", "PCLI")] * 2
