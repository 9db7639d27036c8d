"""Conflict reports from Asia and elsewhere: a group named in a "which" clause before its claim, a group the police or
the army suspect, and the acts told by a state's regime or junta."""
import datetime as dt

from extraction import extract_events, process_report

TUE = dt.date(2024, 6, 4)


def events(text):
    return extract_events(text, published_at=TUE, toponyms=[], locations=[])


def test_a_suspected_group_as_an_adjective_blames_no_one():
    evs = events("Gunmen killed three farmers on Monday. Later, soldiers arrested a suspected BIFF member at a "
                 "checkpoint.")
    ev = next(e for e in evs if e.sub_event_type == "Attack")
    assert ev.actor1["name"] != "BIFF: Bangsamoro Islamic Freedom Fighters"


def placed(text, geoparser):
    return process_report({"id": "t", "text": text, "title": None, "published_at": "2024-06-04"}, geoparser)["events"]


def test_a_police_range_in_an_official_s_title_is_no_scene(geoparser):
    text = ("RAIPUR: Security forces killed five Maoists in the forests of Kanker district on Tuesday. Two jawans were "
            "injured in the gunfight, which began when a joint team was on an operation, Inspector-General of Police "
            "(Bastar range) Sundar Raj said.")
    [ev] = placed(text, geoparser)  # (not a second event in Bastar with the wounded)
    assert ev["wounded"]["best"] == 2
    [ev] = placed(text.replace("Inspector-General of Police (Bastar range)", "Bastar IG"), geoparser)
    assert ev["wounded"]["best"] == 2
    [ev] = placed("DERA ISMAIL KHAN: A policeman was killed when militants attacked a police checkpost in Tank district on "
                  "Monday night, said Deputy Inspector General of Police (Dera Ismail Khan range) Nasir Khan.", geoparser)
    assert ev["location"]["name"] == "Tank"


def test_a_contractor_s_machines_burned_are_property_destroyed():
    [ev] = events("Suspected rebels burned a backhoe and two dump trucks at a road construction site on Monday night.")
    assert ev.sub_event_type == "Looting/property destruction"
    [ev] = events("Armed men set the equipment of a road contractor on fire on Monday.")
    assert ev.sub_event_type == "Looting/property destruction"


def test_a_capital_that_denies_or_a_state_that_accuses_is_no_scene(geoparser):
    evs = placed("PESHAWAR: An explosives-laden vehicle was rammed into a checkpost in Bannu district on Monday, killing "
                 "five soldiers. In March, militants attacked a checkpost in Mir Ali, killing seven soldiers. Pakistan "
                 "accuses Afghanistan's Taliban rulers of giving shelter to militants, a charge Kabul denies.", geoparser)
    assert {ev["location"]["country_code"] for ev in evs} == {"PK"}  # (not the March attack in Kabul)
