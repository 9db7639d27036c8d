"""Geocoding: US local news and international health news (town bodies, lists, agencies, pathogens)."""


def names(geoparser, text):
    return [t.name for t in geoparser.parse(text)]


def test_a_towns_body_after_an_english_word_or_a_given_name(geoparser):
    # "the Mobile City Council", "Florence Mayor Jane Doe", "Xenia Community Schools": the town's council, mayor,
    # schools or police, where the report backs its country; not a chamber's name ("Chamber of Commerce Mayor's").
    assert "Mobile" in names(geoparser, "The Mobile City Council voted on Tuesday to repave roads near Baldwin County.")
    assert "Reading" in names(geoparser, "The Reading School Board met in Berks County, Pennsylvania, on Monday.")
    assert "Florence" in names(geoparser, "Florence Mayor Andy Moore said crews from Muscle Shoals helped, Alabama "
                                          "officials said.")
    assert "Xenia" in names(geoparser, "Xenia Community Schools closed because of ice in Greene County, Ohio.")
    assert "Commerce" not in names(geoparser, "He spoke at the Chamber of Commerce Mayor's Breakfast in Athens, "
                                              "Georgia, on Friday.")
    # a given name before another name is still a person's
    assert "Tyler" not in names(geoparser, "The board named Tyler Davis, a principal from Longview, Texas.")


def test_a_list_after_the_capital(geoparser):
    # "Hodeidah, Hajjah and the capital Sanaa" is a list: Hajjah is no qualifier of Hodeidah.
    assert names(geoparser, "Cholera spread in Yemen, with most cases in Hodeidah, Hajjah and the capital Sanaa.") \
        == ["Yemen", "Hodeidah", "Hajjah", "Sanaa"]


def test_news_agencies_and_hemorrhagic_fevers(geoparser):
    # A news agency's name and a hemorrhagic fever named after a town are no places.
    assert names(geoparser, "Xinhua News Agency said 30 people in Beijing had the flu.") == ["Beijing"]
    assert names(geoparser, "The state news agency Xinhua said schools in Shanghai would close.") == ["Shanghai"]
    assert names(geoparser, "Marburg hemorrhagic fever was confirmed in Uganda.") == ["Uganda"]
