"""Middle East conflict copy, a second round: war tolls, CENTCOM, Syria's new forces, UNIFIL, settlers, launches."""
import datetime as dt

from extraction import extract_events, process_report

SAT = dt.date(2025, 8, 30)


def all_events(text):
    return extract_events(text, published_at=SAT, toponyms=[], locations=[])
