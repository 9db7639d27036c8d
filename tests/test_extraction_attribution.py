"""Who did it and to whom when the copy says it indirectly: men told by the group they are tied to, victims told as
members of a group, blame and claims, and where the doers went afterwards."""
from extraction import extract_events
from geocoding.model import Place
from tests.test_extraction_claims import MON, coded, events
from tests.test_extraction_events import toponym


def test_attackers_repelled_who_withdrew_hand_over_no_territory():
    subs = [c[0] for c in coded("Militants attacked an army post on Sunday. Two soldiers were killed. The assailants "
                                "were repelled and withdrew into the forest.")]
    assert "Non-violent transfer of territory" not in subs
