"""Extraction: dates over spans and periods (fighting over days, tolls since a day, weeks of an
offensive) and background told of earlier days, which dates no new act."""
import datetime as dt
import pytest
from extraction import extract_events, report_text
from extraction.casualties import find_casualties
from extraction.dates import find_dates, last_weekday
from geocoding import Location, Place
from functools import partial
from tests import extraction_helpers as helpers
from tests.extraction_helpers import (
    D, PALMYRA, RAQQA, counts_of_mentions as counts, event_dates, event_days, kinds, only, only_event, toponym,
)

events = partial(helpers.events_at_places, published=dt.date(2025, 4, 3))
subs = partial(helpers.codings, published=helpers.PUBLISHED, fields="sub_event_type")


# From test_extraction_casualties.py: Casualty phrases: killed / wounded / missing / abducted, victim categories,
# zeros, subsets.

def test_a_victim_of_a_month_long_past_is_background():
    import datetime as dt

    from extraction import extract_events
    text = ("A man was shot in the arm on Maple Street on Jan. 22, according to court papers. "
            "Last August, another man was shot in the leg on the same street.")
    events = extract_events(text, published_at=dt.date(2020, 2, 13), toponyms=[], locations=[])
    assert events[0].wounded["best"] == 1


def test_a_superlative_since_a_year_is_no_period_s_tally():
    assert counts("Shelling killed 31 people on Sunday, the deadliest day in the city since 2019.") == (31, None)
    [earlier] = find_casualties("It was the worst attack since 2015, when 40 people were killed at a market.")
    assert earlier.background


# From test_extraction_conflictfix.py: Conflict copy left wrong by the last rounds: the dead handed over in an
# exchange, families counted whole, the weapon told after the verb, a claim's day, and what a report only expects or
# sets as a condition.

def test_a_claim_s_day_dates_the_act_over_the_dateline_s_filing_day():
    [ev] = helpers.events("ADEN, Feb 13 (AFP) - Yemen's Houthis said on Monday they had targeted the port of Eilat with a "
                  "ballistic missile. Israel's military said the missile was intercepted over the Red Sea.",
                  published=dt.date(2024, 2, 13))
    assert ev.date_start == "2024-02-12"


# From test_extraction_dates.py: Temporal expressions resolved against the publication date (UCDP date_prec).

def test_weekday_is_last_such_day_on_or_before_publication():
    # 28 May 2017 was a Sunday
    assert only("the incident took place on Saturday evening", "2017-05-28") == ("2017-05-27", "2017-05-27", 1)
    assert only("Sunday saw the complete withdrawal", "2017-05-21") == ("2017-05-21", "2017-05-21", 1)
    assert last_weekday(D("2017-05-28"), 6) == D("2017-05-28")


def test_night_spanning_two_days():
    assert only("During the night of May 31 to June 1, members", "2017-06-01") == ("2017-05-31", "2017-06-01", 2)


def test_overnight_spans_the_night_into_publication():
    assert only("a bakery was robbed at gunpoint overnight", "2018-03-29") == ("2018-03-28", "2018-03-29", 2)
    # "the previous nights" is no date
    assert find_dates("cars were broken into on the same street the previous nights", D("2018-03-29")) == []


def test_the_night_into_a_named_day_is_that_day():
    # (20 October 2025 was a Monday) "overnight into Sunday", "in the night to Sunday": the wire names the day the
    # strikes fell on (mostly after midnight), and earlier sets code it so; "the night of Saturday to Sunday" spans both
    for text in ("Israeli strikes overnight into Sunday killed 22 people in Gaza City.",
                 "Russian drones hit Odesa in the night to Sunday, killing three people."):
        ev = extract_events(text, published_at=D("2025-10-20"), toponyms=[], locations=[])[0]
        assert (ev.date_start, ev.date_end, ev.date_precision) == ("2025-10-19", "2025-10-19", 1)


def test_a_night_across_two_days_is_a_span():
    assert only("shots rang out on Elm Road Friday night and early Saturday morning", "2018-03-19") == \
        ("2018-03-16", "2018-03-17", 2)
    assert only("three cars were stolen late Monday into early Tuesday", "2018-03-21") == ("2018-03-19", "2018-03-20", 2)
    # two days apart, or no night between them: each day is its own
    found = find_dates("the store was robbed Monday and Thursday", D("2018-03-23"))
    assert [d.date_start.isoformat() for d in found] == ["2018-03-19", "2018-03-22"]


def test_a_written_date_says_which_weekday():
    # published Tuesday 11 June 2019: "Wednesday" alone would be 5 June
    assert event_days("The clerk was robbed on Wednesday, May 29, around 9 p.m.", "2019-06-11") == \
        ["2019-05-29", "2019-05-29"]
    assert event_days("He was hurt early Sunday morning (June 2) near the pier.", "2019-06-11") == \
        ["2019-06-02", "2019-06-02"]
    # only the year differs: a slip of the pen, the weekday stands
    assert event_days("It happened on Thursday, June 6, 2018.", "2019-06-11")[0] == "2019-06-06"


def test_last_weekday_said_the_day_after_is_the_week_before():
    # published Wednesday 12 June 2019
    assert only("The store was robbed last Tuesday.", "2019-06-12")[0] == "2019-06-04"
    assert only("The store was robbed last Saturday.", "2019-06-12")[0] == "2019-06-08"


