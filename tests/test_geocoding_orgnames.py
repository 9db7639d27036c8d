"""Geocoding: names of institutions, parties, teams, companies and features that hold a place's name or a word
some place bears."""


def names(geoparser, text, demonyms=False):
    return [(t.name, t.place.country_code) for t in geoparser.parse(text, demonyms=demonyms)]
