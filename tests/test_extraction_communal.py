"""Communal and identity violence on sentences of our own (no gazetteer needed): herder-farmer raids, cattle raids,
clan and tribal fighting, mobs that kill."""
import datetime as dt

from extraction import extract_events, report_text
from extraction.actors import find_actors


def coded(title, body, published=dt.date(2025, 6, 7)):
    """(type, sub-type, actor1, actor2, killed) of each event of a report read with no places."""
    events = extract_events(report_text(title, body), published_at=published, toponyms=[], locations=[])
    return [(e.event_type, e.sub_event_type, (e.actor1 or {}).get("name"), (e.actor2 or {}).get("name"),
             (e.killed or {}).get("best")) for e in events]


def named(text):
    return [(text[m.start:m.end], m.actor.name) for m in find_actors(text)]


def test_civilians_who_kill_are_a_mob():
    assert coded("", "Villagers burned a suspected thief to death on Saturday night, police said.") == \
        [("Riots", "Mob violence", "Rioters", "Civilians", 1)]
    # (and those who kill armed men are a community in arms)
    assert coded("", "Residents killed 15 bandits after the armed men invaded the village on Sunday night.") == \
        [("Battles", "Armed clash", "Unidentified Communal Militia", "Unidentified Armed Group", 15)]
    # civilians told beside an act are no doers of it
    assert coded("", "Several residents were awakened by the sound of gunfire early Saturday.")[:1] != \
        [("Riots", "Mob violence", "Rioters", None, None)]
