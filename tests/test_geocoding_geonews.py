"""Geocoding: US local news and international health news (town bodies, lists, agencies, pathogens)."""


def names(geoparser, text):
    return [t.name for t in geoparser.parse(text)]


def test_a_list_after_the_capital(geoparser):
    # "Hodeidah, Hajjah and the capital Sanaa" is a list: Hajjah is no qualifier of Hodeidah.
    assert names(geoparser, "Cholera spread in Yemen, with most cases in Hodeidah, Hajjah and the capital Sanaa.") \
        == ["Yemen", "Hodeidah", "Hajjah", "Sanaa"]


def test_news_agencies_and_hemorrhagic_fevers(geoparser):
    # A news agency's name and a hemorrhagic fever named after a town are no places.
    assert names(geoparser, "Xinhua News Agency said 30 people in Beijing had the flu.") == ["Beijing"]
    assert names(geoparser, "The state news agency Xinhua said schools in Shanghai would close.") == ["Shanghai"]
    assert names(geoparser, "Marburg hemorrhagic fever was confirmed in Uganda.") == ["Uganda"]


def _places(geoparser, text):
    return [(t.name, t.place.feature_class, t.place.country_code) for t in geoparser.parse(text)]


def test_a_pathogen_named_after_a_town_stays_one_across_the_report(geoparser):
    # "Lyme disease ... Lyme cases": the pathogen both times; after a place's preposition, the town.
    text = ("A vaccine against Lyme disease was tested in Connecticut. Lyme cases have risen in Maine. "
            "Kenya reported Rift Valley fever in the Rift Valley.")
    found = names(geoparser, text)
    assert "Lyme" not in found and found.count("Rift Valley") == 1
    assert "Lyme" in names(geoparser, "Lyme disease cases rose in towns near Lyme, New Hampshire.")


def test_a_name_with_a_possessive_inside_it(geoparser):
    # "King's Lynn": one town's name (not a king's), where "Syria's Idlib" is an owner and its place.
    assert names(geoparser, "Services from King's Lynn will terminate at Ely, with buses to Cambridge.") \
        == ["King's Lynn", "Ely", "Cambridge"]
    assert names(geoparser, "Shelling hit Syria's Idlib province.") == ["Syria", "Idlib"]
