"""US gun-violence news as the Gun Violence Archive codes the injured: everyone hurt in the incident, told
however the report tells them."""
from extraction import process_report


def _totals(text, published="2024-03-05"):
    return process_report({"id": "t", "text": text, "title": None, "published_at": published}, None)["totals"]


def test_a_bare_none_is_of_the_group_told_before_it_not_of_those_shot():
    text = ("Three adults were shot during a cookout on Sunday afternoon, police said. Two men and a woman were "
            "struck. Several children were playing in the yard at the time, but none were injured.")
    assert _totals(text)["wounded"] == 3
    # a zero about everyone still says no one was hurt
    assert _totals("Someone fired several shots into a home on Sunday night. No one was injured, police said.")[
        "wounded"] == 0
