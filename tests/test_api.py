"""The REST API over real HTTP against a real PostGIS cluster."""
from __future__ import annotations

import math

import pytest
from sqlalchemy import text


ATTACK = {"id": "t-1", "source": "test", "title": "Airstrike kills 12 in Raqqa",
          "body": "An airstrike by the US-led coalition killed 12 civilians in Raqqa, Syria on Saturday.",
          "published_at": "2017-05-28", "url": "https://example.org/raqqa"}


def counts(engine) -> tuple[int, int, int]:
    with engine.connect() as conn:
        return tuple(conn.execute(text(f"SELECT count(*) FROM {t}")).scalar()
                     for t in ("reports", "events", "event_sources"))


def test_healthz_and_docs(client):
    assert client.get("/healthz").json() == {"status": "ok", "database": "ok"}
    assert client.get("/docs").status_code == 200
    spec = client.get("/openapi.json").json()
    assert "/api/events" in spec["paths"] and "/api/reports" in spec["paths"]


def test_metrics_are_exposed(client):
    client.get("/healthz")
    # counted by route template and status class; a path no route matched is grouped as "none"
    client.get("/ogc/collections/events/items/12345678")
    client.get("/no-such-page-0001")
    body = client.get("/metrics").text
    assert 'http_requests_total{handler="/healthz",method="GET",status="2xx"}' in body
    assert 'handler="/ogc/collections/{collection_id}/items/{feature_id}",method="GET",status="4xx"' in body
    assert 'handler="none",method="GET",status="4xx"' in body and "no-such-page" not in body
    assert 'http_request_duration_seconds_count{handler="/healthz",method="GET"}' in body


def test_ingest_stores_report_and_events(empty_db, writer, client):
    response = writer.post("/api/reports", json=ATTACK)
    assert response.status_code == 201, response.text
    result = response.json()
    assert result["status"] == "stored"
    report = client.get(f"/api/reports/{result['report_id']}").json()
    assert report["title"] == ATTACK["title"] and report["body"] == ATTACK["body"]
    assert report["event_ids"] == result["event_ids"]
    assert result["event_ids"], "an airstrike that killed 12 is an event"
    feature = client.get(f"/api/events/{result['event_ids'][0]}").json()
    assert feature["type"] == "Feature"
    assert feature["properties"]["killed"] == 12
    assert feature["properties"]["sources"][0]["url"] == ATTACK["url"]
    lon, lat = feature["geometry"]["coordinates"]
    assert 35 < lon < 42 and 33 < lat < 37  # Syria


def test_same_report_twice_is_stored_once(empty_db, writer):
    first = writer.post("/api/reports", json=ATTACK).json()
    before = counts(empty_db)
    again = writer.post("/api/reports", json=ATTACK)
    assert again.status_code == 200
    assert again.json() == {"report_id": first["report_id"], "status": "duplicate", "event_ids": [],
                            "merged_into_event_ids": []}
    assert counts(empty_db) == before


def test_source_id_taken_by_other_text_is_a_conflict(empty_db, writer):
    writer.post("/api/reports", json=ATTACK)
    before = counts(empty_db)
    response = writer.post("/api/reports", json={**ATTACK, "body": "Different text with the same id."})
    assert response.status_code == 409
    assert "already stored" in response.json()["detail"]
    assert counts(empty_db) == before


def test_batch_lands_whole_or_not_at_all(empty_db, writer):
    bad_batch = [ATTACK, {"id": "t-2", "title": "no body here"}]
    response = writer.post("/api/reports", json=bad_batch)
    assert response.status_code == 422
    assert "needs its text" in response.text
    assert counts(empty_db) == (0, 0, 0)
    # A conflict in the second report rolls back the first as well.
    writer.post("/api/reports", json={**ATTACK, "id": "t-9", "body": "Clashes in Homs."})
    before = counts(empty_db)
    conflicting = [{**ATTACK, "id": "new-1", "body": "Shelling in Idlib killed 3."},
                   {**ATTACK, "id": "t-9", "body": "Other text under a taken id."}]
    assert writer.post("/api/reports", json=conflicting).status_code == 409
    assert counts(empty_db) == before


