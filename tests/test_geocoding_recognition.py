"""Geocoding: which words are place names (persons, organisations, common words, demonyms, titles and
names the gazetteer lacks are no places; names written otherwise are found)."""
from geocoding import Gazetteer, Geoparser, Place, normalize
from geocoding.normalize import spelling_key
from functools import partial
from tests.geocoding_helpers import (
    by_name, first, found_names, found_names as names, mentions, names_and_countries, _near, parser,
    place_of_surface, place_of_surface as _place, placed_with_precision as placed, places_with_names_and_countries, precisions,
    resolved_places_with_class as _places, seed_texts, surfaces, surfaces_and_countries,
    surfaces_countries_and_codes,
)


# From test_geocoding.py: Geocoding: the seed reports and the hard cases of the design brief.

def test_seed_not_places(geoparser):
    texts = seed_texts()
    names = {t.name for text in texts.values() for t in geoparser.parse(text)}
    for not_a_place in ("Will", "Of", "Abu Bakr al-Baghdadi", "Al-Baghdadi", "Baghdadi", "Kurdistan", "SANA",
                        "Syrian", "Iraqi", "Kurdish", "Turkish", "Russian", "Фото"):
        assert not_a_place not in names


def test_common_words_are_not_places(geoparser):
    text = "Will Smith said reading is fun. Mobile phones were seized. Reading police arrested two men."
    assert [t.name for t in geoparser.parse(text)] == []


def test_demonyms_listed_only_in_the_batch_toponyms(geoparser):
    from geocoding.batch import geoparse_line
    text = "Russian jets struck Palmyra, Syria."
    assert [t.name for t in geoparser.parse(text)] == ["Palmyra", "Syria"]
    out = geoparse_line({"id": "d", "text": text}, geoparser)
    russian = [t for t in out["toponyms"] if t["name"] == "Russian"]
    assert len(russian) == 1 and russian[0]["kind"] == "demonym" and russian[0]["country_code"] == "RU"
    assert [t["kind"] for t in out["toponyms"] if t["name"] != "Russian"] == ["name", "name"]
    out = geoparse_line({"id": "d", "text": text}, geoparser, demonyms=False)
    assert "Russian" not in [t["name"] for t in out["toponyms"]]


def test_recognition_rules(geoparser):
    names = partial(found_names, geoparser)
    # Capitals-only aliases ("ACT", "NO") need capitals; "US" is no common word.
    assert names("The Act was signed. No one came.") == []
    assert names("US troops left Iraq.") == ["US", "Iraq"]
    # A place inside a hyphenated word; a hyphenated given name is a person.
    assert names("The Houston-based firm sued.") == ["Houston"]
    assert names("Said spokeswoman Kerry-Ann Hamilton.") == []
    # Dotted state initials anywhere, party-state forms.
    found = {t.name: t for t in geoparser.parse("The S.C. Highway Patrol and Sen. Bob Casey, D-Pa., spoke.")}
    assert found["S.C."].place.admin1 == "SC" and found["Pa."].place.admin1 == "PA"
    # Pathogens, saints and administrations are not places.
    assert names("The Marburg virus and Ebola Reston spread.") == []
    assert names("With the United States flu season started, tests rose.") == ["United States"]
    # A seat of government with its article is the seat, not a town named after it.
    assert names("Aides at the White House met on Monday.") == []
    assert names("A fire in White House, Tennessee, closed a road.") == ["White House", "Tennessee"]
    assert names("On St. Patrick's Day the Obama administration met.") == []
    # Sentence-initial country or state names are kept even when also common words.
    assert names("Michigan's rate rose. China objected.") == ["Michigan", "China"]


def test_given_inhabitant_words_resolve_to_their_area(geoparser):
    text = "South Ossetian officials and Ontarians met."
    spans = [(0, 14), (29, 38)]
    ossetia, ontario = geoparser.resolve(text, spans)
    assert ossetia.place.country_code == "GE" and ontario.place.admin1 == "08"


def test_loose_spelling_is_recognised(geoparser):
    """A loose-only key ("Deirezzor", "Deir ez-Zor" with its spaces squashed) is no capitals-only name:
    it is found, and resolves once the report backs its country."""
    from geocoding.recognize import find_mentions
    mentions = find_mentions("Shelling hit Deirezzor on Monday.", geoparser.gazetteer)
    assert [m.text for m in mentions] == ["Deirezzor"]
    found = by_name(geoparser.parse("Syrian government shelling hit Deirezzor on Monday."))
    assert found["Deirezzor"].place.country_code == "SY"
    assert found["Deirezzor"].place.feature_class == "P"
    # "Waer" (al-Waer, a Homs district) is in no source; its loose look-alikes abroad stay out.
    found = by_name(geoparser.parse("Government forces shelled Waer in Homs, Syria, on Monday."))
    assert "Waer" not in found and found["Homs"].place.country_code == "SY"
    # Loose one-word forms that are English words are common words too: "Redbud Month" is no place.
    assert "Redbud" not in by_name(geoparser.parse("April is also Redbud Month in Kentucky."))


def test_lists_of_countries_and_states_are_no_qualifiers(geoparser):
    # "X, Y" after a country, or after a state in a list, is no qualifier: no village X in Y.
    found = by_name(geoparser.parse("Many countries, among them China, Japan, and Britain, warned the agency."))
    assert found["China"].place.country_code == "CN"
    text = "Farms in Kansas, Illinois, Missouri and Iowa lost their crops."
    found = by_name(geoparser.parse(text))
    assert found["Kansas"].place.admin1 == "KS" and found["Illinois"].place.admin1 == "IL"
    assert {t.place.feature_code for t in found.values()} == {"ADM1"}
    # A real qualifier still counts: a town named after a country, in a state.
    found = by_name(geoparser.parse("The fair in Lebanon, Pennsylvania, opened on Friday."))
    assert found["Lebanon"].place.country_code == "US"


def test_sentence_end_is_no_person_name(geoparser):
    # "Indiana" (also a given name) ending a sentence does not make the next town a surname, and an
    # unaccented given name ("Joaquin" for "Joaquín") is a person's.
    found = by_name(geoparser.parse("Cases rose in southern Indiana. Austin, in Scott County, was hit hardest."))
    assert found["Austin"].place.admin1 == "IN"
    assert "Joaquin" not in by_name(geoparser.parse("The Vatican spokesman, Joaquin Navarro, spoke in Rome."))


def test_area_short_forms_elided_articles_and_demonyms(geoparser):
    # "NSW" (an area's capitals-only short form) counts when the report backs its country; other
    # acronyms stay organisations.
    found = by_name(geoparser.parse("Flooding in NSW forced Australian farmers to move stock."))
    assert found["NSW"].place.country_code == "AU" and found["NSW"].place.feature_code == "ADM1"
    assert "NSW" not in by_name(geoparser.parse("The NSW said it would act."))
    # An elided article inside a name: "Côte d'Ivoire".
    found = by_name(geoparser.parse("Cases were confirmed in Côte d'Ivoire and Ghana."))
    assert found["Côte d'Ivoire"].place.country_code == "CI"
    # A country's demonym is its people, not a town of that name.
    found = by_name(geoparser.parse("Canadian officials met in Texas."))
    assert "Canadian" not in found
    from geocoding.batch import geoparse_line
    out = geoparse_line({"id": "d", "text": "Canadian officials met in Texas."}, geoparser)
    canadian = next(t for t in out["toponyms"] if t["name"] == "Canadian")
    assert canadian["kind"] == "demonym" and canadian["country_code"] == "CA"


def test_city_of_a_million_named_like_a_word(geoparser):
    # "paris" is a lower-case word too, but a city of millions bearing the name is kept at a
    # sentence's start; a smaller one ("Mobile") is not.
    assert "Paris" in by_name(geoparser.parse("Paris and Lyon reported new cases."))
    assert "Mobile" not in by_name(geoparser.parse("Mobile phones were seized."))


def test_demonyms_of_several_words(geoparser):
    from geocoding.batch import geoparse_line
    out = geoparse_line({"id": "d", "text": "Sri Lankan and South African doctors met."}, geoparser)
    found = {t["name"]: t for t in out["toponyms"]}
    assert found["Sri Lankan"]["country_code"] == "LK" and found["Sri Lankan"]["kind"] == "demonym"
    assert found["South African"]["country_code"] == "ZA"


def test_big_county_is_no_major_place_for_a_surname(geoparser):
    # A county of two million read without its "County" ("Clark") does not make a surname a place.
    from geocoding.recognize import _is_major_place, _strict_matches
    g = geoparser.gazetteer
    assert not _is_major_place(_strict_matches("clark", g))
    assert _is_major_place(_strict_matches("houston", g)) and _is_major_place(_strict_matches("jordan", g))


def test_a_name_that_qualifies_an_actor_is_no_evidence_of_where(geoparser):
    text = ("Ukrainian forces shelled the Russian-held city of Donetsk on Saturday, the city's "
            "Moscow-installed mayor said.")
    found = {t.name: t for t in geoparser.parse(text)}
    assert found["Donetsk"].place.country_code == "UA"
    assert found["Moscow"].kind == "qualifier"


def test_a_capital_named_by_its_country_s_demonym(geoparser):
    text = "Car bombs hit the Somali capital; the Iraqi Kurdish capital was calm; the Kurdish capital of Erbil too."
    found = [(loc.phrase, loc.name, loc.precision) for loc in geoparser.locations(text, geoparser.parse(text))]
    assert found == [("the Somali capital", "Mogadishu", 1)]


def test_a_small_town_in_a_country_nothing_else_backs_is_no_reading_where_others_back_other_countries(geoparser):
    text = "The ministers of Mali, Niger and Burkina Faso said gunmen had attacked Solhan."
    assert "Solhan" not in by_name(geoparser.parse(text))      # not the Turkish town of that name
    spans = [(text.index(name), text.index(name) + len(name)) for name in ("Mali", "Niger", "Burkina Faso", "Solhan")]
    assert geoparser.resolve(text, spans)[3].place is None
    # one other country is no such weight of evidence; and a second name in the town's country backs it
    assert by_name(geoparser.parse("Gunmen attacked Solhan, officials in Mali said."))["Solhan"].place.country_code == "TR"
    text = "The ministers of Mali, Niger and Burkina Faso met in Solhan and Bingöl."
    assert by_name(geoparser.parse(text))["Solhan"].place.country_code == "TR"


def test_a_name_of_water_is_the_water_and_near_a_country_is_no_place(geoparser):
    found = by_name(geoparser.parse("Houthi attacks on shipping in the Red Sea continued."))
    assert found["Red Sea"].place.feature_class == "H"       # not Sudan's Red Sea state
    assert by_name(geoparser.parse("Clashes in Red Sea state, Sudan."))["Red Sea"].place.feature_code == "ADM1"
    text = "Two car bombs exploded near Somalia's education ministry in Mogadishu on Saturday."
    toponyms = geoparser.parse(text)
    assert [loc.phrase for loc in geoparser.locations(text, toponyms)] == []
    text = "Shelling hit a village near Aleppo on Saturday."
    toponyms = geoparser.parse(text)
    assert [loc.phrase for loc in geoparser.locations(text, toponyms)] == ["near Aleppo"]


