"""Geocoding: a quarter of a great city that the gazetteer lacks, named in a report from that city, is not a namesake
village of the city's own country far away."""
import re
from geocoding.spatial import haversine_km
from tests.geocoding_helpers import not_placed_near


def test_a_paris_quarter_is_no_village_of_the_same_name_far_off(geoparser):
    # not Belleville-sur-Saone (6,300 people, 355 km off): a village of the city's own country is no scene of its own
    found = [t for t in geoparser.parse(
        "PARIS (AFP) - Two men were wounded in a knife fight in Belleville late on Friday, police said. The Paris "
        "prosecutor opened an inquiry.") if t.name == "Belleville"]
    assert found and all(haversine_km(t.place.lat, t.place.lon, 48.857, 2.352) < 20 for t in found)


def test_a_town_of_the_city_s_own_country_is_still_that_town(geoparser):
    # a town of the country of over a village's size keeps its own reading (Lufkin, Texas, from Houston)
    found = [t for t in geoparser.parse(
        "HOUSTON (AP) - A man wanted in a killing in Lufkin was arrested in Houston on Friday, police said.")
        if t.name == "Lufkin"]
    assert found and all(haversine_km(t.place.lat, t.place.lon, 31.34, -94.73) < 20 for t in found)


def test_a_quarter_is_the_city_s_beside_a_town_of_its_country_the_report_names(geoparser):
    # "raids in Eastleigh" from Nairobi: the city's quarter (not Eastleigh, Hampshire, nor Orkney, South Africa, whose
    # other name it was), though the report tells of an attack in Garissa, which stays Garissa
    text = ("NAIROBI (AFP) - Police raided dozens of shops in Eastleigh on Monday, days after gunmen killed four "
            "teachers in Garissa. Officials said the raids would continue.")
    found = {t.name: t.place for t in geoparser.parse(text)}
    assert haversine_km(found["Eastleigh"].lat, found["Eastleigh"].lon, -1.28, 36.82) < 20
    assert found["Garissa"].country_code == "KE" and haversine_km(found["Garissa"].lat, found["Garissa"].lon, -0.45, 39.65) < 20


def test_a_landmark_its_name_says_is_one_lies_in_the_city_told_with_it(geoparser):
    # Durban's Kings Park stadium, not Kings Park, New York; a state told after it is no city ("... National Park in
    # Colorado" keeps its reading)
    found = {t.name: t.place for t in geoparser.parse(
        "DURBAN - Police said a rugby supporter was robbed near Kings Park in Durban on Saturday.") if t.place}
    assert haversine_km(found["Kings Park"].lat, found["Kings Park"].lon, -29.86, 31.03) < 30


def test_the_first_name_of_a_list_a_landmark_ends_lies_in_the_city_told_in_central_or_downtown(geoparser):
    # "in central London" tells the city as "in London" does, and reaches the first name of the list the square ends:
    # not Piccadilly, Western Australia, nor London, Ohio, beside Whitehall, Ohio
    text = ("Thousands marched through Piccadilly and Trafalgar Square in central London on Saturday, police said. "
            "Officers made 14 arrests near Whitehall.")
    found = {t.name: t.place for t in geoparser.parse(text) if t.place}
    assert all(haversine_km(found[n].lat, found[n].lon, 51.51, -0.13) < 20 for n in ("Piccadilly", "London"))


def test_a_village_told_near_a_border_in_a_capital_s_report_is_of_the_country_not_a_quarter(geoparser):
    # a capital's wire copy tells the whole country's news: "in Lere, near the Mauritanian border" from Bamako is a
    # village of Mali far from the city (the gazetteer has Lere only in Nigeria), mapped at the country
    text = ("BAMAKO (Reuters) - Gunmen attacked an army post in Lere, near the Mauritanian border, on Tuesday, Mali's "
            "army said.")
    for demonyms in (False, True):
        lere = [t for t in geoparser.parse(text, demonyms=demonyms) if t.name == "Lere"]
        assert [(t.place.country_code, t.place.feature_code) for t in lere] == [("ML", "PCLI")]
    # ... told bare, it is still read as one of the city's quarters
    lere = [t for t in geoparser.parse("BAMAKO (Reuters) - Gunmen attacked an army post in Lere on Tuesday, Mali's "
                                       "army said.") if t.name == "Lere"]
    assert [t.place.name for t in lere] == ["Bamako"]