@pytest.mark.parametrize("payload, status, message", [
    ("{not json", 422, "JSON"),
    ({"title": "only a title"}, 422, "needs its text"),
    ({"body": "   "}, 422, "needs its text"),
    ({"body": "x", "published_at": "last tuesday"}, 422, "published_at"),
    ({"body": "x", "url": "javascript:alert(1)"}, 422, "http"),
    ([], 422, "empty"),
])
def test_bad_reports_are_refused_and_store_nothing(empty_db, writer, payload, status, message):
    kwargs = {"content": payload, "headers": {"content-type": "application/json"}} if isinstance(payload, str) \
        else {"json": payload}
    response = writer.post("/api/reports", **kwargs)
    assert response.status_code == status
    assert message in response.text
    assert counts(empty_db) == (0, 0, 0)


def test_writes_need_the_api_key(empty_db, client):
    missing = client.post("/api/reports", json=ATTACK)
    assert missing.status_code == 401 and "X-API-Key" in missing.json()["detail"]
    wrong = client.post("/api/reports", json=ATTACK, headers={"X-API-Key": "nope"})
    assert wrong.status_code == 401 and "not valid" in wrong.json()["detail"]
    assert counts(empty_db) == (0, 0, 0)


@pytest.mark.parametrize("bbox, message", [
    ("1,2,3", "4 comma-separated numbers"),
    ("a,2,3,4", "minLon is not a number"),
    ("0,0,200,10", "maxLon 200.0 is out of range"),
    ("0,-95,10,10", "minLat -95.0 is out of range"),
    ("10,0,0,10", "minLon 10.0 is greater than maxLon"),
    ("0,10,10,0", "minLat 10.0 is greater than maxLat"),
    ("nan,0,1,1", "not a finite number"),
])
def test_bad_bbox_is_a_422_that_says_which(client, bbox, message):
    response = client.get("/api/events", params={"bbox": bbox})
    assert response.status_code == 422
    assert message in response.json()["detail"]


def test_other_bad_queries(client):
    assert client.get("/api/events", params={"start": "2017-06-02", "end": "2017-06-01"}).status_code == 422
    assert client.get("/api/events", params={"limit": 10_000_000}).status_code == 422
    assert client.get("/api/events", params={"start": "yesterday"}).status_code == 422
    assert client.get("/api/events/999999").status_code == 404
    assert client.get("/api/reports/999999").status_code == 404


@pytest.mark.parametrize("path", [
    "/api/events?actor=%00", "/api/events?q=a%00b", "/api/events.geojson?actor=%00", "/api/events.csv?actor=%00",
    "/api/events.ndjson?actor=%00", "/ogc/collections/events/items?actor=%00", "/api/aggregates/points?actor=%00",
    "/api/geocode?q=%00", "/ogc/collections/ev%00ents",
])
def test_a_nul_character_in_the_url_is_a_422_that_says_so(client, path):
    # PostgreSQL text can not hold NUL: these were 503s, 500s, and a streamed export cut off mid-chunk
    response = client.get(path)
    assert response.status_code == 422
    assert "NUL character" in response.json()["detail"]


def test_a_nul_character_in_a_report_is_refused_and_stores_nothing(empty_db, writer):
    response = writer.post("/api/reports", json={**ATTACK, "body": "Shelling in Idlib\u0000 killed 3."})
    assert response.status_code == 422
    assert "NUL" in response.json()["detail"]
    assert counts(empty_db) == (0, 0, 0)


def test_a_grid_cell_too_small_to_number_is_a_422(client):
    response = client.get("/api/aggregates/grid", params={"cell": "5e-324"})
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["query", "cell"]


@pytest.mark.parametrize("path", ["/", "/ogc", "/ogc/collections/events/items?limit=2", "/api/events?limit=2",
                                  "/tiles/tilejson.json", "/api/events.csv", "/static/js/app.js"])
def test_head_answers_as_get_without_the_body(seeded, client, path):
    get, head = client.get(path), client.head(path)
    assert get.status_code == head.status_code == 200 and get.content and head.content == b""
    for header in ("content-type", "content-length", "etag", "cache-control"):
        assert head.headers.get(header) == get.headers.get(header), header


