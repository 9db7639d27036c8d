"""Geocoding: small places conflict news names that no installed package holds, kept as documented classes in
data/regions.tsv: Nairobi's informal settlements and estates, South
Africa's large townships, the Kosovo-Serbia border crossings, and towns of today's wars."""
from geocoding.spatial import haversine_km
from tests.geocoding_helpers import surfaces_and_countries


def _at(found, name, lat, lon, km=15):
    return any(t.name == name and t.place is not None and haversine_km(t.place.lat, t.place.lon, lat, lon) < km
               for t in found)


def test_nairobi_s_informal_settlements_are_places_in_nairobi(geoparser):
    found = geoparser.parse("NAIROBI - Police fired tear gas at youths in Korogocho and Kawangware on Monday.")
    assert _at(found, "Korogocho", -1.286, 36.817) and _at(found, "Kawangware", -1.286, 36.817)


def test_a_kosovo_serbia_crossing_is_on_the_border(geoparser):
    found = geoparser.parse("Serb protesters blocked the road to the Brnjak crossing, Kosovo police said on Monday.")
    assert _at(found, "Brnjak", 42.98, 20.58)


def test_nairobi_s_estates_are_places_in_nairobi(geoparser):
    found = geoparser.parse("NAIROBI - Police shot dead three suspects in Kayole on Monday after robberies in Umoja "
                            "and Embakasi.")
    assert all(_at(found, name, -1.29, 36.89) for name in ("Kayole", "Umoja", "Embakasi"))


def test_south_africa_s_large_townships_are_places(geoparser):
    found = geoparser.parse("GQEBERHA - Five people were shot dead at a tavern in KwaZakhele, and two more in "
                            "Khayelitsha, Nelson Mandela Bay police said.")
    assert _at(found, "KwaZakhele", -33.87, 25.58) and _at(found, "Khayelitsha", -34.04, 18.68) \
        and _at(found, "Nelson Mandela Bay", -33.9, 25.5, km=30)


def test_the_bangsamoro_region_is_the_philippines(geoparser):
    found = geoparser.parse("COTABATO CITY - The Bangsamoro regional government said it would fund dengue fogging.")
    assert _at(found, "Bangsamoro", 7.2, 124.25, km=100)


def test_towns_of_todays_wars_that_cities500_lacks_are_in_the_region_table(geoparser):
    # Palma (Cabo Delgado), Boni (Mopti), Nasir (Upper Nile): each in its first-level area, so that "Nasir in Upper Nile
    # State" finds it there (a town of the table with no area would be no town of the state).
    assert ("Palma", "MZ") in surfaces_and_countries(geoparser, "PEMBA, Mozambique (Reuters) - Insurgents attacked the "
                                                                "outskirts of Palma overnight, officials in Cabo Delgado "
                                                                "province said.")
    assert ("Boni", "ML") in surfaces_and_countries(geoparser, "Jihadists ambushed a convoy near Boni, in Mali's Mopti region.")
    assert ("Nasir", "SS") in surfaces_and_countries(geoparser, "JUBA (Radio Tamazuj) - Fighting displaced thousands from "
                                                                "Nasir in Upper Nile State.")


def test_displacement_sites_and_regions_of_todays_wars_that_the_packages_lack_are_in_the_region_table(geoparser):
    # Tawila (North Darfur), where El Fasher's people fled, outweighs a Yemeni village's alternate name; Gaza's al-Mawasi
    # with or without its article; Sudan's Kordofan as its Darfur
    assert surfaces_and_countries(geoparser, "Thousands of families reached Tawila on foot, aid workers said.") \
        == [("Tawila", "SD")]
    assert surfaces_and_countries(geoparser, "Tents were hit in al-Mawasi, west of Khan Younis.") \
        == [("al-Mawasi", "PS"), ("Khan Younis", "PS")]
    assert surfaces_and_countries(geoparser, "Fighting spread across Kordofan and Darfur.") == [("Kordofan", "SD"), ("Darfur", "SD")]


def test_somalia_s_federal_member_states_are_in_the_region_table(geoparser):
    # Puntland, Jubaland, Galmudug, Hirshabelle and South West State, as Somali news names them; "South West State"
    # whole is Somalia's, not Cameroon's South-West region
    assert surfaces_and_countries(geoparser, "Puntland forces and Jubaland troops clashed, while Galmudug and "
                                             "Hirshabelle held talks in Mogadishu.") \
        == [("Puntland", "SO"), ("Jubaland", "SO"), ("Galmudug", "SO"), ("Hirshabelle", "SO"), ("Mogadishu", "SO")]
    assert surfaces_and_countries(geoparser, "Al-Shabaab attacked a base in South West State on Thursday.") \
        == [("South West State", "SO")]


def test_a_given_span_opening_with_barangay_is_the_barangay_after_that_word(geoparser):
    # "Barangay Bagong Silang" given as one span: the Philippine word is the place's kind, as "village of X" is, and
    # the name after it is Caloocan's barangay
    text = "Police killed two men in Barangay Bagong Silang, Caloocan City, on Monday."
    start = text.index("Barangay")
    [found] = geoparser.resolve(text, [(start, start + len("Barangay Bagong Silang"))])
    assert found.place is not None and haversine_km(found.place.lat, found.place.lon, 14.77, 121.04) < 10


def test_seats_of_territories_and_border_towns_of_todays_wars_are_in_the_region_table(geoparser):
    # eastern Congo's territories named by their seats (no listed town, so no point for the territory), a Malian border
    # town and a Burkinabe commune; Myanmar's Kani is Sagaing's in a report from Myanmar, not the Japanese city
    assert surfaces_and_countries(geoparser, "GOMA, Congo (Reuters) - Rebels seized Walikale on Wednesday and moved "
                                             "on Kalehe, residents said.") \
        == [("GOMA", "CD"), ("Congo", "CD"), ("Walikale", "CD"), ("Kalehe", "CD")]
    assert ("Tinzaouaten", "ML") in surfaces_and_countries(geoparser, "Fighting broke out near Tinzaouaten, close to the "
                                                                      "Algerian border, Mali's army said.")
    assert ("Barsalogho", "BF") in surfaces_and_countries(geoparser, "Jihadists killed villagers digging trenches "
                                                                     "around Barsalogho, Burkina Faso.")
    assert ("Kani", "MM") in surfaces_and_countries(geoparser, "MANDALAY, Myanmar - Junta troops burned homes in Kani "
                                                               "township in Sagaing region on Monday.")


def test_a_province_split_in_two_is_found_by_its_former_name(geoparser):
    found = geoparser.parse("Soldiers clashed with rebels in the southern province of Maguindanao on Tuesday.")
    assert _at(found, "Maguindanao", 6.94, 124.42)


def test_a_world_city_that_is_only_the_dateline_ties_no_bare_town_to_a_namesake_abroad(geoparser):
    # BANGKOK is where the report was filed: it names no third country's world city beside Kani, which stays Myanmar's
    # (not the Japanese city many times its size)
    found = surfaces_and_countries(geoparser, "BANGKOK (AFP) - Myanmar's junta said its troops killed 20 fighters in "
                                              "the central Sagaing region. Troops clashed with rebels near the town of "
                                              "Kani on Wednesday.")
    assert ("Kani", "MM") in found and ("Kani", "JP") not in found
