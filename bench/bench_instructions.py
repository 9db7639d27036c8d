"""Machine instructions per seed report of process_report (geoparsing included), counted by Valgrind's callgrind.

    python bench/bench_instructions.py [--passes 10] [--no-geo]

Wall-clock figures on a shared machine drift by 10-40% from one minute to the next; the count of instructions does
not (with the string hash seed fixed, two runs of the same code agree within a few hundred instructions a report; a
random seed moves it ~0.2%), so it tells a change of 0.5% apart where bench_extract.py can not. Needs Valgrind (Debian: `apt install valgrind`). The process runs
under callgrind with instrumentation off while it imports, loads the gazetteer and warms up, and counts only the
passes over the seeds (callgrind_control switches it on and off). It is a measure of work, not of speed: a change
that trades instructions for memory traffic can count fewer and run no faster, so report reports/s too."""
from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def counted_passes(passes: int, geo: bool) -> None:
    """Inside callgrind: warm up, then run the seeds `passes` times with instrumentation on."""
    from bench_extract import SEEDS, read_reports
    from extraction import process_report
    reports = read_reports(SEEDS)
    geoparser = None
    if geo:
        from geocoding import Geoparser
        geoparser = Geoparser()
    for r in reports:
        process_report(r, geoparser)
    switch = ["callgrind_control", "--instr"]
    subprocess.run([*switch, "on", str(os.getpid())], check=True, capture_output=True)
    for _ in range(passes):
        for r in reports:
            process_report(r, geoparser)
    subprocess.run([*switch, "off", str(os.getpid())], check=True, capture_output=True)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--passes", type=int, default=10, help="passes over the seed reports that are counted")
    ap.add_argument("--no-geo", action="store_true", help="extraction alone, without geoparsing")
    ap.add_argument("--inner", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.inner:
        counted_passes(args.passes, not args.no_geo)
        return 0
    if shutil.which("valgrind") is None:
        print("bench_instructions: valgrind is not installed (Debian: apt install valgrind)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        run = subprocess.run(["valgrind", "--tool=callgrind", "--instr-atstart=no",
                              f"--callgrind-out-file={tmp}/callgrind.out", sys.executable, __file__, "--inner",
                              "--passes", str(args.passes), *(["--no-geo"] if args.no_geo else [])],
                             capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": "0"})
    collected = re.search(r"Collected : (\d+)", run.stderr)
    if run.returncode != 0 or collected is None:
        print(f"bench_instructions: the counted run failed:\n{run.stderr[-2000:]}", file=sys.stderr)
        return 1
    from bench_extract import SEEDS, read_reports
    per_report = int(collected.group(1)) / (args.passes * len(read_reports(SEEDS)))
    print(f"{per_report:,.0f} instructions per seed report ({'extraction only' if args.no_geo else 'geoparsing included'}, "
          f"{args.passes} passes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
