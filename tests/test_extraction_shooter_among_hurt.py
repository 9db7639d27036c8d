"""US gun-violence news as the Gun Violence Archive codes one incident (everyone killed or hurt, the shooter too): the
shooter among those a report names together, and the shooter hurt beside the victim he shot."""
from functools import partial

import pytest

from tests.extraction_helpers import totals

_totals = partial(totals, published="2025-06-18")


def test_people_of_two_sides_named_together_hold_the_shooter():
    text = ("An officer and a suspect were hurt Monday in an exchange of gunfire at an apartment complex, police said. "
            "The officer was hit in the hand; the suspect was hit in the torso. Both were taken to a hospital, the "
            "officer in good condition and the suspect in serious condition.")
    assert _totals(text) == {"killed": 0, "wounded": 2}
    text = ("The homeowner and an intruder were shot during a break-in early Sunday, deputies said. The homeowner, 66, "
            "was struck in the shoulder. The intruder, 20, was found in the driveway with a wound to the chest.")
    assert _totals(text) == {"killed": 0, "wounded": 2}


def test_civilians_named_together_are_not_the_gunman_killed():
    text = ("An employee and a customer were wounded Sunday afternoon when a man opened fire inside a grocery store, "
            "and an officer shot and killed the gunman, police said. The gunman died at the scene.")
    assert _totals(text) == {"killed": 1, "wounded": 2}


def test_the_shooter_hurt_beside_a_force_man_dead_is_one_more():
    text = ("A security guard was shot and killed Wednesday night outside an apartment complex, and the man police say "
            "shot him was wounded when the guard fired back, police said. The man shot him twice. The guard returned "
            "fire before collapsing. He died at a hospital. The suspect, 23, was found a block away with a gunshot wound "
            "to the leg and was arrested after treatment.")
    assert _totals(text) == {"killed": 1, "wounded": 1}


def test_a_bystander_named_with_the_victim_and_told_again_is_the_same_one():
    text = ("A woman and a bystander were wounded Friday afternoon when someone fired from a car, police said. The woman, "
            "32, was sitting on a porch when the shots were fired. A bystander, a man who was walking his dog, was also "
            "struck. Both were listed in stable condition.")
    assert _totals(text) == {"killed": 0, "wounded": 2}


def test_both_told_with_no_noun_may_hold_the_shooter():
    text = ("Police said a man shot a gas station attendant Tuesday night, then was shot by an officer who arrived moments "
            "later; both were taken to the hospital. The attendant was listed in serious condition. The 29-year-old "
            "suspect was struck in the leg.")
    assert _totals(text) == {"killed": 0, "wounded": 2}


def test_one_told_in_a_condition_after_the_death_is_someone_else():
    text = ("A man who shot a convenience store clerk during a robbery Saturday evening was shot and killed by a "
            "deputy in the parking lot, officials said. The man raised his gun and the deputy fired. He died at the "
            "scene. The clerk, 61, was taken to Lakeland Regional Health in stable condition.")
    assert _totals(text) == {"killed": 1, "wounded": 1}


def test_both_told_after_a_bystander_holds_them():
    text = ("A 24-year-old man was shot in the leg early Friday near a corner store, and a bystander walking nearby was "
            "grazed by a bullet, police said.\n\nBoth were taken to a hospital with injuries that were not "
            "life-threatening.")
    assert _totals(text) == {"killed": 0, "wounded": 2}


def test_two_sides_told_one_by_one_hold_the_shooter():
    text = ("A pawn shop clerk was wounded and an armed robber was shot Thursday night during a holdup, police said. A "
            "second employee shot the robber with a pistol kept behind the counter. The robber was in fair condition. "
            "The clerk, 52, was treated and released.")
    assert _totals(text) == {"killed": 0, "wounded": 2}


def test_another_man_shot_by_the_wounded_gunman_is_one_more():
    text = ("A man was shot by police Saturday night after he allegedly shot another man in the face outside a nightclub, "
            "police said. Officers heard the gunfire and saw the man holding a pistol. When he turned toward them, an "
            "officer fired. The man who was shot in the face was in critical condition; the suspect was in stable "
            "condition.")
    assert _totals(text) == {"killed": 0, "wounded": 2}


