"""Vector tiles: aggregates at low zoom and points at high zoom, read back by GDAL's MVT driver; the
cell aggregates kept right by their triggers; TileJSON; caching headers; bad tile addresses."""
from __future__ import annotations

import json
import subprocess

import pytest
from sqlalchemy import text

from tests.conftest import run_sql

# 500 events around Raqqa (38.99E, 35.95N) and 100 around Sanaa (44.2E, 15.35N), with fatalities i % 5.
INSERT_EVENTS = """
INSERT INTO events (event_type, sub_event_type, killed_low, killed_best, killed_high, date_start,
                    location_name, country_code, geom)
SELECT 'Battles', 'Armed clash', i % 5, i % 5, i % 5, DATE '2017-01-01' + i, 'Place ' || i,
       CASE WHEN i <= 500 THEN 'SY' ELSE 'YE' END,
       CASE WHEN i <= 500 THEN ST_SetSRID(ST_MakePoint(38.99 + (i % 20) * 0.001, 35.95 + (i % 25) * 0.001), 4326)
            ELSE ST_SetSRID(ST_MakePoint(44.2 + (i % 10) * 0.001, 15.35), 4326) END
FROM generate_series(1, 600) AS i
"""

RAQQA_Z4 = (4, 9, 6)
RAQQA_Z11 = (11, 1245, 804)  # holds 38.99..39.01E, 35.95..35.98N


@pytest.fixture
def events600(empty_db):
    return run_sql(empty_db, INSERT_EVENTS)


def cells_are_exact(engine) -> bool:
    """event_cells, kept by the triggers, equals a rebuild from scratch."""
    query = "SELECT z, tx, ty, px, py, n, fatalities FROM event_cells WHERE n <> 0 OR fatalities <> 0 ORDER BY 1, 2, 3, 4, 5"
    with engine.begin() as conn:
        kept = conn.execute(text(query)).all()
        conn.execute(text("SELECT eventmap_rebuild_cells()"))
        rebuilt = conn.execute(text(query)).all()
    return kept == rebuilt and len(kept) > 0


def decode(tile: bytes, z: int, x: int, y: int, tmp_path) -> dict:
    """The tile's layers and features, as GDAL's MVT driver reads them (it needs the z/x/y path)."""
    path = tmp_path / str(z) / str(x)
    path.mkdir(parents=True, exist_ok=True)
    (path / f"{y}.pbf").write_bytes(tile)
    out = tmp_path / f"{z}-{x}-{y}.json"
    layers = {}
    for layer in ("clusters", "events"):
        out.unlink(missing_ok=True)
        done = subprocess.run(["ogr2ogr", "-f", "GeoJSON", str(out), str(path / f"{y}.pbf"), layer, "-t_srs", "EPSG:4326"],
                              capture_output=True, text=True)
        if done.returncode == 0:
            layers[layer] = json.loads(out.read_text())["features"]
    return layers




def test_low_zoom_tile_counts_every_event(client, events600, tmp_path):
    z, x, y = RAQQA_Z4
    response = client.get(f"/tiles/{z}/{x}/{y}.pbf")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/vnd.mapbox-vector-tile"
    layers = decode(response.content, z, x, y, tmp_path)
    clusters = layers["clusters"]
    assert sum(f["properties"]["count"] for f in clusters) == 500  # Raqqa's; Sanaa is in 4/9/7
    assert sum(f["properties"]["fatalities"] for f in clusters) == sum(i % 5 for i in range(1, 501))
    lon, lat = max(clusters, key=lambda f: f["properties"]["count"])["geometry"]["coordinates"]
    assert abs(lon - 39.0) < 0.4 and abs(lat - 35.96) < 0.4  # the cell is 22.5 / 64 degrees wide


def test_high_zoom_tile_has_the_points(client, events600, tmp_path):
    z, x, y = RAQQA_Z11
    response = client.get(f"/tiles/{z}/{x}/{y}.pbf")
    assert response.status_code == 200
    points = decode(response.content, z, x, y, tmp_path)["events"]
    assert len(points) == 500
    assert {f["properties"]["event_type"] for f in points} == {"Battles"}
    some = next(f for f in points if f["properties"]["id"] == 10)
    lon, lat = some["geometry"]["coordinates"]
    assert abs(lon - 39.0) < 0.0005 and abs(lat - 35.96) < 0.0005
    assert some["properties"]["fatalities"] == 0 and some["properties"]["date"] == "2017-01-11"
    empty = client.get("/tiles/12/0/0.pbf")
    assert empty.status_code == 200 and empty.content == b""


def test_cells_follow_inserts_corrections_and_deletes(writer, events600):
    assert cells_are_exact(events600)
    with events600.begin() as conn:
        total = conn.execute(text("SELECT sum(n) FROM event_cells WHERE z = 0")).scalar()
    assert total == 600
    assert writer.patch("/api/events/3", json={"lat": 33.5, "lon": 36.3}).status_code == 200  # moved to Damascus
    assert writer.patch("/api/events/4", json={"killed_low": 9, "killed_best": 10, "killed_high": 12}).status_code == 200
    assert writer.patch("/api/events/5", json={"status": "rejected"}).status_code == 200
    with events600.begin() as conn:
        conn.execute(text("DELETE FROM events WHERE id BETWEEN 500 AND 520"))
        conn.execute(text("UPDATE events SET geom = NULL WHERE id = 6"))
    assert cells_are_exact(events600)
    with events600.begin() as conn:
        assert conn.execute(text("SELECT sum(n) FROM event_cells WHERE z = 9")).scalar() == 600 - 21 - 1 - 1


def test_tilejson(client):
    doc = client.get("/tiles/tilejson.json").json()
    assert doc["tilejson"] == "3.0.0"
    assert doc["tiles"][0].endswith("/tiles/{z}/{x}/{y}.pbf")
    assert {layer["id"] for layer in doc["vector_layers"]} == {"clusters", "events"}


def test_bad_tile_addresses(client):
    response = client.get("/tiles/23/0/0.pbf")
    assert response.status_code == 422 and "zoom 23" in response.json()["detail"]
    response = client.get("/tiles/3/8/0.pbf")
    assert response.status_code == 404 and "0 to 7" in response.json()["detail"]
    assert client.get("/tiles/3/-1/0.pbf").status_code == 404
    assert client.get("/tiles/a/0/0.pbf").status_code == 422


def test_tile_etag_and_304(client, events600):
    first = client.get("/tiles/4/9/6.pbf")
    etag = first.headers["etag"]
    assert "max-age" in first.headers["cache-control"]
    assert client.get("/tiles/4/9/6.pbf", headers={"If-None-Match": etag}).status_code == 304
    with events600.begin() as conn:
        conn.execute(text("INSERT INTO events (event_type, sub_event_type, date_start, geom) "
                          "VALUES ('Riots', 'Mob violence', '2017-05-01', ST_SetSRID(ST_MakePoint(39, 36), 4326))"))
    again = client.get("/tiles/4/9/6.pbf", headers={"If-None-Match": etag})
    assert again.status_code == 200 and again.headers["etag"] != etag
