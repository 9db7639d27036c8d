"""Geocoding: international news (datelines with a country, namesakes across countries, capitals for governments)."""


def countries(geoparser, text):
    return [(t.name, t.place.country_code) for t in geoparser.parse(text)]


def test_a_capital_speaking_for_its_government(geoparser):
    # "Moscow said", "Beijing denied": the capital (as LGL annotates it), not a person; a radio's name or a person
    # told of before is still no place.
    assert ("Moscow", "RU") in countries(geoparser, "Moldova declared an emergency, and Moscow said the gas dispute "
                                                    "was a commercial one.")
    assert ("Jakarta", "ID") in countries(geoparser, "Smoke from Sumatra reached Malaysia. Jakarta said it had sent "
                                                     "aircraft.")
    assert "Pyongyang" not in [n for n, _ in countries(geoparser, "Radio Pyongyang said the border was closed.")]