def test_a_hyphenated_name_is_a_person_s_only_when_it_opens_with_a_given_name(geoparser):
    text = "PORT-AU-PRINCE, Haiti (AP) - Gangs attacked the wealthy suburb of Petion-Ville before dawn on Monday."
    assert ("Petion-Ville", "HT") in [(t.name, t.place.country_code) for t in geoparser.parse(text) if t.place]
    assert geoparser.parse("Kerry-Ann Wells said the meeting ran late.") == []


def test_a_town_known_by_the_name_only_as_an_alternate_one_far_from_the_report_s_other_names_is_no_reading(geoparser):
    # "Kuki" is only an alternate name of Japan's Kukichūō, "Boni" one of Bonn: in reports about India and Mali
    # they are a people and a village the gazetteer lacks
    text = "Gunmen torched Kuki villages near Churachandpur in Manipur on Tuesday."
    assert [t.name for t in geoparser.parse(text)] == ["Churachandpur", "Manipur"]
    assert "Boni" not in by_name(geoparser.parse("Jihadists killed five civilians in Boni, a local official in Mali said."))
    # ... but a town near the other names is ("Kismayu" is Kismayo, near Kenya), and one that a demonym of its
    # country backs ("Jenin" is Janīn in a report naming Israel)
    text = "Al-Shabaab fighters overran a base near Kismayu, Kenya's defence forces said."
    assert by_name(geoparser.parse(text))["Kismayu"].place.country_code == "SO"
    text = "Israel's army raided Jenin on Tuesday, killing a Palestinian man."
    assert by_name(geoparser.parse(text))["Jenin"].place.country_code == "PS"
    # ... and a demonym of another country is no evidence against it; nor is the rule asked of a given span
    assert by_name(geoparser.parse("Russian missiles hit Zaporizhzhia."))["Zaporizhzhia"].place.country_code == "UA"
    text = "Jihadists killed five civilians in Boni, a local official in Mali said."
    start = text.index("Boni")
    assert geoparser.resolve(text, [(start, start + 4)])[0].place is not None


def test_names_of_several_words_match_with_their_doubled_letters_single(geoparser):
    # the gazetteer writes "Lower Shabeelle" and "Middle Shabeelle"; news "Lower Shabelle" and "Middle Shabelle"
    text = "Al-Shabaab attacked bases in Lower Shabelle and Middle Shabelle, the Somali army said."
    assert [(t.name, t.place.name) for t in geoparser.parse(text)] == [
        ("Lower Shabelle", "Shabeellaha Hoose"), ("Middle Shabelle", "Shabeellaha Dhexe")]
    assert normalize.single_letters_key("lower shabelle") == "lower shabele"
    assert normalize.single_letters_key("shabelle") is None     # one word: too many names' to be anybody's


def test_a_town_s_name_of_several_words_before_a_given_name_opens_a_person_s_name(geoparser):
    text = "Soldiers detained Aung San Suu Kyi in Naypyitaw on Monday."
    assert [t.name for t in geoparser.parse(text)] == ["Naypyitaw"]
    # ... not an area's name before an office, nor a quarter's before a shop
    assert "Walker County" in by_name(geoparser.parse("Walker County Judge Danny Pierce spoke in Huntsville, Texas."))


def test_a_hyphenated_name_the_gazetteer_lacks_holds_no_town(geoparser):
    # "Carrefour-Feuilles" is a quarter of Port-au-Prince, not the commune of Carrefour; "Agence France-Presse" no France
    assert geoparser.parse("Gangs opened fire on residents of Carrefour-Feuilles on Tuesday.") == []
    assert geoparser.parse("Officials told Agence France-Presse on Monday.") == []
    # a party's letter and a country's abbreviation leave the place whole
    found = by_name(geoparser.parse("Sen. Robert Ford, D-Charleston, spoke of the Canada-U.S. alliance."))
    assert set(found) >= {"Charleston", "Canada"}


def test_a_legislator_s_home_town_after_the_party_letter_is_a_place_in_the_report_s_state(geoparser):
    # "Sen. X, R-Spirit Lake," is the US papers' party and home town: the town, placed in the state of the report
    # (a small town, a town of two words, "DFL-", the parenthesised form), beside the party-state form "D-N.J."
    text = ("DES MOINES, Iowa - Sen. Walt Brandt, R-Spirit Lake, and Rep. Nora Quist, D-Cedar Falls, backed the bill; "
            "Rep. Al Dunn (R-Denison) did not. Sen. Pat Hale, D-N.J., and Rep. Ed Lund, DFL-Brainerd, spoke too.")
    found = by_name(geoparser.parse(text))
    assert {"Spirit Lake", "Cedar Falls", "Denison", "N.J.", "Brainerd"} <= set(found)
    assert all(found[name].place.admin1 == "IA" for name in ("Spirit Lake", "Cedar Falls", "Denison"))
    assert found["Brainerd"].place.country_code == "US"
    # the letter, a hyphen and a capitalised word with no person's comma before it is no home town
    assert geoparser.parse("The X-Men film and a D-Day memorial drew crowds.") == []


def test_a_hyphenated_word_joining_neighbouring_towns_names_each_town(geoparser):
    # a metro area's or a joint school district's name: each town its own place (not only a big city's part)
    text = ("SALEM, Ore. - The Salem-Keizer School Board met Tuesday, and police in Champaign-Urbana, Ill., and the "
            "Davenport-Bettendorf area reported thefts.")
    found = by_name(geoparser.parse(text))
    assert {"Salem", "Keizer", "Champaign", "Urbana", "Davenport", "Bettendorf"} <= set(found)
    assert found["Keizer"].place.admin1 == "OR" and found["Urbana"].place.admin1 == "IL"
    # a double surname of towns a little apart, a person's told so, and a country's part are none
    assert geoparser.parse("A Merriam-Webster editor spoke.") == []
    assert by_name(geoparser.parse("Hiram Salem-Keizer, 43, was arrested Tuesday in Boise.")).keys() == {"Boise"}
    assert "Norway" not in by_name(geoparser.parse("Deputies searched the Norway-Paris area on Tuesday."))


def test_a_hyphen_joining_places_of_several_words_names_each_place(geoparser):
    # the tokenizer keeps "Dallas-Fort" one word: each place of the pair is read whole, the last one as the longest
    # name the gazetteer knows ("Henry County" of "Henry County Arts Council"), even on a road named for both
    text = ("Crews closed lanes across the Dallas-Fort Worth region, police in the Minneapolis-St. Paul metro and the "
            "Rock Island-Milan schools reported thefts. A crash shut the Dallas-Fort Worth Turnpike. Fire crews worked "
            "near the Texas-New Mexico line.")
    found = [(t.name, t.place.admin1 if t.place else None) for t in geoparser.parse(text)]
    found += [(t.name, t.place.admin1 if t.place else None) for t in geoparser.parse(
        "PARIS, Tenn. - The Paris-Henry County Arts Council will hold its fall fair on Oct. 12.")]
    for name, state in (("Fort Worth", "TX"), ("St. Paul", "MN"), ("Rock Island", "IL"), ("Milan", "IL"),
                        ("Paris", "TN"), ("Henry County", "TN"), ("New Mexico", "NM")):
        assert (name, state) in found, name
    assert [name for name, _ in found].count("Dallas") == 2 and ("Mexico", None) not in found
    summit = by_name(geoparser.parse("Leaders will meet for a Japan-South Korea summit and a China-North Korea trade fair."))
    assert {"Japan", "South Korea", "China", "North Korea"} <= set(summit)
    # (a run's opening article is no part of the first place: no "The Bend" in Indiana)
    assert "The Bend" not in by_name(geoparser.parse("BEND, Ore. - The Bend-La Pine School Board met Monday."))
    # a union's acronym joined to a country is a place as it is alone
    assert {"EU", "Israel"} <= set(by_name(geoparser.parse("Diplomats are preparing an EU-Israel summit for next year.")))
    # a place of one name with a hyphen stays one place when another joins it
    assert {"Scranton", "Wilkes-Barre"} <= set(by_name(geoparser.parse("A station in the Scranton-Wilkes-Barre market closed.")))
    assert [t.name for t in geoparser.parse("Winston-Salem State University won. Maria Gonzalez-Morales, 34, was charged.")] \
        == ["Winston-Salem"]


def test_a_short_alternate_name_beside_another_country_s_demonym_is_no_reading(geoparser):
    # "Ber" is only an alternate name of Greece's Véroia; a Malian base of that name is not in the gazetteer
    text = "The Malian army withdrew from its base in Ber on Sunday."
    assert [t.name for t in geoparser.parse(text) if t.place is not None and t.place.country_code == "GR"] == []


def test_a_police_rank_opens_a_person_s_name(geoparser):
    text = ("Gunmen abducted 20 travellers near Kaduna. The spokesperson of the state police command, ASP Mansir "
            "Hassan, said officers had been deployed.")
    assert [t.name for t in geoparser.parse(text)] == ["Kaduna"]


# From test_geocoding_airports.py: Geocoding: airports (airportsdata's, with an IATA code) as gazetteer places, named
# as news names them.

def test_a_large_towns_airport_is_no_small_namesakes(geoparser):
    # London, Ontario's airport is "London Airport": news writing "London airport" means London's.
    text = "Protesters blocked a road near London airport on Saturday."
    assert all(t.place.country_code == "GB" for t in geoparser.parse(text))


# From test_geocoding_asiafar.py: Geocoding: places in conflict reports from Myanmar, the Philippines, Pakistan,
# India's Kashmir and Maoist belt, Thailand's deep south, Papua and the Chittagong Hill Tracts.

def test_a_village_named_by_a_longer_run_is_not_the_place_its_first_words_name(geoparser):
    # "Let Pan Hla village" is no "Let Pan" of Bago Region, 600 km away; the report's township and area stand instead
    assert surfaces_countries_and_codes(geoparser, "A jet bombed Let Pan Hla village in Kani Township, Sagaing Region, on Monday.") == [
        ("Kani", "MM", "PPL"), ("Sagaing Region", "MM", "ADM1")]
    # (a state's name closing the run is the state's: "the Western Alaska village")
    assert surfaces_countries_and_codes(geoparser, "A trooper was visiting the Western Alaska village on Sunday.") == [("Alaska", "US", "ADM1")]


# From test_geocoding_asiafix.py: A small place told with the town or local area it lies in ("Barangay San Jose,
# Sipalay City", "Nyaung Kone village, Monywa Township", "the village of X in Y district") lies near that container: a
# namesake far off is another place.

