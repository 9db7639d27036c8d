"""War reports of Syria and Iraq, 2014-2019 (the isisfix round): short reports of our own."""
from extraction import process_report
from geocoding import Geoparser

_GEO = Geoparser()


def _events(text, published="2017-01-18"):
    return process_report({"id": "t", "title": None, "text": text, "published_at": published}, _GEO)["events"]


def _names(ev):
    return (ev["actor1"] or {}).get("name"), (ev["actor2"] or {}).get("name")


def _killed(ev):
    return (ev["killed"] or {}).get("best")
