"""Geocoding: conflict copy from Europe, the Caucasus and Turkey."""


def test_kosovo_is_the_country_not_kosovo_polje(geoparser):
    # "Kosovo" is also an alternate name of the town Kosovo Polje: the bare name is the country.
    found = geoparser.parse("Masked gunmen ambushed a patrol in northern Kosovo on Sunday, Kosovo police said.")
    assert [(t.place.name, t.place.feature_code) for t in found] == [("Kosovo", "PCLI")] * 2


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
