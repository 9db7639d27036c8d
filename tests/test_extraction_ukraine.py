"""The Russia-Ukraine war told day by day: governors' summaries, drones and missiles by make, the front's news."""
import datetime as dt

from extraction import extract_events
from extraction.actors import find_actors

MON = dt.date(2025, 9, 29)


def names(text):
    return [(text[m.start:m.end], m.actor.resolved("UA")["name"]) for m in find_actors(text) if not m.speaker]


def test_a_weapon_s_make_between_the_demonym_and_the_weapon_keeps_the_demonym_s_forces():
    assert names("Russian Shahed drones hit a depot in Poltava.") == [
        ("Russian Shahed drones", "Military Forces of Russia")]
    assert names("A Ukrainian FPV drone struck a car near the border.")[0][1] == "Military Forces of Ukraine"
    assert names("Two Russian Iskander-M missiles struck the square.")[0][1] == "Military Forces of Russia"


def test_an_age_after_the_article_is_no_count():
    [ev] = extract_events("A drone attacked a car in the village on Monday, killing the 47-year-old driver.",
                          published_at=MON, toponyms=[], locations=[])
    assert ev.killed["best"] == 1
    [ev] = extract_events("Mortar fire hit the yard on Monday, wounding the 70-year-old owner.",
                          published_at=MON, toponyms=[], locations=[])
    assert ev.wounded["best"] == 1


def test_a_general_staff_and_defenders_are_the_forces_of_their_country():
    assert names("Ukrainian defenders repelled 20 assaults near the town.") == [
        ("Ukrainian defenders", "Military Forces of Ukraine")]
    assert names("human rights defenders") == []
    [ev] = extract_events("Ukraine's General Staff said on Sunday its forces had shelled a command post near the village.",
                          published_at=MON, toponyms=[], locations=[])
    assert ev.actor1["name"] == "Military Forces of Ukraine"


def test_full_control_taken_is_territory_taken():
    [ev] = extract_events("Russian forces have taken full control of the town, the Defence Ministry said on Monday.",
                          published_at=MON, toponyms=[], locations=[])
    assert ev.event_type == "Battles" and ev.sub_event_type.endswith("territory")
