"""Geocoding: a place read in the light of the report around it (its dateline and countries, a country or
area written after the name, places named nearby, travel abroad)."""
import pytest
from geocoding import Gazetteer, Place
from geocoding.resolve import Resolver
from functools import partial
from tests.geocoding_helpers import (
    by_name, country_of, found_names, mentions, names_and_countries, _near, place_by_surface as _places,
    places_of_surface as places, surfaces_and_countries, where,
)


# From test_geocoding.py: Geocoding: the seed reports and the hard cases of the design brief.

def test_lookups_asked_before_an_addition_see_it():
    # The gazetteer memoises lookups per key: adding places must empty the memos.
    g = Gazetteer(Gazetteer.default().index)
    assert not g.has_key("ratlaq") and g.matches("Ratlaq") == []
    g.add(Place(None, "Ratlaq", 35.88, 39.02, "P", "PPL", "SY", "04"))
    assert g.has_key("ratlaq") and [p.name for p, _ in g.matches("Ratlaq")] == ["Ratlaq"]


def test_oceans_need_no_backing_country(geoparser):
    # An ocean between countries gets no support from the report's countries, and needs none: the
    # report's country does not make "Atlantic" a Virginia village, nor drop "Pacific" as a mere word.
    found = by_name(geoparser.parse("The storm crossed the Atlantic before it reached Virginia."))
    assert found["Atlantic"].place.feature_code == "OCN"
    found = by_name(geoparser.parse("Ships in the Mediterranean and the Pacific were checked by US officials."))
    assert found["Pacific"].place.feature_code == "OCN" and found["Mediterranean"].place.feature_class == "H"


def test_former_and_article_less_country_names(geoparser):
    found = by_name(geoparser.parse("Refugees from Zaire and the Republic of Congo crossed into Upper Volta."))
    assert found["Zaire"].place.country_code == "CD"
    assert found["Republic of Congo"].place.country_code == "CG"
    assert found["Upper Volta"].place.country_code == "BF"
    # ... and the union Russia continued, whose withdrawn code names no one successor
    found = by_name(geoparser.parse("Pilots flew for China and the Soviet Union before the USSR broke up."))
    assert (found["Soviet Union"].place.country_code, found["USSR"].place.country_code) == ("RU", "RU")
    # A former name that lives on as a first-level area of its successor stays the area.
    assert by_name(geoparser.parse("Floods hit Sikkim."))["Sikkim"].place.feature_code == "ADM1"


def test_speech_verbs_after_places(geoparser):
    # A speech verb after a name makes it a person's, unless a locative word makes it a place or it
    # names a country or state that is no given name.
    assert "Spain" in by_name(geoparser.parse("Spain says it has confirmed the first case."))
    assert "Austin" in by_name(geoparser.parse("A nurse in Austin told reporters she was busy."))
    assert "Jordan" not in by_name(geoparser.parse("Jordan said he would play on Sunday."))


def test_a_place_the_text_puts_in_another_country_than_any_candidate_is_not_placed(geoparser):
    found = [(t.name, t.place.country_code) for t in
             geoparser.parse("Gunmen attacked the village of Solhan in northern Burkina Faso overnight.")]
    assert found == [("Burkina Faso", "BF")]        # not the Solhan in Turkey
    found = [(t.name, t.place.country_code) for t in
             geoparser.parse("The flight went from Atlanta, Georgia to Wichita.")]
    assert ("Atlanta", "US") in found               # a state named like a country qualifies it too


def test_a_town_s_countryside_and_rural_surroundings_are_near_it(geoparser):
    text = "A landmine killed three shepherds in the Hama countryside; shelling hit rural Damascus."
    found = [(loc.phrase, loc.precision) for loc in geoparser.locations(text, geoparser.parse(text))]
    assert found == [("Hama countryside", 2), ("rural Damascus", 2)]


def test_a_name_listed_beside_countries_is_a_country(geoparser):
    # "Niger" is a country and a Nigerian state; listed beside a country it is the country, even in a
    # report about Nigeria. "Georgia" goes with its neighbours too.
    text = "Polio cases in Nigeria rose. The disease was eradicated in Egypt and Niger, Nigerian officials said."
    assert by_name(geoparser.parse(text))["Niger"].place.feature_code == "PCLI"
    found = by_name(geoparser.parse("Cases rose in Armenia and Georgia."))
    assert found["Georgia"].place.country_code == "GE"
    found = by_name(geoparser.parse("Peanut butter was recalled in Alabama, Georgia and Florida."))
    assert found["Georgia"].place.country_code == "US"


def test_a_town_overshadowed_by_a_city_of_a_country_the_report_names(geoparser):
    # A small namesake sharing a first-level area with another name of the report (Santiago, Rio Grande
    # do Sul) is not the reading when the report names the country of a city fifty times its size.
    text = ("Health officials in Chile confirmed 300 cases, while Brazil reported cases in Sao Paulo and "
            "Rio Grande do Sul. Doctors in Santiago said most were mild.")
    assert by_name(geoparser.parse(text))["Santiago"].place.country_code == "CL"
    text = ("Canada reported new cases. Australia's cases are mostly in Victoria and New South Wales. Two "
            "passengers arrived from Toronto on Monday.")
    assert by_name(geoparser.parse(text))["Toronto"].place.country_code == "CA"
    # Without that country named, the area still decides (a Texas paper's Paris).
    text = "A woman of Paris died Saturday in a Dallas hospital after the crash."
    assert by_name(geoparser.parse(text))["Paris"].place.admin1 == "TX"