@pytest.mark.parametrize("text,published,expected", [
    ("a man was charged in the New Year's Day robbery of a corner store", "2019-05-20", "2019-01-01"),
    ("two teenagers were wounded on Christmas Eve outside a bar", "2020-01-03", "2019-12-24"),
    ("a father was shot Thanksgiving night in his driveway", "2021-12-01", "2021-11-25"),
    ("the clerk was robbed at gunpoint on Easter Sunday", "2022-04-19", "2022-04-17"),
    ("the Memorial Day cookout ended in gunfire", "2023-06-02", "2023-05-29"),
    # days named with a weekday, told more than a week later: the holiday, not that weekday of the report's week
    ("a shopper was wounded on Black Friday outside a discount store", "2025-12-09", "2025-11-28"),
    ("a gunman opened fire near a parade route on Fat Tuesday", "2025-03-12", "2025-03-04"),
    ("a man was shot and killed on Mother's Day outside a relative's home", "2025-05-13", "2025-05-11"),
    ("someone opened fire on a Father's Day cookout", "2025-06-17", "2025-06-15"),
    ("a man was shot on St. Patrick's Day near a pub", "2025-03-20", "2025-03-17"),
    ("shots rang out at a Super Bowl Sunday party", "2025-02-20", "2025-02-09"),
    ("shots rang out at a Super Bowl Sunday party", "2019-02-20", "2019-02-03"),
    ("a man was shot on Thanksgiving Eve outside a bar", "2025-12-01", "2025-11-26"),
    # a bare Christmas or Easter before a stop or a comma (not "a Christmas party", "an Easter egg hunt")
    ("A man was shot and killed on Christmas, police said.", "2025-12-30", "2025-12-25"),
    ("On Easter, a man was shot outside a church.", "2025-04-25", "2025-04-20"),
    ("a man was shot on Easter Monday", "2025-04-25", "2025-04-21"),
])
def test_holidays_name_a_day(text, published, expected):
    assert only(text, published) == (expected, expected, 1)


def test_a_holiday_told_as_a_season_or_a_party_held_on_another_day_is_no_day():
    assert only("A man was shot at an office Christmas party on Saturday night.", "2025-12-15") == \
        ("2025-12-13", "2025-12-13", 1)
    assert only("Two days after the lot was packed with Black Friday shoppers, a man was shot there Sunday.",
                "2025-12-01") == ("2025-11-30", "2025-11-30", 1)
    assert only("A man was shot in both legs on Tuesday, a throwback to the era before the Good Friday Agreement.",
                "2026-01-03") == ("2025-12-30", "2025-12-30", 1)


def test_a_holiday_s_year_told_around_it_or_elsewhere_in_the_report_is_its_own():
    found = find_dates("The Mother's Day shooting left 19 hurt. Two men opened fire during a Mother's Day parade in "
                       "2013.", D("2015-09-10"))
    assert [d.date_start for d in found] == [D("2013-05-12"), D("2013-05-12")]


@pytest.mark.parametrize("text,published,expected", [
    # published Saturday 3 January 2026: last Friday is 2 January, "a week ago Friday" the one before
    ("A man was shot to death a week ago Friday in Toledo", "2026-01-03", "2025-12-26"),
    ("the boy was gunned down two weeks ago Sunday outside a store", "2026-01-03", "2025-12-14"),
    # published Tuesday 6 January 2026
    ("the woman who was killed a week ago Saturday night", "2026-01-06", "2025-12-27"),
])
def test_weeks_ago_and_a_weekday_name_that_weekday_of_the_week_so_far_back(text, published, expected):
    assert only(text, published) == (expected, expected, 1)


@pytest.mark.parametrize("text,expected", [
    ("A woman was shot during a fight at a Taco Tuesday event in Columbus on Thursday night.", "2026-01-01"),
    ("He stood outside a bar known for its Wing Wednesday specials when a man fired Monday night.", "2025-12-29"),
    # no name: a verb after it, or no article before it
    ("The Senate Saturday voted to fund the police.", "2026-01-03"),
    ("A man was killed in Tampa Tuesday night.", "2025-12-30"),
])
def test_a_weekday_inside_an_alliterative_name_is_no_day(text, expected):
    assert only(text, "2026-01-03") == (expected, expected, 1)


def test_a_weekday_counted_on_from_is_a_day_ahead():
    assert only("He was shot in the bar Tuesday night. The bar reopens a week from Friday.", "2026-01-03") == \
        ("2025-12-30", "2025-12-30", 1)


def test_a_written_date_on_another_weekday_than_the_named_one_is_the_slip():
    # 10 Jan 2020 was a Friday: "Saturday (Jan. 10)" cannot both be right; the weekday is kept
    found = [d for d in find_dates("The robbery took place on Saturday (Jan. 10) about noon.", D("2020-01-14"))]
    assert [d.date_start for d in found] == [D("2020-01-11"), D("2020-01-11")]  # the written date follows it
    # a written date on the named weekday says which week: "Wednesday, Jan. 1" written on the 14th
    found = [d for d in find_dates("He was shot on Wednesday, Jan. 1, outside a bar.", D("2020-01-14"))]
    assert found[0].date_start == D("2020-01-01")


def test_last_named_month_is_the_latest_such_month_before_publication():
    assert only("Last August, a man was shot on the same street", "2019-02-13") == ("2018-08-01", "2018-08-31", 4)
    assert only("this past January the store was robbed", "2019-02-13") == ("2019-01-01", "2019-01-31", 4)


def test_an_issue_s_today_a_day_without_the_act_and_an_earlier_act_measured_from():
    found = find_dates("Here is today's report. No shootings were reported on March 2, but the week was grim. "
                       "Since the Easter Sunday shooting at the mall, guards patrol the doors.", D("2019-05-06"))
    assert [d.role for d in found] == ["report", "report", "report"]


def test_this_weekend_is_not_read_as_this_week():
    # 2 April 2018 was a Monday
    assert only("a family returned home this weekend to find bullet holes", "2018-04-02") == \
        ("2018-03-31", "2018-04-01", 2)


def test_a_yearless_date_weeks_after_publication_is_still_to_come():
    assert find_dates("The prosecutor's term is up on March 22.", D("2021-03-09")) == []
    # two months back it is last year's: "on Dec. 30" written in March
    assert only("The store was robbed on Dec. 30.", "2021-03-09") == ("2020-12-30", "2020-12-30", 1)


def test_the_past_days_up_to_publication():
    assert only("Fighting killed 40 people over the past week.", "2023-10-05") == ("2023-09-28", "2023-10-05", 3)
    assert only("in the last three days", "2023-10-05") == ("2023-10-02", "2023-10-05", 2)
    assert only("Air strikes killed 12 people within the past 24 hours.", "2023-10-05") == ("2023-10-04", "2023-10-05", 2)
    assert find_dates("over the past week", None) == []


