"""The `eventmap` command, run as a user runs it."""
from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from sqlalchemy import text

from tests.conftest import free_port, read_seed_reports

EVENTMAP = [sys.executable, "-m", "api.cli"]
REPO = Path(__file__).resolve().parents[1]


def run(args, database_url=None, stdin=None, env_extra=None):
    env = {**os.environ, **(env_extra or {})}
    if database_url:
        env["DATABASE_URL"] = database_url
    return subprocess.run(EVENTMAP + args, input=stdin, capture_output=True, text=True, env=env, cwd=REPO,
                          timeout=300)


def report_count(engine) -> int:
    with engine.connect() as conn:
        return conn.execute(text("SELECT count(*) FROM reports")).scalar()


def test_ingest_plain_text_listing(empty_db, database_url, tmp_path):
    seeds = read_seed_reports()[:3]
    listing = tmp_path / "listing.txt"
    listing.write_text("\n\n\n".join(f"{r['title']}\n\n\n{r['body']}" for r in seeds), encoding="utf-8")
    first = run(["ingest", "--quiet", str(listing)], database_url)
    assert first.returncode == 0, first.stderr
    assert "3 stored, 0 already stored, 0 failed" in first.stderr
    again = run(["ingest", "--quiet", str(listing)], database_url)
    assert "0 stored, 3 already stored" in again.stderr
    assert report_count(empty_db) == 3


def test_ingest_json_lines_with_a_bad_report(empty_db, database_url, tmp_path):
    path = tmp_path / "reports.jsonl"
    path.write_text(json.dumps({"id": "a", "body": "Clashes in Idlib killed 4 fighters."}) + "\n"
                    + json.dumps({"id": "b", "title": "no body"}) + "\n", encoding="utf-8")
    result = run(["ingest", "--quiet", str(path)], database_url)
    assert result.returncode == 1
    assert "report 2: not stored" in result.stderr and "needs its text" in result.stderr
    assert report_count(empty_db) == 1


def test_ingest_refuses_unreadable_files(empty_db, database_url, tmp_path):
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"id": "a", "body": "fine"}\n{oops\n', encoding="utf-8")
    result = run(["ingest", str(broken)], database_url)
    assert result.returncode == 2 and "line 2: not JSON" in result.stderr and "nothing was stored" in result.stderr
    missing = run(["ingest", str(tmp_path / "nope.jsonl")], database_url)
    assert missing.returncode == 2 and "no such file" in missing.stderr
    assert report_count(empty_db) == 0


def test_ingest_of_many_batches_streams_and_a_bad_line_anywhere_stores_nothing(empty_db, database_url, tmp_path):
    # 250 reports are three batches, analysed by the process pool; the files are read twice (checked, then
    # streamed), so a broken line in the last file must still stop everything before the first batch
    lines = [json.dumps({"id": f"r{n}", "published_at": "2017-06-01",
                         "body": f"Clashes in Idlib killed {n % 9 + 1} fighters on Tuesday (bulletin {n})."})
             for n in range(250)]
    # U+2028 is allowed unescaped inside a JSON string; it must not split the report's line
    lines[7] = json.dumps({"id": "r7", "body": "Shelling hit Aleppo.\u2028Two civilians were killed."},
                          ensure_ascii=False)
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    first.write_text("\n".join(lines[:200]) + "\n", encoding="utf-8")
    second.write_text("\n".join(lines[200:]) + "\n{oops\n", encoding="utf-8")
    refused = run(["ingest", "--quiet", str(first), str(second)], database_url)
    assert refused.returncode == 2 and "b.jsonl, line 51: not JSON" in refused.stderr
    assert report_count(empty_db) == 0
    second.write_text("\n".join(lines[200:]) + "\n", encoding="utf-8")
    stored = run(["ingest", "--quiet", str(first), str(second)], database_url)
    assert stored.returncode == 0, stored.stderr
    assert "250 stored, 0 already stored, 0 failed" in stored.stderr
    with empty_db.connect() as conn:
        assert conn.execute(text("SELECT body FROM reports WHERE external_id = 'r7'")).scalar() == \
            "Shelling hit Aleppo.\u2028Two civilians were killed."
        assert conn.execute(text("SELECT count(DISTINCT external_id) FROM reports")).scalar() == 250


def test_geoparse_and_extract_batches():
    lines = "".join(json.dumps(r) + "\n" for r in read_seed_reports())
    geoparsed = run(["geoparse"], stdin=lines)
    assert geoparsed.returncode == 0, geoparsed.stderr
    rows = [json.loads(line) for line in geoparsed.stdout.splitlines()]
    assert [r["id"] for r in rows] == [r["id"] for r in read_seed_reports()]
    names = {t["name"] for r in rows for t in r["toponyms"]}
    assert {"Raqqa", "Palmyra", "Mosul", "Geneva"} <= names
    extracted = run(["extract"], stdin=lines)
    assert extracted.returncode == 0, extracted.stderr
    by_id = {r["id"]: r for r in map(json.loads, extracted.stdout.splitlines())}
    assert by_id["seed-01"]["totals"]["killed"] == 80
    assert by_id["seed-03"]["totals"] == {"killed": 20, "wounded": 7}
    bad = run(["extract"], stdin="not json\n")
    assert bad.returncode != 0 and "standard input line 1: not JSON" in bad.stderr



@pytest.mark.parametrize("command, line, message", [
    ("extract", {"body": 5}, 'line 2: "body" must be text, not int'),
    ("extract", {"body": "Shelling in Idlib.", "published_at": "last week"}, '"published_at" \'last week\' is not an ISO'),
    ("geoparse", {"title": ["Idlib"], "body": "Shelling."}, 'line 2: "title" must be text, not list'),
    ("geoparse", ["Idlib"], "line 2: not a JSON object"),
])
def test_a_batch_line_of_the_wrong_kind_stops_with_its_number(command, line, message):
    # was a TypeError's traceback from deep inside the tokenizer, or a publication date silently dropped
    result = run([command], stdin=json.dumps({"body": "Shelling in Idlib."}) + "\n" + json.dumps(line) + "\n")
    assert result.returncode == 1
    assert message in result.stderr and "Traceback" not in result.stderr


def test_embedded_default_starts_its_own_cluster():
    folder = Path(tempfile.mkdtemp(prefix="eventmap-cli-pg-"))
    env = {"EVENTMAP_DATA_DIR": str(folder), "EVENTMAP_EMBEDDED_PORT": str(free_port())}
    env_clean = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "EVENTMAP_DATABASE_URL")}
    try:
        result = subprocess.run(EVENTMAP + ["db", "upgrade"], capture_output=True, text=True, cwd=REPO,
                                env={**env_clean, **env}, timeout=300)
        assert result.returncode == 0, result.stderr
        assert (folder / "pg" / "PG_VERSION").exists()
        # The second start reuses the folder.
        again = subprocess.run(EVENTMAP + ["db", "upgrade"], capture_output=True, text=True, cwd=REPO,
                               env={**env_clean, **env}, timeout=300)
        assert again.returncode == 0, again.stderr
    finally:
        subprocess.run(EVENTMAP + ["db", "stop"], cwd=REPO, env={**env_clean, **env}, timeout=120)
        shutil.rmtree(folder, ignore_errors=True)


