"""Geocoding: administrative areas, villages, quarters and the precision of a place (a town or its
province, a village in a district, an area the gazetteer names like a town)."""
import pytest
from geocoding.spatial import haversine_km
from tests.geocoding_helpers import (
    by_name, country_of, found, found_names, mentions, names_and_countries, _near, parser, place_of, place_by_surface,
    placed_with_precision as placed, places_of_surface as places, places_with_class as _places, precisions,
    resolved_places_with_class, seed_texts, surfaces_and_countries as names, surfaces_countries_and_codes, where,
)


# From test_geocoding.py: Geocoding: the seed reports and the hard cases of the design brief.

def test_precision_codes(geoparser):
    found = by_name(geoparser.parse(seed_texts()["seed-04"]))
    assert found["Syria"].precision == 6
    assert found["Middle East"].precision == 5
    assert found["Mosul"].precision == 1


def test_province_of_raqqa_is_the_admin_area(geoparser):
    text = seed_texts()["seed-03"]
    raqqas = [t for t in geoparser.parse(text) if t.name == "Raqqa"]
    assert [t.place.feature_code for t in raqqas] == ["ADM1", "PPL"]
    assert [t.precision for t in raqqas] == [4, 1]


def test_streets_at_their_town_in_the_batch_toponyms(geoparser):
    from geocoding.batch import geoparse_line
    text = "Police went to 420 Memphis Street, Alexandria, La., and closed Highway 19 near U.S. 321."
    assert "Memphis" not in [t.name for t in geoparser.parse(text)]        # the street's, not the city
    out = geoparse_line({"id": "s", "text": text}, geoparser)
    streets = {t["name"]: t for t in out["toponyms"] if t["kind"] == "street"}
    assert set(streets) == {"Memphis Street", "Highway 19"}
    assert streets["Memphis Street"]["admin1"] == "LA" and streets["Memphis Street"]["precision"] == 2
    assert "U.S." in [t["name"] for t in out["toponyms"]]


def test_capital_named_like_its_area(geoparser):
    # A capital named like a first-level area of its country is the capital, unless the text asks for
    # the area or lists it among areas.
    found = by_name(geoparser.parse("Talks between Washington and Cairo resumed."))
    assert found["Washington"].place.feature_code == "PPLC"
    found = by_name(geoparser.parse("The flight from Buenos Aires landed late."))
    assert found["Buenos Aires"].place.feature_code == "PPLC"
    found = by_name(geoparser.parse("Laws in Oregon and Washington allow it."))
    assert found["Washington"].place.feature_code == "ADM1"
    found = by_name(geoparser.parse("A cow from a Washington state farm tested positive."))
    assert found["Washington"].place.feature_code == "ADM1"


def test_regions_across_borders_beat_namesake_villages(geoparser):
    # "EU" and "Middle East" name regions with no country; a village called so ("Eu", France) is not
    # backed by the report's countries more than the region is.
    found = by_name(geoparser.parse("France and Russia met EU envoys in Paris to discuss the Middle East."))
    assert found["EU"].place.feature_code == "RGN" and found["Middle East"].place.feature_code == "RGN"


def test_an_island_is_consistent_with_its_country_s_areas(geoparser):
    # An island spans first-level areas; a village named after it, in an area another name is in,
    # does not win for that alone.
    text = ("Pigs died on farms in Davao del Sur. Officials in Manila said tests on farms in Pangasinan and "
            "Nueva Ecija, on Luzon, found the virus too.")
    assert by_name(geoparser.parse(text))["Luzon"].place.feature_code == "ISL"


def test_a_country_named_after_an_area_that_follows_the_place(geoparser):
    # "Solhan in the Sahel, northern Burkina Faso": Burkina Faso says where Solhan is; the Turkish
    # town of the name is not it.
    text = "Gunmen attacked Solhan in the Sahel, northern Burkina Faso."
    start = text.index("Solhan")
    assert geoparser.resolve(text, [(start, start + 6)])[0].place is None


def test_a_place_owned_by_a_named_region_told_before_it_lies_in_that_region(geoparser):
    # "Sagaing region's Pale township": the gazetteer's Pale towns are Bosnia's and Equatorial Guinea's, no place of Myanmar
    text = "A military air strike on a school in Sagaing region's Pale township killed 17 people on Monday."
    found = by_name(geoparser.parse(text))
    assert "Pale" not in found and found["Sagaing"].place.country_code == "MM"
    # ... and of a name the region holds, its own ("Tahoua region's Tillia")
    text = "Gunmen killed 12 villagers in Tahoua region's Tillia on Sunday."
    assert by_name(geoparser.parse(text))["Tillia"].place.country_code == "NE"


def test_a_place_in_a_named_province_of_another_country_than_any_candidate_is_not_placed(geoparser):
    text = "Gunmen killed 132 civilians in the village of Solhan in Yagha province on Friday night."
    found = by_name(geoparser.parse(text))
    assert "Solhan" not in found and found["Yagha"].place.country_code == "BF"
    # an area the gazetteer does not know says nothing
    text = "The town lies 60 miles southwest of Raleigh in North Carolina's Sandhills region."
    assert by_name(geoparser.parse(text))["Raleigh"].place.admin1 == "NC"


def test_a_city_that_shares_its_name_with_its_province_has_the_province_s_standing(geoparser):
    # "Gaza" alone is the Palestinian city, not Mozambique's province of the name; the Palestinian area's
    # standing goes to its city, which a bare name means
    assert by_name(geoparser.parse("Airstrikes hit Gaza on Friday."))["Gaza"].place.country_code == "PS"
    # ... but only when it is the largest town of the name: Algeria's Saïda is a province's seat, Lebanon's
    # larger Saida is not, and a report about Lebanon means the latter
    text = "Clashes broke out in Saida, south of Beirut, on Sunday."
    assert by_name(geoparser.parse(text))["Saida"].place.country_code == "LB"


def test_a_country_s_own_area_named_with_its_possessive(geoparser):
    text = "Militants attacked a camp in Inates in Niger's Tillaberi region near the border with Mali."
    assert by_name(geoparser.parse(text))["Tillaberi"].place.feature_code == "ADM1"
    # ... and the country that owns the area says where the town is: no Palma of Spain in Mozambique (regions.tsv has its own)
    text = "Insurgents attacked the coastal town of Palma in Mozambique's Cabo Delgado province."
    start = text.index("Palma")
    assert geoparser.resolve(text, [(start, start + 5)])[0].place.country_code == "MZ"
    assert "Old City" not in by_name(geoparser.parse("Mosul's Old City was retaken."))


@pytest.mark.parametrize("text,name,country", [
    # the country whose area it is, named before it: Iraq's, not Iran's Kurdistan
    ("A drone struck a gas field in Iraq's Kurdistan region on the night of April 26.", "Kurdistan", "IQ"),
    ("Militants attacked a convoy in Iraq's northern Kurdistan region.", "Kurdistan", "IQ"),
])
def test_a_country_named_before_an_area_is_its_owner(geoparser, text, name, country):
    found = by_name(geoparser.parse(text))
    assert found[name].place.country_code == country