def test_that_weekday_refers_back_and_is_no_day_of_the_publication_s_week():
    text = "He was charged in the 2015 shooting. The shooting happened just before 9:30 a.m. that Saturday morning."
    assert find_dates(text, dt.date(2018, 3, 16)) == []
    # ... nor is a weekday of every week ("every Sunday", "each Friday"); "a Thursday night shooting" is that week's
    assert find_dates("The market opens every Sunday, and the club meets each Friday.", dt.date(2018, 3, 16)) == []
    # ... or told in the plural, a habit ("the bar is usually packed on Fridays")
    assert find_dates("The bar is usually packed on Fridays, and Sundays are slow.", dt.date(2018, 3, 16)) == []
    assert only("Police said a Thursday night shooting was gang-related.", "2018-03-16") == ("2018-03-15", "2018-03-15", 1)


def test_last_week_covers_the_calendar_week_before_and_the_seven_days_before():
    # 6 February 2014 was a Thursday: "last week" may be the week of 27 January or the days since 30 January
    assert only("A girl was robbed at gunpoint last week.", "2014-02-06") == ("2014-01-27", "2014-02-05", 4)
    # said on a Monday, both readings are the week before
    assert only("A girl was robbed at gunpoint last week.", "2014-02-03") == ("2014-01-27", "2014-02-02", 3)


def test_the_day_since_which_acts_are_counted_is_an_earlier_act_s():
    found = find_dates("The slaying was the town's second homicide since Saturday.", D("2014-01-23"))
    assert [d.role for d in found] == ["report"]
    found = find_dates("A clerk on Sunday morning gave police its third robbery report since Saturday night.",
                       D("2014-01-05"))
    assert [d.role for d in found] == ["event", "report"]


def test_days_ago_count_back_from_publication():
    assert only("Soldiers detained the suspects at a checkpoint three days ago.", "2024-05-20") == \
        ("2024-05-17", "2024-05-17", 1)
    assert only("The convoy was ambushed 2 days ago near the border.", "2024-05-20") == ("2024-05-18", "2024-05-18", 1)


def test_the_night_of_one_weekday_to_the_next_is_a_span():
    # 10 June 2024 was a Monday
    assert only("An airstrike killed five people on the night of Saturday to Sunday.", "2024-06-10") == \
        ("2024-06-08", "2024-06-09", 2)
    assert only("A shot was fired overnight Tuesday into Wednesday.", "2024-06-05") == ("2024-06-04", "2024-06-05", 2)


@pytest.mark.parametrize("text,published,expected", [
    # a day since which a toll is counted, and a toll over some days: spans up to the report
    ("The fighting has killed at least 56 people since Friday.", "2024-06-11", ("2024-06-07", "2024-06-11", 2)),
    ("Clashes between the tribes killed 35 people over five days.", "2024-07-29", ("2024-07-24", "2024-07-29", 2)),
])
def test_a_toll_counted_since_a_day_or_over_days_spans_them_up_to_the_report(text, published, expected):
    assert only(text, published) == expected


def test_a_sentence_opening_on_a_month_dates_its_act_in_the_latest_such_month():
    assert only("In March, a roadside bomb killed four soldiers.", "2024-12-08") == ("2024-03-01", "2024-03-31", 4)
    assert only("In late April, gunmen attacked the village.", "2024-04-20") == ("2024-04-01", "2024-04-20", 4)
    # a month told mid-sentence is most often background ("charged in January"), and a march is no month
    assert find_dates("Attacks rose in May and protesters in march.", D("2024-12-08")) == []


def test_earlier_this_month_or_week_ends_the_day_before_the_report():
    # (Wednesday 22 January 2014)
    assert only("the shooting of a teenager earlier this month", "2014-01-22")[:2] == ("2014-01-01", "2014-01-21")
    assert only("raids across Baghdad earlier this week", "2014-01-22")[:2] == ("2014-01-20", "2014-01-21")
    assert only("raids across Baghdad this week", "2014-01-22")[:2] == ("2014-01-20", "2014-01-22")
    # told on the first day of the month or week there is no earlier day: the report's day stands
    assert only("a shooting earlier this month", "2014-02-01")[:2] == ("2014-02-01", "2014-02-01")
    assert only("a shooting earlier this week", "2014-01-20")[:2] == ("2014-01-20", "2014-01-20")


@pytest.mark.parametrize("text,published,expected", [
    ("militiamen burned the village ten days ago, survivors said", "2024-06-20", ("2024-06-10", "2024-06-10", 1)),
    ("the market was shelled a week ago", "2024-06-20", ("2024-06-13", "2024-06-13", 1)),
    # hours back in whole days: "48 hours ago" is two days back, not the report's day
    ("rebels attacked the camp 48 hours ago, killing 12 civilians", "2024-06-20", ("2024-06-18", "2024-06-18", 1)),
    # weeks back are told in round figures: the week around that day
    ("the convoy was ambushed about two weeks ago", "2024-06-20", ("2024-06-03", "2024-06-09", 3)),
    ("the convoy was ambushed a fortnight ago", "2024-06-20", ("2024-06-03", "2024-06-09", 3)),
])
def test_days_and_weeks_ago(text, published, expected):
    assert only(text, published) == expected


def test_fighting_that_lasts_for_a_third_day_is_a_span():
    # 12 June 2024 was a Wednesday
    assert only("Shelling raged for a third day on Wednesday around the town", "2024-06-12") == \
        ("2024-06-10", "2024-06-12", 2)
    assert only("Clashes on the border continued on Wednesday for a fourth straight day", "2024-06-12") == \
        ("2024-06-09", "2024-06-12", 2)
    assert only("Street battles continued for a second day, residents said", "2024-06-12") == \
        ("2024-06-11", "2024-06-12", 2)
    # an act told on its day "for the fifth straight day" is that day's
    assert only("Drones hit the port on Wednesday for the fifth straight day", "2024-06-12") == \
        ("2024-06-12", "2024-06-12", 1)


def test_a_toll_over_days_of_fighting_keeps_its_span():
    from extraction import extract_events
    text = ("Fighting between the army and rebels continued for a third day around the town, killing 20 fighters. "
            "On Tuesday, rebels shelled the market.")
    events = extract_events(text, published_at=D("2024-06-12"), toponyms=[], locations=[])
    assert (events[0].date_start, events[0].date_end, events[0].date_precision) == ("2024-06-10", "2024-06-12", 2)


