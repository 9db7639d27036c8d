"""Who was killed by whom in conflict copy: later deaths among the wounded, doers told or inferred, the sides' dead."""
from tests.test_extraction_tolls import events


def test_the_wounded_who_later_died_are_dead_and_no_longer_wounded():
    [ev] = events("A grenade went off at a bus stop on Wednesday, killing three people and wounding 11, officials said. "
                  "Two of the wounded later died in hospital.")
    assert (ev.killed["best"], ev.wounded["best"]) == (5, 9)
    [ev] = events("Rebels raided the village on Tuesday, killing four and injuring ten. One of the injured has since died.")
    assert (ev.killed["best"], ev.wounded["best"]) == (5, 9)
    # (a toll that already holds them is not raised again)
    [ev] = events("The death toll from Tuesday's market bombing rose to seven after two of the wounded died, officials said.")
    assert ev.killed["best"] == 7


def test_the_shot_of_one_side_are_not_the_dead_of_the_other():
    [ev] = events("A police officer sustained gunshot wounds when gunmen attacked a checkpoint on Wednesday, police said. "
                  "Two of the attackers were killed.")
    assert (ev.killed["best"], ev.wounded["best"]) == (2, 1)
    # (those shot who then died are not wounded as well)
    [ev] = events("Gunmen shot two soldiers at a checkpoint on Wednesday, killing both.")
    assert ev.killed["best"] == 2 and not (ev.wounded or {}).get("best")


def test_bodies_with_gunshot_wounds_are_the_dead_not_the_wounded():
    [ev] = events("Police found the bodies of four men with gunshot wounds on a roadside on Wednesday.")
    assert ev.killed["best"] == 4 and not (ev.wounded or {}).get("best")
    [ev] = events("The body of a farmer with gunshot wounds was found in a ditch on Wednesday.")
    assert ev.killed["best"] == 1 and not (ev.wounded or {}).get("best")


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
