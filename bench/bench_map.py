"""The map page under load, measured in headless Chromium driving the real page.

    python bench/bench_map.py [--events 100000] [--keep]

A scratch embedded PostGIS cluster in a temp folder gets N synthetic events (generate_series, all inside
one view over Syria and Iraq); the real app serves them under uvicorn; Playwright opens the page on that view
and reads the page's own performance marks. Reported:

- data → rendered: from the events' response body arriving to map, timeline and list drawn (and to the
  frame on screen), the budget being 1 s;
- time-window frames: the work of one frame while the window slides (mask 100k events by time, redraw the
  canvas and the timeline), the budget being 16 ms; and the frame intervals the browser achieved;
- panning: frame intervals while the map is dragged, and the redraw when the drag ends.
Figures go to stdout and test-artifacts/bench-map.json."""
from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--no-first-run", "--disable-sync", "--disable-quic"]
VIEW_BBOX = "35,30,48,38"

SYNTHETIC_EVENTS = """
INSERT INTO events (event_type, sub_event_type, actor1, actor2, killed_low, killed_best, killed_high, wounded_best,
                    date_start, date_end, date_precision, location_name, country_code, geom, location_precision)
SELECT (ARRAY['Battles','Explosions/Remote violence','Violence against civilians','Protests','Riots',
              'Strategic developments'])[1 + g % 6],
       (ARRAY['Armed clash','Shelling/artillery/missile attack','Attack','Peaceful protest','Mob violence',
              'Arrests'])[1 + g % 6],
       'Actor ' || (g % 97), CASE WHEN g % 3 = 0 THEN NULL ELSE 'Actor ' || (g % 89) END,
       k, k, k + (g % 4), CASE WHEN g % 5 = 0 THEN NULL ELSE k * 2 END,
       d, d + (g % 3)::int, 1 + (g % 3), 'Place ' || (g % 3000), (ARRAY['SY','IQ'])[1 + g % 2],
       -- places around a few hundred towns, so that the map has the clumps real data has
       ST_SetSRID(ST_MakePoint(36 + ((g * 7919) % 1100) / 100.0 + (random() - 0.5) * 0.3,
                               31 + ((g * 104729) % 600) / 100.0 + (random() - 0.5) * 0.3), 4326),
       1 + (g % 6)
FROM generate_series(1::bigint, :n) AS g,
     -- (g * 0: a LATERAL that does not mention g is computed once, not once per row)
     LATERAL (SELECT floor(exp(random() * 4.5 + g * 0))::int - 1 AS k, DATE '2016-01-01' + (random() * 730 + g * 0)::int AS d) AS r
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def percentiles(values: list[float]) -> dict:
    ordered = sorted(values)
    pick = lambda q: round(ordered[min(len(ordered) - 1, int(q * len(ordered)))], 2)  # noqa: E731
    return {"p50": pick(0.5), "p95": pick(0.95), "max": round(ordered[-1], 2), "mean": round(statistics.mean(ordered), 2),
            "n": len(ordered)}


SLIDE_WINDOW = """async (frames) => {
  const app = window.eventmap, { first, last } = app.timeline.domain();
  const width = Math.round((last - first) / 10), work = [], intervals = [];
  let previous = performance.now();
  for (let k = 0; k < frames; k++) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const now = performance.now();
    if (k) intervals.push(now - previous);
    previous = now;
    const from = first + Math.round((k * (last - first - width)) / frames);
    const t0 = performance.now();
    app.previewTimeWindow(from, from + width);
    work.push(performance.now() - t0);
  }
  const drawn = { ...app.layer.drawn };
  return { work, intervals, drawn };
}"""

RECORD_FRAMES = """() => {
  window.__frames = [];
  let previous = performance.now();
  const tick = (now) => { window.__frames.push(now - previous); previous = now; if (window.__recording) requestAnimationFrame(tick); };
  window.__recording = true;
  requestAnimationFrame(tick);
}"""


def run(n_events: int, keep: bool) -> dict:
    import uvicorn
    from playwright.sync_api import sync_playwright
    from sqlalchemy import text

    from api.app import create_app
    from api.database import make_engine, sqlalchemy_url
    from api.embedded import EmbeddedCluster
    from api.migrate import upgrade
    from api.settings import get_settings

    folder = Path(tempfile.mkdtemp(prefix="eventmap-bench-"))
    os.chmod(folder, 0o755)  # the cluster runs as postgres when we are root: it must reach its folder
    cluster = EmbeddedCluster(folder / "db", free_port())
    results: dict = {"events": n_events}
    try:
        engine = make_engine(sqlalchemy_url(cluster.start()), get_settings())
        upgrade(engine)
        t0 = time.perf_counter()
        with engine.begin() as conn:
            conn.execute(text(SYNTHETIC_EVENTS), {"n": n_events})
            conn.execute(text("ANALYZE events"))
        results["insert_s"] = round(time.perf_counter() - t0, 2)

        port = free_port()
        server = uvicorn.Server(uvicorn.Config(create_app(engine), host="127.0.0.1", port=port, log_level="warning"))
        threading.Thread(target=server.run, daemon=True).start()
        while not server.started:
            time.sleep(0.05)
        base = f"http://127.0.0.1:{port}"

        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1280, "height": 800})
            page.goto(f"{base}/?bbox={VIEW_BBOX}")
            page.wait_for_function("() => window.eventmap && window.eventmap.status === 'ready'", timeout=120_000)
            page.wait_for_function("() => performance.getEntriesByName('eventmap:painted').length > 0")
            marks = page.evaluate("""() => {
                const t = (name) => performance.getEntriesByName(name)[0].startTime;
                const points = performance.getEntriesByType('resource').find((r) => r.name.includes('/api/aggregates/points'));
                return { arrived: t('eventmap:data-arrived'), rendered: t('eventmap:rendered'), painted: t('eventmap:painted'),
                         request_ms: points.responseEnd - points.requestStart, transfer_bytes: points.transferSize,
                         body_bytes: points.decodedBodySize, drawn: { ...window.eventmap.layer.drawn },
                         in_view: window.eventmap.indexesInView().length };
            }""")
            results["first_render"] = {
                "data_to_rendered_ms": round(marks["rendered"] - marks["arrived"], 1),
                "data_to_painted_ms": round(marks["painted"] - marks["arrived"], 1),
                "points_request_ms": round(marks["request_ms"], 1),
                "points_transfer_kb": round(marks["transfer_bytes"] / 1024), "points_body_kb": round(marks["body_bytes"] / 1024),
                "events_in_view": marks["in_view"], "drawn": marks["drawn"],
            }
            (REPO / "test-artifacts").mkdir(exist_ok=True)
            page.screenshot(path=str(REPO / "test-artifacts" / "bench-map.png"))
            slide = page.evaluate(SLIDE_WINDOW, 180)
            results["time_window"] = {"frame_work_ms": percentiles(slide["work"]),
                                      "frame_interval_ms": percentiles(slide["intervals"]), "drawn_last": slide["drawn"]}
            page.evaluate("() => window.eventmap.previewTimeWindow(null, null)")
            box = page.locator("#map").bounding_box()
            cx, cy = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
            page.evaluate(RECORD_FRAMES)
            page.mouse.move(cx, cy)
            page.mouse.down()
            for step in range(60):
                page.mouse.move(cx - step * 5, cy - step * 2)
            page.mouse.up()
            page.wait_for_timeout(300)
            frames = page.evaluate("() => { window.__recording = false; return window.__frames.slice(1); }")
            results["pan"] = {"frame_interval_ms": percentiles(frames),
                              "redraw_after_pan_ms": round(page.evaluate("() => window.eventmap.layer.lastDrawMs"), 2)}
            page.evaluate("() => { window.eventmap.map.setZoom(window.eventmap.map.getZoom() + 2, {animate: false}); }")
            page.wait_for_timeout(200)
            results["zoom_in_redraw_ms"] = round(page.evaluate("() => window.eventmap.layer.lastDrawMs"), 2)
            browser.close()
        server.should_exit = True
    finally:
        cluster.stop()
        if not keep:
            shutil.rmtree(folder, ignore_errors=True)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--keep", action="store_true", help="keep the scratch cluster's folder")
    args = parser.parse_args()
    results = run(args.events, args.keep)
    print(json.dumps(results, indent=2))
    out = REPO / "test-artifacts"
    out.mkdir(exist_ok=True)
    (out / "bench-map.json").write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
