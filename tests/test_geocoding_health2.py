"""Geocoding: international health news (towns that name a disease, regions named like a people, wire datelines)."""


def names(geoparser, text):
    return [t.name for t in geoparser.parse(text)]


def _place(geoparser, text, surface):
    return next((t.place for t in geoparser.parse(text) if text[t.start:t.end] == surface), None)


def test_a_town_that_names_a_disease_is_the_town_where_a_place_word_frames_it(geoparser):
    # "Marburg virus" is the pathogen's wherever the report names it, but "the city of Marburg" is the town.
    text = ("Uganda confirmed a case of Marburg virus disease. The virus is named after the German city of Marburg, "
            "where lab workers fell ill in 1967.")
    assert names(geoparser, text).count("Marburg") == 1
    place = _place(geoparser, text, "Marburg")
    assert place is not None and place.country_code == "DE"
    # (the pathogen itself stays no place)
    assert "Marburg" not in names(geoparser, "Marburg virus disease was confirmed in Uganda on Friday.")


def test_a_peoples_name_before_an_area_word_is_the_region(geoparser):
    # "Somali" is the people of Somalia, but "the Somali and Amhara regions" are Ethiopia's.
    text = "Cholera has spread from Oromia to the Somali and Amhara regions of Ethiopia, the ministry said."
    place = _place(geoparser, text, "Somali")
    assert place is not None and place.country_code == "ET" and place.feature_code == "ADM1"
    place = _place(geoparser, "Aid reached the Somali region of Ethiopia on Monday.", "Somali")
    assert place is not None and place.country_code == "ET"
    # the people stay a people
    assert "Somali" not in [t.name for t in geoparser.parse("Somali officials met Kenyan doctors in Nairobi.")
                            if t.kind == "name"]


def test_a_name_in_a_datelines_agency_slot_is_the_wire(geoparser):
    # "Guangzhou, China (Xinhua) --": the agency, not a Chinese village bearing its name.
    assert names(geoparser, "Guangzhou, China (Xinhua) -- Foshan reported 2,400 chikungunya cases on Sunday.") \
        == ["Guangzhou", "China", "Foshan"]


def test_a_title_case_dateline_town_that_is_an_english_word(geoparser):
    # "Juba, South Sudan —": the capital, though "juba" is also a word; not a sentence's "Will, ..."
    text = "Juba, South Sudan — A hepatitis E outbreak has killed 26 people in Bentiu."
    place = _place(geoparser, text, "Juba")
    assert place is not None and place.country_code == "SS"
    assert names(geoparser, "Will, the officer said, be questioned in Topeka.") == ["Topeka"]


def test_a_countrys_own_landscape_named_in_a_disease_is_the_landscape(geoparser):
    # "Rift Valley fever" is the pathogen's, but "Kenya's Rift Valley" standing alone is the valley.
    text = "The disease, first identified in Kenya's Rift Valley in the 1930s, is Rift Valley fever."
    assert names(geoparser, text) == ["Kenya", "Rift Valley"]
    # (the place's disease stays the disease: "Connecticut's Lyme cases")
    assert names(geoparser, "Lyme disease is common there. Connecticut's Lyme cases rose.") == ["Connecticut"]


def test_a_given_span_with_its_area_word_in_lower_case(geoparser):
    # A given span "Sofala province" is Mozambique's province, as "Sofala Province" is.
    text = "Flooding destroyed water systems in Mozambique's Sofala province, the agency said."
    start = text.index("Sofala")
    [toponym] = geoparser.resolve(text, [(start, start + len("Sofala province"))])
    assert toponym.place is not None and toponym.place.country_code == "MZ" and toponym.place.feature_code == "ADM1"


def test_a_likeness_is_no_place(geoparser):
    # "a Norwalk-like illness", "Marburg-like cases": a pathogen's likeness, not the town; "Houston-based" still is.
    assert names(geoparser, "A Norwalk-like illness sickened passengers bound for Hawaii.") == ["Hawaii"]
    assert names(geoparser, "A Houston-based lab tested Marburg-like cases.") == ["Houston"]


def test_a_university_named_after_a_given_name_is_no_small_town(geoparser):
    # "Emory University Hospital in Atlanta": no Texas town Emory, which would drag Atlanta to Texas.
    text = "Two aid workers were flown to Emory University Hospital in Atlanta for treatment."
    assert names(geoparser, text) == ["Atlanta"]
    assert _place(geoparser, text, "Atlanta").admin1 == "GA"
