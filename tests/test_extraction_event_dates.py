"""Extraction: the day of an event (weekdays and written dates, relative days, datelines, precision)."""
import datetime as dt
import pytest
from extraction import extract_events
from extraction.dates import find_dates, precision_of
from geocoding import Place
from functools import partial
from tests import extraction_helpers as helpers
from tests.extraction_helpers import (
    D, FRI_2025_11_14 as FRI, MON_2025_09_15 as MON, WED_2025_06_11 as WED, event_dates, only, toponym,
)

events = partial(helpers.events, published=helpers.WED_2025_11_26)


# From test_extraction_africa.py: Conflict copy from Africa: the Sahel's and Nigeria's armed groups, Ethiopia's
# rebels, army communiqués, states and LGAs.

def test_a_dateline_with_a_long_country_name_gives_way_to_the_act_s_day():
    text = ("BENI, Democratic Republic of Congo, June 11 - Rebels killed 23 civilians in a village near the town "
            "on Saturday night, a civil society leader said.")
    [ev] = extract_events(text, published_at=WED, toponyms=[], locations=[])
    assert ev.date_start == "2025-06-07"


# From test_extraction_africa3.py: African conflict copy, a third round: Congo's and Somalia's forces and missions,
# Sudan's army, the newer groups.

def test_rebels_who_enter_a_town_overnight_from_one_day_to_the_next_after_fighting_fought():
    text = ("Rebels of the M23 entered the city of Goma overnight from Sunday to Monday after heavy fighting with the "
            "FARDC.")
    [ev] = extract_events(text, published_at=MON, toponyms=[], locations=[])
    assert ev.sub_event_type == "Armed clash" and ev.actor1["name"] == "M23: March 23 Movement"
    assert ev.actor2["name"] == "Military Forces of the Democratic Republic of Congo"
    assert (ev.date_start, ev.date_end) == ("2025-09-14", "2025-09-15")


# From test_extraction_asiafar.py: Conflict reports from Myanmar, the Philippines, Pakistan, Indian Kashmir and
# central India, Thailand's deep south, Papua and the Chittagong Hill Tracts: the armed groups and forces by the names
# the region's papers use.

def test_a_wire_dateline_s_day_is_the_report_s_and_a_group_s_said_on_day_dates_what_it_says_it_did():
    sat = dt.date(2024, 3, 9)
    [ev] = extract_events("March 9 (Reuters) - Fighting between rebels and junta troops killed at least 12 soldiers on "
                          "Thursday, a rebel spokesman said on Saturday.", published_at=sat, toponyms=[], locations=[])
    assert ev.date_start == "2024-03-07"
    [ev] = extract_events("BANGKOK, Aug 4 (Reuters) - The Myanmar National Democratic Alliance Army said on Saturday it had "
                          "captured the army's regional command after a month of fighting.\n\nResidents fled the town "
                          "last October.", published_at=dt.date(2024, 8, 4), toponyms=[], locations=[])
    assert ev.date_start == "2024-08-03"


# From test_extraction_attribution.py: Who did it and to whom when the copy says it indirectly: men told by the group
# they are tied to, victims told as members of a group, blame and claims, and where the doers went afterwards.

def test_the_day_of_a_claim_is_not_the_day_of_the_act():
    [ev] = helpers.events("Islamic State claimed responsibility on Sunday for a roadside bomb that killed two Iraqi soldiers near "
                  "Kirkuk on Saturday, according to a statement.", published=helpers.MON_2025_03_10)
    assert ev.date_start == "2025-03-08"


# From test_extraction_blasts.py: Blasts and violence against civilians: bombs with no one named behind them,
# datelines with a country.

def test_a_dateline_with_a_country_is_the_report_s_date_and_place():
    found = find_dates("QUETTA, Pakistan, June 11 - Five soldiers were killed when a bomb hit a convoy on Tuesday.", WED)
    assert [(d.date_start.isoformat(), d.role) for d in found] == [("2025-06-11", "report"), ("2025-06-10", "event")]
    peshawar = Place(1168197, "Peshawar", 34.01, 71.58, "P", "PPLA", "PK", "03", 1218773)
    bajaur = Place(1183090, "Bajaur", 34.78, 71.50, "A", "ADM2", "PK", "03", 1093684)
    text = ("PESHAWAR, Pakistan, June 11 - A suicide bomber blew himself up at a political rally in Bajaur district on "
            "Tuesday, killing 54 people.")
    [ev] = helpers.events(text, toponyms=[toponym(text, "PESHAWAR", peshawar), toponym(text, "Bajaur", bajaur, 3)], published=helpers.WED_2025_06_11)
    assert (ev.location["name"], ev.date_start) == ("Bajaur", "2025-06-10")


# From test_extraction_conflictfix.py: Conflict copy left wrong by the last rounds: the dead handed over in an
# exchange, families counted whole, the weapon told after the verb, a claim's day, and what a report only expects or
# sets as a condition.

def test_the_start_of_what_a_relative_clause_tells_going_on_dates_no_act():
    [ev] = helpers.events("Russian shelling killed three civilians in the Sumy region over the past day, the governor said on "
                  "Tuesday. One died in the village of Khotin, where Russian drones have been striking since last month.", published=helpers.TUE_2024_05_14)
    assert ev.date_start == "2024-05-14"


# From test_extraction_dates.py: Temporal expressions resolved against the publication date (UCDP date_prec).

def test_from_through_to():
    assert only("It lasted only four days – from May 16 through to May 19 – and", "2017-05-19") == \
        ("2017-05-16", "2017-05-19", 2)


@pytest.mark.parametrize("text,expected", [
    ("he was shot yesterday", ("2018-03-28", "2018-03-28", 1)),
    ("the blast last night", ("2018-03-28", "2018-03-28", 1)),
    ("clashes today", ("2018-03-29", "2018-03-29", 1)),
    ("earlier this month", ("2018-03-01", "2018-03-28", 4)),  # before the report's day
    ("on March 3", ("2018-03-03", "2018-03-03", 1)),
    ("on 3 March 2017", ("2017-03-03", "2017-03-03", 1)),
    ("on Dec. 30", ("2017-12-30", "2017-12-30", 1)),      # no year: the latest before publication
    ("in May 2016", ("2016-05-01", "2016-05-31", 4)),
])
def test_relative_and_explicit(text, expected):
    assert only(text, "2018-03-29") == expected


