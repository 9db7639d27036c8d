"""Geocoding: non-US local and regional news (a city's quarters, former provinces told with their country)."""
from geocoding.resolve import haversine_km


def place_of(geoparser, text, name):
    return next(t.place for t in geoparser.parse(text) if t.name == name)
