"""Geocoding: places the gazetteer holds under another spelling (transliterations of Arabic, Ukrainian, Somali names)."""
from geocoding.normalize import spelling_key


def places(geoparser, text):
    return [(text[t.start:t.end], t.place.country_code) for t in geoparser.parse(text)]


def test_a_name_without_its_article_stands_alone_but_not_a_squashed_phrase(geoparser):
    # "Hodeidah" is Al Hudaydah's "El-Hodeidah" without its article
    assert places(geoparser, "Houthi forces fired a missile from Hodeidah at a passing ship.") == [("Hodeidah", "YE")]
    # "Then I" squashed is India's Theni: no reading without a country to back it
    assert places(geoparser, "Then I realized the house was empty.") == []
