"""Geocoding: international health news (towns that name a disease, regions named like a people, wire datelines)."""


def names(geoparser, text):
    return [t.name for t in geoparser.parse(text)]


def _place(geoparser, text, surface):
    return next((t.place for t in geoparser.parse(text) if text[t.start:t.end] == surface), None)