def test_the_paper_usa_today_is_no_date():
    found = find_dates("Jane Roe/USA TODAY NETWORK A clerk was shot on Tuesday.", D("2018-03-29"))
    assert [(d.role, d.date_start.isoformat()) for d in found if d.role == "event"] == [("event", "2018-03-27")]


def test_reporting_and_future_dates_do_not_date_events():
    found = find_dates("SANA news agency said on Sunday; a hearing is scheduled for Monday", D("2017-05-28"))
    assert [d.role for d in found] == ["report", "future"]


def test_no_publication_date_means_relative_dates_are_unknown():
    assert find_dates("on Saturday evening, yesterday", None) == []
    assert only("on May 31, 2017", None) == ("2017-05-31", "2017-05-31", 1)


def test_precision_codes():
    assert [precision_of(D("2017-05-01"), D(e)) for e in ("2017-05-01", "2017-05-03", "2017-05-07", "2017-05-31", "2017-07-01")] == [1, 2, 3, 4, 5]


def test_what_court_papers_say_happened_dates_an_event():
    text = "A man pleaded guilty today. According to court documents, on January 8, 2014, deputies found a rifle."
    events = [d for d in find_dates(text, D("2014-08-08")) if d.role == "event"]
    assert [d.date_start for d in events] == [D("2014-01-08")]


def test_a_caption_dates_the_report():
    text = "Guns recovered by police Feb. 28, 2018. (Photo: Haledon Police Department)"
    assert all(d.role == "report" for d in find_dates(text, D("2018-03-02")))


@pytest.mark.parametrize("text", [
    "The clerk was shot by a robber Thursday night at the counter.",
    "Deputies are looking into a drive-by shooting Sunday on Elm Road.",
])
def test_by_after_a_verb_or_in_drive_by_leaves_the_date_to_the_event(text):
    assert only(text, "2019-06-09")[0] in ("2019-06-06", "2019-06-09")


def test_by_and_until_governing_the_date_look_ahead():
    found = find_dates("Tickets must be returned by Friday; the road is closed until Monday.", D("2019-06-09"))
    assert [d.role for d in found] == ["future", "future"]


def test_tonight_falls_the_day_before_a_next_day_publication():
    assert only("A man was shot tonight on Elm Street.", "2019-06-11")[0] == "2019-06-10"
    assert only("Shots were fired this evening near the park.", "2019-06-11")[0] == "2019-06-10"
    assert only("A woman was hurt this morning on Oak Road.", "2019-06-11")[0] == "2019-06-11"


def test_tonight_is_the_publication_day_in_a_report_that_names_that_day_as_its_own():
    # written on the Saturday it is published: its evening is Saturday's
    found = find_dates("Deputies seized a shotgun from a parked van this evening in Millbrook. The stop came at about 9 "
                       "p.m. on Saturday, June 15.", D("2019-06-15"))
    assert (found[0].date_start.isoformat(), found[0].role) == ("2019-06-15", "event")
    # a day still to come says nothing of the day it was written
    found = find_dates("A man was shot this evening on Elm Street and will be arraigned Tuesday.", D("2019-06-11"))
    assert found[0].date_start.isoformat() == "2019-06-10"


def test_a_complaint_s_day_dates_the_act_and_a_statement_s_does_not():
    found = find_dates("A 30-year-old woman reported March 3 at 9:15 p.m. that a man had fired at her car.", D("2019-03-08"))
    assert [(d.date_start.isoformat(), d.role) for d in found] == [("2019-03-03", "event")]
    # ... and so the act told only as "last week" is that day's
    [ev] = extract_events("A man shot a clerk in the arm last week, police said. The clerk reported March 4 at 8 p.m. that "
                          "a customer had opened fire.", published_at=D("2019-03-08"), toponyms=[], locations=[])
    assert ev.date_start == "2019-03-04"
    assert find_dates("Police reported Friday that a man had fired at a car.", D("2019-03-08"))[0].role == "report"


def test_new_years_eve_and_the_new_year_holiday_are_not_read_as_a_day():
    assert find_dates("gunfire on New Year's Eve; the first report came during the New Year's holiday",
                      D("2020-01-02")) == []


def test_new_years_eve_with_an_evening_s_time_told_after_it_is_its_day():
    assert only("A woman was shot at a New Year's Eve party. Officers were called at about 10:30 p.m.",
                "2026-01-03") == ("2025-12-31", "2025-12-31", 1)
    # after midnight: New Year's Day's, which the eve does not say
    assert find_dates("A woman was shot at a New Year's Eve party. Officers were called at about 12:30 a.m.",
                      D("2026-01-03")) == []


def test_new_years_eve_told_past_its_midnight_is_new_year_s_day():
    assert only("Two men were robbed at gunpoint outside a diner shortly after midnight on New Year's Eve.",
                "2026-01-03") == ("2026-01-01", "2026-01-01", 1)


def test_a_log_item_s_act_is_dated_by_its_own_item():
    text = ("Sheriff's log \u2022 A fight broke out at a tavern in Millbrook at 9:40 p.m. March 1. \u2022 Officers went to a "
            "cabin near Ashby on Feb. 26 after a gun went off. A man said he had shot himself in the foot while unloading a "
            "pistol. \u2022 A mailbox was knocked over on Feb. 27.")
    evs = extract_events(text, published_at=D("2018-03-05"), toponyms=[], locations=[])
    assert [ev.date_start for ev in evs if ev.sub_event_type == "Attack"] == ["2018-02-26"]


def test_the_day_of_a_family_s_appeal_is_not_the_act_s():
    found = find_dates("The family of a boy who was gunned down Sunday gathered Friday to ask the public for help.",
                       D("2026-01-03"))
    assert [(d.date_start, d.role) for d in found] == [(D("2025-12-28"), "event"), (D("2026-01-02"), "report")]


def test_today_or_a_holiday_in_someone_s_words_is_not_the_event_date():
    found = find_dates('"I am ready to go today," he told the officer before the shots were fired. '
                       '"They said, \'It is not the Fourth of July,\'" a neighbour recalled.', D("2019-08-10"))
    assert [d.role for d in found] == ["report", "report"]


def test_a_court_date_after_publication_is_a_plan_not_last_year_s_event():
    text = ("The driver was released on bail and ordered to next appear in court at 9 a.m. April 12. "
            "The woman will be arraigned before Judge Anna B. Lowell on April 3.")
    assert find_dates(text, D("2021-03-20")) == []
    # without words of a plan, and more than a month ahead, a month and day are last year's
    assert only("The store was robbed on May 3.", "2021-03-20") == ("2020-05-03", "2020-05-03", 1)


