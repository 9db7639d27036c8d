"""Event dates in copy of every genre: datelines written before publication, day-first numeric dates, relative
days and spans told in words (sentences of our own)."""
import datetime as dt

import pytest

from extraction.dates import find_dates

D = dt.date.fromisoformat


def event_dates(text, published):
    return [(d.date_start.isoformat(), d.date_end.isoformat(), d.precision)
            for d in find_dates(text, D(published)) if d.role == "event"]


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


def test_two_days_apart_stay_two_dates():
    assert event_dates("Strikes on Monday and Wednesday killed five.", "2025-05-23") == \
        [("2025-05-19", "2025-05-19", 1), ("2025-05-21", "2025-05-21", 1)]


def test_a_statement_dated_a_day_is_the_report_s():
    assert event_dates("In a statement dated 10 May, the group said it had attacked a convoy last Thursday.",
                       "2025-05-13") == [("2025-05-08", "2025-05-08", 1)]
