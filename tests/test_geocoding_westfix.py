"""West Asia spellings: a region named for two written with a hyphen, and the Kurdistan Region's 'Sulaimani'."""


def places(geoparser, text):
    return [(t.name, t.place.name, t.place.country_code) for t in geoparser.parse(text)]
