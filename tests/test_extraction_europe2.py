"""Political violence in Europe and the North Caucasus: lone attackers, riots, Northern Ireland, Kosovo, Corsica,
Greece, Sweden's gangs, Dagestan and Ingushetia."""
import datetime as dt

from extraction import extract_events
from extraction.actors import find_actors

SAT = dt.date(2024, 8, 10)


def test_youths_who_attack_police_vehicles_riot_they_are_no_community_in_arms():
    # ("Residents killed 15 bandits after the armed men invaded": a community in arms; against the state's forces, a riot)
    [ev] = extract_events("Youths wearing masks attacked police Land Rovers in Derry with petrol bombs and masonry on "
                          "Monday, police said.", published_at=SAT, toponyms=[], locations=[])
    assert (ev.event_type, ev.actor1["name"].split(" (")[0]) == ("Riots", "Rioters")
    [ev] = extract_events("Residents killed 15 bandits after the armed men invaded the community on Monday.",
                          published_at=SAT, toponyms=[], locations=[])
    assert ev.sub_event_type == "Armed clash"


def test_the_arrest_of_a_lone_attacker_is_the_inquiry_of_his_attack_whatever_its_toll():
    evs = extract_events("Two people were killed and at least 40 injured when a car drove into a crowd at the Christmas "
                         "market in Erfurt on Friday evening. The driver, a 50-year-old man, was arrested at the scene.",
                         published_at=SAT, toponyms=[], locations=[])
    assert [ev.sub_event_type for ev in evs] == ["Attack"]
