"""Geocoding: multiword names in world and local news (a name's opening word, landmarks, paired provinces)."""
from geocoding.resolve import haversine_km


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


def test_a_stadium_is_named_whole_and_placed_at_its_town(geoparser):
    # "Azadi Stadium" is Tehran's, not a village called Azadi 460 km away
    found = {t.name: t for t in geoparser.parse(
        "TEHRAN - Fans clashed with police outside Azadi Stadium in Tehran after the derby.", streets=True)}
    assert "Azadi" not in found
    p = found["Azadi Stadium"].place
    assert p is not None and haversine_km(p.lat, p.lon, 35.72, 51.28) < 50


def test_places_joined_by_and_in_a_list_stay_places(geoparser):
    # a list after "such as", a town written "Port St. Lucie", two districts a plural place word follows
    for text, name in (("Hill districts such as Dhading and Makwanpur have recorded cases, Nepal said.", "Makwanpur"),
                       ("Evacuations were ordered in Port St. Lucie and Stuart, Florida.", "Stuart"),
                       ("SANAA - Saudi shelling struck the Shada and Baqim border districts of Yemen.", "Baqim")):
        assert name in {t.name for t in geoparser.parse(text)}, text