def test_a_loose_given_span_in_a_country_no_other_name_backs_is_not_placed(geoparser):
    # "West Manicaland" is in no source; Zimbabwe's "Manicaland" (the name with a direction word trimmed) is
    # not it in a report about England. A given span gets the same check as a recognised one.
    text = "Flu cases in the West Manicaland doubled this week, health officials in London said on British television."
    spans = [(text.index("West"), text.index("West") + 15), (text.index("London"), text.index("London") + 6)]
    manicaland, london = geoparser.resolve(text, spans)
    assert manicaland.place is None and london.place.country_code == "GB"
    # A loose reading stands where the report backs its country, or no country at all.
    text = "Deaths in the Midlands rose, Zimbabwean officials said."
    assert geoparser.resolve(text, [(14, 22)])[0].place.country_code == "ZW"
    text = "Deaths in the West Manicaland rose."
    assert geoparser.resolve(text, [(14, 29)])[0].place.country_code == "ZW"
    # (England's Midlands are in the gazetteer, data/regions.tsv: "the West Midlands" in a report about England is
    # that region)
    text = "Flu cases in the West Midlands doubled this week, health officials in London said on British television."
    spans = [(text.index("West"), text.index("West") + 13), (text.index("London"), text.index("London") + 6)]
    assert geoparser.resolve(text, spans)[0].place.country_code == "GB"


def test_a_people_named_like_a_town_is_placed_only_in_a_country_the_report_backs(geoparser):
    assert "Bodo" not in by_name(geoparser.parse("Militants killed six Bodo tribesmen on Sunday."))
    assert "Kuki" not in by_name(geoparser.parse("Violence between Meitei and Kuki communities spread."))
    text = "Flooding cut off Bodo and Tromso, the Norwegian coast guard said."
    assert by_name(geoparser.parse(text))["Bodo"].place.country_code == "NO"


def test_a_small_town_s_name_inside_a_longer_name_needs_its_country_backed(geoparser):
    # "Boko Haram" holds neither Ivory Coast's Boko nor Norway's Haram; "Mardi Gras", "Oyster Bar" no towns
    assert [t.name for t in geoparser.parse("Boko Haram fighters attacked a village near Maiduguri.")] == ["Maiduguri"]
    assert geoparser.parse("Students celebrated Mardi Gras at the River Seafood and Oyster Bar.") == []
    # a major place keeps its name beside another word ("Metro Atlanta")
    assert [t.name for t in geoparser.parse("Traffic was heavy across Metro Atlanta on Friday.")] == ["Atlanta"]


def test_a_reading_one_mention_s_qualifier_rules_out_is_none_of_its_bare_mentions(geoparser):
    # the gazetteer knows "Mambasa" only as an alternate name of Kenya's Mombasa; "in Ituri province" rules it out
    text = ("Rebels killed 12 villagers about 20 km north of Mambasa in Ituri province on Monday, said a civil "
            "society leader in Mambasa territory.")
    assert [t.name for t in geoparser.parse(text) if t.place.country_code == "KE"] == []


@pytest.mark.parametrize("text, name, place", [
    ("Yemen's Houthis fired two missiles at a tanker in the Bab el-Mandeb strait on Thursday.", "Bab el-Mandeb",
     "Bab el-Mandeb"),
    ("Ships crowd the Bab al-Mandab as the Houthis threaten them.", "Bab al-Mandab", "Bab el-Mandeb"),
    ("Iran's navy seized a foreign tanker in the Strait of Hormuz on Friday.", "Strait of Hormuz", "Strait of Hormuz"),
    ("Pirates kidnapped six sailors from a tanker in the Gulf of Guinea.", "Gulf of Guinea", "Gulf of Guinea"),
    ("A drone hit a tanker in the Gulf of Oman, officials said.", "Gulf of Oman", "Gulf of Oman"),
    ("Kyiv said its drones struck a patrol ship in the Sea of Azov.", "Sea of Azov", "Sea of Azov"),
])
def test_straits_and_gulfs_are_waters_not_the_towns_or_countries_in_their_names(geoparser, text, name, place):
    # not Syria's al-Bab, Guinea, Oman or Russia's town of Azov: the water, at UCDP's precision for waters
    waters = [t for t in geoparser.parse(text) if t.name == name]
    assert [(t.place.name, t.place.feature_class, t.precision) for t in waters] == [(place, "H", 7)]


# From test_geocoding_conflict.py: Geocoding: places in conflict reports (wire datelines, Title Case headlines, group
# names).

def test_a_dateline_after_the_headline_line_backs_its_country(geoparser):
    # the headline's "Punjab" is India's, as the Chandigarh dateline under it says, though Pakistan's Punjab (the
    # larger, and its country named twice) is told apart later
    text = ("Punjab: Farmers block highway\nCHANDIGARH — Farmers blocked the highway near Ludhiana and Patiala, "
            "police said. Punjab's minister met them. Across the border in Pakistan's Punjab, growers in Lahore also "
            "protested.")
    assert names_and_countries(geoparser, text) == [
        ("Punjab", "IN"), ("CHANDIGARH", "IN"), ("Ludhiana", "IN"), ("Patiala", "IN"), ("Punjab", "IN"),
        ("Pakistan", "PK"), ("Punjab", "PK"), ("Lahore", "PK")]


