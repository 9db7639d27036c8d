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


def test_uncertain_names_in_one_country_outvote_a_spelling_abroad(geoparser):
    # "Kobani", "Ain al-Arab" (weak and loose) are in Syria: "Sarrin" is no Sarín in Peru.
    found = readings(geoparser, "Drones hit the outskirts of Kobani, also known as Ain al-Arab, on Monday after shelling "
                                "near Sarrin.")
    assert ("Sarrin", "PE") not in found
    # alone, a town spelt otherwise still stands ("70 nm west of Hodeidah")
    assert readings(geoparser, "Shelling was reported near Mokha on Friday.") == [("Mokha", "YE")]


def test_a_dateline_agency_with_digits_in_its_name(geoparser):
    # "(Kurdistan24)", "(France24)": the agency before the dash, so the capitals open a dateline.
    found = readings(geoparser, "DUHOK, Kurdistan Region (Kurdistan24) - Two shepherds were wounded by a mine on Friday.")
    assert found[0] == ("DUHOK", "IQ")


def test_french_ou_is_also_the_arabic_diphthong_aw(geoparser):
    # "Hadramout" is Yemen's Hadramawt (ou for aw): framed by its area word, backed by a town of Yemen
    found = readings(geoparser, "Gunmen ambushed an army patrol on the coast road out of Mukalla in Hadramout "
                                "governorate on Tuesday.")
    assert ("Hadramout", "YE") in found


def test_a_framed_name_with_a_far_namesake_as_written_is_read_as_spelt_where_the_report_backs_it(geoparser):
    # "Kufra" is a Turkish town's alternate name as written, Libya's Al Kufrah as spelt; "al-Mahra" an Ivorian
    # village's as written, Yemen's Al Mahrah as spelt. Libyan and Yemeni names back the spelt readings.
    found = readings(geoparser, "Libyan coastguards said the migrants had set out from Kufra before reaching Tobruk.")
    assert ("Kufra", "LY") in found
    found = readings(geoparser, "Yemeni officials said tribesmen in al-Mahra had blocked the road to Nishtun.")
    assert ("al-Mahra", "YE") in found
    # with nothing to back it, a loose reading does not stand
    assert ("Kufra", "LY") not in readings(geoparser, "The film crew stayed near Kufra for a week.")
