"""Latin America and the Caribbean, second round: the maras, Haiti's police and the Kenyan-led mission, and where a
wire report's act happened when its dateline is the capital it was filed from."""
import datetime as dt

from extraction import process_report
from extraction.actors import find_actors

TUE = "2025-06-10"


def names(text, country):
    return [m.actor.resolved(country)["name"] for m in find_actors(text) if not m.speaker]


def coded(text, published=TUE):
    from geocoding import Geoparser
    return process_report({"id": "t", "text": text, "published_at": published}, Geoparser())["events"]


def test_arms_seized_by_the_force_that_fought_or_arrested_are_that_act_s_haul():
    evs = coded("Mexican soldiers kill 8 gunmen\n\nMexican army troops killed eight suspected cartel gunmen in a shootout "
                "outside the town of Navolato on Monday, the Defense Department said. One soldier was wounded. The troops "
                "seized 11 rifles, a machine gun and ammunition.")
    assert [e["sub_event_type"] for e in evs] == ["Armed clash"]
    evs = coded("Soldiers arrested a regional commander of La Familia Michoacana in the town of Arcelia on Monday. "
                "Troops seized rifles, grenades and a drone.")
    assert [e["sub_event_type"] for e in evs] == ["Arrests"]
    # (a haul of its own, with no act before it, stays one)
    evs = coded("Soldiers seized 40 rifles and a grenade launcher at a ranch near Arcelia on Monday.")
    assert [e["sub_event_type"] for e in evs] == ["Disrupted weapons use"]
