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