@pytest.mark.parametrize("text,name,country", [
    # the larger Congo unless the report says otherwise
    ("M23 rebels clashed with army troops in eastern Congo on Monday.", "Congo", "CD"),
    ("Fighting near Goma in North Kivu province of eastern Congo killed 12 people.", "Congo", "CD"),
    ("Clashes broke out in Pointe-Noire, Congo, on Friday.", "Congo", "CG"),
    # ... and a country's short form is the country the report named in full, whatever else it names
    ("Troops of the Republic of Congo met Congolese officials from Kinshasa. Congo's army said so.", "Congo", "CG"),
    # Kurdistan is Iraq's region unless the report asks for Iran's province
    ("A drone struck near Erbil in the Kurdistan region on Sunday.", "Kurdistan", "IQ"),
    ("Oil exports from Kurdistan resumed.", "Kurdistan", "IQ"),
    ("Protests spread in Kurdistan province and Kermanshah, Iranian state media said.", "Kurdistan", "IR"),
])
def test_a_name_of_two_countries_areas_is_the_one_the_report_s_other_names_ask_for(geoparser, text, name, country):
    assert country_of(geoparser, text, name) == country


def test_the_area_a_zone_or_district_lies_in_qualifies_the_place(geoparser):
    # "Guji" is a Chinese village to the gazetteer; "zone of Oromia region" puts it in Ethiopia
    text = "Gunmen killed nine farmers in the West Guji zone of Oromia region, a local official said."
    assert [t.name for t in geoparser.parse(text) if t.place.country_code == "CN"] == []


@pytest.mark.parametrize("text, name, oblast", [
    ("Ukrainian drones killed two civilians in Kursk territory on Monday.", "Kursk", "Kurskaya oblast'"),
    ("A drone hit a house in the Belgorod region on Sunday, the governor said.", "Belgorod", "Belgorodskaya oblast'"),
    ("Shelling killed three people in Zaporizhzhia oblast on Thursday.", "Zaporizhzhia", "Zaporizka oblast"),
    ("Air defences destroyed a drone over the Tula region overnight.", "Tula", "Tul'skaya oblast'"),
])
def test_a_region_territory_or_oblast_named_after_its_capital_is_the_oblast(geoparser, text, name, oblast):
    # in Russia and Ukraine the first-level area, not its capital town (Kurskaya oblast' has no "Kursk" name of its own)
    (t,) = [t for t in geoparser.parse(text) if t.name == name]
    assert (t.place.name, t.place.feature_code, t.precision) == (oblast, "ADM1", 4)


@pytest.mark.parametrize("text, oblasts", [
    ("The air force shot down 22 of 27 drones launched overnight over the Odesa and Mykolaiv regions.",
     {"Odesa": "Odeska oblast", "Mykolaiv": "Mykolaivska oblast"}),
    ("Air defences destroyed 30 drones over the Kursk, Bryansk and Belgorod regions overnight.",
     {"Kursk": "Kurskaya oblast'", "Bryansk": "Bryanskaya oblast'", "Belgorod": "Belgorodskaya oblast'"}),
])
def test_each_name_of_a_list_before_a_plural_region_word_is_its_oblast(geoparser, text, oblasts):
    # one plural word ("regions") names every area of the list, the last one too: no city
    found = {t.name: (t.place.name, t.place.feature_code, t.precision) for t in geoparser.parse(text)}
    assert found == {name: (oblast, "ADM1", 4) for name, oblast in oblasts.items()}


def test_a_name_alone_before_a_plural_area_word_is_no_list(geoparser):
    # "the Baltic states": no list of areas, the plural word names no area of that name
    (t,) = [t for t in geoparser.parse("Russia warned the Baltic states on Tuesday.") if t.name == "Baltic"]
    assert t.place.feature_code != "ADM1"


def test_the_city_named_after_its_oblast_stays_the_city(geoparser):
    (t,) = [t for t in geoparser.parse("A drone hit a block of flats in the city of Kursk on Tuesday.") if t.name == "Kursk"]
    assert (t.place.feature_class, t.precision) == ("P", 1)


# From test_geocoding_asiafar.py: Geocoding: places in conflict reports from Myanmar, the Philippines, Pakistan,
# India's Kashmir and Maoist belt, Thailand's deep south, Papua and the Chittagong Hill Tracts.

def test_an_area_told_of_a_place_lies_in_that_place_s_country(geoparser):
    # Bangladesh's upazilas are its local areas; "Ruma upazila of Bandarban" is no town of Serbia
    assert surfaces_countries_and_codes(geoparser, "Two soldiers were killed in Ruma upazila of Bandarban on Tuesday.") == [
        ("Bandarban", "BD", "PPL")]
    assert ("Kulachi", "PK", "PPL") in surfaces_countries_and_codes(geoparser, "Police were attacked in the Kulachi tehsil of Dera Ismail Khan.")


# From test_geocoding_asiafix.py: A small place told with the town or local area it lies in ("Barangay San Jose,
# Sipalay City", "Nyaung Kone village, Monywa Township", "the village of X in Y district") lies near that container: a
# namesake far off is another place.

def test_a_village_near_its_district_s_town_keeps_its_point(parser):
    got = placed(parser, "Gunmen killed two men in the village of Pattan in Baramulla district on Sunday.")
    assert got["Pattan"][0] == "Pattan"


def test_a_barangay_told_without_its_town_lies_near_the_dateline_s_town(parser):
    # a San Isidro 170 km from Iloilo is another barangay's namesake: unplaced, Iloilo holding it; one near stays
    got = placed(parser, "ILOILO CITY - A man was stabbed dead in Barangay San Isidro on Sunday, police said.")
    assert got.get("San Isidro", (None,))[0] is None and got["ILOILO CITY"] == ("Iloilo", 2)
    got = placed(parser, "LEGAZPI CITY - A man was stabbed dead in Barangay San Roque on Sunday, police said.")
    assert got["San Roque"][0] == "San Roque"


def test_a_name_before_department_is_the_department(parser):
    got = placed(parser, "A bomb hit an army truck near Tame, in Arauca department, on Monday.")
    assert got["Arauca"] == ("Arauca", 4)  # (the department, not its capital town 100 km off)
    got = placed(parser, "Officers of the Hillsboro Department of Public Safety said the man was shot on Monday.")
    assert got["Hillsboro"][1] != 3


# From test_geocoding_conflict.py: Geocoding: places in conflict reports (wire datelines, Title Case headlines, group
# names).

def test_a_loose_reading_beside_an_exact_one_of_its_area_is_firm(geoparser):
    # "Deir al-Balah" names the governorate exactly and its town only without the article; "Hasakah province" the
    # province only loosely and its town exactly: either is a reading the report needs not back.
    assert names(geoparser, "A strike on a house in Deir al-Balah killed seven members of one family.") \
        == [("Deir al-Balah", "PS")]
    assert ("Hasakah", "SY") in names(geoparser, "Families were moved from a camp in Hasakah province to Iraq.")
    # But a bare name that a Qatari area bears only loosely, and a small town in it exactly, still needs backing.
    assert names(geoparser, "A drone hit a tank at the Khor Mor gas field in Iraq's Kurdistan region.") \
        == [("Iraq", "IQ"), ("Kurdistan", "IQ")]