def test_a_date_that_qualifies_the_act_dates_it_beside_an_arrest():
    found = find_dates("A teenager was arrested Monday in connection with the Jan. 9 armed robbery of a pharmacy.",
                       D("2020-01-15"))
    assert [(d.date_start.isoformat(), d.role) for d in found] == [("2020-01-13", "judicial"), ("2020-01-09", "event")]
    # "arraigned Tuesday on a murder charge" is still the court's date
    found = find_dates("He was arraigned Tuesday on a murder charge.", D("2020-01-15"))
    assert [d.role for d in found if d.role == "event"] == []


@pytest.mark.parametrize("text", [
    "the sheriff announced in a news release Monday morning that a suspect was held",
    "a department statement issued Saturday said the clerk was unhurt",
    "Posted: Mar. 11, 2019 8:15 am",
    "detectives were asking for the public's help Saturday in finding the gunman",
    "officers were searching for two masked men Monday after the holdup",
    "the driver is recovering in County General Hospital today after the crash",
    "Harbor police on Friday continue to search for the two gunmen",
    "Detectives continued seeking witnesses Friday in the death of a taxi driver",
    "classes are canceled at Lincoln Elementary School Monday after the gunfire",
    "The victim, a 30-year-old father of two, was identified today.",
    "Officers seized three rifles on Feb. 11, 2019. (Jane Roe/The Evening Star) The raid began",
    "A man was found shot in the city on March 9, 2019. (Source: WXYZ) Police said",
    "they fired at him. — Jane Roe (@janeroe) March 9, 2019 The suspects then fled",
])
def test_the_time_of_a_release_an_appeal_a_search_or_a_photo_is_the_report_s(text):
    assert [d.role for d in find_dates(text, D("2019-03-11"))] == ["report"]


def test_fractions_and_gallery_counters_are_no_dates():
    assert find_dates("Officers seized 4 1/2 ounces of cocaine.", D("2019-03-06")) == []
    assert find_dates("Suspects sought 1/2 Jon Doe 2/2 Jim Roe. Deputies are searching", D("2019-03-06")) == []
    assert only("The clerk was robbed on 3/2 at noon.", "2019-03-06") == ("2019-03-02", "2019-03-02", 1)


@pytest.mark.parametrize("text", [
    "A search warrant was executed Wednesday at a house on Elm Street.",
    "a warrant for her arrest was issued by a county judge on Tuesday",
    "The gunman received the enhanced punishment Monday under the habitual offender law.",
    "He was greeted by his family after being released from prison on Wednesday, Feb. 27, 2019.",
    "The man pled not guilty Monday and waived his hearing.",
    # (the body's examination, a step after the death)
    "The death was ruled a homicide after an autopsy Thursday, the coroner said.",
])
def test_warrants_judges_and_punishments_date_the_court_not_the_act(text):
    assert {d.role for d in find_dates(text, D("2019-03-08"))} == {"judicial"}


def test_a_day_after_a_hearing_or_of_a_notice_dates_no_act():
    found = find_dates("His lawyer called the newspaper Friday after the arraignment. "
                       "The principal notified parents of the incident on Jan. 30.", D("2020-02-03"))
    assert [d.role for d in found] == ["judicial", "report"]


def test_a_dateline_gives_way_to_the_act_s_own_date_in_its_sentence():
    found = find_dates("DAYTON, Ohio (March 14, 2019) – A clerk was shot during a holdup Wednesday night.", D("2019-03-14"))
    assert [(d.date_start.isoformat(), d.role) for d in found] == [("2019-03-14", "report"), ("2019-03-13", "event")]
    # alone in its sentence the dateline still dates what follows
    found = find_dates("DAYTON, Ohio (March 14, 2019) – Three men are in custody.", D("2019-03-14"))
    assert [d.role for d in found] == ["event"]


def test_an_attribution_after_a_comma_leaves_the_date_to_the_act():
    # 6 January 2020 was a Monday
    found = find_dates("Two teens were accused of robbing a clerk on Monday night, said a police spokesman.", D("2020-01-07"))
    assert [(d.date_start.isoformat(), d.role) for d in found] == [("2020-01-06", "event")]
    found = find_dates("Police gave an update on Monday in a news release.", D("2020-01-07"))
    assert [d.role for d in found] == ["report"]


def test_an_act_between_a_court_word_and_the_date_takes_the_date():
    found = find_dates("Police charged him in the shooting of a teenager earlier this month. "
                       "He pleaded guilty to shooting a clerk Jan. 5. He was charged with aggravated assault "
                       "Wednesday. Two men were booked around 1:15 a.m. Tuesday.", D("2020-01-22"))
    assert [d.role for d in found] == ["event", "event", "judicial", "judicial"]


def test_a_death_ruled_a_homicide_after_an_autopsy_is_dated_by_its_finding_not_the_autopsy():
    # 24 January 2014 was a Friday
    event = helpers.only_event("A woman died of a gunshot wound to the chest, the coroner said today. Her death was ruled a "
                               "homicide after an autopsy Thursday. Her husband found her body about 8 p.m. Wednesday.",
                               published=dt.date(2014, 1, 24))
    assert event.date_start == "2014-01-22"


def test_a_time_stamp_before_the_text_and_a_life_s_steps_date_no_act():
    found = find_dates("Friday January 24, 2020 12:04 AM A woman was found dead Wednesday.", D("2020-01-24"))
    assert [(d.date_start.isoformat(), d.role) for d in found] == \
        [("2020-01-24", "report"), ("2020-01-24", "report"), ("2020-01-22", "event")]
    found = find_dates("The deputy was hired May 31, 1995 and retired from the office June 25, 2015. "
                       "A married couple was shot Monday night.", D("2020-01-21"))
    assert [d.role for d in found] == ["background", "background", "event"]


def test_day_first_ranges():
    assert only("He was killed on the night of 16 to 17 February.", "2020-02-20") == ("2020-02-16", "2020-02-17", 2)
    assert only("clashes between 10 and 12 March 2020", "2020-05-20") == ("2020-03-10", "2020-03-12", 2)
    assert find_dates("Fighting 16 to 17 people", D("2020-05-20")) == []


