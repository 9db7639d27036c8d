"""Helpers of the extraction tests: read a short report and return what a test checks (events, totals,
actors, sub-types, scenes), and the places and publication days the tests give.  Helpers of one name that read
a report differently (another publication day, another country for actor names) have the difference in their
name; a test file imports one under the short name its tests use."""
import datetime as dt
import json
import pytest
import re
from extraction import extract_events, process_report, report_text
from extraction.actors import _alias_atoms, find_actors
from extraction.casualties import find_casualties
from extraction.casualty_counts import combine
from extraction.dates import find_dates
from extraction.matching import prefix_tree
from functools import partial
from geocoding import Geoparser, Location, Place, Toponym
from pathlib import Path


# Publication days of the reports
DAY_2025_04_07 = dt.date(2025, 4, 7)
DAY_2025_06_10 = dt.date(2025, 6, 10)
DAY_2025_09_04 = dt.date(2025, 9, 4)
FRI_2025_08_29 = dt.date(2025, 8, 29)
FRI_2025_11_14 = dt.date(2025, 11, 14)
MON_2025_03_03 = dt.date(2025, 3, 3)
MON_2025_03_10 = dt.date(2025, 3, 10)
MON_2025_09_15 = dt.date(2025, 9, 15)
MON_2025_09_29 = dt.date(2025, 9, 29)
MON_2025_11_24 = dt.date(2025, 11, 24)
PUBLISHED = dt.date(2025, 7, 11)
SAT_2024_08_10 = dt.date(2024, 8, 10)
SAT_2025_03_08 = dt.date(2025, 3, 8)
SAT_2025_08_30 = dt.date(2025, 8, 30)
SUN_2023_06_18 = dt.date(2023, 6, 18)
SUN_2025_11_16 = dt.date(2025, 11, 16)
THU_2025_03_13 = dt.date(2025, 3, 13)
THU_2025_05_08 = dt.date(2025, 5, 8)
TUE_2024_05_14 = dt.date(2024, 5, 14)
TUE_2024_06_04 = dt.date(2024, 6, 4)
TUE_2024_06_11 = dt.date(2024, 6, 11)
TUE_2024_07_16 = dt.date(2024, 7, 16)
TUE_2025_06_10 = dt.date(2025, 6, 10)
TUE_2025_06_10_ISO = "2025-06-10"
WED_2025_03_12 = dt.date(2025, 3, 12)
WED_2025_05_14 = dt.date(2025, 5, 14)
WED_2025_06_11 = dt.date(2025, 6, 11)
WED_2025_11_26 = dt.date(2025, 11, 26)


