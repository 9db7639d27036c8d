"""OGC API - Features at /ogc, checked by hand and by real clients (GDAL's OAPIF driver, OWSLib); the
stored feature JSON kept right by its trigger; caching headers and compression."""
from __future__ import annotations

import json
import subprocess

import pytest
from sqlalchemy import text

from tests.conftest import run_sql

SYRIA = "36,32,42,37.5"
YEMEN = "42,12,49,18"

# 200 events in Syria (ids 1-200) from 2017-01-01 a day apart, then 100 in Yemen (ids 201-300) from 2018-01-01.
INSERT_EVENTS = """
INSERT INTO events (event_type, sub_event_type, actor1, actor1_inter, actor2, actor2_inter,
                    killed_low, killed_best, killed_high, date_start, date_precision,
                    location_name, country_code, geom, location_precision)
SELECT CASE WHEN i % 2 = 0 THEN 'Battles' ELSE 'Explosions/Remote violence' END,
       CASE WHEN i % 2 = 0 THEN 'Armed clash' ELSE 'Air/drone strike' END,
       CASE WHEN i % 3 = 0 THEN 'Islamic State' ELSE 'Military Forces of Syria' END, 2,
       'Civilians', 7, i % 7, i % 7, i % 7,
       CASE WHEN i <= 200 THEN DATE '2017-01-01' + (i - 1) ELSE DATE '2018-01-01' + (i - 201) END, 1,
       'Place ' || i, CASE WHEN i <= 200 THEN 'SY' ELSE 'YE' END,
       CASE WHEN i <= 200 THEN ST_SetSRID(ST_MakePoint(37 + (i % 40) * 0.1, 33 + (i % 30) * 0.1), 4326)
            ELSE ST_SetSRID(ST_MakePoint(43 + (i % 40) * 0.1, 13 + (i % 30) * 0.1), 4326) END, 1
FROM generate_series(1, 300) AS i
"""


@pytest.fixture
def events300(empty_db):
    return run_sql(empty_db, INSERT_EVENTS)


def items(client, **params):
    response = client.get("/ogc/collections/events/items", params=params)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/geo+json"
    return response.json()


def ids(page):
    return [f["id"] for f in page["features"]]


def link(page, rel):
    return next((l["href"] for l in page["links"] if l["rel"] == rel), None)


def test_landing_conformance_collections_queryables(client, events300):
    landing = client.get("/ogc").json()
    rels = {l["rel"]: l["href"] for l in landing["links"]}
    assert {"self", "service-desc", "conformance", "data"} <= set(rels)
    spec = client.get(rels["service-desc"]).json()
    assert spec["openapi"].startswith("3.")
    # the items parameters are read by api/ogc_params.py and documented from its table
    documented = {p["name"] for p in spec["paths"]["/ogc/collections/{collection_id}/items"]["get"]["parameters"]}
    assert {"collection_id", "bbox", "datetime", "limit", "offset", "cursor", "before", "country", "f"} <= documented
    conformance = client.get(rels["conformance"]).json()["conformsTo"]
    assert "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core" in conformance
    assert "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson" in conformance

    collections = client.get(rels["data"]).json()["collections"]
    assert [c["id"] for c in collections] == ["events"]
    events = client.get("/ogc/collections/events").json()
    assert events["extent"]["temporal"]["interval"] == [["2017-01-01", "2018-04-10"]]
    min_lon, min_lat, max_lon, max_lat = events["extent"]["spatial"]["bbox"][0]
    assert min_lon <= 37 and max_lon >= 46.9 and min_lat <= 13 and max_lat >= 35.9
    assert any(l["rel"] == "items" and l["type"] == "application/geo+json" for l in events["links"])

    queryables = client.get("/ogc/collections/events/queryables")
    assert queryables.headers["content-type"] == "application/schema+json"
    props = queryables.json()["properties"]
    assert {"geometry", "datetime", "event_type", "sub_event_type", "actor", "country", "fatalities"} <= set(props)
    assert client.get("/ogc/collections/nope").status_code == 404


