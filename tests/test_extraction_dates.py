"""Temporal expressions resolved against the publication date (UCDP date_prec)."""
import datetime as dt

import pytest

from extraction.dates import find_dates, last_weekday, precision_of

D = dt.date.fromisoformat


def only(text, published):
    found = [d for d in find_dates(text, D(published) if published else None) if d.role == "event"]
    assert len(found) == 1, found
    d = found[0]
    return d.date_start.isoformat(), d.date_end.isoformat(), d.precision


def test_weekday_is_last_such_day_on_or_before_publication():
    # 28 May 2017 was a Sunday
    assert only("the incident took place on Saturday evening", "2017-05-28") == ("2017-05-27", "2017-05-27", 1)
    assert only("Sunday saw the complete withdrawal", "2017-05-21") == ("2017-05-21", "2017-05-21", 1)
    assert last_weekday(D("2017-05-28"), 6) == D("2017-05-28")


def test_night_spanning_two_days():
    assert only("During the night of May 31 to June 1, members", "2017-06-01") == ("2017-05-31", "2017-06-01", 2)


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


def test_overnight_spans_the_night_into_publication():
    assert only("a bakery was robbed at gunpoint overnight", "2018-03-29") == ("2018-03-28", "2018-03-29", 2)
    # "the previous nights" is no date
    assert find_dates("cars were broken into on the same street the previous nights", D("2018-03-29")) == []


def test_a_night_across_two_days_is_a_span():
    assert only("shots rang out on Elm Road Friday night and early Saturday morning", "2018-03-19") == \
        ("2018-03-16", "2018-03-17", 2)
    assert only("three cars were stolen late Monday into early Tuesday", "2018-03-21") == ("2018-03-19", "2018-03-20", 2)
    # two days apart, or no night between them: each day is its own
    found = find_dates("the store was robbed Monday and Thursday", D("2018-03-23"))
    assert [d.date_start.isoformat() for d in found] == ["2018-03-19", "2018-03-22"]


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


def event_days(text, published):
    return [d.date_start.isoformat() for d in find_dates(text, D(published)) if d.role == "event"]


def test_a_written_date_says_which_weekday():
    # published Tuesday 11 June 2019: "Wednesday" alone would be 5 June
    assert event_days("The clerk was robbed on Wednesday, May 29, around 9 p.m.", "2019-06-11") == \
        ["2019-05-29", "2019-05-29"]
    assert event_days("He was hurt early Sunday morning (June 2) near the pier.", "2019-06-11") == \
        ["2019-06-02", "2019-06-02"]
    # only the year differs: a slip of the pen, the weekday stands
    assert event_days("It happened on Thursday, June 6, 2018.", "2019-06-11")[0] == "2019-06-06"


def test_a_log_period_with_clock_times_is_one_span():
    assert only("complaints filed from midnight June 3 to 6:00am June 4, 2019.", "2019-06-04") == \
        ("2019-06-03", "2019-06-04", 2)


def test_tonight_falls_the_day_before_a_next_day_publication():
    assert only("A man was shot tonight on Elm Street.", "2019-06-11")[0] == "2019-06-10"
    assert only("Shots were fired this evening near the park.", "2019-06-11")[0] == "2019-06-10"
    assert only("A woman was hurt this morning on Oak Road.", "2019-06-11")[0] == "2019-06-11"


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
])
def test_holidays_name_a_day(text, published, expected):
    assert only(text, published) == (expected, expected, 1)


def test_new_years_eve_and_the_new_year_holiday_are_not_read_as_a_day():
    assert find_dates("gunfire on New Year's Eve; the first report came during the New Year's holiday",
                      D("2020-01-02")) == []


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


def test_a_written_date_on_another_weekday_than_the_named_one_is_the_slip():
    # 10 Jan 2020 was a Friday: "Saturday (Jan. 10)" cannot both be right; the weekday is kept
    found = [d for d in find_dates("The robbery took place on Saturday (Jan. 10) about noon.", D("2020-01-14"))]
    assert [d.date_start for d in found] == [D("2020-01-11"), D("2020-01-11")]  # the written date follows it
    # a written date on the named weekday says which week: "Wednesday, Jan. 1" written on the 14th
    found = [d for d in find_dates("He was shot on Wednesday, Jan. 1, outside a bar.", D("2020-01-14"))]
    assert found[0].date_start == D("2020-01-01")


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


