"""Geocoding: the famous place vs its local namesake (round namesakes): a bare name read as a far city in a report
whose other places all lie in one state is the state's namesake near them, unless the report names the far city's
country or its sentence tells travel abroad."""


def mentions(geoparser, text, surface):
    return [t for t in geoparser.parse(text) if text[t.start:t.end] == surface]


def where(found):
    return [(t.place.country_code, t.place.admin1) for t in found]


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
