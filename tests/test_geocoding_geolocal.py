"""Geocoding: local news from the UK, Ireland, Canada, Australia, India, Nigeria and South Africa."""


def readings(geoparser, text):
    return [(t.name, t.place.country_code if t.place else None) for t in geoparser.parse(text)]
