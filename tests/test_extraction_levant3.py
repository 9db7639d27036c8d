"""Middle East copy, a third round: Gaza, the West Bank, Lebanon, Syria after Assad, Yemen, Iraq (2025)."""
from extraction import process_report


def events(text, geoparser, published="2025-05-14"):
    return process_report({"id": "t", "text": text, "title": None, "published_at": published}, geoparser)["events"]


def test_fire_on_a_crowd_waiting_for_aid_is_an_attack_not_a_protest(geoparser):
    [ev] = events("Israeli forces opened fire on crowds waiting for food near an aid distribution site west of Rafah "
                  "on Tuesday, killing 27 people, the civil defence agency said.", geoparser, "2025-06-24")
    assert (ev["event_type"], ev["actor2"]["name"]) == ("Violence against civilians", "Civilians (Palestinian Territory)")


def test_citizens_a_rider_and_a_mukhtar_are_counted_dead(geoparser):
    [ev] = events("Four citizens were killed on Tuesday when artillery shelled a group of residents in the town of "
                  "Beit Lahia in the northern Gaza Strip, medical sources said.", geoparser, "2025-03-18")
    assert ev["killed"]["best"] == 4
    [ev] = events("A drone strike hit a motorcycle in the village of Kfar Kila near the border on Monday, killing its "
                  "rider, the state news agency said.", geoparser, "2025-06-30")
    assert ev["killed"]["best"] == 1
    [ev] = events("Unknown gunmen shot dead a village mukhtar in front of his house in Muqdadiyah district of Diyala "
                  "province on Saturday evening, a security source said.", geoparser, "2025-06-07")
    assert (ev["killed"]["best"], ev["actor2"]["name"]) == (1, "Civilians (Iraq)")


def test_a_dateline_whose_country_has_three_words_is_only_where_the_report_was_filed(geoparser):
    for dateline in ("DUBAI, United Arab Emirates (AP) — ", "Dubai, United Arab Emirates (AFP) - "):
        [ev] = events(dateline + "Houthi rebels attacked a bulk carrier in the Red Sea on Monday with drones, killing "
                      "three crew members.", geoparser, "2025-07-08")
        assert ev["location"]["name"] == "Red Sea"


def test_members_of_a_countrys_named_force_are_counted(geoparser):
    [ev] = events("Two members of Iraq's Popular Mobilization Forces were killed and three wounded when Islamic State "
                  "militants attacked their position near Tarmiyah late on Thursday, security sources said.",
                  geoparser, "2025-03-21")
    assert (ev["killed"]["best"], ev["wounded"]["best"]) == (2, 3)


def test_an_offensive_going_on_for_weeks_is_background(geoparser):
    [ev] = events("A woman was killed on Sunday when soldiers opened fire on her in the Nur Shams camp east of Tulkarm, "
                  "the Health Ministry said. The army has been conducting a military offensive in the northern West Bank "
                  "for three weeks.", geoparser, "2025-02-09")
    assert ev["sub_event_type"] == "Attack"


def test_a_capitals_highway_is_a_place_not_its_government(geoparser):
    [ev] = events("A Druze merchant was abducted on the Damascus highway on Sunday, relatives said.", geoparser, "2025-07-14")
    assert "Government" not in str(ev["actor1"]) + str(ev["actor2"])


def test_a_reservist_is_counted_among_the_dead(geoparser):
    [ev] = events("A reservist was killed and two other soldiers seriously wounded when an explosive device detonated next "
                  "to their armored vehicle in Jabaliya in northern Gaza on Wednesday, the military said.", geoparser)
    assert (ev["killed"]["best"], ev["wounded"]["best"]) == (1, 2)
