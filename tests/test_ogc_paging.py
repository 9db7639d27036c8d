"""Paging OGC items by space (events.sfc, migration 0003): the key agrees between SQL and Python, a bbox's
key ranges hold every point in it, and paging forwards and backwards over dense and sparse bboxes gives
every matching event exactly once."""
from __future__ import annotations

import datetime as dt
import json
import random

import pytest
from sqlalchemy import text

from api import queries
from tests.conftest import run_sql

# 2,000 events: a dense cluster at Aleppo (many on the same point), a spread over northern Syria,
# a few on the bbox edges, some without a point, one rejected.
INSERT_EVENTS = """
INSERT INTO events (event_type, sub_event_type, killed_low, killed_best, killed_high, date_start, location_name,
                    country_code, geom, status)
SELECT 'Battles', 'Armed clash', 0, 0, 0, DATE '2017-01-01' + (i % 400), 'Place ' || i, 'SY',
       CASE WHEN i % 97 = 0 THEN NULL
            WHEN i <= 800 THEN ST_SetSRID(ST_MakePoint(37.16 + (i % 7) * 0.001, 36.20 + (i % 5) * 0.001), 4326)
            WHEN i <= 820 THEN ST_SetSRID(ST_MakePoint(CASE WHEN i % 2 = 0 THEN 36.0 ELSE 38.0 END, 35 + (i % 10) * 0.1), 4326)
            ELSE ST_SetSRID(ST_MakePoint(35.5 + ((i * 7919) % 1000) * 0.005, 34.5 + ((i * 104729) % 1000) * 0.002), 4326) END,
       CASE WHEN i = 5 THEN 'rejected' ELSE 'machine' END
FROM generate_series(1, 2000) AS i
"""
BBOXES = ["36,35,38,37", "37.1,36.1,37.3,36.3", "35,34,41,37", "-180,-90,180,90", "37.16,36.2,37.16,36.2", "10,10,11,11"]


@pytest.fixture
def events2000(empty_db):
    return run_sql(empty_db, INSERT_EVENTS)


def expected(engine, bbox: str | None) -> set[int]:
    where = "status <> 'rejected'"
    if bbox:
        where += " AND ST_X(geom) BETWEEN {0} AND {2} AND ST_Y(geom) BETWEEN {1} AND {3}".format(*bbox.split(","))
    with engine.connect() as conn:
        return set(conn.execute(text(f"SELECT id FROM events WHERE {where}")).scalars())


def walk(client, params: dict | None = None, rel: str = "next", start: str | None = None,
         urls: list[str] | None = None) -> list[list[int]]:
    """The ids of each page, following `rel` links from the items with `params` (or from the page at `start`);
    each page's URL is appended to `urls` when given."""
    response = client.get(start) if start else client.get("/ogc/collections/events/items", params=params)
    pages = []
    while True:
        assert response.status_code == 200, response.text
        if urls is not None:
            urls.append(str(response.url))
        page = response.json()
        pages.append([f["id"] for f in page["features"]])
        href = next((l["href"] for l in page["links"] if l["rel"] == rel), None)
        if href is None:
            return pages
        response = client.get(href)


def test_sfc_key_agrees_with_sql(engine):
    random.seed(3)
    points = [(random.uniform(-180, 180), random.uniform(-90, 90)) for _ in range(300)]
    points += [(-180, -90), (180, 90), (0, 0), (37.16, 36.2), (-0.0000001, 0.0000001)]
    with engine.connect() as conn:
        for lon, lat in points:
            got = conn.execute(text("SELECT eventmap_sfc(ST_SetSRID(ST_MakePoint(:lon, :lat), 4326))"),
                               {"lon": lon, "lat": lat}).scalar()
            assert got == queries.sfc_key(lon, lat), (lon, lat)
        assert conn.execute(text("SELECT eventmap_sfc(NULL)")).scalar() == queries.SFC_NO_POINT


def test_sfc_ranges_hold_every_point_of_the_bbox():
    random.seed(4)
    for _ in range(200):
        lon0, lat0 = random.uniform(-180, 179), random.uniform(-90, 89)
        w, h = random.choice([1e-6, 0.01, 0.5, 5, 60]) * random.random(), random.choice([1e-6, 0.01, 0.5, 5, 60]) * random.random()
        box = (lon0, lat0, min(180, lon0 + w), min(90, lat0 + h))
        ranges = queries.sfc_ranges(box)
        assert list(ranges) == sorted(ranges) and all(lo <= hi for lo, hi in ranges)
        assert all(a[1] < b[0] for a, b in zip(ranges, ranges[1:]))
        for _ in range(50):
            key = queries.sfc_key(random.uniform(box[0], box[2]), random.uniform(box[1], box[3]))
            assert any(lo <= key <= hi for lo, hi in ranges), box
        for lon, lat in ((box[0], box[1]), (box[2], box[3]), (box[0], box[3]), (box[2], box[1])):
            assert any(lo <= queries.sfc_key(lon, lat) <= hi for lo, hi in ranges)


