"""African conflict copy, a third round: Congo's and Somalia's forces and missions, Sudan's army, the newer groups."""
import datetime as dt

from extraction import extract_events
from extraction.actors import find_actors

MON = dt.date(2025, 9, 15)


def names(text, country):
    return [m.actor.resolved(country)["name"] for m in find_actors(text) if not m.speaker]


def test_a_group_that_says_it_was_behind_the_attack_or_seized_the_camp_did_it():
    text = ("Islamic State Sahel Province said on Friday it was behind an attack that killed 34 soldiers near the "
            "border on Thursday. The ministry said about a hundred gunmen on motorcycles attacked the unit.")
    [ev] = extract_events(text, published_at=MON, toponyms=[], locations=[])
    assert ev.actor1["name"] == "Islamic State Sahel Province"
    text = ("Islamist militants killed more than 30 soldiers in an attack on a military camp on Sunday. JNIM, al "
            "Qaeda's affiliate in the Sahel, said it had seized the camp.")
    [ev] = extract_events(text, published_at=MON, toponyms=[], locations=[])
    assert ev.actor1["name"].startswith("JNIM")
