"""Geocoding: a great city known by the short form of its qualified name ("Frankfurt" for Frankfurt am Main) before
towns that bear the name only in another spelling."""
from geocoding.resolve import haversine_km


def _near(toponym, lat, lon, km=50):
    p = toponym.place
    return p is not None and haversine_km(p.lat, p.lon, lat, lon) < km
