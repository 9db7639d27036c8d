"""US gun-violence news as the Gun Violence Archive codes it (killed, wounded and the day of the shooting):
deaths told days after the wound, others hurt in the same incident, court stories."""
from extraction import process_report


def _report(text, published="2024-03-05"):
    return process_report({"id": "t", "text": text, "title": None, "published_at": published}, None)


def _totals(text, published="2024-03-05"):
    return _report(text, published)["totals"]


def _day(text, published="2024-03-05"):
    return _report(text, published)["events"][0]["date_start"]