@pytest.mark.parametrize("method, path, allowed", [
    ("PUT", "/api/places", "GET, HEAD, POST"), ("DELETE", "/api/events/1", "GET, HEAD, PATCH"),
    ("POST", "/ogc/collections/events/items", "GET, HEAD"), ("GET", "/api/reports", "POST"),
])
def test_a_method_not_allowed_lists_every_method_of_the_path(client, method, path, allowed):
    # Starlette's 405 named the first route's methods only: GET, for a PUT to /api/places, which takes POST
    response = client.request(method, path)
    assert response.status_code == 405
    assert response.headers["allow"] == allowed and allowed in response.json()["detail"]


def test_seed_through_the_api(seeded, client):
    collection = client.get("/api/events").json()
    assert collection["type"] == "FeatureCollection"
    events = [f["properties"] | {"coordinates": f["geometry"]["coordinates"] if f["geometry"] else None}
              for f in collection["features"]]
    strikes = [e for e in events if e["sub_event_type"] == "Air/drone strike"]
    russian = [e for e in strikes if e["killed"] == 80]
    assert russian and "Islamic State" in (russian[0]["actor2"] or "")
    assert str(russian[0]["date_start"]) == "2017-05-31" and str(russian[0]["date_end"]) == "2017-06-01"
    assert russian[0]["location_precision"] != 1
    coalition = [e for e in strikes if e["killed"] == 20]
    assert coalition and coalition[0]["wounded"] == 7 and coalition[0]["killed_low"] == 20
    assert str(coalition[0]["date_start"]) == "2017-05-27" and coalition[0]["location_precision"] == 2
    lon, lat = coalition[0]["coordinates"]
    raqqa = (39.0, 35.95)
    south = (raqqa[0], raqqa[1] - 8 / 111.2)
    distance_km = math.hypot((lon - south[0]) * 111.2 * math.cos(math.radians(lat)), (lat - south[1]) * 111.2)
    assert distance_km < 3
    countries = {e["country_code"] for e in events if e["country_code"]}
    assert countries <= {"SY", "IQ", "CH", "TR"}


def test_bbox_time_and_filters_select_events(seeded, client):
    everything = client.get("/api/events").json()["features"]
    syria = client.get("/api/events", params={"bbox": "35,32,42.5,37.5"}).json()["features"]
    geneva = client.get("/api/events", params={"bbox": "5.9,46.0,6.4,46.4"}).json()["features"]
    assert syria and all(35 <= f["geometry"]["coordinates"][0] <= 42.5 for f in syria)
    assert len(syria) < len(everything)
    assert all(f["properties"]["country_code"] == "CH" for f in geneva)
    late_may = client.get("/api/events", params={"start": "2017-05-27", "end": "2017-05-28"}).json()["features"]
    assert any(f["properties"]["killed"] == 20 for f in late_may)
    assert not any(f["properties"]["killed"] == 80 for f in late_may)
    deadly = client.get("/api/events", params={"min_fatalities": 50}).json()["features"]
    assert [f["properties"]["killed"] for f in deadly] == [80]
    by_actor = client.get("/api/events", params={"actor": "coalition"}).json()["features"]
    assert by_actor and all("oalition" in (f["properties"]["actor1"] or "") + (f["properties"]["actor2"] or "")
                            for f in by_actor)
    by_text = client.get("/api/events", params={"q": "Palmyra"}).json()["features"]
    assert any(f["properties"]["killed"] == 80 for f in by_text)


def test_keyset_pagination_follows_next_links(seeded, client):
    everything = [f["id"] for f in client.get("/api/events").json()["features"]]
    assert len(everything) >= 3
    seen, url = [], "/api/events?limit=2"
    while url:
        page = client.get(url).json()
        assert page["numberReturned"] == len(page["features"]) <= 2
        seen += [f["id"] for f in page["features"]]
        url = next((link["href"] for link in page["links"] if link["rel"] == "next"), None)
    assert seen == everything


