"""US and Canadian police blotters: several incidents told one after another, each in its own part of the town."""
from extraction import process_report


def _events(text, geoparser=None, published="2025-03-10"):
    return process_report({"id": "t", "text": text, "title": None, "published_at": published}, geoparser)["events"]


def _places(text):
    from geocoding import Geoparser
    return [(e["location"] or {}).get("country_code") for e in _events(text, Geoparser())]


def test_a_quarter_named_like_a_faraway_town_in_a_town_police_report_is_in_that_town():
    # Algiers, Scarborough: quarters of New Orleans and Toronto the gazetteer knows only as the towns abroad
    assert _places("NEW ORLEANS — A 30-year-old man was shot dead on Thursday evening in Algiers, the New Orleans "
                   "Police Department said.") == ["US"]
    assert _places("TORONTO — A man was stabbed outside a bar in Scarborough late Tuesday, Toronto police say. He is "
                   "in hospital with serious injuries.") == ["CA"]


def test_a_town_named_with_its_country_stays_that_town():
    # and a town near enough for the police to tell of stays itself
    from geocoding import Geoparser
    [event] = _events("TORONTO - A 24-year-old man was shot and wounded in Hamilton early Sunday, Toronto police said.",
                      Geoparser())
    assert event["location"]["name"] == "Hamilton"
    assert _places("TORONTO — A Canadian man was stabbed in Scarborough, England, on Tuesday, Toronto police said "
                   "after speaking to British detectives.") == ["GB"]
