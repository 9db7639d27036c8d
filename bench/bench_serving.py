"""Serving at scale, in one run: eventmap vs tipg 1.6.1 vs the same SQL run directly in PostgreSQL.

    .venv/bin/python bench/bench_serving.py                      # 1,000,000 events
    .venv/bin/python bench/bench_serving.py --events 10000000    # the 10M run (bbox p99 only)

It starts a scratch embedded cluster, migrates it, loads synthetic events in bulk (bench/synth.py),
CLUSTERs them, starts eventmap and tipg under uvicorn with the same number of workers against the same
table, then measures: pages of 100 and 10,000 features for three bbox sizes (interleaved requests, one
at a time, median and p99), requests/s under load (wrk, 16 connections), vector tiles at zooms 4, 8
and 12. "SQL" is eventmap's own statement run over psycopg from this process (the floor); "SQL
json_agg" is the plain json_agg(json_build_object(... ST_AsGeoJSON ...)) in id order (PLAIN_JSON_AGG) for comparison;
"bare ASGI" (bench/serve_floor.py) is that statement behind uvicorn with no framework: what HTTP and an event loop cost
by themselves, the floor of any Python server. tipg is installed
in its own venv, made with the Python of eventmap's .venv (TIPG_VENV, default /tmp/tipg-venv: `/usr/bin/python3 -m venv /tmp/tipg-venv &&
/tmp/tipg-venv/bin/pip install tipg==1.6.1 uvicorn uvloop httptools`). Responses are not compressed
(Accept-Encoding: identity) for both servers.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import random
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
import psycopg
from psycopg.rows import tuple_row
from psycopg.types.string import ByteaBinaryLoader

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(HERE))

import synth  # noqa: E402
from keepalive_client import KeepAliveClient  # noqa: E402
from api import queries  # noqa: E402
from api.ogc_db import STREAM_ROWS, streamed  # noqa: E402

# Three bbox sizes around Aleppo and Idlib (dense), as a map would ask: a city, a province, a region.
BBOXES = {"city 0.2°": (37.05, 36.10, 37.25, 36.30), "province 1°": (36.5, 35.6, 37.5, 36.6),
          "region 5°": (35.0, 33.5, 40.0, 38.5)}
# The properties eventmap's features carry, as columns: tipg is asked for the same ones.
TIPG_PROPERTIES = ("event_type,sub_event_type,actor1,actor1_inter,actor1_country,actor2,actor2_inter,actor2_country,"
                   "killed_best,killed_low,killed_high,killed_civilians,wounded_best,wounded_low,wounded_high,"
                   "date_start,date_end,date_precision,location_name,geonameid,country_code,admin1,"
                   "location_precision,confidence,status")


# The plain way, for comparison: a page of features built by json_build_object per row, keyset on id.
PLAIN_FEATURE = """json_build_object('type', 'Feature', 'id', e.id, 'geometry', ST_AsGeoJSON(e.geom, 6)::json,
    'properties', json_build_object(
    'event_type', e.event_type, 'sub_event_type', e.sub_event_type,
    'actor1', e.actor1, 'actor1_inter', e.actor1_inter, 'actor1_country', e.actor1_country,
    'actor2', e.actor2, 'actor2_inter', e.actor2_inter, 'actor2_country', e.actor2_country,
    'killed', e.killed_best, 'killed_low', e.killed_low, 'killed_high', e.killed_high,
    'killed_civilians', e.killed_civilians,
    'wounded', e.wounded_best, 'wounded_low', e.wounded_low, 'wounded_high', e.wounded_high,
    'date_start', e.date_start, 'date_end', e.date_end, 'date_precision', e.date_precision,
    'location', e.location_name, 'geonameid', e.geonameid, 'country_code', e.country_code,
    'admin1', e.admin1, 'location_precision', e.location_precision,
    'confidence', e.confidence, 'status', e.status))"""
PLAIN_JSON_AGG = f"""
WITH page AS (SELECT e.* FROM events e WHERE e.geom && ST_MakeEnvelope(:min_lon, :min_lat, :max_lon, :max_lat, 4326)
              AND e.status <> 'rejected' ORDER BY e.id LIMIT :limit)
