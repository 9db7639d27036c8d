"""Geocoding: US local news and international health news (town bodies, lists, agencies, pathogens)."""


def names(geoparser, text):
    return [t.name for t in geoparser.parse(text)]


def test_news_agencies_and_hemorrhagic_fevers(geoparser):
    # A news agency's name and a hemorrhagic fever named after a town are no places.
    assert names(geoparser, "Xinhua News Agency said 30 people in Beijing had the flu.") == ["Beijing"]
    assert names(geoparser, "The state news agency Xinhua said schools in Shanghai would close.") == ["Shanghai"]
    assert names(geoparser, "Marburg hemorrhagic fever was confirmed in Uganda.") == ["Uganda"]


def _places(geoparser, text):
    return [(t.name, t.place.feature_class, t.place.country_code) for t in geoparser.parse(text)]


def test_a_name_with_a_possessive_inside_it(geoparser):
    # "King's Lynn": one town's name (not a king's), where "Syria's Idlib" is an owner and its place.
    assert names(geoparser, "Services from King's Lynn will terminate at Ely, with buses to Cambridge.") \
        == ["King's Lynn", "Ely", "Cambridge"]
    assert names(geoparser, "Shelling hit Syria's Idlib province.") == ["Syria", "Idlib"]
