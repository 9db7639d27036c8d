"""Events at sea: pirates, navies, sea drones and crews; waters and flags as places."""
import datetime as dt

from extraction import extract_events
from extraction.actors import find_actors
from tests.test_extraction_events import Place, toponym

THU = dt.date(2025, 5, 8)
DUBAI = Place(292223, "Dubai", 25.07, 55.31, "P", "PPLA", "AE", "03", 1137347)
HORMUZ = Place(None, "Strait of Hormuz", 26.57, 56.25, "H", "STRT", None, None, 0)
BARBADOS = Place(3374084, "Barbados", 13.17, -59.53, "A", "PCLI", "BB", None, 285719)
GULF_OF_ADEN = Place(None, "Gulf of Aden", 12.5, 48.0, "H", "GULF", None, None, 0)


def names(text):
    return [(text[m.start:m.end], m.actor.resolved("SO")["name"]) for m in find_actors(text) if not m.speaker]
