"""Humanitarian sitreps, NGO alerts, monitors' daily counts and military summaries: several incidents in one
document, each with its own place and date, beside tallies that are no incident."""
import datetime as dt

from extraction import extract_events
from tests.test_extraction_events import Place, toponym
from tests.test_extraction_perplace import GAZA_CITY, KHAN_YOUNIS, RAFAH

WED = dt.date(2025, 5, 14)


def events(text, places, published=WED):
    tops = [toponym(text, name, place, 1, nth) for name, place, nth in places]
    return extract_events(text, published_at=published, toponyms=tops, locations=[])


def by_place(evs):
    return [(ev.location["name"] if ev.location else None, (ev.killed or {}).get("best")) for ev in evs]


def test_each_item_of_a_sitrep_list_at_a_place_of_its_own_is_an_incident_and_the_sum_above_none_of_them():
    text = ("Israeli strikes have killed at least 30 people across the Gaza Strip since dawn on Wednesday, medics said. "
            "Among the incidents reported:\n"
            "- Gaza City: 12 killed in strikes on two homes in the Tuffah neighbourhood.\n"
            "- Khan Younis: 14 killed when a strike hit a tent encampment west of the city.\n"
            "- Rafah: 4 killed after a drone targeted a car.\n")
    evs = events(text, [("Gaza City", GAZA_CITY, 0), ("Khan Younis", KHAN_YOUNIS, 0), ("Rafah", RAFAH, 0)])
    assert sorted(by_place(evs)) == [("Gaza City", 12), ("Khan Yunis", 14), ("Rafah", 4)]
    # an item that tells the same place again is the same incident
    text = ("Medics said on Wednesday:\n- Khan Younis: 14 killed when a strike hit a tent encampment.\n"
            "- Khan Younis: the dead included six children killed in the strike.\n")
    assert len(events(text, [("Khan Younis", KHAN_YOUNIS, 0), ("Khan Younis", KHAN_YOUNIS, 1)])) == 1


def test_a_chronicle_s_incidents_each_keep_their_toll_whatever_their_day():
    # (a sentence dated days from the first is no recollection when the report tells each incident after its day)
    text = ("On 4 March, RSF shelling of the camp killed 14 civilians and injured 23 others. On 6 March, a drone strike hit "
            "the hospital, killing nine people. On 9 March, armed men attacked a village west of the town, killing 15 "
            "villagers.")
    evs = extract_events(text, published_at=dt.date(2025, 3, 10), toponyms=[], locations=[])
    assert sorted((ev.date_start, ev.killed and ev.killed["best"]) for ev in evs) == [
        ("2025-03-04", 14), ("2025-03-06", 9), ("2025-03-09", 15)]


def test_a_toll_counted_since_a_coup_or_a_dated_start_of_war_is_no_act_s():
    text = ("On 9 January, junta aircraft bombed a village, killing seven civilians. On 12 January, junta troops raided "
            "another village and killed four villagers, residents said. The opposition says more than 6,000 civilians have "
            "been killed by the military since the 2021 coup.")
    evs = extract_events(text, published_at=dt.date(2025, 1, 14), toponyms=[], locations=[])
    assert sorted((ev.date_start, ev.killed and ev.killed["best"]) for ev in evs) == [("2025-01-09", 7), ("2025-01-12", 4)]
