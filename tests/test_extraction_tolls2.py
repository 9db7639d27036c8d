"""Who was killed by whom in conflict copy: later deaths among the wounded, doers told or inferred, the sides' dead."""
from tests.test_extraction_tolls import events


def test_the_wounded_who_died_told_again_in_a_title_are_counted_once():
    [ev] = events("Two of the injured die after rebel raid\n\nRebels raided the village on Tuesday, killing four and "
                  "injuring ten, residents said. Two of the injured have since died.")
    assert (ev.killed["best"], ev.wounded["best"]) == (6, 8)


def test_the_wounded_who_died_told_twice_beside_a_smaller_toll_are_added_once():
    [ev] = events("Four of the wounded died after mortar attack\n\nA mortar round killed a soldier and wounded 12 people at a "
                  "market on Tuesday. Four of the wounded later died, doctors said.")
    assert (ev.killed["best"], ev.wounded["best"]) == (5, 8)
