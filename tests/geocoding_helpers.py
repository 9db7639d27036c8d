"""Helpers of the geocoding tests: what a geoparser found in a short text (names, countries, places),
and small fixtures of their own (an offline gazetteer dump, a parser).  One helper, found(), reads what a test
checks of each toponym; the named shapes below are found() with its fields bound."""
import importlib
import pytest
from functools import cache, partial
from geocoding import Geoparser
from geocoding.batch import line_text
from geocoding.spatial import haversine_km
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


def value(toponym, text, path):
    """What path names of a toponym of text: "toponym" is the toponym, "surface" the text it stands on,
    "place.country_code" a field of its place (None where it has no place), else an attribute of the toponym."""
    if path == "toponym":
        return toponym
    if path == "surface":
        return text[toponym.start:toponym.end]
    head, _, key = path.partition(".")
    found = getattr(toponym, head)
    return (getattr(found, key) if found is not None else None) if key else found


def values(toponym, text, fields):
    """value() of one path, or a tuple of them of a tuple of paths."""
    return value(toponym, text, fields) if isinstance(fields, str) else tuple(value(toponym, text, f) for f in fields)


def found(geoparser, text, surface=None, *, fields, placed=False, **parse_options):
    """values() of each toponym of text (only those on that surface; only those with a place if placed);
    parse_options go to Geoparser.parse (demonyms=True)."""
    return [values(t, text, fields) for t in geoparser.parse(text, **parse_options)
            if (surface is None or text[t.start:t.end] == surface) and (t.place is not None or not placed)]


def first(geoparser, text, wanted, *, fields, by="surface"):
    """values() of the first toponym whose surface (or what `by` names) is wanted; None where there is none."""
    return next((values(t, text, fields) for t in geoparser.parse(text) if value(t, text, by) == wanted), None)


CLASS_FIELDS = ("name", "place.feature_class", "place.country_code")
found_names = partial(found, fields="name")
surfaces = partial(found, fields="surface")
mentions = partial(found, fields="toponym")
names_and_countries = partial(found, fields=("name", "place.country_code"))
surfaces_and_countries = partial(found, fields=("surface", "place.country_code"))
surfaces_countries_and_codes = partial(found, fields=("surface", "place.country_code", "place.feature_code"))
places_with_names_and_countries = partial(found, fields=("name", "place.name", "place.country_code"))
places_with_class = partial(found, fields=CLASS_FIELDS)
resolved_places_with_class = partial(found, fields=CLASS_FIELDS, placed=True)
precisions = partial(found, fields=("surface", "place.country_code", "precision"))
places_of_surface = partial(found, fields="place")
place_of = partial(first, fields="place", by="name")
country_of = partial(first, fields="place.country_code", by="name")
place_of_surface = partial(first, fields="place")
toponym_of_surface = partial(first, fields="toponym")


def place_by_surface(geoparser, text):
    return dict(found(geoparser, text, fields=("surface", "place"), placed=True))


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


def _near(toponym, lat, lon, km=50):
    p = toponym.place
    return p is not None and haversine_km(p.lat, p.lon, lat, lon) < km


def not_placed_near(geoparser, text, expected, km=100):
    """The names of expected ((name, lat, lon), ...) that text's toponyms do not place within km of that point."""
    places = {t.name: t.place for t in geoparser.parse(text) if t.place is not None}
    return [name for name, lat, lon in expected
            if name not in places or haversine_km(places[name].lat, places[name].lon, lat, lon) >= km]


@pytest.fixture(scope="module")
def parser():
    return Geoparser()


def placed_with_precision(parser, text):
    return {t.name: (t.place.name if t.place else None, t.precision) for t in parser.parse(text)}


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
    return {r["id"]: line_text(r) for r in read_seed_reports()}


def unknown_names(text: str, known=()) -> list[tuple[str, str]]:
    return [(u.name, u.frame) for u in find_unknown_names(text, list(known))]


def where(found):
    return [(t.place.country_code, t.place.admin1) for t in found]
