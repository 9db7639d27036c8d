"""Political violence in Europe and the North Caucasus: lone attackers, riots, Northern Ireland, Kosovo, Corsica,
Greece, Sweden's gangs, Dagestan and Ingushetia."""
import datetime as dt

from extraction import extract_events
from extraction.actors import find_actors

SAT = dt.date(2024, 8, 10)


def test_the_arrest_of_a_lone_attacker_is_the_inquiry_of_his_attack_whatever_its_toll():
    evs = extract_events("Two people were killed and at least 40 injured when a car drove into a crowd at the Christmas "
                         "market in Erfurt on Friday evening. The driver, a 50-year-old man, was arrested at the scene.",
                         published_at=SAT, toponyms=[], locations=[])
    assert [ev.sub_event_type for ev in evs] == ["Attack"]