def test_at_the_weekend():
    assert only("Two soldiers were killed in an ambush at the weekend", "2024-06-10") == ("2024-06-08", "2024-06-09", 2)
    assert find_dates("the dormitories are empty on the weekends", D("2024-06-10")) == []


def test_last_weekend_told_on_a_weekend_is_the_one_before():
    # (2024-06-15 is a Saturday; 2024-06-10 a Monday)
    assert only("A man was shot outside a bar last weekend", "2024-06-15") == ("2024-06-08", "2024-06-09", 2)
    assert only("A man was shot outside a bar last weekend", "2024-06-10") == ("2024-06-08", "2024-06-09", 2)


def test_last_weekend_is_the_weekend_before_the_last_when_a_written_day_says_so():
    text = ("Detectives asked for help finding a gunman who killed a man on a sidewalk last weekend. The camera caught "
            "the shooting on June 2, police said.")
    [ev] = extract_events(text, published_at=D("2024-06-10"), toponyms=[], locations=[])
    assert (ev.date_start, ev.date_precision) == ("2024-06-02", 1)


@pytest.mark.parametrize("text,expected", [
    # 12 June 2024 was a Wednesday
    ("Between Friday and Sunday, shelling killed 30 people", ("2024-06-07", "2024-06-09", 2)),
    ("gunmen held the town from Monday night to Wednesday", ("2024-06-10", "2024-06-12", 2)),
    ("drones struck the city this past weekend", ("2024-06-08", "2024-06-09", 2)),
    ("the village was raided a few days ago", ("2024-06-08", "2024-06-10", 2)),
    ("the army retook three villages in recent days", ("2024-06-05", "2024-06-12", 3)),
    ("a convoy was ambushed late last week", ("2024-06-06", "2024-06-09", 2)),
    ("a convoy was ambushed at the end of last week", ("2024-06-06", "2024-06-09", 2)),
    ("a convoy was ambushed early last week", ("2024-06-03", "2024-06-05", 2)),
])
def test_spans_of_days_told_without_numbers(text, expected):
    assert only(text, "2024-06-12") == expected


def test_a_span_between_two_weekdays_keeps_its_toll():
    from extraction import extract_events
    text = "Between Friday and Sunday, rebels shelled the town, killing 30 people. On Saturday, a drone hit the market."
    events = extract_events(text, published_at=D("2024-06-12"), toponyms=[], locations=[])
    assert (events[0].date_start, events[0].date_end, events[0].date_precision) == ("2024-06-07", "2024-06-09", 2)


@pytest.mark.parametrize("text,expected", [
    # early, mid- and late in a month: its first, middle or last ten days (still a month's precision)
    ("Fighting in mid-March between the two factions killed 40 fighters", ("2024-03-11", "2024-03-20", 4)),
    ("the militia raided the camp in early May", ("2024-05-01", "2024-05-10", 4)),
    ("militants attacked the post late last month", ("2024-05-21", "2024-05-31", 4)),
    ("militants attacked the post at the end of last month", ("2024-05-21", "2024-05-31", 4)),
    ("a bomb destroyed the bridge in late May 2019", ("2019-05-21", "2019-05-31", 4)),
    ("In early March 2016, gunmen stormed the hotel.", ("2016-03-01", "2016-03-10", 4)),  # that year's, not this
])
def test_a_part_of_a_month(text, expected):
    assert only(text, "2024-06-11") == expected


@pytest.mark.parametrize("text,expected", [
    ("farmers were killed near the town in the first week of May", ("2024-05-01", "2024-05-07", 3)),
    ("In the last week of April 2019, shelling killed nine people.", ("2019-04-24", "2019-04-30", 3)),
])
def test_a_week_of_a_month(text, expected):
    assert only(text, "2024-06-11") == expected


# From test_extraction_dates2.py: Event dates in copy of every genre: datelines written before publication, day-first
# numeric dates, relative days and spans told in words (sentences of our own).

@pytest.mark.parametrize("text,published,expected", [
    ("Gunmen killed a trader in Oicha the day before yesterday.", "2025-05-21", [("2025-05-19", "2025-05-19", 1)]),
    ("Three nights ago, militiamen burned a village near Bunia.", "2025-05-21", [("2025-05-18", "2025-05-18", 1)]),
    ("The governor said on Wednesday that a drone had hit the depot the previous evening.", "2025-05-21",
     [("2025-05-20", "2025-05-20", 1)]),
    ("Shelling killed four in Kupiansk earlier in the week, officials said.", "2025-05-23",
     [("2025-05-19", "2025-05-22", 2)]),
])
def test_relative_days_told_in_words(text, published, expected):
    assert event_dates(text, published) == expected


def test_the_end_of_a_month_at_the_turn_of_the_year():
    assert event_dates("Fighting near Kadugli at the end of December killed 40 fighters.", "2025-01-04") == \
        [("2024-12-21", "2024-12-31", 4)]


@pytest.mark.parametrize("text,published,expected", [
    ("Air strikes on Friday and Saturday killed 17 people in Rafah.", "2025-05-19", [("2025-05-16", "2025-05-17", 2)]),
    ("During the night of Tuesday 13 to Wednesday 14 May, militants attacked an army camp.", "2025-05-15",
     [("2025-05-13", "2025-05-14", 2)]),
    # two written days in a row, across a month's end too
    ("Gunmen killed seven villagers near Gusau on Sept. 30 and Oct. 1, residents said.", "2025-10-06",
     [("2025-09-30", "2025-10-01", 2)]),
    ("Strikes on 31 December and 1 January killed 12 people in Khan Younis.", "2026-01-05",
     [("2025-12-31", "2026-01-01", 2)]),
    # days apart: each its own
    ("Strikes on May 3 and May 5 killed 12 people.", "2025-06-05", [("2025-05-03", "2025-05-03", 1),
                                                                 ("2025-05-05", "2025-05-05", 1)]),
])
def test_two_days_told_as_one_span(text, published, expected):
    assert event_dates(text, published) == expected


