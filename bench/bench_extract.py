"""Throughput of process_report (geoparsing included) on seed-sized reports, one core.

    python bench/bench_extract.py [--seconds 3]

Prints reports/s on the seed reports shipped with the demo (api/demo/seed-reports.jsonl)."""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from extraction import process_report  # noqa: E402

SEEDS = Path(__file__).resolve().parents[1] / "api" / "demo" / "seed-reports.jsonl"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=3.0)
    ap.add_argument("--no-geo", action="store_true", help="extraction alone, without geoparsing")
    args = ap.parse_args()
    reports = [json.loads(line) for line in SEEDS.read_text(encoding="utf-8").splitlines() if line.strip()]
    geoparser = None
    if not args.no_geo:
        from geocoding import Geoparser
        t0 = time.perf_counter()
        geoparser = Geoparser()
        print(f"geoparser ready in {time.perf_counter() - t0:.2f} s")
    for r in reports:  # warm-up: lazy tables, regex caches
        process_report(r, geoparser)
    n, t0, cpu0 = 0, time.perf_counter(), time.process_time()
    while time.perf_counter() - t0 < args.seconds:
        for r in reports:
            process_report(r, geoparser)
        n += len(reports)
    elapsed, cpu = time.perf_counter() - t0, time.process_time() - cpu0
    chars = sum(len((r.get("title") or "") + (r.get("body") or r.get("text") or "")) for r in reports) / len(reports)
    # CPU time is the one-core figure when other processes share the machine
    print(f"{n / elapsed:.0f} reports/s, {n / cpu:.0f}/s of CPU time ({'extraction only' if args.no_geo else 'geoparsing included'}, "
          f"{len(reports)} reports of {chars:.0f} chars on average, {n} runs)")


if __name__ == "__main__":
    main()