# Places the gazetteer would give
ARAGUA = Place(3649110, "Aragua", 10.17, -67.17, "A", "ADM1", "VE", "02", 1800000)
BAMAKO = Place(2460596, "Bamako", 12.65, -8.0, "P", "PPLC", "ML", "08", 1297281)
BARBADOS = Place(3374084, "Barbados", 13.17, -59.53, "A", "PCLI", "BB", None, 285719)
BELGOROD = Place(578072, "Belgorod", 50.61, 36.58, "P", "PPLA", "RU", "09", 356402)
BIJAPUR_DISTRICT = Place(11153000, "Bijapur", 18.9, 80.722, "A", "ADM2", "IN", "37", 0)
CHUHUIV = Place(710298, "Chuhuiv", 49.84, 36.69, "P", "PPL", "UA", "07", 31000)
DUBAI = Place(292223, "Dubai", 25.07, 55.31, "P", "PPLA", "AE", "03", 1137347)
FANO_ITALY = Place(3176959, "Fano", 43.84, 13.02, "P", "PPL", "IT", "57", 60888)
FASKARI = Place(8633658, "Faskari", 11.72, 7.03, "A", "ADM2", "NG", "24", 0)
GAZA_CITY = Place(281133 + 1, "Gaza City", 31.50, 34.47, "P", "PPLA", "PS", "GZ", 410000)
GULF_OF_ADEN = Place(None, "Gulf of Aden", 12.5, 48.0, "H", "GULF", None, None, 0)
HORMUZ = Place(None, "Strait of Hormuz", 26.57, 56.25, "H", "STRT", None, None, 0)
IZIUM = Place(707688, "Izium", 49.21, 37.26, "P", "PPL", "UA", "07", 45000)
JAYAPURA = Place(2082600, "Jayapura", -2.534, 140.718, "P", "PPLA", "ID", "36", 134895)
KADUNA_CITY = Place(2335727, "Kaduna", 10.52, 7.44, "P", "PPLA", "NG", "23", 1582102)
KADUNA_STATE = Place(2335722, "Kaduna", 10.38, 7.85, "A", "ADM1", "NG", "23", 6113503)
KATSINA = Place(2334802, "Katsina", 12.99, 7.60, "P", "PPLA", "NG", "24", 432149)
KATSINA_STATE = Place(2334797, "Katsina State", 12.56, 7.62, "A", "ADM1", "NG", "24", 5801584)
KHAN_YOUNIS = Place(281133, "Khan Yunis", 31.34, 34.31, "P", "PPLA", "PS", "GZ", 173183)
KHARKIV = Place(706483, "Kharkiv", 49.98, 36.25, "P", "PPLA", "UA", "07", 1430885)
KHARKIV_OBLAST = Place(706482, "Kharkivska oblast", 49.5, 36.5, "A", "ADM1", "UA", "07", 2700000)
KHERSON = Place(706448, "Kherson", 46.64, 32.61, "P", "PPLA", "UA", "08", 320477)
KUPIANSK = Place(704508, "Kupiansk", 49.71, 37.61, "P", "PPL", "UA", "07", 27000)
LUBERO_TOWN = Place(212902, "Lubero", -0.158, 29.239, "P", "PPL", "CD", "11", 0)
LVIV = Place(702550, "Lviv", 49.84, 24.02, "P", "PPLA", "UA", "15", 717803)
MARACAY = Place(3632998, "Maracay", 10.25, -67.60, "P", "PPLA", "VE", "02", 1754256)
MOPTI = Place(2453347, "Mopti", 14.514, -3.646, "A", "ADM1", "ML", "04", 2037330)
MOSCOW = Place(524901, "Moscow", 55.75, 37.62, "P", "PPLC", "RU", "48", 10381222)
ODESA = Place(698740, "Odesa", 46.48, 30.73, "P", "PPLA", "UA", "17", 1015826)
PALMYRA = Place(170651, "Tadmur", 34.56, 38.28, "P", "PPL", "SY", "11", 51323)
RAFAH = Place(281133 + 2, "Rafah", 31.30, 34.25, "P", "PPLA", "PS", "GZ", 126305)
RAIPUR = Place(1258662, "Raipur", 21.233, 81.633, "P", "PPLA", "IN", "37", 0)
RAQQA = Place(163843, "Ar Raqqah", 35.95, 39.01, "P", "PPLA", "SY", "04", 177636)
SHEBEKINO = Place(497534, "Shebekino", 50.41, 36.89, "P", "PPL", "RU", "09", 40000)
SITTWE = Place(1295765, "Sittwe", 20.146, 92.898, "P", "PPLA", "MM", "01", 177743)
SUMY = Place(692194, "Sumy", 50.92, 34.80, "P", "PPLA", "UA", "21", 268409)
SYRIA = Place(163843 + 1, "Syria", 35.0, 38.0, "A", "PCLI", "SY", None, 22198110)
TAVOLZHANKA = Place(520554, "Novaya Tavolzhanka", 50.35, 36.84, "P", "PPL", "RU", "09", 2000)
TERNOPIL = Place(691650, "Ternopil", 49.55, 25.59, "P", "PPLA", "UA", "22", 225004)
UNITED_STATES = Place(6252001, "United States", 39.76, -98.5, "A", "PCLI", "US", None, 327167434)
YEMEN = Place(69543, "Yemen", 15.5, 47.5, "A", "PCLI", "YE", None, 28498687)
ZAPORIZHZHIA = Place(687700, "Zaporizhzhia", 47.82, 35.19, "P", "PPLA", "UA", "26", 710052)


