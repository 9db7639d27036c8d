"""Conflict copy left wrong by the last rounds: the dead handed over in an exchange, families counted whole, the weapon
told after the verb, a claim's day, and what a report only expects or sets as a condition."""
import datetime as dt

from extraction import extract_events

TUE = dt.date(2024, 5, 14)


def events(text, published_at=TUE):
    return extract_events(text, published_at=published_at, toponyms=[], locations=[])


def test_the_dead_handed_over_are_no_new_killing():
    assert events("Ukraine received the bodies of 212 servicemen killed in the Luhansk region from Russia on Tuesday, "
                  "the coordination headquarters said.") == []
    assert events("The remains of 40 soldiers killed in fighting near Kupiansk were repatriated on Monday, the "
                  "ministry said.") == []
    # an act told apart in the next sentence keeps its own toll
    [ev] = events("Israel handed back the bodies of 60 Palestinians killed during the war on Monday. Separately, an "
                  "Israeli airstrike on a house in Deir al-Balah killed three people on Monday night, medics said.")
    assert (ev.sub_event_type, ev.killed["best"]) == ("Air/drone strike", 3)
    # the dead found are still the act's
    [ev] = events("Police found the bodies of four men killed by gunmen in the village on Monday.")
    assert ev.killed["best"] == 4


def test_the_weapon_told_after_the_verb_decides_the_kind():
    [ev] = events("Azerbaijani troops pounded Khankendi, the region's main city, with artillery on Monday, killing three "
                  "civilians, officials said.")
    assert (ev.sub_event_type, ev.actor1["name"]) == ("Shelling/artillery/missile attack", "Military Forces of Azerbaijan")
    [ev] = events("Russian forces hit Nikopol with mortar fire on Monday, wounding two men, the governor said.")
    assert (ev.sub_event_type, ev.actor1["name"]) == ("Shelling/artillery/missile attack", "Military Forces of Russia")
    [ev] = events("Israeli forces struck the border town of Khiam with drones on Monday, killing two people.")
    assert ev.sub_event_type == "Air/drone strike"


def test_a_nation_s_strikes_across_a_territory_are_air_strikes_not_the_fighting_beside_them():
    [ev] = events("Israeli strikes across southern Lebanon killed 15 people on Monday, the health ministry said, as fighting "
                  "raged along the border.")
    assert (ev.sub_event_type, ev.actor1["name"]) == ("Air/drone strike", "Military Forces of Israel")
