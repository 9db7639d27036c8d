"""The map pages, driven in headless Chromium against the real app and a real PostGIS."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import text

from tests.conftest import run_sql

ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"
IN_WINDOW = "window.eventmap.mask.reduce((a, b) => a + b, 0)"  # JS: the events that pass the page's time window
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


def event_point(page, event_id: int) -> dict | None:
    """Where the canvas drew an event, in page coordinates ({x, y}); None when it is not drawn."""
    return page.evaluate("""id => {
        const app = window.eventmap, i = app.events.indexById.get(id), p = app.layer.containerPointOf(i);
        const r = app.map.getContainer().getBoundingClientRect();
        return p && {x: p.x + r.left, y: p.y + r.top};
    }""", event_id)


def click_event(page, event_id: int):
    """Click an event where the canvas drew it."""
    point = event_point(page, event_id)
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


def test_the_first_view_keeps_every_event_clear_of_the_open_legend(seeded, server_url, client, page):
    open_map(page, server_url + "/")
    assert page.locator(".legend[open]").count() == 1  # (open at this size)
    legend = page.locator(".legend").bounding_box()
    located = [f["id"] for f in client.get("/api/events", params={"limit": 10000}).json()["features"] if f["geometry"]]
    points = [p for p in (event_point(page, i) for i in located) if p]
    assert points  # (Geneva's talks and the Syrian events: the view spans both)
    under = [p for p in points if legend["x"] <= p["x"] <= legend["x"] + legend["width"]
             and legend["y"] <= p["y"] <= legend["y"] + legend["height"]]
    assert under == []


def in_window(page) -> int:
    """Events that pass the time window on the page."""
    return page.evaluate(f"() => {IN_WINDOW}")


def test_filters_reload_the_map_and_the_url(mapped, server_url, client, page):
    open_map(page, server_url + "/")
    page.select_option("select[name=type]", "Battles")
    page.wait_for_function("() => location.search.includes('type=Battles') && window.eventmap.status === 'ready'")
    page.wait_for_function("() => window.eventmap.events.length === 2")
    counts = drawn(page)
    assert counts["events"] + counts["clusteredEvents"] == api_count(client, type="Battles") == 2
    page.fill("input[name=q]", "Palmyra")
    page.wait_for_function("() => location.search.includes('q=Palmyra') && window.eventmap.events.length === 1")
    page.fill("input[name=min_fatalities]", "50")
    page.wait_for_function("() => window.eventmap.events.length === 0")
    assert "0 events in view" in page.inner_text(".list-heading")


def test_filters_keep_the_view_the_reader_chose(mapped, server_url, page):
    open_map(page, server_url + "/")
    fitted = page.evaluate("() => window.eventmap.map.getZoom()")
    assert fitted > 2, "the first load fits the map to the events"
    page.evaluate("() => { window.eventmap.map.setView([35.0, 39.0], 9, {animate: false}); }")
    page.select_option("select[name=type]", "Battles")
    page.wait_for_function("() => location.search.includes('type=Battles') && window.eventmap.events.length === 2")
    view = page.evaluate("() => { const c = window.eventmap.map.getCenter(); return [c.lat, c.lng, window.eventmap.map.getZoom()]; }")
    assert view == [35.0, 39.0, 9]


def test_actor_and_country_filters_suggest_what_the_events_hold(mapped, server_url, client, page):
    choices = client.get("/api/aggregates/choices").json()
    assert choices["actors"] and choices["countries"][0]["code"] == "SY"
    counts = [a["events"] for a in choices["actors"]]
    assert counts == sorted(counts, reverse=True)
    open_map(page, server_url + "/")
    page.wait_for_function("() => document.querySelectorAll('#actor-choices option').length > 0")
    offered = page.eval_on_selector_all("#actor-choices option", "options => options.map((o) => o.value)")
    assert offered == [a["name"] for a in choices["actors"]]
    assert page.get_attribute("input[name=actor]", "list") == "actor-choices"
    assert page.eval_on_selector_all("#country-choices option", "options => options.map((o) => o.value)") == ["SY"]


def test_timeline_window_drag_play_and_presets(mapped, server_url, client, page):
    open_map(page, server_url + "/")
    box = page.locator(".timeline-canvas").bounding_box()
    y = box["y"] + box["height"] / 3
    # The window spans every day (19 May - 9 Jun): drag its end back to late May, keeping the Palmyra clash only.
    page.mouse.move(box["x"] + box["width"] - 2, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.3, y, steps=5)
    page.mouse.up()
    page.wait_for_function("() => location.search.includes('start=') && location.search.includes('end=')")
    query = page.evaluate("() => Object.fromEntries(new URLSearchParams(location.search))")
    expected = api_count(client, start=query["start"], end=query["end"])
    assert in_window(page) == expected == 1
    assert page.inner_text(".window-label").startswith("19 May")
    # Play moves the window forward; pausing writes it into the URL.
    before = page.evaluate("() => window.eventmap.window.from")
    page.click("button.play")
    page.wait_for_function(f"() => window.eventmap.window.from > {before}")
    page.click("button.play")
    assert page.evaluate("() => new URLSearchParams(location.search).get('start')") > query["start"]
    # Presets: the last 7 days hold none of these 2017 events; All shows them all again.
    page.click("button.preset[data-last='7d']")
    page.wait_for_function("() => location.search.includes('last=7d')")
    assert in_window(page) == 0 and drawn(page)["events"] == 0
    page.click("button.preset[data-last='']")
    page.wait_for_function(f"() => {IN_WINDOW} === 4")
    # The keyboard moves the window too.
    page.focus(".timeline-canvas")
    first = page.evaluate("() => window.eventmap.timeline.domain().first")
    page.keyboard.press("ArrowRight")
    assert page.evaluate("() => window.eventmap.window.from") == first + 1


def test_a_window_in_the_url_may_be_a_month_or_a_year(mapped, server_url, page):
    # as the API takes them: a newsroom's "/embed?start=2017&end=2017" is the year
    open_map(page, server_url + "/?start=2017-06&end=2017")
    assert page.input_value("input[name=start]") == "2017-06-01" and page.input_value("input[name=end]") == "2017-12-31"
    open_map(page, server_url + "/?start=2017&end=2016-02")
    assert page.input_value("input[name=start]") == "2017-01-01" and page.input_value("input[name=end]") == "2016-02-29"
    open_map(page, server_url + "/?start=2017-13&end=17")
    assert page.input_value("input[name=start]") == "" and page.input_value("input[name=end]") == ""


def test_url_state_round_trip_and_history(mapped, server_url, page):
    url = server_url + "/?lat=35.5000&lon=38.5000&z=7&start=2017-06-01&end=2017-06-30&type=Battles&event=4"
    open_map(page, url)
    popup = page.wait_for_selector(".event-popup")
    assert "5 (3–8)" in popup.inner_text()
    center = page.evaluate("() => { const c = window.eventmap.map.getCenter(); return [c.lat, c.lng, window.eventmap.map.getZoom()]; }")
    assert center == pytest.approx([35.5, 38.5, 7], abs=1e-3)
    assert page.input_value("select[name=type]") == "Battles"
    assert page.input_value("input[name=start]") == "2017-06-01"
    assert in_window(page) == 1  # the Battles of June: event 4
    # Copying the URL elsewhere gives the same view.
    copied = page.url
    other = page.context.new_page()
    open_map(other, copied)
    other.wait_for_selector(".event-popup")
    assert other.evaluate(f"() => [window.eventmap.map.getZoom(), {IN_WINDOW}]") == [7, 1]
    other.close()
    # Back and forward walk through the changes.
    page.wait_for_timeout(450)
    page.select_option("select[name=type]", "Protests")
    page.wait_for_function("() => location.search.includes('type=Protests')")
    page.go_back()
    page.wait_for_function("() => location.search.includes('type=Battles')")
    assert page.input_value("select[name=type]") == "Battles"
    page.wait_for_function("() => window.eventmap.status === 'ready' && window.eventmap.events.length === 2")
    page.go_forward()
    page.wait_for_function("() => document.querySelector('select[name=type]').value === 'Protests'")


def test_list_follows_the_map(mapped, server_url, page):
    open_map(page, server_url + "/")
    items = page.locator(".event-item")
    assert items.count() == 4
    assert "Armed clash" in items.nth(2).inner_text()  # newest first: 9 Jun, 3 Jun, 1 Jun, 19 May
    items.nth(1).hover()
    assert page.evaluate("() => window.eventmap.layer._highlight") == page.evaluate(
        "() => window.eventmap.events.indexById.get(1)")
    items.nth(1).click()
    page.wait_for_selector(".event-popup")
    assert "event=1" in page.url and items.nth(1).get_attribute("aria-current") == "true"
    # Zoomed in on Palmyra, the list holds Palmyra's event alone.
    page.evaluate("() => { window.eventmap.map.setView([34.56, 38.28], 10, {animate: false}); }")
    page.wait_for_function("() => document.querySelectorAll('.event-item').length === 1")
    assert "Palmyra" in items.first.inner_text()


def test_export_links_hold_the_view_and_filters(mapped, server_url, client, page):
    open_map(page, server_url + "/?type=Battles")
    page.wait_for_function("() => document.querySelector('.export a').href.includes('bbox=')")
    csv_href = page.get_attribute(".export a[download='events.csv']", "href")
    geojson_href = page.get_attribute(".export a[download='events.geojson']", "href")
    assert "type=Battles" in csv_href and "bbox=" in csv_href
    csv = client.get(csv_href)
    assert csv.status_code == 200 and len(csv.text.strip().splitlines()) == 1 + 2
    features = client.get(geojson_href).json()["features"]
    assert sorted(f["id"] for f in features) == [2, 4]


def test_a_small_embed_fits_its_events_in_the_map_the_timeline_leaves(seeded, server_url, client, browser):
    context = browser.new_context(viewport={"width": 600, "height": 400})
    try:
        page = open_map(context.new_page(), server_url + "/embed")
        size = page.evaluate("() => { const m = window.eventmap.map, c = m.getContainer();"
                             " return {leaflet: m.getSize().y, shown: c.clientHeight}; }")
        assert size["leaflet"] == size["shown"] < 400  # (the timeline takes the rest)
        box = page.locator("#map").bounding_box()
        located = [f["id"] for f in client.get("/api/events", params={"limit": 10000}).json()["features"]
                   if f["geometry"]]
        points = [event_point(page, i) for i in located]
        outside = [p for p in points if p and not (box["y"] <= p["y"] <= box["y"] + box["height"])]
        assert any(points) and outside == []
        # A host page that makes the frame taller gets the map redrawn at its new size.
        page.set_viewport_size({"width": 600, "height": 700})
        page.wait_for_function("() => window.eventmap.map.getSize().y === window.eventmap.map.getContainer().clientHeight"
                               " && window.eventmap.map.getSize().y > 400")
    finally:
        context.close()


def test_embed_options_and_embed_code(mapped, server_url, page):
    open_map(page, server_url + "/embed?bbox=35,32,41,37&legend=0&timeline=0&popups=0")
    assert page.locator(".legend").count() == 0
    assert not page.locator("#timeline").is_visible()
    assert page.locator(".topbar, .event-list, .filters").count() == 0
    point = event_point(page, 3)
    page.mouse.click(point["x"], point["y"])
    page.wait_for_timeout(300)
    assert page.locator(".event-popup").count() == 0
    # A live map of the last 24 hours shows none of these 2017 events.
    open_map(page, server_url + "/embed?last=24h")
    assert drawn(page)["events"] == 0 and page.locator(".legend").count() == 1 and page.locator(".timeline").is_visible()
    # The main page's Embed button gives the iframe code of its current view.
    open_map(page, server_url + "/?start=2017-06-01&end=2017-06-30&actor=Islamic")
    page.click("text=Embed")
    page.uncheck(".embed-dialog input[name=legend]")
    code = page.input_value(".embed-code")
    assert code.startswith("<iframe src=\"" + server_url + "/embed?") and "legend=0" in code
    for part in ("start=2017-06-01", "end=2017-06-30", "actor=Islamic", "lat=", "z="):
        assert part in code
    src = code.split('src="')[1].split('"')[0].replace("&amp;", "&")
    open_map(page, src)
    assert page.locator(".legend").count() == 0 and in_window(page) == 1


def test_markup_in_a_report_stays_text_in_the_list_too(mapped, server_url, page):
    open_map(page, server_url + "/")
    assert page.locator(".event-list img, #event-list img").count() == 0
    assert page.dialogs == []


def test_grid_and_histogram_count_every_event(mapped, client):
    grid = client.get("/api/aggregates/grid", params={"cell": 1 / 64}).json()
    assert sum(grid["count"]) == 4
    histogram = client.get("/api/aggregates/histogram", params={"bucket": "week"}).json()
    assert sum(histogram["count"]) == 4 and sum(histogram["killed"]) == 21 + 12 + 5
    points = client.get("/api/aggregates/points", params={"max_points": 3}).json()
    assert points["matched"] == 3 + 1 and points["columns"] is None


def test_clusters_hold_exactly_their_events(empty_db, server_url, page):
    run_sql(empty_db,
            "INSERT INTO events (event_type, sub_event_type, killed_best, date_start, location_name, geom, location_precision) "
            "SELECT 'Battles', 'Armed clash', g % 7, DATE '2017-01-01' + g % 90, 'Town ' || g % 40, "
            "ST_SetSRID(ST_MakePoint(36 + (g % 40) * 0.1 + (g % 3) * 0.001, 33 + (g % 13) * 0.05), 4326), 1 "
            "FROM generate_series(1, 3000) g")
    open_map(page, server_url + "/?lat=33.3&lon=38&z=5")
    counts = drawn(page)
    assert counts["clusters"] > 0 and counts["events"] + counts["clusteredEvents"] == 3000
    page.evaluate("() => { window.eventmap.map.setZoom(9, {animate: false}); }")
    counts = drawn(page)
    # The canvas reaches a little beyond the view (so panning shows no blank edge): count what it covers.
    covered = page.evaluate("""() => {
        const app = window.eventmap, b = app.layer._bounds.pad(0), s = app.events; let n = 0;
        for (let i = 0; i < s.length; i++) {
            const p = app.map.latLngToLayerPoint([s.lat[i], s.lon[i]]);
            if (p.x >= b.min.x - 30 && p.x <= b.max.x + 30 && p.y >= b.min.y - 30 && p.y <= b.max.y + 30) n++;
        }
        return n; }""")
    assert 0 < counts["events"] + counts["clusteredEvents"] == covered < 3000


def test_screenshots(mapped, server_url, page):
    ARTIFACTS.mkdir(exist_ok=True)
    open_map(page, server_url + "/?event=1")
    page.wait_for_selector(".event-popup")
    page.wait_for_timeout(400)  # the popup fades in
    page.screenshot(path=str(ARTIFACTS / "main-page.png"))
    phone = page.context.browser.new_page(viewport={"width": 390, "height": 800}, device_scale_factor=2, is_mobile=True, has_touch=True)
    open_map(phone, server_url + "/?event=1")
    phone.wait_for_selector(".event-popup")
    phone.wait_for_timeout(400)
    phone.screenshot(path=str(ARTIFACTS / "main-page-phone.png"))
    phone.close()
    page.set_viewport_size({"width": 700, "height": 450})
    open_map(page, server_url + "/embed?bbox=35,32,41,37&start=2017-05-15&end=2017-06-05")
    page.screenshot(path=str(ARTIFACTS / "embed.png"))


def test_tile_server_when_configured_and_frame_policies(mapped, server_url, client, page):
    from api.settings import get_settings

    settings = get_settings()
    assert client.get("/config.json").json()["tile_url"] is None  # default: the offline outlines alone
    settings.tile_url, settings.tile_attribution = "https://tiles.example/{z}/{x}/{y}.png", "© Example tiles"
    try:
        requested = []
        page.route("https://tiles.example/**", lambda route: (requested.append(route.request.url),
                                                              route.fulfill(status=204)))
        open_map(page, server_url + "/")
        page.wait_for_function("() => document.querySelectorAll('.leaflet-tile-pane img').length > 0")
        assert requested and "© Example tiles" in page.inner_text(".leaflet-control-attribution")
    finally:
        settings.tile_url, settings.tile_attribution = None, ""
    assert "frame-ancestors 'none'" in client.get("/").headers["content-security-policy"]
    assert "frame-ancestors *" in client.get("/embed").headers["content-security-policy"]


def test_grid_above_the_threshold_and_points_once_the_view_holds_fewer(empty_db, server_url, client, page):
    # 300 events on a 20 x 15 grid of half degrees over Syria and around; the page's threshold lowered to 100.
    run_sql(empty_db,
            "INSERT INTO events (event_type, sub_event_type, killed_best, date_start, location_name, geom, location_precision) "
            "SELECT 'Battles', 'Armed clash', g % 5, DATE '2017-01-01' + g % 60, 'Town ' || g, "
            "ST_SetSRID(ST_MakePoint(30 + (g % 20) * 0.5, 28 + (g / 20) * 0.5), 4326), 1 "
            "FROM generate_series(0, 299) g")
    page.add_init_script("window.eventmapMaxPoints = 100")
    grid_shown = "() => window.eventmap.showsGrid && window.eventmap.layer._grid && window.eventmap.gridCount !== null"
    open_map(page, server_url + "/?lat=31.5&lon=35&z=4")
    page.wait_for_function(grid_shown)
    assert page.evaluate("() => window.eventmap.layer._grid.count.reduce((a, b) => a + b, 0)") == 300
    counts = drawn(page)
    assert counts["cells"] > 0 and counts["clusteredEvents"] == 300 and counts["events"] == 0
    # (the timeline's key filling in takes a line from the map, whose view is then loaded again)
    page.wait_for_function("() => document.querySelector('.list-heading').textContent.includes('Too many events in view to list')")
    assert "More than 100 events match" in page.inner_text(".status-line")
    # Zoomed into a few towns: the view holds fewer than the threshold, and its own events are drawn and listed.
    page.evaluate("() => { window.eventmap.map.setView([31.5, 35], 8, {animate: false}); }")
    bbox = page.evaluate("() => window.eventmap.bboxParam()")
    in_view = client.get("/api/aggregates/points", params={"bbox": bbox, "max_points": 100}).json()["matched"]
    assert 0 < in_view <= 100 and in_view == api_count(client, bbox=bbox)
    page.wait_for_function(f"() => window.eventmap.events && window.eventmap.events.length === {in_view}")
    counts = drawn(page)
    assert counts["cells"] == 0 and counts["events"] + counts["clusteredEvents"] == in_view
    page.wait_for_function(f"() => document.querySelector('.list-heading').textContent === '{in_view} events in view'")
    assert page.locator(".event-item").count() == in_view
    assert "the view's events are shown" in page.inner_text(".status-line")
    # The list's events open their popups, as anywhere.
    page.locator(".event-item").first.click()
    page.wait_for_selector(".event-popup")
    # Zoomed out again: the grid.
    page.evaluate("() => { window.eventmap.map.setView([31.5, 35], 4, {animate: false}); }")
    page.wait_for_function(grid_shown)
    assert drawn(page)["clusteredEvents"] == 300
    assert not page.errors


def test_an_event_chosen_while_the_map_starts_is_opened_once(mapped, server_url, page):
    # The list answers once the events are in, before the country outlines (the start's last wait): an event
    # chosen then must not be opened a second time when the start ends, which brought its popup back after
    # the reader had closed it (the second open's request held here until after the Escape).
    outlines, details, late_details = [], [], []
    page.route("**/countries-50m.json", lambda route: outlines.append(route))

    def detail(route):
        details.append(route.request.url)
        (route.continue_() if len(details) == 1 else late_details.append(route))
    page.route("**/api/events/4", detail)
    open_map(page, server_url + "/")
    page.evaluate("() => { window.started = false; window.eventmap.addEventListener('ready', () => window.started = true); }")
    page.locator(".event-item[data-id='4']").focus()
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.activeElement && document.activeElement.matches('.event-popup')")
    for route in outlines:
        route.continue_()
    page.wait_for_function("() => window.started")
    page.keyboard.press("Escape")
    page.wait_for_selector(".event-popup", state="detached")
    for route in late_details:
        route.continue_()
    page.wait_for_timeout(300)
    assert page.locator(".event-popup").count() == 0 and "event=" not in page.url
    assert len(details) == 1 and outlines
    assert not page.errors


def test_keyboard_goes_from_the_list_into_the_popup_and_back(mapped, server_url, page):
    open_map(page, server_url + "/")
    assert page.get_attribute(".event-items", "aria-describedby") == "event-list-hint"
    assert "Enter on an event opens its details" in page.inner_text("#event-list-hint")
    item = page.locator(".event-item[data-id='4']")
    item.focus()
    page.keyboard.press("Enter")
    page.wait_for_selector(".event-popup")
    page.wait_for_function("() => document.activeElement && document.activeElement.matches('.event-popup')")
    assert "event=4" in page.url and "Tabqa" in page.inner_text(".event-popup")
    # Tab walks the popup's own controls; Escape closes it and focus is back on the item.
    page.keyboard.press("Tab")
    assert page.evaluate("() => !!document.activeElement.closest('.leaflet-popup')")
    page.keyboard.press("Escape")
    page.wait_for_selector(".event-popup", state="detached")
    page.wait_for_function("() => document.activeElement && document.activeElement.dataset.id === '4'")
    assert "event=" not in page.url
    # The popup's close button brings focus back too.
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.activeElement && document.activeElement.matches('.event-popup')")
    page.locator(".leaflet-popup-close-button").focus()
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.activeElement && document.activeElement.dataset.id === '4'")
    # A popup opened from the map leaves focus alone, and Escape inside any popup closes it.
    click_event(page, 1)
    # only event 1's popup left: the last one faded out (it may still be there when the click's popup comes)
    page.wait_for_function("() => { const popups = document.querySelectorAll('.event-popup');"
                           " return popups.length === 1 && popups[0].textContent.includes('Air/drone strike'); }")
    assert page.evaluate("() => !document.activeElement.closest('.leaflet-popup')")
    page.locator(".event-popup").focus()
    page.keyboard.press("Escape")
    page.wait_for_selector(".event-popup", state="detached")
    assert page.evaluate("() => document.activeElement === window.eventmap.map.getContainer()")
    assert not page.errors
