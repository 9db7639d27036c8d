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


def test_a_ministry_s_strike_on_a_deployment_point_is_an_air_strike_with_its_dead():
    [ev] = events("Russian Aerospace Forces struck a temporary deployment point of Ukrainian units in Kupyansk on Monday "
                  "night, eliminating up to 30 servicemen, the Russian Defence Ministry said.")
    assert (ev.sub_event_type, ev.actor1["name"], ev.killed["best"]) == ("Air/drone strike", "Military Forces of Russia", 30)
