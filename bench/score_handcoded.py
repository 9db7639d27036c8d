"""Field accuracy of process_report on reports the project's engineers wrote and coded by hand (bench/handcoded/).

    python bench/score_handcoded.py [FILE.jsonl ...] [--show]

Each line is a report (id, title, body, published_at) with "expected": the events a careful coder gives it, each a
dict of the fields the coder decided (event_type, sub_event_type, actor1, actor2, killed, wounded, date_start,
date_end, location, country); killed and wounded are best counts, actors canonical names, location the place name,
country its ISO code. A field left out of an expected event is not scored. Each expected event is paired with the
predicted event that agrees with it on most fields; unpaired predictions are extra events. Prints the right fields
out of the coded ones, and with --show every wrong field, so two trees are compared by diffing their output.
These texts are the engineers' own, written in wire style about invented incidents, never copied from news."""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from extraction import process_report  # noqa: E402
from geocoding import Geoparser  # noqa: E402

HANDCODED = Path(__file__).resolve().parent / "handcoded"
FIELDS = ("event_type", "sub_event_type", "actor1", "actor2", "killed", "wounded", "date_start", "date_end",
          "location", "country")


def predicted_fields(event: dict) -> dict:
    """The scored fields of one predicted event, in the corpus's terms."""
    location = event.get("location") or {}
    return {
        "event_type": event.get("event_type"),
        "sub_event_type": event.get("sub_event_type"),
        "actor1": (event.get("actor1") or {}).get("name"),
        "actor2": (event.get("actor2") or {}).get("name"),
        "killed": (event.get("killed") or {}).get("best"),
        "wounded": (event.get("wounded") or {}).get("best"),
        "date_start": event.get("date_start"),
        "date_end": event.get("date_end"),
        "location": location.get("name"),
        "country": location.get("country_code"),
    }


def agreement(expected: dict, predicted: dict) -> int:
    return sum(expected[f] == predicted[f] for f in FIELDS if f in expected)


def pair_events(expected: list[dict], predicted: list[dict]) -> tuple[list[tuple[dict, dict | None]], list[dict]]:
    """Each expected event with the free prediction agreeing with it most (type first), and the predictions left."""
    free = list(predicted)
    pairs = []
    for want in expected:
        best = max(free, key=lambda got: (want.get("event_type") == got["event_type"], agreement(want, got)),
                   default=None)
        if best is not None and (want.get("event_type") == best["event_type"] or agreement(want, best) >= 2):
            free.remove(best)
        else:
            best = None
        pairs.append((want, best))
    return pairs, free


def score(paths: list[Path], show: bool) -> dict:
    geoparser = Geoparser()
    right, coded = Counter(), Counter()
    events = Counter()
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            report = json.loads(line)
            predicted = [predicted_fields(e) for e in process_report(report, geoparser)["events"]]
            pairs, extra = pair_events(report["expected"], predicted)
            events["expected"] += len(pairs)
            events["missed"] += sum(got is None for _, got in pairs)
            events["extra"] += len(extra)
            for want, got in pairs:
                for field in FIELDS:
                    if field not in want:
                        continue
                    coded[field] += 1
                    value = None if got is None else got[field]
                    if value == want[field]:
                        right[field] += 1
                    elif show:
                        print(f"{report['id']}\t{field}\twant {want[field]!r}\tgot {value!r}"
                              + ("" if got is not None else " (event missed)"))
            if show:
                for got in extra:
                    print(f"{report['id']}\textra\t{got['event_type']} / {got['sub_event_type']} at {got['location']!r}")
    return {"events": dict(events), "right": sum(right.values()), "coded": sum(coded.values()),
            "fields": {f: f"{right[f]}/{coded[f]}" for f in FIELDS if coded[f]}}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="*", type=Path, help="corpus files (default: every file in bench/handcoded/)")
    ap.add_argument("--show", action="store_true", help="print every wrong field and extra event")
    args = ap.parse_args()
    paths = args.files or sorted(HANDCODED.glob("*.jsonl"))
    if not paths:
        sys.exit(f"no corpus files given and none in {HANDCODED}")
    print(json.dumps(score(paths, args.show)))


if __name__ == "__main__":
    main()
