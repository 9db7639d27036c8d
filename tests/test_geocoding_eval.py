"""Geoparsing accuracy on the shared evaluation sets (read from ../shared/eval, never copied here).

Floors a little under the figures measured when the test was written, to catch regressions; the
project's targets are in ../shared/eval/README.md. Skips when the sets are absent.
"""
import importlib.util
from pathlib import Path

import pytest

from geocoding.batch import geoparse_line

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"

# set -> (end-to-end overlap F1, end-to-end Acc@161, given-spans Acc@161)
FLOORS = {"lgl": (0.85, 0.87, 0.89), "geovirus": (0.86, 0.85, 0.86)}


def _scorer():
    path = EVAL / "score.py"
    if not path.exists():
        pytest.skip(f"evaluation sets not found at {EVAL} (they live in ../shared/eval beside the repo)")
    spec = importlib.util.spec_from_file_location("eval_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


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
