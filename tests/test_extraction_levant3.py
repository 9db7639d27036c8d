"""Middle East copy, a third round: Gaza, the West Bank, Lebanon, Syria after Assad, Yemen, Iraq (2025)."""
from extraction import process_report


def events(text, geoparser, published="2025-05-14"):
    return process_report({"id": "t", "text": text, "title": None, "published_at": published}, geoparser)["events"]
