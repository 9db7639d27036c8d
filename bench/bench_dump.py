"""A GeoNames dump the size of allCountries.txt, loaded as an overlay: python bench/bench_dump.py [--rows N]

Writes a synthetic dump (GeoNames' 19 columns, its mix of feature classes, a few Latin alternate names
a row; 13,000,000 rows by default, about allCountries.txt's count) unless --dump names a real one, then
measures, each in a fresh process: building the overlay index (time, peak resident memory), a start
with it (open the default index and the overlay, first parse: time and resident memory), and seed-sized
reports parsed per second with the overlay loaded.
"""
from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED_TEXT = ("Russian warplanes struck the village of Ratla, 20 km east of Raqqa, Syria, on Monday, killing "
             "12 civilians; clashes went on near Deir ez-Zor and in the al-Waer district of Homs.")

# GeoNames' classes, roughly in allCountries' proportions, with a typical code each.
CLASSES = [("P", "PPL", 0.28), ("S", "HTL", 0.2), ("H", "STM", 0.2), ("T", "MT", 0.15), ("A", "ADM3", 0.05),
           ("L", "AREA", 0.05), ("V", "FRST", 0.03), ("R", "RD", 0.02), ("U", "SMU", 0.02)]
SYLLABLES = ["ka", "ra", "ta", "lo", "mi", "sha", "del", "qa", "zar", "bur", "ne", "vi", "ost", "an", "el",
             "gor", "tin", "ham", "wald", "ville", "ber", "ko", "su", "ya", "rin", "ed", "mar", "ul", "dor"]

BUILD = """
import resource, sys, time
from pathlib import Path
from geocoding.dumps import build_dump_index, index_folder
dump = Path(sys.argv[1])
t = time.perf_counter()
n = build_dump_index(dump, index_folder(dump))
print(n, time.perf_counter() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""
START = """
import resource, sys, time
t = time.perf_counter()
from geocoding import Gazetteer, Geoparser
g = Gazetteer(Gazetteer.default().index)
g.load_geonames_dump(sys.argv[1])
parser = Geoparser(g)
parser.parse(sys.argv[2])
started = time.perf_counter() - t
n, t = 0, time.perf_counter()
while time.perf_counter() - t < 3:
    parser.parse(sys.argv[2]); n += 1
rate = n / (time.perf_counter() - t)
print(started, rate, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def name(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()


def write_dump(path: Path, rows: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    classes, weights = [(c, f) for c, f, _ in CLASSES], [w for *_, w in CLASSES]
    with open(path, "w", encoding="utf-8") as f:
        for gid in range(20_000_000, 20_000_000 + rows):
            cls, code = rng.choices(classes, weights)[0]
            main = name(rng)
            alternates = ",".join(name(rng) for _ in range(rng.randint(0, 4)))
            lat, lon = rng.uniform(-60, 70), rng.uniform(-180, 180)
            population = int(rng.paretovariate(1.2) * 100) if cls == "P" else 0
            f.write(f"{gid}\t{main}\t{main}\t{alternates}\t{lat:.5f}\t{lon:.5f}\t{cls}\t{code}\tSY\t\t04\t\t\t\t"
                    f"{population}\t\t300\tAsia/Damascus\t2024-01-01\n")


def run(script: str, *args: str) -> list[float]:
    out = subprocess.run([sys.executable, "-c", script, *args], cwd=ROOT, check=True, capture_output=True,
                         text=True).stdout
    return [float(x) for x in out.split()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=13_000_000)
    parser.add_argument("--dump", type=Path, help="a real GeoNames dump instead of the synthetic one")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="eventmap-dump-") as tmp:
        dump = args.dump or Path(tmp) / "synthetic.txt"
        if args.dump is None:
            t = time.perf_counter()
            write_dump(dump, args.rows)
            print(f"synthetic dump: {args.rows:,} rows, {dump.stat().st_size / 1e6:.0f} MB, "
                  f"written in {time.perf_counter() - t:.0f} s")
        places, seconds, peak = run(BUILD, str(dump))
        print(f"overlay index built: {places:,.0f} places in {seconds:.0f} s, peak RSS {peak:.0f} MB")
        started, rate, rss = run(START, str(dump), SEED_TEXT)
        print(f"start with the overlay (default index + overlay + first parse): {started:.2f} s, "
              f"then {rate:.0f} seed-sized reports/s, RSS {rss:.0f} MB")


if __name__ == "__main__":
    main()
