"""Geocoding: international news (datelines with a country, namesakes across countries, capitals for governments)."""


def countries(geoparser, text):
    return [(t.name, t.place.country_code) for t in geoparser.parse(text)]


def test_a_bare_mention_keeps_its_qualified_reading(geoparser):
    # "TRIPOLI, Lebanon" places the name: a later bare "Tripoli" is the same town, not Libya's larger capital.
    found = countries(geoparser, "TRIPOLI, Lebanon - Fishermen in Tripoli said on Monday that fuel prices had "
                                 "doubled. Officials in Beirut promised help.")
    assert [cc for name, cc in found if name.lower() == "tripoli"] == ["LB", "LB"]


def test_a_datelines_country_qualifies_a_town_named_like_a_country(geoparser):
    # "ARMENIA, Colombia -": the Colombian town, not the country Armenia; the dateline is no list of countries.
    found = countries(geoparser, "ARMENIA, Colombia - Coffee growers near the town said on Friday that exports "
                                 "to Europe would rise.")
    assert found[:2] == [("ARMENIA", "CO"), ("Colombia", "CO")]
    assert countries(geoparser, "SALVADOR, Brazil (Reuters) - Rain flooded the city's lower town.")[0] == \
        ("SALVADOR", "BR")
    # a list of countries is still one
    assert countries(geoparser, "Armenia, Georgia and Azerbaijan signed the deal.")[0] == ("Armenia", "AM")


def test_a_capital_speaking_for_its_government(geoparser):
    # "Moscow said", "Beijing denied": the capital (as LGL annotates it), not a person; a radio's name or a person
    # told of before is still no place.
    assert ("Moscow", "RU") in countries(geoparser, "Moldova declared an emergency, and Moscow said the gas dispute "
                                                    "was a commercial one.")
    assert ("Jakarta", "ID") in countries(geoparser, "Smoke from Sumatra reached Malaysia. Jakarta said it had sent "
                                                     "aircraft.")
    assert "Pyongyang" not in [n for n, _ in countries(geoparser, "Radio Pyongyang said the border was closed.")]
