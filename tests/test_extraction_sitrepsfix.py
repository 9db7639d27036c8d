"""Sitreps and daily summaries (fixing round): running totals over long windows, summaries above lists, weekly
overviews dated at the end of the sentence, sub-types, actors and combined figures."""
import datetime as dt

from extraction import extract_events
from tests.test_extraction_events import toponym
from tests.test_extraction_perplace import GAZA_CITY, KHAN_YOUNIS, KHERSON, ODESA


def events(text, places=(), published=dt.date(2025, 4, 3)):
    tops = [toponym(text, name, place, 1, nth) for name, place, nth in places]
    return extract_events(text, published_at=published, toponyms=tops, locations=[])


def tolls(evs):
    return sorted((((ev.killed or {}).get("best"), (ev.wounded or {}).get("best")) for ev in evs),
                  key=lambda t: (t[0] or 0, t[1] or 0))


def kinds(evs):
    return sorted((ev.sub_event_type, (ev.killed or {}).get("best") or 0) for ev in evs)


def test_shells_that_landed_and_bombs_a_jet_or_drone_dropped_tell_the_kind_of_strike():
    text = "Shells landed on the displacement camp on Sunday, killing four civilians and injuring nine others."
    assert kinds(events(text, published=dt.date(2025, 5, 13))) == [("Shelling/artillery/missile attack", 4)]
    text = "On Saturday, a military jet dropped two bombs on a monastery in the town, killing six people sheltering there."
    assert kinds(events(text, published=dt.date(2025, 2, 10))) == [("Air/drone strike", 6)]


def test_a_daily_summary_s_places_each_open_an_act_and_a_sniper_s_killing_is_no_strike():
    text = ("In Kherson, a Russian drone dropped explosives on a minibus, killing one man and injuring five others. "
            "In Odesa, a Russian sniper killed a woman who was working in her garden.")
    evs = events(text, [("Kherson", KHERSON, 0), ("Odesa", ODESA, 0)], dt.date(2025, 7, 2))
    assert sorted((ev.location["name"], ev.sub_event_type) for ev in evs) == [
        ("Kherson", "Air/drone strike"), ("Odesa", "Attack")]


def test_assaults_repelled_are_a_clash_of_the_assaulting_side_on_the_defenders():
    text = ("In the Kherson direction, Ukrainian defenders repelled 47 Russian assaults near the city over the past day, "
            "the General Staff said.")
    evs = events(text, [("Kherson", KHERSON, 0)], dt.date(2025, 5, 20))
    assert [(ev.sub_event_type, ev.actor1["name"], ev.actor2["name"]) for ev in evs] == [
        ("Armed clash", "Military Forces of Russia", "Military Forces of Ukraine")]
    text = "In the Odesa direction, Ukrainian forces stopped four enemy attacks near the city, the General Staff said."
    evs = events(text, [("Odesa", ODESA, 0)], dt.date(2025, 5, 20))
    assert [(ev.sub_event_type, ev.actor1["name"]) for ev in evs] == [("Armed clash", "Military Forces of Russia")]
