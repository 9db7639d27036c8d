"""Who did it and to whom when the copy says it indirectly: men told by the group they are tied to, victims told as
members of a group, blame and claims, and where the doers went afterwards."""
from extraction import extract_events
from geocoding.model import Place
from tests.test_extraction_claims import MON, coded, events
from tests.test_extraction_events import toponym


def test_where_the_doers_withdrew_toward_is_no_scene():
    dori = Place(2361082, "Dori", 14.035, -0.035, "P", "PPLA", "BF", "89", 37806)
    djibo = Place(2360886, "Djibo", 14.101, -1.627, "P", "PPLA2", "BF", "89", 22223)
    text = ("Jihadists attacked an army camp in Dori on Friday and withdrew toward Djibo after hours of fighting, the army "
            "said. Nine soldiers were killed.")
    tops = [toponym(text, "Dori", dori, 1), toponym(text, "Djibo", djibo, 1)]
    evs = extract_events(text, published_at=MON, toponyms=tops, locations=[])
    assert {ev.location["name"] for ev in evs} == {"Dori"}


def test_attackers_repelled_who_withdrew_hand_over_no_territory():
    subs = [c[0] for c in coded("Militants attacked an army post on Sunday. Two soldiers were killed. The assailants "
                                "were repelled and withdrew into the forest.")]
    assert "Non-violent transfer of territory" not in subs


def test_a_deniers_own_account_is_no_act_of_its_own():
    evs = coded("Soldiers killed 12 herders in the village of Kareri on Thursday, relatives said. The army denied the "
                "accusations, saying its troops had killed jihadists in a firefight.")
    assert [(sub, a2) for sub, _, a2 in evs] == [("Attack", "Civilians")]
