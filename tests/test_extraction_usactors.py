"""US local crime copy: who the parties are. Police who only tell, answer or arrest are no party to the shooting."""
from extraction import process_report


def _parties(text, published="2024-06-10"):
    events = process_report({"id": "t", "text": text, "title": None, "published_at": published}, None)["events"]
    return [((e["actor1"] or {}).get("name"), (e["actor2"] or {}).get("name")) for e in events]


def _place(text, published="2024-06-10"):
    from geocoding import Geoparser
    events = process_report({"id": "t", "text": text, "title": None, "published_at": published}, Geoparser())["events"]
    return events[0]["location"]


def test_a_quarter_named_like_a_faraway_town_is_in_the_reports_town():
    # "Austin" alone is the Texas capital; "the Austin neighborhood" of a Chicago report is on Chicago's West Side
    loc = _place("CHICAGO \u2014 A man was shot and wounded Sunday night in the Austin neighborhood, police said.")
    assert loc["name"] == "Chicago"
    loc = _place("LOUISVILLE, Ky. \u2014 A woman was shot and killed Monday on the city's West End, police said.")
    assert abs(loc["lat"] - 38.25) < 0.3 and abs(loc["lon"] + 85.76) < 0.3
