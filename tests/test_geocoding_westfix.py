"""West Asia spellings: a region named for two written with a hyphen, and the Kurdistan Region's 'Sulaimani'."""


def places(geoparser, text):
    return [(t.name, t.place.name, t.place.country_code) for t in geoparser.parse(text)]


def test_a_region_named_for_two_is_found_written_with_a_hyphen(geoparser):
    found = places(geoparser, "Gunmen attacked a base in Rask, in Sistan-Baluchestan province, on Thursday night.")
    assert ("Sistan-Baluchestan", "Sīstān va Balūchestān", "IR") in found
    assert ("Rask", "Rāsak", "IR") in found      # (the province's country decides the town: not Rusk, Texas)


def test_sulaimani_is_sulaymaniyah(geoparser):
    assert places(geoparser, "Teachers protested in Sulaimani on Wednesday.") == [("Sulaimani", "Sulaymaniyah", "IQ")]
