"""Extraction: which actor did what to whom (doers told or inferred, targets, the two sides of a fight,
claims of responsibility, civilians as victims)."""
import datetime as dt
from extraction import extract_events, process_report, report_text
from extraction.casualties import find_casualties
from geocoding import Place
from functools import partial
from tests import extraction_helpers as helpers
from tests.extraction_helpers import (
    BARBADOS, FRI_2025_11_14 as FRI, GAZA_CITY, GULF_OF_ADEN, KHAN_YOUNIS, MON_2025_03_03, MON_2025_09_15 as MON,
    SAT_2024_08_10 as SAT, SUN_2023_06_18 as SUN, THU_2025_05_08 as THU, UNITED_STATES, YEMEN, GEOPARSER, _split,
    only_event, toponym,
)

_parties = partial(helpers.report_coded, fields=("actor1.name", "actor2.name"), published="2024-06-10")
coded_published_2025_03_10 = partial(helpers.codings, published=helpers.MON_2025_03_10)
codings = partial(helpers.codings, published=helpers.TUE_2025_06_10)
events_published_2024_05_14 = partial(helpers.events, published=helpers.TUE_2024_05_14)
events = partial(helpers.events, published=helpers.TUE_2024_06_04)
report_events_published_2025_05_14 = partial(helpers.report_events, published="2025-05-14")


# From test_extraction_africa2.py: African conflict copy, a second round: regional and auxiliary forces, vigilantes,
# Islamic State's provinces.

def test_jihadists_who_kill_auxiliaries_fight_them():
    text = "Suspected jihadists killed 15 Volunteers for the Defence of the Homeland (VDP) at their post on Sunday."
    [ev] = extract_events(text, published_at=MON, toponyms=[], locations=[])
    assert ev.sub_event_type == "Armed clash" and ev.actor2["name"].startswith("VDP")


def test_a_force_told_by_its_country_and_kind_after_by_is_the_doer():
    text = "A drone strike by Sudan's paramilitary Rapid Support Forces hit a market on Monday, killing 23 civilians."
    [ev] = extract_events(text, published_at=MON, toponyms=[], locations=[])
    assert (ev.actor1["name"], ev.actor2["name"]) == ("RSF: Rapid Support Forces", "Civilians")


def test_captives_killed_by_vigilantes_are_civilians():
    text = "Vigilantes shot dead two suspected kidnappers they had caught in a village on Saturday."
    [ev] = extract_events(text, published_at=MON, toponyms=[], locations=[])
    assert ev.sub_event_type == "Attack" and ev.actor1["name"].startswith("Vigilante Militia")
    assert ev.actor2["name"].startswith("Civilians")


# From test_extraction_africa3.py: African conflict copy, a third round: Congo's and Somalia's forces and missions,
# Sudan's army, the newer groups.

def test_special_forces_that_kill_militants_fight_them():
    text = "Somalia's Danab special forces killed 30 al-Shabaab fighters in an operation near Jowhar on Sunday."
    [ev] = extract_events(text, published_at=MON, toponyms=[], locations=[])
    assert ev.sub_event_type == "Armed clash"
    assert ev.actor1["name"] == "Military Forces of Somalia" and ev.actor2["name"] == "Al Shabaab"


def test_the_attack_a_group_has_not_commented_on_is_the_one_told():
    text = ("At least 54 people were killed when an artillery shell struck a crowded market on Saturday. Officials "
            "blamed the Rapid Support Forces for the attack. The RSF has not commented on the attack.")
    [ev] = extract_events(text, published_at=MON, toponyms=[], locations=[])
    assert ev.sub_event_type == "Shelling/artillery/missile attack" and ev.actor1["name"] == "RSF: Rapid Support Forces"


def test_attackers_suspected_in_apposition_to_be_herdsmen_are_that_militia():
    text = ("At least 52 people were killed on Monday when gunmen attacked the village. The attackers, suspected to be "
            "armed herdsmen, stormed the community at about 2 a.m., shooting residents.")
    [ev] = extract_events(text, published_at=MON, toponyms=[], locations=[])
    assert ev.actor1["name"].startswith("Unidentified Communal Militia")


def test_gunmen_said_to_be_herdsmen_are_that_militia_and_no_second_party():
    # (Nigerian papers' "gunmen suspected to be (Fulani) herdsmen": one group of doers, told twice)
    for text, doer in (("Gunmen suspected to be Fulani herdsmen killed 12 people in a village on Monday, officials said.",
                        "Fulani Ethnic Militia"),
                       ("Gunmen suspected to be herders killed 12 people in a village on Monday, officials said.",
                        "Unidentified Communal Militia")):
        [ev] = extract_events(text, published_at=MON, toponyms=[], locations=[])
        assert ev.sub_event_type == "Attack" and ev.actor1["name"].startswith(doer), text
        assert ev.actor2["name"].startswith("Civilians"), text


def test_state_forces_and_suspected_foreign_fighters_written_together_are_one_side():
    # (a rights group's "Malian soldiers and suspected Russian Wagner Group fighters executed ...": the army acts, its
    # auxiliaries beside it, on the civilians; no fight between the two)
    for text in ("Malian soldiers and suspected Russian Wagner Group fighters executed at least 20 civilians in the "
                 "village on March 5, Human Rights Watch said.",
                 "Malian soldiers and Russian Wagner fighters killed 20 civilians in the village on Monday."):
        [ev] = extract_events(text, published_at=MON, toponyms=[], locations=[])
        assert (ev.sub_event_type, ev.actor1["name"]) == ("Attack", "Military Forces of Mali"), text
        assert ev.actor2["name"].startswith("Civilians"), text


def test_the_sides_of_the_fighting_an_amid_clause_sets_the_act_in_are_no_target():
    # (Amhara's war: the strike's dead are those it killed, not the army the clause names beside Fano)
    text = ("A drone strike killed 26 people and wounded 55 in the town on Sunday, two health officials said, amid "
            "clashes between the federal army and the Fano militia.")
    [ev] = extract_events(text, published_at=MON, toponyms=[], locations=[])
    assert ev.actor2["name"].startswith("Civilians")


def test_the_government_a_strike_was_conducted_at_the_request_of_is_no_target():
    # (AFRICOM's words: the Somali government asked for the strike on al Shabaab; it is no second act on it)
    text = ("The U.S. military said on Wednesday it had carried out an air strike against al Shabaab fighters near Jilib "
            "in southern Somalia on Tuesday, killing three militants. The strike was conducted at the request of the "
            "Somali government, U.S. Africa Command (AFRICOM) said in a statement, adding that its initial assessment "
            "was that no civilians were injured or killed.")
    evs = extract_events(text, published_at=dt.date(2023, 3, 15), toponyms=[], locations=[])
    assert [(e.sub_event_type, e.actor2["name"]) for e in evs] == [("Air/drone strike", "Al Shabaab")]


# From test_extraction_asiafar.py: Conflict reports from Myanmar, the Philippines, Pakistan, Indian Kashmir and
# central India, Thailand's deep south, Papua and the Chittagong Hill Tracts: the armed groups and forces by the names
# the region's papers use.

def test_a_frontier_constabulary_post_attacked_by_the_ttp_is_a_fight_with_police():
    [ev] = helpers.events("Ten Frontier Constabulary personnel were martyred when militants of the banned Tehreek-e-Taliban "
                  "Pakistan attacked a check post on Tuesday night.", published=helpers.WED_2025_03_12)
    assert ev.actor1["name"] == "TTP: Tehrik-i-Taliban Pakistan"
    assert ev.actor2["name"].startswith("Police Forces")
    assert ev.killed["best"] == 10


def test_a_party_s_abbreviation_in_brackets_is_no_second_party_of_a_fight_between():
    [ev] = helpers.events("Fighting between the Kachin Independence Army (KIA) and junta troops killed 12 soldiers on Thursday.", published=helpers.WED_2025_03_12)
    assert {ev.actor1["name"], ev.actor2["name"]} == {"KIA: Kachin Independence Army", "Military Forces"}


def test_security_personnel_are_the_state_s_forces_whatever_their_officers():
    [ev] = helpers.events("Seven security personnel, including two officers, were martyred when a suicide bomber rammed an "
                  "explosives-laden vehicle into a post on Saturday.", published=helpers.WED_2025_03_12)
    assert ev.actor2["name"].startswith("Military Forces")
    assert ev.sub_event_type == "Suicide bomb"


# From test_extraction_asiafix.py: Conflict reports from Asia and elsewhere: a group named in a "which" clause before
# its claim, a group the police or the army suspect, and the acts told by a state's regime or junta.

def test_a_group_the_police_suspect_is_the_doer():
    [ev] = events("A homemade bomb exploded at a bus terminal on Monday, killing a vendor. Police said they suspected "
                  "members of the Bangsamoro Islamic Freedom Fighters, whose cells operate in the area.")
    assert ev.actor1["name"] == "BIFF: Bangsamoro Islamic Freedom Fighters"
    # (told by "of doing" after it, with no subject before)
    [ev] = events("Gunmen killed nine farmers near their fields on Sunday. A military source said troops had long "
                  "suspected fighters of the Islamic State West Africa Province of carrying out the killings.")
    assert ev.actor1["name"] == "Islamic State West Africa Province"
    assert ev.sub_event_type == "Attack"


def test_a_labourer_shot_is_a_civilian():
    [ev] = events("Militants shot dead a non-local labourer in an orchard on Sunday evening.")
    assert ev.actor2["name"].startswith("Civilians")


def test_a_title_s_martyred_policeman_is_the_blast_s_target():
    for title in ("Policeman martyred in roadside blast", "Policeman guarding polio team martyred in roadside blast"):
        [ev] = events(title + "\n\nThe bomb went off on Wednesday.")
        assert ev.actor2["name"].startswith("Police Forces")
        assert ev.actor1 is None or not ev.actor1["name"].startswith("Police Forces")


# From test_extraction_blasts.py: Blasts and violence against civilians: bombs with no one named behind them,
# datelines with a country.

def test_those_raped_are_civilians():
    [ev] = helpers.events("Soldiers raped at least a dozen women during a raid on a village on 2 June.", published=helpers.WED_2025_06_11)
    assert ev.sub_event_type == "Sexual violence" and ev.actor2["name"] == "Civilians" and "actor2" in ev.inferred


# From test_extraction_casualties.py: Casualty phrases: killed / wounded / missing / abducted, victim categories,
# zeros, subsets.

def test_members_of_a_family_are_civilians_and_a_gang_leader_an_armed_man():
    def categories(text):
        return [m.category for m in find_casualties(text)]
    assert categories("Gunmen killed six members of a Druze family at their farm on Friday.") == ["civilians"]
    assert categories("Four members of the Haddad family were shot dead.") == ["civilians"]
    assert categories("Troops killed five members of the group in a raid.") == ["combatants"]
    assert categories("Police shot dead a wanted gang leader in the city on Monday.") == ["combatants"]
    assert categories("Gunmen shot dead a community leader in the city on Monday.") == ["unknown"]


