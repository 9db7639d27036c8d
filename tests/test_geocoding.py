"""Geocoding: the seed reports and the hard cases of the design brief."""
from functools import cache

import pytest

from geocoding import Gazetteer, Geoparser, Location, Place, normalize
from geocoding.batch import document_text
from geocoding.resolve import haversine_km
from tests.conftest import read_seed_reports

MIDDLE_EAST_BBOX = (29.0, 25.0, 40.0, 50.0)      # lat_min, lon_min, lat_max, lon_max


@cache
def seed_texts() -> dict[str, str]:
    """The seed reports' texts by id, read once per test session (callers must not mutate it)."""
    return {r["id"]: document_text(r) for r in read_seed_reports()}


def by_name(toponyms):
    out = {}
    for t in toponyms:
        out.setdefault(t.name, t)
    return out


def country_of(geoparser, text, name):
    """The country the toponym of that name in text resolves to."""
    return by_name(geoparser.parse(text))[name].place.country_code


def test_gazetteer_normalises_transliterations():
    g = Gazetteer.default()
    for name in ("Jarābulus", "Jarabulus", "Deir ez-Zor", "Dayr az Zawr", "Deir Ezzor", "Ar Raqqah", "Raqqa"):
        assert any(p.country_code == "SY" for p in g.candidates(name)), name


def test_arabic_names_spelt_with_other_vowels_match_by_their_consonants(geoparser):
    g = Gazetteer.default()
    for spelling, gazetteer_name in (("Ras al-Ain", "Ra’s al ‘Ayn"), ("Deir Hafer", "Dayr Ḩāfir"),
                                     ("Tell Abyad", "Tall Abyaḑ"), ("Abu Kemal", "Ālbū Kamāl")):
        assert any(p.name == gazetteer_name for p in g.candidates(spelling)), spelling
    found = [(t.name, t.place.country_code) for t in geoparser.parse("The SDF took Tell Rifaat and Deir Hafer.")]
    assert found == [("Tell Rifaat", "SY"), ("Deir Hafer", "SY")]
    assert normalize.arabic_spelling_key("d a") is None and normalize.arabic_spelling_key("new york") is None


def test_seed_places_resolve_to_the_middle_east(geoparser):
    texts = seed_texts()
    for doc_id, text in texts.items():
        for t in geoparser.parse(text):
            p = t.place
            if p.feature_code in ("PCLI", "CONT", "RGN") or t.name == "Geneva":
                continue
            assert MIDDLE_EAST_BBOX[0] <= p.lat <= MIDDLE_EAST_BBOX[2], (doc_id, t.name, p)
            assert MIDDLE_EAST_BBOX[1] <= p.lon <= MIDDLE_EAST_BBOX[3], (doc_id, t.name, p)


@pytest.mark.parametrize("doc_id,name,country", [
    ("seed-01", "Palmyra", "SY"), ("seed-01", "Raqqa", "SY"), ("seed-05", "Mosul", "IQ"),
    ("seed-08", "Homs", "SY"), ("seed-09", "Geneva", "CH"), ("seed-06", "Jarabulus", "SY"),
    ("seed-06", "Idlib", "SY"), ("seed-05", "Deir ez-Zor", "SY"), ("seed-02", "Iraq", "IQ"),
])
def test_seed_toponyms(geoparser, doc_id, name, country):
    found = by_name(geoparser.parse(seed_texts()[doc_id]))
    assert name in found, (name, list(found))
    assert found[name].place.country_code == country


def test_eight_km_south_of_raqqa(geoparser):
    text = seed_texts()["seed-03"]
    toponyms = geoparser.parse(text)
    locs = geoparser.locations(text, toponyms)
    south = [loc for loc in locs if "south of" in loc.phrase]
    assert len(south) == 1
    loc = south[0]
    assert loc.phrase == "eight kilometers south of the city of Raqqa"
    assert loc.name == "8 km S of Raqqa"
    assert text[loc.start:loc.end] == loc.phrase
    assert loc.precision == 2
    raqqa = loc.anchor.place
    assert raqqa.country_code == "SY" and raqqa.feature_class == "P"
    assert abs(haversine_km(loc.lat, loc.lon, raqqa.lat, raqqa.lon) - 8.0) < 0.1
    assert loc.lat < raqqa.lat and abs(loc.lon - raqqa.lon) < 1e-6
    # Ratla and Qasara are not in the gazetteer: no place and no midpoint may be invented for them.
    assert not any(loc.phrase.startswith("between") for loc in locs)
    assert not any(t.name in ("Ratla", "Qasara") and t.place is not None for t in toponyms)


