"""Geocoding: local news from the UK, Ireland, Canada, Australia, India, Nigeria and South Africa."""


def readings(geoparser, text):
    return [(t.name, t.place.country_code if t.place else None) for t in geoparser.parse(text)]


def test_a_canadian_province_short_form_places_the_town_before_it(geoparser):
    # "Kelowna, B.C.", "Peterborough, Ont.": the Canadian Press dateline's province, which holds the town.
    found = readings(geoparser, "PETERBOROUGH, Ont. — City council voted on Tuesday to close a road downtown.")
    assert found == [("PETERBOROUGH", "CA"), ("Ont.", "CA")]
    found = readings(geoparser, "Firefighters in Richmond, B.C., put out a blaze at a warehouse on Friday.")
    assert found == [("Richmond", "CA"), ("B.C.", "CA")]
    # "B.C." with no town's comma before it is an era, no province
    assert readings(geoparser, "The coins date from 200 B.C. and were found near Rome.") == [("Rome", "IT")]


def test_the_last_town_of_a_list_a_locative_word_opens_is_no_person_speaking(geoparser):
    # "police in Oshawa and Sarnia said": the list is of towns, so its last name before "said" is one too.
    found = readings(geoparser, "Police in Woodstock and Sarnia said the driver was wanted in both cities.")
    assert found == [("Woodstock", "CA"), ("Sarnia", "CA")]
    found = readings(geoparser, "Residents of Twickenham, Kew and Barnes wrote to the council about the parking plan.")
    assert [name for name, _ in found] == ["Twickenham", "Kew", "Barnes"]


def test_a_south_asian_colon_dateline_is_the_town(geoparser):
    # "PUNE: ...": the Times of India's and The Hindu's dateline, as "PUNE —" is a wire's.
    found = readings(geoparser, "PUNE: Schools were shut on Thursday after a night of heavy rain.")
    assert found == [("PUNE", "IN")]
    found = readings(geoparser, "KOCHI: The corporation will clear the city's drains before the monsoon, Kerala's "
                                "minister said.")
    assert found[0] == ("KOCHI", "IN")
    # a short acronym before a headline's colon is an organisation's, no dateline
    assert "UN" not in [name for name, _ in readings(geoparser, "UN: Aid to Gaza fell by half in May.")]


def test_the_irish_short_form_of_county_names_the_county(geoparser):
    # "Co Donegal", "Co Clare": Irish papers' "County", with no dot.
    found = [(t.name, t.place.feature_code) for t in geoparser.parse(
        "A man from Letterkenny in Co Donegal was fined in court on Monday.")]
    assert found == [("Letterkenny", "PPL"), ("Co Donegal", "ADM1")]


def test_the_city_of_a_town_is_its_council_not_a_town_named_the_city(geoparser):
    # "The City of Cape Town said": South African and Australian councils are so named; no American "The City".
    found = readings(geoparser, "The City of Cape Town said buses would run from Bellville on Monday.")
    assert "The City" not in [name for name, _ in found]
    assert readings(geoparser, "The Town of Gawler has closed its pool for repairs, Adelaide officials said.")[0] == \
        ("Gawler", "AU")


def test_a_wire_dateline_names_the_town_not_the_state_of_its_name(geoparser):
    first = geoparser.parse("NEW YORK (AP) — A man was shot in the Bronx early Sunday.")[0]
    assert first.name == "NEW YORK" and first.place.feature_class == "P" and first.place.country_code == "US"


def test_a_large_town_s_police_name_the_town_and_a_state_s_the_state(geoparser):
    # a city's own force ("Savannah police": not Ghana's Savannah Region), a province's where no large town bears it
    assert readings(geoparser, "Savannah police said a man was shot on Abercorn Street.") == [("Savannah", "US")]
    found = geoparser.parse("Punjab police said two men were arrested.")
    assert found[0].place.feature_code == "ADM1" and found[0].place.country_code == "PK"
