"""Geocoding: conflict copy from Europe, the Caucasus and Turkey."""
