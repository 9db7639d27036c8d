"""The end of a captivity and other acts that are not the violence they name: releases, rescues, escapes, verdicts on
old attacks and anniversaries."""
import datetime as dt

from extraction import extract_events

WED = dt.date(2025, 11, 26)


def events(text):
    return extract_events(text, published_at=WED, toponyms=[], locations=[])


def one_event(text):
    [ev] = events(text)
    return ev


def test_a_group_that_frees_the_captives_it_held_does_the_release():
    ev = one_event("The rebels on Monday freed 30 women they had held captive for a year.")
    assert ev.sub_event_type == "Other" and ev.date_start == "2025-11-24"


def test_an_abduction_told_with_its_captives_before_their_release_stays_an_abduction():
    ev = one_event("Gunmen abducted six herders on Saturday and freed them on Monday.")
    assert ev.sub_event_type == "Abduction/forced disappearance"
