"""West Asia fixes: victims counted 'along with' the one told, a protest's crowd before the force that intervenes,
unclaimed strikes' unidentified doers, victims' own words over their target's owner, and the region's spellings."""
import datetime as dt

from extraction import extract_events, process_report
from geocoding import Geoparser


def events(text, published=dt.date(2025, 4, 30)):
    return extract_events(text, published_at=published, toponyms=[], locations=[])


def test_victims_along_with_the_one_told_are_counted():
    [ev] = events("Unidentified gunmen shot dead a prominent cleric along with two of his sons on Tuesday night.")
    assert ev.killed["best"] == 3
    [ev] = events("The minister was killed in a suicide bombing inside the ministry compound, along with five other "
                  "people, officials said on Wednesday.")
    assert ev.killed["best"] == 6
    [ev] = events("A car bomb exploded near a base on Thursday, killing a faction commander along with six of his "
                  "fighters.")
    assert ev.killed["best"] == 7
    # (no one killed before it: a companion, no victim)
    [ev] = events("Police arrested the suspect along with two accomplices on Monday after a shooting that wounded a man.")
    assert ev.killed is None or ev.killed["best"] == 0


def test_a_protest_with_intervention_names_the_crowd_first():
    [ev] = events("Police used water cannon and pepper spray to disperse protesters outside the government building "
                  "on Saturday night.")
    assert (ev.sub_event_type, ev.actor1["name"], ev.actor2["name"]) == (
        "Protest with intervention", "Protesters", "Police Forces")
