"""US gun-violence news as the Gun Violence Archive codes the injured: everyone hurt in the incident, told
however the report tells them."""
from extraction import process_report


def _totals(text, published="2024-03-05"):
    return process_report({"id": "t", "text": text, "title": None, "published_at": published}, None)["totals"]


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