def test_a_barangay_far_from_its_city_has_no_point_and_the_city_is_near_the_event(parser):
    got = placed(parser, "Rebels ambushed an army patrol in Barangay San Jose, Sipalay City, on Tuesday.")
    assert got.get("San Jose", (None,))[0] is None  # (not a San Jose 100 km off)
    assert got["Sipalay"] == ("Sipalay", 2)  # (UCDP's 2: within about 25 km of a known point)
    got = placed(parser, "Troops torched houses in Nyaung Kone village, Monywa Township, on Sunday.")
    assert got.get("Nyaung Kone", (None,))[0] is None and got["Monywa"][0] == "Monywa"


def test_a_list_of_towns_is_no_town_in_a_city(parser):
    got = placed(parser, "Rallies were held in Davao, Quezon City and Cebu on Sunday.")
    assert got["Davao"][0] == "Davao"


# From test_geocoding_conflict.py: Geocoding: places in conflict reports (wire datelines, Title Case headlines, group
# names).

def test_capitalised_little_words_of_a_title_case_headline_join_no_name(geoparser):
    # "Near", "And", "In" capitalised in a headline are no part of a name before or after them: "Near Beni" is not
    # the end of some longer name, nor "Gao And Ansongo" a person whose last name, Ansongo, is no place elsewhere.
    assert surfaces_and_countries(geoparser, "Gunmen Kill 12 Near Beni In Eastern Congo") == [("Beni", "CD"), ("Congo", "CD")]
    text = "Jihadists Attack Convoy Between Gao And Ansongo\n\nThe convoy was going from Gao to Ansongo in Mali."
    assert [name for name, _ in surfaces_and_countries(geoparser, text)] == ["Gao", "Ansongo", "Gao", "Ansongo", "Mali"]


def test_a_compass_word_in_a_hyphenated_group_name_is_no_place(geoparser):
    # "SPLM-North" is a movement, not Cameroon's North region.
    assert surfaces_and_countries(geoparser, "Clashes between the army and SPLM-North fighters near Kadugli killed 11 people.") \
        == [("Kadugli", "SD")]


def test_a_place_after_a_country_of_several_words_with_its_possessive(geoparser):
    # "Burkina Faso's Soum province" like "Niger's Tillaberi region": the country's own area, not a part of "Faso".
    assert ("Soum", "BF") in surfaces_and_countries(geoparser, "Militants attacked an army post in Djibo, in Burkina Faso's Soum province.")
    assert ("Yei", "SS") in surfaces_and_countries(geoparser, "Rebels ambushed a truck near South Sudan's Yei town.")


def test_a_given_name_in_a_country_the_report_does_not_back_is_no_place(geoparser):
    # "Dara district" in Panjshir is no Syrian province, whatever its size; a country stays one ("Jordan").
    text = ("KABUL (AP) - Taliban fighters clashed with resistance gunmen in the Panjshir valley's Dara district, "
            "north of Kabul, on Monday. Three were killed near Charikar, in Parwan province.")
    assert ("Dara", "SY") not in surfaces_and_countries(geoparser, text)
    assert ("Jordan", "JO") in surfaces_and_countries(geoparser, text + " Jordan condemned the attack.")


def test_an_area_named_by_an_organisation_word_before_its_area_word_is_the_area(geoparser):
    # "Centre" alone is an organisation's word; "Haiti's Centre department" is Haiti's first-level area.
    assert surfaces_and_countries(geoparser, "Gang members killed five people in Mirebalais, in Haiti's Centre department.") \
        == [("Mirebalais", "HT"), ("Haiti", "HT"), ("Centre", "HT")]
    assert surfaces_and_countries(geoparser, "Police in the Centre province of Burkina Faso said the attack killed four.") \
        == [("Centre", "BF"), ("Burkina Faso", "BF")]
    # A compass word names one too: "Ghana's Northern region".
    assert surfaces_and_countries(geoparser, "Jihadists attacked a convoy in Ghana's Northern region near Tamale.") \
        == [("Ghana", "GH"), ("Northern", "GH"), ("Tamale", "GH")]
    # ... and only where the report backs its country; an organisation's name stays none.
    assert surfaces_and_countries(geoparser, "Activists at the Carter Centre in Kenya said the vote was calm.") == [("Kenya", "KE")]


def test_a_sentence_opening_as_is_no_arabic_article(geoparser):
    # "As Bell fled": the English word, not "As" before a town the gazetteer holds as "Bell".
    assert surfaces_and_countries(geoparser, "As Bell fled the scene, officers fired at his car in Dayton, Ohio.") \
        == [("Dayton", "US"), ("Ohio", "US")]
    assert surfaces_and_countries(geoparser, "At Kabul airport, a suicide bomber killed 170 people.") == [("Kabul airport", "AF")]
    # A name the gazetteer holds with its article stays whole.
    assert surfaces_and_countries(geoparser, "As Suwayda was shelled on Friday, residents fled to Daraa, Syria.") \
        == [("As Suwayda", "SY"), ("Daraa", "SY"), ("Syria", "SY")]


def test_an_alternate_name_followed_by_a_place_word_needs_no_backing(geoparser):
    # "Bureij" is only an alternate name of Al Burayj; "camp" after it says it is a place.
    assert surfaces_and_countries(geoparser, "Israeli shelling hit the Bureij camp overnight.")[-1] == ("Bureij", "PS")


def test_a_town_of_another_country_is_no_reading_of_a_township_of_a_named_region(geoparser):
    # "Pale township of Sagaing Region" is in Myanmar, whose Pale the gazetteer lacks: not Bosnia's Pale
    assert surfaces_and_countries(geoparser, "Soldiers torched homes in Pale township of Sagaing Region, residents said.") \
        == [("Sagaing Region", "MM")]


def test_a_lower_case_township_in_a_report_from_its_country_is_no_town_abroad(geoparser):
    # Myanmar's papers write "Pale township": beside Yangon and Myanmar, no Bosnian Pale
    found = surfaces_and_countries(geoparser, "YANGON, Myanmar (Reuters) - Troops shelled a village in Pale township on "
                                              "Friday, a resident said.")
    assert ("Pale", "BA") not in found and ("Myanmar", "MM") in found


def test_a_report_filed_from_a_town_of_its_country_reads_no_lone_namesake_abroad(geoparser):
    # dateline town and country word both Myanmar's, the name told once: no Bosnian Pale in the village raid
    found = surfaces_and_countries(geoparser, "MANDALAY, Myanmar (AP) - Soldiers burned 40 houses in Pale on Thursday "
                                              "after a firefight nearby, witnesses said.")
    assert ("Pale", "BA") not in found and ("Myanmar", "MM") in found


def test_a_town_told_as_a_township_in_a_region_is_in_that_region_s_country(geoparser):
    # "X, a township in Y" places X as "X, a town in Y" does: not Bosnia's Pale in Sagaing
    found = surfaces_and_countries(geoparser, "Jets bombed a monastery in Pale, a township in Sagaing region, late on "
                                              "Tuesday, villagers said.")
    assert all(cc == "MM" for _, cc in found) and ("Sagaing", "MM") in found


def test_a_town_that_is_also_a_word_after_a_direction_and_of_is_a_place(geoparser):
    # "west of X", "the town of X" frame X as a place as "near X" does, though X is a word too
    assert surfaces_and_countries(geoparser, "Militiamen ambushed a patrol in the desert west of Samarra on Thursday.") == [("Samarra", "IQ")]
    assert surfaces_and_countries(geoparser, "Three fighters died in the town of Samarra.") == [("Samarra", "IQ")]


# From test_geocoding_crimeworld.py: Geocoding: crime news from outside the US, where a big town's name is also a
# small first-level area's abroad.

def test_a_cars_make_after_its_colour_is_no_place(geoparser):
    # Toyota is a Japanese city, Pontiac a Michigan one: here cars
    text = "Two gunmen got out of a white Toyota Quantum and opened fire on drivers waiting at the rank in Durban."
    assert [t.name for t in geoparser.parse(text)] == ["Durban"]
    text = "The suspects fled in a silver Pontiac sedan, police in Dayton said."
    assert [t.name for t in geoparser.parse(text)] == ["Dayton"]
    # a town named after a colour word that no car's model or noun follows is still the town
    text = "Is this the green Richmond we really wish to see, the council asked."
    assert [t.name for t in geoparser.parse(text)] == ["Richmond"]


# From test_geocoding_europe.py: Geocoding: conflict copy from Europe, the Caucasus and Turkey.

def test_a_name_before_the_kind_word_of_a_quarter_leaves_the_city_a_city(geoparser):
    # "the Exarchia district of Athens": the district is Exarchia's; Athens is the Greek capital, not Athens County.
    found = geoparser.parse("Hooded youths threw petrol bombs at riot police in the Exarchia district of Athens "
                            "on Wednesday night.")
    assert [(t.place.name, t.place.country_code) for t in found if t.name == "Athens"] == [("Athens", "GR")]
    # "the district of X" still asks for the district
    found = geoparser.parse("A mine exploded in the district of Kalbajar on Sunday.")
    assert [t.place.feature_code for t in found] == ["ADM1"]
    # a demonym before the kind word qualifies the name after it
    found = geoparser.parse("A gunman shot dead ten people in the Montenegrin town of Cetinje on Friday.")
    assert [(t.place.name, t.place.feature_code) for t in found][-1] == ("Cetinje", "PPL")
    # and a country before a province's kind word leaves the province asked for
    found = geoparser.parse("An airstrike hit a village in the Syria province of Raqqa on Saturday.")
    assert [t.place.feature_code for t in found if t.name == "Raqqa"] == ["ADM1"]


def test_molotov_cocktails_are_no_town(geoparser):
    # "Molotov" was the Soviet name of Perm.
    found = geoparser.parse("A man threw Molotov cocktails at an enlistment office in Nizhnevartovsk on Thursday.")
    assert [t.place.name for t in found] == ["Nizhnevartovsk"]


def test_azerbaijani_names_with_the_schwa_are_found(geoparser):
    found = geoparser.parse("Two civilians were killed when their truck hit a mine in the Kəlbəcər district on Saturday.")
    assert [(t.place.country_code, t.place.feature_code) for t in found] == [("AZ", "ADM1")]


# From test_geocoding_geofix.py: Geocoding: namesakes, islands, regions and short forms of world and local news (the
# geofix round).

def test_an_island_or_a_coastal_region_is_no_far_namesake_town(geoparser):
    # "Sagar Island" (West Bengal) is no inland Sagar a thousand kilometres off: better no point
    found = _places(geoparser, "Pilgrims crowded ferries from Kakdwip to Sagar Island, officials in Kolkata said.")
    assert not any(n == "Sagar" for n, _, _ in found) and ("Kakdwip", "P", "IN") in found
    # ... but an island's own town near the report's places stands ("Bhola Island", Bhola near Barisal)
    found = _places(geoparser, "Cyclone shelters opened on Bhola Island and in Barisal and Patuakhali on Sunday.")
    assert ("Bhola", "P", "BD") in found
    # a compass word and a coast or a bay: the report's region, not a far town of the name
    found = _places(geoparser, "Growers on the Central Coast lost grapes to frost near Paso Robles, California.")
    assert ("Central Coast", "L", "US") in found
    found = _places(geoparser, "A swimmer drowned on the Central Coast near Gosford, north of Sydney.")
    assert ("Central Coast", "P", "AU") in found
    found = _places(geoparser, "Cooling centers open in the South Bay, in Torrance and Redondo Beach, California.")
    assert not any(n == "South Bay" for n, _, _ in found) and ("Torrance", "P", "US") in found