def test_a_compass_area_of_a_country_the_report_does_not_name_is_no_place(geoparser):
    # "Western Province" beside South African places is the rugby side, not Sri Lanka's province; a report that names
    # Sri Lanka keeps it
    assert surfaces_and_countries(geoparser, "Western Province beat the Sharks at Newlands, and travel to Bloemfontein "
                                             "and Durban next.") == [("Newlands", "ZA"), ("Bloemfontein", "ZA"),
                                                                      ("Durban", "ZA")]
    assert surfaces_and_countries(geoparser, "Floods hit Sri Lanka's Western Province; Colombo was worst hit.") == [
        ("Sri Lanka", "LK"), ("Western Province", "LK"), ("Colombo", "LK")]


def test_a_building_named_like_a_town_far_from_all_the_reports_places_is_no_mention_of_it(geoparser):
    # "Victoria Hospital" in London, Ont. is named for the queen (Victoria, B.C. lies 3,000 km off); a town the report
    # names on its own too stays ("the Maryville church" of a report on Maryville)
    text = ("LONDON, Ont. — A cyclist from St. Thomas was taken to Victoria Hospital, London police said. The car was "
            "found in Woodstock.")
    assert surfaces_and_countries(geoparser, text) == [
        ("LONDON", "CA"), ("Ont.", "CA"), ("St. Thomas", "CA"), ("London", "CA"), ("Woodstock", "CA")]
    text = ("The pastor of a Maryville church moved from Fort Worth, Texas. Maryville members met on Sunday, and the "
            "Maryville church will hear him in Fort Worth.")
    assert [s for s, _ in surfaces_and_countries(geoparser, text)].count("Maryville") == 3


def test_a_short_dateline_in_capitals_is_a_place_not_an_acronym(geoparser):
    # A wire dateline opens the story with its town in capitals; a short one is no acronym there.
    assert surfaces_and_countries(geoparser, "KYIV (Reuters) - A drone hit a power plant overnight, officials said.") \
        == [("KYIV", "UA")]
    assert surfaces_and_countries(geoparser, "Title\n\nBUNIA, Congo (AP) - Militiamen burned a camp on Monday.") \
        == [("BUNIA", "CD"), ("Congo", "CD")]
    assert surfaces_and_countries(geoparser, "JOS, Nigeria, May 3 (Reuters) - Gunmen killed farmers.")[0] == ("JOS", "NG")
    # An acronym elsewhere stays one.
    assert surfaces_and_countries(geoparser, "Fighters of the ADF attacked a village, the UN said.") == []


def test_a_country_after_a_place_name_opener_is_the_tail_of_a_longer_name(geoparser):
    # "Puerto Jordan", a village the gazetteer lacks, is not Jordan; nor "Villa Colombia" Colombia.
    assert surfaces_and_countries(geoparser, "ELN rebels attacked an army base in Puerto Jordan, in Colombia's Arauca province.") \
        == [("Colombia", "CO"), ("Arauca", "CO")]


def test_a_place_naming_a_militia_needs_the_report_to_back_its_country(geoparser):
    # "Fano militiamen" in Ethiopia are no Italians; "Kivu militias" are still in Congo's Kivu.
    assert surfaces_and_countries(geoparser, "Fano militiamen clashed with federal troops near Bahir Dar in Ethiopia's Amhara region.") \
        == [("Bahir Dar", "ET"), ("Ethiopia", "ET"), ("Amhara", "ET")]
    assert ("Ituri", "CD") in surfaces_and_countries(geoparser, "Ituri militiamen attacked Bunia, in northeastern Congo.")


def test_a_place_in_an_armed_groups_name_needs_the_reports_country(geoparser):
    # The Islamic State's "Sahel Province" is no sign of Burkina Faso's Sahel region in a report about Mali.
    assert surfaces_and_countries(geoparser, "Fighters of the Islamic State Sahel Province attacked soldiers near Menaka in Mali.") \
        == [("Menaka", "ML"), ("Mali", "ML")]
    assert surfaces_and_countries(geoparser, "Islamic State West Africa Province fighters killed 20 farmers in Borno, Nigeria.") \
        == [("Borno", "NG"), ("Nigeria", "NG")]
    assert surfaces_and_countries(geoparser, "Islamic State Khorasan Province claimed a bombing in Kabul, Afghanistan.") \
        == [("Kabul", "AF"), ("Afghanistan", "AF")]


def test_a_town_known_by_the_name_only_as_an_alternate_one_yields_to_its_own_bearer_the_report_backs(geoparser):
    # Engels in Russia was once called Pokrovsk: where the report backs Ukraine as much as Russia and no other name
    # is near Engels, "Pokrovsk" is the Ukrainian town that bears the name.
    text = "Ukrainian troops repelled a Russian assault on positions 10 km east of Pokrovsk on Monday, the army said."
    assert surfaces_and_countries(geoparser, text) == [("Pokrovsk", "UA")]
    # A report that backs only the alternate name's country keeps it there: Palmyra is Syria's Tadmur.
    text = "Islamic State fighters attacked an army post near Palmyra, in the desert of Syria's Homs province."
    assert ("Palmyra", "SY") in surfaces_and_countries(geoparser, text)
    # ... and so does another name near it: Krasnoarmeysk here is Pokrovsk, not the Russian town of that name.
    text = "Russia says it took Krasnoarmeysk, the name Moscow uses for Pokrovsk in the Donetsk region."
    assert ("Krasnoarmeysk", "UA") in surfaces_and_countries(geoparser, text)


