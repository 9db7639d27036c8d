"""Time partitioning and BRIN at scale: what they change for OGC items pages, bbox-only and bbox + time.

    .venv/bin/python bench/bench_partitions.py --data-dir /tmp/sfc-10m     # a cluster bench_serving.py kept
    .venv/bin/python bench/bench_partitions.py --data-dir /tmp/sfc-10m --only table   # one variant (repeatable)

On the events table of a kept benchmark cluster (bench_serving.py --data-dir, CLUSTERed on (sfc, id)) it
measures eventmap's page statement (queries.features_page, rows fetched as the route does) for:

- "table": events as it is (btree (sfc, id), GiST, btree dates);
- "table + BRIN": plus a BRIN index on date_start (the table is in space order, so dates are scattered
  over its pages: the planner may ignore it, and is right to);
- "by year": a copy partitioned by year of date_start (declarative RANGE partitions, the same indexes
  per partition, rows in space order within each, from a scan of the clustered table).

Queries: a province (1°) and a region (5°) over Aleppo/Idlib, pages of 100 and 10,000, with no time window,
a year, and a month. Results to bench/results/partitions-N.md.
"""
from __future__ import annotations

import argparse
import datetime as dt
import math
import statistics
import sys
import time
from pathlib import Path

import psycopg

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from api import queries  # noqa: E402
from api.embedded import EmbeddedCluster  # noqa: E402
from api.ogc_db import psycopg_sql  # noqa: E402

BBOXES = {"province 1°": (36.5, 35.6, 37.5, 36.6), "region 5°": (35.0, 33.5, 40.0, 38.5)}
WINDOWS = {"no time": (None, None), "a year": (dt.date(2020, 1, 1), dt.date(2020, 12, 31)),
           "a month": (dt.date(2020, 6, 1), dt.date(2020, 6, 30))}


def timed(db, sql: str, params: dict, limit: int, rounds: int) -> dict:
    sql = psycopg_sql(sql)
    times, n = [], 0
    for i in range(rounds + 2):
        t0 = time.perf_counter()
        cur = db.cursor(binary=True)
        cur.execute(sql, params)
        res = cur.pgresult
        n = min(res.ntuples - 1, limit)  # the first row is the snapshot (queries.features_page)
        b",".join([res.get_value(j, 0) for j in range(1, n + 1)])
        if i >= 2:
            times.append(time.perf_counter() - t0)
    ms = sorted(t * 1000 for t in times)
    return {"median": statistics.median(ms), "p99": ms[min(len(ms) - 1, math.ceil(0.99 * len(ms)) - 1)], "rows": n}


