"""Geocoding: crime news from outside the US, where a big town's name is also a small first-level area's abroad."""


def places(geoparser, text, surface):
    return [t.place for t in geoparser.parse(text) if text[t.start:t.end] == surface]
