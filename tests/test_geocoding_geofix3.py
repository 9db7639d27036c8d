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
