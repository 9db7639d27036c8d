"""GeoNames dumps as memory-mapped overlay indexes: built once beside the dump, rebuilt when it changes,
their places found with their own feature classes, their common words not taken for places."""
import os

import pytest

from geocoding import Gazetteer, Geoparser
from geocoding.dumps import DumpError, index_folder, open_dump_index


def row(gid, name, alternates, lat, lon, cls, code, cc="SY", admin1="04", population=0):
    return "\t".join([str(gid), name, name, alternates, str(lat), str(lon), cls, code, cc, "", admin1,
                      "", "", "", str(population), "", "300", "Asia/Damascus", "2024-01-01"])


@pytest.fixture
def dump(tmp_path):
    path = tmp_path / "SY.txt"
    path.write_text("\n".join([
        row(9900001, "Qasara", "Qasarah,Kasara,QSR", 35.87, 38.99, "P", "PPL", population=300),
        row(9900002, "Nahr Zuluwa", "Zuluwa Stream", 35.5, 39.5, "H", "STM"),
        row(9900003, "Culvert", "", 35.6, 39.6, "S", "BDG"),
    ]) + "\n", encoding="utf-8")
    return path


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