@pytest.mark.parametrize("text, phrase, name", [
    ("Shelling NEAR Homs, Syria.", "NEAR Homs", "near Homs"),
    ("Clashes just outside of Aleppo, Syria.", "just outside of Aleppo", "near Aleppo"),
    ("A raid close to the town of Mosul, Iraq.", "close to the town of Mosul", "near Mosul"),
    ("Shelling on the Outskirts of Idlib, Syria.", "on the Outskirts of Idlib", "near Idlib"),
    ("Blasts in the Karrada district of Baghdad, Iraq.", "the Karrada district of Baghdad", "Karrada district of Baghdad"),
    ("A strike 20 Miles North Of Mosul, Iraq.", "20 Miles North Of Mosul", "20 mi N of Mosul"),
    ("A convoy 8 km south-east of the city of Raqqa, Syria.", "8 km south-east of the city of Raqqa", "8 km SE of Raqqa"),
    ("Fighting BETWEEN Homs and Hama in Syria.", "BETWEEN Homs and Hama", "between Homs and Hama"),
    ("Fighting between the villages of Homs and Hama in Syria.", "between the villages of Homs and Hama",
     "between Homs and Hama"),
])
def test_spatial_phrases_in_any_case(geoparser, text, phrase, name):
    # spatial.py tests the word before a toponym cheaply before its slow searches: every form still counts.
    locs = geoparser.locations(text, geoparser.parse(text))
    assert [(loc.phrase, loc.name) for loc in locs] == [(phrase, name)]


@pytest.mark.parametrize("text, phrase, name, km", [
    ("A merchant ship was struck by a missile 60 nautical miles southeast of Aden, Yemen, on Tuesday.",
     "60 nautical miles southeast of Aden", "60 nm SE of Aden", 111.12),
    ("Pirates boarded a tanker 150 Nautical Miles south of Lome, Togo.", "150 Nautical Miles south of Lome",
     "150 nm S of Lome", 277.8),
    ("A bulk carrier was hit 45 nm west of Mokha in Yemen.", "45 nm west of Mokha", "45 nm W of Mokha", 83.34),
])
def test_offsets_at_sea_in_nautical_miles(geoparser, text, phrase, name, km):
    locs = geoparser.locations(text, geoparser.parse(text))
    assert [(loc.phrase, loc.name, loc.precision) for loc in locs] == [(phrase, name, 2)]
    anchor = locs[0].anchor.place
    assert abs(haversine_km(locs[0].lat, locs[0].lon, anchor.lat, anchor.lon) - km) < 0.5


def test_homes_is_not_homs(geoparser):
    assert geoparser.parse("Dozens of homes were destroyed by the storm.") == []


def test_toponym_and_location_dicts(geoparser):
    text = "Fighting broke out 20 miles northeast of Mosul on Monday."
    toponyms = geoparser.parse(text)
    d = toponyms[0].to_dict()
    assert set(d) == {"start", "end", "name", "kind", "lat", "lon", "geonameid", "country_code", "feature_code",
                      "admin1", "precision"}
    assert d["kind"] == "name"
    assert d["name"] == "Mosul" and d["country_code"] == "IQ"
    (loc,) = geoparser.locations(text, toponyms)
    assert isinstance(loc, Location) and loc.name == "20 mi NE of Mosul"
    assert set(loc.to_dict()) >= {"start", "end", "phrase", "lat", "lon", "precision", "anchor", "name"}


def test_custom_place_added_by_the_user():
    g = Gazetteer(Gazetteer.default().index)
    g.add(Place(None, "Ratla", 35.88, 39.02, "P", "PPL", "SY", "04"), aliases=["Ratlah"])
    assert g.candidates("Ratla")[0].name == "Ratla"
    assert g.candidates("ratlah")[0].country_code == "SY"
    gp = Geoparser(g)
    text = "The strike hit the village of Ratla in Raqqa province, Syria."
    assert any(t.name == "Ratla" and t.place.name == "Ratla" for t in gp.parse(text))


