"""Who was killed by whom in conflict copy: later deaths among the wounded, doers told or inferred, the sides' dead."""
import datetime as dt

from extraction import extract_events

THU = dt.date(2025, 3, 13)


def events(text, published=THU):
    return extract_events(text, published_at=published, toponyms=[], locations=[])


def test_the_wounded_who_later_died_are_dead_and_no_longer_wounded():
    [ev] = events("A grenade went off at a bus stop on Wednesday, killing three people and wounding 11, officials said. "
                  "Two of the wounded later died in hospital.")
    assert (ev.killed["best"], ev.wounded["best"]) == (5, 9)
    [ev] = events("Rebels raided the village on Tuesday, killing four and injuring ten. One of the injured has since died.")
    assert (ev.killed["best"], ev.wounded["best"]) == (5, 9)
    # (a toll that already holds them is not raised again)
    [ev] = events("The death toll from Tuesday's market bombing rose to seven after two of the wounded died, officials said.")
    assert ev.killed["best"] == 7

