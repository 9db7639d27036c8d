"""Geocoding: international news (datelines with a country, namesakes across countries, capitals for governments)."""


def countries(geoparser, text):
    return [(t.name, t.place.country_code) for t in geoparser.parse(text)]