def test_a_quarter_told_after_its_city_s_neighbourhood_word_lies_in_the_city(geoparser):
    # "the Port-au-Prince neighbourhood of Bel Air": the quarter of the city named first, not the Seychelles' Bel Air
    found = {t.name: t.place for t in geoparser.parse(
        "Drones struck a house in the Port-au-Prince neighbourhood of Bel Air on Sunday.")}
    assert found["Bel Air"].country_code == "HT" and haversine_km(
        found["Bel Air"].lat, found["Bel Air"].lon, 18.54, -72.34) < 20
    # ... while "the Exarchia neighbourhood of Athens" names the city after "of"
    assert [(t.name, t.place.country_code) for t in geoparser.parse(
        "Police raided a bar in the Exarchia neighbourhood of Athens on Sunday.") if t.place] == [("Athens", "GR")]
    # ... and a city after "of" is no quarter of the name before it, whatever larger town abroad bears that name
    assert ("Tegucigalpa", "HN") in [(t.name, t.place.country_code) for t in geoparser.parse(
        "A bus driver was shot dead in the Kennedy neighbourhood of Tegucigalpa, the capital of Honduras.") if t.place]


def test_a_quarter_or_market_the_gazetteer_lacks_told_with_its_town_lies_at_that_town(geoparser):
    # the town as the part's owner ("Kabul's Shar-e Naw district", "Dhaka's old Chawkbazar area") or after "of" ("the
    # Abu Salim district of Tripoli"): at the town's point, end to end and as a given span; "Kabul's security forces" is
    # no place
    text = ("KABUL (AFP) - A bomb exploded in Kabul's Shar-e Naw district on Wednesday, and Kabul's security forces "
            "sealed off the area. Gunmen also clashed in the Abu Salim district of Tripoli, and a fire gutted a "
            "warehouse in Dhaka's old Chawkbazar area.")
    towns = {"Shar-e Naw": (34.53, 69.17), "Abu Salim": (32.89, 13.19), "Chawkbazar": (23.71, 90.41)}
    parsed = {t.name: t for t in geoparser.parse(text, streets=True)}
    assert not {"security", "security forces"} & set(parsed)
    spans = [(text.index(n), text.index(n) + len(n)) for n in (*towns, "KABUL", "Kabul", "Tripoli", "Dhaka")]
    given = {t.name: t for t in geoparser.resolve(text, sorted(spans))}
    for name, (lat, lon) in towns.items():
        for t in (parsed[name], given[name]):
            assert t.place is not None and haversine_km(t.place.lat, t.place.lon, lat, lon) < 20


def test_a_community_of_a_town_and_a_quarter_holding_a_gazetteer_name_lie_at_their_town(geoparser):
    # "the X community of (West) Town" is the town's part; a gazetteer name inside a quarter's name ("Khana" in "Khair
    # Khana") or a community's whole name ("Linden") is no namesake abroad; a faith's community is no place
    cases = [("KINGSTON (AP) - Gunmen killed two men in the Tivoli Gardens community of West Kingston on Monday.",
              "Tivoli Gardens", ("KINGSTON", "West Kingston"), (18.0, -76.79)),
             ("COLUMBUS, Ohio - A man was shot Sunday in the Linden community of Columbus, police said.",
              "Linden", ("COLUMBUS", "Ohio", "Columbus"), (39.96, -83.0)),
             ("KABUL (Reuters) - A bomb hit Kabul's Khair Khana area on Tuesday. Leaders of the Jewish community of "
              "Rome condemned the attack.", "Khair Khana", ("KABUL", "Kabul", "Rome"), (34.53, 69.17))]
    for text, part, towns, (lat, lon) in cases:
        parsed = {t.name: t for t in geoparser.parse(text, streets=True)}
        assert "Khana" not in parsed and "Jewish" not in parsed
        spans = sorted((text.index(n), text.index(n) + len(n)) for n in (part, *towns))
        given = {t.name: t for t in geoparser.resolve(text, spans)}
        for t in (parsed[part], given[part]):
            assert t.place is not None and haversine_km(t.place.lat, t.place.lon, lat, lon) < 20, (part, t.place)


