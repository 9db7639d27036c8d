"""One event from several reports, re-processing, and analysts' corrections that survive it."""
from __future__ import annotations

import json
import os
import subprocess
import sys

from sqlalchemy import text

from tests.conftest import REPO, read_seed_reports

STRIKE = {"source": "wire", "published_at": "2017-05-28", "title": "Airstrike near Raqqa",
          "body": "At least 20 civilians were killed in an airstrike by the US-led coalition eight kilometers "
                  "south of the city of Raqqa on Saturday evening."}
SAME_STRIKE = {"source": "agency", "published_at": "2017-05-28", "title": "Coalition strike kills civilians",
               "body": "An airstrike by the US-led coalition killed 20 civilians eight kilometers south of "
                       "Raqqa, Syria, on Saturday."}
CONTESTED = {"source": "monitor", "published_at": "2017-05-29", "title": "Raqqa strike toll",
             "body": "The US-led coalition airstrike south of Raqqa on Saturday killed 35 civilians, "
                     "the monitor said."}


def event_ids(client) -> list[int]:
    return [f["id"] for f in client.get("/api/events").json()["features"]]


def test_same_event_from_two_reports_is_one_event_with_two_sources(empty_db, writer, client):
    first = writer.post("/api/reports", json={**STRIKE, "id": "1"}).json()
    second = writer.post("/api/reports", json={**SAME_STRIKE, "id": "2"}).json()
    assert first["event_ids"] and second["event_ids"] == []
    assert second["merged_into_event_ids"] == first["event_ids"]
    assert event_ids(client) == first["event_ids"]
    detail = client.get(f"/api/events/{first['event_ids'][0]}").json()["properties"]
    assert {s["source"] for s in detail["sources"]} == {"wire", "agency"}
    assert detail["grading"] == "several sources"
    third = writer.post("/api/reports", json={**CONTESTED, "id": "3"}).json()
    if third["merged_into_event_ids"] == first["event_ids"]:
        assert client.get(f"/api/events/{first['event_ids'][0]}").json()["properties"]["grading"] == "contested"
    else:  # a second event: the monitor's claim stands on its own
        assert client.get(f"/api/events/{third['event_ids'][0]}").json()["properties"]["grading"] == "single source"


def test_reprocessing_changes_nothing_and_keeps_corrections(empty_db, writer, client, database_url):
    stored = writer.post("/api/reports", json={**STRIKE, "id": "1"}).json()
    event_id = stored["event_ids"][0]
    before = client.get("/api/events").json()["features"]

    def reprocess():
        env = {**os.environ, "DATABASE_URL": database_url}
        run = subprocess.run([sys.executable, "-m", "api.cli", "reprocess", "--quiet"], capture_output=True,
                             text=True, cwd=REPO, env=env, timeout=300)
        assert run.returncode == 0, run.stderr

    reprocess()
    after = client.get("/api/events").json()["features"]
    strip = lambda features: [(f["geometry"], {k: v for k, v in f["properties"].items()}) for f in features]  # noqa: E731
    assert strip(after) == strip(before)

    corrected = writer.patch(f"/api/events/{event_id}", json={"killed_low": 21, "killed_best": 21,
                                                               "killed_high": 21, "location_name": "Ratla"})
    assert corrected.status_code == 200
    reprocess()
    features = client.get("/api/events").json()["features"]
    assert [f["id"] for f in features] == [event_id], "no second copy of the corrected event"
    props = features[0]["properties"]
    assert props["killed"] == 21 and props["location"] == "Ratla" and props["status"] == "reviewed"
    with empty_db.connect() as conn:
        links = conn.execute(text("SELECT count(*) FROM event_sources WHERE event_id = :id"), {"id": event_id}).scalar()
    assert links == 1


def test_missing_are_stored_with_their_phrase(empty_db, writer, client):
    report = {"id": "m-1", "source": "wire", "published_at": "2017-05-23", "title": "Attack in Idlib",
              "body": "At least 3 people are missing after an attack by gunmen in Idlib on Monday that killed 2."}
    stored = writer.post("/api/reports", json=report).json()
    assert stored["event_ids"]
    props = client.get(f"/api/events/{stored['event_ids'][0]}").json()["properties"]
    assert props["missing"] == 3 and props["missing_low"] == 3
    assert props["missing_phrase"] == "At least 3 people are missing"