def test_a_window_may_be_given_as_a_year_or_a_month(seeded, client):
    dated = [f for f in client.get("/api/events").json()["features"] if f["properties"]["date_start"]]
    assert dated and all(f["properties"]["date_start"].startswith("2017-05") for f in dated)
    ids = sorted(f["id"] for f in dated)
    for start, end in (("2017", "2017"), ("2017-05", "2017-05"), ("2017-05-01", "2017-06")):
        window = client.get("/api/events", params={"start": start, "end": end}).json()["features"]
        assert sorted(f["id"] for f in window) == ids, (start, end)
    assert client.get("/api/events", params={"start": "2017-07", "end": "2018"}).json()["features"] == []
    assert client.get("/api/events", params={"end": "2016"}).json()["features"] == []
    # a bare number was read as seconds since 1970: now a year of four digits or a 422
    for wrong in ("0", "17", "2017-5", "2017-02-30", "2017-13", "2017-05-01T00:00"):
        refused = client.get("/api/events", params={"start": wrong})
        assert refused.status_code == 422, wrong
    assert "is not a day, a month or a year (YYYY-MM-DD, YYYY-MM or YYYY)" in \
        client.get("/api/events", params={"start": "0"}).json()["detail"]
    assert "not a day of the calendar" in client.get("/api/events", params={"end": "2017-02-30"}).json()["detail"]


def test_analyst_correction(seeded, writer, client, engine):
    event_id = client.get("/api/events").json()["features"][0]["id"]
    assert writer.patch(f"/api/events/{event_id}", json={"killed_best": 5}).status_code in (200, 422)
    response = writer.patch(f"/api/events/{event_id}",
                            json={"killed_low": 4, "killed_best": 5, "killed_high": 9, "lat": 36.0, "lon": 38.0})
    assert response.status_code == 200, response.text
    props = response.json()["properties"]
    assert props["killed"] == 5 and props["status"] == "reviewed"
    assert props["corrections"]["killed_best"] == 5
    assert response.json()["geometry"]["coordinates"] == [38.0, 36.0]
    broken = writer.patch(f"/api/events/{event_id}", json={"killed_low": 50})
    assert broken.status_code == 422 and "rule" in broken.json()["detail"]
    assert client.patch(f"/api/events/{event_id}", json={"status": "rejected"}).status_code == 401
    assert writer.patch(f"/api/events/{event_id}", json={"status": "rejected"}).status_code == 200
    assert event_id not in [f["id"] for f in client.get("/api/events").json()["features"]]
    assert writer.patch(f"/api/events/{event_id}", json={"lat": 3}).status_code == 422
    for too_big in (10**12, 3594872715520990276185797689344):  # past the column's integer; past 64 bits (a 500)
        refused = writer.patch(f"/api/events/{event_id}", json={"killed_civilians": too_big})
        assert refused.status_code == 422 and refused.json()["detail"][0]["loc"] == ["body", "killed_civilians"]
    for half_point in ({"lat": None, "killed_best": 3}, {"lat": None, "lon": None}, {"lon": 3, "lat": None}):
        refused = writer.patch(f"/api/events/{event_id}", json=half_point)
        assert refused.status_code == 422 and "give both lat and lon" in refused.text


def test_corrections_keep_to_the_acled_codebook(seeded, writer, client):
    event_id = client.get("/api/events").json()["features"][0]["id"]
    moved = writer.patch(f"/api/events/{event_id}", json={"event_type": "Battles", "sub_event_type": "Armed clash"})
    assert moved.status_code == 200, moved.text
    assert moved.json()["properties"]["sub_event_type"] == "Armed clash"
    unknown = writer.patch(f"/api/events/{event_id}", json={"event_type": "Shootout"})
    assert unknown.status_code == 422 and unknown.json()["detail"][0]["loc"] == ["body", "event_type"]
    # a type alone must suit the stored sub-type; a sub-type alone the stored type
    for patch, owner in (({"event_type": "Protests"}, "Battles"), ({"sub_event_type": "Grenade"}, "Explosions/Remote violence")):
        misfit = writer.patch(f"/api/events/{event_id}", json=patch)
        assert misfit.status_code == 422 and f"belongs to '{owner}'" in misfit.json()["detail"], misfit.text
    props = client.get(f"/api/events/{event_id}").json()["properties"]
    assert (props["event_type"], props["sub_event_type"]) == ("Battles", "Armed clash")  # nothing half-stored
    both = writer.patch(f"/api/events/{event_id}", json={"event_type": "Explosions/Remote violence", "sub_event_type": "Grenade"})
    assert both.status_code == 200 and both.json()["properties"]["event_type"] == "Explosions/Remote violence"