def test_items_paging_next_and_prev_cover_everything_once(client, events300):
    everything = ids(items(client, limit=1000))
    assert sorted(everything) == list(range(1, 301))
    page = items(client, limit=70)
    assert page["numberReturned"] == 70 and ids(page) == everything[:70]
    assert link(page, "prev") is None
    seen, pages = [], [page]
    while True:
        seen += ids(page)
        nxt = link(page, "next")
        if nxt is None:
            break
        page = client.get(nxt).json()
        pages.append(page)
    assert seen == everything  # every event once, in the same order as one big page
    assert [p["numberReturned"] for p in pages] == [70, 70, 70, 70, 20]
    # prev from the third page gives the second one back, and prev from there the first
    back = client.get(link(pages[2], "prev")).json()
    assert ids(back) == ids(pages[1])
    assert ids(client.get(link(back, "prev")).json()) == ids(pages[0])
    assert ids(client.get(link(back, "next")).json()) == ids(pages[2])
    # offset works too, for clients that count
    assert ids(items(client, limit=10, offset=25)) == everything[25:35]


def test_items_filters(client, events300):
    syria = items(client, bbox=SYRIA, limit=1000)
    assert syria["numberReturned"] == 200 and set(ids(syria)) == set(range(1, 201))
    for f in syria["features"]:
        lon, lat = f["geometry"]["coordinates"]
        assert 36 <= lon <= 42 and 32 <= lat <= 37.5
    assert items(client, bbox=YEMEN, limit=1000)["numberReturned"] == 100

    # datetime: instant, closed interval, open ends
    assert ids(items(client, datetime="2017-01-05")) == [5]
    assert ids(items(client, datetime="2017-01-05T10:00:00Z")) == [5]
    assert sorted(ids(items(client, datetime="2017-01-05/2017-01-07"))) == [5, 6, 7]
    assert sorted(ids(items(client, datetime="../2017-01-03"))) == [1, 2, 3]
    assert sorted(ids(items(client, datetime="2018-04-09/.."))) == [299, 300]
    assert sorted(ids(items(client, datetime="/2017-01-02"))) == [1, 2]
    # bbox and time together
    assert items(client, bbox=YEMEN, datetime="../2017-12-31")["numberReturned"] == 0

    battles = items(client, event_type="Battles", limit=1000)
    assert battles["numberReturned"] == 150
    assert {f["properties"]["event_type"] for f in battles["features"]} == {"Battles"}
    strikes = items(client, sub_event_type="Air/drone strike", limit=1000)
    assert {f["id"] % 2 for f in strikes["features"]} == {1}
    assert items(client, actor="islamic", limit=1000)["numberReturned"] == 100
    assert items(client, country="ye", limit=1000)["numberReturned"] == 100
    exact = items(client, fatalities=6, limit=1000)
    assert exact["numberReturned"] == len([i for i in range(1, 301) if i % 7 == 6])
    assert {f["properties"]["killed"] for f in exact["features"]} == {6}
    at_least = items(client, min_fatalities=5, limit=1000)
    assert {f["properties"]["killed"] for f in at_least["features"]} == {5, 6}


def test_items_bad_requests_and_limits(client, events300):
    for params, needle in (({"bbox": "1,2,3"}, "4 comma-separated"), ({"bbox": "10,0,5,1"}, "greater than"),
                           ({"datetime": "yesterday"}, "RFC 3339"), ({"datetime": "2017-02-01/2017-01-01"}, "after"),
                           ({"f": "html"}, "f=json")):
        response = client.get("/ogc/collections/events/items", params=params)
        assert response.status_code == 400, params
        assert needle in response.json()["detail"]
    for bad in ({"limit": 0}, {"limit": "ten"}, {"country": "SYR"}, {"offset": -1}, {"cursor": "1" * 41}):
        assert client.get("/ogc/collections/events/items", params=bad).status_code == 400, bad
    # a limit above the server's maximum page size is lowered to it, as OGC API - Features allows
    from api.settings import get_settings
    big = items(client, limit=get_settings().max_page_size * 10)
    assert big["numberReturned"] == 300
    assert items(client, f="geojson", limit=1)["numberReturned"] == 1


def test_item_and_404(client, events300):
    response = client.get("/ogc/collections/events/items/42")
    assert response.status_code == 200 and response.headers["content-type"] == "application/geo+json"
    feature = response.json()
    assert feature["type"] == "Feature" and feature["id"] == 42
    assert feature["properties"]["location"] == "Place 42"
    assert any(l["rel"] == "collection" for l in feature["links"])
    assert client.get("/ogc/collections/events/items/99999").status_code == 404
    assert client.get("/ogc/collections/events/items/abc").status_code == 404


