"""Who was killed by whom in conflict copy: later deaths among the wounded, doers told or inferred, the sides' dead."""
from tests.test_extraction_tolls import events


def test_the_wounded_who_died_told_again_in_a_title_are_counted_once():
    [ev] = events("Two of the injured die after rebel raid\n\nRebels raided the village on Tuesday, killing four and "
                  "injuring ten, residents said. Two of the injured have since died.")
    assert (ev.killed["best"], ev.wounded["best"]) == (6, 8)


def test_those_among_a_toll_in_a_title_are_its_victims_not_a_mob():
    evs = events("Four civilians among 15 dead in Sahel clash\n\nFifteen people were killed in fighting between soldiers "
                 "and jihadists on Wednesday. Four civilians were among the dead, an official said.")
    assert [ev.sub_event_type for ev in evs] == ["Armed clash"]


def test_the_wounded_who_died_told_twice_beside_a_smaller_toll_are_added_once():
    [ev] = events("Four of the wounded died after mortar attack\n\nA mortar round killed a soldier and wounded 12 people at a "
                  "market on Tuesday. Four of the wounded later died, doctors said.")
    assert (ev.killed["best"], ev.wounded["best"]) == (5, 8)
