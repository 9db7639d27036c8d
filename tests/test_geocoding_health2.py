"""Geocoding: international health news (towns that name a disease, regions named like a people, wire datelines)."""


def names(geoparser, text):
    return [t.name for t in geoparser.parse(text)]


def _place(geoparser, text, surface):
    return next((t.place for t in geoparser.parse(text) if text[t.start:t.end] == surface), None)


def test_a_name_in_a_datelines_agency_slot_is_the_wire(geoparser):
    # "Guangzhou, China (Xinhua) --": the agency, not a Chinese village bearing its name.
    assert names(geoparser, "Guangzhou, China (Xinhua) -- Foshan reported 2,400 chikungunya cases on Sunday.") \
        == ["Guangzhou", "China", "Foshan"]


def test_a_countrys_own_landscape_named_in_a_disease_is_the_landscape(geoparser):
    # "Rift Valley fever" is the pathogen's, but "Kenya's Rift Valley" standing alone is the valley.
    text = "The disease, first identified in Kenya's Rift Valley in the 1930s, is Rift Valley fever."
    assert names(geoparser, text) == ["Kenya", "Rift Valley"]
    # (the place's disease stays the disease: "Connecticut's Lyme cases")
    assert names(geoparser, "Lyme disease is common there. Connecticut's Lyme cases rose.") == ["Connecticut"]
