"""An event's scene: a riot told by its arson alone, and the place where the act happened over places only named."""
import datetime as dt

from extraction import process_report
from geocoding import Geoparser

_GEO = Geoparser()


def _events(text, published="2025-03-02"):
    return process_report({"id": "t", "title": None, "text": text, "published_at": published}, _GEO)["events"]


def test_rioters_who_set_fire_to_buses_riot_on_the_night_told():
    # ("set" looks ahead only as a plan's, "set for Monday": "set fire to" is the arson, its date the act's own)
    for town in ("Dublin", "Cork"):
        [ev] = _events(f"Rioters set fire to buses in {town} on Thursday night.")
        assert (ev["event_type"], ev["sub_event_type"]) == ("Riots", "Violent demonstration")
        assert ev["location"]["name"] == town and ev["date_start"] == "2025-02-27"
