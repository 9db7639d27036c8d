"""Helpers of the geocoding tests: what a geoparser found in a short text (names, countries, places),
and small fixtures of their own (an offline gazetteer dump, a parser)."""
import importlib
import math
import pytest
from functools import cache
from geocoding import Geoparser
from geocoding.batch import document_text
from geocoding.resolve import haversine_km
from geocoding.unknown import find_unknown_names
from pathlib import Path
from tests.conftest import read_seed_reports


EVAL_SETS = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
# set -> (end-to-end overlap F1, end-to-end Acc@161, given-spans Acc@161)
FLOORS = {"lgl": (0.85, 0.87, 0.89), "geovirus": (0.86, 0.85, 0.86)}
MIDDLE_EAST_BBOX = (29.0, 25.0, 40.0, 50.0)      # lat_min, lon_min, lat_max, lon_max


def by_name(toponyms):
    out = {}
    for t in toponyms:
        out.setdefault(t.name, t)
    return out


def countries(geoparser, text):
    return [(t.name, t.place.country_code) for t in geoparser.parse(text)]


def country_of(geoparser, text, name):
    """The country the toponym of that name in text resolves to."""
    return by_name(geoparser.parse(text))[name].place.country_code


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


def found_names(geoparser, text):
    return [t.name for t in geoparser.parse(text)]


def km(lat1, lon1, lat2, lon2):
    p = math.pi / 180
    h = math.sin((lat2 - lat1) * p / 2) ** 2 + \
        math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2
    return 12742 * math.asin(math.sqrt(h))


def mentions(geoparser, text, surface):
    return [t for t in geoparser.parse(text) if text[t.start:t.end] == surface]


def names_and_countries(geoparser, text):
    return [(t.name, t.place.country_code) for t in geoparser.parse(text)]


def names_and_countries_with_demonyms(geoparser, text, demonyms=False):
    return [(t.name, t.place.country_code) for t in geoparser.parse(text, demonyms=demonyms)]


def _near(toponym, lat, lon, km=50):
    p = toponym.place
    return p is not None and haversine_km(p.lat, p.lon, lat, lon) < km


@pytest.fixture(scope="module")
def parser():
    return Geoparser()


def _place_by_surface(geoparser, text):
    return {text[t.start:t.end]: t.place for t in geoparser.parse(text) if t.place is not None}


def place_of(geoparser, text, name):
    return next(t.place for t in geoparser.parse(text) if t.name == name)


def _place_of_surface(geoparser, text, surface):
    return next((t.place for t in geoparser.parse(text) if text[t.start:t.end] == surface), None)


def placed_with_precision(parser, text):
    return {t.name: (t.place.name if t.place else None, t.precision) for t in parser.parse(text)}


def places_as_surfaces_and_countries(geoparser, text):
    return [(text[t.start:t.end], t.place.country_code) for t in geoparser.parse(text)]


def places_of_surface(geoparser, text, surface):
    return [t.place for t in geoparser.parse(text) if text[t.start:t.end] == surface]


def _places_with_class(geoparser, text):
    return [(t.name, t.place.feature_class, t.place.country_code) for t in geoparser.parse(text)]


def places_with_names_and_countries(geoparser, text):
    return [(t.name, t.place.name, t.place.country_code) for t in geoparser.parse(text)]


def precisions(geoparser, text):
    return [(text[t.start:t.end], t.place.country_code, t.precision) for t in geoparser.parse(text)]


def readings(geoparser, text):
    return [(t.name, t.place.country_code if t.place else None) for t in geoparser.parse(text)]


def _resolved_places_with_class(geoparser, text):
    return [(t.name, t.place.feature_class, t.place.country_code) for t in geoparser.parse(text) if t.place]


def _scorer():
    path = EVAL_SETS / "score.py"
    if not path.exists():
        pytest.skip(f"evaluation sets not found at {EVAL_SETS} (they live in ../shared/eval beside the repo)")
    spec = importlib.util.spec_from_file_location("eval_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@cache
def seed_texts() -> dict[str, str]:
    """The seed reports' texts by id, read once per test session (callers must not mutate it)."""
    return {r["id"]: document_text(r) for r in read_seed_reports()}


def surfaces(geoparser, text):
    return [text[t.start:t.end] for t in geoparser.parse(text)]


def surfaces_and_countries(geoparser, text):
    return [(text[t.start:t.end], t.place.country_code) for t in geoparser.parse(text)]


def surfaces_countries_and_codes(geoparser, text):
    return [(text[t.start:t.end], t.place.country_code, t.place.feature_code) for t in geoparser.parse(text)]


def toponym_of_surface(geoparser, text, surface):
    return next(t for t in geoparser.parse(text) if text[t.start:t.end] == surface)


def unknown_names(text: str, known=()) -> list[tuple[str, str]]:
    return [(u.name, u.frame) for u in find_unknown_names(text, list(known))]


def where(found):
    return [(t.place.country_code, t.place.admin1) for t in found]
