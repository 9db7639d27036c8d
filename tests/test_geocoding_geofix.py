"""Geocoding: namesakes, islands, regions and short forms of world and local news (the geofix round)."""


def _places(geoparser, text):
    return [(t.name, t.place.feature_class, t.place.country_code) for t in geoparser.parse(text) if t.place]
