"""The Russia-Ukraine war as wire and local copy tells it day by day (round ukraine2)."""
import datetime as dt

from extraction import extract_events

FRI = dt.date(2025, 11, 14)


def test_a_bare_strike_takes_the_weapon_another_telling_names():
    [ev] = extract_events("Russian strike on Ternopil apartment blocks kills 19\n\nAt least 19 people were killed when "
                          "Russian missiles hit two apartment blocks on Friday, the Interior Ministry said.",
                          published_at=FRI, toponyms=[], locations=[])
    assert ev.sub_event_type == "Shelling/artillery/missile attack"
    [ev] = extract_events("Russian strike on the town kills three\n\nRussian forces struck the town with missiles on "
                          "Friday, killing three people.", published_at=FRI, toponyms=[], locations=[])
    assert ev.sub_event_type == "Shelling/artillery/missile attack"
    # (a strike with no weapon named stays the air strike it is read as)
    [ev] = extract_events("A Russian strike on the town killed three people on Friday.",
                          published_at=FRI, toponyms=[], locations=[])
    assert ev.sub_event_type == "Air/drone strike"


def test_a_country_that_fires_missiles_and_drones_at_a_target_strikes_it():
    [ev] = extract_events("Russia fired missiles and drones at Ukrainian power plants on Friday, forcing emergency "
                          "blackouts.", published_at=FRI, toponyms=[], locations=[])
    assert ev.sub_event_type == "Shelling/artillery/missile attack" and ev.actor1["name"] == "Military Forces of Russia"


def test_a_struck_ammunition_depot_is_a_strike():
    [ev] = extract_events("Ukraine's military said on Friday it had struck an ammunition depot near the town.",
                          published_at=FRI, toponyms=[], locations=[])
    assert ev.sub_event_type == "Air/drone strike" and ev.actor1["name"] == "Military Forces of Ukraine"
