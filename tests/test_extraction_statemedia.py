"""Conflict news as state and official media write it in English: defence ministries' and their agencies' words for
killing the enemy ("eliminated", "liquidated", "sent to hell", "the enemy lost up to 45 servicemen"), a soldier's death
("embraced shahadat"), the epithets they name the enemy by ("khwarij", "PKK/YPG terrorists", "terrorist PDF", "the
Zionist regime"), and an agency's dateline credit ("ANKARA (AA) -")."""
import datetime as dt

from extraction import extract_events, process_report

TUE = dt.date(2024, 6, 4)


def events(text):
    return extract_events(text, published_at=TUE, toponyms=[], locations=[])


def placed(text, geoparser):
    return process_report({"id": "t", "text": text, "title": None, "published_at": "2024-06-04"}, geoparser)["events"]