D = dt.date.fromisoformat
EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
_GEO = Geoparser()
SEED3 = report_text(
    "A deadly mistake: US-led coalition’s airstrike in Syria killed at least 20 civilians",
    "At least 20 civilians were killed and seven more were wounded in an airstrike delivered by the US-led "
    "international coalition in the Syria province of Raqqa, SANA news agency said on Sunday citing its sources. "
    "According to SANA, the incident took place eight kilometers south of the city of Raqqa, between the "
    "settlements of Ratla and Qasara, on Saturday evening. Two of those wounded are in critical conditions.")
SEEDS = Path(__file__).resolve().parents[1] / "api" / "demo" / "seed-reports.jsonl"


def actor_names(text):
    return [m.actor.name for m in find_actors(text) if not m.speaker]


def all_events_published_2025_03_03(text):
    return extract_events(text, published_at=MON_2025_03_03, toponyms=[], locations=[])


def all_events_published_2025_03_12(text):
    return extract_events(text, published_at=WED_2025_03_12, toponyms=[], locations=[])


def all_events_published_2025_08_30(text):
    return extract_events(text, published_at=SAT_2025_08_30, toponyms=[], locations=[])


def all_events_published_2025_11_16(text):
    return extract_events(text, published_at=SUN_2025_11_16, toponyms=[], locations=[])


def by_place_killed(evs):
    return [(ev.location["name"] if ev.location else None, (ev.killed or {}).get("best")) for ev in evs]


def by_place_killed_wounded(evs):
    return [(ev.location["name"] if ev.location else None, (ev.killed or {}).get("best"), (ev.wounded or {}).get("best"))
            for ev in evs]


def coded_published_2024_07_16(text):
    return [(ev.sub_event_type, ev.actor1 and ev.actor1["name"], ev.killed and ev.killed["best"])
            for ev in extract_events(text, published_at=TUE_2024_07_16, toponyms=[], locations=[])]


def coded_published_2025_03_03(text):
    return [(ev.sub_event_type, ev.actor1 and ev.actor1["name"], ev.actor2 and ev.actor2["name"])
            for ev in extract_events(text, published_at=MON_2025_03_03, toponyms=[], locations=[])]


def events_published_2025_03_10(text):
    return extract_events(text, published_at=MON_2025_03_10, toponyms=[], locations=[])


def coded_published_2025_03_10(text):
    return [(ev.sub_event_type, (ev.actor1 or {}).get("name"), (ev.actor2 or {}).get("name")) for ev in events_published_2025_03_10(text)]


def coded_published_2025_03_12(title, body, published=dt.date(2025, 3, 12)):
    """(type, sub-type, actor1, actor2, killed) of each event of a report read with no places."""
    events = extract_events(report_text(title, body), published_at=published, toponyms=[], locations=[])
    return [(e.event_type, e.sub_event_type, (e.actor1 or {}).get("name"), (e.actor2 or {}).get("name"),
             (e.killed or {}).get("best")) for e in events]


def coded_published_2025_06_07(title, body, published=dt.date(2025, 6, 7)):
    """(type, sub-type, actor1, actor2, killed) of each event of a report read with no places."""
    events = extract_events(report_text(title, body), published_at=published, toponyms=[], locations=[])
    return [(e.event_type, e.sub_event_type, (e.actor1 or {}).get("name"), (e.actor2 or {}).get("name"),
             (e.killed or {}).get("best")) for e in events]


def coded_published_2025_06_10(text, published=TUE_2025_06_10_ISO):
    from geocoding import Geoparser
    return process_report({"id": "t", "text": text, "published_at": published}, Geoparser())["events"]


