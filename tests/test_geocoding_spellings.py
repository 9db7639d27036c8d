"""Geocoding: places the gazetteer holds under another spelling (transliterations of Arabic, Ukrainian, Somali names)."""
from geocoding.normalize import spelling_key


def places(geoparser, text):
    return [(text[t.start:t.end], t.place.country_code) for t in geoparser.parse(text)]


def test_an_alternate_name_stands_where_no_name_of_the_report_is_firmly_placed(geoparser):
    # "Lisichansk", "Ugledar" and "Deraa" are only alternate names of Lysychansk, Vuhledar and Dar'a: with no country
    # in the sentence they used to need one.
    assert places(geoparser, "Artillery fire hit a school in Lisichansk on Tuesday.") == [("Lisichansk", "UA")]
    assert places(geoparser, "A drone struck a fuel depot outside Ugledar.") == [("Ugledar", "UA")]
    assert places(geoparser, "Deraa was quiet on Friday after a week of protests.") == [("Deraa", "SY")]
    # ... and a demonym of another country (the actor's) says nothing against it
    assert places(geoparser, "The assault on Avdeyevka continued, Russian officials said.") == [("Avdeyevka", "UA")]


def test_a_name_without_its_article_stands_alone_but_not_a_squashed_phrase(geoparser):
    # "Hodeidah" is Al Hudaydah's "El-Hodeidah" without its article
    assert places(geoparser, "Houthi forces fired a missile from Hodeidah at a passing ship.") == [("Hodeidah", "YE")]
    # "Then I" squashed is India's Theni: no reading without a country to back it
    assert places(geoparser, "Then I realized the house was empty.") == []


def test_a_firmly_placed_name_of_another_country_still_decides(geoparser):
    # Myawadi (Myawaddy) is an alternate name only: beside Thailand, firmly placed, it needs Myanmar named
    assert places(geoparser, "Refugees crossed into Thailand from Myawadi after the clashes.") == [("Thailand", "TH")]


def test_a_country_named_as_an_actor_does_not_decide(geoparser):
    # "US strikes", "US Central Command said": the country is named for its forces abroad, not as where things are
    assert places(geoparser, "US jets hit a depot near Hodeidah port, US Central Command said.") == [
        ("US", "US"), ("Hodeidah", "YE"), ("US", "US")]
    assert places(geoparser, "Lebanon said strikes hit the outskirts of Hodeidah.") == [("Lebanon", "LB"), ("Hodeidah", "YE")]
