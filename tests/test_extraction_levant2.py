"""Middle East conflict copy, a second round: war tolls, CENTCOM, Syria's new forces, UNIFIL, settlers, launches."""
import datetime as dt

from extraction import extract_events, process_report

SAT = dt.date(2025, 8, 30)


def all_events(text):
    return extract_events(text, published_at=SAT, toponyms=[], locations=[])


def test_the_day_a_war_began_dates_its_tally_not_an_event():
    evs = all_events("Warplanes struck a house in the south of the territory on Saturday, killing five people. "
                     "Officials said the deaths raised the toll since the war began on March 3, 2024, to 9,120.")
    assert [(str(ev.date_start), (ev.killed or {}).get("best")) for ev in evs] == [("2025-08-30", 5)]


def test_a_force_that_says_it_carried_out_strikes_did_them():
    [ev] = all_events("US Central Command said it carried out strikes on rebel radar sites near the coast on Saturday.")
    assert (ev.sub_event_type, ev.actor1["name"]) == ("Air/drone strike", "Military Forces of the United States")
    [ev] = all_events("The army said it conducted airstrikes on militant hideouts in the hills on Saturday.")
    assert ev.actor1 is not None
