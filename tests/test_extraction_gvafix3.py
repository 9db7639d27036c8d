"""US gun-violence news as the Gun Violence Archive codes one incident (gvafix3): the later death of the second
victim told by a pronoun, further people hurt beside another wounded man, the shooter hurt by police."""
from extraction import process_report


def _totals(text, published="2025-06-18"):
    return process_report({"id": "t", "text": text, "title": None, "published_at": published}, None)["totals"]


def test_his_friend_grazed_beside_the_man_shot_is_one_more_hurt():
    text = ("A 31-year-old man was shot in the hip and his friend was grazed on the arm outside a corner store on "
            "Tuesday night, police said. Both went to the hospital on their own.")
    assert _totals(text) == {"killed": 0, "wounded": 2}
    # the second victim of two told shot is one of the two
    text = ("Two men were shot outside a corner store on Tuesday night, police said. A 31-year-old man was hit in "
            "the hip. The second victim, his friend, was grazed on the arm.")
    assert _totals(text) == {"killed": 0, "wounded": 2}
