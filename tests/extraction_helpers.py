"""Helpers of the extraction tests: read a short report and return what a test checks (events, totals,
actors, sub-types, scenes), and the places and publication days the tests give.  Each helper is written once
and takes the publication day as a parameter (`published`); a test file that reads many reports on one day binds
it once at its top (`events = partial(helpers.events, published=WED_2025_03_12)`).

Two families: `events`/`codings`/`scene`... read with extract_events and no geoparser (toponyms given by the
test), and `report`/`report_events`/`totals`... read the whole report with process_report, whose second
argument is the geoparser (None: no places)."""
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
GEOPARSER = Geoparser()  # one for all tests: building one reads the gazetteer
SEED3 = report_text(
    "A deadly mistake: US-led coalition’s airstrike in Syria killed at least 20 civilians",
    "At least 20 civilians were killed and seven more were wounded in an airstrike delivered by the US-led "
    "international coalition in the Syria province of Raqqa, SANA news agency said on Sunday citing its sources. "
    "According to SANA, the incident took place eight kilometers south of the city of Raqqa, between the "
    "settlements of Ratla and Qasara, on Saturday evening. Two of those wounded are in critical conditions.")
SEEDS = Path(__file__).resolve().parents[1] / "api" / "demo" / "seed-reports.jsonl"


# Field paths of coded(): an attribute (or key) of an event, and ".key" to read a key of it ("actor1.name")
SUB_ACTORS = ("sub_event_type", "actor1.name", "actor2.name")
TYPE_SUB_ACTORS_KILLED = ("event_type",) + SUB_ACTORS + ("killed.best",)


def value(event, path):
    """What `path` names in an event (an Event or a dict of process_report): "killed.best" is the best
    count of the dead, None where the event has no killed."""
    head, _, key = path.partition(".")
    found = event[head] if isinstance(event, dict) else getattr(event, head)
    return (found or {}).get(key) if key else found


def coded(evs, fields):
    """Each event's values: fields a path -> one value an event; a tuple of paths -> one tuple an event."""
    if isinstance(fields, str):
        return [value(ev, fields) for ev in evs]
    return [tuple(value(ev, f) for f in fields) for ev in evs]


by_place_killed = partial(coded, fields=("location.name", "killed.best"))
by_place_killed_wounded = partial(coded, fields=("location.name", "killed.best", "wounded.best"))
_killed_best_of = partial(value, path="killed.best")
_location_name_of = partial(value, path="location.name")


def _names(ev):
    return value(ev, "actor1.name"), value(ev, "actor2.name")


def kinds(evs):
    return sorted((ev.sub_event_type, (ev.killed or {}).get("best") or 0) for ev in evs)


def tolls(evs):
    return sorted(coded(evs, ("killed.best", "wounded.best")), key=lambda t: (t[0] or 0, t[1] or 0))


# Read with extract_events, no geoparser
def events(text, published, toponyms=()):
    return extract_events(text, published_at=published, toponyms=list(toponyms), locations=[])


def only_event(text, published, toponyms=()):
    """The one event of a text (the test says there is exactly one)."""
    [event] = events(text, published, toponyms)
    return event


def codings(text, published, fields=SUB_ACTORS):
    """coded() of the events of a text: by default (sub-type, actor1, actor2) of each."""
    return coded(events(text, published), fields)


def report_codings(title, body, published, fields=TYPE_SUB_ACTORS_KILLED):
    """codings() of a report of a title and a body: by default (type, sub-type, actor1, actor2, killed)."""
    return codings(report_text(title, body), published, fields)


def toponym(text, name, place, precision=1, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return Toponym(start, start + len(name), name, place, precision)


def toponyms_at(text, places, area_precision=1):
    """Toponyms of (name, place[, nth]) or (name, place, precision, nth): the nth mention of name; an ADM1 place
    without a precision of its own gets area_precision."""
    out = []
    for name, place, *rest in places:
        if len(rest) == 2:
            precision, nth = rest
        else:
            precision, nth = (area_precision if place.feature_code == "ADM1" else 1), (rest[0] if rest else 0)
        out.append(toponym(text, name, place, precision, nth))
    return out


def events_at_places(text, places=(), published=None, area_precision=1):
    return events(text, published, toponyms_at(text, places, area_precision))


def scene(text, places, published, area_precision=1):
    """(place name, precision) of each placed event of a text read with those places."""
    return [(ev.location["name"], ev.location["precision"])
            for ev in events_at_places(text, places, published, area_precision) if ev.location]


# Read with process_report: geoparser None reads no places
def report(text, geoparser=None, published=None):
    return process_report({"id": "t", "text": text, "title": None, "published_at": published}, geoparser)


def report_events(text, geoparser=None, published=None):
    return report(text, geoparser, published)["events"]


def totals(text, geoparser=None, published=None):
    return report(text, geoparser, published)["totals"]


def day(text, published):
    """The day the first event of a report starts."""
    return report_events(text, published=published)[0]["date_start"]


def first_location(text, geoparser=GEOPARSER, published=None):
    return report_events(text, geoparser, published)[0]["location"]


def report_coded(text, fields, geoparser=None, published=None):
    return coded(report_events(text, geoparser, published), fields)


def report_sum(text, path, geoparser=None, published=None):
    """The sum over a report's events of what path names (none: 0)."""
    return sum(v or 0 for v in report_coded(text, path, geoparser, published))


def _killed_wounded_totals(text, published):
    counts = totals(text, published=published)
    return counts["killed"], counts["wounded"]


# Actors and counts of a text
def actors(text, country=None, speakers=False, surfaces=True):
    """The actors named in a text (not speakers unless asked): (surface, name) or the name alone, the name
    resolved for country where one is given."""
    out = []
    for m in find_actors(text):
        if m.speaker and not speakers:
            continue
        name = m.actor.resolved(country)["name"] if country else m.actor.name
        out.append((text[m.start:m.end], name) if surfaces else name)
    return out


def counts_of_mentions(text):
    killed, wounded = combine(find_casualties(text))
    return (killed.best if killed else None), (wounded.best if wounded else None)


def _told(text):
    """(low, best) of the dead told in text, sentence by sentence."""
    mentions, start = [], 0
    for sentence in text.split(". "):
        mentions += find_casualties(text, start, start + len(sentence))
        start += len(sentence) + 2
    killed, _ = combine(mentions)
    return killed.low, killed.best


# Dates
def event_dates(text, published):
    return [(d.date_start.isoformat(), d.date_end.isoformat(), d.precision)
            for d in find_dates(text, D(published)) if d.role == "event"]


def event_days(text, published):
    return [start for start, _, _ in event_dates(text, published)]


def only(text, published):
    found = [d for d in find_dates(text, D(published) if published else None) if d.role == "event"]
    assert len(found) == 1, found
    d = found[0]
    return d.date_start.isoformat(), d.date_end.isoformat(), d.precision


def _same_matches(words: list[str], texts: list[str]) -> None:
    plain = re.compile("|".join("".join(_alias_atoms(w)) for w in words))
    tree = re.compile(prefix_tree([_alias_atoms(w) for w in words]))
    for text in texts:
        assert [m.span() for m in plain.finditer(text)] == [m.span() for m in tree.finditer(text)], (words, text)


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
