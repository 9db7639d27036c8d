"""Conflict copy left wrong by the last rounds: the dead handed over in an exchange, families counted whole, the weapon
told after the verb, a claim's day, and what a report only expects or sets as a condition."""
import datetime as dt

from extraction import extract_events

TUE = dt.date(2024, 5, 14)


def events(text, published_at=TUE):
    return extract_events(text, published_at=published_at, toponyms=[], locations=[])


def test_a_nation_s_strikes_across_a_territory_are_air_strikes_not_the_fighting_beside_them():
    [ev] = events("Israeli strikes across southern Lebanon killed 15 people on Monday, the health ministry said, as fighting "
                  "raged along the border.")
    assert (ev.sub_event_type, ev.actor1["name"]) == ("Air/drone strike", "Military Forces of Israel")