def test_a_town_in_a_named_region_of_its_country_is_not_contradicted_by_a_namesake_province(geoparser):
    # "the Kurdistan region" is Iraq's region as well as Iran's Kurdistan province: Erbil stays Iraq's.
    assert names(geoparser, "A rocket hit a base near Erbil in the Kurdistan region on Sunday.") \
        == [("Erbil", "IQ"), ("Kurdistan", "IQ")]


def test_a_town_with_the_word_of_an_area_below_a_province_after_it_stands_for_the_area_around_it(geoparser):
    # Counties, townships, LGAs, hromadas are mostly named after their seat town: the town's point, with the
    # precision of a second-level area (UCDP 3)
    assert precisions(geoparser, "Gunmen ambushed a truck near the market in Yei county, killing five, South Sudan's army said.")[0] \
        == ("Yei", "SS", 3)
    assert precisions(geoparser, "Resistance fighters overran a police post in Demoso township, Kayah State.")[0] \
        == ("Demoso", "MM", 3)
    assert precisions(geoparser, "Guided bombs hit the Bilopillia hromada on Sunday, Ukrainian officials said.")[0] \
        == ("Bilopillia", "UA", 3)
    assert precisions(geoparser, "Insurgents burnt 30 houses in Damboa local government area, Borno State.")[0][2] == 3
    # ... the bare town is the town, and a quarter named before "district of" its city is no area of a town
    assert precisions(geoparser, "Insurgents burnt 30 houses in Damboa, Borno State.")[0] == ("Damboa", "NG", 1)
    text = "A mortar struck the Hodan district of Mogadishu on Friday."
    assert ("Mogadishu", "SO", 1) in precisions(geoparser, text)
    assert [loc.precision for loc in geoparser.locations(text, geoparser.parse(text))] == [2]


def test_a_township_asks_for_no_county_of_its_name(geoparser):
    # an American township is no county named like it: still the town's point, as an area
    found = [(t.place.feature_class, t.precision) for t in geoparser.parse("Police in Hamilton township arrested two men.")]
    assert found == [("P", 3)]


def test_a_facility_of_a_district_named_after_its_town_is_in_the_town(geoparser):
    assert precisions(geoparser, "The wounded were taken to the Nikopol district hospital, Ukrainian officials said.")[0] \
        == ("Nikopol", "UA", 1)
    assert precisions(geoparser, "Gunmen killed two herders, the Mandera county commissioner said.")[0][2] in (3, 4)


def test_towns_listed_before_a_plural_area_word_or_after_the_area_word_and_of_stand_for_their_areas(geoparser):
    found = precisions(geoparser, "Militiamen killed nine people in Beni and Lubero territories this week, Congo's army said.")
    assert found[:2] == [("Beni", "CD", 3), ("Lubero", "CD", 3)]
    found = precisions(geoparser, "Junta shelling drove residents out of the township of Kyauktaw, in Myanmar's Rakhine State.")
    assert found[0] == ("Kyauktaw", "MM", 3)
    # (a list with no plural area word after it is of towns: "Henry County" is a name of its own)
    found = [(t.place.feature_class, t.precision) for t in geoparser.parse("All residents of Paris and Henry County, "
                                                                           "Tennessee, will receive a letter.")]
    assert found[0] == ("P", 1)
    found = precisions(geoparser, "Militiamen killed nine people in Beni and Butembo this week, Congo's army said.")
    assert found[:2] == [("Beni", "CD", 1), ("Butembo", "CD", 1)]


def test_a_district_or_province_after_its_states_or_countrys_possessive_is_that_area(geoparser):
    # "Manipur's Imphal West district": a state's own district (not a part of a town, like "Mosul's Old City"), its
    # compass word kept with its anchor; "Congo's North Kivu": a country told by a short name
    assert ("Imphal West", "IN") in names(geoparser, "Gunmen torched houses in Manipur's Imphal West district on Friday.")
    assert ("North Kivu", "CD") in names(geoparser, "ADF rebels killed nine farmers in Congo's North Kivu province.")
    assert ("West", "IN") not in names(geoparser, "Gunmen torched houses in Manipur's Imphal West district on Friday.")


def test_a_town_after_its_first_level_areas_possessive_is_that_town(geoparser):
    # "Cabo Delgado's Macomia": a province's own town (not its tail "Praia", Cape Verde's capital, in "Mocímboa da
    # Praia"); a town the province does not hold is no reading ("Nampula's Macomia": Nampula is a town)
    text = "Insurgents raided Cabo Delgado's Macomia and later Cabo Delgado's Mocímboa da Praia, Mozambique."
    assert names(geoparser, text) == [("Cabo Delgado", "MZ"), ("Macomia", "MZ"), ("Cabo Delgado", "MZ"),
                                      ("Mocímboa da Praia", "MZ"), ("Mozambique", "MZ")]


def test_a_region_after_its_first_level_areas_possessive_is_that_region(geoparser):
    # "Antioquia's Bajo Cauca", "Michoacán's Tierra Caliente": a state's own region (regions.tsv, with the state's
    # code), found as "Manipur's Imphal West district" is; of a lowland two states share, the one the text tells
    found = {t.name: t.place for t in geoparser.parse(
        "Seven police officers were killed in Antioquia's Bajo Cauca region, and two soldiers were wounded by a drone "
        "in Michoacán's Tierra Caliente.") if t.place is not None}
    assert found["Bajo Cauca"].country_code == "CO"
    assert haversine_km(found["Tierra Caliente"].lat, found["Tierra Caliente"].lon, 19.09, -102.35) < 60
    found = {t.name: t.place for t in geoparser.parse("Gunmen ambushed a patrol in Guerrero's Tierra Caliente.")}
    assert haversine_km(found["Tierra Caliente"].lat, found["Tierra Caliente"].lon, 18.36, -100.67) < 60


# From test_geocoding_conflictleft.py: Geocoding: British police forces named after the area they serve ("South
# Yorkshire Police", "West Midlands Police"): the area is England's, and so are the towns the report names beside it.

def test_a_british_police_force_names_an_english_area(geoparser):
    found = names_and_countries(geoparser, "A man has died after being stabbed in Sheffield on Saturday, South Yorkshire Police said.")
    assert ("Sheffield", "GB") in found and ("South Yorkshire", "GB") in found
    assert all(cc == "GB" for _, cc in found)
    found = names_and_countries(geoparser, "A teenager was stabbed in Sunderland on Friday night, Northumbria Police said.")
    assert ("Sunderland", "GB") in found and all(cc == "GB" for _, cc in found)
    assert ("West Midlands", "GB") in names_and_countries(geoparser, "West Midlands Police said two men were hurt in a shooting.")


# From test_geocoding_crimeworld.py: Geocoding: crime news from outside the US, where a big town's name is also a
# small first-level area's abroad.

def test_a_big_town_outranks_a_far_first_level_area_a_tenth_its_size(geoparser):
    # Jamaica's parish of Manchester (62,000) is no rival of England's city (570,000); Kingston stays Jamaica's
    text = "Three people suffered stab wounds in a knife attack outside a bar in Manchester early on Sunday."
    assert [(p.country_code, p.feature_class) for p in places(geoparser, text, "Manchester")] == [("GB", "P")]
    text = "Gunmen shot and killed two men in Kingston on Sunday night."
    assert [p.country_code for p in places(geoparser, text, "Kingston")] == ["JM"]