# From test_geocoding_europe.py: Geocoding: conflict copy from Europe, the Caucasus and Turkey.

def test_kosovo_is_the_country_not_kosovo_polje(geoparser):
    # "Kosovo" is also an alternate name of the town Kosovo Polje: the bare name is the country.
    found = geoparser.parse("Masked gunmen ambushed a patrol in northern Kosovo on Sunday, Kosovo police said.")
    assert [(t.place.name, t.place.feature_code) for t in found] == [("Kosovo", "PCLI")] * 2


# From test_geocoding_geofix2.py: Geocoding: namesakes in reports about one place abroad (a dateline's town told again
# by its kind, a city's quarters and landmarks told with the city) and first-level areas whose point lay outside them.

def test_a_dateline_town_told_again_as_a_city_is_the_dateline_s(geoparser):
    # "the northern city of Tripoli" in a report from Tripoli, Lebanon: not Libya's larger capital
    found = [t for t in geoparser.parse(
        "TRIPOLI, Lebanon (AFP) - Two people were killed overnight in clashes between gunmen in the northern city of "
        "Tripoli, a security source said.") if t.name == "Tripoli"]
    assert found and all(_near(t, 34.44, 35.85) for t in found)
    # ... but not where the report qualifies two towns of the name: "the city of Albany" stays the dateline's
    found = [t for t in geoparser.parse(
        "ALBANY, Ore. - Linn County commissioners agreed to share the cost of a shelter with the city of Albany and "
        "Benton County. One joked "
        "about getting mail meant for Albany, N.Y.") if t.name == "Albany"]
    assert _near(found[0], 44.64, -123.10)


# From test_geocoding_geolocal.py: Geocoding: local news from the UK, Ireland, Canada, Australia, India, Nigeria and
# South Africa.

def test_a_south_asian_colon_dateline_is_the_town(geoparser):
    # "PUNE: ...": the Times of India's and The Hindu's dateline, as "PUNE —" is a wire's.
    found = names_and_countries(geoparser, "PUNE: Schools were shut on Thursday after a night of heavy rain.")
    assert found == [("PUNE", "IN")]
    found = names_and_countries(geoparser, "KOCHI: The corporation will clear the city's drains before the monsoon, Kerala's "
                                "minister said.")
    assert found[0] == ("KOCHI", "IN")
    # a short acronym before a headline's colon is an organisation's, no dateline
    assert "UN" not in [name for name, _ in names_and_countries(geoparser, "UN: Aid to Gaza fell by half in May.")]


# From test_geocoding_geonews.py: Geocoding: US local news and international health news (town bodies, lists,
# agencies, pathogens).

def test_a_list_after_the_capital(geoparser):
    # "Hodeidah, Hajjah and the capital Sanaa" is a list: Hajjah is no qualifier of Hodeidah.
    assert found_names(geoparser, "Cholera spread in Yemen, with most cases in Hodeidah, Hajjah and the capital Sanaa.") \
        == ["Yemen", "Hodeidah", "Hajjah", "Sanaa"]


def test_a_pathogen_named_after_a_town_stays_one_across_the_report(geoparser):
    # "Lyme disease ... Lyme cases": the pathogen both times; after a place's preposition, the town.
    text = ("A vaccine against Lyme disease was tested in Connecticut. Lyme cases have risen in Maine. "
            "Kenya reported Rift Valley fever in the Rift Valley.")
    found = found_names(geoparser, text)
    assert "Lyme" not in found and found.count("Rift Valley") == 1
    assert "Lyme" in found_names(geoparser, "Lyme disease cases rose in towns near Lyme, New Hampshire.")


# From test_geocoding_health2.py: Geocoding: international health news (towns that name a disease, regions named like
# a people, wire datelines).

def test_a_name_in_a_datelines_agency_slot_is_the_wire(geoparser):
    # "Guangzhou, China (Xinhua) --": the agency, not a Chinese village bearing its name.
    assert found_names(geoparser, "Guangzhou, China (Xinhua) -- Foshan reported 2,400 chikungunya cases on Sunday.") \
        == ["Guangzhou", "China", "Foshan"]
    # ... and one that opens an outlet's name there, a capital's or a country's: the outlet, no scene
    assert found_names(geoparser, "KHARKIV, Ukraine (Kyiv Independent) - A missile hit Kharkiv on Friday.") == \
        ["KHARKIV", "Ukraine", "Kharkiv"]
    assert found_names(geoparser, "KHARTOUM (Sudan Tribune) - Shelling hit Omdurman on Friday.") == ["KHARTOUM", "Omdurman"]


def test_a_countrys_own_landscape_named_in_a_disease_is_the_landscape(geoparser):
    # "Rift Valley fever" is the pathogen's, but "Kenya's Rift Valley" standing alone is the valley.
    text = "The disease, first identified in Kenya's Rift Valley in the 1930s, is Rift Valley fever."
    assert found_names(geoparser, text) == ["Kenya", "Rift Valley"]
    # (the place's disease stays the disease: "Connecticut's Lyme cases")
    assert found_names(geoparser, "Lyme disease is common there. Connecticut's Lyme cases rose.") == ["Connecticut"]


