"""Protests, riots and strategic developments on sentences of our own (no gazetteer needed)."""
import datetime as dt

from extraction import extract_events, report_text


def coded(title, body, published=dt.date(2025, 3, 12)):
    """(type, sub-type, actor1, actor2, killed) of each event of a report read with no places."""
    events = extract_events(report_text(title, body), published_at=published, toponyms=[], locations=[])
    return [(e.event_type, e.sub_event_type, (e.actor1 or {}).get("name"), (e.actor2 or {}).get("name"),
             (e.killed or {}).get("best")) for e in events]


def test_arrests_said_not_to_have_happened_are_none():
    for quiet in ("There were no reports of arrests.", "No arrests were made.", "Nobody was detained.",
                  "Police have not made any arrests."):
        assert coded("", "Hundreds of retirees rallied outside parliament on Sunday to demand higher pensions. " + quiet) == \
            [("Protests", "Peaceful protest", "Protesters", None, None)], quiet


def test_a_drone_intercepted_and_destroyed_is_disrupted_weapons_use():
    assert [e[1] for e in coded("", "Air defences intercepted and destroyed an explosives-laden drone launched towards "
                                    "the city on Monday.")] == ["Disrupted weapons use"]