def test_the_eve_of_a_day_is_the_day_before():
    # 9 June 2024 was a Sunday: "Monday's talks" are the day after the report
    assert only("a bomb exploded at a rally on the eve of Sunday's vote", "2024-06-09") == ("2024-06-08", "2024-06-08", 1)
    assert only("rockets hit the port on the eve of Monday's talks", "2024-06-09") == ("2024-06-09", "2024-06-09", 1)
    assert only("gunmen attacked the polling station on the eve of the 9 June election", "2024-06-10") == \
        ("2024-06-08", "2024-06-08", 1)


# From test_extraction_dates2.py: Event dates in copy of every genre: datelines written before publication, day-first
# numeric dates, relative days and spans told in words (sentences of our own).

@pytest.mark.parametrize("text,published,expected", [
    # a wire story posted two days after its dateline: "yesterday" is the day before the dateline's
    ("Title\n\nBUKAVU, May 4 (Reuters) - Rebels shelled a market near Kavumu yesterday, killing six people.",
     "2025-05-06", [("2025-05-03", "2025-05-03", 1)]),
    # a situation report posted days later: its weekday is the week of the dateline's
    ("Title\n\nNIAMEY, 21 May 2025 (OCHA) – On Thursday, gunmen attacked a market in Tahoua region, killing nine.",
     "2025-05-23", [("2025-05-15", "2025-05-15", 1)]),
])
def test_relative_dates_count_from_the_opening_dateline(text, published, expected):
    assert event_dates(text, published) == expected


def test_a_dateline_of_the_publication_day_or_far_before_changes_nothing():
    text = "Title\n\nBUKAVU, May 4 (Reuters) - Rebels shelled a market near Kavumu yesterday, killing six people."
    assert event_dates(text, "2025-05-04") == [("2025-05-03", "2025-05-03", 1)]
    assert event_dates(text, "2025-06-20") == [("2025-06-19", "2025-06-19", 1)]  # a slip, not a lag


@pytest.mark.parametrize("text,published,expected", [
    ("On 04.11.2024, armed men looted a clinic in Djugu.", "2024-11-06", [("2024-11-04", "2024-11-04", 1)]),
    ("On 17/05, a drone hit a fuel depot in Kosti.", "2025-05-19", [("2025-05-17", "2025-05-17", 1)]),
    # the month-first reading would be next September: an act told before it happened is no reading
    ("Bandits raided Dansadau on 09/04/2025 at about 0200hrs.", "2025-04-10", [("2025-04-09", "2025-04-09", 1)]),
    # month first stays where it can be read: US copy
    ("A man was shot on 4/9 in Gary.", "2025-04-10", [("2025-04-09", "2025-04-09", 1)]),
])
def test_day_first_numeric_dates(text, published, expected):
    assert event_dates(text, published) == expected


def test_round_the_clock_is_no_date():
    assert event_dates("Drones now patrol the frontline 24/7, killing three on Monday.", "2025-05-21") == \
        [("2025-05-19", "2025-05-19", 1)]


def test_the_day_an_inquiry_found_something_is_the_report_s_and_the_act_keeps_its_own_time():
    assert event_dates("A rights commission on Tuesday concluded that an air raid which killed 40 fishermen on a lake "
                       "last month was carried out by the army.", "2025-06-10") == [("2025-05-01", "2025-05-31", 4)]
    # a discovery is no finding: the day the dead were found dates the act
    assert event_dates("Police on Sunday found two men shot dead in a car.", "2025-06-10") == \
        [("2025-06-08", "2025-06-08", 1)]


def test_a_statement_dated_a_day_is_the_report_s():
    assert event_dates("In a statement dated 10 May, the group said it had attacked a convoy last Thursday.",
                       "2025-05-13") == [("2025-05-08", "2025-05-08", 1)]


# From test_extraction_events.py: Event assembly on hand-made text and hand-made toponyms (no gazetteer needed).

def test_unknown_date_is_null_and_no_text_date_is_inferred():
    text = "Gunmen killed three villagers."
    ev = extract_events(text, published_at=None, toponyms=[], locations=[])[0]
    assert (ev.date_start, ev.date_end, ev.date_precision) == (None, None, None)
    ev = extract_events(text, published_at=dt.date(2018, 1, 2), toponyms=[], locations=[])[0]
    assert ev.date_start == "2018-01-02" and "date" in ev.inferred


def test_overnight_takes_the_exact_day_the_report_gives():
    text = "A taxi driver was shot overnight on Elm Road. The shooting happened about 1:30 a.m. Wednesday, police said."
    events = extract_events(text, published_at=dt.date(2018, 3, 21), toponyms=[], locations=[])
    assert (events[0].date_start, events[0].date_precision) == ("2018-03-21", 1)
    events = extract_events("A taxi driver was shot overnight on Elm Road.", published_at=dt.date(2018, 3, 21),
                            toponyms=[], locations=[])
    assert (events[0].date_start, events[0].date_end, events[0].date_precision) == ("2018-03-20", "2018-03-21", 2)


def test_a_night_across_two_named_days_is_the_day_its_time_falls_on():
    def dated(text):
        ev = extract_events(text, published_at=dt.date(2025, 6, 8), toponyms=[], locations=[])[0]
        return ev.date_start, ev.date_end, ev.date_precision
    # (2025-06-08 is a Sunday) the small hours date the second day, the evening the first
    text = "A teen was fatally shot overnight Friday into Saturday at a house party. Police were called at about {}."
    assert dated(text.format("1:15 a.m.")) == ("2025-06-07", "2025-06-07", 1)
    assert dated(text.format("11:30 p.m.")) == ("2025-06-06", "2025-06-06", 1)
    assert dated(text.format("midnight")) == ("2025-06-06", "2025-06-07", 2)  # either side of it: the night


def test_an_undated_act_late_in_the_evening_falls_the_day_before_publication():
    def day(text):
        ev = extract_events(text, published_at=dt.date(2018, 3, 21), toponyms=[], locations=[])[0]
        assert "date" in ev.inferred
        return ev.date_start
    assert day("A cashier was shot in a robbery on Elm Road about 10:40 p.m., police said.") == "2018-03-20"
    assert day("A cashier was shot in a robbery on Elm Road about 1:40 p.m., police said.") == "2018-03-21"
    assert day("A cashier was shot in a robbery on Elm Road, police said.") == "2018-03-21"