def codings_published_2024_06_11(text):
    return [(ev.sub_event_type, ev.actor1 and ev.actor1["name"], ev.actor2 and ev.actor2["name"])
            for ev in extract_events(text, published_at=TUE_2024_06_11, toponyms=[], locations=[])]


def codings_published_2025_06_10(text):
    return [(ev.sub_event_type, ev.actor1 and ev.actor1["name"], ev.actor2 and ev.actor2["name"])
            for ev in extract_events(text, published_at=TUE_2025_06_10, toponyms=[], locations=[])]


def codings_with_killed_2025_06_10(text):
    return [(ev.sub_event_type, ev.actor1 and ev.actor1["name"], ev.actor2 and ev.actor2["name"], (ev.killed or {}).get("best"))
            for ev in extract_events(text, published_at=TUE_2025_06_10, toponyms=[], locations=[])]


def counts_of_mentions(text):
    killed, wounded = combine(find_casualties(text))
    return (killed.best if killed else None), (wounded.best if wounded else None)


def counts_per_event_2025_09_04(text):
    evs = extract_events(text, published_at=DAY_2025_09_04, toponyms=[], locations=[])
    return [((ev.killed or {}).get("best"), (ev.wounded or {}).get("best")) for ev in evs]


def _report_2024_03_04(text, published="2024-03-04"):
    return process_report({"id": "t", "text": text, "title": None, "published_at": published}, None)


def _day_2024_03_04(text, published="2024-03-04"):
    return _report_2024_03_04(text, published)["events"][0]["date_start"]


def _report_2024_03_05(text, published="2024-03-05"):
    return process_report({"id": "t", "text": text, "title": None, "published_at": published}, None)


def _day_2024_03_05(text, published="2024-03-05"):
    return _report_2024_03_05(text, published)["events"][0]["date_start"]


def _events_2025_03_10(text, geoparser=None, published="2025-03-10"):
    return process_report({"id": "t", "text": text, "title": None, "published_at": published}, geoparser)["events"]


def _event_countries_2025_03_10(text):
    from geocoding import Geoparser
    return [(e["location"] or {}).get("country_code") for e in _events_2025_03_10(text, Geoparser())]


def event_dates(text, published):
    return [(d.date_start.isoformat(), d.date_end.isoformat(), d.precision)
            for d in find_dates(text, D(published)) if d.role == "event"]


def event_days(text, published):
    return [d.date_start.isoformat() for d in find_dates(text, D(published)) if d.role == "event"]


def _events_2024_10_10(text, published="2024-10-10"):
    return process_report({"id": "t", "text": text, "title": None, "published_at": published}, None)["events"]


# the briefs' own publication day, for the helpers of the blotter and crime-brief tests
_events_2025_09_15 = partial(_events_2025_03_10, published="2025-09-15")


