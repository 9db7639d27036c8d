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


def test_a_toll_over_a_window_longer_than_a_month_is_a_running_total_no_act():
    text = ("Between 7 October 2023 and 2 April 2025, at least 50,423 Palestinians were killed and 114,638 injured in "
            "Gaza, according to the Ministry of Health. On 1 April, a house was hit in Khan Younis, reportedly killing "
            "six people.")
    assert tolls(events(text, [("Gaza", GAZA_CITY, 0), ("Khan Younis", KHAN_YOUNIS, 0)])) == [(6, None)]
    text = ("From 1 January to 31 March 2025, OCHA documented 411 attacks by Israeli settlers in the West Bank. "
            "From 24 February 2022 to 31 March 2025 the mission verified 12,910 civilians killed. On 4 April, a Russian "
            "missile struck Kherson, killing 20 civilians.")
    assert tolls(events(text, [("Kherson", KHERSON, 0)])) == [(20, None)]
    # ... and months named as a window: "between January and March 2025"
    text = ("At least 1,518 people were killed and 572 injured in gang violence between January and March 2025, the UN "
            "said. On 31 March, gang members attacked Kherson, killing at least eight people.")
    assert tolls(events(text, [("Kherson", KHERSON, 0)])) == [(8, None)]
    # a few days are one act's: "between 12 and 14 November"
    text = "Between 12 and 14 November, strikes on Gaza City killed 87 Palestinians and injured 241."
    assert tolls(events(text, [("Gaza City", GAZA_CITY, 0)], dt.date(2024, 11, 15))) == [(87, 241)]


def test_a_summary_with_its_own_verb_above_a_list_gives_no_item_its_sum():
    text = ("SOHR documented the deaths of nine people across Syrian territory on Thursday, as follows:\n"
            "- Four members of regime forces killed in an attack by ISIS cells on their vehicle near Khan Younis.\n"
            "- Five civilians killed by a landmine explosion near Gaza City.\n")
    evs = events(text, [("Khan Younis", KHAN_YOUNIS, 0), ("Gaza City", GAZA_CITY, 0)], dt.date(2024, 9, 13))
    assert tolls(evs) == [(4, None), (5, None)]
    # ... also when the heading comes after the summary ("the death toll is distributed as follows:")
    text = ("SOHR documented the deaths of nine people on Thursday. The death toll is distributed as follows:\n"
            "- Four members of regime forces killed in an attack near Khan Younis.\n"
            "- Five civilians killed by a landmine near Gaza City.\n")
    evs = events(text, [("Khan Younis", KHAN_YOUNIS, 0), ("Gaza City", GAZA_CITY, 0)], dt.date(2024, 9, 13))
    assert tolls(evs) == [(4, None), (5, None)]


def test_a_weekly_overview_dated_at_the_end_of_each_sentence_keeps_each_toll():
    text = ("In the south, militants ambushed a military convoy near Khan Younis, killing at least 15 soldiers on 10 March. "
            "In the north, gunmen attacked a village near Gaza City, killing eight civilians on 12 March. "
            "Gunmen also attacked a market in Kherson, killing six traders on 13 March.")
    evs = events(text, [("Khan Younis", KHAN_YOUNIS, 0), ("Gaza City", GAZA_CITY, 0), ("Kherson", KHERSON, 0)],
                 dt.date(2025, 3, 19))
    assert tolls(evs) == [(6, None), (8, None), (15, None)]


def kinds(evs):
    return sorted((ev.sub_event_type, (ev.killed or {}).get("best") or 0) for ev in evs)


def test_shells_that_landed_and_bombs_a_jet_or_drone_dropped_tell_the_kind_of_strike():
    text = "Shells landed on the displacement camp on Sunday, killing four civilians and injuring nine others."
    assert kinds(events(text, published=dt.date(2025, 5, 13))) == [("Shelling/artillery/missile attack", 4)]
    text = "On Saturday, a military jet dropped two bombs on a monastery in the town, killing six people sheltering there."
    assert kinds(events(text, published=dt.date(2025, 2, 10))) == [("Air/drone strike", 6)]


def test_a_place_s_taking_told_in_a_clause_of_the_past_is_no_act_and_no_period():
    text = ("On 11 January, a junta jet struck the market in Kyauktaw town, which the Arakan Army captured last year, "
            "killing 12 people and wounding more than 30.")
    evs = events(text, published=dt.date(2025, 1, 14))
    assert [(ev.sub_event_type, ev.killed["best"], ev.wounded["best"]) for ev in evs] == [("Air/drone strike", 12, 31)]
    text = ("The following day, a military jet dropped two bombs on a monastery in Mrauk-U, a town seized by the Arakan "
            "Army last year, killing six people.")
    assert kinds(events(text, published=dt.date(2025, 2, 10))) == [("Air/drone strike", 6)]


def test_a_chronicle_s_days_are_acts_of_their_own_even_of_one_kind():
    text = ("Junta aircraft bombed a village in Sagaing Region, killing seven civilians on 9 January. On 11 January, a "
            "junta jet struck the market in Kyauktaw town, killing 12 people.")
    evs = events(text, published=dt.date(2025, 1, 14))
    assert sorted((ev.date_start, ev.killed["best"]) for ev in evs) == [("2025-01-09", 7), ("2025-01-11", 12)]


def test_a_daily_summary_s_places_each_open_an_act_and_a_sniper_s_killing_is_no_strike():
    text = ("In Kherson, a Russian drone dropped explosives on a minibus, killing one man and injuring five others. "
            "In Odesa, a Russian sniper killed a woman who was working in her garden.")
    evs = events(text, [("Kherson", KHERSON, 0), ("Odesa", ODESA, 0)], dt.date(2025, 7, 2))
    assert sorted((ev.location["name"], ev.sub_event_type) for ev in evs) == [
        ("Kherson", "Air/drone strike"), ("Odesa", "Attack")]


def test_a_figure_of_killed_and_wounded_in_one_is_no_killed_count_and_no_act():
    text = ("According to the General Staff, Russia lost 1,230 personnel killed and wounded over the past day. Total "
            "Russian losses since February 2022 stand at about 1,003,000 personnel. In Kherson, Russian guided bombs hit "
            "a house, injuring two residents.")
    evs = events(text, [("Kherson", KHERSON, 0)], dt.date(2025, 6, 18))
    # (nor does the window since February 2022 date the strike)
    assert [(ev.location["name"], ev.killed, ev.wounded["best"], ev.date_start) for ev in evs] == [
        ("Kherson", None, 2, "2025-06-18")]
    # ... but "killed two people and wounded three" tells both
    assert tolls(events("Gunmen killed two people and wounded three in Kherson on Sunday.",
                        [("Kherson", KHERSON, 0)])) == [(2, 3)]


def test_assaults_repelled_are_a_clash_of_the_assaulting_side_on_the_defenders():
    text = ("In the Kherson direction, Ukrainian defenders repelled 47 Russian assaults near the city over the past day, "
            "the General Staff said.")
    evs = events(text, [("Kherson", KHERSON, 0)], dt.date(2025, 5, 20))
    assert [(ev.sub_event_type, ev.actor1["name"], ev.actor2["name"]) for ev in evs] == [
        ("Armed clash", "Military Forces of Russia", "Military Forces of Ukraine")]
    text = "In the Odesa direction, Ukrainian forces stopped four enemy attacks near the city, the General Staff said."
    evs = events(text, [("Odesa", ODESA, 0)], dt.date(2025, 5, 20))
    assert [(ev.sub_event_type, ev.actor1["name"]) for ev in evs] == [("Armed clash", "Military Forces of Russia")]
