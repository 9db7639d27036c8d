"""Geocoding: US local news (county papers): towns named like famous places, and the far namesakes a report tells
apart from them."""


def places(geoparser, text, surface):
    return [t.place for t in geoparser.parse(text) if text[t.start:t.end] == surface]


def names(geoparser, text):
    return [text[t.start:t.end] for t in geoparser.parse(text)]


def test_a_persons_surname_is_still_the_town_where_its_council_or_downtown_follows_or_precedes(geoparser):
    text = ("CLINTON, Iowa — The Clinton City Council approved a bridge repair Tuesday. A council member noted the "
            "bridge was dedicated by a governor, not by President Clinton.")
    assert names(geoparser, text).count("Clinton") == 1
    text = ("FRANKLIN, Tenn. — Williamson County Schools will open a school south of downtown Franklin. The school "
            "is named for Benjamin Franklin, not for the city.")
    assert names(geoparser, text).count("Franklin") == 1


def test_a_soldiers_post_is_the_post_not_a_town_named_like_its_tail(geoparser):
    text = ("PARIS, Ky. — Spc. Travis Whitaker, who is assigned to the 101st Airborne Division at Fort Campbell, was "
            "wounded in Afghanistan. His brother trained at Fort Benning.")
    campbell = places(geoparser, text, "Fort Campbell")
    assert campbell and abs(campbell[0].lat - 36.66) < 0.2 and abs(campbell[0].lon + 87.47) < 0.2
    benning = places(geoparser, text, "Fort Benning")
    assert benning and abs(benning[0].lat - 32.36) < 0.2