def test_an_arrest_date_does_not_date_the_shooting():
    text = ("A man was shot and killed during a robbery Sunday night. "
            "Police arrested a suspect Tuesday.")
    events = extract_events(text, published_at=dt.date(2018, 3, 21), toponyms=[], locations=[])
    assert events[0].date_start == "2018-03-18"


def test_the_day_a_victim_died_gives_way_to_the_attack_s_day_before_it():
    text = ("A teen girl who was shot and stabbed inside a Bristol Township home has died from her injuries. The "
            "girl was pronounced dead Monday at 10:05 a.m. Her parents returned to their home Friday shortly after "
            "6:30 p.m. and found her suffering from gunshot and stab wounds.")
    events = extract_events(text, published_at=dt.date(2018, 4, 2), toponyms=[], locations=[])
    assert events[0].date_start == "2018-03-30"


def test_an_act_that_only_dates_a_time_is_no_event():
    text = ("Troops raided a camp near the city on Tuesday, killing two gunmen. Raids have surged since the rebel attack "
            "on the capital in March. Prices have soared since June 3, a day after the rebels attacked Tadmur.")
    events = extract_events(text, published_at=dt.date(2024, 9, 4), toponyms=[], locations=[])
    assert [(e.date_start, e.actor1["name"]) for e in events] == [("2024-09-03", "Military Forces")]


# From test_extraction_gvastyle.py: US local gun-violence news as the Gun Violence Archive codes it: everyone shot or
# hurt in the incident, and the day of the shooting.

def test_shot_on_a_dated_day_then_died():
    # the full stop of "Feb." ends no sentence: the man shot then dead
    assert helpers.totals("A man who was shot on Feb. 20 died of his injuries Saturday, the coroner's office said.", published="2024-03-04") == \
        {"killed": 1, "wounded": 0}
    assert helpers.day("A man who was shot on Feb. 20 died of his injuries Saturday, the coroner's office said.", published="2024-03-04") == \
        "2024-02-20"


# From test_extraction_latam2.py: Latin America and the Caribbean, second round: the maras, Haiti's police and the
# Kenyan-led mission, and where a wire report's act happened when its dateline is the capital it was filed from.

def test_the_day_before_after_is_the_consequence_s_the_act_s_is_told_with_it():
    text = ("Honduras extended a state of emergency on Monday after gunmen killed nine people at a pool hall in San Pedro "
            "Sula on Saturday night.")
    [ev] = helpers.report_events(text, published="2025-06-24", geoparser=helpers.GEOPARSER)
    assert ev["date_start"] == "2025-06-21"
    [ev] = helpers.report_events("Honduras extends emergency after 9 killed in San Pedro Sula\n\n" + text, published="2025-06-24", geoparser=helpers.GEOPARSER)
    assert ev["date_start"] == "2025-06-21"  # (the title's act too: the body's own day, not the lead's first)


# From test_extraction_releases.py: The end of a captivity and other acts that are not the violence they name:
# releases, rescues, escapes, verdicts on old attacks and anniversaries.

def test_a_rescue_with_no_fight_is_the_force_s_development():
    ev = helpers.only_event("Police on Tuesday rescued a trader kidnapped in the town last week.", published=helpers.WED_2025_11_26)
    assert (ev.sub_event_type, ev.actor1["name"]) == ("Other", "Police Forces")
    assert ev.date_start == "2025-11-25"


def test_a_convicted_man_s_new_act_is_no_verdict():
    [ev] = events("Police said a man convicted of robbery in 2010 was arrested on Monday after a shooting in the town.")
    assert ev.date_start == "2025-11-24"


def test_a_convicted_person_s_new_charges_keep_the_new_act_s_day():
    # the verdict's act ends where the sentence's own news begins ("is facing charges"): the new shooting is told, its day too
    evs = events("A woman convicted of stabbing a neighbor in 2009 now faces charges after she shot at a delivery driver "
                 "late Sunday.")
    assert [(ev.sub_event_type, ev.date_start) for ev in evs if ev.event_type == "Violence against civilians"] == \
        [("Attack", "2025-11-23")]


def test_a_release_told_in_the_passive_is_dated_by_its_own_day():
    # "were released on Wednesday" is the captives' release, not a statement released that day
    ev = helpers.only_event("Twenty schoolchildren abducted by gunmen from a school in the state last month were released on "
                   "Monday after their parents paid a ransom, the school's principal said on Tuesday.", published=helpers.WED_2025_11_26)
    assert (ev.sub_event_type, ev.date_start) == ("Other", "2025-11-24")
    ev = helpers.only_event("Gunmen freed 12 passengers they had seized from a bus two weeks ago, police said on Wednesday. The "
                   "passengers were released late on Tuesday, a police spokesman said.", published=helpers.WED_2025_11_26)
    assert (ev.sub_event_type, ev.date_start) == ("Other", "2025-11-25")


def test_a_passive_release_of_words_stays_the_report_s():
    [ev] = events("Gunmen shot dead two traders in the market on Saturday. The victims' names were released on "
                  "Monday.")
    assert ev.date_start == "2025-11-22"


# From test_extraction_statemedia.py: Conflict news as state and official media write it in English: defence
# ministries' and their agencies' words for killing the enemy ("eliminated", "liquidated", "sent to hell", "the enemy
# lost up to 45 servicemen"), a soldier's death ("embraced shahadat"), the epithets they name the enemy by ("khwarij",
# "PKK/YPG terrorists", "terrorist PDF", "the Zionist regime"), and an agency's dateline credit ("ANKARA (AA) -").

def test_a_dateline_with_its_agency_s_initials_names_no_government():
    evs = helpers.events("Damascus, SANA - Gunmen killed three civilians on Tuesday near Jaramana.", published=helpers.TUE_2024_06_04)
    assert [(e.actor1 or {}).get("name") for e in evs] == ["Unidentified Armed Group"]


# From test_extraction_ukraine2.py: The Russia-Ukraine war as wire and local copy tells it day by day (round
# ukraine2).

def test_a_town_shelled_almost_daily_is_no_act_of_the_day():
    from geocoding import Geoparser
    g = Geoparser()
    text = ("Russian shelling of Nikopol kills woman\n\nRussian artillery shelling killed a woman in the city of Nikopol "
            "on Friday, the governor said.\n\nNikopol, which lies "
            "across the river from the Russian-held Zaporizhzhia nuclear power plant, is shelled almost daily.")
    tops = g.parse(text)
    [ev] = extract_events(text, published_at=FRI, toponyms=tops, locations=g.locations(text, tops))
    assert ev.location["name"] == "Nikopol"