def test_bulk_ingest_loses_only_the_report_the_database_refuses(empty_db, database_url, tmp_path):
    """Several batches (analysed by forked processes, committed a batch at a time): a report the
    database refuses (text with a NUL) fails alone, the rest of its batch is stored whole."""
    seeds = read_seed_reports()
    reports = [{**seeds[n % len(seeds)], "id": f"bulk-{n}", "body": f"{seeds[n % len(seeds)]['body']} (bulletin {n})"}
               for n in range(250)]
    reports.insert(60, {**reports[10], "id": "bulk-again"})  # the same text: already stored
    reports.insert(150, {"id": "bulk-nul", "title": "Clashes", "body": "Clashes in Idlib killed 4.\x00"})
    path = tmp_path / "bulk.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in reports), encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "api.cli", "ingest", "--quiet", str(path)], capture_output=True,
                         text=True, cwd=REPO, env={**os.environ, "DATABASE_URL": database_url}, timeout=300)
    assert run.returncode == 1, run.stderr
    assert "report 151: not stored" in run.stderr and "NUL" in run.stderr
    assert "250 stored, 1 already stored, 1 failed" in run.stderr
    with empty_db.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM reports")).scalar() == 250
        assert conn.execute(text("SELECT count(*) FROM reports WHERE external_id = 'bulk-nul'")).scalar() == 0
        unlinked = conn.execute(text("SELECT count(*) FROM events e WHERE NOT EXISTS "
                                     "(SELECT 1 FROM event_sources s WHERE s.event_id = e.id)")).scalar()
        assert unlinked == 0
        assert conn.execute(text("SELECT count(*) FROM event_sources")).scalar() > 0


def test_two_events_of_one_report_stay_two_even_when_alike(empty_db):
    """A report's events are distinct: two alike ones (same type, place and day) are two events, and two
    that both match another report's event do not both merge into it (one event, one link per report)."""
    from api.ingest import store_report
    from api.schemas import ReportIn

    def strike(killed: int) -> dict:
        return {"event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike",
                "killed": {"low": killed, "best": killed, "high": killed}, "date_start": "2017-05-27",
                "location": {"name": "Raqqa", "lat": 35.95, "lon": 39.01, "country_code": "SY", "precision": 1}}

    def report(ident: str, body: str) -> ReportIn:
        return ReportIn(id=ident, source="test", title="Strikes on Raqqa", body=body, published_at="2017-05-28")

    with empty_db.begin() as conn:
        first = store_report(conn, report("1", "Two strikes on Raqqa."), {"events": [strike(2), strike(3)]})
        assert len(first.event_ids) == 2 and first.merged_event_ids == []
        second = store_report(conn, report("2", "Strikes on Raqqa again."), {"events": [strike(2), strike(3), strike(4)]})
        assert sorted(second.merged_event_ids) == sorted(first.event_ids) and len(second.event_ids) == 1
        links = conn.execute(text("SELECT report_id, count(*), count(DISTINCT event_id) FROM event_sources "
                                  "GROUP BY report_id ORDER BY report_id")).all()
        assert [tuple(row)[1:] for row in links] == [(2, 2), (3, 3)]


def _incident(sub_event_type: str, place: dict, date: str = "2024-04-18", actor1: str | None = None,
              actor2: str | None = None, inter1: int | None = None, inter2: int | None = None) -> dict:
    event_type = {"Armed clash": "Battles", "Attack": "Violence against civilians"}.get(
        sub_event_type, "Explosions/Remote violence")
    return {"event_type": event_type, "sub_event_type": sub_event_type,
            "actor1": actor1 and {"name": actor1, "inter": inter1}, "actor2": actor2 and {"name": actor2, "inter": inter2},
            "date_start": date, "location": place}


MENAKA = {"name": "Menaka", "lat": 15.92, "lon": 2.40, "country_code": "ML", "admin1": "Ménaka", "admin1_code": "12",
          "precision": 1}
GAO = {"name": "Gao", "lat": 16.27, "lon": -0.04, "country_code": "ML", "admin1": "Gao", "admin1_code": "09",
       "precision": 1}
# the first-level area's point, 120 km from the town
MENAKA_REGION = {"name": "Menaka region", "lat": 15.55, "lon": 3.45, "country_code": "ML", "admin1": "Ménaka",
                 "admin1_code": "12", "precision": 4}
MOGADISHU = {"name": "Mogadishu", "lat": 2.04, "lon": 45.34, "country_code": "SO", "admin1": "Banaadir",
             "admin1_code": "02", "precision": 1}


