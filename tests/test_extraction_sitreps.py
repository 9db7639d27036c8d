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
