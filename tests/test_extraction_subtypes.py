"""ACLED sub-event types told apart from their neighbours: fire on a crowd named with a word before it, an act still to
come when another happened, men a crowd only takes for kidnappers, munitions listed in a seized cache."""
import datetime as dt

from extraction import extract_events

TUE = dt.date(2024, 7, 16)


def coded(text):
    return [(ev.sub_event_type, ev.actor1 and ev.actor1["name"], ev.killed and ev.killed["best"])
            for ev in extract_events(text, published_at=TUE, toponyms=[], locations=[])]


def test_a_device_made_safe_or_found_is_a_disrupted_weapons_use():
    for text in ("Army engineers detonated a landmine safely near the village on Tuesday.",
                 "Engineers safely detonated the mine near the village on Tuesday.",
                 "A roadside bomb was found near a school on Tuesday and was later defused.",
                 "A bomb squad carried out a controlled explosion of the device on Tuesday."):
        assert [sub for sub, _, _ in coded(text)] == ["Disrupted weapons use"], text
    # (one set off by its doers is the blast)
    assert [sub for sub, _, _ in coded("Militants detonated a landmine under a military truck on Tuesday, killing two "
                                       "soldiers.")] == ["Remote explosive/landmine/IED"]