# From test_geocoding_isisfix.py: Geocoding of war reports of Syria and Iraq (the isisfix round): short reports of our
# own.

def test_a_far_namesake_stays_where_the_report_names_nothing_near_a_longer_name(geoparser):
    # (no "Paris <word>" town in Kentucky near Louisville: the rule finds nothing and changes nothing)
    text = "LOUISVILLE, Ky. - A Louisville woman was hurt in a crash on Tuesday. She had flown home from Paris."
    assert _places(geoparser, text)["Paris"].country_code == "FR"


# From test_geocoding_memos.py: What geoparsing works out once per name or per run of words, not once per report: the
# same answers as working it out each time, and forgotten when places are added.

def test_a_names_bare_mentions_score_alike_in_every_report(geoparser):
    country = partial(country_of, geoparser, wanted="Palmyra")

    assert country("Shelling resumed near Palmyra on Sunday.") == "SY"
    assert country("A barn burned down in Palmyra, Pennsylvania, overnight.") == "US"
    assert country("Troops withdrew from Palmyra after the shelling.") == "SY"
    readings = [r for k, r in geoparser.resolver._readings_memo.items() if k[1] == "Palmyra"]
    assert readings and all(r.bare_scores is not None for r in readings)


def test_no_qualifiers_are_read_around_a_name_with_no_reading(geoparser, monkeypatch):
    asked = []
    hints = Resolver._hints

    def recording(self, text, m, cands):
        asked.append(m.text)
        return hints(self, text, m, cands)

    monkeypatch.setattr(Resolver, "_hints", recording)
    toponyms = geoparser.parse("Syrian troops shelled Idlib, the Turkish defence ministry said.")
    assert {t.name for t in toponyms} == {"Idlib"}
    assert asked == ["Idlib"]                       # not the demonyms "Syrian", "Turkish"


# From test_geocoding_menageo.py: Geocoding: Middle East and North Africa conflict copy (Syria, Iraq, Yemen, Libya)
# and its transliterations.

def test_uncertain_names_in_one_country_outvote_a_spelling_abroad(geoparser):
    # "Kobani", "Ain al-Arab" (weak and loose) are in Syria: "Sarrin" is no Sarín in Peru.
    found = names_and_countries(geoparser, "Drones hit the outskirts of Kobani, also known as Ain al-Arab, on Monday after shelling "
                                "near Sarrin.")
    assert ("Sarrin", "PE") not in found
    # alone, a town spelt otherwise still stands ("70 nm west of Hodeidah")
    assert names_and_countries(geoparser, "Shelling was reported near Mokha on Friday.") == [("Mokha", "YE")]


def test_a_dateline_agency_with_digits_in_its_name(geoparser):
    # "(Kurdistan24)", "(France24)": the agency before the dash, so the capitals open a dateline.
    found = names_and_countries(geoparser, "DUHOK, Kurdistan Region (Kurdistan24) - Two shepherds were wounded by a mine on Friday.")
    assert found[0] == ("DUHOK", "IQ")


def test_a_framed_name_with_a_far_namesake_as_written_is_read_as_spelt_where_the_report_backs_it(geoparser):
    # "Kufra" is a Turkish town's alternate name as written, Libya's Al Kufrah as spelt; "al-Mahra" an Ivorian
    # village's as written, Yemen's Al Mahrah as spelt. Libyan and Yemeni names back the spelt readings.
    found = names_and_countries(geoparser, "Libyan coastguards said the migrants had set out from Kufra before reaching Tobruk.")
    assert ("Kufra", "LY") in found
    found = names_and_countries(geoparser, "Yemeni officials said tribesmen in al-Mahra had blocked the road to Nishtun.")
    assert ("al-Mahra", "YE") in found
    # with nothing to back it, a loose reading does not stand (not "Kufra": the registries' name of Libya's Al Kufrah
    # district, it is an exact name of it)
    assert ("al-Mahra", "YE") not in names_and_countries(geoparser, "The film crew stayed near al-Mahra for a week.")


# From test_geocoding_namesakes.py: Geocoding: the famous place vs its local namesake (round namesakes): a bare name
# read as a far city in a report whose other places all lie in one state is the state's namesake near them, unless the
# report names the far city's country or its sentence tells travel abroad.

def test_travel_abroad_keeps_the_far_city(geoparser):
    text = "Students from Henry County will fly to Paris in June, their teacher said."
    assert where(mentions(geoparser, text, "Paris")) == [("FR", "11")]


def test_the_far_citys_people_keep_the_far_city(geoparser):
    text = "A Henry County couple opened a bakery in Paris that serves French and Southern pastries."
    assert where(mentions(geoparser, text, "Paris")) == [("FR", "11")]


def test_a_sentence_naming_the_far_citys_country_ties_the_name_there(geoparser):
    text = ("A Rapides Parish surgeon spent two weeks in Egypt, where she trained doctors at a hospital in "
            "Alexandria. She practices at a clinic in Alexandria and lives in Pineville.")
    assert where(mentions(geoparser, text, "Alexandria")) == [("EG", "06"), ("US", "LA")]


def test_the_olympics_tie_a_name_to_the_far_city(geoparser):
    text = ("A Clarke County woman who ran the marathon at the 2004 Athens Olympics will be honored at Saturday's 5K "
            "in Watkinsville.")
    assert where(mentions(geoparser, text, "Athens")) == [("GR", "ESYE31")]


