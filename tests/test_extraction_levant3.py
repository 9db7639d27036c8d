"""Middle East copy, a third round: Gaza, the West Bank, Lebanon, Syria after Assad, Yemen, Iraq (2025)."""
from extraction import process_report


def events(text, geoparser, published="2025-05-14"):
    return process_report({"id": "t", "text": text, "title": None, "published_at": published}, geoparser)["events"]


def test_fire_on_a_crowd_waiting_for_aid_is_an_attack_not_a_protest(geoparser):
    [ev] = events("Israeli forces opened fire on crowds waiting for food near an aid distribution site west of Rafah "
                  "on Tuesday, killing 27 people, the civil defence agency said.", geoparser, "2025-06-24")
    assert (ev["event_type"], ev["actor2"]["name"]) == ("Violence against civilians", "Civilians (Palestinian Territory)")


def test_a_dateline_whose_country_has_three_words_is_only_where_the_report_was_filed(geoparser):
    for dateline in ("DUBAI, United Arab Emirates (AP) — ", "Dubai, United Arab Emirates (AFP) - "):
        [ev] = events(dateline + "Houthi rebels attacked a bulk carrier in the Red Sea on Monday with drones, killing "
                      "three crew members.", geoparser, "2025-07-08")
        assert ev["location"]["name"] == "Red Sea"


def test_a_capitals_highway_is_a_place_not_its_government(geoparser):
    [ev] = events("A Druze merchant was abducted on the Damascus highway on Sunday, relatives said.", geoparser, "2025-07-14")
    assert "Government" not in str(ev["actor1"]) + str(ev["actor2"])