# From test_geocoding_geofix.py: Geocoding: namesakes, islands, regions and short forms of world and local news (the
# geofix round).

def test_a_two_letter_short_form_of_an_area_where_the_report_backs_its_country(geoparser):
    # "UP" (Uttar Pradesh), "WA" (Western Australia, or Washington state) as the papers of that country write them
    found = resolved_places_with_class(geoparser, "A leopard mauled two farmers in UP's Bahraich district, officials in Lucknow said.")
    assert ("UP", "A", "IN") in found
    found = resolved_places_with_class(geoparser, "A heatwave will grip WA this week, with Perth and Kalgoorlie above 42C.")
    assert ("WA", "A", "AU") in found
    found = resolved_places_with_class(geoparser, "It is the earliest large fire in eastern WA, officials in Spokane said.")
    assert ("WA", "A", "US") in found
    # not where the report is in no country of such an area, nor a code papers do not write ("MP", a member)
    assert not any(n == "UP" for n, _, _ in resolved_places_with_class(geoparser, "Prices went UP in Berlin and Hamburg on Monday."))
    assert not any(n == "MP" for n, _, _ in resolved_places_with_class(geoparser, "The MP visited Bhopal and Indore on Monday."))


# From test_geocoding_geofix2.py: Geocoding: namesakes in reports about one place abroad (a dateline's town told again
# by its kind, a city's quarters and landmarks told with the city) and first-level areas whose point lay outside them.

def test_a_quarter_of_a_city_told_with_a_direction_lies_in_that_city(geoparser):
    # "the Belleville district of north-eastern Paris", "the Ciudad Bolivar area of southern Bogota": not the
    # namesakes elsewhere in France or Colombia
    for text, name, lat, lon in (
            ("PARIS - A man was shot dead in the Belleville district of north-eastern Paris on Tuesday.",
             "Belleville", 48.87, 2.38),
            ("BOGOTA - Two police officers were killed in the Ciudad Bolivar area of southern Bogota, the mayor said.",
             "Ciudad Bolivar", 4.51, -74.15)):
        found = {t.name: t for t in geoparser.parse(text)}
        assert _near(found[name], lat, lon), name


def test_a_first_level_area_is_placed_among_its_own_towns(geoparser):
    # GeoNames' Valparaiso region lies midway to Easter Island, in the Pacific: the region is the mainland's
    found = {t.name: t for t in geoparser.parse("SANTIAGO, Chile - Wildfires in the Valparaiso region killed 19 people.")}
    assert _near(found["Valparaiso"], -32.9, -71.2, km=100)


# From test_geocoding_geofix3.py: Geocoding: a great city known by the short form of its qualified name ("Frankfurt"
# for Frankfurt am Main) before towns that bear the name only in another spelling.

def test_a_quarter_told_with_its_city_s_possessive_or_as_a_locality_lies_in_the_city(geoparser):
    # "Houston's Montrose neighborhood" (not Montrose, Colo.); "the Santa Fe locality of central Bogota" (not Argentina)
    for text, name, lat, lon in (
            ("HOUSTON (AP) - A man was shot dead outside a bar in Houston's Montrose neighborhood early Saturday.",
             "Montrose", 29.76, -95.36),
            ("BOGOTA (AFP) - Police fired tear gas at vendors in the Santa Fe locality of central Bogota on Monday.",
             "Santa Fe", 4.61, -74.08)):
        # (the spans given, as a corpus's gold: told by its kind word, the quarter is a street-kind mention end to end)
        start = text.index(name)
        found = [t for t in geoparser.resolve(text, [(start, start + len(name))]) if t.name == name]
        assert found and all(_near(t, lat, lon) for t in found), (name, [t.place for t in found])


def test_a_bare_quarter_of_a_great_city_s_story_is_the_city_not_a_far_namesake(geoparser):
    # from London, "in Walworth" is the city's quarter, not the hamlet in County Durham; from Johannesburg, "in
    # Melville" is no suburb of Perth
    for text, name, lat, lon in (
            ("LONDON (Reuters) - A 17-year-old boy was stabbed to death in Walworth late on Monday, the third fatal "
             "knife attack in south London this month.", "Walworth", 51.51, -0.13),
            ("JOHANNESBURG (News24) - A man was killed when gunmen opened fire at a tavern in Melville early on "
             "Sunday, Gauteng police said.", "Melville", -26.2, 28.04)):
        found = [t for t in geoparser.parse(text) if t.name == name]
        assert found and all(_near(t, lat, lon) for t in found), (name, [t.place for t in found])


def test_a_town_of_the_great_city_s_own_state_stays_itself(geoparser):
    # a US city's story that names a town of its state (LGL's local news): no quarter of the city
    found = [t for t in geoparser.parse(
        "HOUSTON (AP) - A man wanted in a killing in Lufkin was arrested at a motel on Tuesday, police said.")
        if t.name == "Lufkin"]
    assert found and all(_near(t, 31.34, -94.73) for t in found)


# From test_geocoding_geolocal.py: Geocoding: local news from the UK, Ireland, Canada, Australia, India, Nigeria and
# South Africa.

def test_a_canadian_province_short_form_places_the_town_before_it(geoparser):
    # "Kelowna, B.C.", "Peterborough, Ont.": the Canadian Press dateline's province, which holds the town.
    found = names_and_countries(geoparser, "PETERBOROUGH, Ont. — City council voted on Tuesday to close a road downtown.")
    assert found == [("PETERBOROUGH", "CA"), ("Ont.", "CA")]
    found = names_and_countries(geoparser, "Firefighters in Richmond, B.C., put out a blaze at a warehouse on Friday.")
    assert found == [("Richmond", "CA"), ("B.C.", "CA")]
    # "B.C." with no town's comma before it is an era, no province
    assert names_and_countries(geoparser, "The coins date from 200 B.C. and were found near Rome.") == [("Rome", "IT")]


def test_the_irish_short_form_of_county_names_the_county(geoparser):
    # "Co Donegal", "Co Clare": Irish papers' "County", with no dot.
    found = [(t.name, t.place.feature_code) for t in geoparser.parse(
        "A man from Letterkenny in Co Donegal was fined in court on Monday.")]
    assert found == [("Letterkenny", "PPL"), ("Co Donegal", "ADM1")]


def test_an_american_countys_saint_written_short_names_the_county(geoparser):
    # "St. Tammany Parish", "St. Lucie County": papers' "St." where the registry writes "Saint".
    found = [(t.name, t.place.feature_code, t.place.admin1) for t in geoparser.parse(
        "The man lived near Covington in St. Tammany Parish; his brother lives in St. Lucie County.")]
    assert found == [("Covington", "PPL", "LA"), ("St. Tammany Parish", "ADM2", "LA"),
                     ("St. Lucie County", "ADM2", "FL")]


def test_a_wire_dateline_names_the_town_not_the_state_of_its_name(geoparser):
    first = geoparser.parse("NEW YORK (AP) — A man was shot in the Bronx early Sunday.")[0]
    assert first.name == "NEW YORK" and first.place.feature_class == "P" and first.place.country_code == "US"


