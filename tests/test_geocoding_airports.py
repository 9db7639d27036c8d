"""Geocoding: airports (airportsdata's, with an IATA code) as gazetteer places, named as news names them."""
import math

from geocoding.model import PREC_EXACT
from geocoding.sources import airport_aliases


def km(lat1, lon1, lat2, lon2):
    p = math.pi / 180
    h = math.sin((lat2 - lat1) * p / 2) ** 2 + \
        math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2
    return 12742 * math.asin(math.sqrt(h))


def toponym(geoparser, text, surface):
    return next(t for t in geoparser.parse(text) if text[t.start:t.end] == surface)


def test_a_named_airport_is_the_airport_at_its_point(geoparser):
    for text, surface, (lat, lon) in [
            ("A drone fell near Ben Gurion Airport overnight, the army said.", "Ben Gurion Airport", (32.011, 34.887)),
            ("Shells landed inside Aden Adde International Airport on Friday.", "Aden Adde International Airport",
             (2.014, 45.305)),
            ("Crowds gathered at the gates of Hamid Karzai International Airport.",
             "Hamid Karzai International Airport", (34.566, 69.212)),
            ("Flights left Rafic Hariri airport despite the strikes.", "Rafic Hariri airport", (33.821, 35.488)),
            ("Troops were deployed around Bole International Airport.", "Bole International Airport", (8.978, 38.799))]:
        t = toponym(geoparser, text, surface)
        assert t.place.feature_class == "S" and t.place.feature_code == "AIRP", text
        assert t.precision == PREC_EXACT
        assert km(lat, lon, t.place.lat, t.place.lon) < 2, text


def test_a_citys_airport_is_at_the_city_and_the_bare_city_is_the_city(geoparser):
    for city, country in [("Sanaa", "YE"), ("Kabul", "AF"), ("Khartoum", "SD")]:
        text = f"Jets struck {city} airport at dawn. Residents of {city} heard the blasts."
        airport, bare = toponym(geoparser, text, f"{city} airport"), toponym(geoparser, text, city)
        assert bare.place.feature_class == "P" and bare.place.country_code == country
        assert airport.place.country_code == country
        assert km(airport.place.lat, airport.place.lon, bare.place.lat, bare.place.lon) < 15, city
    text = "Gunmen attacked a checkpoint on the road to Kabul international airport."
    assert toponym(geoparser, text, "Kabul international airport").place.feature_code == "AIRP"


def test_airport_aliases_are_the_forms_news_uses():
    assert airport_aliases("Beirut Rafic Hariri International Airport", "Beirut") == [
        "Beirut Rafic Hariri International Airport", "Rafic Hariri International Airport",
        "Beirut Rafic Hariri Airport", "Rafic Hariri Airport"]
    # Without its city, "New International Airport" names no airport in particular.
    assert airport_aliases("Port Sudan New International Airport", "Port Sudan") == [
        "Port Sudan New International Airport", "Port Sudan New Airport"]
