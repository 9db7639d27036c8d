"""Test fixtures: a real PostGIS cluster started by the tests, the real app served over real HTTP."""
from __future__ import annotations

import json
import os
import shutil
import socket
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

import httpx
import pytest

API_KEY = "test-key"
os.environ["EVENTMAP_API_KEY"] = API_KEY

from api.settings import get_settings  # noqa: E402  (the key must be in the environment first)

get_settings.cache_clear()

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED_REPORTS = REPO / "api" / "demo" / "seed-reports.jsonl"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def database_url():
    """EVENTMAP_TEST_DATABASE_URL if given (it must be a scratch database), else a fresh embedded cluster."""
    given = os.environ.get("EVENTMAP_TEST_DATABASE_URL")
    if given:
        yield given
        return
    from api.embedded import EmbeddedCluster

    folder = Path(tempfile.mkdtemp(prefix="eventmap-test-pg-"))
    cluster = EmbeddedCluster(folder, free_port())
    url = cluster.start()
    yield url
    cluster.stop()
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def engine(database_url):
    from api.database import make_engine, sqlalchemy_url
    from api.migrate import upgrade

    engine = make_engine(sqlalchemy_url(database_url), get_settings())
    upgrade(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def empty_db(engine):
    """Every table emptied: the test starts from nothing."""
    from sqlalchemy import text

    with engine.begin() as conn:
        conn.execute(text("TRUNCATE event_sources, events, reports, places, actors, geocode_cache RESTART IDENTITY CASCADE"))
    return engine


class LiveServer:
    """An ASGI app under uvicorn in a thread, on a free loopback port."""

    def __init__(self, app):
        import uvicorn

        self.port = free_port()
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> str:
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.05)
        return f"http://127.0.0.1:{self.port}"

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture(scope="session")
def server_url(engine):
    """The real app under uvicorn on a loopback port, for the whole session."""
    from api.app import create_app

    with LiveServer(create_app(engine)) as url:
        yield url


@pytest.fixture
def client(server_url):
    with httpx.Client(base_url=server_url, timeout=30) as c:
        yield c


@pytest.fixture
def writer(server_url):
    """A client that sends the API key."""
    with httpx.Client(base_url=server_url, timeout=60, headers={"X-API-Key": API_KEY}) as c:
        yield c


def run_sql(engine, sql: str, params: dict | None = None):
    """Run one SQL statement in its own transaction; returns the engine (for fixtures that fill a database)."""
    from sqlalchemy import text

    with engine.begin() as conn:
        conn.execute(text(sql), params or {})
    return engine


def read_seed_reports() -> list[dict]:
    return [json.loads(line) for line in SEED_REPORTS.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def geoparser():
    """A geoparser over the default gazetteer (the geocoding tests')."""
    from geocoding import Geoparser

    return Geoparser()


@pytest.fixture
def seeded(empty_db, writer):
    """The ten seed reports ingested through the API."""
    response = writer.post("/api/reports", json=read_seed_reports())
    assert response.status_code == 201, response.text
    return response.json()


class FakeGeocodingServices(BaseHTTPRequestHandler):
    """Nominatim (/search) and Photon (/api) on loopback: every name is found near Raqqa but "Nowhere"."""
    hits: list[str] = []

    def do_GET(self):  # noqa: N802 (http.server's name)
        url = urlparse(self.path)
        q = parse_qs(url.query).get("q", [""])[0]
        type(self).hits.append(q)
        if url.path == "/search":
            body = [] if q == "Nowhere" else [{"lat": "35.88", "lon": "39.02", "display_name": f"{q}, Syria",
                                                "place_id": 1, "boundingbox": ["35.8", "35.9", "39.0", "39.1"]}]
        elif url.path == "/api":
            body = {"type": "FeatureCollection", "features": [{
                "type": "Feature", "geometry": {"type": "Point", "coordinates": [39.02, 35.88]},
                "properties": {"name": q, "country": "Syria"}}]}
        else:
            self.send_response(404)
            self.end_headers()
            return
        data = json.dumps(body).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


@dataclass
class Loopback:
    domain: str        # host:port, for geopy's domain option (with scheme="http")
    hits: list[str]    # the queries the services were asked, in order


@pytest.fixture()
def loopback():
    """The fake online geocoding services on a loopback port."""
    FakeGeocodingServices.hits = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeGeocodingServices)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield Loopback(f"127.0.0.1:{server.server_address[1]}", FakeGeocodingServices.hits)
    server.shutdown()
    server.server_close()
