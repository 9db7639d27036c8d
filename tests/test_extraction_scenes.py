"""The event's place when the gazetteer lacks the village, township or regency the act's sentence names."""
import datetime as dt

from extraction import extract_events
from geocoding.model import Place
from tests.test_extraction_events import toponym

SITTWE = Place(1295765, "Sittwe", 20.146, 92.898, "P", "PPLA", "MM", "01", 177743)
JAYAPURA = Place(2082600, "Jayapura", -2.534, 140.718, "P", "PPLA", "ID", "36", 134895)
BAMAKO = Place(2460596, "Bamako", 12.65, -8.0, "P", "PPLC", "ML", "08", 1297281)
MOPTI = Place(2453347, "Mopti", 14.514, -3.646, "A", "ADM1", "ML", "04", 2037330)
DAY = dt.date(2025, 4, 7)


def scene(text, places):
    tops = [toponym(text, name, place, 4 if place.feature_code == "ADM1" else 1) for name, place in places]
    evs = extract_events(text, published_at=DAY, toponyms=tops, locations=[])
    return [(ev.location["name"], ev.location["precision"]) for ev in evs if ev.location]


FANO_ITALY = Place(3176959, "Fano", 43.84, 13.02, "P", "PPL", "IT", "57", 60888)
