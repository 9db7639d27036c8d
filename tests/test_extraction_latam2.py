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


def test_an_agency_s_mixed_case_dateline_is_where_the_report_was_filed_not_the_scene():
    [ev] = coded("Car bomb wounds five police in Colombia\n\nBogota (AFP) - A car bomb exploded outside a police station "
                 "in the town of Jamundi in southwestern Colombia on Monday, wounding five police officers, authorities said.")
    assert ev["location"]["name"] == "Jamundí"


def test_a_dateline_or_an_area_gives_way_to_a_town_the_next_sentences_name():
    [ev] = coded("Helicopter downed in Colombia\n\nBogota (AFP) - Thirteen police officers were killed Monday when a drone "
                 "attack brought down their helicopter in northwest Colombia, authorities said.\n\nThe helicopter was hit "
                 "in the rural area of the town of Amalfi.")
    assert ev["location"]["name"] == "Amalfi"
    [ev] = coded("BOGOTA, June 10 (Reuters) - Colombian soldiers killed seven members of the Clan del Golfo during fighting "
                 "in the northwestern province of Antioquia, the army said on Tuesday.\n\nThe combat took place on Sunday "
                 "in a rural area of the municipality of Segovia.")
    assert ev["location"]["name"] == "Segovia"


def test_a_city_named_before_its_quarter_is_the_scene_not_the_quarter_s_namesake_abroad():
    from geocoding import Geoparser
    g = Geoparser()
    text = "Drones struck a house in the Port-au-Prince neighbourhood of Bel Air on Monday, killing eight gang members."
    [loc] = g.locations(text, g.parse(text))
    assert loc.name == "Port-au-Prince" and abs(loc.lat - 18.54) < 0.1
    text = "A crowd killed four suspected gang members on Monday in the Pétion-Ville suburb of Haiti's capital."
    [loc] = g.locations(text, g.parse(text))
    assert loc.name == "Pétion-Ville" and abs(loc.lat - 18.51) < 0.1
    text = "A bomb exploded in the Hodan district of Mogadishu on Monday."
    [loc] = g.locations(text, g.parse(text))
    assert abs(loc.lat - 2.04) < 0.2  # (the quarter's name first: the city after "of")


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


def test_an_area_keeps_the_act_when_the_later_town_is_only_where_the_wounded_went():
    [ev] = coded("BOGOTA, June 10 (Reuters) - Colombian soldiers killed seven members of the Clan del Golfo during fighting "
                 "in the northwestern province of Antioquia, the army said on Tuesday.\n\nThe wounded were airlifted to "
                 "Medellin.")
    assert ev["location"]["name"] == "Antioquia"


def test_drones_deployed_by_a_force_that_kill_are_its_drone_strike():
    [ev] = coded("Drones deployed by the police killed eight gang members in Port-au-Prince on Monday.")
    assert (ev["sub_event_type"], ev["actor1"]["name"]) == ("Air/drone strike", "Police Forces of Haiti")
    [ev] = coded("Explosive drones deployed by a government task force killed eight gang members in Port-au-Prince on Monday.")
    assert ev["sub_event_type"] == "Air/drone strike"


def test_a_force_s_killing_of_a_named_group_s_men_told_apart_is_a_clash():
    evs = coded("Brazil police raid on Rio gang kills 64, deadliest operation in city's history\n\nRIO DE JANEIRO, Oct 28 "
                "(Reuters) - At least 64 people were killed, including four police officers, in a massive police operation "
                "against the Comando Vermelho drug gang in Rio de Janeiro on Tuesday, authorities said.\n\nSome 2,500 "
                "police took part in the raid, which came under fire from gang members using drones to drop explosives. "
                "Police said 81 suspects were arrested and nine officers were wounded.", "2025-10-29")
    assert [(e["sub_event_type"], e["actor2"]["name"]) for e in evs] == [("Armed clash", "CV: Red Command")]


def test_a_fight_said_not_to_have_been_is_no_act():
    evs = coded("Soldiers arrested a regional commander of La Familia Michoacana in the town of Arcelia on Monday. "
                "No shots were fired.")
    assert [e["sub_event_type"] for e in evs] == ["Arrests"]


def test_the_killing_a_protest_followed_is_not_the_protest_s_toll():
    evs = coded("Hundreds of lime growers blocked a highway near Apatzingan on Monday to demand protection from cartels. "
                "The protest followed the killing of a leader of the growers' association last week.")
    protest = next(e for e in evs if e["event_type"] == "Protests")
    assert not (protest.get("killed") or {}).get("best")


def test_a_fight_gone_on_since_a_date_and_a_place_s_standing_where_clause_are_background():
    evs = coded("Gunmen kill six at Culiacan car wash\n\nGunmen opened fire on workers at a car wash in Culiacan on Sunday, "
                "killing six people.\n\nThe attack was the deadliest in weeks in the capital of Sinaloa state, where "
                "factions of the Sinaloa cartel loyal to the sons of a jailed drug lord have been fighting each other "
                "since September.", "2025-01-20")
    assert [(e["sub_event_type"], e["actor2"]["name"], e["location"]["name"]) for e in evs] == [
        ("Attack", "Civilians (Mexico)", "Culiacán")]
