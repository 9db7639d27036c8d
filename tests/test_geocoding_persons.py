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
