"""US local shooting news (the copy the Gun Violence Archive codes): tolls told the way local outlets tell them."""
from extraction import process_report
from extraction.casualties import SELF_INFLICTED, find_casualties


def _totals(text, published="2024-03-04"):
    return process_report({"id": "t", "text": text, "title": None, "published_at": published}, None)["totals"]


def test_shot_where_or_how_often_and_killed_is_one_dead():
    # "killed" after where the bullets struck is the victim's fate, as "died" is (not an act of theirs: "and killed
    # his attacker" has an object)
    for text in ("A 23-year-old man was shot in the head and killed on Saturday night.",
                 "John Smith, 23, was shot multiple times and killed on Saturday."):
        assert _totals(text) == {"killed": 1, "wounded": 0}, text
    # the fate of another, told after the one shot
    assert _totals("Officers found a man who had been shot twice and a dog that had been shot and killed, police "
                   "said.") == {"killed": 0, "wounded": 1}