# From test_extraction_events.py: Event assembly on hand-made text and hand-made toponyms (no gazetteer needed).

def test_route_midpoint_and_night_span():
    text = report_text(
        "Russian aviation kills 80 terrorists trying to move to Palmyra from Raqqa",
        "During the night of May 31 to June 1, members of the Islamic State terror group made another attempt. "
        "Three militant convoys left Raqqa under the cover of the night.")
    tops = [toponym(text, "Palmyra", PALMYRA), toponym(text, "Raqqa", RAQQA), toponym(text, "Raqqa", RAQQA, 1, 1)]
    ev = extract_events(text, published_at=dt.date(2017, 6, 1), toponyms=tops, locations=[])[0].to_dict()
    assert ev["sub_event_type"] == "Air/drone strike"
    assert ev["actor1"]["name"] == "Military Forces of Russia" and ev["actor1"]["inter"] == 8
    assert ev["actor2"]["name"] == "Islamic State"
    assert ev["killed"]["best"] == 80 and ev["killed"]["side_b"] == 80
    assert (ev["date_start"], ev["date_end"], ev["date_precision"]) == ("2017-05-31", "2017-06-01", 2)
    assert ev["location"]["precision"] > 1
    assert 34.56 < ev["location"]["lat"] < 35.95


def test_a_vague_span_gives_way_to_the_exact_day_inside_it():
    text = ("Police have arrested a homeless man in connection with a triple shooting that occurred last week. "
            "He is accused of shooting two 17-year-old boys and a 45-year-old woman on Thursday in the 1700 block.")
    events = extract_events(text, published_at=dt.date(2018, 3, 20), toponyms=[], locations=[])
    shooting = [e for e in events if e.event_type == "Violence against civilians"][0]
    assert shooting.date_start == "2018-03-15" and shooting.date_precision == 1


def test_last_week_gives_way_to_a_day_of_the_calendar_week_before():
    # published on a Thursday: the 28th of the week before is "last week", the day the paper was told is not
    text = ("A boy was robbed at gunpoint on his way to school last week, police said. He was walking along Elm "
            "Street about 8 a.m. Jan. 28 when a man with a gun demanded his phone. The school's letter about "
            "the robbery was given to the newspaper on Wednesday.")
    events = extract_events(text, published_at=dt.date(2014, 2, 6), toponyms=[], locations=[])
    assert (events[0].date_start, events[0].date_precision) == ("2014-01-28", 1)


def test_a_vague_span_gives_way_to_the_exact_day_told_after_it():
    text = ("Neighbors gathered Sunday at the house where a man was shot over the weekend. "
            "The shooting happened at 11 p.m. Friday on Elm Road.")
    events = extract_events(text, published_at=dt.date(2018, 3, 19), toponyms=[], locations=[])
    assert (events[0].date_start, events[0].date_precision) == ("2018-03-16", 1)


def test_a_sitrep_s_next_dated_incident_keeps_its_own_days_and_place():
    kutum = Place(371443, "Kutum", 14.2, 24.67, "P", "PPL", "SD", "55", 10000)
    zalingei = Place(364706, "Zalingei", 12.91, 23.47, "P", "PPLA", "SD", "59", 20000)
    text = ("On 12 March, an airstrike hit a market in the town of Kutum, killing twenty-one civilians. On the night "
            "of 13-14 March, armed men attacked a displacement camp near Zalingei, killing at least seven people.")
    near = text.index("near Zalingei")
    locations = [Location(near, near + len("near Zalingei"), "near Zalingei", 12.91, 23.47, 2, zalingei, "Zalingei")]
    strike, attack = extract_events(text, published_at=dt.date(2024, 3, 15),
                                    toponyms=[toponym(text, "Kutum", kutum), toponym(text, "Zalingei", zalingei)],
                                    locations=locations)
    assert (strike.location["name"], strike.date_start) == ("Kutum", "2024-03-12")
    assert (attack.date_start, attack.date_end, attack.date_precision) == ("2024-03-13", "2024-03-14", 2)


def test_a_war_or_talks_told_as_a_lasting_state_are_background():
    text = ("A car bomb exploded outside a market in the town on Friday, killing seven people, officials said. "
            "The province has been torn by fighting between the army and the rebels since the spring. "
            "The rebels have been in negotiations with the government since 2021.")
    event = only_event(text, dt.date(2024, 5, 4))
    assert event.sub_event_type == "Remote explosive/landmine/IED"
    # a progressive act since a day is still an act
    text = "The rebels have been shelling the eastern districts since Tuesday, residents said."
    assert only_event(text, dt.date(2024, 5, 4)).sub_event_type == "Shelling/artillery/missile attack"


def test_a_day_earlier_dates_another_act_back_from_the_first():
    text = ("Militants stormed a military base near the river at dawn on Tuesday, the army said. "
            "A day earlier, a drone strike killed four militants near the border.")
    base, strike = extract_events(text, published_at=dt.date(2024, 6, 12), toponyms=[], locations=[])
    assert (base.sub_event_type, base.actor2["inter"], base.date_start) == ("Armed clash", 1, "2024-06-11")
    assert (strike.sub_event_type, strike.date_start) == ("Air/drone strike", "2024-06-10")


def test_forces_that_strike_a_facility_and_a_toll_counted_since_a_day():
    strike = only_event("Russian forces struck an energy facility overnight, the governor said on Saturday.",
                        dt.date(2024, 6, 15))
    assert (strike.sub_event_type, strike.actor1["name"]) == ("Shelling/artillery/missile attack", "Military Forces of Russia")
    # (the shells that hit the market on Sunday are a shelling of their own)
    toll, shelling = extract_events("Fighting between the army and the RSF has killed at least 56 people since Friday, "
                                    "medics said. On Sunday, shells hit the market.", published_at=dt.date(2024, 6, 11),
                                    toponyms=[], locations=[])
    assert (shelling.sub_event_type, shelling.date_start) == ("Shelling/artillery/missile attack", "2024-06-09")
    assert (toll.date_start, toll.date_end, toll.date_precision) == ("2024-06-07", "2024-06-11", 2)