def test_ranges_inside_the_bbox_hold_only_its_points():
    """sfc_ranges_inside: the same keys as sfc_ranges; a range marked inside skips the bbox test, so every
    point whose key falls in it must be in the bbox (points drawn around the bbox, its edges included)."""
    random.seed(5)
    for _ in range(200):
        lon0, lat0 = random.uniform(-170, 160), random.uniform(-80, 70)
        w, h = random.choice([1e-4, 0.01, 0.5, 5]) * random.random(), random.choice([1e-4, 0.01, 0.5, 5]) * random.random()
        box = (lon0, lat0, lon0 + w, lat0 + h)
        flagged = queries.sfc_ranges_inside(box)
        assert [(lo, hi) for lo, hi, _ in flagged] == sorted((lo, hi) for lo, hi, _ in flagged)
        covered = [(lo, hi) for lo, hi, _ in flagged]
        merged = []
        for lo, hi in covered:
            if merged and lo == merged[-1][1] + 1:
                merged[-1] = (merged[-1][0], hi)
            else:
                merged.append((lo, hi))
        assert tuple(merged) == queries.sfc_ranges(box)
        inside = [(lo, hi) for lo, hi, flag in flagged if flag]
        for _ in range(300):
            lon = random.choice([box[0], box[2], random.uniform(box[0] - w, box[2] + w)])
            lat = random.choice([box[1], box[3], random.uniform(box[1] - h, box[3] + h)])
            key = queries.sfc_key(lon, lat)
            if any(lo <= key <= hi for lo, hi in inside):
                assert box[0] <= lon <= box[2] and box[1] <= lat <= box[3], (box, lon, lat)


def test_points_are_stored_as_their_feature_prints_them(client, empty_db):
    """Migration 0009: a point given with every digit is stored as the six decimals its feature prints, so the
    key read from a feature's text (queries.feature_key, which the pages' links use) is its row's (sfc, id); pages
    over points with many digits, many on one point, small and streamed, forwards and back, give each event once."""
    random.seed(9)
    points = [(37.0 + random.random(), 36.0 + random.random()) for _ in range(700)]
    points += [(37.123456789123, 36.987654321987)] * 60 + [(37.0000005, 36.0000004999), (37.9999995, 36.5)]
    with empty_db.begin() as conn:
        for i, (lon, lat) in enumerate(points):
            conn.execute(text("INSERT INTO events (event_type, sub_event_type, date_start, geom) VALUES "
                              "('Battles', 'Armed clash', DATE '2020-01-01' + :i, ST_SetSRID(ST_MakePoint(:lon, :lat), 4326))"),
                         {"i": i % 300, "lon": lon, "lat": lat})
        conn.execute(text("INSERT INTO events (event_type, sub_event_type, date_start) VALUES ('Battles', 'Armed clash', '2020-01-01')"))
        rows = conn.execute(text("SELECT id, sfc, feature, ST_X(geom), ST_Y(geom) FROM events")).all()
    for event_id, sfc, feature, lon, lat in rows:
        assert queries.feature_key(feature.encode()) == (sfc, event_id), feature[:120]
        if lon is not None:
            assert [lon, lat] == json.loads(feature)["geometry"]["coordinates"]
            assert lon == round(lon, 6) and lat == round(lat, 6)
    assert any(lon is None for *_, lon, _ in rows)
    for limit in (7, 600):
        for bbox in ("37,36,38,37", "37.1,36.1,37.5,36.99", None):
            params = {"limit": limit} | ({"bbox": bbox} if bbox else {})
            urls = []
            forward = walk(client, params, urls=urls)
            got = [i for page in forward for i in page]
            assert len(got) == len(set(got)) and set(got) == expected(empty_db, bbox), (limit, bbox)
            if len(forward) > 1:
                assert walk(client, rel="prev", start=urls[-1])[::-1] == forward, (limit, bbox)


@pytest.mark.parametrize("limit", [1, 7, 100, 5000])
def test_paging_gives_every_event_once(client, events2000, limit):
    for bbox in [None] + BBOXES:
        if limit == 1 and bbox in (None, "-180,-90,180,90", "35,34,41,37", "36,35,38,37"):
            continue  # a page per event over thousands: the small bboxes are enough
        params = {"limit": limit} | ({"bbox": bbox} if bbox else {})
        urls = []
        forward = walk(client, params, urls=urls)
        got = [i for page in forward for i in page]
        assert len(got) == len(set(got)), bbox
        assert set(got) == expected(events2000, bbox), bbox
        assert all(len(page) == limit for page in forward[:-1])
        # backwards from the last page through the prev links: the same pages, in reverse
        if len(forward) > 1:
            backward = walk(client, rel="prev", start=urls[-1])
            assert backward[::-1] == forward, bbox