def test_last_named_month_is_the_latest_such_month_before_publication():
    assert only("Last August, a man was shot on the same street", "2019-02-13") == ("2018-08-01", "2018-08-31", 4)
    assert only("this past January the store was robbed", "2019-02-13") == ("2019-01-01", "2019-01-31", 4)


def test_an_issue_s_today_a_day_without_the_act_and_an_earlier_act_measured_from():
    found = find_dates("Here is today's report. No shootings were reported on March 2, but the week was grim. "
                       "Since the Easter Sunday shooting at the mall, guards patrol the doors.", D("2019-05-06"))
    assert [d.role for d in found] == ["report", "report", "report"]


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
])
def test_warrants_judges_and_punishments_date_the_court_not_the_act(text):
    assert {d.role for d in find_dates(text, D("2019-03-08"))} == {"judicial"}


def test_this_weekend_is_not_read_as_this_week():
    # 2 April 2018 was a Monday
    assert only("a family returned home this weekend to find bullet holes", "2018-04-02") == \
        ("2018-03-31", "2018-04-01", 2)


def test_a_day_after_a_hearing_or_of_a_notice_dates_no_act():
    found = find_dates("His lawyer called the newspaper Friday after the arraignment. "
                       "The principal notified parents of the incident on Jan. 30.", D("2020-02-03"))
    assert [d.role for d in found] == ["judicial", "report"]


def test_a_yearless_date_weeks_after_publication_is_still_to_come():
    assert find_dates("The prosecutor's term is up on March 22.", D("2021-03-09")) == []
    # two months back it is last year's: "on Dec. 30" written in March
    assert only("The store was robbed on Dec. 30.", "2021-03-09") == ("2020-12-30", "2020-12-30", 1)


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


def test_a_time_stamp_before_the_text_and_a_life_s_steps_date_no_act():
    found = find_dates("Friday January 24, 2020 12:04 AM A woman was found dead Wednesday.", D("2020-01-24"))
    assert [(d.date_start.isoformat(), d.role) for d in found] == \
        [("2020-01-24", "report"), ("2020-01-24", "report"), ("2020-01-22", "event")]
    found = find_dates("The deputy was hired May 31, 1995 and retired from the office June 25, 2015. "
                       "A married couple was shot Monday night.", D("2020-01-21"))
    assert [d.role for d in found] == ["background", "background", "event"]


def test_the_past_days_up_to_publication():
    assert only("Fighting killed 40 people over the past week.", "2023-10-05") == ("2023-09-28", "2023-10-05", 3)
    assert only("in the last three days", "2023-10-05") == ("2023-10-02", "2023-10-05", 2)
    assert find_dates("over the past week", None) == []


def test_day_first_ranges():
    assert only("He was killed on the night of 16 to 17 February.", "2020-02-20") == ("2020-02-16", "2020-02-17", 2)
    assert only("clashes between 10 and 12 March 2020", "2020-05-20") == ("2020-03-10", "2020-03-12", 2)
    assert find_dates("Fighting 16 to 17 people", D("2020-05-20")) == []


def test_that_weekday_refers_back_and_is_no_day_of_the_publication_s_week():
    text = "He was charged in the 2015 shooting. The shooting happened just before 9:30 a.m. that Saturday morning."
    assert find_dates(text, dt.date(2018, 3, 16)) == []


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


def test_the_eve_of_a_day_is_the_day_before():
    # 9 June 2024 was a Sunday: "Monday's talks" are the day after the report
    assert only("a bomb exploded at a rally on the eve of Sunday's vote", "2024-06-09") == ("2024-06-08", "2024-06-08", 1)
    assert only("rockets hit the port on the eve of Monday's talks", "2024-06-09") == ("2024-06-09", "2024-06-09", 1)
    assert only("gunmen attacked the polling station on the eve of the 9 June election", "2024-06-10") == \
        ("2024-06-08", "2024-06-08", 1)


def test_at_the_weekend():
    assert only("Two soldiers were killed in an ambush at the weekend", "2024-06-10") == ("2024-06-08", "2024-06-09", 2)
    assert find_dates("the dormitories are empty on the weekends", D("2024-06-10")) == []


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