# From test_geocoding_geofix2.py: Geocoding: namesakes in reports about one place abroad (a dateline's town told again
# by its kind, a city's quarters and landmarks told with the city) and first-level areas whose point lay outside them.

def test_a_place_word_told_as_a_first_level_area_is_that_area_where_the_report_backs_it(geoparser):
    # "the Bay region" of Somalia, "Bay" being also an English word and a kind of place: its area word makes it a
    # name, which, like "Haiti's Centre department", stands only where the report backs the area's country
    found = {t.name: t for t in geoparser.parse(
        "BAIDOA, Somalia - Floods displaced 40,000 people in the Bay region and in Lower Shabelle.")}
    assert _near(found["Bay"], 3.0, 43.5, km=100)
    assert "Bay" not in {t.name for t in geoparser.parse("Boats crowded the Bay region near Tampa on Sunday.")}


# From test_geocoding_geolocal.py: Geocoding: local news from the UK, Ireland, Canada, Australia, India, Nigeria and
# South Africa.

def test_the_last_town_of_a_list_a_locative_word_opens_is_no_person_speaking(geoparser):
    # "police in Oshawa and Sarnia said": the list is of towns, so its last name before "said" is one too.
    found = names_and_countries(geoparser, "Police in Woodstock and Sarnia said the driver was wanted in both cities.")
    assert found == [("Woodstock", "CA"), ("Sarnia", "CA")]
    found = names_and_countries(geoparser, "Residents of Twickenham, Kew and Barnes wrote to the council about the parking plan.")
    assert [name for name, _ in found] == ["Twickenham", "Kew", "Barnes"]


# From test_geocoding_geonews.py: Geocoding: US local news and international health news (town bodies, lists,
# agencies, pathogens).

def test_a_towns_body_after_an_english_word_or_a_given_name(geoparser):
    # "the Mobile City Council", "Florence Mayor Jane Doe", "Xenia Community Schools": the town's council, mayor,
    # schools or police, where the report backs its country; not a chamber's name ("Chamber of Commerce Mayor's").
    assert "Mobile" in names(geoparser, "The Mobile City Council voted on Tuesday to repave roads near Baldwin County.")
    assert "Reading" in names(geoparser, "The Reading School Board met in Berks County, Pennsylvania, on Monday.")
    assert "Florence" in names(geoparser, "Florence Mayor Andy Moore said crews from Muscle Shoals helped, Alabama "
                                          "officials said.")
    assert "Xenia" in names(geoparser, "Xenia Community Schools closed because of ice in Greene County, Ohio.")
    assert "Commerce" not in names(geoparser, "He spoke at the Chamber of Commerce Mayor's Breakfast in Athens, "
                                              "Georgia, on Friday.")
    # a given name before another name is still a person's
    assert "Tyler" not in names(geoparser, "The board named Tyler Davis, a principal from Longview, Texas.")


def test_a_british_towns_council_or_court_after_an_english_word(geoparser):
    # "Reading Borough Council", "Bath Magistrates' Court": the town's council or court, where the report backs its
    # country; alone, the word is still no place ("Reading scores rose").
    text = ("A man from Wokingham will appear at Reading Magistrates' Court. Reading Borough Council said it would "
            "review CCTV. A woman was later sentenced at Bath Crown Court.")
    assert names(geoparser, text) == ["Wokingham", "Reading", "Reading", "Bath"]
    assert names(geoparser, "Reading scores rose at the school, officials in Wokingham said.") == ["Wokingham"]


def test_a_grade_school_named_alone_is_no_place(geoparser):
    # "Lincoln Elementary", "Goshen Elementary": the school, named after a person or a town; the town it stands in is
    # named apart.
    text = ("MASON CITY, Iowa — Test scores rose at Lincoln Elementary and held at Goshen Elementary, the board "
            "heard. Families in Clear Lake will get a new bus route.")
    assert names(geoparser, text) == ["MASON CITY", "Iowa", "Clear Lake"]


def test_relief_societies_are_no_places(geoparser):
    assert names(geoparser, "A fire displaced 14 people in Worcester, Mass., on Sunday. The Red Cross is helping "
                            "the families, and the Red Crescent sent aid to Boston.") == ["Worcester", "Mass.", "Boston"]


# From test_geocoding_geoworld.py: Geocoding: non-US local and regional news (a city's quarters, former provinces told
# with their country).

def test_a_regency_told_with_its_province_is_no_namesake_abroad(geoparser):
    # "Karo regency, North Sumatra": an Indonesian area word; the gazetteer's only Karo readings lie abroad
    text = "JAKARTA - Mount Sinabung in Karo regency, North Sumatra, erupted again on Sunday."
    [karo] = geoparser.resolve(text, [(text.index("Karo"), text.index("Karo") + 4)])
    assert karo.place is None or karo.place.country_code == "ID"


# From test_geocoding_health2.py: Geocoding: international health news (towns that name a disease, regions named like
# a people, wire datelines).

def test_a_town_that_names_a_disease_is_the_town_where_a_place_word_frames_it(geoparser):
    # "Marburg virus" is the pathogen's wherever the report names it, but "the city of Marburg" is the town.
    text = ("Uganda confirmed a case of Marburg virus disease. The virus is named after the German city of Marburg, "
            "where lab workers fell ill in 1967.")
    assert names(geoparser, text).count("Marburg") == 1
    place = _place(geoparser, text, "Marburg")
    assert place is not None and place.country_code == "DE"
    # (the pathogen itself stays no place)
    assert "Marburg" not in names(geoparser, "Marburg virus disease was confirmed in Uganda on Friday.")


def test_a_syndrome_or_currency_named_after_a_place_is_no_place_mention(geoparser):
    # "Middle East respiratory syndrome" is a disease and "US dollars" a currency; the region where a traveller
    # returned from, and the country told apart from its money, stay places
    text = ("Saudi Arabia reported eleven cases of Middle East respiratory syndrome. A traveller returning from the "
            "Middle East fell ill in Seoul.")
    assert names(geoparser, text).count("Middle East") == 1
    assert names(geoparser, "Donors pledged four million US dollars for Cambodia.") == ["Cambodia"]
    assert names(geoparser, "US troops left Iraq.") == ["US", "Iraq"]


def test_a_peoples_name_before_an_area_word_is_the_region(geoparser):
    # "Somali" is the people of Somalia, but "the Somali and Amhara regions" are Ethiopia's.
    text = "Cholera has spread from Oromia to the Somali and Amhara regions of Ethiopia, the ministry said."
    place = _place(geoparser, text, "Somali")
    assert place is not None and place.country_code == "ET" and place.feature_code == "ADM1"
    place = _place(geoparser, "Aid reached the Somali region of Ethiopia on Monday.", "Somali")
    assert place is not None and place.country_code == "ET"
    # (its official name, with the area word capitalised)
    place = _place(geoparser, "In Ethiopia's Somali Region, officials report cholera among children.", "Somali")
    assert place is not None and place.country_code == "ET"
    # the people stay a people
    assert "Somali" not in [t.name for t in geoparser.parse("Somali officials met Kenyan doctors in Nairobi.")
                            if t.kind == "name"]


def test_a_title_case_dateline_town_that_is_an_english_word(geoparser):
    # "Juba, South Sudan —": the capital, though "juba" is also a word; not a sentence's "Will, ..."
    text = "Juba, South Sudan — A hepatitis E outbreak has killed 26 people in Bentiu."
    place = _place(geoparser, text, "Juba")
    assert place is not None and place.country_code == "SS"
    assert names(geoparser, "Will, the officer said, be questioned in Topeka.") == ["Topeka"]


def test_a_dateline_town_in_capitals_with_an_abbreviated_saint(geoparser):
    # "ST. CLOUD, Minn. —": the whole town as "St. Cloud" is, not "CLOUD" nor nothing (nor "PETERSBURG" of Virginia)
    text = "ST. CLOUD, Minn. — A man was shot outside a bar downtown early Sunday, police said."
    assert surfaces(geoparser, text) [:1] == ["ST. CLOUD"]
    text = "ST. PETERSBURG, Fla. — A man was arrested after a stabbing at an apartment, police said."
    place = _place(geoparser, text, "ST. PETERSBURG")
    assert place is not None and place.admin1 == "FL"


def test_a_country_written_with_st_is_the_saint_country(geoparser):
    # "St. Lucia", "St. Kitts and Nevis": the countries GeoNames spells "Saint"; the reading holds for countries only
    text = "Police in St. Lucia reported a murder, and the government of St. Kitts and Nevis announced a new unit."
    assert surfaces_and_countries(geoparser, text) == [("St. Lucia", "LC"), ("St. Kitts and Nevis", "KN")]


def test_a_given_span_with_its_area_word_in_lower_case(geoparser):
    # A given span "Sofala province" is Mozambique's province, as "Sofala Province" is.
    text = "Flooding destroyed water systems in Mozambique's Sofala province, the agency said."
    start = text.index("Sofala")
    [toponym] = geoparser.resolve(text, [(start, start + len("Sofala province"))])
    assert toponym.place is not None and toponym.place.country_code == "MZ" and toponym.place.feature_code == "ADM1"


def test_a_likeness_is_no_place(geoparser):
    # "a Norwalk-like illness", "Marburg-like cases": a pathogen's likeness, not the town; "Houston-based" still is.
    assert names(geoparser, "A Norwalk-like illness sickened passengers bound for Hawaii.") == ["Hawaii"]
    assert names(geoparser, "A Houston-based lab tested Marburg-like cases.") == ["Houston"]


def test_a_university_named_after_a_given_name_is_no_small_town(geoparser):
    # "Emory University Hospital in Atlanta": no Texas town Emory, which would drag Atlanta to Texas.
    text = "Two aid workers were flown to Emory University Hospital in Atlanta for treatment."
    assert names(geoparser, text) == ["Atlanta"]
    assert _place(geoparser, text, "Atlanta").admin1 == "GA"


# From test_geocoding_memos.py: What geoparsing works out once per name or per run of words, not once per report: the
# same answers as working it out each time, and forgotten when places are added.

