"""Geocoding of war reports of Syria and Iraq (the isisfix round): short reports of our own."""


def _places(geoparser, text):
    return {text[t.start:t.end]: t.place for t in geoparser.parse(text) if t.place is not None}


def test_a_short_form_of_a_local_town_over_a_namesake_an_ocean_away(geoparser):
    # Morocco's Taza is the gazetteer's only "Taza"; the report's Taza is Taza Khurmatu, 20 km south of Kirkuk
    text = ("KIRKUK, Iraq - Islamic State militants fired rockets at the town of Taza, south of Kirkuk, on Wednesday, "
            "killing two residents, local officials said.")
    taza = _places(geoparser, text)["Taza"]
    assert taza.country_code == "IQ" and abs(taza.lat - 35.30) < 0.2 and abs(taza.lon - 44.33) < 0.2


def test_an_arabic_name_spelt_with_dh_and_its_article_unassimilated(geoparser):
    # the gazetteer has "Abu ad Duhur"; the press writes "Abu al-Dhuhur" (and "Abu" alone must not stand for it)
    text = "Syrian troops advanced near Abu al-Dhuhur in the southeastern countryside of Idlib on Saturday."
    found = _places(geoparser, text)
    assert "Abu al-Dhuhur" in found and found["Abu al-Dhuhur"].country_code == "SY"
    assert abs(found["Abu al-Dhuhur"].lat - 35.74) < 0.1
