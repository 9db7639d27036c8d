"""Geocoding: namesakes in reports about one place abroad (a dateline's town told again by its kind, a city's quarters
and landmarks told with the city) and first-level areas whose point lay outside them."""
from geocoding.resolve import haversine_km


def _near(toponym, lat, lon, km=50):
    p = toponym.place
    return p is not None and haversine_km(p.lat, p.lon, lat, lon) < km