def test_rangers_gendarmes_and_marines_are_state_forces():
    for phrase in ("A roadside bomb exploded near a patrol, killing two rangers.",
                   "Militants attacked a post, killing three gendarmes.", "A Marine was found dead at the base."):
        [killed] = [m for m in find_casualties(phrase) if m.kind == "killed"]
        assert killed.category == "combatants", phrase


# From test_extraction_claims.py: Claims told through a spokesman or a statement, interceptions (the interceptor acts
# on the launcher), and acts at sea told in the passive with no doer.

def test_a_merchant_ship_struck_is_a_civilian_target_a_warship_is_not():
    assert coded_published_2025_03_10("Houthi rebels fired two missiles at a Panama-flagged bulk carrier in the Red Sea on Sunday.")[0][2] \
        .startswith("Civilians")
    assert coded_published_2025_03_10("A merchant vessel was struck by a missile off Aden on Sunday, the agency said.")[0][2] \
        .startswith("Civilians")
    assert not (coded_published_2025_03_10("Sea drones struck a patrol ship near Sevastopol on Sunday.")[0][2] or "").startswith("Civilians")


def test_a_group_s_news_agency_speaks_for_it():
    assert coded_published_2025_03_10("The Islamic State's Amaq news agency said the group's fighters had killed nine villagers near Oicha "
                 "on Sunday.")[0][1] == "Islamic State"


# From test_extraction_conflictfix.py: Conflict copy left wrong by the last rounds: the dead handed over in an
# exchange, families counted whole, the weapon told after the verb, a claim's day, and what a report only expects or
# sets as a condition.

def test_the_doer_after_by_or_as_men_of_a_group_and_a_nation_s_attacks():
    [ev] = events_published_2024_05_14("Shelling by the paramilitary Rapid Support Forces on Omdurman killed nine civilians on Monday, medics said.")
    assert (ev.actor1["name"], ev.actor2 and ev.actor2["name"]) == ("RSF: Rapid Support Forces", "Civilians")
    [ev] = events_published_2024_05_14("Three soldiers were killed on Monday when fighters of the National Liberation Army attacked an army post "
                  "in the east, the army said.")
    assert (ev.sub_event_type, ev.actor1["name"], ev.actor2["name"]) == (
        "Armed clash", "ELN: National Liberation Army", "Military Forces")
    [ev] = events_published_2024_05_14("Russian attacks across the Zaporizhzhia region killed four civilians over the past day, the governor said.")
    assert ev.actor1["name"] == "Military Forces of Russia"
    [ev] = events_published_2024_05_14("Two civilians were killed in a Russian attack on the city on Monday, the governor said.")
    assert ev.actor1["name"] == "Military Forces of Russia"


# From test_extraction_europe.py: Conflict copy from Europe, the Caucasus and Turkey: border incidents, dissident
# republicans, sabotage, unrest.

def test_police_who_describe_an_attack_only_tell_of_it():
    # "in what police described as a paramilitary-style attack": the victim is the man shot, not the police
    [ev] = extract_events("A man in his 20s was shot in both legs in what police described as a paramilitary-style "
                          "attack in west Belfast on Sunday night.", published_at=SUN, toponyms=[], locations=[])
    assert ev.actor2 is None or ev.actor2["name"] != "Police Forces"


def test_fire_from_a_side_s_positions_is_that_side_s():
    [ev] = extract_events("An Azerbaijani serviceman was killed by sniper fire from Armenian positions near the "
                          "border on Monday.", published_at=SUN, toponyms=[], locations=[])
    assert (ev.actor1["name"], ev.actor2["name"]) == ("Military Forces of Armenia", "Military Forces of Azerbaijan")


# From test_extraction_europe2.py: Political violence in Europe and the North Caucasus: lone attackers, riots,
# Northern Ireland, Kosovo, Corsica, Greece, Sweden's gangs, Dagestan and Ingushetia.

def test_a_group_whose_own_feud_the_police_link_an_act_to_did_it():
    [ev] = extract_events("A man has been shot dead in Carrickfergus in what police believe is linked to a feud within "
                          "the South East Antrim UDA. He was shot several times on Thursday evening.",
                          published_at=SAT, toponyms=[], locations=[])
    assert ev.actor1["name"] == "UDA: Ulster Defence Association"
    assert ev.actor2 is None or ev.actor2["name"] != "UDA: Ulster Defence Association"
    [ev] = extract_events("Shots were fired at a house on Saturday night in an attack police have linked to a dispute "
                          "within the loyalist paramilitary UVF.", published_at=SAT, toponyms=[], locations=[])
    assert ev.actor1["name"] == "UVF: Ulster Volunteer Force"
    assert ev.actor2 is None or ev.actor2["name"] != "UVF: Ulster Volunteer Force"


# From test_extraction_events.py: Event assembly on hand-made text and hand-made toponyms (no gazetteer needed).

def test_passive_agent_and_possessive():
    ev = extract_events("Five civilians were killed by Turkish forces.", published_at=None, toponyms=[], locations=[])[0]
    assert ev.actor1["name"] == "Military Forces of Turkey" and ev.actor2["inter"] == 7
    ev = extract_events("The Syrian army's shelling killed four YPG fighters.", published_at=None, toponyms=[],
                        locations=[])[0]
    assert ev.actor1["name"] == "Military Forces of Syria"
    assert ev.sub_event_type == "Shelling/artillery/missile attack"


def test_the_victims_of_a_count_are_the_target_and_a_headline_participle_is_passive():
    text = report_text("Burkina soldiers killed", "Ten soldiers were killed on Friday when their convoy hit a roadside bomb.")
    bomb = only_event(text, dt.date(2022, 1, 15))
    assert (bomb.sub_event_type, bomb.actor1["name"], bomb.actor2["name"]) == \
        ("Remote explosive/landmine/IED", "Unidentified Armed Group", "Military Forces")
    text = report_text("Gunmen kill 12 villagers", "Gunmen killed 12 villagers on Friday.")
    attack = only_event(text, dt.date(2022, 1, 15))
    assert attack.actor1["name"] == "Unidentified Armed Group"


def test_the_dead_of_each_side_count_on_the_side_of_their_actor():
    # side A is actor1's, side B actor2's: by the force the victims' noun names ...
    clash = only_event("Gunmen from the Sinaloa cartel clashed with soldiers near Culiacan on Thursday, leaving 10 "
                       "gunmen and two soldiers dead.", dt.date(2024, 5, 3))
    assert clash.actor1["name"] == "Sinaloa Cartel" and clash.actor2["inter"] == 1
    assert _split(clash) == {"best": 12, "civilians": 0, "side_a": 10, "side_b": 2, "unknown": 0}
    # ... or by the actor named in the count's own words
    strike = only_event("An Israeli drone strike on a car in southern Lebanon killed two Hezbollah members, the "
                        "group said.", dt.date(2024, 2, 20))
    assert strike.actor2["name"] == "Hezbollah"  # counted men are victims, not the group that speaks
    assert _split(strike) == {"best": 2, "civilians": 0, "side_a": 0, "side_b": 2, "unknown": 0}
    # two states: soldiers "on both sides" are of neither side alone
    war = only_event("Fighting between Armenian and Azerbaijani forces continued on Monday, with dozens of soldiers "
                     "reported killed on both sides.", dt.date(2020, 9, 28))
    assert war.killed["unknown"] == war.killed["best"] == 24
    # gunmen killing a rebel: two armed groups, one unnamed; nothing says whose the dead man was
    killing = only_event("In Daraa, gunmen shot dead a rebel commander on Friday.", dt.date(2024, 5, 3))
    assert killing.killed["unknown"] == 1


def test_a_victim_after_a_count_adds_and_a_place_of_the_act_is_no_doer():
    ambush = only_event("Suspected jihadists killed 20 soldiers and a civilian in an ambush on Tuesday.",
                        dt.date(2024, 5, 20))
    assert (ambush.actor1["name"], ambush.actor2["name"]) == ("Unidentified Armed Group", "Military Forces")
    assert (ambush.killed["best"], ambush.killed["civilians"]) == (21, 1)
    blast = only_event("A bomb planted on a motorcycle exploded near a police van on Tuesday morning, killing three "
                       "policemen.", dt.date(2022, 7, 5))
    assert (blast.sub_event_type, blast.actor1["name"], blast.actor2["name"]) == \
        ("Remote explosive/landmine/IED", "Unidentified Armed Group", "Police Forces")


def test_two_states_that_strike_together_and_a_strike_on_a_target():
    uk = Place(2635167, "United Kingdom", 54.76, -2.7, "A", "PCLI", "GB", None, 66488991)
    text = "The United States and Britain carried out strikes against Houthi targets in Yemen early on Friday."
    tops = [toponym(text, "United States", UNITED_STATES, 6), toponym(text, "Britain", uk, 6), toponym(text, "Yemen", YEMEN, 6)]
    [strikes] = extract_events(text, published_at=dt.date(2024, 1, 13), toponyms=tops, locations=[])
    assert (strikes.sub_event_type, strikes.actor1["name"], strikes.location["name"]) == \
        ("Air/drone strike", "Military Forces of the United States", "Yemen")
    school = only_event("An Israeli strike on a school in Jabalia killed at least 17 people on Thursday.",
                        dt.date(2024, 10, 17))
    assert (school.sub_event_type, school.actor1["name"]) == ("Air/drone strike", "Military Forces of Israel")


def test_a_country_before_its_own_group_is_whose_not_where():
    gulf = Place(8643, "Gulf of Aden", 12.0, 48.0, "H", "GULF", None, None, 0)
    text = "Yemen's Houthi rebels fired a missile at an oil tanker in the Gulf of Aden on Friday evening."
    tops = [toponym(text, "Yemen", YEMEN, 6), toponym(text, "Gulf of Aden", gulf, 7)]
    [attack] = extract_events(text, published_at=dt.date(2024, 1, 27), toponyms=tops, locations=[])
    assert (attack.actor1["name"], attack.location["name"]) == ("Ansar Allah (Houthis)", "Gulf of Aden")


def test_the_attacker_among_the_dead_is_on_the_doer_s_side():
    text = report_text("Bomber kills eight at a bus station",
                       "A suicide bomber blew himself up at a bus station on Monday, killing eight people including the "
                       "attacker, officials said.")
    bombing = only_event(text, dt.date(2024, 2, 6))
    assert (bombing.sub_event_type, bombing.killed["best"], bombing.killed["side_a"], bombing.killed["unknown"]) == \
        ("Suicide bomb", 8, 1, 7)
    children = only_event("A suicide bomber blew himself up at a bus station on Monday, killing eight people including "
                          "the children of a driver.", dt.date(2024, 2, 6))
    assert children.killed["unknown"] + children.killed["civilians"] == 8 and children.killed["side_a"] == 0


