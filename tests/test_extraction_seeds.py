"""Seed acceptance: the ten seed reports, end to end with the real geoparser.

Reads the project's own copy of the seed reports (api/demo/seed-reports.jsonl)."""
import json
from pathlib import Path

import pytest

SEEDS = Path(__file__).resolve().parents[1] / "api" / "demo" / "seed-reports.jsonl"


@pytest.fixture(scope="module")
def seeds():
    from extraction import process_report
    from geocoding import Geoparser

    geoparser = Geoparser()
    out = {}
    for line in SEEDS.read_text(encoding="utf-8").splitlines():
        obj = json.loads(line)
        out[obj["id"]] = process_report(obj, geoparser)
    return out
