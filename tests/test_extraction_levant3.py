"""Middle East copy, a third round: Gaza, the West Bank, Lebanon, Syria after Assad, Yemen, Iraq (2025)."""
from extraction import process_report


def events(text, geoparser, published="2025-05-14"):
    return process_report({"id": "t", "text": text, "title": None, "published_at": published}, geoparser)["events"]


def test_fire_on_a_crowd_waiting_for_aid_is_an_attack_not_a_protest(geoparser):
    [ev] = events("Israeli forces opened fire on crowds waiting for food near an aid distribution site west of Rafah "
                  "on Tuesday, killing 27 people, the civil defence agency said.", geoparser, "2025-06-24")
    assert (ev["event_type"], ev["actor2"]["name"]) == ("Violence against civilians", "Civilians (Palestinian Territory)")
