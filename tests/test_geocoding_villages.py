"""A village named with the district, LGA, territory or raion it lies in: where the report puts it."""


def precisions(geoparser, text):
    return [(text[t.start:t.end], t.place.country_code, t.precision) for t in geoparser.parse(text)]