def test_a_war_told_in_the_perfect_for_years_is_background():
    text = ("Gunmen killed at least 17 people in an overnight attack on Tadmur, an official said on Friday. The group "
            "has fought the government for decades.")
    tops = [toponym(text, "Tadmur", PALMYRA)]
    events = extract_events(text, published_at=dt.date(2024, 11, 8), toponyms=tops, locations=[])
    assert [e.sub_event_type for e in events] == ["Attack"]



def test_territory_held_since_last_year_is_background_not_the_report_s_act():
    # the report's act is the attack on the post; the ground the group has held "since last year" is no act of the day
    text = ("Fighters attacked a police post on Wednesday, killing three policemen. The Arakan Army has taken control "
            "of much of northern Rakhine since last year.")
    assert [e.sub_event_type for e in helpers.events(text, dt.date(2024, 3, 6))] == ["Armed clash"]
    # ... while a taking told in the perfect with a day of its own is an act
    text = "The Arakan Army has taken control of the town of Paletwa, the group said on Sunday."
    assert [e.sub_event_type for e in helpers.events(text, dt.date(2024, 1, 15))] == ["Non-state actor overtakes territory"]

def test_an_earlier_this_month_shooting_takes_its_day_not_the_arrest_s():
    text = ("Police arrested a man this morning and charged him in the shooting of a teenager earlier this month, "
            "officials said. He was arrested without incident this morning. On Jan. 8, he allegedly shot a "
            "16-year-old in the thigh, police said.")
    events = extract_events(text, published_at=dt.date(2014, 1, 22), toponyms=[], locations=[])
    shooting = next(e for e in events if e.sub_event_type == "Attack")
    assert shooting.date_start == "2014-01-08" and shooting.actor1 is None
    assert any(e.sub_event_type == "Arrests" and e.date_start == "2014-01-22" for e in events)


def test_a_last_week_shooting_takes_the_first_arrest_day_inside_the_week():
    text = ("A Bigfork man has been charged after allegedly shooting his neighbour last week. He was arrested on "
            "March 14 after deputies answered a call about a shot fired, and was charged on March 16.")
    events = extract_events(text, published_at=dt.date(2018, 3, 20), toponyms=[], locations=[])
    shooting = next(e for e in events if e.event_type == "Violence against civilians")
    assert (shooting.date_start, shooting.date_end, shooting.date_precision) == ("2018-03-14", "2018-03-14", 1)
    # (an overnight's two days keep their span: the arrest is as often the morning after)
    overnight = extract_events("Gunmen shot two men overnight. Police arrested a suspect on Tuesday.",
                               published_at=dt.date(2018, 3, 20), toponyms=[], locations=[])[0]
    assert overnight.date_start != overnight.date_end


# From test_extraction_extras.py: Reports that are mostly no report of a new act (anniversaries, profiles, trials,
# explainers, survivors' accounts): what they recall is no event of theirs.

def test_an_act_dated_only_by_a_month_or_a_year_long_before_publication_is_history():
    assert subs("Tens of thousands gathered on Friday to commemorate the victims. Bosnian Serb forces overran the town "
                "in July 1995 and killed more than 8,000 Muslim men and boys.") == []
    assert subs("The court jailed four men on Thursday. The kidnapping of 276 schoolgirls from their boarding school in "
                "April 2014 drew global outrage.") == []
    # an old act told to the day is what a trial or an arrest report is about (within five years: see the test below);
    # a recent month is news
    assert subs("A man was sentenced on Monday for the killing. On June 3, 2016, he shot dead a neighbour in his "
                "garden.", published=dt.date(2019, 5, 20)) == ["Attack"]
    assert subs("Gunmen killed 12 villagers in the district in March, residents said.") == ["Attack"]
    assert subs("Candidates are scaling back rallies. In July last year, a suicide bomber killed 63 people at a rally.",
                published=dt.date(2024, 1, 30)) == []


def test_an_act_told_to_its_day_five_years_or_more_before_publication_is_history():
    # a verdict's report of 2022 on an act of 2014: the downing is history, no event of the report
    assert subs("A Dutch court on Thursday convicted two Russians and a Ukrainian of murder over the downing of flight "
                "MH17. The Boeing 777 was shot down over eastern Ukraine on July 17, 2014, killing all 298 people on "
                "board, the court found.", published=dt.date(2022, 11, 17)) == []
    # (a trial within them still codes the shooting it is about: see the test above)


def test_an_act_told_in_a_past_year_after_the_lead_is_history():
    text = ("The U.S. embassy warned on Wednesday of a possible terrorist attack in Nairobi. Police said they had stepped "
            "up security. Al Shabaab militants killed 67 people at the Westgate mall in 2013.")
    assert subs(text, published=dt.date(2024, 10, 30)) == []
    # in the lead it is what a trial report is about
    assert subs("Two men who opened fire during a parade in 2013, leaving 20 people injured, pleaded guilty to federal "
                "charges on Wednesday.", published=dt.date(2015, 9, 10)) == ["Attack"]


def test_a_war_fought_since_a_year_is_no_act_but_shelling_since_friday_is():
    # (the lead's campaign "since November 2023" is a running total and dates nothing; the war since 2015 is no act)
    assert extract_events("The Houthis have launched more than 100 attacks on ships since November 2023. The group "
                          "controls the capital, which it seized in 2014. It has fought a Saudi-led coalition since 2015.",
                          published_at=dt.date(2024, 12, 5), toponyms=[], locations=[]) == []
    [ev] = extract_events("Government forces have been shelling the city since Friday, killing 12 people.",
                          published_at=dt.date(2024, 12, 5), toponyms=[], locations=[])
    assert ev.killed["best"] == 12