def test_stored_feature_follows_inserts_and_corrections(client, writer, events300):
    """events.feature is kept by a trigger: it must equal what eventmap_feature() builds from the row now,
    after a PATCH too; events.sfc (generated) follows the point."""
    def mismatches():
        with events300.connect() as conn:
            return conn.execute(text("""SELECT count(*) FROM events e
                WHERE e.feature IS NULL OR e.feature <> eventmap_feature(e) OR e.sfc <> eventmap_sfc(e.geom)""")).scalar()

    assert mismatches() == 0
    patch = writer.patch("/api/events/7", json={"killed_low": 40, "killed_best": 41, "killed_high": 50,
                                                 "lat": 35.5, "lon": 38.25, "actor1": "Kurdish forces"})
    assert patch.status_code == 200, patch.text
    feature = client.get("/ogc/collections/events/items/7").json()
    assert feature["geometry"]["coordinates"] == [38.25, 35.5]
    assert feature["properties"]["killed"] == 41 and feature["properties"]["actor1"] == "Kurdish forces"
    assert feature["properties"]["status"] == "reviewed"
    assert ids(items(client, fatalities=41)) == [7]
    with events300.begin() as conn:
        conn.execute(text("UPDATE events SET location_name = 'Renamed' WHERE id = 8"))
    assert client.get("/ogc/collections/events/items/8").json()["properties"]["location"] == "Renamed"
    assert mismatches() == 0
    # an analyst's rejection takes the event out of the collection
    assert writer.patch("/api/events/9", json={"status": "rejected"}).status_code == 200
    assert client.get("/ogc/collections/events/items/9").status_code == 404


