"""Kinds other rounds left: parties written with a word that tells what they are, governments as parties, arrests of
people unnamed, deaths in custody, a lynching's victim, tolls of two verbs, a pronoun's dead, a speaker's venue."""
import datetime as dt

from extraction import extract_events

TUE = dt.date(2025, 6, 10)


def codings(text):
    return [(ev.sub_event_type, ev.actor1 and ev.actor1["name"], ev.actor2 and ev.actor2["name"])
            for ev in extract_events(text, published_at=TUE, toponyms=[], locations=[])]


def killed(text):
    return [(ev.killed or {}).get("best") for ev in extract_events(text, published_at=TUE, toponyms=[], locations=[])]


def test_two_parties_the_second_with_a_modifier_act_on_each_other():
    assert codings("Sudan's army and the paramilitary RSF fought in Omdurman on Monday.")[0][1:] == (
        "Military Forces of Sudan", "RSF: Rapid Support Forces")
    assert codings("Uganda's army and the Islamist ADF clashed in the forest on Monday, killing 12 villagers.")[0][1:] == (
        "Military Forces of Uganda", "ADF: Allied Democratic Forces")
    assert codings("Ethiopia's army and the nationalist Fano militia signed a truce on Monday.") == [
        ("Agreement", "Military Forces of Ethiopia", "Fano Militia")]
    # (the state's unnamed forces and a named group)
    assert codings("Government forces and the jihadist JNIM fought near the town on Monday.")[0][1:] == (
        "Military Forces", "JNIM: Jama'at Nusrat al-Islam wal-Muslimin")
