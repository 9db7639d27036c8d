"""Kinds other rounds left: parties written with a word that tells what they are, governments as parties, arrests of
people unnamed, deaths in custody, a lynching's victim, tolls of two verbs, a pronoun's dead, a speaker's venue."""
import datetime as dt

from extraction import extract_events
from geocoding import Place, Toponym

TUE = dt.date(2025, 6, 10)


def codings(text):
    return [(ev.sub_event_type, ev.actor1 and ev.actor1["name"], ev.actor2 and ev.actor2["name"])
            for ev in extract_events(text, published_at=TUE, toponyms=[], locations=[])]


def killed(text):
    return [(ev.killed or {}).get("best") for ev in extract_events(text, published_at=TUE, toponyms=[], locations=[])]


def test_a_death_in_custody_is_the_holders_act():
    assert codings("A detainee died in police custody on Monday, his family said.") == [
        ("Attack", "Police Forces", "Civilians")]
    assert killed("A detainee died in police custody on Monday, his family said.") == [1]


def test_a_mob_lynches_the_man_not_the_police_station():
    assert codings("A mob stormed a police station on Monday and lynched a suspect held there.") == [
        ("Mob violence", "Rioters", "Civilians")]


def test_a_place_in_the_said_clause_is_the_acts():
    # (the capital of the dateline is where the report was filed; "said it repelled an attack in Ansongo" tells the
    # act's place, no venue of the statement)
    text = "BAMAKO, May 20 - The Malian army said it repelled an attack in Ansongo on Sunday, killing 15 assailants."
    bamako = Place(2460596, "Bamako", 12.61, -7.98, "P", "PPLC", "ML", "01", 1297281)
    ansongo = Place(2461003, "Ansongo", 15.66, 0.50, "P", "PPL", "ML", "09", 10000)
    tops = [Toponym(text.index(name), text.index(name) + len(name), name, place, 1)
            for name, place in (("BAMAKO", bamako), ("Ansongo", ansongo))]
    [event] = extract_events(text, published_at=TUE, toponyms=tops, locations=[])
    assert event.location["name"] == "Ansongo"
