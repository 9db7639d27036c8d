"""An act told with its toll place by place is one event per place (ACLED codes one event per location)."""
import datetime as dt

from extraction import extract_events, report_text
from tests.test_extraction_events import Place, toponym

KHARKIV = Place(706483, "Kharkiv", 49.98, 36.25, "P", "PPLA", "UA", "07", 1430885)
ODESA = Place(698740, "Odesa", 46.48, 30.73, "P", "PPLA", "UA", "17", 1015826)
KHERSON = Place(706448, "Kherson", 46.64, 32.61, "P", "PPLA", "UA", "08", 320477)
BELGOROD = Place(578072, "Belgorod", 50.61, 36.58, "P", "PPLA", "RU", "09", 356402)
SUMY = Place(692194, "Sumy", 50.92, 34.80, "P", "PPLA", "UA", "21", 268409)
ZAPORIZHZHIA = Place(687700, "Zaporizhzhia", 47.82, 35.19, "P", "PPLA", "UA", "26", 710052)
KHAN_YOUNIS = Place(281133, "Khan Yunis", 31.34, 34.31, "P", "PPLA", "PS", "GZ", 173183)
GAZA_CITY = Place(281133 + 1, "Gaza City", 31.50, 34.47, "P", "PPLA", "PS", "GZ", 410000)
RAFAH = Place(281133 + 2, "Rafah", 31.30, 34.25, "P", "PPLA", "PS", "GZ", 126305)
KHARKIV_OBLAST = Place(706482, "Kharkivska oblast", 49.5, 36.5, "A", "ADM1", "UA", "07", 2700000)
SAT = dt.date(2025, 3, 8)


def events(text, places, published=SAT):
    tops = [toponym(text, name, place, place.feature_code == "ADM1" and 4 or 1, nth) for name, place, nth in places]
    return extract_events(text, published_at=published, toponyms=tops, locations=[])


def by_place(evs):
    return [(ev.location["name"] if ev.location else None, (ev.killed or {}).get("best"), (ev.wounded or {}).get("best"))
            for ev in evs]


KADUNA_CITY = Place(2335727, "Kaduna", 10.52, 7.44, "P", "PPLA", "NG", "23", 1582102)
KADUNA_STATE = Place(2335722, "Kaduna", 10.38, 7.85, "A", "ADM1", "NG", "23", 6113503)