def test_a_district_told_after_officials_in_a_city_said_lies_in_that_city(geoparser):
    # "officials in the northern city of Piura said the Castilla district ...": Piura's district, which the gazetteer
    # lacks (its point), not Arequipa's Provincia de Castilla 1,500 km off; end to end and as a given span
    text = ("LIMA (Reuters) - Health officials in the northern city of Piura said the Castilla district had recorded "
            "214 new dengue cases.")
    spans = sorted((text.index(n), text.index(n) + len(n)) for n in ("LIMA", "Piura", "Castilla"))
    for found in (geoparser.parse(text), geoparser.resolve(text, spans)):
        castilla = next(t.place for t in found if t.name == "Castilla")
        assert castilla is not None and haversine_km(castilla.lat, castilla.lon, -5.18, -80.66) < 30


def test_a_later_bare_name_in_a_wire_from_a_great_city_is_its_quarter_not_a_small_namesake_abroad(geoparser):
    # "LONDON (Reuters) - ... arrested near Whitehall ... gathered again in Whitehall": London's Whitehall (its point),
    # not Whitehall, Ohio, though the US has a small London too (a wire's dateline is the great city)
    text = ("LONDON (Reuters) - Thousands marched through central London on Saturday. Police said nine people were "
            "arrested near Whitehall. Later, a smaller crowd gathered again in Whitehall.")
    spans = sorted({(m.start(), m.end()) for n in ("LONDON", "London", "Whitehall")
                    for m in re.finditer(n, text)})
    for t in geoparser.resolve(text, spans):
        assert t.place is not None and t.place.country_code == "GB", (t.name, t.place)


def test_a_cape_town_township_and_nigeria_s_capital_territory_by_its_name_alone(geoparser):
    # Nyanga (Cape Town) is no Gabonese province in a Cape Town report; "the Federal Capital Territory" is Nigeria's
    # (the admin-area sources name it "Abuja Federal Capital Territory"), not "Federal Capital" Washington
    found = {t.name: t.place for t in geoparser.parse(
        "Extortion gangs have targeted spaza shops in Khayelitsha and Nyanga on the Cape Flats, police said. In Nigeria, "
        "police in the Federal Capital Territory rescued seven residents of Kuje.") if t.place}
    assert haversine_km(found["Nyanga"].lat, found["Nyanga"].lon, -33.99, 18.58) < 10
    assert found["Cape Flats"].country_code == "ZA"
    assert found["Federal Capital Territory"].country_code == "NG"


def test_south_asian_metro_quarters_news_names_are_found_in_their_city(geoparser):
    # cities500 lacks them: they count no population of their own there
    found = [t for t in geoparser.parse(
        "KARACHI: A gang war suspect was killed in an exchange of fire in Lyari on Tuesday, and traders in Korangi "
        "and Orangi Town were extorted, police said. In Delhi, protesters marched towards Shaheen Bagh.")
        if t.place is not None]
    where = {t.name: (t.place.lat, t.place.lon) for t in found}
    for name, city in (("Lyari", (24.86, 67.01)), ("Korangi", (24.86, 67.01)), ("Orangi Town", (24.86, 67.01)),
                       ("Shaheen Bagh", (28.61, 77.21))):
        assert name in where and haversine_km(*where[name], *city) < 30, name


def test_a_named_quarter_after_its_city_s_possessive_is_that_quarter(geoparser):
    # "Port-au-Prince's Cité Soleil", "Nairobi's Kibera": a quarter the gazetteer knows that lies in the city named
    # before it is kept as itself (unlike a generic part of a town: "Mosul's Old City")
    assert not_placed_near(geoparser, "Gangs burned homes in Port-au-Prince's Cité Soleil overnight, residents said.",
                           [("Cité Soleil", 18.58, -72.33)], km=10) == []
    assert not_placed_near(geoparser, "Three men were shot dead on Saturday in Nairobi's Kibera, police said.",
                           [("Kibera", -1.313, 36.788)], km=10) == []


