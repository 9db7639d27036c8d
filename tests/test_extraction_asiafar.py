"""Conflict reports from Myanmar, the Philippines, Pakistan, Indian Kashmir and central India, Thailand's deep south,
Papua and the Chittagong Hill Tracts: the armed groups and forces by the names the region's papers use."""
import datetime as dt

from extraction import extract_events
from extraction.actors import find_actors

WED = dt.date(2025, 3, 12)


def events(text):
    return extract_events(text, published_at=WED, toponyms=[], locations=[])


def names(text, country):
    return [m.actor.resolved(country)["name"] for m in find_actors(text) if not m.speaker]


def test_a_grenade_blast_is_a_grenade_s():
    evs = events("6 hurt in Cotabato City grenade blast\n\nCOTABATO CITY -- Six people were wounded when unidentified men "
                 "hurled a grenade at a crowd outside a shop on Saturday night, police said.")
    assert [ev.sub_event_type for ev in evs] == ["Grenade"]


def test_the_places_of_what_an_act_came_during_are_no_scene_of_it():
    from geocoding import Geoparser
    g = Geoparser()
    text = ("Militants attack pilgrim bus in Indian Kashmir, nine killed\n\nSuspected militants opened fire on a bus carrying "
            "pilgrims in Reasi district of Indian-administered Kashmir on Sunday, killing nine people, police said.\n\n"
            "The attack came as Prime Minister Narendra Modi was sworn in for a third term in New Delhi.")
    tops = g.parse(text)
    [ev] = extract_events(text, published_at=WED, toponyms=tops, locations=g.locations(text, tops))
    assert ev.location["name"] == "Reasi"


def test_a_fight_told_back_in_a_sentence_with_no_place_is_where_the_act_before_it_was():
    from geocoding import Geoparser
    g = Geoparser()
    text = ("TURBAT: Security forces repulsed an attack on the naval air station in Turbat on Monday night, killing all four "
            "attackers, officials said. A Frontier Corps soldier was martyred in the exchange of fire.\n\nIt was the third "
            "major attack in Balochistan in a week, after militants targeted the Gwadar Port Authority complex on March 20.")
    tops = g.parse(text)
    evs = extract_events(text, published_at=WED, toponyms=tops, locations=g.locations(text, tops))
    assert [ev.location["name"] for ev in evs if ev.event_type == "Battles"] == ["Turbat"]


def test_a_sub_leader_wanted_for_a_crime_is_one_dead():
    [ev] = [e for e in events("An Abu Sayyaf sub-leader wanted for kidnapping was killed in a clash with Marines in the "
                              "town on Saturday, a military official said.") if e.event_type == "Battles"]
    assert ev.killed["best"] == 1
