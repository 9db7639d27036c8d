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


def test_a_release_of_captives_is_no_abduction():
    ev = one_event("Nine traders kidnapped on the Jos road last month have regained their freedom after a ransom was "
                   "paid, police said on Wednesday.")
    assert (ev.event_type, ev.sub_event_type) == ("Strategic developments", "Other")
    ev = one_event("Fifteen pupils abducted from a school in the village on 2 November were released on Tuesday.")
    assert ev.sub_event_type == "Other"
    assert ev.date_start == "2025-11-25"  # the release's day, not the abduction's


def test_a_group_that_frees_the_captives_it_held_does_the_release():
    ev = one_event("The rebels on Monday freed 30 women they had held captive for a year.")
    assert ev.sub_event_type == "Other" and ev.date_start == "2025-11-24"


def test_an_abduction_told_with_its_captives_before_their_release_stays_an_abduction():
    ev = one_event("Gunmen abducted six herders on Saturday and freed them on Monday.")
    assert ev.sub_event_type == "Abduction/forced disappearance"


def test_a_released_statement_is_no_release():
    assert all(ev.sub_event_type != "Other" for ev in events(
        "The kidnappers released a video of the hostages on Tuesday."))


def test_a_verdict_on_an_old_attack_is_no_event():
    assert events("A court on Tuesday sentenced four soldiers to life in prison for the killing of 20 villagers in "
                  "2019.") == []
    assert events("An appeals court on Tuesday upheld the conviction of a man who helped the gunmen who killed 30 "
                  "people at a hotel in 2015.") == []


def test_an_anniversary_recalls_its_act():
    assert events("Survivors gathered on Tuesday to mark 20 years since the massacre in which about 300 villagers "
                  "were killed.") == []
    assert events("Twelve years after militants abducted 100 schoolgirls, 40 remain missing, a charity said on "
                  "Tuesday.") == []
