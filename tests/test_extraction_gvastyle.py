"""US local gun-violence news as the Gun Violence Archive codes it: everyone shot or hurt in the incident, and
the day of the shooting."""
from extraction import process_report


def _report(text, published="2024-03-04"):
    return process_report({"id": "t", "text": text, "title": None, "published_at": published}, None)


def _totals(text, published="2024-03-04"):
    return _report(text, published)["totals"]


def _day(text, published="2024-03-04"):
    return _report(text, published)["events"][0]["date_start"]


def test_a_third_or_fourth_victim_is_one_more():
    # "a third man" is the determiner's ordinal, not "a" and a man called third: one besides those told
    assert _totals("Two men were shot Sunday on Oak Street. A third man suffered a graze wound, police said.") == \
        {"killed": 0, "wounded": 3}
    assert _totals("Three people were shot, one fatally, in a drive-by shooting Sunday night. A fourth person was "
                   "hurt by flying glass.") == {"killed": 1, "wounded": 3}
    # "the second victim" is one of those told
    assert _totals("Two men were shot Sunday on Oak Street. The second victim was listed in stable condition.") == \
        {"killed": 0, "wounded": 2}


def test_the_shot_of_two_sides_are_two_people():
    # the suspect and the officer each told shot: two hurt, as the killed and the wounded of two sides add up
    assert _totals("A man opened fire on officers Saturday night, police said. Officers returned fire and the suspect "
                   "was also shot. One officer was struck in the leg. The suspect was taken to a hospital in critical "
                   "condition.") == {"killed": 0, "wounded": 2}


def test_a_victim_told_by_its_place_within_a_told_count_is_one_of_them():
    assert _totals("Three men were wounded in a shooting Tuesday night. Officers found a man with a gunshot wound to "
                   "the leg. A second man was found a block away with a wound to his arm. A third man later arrived at "
                   "a hospital with a gunshot wound to his back.") == {"killed": 0, "wounded": 3}


def test_the_others_hurt_told_again_are_the_same_others():
    assert _totals("A 19-year-old man was shot and two other people were hurt while running from gunfire at a park on "
                   "Sunday evening, police said. The 19-year-old was hit in the shoulder. Two teenage girls were "
                   "injured when they fell while fleeing, police said.") == {"killed": 0, "wounded": 3}


def test_the_gunman_who_killed_himself_after_the_dead_he_left_is_one_more():
    assert _totals("Two people died and one was wounded after a man opened fire at a family gathering Sunday. The "
                   "gunman, 41, then killed himself.") == {"killed": 3, "wounded": 1}
    # a murder-suicide's count holds him
    assert _totals("Two people are dead in what police called a murder-suicide Sunday. Investigators said the suspect "
                   "shot his girlfriend and then killed himself.") == {"killed": 2, "wounded": 0}
    assert _totals("Two dead in apparent murder-suicide. Police said a man shot his wife Sunday. The shooter then "
                   "turned the gun on himself.") == {"killed": 2, "wounded": 0}


def test_another_or_someone_also_hurt_is_one_more():
    assert _totals("One person was shot and another was hurt by shattered glass during a drive-by shooting Saturday "
                   "night.") == {"killed": 0, "wounded": 2}
    # the one told, hurt as well
    assert _totals("A man was shot in the chest Saturday night. The man was also stabbed, police said.") == \
        {"killed": 0, "wounded": 1}


def test_two_told_by_their_ages_are_two_people():
    # the killed clause's "and a 17" is no object of a passive verb; a 17-year-old is not the 19-year-old
    assert _totals("Police say a 19-year-old was killed and a 17-year-old was injured in a shooting Saturday night. "
                   "The 17-year-old is in stable condition.") == {"killed": 1, "wounded": 1}
    assert _totals("A 19-year-old was shot Saturday. He died at the hospital.") == {"killed": 1, "wounded": 0}
    assert _totals("A 19-year-old was shot Saturday. The 19-year-old died at the hospital.") == \
        {"killed": 1, "wounded": 0}
