"""Event assembly on hand-made text and hand-made toponyms (no gazetteer needed)."""
import datetime as dt

from extraction import extract_events, process_report, report_text
from extraction.event_types import SUB_EVENT_TYPES

try:
    from geocoding import Location, Place, Toponym
except ImportError:  # pragma: no cover - the contract, in miniature
    from dataclasses import dataclass

    @dataclass
    class Place:
        geonameid: int; name: str; lat: float; lon: float; feature_class: str; feature_code: str
        country_code: str; admin1: str; population: int = 0

    @dataclass
    class Toponym:
        start: int; end: int; name: str; place: Place; precision: int

        def to_dict(self):
            return {"start": self.start, "end": self.end, "name": self.name}

    @dataclass
    class Location:
        start: int; end: int; phrase: str; lat: float; lon: float; precision: int; anchor: object; name: str

RAQQA = Place(163843, "Ar Raqqah", 35.95, 39.01, "P", "PPLA", "SY", "04", 177636)
PALMYRA = Place(170651, "Tadmur", 34.56, 38.28, "P", "PPL", "SY", "11", 51323)
SYRIA = Place(163843 + 1, "Syria", 35.0, 38.0, "A", "PCLI", "SY", None, 22198110)
UNITED_STATES = Place(6252001, "United States", 39.76, -98.5, "A", "PCLI", "US", None, 327167434)
YEMEN = Place(69543, "Yemen", 15.5, 47.5, "A", "PCLI", "YE", None, 28498687)


def only_event(text, published):
    """The one event of a text read with no places (the test says there is exactly one)."""
    [event] = extract_events(text, published_at=published, toponyms=[], locations=[])
    return event


def toponym(text, name, place, precision=1, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return Toponym(start, start + len(name), name, place, precision)


SEED3 = report_text(
    "A deadly mistake: US-led coalition’s airstrike in Syria killed at least 20 civilians",
    "At least 20 civilians were killed and seven more were wounded in an airstrike delivered by the US-led "
    "international coalition in the Syria province of Raqqa, SANA news agency said on Sunday citing its sources. "
    "According to SANA, the incident took place eight kilometers south of the city of Raqqa, between the "
    "settlements of Ratla and Qasara, on Saturday evening. Two of those wounded are in critical conditions.")


def seed3_events():
    text = SEED3
    tops = [toponym(text, "Syria", SYRIA, 6), toponym(text, "Syria", SYRIA, 6, 1), toponym(text, "Raqqa", RAQQA),
            toponym(text, "Raqqa", RAQQA, 1, 1)]
    phrase = "eight kilometers south of the city of Raqqa"
    start = text.index(phrase)
    loc = Location(start, start + len(phrase), phrase, 35.878, 39.01, 2, tops[-1], "8 km S of Ar Raqqah")
    return text, extract_events(text, published_at=dt.date(2017, 5, 28), toponyms=tops, locations=[loc])


def _totals(text, published):
    out = process_report({"id": "t", "text": text, "published_at": published}, None)
    return out["totals"]["killed"], out["totals"]["wounded"]




    # (protesters who storm the parliament riot: see test_protesters_who_storm_a_parliament_riot)


def _split(event):
    return {k: event.killed[k] for k in ("best", "civilians", "side_a", "side_b", "unknown")}


def _killed(text, published):
    return [(e.killed or {}).get("best") for e in extract_events(text, published_at=published, toponyms=[], locations=[])]