def test_load_geonames_dump(tmp_path):
    row = ["9999001", "Qasara", "Qasara", "Qasarah,Kasara", "35.87", "38.99", "P", "PPL", "SY", "", "04",
           "", "", "", "0", "", "300", "Asia/Damascus", "2017-05-01"]
    dump = tmp_path / "SY.txt"
    dump.write_text("\t".join(row) + "\n", encoding="utf-8")
    g = Gazetteer(Gazetteer.default().index)
    assert g.candidates("Qasarah") == []                # asked before the dump is loaded (memoised)
    assert g.load_geonames_dump(dump) == 1
    assert g.candidates("Qasarah")[0].geonameid == 9999001


def test_batch_line_resolves_given_spans_only(geoparser):
    from geocoding.batch import geoparse_line
    obj = {"id": "x", "title": "Clashes near Homs", "body": "Fighting in Homs, Syria.",
           "toponyms": [{"start": 13, "end": 17, "name": "Homs"}]}
    out = geoparse_line(obj, geoparser)
    assert out["id"] == "x" and len(out["toponyms"]) == 1
    assert out["toponyms"][0]["country_code"] == "SY"


def test_context_resolves_local_namesakes(geoparser):
    # Of the Henry Counties, only Tennessee's has a Paris beside it; Walker County and Huntsville lie
    # together in Texas (not Alabama, where each has a namesake too).
    text = "A Paris man was arrested. He will appear in Henry County General Sessions Court, Paris police said."
    found = {t.name: t.place for t in geoparser.parse(text)}
    assert found["Henry County"].admin1 == "TN"
    text = "The burn ban for Walker County was lifted by Huntsville Fire Chief Tom Grisham."
    found = {t.name: t.place for t in geoparser.parse(text)}
    assert found["Huntsville"].admin1 == found["Walker County"].admin1 == "TX"
    # A US state name means the state.
    (ny,) = geoparser.parse("Flooding hit New York on Monday.")
    assert ny.place.feature_code == "ADM1"


def test_given_postal_code_and_greater_prefix(geoparser):
    text = "Samples went to a NY laboratory and to Greater Mumbai."
    ny, mumbai = geoparser.resolve(text, [(text.index("NY"), text.index("NY") + 2),
                                          (text.index("Greater"), len(text) - 1)])
    assert ny.place.admin1 == "NY" and ny.place.feature_code == "ADM1"
    assert mumbai.place.country_code == "IN" and mumbai.place.feature_class == "P"


def test_town_known_by_the_name_only_as_an_alternate_one(geoparser):
    # "Pittsburg, Calif." is also written "Pittsburgh": beside the city that bears the name, the
    # smaller town that is only also called so needs more than its state's backing.
    text = "Doctors in San Diego and Los Angeles and at a hospital in Pittsburgh agreed."
    assert by_name(geoparser.parse(text))["Pittsburgh"].place.admin1 == "PA"


def test_lower_case_articles_inside_names(geoparser):
    found = [(t.name, t.place.name) for t in geoparser.parse("Fighting in Deir ez-Zor, Dayr az Zawr and Deir Ezzor.")]
    assert [name for name, _ in found] == ["Deir ez-Zor", "Dayr az Zawr", "Deir Ezzor"]
    assert len({place for _, place in found}) == 1


def test_dotted_initials_of_a_city(geoparser):
    found = by_name(geoparser.parse("Traffic in L.A. was slow on Friday."))
    assert found["L.A."].place.admin1 == "CA" and found["L.A."].place.feature_class == "P"


def test_major_place_name_as_a_given_name(geoparser):
    # A major place's name before a surname is a person's unless the report backs the place's country.
    assert "Mary" not in by_name(geoparser.parse("Teachers in Ohio, said Mary Wheeler, want more pay."))
    assert "Georgia" in by_name(geoparser.parse("Georgia Power said storms in Atlanta cut lines."))


def test_a_town_with_no_population_given_counts_as_cities500_s_least():
    from dataclasses import replace

    from geocoding.resolve import Resolver
    resolver = Resolver(Gazetteer.default())
    town = Place(1, "Ra's al 'Ayn", 36.85, 40.07, "P", "PPL", "SY", "08", 0)
    assert resolver.prior(town, False) == resolver.prior(replace(town, population=500), False)
    area = Place(2, "An area", 36.85, 40.07, "A", "ADM2", "SY", "08", 0)
    assert resolver.prior(area, False) < resolver.prior(replace(area, population=500), False)
