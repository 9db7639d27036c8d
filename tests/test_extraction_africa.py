"""Conflict copy from Africa: the Sahel's and Nigeria's armed groups, Ethiopia's rebels, army communiqués, states and LGAs."""
import datetime as dt

from extraction import extract_events, report_text
from extraction.actors import find_actors
from tests.test_extraction_events import Place, toponym

WED = dt.date(2025, 6, 11)
KATSINA = Place(2334802, "Katsina", 12.99, 7.60, "P", "PPLA", "NG", "24", 432149)
KATSINA_STATE = Place(2334797, "Katsina State", 12.56, 7.62, "A", "ADM1", "NG", "24", 5801584)
FASKARI = Place(8633658, "Faskari", 11.72, 7.03, "A", "ADM2", "NG", "24", 0)


def names(text):
    return [m.actor.resolved("NG")["name"] for m in find_actors(text) if not m.speaker]