def test_a_large_town_s_police_name_the_town_and_a_state_s_the_state(geoparser):
    # a city's own force ("Savannah police": not Ghana's Savannah Region), a province's where no large town bears it
    assert names_and_countries(geoparser, "Savannah police said a man was shot on Abercorn Street.") == [("Savannah", "US")]
    found = geoparser.parse("Punjab police said two men were arrested.")
    assert found[0].place.feature_code == "ADM1" and found[0].place.country_code == "PK"


# From test_geocoding_geonews.py: Geocoding: US local news and international health news (town bodies, lists,
# agencies, pathogens).

def test_a_wire_dateline_names_the_city_not_the_state(geoparser):
    # "NEW YORK (Reuters) -": the city, though the state bears the name as its own and the city only as an alternate
    # one; a bare "New York" in a list of states stays the state.
    found = _places(geoparser, "NEW YORK (Reuters) - Shares of the retailer fell after it cut its forecast, citing "
                               "weak demand in California and Texas.")
    assert found[0] == ("NEW YORK", "P", "US")
    found = _places(geoparser, "The trial enrolled adults in Massachusetts, Connecticut and New York.")
    assert ("New York", "A", "US") in found


def test_an_australian_states_short_form_in_title_case(geoparser):
    # "Qld" as Australian papers write it, as good as "QLD"; not "Act" (a word, whatever the ACT is called).
    found = _places(geoparser, "Waits at Townsville and Cairns rose, figures released by the Qld government showed.")
    assert ("Qld", "A", "AU") in found
    assert "Act" not in found_names(geoparser, "The Act was passed in Canberra and Sydney, New South Wales.")


def test_rivers_islands_and_landscapes_of_world_news(geoparser):
    # Rivers, islands and regions that no admin area or town of the packages is named after (data/regions.tsv).
    found = _places(geoparser, "Floodwater from the Indus River breached an embankment near Hyderabad in Sindh.")
    assert ("Indus River", "H", "PK") in found
    found = _places(geoparser, "Heavy rain hit Kyushu and Shikoku, and rivers flooded in Kumamoto.")
    assert ("Kyushu", "T", "JP") in found and ("Shikoku", "T", "JP") in found
    # "the Midlands" of England in a report about English towns, not Zimbabwe's province
    found = _places(geoparser, "Freight from Felixstowe to the Midlands is diverted through London and Cambridge.")
    assert ("Midlands", "L", "GB") in found


# From test_geocoding_geoworld.py: Geocoding: non-US local and regional news (a city's quarters, former provinces told
# with their country).

def test_a_quarter_told_with_its_city_lies_in_that_city(geoparser):
    # "the Adhamiyah district of Baghdad": GeoNames' only Adhamiyah lies 400 km north; the quarter is in the city
    p = place_of(geoparser, "A car bomb exploded in the Adhamiyah district of Baghdad on Thursday, police said.",
                 "Adhamiyah")
    assert p is not None and haversine_km(p.lat, p.lon, 33.37, 44.37) < 20


def test_a_former_province_told_with_its_country(geoparser):
    # Kenya's former Nyanza province, not Rwanda's town, in a Kenyan report; Rwanda's town in a Rwandan one
    p = place_of(geoparser, "NAIROBI, Kenya - Cholera cases were reported in Nyanza, the health ministry said.", "Nyanza")
    assert p.country_code == "KE"
    p = place_of(geoparser, "KIGALI, Rwanda - A bus crashed near Nyanza, south of the capital.", "Nyanza")
    assert p.country_code == "RW"
    p = place_of(geoparser, "KINSHASA - Ebola was declared in Kasai-Occidental, officials said.", "Kasai-Occidental")
    assert p.country_code == "CD"


def test_a_quarter_named_again_bare_is_still_in_its_city(geoparser):
    text = ("A car bomb exploded in the Adhamiyah district of Baghdad on Thursday. Security forces closed the "
            "bridges linking Adhamiyah to Kadhimiya.")
    ps = [t.place for t in geoparser.parse(text) if t.name == "Adhamiyah"]
    assert len(ps) == 2 and all(p is not None and haversine_km(p.lat, p.lon, 33.37, 44.37) < 20 for p in ps)


def test_the_ocean_after_the_and_a_state_named_like_a_great_city_listed_with_great_cities(geoparser):
    # "over the Atlantic": the ocean, not a New York town named after it (the flights' other names pull there);
    # "New York" beside great cities is the city, beside states the state
    text = "LONDON - Flights from New York and Chicago turned back over the Atlantic, the airport said."
    got = {t.name: t.place for t in geoparser.parse(text)}
    assert got["Atlantic"].feature_code == "OCN"
    assert got["New York"].feature_class == "P" and haversine_km(got["New York"].lat, got["New York"].lon,
                                                                 40.71, -74.01) < 20
    got = {t.name: t.place for t in geoparser.parse("Storms hit New Jersey and New York on Monday.")}
    assert got["New York"].feature_code == "ADM1"


def test_a_country_s_own_area_named_like_the_report_s(geoparser):
    # a Pakistani report's "Punjab" is Pakistan's; "India's Punjab" is India's
    text = "LAHORE - Smog in Punjab worsened. Officials blamed stubble burning in India's Punjab."
    assert [t.place.country_code for t in geoparser.parse(text) if t.name == "Punjab"] == ["PK", "IN"]


# From test_geocoding_menageo.py: Geocoding: Middle East and North Africa conflict copy (Syria, Iraq, Yemen, Libya)
# and its transliterations.

def test_an_area_word_lets_a_spelt_area_stand_over_a_namesake_as_written(geoparser):
    # "Shabwa" is a Burmese village as written, Yemen's Shabwah governorate as spelt: "governorate" asks for the area
    assert names_and_countries(geoparser, "Tribal mediators met in Shabwa governorate on Friday.") == [("Shabwa", "YE")]
    # an area spelt otherwise with no namesake as written stands on its kind word alone too
    assert names_and_countries(geoparser, "Tribal mediators met in Hadramout governorate on Friday.") == [("Hadramout", "YE")]


# From test_geocoding_namesakes.py: Geocoding: the famous place vs its local namesake (round namesakes): a bare name
# read as a far city in a report whose other places all lie in one state is the state's namesake near them, unless the
# report names the far city's country or its sentence tells travel abroad.

def test_a_bare_famous_name_beside_one_states_places_is_the_local_namesake(geoparser):
    text = ("A Paris man was arrested Sunday on burglary charges, the Henry County Sheriff's Office said. "
            "Deputies found the stolen tools in his truck near Paris.")
    assert where(mentions(geoparser, text, "Paris")) == [("US", "TN"), ("US", "TN")]


# From test_geocoding_orgnames.py: Geocoding: names of institutions, parties, teams, companies and features that hold
# a place's name or a word some place bears.

def test_a_states_owner_opening_a_sentence_stays_a_place(geoparser):
    assert names_and_countries(geoparser, "Michigan's jobless rate rose in March.") == [("Michigan", "US")]


# From test_geocoding_recog.py: Geocoding: multiword names in world and local news (a name's opening word, landmarks,
# paired provinces).

def test_a_street_of_a_report_with_tied_towns_lies_in_the_report_s_main_country(geoparser):
    # Moscow and London named twice each; the report is about Britain: the hotel's square is London's
    text = ("Moscow denied any role. Moscow said the claims were false. Britain's police searched a flat in London. "
            "The UK said detectives from London visited the Millennium Hotel, Grosvenor Square, on Friday.")
    sq = next(t for t in geoparser.parse(text, streets=True) if t.name == "Grosvenor Square")
    assert sq.place is not None and sq.place.country_code == "GB"