def test_a_run_of_words_read_before_an_addition_sees_it():
    g = Gazetteer(Gazetteer.default().index)
    gp = Geoparser(g)
    text = "Gunmen stormed Zarquna Halib, residents said."
    assert not any(t.name == "Zarquna Halib" for t in gp.parse(text))
    assert "Zarquna Halib" in g.runs_memo          # (the run's reading, kept for the next report)
    g.add(Place(None, "Zarquna Halib", 35.9, 39.0, "P", "PPL", "SY", "04"))
    assert not g.runs_memo
    assert [t.place.name for t in gp.parse(text) if t.name == "Zarquna Halib"] == ["Zarquna Halib"]


# From test_geocoding_menageo.py: Geocoding: Middle East and North Africa conflict copy (Syria, Iraq, Yemen, Libya)
# and its transliterations.

def test_an_area_word_after_a_name_frames_its_other_spelling(geoparser):
    # "the Rada'a district": the area word makes the name a place as a preposition before it does.
    found = names_and_countries(geoparser, "Fighters attacked tribal positions in the Rada'a district of Al Bayda governorate.")
    assert ("Rada'a", "YE") in found


def test_the_second_name_of_a_between_pair_is_framed_as_the_first(geoparser):
    # "between Tuz Khurmatu and Hawija": "between" frames both names, so the second is tried by its spelling key too
    found = names_and_countries(geoparser, "Militants moved along the desert track between Tuz Khurmatu and Hawija overnight.")
    assert ("Hawija", "IQ") in found
    # "and" alone frames no name: a capitalised word after it is as often a person's
    assert names_and_countries(geoparser, "The report was written by Smith and Makhmour.") == []


def test_a_name_glued_to_digits_is_an_outlet_not_a_place(geoparser):
    # "Kurdistan24", "Jordan7": a brand's name with the place's in it, no place of the report
    assert names_and_countries(geoparser, "Two guards were hurt in a blast at a checkpoint, the Kurdistan24 reporter said.") == []
    assert names_and_countries(geoparser, "The rally was covered live by Jordan7 and other channels.") == []


def test_a_broadcasters_station_named_for_its_town_is_an_outlet(geoparser):
    # "CBC Kitchener-Waterloo", "Fox 2 Detroit", "CTV News Toronto": the network (or "News") and the town or region the
    # station serves, which is the outlet's name, no place of the report
    assert names_and_countries(geoparser, "CBC Kitchener-Waterloo reported that the region's council voted on "
                                          "Wednesday.") == []
    assert names_and_countries(geoparser, "Two men were wounded, a police spokesperson told Fox 2 Detroit.") == []
    assert names_and_countries(geoparser, "OPP told CTV News Toronto that a truck struck a car near Milton.") \
        == [("Milton", "CA")]
    # (a wire's desk, a channel's number glued to "News")
    assert names_and_countries(geoparser, "Reuters Kyiv reported shelling overnight.") == []
    assert names_and_countries(geoparser, "7News Melbourne reported a crash on the Hume Freeway.") == []
    # ... but still evidence of where the report is: its station serves the region ("Brentwood" in California, not the
    # larger one in New York)
    assert first(geoparser, "Four teens were wounded in Brentwood on Monday, police said. (Copyright 2013 by CBS San "
                            "Francisco.)", "Brentwood", fields="place.admin1") == "CA"
    # the dateline's town before the network's credit, a town the outlet reports from, and a country after the network
    # (which corpora tag as the country) stay places
    assert ("KITCHENER", "CA") in names_and_countries(geoparser, "KITCHENER, Ont. (CBC) - A man was hurt downtown.")
    assert names_and_countries(geoparser, "CBC News reported from Kitchener on Monday that the warning was lifted.") \
        == [("Kitchener", "CA")]
    assert names_and_countries(geoparser, "An official told Reuters in Kyiv that shelling continued.") == [("Kyiv", "UA")]
    assert ("Australia", "AU") in names_and_countries(geoparser, "ABC Australia reports of a man in Kashmir who has "
                                                                 "been cut off from aid.")


def test_an_outlets_edition_for_a_continent_is_no_place(geoparser):
    # "Politico Europe reported": the outlet's edition, told as an outlet is; the continent elsewhere stays one
    assert names_and_countries(geoparser, "Politico Europe reported that ministers met in Brussels.") \
        == [("Brussels", "BE")]
    assert names_and_countries(geoparser, "The minister told Politico Europe that talks would resume.") == []
    assert ("Europe", None) in names_and_countries(geoparser, "Ministers from across Europe said the cap was needed.")


def test_a_sports_governing_body_named_by_its_sport_and_country_is_no_place(geoparser):
    # "Rugby Australia", "Cricket Australia", "USA Swimming", "England Rugby": the body's name, neither the country nor
    # the sport's namesake town (Rugby, Warwickshire) a place the report names; what the body does stays placed
    assert names_and_countries(geoparser, "Rugby Australia said the Wallabies would tour France.") == [("France", "FR")]
    assert names_and_countries(geoparser, "SYDNEY - Cricket Australia has named an unchanged squad for the tour of "
                                          "Pakistan.") == [("SYDNEY", "AU"), ("Pakistan", "PK")]
    assert names_and_countries(geoparser, "USA Swimming said it had suspended a club coach from Arizona.") \
        == [("Arizona", "US")]
    assert names_and_countries(geoparser, "LONDON - England Rugby has appointed a new director.") == [("LONDON", "GB")]
    assert names_and_countries(geoparser, "Rugby New Zealand announced a squad to tour Japan.") == [("Japan", "JP")]
    # the town, the sport in the country, and a ground named after its town stay places
    assert names_and_countries(geoparser, "A fire destroyed a warehouse in Rugby, England, overnight.") \
        == [("Rugby", "GB"), ("England", "GB")]
    assert ("Australia", "AU") in names_and_countries(geoparser, "The team lost in Paris. Rugby in Australia is in "
                                                                 "crisis.")
    assert ("Melbourne", "AU") in names_and_countries(geoparser, "The Melbourne Cricket Ground will host the Test.")
    # the game's own body is no town either ("the Rugby Football Union"); a club of the town is the town's
    assert names_and_countries(geoparser, "The Rugby Football Union said on Thursday that the Red Roses would play in "
                                          "Brighton.") == [("Brighton", "GB")]
    assert ("Rugby", "GB") in names_and_countries(geoparser, "Rugby Cricket Club lost to Coventry in Warwickshire.")


def test_a_party_named_with_its_country_without_party_in_its_name_is_no_place(geoparser):
    # "Alternative for Germany", "Brothers of Italy", "Forward Italy", "Together for Catalonia": a party's name
    assert names_and_countries(geoparser, "The far-right Alternative for Germany won 32 percent in Saxony.") \
        == [("Saxony", "DE")]
    assert names_and_countries(geoparser, "Brothers of Italy and Forward Italy rallied in Pescara.") \
        == [("Pescara", "IT")]
    assert names_and_countries(geoparser, "Together for Catalonia backed the budget in Barcelona.") \
        == [("Barcelona", "ES")]
    # not the words in lower case, nor the country elsewhere
    assert ("Italy", "IT") in names_and_countries(geoparser, "Volunteers from across Italy helped the brothers of "
                                                             "two victims in Faenza.")


# From test_geocoding_orgnames.py: Geocoding: names of institutions, parties, teams, companies and features that hold
# a place's name or a word some place bears.

def test_the_and_an_english_word_is_an_institution_not_a_town(geoparser):
    # "The Bank" (a New Hampshire hamlet) is the central bank here, and must not pull Paris to Kentucky.
    found = names_and_countries(geoparser, "The Bank of England cut rates on Wednesday. The Bank said lenders in Frankfurt "
                             "and Paris had expected the move.")
    assert ("The Bank", "US") not in found
    assert ("Paris", "FR") in found and all(cc != "US" for name, cc in found)
    # a town so named stays one where the sentence frames it as a place
    assert ("The Colony", "US") in names_and_countries(geoparser, "A man was shot in The Colony, Texas, on Sunday.")


def test_the_word_after_chamber_of_is_the_chambers(geoparser):
    # "Commerce" is a Georgia town, but not in a chamber of commerce's name.
    found = names_and_countries(geoparser, "The Madison County Chamber of Commerce backed the bond in Huntsville, Ala.")
    assert "Commerce" not in [name for name, cc in found]
    assert ("Madison County", "US") in found


def test_pan_before_a_demonym_names_a_continents_body(geoparser):
    found = names_and_countries(geoparser, "The Pan American Health Organization said measles cases rose in Bolivia.", demonyms=True)
    assert found == [("Bolivia", "BO")]
    assert ("American", "US") in names_and_countries(geoparser, "An American doctor was hurt in Bolivia.", demonyms=True)


def test_an_english_word_naming_a_state_abroad_needs_its_country_backed(geoparser):
    # "Rivers" (a Nigerian state) opening a sentence in an Argentine report, "Delta" in an airline's name.
    assert names_and_countries(geoparser, "Heavy rain hit Argentina. Rivers also burst their banks near Rosario.") == \
        [("Argentina", "AR"), ("Rosario", "AR")]
    assert names_and_countries(geoparser, "A Delta Air Lines jet flipped over on landing in Toronto.") == [("Toronto", "CA")]
    # where the report backs the country, the state stays
    assert ("Plateau", "NG") in names_and_countries(geoparser, "Plateau is among Nigeria's most violent states.")


def test_a_states_name_for_a_foreign_ruling_party_is_no_place(geoparser):
    found = names_and_countries(geoparser, "ASUNCION, Paraguay - The ruling Colorado party won the vote on Sunday, and Colorado "
                             "officials said turnout was high.")
    assert found == [("ASUNCION", "PY"), ("Paraguay", "PY")]


# From test_geocoding_persons.py: Geocoding: people's names that some town also bears, in local crime and conflict
# news.

def test_what_only_a_person_does_after_a_name(geoparser):
    # Arrested, shot, charged, a lawyer of one's own: a person, whatever the first name; a locative word before
    # keeps the town, and a town may still face what is no charge.
    assert names(geoparser, "Laronn Moultrie was arrested without incident on Tuesday in Lumberton, police said.") \
        == ["Lumberton"]
    assert names(geoparser, "Moultrie's attorney said his client would plead not guilty in Fayetteville.") \
        == ["Fayetteville"]
    assert names(geoparser, "A man from Moultrie was arrested on Friday after a shooting at a gas station.") \
        == ["Moultrie"]
    assert names(geoparser, "Police said Bradford faces two counts of robbery in Erie.") == ["Erie"]
    assert names(geoparser, "Despite its leafy image, Richmond faces the same challenges.") == ["Richmond"]


