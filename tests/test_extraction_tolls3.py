"""Casualty phrasing in wire and local conflict copy: victims listed with their kin and companions, families, and
counts told in other shapes."""
from tests.test_extraction_tolls import events


def test_one_dead_and_another_hurt_are_two_people():
    [ev] = events("One man died and another was injured when gunmen fired on a minibus near the market on Friday.")
    assert (ev.killed["best"], ev.wounded["best"]) == (1, 1)


def test_an_act_told_over_two_named_days_spans_them():
    # (published on a Thursday: THU)
    [ev] = events("Militia fighters raided the village on Monday and Tuesday, killing 14 farmers, residents said.")
    assert (str(ev.date_start), str(ev.date_end), ev.date_precision) == ("2025-03-10", "2025-03-11", 2)
    [ev] = events("Shelling of the district on March 2 and 3 killed six civilians, the governor said.")
    assert (str(ev.date_start), str(ev.date_end), ev.date_precision) == ("2025-03-02", "2025-03-03", 2)
    # (a count after the day is no second day: "on March 2 and 6 people ...")
    [ev] = events("Shelling hit the district on March 2 and 6 people were killed, the governor said.")
    assert str(ev.date_start) == str(ev.date_end) == "2025-03-02"
