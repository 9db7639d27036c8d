"""Geoparsing speed and footprint: python bench/bench_geoparse.py

Prints: gazetteer cold start (a fresh process: import, open the cached index, first parse), seed
reports parsed per second on one core (wall clock and CPU time), LGL documents per second (if ../shared/eval is there), and the
resident memory of the process. The index cache is built first if missing (see geocoding/index.py).
"""
from __future__ import annotations

import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"

COLD_START = """
import time
t = time.perf_counter()
from geocoding import Geoparser
Geoparser().parse("Clashes near Raqqa, Syria.")
print(time.perf_counter() - t)
"""


def documents(path: Path) -> list[str]:
    from geocoding.batch import line_text      # after main() has put the repo on sys.path
    with open(path, encoding="utf-8") as f:        # not splitlines(): texts hold U+2028
        rows = [json.loads(line) for line in f if line.strip()]
    return [line_text(r) for r in rows]


def rate(geoparser, texts: list[str], seconds: float = 3.0) -> str:
    """Documents per second, by the wall clock and by this process's CPU time (the second is the
    one-core figure when other processes share the machine)."""
    n, start, cpu = 0, time.perf_counter(), time.process_time()
    while time.perf_counter() - start < seconds:
        for text in texts:
            geoparser.parse(text)
        n += len(texts)
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu
    return f"{n / wall:.0f}/s wall, {n / cpu:.0f}/s CPU"


def main() -> None:
    sys.path.insert(0, str(ROOT))
    from geocoding import Gazetteer, Geoparser
    Gazetteer.default()                                  # builds the cache once if it is missing
    cold = min(float(subprocess.run([sys.executable, "-c", COLD_START], cwd=ROOT, check=True,
                                    capture_output=True, text=True).stdout) for _ in range(3))
    print(f"cold start (import + open index + first parse): {cold:.3f} s")
    geoparser = Geoparser()
    seeds = SHARED / "seeds" / "seed-reports.jsonl"
    if seeds.exists():
        print(f"seed reports: {rate(geoparser, documents(seeds))}")
    lgl = SHARED / "eval" / "lgl.jsonl"
    if lgl.exists():
        print(f"LGL documents: {rate(geoparser, documents(lgl))}")
    else:
        print("LGL: skipped (../shared/eval/lgl.jsonl not found)")
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak resident memory: {rss_mb:.0f} MB")


if __name__ == "__main__":
    main()
