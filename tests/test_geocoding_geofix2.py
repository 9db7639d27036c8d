"""Geocoding: namesakes in reports about one place abroad (a dateline's town told again by its kind, a city's quarters
and landmarks told with the city) and first-level areas whose point lay outside them."""
from geocoding.resolve import haversine_km


def _near(toponym, lat, lon, km=50):
    p = toponym.place
    return p is not None and haversine_km(p.lat, p.lon, lat, lon) < km


def test_a_dateline_town_told_again_as_a_city_is_the_dateline_s(geoparser):
    # "the northern city of Tripoli" in a report from Tripoli, Lebanon: not Libya's larger capital
    found = [t for t in geoparser.parse(
        "TRIPOLI, Lebanon (AFP) - Two people were killed overnight in clashes between gunmen in the northern city of "
        "Tripoli, a security source said.") if t.name == "Tripoli"]
    assert found and all(_near(t, 34.44, 35.85) for t in found)
    # ... but not where the report qualifies two towns of the name: "the city of Albany" stays the dateline's
    found = [t for t in geoparser.parse(
        "ALBANY, Ore. - Linn County commissioners agreed to share the cost of a shelter with the city of Albany and "
        "Benton County. One joked "
        "about getting mail meant for Albany, N.Y.") if t.name == "Albany"]
    assert _near(found[0], 44.64, -123.10)


def test_a_beach_or_market_told_with_its_city_lies_in_that_city(geoparser):
    # "near Lido beach in Mogadishu": not Italy's Lido
    found = {t.name: t for t in geoparser.parse(
        "MOGADISHU - Al-Shabaab fighters stormed a restaurant near Lido beach in Mogadishu on Friday night.")}
    assert "Lido" not in found or _near(found["Lido"], 2.04, 45.34)
