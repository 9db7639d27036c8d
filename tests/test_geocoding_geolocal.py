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
