"""Organised armed violence in Latin America and the Caribbean: cartels, gangs, guerrillas and their acts."""
import datetime as dt

from extraction import extract_events, report_text
from extraction.actors import find_actors
from tests.test_extraction_events import Place, only_event, toponym

MON = dt.date(2025, 3, 3)
ARAGUA = Place(3649110, "Aragua", 10.17, -67.17, "A", "ADM1", "VE", "02", 1800000)
MARACAY = Place(3632998, "Maracay", 10.25, -67.60, "P", "PPLA", "VE", "02", 1754256)


def names(text):
    return [(text[m.start:m.end], m.actor.resolved("MX")["name"]) for m in find_actors(text) if not m.speaker]