def test_correcting_missing_abducted_and_inter_codes(seeded, writer, client):
    event_id = client.get("/api/events").json()["features"][0]["id"]
    response = writer.patch(f"/api/events/{event_id}", json={
        "missing_low": 2, "missing_best": 3, "missing_high": 5, "abducted_best": 1, "abducted_low": 1,
        "abducted_high": 1, "killed_civilians": 0, "actor1_inter": 2})
    assert response.status_code == 200, response.text
    props = response.json()["properties"]
    assert (props["missing_low"], props["missing"], props["missing_high"]) == (2, 3, 5)
    assert props["abducted"] == 1 and props["corrections"]["actor1_inter"] == 2
    crossed = writer.patch(f"/api/events/{event_id}", json={"missing_low": 9})
    assert crossed.status_code == 422 and "rule" in crossed.json()["detail"]
    assert writer.patch(f"/api/events/{event_id}", json={"actor2_inter": 9}).status_code == 422


def test_actors_added_through_the_api_code_the_next_report(empty_db, writer, client):
    brigade = {"name": "Zulu Lions Brigade", "inter": 3, "country": "SY", "aliases": ["ZLB"]}
    assert client.post("/api/actors", json=brigade).status_code == 401
    created = writer.post("/api/actors", json=brigade)
    assert created.status_code == 201, created.text
    assert client.get("/api/actors").json() == [created.json()]
    report = {"id": "zlb-1", "source": "wire", "published_at": "2017-05-23", "title": "Clash in Idlib",
              "body": "ZLB fighters attacked a checkpoint in Idlib on Monday, killing 3 soldiers."}
    stored = writer.post("/api/reports", json=report).json()
    props = client.get(f"/api/events/{stored['event_ids'][0]}").json()["properties"]
    assert props["actor1"] == "Zulu Lions Brigade" and props["actor1_inter"] == 3

    more = writer.post("/api/actors", json={"name": "Zulu Lions Brigade", "aliases": ["Zulu Lions"]})
    assert more.status_code == 201 and more.json()["aliases"] == ["ZLB", "Zulu Lions"]
    assert writer.post("/api/actors", json={"name": "Islamic State", "aliases": ["Zulu Daesh"]}).status_code == 201
    contradicting = writer.post("/api/actors", json={"name": "Zulu Lions Brigade", "inter": 2})
    assert contradicting.status_code == 409 and "inter code 3" in contradicting.json()["detail"]
    taken = writer.post("/api/actors", json={"name": "Zulu Hawks", "inter": 3, "aliases": ["ISIS"]})
    assert taken.status_code == 409 and "Islamic State" in taken.json()["detail"]
    unknown = writer.post("/api/actors", json={"name": "Zulu Hawks", "aliases": ["Hawks of Zulu"]})
    assert unknown.status_code == 422 and "inter code" in unknown.json()["detail"]
    assert writer.post("/api/actors", json={"name": "{country} army", "inter": 1}).status_code == 422
    assert writer.post("/api/actors", json={"name": "Zulu Hawks", "inter": 3, "aliases": ["a"]}).status_code == 422


def test_custom_places_are_learnt(empty_db, writer, client):
    place = {"name": "Checkpoint Zulu Seven", "aliases": ["Zulu-7 checkpoint"], "lat": 35.88, "lon": 39.02, "country_code": "SY"}
    response = writer.post("/api/places", json=place)
    assert response.status_code == 201, response.text
    assert client.get("/api/places").json()[0]["name"] == "Checkpoint Zulu Seven"
    found = client.get("/api/geocode", params={"q": "Zulu-7 checkpoint"}).json()
    assert found and found[0]["country_code"] == "SY"
    assert writer.post("/api/places", json={**place, "lat": 95}).status_code == 422
    assert client.post("/api/places", json=place).status_code == 401
