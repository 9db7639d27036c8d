"""West and Central Asia, the Caucasus: actors of the region and their names there (westasia round)."""
from extraction import process_report
from geocoding import Geoparser

_GEO = Geoparser()


def _events(text, published="2025-05-02"):
    return process_report({"id": "t", "title": None, "text": text, "published_at": published}, _GEO)["events"]


def _names(ev):
    return (ev["actor1"] or {}).get("name"), (ev["actor2"] or {}).get("name")