# From test_extraction_victims.py: Armed men as the dead or the captured, across wars: who acts and who it is done to.

def test_a_number_before_junta_is_no_date():
    [ev] = helpers.events("Resistance fighters said they killed 20 junta troops in the township on Sunday.", published=helpers.WED_2025_03_12)
    assert str(ev.date_start) == "2025-03-09"


# From test_extraction_westfix.py: West Asia fixes: victims counted 'along with' the one told, a protest's crowd
# before the force that intervenes, unclaimed strikes' unidentified doers, victims' own words over their target's
# owner, and the region's spellings.

def test_a_day_told_of_the_act_after_the_day_a_side_spoke_is_the_act_s():
    [ev] = helpers.events("The Afghanistan Freedom Front said on Tuesday its forces had ambushed a Taliban patrol in the "
                  "district, killing three Taliban members. Local sources confirmed that a clash took place on Monday "
                  "evening in the area.", published=dt.date(2025, 4, 8))
    assert ev.date_start == "2025-04-07"
    [ev] = helpers.events("The Taliban administration on Wednesday accused Pakistan of carrying out a drone strike in the "
                  "district, killing eight civilians. A spokesman said the strike hit a house on Tuesday night.",
                  published=dt.date(2025, 10, 29))
    assert ev.date_start == "2025-10-28"


def test_a_page_s_stamp_is_the_day_relative_dates_count_from_when_no_publication_day_is_given():
    text = ("By Jane Doe | Updated 6:02 PM EST, Mon March 5, 2018\n\nAKRON, Ohio \u2014 A man was shot and killed Sunday "
            "night on Copley Road, police said.")
    assert helpers.day(text, None) == "2018-03-04"


# From the gvadates2 round: US local crime news that names more than one day; the incident's own day.

def test_a_statement_s_day_a_day_after_the_killing_counts_back_to_the_killing_s_day():
    text = ("TULSA, Okla. — Police said Monday, a day after a 19-year-old was shot and killed outside a north Tulsa "
            "gas station, that they are looking for a gray pickup truck.")
    [ev] = extract_events(text, published_at=D("2018-09-11"), toponyms=[], locations=[])
    assert ev.date_start == "2018-09-09"


def test_an_arrest_two_days_after_the_shooting_dates_the_shooting_two_days_before():
    text = ("Officers arrested a man Wednesday, two days after the shooting that wounded a woman on Elm Street, "
            "police said.")
    assert [d for d in event_dates(text, "2018-05-10")] == [("2018-05-07", "2018-05-07", 1)]


def test_the_earlier_acts_of_the_year_s_count_date_neither_the_report_s_act_nor_add_to_its_toll():
    # (published 2018-05-16) the report's own shooting told with no day; the days after the count are the earlier ones'
    text = ("NEWARK — Police identified the man killed in a predawn shooting near Bank Street as a 23-year-old city "
            "man. It was at least the fifth homicide in the city this year. On Jan. 9, a man was found shot to death "
            "on South 11th Street. Four days later, on Jan. 13, two women were shot and killed in a parked car and "
            "three other people were wounded.")
    own, *recalled = extract_events(text, published_at=D("2018-05-16"), toponyms=[], locations=[])
    assert (own.date_start, own.killed["best"], own.wounded) == ("2018-05-16", 1, None)
    assert all(ev.date_start < "2018-02" and not ev.killed and not ev.wounded for ev in recalled)


def test_a_day_told_of_the_report_s_own_act_after_the_count_stays_when_it_is_the_same_day():
    text = ("A 30-year-old man was shot and killed Sunday night on Elm Street. It was the second homicide in the town "
            "this year. On Sunday, officers found him lying beside his car.")
    assert event_dates(text, "2018-05-15") == [("2018-05-13", "2018-05-13", 1), ("2018-05-13", "2018-05-13", 1)]

def test_the_earlier_acts_of_a_few_days_count_told_by_weekday_are_not_the_report_s():
    # (published Tuesday 2018-04-03) the report's own shooting Monday night; the count's earlier one Sunday
    text = ("A teenager was wounded Monday night in a shooting near a basketball court, police said. It was the city's "
            "third shooting in 24 hours. On Sunday, two men were killed outside a nightclub on Pacific Avenue.")
    own, *recalled = extract_events(text, published_at=D("2018-04-03"), toponyms=[], locations=[])
    assert (own.date_start, own.killed, own.wounded["best"]) == ("2018-04-02", None, 1)
    assert all(ev.date_start == "2018-04-01" for ev in recalled)


def test_a_day_of_the_report_s_own_act_after_a_few_days_count_stays_the_act_s():
    # (the weekday after the count is the act's own day or later: "Police said Tuesday ...")
    text = ("Two men were wounded in a shooting Sunday night on Elm Street. It was the second shooting in the "
            "neighborhood this week. On Sunday, officers found both men on a porch.")
    [ev] = extract_events(text, published_at=D("2018-04-03"), toponyms=[], locations=[])
    assert (ev.date_start, ev.wounded["best"]) == ("2018-04-01", 2)


def test_a_burial_s_day_a_week_after_the_killing_counts_back_to_the_killing_s_day():
    text = "A 22-year-old man was laid to rest Saturday, a week after he was shot and killed outside his Gary home."
    [ev] = extract_events(text, published_at=D("2018-05-15"), toponyms=[], locations=[])
    assert ev.date_start == "2018-05-05"


def test_a_funeral_s_day_is_not_the_killing_s():
    text = ("Family and friends gathered Monday for the funeral of a 15-year-old boy who was shot and killed last "
            "week in Harvey.")
    [ev] = extract_events(text, published_at=D("2018-05-15"), toponyms=[], locations=[])
    assert ev.date_start != "2018-05-14"


def test_a_brief_that_writes_its_days_before_their_months_writes_its_numeric_days_so():
    # "05/11" in a brief of 4-10 November is the 5th of November (not the 11th of May); US copy's "3/12" stays March
    text = ("Weekly security brief, 4-10 Nov 2024\n\n"
            "- 05/11: ADF fighters killed 7 civilians in a raid on farms near Butembo.\n"
            "- 08/11: An armed group abducted two aid workers on the road west of Bukavu.")
    assert [e.date_start for e in helpers.events(text, dt.date(2024, 11, 11))] == ["2024-11-05", "2024-11-08"]
    text = "A man was shot dead on 3/12 on Elm Street, police said on March 14."
    assert [e.date_start for e in helpers.events(text, dt.date(2024, 3, 15))] == ["2024-03-12"]


