"""Geocoding: British police forces named after the area they serve ("South Yorkshire Police", "West Midlands
Police"): the area is England's, and so are the towns the report names beside it."""


def names(geoparser, text):
    return [(t.name, t.place.country_code) for t in geoparser.parse(text)]


def test_a_british_police_force_names_an_english_area(geoparser):
    found = names(geoparser, "A man has died after being stabbed in Sheffield on Saturday, South Yorkshire Police said.")
    assert ("Sheffield", "GB") in found and ("South Yorkshire", "GB") in found
    assert all(cc == "GB" for _, cc in found)
    found = names(geoparser, "A teenager was stabbed in Sunderland on Friday night, Northumbria Police said.")
    assert ("Sunderland", "GB") in found and all(cc == "GB" for _, cc in found)
    assert ("West Midlands", "GB") in names(geoparser, "West Midlands Police said two men were hurt in a shooting.")
