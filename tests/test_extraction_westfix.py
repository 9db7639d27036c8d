"""West Asia fixes: victims counted 'along with' the one told, a protest's crowd before the force that intervenes,
unclaimed strikes' unidentified doers, victims' own words over their target's owner, and the region's spellings."""
import datetime as dt

from extraction import extract_events, process_report
from geocoding import Geoparser


def events(text, published=dt.date(2025, 4, 30)):
    return extract_events(text, published_at=published, toponyms=[], locations=[])


def test_raiders_withdrawing_without_losses_hand_over_no_ground():
    evs = events("Three police officers were killed in an attack by Jaish al-Adl militants on a police station on "
                 "Saturday night. Jaish al-Adl said in a statement that its fighters had withdrawn without losses.")
    assert [e.sub_event_type for e in evs] == ["Armed clash"]


def test_a_movement_s_supporters_blocking_streets_and_the_police_detaining_them_are_a_protest_with_intervention():
    [ev] = events("Police detained 98 people in the capital on Monday as supporters of the Tavush for the Homeland "
                  "movement blocked several streets in the city centre. Most of those detained were released later in "
                  "the day.", dt.date(2024, 5, 27))
    assert (ev.sub_event_type, ev.actor1["name"], ev.actor2["name"]) == (
        "Protest with intervention", "Protesters", "Police Forces")
