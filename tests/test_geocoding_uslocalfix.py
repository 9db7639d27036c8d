"""Geocoding: US local news, round uslocalfix: a dateline town that shares a person's last name, a person named like
a town, a common word opening the story after the dateline, Washington standing for the federal government, and a
far town placed by ", in <country>"."""


def mentions(geoparser, text, surface):
    return [t for t in geoparser.parse(text) if text[t.start:t.end] == surface]


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
