"""Geocoding: people's names that some town also bears, in local crime and conflict news."""


def names(geoparser, text):
    return [t.name for t in geoparser.parse(text)]


def test_what_only_a_person_does_after_a_name(geoparser):
    # Arrested, shot, charged, a lawyer of one's own: a person, whatever the first name; a locative word before
    # keeps the town, and a town may still face what is no charge.
    assert names(geoparser, "Laronn Moultrie was arrested without incident on Tuesday in Lumberton, police said.") \
        == ["Lumberton"]
    assert names(geoparser, "Moultrie's attorney said his client would plead not guilty in Fayetteville.") \
        == ["Fayetteville"]
    assert names(geoparser, "A man from Moultrie was arrested on Friday after a shooting at a gas station.") \
        == ["Moultrie"]
    assert names(geoparser, "Police said Bradford faces two counts of robbery in Erie.") == ["Erie"]
    assert names(geoparser, "Despite its leafy image, Richmond faces the same challenges.") == ["Richmond"]


def test_last_names_of_people_told_with_an_unknown_first_name(geoparser):
    # A name told with an age, after "N-year-old" or "identified as", or with an initial (a compass letter after a
    # first name), is a person's whatever the first name, a generation's suffix and a hyphen aside; its last word
    # told later on its own is that person.
    for text, place in (
            ("Jamez J. Webb II, 21, was charged. Webb was one of 12 people indicted by a grand jury in Toledo.", "Toledo"),
            ("Deputies arrested 35-year-old Areial Lasalle in Metairie. Lasalle was held in the parish jail.",
             "Metairie"),
            ("The coroner identified the victim as Jamaal Grimes. Police said Grimes had a gun in Dothan.", "Dothan"),
            ("Tayan E. Moultrie of Zion was charged. Police said Moultrie had a gun.", "Zion"),
            ("Kyle Brown-Edwards was killed in New Haven. Police found Edwards with a gunshot wound.", "New Haven"),
            ("Laronn Sumter, 26, was arrested in Charlotte. Sumter had a gun.", "Charlotte")):
        assert names(geoparser, text) == [place], text
    # ... but a name after "19-year-old from" is a place.
    assert names(geoparser, "A 19-year-old from Sumter was arrested after the shooting in Columbia.") \
        == ["Sumter", "Columbia"]
    # ... nor one that a generation's suffix or a person's noun follows ("a 35-year-old Old Metairie man").
    assert names(geoparser, "Tensions eased under George Bush Sr and his secretary of state James Baker in Israel.") \
        == ["Israel"]
    assert names(geoparser, "A 35-year-old Old Metairie man was shot. Police said Metairie was quiet.") \
        == ["Metairie", "Metairie"]


def test_names_a_title_opens_and_places_a_preposition_keeps(geoparser):
    # A title opens a person's name whatever the first name ("army spokesman Onyema Gusau"); a last name told before
    # is a place after 'in' ("Police in Jackson"), and a town after 'the', a compass word or a possessive stays one
    # whatever follows.
    assert names(geoparser, "Troops killed 20 insurgents in Bama, according to army spokesman Onyema Gusau.") \
        == ["Bama"]
    assert names(geoparser, "Tyrone Jackson was shot and killed Sunday night. Police in Jackson said the shooter fled.") \
        == ["Jackson"]
    assert names(geoparser, "Six people at a pool party in southwest Miami-Dade were hospitalized.") == ["Miami-Dade"]
    assert names(geoparser, "Deshawn Sanchez, 28, of the Bronx allegedly provided a handgun.") == ["Bronx"]


def test_a_last_name_that_is_a_country_s_needs_the_country_backed(geoparser):
    # "Holland" and "Jordan" are countries' names and people's: told as a person's last name, the name alone later is
    # that person unless the report backs the country; a continent's name is nobody's.
    assert names(geoparser, "Steven Andrew Holland, 24, was charged in Dalton. Holland told officers a group had "
                            "harassed his wife.") == ["Dalton"]
    assert names(geoparser, "Dutch police said Pieter Holland, 44, was held in Amsterdam. Holland has few such "
                            "cases.") == ["Amsterdam", "Holland"]
    assert names(geoparser, "Aid workers met Grace Africa, 30, in Nairobi. Africa needs more clinics, she said.") \
        == ["Nairobi", "Africa"]


def test_a_political_party_named_like_a_town_is_no_place(geoparser):
    assert "Morena" not in names(geoparser, "A candidate of the ruling Morena party was shot dead in Celaya.")
    assert names(geoparser, "Two teenagers were shot at an Arlington party.") == ["Arlington"]


def test_a_nickname_in_quotes_between_a_person_s_names_is_no_place(geoparser):
    assert names(geoparser, 'Sons of Joaquin "El Chapo" Guzman fought in Culiacan.') == ["Culiacan"]
