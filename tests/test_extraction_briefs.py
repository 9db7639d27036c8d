"""US local crime briefs and police news: a city's quarters, tolls and roles as a careful coder reads them."""
from functools import partial

from tests.test_extraction_blotter import _events as report_events
from tests.test_extraction_uscrime import _subs as report_subs

# the briefs' own publication day, for the helpers of the blotter and crime-brief tests
_events = partial(report_events, published="2025-09-15")
_subs = partial(report_subs, published="2025-09-15")


def _place_names(text):
    from geocoding import Geoparser
    return [(e["location"] or {}).get("name") for e in _events(text, Geoparser())]


def test_a_round_up_over_a_killing_stays_an_arrest():
    assert "Arrests" in _subs("Police detain suspects in Nakuru\n\nPolice in Nakuru said on Friday they had detained "
                              "seven people over the killing of a village elder.")


def test_shots_into_a_party_crowd_are_an_attack_on_civilians():
    assert _subs("Two people were wounded after shots were fired into the crowd outside a nightclub early Sunday, "
                 "police said.") == ["Attack"]
    assert _subs("Gunman opens fire on crowd at Fourth of July cookout\n\nThree people were wounded on Friday when a "
                 "gunman opened fire at a cookout in a city park, police said.") == ["Attack"]
    assert _subs("Soldiers opened fire on the crowd as thousands marched against the election results on Monday, "
                 "killing three people.")[0] == "Excessive force against protesters"