def test_paging_with_time_and_filters(client, events2000):
    params = {"bbox": "35,34,41,37", "datetime": "2017-02-01/2017-03-15", "limit": 37}
    got = [i for page in walk(client, params) for i in page]
    with events2000.connect() as conn:
        want = set(conn.execute(text(
            "SELECT id FROM events WHERE status <> 'rejected' AND ST_X(geom) BETWEEN 35 AND 41 AND ST_Y(geom) BETWEEN 34 AND 37 "
            "AND date_start BETWEEN '2017-02-01' AND '2017-03-15'")).scalars())
    assert len(got) == len(set(got)) and set(got) == want and want


def test_bad_page_keys(client, events2000):
    for params in ({"cursor": "12"}, {"cursor": "a.b"}, {"before": "1.-2"}, {"cursor": "1.2", "before": "3.4"}):
        response = client.get("/ogc/collections/events/items", params=params)
        assert response.status_code == 400, params
    page = client.get("/ogc/collections/events/items", params={"cursor": f"{queries.SFC_NO_POINT}.999999"}).json()
    assert page["numberReturned"] == 0 and page["features"] == []


def test_narrow_time_window_pages_in_key_order_both_ways(client, events2000):
    """A narrow window takes the dates-index path (queries.narrow_window): same order, same pages."""
    params = {"bbox": "35,34,41,37", "datetime": "2017-02-01/2017-03-15", "limit": 37}
    assert queries.narrow_window(queries.EventQuery(start=dt.date(2017, 2, 1), end=dt.date(2017, 3, 15)))
    urls = []
    forward = walk(client, params, urls=urls)
    with events2000.connect() as conn:
        ordered = list(conn.execute(text(
            "SELECT id FROM events WHERE status <> 'rejected' AND ST_X(geom) BETWEEN 35 AND 41 "
            "AND ST_Y(geom) BETWEEN 34 AND 37 AND date_start BETWEEN '2017-02-01' AND '2017-03-15' "
            "ORDER BY sfc, id")).scalars())
    assert [i for page in forward for i in page] == ordered
    backward = walk(client, rel="prev", start=urls[-1])
    assert backward[::-1] == forward


def test_narrow_time_window_finds_events_that_started_before_it(client, events2000):
    """Events that began before a narrow window and run into it match it: the ones a few days long from the
    window index's days before the window, the long ones from events_long (migration 0005)."""
    with events2000.begin() as conn:
        # began a few days before (within queries.LONG_EVENT_DAYS), weeks before, and ended before the window
        conn.execute(text("UPDATE events SET date_end = DATE '2017-02-03', date_start = DATE '2017-01-29' "
                          "WHERE id % 11 = 0"))
        conn.execute(text("UPDATE events SET date_end = DATE '2017-02-20', date_start = DATE '2016-12-01' "
                          "WHERE id % 13 = 0"))
        conn.execute(text("UPDATE events SET date_end = DATE '2017-01-31', date_start = DATE '2016-11-01' "
                          "WHERE id % 17 = 0"))
    params = {"bbox": "35,34,41,37", "datetime": "2017-02-01/2017-02-10", "limit": 29}
    forward = walk(client, params)
    with events2000.connect() as conn:
        ordered = list(conn.execute(text(
            "SELECT id FROM events WHERE status <> 'rejected' AND ST_X(geom) BETWEEN 35 AND 41 "
            "AND ST_Y(geom) BETWEEN 34 AND 37 AND date_start <= '2017-02-10' "
            "AND coalesce(date_end, date_start) >= '2017-02-01' ORDER BY sfc, id")).scalars())
        started_before = conn.execute(text(
            "SELECT count(*) FROM events WHERE id = ANY(:ids) AND date_start < DATE '2017-02-01' - CAST(:days AS int)"),
            {"ids": ordered, "days": queries.LONG_EVENT_DAYS}).scalar()
    assert started_before > 0 and any(i % 11 == 0 for i in ordered)
    assert [i for page in forward for i in page] == ordered
    backward = walk(client, {**params, "before": f"{queries.SFC_NO_POINT}.0"}, rel="prev")
    assert [i for page in backward[::-1] for i in page] == ordered


def test_long_event_days_agree_with_the_migration():
    from pathlib import Path
    migration = (Path(__file__).resolve().parents[1] / "migrations/versions/0005_window_keys.py").read_text()
    assert f"WHERE date_end > date_start + {queries.LONG_EVENT_DAYS}\"" in migration
