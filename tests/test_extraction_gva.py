"""Casualty and date accuracy on the GVA development sets (US shooting news), scored as score.py does.

Reads ../shared/eval/gva_*.jsonl (beside the repository); skips when they are absent. The floors
sit a little under the figures reached, to catch regressions; the targets are in the eval README."""
import json
from pathlib import Path

import pytest

from extraction import process_report

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"


def _score(name):
    path = EVAL / name
    if not path.exists():
        pytest.skip(f"evaluation set not found at {path}")
    right = {"killed": 0, "wounded": 0, "date": 0}
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for doc in rows:  # no geoparser: places do not enter these scores; keeps the test fast
        out = process_report({"id": doc["id"], "text": doc["text"], "title": doc.get("title"),
                              "published_at": doc.get("publish_date")}, None)
        gold = doc["gold"]
        right["killed"] += out["totals"]["killed"] == int(gold.get("n_killed") or 0)
        right["wounded"] += out["totals"]["wounded"] == int(gold.get("n_injured") or 0)
        events = out["events"]
        main = (max(events, key=lambda e: (e["killed"] or {}).get("best") or 0)
                if any((e["killed"] or {}).get("best") for e in events) else (events[0] if events else {}))
        right["date"] += bool(gold.get("shooting_date")) and (main.get("date_start") or "")[:10] == gold["shooting_date"]
    return {k: v / len(rows) for k, v in right.items()}
