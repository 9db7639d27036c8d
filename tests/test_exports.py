"""Exports: CSV with ACLED's column names, GeoJSON and NDJSON, streamed, with /api/events' filters."""
from __future__ import annotations

import csv
import io
import json

import pytest

from conftest import read_seed_reports, run_sql

ACLED_COLUMNS = ["event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type",
                 "actor1", "inter1", "actor2", "inter2", "interaction", "country", "iso", "admin1", "admin2",
                 "location",
                 "latitude", "longitude", "geo_precision", "source", "notes", "fatalities", "timestamp"]

# 3,000 events: even ids in Syria, odd in Iraq, dates from 2016-01-01, one a day.
INSERT_EVENTS = """
INSERT INTO events (event_type, sub_event_type, actor1, actor1_inter, actor2, actor2_inter,
                    killed_low, killed_best, killed_high, date_start, date_precision,
                    location_name, admin1, admin2, country_code, geom, location_precision)
SELECT CASE WHEN i % 2 = 0 THEN 'Battles' ELSE 'Protests' END,
       CASE WHEN i % 2 = 0 THEN 'Armed clash' ELSE 'Peaceful protest' END,
       CASE WHEN i % 2 = 0 THEN 'Islamic State' ELSE 'Protesters (Iraq)' END, CASE WHEN i % 2 = 0 THEN 2 ELSE 6 END,
       CASE WHEN i % 2 = 0 THEN 'Military Forces of Syria' END, CASE WHEN i % 2 = 0 THEN 1 END,
       i % 4, i % 4, i % 4, DATE '2016-01-01' + i, CASE WHEN i % 3 = 0 THEN 4 ELSE 1 END,
       'Place, "quoted" ' || i, 'Region ' || (i % 5), 'District ' || (i % 3), CASE WHEN i % 2 = 0 THEN 'SY' ELSE 'IQ' END,
       CASE WHEN i % 2 = 0 THEN ST_SetSRID(ST_MakePoint(38 + (i % 30) * 0.05, 35), 4326)
            ELSE ST_SetSRID(ST_MakePoint(44 + (i % 30) * 0.05, 33.3), 4326) END,
       CASE WHEN i % 4 = 0 THEN 4 ELSE 1 END
FROM generate_series(1, 3000) AS i
"""


@pytest.fixture
def events3000(empty_db):
    return run_sql(empty_db, INSERT_EVENTS)


def read_csv(response) -> list[dict]:
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/csv")
    return list(csv.DictReader(io.StringIO(response.text)))


def test_csv_has_acled_columns_and_every_event(client, events3000):
    response = client.get("/api/events.csv")
    header = next(csv.reader(io.StringIO(response.text)))
    assert header[:len(ACLED_COLUMNS)] == ACLED_COLUMNS
    rows = read_csv(response)
    assert len(rows) == 3000  # no limit given: the whole table, streamed
    assert [int(r["eventmap_id"]) for r in rows] == list(range(1, 3001))
    syria = rows[3]  # id 4
    assert syria["event_id_cnty"] == "SY4" and syria["event_date"] == "2016-01-05" and syria["year"] == "2016"
    assert syria["country"] == "Syria" and syria["iso"] == "760"
    assert syria["actor1"] == "Islamic State" and syria["inter1"] == "2" and syria["inter2"] == "1"
    assert syria["interaction"] == "12" and syria["geo_precision"] == "3" and syria["fatalities"] == "0"
    assert syria["location"] == 'Place, "quoted" 4'  # CSV quoting survives commas and quotes
    assert (syria["admin1"], syria["admin2"]) == ("Region 4", "District 1")
    assert float(syria["latitude"]) == 35.0 and float(syria["longitude"]) == pytest.approx(38.2)
    iraq = rows[2]  # id 3: a month's precision, protesters alone
    assert iraq["country"] == "Iraq" and iraq["iso"] == "368" and iraq["time_precision"] == "3"
    assert iraq["interaction"] == "60" and iraq["actor2"] == "" and iraq["fatalities"] == "3"


def test_csv_takes_the_events_filters(client, events3000):
    rows = read_csv(client.get("/api/events.csv", params={"bbox": "43,32,47,35", "start": "2016-02-01",
                                                           "end": "2016-02-29", "min_fatalities": 1}))
    assert rows and all(r["country"] == "Iraq" for r in rows)
    assert all("2016-02-01" <= r["event_date"] <= "2016-02-29" and int(r["fatalities"]) >= 1 for r in rows)
    expected = [i for i in range(1, 3001) if i % 2 == 1 and 31 <= i <= 59 and i % 4 >= 1]
    assert [int(r["eventmap_id"]) for r in rows] == expected
    assert len(read_csv(client.get("/api/events.csv", params={"type": "Protests", "limit": 10}))) == 10
    assert client.get("/api/events.csv", params={"bbox": "1,2"}).status_code == 422


def test_ndjson_streams_features(client, events3000):
    with client.stream("GET", "/api/events.ndjson", params={"country": "SY"}) as response:
        assert response.status_code == 200
        assert response.headers["content-type"] == "application/x-ndjson"
        lines = [line for line in response.iter_lines() if line]
    features = [json.loads(line) for line in lines]
    assert len(features) == 1500
    assert all(f["type"] == "Feature" and f["properties"]["country_code"] == "SY" for f in features)
    assert features[0]["properties"]["location"] == 'Place, "quoted" 2'
    assert (features[0]["properties"]["admin1"], features[0]["properties"]["admin2"]) == ("Region 2", "District 2")


def test_geojson_export_is_one_collection(client, events3000):
    response = client.get("/api/events.geojson", params={"actor": "islamic", "start": "2016-01-01",
                                                          "end": "2016-01-31"})
    collection = response.json()
    assert collection["type"] == "FeatureCollection"
    assert [f["id"] for f in collection["features"]] == list(range(2, 31, 2))
    empty = client.get("/api/events.geojson", params={"country": "FR"}).json()
    assert empty == {"type": "FeatureCollection", "features": []}


def test_exports_compress(client, events3000):
    response = client.get("/api/events.ndjson", headers={"Accept-Encoding": "gzip"})
    assert response.headers["content-encoding"] == "gzip"
    assert len(response.text.splitlines()) == 3000


def test_csv_notes_come_from_the_reports(client, seeded):
    rows = read_csv(client.get("/api/events.csv"))
    assert rows, "the seed reports give events"
    titles = {report["title"] for report in read_seed_reports()}
    assert all(r["notes"] in titles for r in rows)


def test_exports_name_the_admin_areas_of_an_ingested_report(client, empty_db, writer):
    """A report coded through the API: ACLED's admin1 and admin2 are the areas' names, not GeoNames' codes
    (the codes follow among eventmap's own columns)."""
    report = {"id": "evanston-1", "source": "test", "title": "Two wounded in Evanston shooting",
              "body": "EVANSTON, Ill. - Two men were shot and wounded outside a bar in Evanston early Sunday, "
                      "police said.", "published_at": "2024-03-04"}
    assert writer.post("/api/reports", json=[report]).status_code == 201
    [row] = read_csv(client.get("/api/events.csv"))
    assert (row["admin1"], row["admin2"], row["location"]) == ("Illinois", "Cook County", "Evanston")
    assert (row["admin1_code"], row["admin2_code"]) == ("IL", "031")
    [feature] = [json.loads(line) for line in client.get("/api/events.ndjson").text.splitlines() if line]
    assert (feature["properties"]["admin1"], feature["properties"]["admin2"]) == ("Illinois", "Cook County")
