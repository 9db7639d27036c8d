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


def test_an_incident_told_as_one_of_several_shootings_keeps_its_own_toll():
    text = ("A man was killed and three other people were wounded when gunfire erupted at a birthday party early "
            "Saturday, the sheriff's office said, one of several shootings over a violent weekend.\n\n"
            "Three others, all in their late teens, were taken to a hospital with injuries not considered "
            "life-threatening.")
    assert _totals(text) == {"killed": 1, "wounded": 3}
    # the victims told after the roundup's words are the other shootings'
    text = ("An 18-year-old man was fatally shot and another wounded in a Thursday afternoon gunbattle, one of "
            "several shootings that injured three other people in a five-hour period, police said.")
    assert _totals(text) == {"killed": 1, "wounded": 1}


def test_a_victim_found_where_who_had_been_shot_is_wounded():
    text = ("A man was found fatally shot Friday night outside an apartment building, police said. A second victim "
            "was found nearby who had been shot in the hand, police said.")
    assert _totals(text) == {"killed": 1, "wounded": 1}
