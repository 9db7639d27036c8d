"""Geocoding: places in conflict reports (wire datelines, Title Case headlines, group names)."""


def names(geoparser, text):
    return [(text[t.start:t.end], t.place.country_code) for t in geoparser.parse(text)]


def test_a_short_dateline_in_capitals_is_a_place_not_an_acronym(geoparser):
    # A wire dateline opens the story with its town in capitals; a short one is no acronym there.
    assert names(geoparser, "KYIV (Reuters) - A drone hit a power plant overnight, officials said.") \
        == [("KYIV", "UA")]
    assert names(geoparser, "Title\n\nBUNIA, Congo (AP) - Militiamen burned a camp on Monday.") \
        == [("BUNIA", "CD"), ("Congo", "CD")]
    assert names(geoparser, "JOS, Nigeria, May 3 (Reuters) - Gunmen killed farmers.")[0] == ("JOS", "NG")
    # An acronym elsewhere stays one.
    assert names(geoparser, "Fighters of the ADF attacked a village, the UN said.") == []


def test_capitalised_little_words_of_a_title_case_headline_join_no_name(geoparser):
    # "Near", "And", "In" capitalised in a headline are no part of a name before or after them: "Near Beni" is not
    # the end of some longer name, nor "Gao And Ansongo" a person whose last name, Ansongo, is no place elsewhere.
    assert names(geoparser, "Gunmen Kill 12 Near Beni In Eastern Congo") == [("Beni", "CD"), ("Congo", "CD")]
    text = "Jihadists Attack Convoy Between Gao And Ansongo\n\nThe convoy was going from Gao to Ansongo in Mali."
    assert [name for name, _ in names(geoparser, text)] == ["Gao", "Ansongo", "Gao", "Ansongo", "Mali"]


def test_a_country_after_a_place_name_opener_is_the_tail_of_a_longer_name(geoparser):
    # "Puerto Jordan", a village the gazetteer lacks, is not Jordan; nor "Villa Colombia" Colombia.
    assert names(geoparser, "ELN rebels attacked an army base in Puerto Jordan, in Colombia's Arauca province.") \
        == [("Colombia", "CO"), ("Arauca", "CO")]


def test_a_place_naming_a_militia_needs_the_report_to_back_its_country(geoparser):
    # "Fano militiamen" in Ethiopia are no Italians; "Kivu militias" are still in Congo's Kivu.
    assert names(geoparser, "Fano militiamen clashed with federal troops near Bahir Dar in Ethiopia's Amhara region.") \
        == [("Bahir Dar", "ET"), ("Ethiopia", "ET"), ("Amhara", "ET")]
    assert ("Ituri", "CD") in names(geoparser, "Ituri militiamen attacked Bunia, in northeastern Congo.")


def test_a_compass_word_in_a_hyphenated_group_name_is_no_place(geoparser):
    # "SPLM-North" is a movement, not Cameroon's North region.
    assert names(geoparser, "Clashes between the army and SPLM-North fighters near Kadugli killed 11 people.") \
        == [("Kadugli", "SD")]


def test_between_in_a_title_case_headline(geoparser):
    text = "Jihadists Attack Convoy Between Gao And Ansongo"
    assert [loc.name for loc in geoparser.locations(text, geoparser.parse(text))] == ["between Gao and Ansongo"]


def test_a_place_after_a_country_of_several_words_with_its_possessive(geoparser):
    # "Burkina Faso's Soum province" like "Niger's Tillaberi region": the country's own area, not a part of "Faso".
    assert ("Soum", "BF") in names(geoparser, "Militants attacked an army post in Djibo, in Burkina Faso's Soum province.")
    assert ("Yei", "SS") in names(geoparser, "Rebels ambushed a truck near South Sudan's Yei town.")


def test_a_given_name_in_a_country_the_report_does_not_back_is_no_place(geoparser):
    # "Dara district" in Panjshir is no Syrian province, whatever its size; a country stays one ("Jordan").
    text = ("KABUL (AP) - Taliban fighters clashed with resistance gunmen in the Panjshir valley's Dara district, "
            "north of Kabul, on Monday. Three were killed near Charikar, in Parwan province.")
    assert ("Dara", "SY") not in names(geoparser, text)
    assert ("Jordan", "JO") in names(geoparser, text + " Jordan condemned the attack.")


