"""Geocoding: British police forces named after the area they serve ("South Yorkshire Police", "West Midlands
Police"): the area is England's, and so are the towns the report names beside it."""


def names(geoparser, text):
    return [(t.name, t.place.country_code) for t in geoparser.parse(text)]
