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


def test_a_place_word_told_as_a_first_level_area_is_that_area_where_the_report_backs_it(geoparser):
    # "the Bay region" of Somalia, "Bay" being also an English word and a kind of place: its area word makes it a
    # name, which, like "Haiti's Centre department", stands only where the report backs the area's country
    found = {t.name: t for t in geoparser.parse(
        "BAIDOA, Somalia - Floods displaced 40,000 people in the Bay region and in Lower Shabelle.")}
    assert _near(found["Bay"], 3.0, 43.5, km=100)
    assert "Bay" not in {t.name for t in geoparser.parse("Boats crowded the Bay region near Tampa on Sunday.")}
