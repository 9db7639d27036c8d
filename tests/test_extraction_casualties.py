"""Casualty phrases: killed / wounded / missing / abducted, victim categories, zeros, subsets."""
import datetime as dt

import pytest

from extraction import extract_events
from extraction.casualties import combine, find_casualties


def counts(text):
    killed, wounded = combine(find_casualties(text))
    return (killed.best if killed else None), (wounded.best if wounded else None)


def test_a_title_and_a_name_with_no_article_is_one_victim():
    assert counts("A suicide bomber killed provincial governor Ali Khan and five others in Kunduz on Tuesday.") == (6, None)
    assert counts("Gunmen shot dead journalist Ahmed Nour in Mogadishu on Monday.") == (1, None)
    # (no name after it, or a word that is no name: nobody counted)
    assert counts("Troops killed militants Monday in the valley.") == (None, None)
    assert counts("East Bay cops kill suspect Opinion: How to keep safe") == (None, None)


def test_missing_and_abducted():
    kinds = {(m.kind, m.best) for m in find_casualties("Four soldiers are missing and 12 women were abducted.")}
    assert kinds == {("missing", 4), ("abducted", 12)}


def test_two_people_with_one_surname_are_two():
    text = "Lena Ortiz had been shot in the wrist. Marco Ortiz was pronounced dead at the scene."
    assert counts(text) == (1, 1)
    text = "Lena Ortiz had been shot in the chest. Ortiz was pronounced dead at the scene."
    assert counts(text) == (1, None)


@pytest.mark.parametrize("text,killed,wounded", [
    ("The clerk was shot on Tuesday and died two days later.", 1, None),
    ("The victim staggered into the street and was found dead by neighbors.", 1, None),
    ("A robber fled on foot and was shot by a deputy.", None, 1),
])
def test_a_second_act_of_the_same_subject(text, killed, wounded):
    assert counts(text) == (killed, wounded)


def _told(text):
    """(low, best) of the dead told in text, sentence by sentence."""
    mentions, start = [], 0
    for sentence in text.split(". "):
        mentions += find_casualties(text, start, start + len(sentence))
        start += len(sentence) + 2
    killed, _ = combine(mentions)
    return killed.low, killed.best


@pytest.mark.parametrize("text,killed", [
    # the two groups of one "N ... and M ..." phrase are one told toll, restated elsewhere, not added to it
    ("Eight killed in Sulu clash\n\nThree soldiers and five militants were killed in a firefight in Patikul.", 8),
    ("Three soldiers, five militants killed in Sulu clash\n\n"
     "Three soldiers and five militants were killed in a firefight in Patikul.", 8),
    ("Three soldiers and five militants were killed in a firefight in Patikul.", 8),
    ("Gunmen killed two soldiers and three policemen on Monday. Five soldiers died, officials said. "
     "Four militants were killed.", 9),
])
def test_a_pair_of_groups_is_one_told_toll(text, killed):
    assert counts(text)[0] == killed


def test_a_title_bound_and_the_lead_range_are_one_toll_with_its_low():
    killed, _ = combine(find_casualties("Clashes kill up to 30 in the north") +
                        find_casualties("The fighting killed between 22 and 30 people, officials said."))
    assert (killed.low, killed.high) == (22, 30)
