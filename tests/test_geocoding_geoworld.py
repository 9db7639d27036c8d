"""Geocoding: non-US local and regional news (a city's quarters, former provinces told with their country)."""
from geocoding.resolve import haversine_km


def place_of(geoparser, text, name):
    return next(t.place for t in geoparser.parse(text) if t.name == name)


def test_a_regency_told_with_its_province_is_no_namesake_abroad(geoparser):
    # "Karo regency, North Sumatra": an Indonesian area word; the gazetteer's only Karo readings lie abroad
    text = "JAKARTA - Mount Sinabung in Karo regency, North Sumatra, erupted again on Sunday."
    [karo] = geoparser.resolve(text, [(text.index("Karo"), text.index("Karo") + 4)])
    assert karo.place is None or karo.place.country_code == "ID"
