"""An event's scene: a riot told by its arson alone, and the place where the act happened over places only named."""
import datetime as dt

from extraction import process_report
from geocoding import Geoparser

_GEO = Geoparser()


def _events(text, published="2025-03-02"):
    return process_report({"id": "t", "title": None, "text": text, "published_at": published}, _GEO)["events"]