def test_air_defences_that_down_drones_are_their_state_s_forces():
    downed = only_event("Ruritanian air defences shot down 14 Moldovan drones over the border region overnight.",
                        dt.date(2024, 2, 6))
    assert (downed.sub_event_type, downed.actor1, downed.actor2["name"]) == \
        ("Disrupted weapons use", None, "Military Forces of Moldova")  # no demonym of a country we know
    downed = only_event("Romanian air defences shot down 14 Moldovan drones over the border region overnight.",
                        dt.date(2024, 2, 6))
    assert (downed.actor1["name"], downed.actor2["name"]) == ("Military Forces of Romania", "Military Forces of Moldova")
    text = "Rebels fired two rockets at the town on Sunday. The army said its air defences intercepted both rockets."
    intercepted = [e for e in extract_events(text, published_at=dt.date(2024, 2, 6), toponyms=[], locations=[])
                   if e.sub_event_type == "Disrupted weapons use"]
    assert intercepted and intercepted[0].actor1["name"] == "Military Forces"


def test_the_foe_in_a_clash_with_victims_as_subject_is_the_doer():
    clash = only_event("Six Malian soldiers were killed in a clash with JNIM fighters near the border on Sunday.",
                       dt.date(2024, 6, 3))
    assert (clash.sub_event_type, clash.actor1["name"], clash.actor2["name"], clash.killed["side_b"]) == \
        ("Armed clash", "JNIM: Jama'at Nusrat al-Islam wal-Muslimin", "Military Forces of Mali", 6)


def test_speaking_force_own_troops():
    # "troops" right after a national army's "said" are that army's, not the forces of the place
    text = ("Turkish forces raided a village in northern Iraq on Friday. The Turkish military said troops exchanged "
            "fire with militants and a drone struck a group of gunmen.")
    events = [e.to_dict() for e in extract_events(text, published_at=dt.date(2024, 5, 7), toponyms=[], locations=[])]
    strike = next(e for e in events if e["sub_event_type"] == "Air/drone strike")
    assert strike["actor1"]["name"] == "Military Forces of Turkey"
    assert strike["actor2"]["inter"] == 3


def test_herders_are_an_identity_militia():
    ev = only_event("Armed herdsmen killed nine farmers in a village on Sunday, officials said.", dt.date(2024, 6, 17)).to_dict()
    assert ev["actor1"]["name"] == "Unidentified Communal Militia" and ev["actor1"]["inter"] == 4
    # (but herders killed are civilians, herders only so written: "killed 7 herders")
    ev = only_event("Bandits killed 7 herders on a farm road on Monday.", dt.date(2024, 6, 17)).to_dict()
    assert (ev["sub_event_type"], ev["actor2"]["inter"]) == ("Attack", 7)
    # a title's generic men are the body's named kind
    text = report_text("Herders kill farmers in raid", "Suspected Fulani herdsmen killed 9 farmers in a raid on a village "
                                                       "on Sunday, officials said.")
    assert only_event(text, dt.date(2024, 6, 17)).to_dict()["actor1"]["name"] == "Fulani Ethnic Militia"


def test_title_victims_before_the_act_do_not_make_the_doer():
    # "Police killed in ambush": the title's nearest actor before "ambush" is the victims; the body tells the doer
    text = report_text("Police killed in highland ambush",
                       "Remnants of the Shining Path ambushed a police patrol on Sunday, killing four officers, the "
                       "interior ministry said.")
    ev = only_event(text, dt.date(2023, 9, 5)).to_dict()
    assert (ev["actor1"]["name"], ev["actor2"]["inter"]) == ("Shining Path", 1)
    assert (ev["killed"]["best"], ev["killed"]["side_b"]) == (4, 4)


def test_opposition_politician_is_no_armed_opposition():
    ev = only_event("Police stormed the house of an opposition lawmaker on Sunday and arrested him, his party said.",
                    dt.date(2024, 3, 3)).to_dict()
    # (no armed opposition: one of no side arrested, a civilian)
    assert ev["sub_event_type"] == "Arrests" and ev["actor1"]["name"] == "Police Forces" and \
        ev["actor2"]["name"] == "Civilians"


def test_fighting_between_factions_of_one_group_has_it_on_both_sides():
    event = only_event("Eleven people were killed in clashes between rival factions of the Gulf Clan in the port city "
                       "on Sunday, officials said.", dt.date(2024, 9, 16))
    assert event.actor1["name"] == event.actor2["name"] and event.sub_event_type == "Armed clash"
    text = report_text("Clashes between Gulf Clan factions leave 11 dead",
                       "Eleven people were killed in clashes between rival factions of the Gulf Clan in the port city "
                       "on Sunday, officials said.")
    event = only_event(text, dt.date(2024, 9, 16))
    assert event.actor2 is not None and event.actor1["name"] == event.actor2["name"]


def test_the_dead_of_an_attack_aimed_at_civilians_are_civilians():
    event = only_event("Armed men opened fire on worshippers inside a church in the town on Sunday, killing seven people, "
                       "officials said.", dt.date(2024, 6, 3))
    assert (event.killed["civilians"], event.actor2["name"]) == (7, "Civilians")
    # a word that qualifies what was attacked names no victims: "a passenger boat", the dead told apart
    event = only_event("Militants attacked a passenger boat on the river on Thursday, killing 12 civilians, and an army "
                       "post, killing six soldiers.", dt.date(2024, 6, 3))
    assert event.killed["civilians"] == 12


def test_civilians_who_flee_make_no_event_and_displaced_persons_are_civilians():
    events = extract_events("Gunmen attacked a displacement site on Tuesday, killing 14 IDPs. Some 3,000 people fled "
                            "the site to the town.", published_at=dt.date(2024, 3, 14), toponyms=[], locations=[])
    assert [(e.sub_event_type, e.killed["civilians"]) for e in events] == [("Attack", 14)]


def test_supporters_who_clash_with_police_riot():
    [riot] = extract_events("Supporters of the opposition leader clashed with police in the capital on Friday, burning "
                            "cars and looting shops.", published_at=dt.date(2023, 6, 3), toponyms=[], locations=[])
    assert (riot.event_type, riot.actor1["inter"], riot.actor2["inter"]) == ("Riots", 5, 1)


def test_a_national_army_backed_by_a_militia_is_the_doer():
    raid = only_event("Somali National Army forces backed by local clan militia killed at least 30 al-Shabaab fighters "
                      "in an operation on Monday.", dt.date(2024, 2, 13))
    assert (raid.actor1["name"], raid.actor2["name"]) == ("Military Forces of Somalia", "Al Shabaab")


def test_those_who_answer_or_look_into_an_act_are_no_party_to_it():
    published = dt.date(2024, 6, 13)

    def roles(text):  # (those the text names: an attack's civilians are inferred where none is)
        ev = extract_events(text, published_at=published, toponyms=[], locations=[])[0]
        return (ev.actor1 or {}).get("name"), None if "actor2" in ev.inferred else (ev.actor2 or {}).get("name")

    assert roles("Police are investigating an explosion that killed two people at a market on Sunday.") == (None, None)
    # (the doer of the dead found killed is ACLED's unidentified armed group, inferred; not the police who found them)
    assert roles("Police found the bodies of five men who had been shot on Saturday.") == ("Unidentified Armed Group", None)
    assert roles("Memphis police are looking for the gunman who shot a 16-year-old on Friday night. The victim's aunt "
                 "told police a suspect took his phone and shot him.")[1] is None
    assert roles("Officers were sent to the 1100 block of Sipple Avenue on Saturday on reports of shots fired, and "
                 "found a man dead.") == (None, None)
    assert roles("The Memphis Police Department is investigating a shooting that wounded a man on Friday.")[0] is None
    assert roles("Police say someone shot at a group of people on Saturday night, killing one.")[0] is None
    # ... but those whose own next verb is the act, or whose response it is, do it
    assert roles("Officers responded to the scene on Monday and shot the gunman.")[0] == "Police Forces"
    assert roles("The military responded with air strikes on nearby villages on Saturday that killed at least 12 "
                 "civilians.")[0] == "Military Forces"


def test_a_country_a_missile_is_fired_at_is_the_target():
    day = dt.date(2025, 4, 2)
    for text in ("Yemen's rebels said they fired two drones and a ballistic missile at Israel on Monday.",
                 "Hezbollah fired a barrage of rockets toward Israel's north on Monday."):
        event = only_event(text, day)
        assert event.actor2["name"] == "Military Forces of Israel", text


def test_those_taken_hostage_are_civilians_inferred():
    seized = only_event("Armed men stormed a bus station on Friday, taking dozens of travellers hostage, officials said.",
                        dt.date(2024, 9, 14))
    assert seized.sub_event_type == "Abduction/forced disappearance"
    assert (seized.actor2["name"].startswith("Civilians"), "actor2" in seized.inferred) == (True, True)


def test_the_men_of_the_act_a_strike_answers_are_not_its_target():
    strike, attack = extract_events("Warplanes struck the camp on Friday, killing five, in response to an attack that "
                                    "killed two police officers on Thursday.", published_at=dt.date(2024, 9, 14),
                                    toponyms=[], locations=[])
    assert (strike.killed["best"], strike.date_start) == (5, "2024-09-13")
    assert (attack.killed["best"], attack.date_start) == (2, "2024-09-12")  # (its noun is its trigger)
    assert strike.actor2 is None or strike.actor2["name"].startswith("Civilians")


# From test_extraction_gvamerge.py: US gun-violence news as the Gun Violence Archive codes one incident (gvamerge):
# the shooter hurt by police or an armed bystander in the same incident is one more hurt, besides his victims.

def test_a_victim_officers_then_found_is_of_the_incident_not_a_police_attack():
    text = ("A police officer was wounded and the man who shot him was killed Wednesday night when officers answered "
            "a domestic call, police said. The man fired at them through the door, hitting one officer in the hip. "
            "Other officers returned fire and the man was killed.\n\nOfficers then found a 35-year-old woman in the "
            "kitchen with a gunshot wound to the arm. She and the officer are expected to recover.")
    out = process_report({"id": "t", "text": text, "title": None, "published_at": "2025-06-13"}, None)
    assert out["totals"] == {"killed": 1, "wounded": 2}
    assert len(out["events"]) == 1


# From test_extraction_isiswar.py: War reports of Syria and Iraq, 2014-2019 (the isiswar round): short reports of our
# own.

