"""Conflict news as state and official media write it in English: defence ministries' and their agencies' words for
killing the enemy ("eliminated", "liquidated", "sent to hell", "the enemy lost up to 45 servicemen"), a soldier's death
("embraced shahadat"), the epithets they name the enemy by ("khwarij", "PKK/YPG terrorists", "terrorist PDF", "the
Zionist regime"), and an agency's dateline credit ("ANKARA (AA) -")."""
import datetime as dt

from extraction import extract_events, process_report

TUE = dt.date(2024, 6, 4)


def events(text):
    return extract_events(text, published_at=TUE, toponyms=[], locations=[])


def placed(text, geoparser):
    return process_report({"id": "t", "text": text, "title": None, "published_at": "2024-06-04"}, geoparser)["events"]


def test_a_force_s_weekly_roundup_over_a_breadth_of_ground_is_no_event():
    assert events("Troops neutralised 45 terrorists, arrested 120 suspected collaborators and rescued 68 hostages in "
                  "various operations across the country in the past week, the Defence Headquarters said on Friday.") == []
    assert events("Turkish security forces neutralized 38 terrorists in northern Iraq and Syria over the past week, the "
                  "National Defence Ministry said on Thursday.") == []
    # (one operation in the past week at one place is an act: "over the past week" alone is no roundup)
    assert len(events("Troops killed 12 militants in an operation near Gwoza over the past week, the army said.")) == 1


def test_an_agency_s_boilerplate_of_a_group_s_war_toll_is_no_act():
    evs = events("Seven PKK terrorists were neutralized in an air operation near Amadiya on Monday, the ministry said. In "
                 "its more than 40-year terror campaign against Türkiye, the PKK has been responsible for the deaths of "
                 "more than 40,000 people, including women, children and infants.")
    assert [e.killed["best"] for e in evs] == [7]


def test_a_ministry_s_strike_on_a_deployment_point_is_an_air_strike_with_its_dead():
    [ev] = events("Russian Aerospace Forces struck a temporary deployment point of Ukrainian units in Kupyansk on Monday "
                  "night, eliminating up to 30 servicemen, the Russian Defence Ministry said.")
    assert (ev.sub_event_type, ev.actor1["name"], ev.killed["best"]) == ("Air/drone strike", "Military Forces of Russia", 30)
