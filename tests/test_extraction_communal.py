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


def test_a_clash_between_two_peoples_militias():
    assert coded("", "At least 25 people were killed on Tuesday in clashes between Amhara and Oromo militias, a regional "
                     "official said.") == \
        [("Battles", "Armed clash", "Amhara Ethnic Militia", "Oromo Ethnic Militia", 25)]


def test_herders_killed_are_civilians():
    # a people's herders or youths, counted as the dead, are its civilians, not its militia
    assert coded("", "Tiv youths killed three Fulani herders on Thursday, residents said.") == \
        [("Violence against civilians", "Attack", "Tiv Ethnic Militia", "Civilians", 3)]
    # (armed ones fought)
    assert coded("", "Gunmen killed four armed herders on Thursday.")[0][:2] == ("Battles", "Armed clash")


def test_an_act_named_in_an_opening_phrase_is_told_by_its_verb():
    assert coded("", "In a reprisal attack, gunmen killed three farmers on Thursday.") == \
        [("Violence against civilians", "Attack", "Unidentified Armed Group", "Civilians", 3)]
    # (with no doer after the comma, the noun's act stays)
    assert coded("", "In an earlier attack on Thursday, someone shot a teen in the leg.")[0][:2] == \
        ("Violence against civilians", "Attack")


def test_civilians_who_kill_are_a_mob():
    assert coded("", "Villagers burned a suspected thief to death on Saturday night, police said.") == \
        [("Riots", "Mob violence", "Rioters", "Civilians", 1)]
    # (and those who kill armed men are a community in arms)
    assert coded("", "Residents killed 15 bandits after the armed men invaded the village on Sunday night.") == \
        [("Battles", "Armed clash", "Unidentified Communal Militia", "Unidentified Armed Group", 15)]
    # civilians told beside an act are no doers of it
    assert coded("", "Several residents were awakened by the sound of gunfire early Saturday.")[:1] != \
        [("Riots", "Mob violence", "Rioters", None, None)]


def test_farmers_are_civilians_and_fight_as_a_community():
    # farmers fired on are the victims, not the forces told after
    assert coded("", "Suspected Kuki militants opened fire on Meitei farmers working in paddy fields on Monday, wounding "
                     "three, officials said. Security forces returned fire and the gunmen fled.")[0][3] == "Civilians"
    # farmers who clash with a people's militia are a communal militia
    assert coded("", "Clashes between Arab herders and farmers killed 12 people on Thursday, the government said.") == \
        [("Battles", "Armed clash", "Arab Ethnic Militia", "Unidentified Communal Militia", 12)]
