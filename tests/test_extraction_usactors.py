"""US local crime copy: who the parties are. Police who only tell, answer or arrest are no party to the shooting."""
from extraction import process_report


def _parties(text, published="2024-06-10"):
    events = process_report({"id": "t", "text": text, "title": None, "published_at": published}, None)["events"]
    return [((e["actor1"] or {}).get("name"), (e["actor2"] or {}).get("name")) for e in events]


def test_headline_source_before_its_colon_is_no_party():
    # "Westbrook police: ..." tells who gave the news, not whom the man was shot by or who was shot
    parties = _parties("Westbrook police: man wounded in Elm Street shooting\n\n"
                       "A man was wounded when someone fired into his car on Elm Street on Saturday night.")
    assert all("Police" not in str(p) for p in parties)


def test_officers_who_arrive_later_are_no_target():
    parties = _parties("A man was shot and killed outside a bar late Saturday, police said. "
                       "The gunman fled before officers arrived.")
    assert parties and parties[0][1] is not None and "Police" not in parties[0][1]


def test_police_who_arrest_on_a_day_are_no_doer():
    parties = _parties("Lakeview police on Thursday arrested a 19-year-old in connection with a shooting that "
                       "wounded a woman on Main Street.")
    assert parties and "Police" not in str(parties[0][0])


def test_police_who_shoot_remain_the_doer():
    parties = _parties("Police on Friday shot and killed a man who had stabbed two people at a bus stop.")
    assert parties and "Police" in str(parties[0][0])


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
