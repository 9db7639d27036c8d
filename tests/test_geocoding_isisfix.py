"""Geocoding of war reports of Syria and Iraq (the isisfix round): short reports of our own."""


def _places(geoparser, text):
    return {text[t.start:t.end]: t.place for t in geoparser.parse(text) if t.place is not None}
