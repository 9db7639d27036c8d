"""Geocoding: the gazetteer and services around the geoparser (GeoNames dumps as overlays, geopy
geocoders, names the gazetteer lacks, the evaluation sets)."""
import os
import pytest
from geocoding import Gazetteer, Geoparser
from geocoding.batch import geoparse_line
from geocoding.dumps import DumpError, index_folder, open_dump_index
from geocoding.geopy_offline import OfflineGeocoder
from geocoding.online import MemoryCache, OnlineGeocoder
from geopy import Location as GeopyLocation
from geopy.geocoders.base import Geocoder
from tests.geocoding_helpers import EVAL_SETS as EVAL, FLOORS, _scorer, dump, row, unknown_names as names


# From test_geocoding_dumps.py: GeoNames dumps as memory-mapped overlay indexes: built once beside the dump, rebuilt
# when it changes, their places found with their own feature classes, their common words not taken for places.

def test_dump_places_keep_their_class_and_aliases(dump):
    g = Gazetteer(Gazetteer.default().index)
    assert g.load_geonames_dump(dump) == 3
    qasara = next(p for p in g.candidates("Kasara") if p.geonameid == 9900001)
    assert (qasara.geonameid, qasara.feature_class, qasara.feature_code, qasara.country_code) == (9900001, "P", "PPL", "SY")
    stream = g.candidates("Nahr Zuluwa")[0]
    assert (stream.feature_class, stream.feature_code) == ("H", "STM")
    assert g.candidates("QSR") == [], "codes written in capitals only are no names"
    assert (index_folder(dump) / "names.marisa").exists()


def test_a_dump_place_is_found_in_text_but_not_its_common_words(dump):
    g = Gazetteer(Gazetteer.default().index)
    g.load_geonames_dump(dump)
    names = [t.name for t in Geoparser(g).parse("Culvert repairs began. Shelling hit Qasara in Raqqa province, Syria.")]
    assert "Qasara" in names and "Culvert" not in names


def test_the_overlay_is_rebuilt_when_the_dump_changes(dump):
    first = index_folder(dump)
    assert open_dump_index(dump).count == 3
    with open(dump, "a", encoding="utf-8") as f:
        f.write(row(9900004, "Ratla", "", 35.88, 39.02, "P", "PPL") + "\n")
    os.utime(dump, ns=(dump.stat().st_atime_ns, dump.stat().st_mtime_ns + 1_000_000_000))
    assert index_folder(dump) != first
    assert open_dump_index(dump).count == 4
    assert not first.exists(), "the old overlay is removed"


def test_a_file_that_is_no_dump_is_refused(tmp_path):
    junk = tmp_path / "junk.txt"
    junk.write_text("not a dump\n", encoding="utf-8")
    with pytest.raises(DumpError, match="no GeoNames rows"):
        open_dump_index(junk)
    assert not index_folder(junk).exists() and not list(index_folder(junk).parent.glob(".building-*"))


# From test_geocoding_eval.py: Geoparsing accuracy on the shared evaluation sets (read from ../shared/eval, never
# copied here). Floors a little under the figures measured when the test was written, to catch regressions; the
# project's targets are in ../shared/eval/README.md. Skips when the sets are absent.

@pytest.mark.parametrize("name", sorted(FLOORS))
def test_eval_set_accuracy(geoparser, name):
    score = _scorer()
    gold = score.read(EVAL / f"{name}.jsonl")
    end_to_end = [geoparse_line({"id": d["id"], "text": d["text"]}, geoparser) for d in gold]
    given = [geoparse_line({"id": d["id"], "text": d["text"],
                            "toponyms": [{"start": t["start"], "end": t["end"], "name": t["name"]}
                                         for t in d["toponyms"] if score.is_toponym(t)]}, geoparser)
             for d in gold]
    e2e = score.score_geoparse(gold, end_to_end)
    spans = score.score_geoparse(gold, given)
    f1_floor, e2e_floor, spans_floor = FLOORS[name]
    assert e2e["recognition_overlap"]["f1"] >= f1_floor, e2e
    assert e2e["resolution"]["acc161"] >= e2e_floor, e2e
    assert spans["resolution"]["acc161"] >= spans_floor, spans


# From test_geocoding_geopy.py: geopy adapters: the offline geocoder over our gazetteer, and online services with rate
# limiting and a cache, pointed at a loopback HTTP server (never the internet).

