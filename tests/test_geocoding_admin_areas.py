"""Geocoding: second-level areas that GeoNames lacks but the subdivision registry places (London's boroughs, which
GeoNames files under Greater London) are places of their own; a registry point far out from its kind's is not used."""
from geocoding.spatial import haversine_km
from tests.geocoding_helpers import not_placed_near


def test_a_london_borough_geonames_lacks_is_found_at_its_point(geoparser):
    found = [t for t in geoparser.parse(
        "LONDON - A teenager was stabbed in Southwark on Saturday night and a second boy was hurt in Waltham Forest, "
        "the Metropolitan Police said.") if t.name != "LONDON"]
    assert [t.name for t in found] == ["Southwark", "Waltham Forest"]
    assert all(haversine_km(t.place.lat, t.place.lon, 51.507, -0.128) < 20 for t in found)


def test_a_registry_point_far_from_its_kind_is_not_a_borough_s_point(geoparser):
    # the registry puts Tower Hamlets at a ward of Dover, 108 km from London: no such point is given
    found = [t for t in geoparser.parse("LONDON - A man was stabbed in Tower Hamlets on Friday, police said.")
             if t.place is not None]
    assert all(haversine_km(t.place.lat, t.place.lon, 51.507, -0.128) < 50 for t in found)


def test_ireland_s_split_and_merged_counties_are_found_by_their_short_form(geoparser):
    # Dublin and Limerick are no counties of the admin-area sources since 2014; papers still write "Co Limerick"
    found = geoparser.parse("Gardai in Newcastle West, Co Limerick, and in Swords, Co Dublin, are investigating.")
    assert [(t.name, t.place.country_code) for t in found if t.place is not None] == [
        ("Newcastle West", "IE"), ("Co Limerick", "IE"), ("Swords", "IE"), ("Co Dublin", "IE")]
    assert haversine_km(found[1].place.lat, found[1].place.lon, 52.5, -8.75) < 50


def test_northern_ireland_s_traditional_counties_are_found_by_their_short_form(geoparser):
    # abolished as admin areas in 1973 (the sources have today's districts only), still how its news places a town
    found = geoparser.parse("A pipe bomb was found in Omagh, Co Tyrone, and a device was made safe in Newry, Co Down.")
    assert [(t.name, t.place.country_code) for t in found if t.place is not None] == [
        ("Omagh", "GB"), ("Co Tyrone", "GB"), ("Newry", "GB"), ("Co Down", "GB")]
    assert haversine_km(found[1].place.lat, found[1].place.lon, 54.6, -7.3) < 50
    assert haversine_km(found[3].place.lat, found[3].place.lon, 54.35, -5.9) < 50


def test_south_asian_short_forms_of_first_level_areas_are_found_in_their_country(geoparser):
    # "J&K" (initials joined by an ampersand), "KPK", "PoK" (ends in a capital: no given name "Pok"), Delhi's "NCR"
    assert not_placed_near(geoparser, (
        "SRINAGAR: A soldier was injured when militants fired at a patrol in J&K's Poonch district. In KPK, two "
        "policemen were killed in Bannu. Indian officials said the shells were fired from PoK. Police in Gurugram "
        "said cab operators across the NCR would be audited."),
        (("J&K", 33.5, 74.8), ("KPK", 34.0, 71.5), ("PoK", 33.9, 73.8), ("NCR", 28.6, 77.2), ("Poonch", 33.77, 74.09))) == []


def test_south_asian_regions_and_nepal_s_districts_the_sources_lack_are_found(geoparser):
    # (and Rajouri, which the sources spell only "Rajauri")
    assert not_placed_near(geoparser, (
        "NAGPUR: Three farmers died by suicide in Vidarbha this week, and one in Marathwada. In Punjab, a farmer was "
        "shot in the Doaba region near Jalandhar. In Nepal, a landslide struck Gorkha district and floods hit the "
        "Terai. Troops fired shells in the Neelum valley of AJK, and militants fired at a patrol in Rajouri."),
        (("Vidarbha", 20.5, 78.5), ("Marathwada", 19.0, 76.5), ("Doaba", 31.3, 75.7), ("Gorkha", 28.0, 84.6),
         ("Terai", 27.0, 84.0), ("Neelum", 34.6, 73.9), ("Rajouri", 33.38, 74.31))) == []


def test_southeast_asian_old_names_island_and_conflict_towns_the_sources_lack_are_found(geoparser):
    # "Arakan" (Rakhine's old name, in the Arakan Army's), "Irian Jaya", Negros island, the Thai deep south, Myanmar's
    # Maungdaw, Indonesia's regencies
    assert not_placed_near(geoparser, (
        "SITTWE: The Arakan Army said it had seized a base near Maungdaw. In Indonesia, rebels attacked workers in "
        "Nduga regency of the area once called Irian Jaya, and militants were killed in Sigi. Killings continued on the island of Negros in the Philippines. In "
        "Thailand's Deep South, a ranger was killed in Pattani."),
        (("Arakan", 19.5, 94.0), ("Maungdaw", 20.82, 92.36), ("Nduga", -4.4, 138.2),
         ("Irian Jaya", -4.0, 138.0), ("Sigi", -1.39, 119.97), ("Negros", 10.0, 123.0),
         ("Deep South", 6.5, 101.3))) == []
