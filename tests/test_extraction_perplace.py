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


def test_a_toll_counted_place_by_place_is_one_event_per_place():
    text = "Russian missiles struck several cities overnight, killing three people in Kharkiv and two in Odesa."
    evs = events(text, [("Kharkiv", KHARKIV, 0), ("Odesa", ODESA, 0)])
    assert by_place(evs) == [("Kharkiv", 3, None), ("Odesa", 2, None)]
    assert {ev.event_type for ev in evs} == {"Explosions/Remote violence"} and len({ev.date_start for ev in evs}) == 1
    assert {ev.actor1["name"] for ev in evs} == {"Military Forces of Russia"}
    # each event's evidence: its own count and its own place
    assert [text[ev.evidence["killed"]["start"]:ev.evidence["killed"]["end"]] for ev in evs] == ["killing three people", "two"]
    assert [text[ev.evidence["location"]["start"]:ev.evidence["location"]["end"]] for ev in evs] == ["Kharkiv", "Odesa"]


def test_a_toll_told_once_for_several_places_or_one_place_stays_one_event():
    evs = events("Russian missile strikes killed 11 people in Kharkiv and Odesa on Wednesday.",
                 [("Kharkiv", KHARKIV, 0), ("Odesa", ODESA, 0)])
    assert by_place(evs) == [("Kharkiv", 11, None)]
    evs = events("A Russian missile strike killed three people in a village in Kharkiv region on Thursday.",
                 [("Kharkiv region", KHARKIV_OBLAST, 0)])
    assert by_place(evs) == [("Kharkivska oblast", 3, None)]
    evs = events("Russian forces killed two soldiers in Kharkiv and wounded four on Friday.", [("Kharkiv", KHARKIV, 0)])
    assert by_place(evs) == [("Kharkiv", 2, 4)]
    # (a region and a town in it: no two places apart)
    evs = events("Russian shelling killed four people in Kharkiv Oblast and two in Kharkiv on Monday.",
                 [("Kharkiv Oblast", KHARKIV_OBLAST, 0), ("Kharkiv", KHARKIV, 1)])
    assert len(evs) == 1 and evs[0].killed["best"] == 6


KADUNA_CITY = Place(2335727, "Kaduna", 10.52, 7.44, "P", "PPLA", "NG", "23", 1582102)
KADUNA_STATE = Place(2335722, "Kaduna", 10.38, 7.85, "A", "ADM1", "NG", "23", 6113503)