def test_us_backed_with_dots_qualifies_an_actor():
    names = [(t.name, t.kind) for t in GEOPARSER.parse("The U.S.-backed Syrian Democratic Forces captured Raqqa.")]
    assert ("U.S.", "qualifier") in names


# From test_extraction_latam.py: Organised armed violence in Latin America and the Caribbean: cartels, gangs,
# guerrillas and their acts.

def test_bodies_found_are_an_attack_on_civilians_by_an_unidentified_armed_group():
    ev = only_event("Police found the bodies of six men dumped beside a road on Sunday.", MON_2025_03_03)
    assert (ev.sub_event_type, ev.actor1["name"], ev.actor2["name"], ev.killed["best"]) == (
        "Attack", "Unidentified Armed Group", "Civilians", 6)
    assert "actor1" in ev.inferred
    ev = only_event("Three bodies were found hanging from a bridge on Sunday.", MON_2025_03_03)
    assert ev.sub_event_type == "Attack" and ev.killed["best"] == 3
    # (the dead of a strike pulled from its ruins are its own)
    ev = only_event("Rescuers found the bodies of four people in the rubble of a house hit by an air strike on Sunday.", MON_2025_03_03)
    assert ev.sub_event_type == "Air/drone strike"


def test_former_fighters_and_retired_officers_are_civilians():
    ev = only_event("Gunmen shot dead a former guerrilla who had signed the peace deal on Monday.", MON_2025_03_03)
    assert (ev.sub_event_type, ev.actor2["name"], ev.killed["civilians"]) == ("Attack", "Civilians", 1)
    ev = only_event("Gunmen shot dead a retired police officer outside his home on Monday.", MON_2025_03_03)
    assert (ev.sub_event_type, ev.actor2["name"]) == ("Attack", "Civilians")
    ev = only_event("Gunmen shot dead a police officer outside his home on Monday.", MON_2025_03_03)
    assert ev.sub_event_type == "Armed clash"


def test_inmates_who_escape_in_an_attack_are_no_group_changing():
    text = "Gang members attacked the town on Monday, killing at least 12 people. Hundreds of inmates escaped from its prison."
    [ev] = extract_events(text, published_at=MON_2025_03_03, toponyms=[], locations=[])
    assert ev.sub_event_type == "Attack"


# From test_extraction_latam2.py: Latin America and the Caribbean, second round: the maras, Haiti's police and the
# Kenyan-led mission, and where a wire report's act happened when its dateline is the capital it was filed from.

def test_the_parties_of_the_war_an_as_clause_sets_the_act_in_are_not_its_target():
    evs = helpers.report_events("Gunmen kill six at Culiacan car wash as Sinaloa cartel war rages\n\nGunmen opened fire on workers at a car "
                "wash in Culiacan on Sunday, killing six people, the state prosecutor's office said.", published="2025-01-20", geoparser=helpers.GEOPARSER)
    assert [e["actor2"]["name"] for e in evs] == ["Civilians (Mexico)"]


def test_bodies_found_shot_are_killed_by_an_unidentified_armed_group():
    [ev] = helpers.report_events("The bodies of five men with gunshot wounds were found early Monday on the side of the highway near "
                 "Chilpancingo, the Guerrero State Attorney General's Office reported.", geoparser=helpers.GEOPARSER, published="2025-06-10")
    assert (ev["sub_event_type"], ev["actor1"]["name"], ev["killed"]["best"]) == (
        "Attack", "Unidentified Armed Group (Mexico)", 5)


def test_guardsmen_are_counted_as_state_forces():
    [ev] = helpers.report_events("Members of the National Guard killed five gunmen in a clash in Guerrero on Monday. Two guardsmen were "
                 "wounded and flown to Acapulco.", geoparser=helpers.GEOPARSER, published="2025-06-10")
    assert (ev["killed"]["best"], ev["wounded"]["best"]) == (5, 2)


# From test_extraction_launches.py: Missile, rocket and drone launches and their interception: where they fell, who
# fired them, tests and tallies.

def test_a_munition_fired_from_one_place_toward_another_is_at_its_target(geoparser):
    [ev] = helpers.report_events("Six rockets were fired from Lebanon toward Tiberias on Monday; all were intercepted and "
                         "nobody was hurt, the army said.", geoparser, published="2025-03-03")
    assert ev["location"]["name"] == "Tiberias"


# From test_extraction_leftovers.py: Kinds other rounds left: parties written with a word that tells what they are,
# governments as parties, arrests of people unnamed, deaths in custody, a lynching's victim, tolls of two verbs, a
# pronoun's dead, a speaker's venue.

def test_two_parties_the_second_with_a_modifier_act_on_each_other():
    assert codings("Sudan's army and the paramilitary RSF fought in Omdurman on Monday.")[0][1:] == (
        "Military Forces of Sudan", "RSF: Rapid Support Forces")
    assert codings("Uganda's army and the Islamist ADF clashed in the forest on Monday, killing 12 villagers.")[0][1:] == (
        "Military Forces of Uganda", "ADF: Allied Democratic Forces")
    assert codings("Ethiopia's army and the nationalist Fano militia signed a truce on Monday.") == [
        ("Agreement", "Military Forces of Ethiopia", "Fano Militia")]
    # (the state's unnamed forces and a named group)
    assert codings("Government forces and the jihadist JNIM fought near the town on Monday.")[0][1:] == (
        "Military Forces", "JNIM: Jama'at Nusrat al-Islam wal-Muslimin")


# From test_extraction_levant.py: Middle East conflict copy of 2024-2026: Gaza tolls, IDF statements, West Bank raids,
# Lebanon, Yemen, Syria, Iraq.

def test_the_islamic_resistance_in_iraq_is_an_actor():
    ev = helpers.only_event("The Islamic Resistance in Iraq claimed a drone attack on an air base in the west of the country on Monday.", published=helpers.FRI_2025_08_29)
    assert ev.actor1["name"] == "Islamic Resistance in Iraq"


# From test_extraction_levant3.py: Middle East copy, a third round: Gaza, the West Bank, Lebanon, Syria after Assad,
# Yemen, Iraq (2025).

def test_the_troops_of_a_report_from_the_palestinian_territory_are_israels(geoparser):
    # no army of the territory's own: the 'soldiers' a bomb wounds in Jabalia are Israel's (coded as forces abroad)
    [ev] = report_events_published_2025_05_14("Two soldiers were seriously wounded when an explosive device detonated next to their armored "
                  "vehicle in Jabalia in northern Gaza on Wednesday.", geoparser)
    assert ev["actor2"] == {"name": "Military Forces of Israel", "inter": 8, "country": "Israel"}
    # ... while the territory's own forces keep their demonym
    [ev] = report_events_published_2025_05_14("Palestinian security forces clashed with gunmen in the Jenin refugee camp on Wednesday.", geoparser)
    assert (ev["actor1"]["name"], ev["actor2"]["name"]) == ("Military Forces of Palestine", "Unidentified Armed Group (Palestine)")



def test_bare_occupation_words_are_the_occupier_of_the_report_s_territory_only(geoparser):
    # "the occupiers" of a report from Ukraine are Russia's forces (abroad), the "occupation forces" of one from Gaza or
    # Lebanon Israel's; in Syria they may be Turkey's, Israel's or the United States': an unidentified group
    [ev] = report_events_published_2025_05_14("The occupiers' drone struck a minibus in Nikopol on Wednesday, killing a "
                                              "woman, the governor said.", geoparser)
    assert (ev["sub_event_type"], ev["actor1"]) == (
        "Air/drone strike", {"name": "Military Forces of Russia", "inter": 8, "country": "Russia"})
    [ev] = report_events_published_2025_05_14("A young man was killed on Wednesday when occupation forces opened fire on "
                                              "citizens east of Khan Younis.", geoparser)
    assert ev["actor1"]["name"] == "Military Forces of Israel"
    text = "Occupation forces shelled the village on Tuesday."
    assert helpers.actors(text, "LB") == [("Occupation forces", "Military Forces of Israel")]
    assert helpers.actors(text, "SY") == [("Occupation forces", "Unidentified Armed Group (Syria)")]
    # (a demonym still names its own: "Russian occupiers")
    assert helpers.actors("Russian occupiers shelled the town.", "UA") == [("Russian occupiers", "Military Forces of Russia")]

def test_an_attack_on_a_village_or_homes_is_on_its_civilians(geoparser):
    [ev] = report_events_published_2025_05_14("Israeli settlers attacked the Palestinian village of Kafr Malik near Ramallah on Wednesday, setting fire "
                  "to homes and vehicles, witnesses said.", geoparser, published="2025-06-25")
    assert (ev["actor1"]["name"], ev["actor2"]["name"]) == ("Settlers (Israel)", "Civilians (Palestine)")


def test_suspects_who_approached_the_troops_are_no_armed_group(geoparser):
    [ev] = report_events_published_2025_05_14("A Palestinian man was killed by Israeli fire east of Deir al-Balah in central Gaza on Saturday, health "
                  "officials said. The military said troops had fired at suspects who approached its forces in the buffer "
                  "zone.", geoparser, published="2025-02-08")
    assert (ev["sub_event_type"], ev["actor2"]["name"]) == ("Attack", "Civilians (Palestine)")


# From test_extraction_maritime.py: Events at sea: pirates, navies, sea drones and crews; waters and flags as places.

def test_a_ship_s_flag_is_whose_it_is_not_where():
    text = "A Houthi missile struck a Barbados-flagged bulk carrier in the Gulf of Aden on Wednesday, killing three crew members."
    [ev] = extract_events(text, published_at=THU, toponyms=[toponym(text, "Barbados", BARBADOS, 6),
                                                             toponym(text, "Gulf of Aden", GULF_OF_ADEN, 7)], locations=[])
    assert ev.location["name"] == "Gulf of Aden"
    assert ev.actor1["name"] == "Ansar Allah (Houthis)"


# From test_extraction_police2.py: US local copy of shootings involving police, and counts told piecemeal.

def test_police_who_look_into_it_after_a_semicolon_are_no_target():
    events = helpers.report_events("A man was found shot to death in a parked car early Monday; police are trying to find out "
                     "who shot him.", published="2024-10-10")
    assert events and "Police" not in str((events[0]["actor2"] or {}).get("name"))


# From test_extraction_sitrepsfix.py: Sitreps and daily summaries (fixing round): running totals over long windows,
# summaries above lists, weekly overviews dated at the end of the sentence, sub-types, actors and combined figures.

