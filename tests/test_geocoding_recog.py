"""Geocoding: multiword names in world and local news (a name's opening word, landmarks, paired provinces)."""
from geocoding.resolve import haversine_km