def test_last_names_of_people_told_with_an_unknown_first_name(geoparser):
    # A name told with an age, after "N-year-old" or "identified as", or with an initial (a compass letter after a
    # first name), is a person's whatever the first name, a generation's suffix and a hyphen aside; its last word
    # told later on its own is that person.
    for text, place in (
            ("Jamez J. Webb II, 21, was charged. Webb was one of 12 people indicted by a grand jury in Toledo.", "Toledo"),
            ("Deputies arrested 35-year-old Areial Lasalle in Metairie. Lasalle was held in the parish jail.",
             "Metairie"),
            ("The coroner identified the victim as Jamaal Grimes. Police said Grimes had a gun in Dothan.", "Dothan"),
            ("Tayan E. Moultrie of Zion was charged. Police said Moultrie had a gun.", "Zion"),
            ("Kyle Brown-Edwards was killed in New Haven. Police found Edwards with a gunshot wound.", "New Haven"),
            ("Laronn Sumter, 26, was arrested in Charlotte. Sumter had a gun.", "Charlotte")):
        assert names(geoparser, text) == [place], text
    # ... but a name after "19-year-old from" is a place.
    assert names(geoparser, "A 19-year-old from Sumter was arrested after the shooting in Columbia.") \
        == ["Sumter", "Columbia"]
    # ... nor one that a generation's suffix or a person's noun follows ("a 35-year-old Old Metairie man").
    assert names(geoparser, "Tensions eased under George Bush Sr and his secretary of state James Baker in Israel.") \
        == ["Israel"]
    assert names(geoparser, "A 35-year-old Old Metairie man was shot. Police said Metairie was quiet.") \
        == ["Metairie", "Metairie"]


def test_a_political_party_named_like_a_town_is_no_place(geoparser):
    assert "Morena" not in names(geoparser, "A candidate of the ruling Morena party was shot dead in Celaya.")
    assert names(geoparser, "Two teenagers were shot at an Arlington party.") == ["Arlington"]


def test_a_nickname_in_quotes_between_a_person_s_names_is_no_place(geoparser):
    assert names(geoparser, 'Sons of Joaquin "El Chapo" Guzman fought in Culiacan.') == ["Culiacan"]
    # (in single quotes, as some wires and headlines write it)
    assert names(geoparser, "Sons of Joaquin 'El Chapo' Guzman fought in Culiacan.") == ["Culiacan"]


# From test_geocoding_recog.py: Geocoding: multiword names in world and local news (a name's opening word, landmarks,
# paired provinces).

def test_the_remainder_of_a_name_after_its_opening_word_is_no_place_elsewhere(geoparser):
    # "Tanah Abang" (Jakarta's market quarter), "Las Bambas" (a Peruvian mine), "Avenida Brasil" (a street): the
    # gazetteer lacks the whole name, and "Abang", "Bambas", "Brasil" alone are far places named so
    text = ("JAKARTA - A fire destroyed 40 kiosks at Tanah Abang market in central Jakarta. In Peru, protesters "
            "blocked the road to the Las Bambas mine. In Rio de Janeiro, traffic on Avenida Brasil was halted.")
    names = {t.name for t in geoparser.parse(text)}
    assert not names & {"Abang", "Bambas", "Brasil"}
    assert {"Jakarta", "Peru", "Rio de Janeiro"} <= names


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


# From test_geocoding_spellings.py: Geocoding: places the gazetteer holds under another spelling (transliterations of
# Arabic, Ukrainian, Somali names).

def test_a_name_spelt_otherwise_after_a_preposition_is_found_by_its_spelling_key(geoparser):
    # kh/k and ou/u ("Makhmour", gazetteer: Makhmur), a final h and doubled letters ("Mukallah": Mukalla)
    assert surfaces_and_countries(geoparser, "Clashes were reported near Makhmour overnight.") == [("Makhmour", "IQ")]
    assert surfaces_and_countries(geoparser, "Airstrikes hit the port in Mukallah on Sunday.") == [("Mukallah", "YE")]
    assert surfaces_and_countries(geoparser, "Residents fled from Bakhmout after the shelling, Ukrainian officials said.") \
        == [("Bakhmout", "UA")]
    # ... or after "of" that follows a direction or a kind of place
    assert surfaces_and_countries(geoparser, "A roadside bomb exploded 12 km north of Baqouba.") == [("Baqouba", "IQ")]
    assert surfaces_and_countries(geoparser, "Gunmen stormed a police station in the town of Tikreet.") == [("Tikreet", "IQ")]
    assert surfaces_and_countries(geoparser, "The novel was written by the daughter of Khouri.") == []


def test_a_name_spelt_otherwise_is_found_after_its_usual_spelling_was_read(geoparser):
    # "Tikrit" read first (its spelling key is itself, which finds no other spelling of it) leaves "Tikreet" found
    geoparser.parse("A roadside bomb struck a patrol near Tikrit on Tuesday.")
    assert surfaces_and_countries(geoparser, "Gunmen stormed a police station in the town of Tikreet.") == [("Tikreet", "IQ")]


def test_the_spelling_key_is_tried_only_in_a_place_frame_and_for_names_no_key_finds(geoparser):
    # a capitalised word elsewhere is a person's, an organisation's or an English word ("About" is no Abut); after
    # "to" too ("Khouri" is no Guri in Korea)
    assert surfaces_and_countries(geoparser, "About 30 students attended the Makhmour meeting, Hughes said.") == []
    assert surfaces_and_countries(geoparser, "She spoke to Khouri after the game.") == []
    # ... and a name known as written keeps its own readings
    assert spelling_key("makhmour") == spelling_key("makhmur") == "makmur"
    assert surfaces_and_countries(geoparser, "Gunmen attacked a checkpoint in Balad, north of Baghdad.") == [("Balad", "IQ"), ("Baghdad", "IQ")]


def test_a_name_joined_over_its_article_is_found_by_the_article_s_vowel(geoparser):
    # "Salahuddin", "Salaheddin": Iraq's Salah ad Din, its article written as spoken inside one word; in a given
    # span with its area word too
    text = "Gunmen killed three fighters near Samarra in Salahuddin province, officials said."
    assert ("Salahuddin", "IQ") in surfaces_and_countries(geoparser, text)
    start = text.index("Salahuddin")
    found = geoparser.resolve(text, [(start, start + len("Salahuddin province"))])
    assert found[0].place is not None and found[0].place.feature_code == "ADM1" and found[0].place.country_code == "IQ"
    assert ("Salaheddin", "IQ") in surfaces_and_countries(geoparser, "Clashes spread across Salaheddin province.")
    # not a name no key of which bends so
    assert surfaces_and_countries(geoparser, "Police in Annette said the road was closed.") == []


def test_a_final_iyeh_glide_written_or_not_is_one_spelling(geoparser):
    # Levantine "-iyeh" and "-ieh" ("Nabatiyeh", "Nabatieh": Lebanon's Nabatiye) as Arabic "-iya" and "-ia" are
    assert spelling_key("nabatiyeh") == spelling_key("nabatieh") == spelling_key("nabatiye")
    text = "Israeli strikes killed three people in Nabatiyeh on Wednesday, the health ministry said."
    assert surfaces_and_countries(geoparser, text) == [("Nabatiyeh", "LB")]


def test_a_ukrainian_doubled_digraph_written_single_is_one_spelling(geoparser):
    # "Zaporizhia" of Zaporizhzhia: the doubled zh written once
    assert spelling_key("zaporizhia") == spelling_key("zaporizhzhia")
    text = "Russian drones struck energy sites in Zaporizhia overnight, the governor said."
    assert surfaces_and_countries(geoparser, text) == [("Zaporizhia", "UA")]


def test_a_given_span_is_read_by_its_spelling_key_as_a_framed_name_is(geoparser):
    # a span given as a place frames it as a preposition does: "Nabatiyeh" is Nabatieh, Lebanon, which another given
    # name backs (unbacked, a reading by the spelling key is none: see test_online_fallback_for_names_the_gazetteer_lacks)
    text = "Israeli strikes hit Nabatiyeh and villages in the Bekaa valley, Lebanon's health ministry said."
    spans = [(text.index(name), text.index(name) + len(name)) for name in ("Nabatiyeh", "Lebanon")]
    found = geoparser.resolve(text, spans)
    assert [t.place.country_code if t.place else None for t in found] == ["LB", "LB"]


def test_a_name_s_arabic_article_written_as_another_transliteration_writes_it(geoparser):
    # "Al Fasher", "al-Fasher", "Al Obeid": the gazetteer's El Fasher and El Obeid, their article written "al"; a town's
    # name spelt otherwise stands without another name to back its country
    assert surfaces_and_countries(geoparser, "Drones struck a market in al-Fasher on Friday, a committee said.") \
        == [("al-Fasher", "SD")]
    assert surfaces_and_countries(geoparser, "Shelling hit Al Obeid overnight, residents said.") == [("Al Obeid", "SD")]


def test_al_opening_a_town_s_alternate_name_as_written_is_the_article_not_the_given_name(geoparser):
    # "Al Mukalla" is Yemen's Mukalla as GeoNames writes it too, not a person named Al; "Al Franken" (Franken only
    # loosely, its article dropped) stays a person
    assert surfaces_and_countries(geoparser, "Al Mukalla was quiet on Monday, residents said.") == [("Al Mukalla", "YE")]
    assert surfaces_and_countries(geoparser, "Al Franken told reporters the bill would pass.") == []


def test_a_given_province_the_gazetteer_knows_by_another_name_is_its_namesake_town(geoparser):
    # "Hodeidah province" (Al Hudaydah governorate to the gazetteer) given as a span is read as in running text:
    # at the town it is named after, not left unplaced
    text = "Houthi shelling killed two children in Hays district in Hodeidah province on Friday."
    start = text.index("Hodeidah")
    [found] = geoparser.resolve(text, [(start, start + len("Hodeidah province"))])
    assert found.place is not None and found.place.country_code == "YE"
    assert _place(geoparser, text, "Hodeidah").geonameid == found.place.geonameid


def test_a_province_s_first_vowel_written_otherwise_is_found(geoparser):
    # Pashto, Persian, Arabic short vowels are written at will: "Ningarhar" is Afghanistan's Nangarhar province
    found = surfaces_countries_and_codes(geoparser, "A roadside bomb killed two men in Ningarhar province on Sunday.")
    assert found == [("Ningarhar", "AF", "ADM1")]
    # ... a province only: an English name one vowel off a town is another place ("Pottsburg" is no Pittsburg)
    assert surfaces_and_countries(geoparser, "The gunfire erupted near Pottsburg Creek, police said.") == []


def test_a_town_s_first_vowel_written_otherwise_is_found_in_the_area_the_report_names(geoparser):
    # "near the town of Noshki in Balochistan": Pakistan's Nushki, one first vowel apart, in the province the report names
    text = "A suicide bomber struck a convoy near the town of Noshki in southwestern Balochistan province on Sunday."
    assert [t.place.name for t in geoparser.parse(text) if text[t.start:t.end] == "Noshki"] == ["Nushki"]
    # ... a town of an area the report does not name is no reading of it (one vowel apart is another name)
    assert surfaces_and_countries(geoparser, "A bomber struck a convoy near Noshki on Sunday, police said.") == []


# From test_geocoding_uslocal2.py: Geocoding: US local news (county papers): towns named like famous places, and the
# far namesakes a report tells apart from them.

