"""Casualty phrasing in wire and local conflict copy: victims listed with their kin and companions, families, and
counts told in other shapes."""
from tests.test_extraction_tolls import events


def test_kin_and_companions_listed_after_a_victim_are_dead_with_them():
    [ev] = events("A drone strike on a car near Tulkarm killed a militia leader, his brother and nephew on Friday, "
                  "residents said.")
    assert ev.killed["best"] == 3
    [ev] = events("Gunmen killed a district councillor, his three sons and a cousin outside their home on Monday.")
    assert ev.killed["best"] == 5
    [ev] = events("Shelling killed an elderly man and his wife in the village on Sunday, the governor said.")
    assert ev.killed["best"] == 2
    [ev] = events("Insurgents killed the mayor of Tessit and two of his aides in an ambush on Wednesday.")
    assert ev.killed["best"] == 3
    # (not one who speaks of it, nor a new clause's subject)
    [ev] = events("Troops killed a rebel commander, his spokesman said on Monday.")
    assert ev.killed["best"] == 1
    [ev] = events("The blast killed a policeman and his son was wounded, officials said on Monday.")
    assert ev.killed["best"] == 1


def test_an_apposition_or_a_source_after_the_victims_is_no_one_more():
    [ev] = events("Troops bombed the village on Friday, killing seven people, a rebel group said.")
    assert ev.killed["best"] == 7
    [ev] = events("Soldiers shot dead a driver, a local farmer, at a checkpoint on Tuesday.")
    assert ev.killed["best"] == 1


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
