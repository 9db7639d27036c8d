"""Geocoding: a great city known by the short form of its qualified name ("Frankfurt" for Frankfurt am Main) before
towns that bear the name only in another spelling."""
from geocoding.resolve import haversine_km


def _near(toponym, lat, lon, km=50):
    p = toponym.place
    return p is not None and haversine_km(p.lat, p.lon, lat, lon) < km


def test_a_great_city_s_short_name_beats_a_small_town_s_other_spelling(geoparser):
    # a Florida story: "Frankfurt" is still Germany's city, no Frankfort of the US that lists it as an alternate name
    found = [t for t in geoparser.parse(
        "ORLANDO, Fla. - A Tampa teenager won a bronze medal at the junior championships in Budapest last week, the "
        "first Florida diver to do so. She and her coach changed planes in Frankfurt on Sunday.")
        if t.name == "Frankfurt"]
    assert found and all(_near(t, 50.11, 8.68) for t in found)


def test_scotland_yard_is_london_s_police_not_scotland(geoparser):
    # an institution named not for its place: no mention of Scotland; "Police Scotland" serves Scotland and is one
    names = [t.name for t in geoparser.parse(
        "LONDON - Scotland Yard said a man was arrested in Croydon on Friday. A Scotland Yard spokeswoman declined to "
        "comment.")]
    assert "Scotland" not in names and "Croydon" in names
    names = [t.name for t in geoparser.parse("Police Scotland said a man was arrested in Glasgow on Friday.")]
    assert "Scotland" in names


def test_a_quarter_told_with_its_city_s_possessive_or_as_a_locality_lies_in_the_city(geoparser):
    # "Houston's Montrose neighborhood" (not Montrose, Colo.); "the Santa Fe locality of central Bogota" (not Argentina)
    for text, name, lat, lon in (
            ("HOUSTON (AP) - A man was shot dead outside a bar in Houston's Montrose neighborhood early Saturday.",
             "Montrose", 29.76, -95.36),
            ("BOGOTA (AFP) - Police fired tear gas at vendors in the Santa Fe locality of central Bogota on Monday.",
             "Santa Fe", 4.61, -74.08)):
        # (the spans given, as a corpus's gold: told by its kind word, the quarter is a street-kind mention end to end)
        start = text.index(name)
        found = [t for t in geoparser.resolve(text, [(start, start + len(name))]) if t.name == name]
        assert found and all(_near(t, lat, lon) for t in found), (name, [t.place for t in found])


def test_a_bare_quarter_of_a_great_city_s_story_is_the_city_not_a_far_namesake(geoparser):
    # from London, "in Walworth" is the city's quarter, not the hamlet in County Durham; from Johannesburg, "in
    # Melville" is no suburb of Perth
    for text, name, lat, lon in (
            ("LONDON (Reuters) - A 17-year-old boy was stabbed to death in Walworth late on Monday, the third fatal "
             "knife attack in south London this month.", "Walworth", 51.51, -0.13),
            ("JOHANNESBURG (News24) - A man was killed when gunmen opened fire at a tavern in Melville early on "
             "Sunday, Gauteng police said.", "Melville", -26.2, 28.04)):
        found = [t for t in geoparser.parse(text) if t.name == name]
        assert found and all(_near(t, lat, lon) for t in found), (name, [t.place for t in found])


def test_a_town_of_the_great_city_s_own_state_stays_itself(geoparser):
    # a US city's story that names a town of its state (LGL's local news): no quarter of the city
    found = [t for t in geoparser.parse(
        "HOUSTON (AP) - A man wanted in a killing in Lufkin was arrested at a motel on Tuesday, police said.")
        if t.name == "Lufkin"]
    assert found and all(_near(t, 31.34, -94.73) for t in found)
