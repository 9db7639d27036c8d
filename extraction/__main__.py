"""JSONL on stdin -> JSONL on stdout, one process_report() line per input line.

    python -m extraction < reports.jsonl > events.jsonl
"""
from __future__ import annotations

import sys

from geocoding import Geoparser
from geocoding.batch import map_json_lines

from . import process_report


def main() -> int:
    geoparser = Geoparser()
    map_json_lines(lambda obj: process_report(obj, geoparser), sys.stdin.buffer, sys.stdout.buffer,
                   "python -m extraction")
    return 0


if __name__ == "__main__":
    sys.exit(main())
