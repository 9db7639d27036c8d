"""Geocoding: places in conflict reports from Myanmar, the Philippines, Pakistan, India's Kashmir and Maoist belt,
Thailand's deep south, Papua and the Chittagong Hill Tracts."""


def names(geoparser, text):
    return [(text[t.start:t.end], t.place.country_code, t.place.feature_code) for t in geoparser.parse(text)]


def test_a_name_joined_by_and_is_one_place_where_the_gazetteer_knows_it_whole(geoparser):
    # "Jammu and Kashmir" is the territory, not the city of Jammu and then Kashmir (which made the city the scene of
    # an act "in Jammu and Kashmir's Doda district")
    assert names(geoparser, "Four soldiers were killed in Jammu and Kashmir's Doda district on Monday.") == [
        ("Jammu and Kashmir", "IN", "ADM1"), ("Doda", "IN", "ADM2")]
    assert [n for n, _, _ in names(geoparser, "He flew from Trinidad and Tobago to Guyana.")] == [
        "Trinidad and Tobago", "Guyana"]
    # two places joined by "and" stay two
    assert [n for n, _, _ in names(geoparser, "Clashes in Raqqa and Deir ez-Zor killed 12.")] == ["Raqqa", "Deir ez-Zor"]
