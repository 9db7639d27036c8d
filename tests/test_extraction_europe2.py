"""Political violence in Europe and the North Caucasus: lone attackers, riots, Northern Ireland, Kosovo, Corsica,
Greece, Sweden's gangs, Dagestan and Ingushetia."""
import datetime as dt

from extraction import extract_events
from extraction.actors import find_actors

SAT = dt.date(2024, 8, 10)


def test_attackers_counted_or_grouped_in_a_when_clause_did_the_passive_s_act():
    # "were killed when a group of armed men attacked a police post": the armed men killed the police, a clash
    for doers in ("a group of armed men", "about 30 heavily armed men", "30 gunmen"):
        [ev] = extract_events(f"Two police officers were killed when {doers} attacked a police post in Grozny on Friday "
                              "night.", published_at=SAT, toponyms=[], locations=[])
        assert ev.sub_event_type == "Armed clash"
        assert ev.actor1["name"].startswith("Unidentified Armed Group") and ev.actor2["name"].startswith("Police Forces")


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


def test_militants_neutralised_in_an_operation_the_force_tells_of_after_are_its_foes_in_a_clash():
    [ev] = extract_events("Three supporters of the Islamic State who were plotting terrorist attacks were neutralised "
                          "during a counter-terrorist operation in Makhachkala on Sunday, the FSB said.",
                          published_at=SAT, toponyms=[], locations=[])
    assert (ev.sub_event_type, ev.actor1["name"], ev.actor2["name"]) == (
        "Armed clash", "Police Forces of Russia", "Islamic State")
