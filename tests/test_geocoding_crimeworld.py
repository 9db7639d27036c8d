"""Geocoding: crime news from outside the US, where a big town's name is also a small first-level area's abroad."""


def places(geoparser, text, surface):
    return [t.place for t in geoparser.parse(text) if text[t.start:t.end] == surface]


def test_a_cars_make_after_its_colour_is_no_place(geoparser):
    # Toyota is a Japanese city, Pontiac a Michigan one: here cars
    text = "Two gunmen got out of a white Toyota Quantum and opened fire on drivers waiting at the rank in Durban."
    assert [t.name for t in geoparser.parse(text)] == ["Durban"]
    text = "The suspects fled in a silver Pontiac sedan, police in Dayton said."
    assert [t.name for t in geoparser.parse(text)] == ["Dayton"]
    # a town named after a colour word that no car's model or noun follows is still the town
    text = "Is this the green Richmond we really wish to see, the council asked."
    assert [t.name for t in geoparser.parse(text)] == ["Richmond"]
