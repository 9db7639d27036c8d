"""War-front copy: weapons named with their launcher, interceptions, demonyms before a weapon's kind."""
import datetime as dt

from extraction import extract_events
from extraction.actors import find_actors

SAT = dt.date(2025, 3, 8)


def events(text, published=SAT):
    return extract_events(text, published_at=published, toponyms=[], locations=[])


def actor_names(text):
    return [m.actor.name for m in find_actors(text) if not m.speaker]


def test_the_launcher_of_a_weapon_told_before_its_verb_acts():
    ev = events("Drones launched by the RSF struck fuel depots on Friday.")[0]
    assert ev.sub_event_type == "Air/drone strike" and ev.actor1["name"] == "RSF: Rapid Support Forces"
    ev = events("A ballistic missile fired by Yemen's Houthis struck near the airport on Sunday, wounding six people.")[0]
    assert ev.actor1["name"] == "Ansar Allah (Houthis)" and ev.wounded["best"] == 6


def test_weapons_brought_down_are_disrupted_weapons_use():
    ev = events("Ukraine's air force said air defences downed 40 of 52 drones overnight.")[0]
    assert ev.sub_event_type == "Disrupted weapons use" and ev.actor1["name"] == "Military Forces of Ukraine"
    ev = events("Russia's defence ministry said its air defences destroyed 130 Ukrainian drones overnight.")[0]
    assert ev.sub_event_type == "Disrupted weapons use" and ev.actor2["name"] == "Military Forces of Ukraine"
    ev = events("Ukrainian drones destroyed a Russian missile launcher on Friday.")[0]
    assert ev.sub_event_type == "Air/drone strike"


def test_ground_captured_is_territory_and_people_captured_are_not():
    def coded(text):
        return [(e.sub_event_type, e.actor1 and e.actor1["name"].split(" of ")[0])
                for e in extract_events(text, published_at=dt.date(2025, 5, 20), toponyms=[], locations=[])]
    assert coded("The army said on Monday it had driven the RSF out of its last positions in the state, capturing "
                 "the area of Salha.") == [("Government regains territory", "Military Forces")]
    assert coded("Troops captured two militants on Sunday.") == [("Arrests", "Military Forces")]
    assert coded("Militants captured three soldiers in an ambush on Sunday.")[0][0] == "Abduction/forced disappearance"
    # (nor is a robber driven out of a home any ground taken)
    assert "Government regains territory" not in [s for s, _ in coded(
        "Officers captured the suspect on Sunday after the owner drove the robber out of her shop.")]