def test_a_list_s_victims_are_no_doers_and_its_strikes_are_the_summary_s_doer_s():
    text = ("Israeli strikes killed at least 19 Palestinians across the Gaza Strip on Thursday, according to the Civil "
            "Defence:\n"
            "- Gaza City: nine killed, children among them, when a strike hit a school sheltering displaced families.\n"
            "- Khan Younis: ten killed, including women and children, in strikes on tents in the Mawasi area.\n")
    evs = helpers.events_at_places(text, [("Gaza City", GAZA_CITY, 0), ("Khan Younis", KHAN_YOUNIS, 0)], published=dt.date(2025, 6, 5))
    items = sorted((ev.location["name"], ev.sub_event_type, (ev.actor1 or {}).get("name")) for ev in evs
                   if (ev.killed or {}).get("best") in (9, 10))
    assert items == [("Gaza City", "Air/drone strike", "Military Forces of Israel"),
                     ("Khan Yunis", "Air/drone strike", "Military Forces of Israel")]


# From test_extraction_statefix.py: State media's words left after the statemedia round: a war's running toll counted
# "since <date>", a roundup's further paragraphs, "neutralized" counts that include the captured, and a Russian
# ministry's names for Ukraine's forces ("Ukrainian militants", "nationalist formations").

def test_a_russian_ministrys_ukrainian_militants_are_ukraines_forces(geoparser):
    [ev] = events("Russian troops repelled an attack by Ukrainian militants near Robotyne in the Zaporizhzhia region on "
                  "Monday, killing up to 15 militants, the Russian Defense Ministry said.")
    assert {ev.actor1["name"], ev.actor2["name"]} == {"Military Forces of Russia", "Military Forces of Ukraine"}
    [ev] = helpers.report_events("Nationalist formations shelled Horlivka in Ukraine's Donetsk region on Monday, wounding three "
                  "civilians, TASS reported.", geoparser, published="2024-06-04")
    assert ev["actor1"]["name"] == "Military Forces of Ukraine"


# From test_extraction_statemedia.py: Conflict news as state and official media write it in English: defence
# ministries' and their agencies' words for killing the enemy ("eliminated", "liquidated", "sent to hell", "the enemy
# lost up to 45 servicemen"), a soldier's death ("embraced shahadat"), the epithets they name the enemy by ("khwarij",
# "PKK/YPG terrorists", "terrorist PDF", "the Zionist regime"), and an agency's dateline credit ("ANKARA (AA) -").

def test_an_agency_s_dateline_credit_is_no_actor():
    evs = events("ANKARA (AA) - Four terrorists who opened harassment fire on a Turkish base were killed by commandos "
                 "on Monday, the ministry said.")
    assert all("Arakan" not in (e.actor1 or {}).get("name", "") + (e.actor2 or {}).get("name", "") for e in evs)


def test_a_deputy_minister_is_no_sheriff_s_deputy():
    [ev] = events("Ukrainian Defense Forces have liberated the village of Robotyne, Deputy Defense Minister Hanna Maliar "
                  "said on Monday.")
    assert ev.actor1["name"] == "Military Forces of Ukraine"
    assert ev.actor2 is None or "Police" not in ev.actor2["name"]
    # (its portfolio in lower case too)
    [ev] = events("Russian troops shelled the town on Monday, Ukraine's deputy defence minister Hanna Maliar said.")
    assert "Police" not in (ev.actor1 or {}).get("name", "") + (ev.actor2 or {}).get("name", "")


def test_the_state_that_tells_its_neutralizing_or_liberating_is_the_doer():
    [ev] = events("Four PKK terrorists who opened harassment fire on a base were neutralized in the Tal Rifat region of "
                  "northern Syria, the Turkish National Defence Ministry said on Sunday.")
    assert (ev.event_type, ev.actor1["name"], ev.actor2["name"]) == (
        "Battles", "Military Forces of Turkey", "PKK: Kurdistan Workers Party")
    # (not of its own men lost: "two soldiers were neutralized" is no word a state uses of itself; nor a state's
    # act told by another state)
    [ev] = events("Gunmen killed two soldiers at a checkpoint near Tal Rifat on Sunday, the Turkish National Defence "
                  "Ministry said.")
    assert ev.actor1["name"] != "Military Forces of Turkey"


def test_syrian_state_media_s_air_aggression_is_a_strike_on_the_place_it_targeted(geoparser):
    [ev] = helpers.report_events("At around 1:20 a.m. on Wednesday, the Israeli enemy carried out an air aggression from the direction of "
                  "the occupied Syrian Golan, targeting some points in the vicinity of Damascus, a military source said.",
                  geoparser, published="2024-06-04")
    assert (ev["sub_event_type"], ev["actor1"]["name"]) == ("Air/drone strike", "Military Forces of Israel")
    assert "Damascus" in ev["location"]["name"]


# From test_extraction_ukraine2.py: The Russia-Ukraine war as wire and local copy tells it day by day (round
# ukraine2).

def test_ground_taken_in_the_war_is_taken_from_the_other_side():
    [ev] = extract_events("Russian forces have captured the village of Novopavlivka in Ukraine's Donetsk region, the Russian "
                          "Defence Ministry said on Friday.", published_at=FRI, toponyms=[], locations=[])
    assert ev.event_type == "Battles" and ev.actor2["name"] == "Military Forces of Ukraine"
    [ev] = extract_events("Ukrainian troops have recaptured the village near Kupiansk, Ukraine's General Staff said on "
                          "Friday.", published_at=FRI, toponyms=[], locations=[])
    assert ev.actor2["name"] == "Military Forces of Russia"


def test_what_one_side_of_the_war_brought_down_was_the_other_side_s():
    # "shot down 22 of 27 drones launched overnight": no launcher named, Russia's drones
    [ev] = extract_events("Ukraine's air force said on Tuesday it had shot down 22 of 27 drones launched overnight.",
                          published_at=FRI, toponyms=[], locations=[])
    assert (ev.sub_event_type, ev.actor2["name"]) == ("Disrupted weapons use", "Military Forces of Russia")


# From test_extraction_usactors.py: US local crime copy: who the parties are. Police who only tell, answer or arrest
# are no party to the shooting.

def test_headline_source_before_its_colon_is_no_party():
    # "Westbrook police: ..." tells who gave the news, not whom the man was shot by or who was shot
    parties = _parties("Westbrook police: man wounded in Elm Street shooting\n\n"
                       "A man was wounded when someone fired into his car on Elm Street on Saturday night.")
    assert all("Police" not in str(p) for p in parties)


def test_officers_who_arrive_later_are_no_target():
    parties = _parties("A man was shot and killed outside a bar late Saturday, police said. "
                       "The gunman fled before officers arrived.")
    assert parties and parties[0][1] is not None and "Police" not in parties[0][1]


def test_police_who_arrest_on_a_day_are_no_doer():
    parties = _parties("Lakeview police on Thursday arrested a 19-year-old in connection with a shooting that "
                       "wounded a woman on Main Street.")
    assert parties and "Police" not in str(parties[0][0])


def test_police_who_shoot_remain_the_doer():
    parties = _parties("Police on Friday shot and killed a man who had stabbed two people at a bus stop.")
    assert parties and "Police" in str(parties[0][0])


# From test_extraction_victims.py: Armed men as the dead or the captured, across wars: who acts and who it is done to.

def test_two_armed_tribal_groups_are_both_sides():
    [ev] = helpers.events("Five people died in clashes between two armed tribal groups in the village on Tuesday.", published=helpers.WED_2025_03_12)
    assert ev.actor1["name"].startswith("Unidentified Tribal Militia") and ev.actor2 == ev.actor1


def test_rival_armed_groups_that_exchange_fire_are_both_sides():
    [ev] = helpers.events("Two fighters were killed when rival armed groups exchanged fire in the old market on Tuesday.", published=helpers.WED_2025_03_12)
    assert ev.actor1["name"].startswith("Unidentified Armed Group") and ev.actor2 == ev.actor1
    [ev] = helpers.events("Two fighters were killed when gunmen exchanged fire with soldiers in the old market on Tuesday.", published=helpers.WED_2025_03_12)
    assert ev.actor2["name"].startswith("Military Forces")


# From test_extraction_westfix.py: West Asia fixes: victims counted 'along with' the one told, a protest's crowd
# before the force that intervenes, unclaimed strikes' unidentified doers, victims' own words over their target's
# owner, and the region's spellings.

def test_the_force_a_former_officer_served_in_is_no_party():
    [ev] = helpers.events("Unknown gunmen shot dead a former officer of the Afghan National Army in the city on Wednesday "
                  "evening.", published=dt.date(2025, 4, 30))
    assert (ev.sub_event_type, ev.actor1["name"], ev.actor2["name"], ev.killed["best"]) == (
        "Attack", "Unidentified Armed Group", "Civilians", 1)


def test_a_people_s_possession_is_no_party_and_a_group_owning_the_act_after_its_letters_is_the_doer():
    [ev] = helpers.events("Separatist gunmen stopped buses on a highway early on Monday, checked passengers' identity cards and "
                  "shot dead 23 of them, labourers from another province. The Balochistan Liberation Army (BLA) said its "
                  "fighters had carried out the attack.", published=dt.date(2024, 8, 26))
    assert (ev.sub_event_type, ev.actor1["name"], ev.actor2["name"], ev.killed["best"]) == (
        "Attack", "BLA: Balochistan Liberation Army", "Civilians", 23)


# The doer told by a pronoun after the sentence that names the group ("Its fighters", "they", "the group's militants")

def test_its_fighters_are_the_group_named_in_the_sentence_before():
    text = ("Al-Shabaab has waged an insurgency against the Somali government since 2007. Its fighters attacked a "
            "military base in Afgoye on Monday, killing three soldiers.")
    assert [c[:2] for c in codings(text)] == [("Armed clash", "Al Shabaab")]


def test_the_group_acting_is_the_group_named_in_the_sentence_before():
    text = ("Hezbollah announced the deaths of three of its fighters on Tuesday. The group fired dozens of rockets at "
            "an army base in the Golan Heights later that day, the Israeli military said.")
    assert [c[1] for c in codings(text)] == ["Hezbollah"]


def test_the_groups_militants_are_the_group_a_reported_clause_names():
    text = ("Islamabad says the Tehreek-e-Taliban Pakistan operates from sanctuaries in Afghanistan. The group's "
            "militants attacked a checkpost in Bannu district on Monday, killing four soldiers.")
    assert codings(text)[0][1] == "TTP: Tehrik-i-Taliban Pakistan"


def test_they_are_the_group_that_opens_the_sentence_not_one_its_clause_names():
    text = ("The ADF, a Ugandan-born group that pledged allegiance to the Islamic State in 2019, has killed thousands "
            "of civilians in North Kivu. They attacked a village near Oicha on Sunday night, killing 11 people.")
    assert [c[1] for c in codings(text)] == ["ADF: Allied Democratic Forces"]


