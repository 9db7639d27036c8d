"""Abductions, kidnappings and other violence against civilians: who is taken, killed or held, by whom."""
import datetime as dt

from extraction import extract_events

MON = dt.date(2025, 11, 24)


def one_event(text):
    [ev] = extract_events(text, published_at=MON, toponyms=[], locations=[])
    return ev


def test_kidnappers_arrested_are_an_arrest_not_an_abduction():
    ev = one_event("Police arrested two suspected kidnappers in Kaduna State on Sunday.")
    assert (ev.sub_event_type, ev.actor1["name"]) == ("Arrests", "Police Forces")
    assert one_event("Kidnappers abducted a farmer on Sunday.").sub_event_type == "Abduction/forced disappearance"
