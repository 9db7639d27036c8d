"""Middle East copy, a third round: Gaza, the West Bank, Lebanon, Syria after Assad, Yemen, Iraq (2025)."""
from extraction import process_report


def events(text, geoparser, published="2025-05-14"):
    return process_report({"id": "t", "text": text, "title": None, "published_at": published}, geoparser)["events"]


def test_the_troops_of_a_report_from_the_palestinian_territory_are_israels(geoparser):
    # no army of the territory's own: the 'soldiers' a bomb wounds in Jabalia are Israel's (coded as forces abroad)
    [ev] = events("Two soldiers were seriously wounded when an explosive device detonated next to their armored "
                  "vehicle in Jabalia in northern Gaza on Wednesday.", geoparser)
    assert ev["actor2"] == {"name": "Military Forces of Israel", "inter": 8, "country": "Israel"}
    # ... while the territory's own forces keep their demonym
    [ev] = events("Palestinian security forces clashed with gunmen in the Jenin refugee camp on Wednesday.", geoparser)
    assert "Palestinian" in ev["actor1"]["name"] + ev["actor2"]["name"]


def test_fire_on_a_crowd_waiting_for_aid_is_an_attack_not_a_protest(geoparser):
    [ev] = events("Israeli forces opened fire on crowds waiting for food near an aid distribution site west of Rafah "
                  "on Tuesday, killing 27 people, the civil defence agency said.", geoparser, "2025-06-24")
    assert (ev["event_type"], ev["actor2"]["name"]) == ("Violence against civilians", "Civilians (Palestinian Territory)")