def test_nearby_frames_a_place(geoparser):
    text = ("LONDON, Ky. — The festival honors Colonel Harland Sanders, who opened his first restaurant in nearby "
            "Corbin. Laurel County officials said Main Street will close.")
    assert "Corbin" in surfaces(geoparser, text)


# From test_geocoding_uslocalfix.py: Geocoding: US local news, round uslocalfix: a dateline town that shares a
# person's last name, a person named like a town, a common word opening the story after the dateline, Washington
# standing for the federal government, and a far town placed by ", in <country>".

def test_the_dateline_town_stays_a_place_after_a_namesake_persons_name(geoparser):
    text = ("MARION — The county will restore the statue of Gen. Francis Marion that has stood on the square since "
            "1910. Crews will also repave two blocks on the east side of Marion, and a new trail between Marion and "
            "Mullins will open in May, officials said.")
    found = mentions(geoparser, text, "Marion")
    assert len(found) == 2 and all(t.place.admin1 == "SC" for t in found)


def test_a_persons_last_name_stays_a_person_outside_the_dateline_town(geoparser):
    text = ("WOOSTER — Trustee Dan Sherman said the township needs more money for roads. Sherman said the levy "
            "would cost a homeowner about $70 a year.")
    assert mentions(geoparser, text, "Sherman") == []


def test_a_given_name_before_a_towns_alternate_name_is_a_person(geoparser):
    text = ("STRONGSVILLE — Trustees in the township voted 2-1 for a road levy. Trustee Ed O'Neill, who voted no, "
            "said residents of Strongsville and Brunswick pay enough already.")
    assert not [t for t in geoparser.parse(text) if "O'Neill" in text[t.start:t.end]]


def test_a_common_word_opening_the_story_after_the_dateline_is_no_place(geoparser):
    text = ("YORK, Pa. — Reading scores rose at most elementary schools in York last year, the district said. "
            "Math scores were flat across Pennsylvania.")
    assert mentions(geoparser, text, "Reading") == []


# From test_geocoding_villages.py: A village named with the district, LGA, territory or raion it lies in: where the
# report puts it.

def test_the_area_named_after_a_district_s_word_qualifies_it(geoparser):
    # "Mambasa territory, Ituri": Ituri (Congo) qualifies Mambasa, so no Kenyan Mombasa by a loose spelling
    text = "Rebels killed four people in Bandulu, a village in Mambasa territory, Ituri, on Friday."
    assert [name for name, _, _ in precisions(geoparser, text)] == ["Ituri"]
    # ... and a township's region rules out a namesake abroad ("Pale" in Bosnia)
    text = "Resistance fighters ambushed a junta column in Pale township, Sagaing Region, on Friday."
    assert [cc for _, cc, _ in precisions(geoparser, text)] == ["MM"]
    # ... and so does one told after "in" ("Pale township in Sagaing region"), for the name's bare mentions too
    text = ("Air strikes hit a village in Pale township in Sagaing region on Monday, killing nine civilians. "
            "A resident of Pale said jets made three passes.")
    assert surfaces_and_countries(geoparser, text) == [("Sagaing", "MM")]


def test_the_area_after_a_town_s_apposition_qualifies_it(geoparser):
    # "Lere, a town in Mali's Timbuktu region": Mali's, whose Lere the gazetteer lacks (not Nigeria's Lere) ...
    text = "Jihadists attacked an army camp in Lere, a town in Mali's Timbuktu region, killing 10 soldiers."
    assert "Lere" not in surfaces(geoparser, text, placed=True)
    # ... and a first-level area's town ("Mellit, a town in North Darfur state") stays in that area
    text = "RSF fighters attacked Mellit, a town in North Darfur state, on Saturday."
    assert surfaces_and_countries(geoparser, text) == [("Mellit", "SD"), ("North Darfur", "SD")]


def test_a_country_s_first_level_area_after_in_qualifies_a_town_more_than_the_country(geoparser):
    # "in Ukraine's Zaporizhzhia region": the oblast's Huliaipole, not a village of the name beside the report's Nikopol
    text = "Artillery hit Nikopol. Russian drones struck Huliaipole in Ukraine's Zaporizhzhia region overnight."
    huliaipole = place_of_surface(geoparser, text, "Huliaipole")
    assert (huliaipole.country_code, huliaipole.admin1) == ("UA", "26")


def test_a_first_level_area_after_a_district_s_word_qualifies_it(geoparser):
    # Nigeria has a Bassa LGA in Kogi and one in Plateau: "of Plateau State" says which
    text = "Gunmen killed 12 people in Zike, a community in Bassa local government area of Plateau State, on Monday."
    [bassa] = [t for t in geoparser.parse(text) if t.name == "Bassa"]
    assert (bassa.place.country_code, bassa.place.admin1, bassa.precision) == ("NG", "49", 3)


def test_two_towns_read_in_one_unknown_name_are_neither(geoparser):
    # "Caño Indio" is one village: no Kano (Nigeria) beside an Indio (California) in a report about Colombia
    text = "ELN guerrillas killed three people in the vereda of Caño Indio, in Tibú, Norte de Santander, on Friday."
    assert [cc for _, cc, _ in precisions(geoparser, text)] == ["CO", "CO"]


# From test_geocoding_westfix.py: West Asia spellings: a region named for two written with a hyphen, and the Kurdistan
# Region's 'Sulaimani'.

def test_a_region_named_for_two_is_found_written_with_a_hyphen(geoparser):
    found = places_with_names_and_countries(geoparser, "Gunmen attacked a base in Rask, in Sistan-Baluchestan province, on Thursday night.")
    assert ("Sistan-Baluchestan", "Sīstān va Balūchestān", "IR") in found
    assert ("Rask", "Rāsak", "IR") in found      # (the province's country decides the town: not Rusk, Texas)


# From test_geocoding_worldgeo.py: Geocoding: international news (datelines with a country, namesakes across
# countries, capitals for governments).

def test_a_name_with_its_kind_word_does_not_set_its_bare_mentions(geoparser):
    # "Sweida province" names the province; the report's bare "Sweida" is still the city it also names.
    found = geoparser.parse("Clashes in Syria's southern Sweida province killed 30 people. The fighting centred on "
                            "a neighbourhood of Sweida city.")
    assert [t.place.feature_code for t in found if t.name == "Sweida"] == ["ADM1", "PPL"]


def test_an_agency_after_a_dateline_town_is_no_place(geoparser):
    # "SANAA, Saba -": Yemen's agency in the slot a country or state takes, which holds no Sanaa (Saba is a Caribbean
    # island); the town stays the dateline's, and a state that holds the town stays its container.
    text = "SANAA, Saba - Three civilians were killed when a shell hit a house in Taiz on Tuesday."
    assert surfaces_and_countries(geoparser, text) == [("SANAA", "YE"), ("Taiz", "YE")]
    assert surfaces_and_countries(geoparser, "ADEN (Saba) - Gunmen shot dead an officer.") == [("ADEN", "YE")]
    assert surfaces_and_countries(geoparser, "MOSUL, Nineveh - A man died.") == [("MOSUL", "IQ"), ("Nineveh", "IQ")]


def test_an_irish_county_s_short_form_makes_no_surname_and_its_body_is_the_county(geoparser):
    # "Co Kerry" is no person "Co Kerry": a later "the Kerry Divisional Drugs Unit" is the county's ("Kerry Group" a
    # company's, untagged)
    text = ("TRALEE, Co Kerry - Drugs were found during a search by the Kerry Divisional Drugs Unit, gardai said. The "
            "accused works at the Kerry Group plant.")
    assert surfaces_and_countries(geoparser, text) == [("TRALEE", "IE"), ("Co Kerry", "IE"), ("Kerry", "IE")]


def test_a_given_name_before_an_area_s_word_is_a_place(geoparser):
    # Borno's Jere (a given name too) told as an area: "in the Jere and Dikwa areas"
    text = "MAIDUGURI - Health officials reported 46 suspected cholera cases in the Jere and Dikwa areas."
    assert ("Jere", "NG") in surfaces_and_countries(geoparser, text)


def test_kp_is_khyber_pakhtunkhwa_where_the_report_is_pakistan_s(geoparser):
    text = "PESHAWAR - The KP government announced compensation for the families of the two policemen."
    assert ("KP", "PK", "ADM1") in surfaces_countries_and_codes(geoparser, text)


def test_a_first_level_area_named_by_compass_words_before_region_is_that_area(geoparser):
    # Ghana's Upper East (not Cameroon's "East Region"); "North-Western Sydney" stays a compass word before a place
    text = "Police in Bolgatanga, Upper East Region, said clashes in Bawku left two dead."
    assert ("Upper East", "GH") in surfaces_and_countries(geoparser, text)
    assert ("East Region", "CM") not in surfaces_and_countries(geoparser, text)


def test_a_final_iya_is_spelt_as_ia_and_a_framed_spelling_holds_for_the_report(geoparser):
    # The gazetteer knows Ethiopia's Weldiya as "Woldia"; wire copy writes "Woldiya". A town's apposition frames the
    # name as a place, and the report's later mentions of it are read as the first was.
    assert spelling_key("woldiya") == spelling_key("woldia") and spelling_key("bariyarpur") == "bariyarpur"
    text = ("Militiamen seized parts of Woldiya, a town on the highway north of Dessie. A nurse at Woldiya General "
            "Hospital said 12 people were killed.")
    assert surfaces_and_countries(geoparser, text) == [("Woldiya", "ET"), ("Dessie", "ET"), ("Woldiya", "ET")]


def test_a_capitalised_arabic_article_joined_to_a_town_s_name_is_no_given_name(geoparser):
    # "Al-Fasher" as a sentence's subject is the town, its "Al-" the article, not the given name of "Kerry-Ann"; a
    # village's alternate name ("Al-Hilal", a football club) and an organisation ("Al-Quds Brigades") stay no places
    assert surfaces_and_countries(geoparser, "Al-Fasher came under attack on Sunday, and Al-Obeid was quiet.") \
        == [("Al-Fasher", "SD"), ("Al-Obeid", "SD")]
    assert surfaces_and_countries(geoparser, "Al-Hilal won again, Al-Quds Brigades said, and Kerry-Ann laughed.") == []


def test_a_large_city_s_initials_form_stands_where_the_report_backs_its_country(geoparser):
    # "D.I. Khan" is Dera Ismail Khan in a report from Peshawar; initials and a surname are a person's otherwise
    # ("T.M. Khan said", "Dr T.M. Khan"), and unbacked they are no place
    assert surfaces_and_countries(geoparser, "PESHAWAR - Militants attacked a police post in D.I. Khan and a bomb "
                                             "hit Bannu.") == [("PESHAWAR", "PK"), ("D.I. Khan", "PK"), ("Bannu", "PK")]
    assert surfaces_and_countries(geoparser, "PESHAWAR - T.M. Khan said the party would win; Dr T.M. Khan agreed.") \
        == [("PESHAWAR", "PK")]
    assert surfaces_and_countries(geoparser, "Militants attacked a police post in D.I. Khan on Saturday.") == []