def test_a_qualified_namesake_in_the_sentence_leaves_the_bare_name_local(geoparser):
    text = ("A Paris Junior College student will spend the spring in Paris, France, after winning a study-abroad "
            "scholarship. She lives in Honey Grove, Texas.")
    assert where(mentions(geoparser, text, "Paris"))[0] == ("US", "TX")


def test_a_namesake_not_many_times_the_towns_size_is_not_tied_by_its_country(geoparser):
    # Richmond, Va. is no famous city over Richmond, B.C.: an American named in the sentence does not move it
    text = "Richmond council approved the budget, and a Vancouver firm owned by an American will build the road."
    assert where(mentions(geoparser, text, "Richmond")) == [("CA", "02")]


def test_a_flight_just_before_the_name_ties_it_to_the_far_city(geoparser):
    text = ("A Lexington horse farm sold a colt to a stable near Chantilly. The colt will be flown from Louisville "
            "to Paris in the spring, the Bourbon County farm said.")
    assert where(mentions(geoparser, text, "Paris")) == [("FR", "11")]


def test_a_name_the_report_qualifies_as_the_local_town_stays_local(geoparser):
    text = ("PARIS, Ky. — A Bourbon County soldier was flown to a military hospital in Germany and is in stable "
            "condition, his mother, Linda Whitaker of Paris, said.")
    assert where(mentions(geoparser, text, "Paris")) == [("US", "KY")]


# From test_geocoding_orgnames.py: Geocoding: names of institutions, parties, teams, companies and features that hold
# a place's name or a word some place bears.

def test_a_lake_or_gulf_named_after_a_country_is_the_water(geoparser):
    # not the country (Nicaragua's centre, Mexico's 1,200 km from the gulf): the water, at UCDP's precision for waters
    for text, name in (("Fishermen on Lake Nicaragua say the water is at its lowest in decades.", "Lake Nicaragua"),
                       ("The Coast Guard searched the Gulf of Mexico off Galveston.", "Gulf of Mexico"),
                       ("A boat carrying 278 people capsized on Lake Kivu on Thursday.", "Lake Kivu")):
        waters = [t for t in geoparser.parse(text) if t.name == name]
        assert [(t.place.feature_class, t.precision) for t in waters] == [("H", 7)]


def test_a_place_after_an_acronyms_possessive_is_whole(geoparser):
    # the FBI's office in New York: not "York", Pennsylvania, left over from a dropped "New York"
    found = names_and_countries(geoparser, "The FBI's New York field office is investigating, police in Albany said.")
    assert [name for name, cc in found] == ["New York", "Albany"]


def test_a_name_before_brigade_is_the_units(geoparser):
    found = names_and_countries(geoparser, "KYIV - The Azov brigade said it repelled an assault near Pokrovsk.")
    assert [name for name, cc in found] == ["KYIV", "Pokrovsk"]


def test_a_country_that_is_a_given_name_speaks_for_its_government(geoparser):
    # "India said" in a report the dateline places in India; "India said she would appeal" names a woman
    assert ("India", "IN") in names_and_countries(geoparser, "NEW DELHI - India said its forces struck nine sites in Pakistan.")
    assert names_and_countries(geoparser, "India said she would appeal, police in Tulsa said.") == [("Tulsa", "US")]


# From test_geocoding_persons.py: Geocoding: people's names that some town also bears, in local crime and conflict
# news.

def test_a_last_name_that_is_a_country_s_needs_the_country_backed(geoparser):
    # "Holland" and "Jordan" are countries' names and people's: told as a person's last name, the name alone later is
    # that person unless the report backs the country; a continent's name is nobody's.
    assert found_names(geoparser, "Steven Andrew Holland, 24, was charged in Dalton. Holland told officers a group had "
                            "harassed his wife.") == ["Dalton"]
    assert found_names(geoparser, "Dutch police said Pieter Holland, 44, was held in Amsterdam. Holland has few such "
                            "cases.") == ["Amsterdam", "Holland"]
    assert found_names(geoparser, "Aid workers met Grace Africa, 30, in Nairobi. Africa needs more clinics, she said.") \
        == ["Nairobi", "Africa"]


# From test_geocoding_spellings.py: Geocoding: places the gazetteer holds under another spelling (transliterations of
# Arabic, Ukrainian, Somali names).

def test_an_alternate_name_stands_where_no_name_of_the_report_is_firmly_placed(geoparser):
    # "Lisichansk", "Ugledar" and "Deraa" are only alternate names of Lysychansk, Vuhledar and Dar'a: with no country
    # in the sentence they used to need one.
    assert surfaces_and_countries(geoparser, "Artillery fire hit a school in Lisichansk on Tuesday.") == [("Lisichansk", "UA")]
    assert surfaces_and_countries(geoparser, "A drone struck a fuel depot outside Ugledar.") == [("Ugledar", "UA")]
    assert surfaces_and_countries(geoparser, "Deraa was quiet on Friday after a week of protests.") == [("Deraa", "SY")]
    # ... and a demonym of another country (the actor's) says nothing against it
    assert surfaces_and_countries(geoparser, "The assault on Avdeyevka continued, Russian officials said.") == [("Avdeyevka", "UA")]


def test_a_firmly_placed_name_of_another_country_still_decides(geoparser):
    # Myawadi (Myawaddy) is an alternate name only: beside Thailand, firmly placed, it needs Myanmar named
    assert surfaces_and_countries(geoparser, "Refugees crossed into Thailand from Myawadi after the clashes.") == [("Thailand", "TH")]


