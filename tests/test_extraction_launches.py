"""Missile, rocket and drone launches and their interception: where they fell, who fired them, tests and tallies."""
import datetime as dt

from extraction import extract_events, process_report

MON = dt.date(2025, 3, 3)


def all_events(text):
    return extract_events(text, published_at=MON, toponyms=[], locations=[])


def report_events(text, geoparser):
    return process_report({"id": "t", "text": text, "title": None, "published_at": str(MON)}, geoparser)["events"]


def test_a_munition_fired_from_one_place_toward_another_is_at_its_target(geoparser):
    [ev] = report_events("Six rockets were fired from Lebanon toward Tiberias on Monday; all were intercepted and "
                         "nobody was hurt, the army said.", geoparser)
    assert ev["location"]["name"] == "Tiberias"