def test_a_front_s_exchange_in_the_perfect_since_a_month_is_no_act():
    # (a standing exchange, told of two sides or of a place; not a month's day a few days back, an act going on)
    for text, published in (
            ("An Israeli drone strike on a car near Nabatieh killed two Hezbollah fighters on Thursday. Hezbollah and "
             "Israel have exchanged fire almost daily since October, in parallel with the war in Gaza.", dt.date(2024, 3, 14)),
            ("Russian shelling killed three people in the city on Sunday. The city lies near Chasiv Yar, where Ukrainian "
             "and Russian forces have fought for control since April.", dt.date(2024, 8, 11)),
            ("Al Shabaab fighters attacked a military base on Sunday, killing six soldiers. Somalia's government has "
             "waged an offensive against the group since August last year.", dt.date(2023, 10, 29))):
        assert len(extract_events(text, published_at=published, toponyms=[], locations=[])) == 1, text
    [ev] = extract_events("Rebels and troops have clashed near the town since March 10, residents said.",
                          published_at=dt.date(2024, 3, 13), toponyms=[], locations=[])
    assert ev.sub_event_type == "Armed clash"


# From test_extraction_latam2.py: Latin America and the Caribbean, second round: the maras, Haiti's police and the
# Kenyan-led mission, and where a wire report's act happened when its dateline is the capital it was filed from.

def test_a_title_s_act_keeps_its_day_before_a_later_claim_s_day():
    # (the army's statement on Tuesday tells the capture its spokesman dates Monday)
    [ev] = helpers.report_events("Army says it retook key town\n\nThe army said on Tuesday it had recaptured the town of Um Rawaba from "
                 "the Rapid Support Forces after two days of fighting. \"Our forces entered Um Rawaba on Monday,\" a "
                 "spokesman said.", published="2025-03-04", geoparser=helpers.GEOPARSER)
    assert ev["date_start"] == "2025-03-03"


# From test_extraction_levant3.py: Middle East copy, a third round: Gaza, the West Bank, Lebanon, Syria after Assad,
# Yemen, Iraq (2025).

def test_an_offensive_going_on_for_weeks_is_background(geoparser):
    [ev] = helpers.report_events("A woman was killed on Sunday when soldiers opened fire on her in the Nur Shams camp east of Tulkarm, "
                  "the Health Ministry said. The army has been conducting a military offensive in the northern West Bank "
                  "for three weeks.", geoparser, published="2025-02-09")
    assert ev["sub_event_type"] == "Attack"


# From test_extraction_releases.py: The end of a captivity and other acts that are not the violence they name:
# releases, rescues, escapes, verdicts on old attacks and anniversaries.

def test_an_act_at_an_anniversary_keeps_its_day():
    [ev] = helpers.events("Two explosions killed 40 people at a ceremony marking the anniversary of the killing of a general "
                  "on Monday.", published=helpers.WED_2025_11_26)
    assert (ev.killed["best"], ev.date_start) == (40, "2025-11-24")


# From test_extraction_sitrepsfix.py: Sitreps and daily summaries (fixing round): running totals over long windows,
# summaries above lists, weekly overviews dated at the end of the sentence, sub-types, actors and combined figures.

def test_a_place_s_taking_told_in_a_clause_of_the_past_is_no_act_and_no_period():
    text = ("On 11 January, a junta jet struck the market in Kyauktaw town, which the Arakan Army captured last year, "
            "killing 12 people and wounding more than 30.")
    evs = events(text, published=dt.date(2025, 1, 14))
    assert [(ev.sub_event_type, ev.killed["best"], ev.wounded["best"]) for ev in evs] == [("Air/drone strike", 12, 31)]
    text = ("The following day, a military jet dropped two bombs on a monastery in Mrauk-U, a town seized by the Arakan "
            "Army last year, killing six people.")
    assert kinds(events(text, published=dt.date(2025, 2, 10))) == [("Air/drone strike", 6)]
    # (a number's thousands comma ends no such clause: its dead are the taking's, no act of the report)
    text = ("M23 rebels fought Congolese troops near Rutshuru on Wednesday, residents said. M23, which captured Goma in "
            "January in an offensive in which some 3,000 people were killed, has since taken Bukavu.")
    assert [ev.sub_event_type for ev in events(text, published=dt.date(2025, 3, 20))] == ["Armed clash"]


def test_a_taking_dated_by_a_month_with_no_day_is_recalled():
    # (in a report of a later month, with its span of war; its toll's clause goes with it)
    text = ("The United Nations said on Wednesday that aid deliveries to eastern Congo remained restricted. M23 rebels "
            "seized Goma in January after a lightning offensive and took Bukavu in February.")
    assert events(text, published=dt.date(2025, 4, 9)) == []
    text = ("Shelling by the Rapid Support Forces on a market in El Fasher killed at least 14 people on Monday. The RSF "
            "captured the nearby Zamzam camp in April, in an assault in which hundreds were killed, and has since "
            "tightened its siege.")
    assert kinds(events(text, published=dt.date(2025, 6, 3))) == [("Shelling/artillery/missile attack", 14)]
    # (the war's span a taking ended, told after its month: the fighting is the taking's)
    text = ("Shelling by the paramilitary group killed seven civilians in the city on Monday, residents said. The group "
            "took the town of Sinja in December after months of fighting, sending thousands fleeing south.")
    assert kinds(events(text, published=dt.date(2024, 2, 12))) == [("Shelling/artillery/missile attack", 7)]
    # (a taking told by its day is the report's)
    assert [ev.sub_event_type for ev in events("The army retook the town of Um Rawaba on Monday after two days of "
                                               "fighting.", published=dt.date(2025, 3, 4))] == ["Government regains territory"]


def test_a_statement_report_s_act_dated_only_by_a_week_gone_by_is_recalled():
    # (a lead that tells no act, its news a ministry's statement: last week's strikes it recalls are background)
    text = ("The Houthi-run foreign ministry in Sanaa said on Monday it held Israel fully responsible and vowed a "
            "response. Israeli jets bombed Sanaa airport and power stations in Hodeidah last week, killing six people, "
            "the ministry said in a statement.")
    assert events(text, published=dt.date(2024, 12, 30)) == []
    # (a report whose lead tells the act keeps it: its own news)
    text = ("Israeli jets bombed Sanaa airport last week, killing six people, the Houthi-run health ministry said on "
            "Monday.")
    assert [ev.sub_event_type for ev in events(text, published=dt.date(2024, 12, 30))] == ["Air/drone strike"]