def test_a_camp_or_quarter_the_gazetteer_lacks_is_placed_at_its_town(geoparser):
    # told by its kind's word: at the town named after it, else the report's main town
    found = {t.name: t for t in geoparser.parse(
        "AMMAN - Police fired tear gas at refugees in the Zaatari camp near Mafraq on Tuesday.", streets=True)}
    p = found["Zaatari"].place
    assert p is not None and haversine_km(p.lat, p.lon, 32.30, 36.32) < 30
    found = {t.name: t for t in geoparser.parse(
        "KHARTOUM - Aid work restarted in the Abu Shok refugee camp in El Fasher, Darfur.", streets=True)}
    p = found["Abu Shok"].place
    assert p is not None and haversine_km(p.lat, p.lon, 13.63, 25.35) < 30


def test_a_quarter_told_with_its_town_after_a_comma_lies_in_that_town(geoparser):
    found = {t.name: t for t in geoparser.parse(
        "MANILA - A fire razed 300 houses in a crowded district of Tondo, Manila, on Sunday.", streets=True)}
    p = found["Tondo"].place
    assert p is not None and haversine_km(p.lat, p.lon, 14.62, 120.97) < 20
    # a list of schools is no quarter
    text = "SPRINGFIELD, Ill. - Classes at Glacier Ridge, Chatham and Thomas schools resume on Monday."
    assert "Glacier Ridge" not in {t.name for t in geoparser.parse(text, streets=True)}


# From test_geocoding_uslocalfix.py: Geocoding: US local news, round uslocalfix: a dateline town that shares a
# person's last name, a person named like a town, a common word opening the story after the dateline, Washington
# standing for the federal government, and a far town placed by ", in <country>".

def test_a_town_placed_in_a_county_is_in_a_state_with_a_county_so_named(geoparser):
    text = ("BOWLING GREEN, Ky. — A Warren County cattle farmer bought 40 heifers from a ranch near Lexington, in "
            "Lafayette County, and trucked them home to Kentucky last week.")
    found = mentions(geoparser, text, "Lexington")
    assert found and found[0].place.admin1 == "MO"


def test_a_village_in_a_named_state_does_not_outweigh_a_great_city_of_its_name_elsewhere(geoparser):
    text = ("SIKESTON, Mo. — Farmers in Scott County want the Army Corps of Engineers to fix a levee before spring. "
            "Engineers from the Corps' headquarters in Memphis will visit next week, a Missouri official said.")
    found = mentions(geoparser, text, "Memphis")
    assert found and found[0].place.admin1 == "TN"


def test_a_county_papers_dateline_is_the_town_near_its_other_places_not_a_far_city(geoparser):
    text = ("DELHI — A Margaretville man was hurt Sunday when his tractor rolled over on a farm in the town of Andes, "
            "troopers said.")
    found = mentions(geoparser, text, "DELHI")
    assert found and (found[0].place.country_code, found[0].place.admin1) == ("US", "NY")


# From test_geocoding_villages.py: A village named with the district, LGA, territory or raion it lies in: where the
# report puts it.

def test_the_area_after_a_village_of_is_the_area_not_a_village(geoparser):
    # "X village of Y district": "village of" names X; Y, with "district" after it, is the area (UCDP 3)
    text = "Militants attacked a checkpost in Mamash Khel village of Bannu district on Monday night."
    assert precisions(geoparser, text)[-1] == ("Bannu", "PK", 3)
    # ... while "the town of Kandahar" is still the town
    assert precisions(geoparser, "Gunmen shot a shopkeeper in the town of Kandahar on Monday.")[-1] == ("Kandahar", "AF", 1)


def test_a_village_lies_where_the_area_it_is_said_to_be_in_may_be(geoparser):
    # "Lala, a village in ... Djugu territory": Djugu is only Congo's, so no Indian Lala
    text = "Militiamen attacked a displacement site at Lala, a village in the Bahema Nord chiefdom of Djugu territory."
    assert [(name, cc) for name, cc, _ in precisions(geoparser, text) if name != "Nord"] == [("Djugu", "CD")]


def test_the_name_of_who_governs_an_oblast_is_the_oblast(geoparser):
    # "the Sumy regional military administration", "Dnipropetrovsk governor ...": the oblast they govern, not
    # its capital town (which would outrank the raion the act is told in)
    text = ("Russian drones struck the Okhtyrka raion on Monday, killing two civilians, the Sumy regional military "
            "administration said.")
    assert precisions(geoparser, text) == [("Okhtyrka", "UA", 3), ("Sumy", "UA", 4)]
    text = "Russian artillery shelled the Marhanets hromada on Sunday, Dnipropetrovsk governor Serhiy Lysak said."
    assert precisions(geoparser, text)[-1] == ("Dnipropetrovsk", "UA", 4)


@pytest.mark.parametrize("text, name", [
    ("Kursk's acting governor Alexei Smirnov said debris had started a fire at a fuel depot.", "Kursk"),
    ("Belgorod Governor Vyacheslav Gladkov said two people were wounded.", "Belgorod"),
])
def test_the_name_of_an_oblast_s_governor_with_its_possessive_or_capital_is_the_oblast(geoparser, text, name):
    # the governor's oblast, not its capital town (the mayor's)
    assert precisions(geoparser, text) == [(name, "RU", 4)]


def test_a_village_written_before_its_district_lies_where_the_district_may_be(geoparser):
    # "Dara village of Andarab district": no Syrian Daraa; the district (Afghan) is the place
    text = "Taliban forces clashed with resistance fighters in Dara village of Andarab district on Friday."
    assert precisions(geoparser, text) == [("Andarab", "AF", 3)]


def test_the_first_level_area_after_a_village_s_district_qualifies_the_village(geoparser):
    # the township is unknown, but "Sagaing Region" rules out a namesake village in Yangon Region
    text = "A military airstrike on Nyaung Pin Thar village in Myinmu township, Sagaing Region, killed nine civilians."
    assert [name for name, _, _ in precisions(geoparser, text)] == ["Sagaing Region"]


def test_a_district_of_a_province_is_the_district_not_a_quarter_of_the_capital(geoparser):
    # "the Fastiv district of Kyiv region": the raion around Fastiv (UCDP 3), not a point in Kyiv city
    text = "A Russian missile hit a warehouse in the Fastiv district of Kyiv region overnight, wounding three people."
    [loc] = geoparser.locations(text, geoparser.parse(text))
    assert (loc.name, round(loc.lat, 1), round(loc.lon, 1), loc.precision) == ("Fastiv district", 50.1, 29.9, 3)
    # ... while "the Hodan district of Mogadishu" stays a quarter of the city
    text = "A mortar struck the Hodan district of Mogadishu on Friday."
    assert [loc.name for loc in geoparser.locations(text, geoparser.parse(text))] == ["Hodan district of Mogadishu"]


