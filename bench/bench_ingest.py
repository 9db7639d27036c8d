"""Bulk ingest into PostGIS: reports per second through the whole path (validation, geoparsing,
extraction, a transaction per batch of reports) into a scratch embedded cluster.

    .venv/bin/python bench/bench_ingest.py [--reports 3000]

The reports are made from the seed reports with their numbers, places and dates varied, so that each
is new to the database (the same text twice would be a duplicate and cost nothing). The peak resident
memory of this process (the one that reads the files and writes to the database; the analysing processes
are forked from it) says whether an ingest holds its input or its analyses in memory."""
from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import socket
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from api.cli import DEMO_REPORTS, ingest_files
from api.database import make_engine
from api.embedded import EmbeddedCluster
from api.migrate import upgrade
from api.settings import Settings

PLACES = ["Raqqa", "Palmyra", "Mosul", "Homs", "Idlib", "Aleppo", "Deir ez-Zor", "Tikrit", "Fallujah", "Hama"]


def synthetic_reports(count: int, seed: int = 7) -> Iterator[dict]:
    rng = random.Random(seed)
    seeds = [json.loads(line) for line in DEMO_REPORTS.read_text(encoding="utf-8").splitlines() if line.strip()]
    for number in range(count):
        base = seeds[number % len(seeds)]
        place = rng.choice(PLACES)
        body = (base["body"].replace("Raqqa", place).replace("80", str(rng.randint(1, 200)))
                + f" (bulletin {number})")
        yield {"id": f"bench-{number}", "source": "bench", "title": base["title"], "body": body,
               "published_at": f"2017-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=3000)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="eventmap-bench-ingest-"))
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    cluster = EmbeddedCluster(folder, port)
    try:
        engine = make_engine(cluster.start(), Settings())
        upgrade(engine)
        path = folder / "reports.jsonl"
        with path.open("w", encoding="utf-8") as out:  # a line at a time: the reports are not kept here either
            out.writelines(json.dumps(r) + "\n" for r in synthetic_reports(args.reports))
        ingest_files(engine, [DEMO_REPORTS], progress=False)  # warm the gazetteer and the pool
        started = time.perf_counter()
        stored, duplicates, failed = ingest_files(engine, [path], progress=True)
        seconds = time.perf_counter() - started
        print(json.dumps({"reports": args.reports, "stored": stored, "duplicates": duplicates, "failed": failed,
                          "seconds": round(seconds, 2), "reports_per_second": round(args.reports / seconds, 1),
                          "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}))
        engine.dispose()
    finally:
        cluster.stop()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