def test_its_aircraft_are_the_state_force_that_spoke_in_the_sentence_before():
    # the force that spoke, at its sentence's close or its opening, and "Its" arm's act the next sentence's: the force's
    # own strike, not the other side's attack told before (an adverb of time between: "later struck")
    text = ("Hezbollah fired a barrage of rockets at the northern Israeli town of Kiryat Shmona on Saturday, the Israeli "
            "military said, adding that most of them were intercepted. Its aircraft later struck the launch site near the "
            "southern Lebanese town of Khiam, the military said.")
    assert [c[:2] for c in codings(text)] == [("Shelling/artillery/missile attack", "Hezbollah"),
                                              ("Air/drone strike", "Military Forces of Israel")]
    text = ("The Israeli military said on Wednesday it had warned people to leave Sanaa international airport. Its jets "
            "struck the airport hours later, the military said.")
    assert [c[:2] for c in codings(text)] == [("Air/drone strike", "Military Forces of Israel")]


def test_a_pronoun_after_another_named_group_is_not_resolved_past_it():
    text = ("Al-Shabaab has waged an insurgency since 2007. The Islamic State has also grown in Puntland. Its fighters "
            "attacked a military base in Bosaso on Monday, killing three soldiers.")
    assert codings(text)[0][1] != "Al Shabaab"


# A commander or an official "of" a group is its speaker only when he speaks: one the act befell is its victim, and his
# group the act's other side ("A commander of the Syrian Democratic Forces and three of his bodyguards were killed")

def test_a_commander_of_a_group_killed_is_no_speaker_but_his_groups_victim():
    for text in ("A commander of the Syrian Democratic Forces and three of his bodyguards were killed on Tuesday when a "
                 "Turkish drone struck their car near Qamishli.",
                 "A Turkish drone struck a car near Qamishli on Tuesday, killing a commander of the Syrian Democratic "
                 "Forces and three of his bodyguards."):
        assert codings(text, fields=("actor1.name", "actor2.name", "killed.best")) == \
            [("Military Forces of Turkey", "SDF: Syrian Democratic Forces", 4)]
    # (one who speaks is still a speaker, and the count after his name is the civilians')
    text = ("A commander of the Syrian Democratic Forces said three civilians were killed when a Turkish drone struck a "
            "car near Qamishli on Tuesday.")
    assert codings(text, fields=("actor1.name", "actor2.name", "killed.best", "killed.civilians")) == \
        [("Military Forces of Turkey", "Civilians", 3, 3)]  # (no place given: no country)


def test_a_police_speaker_told_with_his_abbreviated_title_is_no_party():
    text = ("A rideshare driver and his passenger were shot and killed early Saturday on a freeway. Someone in a pickup "
            "truck pulled alongside the car and opened fire, Houston police Lt. R. Willkens said.")
    assert codings(text, fields=("actor2.name", "killed.best", "killed.civilians")) == [("Civilians", 2, 2)]


def test_the_doers_of_a_clause_opened_by_the_act_s_noun_are_its_doers_though_it_also_took_hostages():
    [(sub, a1, a2)] = codings("In a separate attack in Faskari, about 60 kilometres away, gunmen killed four people on "
                              "Saturday and abducted eleven others, including two children, residents said.")
    assert (sub, a1, a2) == ("Attack", "Unidentified Armed Group", "Civilians")


def test_a_community_whose_homes_the_act_names_is_no_militia_fought():
    [(sub, a1, a2)] = codings("Unknown gunmen killed six people at a Fulani herders' settlement near Riyom on Sunday, "
                              "a community leader said.")
    assert (sub, a1, a2) == ("Attack", "Unidentified Armed Group", "Civilians")


def test_a_force_told_by_its_base_is_the_place_stormed_not_the_doer_of_the_killing_after_it():
    [(sub, a1, a2)] = codings("Militants stormed a military base in Marte late on Sunday, killing five soldiers and "
                              "burning armoured vehicles, two security officials said.")
    assert (sub, a1, a2) == ("Armed clash", "Unidentified Armed Group", "Military Forces")


def test_a_group_told_by_the_place_a_force_raided_is_the_side_it_fought_not_the_doer():
    # (the clash noun after the killing names no side of its own: the raiders fought the group whose hideout it was,
    # whose men the unnamed dead are)
    assert codings("Somali security forces raided an al-Shabaab hideout near Afgoye on Monday, killing two militants "
                   "after a brief exchange of fire.") == [("Armed clash", "Military Forces of Somalia", "Al Shabaab")]
    assert codings("Congolese soldiers besieged a camp of the Allied Democratic Forces (ADF) rebels in the Beni territory "
                   "on Monday, killing seven rebels after several hours of fighting.") == \
        [("Armed clash", "Military Forces of the Democratic Republic of Congo", "ADF: Allied Democratic Forces")]


def test_a_group_a_clause_says_is_about_the_area_is_no_party_of_the_act():
    # ("No group claimed the abduction, but ...": the abduction's noun with the group after it, no target of it)
    for about in ("but jihadists linked to al-Qaeda are active in the area", "though the area is a stronghold of Boko Haram"):
        assert codings(f"Gunmen abducted seven travellers near Sokoto on Monday. No group claimed the abduction, {about}.") \
            == [("Abduction/forced disappearance", "Unidentified Armed Group", "Civilians")], about


def test_militias_whose_support_a_raid_had_are_no_doers_of_an_act_of_their_own():
    # ("with the support of": an ally of the raiding side, as "backed by" is; the vehicles destroyed are the raid's)
    assert codings("Somali National Army forces raided an al-Shabaab base near Buulobarde on Wednesday, killing eight "
                   "militants, the ministry said. The operation, carried out with the support of local clan militias, "
                   "also destroyed two vehicles fitted with machine guns.") == \
        [("Armed clash", "Military Forces of Somalia", "Al Shabaab")]


def test_civilians_an_armed_doer_acted_on_first_in_its_chain_of_verbs_are_its_victims():
    # "forced passengers off": the object of the gunmen's earlier verb, not who shot the 23
    assert codings("Gunmen stopped buses and trucks on a highway, forced passengers off, checked their identity cards "
                   "and shot dead 23 people, officials said.") == [("Attack", "Unidentified Armed Group", "Civilians")]


def test_what_a_named_group_is_told_in_apposition_is_no_second_party():
    # "an ethnic armed group" is the Arakan Army itself, not an unidentified group it took the town from
    assert codings("The Arakan Army, an ethnic armed group fighting the junta, said on Saturday it had captured the "
                   "town of Buthidaung after weeks of fighting.")[0][1:] != ("AA: Arakan Army", "Unidentified Armed Group")
    assert codings("The Arakan Army, an ethnic armed group, captured the town of Buthidaung on Saturday.") == \
        [("Non-state actor overtakes territory", "AA: Arakan Army", None)]


def test_security_forces_are_the_one_police_unit_the_report_names():
    # the unit named after the generic words says who they were: the District Reserve Guard is India's police
    parties = _parties("RAIPUR, April 16 (PTI) - Security forces killed six Maoists in an encounter in the forests of "
                       "Bijapur district in Chhattisgarh on Tuesday, a police official said. A joint team of the District "
                       "Reserve Guard (DRG) and the Special Task Force had launched the operation, he said.",
                       geoparser=helpers.GEOPARSER)
    assert parties[0] == ("Police Forces of India", "CPI (Maoist): Communist Party of India (Maoist)")


def test_a_group_s_man_told_by_his_rank_as_killed_is_the_strike_s_target_not_its_doer():
    # (an unclaimed strike: the group whose leader it killed is its target)
    [ev] = helpers.events("Hamas deputy leader killed in Beirut drone strike", published=helpers.WED_2025_03_12)
    assert (ev.actor1 or {}).get("name") != "Hamas Movement" and ev.actor2["name"] == "Hamas Movement"
    [ev] = helpers.events("Kataib Hezbollah commander killed in Baghdad drone strike", published=helpers.WED_2025_03_12)
    assert ev.actor2["name"] == "Kataib Hezbollah"
    # (not the group's men who do the killing: the participle has an object)
    [ev] = helpers.events("Hamas leaders killed two men in Gaza on Monday.", published=helpers.WED_2025_03_12)
    assert ev.actor1["name"] == "Hamas Movement"


def test_a_state_a_source_says_carried_out_an_unclaimed_strike_is_its_doer():
    text = ("A drone strike on a car in eastern Baghdad on Tuesday killed a senior commander of Kataib Hezbollah and two of "
            "his guards, security sources said. There was no immediate claim of responsibility. A U.S. official later said "
            "the United States had carried out the strike.")
    [ev] = helpers.events(text, published=helpers.WED_2025_03_12)
    assert (ev.actor1["name"], ev.actor2["name"]) == ("Military Forces of the United States", "Kataib Hezbollah")


def test_a_state_that_launched_an_operation_with_strikes_and_troops_does_its_strikes():
    text = ("JENIN, West Bank, July 3 (Reuters) - Israel launched one of its biggest military operations in the occupied "
            "West Bank in years on Monday, with drone strikes and hundreds of troops pushing into the Jenin refugee camp. "
            "At least eight Palestinians were killed, the health ministry said.")
    evs = helpers.report_events(text, published="2023-07-03")
    assert evs[0]["actor1"]["name"] == "Military Forces of Israel"
    assert (evs[0]["actor2"] or {}).get("name") != "Military Forces of Israel"


def test_a_weapon_fired_from_a_country_is_the_group_of_that_country_the_report_names():
    # (no claim: the report names the group that fires from there in its background)
    text = ("A missile fired from Yemen struck a playground in Tel Aviv early on Saturday, lightly wounding 16 people, "
            "medics said. Yemen's Houthis have fired missiles and drones at Israel for more than a year.")
    [ev] = helpers.events(text, published=helpers.SAT_2024_08_10)
    assert ev.actor1["name"] == "Ansar Allah (Houthis)"
    text = ("Two explosive drones launched from Lebanon struck an army post near the northern town of Metula on Thursday, "
            "wounding three soldiers, the military said. Hezbollah has traded near-daily fire with Israeli forces since "
            "October.")
    [ev] = helpers.events(text, published=helpers.SAT_2024_08_10)
    assert ev.actor1["name"] == "Hezbollah"
    # (and with no group named, an unidentified armed group of that country)
    [ev] = helpers.events("Rockets fired from Syria hit an open field in the Golan Heights on Sunday, wounding two "
                          "shepherds, police said.", published=helpers.SAT_2024_08_10)
    assert ev.actor1["name"] == "Unidentified Armed Group (Syria)"


