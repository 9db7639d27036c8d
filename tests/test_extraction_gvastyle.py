"""US local gun-violence news as the Gun Violence Archive codes it: everyone shot or hurt in the incident, and
the day of the shooting."""
from extraction import process_report


def _report(text, published="2024-03-04"):
    return process_report({"id": "t", "text": text, "title": None, "published_at": published}, None)


def _totals(text, published="2024-03-04"):
    return _report(text, published)["totals"]


def _day(text, published="2024-03-04"):
    return _report(text, published)["events"][0]["date_start"]