def test_a_day_told_after_said_that_on_is_the_act_s():
    # ("that Saturday" names a day of a time told before; "said that on Thursday, ..." is the act's own day)
    published = dt.date(2024, 3, 9)
    text = ("The woman told police that on Thursday, in the kitchen of their home, the man aimed a pistol at her and "
            "hit her twice in the head.")
    assert [e.date_start for e in helpers.events(text, published)] == ["2024-03-07"]


@pytest.mark.parametrize("text, published, day", [
    ("Two women were found dead Wednesday in a house on Elm Street. Police believe they were killed Monday.",
     "2024-10-17", "2024-10-14"),
    ("A 911 call at 6:15 a.m. Sunday led deputies to a man dead in a ditch. Deputies said the shooting happened "
     "about 10 p.m. Saturday.", "2024-10-21", "2024-10-19"),
    # no act's day told: the finding's day stays
    ("A man was found shot to death Tuesday in a parked car. Police have no suspects.", "2024-10-17", "2024-10-15"),
])
def test_the_day_a_body_was_found_gives_way_to_the_killing_s_day_told_after_it(text, published, day):
    evs = extract_events(text, published_at=D(published), toponyms=[], locations=[])
    assert evs[0].date_start == day


@pytest.mark.parametrize("text, published, day", [
    ("NASHVILLE, Tenn. — A 41-year-old man died Monday, more than two weeks after he was shot on March 30 outside a bar "
     "on Dickerson Pike, police said.", "2025-04-15", "2025-03-30"),
    ("JACKSON, Miss. — Police said Wednesday that Terrence Moore, 26, died Tuesday of wounds he suffered in a March 30 "
     "shooting on Robinson Road.", "2025-04-24", "2025-03-30"),
    # (the trial of a killing told by its day is dated by the trial rules, as before)
    ("KNOXVILLE, Tenn. — Opening statements began Monday in the trial of a man accused in a March 30 killing.",
     "2025-05-20", "2025-03-30"),
])
def test_a_death_is_dated_by_its_wound_s_day_told_weeks_before(text, published, day):
    # GVA's convention: the incident's day, however long the victim lived after it
    evs = extract_events(text, published_at=D(published), toponyms=[], locations=[])
    assert evs[0].date_start == day


@pytest.mark.parametrize("text, published, day", [
    # an arrest over the weekend, a court's day just after it and the arrest's own day told later
    ("A Greer man was arrested over the weekend and appeared before a federal magistrate in Anderson on Monday "
     "afternoon. Deputies said Cole was arrested Saturday after they found a stolen pistol in his car.",
     "2024-06-11", "2024-06-08"),
    # a coroner's finding is a step after the death, not its day
    ("The county Medical Examiner's Office on Friday ruled the death of a man found in an alley a homicide. The body of "
     "the 40-year-old was discovered Aug. 12 on Elm Street; he had been shot in the head.", "2024-08-19", "2024-08-12"),
    # what a release tells, set off by a comma, is the act's account, not the release's day
    ("A man was shot late last week on the east side. According to a department news release, on Friday at 2330 "
     "hours officers found a 24-year-old man with a gunshot wound.", "2024-09-30", "2024-09-27"),
])
def test_a_later_step_s_day_gives_way_to_the_act_s(text, published, day):
    evs = extract_events(text, published_at=D(published), toponyms=[], locations=[])
    assert evs[0].date_start == day


@pytest.mark.parametrize("text, published, day", [
    ("Everyone on the block was in a Sunday state of mind. Then calm turned to terror around 11:30 Wednesday night for a "
     "woman walking home. A robber pulled out a gun on her and took her purse.", "2024-03-15", "2024-03-13"),
    ("Regulars were in a Friday mood by midweek. A robber pulled out a gun on the clerk and took the cash. It happened "
     "at the store on Elm Street.", "2024-03-15", None),
    # a day that qualifies the act stays that week's
    ("A 19-year-old was charged Monday in a Thursday night shooting that wounded a woman.", "2024-03-19", "2024-03-14"),
])
def test_a_weekday_that_names_a_kind_is_no_day(text, published, day):
    evs = extract_events(text, published_at=D(published), toponyms=[], locations=[])
    if day is None:  # no day told: the report's own, inferred, not the mood's Friday
        assert evs[0].date_start != "2024-03-08" and "date" in evs[0].inferred
    else:
        assert evs[0].date_start == day


def test_one_gunned_down_is_an_act_dated_by_its_day_in_a_vigil_s_report():
    # "gunned down" tells the killing itself, as "killed" does: the report of a vigil for him dates it by its day
    evs = extract_events("A 17-year-old boy who was gunned down Sunday was remembered at a vigil on Friday.",
                         published_at=D("2026-01-03"), toponyms=[], locations=[])
    assert [(ev.date_start, (ev.killed or {}).get("best")) for ev in evs] == [("2025-12-28", 1)]


def test_a_toll_s_rise_is_dated_by_the_count_the_attack_by_its_own_day():
    # "rose to 54 on Monday" is the day the toll was counted: the bombing is Sunday's
    evs = extract_events("The death toll from a suicide bombing at a political rally in northwest Pakistan rose to 54 "
                         "on Monday, officials said. The bomber blew himself up on Sunday among hundreds of supporters "
                         "of the party.", published_at=D("2023-07-31"), toponyms=[], locations=[])
    assert evs[0].date_start == "2023-07-30"


# From the unrest round: protests, riots and strategic developments worldwide.

def test_this_month_told_on_the_first_is_a_month_that_narrows_no_night():
    text = ("Riot police used water cannon to disperse thousands of protesters outside parliament overnight, officials "
            "said. The president said she would not leave office when her term ends this month.")
    [ev] = helpers.report_events(text, published="2024-12-01")
    assert (ev["date_start"], ev["date_end"]) == ("2024-11-30", "2024-12-01")


def test_a_court_that_is_the_act_s_scene_dates_no_hearing_to_come():
    assert helpers.codings("Paramilitary forces arrested the former prime minister at a court in Islamabad on Tuesday.",
                           dt.date(2023, 5, 10), fields="date_start") == ["2023-05-09"]
    # (a hearing still dates nothing of the act)
    assert helpers.codings("He is due in court on Tuesday after he shot a man on Sunday.", dt.date(2023, 5, 10),
                           fields="date_start") == ["2023-05-07"]


