"""Geocoding: US local news (county papers): towns named like famous places, and the far namesakes a report tells
apart from them."""


def places(geoparser, text, surface):
    return [t.place for t in geoparser.parse(text) if text[t.start:t.end] == surface]


def names(geoparser, text):
    return [text[t.start:t.end] for t in geoparser.parse(text)]