def test_an_embedded_cluster_whose_port_is_taken_says_so():
    folder = Path(tempfile.mkdtemp(prefix="eventmap-cli-pg-"))
    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen()
    env = {"EVENTMAP_DATA_DIR": str(folder), "EVENTMAP_EMBEDDED_PORT": str(taken.getsockname()[1])}
    env_clean = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "EVENTMAP_DATABASE_URL")}
    try:
        result = subprocess.run(EVENTMAP + ["db", "upgrade"], capture_output=True, text=True, cwd=REPO,
                                env={**env_clean, **env}, timeout=300)
        assert result.returncode == 1
        assert f"port {taken.getsockname()[1]} is taken" in result.stderr and "Traceback" not in result.stderr
    finally:
        taken.close()
        shutil.rmtree(folder, ignore_errors=True)


def test_demo_serves_the_seed_and_stops_its_cluster_on_sigterm():
    import signal
    import time

    import httpx

    folder = Path(tempfile.mkdtemp(prefix="eventmap-demo-"))
    port = free_port()
    env_clean = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "EVENTMAP_DATABASE_URL")}
    env = {**env_clean, "EVENTMAP_DATA_DIR": str(folder), "EVENTMAP_EMBEDDED_PORT": str(free_port()),
           "EVENTMAP_PORT": str(port)}
    server = subprocess.Popen(EVENTMAP + ["demo"], cwd=REPO, env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 120
        while True:
            assert server.poll() is None, server.stderr.read()
            try:
                if httpx.get(f"http://127.0.0.1:{port}/healthz").status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline, "the demo did not start"
            time.sleep(0.3)
        features = httpx.get(f"http://127.0.0.1:{port}/api/events").json()["features"]
        assert len(features) >= 5
        assert (folder / "pg" / "postmaster.pid").exists()
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=60)
        assert not (folder / "pg" / "postmaster.pid").exists(), "the embedded cluster was left running"
    finally:
        if server.poll() is None:
            server.kill()
        subprocess.run(EVENTMAP + ["db", "stop"], cwd=REPO, env=env, timeout=120)
        shutil.rmtree(folder, ignore_errors=True)
