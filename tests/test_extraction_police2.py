"""US local copy of shootings involving police, and counts told piecemeal."""
from extraction import process_report


def _events(text, published="2024-10-10"):
    return process_report({"id": "t", "text": text, "title": None, "published_at": published}, None)["events"]


def _wounded(text):
    return sum((e["wounded"] or {}).get("best") or 0 for e in _events(text))


def _killed(text):
    return sum((e["killed"] or {}).get("best") or 0 for e in _events(text))