def build_partitions(db) -> float:
    t0 = time.perf_counter()
    db.execute("DROP TABLE IF EXISTS events_by_year")
    db.execute("CREATE TABLE events_by_year (LIKE events INCLUDING DEFAULTS INCLUDING GENERATED) "
               "PARTITION BY RANGE (date_start)")
    years = db.execute("SELECT extract(year FROM min(date_start))::int, extract(year FROM max(date_start))::int "
                       "FROM events").fetchone()
    for year in range(years[0], years[1] + 1):
        db.execute(f"CREATE TABLE events_y{year} PARTITION OF events_by_year "
                   f"FOR VALUES FROM ('{year}-01-01') TO ('{year + 1}-01-01')")
    db.execute("CREATE TABLE events_y_none PARTITION OF events_by_year DEFAULT")
    # a scan of the clustered table gives the rows in (sfc, id) order: each partition is in space order too
    db.execute("SET enable_indexscan = off")
    db.execute("SET enable_bitmapscan = off")
    # every column but the generated ones, which the partitioned copy computes again
    columns = ", ".join(r[0] for r in db.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = 'events' "
        "AND is_generated = 'NEVER' ORDER BY ordinal_position").fetchall())
    db.execute(f"INSERT INTO events_by_year ({columns}) SELECT {columns} FROM events")
    db.execute("RESET enable_indexscan")
    db.execute("RESET enable_bitmapscan")
    db.execute("CREATE INDEX ON events_by_year (sfc, id)")
    db.execute("CREATE INDEX ON events_by_year USING gist (geom)")
    db.execute("CREATE INDEX ON events_by_year (date_start, date_end)")
    db.execute("VACUUM ANALYZE events_by_year")
    return time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--port", type=int, default=55499)
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--out", type=Path, default=HERE / "results")
    parser.add_argument("--only", choices=("table", "table + BRIN", "by year"), action="append",
                        help="measure only these variants (repeatable); the others are not built or run")
    args = parser.parse_args()
    cluster = EmbeddedCluster(args.data_dir, args.port)
    url = cluster.start().replace("postgresql+psycopg", "postgresql")
    db = psycopg.connect(url, autocommit=True)
    db.execute("SET statement_timeout = 0")
    db.execute("SET max_parallel_workers_per_gather = 0")  # as the serving pool (api/ogc_db.py)
    db.execute("SET maintenance_work_mem = '1GB'")
    events = db.execute("SELECT count(*) FROM events").fetchone()[0]
    built = {}
    # (re)build unless a complete copy is there: an interrupted build leaves an empty one
    variants = {"table": "events", "table + BRIN": "events", "by year": "events_by_year"}
    if args.only:
        variants = {v: t for v, t in variants.items() if v in args.only}
    if "by year" in variants and (not db.execute("SELECT to_regclass('events_by_year')").fetchone()[0] or \
            not db.execute("SELECT EXISTS (SELECT 1 FROM events_by_year)").fetchone()[0]):
        built["partitions_s"] = build_partitions(db)
    rows = []
    for variant, table in variants.items():
        if variant == "table + BRIN":
            t0 = time.perf_counter()
            db.execute("CREATE INDEX IF NOT EXISTS events_date_brin ON events USING brin (date_start)")
            db.execute("ANALYZE events")
            built["brin_s"] = time.perf_counter() - t0
        for box_name, box in BBOXES.items():
            for window, (start, end) in WINDOWS.items():
                for limit in (100, 10_000):
                    q = queries.EventQuery(bbox=box, start=start, end=end, limit=limit)
                    sql, params = queries.features_page(q)
                    sql = sql.replace("FROM events e", f"FROM {table} e")  # by year: no events_window (migration 0005) there
                    result = timed(db, sql, params, limit, args.rounds)
                    rows.append({"variant": variant, "bbox": box_name, "time": window, "limit": limit, **result})
                    print(f"  {variant:13} {box_name:12} {window:8} {limit:6}: "
                          f"{result['median']:.1f} / {result['p99']:.1f} ms ({result['rows']} rows)", flush=True)
    db.execute("DROP INDEX IF EXISTS events_date_brin")
    window_mb = db.execute("SELECT coalesce(sum(pg_relation_size(i)), 0) / 1e6 FROM "
                           "unnest(ARRAY[to_regclass('events_window'), to_regclass('events_long')]) AS i").fetchone()[0]
    sizes = db.execute("SELECT pg_total_relation_size('events') / 1e6, "
                       "(SELECT sum(pg_total_relation_size(c.oid)) / 1e6 FROM pg_inherits i JOIN pg_class c "
                       "ON c.oid = i.inhrelid WHERE to_regclass('events_by_year') IS NOT NULL "
                       "AND i.inhparent = to_regclass('events_by_year'))").fetchone()
    db.close()
    lines = [f"### {events:,} events: time partitions and BRIN (ms, median / p99, eventmap's page statement)", "",
             "| bbox | time window | limit | " + " | ".join(variants) + " |",
             "|---|---|---:|" + "---:|" * len(variants)]
    for box_name in BBOXES:
        for window in WINDOWS:
            for limit in (100, 10_000):
                cells = [next(r for r in rows if r["variant"] == v and r["bbox"] == box_name and r["time"] == window
                              and r["limit"] == limit) for v in variants]
                lines.append(f"| {box_name} | {window} | {limit:,} | " + " | ".join(
                    f"{c['median']:.1f} / {c['p99']:.1f}" for c in cells) + " |")
    lines += ["", f"Built: {', '.join(f'{k} {v:.0f} s' for k, v in built.items())}; "
                  f"table {sizes[0]:.0f} MB (window indexes {window_mb:.0f} MB), partitions {sizes[1] or 0:.0f} MB"]
    args.out.mkdir(parents=True, exist_ok=True)
    report = "\n".join(lines) + "\n"
    suffix = "" if len(variants) == 3 else "-" + "-".join(v.replace(" + ", "-").replace(" ", "-") for v in variants)
    (args.out / f"partitions-{events}{suffix}.md").write_text(report)
    print(report)


if __name__ == "__main__":
    main()
