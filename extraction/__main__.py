"""JSONL on stdin -> JSONL on stdout, one process_report() line per input line.

    python -m extraction < reports.jsonl > events.jsonl
"""
from __future__ import annotations

import json
import sys

from geocoding import Geoparser

from . import process_report


def main() -> int:
    geoparser = Geoparser()
    out = sys.stdout
    for line in sys.stdin:
        if not line.strip():
            continue
        out.write(json.dumps(process_report(json.loads(line), geoparser), ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
