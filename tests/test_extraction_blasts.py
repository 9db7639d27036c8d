"""Blasts and violence against civilians: bombs with no one named behind them, datelines with a country."""
import datetime as dt

from extraction import extract_events
from extraction.dates import find_dates
from tests.test_extraction_events import Place, toponym

WED = dt.date(2025, 6, 11)


def events(text, published=WED, tops=()):
    return extract_events(text, published_at=published, toponyms=list(tops), locations=[])


def test_a_bomb_s_named_maker_and_a_shell_s_unnamed_firer_stay_as_told():
    [ev] = events("A roadside bomb planted by the Taliban killed four policemen on Tuesday.")
    assert ev.actor1["name"] == "Taliban"
    # a shell or an air strike comes from a side the text must tell: no group is made up for it
    [ev] = events("Shelling killed three civilians in the town on Tuesday.")
    assert ev.actor1 is None


def test_a_bare_bombing_is_a_bomb_set_off_and_a_state_s_is_from_the_air():
    # the bombing is the act, the rally where it went off is no protest
    [ev] = events("Mourners in Khar on Saturday buried the victims of Friday's ISKP bombing at a rally, which killed "
                  "12 people.", published=dt.date(2023, 8, 5))
    assert (ev.event_type, ev.sub_event_type) == ("Explosions/Remote violence", "Remote explosive/landmine/IED")
    assert ev.actor1["name"] == "Islamic State Khorasan Province" and ev.killed["best"] == 12
    assert ev.date_start == "2023-08-04"
    [ev] = events("Five people were wounded in a bombing at a bus station on Tuesday.")
    assert ev.sub_event_type == "Remote explosive/landmine/IED" and ev.actor1["name"] == "Unidentified Armed Group"
    [ev] = events("Russian forces killed nine civilians in a bombing of a market in Aleppo on Tuesday.")
    assert ev.sub_event_type == "Air/drone strike", ev.sub_event_type
    # a water bomber's, a raid's, and bombings in general are none
    assert events("Firefighters sent water-bombing aircraft to the blaze on Tuesday.") == []
    assert events("The group has carried out a series of bombings in the west of the country.") == []
