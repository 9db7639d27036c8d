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


def test_a_prison_riot_is_mob_violence_or_the_gangs_clash_it_is_told_as():
    ev = only_event("A riot broke out at the state prison on Sunday, leaving four inmates dead.", MON)
    assert (ev.event_type, ev.sub_event_type) == ("Riots", "Mob violence")
    ev = only_event("Nine inmates died in a prison riot on Sunday, in clashes between the rival gangs Los Lobos and "
                    "Los Tiguerones.", MON)
    assert (ev.sub_event_type, ev.actor1["name"], ev.actor2["name"]) == ("Armed clash", "Los Lobos", "Los Tiguerones")
    ev = only_event("Protesters rioted outside the prison on Monday, burning tyres.", MON)
    assert ev.sub_event_type == "Violent demonstration"
