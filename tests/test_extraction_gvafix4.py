"""US gun-violence news as the Gun Violence Archive codes one incident (gvafix4): a bystander told by where they stood
beside a wounded man, and a victim's kin listed and then told again as a count."""
from extraction import process_report


def _totals(text, published="2025-06-18"):
    return process_report({"id": "t", "text": text, "title": None, "published_at": published}, None)["totals"]


def test_a_bystander_told_by_where_they_stood_is_one_more_hurt():
    text = ("A man was shot in the leg Thursday afternoon outside a corner store, police said. A teenager standing "
            "nearby was also struck in the foot.")
    assert _totals(text) == {"killed": 0, "wounded": 2}
    text = ("A man was shot in the leg and a bystander waiting at a bus stop was grazed by a bullet Thursday "
            "afternoon, police said.")
    assert _totals(text) == {"killed": 0, "wounded": 2}
    text = ("A man was shot several times at a gas station late Monday, and a passer-by was also hit, police said.")
    assert _totals(text) == {"killed": 0, "wounded": 2}
    text = ("One man was shot in the chest and another man was wounded early Saturday outside a bar, police said. "
            "A woman standing nearby, a bystander, was grazed by a bullet in the arm and treated at the scene.")
    assert _totals(text) == {"killed": 0, "wounded": 3}
    # the scene told in the bystander's sentence is the scene of those told before them in it
    text = ("A woman was killed and another woman was wounded in a shooting in the Oak Park neighborhood on Friday, "
            "and a bystander sitting at a bus stop was grazed by a bullet, police said.")
    assert _totals(text) == {"killed": 1, "wounded": 2}
    # a passer-by told again is the same one
    text = ("A man was shot several times at a gas station late Monday, and a passer-by was also hit, police said. "
            "The man was taken to a hospital in critical condition. A passer-by was struck in the shoulder.")
    assert _totals(text) == {"killed": 0, "wounded": 2}
    # the same man hurt twice stays one
    text = "A man was shot in the chest Sunday afternoon outside a home, police said. He was also struck in the arm."
    assert _totals(text) == {"killed": 0, "wounded": 1}


def test_kin_listed_after_a_victim_and_then_counted_are_the_same_dead():
    text = ("A man shot and killed his wife, her daughter and his mother-in-law Wednesday inside their home, police "
            "said. Officers found the three victims dead in different rooms. He was arrested at the scene.")
    assert _totals(text)["killed"] == 3
    text = ("A man shot and killed his former girlfriend and her father Thursday night at a home, police said. "
            "Officers found the woman and her father dead inside.")
    assert _totals(text)["killed"] == 2
    # the gunman's own death told in the list's sentence is one more
    text = ("A man shot and killed his estranged wife, her sister and their mother at a home on Friday before turning "
            "the gun on himself, police said. Officers found the three women dead inside.")
    assert _totals(text)["killed"] == 4


def test_their_kin_hurt_after_the_dead_is_one_more():
    text = ("Two brothers were shot and killed and their cousin was wounded Monday night at an apartment complex, "
            "police said.")
    assert _totals(text) == {"killed": 2, "wounded": 1}
    # their kin told as a group of their own is no single person
    text = "Two men were killed and their friends were wounded Monday night at an apartment complex, police said."
    assert _totals(text)["killed"] == 2
