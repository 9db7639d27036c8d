"""US local crime briefs: an ordinary criminal's arrest is no conflict event."""
from extraction import process_report


def _subs(text, published="2024-10-10"):
    events = process_report({"id": "t", "text": text, "title": None, "published_at": published}, None)["events"]
    return [e["sub_event_type"] for e in events]


def test_an_arrest_for_an_ordinary_crime_beside_a_shooting_is_no_event():
    shooting = "A 52-year-old man was shot and killed outside a laundromat on Elm Street on Tuesday night, police said. "
    assert _subs(shooting + "In an unrelated case, deputies arrested a 41-year-old woman suspected of a series of "
                            "burglaries at storage units in the county.") == ["Attack"]
    assert _subs(shooting + "Separately, officers arrested a 22-year-old man after they found a loaded pistol in his "
                            "glove box during a traffic stop.") == ["Attack"]


def test_a_political_arrest_stays_an_event():
    assert "Arrests" in _subs("Police in Kampala arrested opposition leader Kizza Besigye on Tuesday as he tried to "
                              "lead a march to parliament, a day after clashes in which two protesters were shot dead.")


def test_the_arrest_of_one_suspect_after_a_shooting_is_no_event():
    assert _subs("A 19-year-old woman was shot and killed at a bus stop on Oak Avenue on Friday night, police said. "
                 "Officers arrested a suspect on Saturday morning.") == ["Attack"]
    assert _subs("Two men shot a store owner dead during a holdup on Monday, police said. Detectives later arrested "
                 "one of the suspects.") == ["Attack"]