SELECT coalesce(json_agg({PLAIN_FEATURE} ORDER BY e.id), '[]'::json)::text FROM page e
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            if httpx.get(url, timeout=5).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        if time.monotonic() > deadline:
            raise RuntimeError(f"{url} did not come up")
        time.sleep(0.5)


def stats(times: list[float]) -> dict:
    ms = sorted(t * 1000 for t in times)
    p99 = ms[min(len(ms) - 1, math.ceil(0.99 * len(ms)) - 1)]
    return {"median": statistics.median(ms), "p99": p99, "n": len(ms)}


def psycopg_sql(sql: str) -> str:
    return re.sub(r"(?<![:\w]):([A-Za-z_]\w*)", r"%(\1)s", sql.replace("%", "%%"))


def wrk(url: str, seconds: int, connections: int = 16) -> float:
    out = subprocess.run(["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", url],
                         capture_output=True, text=True, timeout=seconds + 60).stdout
    match = re.search(r"Requests/sec:\s+([\d.]+)", out)
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    if errors:
        print(f"    wrk: {errors.group(1)} non-2xx responses for {url}")
    return float(match.group(1)) if match else float("nan")


def tile_of(lon: float, lat: float, z: int) -> tuple[int, int, int]:
    n = 1 << z
    x = int((lon + 180) / 360 * n)
    y = int((1 - math.asinh(math.tan(math.radians(lat))) / math.pi) / 2 * n)
    return z, min(max(x, 0), n - 1), min(max(y, 0), n - 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--workers", type=int, default=2, help="uvicorn workers, the same for both servers")
    parser.add_argument("--rounds-small", type=int, default=200, help="requests per system for 100-feature pages")
    parser.add_argument("--rounds-large", type=int, default=30, help="requests per system for 10,000-feature pages")
    parser.add_argument("--wrk-seconds", type=int, default=10)
    parser.add_argument("--tiles", type=int, default=60, help="tiles per zoom")
    parser.add_argument("--data-dir", type=Path, help="keep the cluster here (reused if it holds --events events)")
    parser.add_argument("--no-tipg", action="store_true")
    parser.add_argument("--out", type=Path, default=HERE / "results")
    args = parser.parse_args()
    tipg_venv = Path(os.environ.get("TIPG_VENV", "/tmp/tipg-venv"))
    with_tipg = not args.no_tipg and (tipg_venv / "bin" / "uvicorn").exists()
    if not args.no_tipg and not with_tipg:
        print(f"tipg not found in {tipg_venv}: measuring without it (see the docstring to install it)")

    from api.database import make_engine
    from api.embedded import EmbeddedCluster
    from api.migrate import upgrade
    from api.settings import get_settings

    data_dir = args.data_dir or Path(tempfile.mkdtemp(prefix="eventmap-bench-"))
    data_dir.mkdir(parents=True, exist_ok=True)
    data_dir.chmod(0o755)
    port = free_port()
    cluster = EmbeddedCluster(data_dir, port)
    if cluster.running():  # a kept cluster left running (on another port) by an earlier run
        cluster.stop()
    url = cluster.start()
    plain_url = url.replace("postgresql+psycopg", "postgresql")
    # the machine may be shared: its load average when the measuring starts and ends goes in the results
    results: dict = {"events": args.events, "workers": args.workers, "machine": f"{os.cpu_count()} cores"}
    procs: list[subprocess.Popen] = []
    try:
        def revision():
            with psycopg.connect(plain_url) as conn:
                return conn.execute("SELECT to_regclass('alembic_version') IS NOT NULL").fetchone()[0] and \
                    conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        before = revision()
        engine = make_engine(url, get_settings())
        upgrade(engine)
        engine.dispose()
        with psycopg.connect(plain_url) as conn:
            have = conn.execute("SELECT count(*) FROM events").fetchone()[0]
        if have == args.events and before and before != revision():
            # a kept cluster just migrated: a migration may have rewritten rows (0006 rewrites every feature),
            # leaving the table bloated and out of key order
            print(f"migrated {before} -> {revision()}: CLUSTER and VACUUM ANALYZE ...")
            synth.cluster(url)
        if have != args.events:
            with psycopg.connect(plain_url, autocommit=True) as conn:
                conn.execute("TRUNCATE events RESTART IDENTITY CASCADE")
            print(f"loading {args.events:,} synthetic events ...")
            t0 = time.perf_counter()
            results["load"] = synth.load(url, args.events)
            results["load"]["cluster_s"] = synth.cluster(url)
            results["load"]["total_s"] = time.perf_counter() - t0
            print(f"  loaded in {results['load']['total_s']:.0f} s: {results['load']}")
        with psycopg.connect(plain_url) as conn:
            results["table_mb"] = conn.execute("SELECT pg_total_relation_size('events') / 1e6").fetchone()[0]

        em_port, tipg_port = free_port(), free_port()
        env = {**os.environ, "DATABASE_URL": plain_url, "EVENTMAP_API_KEY": "bench"}
        procs.append(subprocess.Popen(
            [str(REPO / ".venv" / "bin" / "uvicorn"), "--app-dir", str(HERE), "serve_eventmap:app", "--host", "127.0.0.1",
             "--port", str(em_port), "--workers", str(args.workers), "--log-level", "warning", "--no-access-log"],
            env=env, cwd=REPO))
        floor_port = free_port()
        procs.append(subprocess.Popen(
            [str(REPO / ".venv" / "bin" / "uvicorn"), "--app-dir", str(HERE), "serve_floor:app", "--host", "127.0.0.1",
             "--port", str(floor_port), "--workers", str(args.workers), "--log-level", "warning", "--no-access-log"],
            env=env, cwd=REPO))
        if with_tipg:
            tipg_env = {**os.environ, "DATABASE_URL": plain_url, "TIPG_DB_SCHEMAS": '["public"]',
                        "TIPG_DB_TABLES": '["public.events"]', "TIPG_DB_EXCLUDE_FUNCTION_SCHEMAS": '["public", "pg_temp"]', "TIPG_MAX_FEATURES_PER_QUERY": "10000"}
            procs.append(subprocess.Popen(
                [str(tipg_venv / "bin" / "uvicorn"), "tipg.main:app", "--host", "127.0.0.1", "--port", str(tipg_port),
                 "--workers", str(args.workers), "--log-level", "warning", "--no-access-log"], env=tipg_env, cwd="/tmp"))
        em = f"http://127.0.0.1:{em_port}"
        results["load_average"] = {"start": os.getloadavg()[0]}
        tp = f"http://127.0.0.1:{tipg_port}"
        wait_for(f"{em}/ogc")
        floor = f"http://127.0.0.1:{floor_port}"
        wait_for(floor)
        if with_tipg:
            wait_for(f"{tp}/collections/public.events")

        def em_items(box, limit):
            return f"/ogc/collections/events/items?bbox={','.join(map(str, box))}&limit={limit}"

        def tipg_items(box, limit):
            return (f"/collections/public.events/items?bbox={','.join(map(str, box))}&limit={limit}"
                    f"&properties={TIPG_PROPERTIES}")

        # One persistent keep-alive connection per server, the same minimal client for both
        # (bench/keepalive_client.py): httpx added 1-3 ms a request of its own (100-feature pages, loaded
        # machine: 7.8-8.8 ms with this client, 8.8-12.1 ms with httpx, interleaved).
        em_client = KeepAliveClient(em, headers={"Accept-Encoding": "identity"})
        floor_client = KeepAliveClient(floor, headers={"Accept-Encoding": "identity"})
        tipg_client = KeepAliveClient(tp, headers={"Accept-Encoding": "identity"}) if with_tipg else None
        db = psycopg.connect(plain_url, autocommit=True)
        db.execute("SET max_parallel_workers_per_gather = 0")  # as the serving pool (api/ogc_db.py)

        def http_call(client, path):
            def call():
                status, body = client.get(path)
                assert status == 200, (path, status, body[:200])
                return len(body)
            return call

        def sql_call(sql, params):
            sql = psycopg_sql(sql)
            def call():
                return len(db.execute(sql, params).fetchone()[0] or "")
            return call

        def page_call(sql, params, limit):
            """eventmap's statement and what its route does with the rows, short of HTTP: a page of more than
            STREAM_ROWS read in chunks as the route streams it (psycopg's stream(), blocking, is as fast here as
            the route's chunks and faster than one result: 24-28 against 27-34 ms for 10,000 features)."""
            sql = psycopg_sql(sql)
            if streamed(limit):
                def call():
                    cur = db.cursor(binary=True, row_factory=tuple_row)
                    cur.adapters.register_loader("text", ByteaBinaryLoader)  # a feature's text as its bytes
                    features = [row[0] for row in cur.stream(sql, params, size=STREAM_ROWS)]
                    return len(b",".join(features[1:limit + 1]))  # the first row is the snapshot
                return call
            def call():  # as api/ogc_db.fetch_page: the first row is the snapshot, the features follow
                cur = db.cursor(binary=True)
                cur.execute(sql, params)
                res = cur.pgresult
                get = res.get_value
                return len(b",".join([get(i, 0) for i in range(1, min(res.ntuples - 1, limit) + 1)]))
            return call

        pages = []
        for size, box in BBOXES.items():
            with psycopg.connect(plain_url) as conn:
                matched = conn.execute("SELECT count(*) FROM events WHERE geom && ST_MakeEnvelope(%s,%s,%s,%s,4326)",
                                       box).fetchone()[0]
            for limit in (100, 10_000):
                q = queries.EventQuery(bbox=box, limit=limit)
                plain = dict(zip(("min_lon", "min_lat", "max_lon", "max_lat"), box), limit=limit)
                systems = {"eventmap": http_call(em_client, em_items(box, limit)),
                           "bare ASGI": http_call(floor_client, f"/?bbox={','.join(map(str, box))}&limit={limit}"),
                           "SQL (eventmap's)": page_call(*queries.features_page(q), limit),
                           "SQL json_agg": sql_call(PLAIN_JSON_AGG, plain)}
                if with_tipg:
                    systems["tipg"] = http_call(tipg_client, tipg_items(box, limit))
                rounds = args.rounds_small if limit == 100 else args.rounds_large
                times = {name: [] for name in systems}
                sizes = {}
                for name, call in systems.items():  # warm up
                    for _ in range(3):
                        sizes[name] = call()
                names, shuffler = list(systems), random.Random(len(pages))
                for _ in range(rounds):
                    # a new order each round: in a fixed one, eventmap always came after tipg, whose pages
                    # (168k rows for the region) had evicted its rows from the shared buffers, and its
                    # SQL always after eventmap, which had just read them back
                    shuffler.shuffle(names)
                    for name in names:
                        call = systems[name]
                        t0 = time.perf_counter()
                        call()
                        times[name].append(time.perf_counter() - t0)
                row = {"bbox": size, "matched": matched, "limit": limit, "bytes": sizes}
                row.update({name: stats(t) for name, t in times.items()})
                pages.append(row)
                print(f"  {size:12} limit {limit:6}: " + "  ".join(
                    f"{n} {row[n]['median']:.1f}/{row[n]['p99']:.1f} ms" for n in systems))
        results["pages"] = pages

        # Requests per second under load: 100-feature pages, province bbox, wrk on loopback.
        box = BBOXES["province 1°"]
        results["rps"] = {"eventmap": wrk(em + em_items(box, 100), args.wrk_seconds)}
        if with_tipg:
            results["rps"]["tipg"] = wrk(tp + tipg_items(box, 100), args.wrk_seconds)
        print(f"  requests/s, 100-feature pages, 16 connections: {results['rps']}")

        # Tiles at zooms 4, 8, 12, where the events are (tiles of randomly drawn events).
        with psycopg.connect(plain_url) as conn:
            points = conn.execute("SELECT ST_X(geom), ST_Y(geom) FROM events TABLESAMPLE SYSTEM (1) "
                                  "WHERE geom IS NOT NULL LIMIT 2000").fetchall()
        random.seed(1)
        tiles = {}
        for z in (4, 8, 12):
            chosen = list({tile_of(lon, lat, z) for lon, lat in random.sample(points, min(len(points), 400))})
            random.shuffle(chosen)
            chosen = chosen[:args.tiles]
            systems = {"eventmap": lambda t: em_client.get(f"/tiles/{t[0]}/{t[1]}/{t[2]}.pbf")}
            if with_tipg:
                systems["tipg"] = lambda t: tipg_client.get(
                    f"/collections/public.events/tiles/WebMercatorQuad/{t[0]}/{t[1]}/{t[2]}")
            times = {name: [] for name in systems}
            sizes = {name: [] for name in systems}
            for t in chosen:
                for name, get in systems.items():
                    t0 = time.perf_counter()
                    status, body = get(t)
                    times[name].append(time.perf_counter() - t0)
                    assert status in (200, 204), (name, t, status, body[:200])
                    sizes[name].append(len(body))
            tiles[z] = {name: {**stats(times[name]), "mean_bytes": statistics.mean(sizes[name])} for name in systems}
            print(f"  tiles z{z}: " + "  ".join(f"{n} {v['median']:.1f}/{v['p99']:.1f} ms" for n, v in tiles[z].items()))
        results["tiles"] = tiles
        results["load_average"]["end"] = os.getloadavg()[0]
        db.close()
        em_client.close()
        floor_client.close()
        if tipg_client is not None:
            tipg_client.close()
    finally:
        for proc in procs:
            proc.terminate()
        for proc in procs:
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
        if args.data_dir is None:
            cluster.stop()
            shutil.rmtree(data_dir, ignore_errors=True)

    args.out.mkdir(parents=True, exist_ok=True)
    stem = f"serving-{args.events}"
    (args.out / f"{stem}.json").write_text(json.dumps(results, indent=2, default=str))
    report = markdown(results)
    (args.out / f"{stem}.md").write_text(report)
    print(report)


def markdown(results: dict) -> str:
    load = results.get("load_average")
    lines = [f"### {results['events']:,} events, {results['machine']}, {results['workers']} uvicorn workers each", ""]
    if load:
        lines += [f"Load average (1 min) when measuring started / ended: {load['start']:.1f} / {load.get('end', float('nan')):.1f}", ""]
    lines += [
             "Pages (ms, median / p99; requests one at a time):", "",
             "| bbox | matched | limit | eventmap | tipg | bare ASGI | SQL (eventmap's) | SQL json_agg | tipg / eventmap "
             "| eventmap / SQL | bare ASGI / SQL |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for row in results.get("pages", []):
        def cell(name):
            return f"{row[name]['median']:.1f} / {row[name]['p99']:.1f}" if name in row else "-"
        ratio = f"{row['tipg']['median'] / row['eventmap']['median']:.1f}x" if "tipg" in row else "-"
        sql = row["SQL (eventmap's)"]["median"]

        def over_sql(name):
            return f"{row[name]['median'] / sql:.2f}x" if name in row else "-"
        lines.append(f"| {row['bbox']} | {row['matched']:,} | {row['limit']:,} | {cell('eventmap')} | {cell('tipg')} | "
                     f"{cell('bare ASGI')} | {cell('SQL (eventmap' + chr(39) + 's)')} | {cell('SQL json_agg')} | {ratio} | "
                     f"{over_sql('eventmap')} | {over_sql('bare ASGI')} |")
    rps = results.get("rps", {})
    lines += ["", "Requests/s, 100-feature pages (province bbox), wrk -c16: " + ", ".join(
        f"{k} {v:,.0f}" for k, v in rps.items()) + (
        f" ({rps['eventmap'] / rps['tipg']:.1f}x)" if "tipg" in rps and rps["tipg"] else ""), "",
        "Tiles (ms, median / p99, mean size):", "", "| zoom | eventmap | tipg |", "|---|---:|---:|"]
    for z, row in results.get("tiles", {}).items():
        def tcell(name):
            return (f"{row[name]['median']:.1f} / {row[name]['p99']:.1f} ({row[name]['mean_bytes'] / 1000:.0f} kB)"
                    if name in row else "-")
        lines.append(f"| {z} | {tcell('eventmap')} | {tcell('tipg')} |")
    if "load" in results:
        lines += ["", f"Load: {json.dumps({k: round(v, 1) for k, v in results['load'].items()})}, "
                      f"table with indexes {results['table_mb']:.0f} MB"]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
