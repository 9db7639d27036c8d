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
