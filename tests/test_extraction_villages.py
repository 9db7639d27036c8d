"""Where an event is placed when the report names a village and the district, LGA, territory or raion it lies in."""
import datetime as dt

from extraction import extract_events
from geocoding.model import Place
from tests.test_extraction_events import toponym

LUBERO_TOWN = Place(212902, "Lubero", -0.158, 29.239, "P", "PPL", "CD", "11", 0)
DAY = dt.date(2025, 6, 10)


def scene(text, places):
    tops = [toponym(text, name, place, precision, nth) for name, place, precision, nth in places]
    evs = extract_events(text, published_at=DAY, toponyms=tops, locations=[])
    return [(ev.location["name"], ev.location["precision"]) for ev in evs if ev.location]


RAIPUR = Place(1258662, "Raipur", 21.233, 81.633, "P", "PPLA", "IN", "37", 0)
BIJAPUR_DISTRICT = Place(11153000, "Bijapur", 18.9, 80.722, "A", "ADM2", "IN", "37", 0)
