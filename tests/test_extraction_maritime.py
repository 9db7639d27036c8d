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


def test_an_act_at_sea_is_in_the_water_its_sentence_names_not_in_the_dateline_s_port():
    text = "DUBAI, May 8 (Reuters) - Iran's navy fired on a foreign oil tanker in the Strait of Hormuz on Thursday."
    [ev] = extract_events(text, published_at=THU, toponyms=[toponym(text, "DUBAI", DUBAI),
                                                             toponym(text, "Strait of Hormuz", HORMUZ, 7)], locations=[])
    assert (ev.location["name"], ev.location["precision"]) == ("Strait of Hormuz", 7)
