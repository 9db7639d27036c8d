"""The map pages, driven in headless Chromium against the real app and a real PostGIS."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import text

ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--no-first-run", "--disable-sync", "--disable-quic"]

# Three reports, four events, written straight into the tables so the page tests do not depend on extraction.
REPORTS = [
    (1, "Air strikes hit Raqqa", "Air strikes on Raqqa killed at least 21 civilians and wounded 40 on Saturday.",
     "https://example.org/raqqa", "Example News", "2017-06-04"),
    (2, "Clashes near Palmyra", "Government forces clashed with Islamic State fighters near Palmyra; 12 fighters were killed.",
     "https://example.org/palmyra", "Wire", "2017-05-20"),
    (3, "<img src=x onerror=alert(1)><script>alert(2)</script>",
     "A protest in Idlib province <b>drew</b> hundreds; no one was hurt.", "https://example.org/idlib", "Blog", "2017-06-10"),
]
EVENTS = [
    # id, type, sub type, actor1, actor2, killed low/best/high, wounded, date start/end, place, lon, lat, precision, report
    (1, "Explosions/Remote violence", "Air/drone strike", "Coalition forces", "Civilians (Syria)", 21, 21, 30, 40,
     "2017-06-03", "2017-06-03", "Raqqa", 39.0, 35.95, 1, 1),
    (2, "Battles", "Armed clash", "Military Forces of Syria", "Islamic State", 12, 12, 12, None,
     "2017-05-19", "2017-05-20", "Palmyra", 38.28, 34.56, 2, 2),
    (3, "Protests", "Peaceful protest", "Protesters (Syria)", None, None, None, None, None,
     "2017-06-09", "2017-06-09", "Idlib", 36.63, 35.93, 4, 3),
    (4, "Battles", "Armed clash", "Syrian Democratic Forces", "Islamic State", 3, 5, 8, 2,
     "2017-06-01", "2017-06-01", "Tabqa", 38.55, 35.84, 1, 1),
]


def evidence_for(report_id: int) -> dict:
    title, body = next((r[1], r[2]) for r in REPORTS if r[0] == report_id)
    full = f"{title}\n\n{body}"
    spans = {}
    for field, words in (("killed", "killed at least 21 civilians"), ("wounded", "wounded 40"),
                         ("killed", "12 fighters were killed"), ("location", "Raqqa"), ("location", "Palmyra")):
        at = full.find(words, len(title))
        if at >= 0 and field not in spans:
            spans[field] = {"start": at, "end": at + len(words)}
    return spans


@pytest.fixture
def mapped(empty_db):
    """Four events from three reports, one of which has markup in its title."""
    with empty_db.begin() as conn:
        for rid, title, body, url, source, published in REPORTS:
            conn.execute(text("INSERT INTO reports (id, title, body, url, source, published_at, content_hash) "
                              "VALUES (:id, :title, :body, :url, :source, :published, md5(:body))"),
                         dict(id=rid, title=title, body=body, url=url, source=source, published=published))
        for (eid, etype, sub, a1, a2, klo, kbest, khi, wounded, d0, d1, place, lon, lat, prec, rid) in EVENTS:
            evidence = json.dumps(evidence_for(rid))
            conn.execute(text(
                "INSERT INTO events (id, event_type, sub_event_type, actor1, actor2, killed_low, killed_best, killed_high, "
                "wounded_best, date_start, date_end, date_precision, location_name, country_code, geom, location_precision, "
                "evidence) VALUES (:id, :type, :sub, :a1, :a2, :klo, :kbest, :khi, :wounded, :d0, :d1, 1, :place, 'SY', "
                "ST_SetSRID(ST_MakePoint(:lon, :lat), 4326), :prec, CAST(:evidence AS jsonb))"),
                dict(id=eid, type=etype, sub=sub, a1=a1, a2=a2, klo=klo, kbest=kbest, khi=khi, wounded=wounded,
                     d0=d0, d1=d1, place=place, lon=lon, lat=lat, prec=prec, evidence=evidence))
            conn.execute(text("INSERT INTO event_sources (event_id, report_id, evidence) VALUES (:e, :r, CAST(:ev AS jsonb))"),
                         dict(e=eid, r=rid, ev=evidence))
        conn.execute(text("SELECT setval('events_id_seq', 100), setval('reports_id_seq', 100)"))
    return empty_db


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.dialogs = []
    page.errors = []
    page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    yield page
    context.close()


def open_map(page, url: str):
    page.goto(url)
    page.wait_for_function("() => window.eventmap && window.eventmap.status === 'ready'", timeout=15_000)
    return page


def drawn(page) -> dict:
    return page.evaluate("({...window.eventmap.layer.drawn})")


def click_event(page, event_id: int):
    """Click an event where the canvas drew it."""
    point = page.evaluate("""id => {
        const app = window.eventmap, i = app.events.indexById.get(id), p = app.layer.containerPointOf(i);
        const r = app.map.getContainer().getBoundingClientRect();
        return p && {x: p.x + r.left, y: p.y + r.top};
    }""", event_id)
    assert point, f"event {event_id} is not drawn"
    page.mouse.click(point["x"], point["y"])
    page.wait_for_selector(".event-popup")
    return page.locator(".event-popup")


def api_count(client, **params) -> int:
    body = client.get("/api/events", params={"limit": 10000, **params}).json()
    return len(body["features"])


def test_page_draws_one_marker_per_event_and_opens_popups(mapped, server_url, client, page):
    open_map(page, server_url + "/")
    counts = drawn(page)
    assert counts["events"] + counts["clusteredEvents"] == api_count(client) == 4
    popup = click_event(page, 1)
    assert "21 (21–30)" in popup.inner_text()          # killed: best (low–high)
    assert "40" in popup.inner_text()                  # wounded
    assert popup.locator("mark[data-field=killed]").inner_text() == "killed at least 21 civilians"
    assert popup.locator("a[href='https://example.org/raqqa']").count() == 1
    assert "exact place" in popup.inner_text()
    assert "event=1" in page.url
    assert not page.errors


def test_markup_in_a_report_stays_text(mapped, server_url, page):
    open_map(page, server_url + "/?event=3")
    popup = page.wait_for_selector(".event-popup")
    assert "<img src=x onerror=alert(1)><script>alert(2)</script>" in popup.inner_text()
    assert page.locator(".event-popup img, .event-popup script, .event-popup b").count() == 0
    page.wait_for_timeout(300)
    assert page.dialogs == []
    assert "province" in popup.inner_text()  # precision 4 shows as an area


def test_seed_reports_draw(seeded, server_url, client, page):
    open_map(page, server_url + "/")
    counts = drawn(page)
    located = [f for f in client.get("/api/events", params={"limit": 10000}).json()["features"] if f["geometry"]]
    assert counts["events"] + counts["clusteredEvents"] == len(located)


def test_screenshots(mapped, server_url, page):
    ARTIFACTS.mkdir(exist_ok=True)
    open_map(page, server_url + "/?event=1")
    page.wait_for_selector(".event-popup")
    page.screenshot(path=str(ARTIFACTS / "main-page.png"))
    open_map(page, server_url + "/embed?legend=1&timeline=1")
    page.screenshot(path=str(ARTIFACTS / "embed.png"))