def test_a_country_named_as_an_actor_does_not_decide(geoparser):
    # "US strikes", "US Central Command said": the country is named for its forces abroad, not as where things are
    assert surfaces_and_countries(geoparser, "US jets hit a depot near Hodeidah port, US Central Command said.") == [
        ("US", "US"), ("Hodeidah", "YE"), ("US", "US")]
    assert surfaces_and_countries(geoparser, "Lebanon said strikes hit the outskirts of Hodeidah.") == [("Lebanon", "LB"), ("Hodeidah", "YE")]


# From test_geocoding_uslocal2.py: Geocoding: US local news (county papers): towns named like famous places, and the
# far namesakes a report tells apart from them.

def test_a_far_namesake_qualified_later_leaves_the_towns_bare_mentions_alone(geoparser):
    text = ("LIMA — A refinery in Lima will spend $140 million to expand, the company said, adding jobs in Allen "
            "County. Allen County commissioners welcomed the news after a plant closing in Wapakoneta, Ohio. "
            "A delegation from Lima, Peru, visited Lima Senior High School last week.")
    lima = places(geoparser, text, "Lima")
    assert [p.country_code for p in lima] == ["US", "PE", "US"]
    assert lima[0].admin1 == "OH" and lima[2] is lima[0]


def test_a_later_qualifier_in_the_same_country_still_says_which_town_it_was(geoparser):
    text = ("A fire destroyed a barn in Springfield on Monday. Firefighters from Urbana and Enon helped. "
            "The barn on the edge of Springfield, Ohio, was built in 1890.")
    assert {(p.country_code, p.admin1) for p in places(geoparser, text, "Springfield")} == {("US", "OH")}


def test_a_name_qualified_by_its_country_is_the_one_in_that_country_whatever_the_report_around(geoparser):
    text = ("ODESSA — Ector County commissioners approved 12 new deputies for West Odessa and Gardendale. "
            "Midland County has added 20. They also backed relief for Odessa, Ukraine, where a church in "
            "Odessa sent $18,000.")
    odessa = [(p.country_code if p else None) for p in places(geoparser, text, "Odessa")]
    assert places(geoparser, text, "ODESSA")[0].admin1 == "TX"
    assert odessa[0] == "UA"


def test_a_qualifier_that_ends_its_sentence_still_qualifies(geoparser):
    text = ("GLASGOW, Ky. — The Barren County Fiscal Court honored the Glasgow Highland Games, which draw visitors "
            "from as far as Glasgow, Scotland. Officials said the games began in 1974.")
    assert [p.country_code for p in places(geoparser, text, "Glasgow")] == ["US", "GB"]


def test_a_country_written_to_qualify_a_town_is_the_country_not_the_reports_namesake_town(geoparser):
    text = ("MEXICO, Mo. — An auto parts supplier will close its plant here and move production to Monterrey, Mexico, "
            "eliminating 185 jobs. The plant is one of the largest employers in Audrain County. Workers were told "
            "Wednesday. \"We have been here 20 years,\" said a worker from Vandalia. The Missouri Department of "
            "Economic Development will help workers at the campus in Columbia.")
    mexico = places(geoparser, text, "Mexico")
    assert mexico[0].feature_code.startswith("PCL") and mexico[0].country_code == "MX"
    assert places(geoparser, text, "MEXICO")[0].admin1 == "MO"


# From test_geocoding_uslocalfix.py: Geocoding: US local news, round uslocalfix: a dateline town that shares a
# person's last name, a person named like a town, a common word opening the story after the dateline, Washington
# standing for the federal government, and a far town placed by ", in <country>".

def test_washington_after_a_government_word_is_the_federal_capital(geoparser):
    text = ("WAYNESBURG, Pa. — Coal operators in Greene County say new rules drafted by regulators in Washington "
            "will cost jobs in Waynesburg and across Pennsylvania. Washington County miners agree.")
    found = mentions(geoparser, text, "Washington")
    assert found and found[0].place.country_code == "US" and found[0].place.admin1 == "DC"


def test_washington_after_a_towns_own_officials_stays_the_town(geoparser):
    text = ("WASHINGTON, Pa. — City officials in Washington said Monday that North Main Street will close for two "
            "weeks. Canonsburg and Houston will share the detour.")
    found = mentions(geoparser, text, "Washington")
    assert found and found[0].place.admin1 == "PA"


def test_a_town_placed_by_comma_in_a_country_is_in_that_country(geoparser):
    text = ("EASTON, Pa. — A group from Easton and Bethlehem spent two days in Nazareth, in northern Israel, "
            "before going on to Jerusalem, the pastor said.")
    found = mentions(geoparser, text, "Nazareth")
    assert found and found[0].place.country_code == "IL"


def test_a_dateline_the_report_ties_to_its_country_stays_the_far_city(geoparser):
    text = ("DELHI — Engineers from a Dayton, Ohio, firm arrived in India on Monday to start work on a metro line, "
            "the company said.")
    found = mentions(geoparser, text, "DELHI")
    assert found and found[0].place.country_code == "IN"


def test_a_town_named_like_a_person_before_its_supervisor_is_the_town(geoparser):
    text = ("DELHI — The county board met Wednesday. Walton Supervisor Joe Cetta asked for a new salt shed, and the "
            "Sidney supervisor agreed.")
    assert [t.place.admin1 for t in mentions(geoparser, text, "Walton")] == ["NY"]


