"""ACLED sub-event types told apart from their neighbours: fire on a crowd named with a word before it, an act still to
come when another happened, men a crowd only takes for kidnappers, munitions listed in a seized cache."""
import datetime as dt

from extraction import extract_events

TUE = dt.date(2024, 7, 16)


def coded(text):
    return [(ev.sub_event_type, ev.actor1 and ev.actor1["name"], ev.killed and ev.killed["best"])
            for ev in extract_events(text, published_at=TUE, toponyms=[], locations=[])]


def test_fire_opened_on_a_crowd_with_a_word_before_it_is_excessive_force():
    [(sub, _, killed)] = coded("Security forces opened fire on student demonstrators in the city on Tuesday, killing five.")
    assert (sub, killed) == ("Excessive force against protesters", 5)
    [(sub, _, _)] = coded("Police fired live rounds at anti-government protesters on Tuesday, killing two.")
    assert sub == "Excessive force against protesters"


def test_men_a_crowd_takes_for_kidnappers_are_a_mob_s_victims():
    [(sub, a1, killed)] = coded("Villagers beat to death two men they suspected of being child kidnappers in the "
                                "district on Tuesday, police said.")
    assert (sub, killed) == ("Mob violence", 2) and a1.startswith("Rioters")
    [(sub, a1, _)] = coded("Villagers killed two men they suspected of being bandits in the district on Tuesday.")
    assert sub == "Mob violence" and a1.startswith("Rioters")
    # (rumours of a kidnapping tell none)
    [(sub, _, _)] = coded("Two men beaten to death over child-kidnapping rumours")
    assert sub != "Abduction/forced disappearance"


def test_a_device_made_safe_or_found_is_a_disrupted_weapons_use():
    for text in ("Army engineers detonated a landmine safely near the village on Tuesday.",
                 "Engineers safely detonated the mine near the village on Tuesday.",
                 "A roadside bomb was found near a school on Tuesday and was later defused.",
                 "A bomb squad carried out a controlled explosion of the device on Tuesday."):
        assert [sub for sub, _, _ in coded(text)] == ["Disrupted weapons use"], text
    # (one set off by its doers is the blast)
    assert [sub for sub, _, _ in coded("Militants detonated a landmine under a military truck on Tuesday, killing two "
                                       "soldiers.")] == ["Remote explosive/landmine/IED"]


def test_force_short_of_killing_used_on_protesters_is_an_intervention():
    for text in ("Police beat protesters with batons and arrested 40 in the capital on Tuesday.",
                 "Police beat dozens of demonstrators outside parliament on Tuesday."):
        [(sub, a1, _)] = coded(text)
        # (ACLED names the crowd first in an intervention, the force after it: westfix)
        assert (sub, a1) == ("Protest with intervention", "Protesters"), text