def test_a_state_s_strike_on_a_market_kills_the_people_there_not_the_foe_named_elsewhere():
    # "a drone struck a busy market": the dead are the market's people, not the Fano the report names as the army's foe
    text = ("At least 30 people were killed when a drone struck a busy market in the town of Bure in Ethiopia's Amhara "
            "region on Saturday, health workers said. Residents blamed the Ethiopian National Defense Force, which has "
            "used drones against Fano militiamen.")
    [ev] = helpers.events(text, published=helpers.SAT_2024_08_10)
    assert ev.actor1["name"] == "Military Forces of Ethiopia" and ev.actor2["name"].startswith("Civilians")
    # (a strike on the group's own site still hits the group)
    text = ("A drone strike hit a Fano militia base near Bure in Ethiopia's Amhara region on Saturday, killing 12 "
            "fighters, the Ethiopian National Defense Force said.")
    [ev] = helpers.events(text, published=helpers.SAT_2024_08_10)
    assert ev.actor2["name"] == "Fano Militia"


def test_guards_killed_in_an_attack_on_a_prison_are_police():
    [ev] = helpers.events("Gunmen attacked a prison in the town late on Saturday, killing two guards and freeing 47 "
                          "inmates, the correctional service said.", published=helpers.SAT_2024_08_10)
    assert (ev.sub_event_type, ev.actor2["name"]) == ("Armed clash", "Police Forces")
    # (not a mine's guards)
    [ev] = helpers.events("Gunmen killed two security guards at a gold mine on Sunday.", published=helpers.SAT_2024_08_10)
    assert (ev.actor2 or {}).get("name") != "Police Forces"


def test_cross_border_fire_told_by_its_side_s_demonym_is_that_side_s_act():
    # the act's manner between "by" and the demonym ("unprovoked Indian fire"), and "firing" as a side's fire
    [ev] = helpers.events("A Pakistani soldier was killed on Sunday by unprovoked Indian fire along the Line of "
                          "Control, the military said.", published=helpers.SAT_2024_08_10)
    assert (ev.actor1["name"], ev.actor2["name"]) == ("Military Forces of India", "Military Forces of Pakistan")
    [ev] = helpers.events("An Indian soldier was killed in Pakistani firing along the Line of Control on Saturday, an "
                          "army spokesman said.", published=helpers.SAT_2024_08_10)
    assert (ev.actor1["name"], ev.actor2["name"]) == ("Military Forces of Pakistan", "Military Forces of India")


def test_assaults_told_by_their_side_then_repelled_are_that_side_s_against_the_defenders():
    [ev] = helpers.events("KYIV, Nov 20 (Reuters) - Russian forces launched 38 assaults near Pokrovsk over the past day, Ukraine's General Staff "
                          "said on Wednesday, adding that its troops had repelled most of the attacks.",
                          published=helpers.SAT_2024_08_10)
    # (the defenders' country is the scene's, which no geoparser here resolves)
    assert (ev.sub_event_type, ev.actor1["name"]) == ("Armed clash", "Military Forces of Russia")
    assert ev.actor2["name"].startswith("Military Forces")


def test_attacks_repelled_by_the_speaker_s_forces_told_after_are_the_attackers_against_the_speaker():
    # ("its forces" the speaker's, who is told after the act; "repelled them all": the attacks counted before)
    [ev] = helpers.events("KYIV, Oct 15 (Reuters) - Russian troops carried out 14 attacks near Kupiansk over the past day, and "
                          "its forces repelled them all, Ukraine's General Staff said on Tuesday.",
                          published=helpers.SAT_2024_08_10)
    assert (ev.sub_event_type, ev.actor1["name"], ev.actor2["name"]) == \
        ("Armed clash", "Military Forces of Russia", "Military Forces of Ukraine")


def test_a_warring_state_s_assaults_repelled_with_no_defender_named_are_against_its_foe():
    # (the headline's country says it, no party in the words: Russia's attacks were fended off by Ukraine's forces)
    [ev] = helpers.events("Ukraine says it repelled Russian attacks near Kupiansk", published=helpers.SAT_2024_08_10)
    assert (ev.actor1["name"], ev.actor2["name"]) == ("Military Forces of Russia", "Military Forces of Ukraine")


def test_the_rivals_a_source_links_an_attack_to_are_a_setting_not_its_target():
    # two groups whose dispute the act is set in: neither is told as the doer, nor is either the victim
    for setting in ("Officials said the attack could be linked to the dispute between the Jalisco New Generation Cartel "
                    "and the local Santa Rosa de Lima gang.",
                    "It came amid a turf war between the Jalisco New Generation Cartel and the Sinaloa cartel."):
        [ev] = events("Gunmen opened fire at a bar in Salamanca late on Saturday, killing eight people. " + setting)
        assert (ev.sub_event_type, ev.actor2["name"]) == ("Attack", "Civilians")


def test_a_force_told_arriving_after_the_act_in_a_relative_clause_answers_it():
    # those who came after the shooting did not fight in it (but men who arrived and opened fire did)
    evs = events("The fighting between Los Chapitos and La Mayiza broke out in the community of Tepuche on Monday. "
                 "Soldiers who arrived after the shooting seized rifles and two armoured trucks.")
    assert [(ev.actor1["name"], ev.actor2["name"]) for ev in evs] == [
        ("Sinaloa Cartel: Los Chapitos", "Sinaloa Cartel: La Mayiza")]
    [ev] = events("Gunmen who arrived on motorcycles opened fire on customers at a bar on Friday, killing four.")
    assert ev.actor1["name"] == "Unidentified Armed Group"


def test_an_attack_the_speaker_repelled_is_on_the_speaker_when_only_its_dead_tell_the_doers():
    # the army fended the attack off: its target, the dead assailants the doers; the group's later claim names them
    assert _parties("Burkina army says it repelled attack on Djibo\n\nOUAGADOUGOU, March 12 (Reuters) - Burkina Faso's "
                    "army said on Tuesday it had repelled an attack on the northern town of Djibo on Sunday, killing more "
                    "than 40 assailants.\n\nJNIM claimed the attack in a statement on Monday.") == \
        [("JNIM: Jama'at Nusrat al-Islam wal-Muslimin", "Military Forces of Burkina Faso")]
    # (the assailants themselves where no claim names them)
    assert _parties("Burkina army says it repelled attack on Djibo\n\nOUAGADOUGOU, March 12 (Reuters) - Burkina Faso's "
                    "army said on Tuesday it had repelled an attack on the northern town of Djibo on Sunday, killing more "
                    "than 40 assailants.") == [("Unidentified Armed Group", "Military Forces of Burkina Faso")]


def test_the_dead_s_foe_in_the_fight_they_died_in_is_the_doer():
    # "Five Maoists were killed in an encounter with the CRPF": the dead's verb the act's word, their foe named after
    # "with" (a named force as much as "security forces")
    assert codings("Five Maoists were killed in an encounter with the CRPF in the forests on Thursday.") == [
        ("Armed clash", "Police Forces of India", "CPI (Maoist): Communist Party of India (Maoist)")]
    assert codings("Five Maoists were neutralised in an encounter with the DRG in the forests on Thursday, an official "
                   "said.") == [("Armed clash", "Police Forces of India", "CPI (Maoist): Communist Party of India (Maoist)")]
    # (the dead's own side after "with" is no foe: the fight's other side stays unnamed)
    assert codings("Three soldiers were killed in a clash with Abu Sayyaf militants on Saturday.") == [
        ("Armed clash", "Abu Sayyaf Group", "Military Forces")]


def test_a_device_s_blast_set_off_by_a_group_is_that_group_s():
    # "injured in an IED blast triggered by Maoists": the blast's word between the device and its doer
    assert codings("Two jawans of the CRPF were injured in an IED blast triggered by Maoists on Monday.") == [
        ("Remote explosive/landmine/IED", "CPI (Maoist): Communist Party of India (Maoist)", "Police Forces of India")]


def test_day_labourers_killed_are_civilians():
    # "Militants gunned down a non-local labourer": a worker by the day, one dead civilian
    [ev] = helpers.events("Militants gunned down a non-local labourer in the district on Thursday evening, police said.",
                          published=helpers.TUE_2025_06_10)
    assert (ev.sub_event_type, ev.killed["best"], ev.killed["civilians"]) == ("Attack", 1, 1)


def test_an_encounter_the_dead_fell_in_with_no_side_named_is_the_state_forces_fight():
    # "Five Maoists were killed in an encounter in ...": South Asian usage for a gunfight with the security forces,
    # no "with ..." after it; a clash, its other side the scene country's forces (not an attack with no doer)
    assert helpers.report_coded(
        "RAIPUR, India, March 31 (Reuters) - Four Maoists were killed in an encounter in the forests of Bijapur "
        "district in Chhattisgarh on Saturday, police said.", ("sub_event_type", "actor1.name", "actor2.name"),
        GEOPARSER, "2024-03-31") == [
        ("Armed clash", "Military Forces of India", "CPI (Maoist): Communist Party of India (Maoist)")]
    # (the dead of a chance meeting are no fight's)
    assert codings("The two leaders had a brief encounter in the corridor on Tuesday.") == []


def test_one_soldier_with_no_demonym_is_the_forces_of_the_event_s_country():
    # "A soldier was killed in a roadside bomb blast in Lakki Marwat": one man of the forces, told with no nationality
    # before him, is the target as "soldiers" would be (not an act with no sides)
    assert codings("A soldier was killed and two others were wounded in a roadside bomb blast on Monday.") == [
        ("Remote explosive/landmine/IED", "Unidentified Armed Group", "Military Forces")]
    # (a former one is no longer of the forces)
    assert codings("A former soldier was shot dead outside his home on Monday.")[0][2] == "Civilians"


def test_the_forces_of_a_base_attacked_are_the_other_side_of_the_fight_it_triggered():
    # "attacked a Somali army base ..., triggering hours of fighting": the fight's other side is the army its base
    # names (not an act with one side, nor the attackers' own kind)
    assert codings("Al-Shabaab militants attacked a Somali army base in the town early on Sunday, triggering hours of "
                   "fighting, officials said.") == [("Armed clash", "Al Shabaab", "Military Forces of Somalia")]


def test_a_storming_of_the_forces_base_is_a_fight_with_them_whatever_dies_in_it():
    # "stormed a Somali army base, sparking hours of fighting in which seven soldiers were killed": a clash with the
    # army its base names (not an attack on civilians with the stormers as its target)
    assert codings("Al-Shabaab fighters stormed a Somali army base in the region on Sunday, sparking hours of fighting "
                   "in which at least seven soldiers were killed.") == [
        ("Armed clash", "Al Shabaab", "Military Forces of Somalia")]


def test_the_person_a_sentence_opens_on_and_names_again_by_a_pronoun_is_a_civilian_victim():
    # "A man is in the hospital after he was shot": the pronoun's person is told, a person of no side
    evs = report_events_published_2025_05_14(
        "A 40-year-old woman is at a hospital after she was shot outside a gas station in Tampa on Tuesday, police said.",
        GEOPARSER)
    assert [(e["actor2"] or {}).get("name") for e in evs] == ["Civilians (United States)"]
    # (a pronoun with no such person told names no one)
    evs = report_events_published_2025_05_14("Police said she was shot Tuesday night in Tampa.", GEOPARSER)
    assert [e["actor2"] for e in evs] == [None]