def test_a_district_of_a_country_s_province_is_no_quarter_of_a_town_of_the_country_s_name(geoparser):
    # ("the Mocimboa da Praia district of Mozambique's Cabo Delgado province": the district, not a quarter of the town
    # of Mozambique on its island 600 km south)
    text = ("Insurgents killed 11 people in the village of Naquitengue in the Mocimboa da Praia district of "
            "Mozambique's Cabo Delgado province on Friday.")
    found = {t.name: t.place for t in geoparser.parse(text) if t.place}
    assert found["Mocimboa da Praia"].name == "Mocímboa da Praia" and found["Mocimboa da Praia"].admin1 == "01"


def test_a_quarter_named_with_a_particle_is_not_read_by_the_town_after_it(geoparser):
    # "the Complexo da Maré": the whole is a quarter of Rio the gazetteer lacks, not Magé (whose other name is "Mare"),
    # nor a name of its own after "da"; a country or a province after a particle stays itself ("Tour de France")
    text = ("RIO DE JANEIRO (Reuters) - Police killed four suspected traffickers on Tuesday in a raid on the Complexo "
            "da Maré, a cluster of favelas in the north of the city. Cyclists of the Tour de France rode on.")
    found = {text[t.start:t.end]: t.place for t in geoparser.parse(text)}
    assert "Maré" not in found and all(p is None or p.name != "Magé" for p in found.values())
    assert found["France"].country_code == "FR"


def test_a_favela_or_a_quarter_of_a_city_with_a_particle_in_its_name_is_in_that_city(geoparser):
    # "the X favela in Sao Paulo", "the X neighbourhood of Rio de Janeiro": the city's part, not the town of its name
    # 500 km off in another state (Minas Gerais' Paraisopolis, Pernambuco's Salgueiro); the word says it is a part
    cases = [("Police raided the Paraisopolis favela in Sao Paulo on Friday, officials said.", "Paraisopolis",
              (-23.55, -46.64)),
             ("Two men were shot dead in the Salgueiro neighbourhood of Rio de Janeiro on Monday.", "Salgueiro",
              (-22.91, -43.18))]
    for text, part, (lat, lon) in cases:
        found = {t.name: t.place for t in geoparser.parse(text) if t.place}
        assert haversine_km(found[part].lat, found[part].lon, lat, lon) < 20, (part, found[part])


def test_a_favela_told_in_a_report_from_its_city_is_that_city_s_part_whatever_the_size_of_a_namesake(geoparser):
    # "SAO PAULO - ... the X favela": the report's city, not a town of 20,000 of that name in another state of the
    # same country (a part word says more than the town's size)
    found = {t.name: t.place for t in geoparser.parse(
        "SAO PAULO (Reuters) - Police killed three men in a raid on the Paraisopolis favela on Friday.") if t.place}
    assert haversine_km(found["Paraisopolis"].lat, found["Paraisopolis"].lon, -23.55, -46.64) < 20


def test_a_quarter_read_at_its_city_s_point_is_near_it_not_at_it(geoparser):
    # the favela or quarter the gazetteer lacks is placed at its city's point with UCDP's precision 2 (within about
    # 25 km of a known point), not 1 as if it were the city itself
    for text, part in (("SAO PAULO (Reuters) - Police raided the Paraisopolis favela on Friday.", "Paraisopolis"),
                       ("LONDON (Reuters) - A boy was stabbed in Walworth on Friday, police said. London police made "
                        "two arrests.", "Walworth")):
        [t] = [t for t in geoparser.parse(text) if t.name == part]
        assert t.place.feature_class == "P" and t.precision == 2, (part, t.place, t.precision)


def test_a_favela_of_a_great_city_s_report_is_the_city_s_however_near_a_namesake_town_lies(geoparser):
    # ("the Mare favela complex" from RIO DE JANEIRO: Rio's quarter, not Magé, a town some 50 km away)
    found = geoparser.parse("RIO DE JANEIRO (Reuters) - Police exchanged fire with drug traffickers in the Mare favela "
                            "complex on Tuesday, police said.")
    mare = next(t for t in found if t.name == "Mare")
    assert (mare.place.name, mare.precision) == ("Rio de Janeiro", 2)