def test_another_man_told_again_is_the_same_one():
    text = ("A man who had a gun in one hand and a bag of cash in the other was shot by deputies after allegedly shooting "
            "another man in the leg. The gunman was in critical condition Monday since being shot by deputies for "
            "allegedly shooting another man in the leg, the sheriff's department said.")
    assert _totals(text) == {"killed": 0, "wounded": 2}


def test_one_taken_to_a_hospital_in_a_condition_after_the_death_is_someone_else():
    text = ("A man who shot a gas station clerk during a robbery Monday night was shot by a police officer moments later, "
            "police said. The man turned with the gun, and the officer fired. He died at the scene. The clerk was taken "
            "to a hospital in stable condition.")
    assert _totals(text) == {"killed": 1, "wounded": 1}


def test_one_listed_in_a_condition_after_the_death_is_someone_else():
    text = ("A security officer shot a man who had just opened fire on a cashier during a robbery at a drugstore on "
            "Thursday, police said. The officer shot the man as he tried to leave. He was pronounced dead at the scene. "
            "The cashier was listed in stable condition.")
    assert _totals(text) == {"killed": 1, "wounded": 1}
    text = text.replace("cashier", "pharmacist")
    assert _totals(text) == {"killed": 1, "wounded": 1}


def test_the_one_death_after_another_man_killed_is_his_not_the_wounded_gunman():
    text = ("A man was wounded by a bouncer early Friday after he allegedly shot and killed another man during a fight "
            "outside a bar, police said. The bouncer fired at him. The man who was shot by the gunman died at the scene.")
    assert _totals(text) == {"killed": 1, "wounded": 1}


def test_the_shooter_killed_after_his_victims_is_one_more():
    text = ("A man armed with a rifle killed two neighbors on Saturday before deputies shot him to death in his yard, "
            "the sheriff's office said.")
    assert _totals(text) == {"killed": 3, "wounded": 0}
    text = ("The gunman opened fire in a diner, killing a man and a woman until officers shot him dead, police said.")
    assert _totals(text) == {"killed": 3, "wounded": 0}
    # with no killing of his told before, the pronoun is no one new
    assert _totals("Officers shot him dead after a standoff, police said.") == {"killed": 0, "wounded": 0}


@pytest.mark.parametrize("text", [
    "A man fatally shot two neighbors outside a duplex on Monday before killing himself, police said.",
    "A man fatally shot his wife and her mother on Monday before committing suicide, police said.",
    "A man shot and killed two neighbors outside a duplex on Monday, then shot himself in the head, police said.",
])
def test_the_shooters_own_death_after_his_victims_is_one_more(text):
    assert _totals(text) == {"killed": 3, "wounded": 0}


def test_the_shooters_own_death_told_before_his_victims_is_one_more():
    text = "A Toledo man killed himself on Monday after fatally shooting his ex-wife and her father, deputies said."
    assert _totals(text) == {"killed": 3, "wounded": 0}


def test_one_who_shot_himself_after_his_victim_and_lived_is_hurt():
    text = ("A man shot and killed a neighbor outside a duplex on Monday, then shot himself. He is in critical condition "
            "at a hospital, police said.")
    assert _totals(text) == {"killed": 1, "wounded": 1}


@pytest.mark.parametrize("text", [
    # the one dead is the one who shot himself
    "A 14-year-old boy who was shot and killed at his home on Monday had shot himself, deputies said.",
    "A 50-year-old man died on Monday shortly after shooting himself in a parking lot, police said.",
])
def test_the_one_dead_who_shot_himself_is_no_one_more(text):
    assert _totals(text) == {"killed": 1, "wounded": 0}


def test_one_kept_from_killing_himself_is_no_death():
    text = "Officers talked a man out of a standoff on Monday and kept him from killing himself, police said."
    assert _totals(text) == {"killed": 0, "wounded": 0}


def test_both_told_alive_after_the_shooter_turned_the_gun_on_himself_hold_him():
    # "Both ... in critical condition" after his own wound: the shooter alive, one of the two (no death, no third hurt)
    text = ("A man shot his brother-in-law during an argument Sunday night, then turned the gun on himself, police said. "
            "Both men were taken to a hospital in critical condition.")
    assert _totals(text) == {"killed": 0, "wounded": 2}
    # (and both told dead are two dead)
    text2 = text.replace("Both men were taken to a hospital in critical condition.", "Both men died at the scene.")
    assert _totals(text2) == {"killed": 2, "wounded": 0}
