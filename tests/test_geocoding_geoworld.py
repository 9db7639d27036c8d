"""Geocoding: non-US local and regional news (a city's quarters, former provinces told with their country)."""
from geocoding.resolve import haversine_km


def place_of(geoparser, text, name):
    return next(t.place for t in geoparser.parse(text) if t.name == name)


def test_a_quarter_told_with_its_city_lies_in_that_city(geoparser):
    # "the Adhamiyah district of Baghdad": GeoNames' only Adhamiyah lies 400 km north; the quarter is in the city
    p = place_of(geoparser, "A car bomb exploded in the Adhamiyah district of Baghdad on Thursday, police said.",
                 "Adhamiyah")
    assert p is not None and haversine_km(p.lat, p.lon, 33.37, 44.37) < 20


def test_a_former_province_told_with_its_country(geoparser):
    # Kenya's former Nyanza province, not Rwanda's town, in a Kenyan report; Rwanda's town in a Rwandan one
    p = place_of(geoparser, "NAIROBI, Kenya - Cholera cases were reported in Nyanza, the health ministry said.", "Nyanza")
    assert p.country_code == "KE"
    p = place_of(geoparser, "KIGALI, Rwanda - A bus crashed near Nyanza, south of the capital.", "Nyanza")
    assert p.country_code == "RW"
    p = place_of(geoparser, "KINSHASA - Ebola was declared in Kasai-Occidental, officials said.", "Kasai-Occidental")
    assert p.country_code == "CD"


def test_a_quarter_named_again_bare_is_still_in_its_city(geoparser):
    text = ("A car bomb exploded in the Adhamiyah district of Baghdad on Thursday. Security forces closed the "
            "bridges linking Adhamiyah to Kadhimiya.")
    ps = [t.place for t in geoparser.parse(text) if t.name == "Adhamiyah"]
    assert len(ps) == 2 and all(p is not None and haversine_km(p.lat, p.lon, 33.37, 44.37) < 20 for p in ps)


def test_the_ocean_after_the_and_a_state_named_like_a_great_city_listed_with_great_cities(geoparser):
    # "over the Atlantic": the ocean, not a New York town named after it (the flights' other names pull there);
    # "New York" beside great cities is the city, beside states the state
    text = "LONDON - Flights from New York and Chicago turned back over the Atlantic, the airport said."
    got = {t.name: t.place for t in geoparser.parse(text)}
    assert got["Atlantic"].feature_code == "OCN"
    assert got["New York"].feature_class == "P" and haversine_km(got["New York"].lat, got["New York"].lon,
                                                                 40.71, -74.01) < 20
    got = {t.name: t.place for t in geoparser.parse("Storms hit New Jersey and New York on Monday.")}
    assert got["New York"].feature_code == "ADM1"


def test_a_country_s_own_area_named_like_the_report_s(geoparser):
    # a Pakistani report's "Punjab" is Pakistan's; "India's Punjab" is India's
    text = "LAHORE - Smog in Punjab worsened. Officials blamed stubble burning in India's Punjab."
    assert [t.place.country_code for t in geoparser.parse(text) if t.name == "Punjab"] == ["PK", "IN"]


def test_a_regency_told_with_its_province_is_no_namesake_abroad(geoparser):
    # "Karo regency, North Sumatra": an Indonesian area word; the gazetteer's only Karo readings lie abroad
    text = "JAKARTA - Mount Sinabung in Karo regency, North Sumatra, erupted again on Sunday."
    [karo] = geoparser.resolve(text, [(text.index("Karo"), text.index("Karo") + 4)])
    assert karo.place is None or karo.place.country_code == "ID"
