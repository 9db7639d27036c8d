"""A village named with the district, LGA, territory or raion it lies in: where the report puts it."""


def precisions(geoparser, text):
    return [(text[t.start:t.end], t.place.country_code, t.precision) for t in geoparser.parse(text)]


def test_the_area_named_after_a_district_s_word_qualifies_it(geoparser):
    # "Mambasa territory, Ituri": Ituri (Congo) qualifies Mambasa, so no Kenyan Mombasa by a loose spelling
    text = "Rebels killed four people in Bandulu, a village in Mambasa territory, Ituri, on Friday."
    assert [name for name, _, _ in precisions(geoparser, text)] == ["Ituri"]
    # ... and a township's region rules out a namesake abroad ("Kani" in Japan)
    text = "Resistance fighters ambushed a junta column in Kani township, Sagaing Region, on Friday."
    assert [cc for _, cc, _ in precisions(geoparser, text)] == ["MM"]


def test_a_first_level_area_after_a_district_s_word_qualifies_it(geoparser):
    # Nigeria has a Bassa LGA in Kogi and one in Plateau: "of Plateau State" says which
    text = "Gunmen killed 12 people in Zike, a community in Bassa local government area of Plateau State, on Monday."
    [bassa] = [t for t in geoparser.parse(text) if t.name == "Bassa"]
    assert (bassa.place.country_code, bassa.place.admin1, bassa.precision) == ("NG", "49", 3)


def test_two_towns_read_in_one_unknown_name_are_neither(geoparser):
    # "Caño Indio" is one village: no Kano (Nigeria) beside an Indio (California) in a report about Colombia
    text = "ELN guerrillas killed three people in the vereda of Caño Indio, in Tibú, Norte de Santander, on Friday."
    assert [cc for _, cc, _ in precisions(geoparser, text)] == ["CO", "CO"]
