"""US local gun-violence news as the Gun Violence Archive codes it: everyone shot or hurt in the incident, and
the day of the shooting."""
from extraction import process_report


def _report(text, published="2024-03-04"):
    return process_report({"id": "t", "text": text, "title": None, "published_at": published}, None)


def _totals(text, published="2024-03-04"):
    return _report(text, published)["totals"]


def _day(text, published="2024-03-04"):
    return _report(text, published)["events"][0]["date_start"]


def test_others_hurt_add_to_the_one_shot():
    # "two other people" are others besides the one shot: GVA counts the hurt of the incident with the shot
    assert _totals("A 19-year-old man was shot and two other people were hurt while running from the gunfire "
                   "Sunday evening, police said.") == {"killed": 0, "wounded": 3}
    assert _totals("A man was shot in the leg Saturday night outside a bar. Another man was also wounded, "
                   "police said.") == {"killed": 0, "wounded": 2}
