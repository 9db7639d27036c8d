"""Geocoding: names of institutions, parties, teams, companies and features that hold a place's name or a word
some place bears."""


def names(geoparser, text, demonyms=False):
    return [(t.name, t.place.country_code) for t in geoparser.parse(text, demonyms=demonyms)]


def test_a_lake_or_gulf_named_after_a_country_is_the_water(geoparser):
    # not the country (Nicaragua's centre, Mexico's 1,200 km from the gulf): the water, at UCDP's precision for waters
    for text, name in (("Fishermen on Lake Nicaragua say the water is at its lowest in decades.", "Lake Nicaragua"),
                       ("The Coast Guard searched the Gulf of Mexico off Galveston.", "Gulf of Mexico"),
                       ("A boat carrying 278 people capsized on Lake Kivu on Thursday.", "Lake Kivu")):
        waters = [t for t in geoparser.parse(text) if t.name == name]
        assert [(t.place.feature_class, t.precision) for t in waters] == [("H", 7)]


def test_a_place_after_an_acronyms_possessive_is_whole(geoparser):
    # the FBI's office in New York: not "York", Pennsylvania, left over from a dropped "New York"
    found = names(geoparser, "The FBI's New York field office is investigating, police in Albany said.")
    assert [name for name, cc in found] == ["New York", "Albany"]


def test_a_name_before_brigade_is_the_units(geoparser):
    found = names(geoparser, "KYIV - The Azov brigade said it repelled an assault near Pokrovsk.")
    assert [name for name, cc in found] == ["KYIV", "Pokrovsk"]


def test_a_country_that_is_a_given_name_speaks_for_its_government(geoparser):
    # "India said" in a report the dateline places in India; "India said she would appeal" names a woman
    assert ("India", "IN") in names(geoparser, "NEW DELHI - India said its forces struck nine sites in Pakistan.")
    assert names(geoparser, "India said she would appeal, police in Tulsa said.") == [("Tulsa", "US")]
