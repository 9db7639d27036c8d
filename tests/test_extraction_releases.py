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


def test_a_rescue_with_no_fight_is_the_force_s_development():
    ev = one_event("Police on Tuesday rescued a trader kidnapped in the town last week.")
    assert (ev.sub_event_type, ev.actor1["name"]) == ("Other", "Police Forces")
    assert ev.date_start == "2025-11-25"


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


def test_a_convicted_man_s_new_act_is_no_verdict():
    [ev] = events("Police said a man convicted of robbery in 2010 was arrested on Monday after a shooting in the town.")
    assert ev.date_start == "2025-11-24"


def test_a_release_told_in_the_passive_is_dated_by_its_own_day():
    # "were released on Wednesday" is the captives' release, not a statement released that day
    ev = one_event("Twenty schoolchildren abducted by gunmen from a school in the state last month were released on "
                   "Monday after their parents paid a ransom, the school's principal said on Tuesday.")
    assert (ev.sub_event_type, ev.date_start) == ("Other", "2025-11-24")
    ev = one_event("Gunmen freed 12 passengers they had seized from a bus two weeks ago, police said on Wednesday. The "
                   "passengers were released late on Tuesday, a police spokesman said.")
    assert (ev.sub_event_type, ev.date_start) == ("Other", "2025-11-25")


def test_a_passive_release_of_words_stays_the_report_s():
    [ev] = events("Gunmen shot dead two traders in the market on Saturday. The victims' names were released on "
                  "Monday.")
    assert ev.date_start == "2025-11-22"
