"""African conflict copy, a second round: regional and auxiliary forces, vigilantes, Islamic State's provinces."""
import datetime as dt

from extraction import extract_events
from extraction.actors import find_actors

MON = dt.date(2025, 9, 15)


def names(text, country="NG"):
    return [m.actor.resolved(country)["name"] for m in find_actors(text) if not m.speaker]


def test_somali_regional_forces_are_their_own_state_s():
    assert names("Puntland security forces raided a hideout.", "SO") == ["Military Forces of Puntland"]
    assert names("Jubaland troops repelled the assault.", "SO") == ["Military Forces of Jubaland"]
    assert names("Somaliland forces shelled the positions.", "SO") == ["Military Forces of Somaliland"]


def test_islamic_state_s_somali_branch_is_islamic_state():
    assert names("Gunmen from Islamic State-Somalia opened fire.", "SO")[-1] == "Islamic State"


def test_state_raised_auxiliaries_and_vigilantes_are_militias():
    assert names("Members of the Civilian JTF manned the checkpoint.") == ["CJTF: Civilian Joint Task Force"]
    assert names("Amotekun operatives patrolled the forest.") == ["Amotekun: Western Nigeria Security Network"]
    assert names("Volunteers for the Defence of the Homeland (VDP) guarded the town.", "BF")[0] == \
        "VDP: Volunteers for the Defense of the Homeland"
    assert names("A local vigilante group patrolled the road.") == ["Vigilante Militia (Nigeria)"]


def test_jihadists_who_kill_auxiliaries_fight_them():
    text = "Suspected jihadists killed 15 Volunteers for the Defence of the Homeland (VDP) at their post on Sunday."
    [ev] = extract_events(text, published_at=MON, toponyms=[], locations=[])
    assert ev.sub_event_type == "Armed clash" and ev.actor2["name"].startswith("VDP")


def test_captives_killed_by_vigilantes_are_civilians():
    text = "Vigilantes shot dead two suspected kidnappers they had caught in a village on Saturday."
    [ev] = extract_events(text, published_at=MON, toponyms=[], locations=[])
    assert ev.sub_event_type == "Attack" and ev.actor1["name"].startswith("Vigilante Militia")
    assert ev.actor2["name"].startswith("Civilians")
