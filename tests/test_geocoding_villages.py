"""A village named with the district, LGA, territory or raion it lies in: where the report puts it."""


def precisions(geoparser, text):
    return [(text[t.start:t.end], t.place.country_code, t.precision) for t in geoparser.parse(text)]


def test_the_area_after_a_village_of_is_the_area_not_a_village(geoparser):
    # "X village of Y district": "village of" names X; Y, with "district" after it, is the area (UCDP 3)
    text = "Militants attacked a checkpost in Mamash Khel village of Bannu district on Monday night."
    assert precisions(geoparser, text)[-1] == ("Bannu", "PK", 3)
    # ... while "the town of Kandahar" is still the town
    assert precisions(geoparser, "Gunmen shot a shopkeeper in the town of Kandahar on Monday.")[-1] == ("Kandahar", "AF", 1)


def test_the_area_named_after_a_district_s_word_qualifies_it(geoparser):
    # "Mambasa territory, Ituri": Ituri (Congo) qualifies Mambasa, so no Kenyan Mombasa by a loose spelling
    text = "Rebels killed four people in Bandulu, a village in Mambasa territory, Ituri, on Friday."
    assert [name for name, _, _ in precisions(geoparser, text)] == ["Ituri"]
    # ... and a township's region rules out a namesake abroad ("Kani" in Japan)
    text = "Resistance fighters ambushed a junta column in Kani township, Sagaing Region, on Friday."
    assert [cc for _, cc, _ in precisions(geoparser, text)] == ["MM"]

