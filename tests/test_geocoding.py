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
