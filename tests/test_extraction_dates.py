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


def event_days(text, published):
    return [d.date_start.isoformat() for d in find_dates(text, D(published)) if d.role == "event"]


def test_a_log_period_with_clock_times_is_one_span():
    assert only("complaints filed from midnight June 3 to 6:00am June 4, 2019.", "2019-06-04") == \
        ("2019-06-03", "2019-06-04", 2)


def test_tonight_falls_the_day_before_a_next_day_publication():
    assert only("A man was shot tonight on Elm Street.", "2019-06-11")[0] == "2019-06-10"
    assert only("Shots were fired this evening near the park.", "2019-06-11")[0] == "2019-06-10"
    assert only("A woman was hurt this morning on Oak Road.", "2019-06-11")[0] == "2019-06-11"


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
