"""Geocoding: places in conflict reports (wire datelines, Title Case headlines, group names)."""


def names(geoparser, text):
    return [(text[t.start:t.end], t.place.country_code) for t in geoparser.parse(text)]


def test_between_in_a_title_case_headline(geoparser):
    text = "Jihadists Attack Convoy Between Gao And Ansongo"
    assert [loc.name for loc in geoparser.locations(text, geoparser.parse(text))] == ["between Gao and Ansongo"]


def precisions(geoparser, text):
    return [(text[t.start:t.end], t.place.country_code, t.precision) for t in geoparser.parse(text)]
