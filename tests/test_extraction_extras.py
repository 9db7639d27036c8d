"""Reports that are mostly no report of a new act (anniversaries, profiles, trials, explainers, survivors' accounts):
what they recall is no event of theirs."""
import datetime as dt

from extraction import extract_events

PUBLISHED = dt.date(2025, 7, 11)


def subs(text, published_at=PUBLISHED):
    return [ev.sub_event_type for ev in extract_events(text, published_at=published_at, toponyms=[], locations=[])]


def test_a_participle_that_only_says_what_a_thing_is_takes_no_ground():
    assert subs("The two sides are still far apart on the return of state administration to captured towns.") == []
    assert subs("Speaking on Sunday in front of captured Russian tanks, the president hailed the army.") == []
    assert subs("Rebels captured the town of Nyanzale on Sunday, residents said.") == ["Non-state actor overtakes territory"]