def test_offline_geocoder_is_a_geopy_geocoder():
    geocoder = OfflineGeocoder()
    assert isinstance(geocoder, Geocoder)
    homs = geocoder.geocode("Homs, Syria")
    assert isinstance(homs, GeopyLocation)
    assert homs.raw["country_code"] == "SY" and abs(homs.latitude - 34.73) < 0.2
    springfield = geocoder.geocode("Springfield, Ill.")
    assert springfield.raw["admin1"] == "IL"
    many = geocoder.geocode("Palmyra", exactly_one=False)
    assert len(many) > 3 and all(isinstance(loc, GeopyLocation) for loc in many)
    assert geocoder.geocode("Palmyra", country_codes="SY").raw["country_code"] == "SY"
    assert geocoder.geocode("Xqzzyville") is None


def test_nominatim_through_rate_limiter_and_cache(loopback):
    cache = MemoryCache()
    online = OnlineGeocoder("nominatim", cache=cache, min_delay_seconds=0, scheme="http", domain=loopback.domain,
                            user_agent="eventmap-tests")
    place = online.geocode("Ratla")
    assert place is not None and place.name == "Ratla, Syria" and (place.lat, place.lon) == (35.88, 39.02)
    assert online.geocode("Ratla") == place
    assert loopback.hits == ["Ratla"]              # the second answer came from the cache
    assert online.geocode("Nowhere") is None
    assert online.geocode("Nowhere") is None
    assert loopback.hits == ["Ratla", "Nowhere"]   # misses are cached too


def test_photon_by_name(loopback):
    online = OnlineGeocoder("photon", min_delay_seconds=0, scheme="http", domain=loopback.domain)
    place = online.geocode("Qasara")
    assert (place.lat, place.lon) == (35.88, 39.02)


def test_unknown_service_is_refused():
    with pytest.raises(ValueError):
        OnlineGeocoder("nosuchservice")


def test_online_fallback_for_names_the_gazetteer_lacks(loopback):
    online = OnlineGeocoder("nominatim", min_delay_seconds=0, scheme="http", domain=loopback.domain,
                            user_agent="eventmap-tests")
    geoparser = Geoparser(Gazetteer.default(), fallback=online)
    text = "between the settlements of Ratla and Qasara"
    ratla, qasara = geoparser.resolve(text, [(27, 32), (37, 43)])
    assert ratla.name == "Ratla" and ratla.place.lat == 35.88
    assert qasara.place is not None
    assert loopback.hits == ["Ratla", "Qasara"]


# From test_geocoding_unknown.py: Names the gazetteer lacks: found only in a place frame, asked of the online geocoder
# (a loopback server speaking Nominatim's protocol), never invented without one.

def test_place_frames():
    assert names("Shelling hit the village of Ratla on Monday.") == [("Ratla", "the village of Ratla")]
    assert names("Near Ratla Friday, clashes went on.") == [("Ratla", "Near Ratla")]
    assert names("an airstrike 12 km north of Tal Hamis killed two") == [("Tal Hamis", "12 km north of Tal Hamis")]
    assert names("in the al-Waer neighbourhood of the city") == [("al-Waer", "the al-Waer neighbourhood")]
    assert [n for n, _ in names("fighting between Ratla and Qasara")] == ["Ratla", "Qasara"]
    assert names("the northern town of Maskanah") == [("Maskanah", "the northern town of Maskanah")]


def test_no_frame_no_name():
    assert names("Ratla was quiet. Fighters from Zulu Brigade said so.") == []
    assert names("between Monday and Tuesday") == []
    assert names("He met Smith near The Hague") == []
    # What the gazetteer already found is not asked again.
    assert names("the village of Ratla", known=[(15, 20)]) == []


def test_parse_asks_the_online_geocoder_with_the_reports_country(loopback):
    online = OnlineGeocoder("nominatim", min_delay_seconds=0, scheme="http", domain=loopback.domain,
                            user_agent="eventmap-tests")
    geoparser = Geoparser(Gazetteer.default(), fallback=online)
    text = ("Russian warplanes struck the village of Ratla, 20 km east of Raqqa, Syria, and fighting raged "
            "between Ratla and Qasara on Monday.")
    toponyms = geoparser.parse(text)
    assert [t.name for t in toponyms] == ["Ratla", "Raqqa", "Syria", "Ratla", "Qasara"]
    ratla = toponyms[0]
    assert (ratla.place.lat, ratla.place.lon, ratla.precision) == (35.88, 39.02, 1)
    assert loopback.hits == ["Ratla, Syria", "Qasara, Syria"]  # once each; Raqqa and Syria are the gazetteer's
    assert "between Ratla and Qasara" in [loc.phrase for loc in geoparser.locations(text, toponyms)]


def test_without_an_online_geocoder_nothing_is_invented(geoparser):
    toponyms = geoparser.parse("Russian warplanes struck the village of Ratla near Raqqa, Syria.")
    assert "Ratla" not in [t.name for t in toponyms]
