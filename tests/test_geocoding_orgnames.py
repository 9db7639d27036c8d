"""Geocoding: names of institutions, parties, teams, companies and features that hold a place's name or a word
some place bears."""


def names(geoparser, text, demonyms=False):
    return [(t.name, t.place.country_code) for t in geoparser.parse(text, demonyms=demonyms)]


def test_the_and_an_english_word_is_an_institution_not_a_town(geoparser):
    # "The Bank" (a New Hampshire hamlet) is the central bank here, and must not pull Paris to Kentucky.
    found = names(geoparser, "The Bank of England cut rates on Wednesday. The Bank said lenders in Frankfurt "
                             "and Paris had expected the move.")
    assert ("The Bank", "US") not in found
    assert ("Paris", "FR") in found and all(cc != "US" for name, cc in found)
    # a town so named stays one where the sentence frames it as a place
    assert ("The Colony", "US") in names(geoparser, "A man was shot in The Colony, Texas, on Sunday.")


def test_the_word_after_chamber_of_is_the_chambers(geoparser):
    # "Commerce" is a Georgia town, but not in a chamber of commerce's name.
    found = names(geoparser, "The Madison County Chamber of Commerce backed the bond in Huntsville, Ala.")
    assert "Commerce" not in [name for name, cc in found]
    assert ("Madison County", "US") in found


def test_pan_before_a_demonym_names_a_continents_body(geoparser):
    found = names(geoparser, "The Pan American Health Organization said measles cases rose in Bolivia.", demonyms=True)
    assert found == [("Bolivia", "BO")]
    assert ("American", "US") in names(geoparser, "An American doctor was hurt in Bolivia.", demonyms=True)


def test_an_english_word_naming_a_state_abroad_needs_its_country_backed(geoparser):
    # "Rivers" (a Nigerian state) opening a sentence in an Argentine report, "Delta" in an airline's name.
    assert names(geoparser, "Heavy rain hit Argentina. Rivers also burst their banks near Rosario.") == \
        [("Argentina", "AR"), ("Rosario", "AR")]
    assert names(geoparser, "A Delta Air Lines jet flipped over on landing in Toronto.") == [("Toronto", "CA")]
    # where the report backs the country, the state stays
    assert ("Plateau", "NG") in names(geoparser, "Plateau is among Nigeria's most violent states.")


def test_a_states_name_for_a_foreign_ruling_party_is_no_place(geoparser):
    found = names(geoparser, "ASUNCION, Paraguay - The ruling Colorado party won the vote on Sunday, and Colorado "
                             "officials said turnout was high.")
    assert found == [("ASUNCION", "PY"), ("Paraguay", "PY")]


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