def toponym(text, name, place, precision=1, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return Toponym(start, start + len(name), name, place, precision)


def events_at_places_published_2025_03_08(text, places, published=SAT_2025_03_08):
    tops = [toponym(text, name, place, place.feature_code == "ADM1" and 4 or 1, nth) for name, place, nth in places]
    return extract_events(text, published_at=published, toponyms=tops, locations=[])


def events_at_places_published_2025_04_03(text, places=(), published=dt.date(2025, 4, 3)):
    tops = [toponym(text, name, place, 1, nth) for name, place, nth in places]
    return extract_events(text, published_at=published, toponyms=tops, locations=[])


def events_at_places_published_2025_05_14(text, places, published=WED_2025_05_14):
    tops = [toponym(text, name, place, 1, nth) for name, place, nth in places]
    return extract_events(text, published_at=published, toponyms=tops, locations=[])


def events_published_2024_05_14(text, published_at=TUE_2024_05_14):
    return extract_events(text, published_at=published_at, toponyms=[], locations=[])


def events_published_2024_06_04(text):
    return extract_events(text, published_at=TUE_2024_06_04, toponyms=[], locations=[])


def events_published_2025_03_08(text, published=SAT_2025_03_08):
    return extract_events(text, published_at=published, toponyms=[], locations=[])


def events_published_2025_03_12(text):
    return extract_events(text, published_at=WED_2025_03_12, toponyms=[], locations=[])


def events_published_2025_03_13(text, published=THU_2025_03_13):
    return extract_events(text, published_at=published, toponyms=[], locations=[])


def events_published_2025_04_30(text, published=dt.date(2025, 4, 30)):
    return extract_events(text, published_at=published, toponyms=[], locations=[])


def events_published_2025_06_11(text, published=WED_2025_06_11, tops=()):
    return extract_events(text, published_at=published, toponyms=list(tops), locations=[])


def events_published_2025_11_26(text):
    return extract_events(text, published_at=WED_2025_11_26, toponyms=[], locations=[])


def _first_event_location_2024_06_10(text, published="2024-06-10"):
    from geocoding import Geoparser
    events = process_report({"id": "t", "text": text, "title": None, "published_at": published}, Geoparser())["events"]
    return events[0]["location"]


def _geoparsed_events_2017_01_18(text, published="2017-01-18"):
    return process_report({"id": "t", "title": None, "text": text, "published_at": published}, _GEO)["events"]


def _geoparsed_events_2025_03_02(text, published="2025-03-02"):
    return process_report({"id": "t", "title": None, "text": text, "published_at": published}, _GEO)["events"]


def _geoparsed_events_2025_05_02(text, published="2025-05-02"):
    return process_report({"id": "t", "title": None, "text": text, "published_at": published}, _GEO)["events"]


def killed(text):
    return [(ev.killed or {}).get("best") for ev in extract_events(text, published_at=TUE_2025_06_10, toponyms=[], locations=[])]


def _killed_best_of(ev):
    return (ev["killed"] or {}).get("best")


def _killed_per_event(text, published):
    return [(e.killed or {}).get("best") for e in extract_events(text, published_at=published, toponyms=[], locations=[])]


def _killed_sum_2024_10_10(text):
    return sum((e["killed"] or {}).get("best") or 0 for e in _events_2024_10_10(text))


def _killed_wounded_totals(text, published):
    out = process_report({"id": "t", "text": text, "published_at": published}, None)
    return out["totals"]["killed"], out["totals"]["wounded"]


def kinds(evs):
    return sorted((ev.sub_event_type, (ev.killed or {}).get("best") or 0) for ev in evs)


def _location_name_of(ev):
    return (ev["location"] or {}).get("name")


def named(text):
    return [(text[m.start:m.end], m.actor.name) for m in find_actors(text)]


def _names(ev):
    return (ev["actor1"] or {}).get("name"), (ev["actor2"] or {}).get("name")


def names_default_in(text, country="IN"):
    return [(text[m.start:m.end], m.actor.resolved(country)["name"]) for m in find_actors(text) if not m.speaker]


def names_in_gb(text):
    return [(text[m.start:m.end], m.actor.resolved("GB")["name"]) for m in find_actors(text) if not m.speaker]


def names_in_mx(text):
    return [(text[m.start:m.end], m.actor.resolved("MX")["name"]) for m in find_actors(text) if not m.speaker]


def names_in_so(text):
    return [(text[m.start:m.end], m.actor.resolved("SO")["name"]) for m in find_actors(text) if not m.speaker]


def names_in_ua(text):
    return [(text[m.start:m.end], m.actor.resolved("UA")["name"]) for m in find_actors(text) if not m.speaker]


def names_unresolved(text):
    return [(text[m.start:m.end], m.actor.name) for m in find_actors(text) if not m.speaker]


def one(text):
    [ev] = extract_events(text, published_at=FRI_2025_08_29, toponyms=[], locations=[])
    return ev


def one_event_published_2025_03_12(text):
    [ev] = extract_events(text, published_at=WED_2025_03_12, toponyms=[], locations=[])
    return ev


def one_event_published_2025_11_24(text):
    [ev] = extract_events(text, published_at=MON_2025_11_24, toponyms=[], locations=[])
    return ev


def one_event_published_2025_11_26(text):
    [ev] = events_published_2025_11_26(text)
    return ev


def one_report(geoparser, text):
    return process_report({"id": "t", "text": text, "title": None, "published_at": "2025-03-12"}, geoparser)["events"]


def only(text, published):
    found = [d for d in find_dates(text, D(published) if published else None) if d.role == "event"]
    assert len(found) == 1, found
    d = found[0]
    return d.date_start.isoformat(), d.date_end.isoformat(), d.precision


def only_event(text, published):
    """The one event of a text read with no places (the test says there is exactly one)."""
    [event] = extract_events(text, published_at=published, toponyms=[], locations=[])
    return event


def _parties(text, published="2024-06-10"):
    events = process_report({"id": "t", "text": text, "title": None, "published_at": published}, None)["events"]
    return [((e["actor1"] or {}).get("name"), (e["actor2"] or {}).get("name")) for e in events]


def _place_names(text):
    from geocoding import Geoparser
    return [(e["location"] or {}).get("name") for e in _events_2025_09_15(text, Geoparser())]


def placed_events_2024_06_04(text, geoparser):
    return process_report({"id": "t", "text": text, "title": None, "published_at": "2024-06-04"}, geoparser)["events"]


def report_events(text, geoparser):
    return process_report({"id": "t", "text": text, "title": None, "published_at": str(MON_2025_03_03)}, geoparser)["events"]


def report_events_published_2025_05_14(text, geoparser, published="2025-05-14"):
    return process_report({"id": "t", "text": text, "title": None, "published_at": published}, geoparser)["events"]


def _report_totals_2024_03_04(text, published="2024-03-04"):
    return process_report({"id": "t", "text": text, "title": None, "published_at": published}, None)["totals"]


def _report_totals_2024_03_05(text, published="2024-03-05"):
    return process_report({"id": "t", "text": text, "title": None, "published_at": published}, None)["totals"]


def resolved_names(text, country):
    return [m.actor.resolved(country)["name"] for m in find_actors(text) if not m.speaker]


def resolved_names_default_ng(text, country="NG"):
    return [m.actor.resolved(country)["name"] for m in find_actors(text) if not m.speaker]


def resolved_names_in_ng(text):
    return [m.actor.resolved("NG")["name"] for m in find_actors(text) if not m.speaker]


def _same_matches(words: list[str], texts: list[str]) -> None:
    plain = re.compile("|".join("".join(_alias_atoms(w)) for w in words))
    tree = re.compile(prefix_tree([_alias_atoms(w) for w in words]))
    for text in texts:
        assert [m.span() for m in plain.finditer(text)] == [m.span() for m in tree.finditer(text)], (words, text)


def scene_name_published_2025_05_17(text):
    from extraction import process_report
    from geocoding import Geoparser
    out = process_report({"id": "x", "text": text, "published_at": "2025-05-17"}, Geoparser())
    return out["events"][0]["location"]["name"]


def scene_published_2025_04_07(text, places):
    tops = [toponym(text, name, place, 4 if place.feature_code == "ADM1" else 1) for name, place in places]
    evs = extract_events(text, published_at=DAY_2025_04_07, toponyms=tops, locations=[])
    return [(ev.location["name"], ev.location["precision"]) for ev in evs if ev.location]


def scene_published_2025_06_10(text, places):
    tops = [toponym(text, name, place, precision, nth) for name, place, precision, nth in places]
    evs = extract_events(text, published_at=DAY_2025_06_10, toponyms=tops, locations=[])
    return [(ev.location["name"], ev.location["precision"]) for ev in evs if ev.location]


def _score(name):
    path = EVAL / name
    if not path.exists():
        pytest.skip(f"evaluation set not found at {path}")
    right = {"killed": 0, "wounded": 0, "date": 0}
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for doc in rows:  # no geoparser: places do not enter these scores; keeps the test fast
        out = process_report({"id": doc["id"], "text": doc["text"], "title": doc.get("title"),
                              "published_at": doc.get("publish_date")}, None)
        gold = doc["gold"]
        right["killed"] += out["totals"]["killed"] == int(gold.get("n_killed") or 0)
        right["wounded"] += out["totals"]["wounded"] == int(gold.get("n_injured") or 0)
        events = out["events"]
        main = (max(events, key=lambda e: (e["killed"] or {}).get("best") or 0)
                if any((e["killed"] or {}).get("best") for e in events) else (events[0] if events else {}))
        right["date"] += bool(gold.get("shooting_date")) and (main.get("date_start") or "")[:10] == gold["shooting_date"]
    return {k: v / len(rows) for k, v in right.items()}


def seed3_events():
    text = SEED3
    tops = [toponym(text, "Syria", SYRIA, 6), toponym(text, "Syria", SYRIA, 6, 1), toponym(text, "Raqqa", RAQQA),
            toponym(text, "Raqqa", RAQQA, 1, 1)]
    phrase = "eight kilometers south of the city of Raqqa"
    start = text.index(phrase)
    loc = Location(start, start + len(phrase), phrase, 35.878, 39.01, 2, tops[-1], "8 km S of Ar Raqqah")
    return text, extract_events(text, published_at=dt.date(2017, 5, 28), toponyms=tops, locations=[loc])


@pytest.fixture(scope="module")
def seeds():
    from extraction import process_report
    from geocoding import Geoparser

    geoparser = Geoparser()
    out = {}
    for line in SEEDS.read_text(encoding="utf-8").splitlines():
        obj = json.loads(line)
        out[obj["id"]] = process_report(obj, geoparser)
    return out


def _split(event):
    return {k: event.killed[k] for k in ("best", "civilians", "side_a", "side_b", "unknown")}


def _subs_2024_10_10(text, published="2024-10-10"):
    events = process_report({"id": "t", "text": text, "title": None, "published_at": published}, None)["events"]
    return [e["sub_event_type"] for e in events]


_subs_2025_09_15 = partial(_subs_2024_10_10, published="2025-09-15")


def subs_published_2024_06_11(text):
    return [sub for sub, _, _ in codings_published_2024_06_11(text)]


def subs_published_2025_07_11(text, published_at=PUBLISHED):
    return [ev.sub_event_type for ev in extract_events(text, published_at=published_at, toponyms=[], locations=[])]


def _told(text):
    """(low, best) of the dead told in text, sentence by sentence."""
    mentions, start = [], 0
    for sentence in text.split(". "):
        mentions += find_casualties(text, start, start + len(sentence))
        start += len(sentence) + 2
    killed, _ = combine(mentions)
    return killed.low, killed.best


def tolls(evs):
    return sorted((((ev.killed or {}).get("best"), (ev.wounded or {}).get("best")) for ev in evs),
                  key=lambda t: (t[0] or 0, t[1] or 0))


def _totals_2024_03_04(text, published="2024-03-04"):
    return _report_2024_03_04(text, published)["totals"]


def _totals_2024_03_05(text, published="2024-03-05"):
    return _report_2024_03_05(text, published)["totals"]


def _totals_2025_04_14(text, published="2025-04-14"):
    return process_report({"id": "t", "text": text, "title": None, "published_at": published}, None)["totals"]


def _totals_2025_06_18(text, published="2025-06-18"):
    return process_report({"id": "t", "text": text, "title": None, "published_at": published}, None)["totals"]


def _totals_2025_07_07(text, published="2025-07-07"):
    return process_report({"id": "t", "text": text, "title": None, "published_at": published}, None)["totals"]


def _wounded(text):
    return sum((e["wounded"] or {}).get("best") or 0 for e in _events_2024_10_10(text))