def _linked(engine, *analyses: list[dict]) -> list[list[int]]:
    """Each analysis stored as a report of its own: the event ids of each report's events, in order."""
    from api.ingest import store_report
    from api.schemas import ReportIn

    ids = []
    with engine.begin() as conn:
        for number, events in enumerate(analyses):
            report = ReportIn(id=str(number), source="test", title="Mali", body=f"Report {number}.",
                              published_at="2024-04-19")
            stored = store_report(conn, report, {"events": events})
            ids.append(sorted(stored.event_ids + stored.merged_event_ids))
    return ids


def test_one_incident_told_by_outlets_in_other_words_is_one_event(empty_db):
    """'Clashes between the army and IS Sahel' and 'IS Sahel attacked an army convoy' (another sub-type of
    the kind, the sides in the other order), 'gunmen' for the named group, a province for the town: one
    incident, one event with four sources."""
    clash = _incident("Armed clash", MENAKA, actor1="Military Forces of Mali", inter1=1,
                      actor2="Islamic State Sahel Province", inter2=2)
    attack = _incident("Attack", MENAKA, actor1="Islamic State Sahel Province", inter1=2,
                       actor2="Military Forces of Mali", inter2=1)
    gunmen = _incident("Armed clash", MENAKA, actor1="Unidentified Armed Group (Mali)", inter1=3,
                       actor2="Military Forces of Mali", inter2=1, date="2024-04-19")
    in_the_region = _incident("Armed clash", MENAKA_REGION, actor1="Islamic State", inter1=2,
                              actor2="Military Forces of Mali", inter2=1)
    assert _linked(empty_db, [clash], [attack], [gunmen], [in_the_region]) == [[1]] * 4


def test_near_misses_stay_distinct_events(empty_db):
    """Another place in the region, two days later, another kind of violence the same day in one city,
    another side, a clash in another first-level area: each its own event."""
    clash = _incident("Armed clash", MENAKA, actor1="Islamic State Sahel Province", inter1=2,
                      actor2="Military Forces of Mali", inter2=1)
    two_days_later = {**clash, "date_start": "2024-04-20"}
    other_side = _incident("Armed clash", MENAKA, actor1="JNIM: Group for Support of Islam and Muslims", inter1=2,
                           actor2="Military Forces of Mali", inter2=1)
    elsewhere = {**clash, "location": GAO}
    region_elsewhere = {**clash, "location": {**MENAKA_REGION, "admin1": "Kidal", "admin1_code": "07"}}  # its point near Menaka
    mortars = _incident("Shelling/artillery/missile attack", MOGADISHU, actor1="Al Shabaab", inter1=2)
    roadside_bomb = _incident("Remote explosive/landmine/IED", MOGADISHU, actor1="Al Shabaab", inter1=2)
    ids = _linked(empty_db, [clash], [two_days_later], [other_side], [elsewhere], [region_elsewhere], [mortars],
                  [roadside_bomb])
    assert ids == [[n] for n in range(1, 8)]


# Two districts of one province, their points 60 km apart (codes as GeoNames', names as ACLED's)
DISTRICT_A = {"name": "Wadi district", "lat": 14.00, "lon": 33.00, "country_code": "SD", "admin1": "North Province",
              "admin2": "Wadi", "admin1_code": "29", "admin2_code": "101", "precision": 3}
TOWN_IN_A = {"name": "Umm Tala", "lat": 14.45, "lon": 33.30, "country_code": "SD", "admin1": "North Province",
             "admin2": "Wadi", "admin1_code": "29", "admin2_code": "101", "precision": 1}
TOWN_IN_B = {**TOWN_IN_A, "name": "Kassab", "lat": 13.70, "lon": 32.55, "admin2": "Jabal", "admin2_code": "102"}


def test_a_district_and_a_town_are_one_area_by_their_second_level_code(empty_db):
    """A district's event and a town's the same day: one event when the town lies in that district (whatever the
    distance), two when it lies in the next one (though within 100 km); without a code on one side the distance
    guess stays."""
    def clash(place):
        return _incident("Armed clash", place, actor1="Rapid Support Forces", inter1=2,
                         actor2="Military Forces of Sudan", inter2=1)
    far_in_a = {**TOWN_IN_A, "lat": 15.20, "lon": 33.90}              # ~160 km from the district's point
    # (TOWN_IN_B: the next district, ~60 km away; uncoded: no second-level code, ~40 km from the district's point)
    uncoded = {**TOWN_IN_B, "name": "Old row", "admin2": None, "admin2_code": None, "lat": 14.3, "lon": 33.2}
    assert _linked(empty_db, [clash(DISTRICT_A)], [clash(far_in_a)], [clash(TOWN_IN_B)], [clash(uncoded)]) == \
        [[1], [1], [2], [1]]
