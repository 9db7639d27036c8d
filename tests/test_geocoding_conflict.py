"""Geocoding: places in conflict reports (wire datelines, Title Case headlines, group names)."""


def names(geoparser, text):
    return [(text[t.start:t.end], t.place.country_code) for t in geoparser.parse(text)]


def precisions(geoparser, text):
    return [(text[t.start:t.end], t.place.country_code, t.precision) for t in geoparser.parse(text)]
