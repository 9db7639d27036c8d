"""Geocoding: places the gazetteer holds under another spelling (transliterations of Arabic, Ukrainian, Somali names)."""
from geocoding.normalize import spelling_key


def places(geoparser, text):
    return [(text[t.start:t.end], t.place.country_code) for t in geoparser.parse(text)]
