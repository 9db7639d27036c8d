"""Geocoding: multiword names in world and local news (a name's opening word, landmarks, paired provinces)."""
from geocoding.resolve import haversine_km


def test_the_remainder_of_a_name_after_its_opening_word_is_no_place_elsewhere(geoparser):
    # "Tanah Abang" (Jakarta's market quarter), "Las Bambas" (a Peruvian mine), "Avenida Brasil" (a street): the
    # gazetteer lacks the whole name, and "Abang", "Bambas", "Brasil" alone are far places named so
    text = ("JAKARTA - A fire destroyed 40 kiosks at Tanah Abang market in central Jakarta. In Peru, protesters "
            "blocked the road to the Las Bambas mine. In Rio de Janeiro, traffic on Avenida Brasil was halted.")
    names = {t.name for t in geoparser.parse(text)}
    assert not names & {"Abang", "Bambas", "Brasil"}
    assert {"Jakarta", "Peru", "Rio de Janeiro"} <= names


def test_a_square_or_a_bridge_is_named_whole_and_placed_at_its_town(geoparser):
    # "Trafalgar Square" is no Trafalgar in Spain, "Plaza de Mayo" no Mayo elsewhere: the whole name, at the town
    found = {}
    for text in ("LONDON - Thousands marched to Trafalgar Square on Saturday, police in London said.",
                 "BUENOS AIRES - Pensioners marched to the Plaza de Mayo on Wednesday.",
                 "CAIRO - Troops sealed off Tahrir Square and the Qasr al-Nil Bridge in Cairo on Friday."):
        found.update({t.name: t for t in geoparser.parse(text, streets=True)})
    assert "Trafalgar" not in found and "Mayo" not in found
    for name, lat, lon in (("Trafalgar Square", 51.51, -0.13), ("Tahrir Square", 30.04, 31.24),
                           ("Plaza de Mayo", -34.61, -58.37), ("Qasr al-Nil Bridge", 30.04, 31.23)):
        p = found[name].place
        assert p is not None and haversine_km(p.lat, p.lon, lat, lon) < 50


def test_two_areas_before_one_plural_area_word_are_both_places(geoparser):
    # "Nyanza and Western provinces": Kenya's former Western province, as "Nyanza" is its neighbour
    text = "NAIROBI - Heavy rains killed 23 people in Nyanza and Western provinces, the Kenya Red Cross said."
    found = {t.name: t.place for t in geoparser.parse(text)}
    assert found["Western"] is not None and found["Western"].country_code == "KE"


def test_a_fish_named_after_its_river_is_no_place(geoparser):
    text = "KAMPALA - Fishermen on Lake Victoria say catches of Nile perch have fallen by half in Uganda."
    assert "Nile" not in {t.name for t in geoparser.parse(text)}


def test_a_known_word_that_an_article_or_particle_carries_on_is_no_place_alone(geoparser):
    # "Bab al-Tabbaneh" is Tripoli's quarter, not a Syrian "Bab"; "Gare du Midi" a Brussels station, no "Gare"; but
    # "Tour de France" still names France
    text = ("TRIPOLI, Lebanon - Gunmen in Bab al-Tabbaneh fired at the army. In Brussels, a suspect was arrested at "
            "the Gare du Midi. The Tour de France starts in Lille.")
    names = {t.name for t in geoparser.parse(text)}
    assert not names & {"Bab", "Gare", "Midi"}
    assert {"France", "Brussels"} <= names


def test_a_stadium_is_named_whole_and_placed_at_its_town(geoparser):
    # "Azadi Stadium" is Tehran's, not a village called Azadi 460 km away
    found = {t.name: t for t in geoparser.parse(
        "TEHRAN - Fans clashed with police outside Azadi Stadium in Tehran after the derby.", streets=True)}
    assert "Azadi" not in found
    p = found["Azadi Stadium"].place
    assert p is not None and haversine_km(p.lat, p.lon, 35.72, 51.28) < 50


def test_an_english_word_and_a_number_is_no_town(geoparser):
    # "Camp 9" of a refugee camp, not Camp, Texas
    text = "COX'S BAZAR, Bangladesh - The fire started in Camp 9 and spread to neighbouring blocks."
    assert "Camp" not in {t.name for t in geoparser.parse(text)}


def test_the_last_word_of_a_name_joined_by_and_is_no_place(geoparser):
    # "the Elephant and Castle" is a London junction, no Castle abroad; "Marks and Spencer" a shop, no Spencer; but
    # "in Tondo and Navotas", "between Ann Arbor and Oscoda" are lists of places
    for text in ("LONDON - A boy was stabbed near the Elephant and Castle shopping centre outside a Marks and Spencer "
                 "store.", "NEW YORK - The Elephant and Castle pub in Greenwich Village, New York, closed on Sunday."):
        names = {t.name for t in geoparser.parse(text)}
        assert not names & {"Castle", "Spencer"}
    text = "She splits her time between Ann Arbor and Oscoda, Michigan."
    assert "Oscoda" in {t.name for t in geoparser.parse(text)}


def test_a_name_s_opening_word_alone_is_no_place_where_the_name_goes_on(geoparser):
    # "Bir Hakeim" (the Libyan desert fort): no "Bir" in India
    assert "Bir" not in {t.name for t in geoparser.parse("LIBYA - Fighting was reported near Bir Hakeim on Monday.")}


def test_places_joined_by_and_in_a_list_stay_places(geoparser):
    # a list after "such as", a town written "Port St. Lucie", two districts a plural place word follows
    for text, name in (("Hill districts such as Dhading and Makwanpur have recorded cases, Nepal said.", "Makwanpur"),
                       ("Evacuations were ordered in Port St. Lucie and Stuart, Florida.", "Stuart"),
                       ("SANAA - Saudi shelling struck the Shada and Baqim border districts of Yemen.", "Baqim")):
        assert name in {t.name for t in geoparser.parse(text)}, text
