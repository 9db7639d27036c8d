"""Geocoding: Middle East and North Africa conflict copy (Syria, Iraq, Yemen, Libya) and its transliterations."""


def readings(geoparser, text):
    return [(t.name, t.place.country_code if t.place else None) for t in geoparser.parse(text)]