def test_a_village_in_the_municipality_of_a_town_is_in_that_municipality(geoparser):
    # a Colombian municipio is the second-level area (UCDP 3); its village is no Mexican La Cristalina
    text = "FARC dissidents attacked a police post in La Cristalina, a village in the municipality of Argelia, Cauca."
    assert precisions(geoparser, text) == [("Argelia", "CO", 3), ("Cauca", "CO", 4)]


@pytest.mark.parametrize("text, surface, admin1", [
    ("A roadside bomb struck a patrol near Tikrit in Saladin province on Tuesday.", "Saladin", "18"),
    ("Al Shabaab attacked a base in Lower Shebelle region before dawn.", "Lower Shebelle", "14"),
    ("Four people were killed in a clash between two villages in Urozgan province.", "Urozgan", "39"),
    ("Gunmen fired on a police post in Ingushetia late on Friday.", "Ingushetia", "19"),
])
def test_a_first_level_area_named_by_the_registries_english_form_is_the_area(geoparser, text, surface, admin1):
    # GeoNames knows these by local forms (Şalāḩ ad Dīn, Shabeellaha Hoose, Uruzgān, Ingushetiya): the registries'
    # names of the ISO 3166-2 area are the forms English news writes.
    assert found(geoparser, text, surface, fields=("place.feature_code", "place.admin1")) == [("ADM1", admin1)]


def test_a_city_that_names_its_province_stays_the_city_in_running_text(geoparser):
    text = "A car bomb killed a commander in the city of Homs, and gunmen attacked a checkpoint in Homs province."
    assert found(geoparser, text, fields=("surface", "place.feature_class")) == [("Homs", "P"), ("Homs", "A")]


def test_a_region_named_by_compass_words_is_any_country_s_area_of_those_words(geoparser):
    # the gazetteer stores Ghana's "Central" without its area word (Uganda's and Malawi's carry "Central Region"): a
    # Ghanaian report's Central Region is Ghana's, and a town told to lie in it stays in Ghana
    text = "ACCRA, Ghana — Two people were killed in Winneba in the Central Region on Sunday, police said."
    assert names_and_countries(geoparser, text) == [("ACCRA", "GH"), ("Ghana", "GH"), ("Winneba", "GH"),
                                                    ("Central Region", "GH")]
    assert ("Northern Region", "GH") in names_and_countries(
        geoparser, "Police in the Northern Region said three people died in clashes in Bimbilla and Yendi.")
    # ... while Uganda's is still Uganda's, and Kenya's "North Eastern Province" (its own name) no Omani governorate
    assert ("Central Region", "UG") in names_and_countries(
        geoparser, "Police in the Central Region said three people died in clashes in Masaka.")
    assert ("North Eastern Province", "KE") in names_and_countries(
        geoparser, "Cases were reported in Wajir and in North Eastern Province, officials said.")


def test_the_first_level_area_after_a_place_s_unknown_local_area_qualifies_the_place(geoparser):
    # "X, Y local government area of Z State": Y is no first-level area, so Z says where X lies: the village the
    # gazetteer lacks is unplaced (its area stands for it), not Burkina Faso's Manga
    text = ("Bandits abducted 20 farmers in Maga, Wasagu local government area of Kebbi State, on Monday, "
            "the Kebbi State police said.")
    assert precisions(geoparser, text) == [("Wasagu", "NG", 3), ("Kebbi State", "NG", 4), ("Kebbi State", "NG", 4)]


def test_a_village_told_in_an_unknown_local_area_is_no_namesake_in_a_country_the_report_does_not_name(geoparser):
    # the gazetteer knows neither the village nor its area; the report's other names are Nigerian, so the village's
    # namesake in Burkina Faso is another place
    text = ("Gunmen killed seven worshippers in Maga, a village in Danko local government area, on Friday, the "
            "Kebbi State police said.")
    assert precisions(geoparser, text) == [("Kebbi State", "NG", 4)]
    # ... with no other place named, nothing rules a namesake out: the town that bears the name as its own (Maga,
    # Cameroon), not Burkina Faso's Manga, listed also as "Maga" (see resolve.py _alias_rivals)
    text = "Gunmen killed seven worshippers in Maga, a village in Danko local government area, on Friday."
    assert names_and_countries(geoparser, text) == [("Maga", "CM")]


def test_the_village_of_a_name_in_an_unknown_local_area_is_no_namesake_abroad(geoparser):
    # "the village of X in Y local government area": the area unknown, the village still is one (no Burkinabe Manga)
    text = ("Gunmen attacked the village of Maga in Danko local government area on Friday, Kebbi State police said.")
    assert names(geoparser, text) == [("Kebbi State", "NG")]


def test_a_camp_named_like_a_far_town_lies_near_the_town_it_is_told_near(geoparser):
    # "the Maga camp near Ribah": a camp is named for where it is; a larger town of its name far off is another place
    text = "Soldiers shelled the Maga camp near Ribah on Sunday, police in Kebbi State said."
    assert [cc for _, cc, _ in precisions(geoparser, text)] == ["NG", "NG", "NG"]


def test_a_named_local_area_of_a_first_level_area_qualifies_the_village_told_in_it(geoparser):
    # "in the Zuru area of Kebbi State", "in Kebbi State's Danko-Wasagu area": "area" names a local area where the state
    # is told with it, so the state says where the village lies (no Burkinabe Manga for the Maga the gazetteer lacks)
    for text in ("Bandits killed 14 vigilantes near Maga in the Zuru area of Kebbi State on Sunday.",
                 "Bandits killed 14 vigilantes in Maga village in Kebbi State's Danko-Wasagu area on Sunday."):
        assert all(cc == "NG" for _, cc in names_and_countries(geoparser, text)), text
    # ... a village the state holds is that village; "the Dallas area" names no local area
    assert ("Bena", "NG") in names_and_countries(
        geoparser, "Bandits killed 14 vigilantes in Bena in the Danko-Wasagu area of Kebbi State on Sunday.")
    assert names_and_countries(geoparser, "A man was shot in Lancaster in the Dallas area on Sunday.") == [
        ("Lancaster", "US"), ("Dallas", "US")]


def test_a_region_told_with_its_country_is_that_country_s_part_of_it(geoparser):
    # "the Sahel region of Mali": not Burkina Faso's Sahel region; the gazetteer maps Mali's part at Mali
    assert names_and_countries(geoparser, "Attacks have spread into the Sahel region of Mali and towards the capital.") \
        == [("Sahel", "ML"), ("Mali", "ML")]
    # ... and Burkina Faso's Sahel region is still its first-level area
    assert ("Sahel", "BF") in names_and_countries(
        geoparser, "Hundreds fled towards Dori, the main town of the Sahel region of Burkina Faso.")


def test_a_place_told_by_apposition_to_lie_in_a_town_or_country_is_no_namesake_abroad(geoparser):
    # "X, a village in Y": the gazetteer has Stroud only in England, Oklahoma and Australia, none in Innisfil's Canada
    text = "Residents of Stroud, a village in Innisfil, Ontario, opposed a new gravel pit on Tuesday."
    assert names_and_countries(geoparser, text) == [("Innisfil", "CA"), ("Ontario", "CA")]
    # ... and words between the kind and "in": no Fijian Suva for a Kenyan district
    text = ("Health officials in Suba, a district on the shores of Lake Victoria in western Kenya, reported 63 new "
            "cholera cases.")
    assert ("Suba", "FJ") not in names_and_countries(geoparser, text)


