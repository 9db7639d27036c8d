"""The online geocoder fallback, configured in settings, cached in PostGIS. The "online" service is a
loopback HTTP server speaking Nominatim's protocol: nothing outside this machine can be reached."""
from __future__ import annotations

import os
import subprocess
import sys

import httpx
import pytest
from sqlalchemy import text

from api.app import create_app
from api.settings import Settings
from tests.conftest import API_KEY, REPO, LiveServer

def test_geocode_falls_back_to_the_online_service_and_caches(empty_db, loopback):
    settings = Settings(geocoder="nominatim",
                        geocoder_options={"domain": loopback.domain, "scheme": "http", "min_delay_seconds": 0})
    with LiveServer(create_app(empty_db, settings)) as url, httpx.Client(base_url=url) as client:
        first = client.get("/api/geocode", params={"q": "Ratla"}).json()
        assert first[0]["lat"] == pytest.approx(35.88) and first[0]["lon"] == pytest.approx(39.02)
        again = client.get("/api/geocode", params={"q": "Ratla"}).json()
        assert again == first
        assert client.get("/api/geocode", params={"q": "Nowhere"}).json() == []
        client.get("/api/geocode", params={"q": "Nowhere"})
        # Known gazetteer names never reach the service.
        assert client.get("/api/geocode", params={"q": "Raqqa"}).json()[0]["country_code"] == "SY"
    assert loopback.hits.count("Ratla") == 1
    assert loopback.hits.count("Nowhere") == 1
    assert "Raqqa" not in loopback.hits
    with empty_db.connect() as conn:
        cached = conn.execute(text("SELECT provider, response FROM geocode_cache ORDER BY query")).all()
    assert {row.provider for row in cached} == {"nominatim"}
    assert any(row.response.get("found") for row in cached) and any(not row.response.get("found") for row in cached)


def test_gazetteer_load_keeps_a_geonames_dump(tmp_path, engine):
    dump = tmp_path / "XX.txt"
    row = ["99000001", "Kharbet Zuluwa", "Kharbet Zuluwa", "Khirbat Zuluwa,Zuluwa", "35.88", "39.02", "P", "PPL", "SY", "", "04",
           "", "", "", "0", "", "300", "Asia/Damascus", "2020-01-01"]
    dump.write_text("\t".join(row) + "\n", encoding="utf-8")
    env = {"EVENTMAP_DATA_DIR": str(tmp_path / "data")}
    run = subprocess.run([sys.executable, "-m", "api.cli", "gazetteer", "load", str(dump)], capture_output=True,
                         text=True, cwd=REPO, env={**os.environ, **env}, timeout=120)
    assert run.returncode == 0, run.stderr
    assert "1 places" in run.stderr
    assert (tmp_path / "data" / "gazetteer" / "XX.txt").exists()
    from api.geocoders import build_geoparser

    geoparser = build_geoparser(engine, Settings(data_dir=tmp_path / "data"))
    assert any(p.lat == 35.88 and p.country_code == "SY" for p in geoparser.gazetteer.candidates("Khirbat Zuluwa"))
    junk = tmp_path / "junk.txt"
    junk.write_text("not a dump\n", encoding="utf-8")
    bad = subprocess.run([sys.executable, "-m", "api.cli", "gazetteer", "load", str(junk)], capture_output=True,
                         text=True, cwd=REPO, env={**os.environ, **env}, timeout=120)
    assert bad.returncode == 2 and "no GeoNames rows" in bad.stderr


def test_an_event_in_a_village_the_gazetteer_lacks_is_placed_by_the_online_service(empty_db, loopback):
    settings = Settings(geocoder="nominatim",
                        geocoder_options={"domain": loopback.domain, "scheme": "http", "min_delay_seconds": 0})
    report = {"id": "v-1", "source": "wire", "published_at": "2017-05-23", "title": "Strike in Syria",
              "body": "Russian warplanes struck the village of Ratla in Syria on Monday, killing five civilians."}
    with LiveServer(create_app(empty_db, settings)) as url, httpx.Client(base_url=url) as client:
        stored = client.post("/api/reports", json=report, headers={"X-API-Key": API_KEY})
        assert stored.status_code == 201, stored.text
        event = client.get(f"/api/events/{stored.json()['event_ids'][0]}").json()
    assert event["properties"]["location"].startswith("Ratla")
    assert event["geometry"]["coordinates"] == [39.02, 35.88]
    assert loopback.hits == ["Ratla, Syria"]