def test_an_area_named_by_an_organisation_word_before_its_area_word_is_the_area(geoparser):
    # "Centre" alone is an organisation's word; "Haiti's Centre department" is Haiti's first-level area.
    assert names(geoparser, "Gang members killed five people in Mirebalais, in Haiti's Centre department.") \
        == [("Mirebalais", "HT"), ("Haiti", "HT"), ("Centre", "HT")]
    assert names(geoparser, "Police in the Centre province of Burkina Faso said the attack killed four.") \
        == [("Centre", "BF"), ("Burkina Faso", "BF")]
    # A compass word names one too: "Ghana's Northern region".
    assert names(geoparser, "Jihadists attacked a convoy in Ghana's Northern region near Tamale.") \
        == [("Ghana", "GH"), ("Northern", "GH"), ("Tamale", "GH")]
    # ... and only where the report backs its country; an organisation's name stays none.
    assert names(geoparser, "Activists at the Carter Centre in Kenya said the vote was calm.") == [("Kenya", "KE")]


def test_a_place_in_an_armed_groups_name_needs_the_reports_country(geoparser):
    # The Islamic State's "Sahel Province" is no sign of Burkina Faso's Sahel region in a report about Mali.
    assert names(geoparser, "Fighters of the Islamic State Sahel Province attacked soldiers near Menaka in Mali.") \
        == [("Menaka", "ML"), ("Mali", "ML")]
    assert names(geoparser, "Islamic State West Africa Province fighters killed 20 farmers in Borno, Nigeria.") \
        == [("Borno", "NG"), ("Nigeria", "NG")]
    assert names(geoparser, "Islamic State Khorasan Province claimed a bombing in Kabul, Afghanistan.") \
        == [("Kabul", "AF"), ("Afghanistan", "AF")]


def test_a_sentence_opening_as_is_no_arabic_article(geoparser):
    # "As Bell fled": the English word, not "As" before a town the gazetteer holds as "Bell".
    assert names(geoparser, "As Bell fled the scene, officers fired at his car in Dayton, Ohio.") \
        == [("Dayton", "US"), ("Ohio", "US")]
    assert names(geoparser, "At Kabul airport, a suicide bomber killed 170 people.") == [("Kabul airport", "AF")]
    # A name the gazetteer holds with its article stays whole.
    assert names(geoparser, "As Suwayda was shelled on Friday, residents fled to Daraa, Syria.") \
        == [("As Suwayda", "SY"), ("Daraa", "SY"), ("Syria", "SY")]


def test_a_town_known_by_the_name_only_as_an_alternate_one_yields_to_its_own_bearer_the_report_backs(geoparser):
    # Engels in Russia was once called Pokrovsk: where the report backs Ukraine as much as Russia and no other name
    # is near Engels, "Pokrovsk" is the Ukrainian town that bears the name.
    text = "Ukrainian troops repelled a Russian assault on positions 10 km east of Pokrovsk on Monday, the army said."
    assert names(geoparser, text) == [("Pokrovsk", "UA")]
    # A report that backs only the alternate name's country keeps it there: Palmyra is Syria's Tadmur.
    text = "Islamic State fighters attacked an army post near Palmyra, in the desert of Syria's Homs province."
    assert ("Palmyra", "SY") in names(geoparser, text)
    # ... and so does another name near it: Krasnoarmeysk here is Pokrovsk, not the Russian town of that name.
    text = "Russia says it took Krasnoarmeysk, the name Moscow uses for Pokrovsk in the Donetsk region."
    assert ("Krasnoarmeysk", "UA") in names(geoparser, text)


def test_an_alternate_name_followed_by_a_place_word_needs_no_backing(geoparser):
    # "Bureij" is only an alternate name of Al Burayj; "camp" after it says it is a place.
    assert names(geoparser, "Israeli shelling hit the Bureij camp overnight.")[-1] == ("Bureij", "PS")


def precisions(geoparser, text):
    return [(text[t.start:t.end], t.place.country_code, t.precision) for t in geoparser.parse(text)]


def test_a_town_of_another_country_is_no_reading_of_a_township_of_a_named_region(geoparser):
    # "Kani township of Sagaing Region" is in Myanmar, whose Kani the gazetteer lacks: not Japan's Kani
    assert names(geoparser, "Soldiers torched homes in Kani township of Sagaing Region, residents said.") \
        == [("Sagaing Region", "MM")]


def test_a_town_that_is_also_a_word_after_a_direction_and_of_is_a_place(geoparser):
    # "west of X", "the town of X" frame X as a place as "near X" does, though X is a word too
    assert names(geoparser, "Militiamen ambushed a patrol in the desert west of Samarra on Thursday.") == [("Samarra", "IQ")]
    assert names(geoparser, "Three fighters died in the town of Samarra.") == [("Samarra", "IQ")]
