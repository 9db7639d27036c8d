"""Geocoding: places in conflict reports from Myanmar, the Philippines, Pakistan, India's Kashmir and Maoist belt,
Thailand's deep south, Papua and the Chittagong Hill Tracts."""


def names(geoparser, text):
    return [(text[t.start:t.end], t.place.country_code, t.place.feature_code) for t in geoparser.parse(text)]
