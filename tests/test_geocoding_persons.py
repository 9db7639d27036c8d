"""Geocoding: people's names that some town also bears, in local crime and conflict news."""


def names(geoparser, text):
    return [t.name for t in geoparser.parse(text)]


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
