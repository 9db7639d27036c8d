"""Missile, rocket and drone launches and their interception: where they fell, who fired them, tests and tallies."""
import datetime as dt

from extraction import extract_events, process_report

MON = dt.date(2025, 3, 3)


def all_events(text):
    return extract_events(text, published_at=MON, toponyms=[], locations=[])


def report_events(text, geoparser):
    return process_report({"id": "t", "text": text, "title": None, "published_at": str(MON)}, geoparser)["events"]


def test_a_weapons_test_with_no_target_is_a_strategic_development_of_the_testing_state():
    for text in ("North Korea test-fired two hypersonic missiles on Monday, state media said.",
                 "North Korea fired a short-range ballistic missile off its west coast on Monday."):
        [ev] = all_events(text)
        assert (ev.event_type, ev.sub_event_type, ev.actor1["name"]) == (
            "Strategic developments", "Other", "Military Forces of North Korea")
    # a missile fired at a target stays an attack
    [ev] = all_events("North Korea fired a missile at a South Korean patrol boat on Monday.")
    assert ev.sub_event_type == "Shelling/artillery/missile attack"


def test_a_weapon_launched_from_a_place_that_struck_is_a_strike():
    [ev] = all_events("A drone launched from Lebanon struck a house in the village on Monday, wounding two people.")
    assert ev.sub_event_type == "Air/drone strike"


def test_weapons_told_destroyed_in_the_passive_are_an_interception():
    [ev] = all_events("Eleven Ukrainian drones were destroyed over the border region on Monday, the ministry said.")
    assert (ev.sub_event_type, ev.actor2["name"]) == ("Disrupted weapons use", "Military Forces of Ukraine")


def test_a_doerless_strike_told_beside_an_interception_is_the_launcher_s():
    evs = all_events("A drone attack damaged a power substation in the region on Monday, the governor said. "
                     "The ministry said Ukrainian drones were destroyed over the region.")
    strike = next(ev for ev in evs if ev.sub_event_type == "Air/drone strike")
    assert strike.actor1["name"] == "Military Forces of Ukraine"


def test_a_weapon_shot_down_in_the_passive_is_an_interception_a_man_is_not():
    [ev] = all_events("A drone launched from the sea was shot down by the navy on Monday, the army said.")
    assert ev.sub_event_type == "Disrupted weapons use"
    assert all(ev.sub_event_type != "Disrupted weapons use"
               for ev in all_events("A man was shot down in the street by gunmen on Monday."))


def test_a_partly_intercepted_launch_whose_harm_follows_stays_the_attack():
    evs = all_events("Militants fired 40 rockets into the south on Monday, most of which were intercepted, the army said. "
                     "Shrapnel from one rocket wounded three people in a border town.")
    assert [ev.sub_event_type for ev in evs] == ["Shelling/artillery/missile attack"]