def test_security_forces_of_a_report_whose_only_force_is_its_police_are_the_police():
    # (an encounter told by a police team, no soldier or army named: the "security forces" are that police)
    text = ("Security forces shot dead three Maoist rebels in a gunfight in a forest of Sukma district on Tuesday. "
            "The police team had gone out on a tip-off, an officer said.")
    [ev] = helpers.events(text, published=helpers.MON_2025_03_03)
    assert helpers._names(ev) == ("Police Forces", "CPI (Maoist): Communist Party of India (Maoist)")
    # (with soldiers told beside them, the security forces stay the army's)
    text = ("Security forces shot dead three Maoist rebels in a gunfight in a forest of Sukma district on Tuesday. "
            "Soldiers and a police team had gone out on a tip-off, an officer said.")
    [ev] = helpers.events(text, published=helpers.MON_2025_03_03)
    assert helpers._names(ev)[0] == "Military Forces"


def test_the_philippine_national_police_are_the_philippines_police():
    [ev] = helpers.report_events("Security forces clashed with NPA rebels near Kabankalan City, Negros Occidental on "
                                 "Friday, killing one rebel. The PNP has led operations in the province.", geoparser=helpers.GEOPARSER,
                                 published=helpers.SAT_2025_08_30)
    assert ev["actor1"]["name"] == "Police Forces of the Philippines"


def test_a_doer_in_a_speaker_s_scare_quotes_after_by_is_the_doer():
    # (a group's or a junta's word for its foe, quoted: the doer all the same)
    text = 'The M23 said on Tuesday it had repelled an attack by "coalition forces" on its positions near Sake.'
    [ev] = helpers.events(text, published=helpers.MON_2025_03_03)
    assert helpers._names(ev) == ("Military Forces", "M23: March 23 Movement")


def test_the_speaker_that_repelled_an_attack_is_the_target_of_the_fighting_it_became():
    # (the fight told after the repelled attack in its sentence is that attack: its target the speaker)
    text = ("The FDLR said on Friday it had repelled an attack by Wazalendo militiamen on its positions near Sake, in "
            "fighting that killed six fighters.")
    [ev] = helpers.events(text, published=helpers.MON_2025_03_03)
    assert helpers._names(ev) == ("Wazalendo", "FDLR: Democratic Forces for the Liberation of Rwanda")


def test_a_group_whose_name_the_count_stops_inside_is_the_side_killed():
    # (the count reads "two New People" of "two New People's Army rebels": the name it stops in is still the dead's)
    [event] = helpers.events("Soldiers killed two New People's Army rebels in a firefight on Tuesday.",
                             published=helpers.MON_2025_03_10)
    assert (event.actor1["name"], event.actor2["name"]) == ("Military Forces", "NPA: New People's Army")


def test_a_group_named_right_after_the_count_with_its_men_s_noun_is_the_side_killed():
    # (the count stops at "two": the group's long name and "rebels" after it are still those killed)
    [event] = helpers.events("Soldiers killed two Moro Islamic Liberation Front rebels in a firefight on Tuesday.",
                             published=helpers.MON_2025_03_10)
    assert (event.actor1["name"], event.actor2["name"]) == ("Military Forces", "MILF: Moro Islamic Liberation Front")


def test_fighting_that_opens_a_sentence_takes_its_parties_from_the_clause_that_tells_what_happened_there():
    # ("Fighting flared in X, where Y attacked Z": the verb of the where-clause names the doer, the noun none)
    [event] = helpers.events("Fighting flared in the city on Wednesday, where Houthi fighters attacked government "
                             "positions, sparking clashes that killed four soldiers.", published=helpers.MON_2025_03_10)
    assert (event.sub_event_type, event.actor1["name"], event.actor2["name"]) == \
        ("Armed clash", "Ansar Allah (Houthis)", "Military Forces")


def test_the_cartel_or_the_gang_is_the_one_named_before_and_a_commander_arrested_is_no_speaker():
    events = helpers.events("Soldiers killed six members of the Sinaloa Cartel on Wednesday. On Thursday, state police "
                            "arrested a regional commander of the cartel at a house.", published=helpers.MON_2025_03_10)
    assert [(e.sub_event_type, e.actor2["name"]) for e in events] == \
        [("Armed clash", "Sinaloa Cartel"), ("Arrests", "Sinaloa Cartel")]
    # (the unnamed men "from the gang" are the gang's: one party)
    [event] = helpers.events("Police said the Los Lobos gang controls the port. Gunmen from the gang killed five people "
                             "in a bar on Sunday.", published=helpers.MON_2025_03_10)
    assert (event.sub_event_type, event.actor1["name"]) == ("Attack", "Los Lobos")


def test_federal_forces_a_militia_clashed_with_are_the_state_s_and_no_speaker_of_the_residents_words():
    [event] = helpers.events("Fano militiamen seized the town on Monday after clashes with federal forces, residents "
                             "said.", published=helpers.MON_2025_03_10)
    assert (event.sub_event_type, event.actor1["name"], event.actor2["name"]) == \
        ("Non-state actor overtakes territory", "Fano Militia", "Military Forces")


# From the levant round: a doerless air strike in a report whose other air strikes are all one state force's was that
# force's; beside a second striker's, no one's named (and a strike across the border from one told before, with dead
# of its own, is another strike).

def test_a_doerless_air_strike_beside_one_air_force_s_strikes_is_that_force_s():
    text = ("An Israeli air strike on a house in Bureij killed six people on Sunday, medics said. In Beit Lahia, a drone "
            "strike on a car killed two men, the civil defence said.")
    evs = helpers.report_events(text, helpers.GEOPARSER, "2025-03-03")
    assert sorted(((e["location"] or {}).get("name"), (e["actor1"] or {}).get("name")) for e in evs) == \
        [("Al Burayj", "Military Forces of Israel"), ("Bayt Lāhyā", "Military Forces of Israel")]


def test_a_doerless_air_strike_beside_two_strikers_stays_doerless():
    text = ("An Israeli air strike on a house in Bint Jbeil killed six people on Sunday, medics said. Hezbollah drones "
            "struck an army base near Safed on Sunday, wounding two soldiers. In Tyre, a drone strike on a car killed "
            "two men, the civil defence said.")
    evs = helpers.report_events(text, helpers.GEOPARSER, "2025-03-03")
    [tyre] = [e for e in evs if (e["location"] or {}).get("name") == "Tyre"]
    assert (tyre["actor1"] or {}).get("name") != "Military Forces of Israel" and tyre["killed"]["best"] == 2


def test_a_suicide_attacker_is_the_doer_of_his_bombing_not_its_target():
    ev = helpers.only_event("A suicide attacker drove an explosives-laden truck into an army checkpoint near Baiji on "
                            "Sunday, killing three soldiers, officials said.", published=helpers.MON_2025_11_24)
    assert (ev.sub_event_type, ev.actor1["name"], ev.actor2["name"]) == \
        ("Suicide bomb", "Unidentified Armed Group", "Military Forces")


def test_the_attacker_told_dead_after_his_bombing_is_no_target_of_it():
    # ("The attacker ... was also killed": the doer among the dead; the market's dead are civilians)
    [ev] = helpers.events("A suicide bomber struck a busy market in Khost on Sunday, killing nine people, officials said. "
                          "The attacker, who wore an explosive vest, was also killed.", published=helpers.MON_2025_11_24)
    assert (ev.actor2["name"], ev.killed["best"]) == ("Civilians", 10)


def test_a_doerless_drone_in_a_war_report_that_names_the_other_side_s_forces_is_theirs():
    text = ("KYIV, June 11 (Reuters) - A Russian drone attack on the port city of Odesa overnight killed one person, the "
            "regional governor said on Wednesday. The governor of the Mykolaiv region said a drone hit a gas station in "
            "the city of Mykolaiv, wounding two.")
    evs = helpers.report_events(text, helpers.GEOPARSER, published="2025-06-11")
    assert sorted((e["location"]["name"], e["actor1"]["name"]) for e in evs) == [
        ("Mykolayiv", "Military Forces of Russia"), ("Odesa", "Military Forces of Russia")]


def test_a_country_that_said_it_had_taken_a_town_is_its_forces():
    text = ("MOSCOW, Dec 3 (Reuters) - Russia said on Wednesday it had taken full control of the town of Kupiansk in "
            "Ukraine's Kharkiv region.")
    [ev] = helpers.report_events(text, helpers.GEOPARSER, published="2025-12-03")
    assert (ev["sub_event_type"], ev["actor1"]["name"], ev["actor2"]["name"]) == (
        "Non-state actor overtakes territory", "Military Forces of Russia", "Military Forces of Ukraine")


def test_drones_launched_by_a_country_are_its_forces_strike():
    [event] = helpers.events("Drones launched by Russia hit an energy facility in the region overnight, the governor said "
                             "on Tuesday.", published=helpers.MON_2025_03_10)
    assert (event.sub_event_type, event.actor1["name"]) == ("Air/drone strike", "Military Forces of Russia")


def test_a_merchant_crew_struck_at_sea_off_a_port_is_international_civilians(geoparser):
    # measured from a port in nautical miles: at sea, the crew no coastal state's people
    text = ("DUBAI, May 2 (Reuters) - A missile hit a Malta-flagged bulk carrier about 35 nautical miles south of "
            "Mokha on Thursday, the Houthis said, causing a fire that the crew put out.")
    out = process_report({"id": "t", "text": text, "title": None, "published_at": "2025-05-02"}, geoparser)
    assert [e["actor2"]["name"] for e in out["events"]] == ["Civilians (International)"]


def test_civilians_ashore_in_a_port_keep_their_country(geoparser):
    text = ("SANAA, May 2 (Reuters) - A missile hit a market in the port city of Mokha on Thursday, killing two "
            "civilians, local officials said.")
    out = process_report({"id": "t", "text": text, "title": None, "published_at": "2025-05-02"}, geoparser)
    assert [e["actor2"]["name"] for e in out["events"]] == ["Civilians (Yemen)"]


def test_a_crew_told_as_the_coastal_state_s_nationals_keeps_its_country(geoparser):
    text = ("MOGADISHU, May 2 (Reuters) - Gunmen hijacked a fishing dhow with nine Somali crew members about 15 "
            "nautical miles off Hobyo on Thursday, officials said.")
    out = process_report({"id": "t", "text": text, "title": None, "published_at": "2025-05-02"}, geoparser)
    assert [e["actor2"]["name"] for e in out["events"]] == ["Civilians (Somalia)"]
