"""US and Canadian police blotters: several incidents told one after another, each in its own part of the town."""
from extraction import process_report


def _events(text, geoparser=None, published="2025-03-10"):
    return process_report({"id": "t", "text": text, "title": None, "published_at": published}, geoparser)["events"]


def _places(text):
    from geocoding import Geoparser
    return [(e["location"] or {}).get("country_code") for e in _events(text, Geoparser())]
