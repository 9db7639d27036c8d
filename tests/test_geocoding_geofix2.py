"""Geocoding: namesakes in reports about one place abroad (a dateline's town told again by its kind, a city's quarters
and landmarks told with the city) and first-level areas whose point lay outside them."""
from geocoding.resolve import haversine_km


def _near(toponym, lat, lon, km=50):
    p = toponym.place
    return p is not None and haversine_km(p.lat, p.lon, lat, lon) < km


def test_a_beach_or_market_told_with_its_city_lies_in_that_city(geoparser):
    # "near Lido beach in Mogadishu": not Italy's Lido
    found = {t.name: t for t in geoparser.parse(
        "MOGADISHU - Al-Shabaab fighters stormed a restaurant near Lido beach in Mogadishu on Friday night.")}
    assert "Lido" not in found or _near(found["Lido"], 2.04, 45.34)
