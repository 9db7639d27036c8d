"""Conflict copy whose codings went wrong in earlier rounds: a launch and its interception told in two sentences,
harm done by an intercepted weapon's debris."""
import datetime as dt

from extraction import extract_events

MON = dt.date(2025, 3, 3)


def coded(text):
    return [(ev.sub_event_type, ev.actor1 and ev.actor1["name"], ev.actor2 and ev.actor2["name"])
            for ev in extract_events(text, published_at=MON, toponyms=[], locations=[])]


def test_harm_done_by_an_intercepted_weapon_s_debris_is_the_launcher_s_strike():
    [ev] = extract_events("Russian air defences intercepted 23 Ukrainian drones over the region overnight, the defence "
                          "ministry said on Monday. A woman was wounded by falling debris in a village, the governor said.",
                          published_at=MON, toponyms=[], locations=[])
    assert (ev.sub_event_type, ev.actor1["name"], ev.wounded["best"]) == (
        "Air/drone strike", "Military Forces of Ukraine", 1)
    [(sub, a1, _)] = coded("The coalition said on Sunday it had intercepted a ballistic missile fired by the Houthis "
                           "towards the city. Fragments of the missile fell on a neighbourhood and wounded two residents.")
    assert (sub, a1) == ("Shelling/artillery/missile attack", "Ansar Allah (Houthis)")