def test_etag_304_and_gzip(client, events300):
    first = client.get("/ogc/collections/events/items", params={"limit": 50})
    etag = first.headers["etag"]
    assert etag.startswith('W/"') and "max-age" in first.headers["cache-control"]
    again = client.get("/ogc/collections/events/items", params={"limit": 50}, headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b""
    other = client.get("/ogc/collections/events/items", params={"limit": 51}, headers={"If-None-Match": etag})
    assert other.status_code == 200
    with events300.begin() as conn:
        conn.execute(text("UPDATE events SET killed_best = 3, killed_high = 3, killed_low = 3 WHERE id = :id"),
                     {"id": first.json()["features"][0]["id"]})
    changed = client.get("/ogc/collections/events/items", params={"limit": 50}, headers={"If-None-Match": etag})
    assert changed.status_code == 200 and changed.headers["etag"] != etag
    assert changed.json()["features"][0]["properties"]["killed"] == 3

    zipped = client.get("/ogc/collections/events/items", params={"limit": 300}, headers={"Accept-Encoding": "gzip"})
    assert zipped.headers["content-encoding"] == "gzip"
    assert int(zipped.headers["content-length"]) < len(zipped.content) / 4  # httpx inflated it
    assert zipped.json()["numberReturned"] == 300




def collect_pages(client, limit):
    """Every page from the first on through the next links: (ids, numberReturned, the last response)."""
    page_ids, counts, url, params = [], [], "/ogc/collections/events/items", {"limit": limit}
    while url:
        response = client.get(url, params=params)
        assert response.status_code == 200, response.text
        page, params = response.json(), None
        page_ids += ids(page)
        counts.append(page["numberReturned"])
        url = link(page, "next")
    return page_ids, counts, response


def test_streamed_pages_page_like_buffered_ones(client, server_url, events300, monkeypatch, tmp_path):
    """A page of more than STREAM_ROWS features is sent as PostgreSQL writes it, batch by batch; with
    batches of 40 rows the 300 events page exactly as buffered pages do, also where the row past the page
    is alone in a batch (79 features + the snapshot row = two batches of 40, the 81st row the third)."""
    import api.ogc_db
    buffered_ids, buffered_counts, buffered = collect_pages(client, 79)
    assert "content-length" in buffered.headers
    assert buffered_counts == [79, 79, 79, 63] and sorted(buffered_ids) == list(range(1, 301))

    monkeypatch.setattr(api.ogc_db, "STREAM_ROWS", 40)
    streamed_ids, streamed_counts, streamed = collect_pages(client, 79)
    assert streamed.headers.get("transfer-encoding") == "chunked" and "content-length" not in streamed.headers
    assert streamed.headers["etag"] and streamed.headers["content-type"] == "application/geo+json"
    assert (streamed_ids, streamed_counts) == (buffered_ids, buffered_counts)
    whole = items(client, limit=1000)
    assert ids(whole) == buffered_ids and link(whole, "next") is None and link(whole, "prev") is None
    second = client.get(link(items(client, limit=79), "next")).json()  # a streamed page after a cursor
    assert ids(client.get(link(second, "prev")).json()) == buffered_ids[:79]  # prev pages are read whole
    syria = items(client, bbox=SYRIA, limit=150)
    assert ids(syria) == [i for i in buffered_ids if i <= 200][:150] and link(syria, "next")
    assert items(client, bbox=SYRIA, limit=150, offset=150)["numberReturned"] == 50

    # a real client reads streamed pages too
    out = tmp_path / "streamed.geojson"
    gdal("ogr2ogr", "-f", "GeoJSON", str(out), f"OAPIF:{server_url}/ogc", "events", "-oo", "PAGE_SIZE=79")
    got = json.loads(out.read_text())["features"]
    assert sorted(int(f["properties"]["location"].split()[1]) for f in got) == list(range(1, 301))


def test_serving_connection_reads_chunks_and_recovers_when_left_early(database_url):
    """The serving pool's own connection and cursor (api/ogc_db.py) against PostgreSQL: results arrive in
    chunks of the size asked; a stream left after its first chunk is cancelled and drained, and the
    connection is idle and answers again; statements and errors go through its wait as through psycopg's."""
    import asyncio

    import psycopg

    from api.ogc_db import ServingConnection, ServingCursor

    async def run():
        url = database_url.replace("postgresql+psycopg://", "postgresql://")
        async with await ServingConnection.connect(url, autocommit=True) as conn:
            async with ServingCursor(conn) as cur:
                sizes = [res.ntuples async for res in cur.chunks("SELECT i FROM generate_series(1, 1234) i", {}, 500)]
            assert sizes == [500, 500, 234]
            async with ServingCursor(conn) as cur:
                results = cur.chunks("SELECT i, repeat('x', 1000) FROM generate_series(1, 2000000) i", {}, 100)
                first = await anext(results)
                assert first.ntuples == 100 and first.get_value(0, 0) == (1).to_bytes(4, "big")
                await results.aclose()
            assert conn.pgconn.transaction_status == psycopg.pq.TransactionStatus.IDLE
            assert await (await conn.execute("SELECT 40 + 2")).fetchone() == (42,)
            try:
                await conn.execute("SELECT 1 / 0")
            except psycopg.errors.DivisionByZero:
                pass
            else:
                raise AssertionError("the error did not come through")
            assert await (await conn.execute("SELECT 'still here'")).fetchone() == ("still here",)

    asyncio.run(run())


def gdal(*args: str) -> str:
    done = subprocess.run(args, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_gdal_oapif_reads_pages_and_filters(server_url, events300, tmp_path):
    summary = gdal("ogrinfo", f"OAPIF:{server_url}/ogc", "events", "-ro", "-al", "-so")
    assert "Geometry: Point" in summary and "Feature Count: 300" in summary
    assert "event_type: String" in summary and "killed: Integer" in summary
    # a small page size makes GDAL follow the next links: every event comes, once
    out = tmp_path / "all.geojson"
    gdal("ogr2ogr", "-f", "GeoJSON", str(out), f"OAPIF:{server_url}/ogc", "events", "-oo", "PAGE_SIZE=40")
    got = json.loads(out.read_text())["features"]
    assert sorted(int(f["properties"]["location"].split()[1]) for f in got) == list(range(1, 301))
    # a spatial filter becomes bbox=
    yemen = tmp_path / "yemen.geojson"
    gdal("ogr2ogr", "-f", "GeoJSON", str(yemen), f"OAPIF:{server_url}/ogc", "events",
         "-spat", *YEMEN.split(","), "-oo", "PAGE_SIZE=30")
    got = json.loads(yemen.read_text())["features"]
    assert len(got) == 100
    assert {f["properties"]["country_code"] for f in got} == {"YE"}


def test_owslib_reads_pages_and_filters(server_url, events300):
    from owslib.ogcapi.features import Features

    api = Features(f"{server_url}/ogc")
    assert [c["id"] for c in api.collections()["collections"]] == ["events"]
    assert api.collection("events")["itemType"] == "feature"
    assert "event_type" in api.collection_queryables("events")["properties"]
    page = api.collection_items("events", limit=25, bbox=[36, 32, 42, 37.5], datetime="../2017-03-31")
    got = ids(page)
    while (nxt := link(page, "next")) is not None:
        cursor = dict(p.split("=") for p in nxt.split("?", 1)[1].split("&"))["cursor"]
        page = api.collection_items("events", limit=25, bbox=[36, 32, 42, 37.5], datetime="../2017-03-31",
                                    cursor=cursor)
        got += ids(page)
    assert sorted(got) == list(range(1, 91))  # January to March 2017: 90 days, one event a day
    one = api.collection_item("events", "5")
    assert one["properties"]["date_start"] == "2017-01-05"
