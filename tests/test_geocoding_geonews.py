"""Geocoding: US local news and international health news (town bodies, lists, agencies, pathogens)."""


def names(geoparser, text):
    return [t.name for t in geoparser.parse(text)]


def _places(geoparser, text):
    return [(t.name, t.place.feature_class, t.place.country_code) for t in geoparser.parse(text)]
