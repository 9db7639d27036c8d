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