def test_ireland_s_parliament_is_no_place(geoparser):
    # "Dáil" folds to a Syrian village's name (Dā'il)
    assert names(geoparser, "Gardai in Letterkenny said the attack was raised in the Dáil on Wednesday.") == ["Letterkenny"]


def test_a_given_name_in_the_area_slot_of_a_dateline_is_the_area(geoparser):
    # "Gwynedd" is a given name too; after the dateline's town and its comma it is the town's county
    assert names(geoparser, "BANGOR, Gwynedd — A man has been charged after a woman was stabbed.") == [
        "BANGOR", "Gwynedd"]


def test_a_football_club_named_after_its_town_is_no_place(geoparser):
    # "Manchester United", "Bristol Rovers": the club; the town told on its own is the town
    assert names(geoparser, "Manchester United and Bristol Rovers fans gathered in Bristol on Saturday.") == [
        "Bristol"]


def test_a_league_sides_nickname_after_its_town_or_state_is_no_place(geoparser):
    # "Punjab Kings", "Chennai Super Kings", "Perth Scorchers": the side; the town told on its own is the town
    assert names(geoparser, "Punjab Kings beat Chennai Super Kings in Mohali, and the Perth Scorchers lost in Perth.") \
        == ["Mohali", "Perth"]


def test_a_towns_royal_hospital_names_the_town(geoparser):
    # "Royal" is a given name too, but "Royal Perth Hospital" is no person Royal Perth; a princess's "Royal Alexandria
    # Hospital" names no Alexandria
    assert names(geoparser, "A man from Fremantle was taken to Royal Perth Hospital; another died at the Royal "
                            "Alexandria Hospital in Paisley.") == ["Fremantle", "Perth", "Paisley"]


def test_a_southern_african_name_after_its_lower_case_nguni_prefix(geoparser):
    # "eThekwini" (Durban's metro), "eSwatini": the prefix is written in lower case; a brand's "iPhone" stays no place
    text = "Two councillors were shot dead in eThekwini, and protests spread to eSwatini; an iPhone was stolen."
    assert surfaces_and_countries(geoparser, text) == [("eThekwini", "ZA"), ("eSwatini", "SZ")]


def test_a_name_after_a_joined_filipino_surname_particle_is_a_family_name(geoparser):
    # "delos Santos" is no Santos, Brazil; the town itself still is ("Santos, Brazil")
    assert surfaces(geoparser, "The killing of Kian delos Santos in Caloocan recalled the case of Juan dela Cruz, "
                               "a seaman from Santos, Brazil.") == ["Caloocan", "Santos", "Brazil"]


def test_a_metro_regions_capitals_and_a_crossing_town(geoparser):
    # "the GTA": Toronto's metro region of millions, though Åland's hamlet Geta has the letters as an alternate name
    found = surfaces_countries_and_codes(geoparser, "Peel police said SUVs were stolen across the GTA, in Brampton and "
                                                    "Mississauga.")
    assert ("GTA", "CA", "RGN") in found
    # "Fitzroy Crossing": a Kimberley town the whole "street" names, not a road placed at Broome
    found = surfaces_countries_and_codes(geoparser, "The man was arrested in Fitzroy Crossing on Thursday and flown to "
                                                    "Broome, where he faced court.")
    assert ("Fitzroy Crossing", "AU", "PPL") in found


def test_a_definition_s_first_word_is_the_place_it_defines_though_also_a_common_word(geoparser):
    # an encyclopedia's or gazetteer's opening "X is a market town in ..." defines a place, though "boston" and
    # "orleans" are ordinary words too
    text = "Boston is a market town and inland port in Lincolnshire, England."
    assert ("Boston", "GB") in surfaces_and_countries(geoparser, text)
    text = "Orléans is a suburban community in the east end of Ottawa, Ontario, Canada."
    assert ("Orléans", "CA") in surfaces_and_countries(geoparser, text)


def test_a_name_told_with_an_age_is_the_person_alone_too(geoparser):
    # "Hunter Wells, 19, ... Hunter was taken": the person's given name, though Hunter (Ohio) is a "major" name and
    # the report backs the US; a big town's name told so is the person's too ("Dallas Cooper, 18,"), but a place's
    # frame keeps the town ("moved to Houston from Cheyenne, Wyo.", "of Jay", "Police in Dallas").
    text = ("DAYTON, Ohio — Police said Hunter Wells, 19, was shot in the leg in Dayton. Hunter was taken to a "
            "hospital. Dallas Cooper, 18, was questioned. Dallas said he saw nothing. Police in Dallas said a man "
            "from Cheyenne, Wyo., was hurt. Cheyenne Brooks, 29, was charged. Cheyenne fled.")
    got = surfaces(geoparser, text)
    assert got.count("Dallas") == 1 and got.count("Cheyenne") == 1 and "Hunter" not in got
    assert {"DAYTON", "Ohio", "Dayton", "Wyo."} <= set(got)


def test_a_name_told_as_a_person_without_an_age_is_the_person_alone_too(geoparser):
    # A title before a given name and surname ("Officer Dallas Reed"), a person's deed or a student's class after them
    # ("Madison Carter scored", "Helena Brooks, a senior forward,"), a relative's given name ("His wife, Charlotte,") tell a person as surely as an age: a later lone
    # "Dallas" or "Madison" is that person, but a place's frame keeps the town ("deputy in Dallas County", "to
    # Madison Memorial", "on Jackson's west side", "a hospital in Charlotte").
    text = ("JACKSON, Miss. — Madison Carter scored 22 points. Madison hit two free throws. The team plays at "
            "Madison Memorial next. Officer Dallas Reed was hurt. Dallas was alone in the car. Reed was a deputy in "
            "Dallas County. Pastor Jackson Odom led a vigil near his church on Jackson's west side. "
            "His wife, Charlotte, was taken to a hospital in Charlotte. Helena Brooks, a senior forward, had 19 "
            "points. Helena was named to the all-tournament team.")
    got = surfaces(geoparser, text)
    assert got == ["JACKSON", "Miss.", "Madison", "Dallas County", "Jackson", "Charlotte"]


def test_a_name_of_several_words_before_a_compound_s_tail_is_read_whole(geoparser):
    # "Hong Kong-based", "New York-listed", "Buenos Aires-born": the whole name, not its last word ("Kong", Iran's port;
    # "York", England's city), nor nothing
    text = ("The New York-listed miner sold its mines to a Hong Kong-headquartered trader, whose Buenos Aires-born "
            "chairman lives in London.")
    assert surfaces_and_countries(geoparser, text) == [("New York", "US"), ("Hong Kong", "HK"),
                                                       ("Buenos Aires", "AR"), ("London", "GB")]
    # ... a name of one word still read from its compound (an article before it is no part of the name), and a
    # compound of two names is no tail
    assert surfaces(geoparser, "An Australia-based lab and a London-listed bank backed the Hong Kong-Macau bridge.")[:2] == [
        "Australia", "London"]


def test_a_lone_name_that_does_or_undergoes_what_only_a_person_does_is_the_person(geoparser):
    # No full name, age or title: what the sentences say of a lone "Welch" or "Lincoln" (the object of "killing",
    # "stabbed"; "went to a residence", "lived", "visited", "and his friend") tells the person where the report tells it
    # so more often than it frames the name as a place; one such sentence beside a report's "a Welch man", "Welch
    # police", "in Welch" leaves the town.
    person = ("BLUEFIELD, W.Va. — Troopers charged a teenager with killing Welch, whose body was found near Princeton. "
              "Welch went to a residence after a party, and the suspect followed him. After Welch and his friend "
              "left, the suspect stabbed Welch several times.")
    assert surfaces(geoparser, person) == ["BLUEFIELD", "W.Va.", "Princeton"]
    lincoln = ("SPRINGFIELD, Ill. — The exhibit shows how often Lincoln visited the troops. Lincoln lived long enough "
               "to see the war's end, a curator from Decatur said.")
    assert surfaces(geoparser, lincoln) == ["SPRINGFIELD", "Ill.", "Decatur"]
    town = ("WELCH, W.Va. — A Welch man was charged after a fight, Welch police said. The man had stabbed Welch "
            "residents before. Officers in Welch said he went to a store first.")
    assert surfaces(geoparser, town).count("Welch") == 4


def test_a_party_named_with_its_country_is_no_place(geoparser):
    # "criticism from United Russia", "the Bangladesh Nationalist Party": the party, not the country; the country
    # itself stays ("Russia's parliament"), and so does one a longer name tells united ("Movement for United Georgia").
    text = ("MOSCOW — The ruling United Russia party drew criticism from United Russia's rivals in Kazan. Russia's "
            "parliament meets in May. The Bangladesh Nationalist Party held a rally in Dhaka. The Movement for United "
            "Georgia marched in Tbilisi.")
    assert surfaces(geoparser, text) == ["MOSCOW", "Kazan", "Russia", "Dhaka", "Georgia", "Tbilisi"]


def test_a_city_s_police_after_an_english_word_it_bears_as_its_own_name_is_the_city(geoparser):
    # "canton" is a word too, but a town's police after it is a city's force where a city of 50,000 bears the name
    # (Canton, Mich., Canton, Ohio); not "Transit police", "Federal police"
    assert surfaces(geoparser, "Canton police said the suspect fled on foot.") == ["Canton"]
    assert surfaces(geoparser, "Transit police said the train was stopped. Federal police said 12 were held.") == []


def test_a_name_after_a_lower_case_title_is_a_person_s(geoparser):
    # ("Kaduna state governor Uba Sani": the governor, not Nigeria's Uba; the title at a sentence's end is no title:
    # "to name interim president. CINCINNATI")
    found = [t.name for t in geoparser.parse("Gunmen abducted 287 pupils in Kaduna state on Thursday. Kaduna state "
                                             "governor Uba Sani said the kidnappers were being pursued.")]
    assert "Uba" not in found and "Kaduna" in found


def test_a_name_after_a_ship_s_kind_is_the_ship_s(geoparser):
    names = partial(found_names, geoparser)
    # "the cruiser Moskva" (Moscow's own name), "the tanker Marlin Luanda", "the container ship Maersk Gibraltar":
    # the ship's name, here and where the report names it again
    assert names("Ukraine said its missiles sank the Russian cruiser Moskva off Odesa. The Moskva was the flagship.") \
        == ["Ukraine", "Odesa"]
    assert names("Houthis fired a missile at the British oil tanker Marlin Luanda in the Gulf of Aden.") \
        == ["Gulf of Aden"]
    assert names("A missile narrowly missed the container ship Maersk Gibraltar north of Mokha, Yemen.") \
        == ["Mokha", "Yemen"]
    # ... but the port after a place's preposition stays the place ("sea drones hit a ship in Novorossiysk")
    assert "Novorossiysk" in names("Sea drones hit the landing ship Olenegorsky Gornyak at the base in Novorossiysk.")
