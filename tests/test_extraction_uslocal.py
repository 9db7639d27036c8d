"""US local shooting news (the copy the Gun Violence Archive codes): tolls told the way local outlets tell them."""
from extraction import process_report
from extraction.casualties import SELF_INFLICTED, find_casualties


def _totals(text, published="2024-03-04"):
    return process_report({"id": "t", "text": text, "title": None, "published_at": published}, None)["totals"]


def test_a_shooter_counted_among_the_dead_is_not_added_again():
    assert _totals("Authorities said at least four people are dead, including the gunman, who took his own life.") == \
        {"killed": 4, "wounded": 0}
    assert _totals("Police said three people were killed, including the shooter, who turned the gun on himself.") == \
        {"killed": 3, "wounded": 0}


def test_a_titles_count_of_the_dead_holds_the_shooter_who_killed_himself():
    report = {"id": "t", "title": "Two dead in Dothan murder-suicide", "published_at": "2024-03-04",
              "body": "Police say a man shot and killed his girlfriend and then himself early Sunday at their home."}
    assert process_report(report, None)["totals"] == {"killed": 2, "wounded": 0}


def test_shot_where_or_how_often_and_killed_is_one_dead():
    # "killed" after where the bullets struck is the victim's fate, as "died" is (not an act of theirs: "and killed
    # his attacker" has an object)
    for text in ("A 23-year-old man was shot in the head and killed on Saturday night.",
                 "John Smith, 23, was shot multiple times and killed on Saturday."):
        assert _totals(text) == {"killed": 1, "wounded": 0}, text
    # the fate of another, told after the one shot
    assert _totals("Officers found a man who had been shot twice and a dog that had been shot and killed, police "
                   "said.") == {"killed": 0, "wounded": 1}
