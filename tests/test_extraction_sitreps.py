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


def test_a_toll_counted_since_a_coup_or_a_dated_start_of_war_is_no_act_s():
    text = ("On 9 January, junta aircraft bombed a village, killing seven civilians. On 12 January, junta troops raided "
            "another village and killed four villagers, residents said. The opposition says more than 6,000 civilians have "
            "been killed by the military since the 2021 coup.")
    evs = extract_events(text, published_at=dt.date(2025, 1, 14), toponyms=[], locations=[])
    assert sorted((ev.date_start, ev.killed and ev.killed["best"]) for ev in evs) == [("2025-01-09", 7), ("2025-01-12", 4)]
