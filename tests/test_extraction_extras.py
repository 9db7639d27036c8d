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


def test_a_march_that_marks_an_old_killing_is_a_protest_and_its_props_no_act():
    text = ("Hundreds of relatives of the victims of the 2020 port explosion marched to the port on Monday to mark five "
            "years since the blast. Marchers waved flags and held up photographs of the dead.")
    assert subs(text, published_at=dt.date(2025, 8, 4)) == ["Peaceful protest"]
    # troops marching are no crowd; a hold-up is a robbery
    assert "Peaceful protest" not in subs("Hundreds of soldiers from the northern garrison marched through the capital on "
                                          "Monday.")
    assert subs("Two armed men held up a petrol station on Monday night, police said.") == ["Looting/property destruction"]