def test_the_month_a_campaign_began_is_no_day_of_the_act_measured_against_it():
    # "the deadliest attack since Washington began its campaign ... last month": when the campaign began, background
    text = ("U.S. strikes on Yemen's Ras Isa fuel port killed 74 people, the Houthi-run health ministry said on Friday, "
            "in the deadliest attack since Washington began its campaign against the Iran-aligned group last month. "
            "The U.S. military said its forces struck the port late on Thursday.")
    [ev] = helpers.events(text, published=dt.date(2025, 4, 18))
    assert (ev.date_start, ev.date_end) == ("2025-04-17", "2025-04-17")


def test_a_crowd_s_day_told_after_a_death_in_custody_is_its_own_not_a_court_s():
    text = ("Protests over the death of a young woman in police custody spread to at least 15 Iranian cities on "
            "Wednesday, and security forces shot dead three protesters in the town of Piranshahr, a rights group said. "
            "Mahsa Amini, 22, died last week after being arrested by the morality police in Tehran.")
    evs = extract_events(text, published_at=dt.date(2022, 9, 21), toponyms=[], locations=[])
    assert [(e.sub_event_type, e.date_start) for e in evs if e.event_type == "Protests"] == \
        [("Excessive force against protesters", "2022-09-21")]


def test_an_act_told_years_ago_is_dated_by_that_year_and_recalled():
    text = ("Ethiopian federal officials and leaders of the Tigray People's Liberation Front met in Addis Ababa on Monday "
            "to review the peace deal. The two sides signed a peace deal in Pretoria, South Africa, two years ago, ending "
            "a conflict in which hundreds of thousands of people are estimated to have died.")
    [d] = [d for d in find_dates(text, dt.date(2024, 11, 4)) if "ago" in text[d.start:d.end]]
    assert (d.date_start, d.date_end) == (dt.date(2022, 1, 1), dt.date(2022, 12, 31))
    assert extract_events(text, published_at=dt.date(2024, 11, 4), toponyms=[], locations=[]) == []


def test_an_act_told_in_last_month_is_no_act_of_the_report_s_day_after_it():
    # (the day after a calendar month is the next month's: "Last month" in a report of September 1 takes no day of
    # that report as its own, and its act is background to the day's strike)
    text = ("KHARKIV, Sept 1 - A Russian drone hit a school in the city on Sunday, killing two people, officials said. "
            "Last month a Russian missile strike on a market in the city killed seven people.")
    evs = extract_events(text, published_at=dt.date(2024, 9, 1), toponyms=[], locations=[])
    assert [(ev.sub_event_type, ev.killed["best"], ev.date_start) for ev in evs] == [("Air/drone strike", 2, "2024-09-01")]


def test_the_day_a_called_shutdown_or_rally_is_to_start_is_still_to_come():
    assert [d.role for d in find_dates("The opposition called a 48-hour nationwide shutdown from Sunday in protest.",
                                       D("2025-02-06"))] == ["future"]
    assert [d.role for d in find_dates("The party called for a large rally on Saturday in the capital.",
                                       D("2024-11-20"))] == ["future"]
    # a span of days of a past act stays the act's
    assert [d.role for d in find_dates("Fighting raged in the town from Sunday to Tuesday.", D("2025-02-06"))] == ["event"]


def test_fighting_told_only_as_going_on_is_no_act_and_the_clash_told_next_keeps_its_day():
    text = ("The European Union on Thursday imposed sanctions on three army officers. Fighting continued on the ground. "
            "Rebels and militiamen clashed near the town of Sake on Wednesday, killing six fighters, a local leader said.")
    [ev] = extract_events(text, published_at=dt.date(2026, 3, 12), toponyms=[], locations=[])
    assert ev.date_start == "2026-03-11"


def test_a_title_s_day_borrowed_from_another_act_s_sentence_gives_way_to_the_claim_s_own_day():
    # the title names no day; the only day before the claim's own is another act's (the shelling's Monday): the taking
    # is told on the day its side said it, not on the shelling's
    text = ("Russia says it has taken village in Donetsk\n\nMOSCOW, Aug 13 (Reuters) - Russia's defence ministry said on "
            "Wednesday its troops had taken control of the village of Oleksandro-Kalynove in Ukraine's Donetsk region. "
            "Ukraine's General Staff said its forces had repelled 30 Russian assaults along the front. In Druzhkivka, Russian shelling killed three civilians on Tuesday, the governor said.")
    evs = helpers.report_events(text, helpers.GEOPARSER, published="2025-08-13")
    assert sorted((e["sub_event_type"], e["date_start"]) for e in evs) == [
        ("Non-state actor overtakes territory", "2025-08-13"), ("Shelling/artillery/missile attack", "2025-08-12")]


def test_a_taking_told_in_the_perfect_takes_the_day_its_side_said_it_after_it():
    # "have retaken X, the command said on Thursday": the news's day, not the day of a strike the report tells later
    text = ("KYIV, May 8 (Reuters) - Ukrainian troops have retaken the village of Stepnohirsk in the Zaporizhzhia region, "
            "the army's southern command said on Thursday. In Kharkiv, a Russian drone wounded four people on Wednesday "
            "night, the mayor said.")
    evs = helpers.report_events(text, helpers.GEOPARSER, published="2025-05-08")
    assert sorted((e["sub_event_type"], e["date_start"]) for e in evs) == [
        ("Air/drone strike", "2025-05-07"), ("Government regains territory", "2025-05-08")]


def test_an_overnight_attack_is_not_narrowed_to_another_act_s_afternoon():
    # the night into the report's day holds no afternoon: the shelling's "Tuesday afternoon" is its own day only
    text = ("KYIV, Sept 17 (AP) - Russian drones hit the city of Kharkiv overnight, wounding five people, the mayor said "
            "Wednesday. Separately, Russian shelling killed a woman in the town of Izium on Tuesday afternoon, the "
            "governor said.")
    evs = helpers.report_events(text, helpers.GEOPARSER, published="2025-09-17")
    assert sorted((e["location"]["name"], e["date_start"], e["date_end"]) for e in evs) == [
        ("Izyum", "2025-09-16", "2025-09-16"), ("Kharkiv", "2025-09-16", "2025-09-17")]
