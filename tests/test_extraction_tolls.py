"""How conflict copy states its tolls: the doer dead with his victims, groups counted together, sources that disagree."""
import datetime as dt

from extraction import extract_events

THU = dt.date(2025, 3, 13)


def events(text, published=THU):
    return extract_events(text, published_at=published, toponyms=[], locations=[])


def test_another_source_s_smaller_figure_is_the_low():
    # its verb left out
    [ev] = events("At least 30 people were killed in the shelling of a camp on Wednesday, according to doctors; the "
                  "governor said nine.")
    assert (ev.killed["low"], ev.killed["best"]) == (9, 30)
    # "put the figure at": a source's toll, in the next sentence
    [ev] = events("Gunmen attacked a village on Wednesday, leaving at least 60 people dead, according to a rights "
                  "group. Police put the figure at 22.")
    assert (ev.killed["low"], ev.killed["best"]) == (22, 60)
    # (a time is no figure)
    [ev] = events("At least 30 people were killed in the shelling of a camp on Wednesday, according to doctors; the "
                  "governor arrived at 9.")
    assert (ev.killed["low"], ev.killed["best"]) == (30, 30)


def test_those_named_among_the_dead_in_the_next_sentence_split_the_toll():
    [ev] = events("A car bomb tore through a bus station on Wednesday, killing 11 people. Among the dead were three "
                  "women and a child, a hospital official said.")
    assert (ev.killed["best"], ev.killed["civilians"], ev.killed["unknown"]) == (11, 4, 7)
    [ev] = events("A car bomb tore through a bus station on Wednesday, killing 11 people. Two schoolgirls were among "
                  "the dead.")
    assert (ev.killed["best"], ev.killed["civilians"]) == (11, 2)


def test_more_dead_told_later_are_added_to_the_toll():
    [ev] = events("Militants ambushed an army convoy on Tuesday, killing five soldiers. Three more soldiers died of their "
                  "wounds on Wednesday, the army said.")
    assert (ev.killed["best"], ev.date_start) == (8, "2025-03-11")
    # (others told after a total may be of it: "Five people were shot ... four other victims")
    [ev] = events("Gunmen killed five villagers on Tuesday. Two other villagers were killed in the raid, a chief said.")
    assert ev.killed["best"] == 5
    # (a toll holds them: "has climbed to")
    [ev] = events("The death toll from Monday's bombing of a bus has climbed to nine after two more passengers died in "
                  "hospital, police said.")
    assert ev.killed["best"] == 9
