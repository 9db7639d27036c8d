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


def test_a_later_shooting_told_mid_paragraph_is_an_incident_of_its_own():
    events = _events("Police are looking into two overnight shootings that left one man dead and one hurt. A man was "
                     "shot and killed outside a bar on Main Street shortly after 11 p.m. Friday. About an hour later, a "
                     "woman was shot in the leg on Oak Avenue. She is expected to recover.")
    assert sorted(((e["killed"] or {}).get("best") or 0, (e["wounded"] or {}).get("best") or 0) for e in events) == \
        [(0, 1), (1, 0)]
