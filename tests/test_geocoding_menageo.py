"""Geocoding: Middle East and North Africa conflict copy (Syria, Iraq, Yemen, Libya) and its transliterations."""


def readings(geoparser, text):
    return [(t.name, t.place.country_code if t.place else None) for t in geoparser.parse(text)]


def test_a_name_that_is_its_own_spelling_key_finds_the_names_bent_to_it(geoparser):
    # "Hawija" is the spelling key of the gazetteer's "Hawijah": a framed name found by no other key finds it.
    assert readings(geoparser, "Two gunmen were arrested in Hawija on Friday, police said.") == [("Hawija", "IQ")]


def test_a_sea_leaves_a_town_spelt_otherwise_standing(geoparser):
    # the Red Sea is in no country, so it cannot tell whether "Mokha" is Yemen's Mocha: the town stands alone.
    found = readings(geoparser, "A ship was hit about 30 nautical miles west of Mokha in the Red Sea on Tuesday.")
    assert found == [("Mokha", "YE"), ("Red Sea", None)]


def test_french_ou_is_also_the_arabic_diphthong_aw(geoparser):
    # "Hadramout" is Yemen's Hadramawt (ou for aw): framed by its area word, backed by a town of Yemen
    found = readings(geoparser, "Gunmen ambushed an army patrol on the coast road out of Mukalla in Hadramout "
                                "governorate on Tuesday.")
    assert ("Hadramout", "YE") in found
