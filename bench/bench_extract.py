"""Throughput of process_report (geoparsing included) on seed-sized reports, one core.

    python bench/bench_extract.py [--seconds 3] [--long 1000]

Prints reports/s on the seed reports shipped with the demo (api/demo/seed-reports.jsonl); with --long KB, the CPU
seconds one report of about KB kilobytes takes (the seeds joined over and over: the API takes bodies up to 1 MB, and
the work per report must not grow much faster than its length)."""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from extraction import process_report  # noqa: E402

SEEDS = Path(__file__).resolve().parents[1] / "api" / "demo" / "seed-reports.jsonl"


def read_reports(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=3.0)
    ap.add_argument("--no-geo", action="store_true", help="extraction alone, without geoparsing")
    ap.add_argument("--long", type=int, metavar="KB", help="time one report of about this many kilobytes instead")
    args = ap.parse_args()
    reports = read_reports(SEEDS)
    geoparser = None
    if not args.no_geo:
        from geocoding import Geoparser
        t0 = time.perf_counter()
        geoparser = Geoparser()
        print(f"geoparser ready in {time.perf_counter() - t0:.2f} s")
    for r in reports:  # warm-up: lazy tables, regex caches
        process_report(r, geoparser)
    if args.long:
        joined = " ".join(r.get("body") or r.get("text") or "" for r in reports)
        text = " ".join([joined] * max(1, args.long * 1000 // (len(joined) + 1)))
        cpu0 = time.process_time()
        process_report({"id": "long", "text": text, "published_at": reports[0].get("published_at")}, geoparser)
        print(f"one report of {len(text) / 1000:.0f} kB: {time.process_time() - cpu0:.2f} s of CPU time")
        return
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
