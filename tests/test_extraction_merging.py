"""One incident, one event: a toll of none told after the act, a death in custody and the arrest before it, a force
that kills the men of the attack just told; and what stays apart (another day's operation, a strike in response)."""
import datetime as dt

from extraction import extract_events

TUE = dt.date(2025, 6, 10)


def codings(text):
    return [(ev.sub_event_type, ev.actor1 and ev.actor1["name"], ev.actor2 and ev.actor2["name"], (ev.killed or {}).get("best"))
            for ev in extract_events(text, published_at=TUE, toponyms=[], locations=[])]


def test_a_force_that_kills_the_attackers_fights_one_clash():
    assert codings("Two gunmen attacked a checkpoint on Monday. Soldiers shot them dead, an official said.") == [
        ("Armed clash", "Unidentified Armed Group", "Military Forces", 2)]
    assert [c[:3] for c in codings("Three gunmen attacked a border post on Monday. Troops returned fire and killed all three.")] == [
        ("Armed clash", "Unidentified Armed Group", "Military Forces")]
    # (an operation days later is an event of its own)
    assert len(codings("Gunmen killed five villagers on Friday. On Monday, troops killed three of the attackers in an "
                       "operation in a nearby forest.")) == 2


def test_the_ensuing_fight_is_the_attacks():
    found = codings("Two suicide bombers drove a truck into the gate of an army camp on Monday, killing nine soldiers. "
                    "Four attackers were killed by troops in the ensuing clash.")
    assert len(found) == 1 and found[0][0] == "Suicide bomb" and found[0][2] == "Military Forces"
    # (a strike in response, told on another day, stays apart)
    assert len(codings("Militants attacked an army post on Monday, killing nine soldiers. In response, the army carried out "
                       "airstrikes on militant hideouts on Wednesday, killing 20 militants.")) == 2