def test_a_clause_telling_a_countrys_people_there_places_the_town_in_that_country(geoparser):
    text = ("ALLENTOWN, Pa. — A Lehigh County nurse spent a month in Bethlehem, where Palestinian doctors run the "
            "only maternity ward for miles, her church said.")
    found = mentions(geoparser, text, "Bethlehem")
    assert found and found[0].place.country_code == "PS"


# From test_geocoding_worldgeo.py: Geocoding: international news (datelines with a country, namesakes across
# countries, capitals for governments).

def test_a_bare_mention_keeps_its_qualified_reading(geoparser):
    # "TRIPOLI, Lebanon" places the name: a later bare "Tripoli" is the same town, not Libya's larger capital.
    found = names_and_countries(geoparser, "TRIPOLI, Lebanon - Fishermen in Tripoli said on Monday that fuel prices had "
                                 "doubled. Officials in Beirut promised help.")
    assert [cc for name, cc in found if name.lower() == "tripoli"] == ["LB", "LB"]


def test_a_datelines_country_qualifies_a_town_named_like_a_country(geoparser):
    # "ARMENIA, Colombia -": the Colombian town, not the country Armenia; the dateline is no list of countries.
    found = names_and_countries(geoparser, "ARMENIA, Colombia - Coffee growers near the town said on Friday that exports "
                                 "to Europe would rise.")
    assert found[:2] == [("ARMENIA", "CO"), ("Colombia", "CO")]
    assert names_and_countries(geoparser, "SALVADOR, Brazil (Reuters) - Rain flooded the city's lower town.")[0] == \
        ("SALVADOR", "BR")
    # a list of countries is still one
    assert names_and_countries(geoparser, "Armenia, Georgia and Azerbaijan signed the deal.")[0] == ("Armenia", "AM")


def test_a_dateline_country_may_join_its_words_by_of_the_and(geoparser):
    # "Democratic Republic of Congo" in a dateline's country slot: the town in capitals before it is still the dateline's.
    assert surfaces_and_countries(geoparser, "GOMA, Democratic Republic of Congo (AFP) - Rebels retook a border town.") \
        == [("GOMA", "CD"), ("Democratic Republic of Congo", "CD")]
    assert surfaces_and_countries(geoparser, "BUNIA, Democratic Republic of the Congo (AP) - Militiamen killed 12.")[0] \
        == ("BUNIA", "CD")


def test_a_militias_name_is_the_militias_wherever_the_report_names_it(geoparser):
    # Once "Fano militiamen", then "Fano leaders" and "Fano is a threat": no Italian town in an Ethiopian report.
    text = ("Fano militiamen briefly seized parts of Dessie on Thursday. Fano leaders accuse Addis Ababa of trying to "
            "disarm them. The government says Fano is a threat.")
    assert surfaces_and_countries(geoparser, text) == [("Dessie", "ET"), ("Addis Ababa", "ET")]


def test_the_dateline_s_country_backs_a_namesake_beyond_the_other_names_cap(geoparser):
    # A wire is written where it happens: from Beirut, with the Lebanese army speaking, "Tripoli" is Lebanon's city,
    # not Libya's capital six times its size; with no dateline the capital stays the bare name's reading.
    text = ("BEIRUT (Reuters) - Clashes between gunmen from rival neighbourhoods in Tripoli killed two people "
            "overnight, the Lebanese army said on Saturday.")
    assert country_of(geoparser, text, "Tripoli") == "LB"
    assert country_of(geoparser, "Clashes in Tripoli killed two people overnight, officials said.", "Tripoli") == "LY"


def test_a_hospital_or_mosque_named_for_a_town_abroad_is_no_mention_of_that_town(geoparser):
    # "Medina hospital" in Mogadishu, "the Madina mosque in Kano": a building's name, no town in Saudi Arabia (nor at
    # the report's city); "Baidoa regional hospital" in a Somali report is Baidoa's, "Cambridge University" stays
    for text, gone in (("MOGADISHU (Reuters) - A car bomb killed six people in Mogadishu on Friday, said a doctor at "
                        "Medina hospital.", "Medina"),
                       ("KANO, Nigeria (Reuters) - Police fired tear gas outside the Madina mosque in Kano on Friday.",
                        "Madina")):
        assert gone not in [t.name for t in geoparser.parse(text)]
    kept = geoparser.parse("BAIDOA, Somalia (AP) - A shell hit a market in Baidoa. The wounded were taken to Baidoa "
                           "regional hospital.")
    assert [t.place.name for t in kept if t.name == "Baidoa"] == ["Baidoa", "Baidoa"]


def test_a_country_that_is_a_given_name_speaks_as_a_government_among_other_countries(geoparser):
    # "India and China have sent rescue teams, and Israel said": a government among the governments of a world
    # report, not a person called Israel; alone in a local story a given name that speaks is still a person
    text = ("A magnitude 7.8 earthquake struck Nepal on Saturday. India and China have sent rescue teams, and Israel "
            "said it would fly a field hospital to Kathmandu.")
    assert ("Israel", "IL") in names_and_countries(geoparser, text)
    assert names_and_countries(geoparser, "Chad said he would coach the Tigers again next season in Ohio.") == [
        ("Ohio", "US")]
