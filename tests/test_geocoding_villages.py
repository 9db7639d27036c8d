"""A village named with the district, LGA, territory or raion it lies in: where the report puts it."""


def precisions(geoparser, text):
    return [(text[t.start:t.end], t.place.country_code, t.precision) for t in geoparser.parse(text)]


def test_the_area_after_a_village_of_is_the_area_not_a_village(geoparser):
    # "X village of Y district": "village of" names X; Y, with "district" after it, is the area (UCDP 3)
    text = "Militants attacked a checkpost in Mamash Khel village of Bannu district on Monday night."
    assert precisions(geoparser, text)[-1] == ("Bannu", "PK", 3)
    # ... while "the town of Kandahar" is still the town
    assert precisions(geoparser, "Gunmen shot a shopkeeper in the town of Kandahar on Monday.")[-1] == ("Kandahar", "AF", 1)


def test_the_area_named_after_a_district_s_word_qualifies_it(geoparser):
    # "Mambasa territory, Ituri": Ituri (Congo) qualifies Mambasa, so no Kenyan Mombasa by a loose spelling
    text = "Rebels killed four people in Bandulu, a village in Mambasa territory, Ituri, on Friday."
    assert [name for name, _, _ in precisions(geoparser, text)] == ["Ituri"]
    # ... and a township's region rules out a namesake abroad ("Kani" in Japan)
    text = "Resistance fighters ambushed a junta column in Kani township, Sagaing Region, on Friday."
    assert [cc for _, cc, _ in precisions(geoparser, text)] == ["MM"]


def test_a_village_lies_where_the_area_it_is_said_to_be_in_may_be(geoparser):
    # "Lala, a village in ... Djugu territory": Djugu is only Congo's, so no Indian Lala
    text = "Militiamen attacked a displacement site at Lala, a village in the Bahema Nord chiefdom of Djugu territory."
    assert [(name, cc) for name, cc, _ in precisions(geoparser, text) if name != "Nord"] == [("Djugu", "CD")]


def test_a_first_level_area_after_a_district_s_word_qualifies_it(geoparser):
    # Nigeria has a Bassa LGA in Kogi and one in Plateau: "of Plateau State" says which
    text = "Gunmen killed 12 people in Zike, a community in Bassa local government area of Plateau State, on Monday."
    [bassa] = [t for t in geoparser.parse(text) if t.name == "Bassa"]
    assert (bassa.place.country_code, bassa.place.admin1, bassa.precision) == ("NG", "49", 3)


def test_the_name_of_who_governs_an_oblast_is_the_oblast(geoparser):
    # "the Sumy regional military administration", "Dnipropetrovsk governor ...": the oblast they govern, not
    # its capital town (which would outrank the raion the act is told in)
    text = ("Russian drones struck the Okhtyrka raion on Monday, killing two civilians, the Sumy regional military "
            "administration said.")
    assert precisions(geoparser, text) == [("Okhtyrka", "UA", 3), ("Sumy", "UA", 4)]
    text = "Russian artillery shelled the Marhanets hromada on Sunday, Dnipropetrovsk governor Serhiy Lysak said."
    assert precisions(geoparser, text)[-1] == ("Dnipropetrovsk", "UA", 4)


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


def test_two_towns_read_in_one_unknown_name_are_neither(geoparser):
    # "Caño Indio" is one village: no Kano (Nigeria) beside an Indio (California) in a report about Colombia
    text = "ELN guerrillas killed three people in the vereda of Caño Indio, in Tibú, Norte de Santander, on Friday."
    assert [cc for _, cc, _ in precisions(geoparser, text)] == ["CO", "CO"]