def test_a_definition_s_country_or_area_qualifies_the_place_it_defines(geoparser):
    # an encyclopedia's or gazetteer's opening, "X is the largest city in northern Y": Lebanon's Tripoli, though
    # Libya's is larger and the text names Libya too
    text = ("Tripoli is the second city in northern Lebanon, with a busy port and an old souk. It is not the capital "
            "of Libya, which shares its name.")
    assert names_and_countries(geoparser, text)[0] == ("Tripoli", "LB")
    # ... with a hyphenated compass word too: Ontario's London, not England's
    text = "London is a city in south-western Ontario, on a river its founders also named after England's."
    assert names_and_countries(geoparser, text)[0] == ("London", "CA")
    # ... and a county told so holds the place as a first-level area would: North Yorkshire's Richmond, not Virginia's
    # or London's
    text = "Richmond is a small market town in North Yorkshire with a Norman castle above the river."
    assert found(geoparser, text, "Richmond", fields=("place.country_code", "place.admin2")) == [("GB", "J7")]


def test_a_definition_s_chain_of_containers_ends_in_the_first_level_area_that_holds_the_place(geoparser):
    # "X is a village in the administrative district of Gmina Y, within Z County, W Voivodeship": the voivodeship told
    # with its kind word qualifies the village (Podlaskie's Dąbrowa, not Lesser Poland's larger one) ...
    text = ("Dąbrowa is a village in the administrative district of Gmina Sokoły, within Wysokie Mazowieckie County, "
            "Podlaskie Voivodeship, in north-eastern Poland. It lies on a small tributary of the Narew.")
    assert found(geoparser, text, "Dąbrowa", fields=("place.country_code", "place.admin1")) == [("PL", "81")]
    # ... and a village the gazetteer has only in another voivodeship is left unplaced, not put there
    text = ("Stara Wieś is a village in the administrative district of Gmina Kock, within Lubartów County, Lublin "
            "Voivodeship, in eastern Poland.")
    assert found(geoparser, text, "Stara Wieś", fields="place") in ([], [None])


def test_a_place_its_first_level_area_and_that_area_s_country_are_a_chain_not_a_list(geoparser):
    # "Stroud, Ontario, Canada": Ontario qualifies Stroud (England's is no reading) as it would without the country
    text = "A driver was stopped on Highway 11 in Stroud, Ontario, Canada, on Sunday."
    assert ("Stroud", "GB") not in names_and_countries(geoparser, text)
    # ... and a list of states stays a list
    text = "Storms hit Georgia, Texas, Ohio and Illinois."
    assert [c for _, c in names_and_countries(geoparser, text)] == ["US"] * 4


def test_commonwealth_regions_of_local_news(geoparser):
    # Canada's, Australia's and New Zealand's named regions (data/regions.tsv), none an admin area of the sources
    text = ("Crews from the Lower Mainland and Metro Vancouver flew to Northern Ontario, where Kashechewan First Nation "
            "was evacuated. Farmers in the Riverina, the Hunter and Gippsland, in the Pilbara and the Kimberley, and "
            "in Tairāwhiti, near Gisborne, counted losses. Broome, Port Hedland and Wagga Wagga were spared.")
    expected = (("Lower Mainland", 49.2, -122.7), ("Metro Vancouver", 49.25, -123.0), ("Northern Ontario", 49.5, -85.0),
                ("Kashechewan First Nation", 52.29, -81.64), ("Riverina", -35.0, 146.5), ("Hunter", -32.7, 151.4),
                ("Gippsland", -37.8, 147.0), ("Pilbara", -21.5, 118.5), ("Kimberley", -17.5, 126.0),
                ("Tairāwhiti", -38.4, 177.9))
    places = place_by_surface(geoparser, text)
    missing = [n for n, lat, lon in expected if n not in places or haversine_km(places[n].lat, places[n].lon, lat, lon) > 50]
    assert not missing, missing


def test_a_town_told_with_its_offset_from_another_is_that_town(geoparser):
    # "Kostiantynivka, a town about 25 km south of Kramatorsk": the measure says where the town named lies; the town is
    # the place (UCDP 1), not a point computed from Kramatorsk
    text = ("Russian glide bombs struck Kostiantynivka, a town about 25 kilometres south of Kramatorsk, killing three "
            "civilians.")
    [loc] = geoparser.locations(text, geoparser.parse(text))
    assert (loc.name, loc.precision) == ("Kostiantynivka", 1) and abs(loc.lat - 48.53) < 0.1
    # ... while a bare offset stays the computed point
    text = "Russian glide bombs struck a village about 25 kilometres south of Kramatorsk, killing three civilians."
    [loc] = geoparser.locations(text, geoparser.parse(text))
    assert (loc.name, loc.precision) == ("25 km S of Kramatorsk", 2)


# From the levant round: "near X" after a town and a comma tells where that town lies ("the town of Tammun, near
# Tubas"): no point near X; the town named is the place.

def test_near_a_town_after_a_town_and_a_comma_is_no_point_of_its_own(parser):
    text = "Troops detained 15 people in the village of Aqraba, near Nablus, on Monday."
    assert not [loc for loc in parser.locations(text, parser.parse(text)) if "Nablus" in loc.phrase]
    text = "Troops detained 15 people near Nablus on Monday."
    assert [loc.precision for loc in parser.locations(text, parser.parse(text)) if "Nablus" in loc.phrase] == [2]


def test_near_a_town_after_the_village_of_a_town_is_no_point_of_its_own(parser):
    text = "Settlers set fire to homes in the village of Aqraba near Nablus on Sunday night."
    assert not [loc for loc in parser.locations(text, parser.parse(text)) if "Nablus" in loc.phrase]


# ... and a country's suburbs are those of the city it names next, no point around the country

def test_a_country_s_suburbs_are_no_point_around_the_country(parser):
    text = "Israeli strikes on Lebanon's southern suburbs of Beirut killed four people on Friday."
    assert not [loc for loc in parser.locations(text, parser.parse(text)) if "Lebanon" in loc.phrase]
    text = "Shells hit Aleppo's western suburbs on Friday."
    assert [loc.name for loc in parser.locations(text, parser.parse(text))] == ["around Aleppo"]


def test_a_district_of_a_province_named_with_no_province_after_it_is_the_district(geoparser):
    # "the Zhob district of Balochistan": Balochistan is itself a province, so the district, not a point near its centre
    text = "A landmine killed two herders in the Kohlu district of Balochistan on Tuesday, police said."
    [loc] = geoparser.locations(text, geoparser.parse(text))
    assert (loc.name, loc.precision) == ("Kohlu district", 3)


def test_a_road_named_by_two_towns_is_placed_between_them(geoparser):
    # ("the Maiduguri-Bama road": the towns it runs between, farther apart than a metro area's pair; the midpoint, as
    # "between A and B")
    text = "A roadside bomb hit a truck on the Maiduguri-Bama road on Sunday, killing four traders."
    names = [t.name for t in geoparser.parse(text)]
    [loc] = geoparser.locations(text, geoparser.parse(text))
    assert (names, loc.name, loc.precision) == (["Maiduguri", "Bama"], "between Maiduguri and Bama", 2)