def test_an_old_act_retold_undated_after_a_verdict_s_or_a_memorial_s_lead_is_background():
    # (a headline report whose title and lead tell a trial, a verdict or a memorial, no act: the act told after them
    # with no day of its own is the one retold, not news)
    text = ("Trial opens for eight over Nice truck attack\n\nThe trial of eight people accused of helping the man who "
            "drove a truck into a crowd in Nice opened in Paris on Monday. Mohamed Lahouaiej-Bouhlel ploughed the truck "
            "through people watching fireworks on the Promenade des Anglais, killing 86 people, before police shot him "
            "dead.")
    assert events(text, published=dt.date(2022, 9, 5)) == []
    text = ("Russia marks a year since concert hall attack\n\nHundreds of people laid flowers outside the Crocus City "
            "Hall on Saturday, a year after the deadliest attack in Russia in two decades. More than 140 people were "
            "killed when gunmen opened fire on concertgoers and set the building ablaze.")
    assert events(text, published=dt.date(2025, 3, 22)) == []
    # (an act of the day told after such a lead keeps its own time)
    text = ("Ukraine marks Kramatorsk anniversary\n\nUkrainians laid flowers at Kramatorsk station on Tuesday to mark "
            "three years since a Russian missile strike on the station killed 61 people. Overnight, Russian drones "
            "struck the city of Kharkiv, wounding five people.")
    assert [ev.wounded["best"] for ev in events(text, published=dt.date(2025, 4, 8))] == [5]


def test_offensives_pressed_since_a_month_are_acts_in_general():
    # (a plural noun its rule matches only in the singular, "offensive" of "offensives", with no count and a month
    # that dates only the since-clause: the span's acts in general, no act of the day)
    text = ("An Israeli airstrike on a school in Gaza City killed 12 people on Tuesday. Since Israel ended a two-month "
            "ceasefire in March, its forces have pressed offensives across the enclave.")
    assert [ev.sub_event_type for ev in events(text, published=dt.date(2025, 5, 6))] == ["Air/drone strike"]


def test_a_chronicle_s_days_are_acts_of_their_own_even_of_one_kind():
    text = ("Junta aircraft bombed a village in Sagaing Region, killing seven civilians on 9 January. On 11 January, a "
            "junta jet struck the market in Kyauktaw town, killing 12 people.")
    evs = events(text, published=dt.date(2025, 1, 14))
    assert sorted((ev.date_start, ev.killed["best"]) for ev in evs) == [("2025-01-09", 7), ("2025-01-11", 12)]


# From test_extraction_subtypes.py: ACLED sub-event types told apart from their neighbours: fire on a crowd named with
# a word before it, an act still to come when another happened, men a crowd only takes for kidnappers, munitions
# listed in a seized cache.

def test_an_actor_told_by_the_ground_it_took_months_before_is_background():
    assert [sub for sub, _, _ in helpers.codings(
        "Myanmar's military said on Tuesday its troops had recaptured the town on Monday. The KIA, which took control of "
        "several army outposts around the jade-mining hub in January, did not respond to requests for comment.", published=helpers.TUE_2024_07_16, fields=("sub_event_type", "actor1.name", "killed.best"))] == [
        "Government regains territory"]


# From test_extraction_tolls3.py: Casualty phrasing in wire and local conflict copy: victims listed with their kin and
# companions, families, and counts told in other shapes.

def test_an_act_told_over_two_named_days_spans_them():
    # (published on a Thursday: THU)
    [ev] = helpers.events("Militia fighters raided the village on Monday and Tuesday, killing 14 farmers, residents said.", published=helpers.THU_2025_03_13)
    assert (str(ev.date_start), str(ev.date_end), ev.date_precision) == ("2025-03-10", "2025-03-11", 2)
    [ev] = helpers.events("Shelling of the district on March 2 and 3 killed six civilians, the governor said.", published=helpers.THU_2025_03_13)
    assert (str(ev.date_start), str(ev.date_end), ev.date_precision) == ("2025-03-02", "2025-03-03", 2)
    # (a count after the day is no second day: "on March 2 and 6 people ...")
    [ev] = helpers.events("Shelling hit the district on March 2 and 6 people were killed, the governor said.", published=helpers.THU_2025_03_13)
    assert str(ev.date_start) == str(ev.date_end) == "2025-03-02"


def test_a_taking_told_in_a_who_or_which_clause_with_its_year_is_background():
    # the group's taking of the town "in 2023" is who holds it; the report's act is the attack, with its toll
    text = "The militants, who seized the town in 2023, attacked an army post on Monday, killing four soldiers."
    [ev] = helpers.events(text, dt.date(2024, 7, 16))
    assert (ev.sub_event_type, ev.killed["best"], ev.date_start) == ("Armed clash", 4, "2024-07-15")
    # ... and the rockets fired after it are no weapon taken in a list ("seized cash, drugs and a grenade")
    [ev] = helpers.events("Hamas, which seized Gaza in 2007, fired rockets at Sderot on Monday.", dt.date(2024, 7, 16))
    assert (ev.sub_event_type, ev.actor1["name"]) == ("Shelling/artillery/missile attack", "Hamas Movement")


def test_a_taking_clause_is_found_in_capitals_and_after_two_blanks():
    # (the words the case-insensitive clause needs are looked for case-insensitively, and "which" after any blanks)
    from extraction.period_tallies import past_taking_clauses
    assert past_taking_clauses("Kyauktaw, WHICH THE ARAKAN ARMY CAPTURED LAST YEAR, was shelled") == [(8, 50)]
    assert past_taking_clauses("Kyauktaw,  which the Arakan Army captured last year, was shelled") == [(8, 51)]
    assert past_taking_clauses("Kyauktaw, which the army shelled on Monday, lies near the coast") == []


def test_a_weekend_gives_way_to_the_days_told_after_it():
    # "over the weekend ... on Friday and Saturday": the days the report names, not the weekend's Saturday and Sunday
    [ev] = extract_events("At least 184 people were killed in a massacre in the Cite Soleil area over the weekend, a "
                          "rights group said on Monday. The killings took place on Friday and Saturday in the Wharf "
                          "Jeremie neighbourhood.", published_at=dt.date(2024, 12, 9), toponyms=[], locations=[])
    assert (ev.date_start, ev.date_end) == ("2024-12-06", "2024-12-07")
