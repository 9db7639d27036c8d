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


def test_a_country_after_a_place_name_opener_is_the_tail_of_a_longer_name(geoparser):
    # "Puerto Jordan", a village the gazetteer lacks, is not Jordan; nor "Villa Colombia" Colombia.
    assert names(geoparser, "ELN rebels attacked an army base in Puerto Jordan, in Colombia's Arauca province.") \
        == [("Colombia", "CO"), ("Arauca", "CO")]


def test_a_place_naming_a_militia_needs_the_report_to_back_its_country(geoparser):
    # "Fano militiamen" in Ethiopia are no Italians; "Kivu militias" are still in Congo's Kivu.
    assert names(geoparser, "Fano militiamen clashed with federal troops near Bahir Dar in Ethiopia's Amhara region.") \
        == [("Bahir Dar", "ET"), ("Ethiopia", "ET"), ("Amhara", "ET")]
    assert ("Ituri", "CD") in names(geoparser, "Ituri militiamen attacked Bunia, in northeastern Congo.")


def test_between_in_a_title_case_headline(geoparser):
    text = "Jihadists Attack Convoy Between Gao And Ansongo"
    assert [loc.name for loc in geoparser.locations(text, geoparser.parse(text))] == ["between Gao and Ansongo"]


def test_a_place_in_an_armed_groups_name_needs_the_reports_country(geoparser):
    # The Islamic State's "Sahel Province" is no sign of Burkina Faso's Sahel region in a report about Mali.
    assert names(geoparser, "Fighters of the Islamic State Sahel Province attacked soldiers near Menaka in Mali.") \
        == [("Menaka", "ML"), ("Mali", "ML")]
    assert names(geoparser, "Islamic State West Africa Province fighters killed 20 farmers in Borno, Nigeria.") \
        == [("Borno", "NG"), ("Nigeria", "NG")]
    assert names(geoparser, "Islamic State Khorasan Province claimed a bombing in Kabul, Afghanistan.") \
        == [("Kabul", "AF"), ("Afghanistan", "AF")]


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


def precisions(geoparser, text):
    return [(text[t.start:t.end], t.place.country_code, t.precision) for t in geoparser.parse(text)]
