"""Extraction: event types and sub-types of political violence (armed clashes, air and drone strikes,
shelling, explosions and IEDs, attacks on civilians, abductions)."""
import datetime as dt
from extraction import extract_events, report_text
from extraction.casualties import find_casualties
from extraction.event_types import SUB_EVENT_TYPES
from geocoding import Place
from functools import partial
from tests import extraction_helpers as helpers
from tests.extraction_helpers import (
    FRI_2025_11_14 as FRI, KHERSON, MON_2025_03_03, MON_2025_09_15 as MON, ODESA, SAT_2024_08_10 as SAT,
    SUN_2023_06_18 as SUN, WED_2025_03_12, WED_2025_06_11 as WED, _names, kinds, only_event, seed3_events, toponym,
)

coded = partial(helpers.report_codings, published=dt.date(2025, 6, 7))
codings = partial(helpers.codings, published=helpers.TUE_2025_06_10, fields=helpers.SUB_ACTORS + ("killed.best",))
events = partial(helpers.events_at_places, published=dt.date(2025, 4, 3))
events_published_2024_05_14 = partial(helpers.events, published=helpers.TUE_2024_05_14)
events_published_2025_06_11 = partial(helpers.events, published=helpers.WED_2025_06_11)
killed = partial(helpers.codings, published=helpers.TUE_2025_06_10, fields="killed.best")


# From test_extraction_abductions.py: Abductions, kidnappings and other violence against civilians: who is taken,
# killed or held, by whom.

def test_those_a_force_frees_do_not_do_what_it_does_next():
    ev = helpers.only_event("Troops rescued 18 kidnapped victims and killed four bandits in the forest on Sunday.", published=helpers.MON_2025_11_24)
    assert (ev.actor1["name"], ev.actor2["name"]) == ("Military Forces", "Unidentified Armed Group")


# From test_extraction_africa.py: Conflict copy from Africa: the Sahel's and Nigeria's armed groups, Ethiopia's
# rebels, army communiqués, states and LGAs.

def test_a_force_that_says_it_killed_men_in_clashes_fought_them():
    text = "The Chadian army said on Wednesday it had killed 40 Boko Haram fighters in clashes on Monday."
    [ev] = extract_events(text, published_at=WED, toponyms=[], locations=[])
    assert ev.sub_event_type == "Armed clash" and ev.actor1["name"] == "Military Forces of Chad"
    assert ev.actor2["name"].startswith("Boko Haram")


# From test_extraction_africa3.py: African conflict copy, a third round: Congo's and Somalia's forces and missions,
# Sudan's army, the newer groups.

def test_a_shell_that_strikes_a_market_is_a_shelling_but_not_the_oil_company():
    text = "At least 54 people were killed when an artillery shell struck a crowded market in the city on Saturday."
    [ev] = extract_events(text, published_at=MON, toponyms=[], locations=[])
    assert ev.sub_event_type == "Shelling/artillery/missile attack" and ev.killed["best"] == 54
    text = "Shell hit by fines after gunmen killed two guards at a pipeline on Saturday."
    [ev] = extract_events(text, published_at=MON, toponyms=[], locations=[])
    assert ev.sub_event_type != "Shelling/artillery/missile attack"


# From test_extraction_asiafar.py: Conflict reports from Myanmar, the Philippines, Pakistan, Indian Kashmir and
# central India, Thailand's deep south, Papua and the Chittagong Hill Tracts: the armed groups and forces by the names
# the region's papers use.

def test_a_grenade_blast_is_a_grenade_s():
    evs = helpers.events("6 hurt in Cotabato City grenade blast\n\nCOTABATO CITY -- Six people were wounded when unidentified men "
                 "hurled a grenade at a crowd outside a shop on Saturday night, police said.", published=helpers.WED_2025_03_12)
    assert [ev.sub_event_type for ev in evs] == ["Grenade"]
    # ... not a rocket-propelled grenade fired in a raid: the fight's weapon, no grenade thrown
    evs = helpers.events("Insurgents stormed an army base near the town on Saturday night, firing rocket-propelled grenades "
                         "and burning two trucks, residents said.", published=helpers.WED_2025_03_12)
    assert "Grenade" not in [ev.sub_event_type for ev in evs]


# From test_extraction_blasts.py: Blasts and violence against civilians: bombs with no one named behind them,
# datelines with a country.

def test_a_bomb_s_named_maker_and_a_shell_s_unnamed_firer_stay_as_told():
    [ev] = events_published_2025_06_11("A roadside bomb planted by the Taliban killed four policemen on Tuesday.")
    assert ev.actor1["name"] == "Taliban"
    # a shell or an air strike comes from a side the text must tell: no group is made up for it
    [ev] = events_published_2025_06_11("Shelling killed three civilians in the town on Tuesday.")
    assert ev.actor1 is None


def test_a_bare_bombing_is_a_bomb_set_off_and_a_state_s_is_from_the_air():
    # the bombing is the act, the rally where it went off is no protest
    [ev] = events_published_2025_06_11("Mourners in Khar on Saturday buried the victims of Friday's ISKP bombing at a rally, which killed "
                  "12 people.", published=dt.date(2023, 8, 5))
    assert (ev.event_type, ev.sub_event_type) == ("Explosions/Remote violence", "Remote explosive/landmine/IED")
    assert ev.actor1["name"] == "Islamic State Khorasan Province" and ev.killed["best"] == 12
    assert ev.date_start == "2023-08-04"
    [ev] = events_published_2025_06_11("Five people were wounded in a bombing at a bus station on Tuesday.")
    assert ev.sub_event_type == "Remote explosive/landmine/IED" and ev.actor1["name"] == "Unidentified Armed Group"
    [ev] = events_published_2025_06_11("Russian forces killed nine civilians in a bombing of a market in Aleppo on Tuesday.")
    assert ev.sub_event_type == "Air/drone strike", ev.sub_event_type
    # a water bomber's, a raid's, and bombings in general are none
    assert events_published_2025_06_11("Firefighters sent water-bombing aircraft to the blaze on Tuesday.") == []
    assert events_published_2025_06_11("The group has carried out a series of bombings in the west of the country.") == []


# From test_extraction_casualties.py: Casualty phrases: killed / wounded / missing / abducted, victim categories,
# zeros, subsets.

def test_missing_and_abducted():
    kinds = {(m.kind, m.best) for m in find_casualties("Four soldiers are missing and 12 women were abducted.")}
    assert kinds == {("missing", 4), ("abducted", 12)}


# From test_extraction_claims.py: Claims told through a spokesman or a statement, interceptions (the interceptor acts
# on the launcher), and acts at sea told in the passive with no doer.

def test_a_sea_mine_is_a_remote_explosive():
    [ev] = helpers.events("A grain freighter hit a naval mine near the port of Izmail on Sunday, wounding three sailors.", published=helpers.MON_2025_03_10)
    assert ev.sub_event_type == "Remote explosive/landmine/IED"


# From test_extraction_communal.py: Communal and identity violence on sentences of our own (no gazetteer needed):
# herder-farmer raids, cattle raids, clan and tribal fighting, mobs that kill.

def test_a_clash_between_two_peoples_militias():
    assert coded("", "At least 25 people were killed on Tuesday in clashes between Amhara and Oromo militias, a regional "
                     "official said.") == \
        [("Battles", "Armed clash", "Amhara Ethnic Militia", "Oromo Ethnic Militia", 25)]


def test_herders_killed_are_civilians():
    # a people's herders or youths, counted as the dead, are its civilians, not its militia
    assert coded("", "Tiv youths killed three Fulani herders on Thursday, residents said.") == \
        [("Violence against civilians", "Attack", "Tiv Ethnic Militia", "Civilians", 3)]
    # (armed ones fought)
    assert coded("", "Gunmen killed four armed herders on Thursday.")[0][:2] == ("Battles", "Armed clash")


def test_an_act_named_in_an_opening_phrase_is_told_by_its_verb():
    assert coded("", "In a reprisal attack, gunmen killed three farmers on Thursday.") == \
        [("Violence against civilians", "Attack", "Unidentified Armed Group", "Civilians", 3)]
    # (with no doer after the comma, the noun's act stays)
    assert coded("", "In an earlier attack on Thursday, someone shot a teen in the leg.")[0][:2] == \
        ("Violence against civilians", "Attack")


def test_farmers_are_civilians_and_fight_as_a_community():
    # farmers fired on are the victims, not the forces told after
    assert coded("", "Suspected Kuki militants opened fire on Meitei farmers working in paddy fields on Monday, wounding "
                     "three, officials said. Security forces returned fire and the gunmen fled.")[0][3] == "Civilians"
    # farmers who clash with a people's militia are a communal militia
    assert coded("", "Clashes between Arab herders and farmers killed 12 people on Thursday, the government said.") == \
        [("Battles", "Armed clash", "Arab Ethnic Militia", "Unidentified Communal Militia", 12)]


# From test_extraction_conflictfix.py: Conflict copy left wrong by the last rounds: the dead handed over in an
# exchange, families counted whole, the weapon told after the verb, a claim's day, and what a report only expects or
# sets as a condition.

def test_the_dead_handed_over_are_no_new_killing():
    assert events_published_2024_05_14("Ukraine received the bodies of 212 servicemen killed in the Luhansk region from Russia on Tuesday, "
                  "the coordination headquarters said.") == []
    assert events_published_2024_05_14("The remains of 40 soldiers killed in fighting near Kupiansk were repatriated on Monday, the "
                  "ministry said.") == []
    # an act told apart in the next sentence keeps its own toll
    [ev] = events_published_2024_05_14("Israel handed back the bodies of 60 Palestinians killed during the war on Monday. Separately, an "
                  "Israeli airstrike on a house in Deir al-Balah killed three people on Monday night, medics said.")
    assert (ev.sub_event_type, ev.killed["best"]) == ("Air/drone strike", 3)
    # the dead found are still the act's
    [ev] = events_published_2024_05_14("Police found the bodies of four men killed by gunmen in the village on Monday.")
    assert ev.killed["best"] == 4


def test_the_weapon_told_after_the_verb_decides_the_kind():
    [ev] = events_published_2024_05_14("Azerbaijani troops pounded Khankendi, the region's main city, with artillery on Monday, killing three "
                  "civilians, officials said.")
    assert (ev.sub_event_type, ev.actor1["name"]) == ("Shelling/artillery/missile attack", "Military Forces of Azerbaijan")
    [ev] = events_published_2024_05_14("Russian forces hit Nikopol with mortar fire on Monday, wounding two men, the governor said.")
    assert (ev.sub_event_type, ev.actor1["name"]) == ("Shelling/artillery/missile attack", "Military Forces of Russia")
    [ev] = events_published_2024_05_14("Israeli forces struck the border town of Khiam with drones on Monday, killing two people.")
    assert ev.sub_event_type == "Air/drone strike"


# From test_extraction_europe.py: Conflict copy from Europe, the Caucasus and Turkey: border incidents, dissident
# republicans, sabotage, unrest.

def test_an_anti_tank_mine_is_a_landmine():
    [ev] = extract_events("Two civilians were killed when their truck hit an anti-tank mine near the village on "
                          "Saturday.", published_at=SUN, toponyms=[], locations=[])
    assert ev.sub_event_type == "Remote explosive/landmine/IED"


def test_beating_journalists_who_cover_a_rally_is_an_attack_not_the_rally():
    # the rally the journalists cover is the scene; the act is the beating
    [ev] = extract_events("Masked men beat three reporters covering a protest in Tirana on Tuesday.",
                          published_at=SUN, toponyms=[], locations=[])
    assert ev.sub_event_type == "Attack"
    [ev] = extract_events("Unknown men beat up a student outside a mosque in Skopje on Friday.",
                          published_at=SUN, toponyms=[], locations=[])
    assert ev.sub_event_type == "Attack"


# From test_extraction_europe2.py: Political violence in Europe and the North Caucasus: lone attackers, riots,
# Northern Ireland, Kosovo, Corsica, Greece, Sweden's gangs, Dagestan and Ingushetia.

def test_attackers_counted_or_grouped_in_a_when_clause_did_the_passive_s_act():
    # "were killed when a group of armed men attacked a police post": the armed men killed the police, a clash
    for doers in ("a group of armed men", "about 30 heavily armed men", "30 gunmen"):
        [ev] = extract_events(f"Two police officers were killed when {doers} attacked a police post in Grozny on Friday "
                              "night.", published_at=SAT, toponyms=[], locations=[])
        assert ev.sub_event_type == "Armed clash"
        assert ev.actor1["name"].startswith("Unidentified Armed Group") and ev.actor2["name"].startswith("Police Forces")


def test_militants_neutralised_in_an_operation_the_force_tells_of_after_are_its_foes_in_a_clash():
    [ev] = extract_events("Three supporters of the Islamic State who were plotting terrorist attacks were neutralised "
                          "during a counter-terrorist operation in Makhachkala on Sunday, the FSB said.",
                          published_at=SAT, toponyms=[], locations=[])
    assert (ev.sub_event_type, ev.actor1["name"], ev.actor2["name"]) == (
        "Armed clash", "Police Forces of Russia", "Islamic State")


# From test_extraction_events.py: Event assembly on hand-made text and hand-made toponyms (no gazetteer needed).

def test_report_text():
    assert report_text("T", "B") == "T\n\nB"
    assert report_text(None, "B") == "B" and report_text("T", None) == "T"


def test_airstrike_with_spatial_phrase():
    text, events = seed3_events()
    assert len(events) == 1
    ev = events[0].to_dict()
    assert (ev["event_type"], ev["sub_event_type"]) == ("Explosions/Remote violence", "Air/drone strike")
    assert ev["actor1"]["name"] == "US-led Coalition" and ev["actor1"]["inter"] == 8
    assert ev["actor2"]["inter"] == 7
    assert (ev["killed"]["low"], ev["killed"]["best"], ev["killed"]["civilians"]) == (20, 20, 20)
    assert ev["wounded"]["best"] == 7                    # "two of those wounded" adds nobody
    assert (ev["date_start"], ev["date_end"], ev["date_precision"]) == ("2017-05-27", "2017-05-27", 1)
    assert ev["location"]["precision"] == 2 and abs(ev["location"]["lat"] - 35.878) < 1e-6
    span = ev["evidence"]["location"]
    assert text[span["start"]:span["end"]].startswith("eight kilometers south")
    span = ev["evidence"]["date"]
    assert text[span["start"]:span["end"]] == "on Saturday evening"
    assert ev["inferred"] == []
    assert ev["sub_event_type"] in SUB_EVENT_TYPES[ev["event_type"]]


def test_missing_and_abducted_on_the_event():
    text = "Gunmen attacked the village on Monday, killing 5 people. Four soldiers are missing and 12 women were abducted."
    ev = extract_events(text, published_at=dt.date(2017, 5, 31), toponyms=[], locations=[])[0]
    assert ev.missing["best"] == 4 and ev.abducted["best"] == 12
    assert text[ev.evidence["missing"]["start"]:ev.evidence["missing"]["end"]] == "Four soldiers are missing"
    assert ev.to_dict()["abducted"]["phrase"] == "12 women were abducted"


def test_the_agent_of_a_passive_shooting_acts():
    text = "A man was shot and wounded by a suspect Monday in Oakland, police said."
    ev = extract_events(text, published_at=dt.date(2018, 3, 5), toponyms=[], locations=[])[0]
    assert ev.actor1["name"].startswith("Unidentified Armed Group")
    text = "Police said a man was shot in the leg Friday."
    ev = extract_events(text, published_at=dt.date(2018, 3, 5), toponyms=[], locations=[])[0]
    assert ev.actor1 is None  # the police only speak


def test_beheading_and_neutralising_are_killings_and_a_headline_verb_in_ed_is_passive():
    text = "Insurgents beheaded five villagers in the district on Wednesday."
    attack = only_event(text, dt.date(2022, 4, 15))
    assert (attack.sub_event_type, attack.killed["best"], attack.actor2["name"]) == ("Attack", 5, "Civilians")
    text = "The army said its troops neutralised about 40 terrorists near the border on Monday."
    clash = only_event(text, dt.date(2023, 3, 8))
    assert clash.killed["best"] == 40
    # a device neutralised is no one killed
    text = "Engineers neutralised an explosive device on the road on Monday."
    assert all(e.killed is None for e in extract_events(text, published_at=dt.date(2023, 3, 8), toponyms=[],
                                                          locations=[]))
    text = report_text("Soldiers ambushed near the border", "Gunmen ambushed an army patrol on Sunday, killing six soldiers.")
    clash = only_event(text, dt.date(2023, 3, 8))
    assert (clash.sub_event_type, clash.actor1["name"], clash.actor2["name"]) == \
        ("Armed clash", "Unidentified Armed Group", "Military Forces")


def test_dead_fighters_beside_civilians_do_not_make_an_attack_on_civilians_a_clash():
    text = ("Suspected jihadists attacked a passenger boat on the river on Thursday, killing 49 civilians, and a "
            "military camp, killing 15 soldiers.")
    event = only_event(text, dt.date(2023, 9, 9))
    assert (event.sub_event_type, event.actor2["name"]) == ("Attack", "Civilians")


def test_a_state_s_strike_maoists_gunfights_and_a_stormed_station():
    strike = only_event(report_text("Israeli strike kills Hezbollah commander", ""), dt.date(2024, 7, 31))
    assert (strike.sub_event_type, strike.actor1["name"]) == ("Air/drone strike", "Military Forces of Israel")
    gunfight = only_event("Security forces killed four Maoists in a gunfight in a forest on Saturday.", dt.date(2024, 4, 21))
    assert (gunfight.sub_event_type, gunfight.actor2["name"]) == \
        ("Armed clash", "CPI (Maoist): Communist Party of India (Maoist)")
    storming = only_event("Hooded gunmen stormed a television station on Tuesday, taking staff hostage.",
                          dt.date(2024, 1, 10))
    assert storming.sub_event_type == "Abduction/forced disappearance"   # no territory taken


def test_armed_group_storming_a_building_is_an_attack():
    ev = only_event("Gunmen stormed a prison in the north on Saturday night, freeing hundreds of inmates, officials said.",
                    dt.date(2024, 3, 3)).to_dict()
    assert ev["sub_event_type"] == "Attack" and ev["actor1"]["inter"] == 3
    # a state force's storming is a raid: the arrest is the event, and alone it is none
    assert only_event("Police stormed the house on Monday and arrested him.", dt.date(2024, 3, 5)).sub_event_type == "Arrests"
    assert not extract_events("Soldiers stormed the hotel on Monday.", published_at=dt.date(2024, 3, 5), toponyms=[],
                              locations=[])


def test_sabotage_with_explosives_is_a_remote_explosive():
    train = only_event("Partisans blew up a freight train carrying fuel near the town on Tuesday, the movement said.",
                       dt.date(2024, 3, 14))
    assert (train.sub_event_type, train.actor1["inter"]) == ("Remote explosive/landmine/IED", 3)
    pipeline = only_event("A gas pipeline was blown up in the north on Sunday, security sources said.", dt.date(2024, 3, 14))
    assert pipeline.sub_event_type == "Remote explosive/landmine/IED"
    # blowing up what is no target of sabotage is no act ("the singer blew up on social media")
    assert extract_events("Her video blew up on social media on Sunday.", published_at=dt.date(2024, 3, 14),
                          toponyms=[], locations=[]) == []


def test_a_claim_after_the_group_acronym_in_brackets_names_the_bomber():
    text = ("A suicide bomber blew himself up outside a government office in Kabul on Monday, killing six people. "
            "Islamic State Khorasan Province (ISKP) claimed responsibility through its Amaq news agency.")
    assert only_event(text, dt.date(2024, 9, 3)).actor1["name"] == "Islamic State Khorasan Province"


def test_a_missile_on_a_ship_at_sea_is_a_missile_attack_placed_at_sea():
    red_sea = Place(None, "Red Sea", 20.0, 38.0, "H", "SEA", None, None, 0)
    hodeidah = Place(79415, "Al Hudaydah", 14.8, 42.95, "P", "PPLA", "YE", "08", 400000)
    text = ("Houthi fighters hit a Greek-owned tanker with a ballistic missile in the Red Sea some 60 nautical miles "
            "west of Hodeidah on Monday, killing two sailors, a maritime agency said. "
            "It was the second deadly attack on shipping this year.")
    [event] = extract_events(text, published_at=dt.date(2024, 7, 2), locations=[],
                             toponyms=[toponym(text, "Red Sea", red_sea, 7), toponym(text, "Hodeidah", hodeidah)])
    assert event.sub_event_type == "Shelling/artillery/missile attack"
    assert event.location["name"] == "Red Sea"


def test_war_reports_told_by_ministries_and_tolls_of_strikes():
    drones = extract_events("The air force said it shot down 31 of 35 Shahed drones launched overnight. Debris damaged "
                            "homes, but no one was injured.", published_at=dt.date(2024, 6, 1), toponyms=[],
                            locations=[])
    assert [e.sub_event_type for e in drones] == ["Disrupted weapons use"]     # "no one was injured" is no attack
    taken = only_event("Russia's defence ministry said on Sunday its forces had captured the village.", dt.date(2024, 5, 5))
    assert (taken.event_type, taken.actor1["name"]) == ("Battles", "Military Forces of Russia")
    strikes = only_event("The health ministry said 35 Palestinians were killed in Israeli strikes on Friday.",
                         dt.date(2024, 5, 10))
    assert (strikes.sub_event_type, strikes.actor1["name"], strikes.killed["best"]) == \
        ("Air/drone strike", "Military Forces of Israel", 35)


def test_what_the_attackers_did_after_is_the_attack_s():
    # (and "attackers" is no "attack")
    [attack] = extract_events("Gangs attacked the suburb before dawn on Monday, killing at least 12 people. The attackers "
                              "looted homes and set cars on fire.", published_at=dt.date(2024, 3, 19),
                              toponyms=[], locations=[])
    assert (attack.sub_event_type, attack.killed["best"]) == ("Attack", 12)
    [shooting] = extract_events("A man was shot in the leg on Elm Street on Friday. The shooter fled the scene in a gray "
                                "sedan, police said.", published_at=dt.date(2018, 3, 17), toponyms=[], locations=[])
    assert shooting.wounded["best"] == 1
    assert [e.sub_event_type for e in extract_events("Unknown attackers set fire to a shelter overnight.",
                                                     published_at=dt.date(2024, 2, 12), toponyms=[], locations=[])] == \
        ["Looting/property destruction"]


def test_attackers_who_storm_a_village_and_open_fire_attack_it():
    [attack] = extract_events("Gunmen killed 21 civilians in an attack on a village on Friday, the ministry said. The "
                              "attackers, who arrived on motorcycles, stormed the village and opened fire on residents.",
                              published_at=dt.date(2024, 6, 16), toponyms=[], locations=[])
    assert (attack.sub_event_type, attack.killed["civilians"]) == ("Attack", 21)


def test_a_force_that_struck_a_group_s_targets_made_an_air_strike_on_it():
    day = dt.date(2025, 4, 2)
    event = only_event("The U.S. military struck Houthi targets in Saada province on Tuesday night.", day)
    assert (event.sub_event_type, event.actor2["name"]) == ("Air/drone strike", "Ansar Allah (Houthis)")
    event = only_event("French jets hit jihadist targets near Gao on Tuesday, killing nine militants.", day)
    assert event.sub_event_type == "Air/drone strike"
    assert extract_events("The retailer hit its sales targets in every region on Tuesday.", published_at=day,
                          toponyms=[], locations=[]) == []


def test_an_attack_that_only_takes_hostages_is_the_hostage_taking():
    bus = only_event("Armed men attacked a bus on the highway on Saturday, taking 18 passengers hostage.", dt.date(2024, 2, 3))
    assert bus.sub_event_type == "Abduction/forced disappearance"
    hurt = only_event("Armed men attacked a bus on the highway on Saturday, wounding two and taking 18 passengers hostage.",
                      dt.date(2024, 2, 3))
    assert hurt.sub_event_type == "Attack"  # someone hurt: an attack that also took hostages


# From test_extraction_extras.py: Reports that are mostly no report of a new act (anniversaries, profiles, trials,
# explainers, survivors' accounts): what they recall is no event of theirs.

def test_attacks_told_before_that_strikes_have_not_stopped_are_no_clash():
    assert extract_events("The strikes have not stopped the attacks.", published_at=dt.date(2024, 12, 5), toponyms=[],
                          locations=[]) == []


# From test_extraction_fronts.py: War-front copy: weapons named with their launcher, interceptions, demonyms before a
# weapon's kind.

def test_a_killing_told_with_the_victim_between_its_verb_and_to_death_is_an_act():
    for text, killed in (("Gunmen beat a man to death in the market on Sunday.", 1),
                         ("Militants hacked two farmers to death on Sunday.", 2),
                         ("Villagers burned a suspected thief to death on Sunday.", 1)):
        events = extract_events(text, published_at=dt.date(2025, 5, 20), toponyms=[], locations=[])
        assert [e.killed["best"] for e in events] == [killed], text


def test_a_weapon_that_kills_types_the_act():
    for text, sub in (("Russian missiles killed four people in the city on Monday.", "Shelling/artillery/missile attack"),
                      ("Russian artillery killed two civilians on Monday.", "Shelling/artillery/missile attack"),
                      ("Israeli drones killed three people on Monday.", "Air/drone strike")):
        events = extract_events(text, published_at=dt.date(2025, 5, 20), toponyms=[], locations=[])
        assert [e.sub_event_type for e in events] == [sub], text


# From test_extraction_isiswar.py: War reports of Syria and Iraq, 2014-2019 (the isiswar round): short reports of our
# own.

def test_syrian_government_helicopters_are_its_air_force():
    evs = helpers.report_events("Syrian government helicopters dropped barrel bombs on the town of Darayya on Wednesday, killing "
                  "at least 12 civilians, a monitor said.", published="2016-05-04", geoparser=helpers.GEOPARSER)
    assert evs and evs[0]["sub_event_type"] == "Air/drone strike"
    assert _names(evs[0])[0] == "Military Forces of Syria (2000-2024)"


# From test_extraction_latam.py: Organised armed violence in Latin America and the Caribbean: cartels, gangs,
# guerrillas and their acts.

def test_explosives_dropped_from_drones_are_a_drone_strike():
    ev = only_event("Cartel gunmen dropped explosives from drones on a hamlet on Monday, wounding two farmers.", MON_2025_03_03)
    assert (ev.event_type, ev.sub_event_type) == ("Explosions/Remote violence", "Air/drone strike")
    ev = only_event("The rebels attacked an army post with explosive-laden drones on Monday, killing a soldier.", MON_2025_03_03)
    assert ev.sub_event_type == "Air/drone strike" and ev.actor1["inter"] == 2
    ev = only_event("Troops intercepted an explosive-laden drone over the base on Monday.", MON_2025_03_03)
    assert ev.sub_event_type == "Disrupted weapons use"


# From test_extraction_latam2.py: Latin America and the Caribbean, second round: the maras, Haiti's police and the
# Kenyan-led mission, and where a wire report's act happened when its dateline is the capital it was filed from.

def test_drones_deployed_by_a_force_that_kill_are_its_drone_strike():
    [ev] = helpers.report_events("Drones deployed by the police killed eight gang members in Port-au-Prince on Monday.", geoparser=helpers.GEOPARSER, published="2025-06-10")
    assert (ev["sub_event_type"], ev["actor1"]["name"]) == ("Air/drone strike", "Police Forces of Haiti")
    [ev] = helpers.report_events("Explosive drones deployed by a government task force killed eight gang members in Port-au-Prince on Monday.", geoparser=helpers.GEOPARSER, published="2025-06-10")
    assert ev["sub_event_type"] == "Air/drone strike"


# From test_extraction_launches.py: Missile, rocket and drone launches and their interception: where they fell, who
# fired them, tests and tallies.

def test_an_air_raid_siren_is_a_warning_not_an_air_raid():
    evs = helpers.events("Air raid sirens sounded across the capital on Monday night; no strikes were reported.", published=helpers.MON_2025_03_03)
    assert [ev.sub_event_type for ev in evs] == []


def test_a_fire_a_downed_weapon_s_debris_set_is_the_strike_s_harm_not_arson():
    [ev] = helpers.events("On Monday night debris from a downed drone set fire to a garage in the city and wounded a woman.", published=helpers.MON_2025_03_03)
    assert ev.sub_event_type == "Air/drone strike"


# From test_extraction_leftovers.py: Kinds other rounds left: parties written with a word that tells what they are,
# governments as parties, arrests of people unnamed, deaths in custody, a lynching's victim, tolls of two verbs, a
# pronoun's dead, a speaker's venue.

def test_a_death_in_custody_is_the_holders_act():
    assert helpers.codings("A detainee died in police custody on Monday, his family said.", published=helpers.TUE_2025_06_10) == [
        ("Attack", "Police Forces", "Civilians")]
    assert killed("A detainee died in police custody on Monday, his family said.") == [1]


# From test_extraction_levant.py: Middle East conflict copy of 2024-2026: Gaza tolls, IDF statements, West Bank raids,
# Lebanon, Yemen, Syria, Iraq.

def test_what_an_army_strikes_by_name_is_an_air_strike():
    assert helpers.only_event("The army struck a militia command centre near the river on Thursday.", published=helpers.FRI_2025_08_29).sub_event_type == "Air/drone strike"
    ev = helpers.only_event("Israel struck the southern suburbs of the capital on Thursday, hitting a block of flats.", published=helpers.FRI_2025_08_29)
    assert (ev.sub_event_type, ev.actor1["name"]) == ("Air/drone strike", "Military Forces of Israel")
    ev = helpers.only_event("The IDF struck Hezbollah weapons storage sites in the south on Wednesday.", published=helpers.FRI_2025_08_29)
    assert (ev.sub_event_type, ev.actor2["name"]) == ("Air/drone strike", "Hezbollah")


# From test_extraction_levant2.py: Middle East conflict copy, a second round: war tolls, CENTCOM, Syria's new forces,
# UNIFIL, settlers, launches.

def test_the_day_a_war_began_dates_its_tally_not_an_event():
    evs = helpers.events("Warplanes struck a house in the south of the territory on Saturday, killing five people. "
                     "Officials said the deaths raised the toll since the war began on March 3, 2024, to 9,120.", published=helpers.SAT_2025_08_30)
    assert [(str(ev.date_start), (ev.killed or {}).get("best")) for ev in evs] == [("2025-08-30", 5)]


def test_a_force_that_says_it_carried_out_strikes_did_them():
    [ev] = helpers.events("US Central Command said it carried out strikes on rebel radar sites near the coast on Saturday.", published=helpers.SAT_2025_08_30)
    assert (ev.sub_event_type, ev.actor1["name"]) == ("Air/drone strike", "Military Forces of the United States")
    [ev] = helpers.events("The army said it conducted airstrikes on militant hideouts in the hills on Saturday.", published=helpers.SAT_2025_08_30)
    assert ev.actor1 is not None


# From test_extraction_merging.py: One incident, one event: a toll of none told after the act, a death in custody and
# the arrest before it, a force that kills the men of the attack just told; and what stays apart (another day's
# operation, a strike in response).

def test_a_force_that_kills_the_attackers_fights_one_clash():
    assert codings("Two gunmen attacked a checkpoint on Monday. Soldiers shot them dead, an official said.") == [
        ("Armed clash", "Unidentified Armed Group", "Military Forces", 2)]
    assert [c[:3] for c in codings("Three gunmen attacked a border post on Monday. Troops returned fire and killed all three.")] == [
        ("Armed clash", "Unidentified Armed Group", "Military Forces")]
    # (an operation days later is an event of its own)
    assert len(codings("Gunmen killed five villagers on Friday. On Monday, troops killed three of the attackers in an "
                       "operation in a nearby forest.")) == 2


def test_the_ensuing_fight_is_the_attacks():
    found = codings("Two suicide bombers drove a truck into the gate of an army camp on Monday, killing nine soldiers. "
                    "Four attackers were killed by troops in the ensuing clash.")
    assert len(found) == 1 and found[0][0] == "Suicide bomb" and found[0][2] == "Military Forces"
    # (a strike in response, told on another day, stays apart)
    assert len(codings("Militants attacked an army post on Monday, killing nine soldiers. In response, the army carried out "
                       "airstrikes on militant hideouts on Wednesday, killing 20 militants.")) == 2


# From test_extraction_protests.py: Protests, riots and strategic developments on sentences of our own (no gazetteer
# needed).

def test_a_lynching_kills_its_victims():
    assert helpers.report_codings("", "A mob beat a man to death in the market on Monday after accusing him of theft.", published=dt.date(2025, 3, 12)) == \
        [("Riots", "Mob violence", "Rioters", "Civilians", 1)]
    assert helpers.report_codings("", "Villagers lynched two men suspected of stealing a goat on Sunday evening, police said.", published=dt.date(2025, 3, 12)) == \
        [("Riots", "Mob violence", "Rioters", "Civilians", 2)]
    assert helpers.report_codings("", "Attackers hacked three farmers to death on Monday.", published=dt.date(2025, 3, 12))[0][4] == 3


# From test_extraction_releases.py: The end of a captivity and other acts that are not the violence they name:
# releases, rescues, escapes, verdicts on old attacks and anniversaries.

def test_an_anniversary_recalls_its_act():
    assert helpers.events("Survivors gathered on Tuesday to mark 20 years since the massacre in which about 300 villagers "
                  "were killed.", published=helpers.WED_2025_11_26) == []
    assert helpers.events("Twelve years after militants abducted 100 schoolgirls, 40 remain missing, a charity said on "
                  "Tuesday.", published=helpers.WED_2025_11_26) == []


# From test_extraction_sitrepsfix.py: Sitreps and daily summaries (fixing round): running totals over long windows,
# summaries above lists, weekly overviews dated at the end of the sentence, sub-types, actors and combined figures.

def test_shells_that_landed_and_bombs_a_jet_or_drone_dropped_tell_the_kind_of_strike():
    text = "Shells landed on the displacement camp on Sunday, killing four civilians and injuring nine others."
    assert kinds(events(text, published=dt.date(2025, 5, 13))) == [("Shelling/artillery/missile attack", 4)]
    text = "On Saturday, a military jet dropped two bombs on a monastery in the town, killing six people sheltering there."
    assert kinds(events(text, published=dt.date(2025, 2, 10))) == [("Air/drone strike", 6)]


def test_a_daily_summary_s_places_each_open_an_act_and_a_sniper_s_killing_is_no_strike():
    text = ("In Kherson, a Russian drone dropped explosives on a minibus, killing one man and injuring five others. "
            "In Odesa, a Russian sniper killed a woman who was working in her garden.")
    evs = events(text, [("Kherson", KHERSON, 0), ("Odesa", ODESA, 0)], published=dt.date(2025, 7, 2))
    assert sorted((ev.location["name"], ev.sub_event_type) for ev in evs) == [
        ("Kherson", "Air/drone strike"), ("Odesa", "Attack")]


def test_assaults_repelled_are_a_clash_of_the_assaulting_side_on_the_defenders():
    text = ("In the Kherson direction, Ukrainian defenders repelled 47 Russian assaults near the city over the past day, "
            "the General Staff said.")
    evs = events(text, [("Kherson", KHERSON, 0)], published=dt.date(2025, 5, 20))
    assert [(ev.sub_event_type, ev.actor1["name"], ev.actor2["name"]) for ev in evs] == [
        ("Armed clash", "Military Forces of Russia", "Military Forces of Ukraine")]
    text = "In the Odesa direction, Ukrainian forces stopped four enemy attacks near the city, the General Staff said."
    evs = events(text, [("Odesa", ODESA, 0)], published=dt.date(2025, 5, 20))
    assert [(ev.sub_event_type, ev.actor1["name"]) for ev in evs] == [("Armed clash", "Military Forces of Russia")]


# From test_extraction_southasia.py: South and Southeast Asian usage: encounters, jawans, martyrs; the region's armed
# groups by name.

def test_an_encounter_with_security_forces_is_a_gun_battle():
    ev = helpers.only_event("Seven Naxalites were killed in an encounter with security forces in the forest on Tuesday, police said.", published=helpers.WED_2025_03_12)
    assert (ev.event_type, ev.sub_event_type) == ("Battles", "Armed clash")
    assert ev.actor1["name"].startswith("Military Forces")  # (the country is the places' to tell)
    assert ev.actor2["name"] == "CPI (Maoist): Communist Party of India (Maoist)"
    assert ev.killed["best"] == 7


def test_an_encounter_that_broke_out_is_a_fight_and_a_frightening_one_with_crooks_is_not():
    ev = helpers.only_event("An encounter broke out between troops and NPA rebels in the village on Tuesday, leaving two rebels dead.", published=helpers.WED_2025_03_12)
    assert ev.sub_event_type == "Armed clash"
    events = extract_events("A woman told of her frightening encounter with the crooks on Tuesday.", published_at=WED_2025_03_12,
                            toponyms=[], locations=[])
    assert "Armed clash" not in [ev.sub_event_type for ev in events]


# From test_extraction_statemedia.py: Conflict news as state and official media write it in English: defence
# ministries' and their agencies' words for killing the enemy ("eliminated", "liquidated", "sent to hell", "the enemy
# lost up to 45 servicemen"), a soldier's death ("embraced shahadat"), the epithets they name the enemy by ("khwarij",
# "PKK/YPG terrorists", "terrorist PDF", "the Zionist regime"), and an agency's dateline credit ("ANKARA (AA) -").

def test_a_ministry_s_strike_on_a_deployment_point_is_an_air_strike_with_its_dead():
    [ev] = helpers.events("Russian Aerospace Forces struck a temporary deployment point of Ukrainian units in Kupyansk on Monday "
                  "night, eliminating up to 30 servicemen, the Russian Defence Ministry said.", published=helpers.TUE_2024_06_04)
    assert (ev.sub_event_type, ev.actor1["name"], ev.killed["best"]) == ("Air/drone strike", "Military Forces of Russia", 30)


# From test_extraction_strategic.py: ACLED's strategic developments and less common kinds: agreements, bases, a
# group's changes, territory handed over, weapons seized; with no act told, no event.

def test_kidnappers_are_an_armed_group():
    assert helpers.codings("Kidnappers seized two aid workers on Saturday and demanded a ransom.", published=helpers.TUE_2024_06_11)[0][1:] == (
        "Unidentified Armed Group", "Civilians")


# From test_extraction_subtypes.py: ACLED sub-event types told apart from their neighbours: fire on a crowd named with
# a word before it, an act still to come when another happened, men a crowd only takes for kidnappers, munitions
# listed in a seized cache.

def test_a_chemical_agent_named_as_what_a_weapon_held():
    [(sub, a1, _)] = helpers.codings("Russian troops used grenades filled with chloropicrin against Ukrainian positions on Tuesday.", published=helpers.TUE_2024_07_16, fields=("sub_event_type", "actor1.name", "killed.best"))
    assert (sub, a1) == ("Chemical weapon", "Military Forces of Russia")
    [(sub, _, _)] = helpers.codings("Helicopters dropped barrel bombs containing chlorine on the town on Tuesday, injuring 20 people.", published=helpers.TUE_2024_07_16, fields=("sub_event_type", "actor1.name", "killed.best"))
    assert sub == "Chemical weapon"


# From test_extraction_ukraine2.py: The Russia-Ukraine war as wire and local copy tells it day by day (round
# ukraine2).

def test_a_bare_strike_takes_the_weapon_another_telling_names():
    [ev] = extract_events("Russian strike on Ternopil apartment blocks kills 19\n\nAt least 19 people were killed when "
                          "Russian missiles hit two apartment blocks on Friday, the Interior Ministry said.",
                          published_at=FRI, toponyms=[], locations=[])
    assert ev.sub_event_type == "Shelling/artillery/missile attack"
    [ev] = extract_events("Russian strike on the town kills three\n\nRussian forces struck the town with missiles on "
                          "Friday, killing three people.", published_at=FRI, toponyms=[], locations=[])
    assert ev.sub_event_type == "Shelling/artillery/missile attack"
    # (a strike with no weapon named stays the air strike it is read as)
    [ev] = extract_events("A Russian strike on the town killed three people on Friday.",
                          published_at=FRI, toponyms=[], locations=[])
    assert ev.sub_event_type == "Air/drone strike"


def test_a_country_that_fires_missiles_and_drones_at_a_target_strikes_it():
    [ev] = extract_events("Russia fired missiles and drones at Ukrainian power plants on Friday, forcing emergency "
                          "blackouts.", published_at=FRI, toponyms=[], locations=[])
    assert ev.sub_event_type == "Shelling/artillery/missile attack" and ev.actor1["name"] == "Military Forces of Russia"


def test_a_struck_ammunition_depot_is_a_strike():
    [ev] = extract_events("Ukraine's military said on Friday it had struck an ammunition depot near the town.",
                          published_at=FRI, toponyms=[], locations=[])
    assert ev.sub_event_type == "Air/drone strike" and ev.actor1["name"] == "Military Forces of Ukraine"


# From test_extraction_westfix.py: West Asia fixes: victims counted 'along with' the one told, a protest's crowd
# before the force that intervenes, unclaimed strikes' unidentified doers, victims' own words over their target's
# owner, and the region's spellings.

def test_a_quadcopter_dropping_an_explosive_is_a_drone_strike():
    [ev] = helpers.events("Three children were killed when a quadcopter dropped an explosive on their house on Wednesday.", published=dt.date(2025, 4, 30))
    assert (ev.sub_event_type, ev.killed["best"]) == ("Air/drone strike", 3)


def test_a_bomb_told_by_its_kind_is_an_explosive_device():
    [ev] = helpers.events("A sticky bomb attached to his car killed a district official along with two of his guards on "
                  "Monday, sources said. No group has claimed responsibility.", published=dt.date(2025, 6, 2))
    assert (ev.sub_event_type, ev.actor1["name"], ev.killed["best"]) == (
        "Remote explosive/landmine/IED", "Unidentified Armed Group", 3)


def test_shells_fired_by_a_group_that_fell_on_a_place_are_its_shelling():
    # the doer told in the weapon's "fired by", the act in its "fell on": the group's shelling, not an attack on it
    assert codings("Three civilians were killed on Monday when shells fired by M23 rebels fell on a market.") == [
        ("Shelling/artillery/missile attack", "M23: March 23 Movement", "Civilians", 3)]


def test_drones_launched_at_a_country_are_its_forces_drone_strike_where_they_hit():
    # the launch, its interceptions and the hit of one that got through are one strike by the launcher
    text = ("Russia launched 40 drones at Ukraine overnight, the air force said on Tuesday. Air defences shot down 35 "
            "of them, and debris from one drone hit a house in the city, wounding two people.")
    assert [(e.sub_event_type, e.actor1["name"], e.wounded["best"])
            for e in helpers.events(text, dt.date(2025, 5, 20))] == [("Air/drone strike", "Military Forces of Russia", 2)]


def test_a_punch_a_kick_or_a_beating_given_a_person_is_an_attack():
    # force short of a weapon's use in local crime copy ("punched a woman", "choked his girlfriend", "beat his
    # neighbour with a baseball bat", "was kicked and punched by a group"); not a boxer's or a team's wins
    day = dt.date(2024, 3, 8)
    for text in ("A man punched a woman in the face on Thursday in Jersey City, police said.",
                 "A man beat his neighbour with a baseball bat on Thursday, police said.",
                 "A Fargo man choked his girlfriend and kicked her repeatedly at their apartment on Thursday, police said.",
                 "A 16-year-old boy was kicked and punched by a group of youths at a train station on Thursday."):
        assert [(e.event_type, e.sub_event_type) for e in helpers.events(text, published=day)] == \
            [("Violence against civilians", "Attack")], text
    for text in ("Marcus Hill punched his way to the light heavyweight title on Thursday night in Las Vegas.",
                 "The Boston Celtics beat the Lakers 118-104 on Thursday night.",
                 "Deputies said a man kicked her door in on Thursday and took a television."):
        assert "Attack" not in [e.sub_event_type for e in helpers.events(text, published=day)], text


def test_a_gun_shown_with_no_aim_told_is_an_attack_and_a_gun_safety_video_is_none():
    # (the noshot round: GVA's incidents where nobody is hit; with no day in the text the event takes the report's day)
    day = dt.date(2024, 4, 15)
    for text in ("A driver showed a gun to another motorist during a road rage confrontation on Sunday, deputies said.",
                 "The man came out of his house and brandished a shotgun while yelling at his neighbor, police said.",
                 "A student was seen displaying a gun in the school parking lot, police said. Nobody was hurt.",
                 "A man showed a gun over his steering wheel while driving past picketers, police said."):
        assert [(e.event_type, e.sub_event_type) for e in helpers.events(text, published=day)] == \
            [("Violence against civilians", "Attack")], text
    assert "Attack" not in [e.sub_event_type for e in helpers.events(
        "Teachers showed a gun safety video to eighth-graders on Sunday, the district said.", published=day)]


def test_a_gun_aimed_at_a_person_and_not_fired_is_an_attack_but_a_robber_s_is_the_robbery():
    day = dt.date(2024, 4, 15)
    for text in ("A man pointed a gun at a driver in a grocery store parking lot on Sunday, deputies said. No one was injured.",
                 "A woman was held at gunpoint by her former boyfriend on Sunday at her apartment, police said.",
                 "A driver pulled alongside her car on Sunday and held up a handgun, troopers said. No shots were fired.",
                 # ("robber" alone tells no robbery the rules read: the threat is the act)
                 "A robber pulled out a gun on her Sunday night and ordered her to the ground, police said."):
        assert [(e.event_type, e.sub_event_type) for e in helpers.events(text, published=day)] == \
            [("Violence against civilians", "Attack")], text
    # (the robbery2 round's rule: a robbery with nobody hurt is the looting)
    assert [e.sub_event_type for e in helpers.events(
        "Two men robbed a jewelry store on Sunday, police said. One pointed a gun at the clerk. No one was hurt.",
        published=day)] == ["Looting/property destruction"]


def test_a_shot_told_by_how_often_or_by_the_bullet_that_hit_a_person_is_an_attack():
    assert [ev.sub_event_type for ev in events(
        "WICHITA, Kan. — A robber fired once, striking the clerk in the arm, police said Friday.")] == ["Attack"]
    assert [(ev.sub_event_type, (ev.wounded or {}).get("best")) for ev in events(
        "MEMPHIS, Tenn. — A stray bullet struck a 7-year-old girl sitting on her porch Friday. She is expected to "
        "survive.")] == [("Attack", 1)]
    # (not a worker fired twice, nor a bullet that hit a thing, nor a batter's strike-outs)
    assert events("The club said Friday that the manager was fired twice in three years.") == []
    assert "Attack" not in [ev.sub_event_type for ev in events("Police said a bullet hit her television on Friday.")]
    assert events("The pitcher struck out three batters on Friday and the team won 4-2.") == []
    # (a gun that went off by itself is no one's shot; an army's tally of its fire is its shelling's)
    assert "Attack" not in [ev.sub_event_type for ev in events(
        "A deputy's gun went off in a theater on Saturday night. He was adjusting his holster when the gun fired once.")]
    assert [ev.sub_event_type for ev in events(
        "Russian forces shelled Kherson overnight, killing one man, officials said on Saturday. Over the past day "
        "Russian troops fired 76 times on Kherson region.")] == ["Shelling/artillery/missile attack"]


def test_a_vehicle_packed_with_explosives_is_a_bomb_s_blast_not_a_clash():
    # a truck bomb set off at a base: the device's kind, not a fight with the soldiers there
    assert codings("Two soldiers were killed and 27 wounded when a truck packed with explosives blew up at a military "
                   "base on Tuesday, the army said. The attack was blamed on ELN rebels.") == \
        [("Remote explosive/landmine/IED", "ELN: National Liberation Army", "Military Forces", 2)]


def test_the_shell_a_roadside_bomb_is_made_from_is_no_shelling():
    # "made from a mortar round": the device's material; the roadside bomb is the act
    assert codings("Three soldiers were wounded when a roadside bomb exploded as their truck passed on Wednesday. The "
                   "improvised explosive device was made from a mortar round and detonated by mobile phone, the army "
                   "said.") == [("Remote explosive/landmine/IED", "Unidentified Armed Group", "Military Forces", None)]


def test_a_force_s_headquarters_seized_is_territory_taken():
    # (Sudan's war: "seized the army's 6th Infantry Division headquarters in El Fasher")
    text = ("Sudan's Rapid Support Forces said on Sunday they had seized the army's 6th Infantry Division headquarters "
            "in El Fasher after an 18-month siege.")
    [ev] = extract_events(text, published_at=dt.date(2025, 10, 27), toponyms=[], locations=[])
    assert (ev.sub_event_type, ev.actor1["name"]) == ("Non-state actor overtakes territory", "RSF: Rapid Support Forces")


def test_a_place_seized_by_its_name_alone_is_territory_taken():
    # ("M23 rebels seized Goma on Monday", "Fano militiamen seized Lalibela ... after clashes with the army")
    for text, loser in (("M23 rebels seized Goma on Monday.", None),
                        ("Fano militiamen seized Lalibela on Wednesday after clashes with the army.",
                         "Military Forces")):
        [ev] = extract_events(text, published_at=dt.date(2025, 1, 30), toponyms=[], locations=[])
        assert ev.sub_event_type == "Non-state actor overtakes territory", text
        assert (ev.actor2 or {}).get("name") == loser, text
    # (not what police seize: "seized guns from the residence", "seized Smith's car")
    for text in ("Police seized guns from the residence.", "Police seized Smith's car on Monday."):
        assert all(e.sub_event_type != "Government regains territory"
                   for e in extract_events(text, published_at=dt.date(2025, 1, 30), toponyms=[], locations=[])), text


def test_a_village_stormed_with_no_one_told_fighting_back_is_an_attack():
    # (Sudan's Gezira: "RSF fighters stormed the village twice" told after the killing of its people)
    text = ("Sudan's Rapid Support Forces killed more than 100 people in an attack on the village on Wednesday. "
            "Activists said RSF fighters stormed the village twice.")
    [ev] = extract_events(text, published_at=dt.date(2024, 6, 7), toponyms=[], locations=[])
    assert (ev.sub_event_type, ev.actor2["name"]) == ("Attack", "Civilians")
    # (a fight told with it stays a fight)
    [ev] = extract_events("Jihadists stormed the village on Sunday and clashed with VDP volunteers, killing 12.",
                          published_at=dt.date(2024, 6, 7), toponyms=[], locations=[])
    assert ev.sub_event_type == "Armed clash"


def test_fire_on_a_place_with_heavy_weapons_is_a_shelling():
    # "fired on the city with 155mm artillery": the shelling told before, no shooting of its own (not a gunman's "fired on
    # a bus with rifles")
    evs = events_published_2024_05_14("Two civilians were killed when Ukrainian troops shelled a district of Donetsk on "
                                       "Sunday, the city's head said. The Ukrainian armed forces fired on the city with "
                                       "155mm artillery, he said.")
    assert [e.sub_event_type for e in evs] == ["Shelling/artillery/missile attack"]
    [ev] = events_published_2024_05_14("Gunmen fired on a bus with rifles on Sunday, killing two passengers.")
    assert ev.event_type == "Violence against civilians"


def test_people_hurt_by_falling_debris_were_hurt_by_an_air_strike():
    # what an air attack brought down hurt them (a drone's, a missile's where the clause names one): no attack by men
    for text, sub in (("Falling debris damaged a warehouse in the port city and two security guards were injured, the "
                       "governor said on Tuesday.", "Air/drone strike"),
                      ("Two people were injured by falling debris in the capital on Tuesday.", "Air/drone strike"),
                      ("Debris from a downed missile fell on a house and a woman was injured on Tuesday.",
                       "Shelling/artillery/missile attack")):
        [ev] = events_published_2024_05_14(text)
        assert (ev.event_type, ev.sub_event_type) == ("Explosions/Remote violence", sub), text


def test_a_site_struck_with_missiles_or_rockets_is_a_missile_attack_not_an_air_strike():
    # "struck ... headquarters" is an army's air strike unless the sentence names the weapon it was struck with
    assert codings("Iran's Revolutionary Guards said on Tuesday they had struck an Israeli espionage headquarters in "
                   "Erbil with ballistic missiles, killing four civilians.")[0][0] == "Shelling/artillery/missile attack"
    assert codings("Hezbollah said it struck Israeli military sites near Metula with rockets on Monday.")[0][:2] == \
        ("Shelling/artillery/missile attack", "Hezbollah")
    assert codings("The Israeli military said it struck a Hezbollah weapons depot in Nabatieh on Monday.")[0][0] == \
        "Air/drone strike"


def test_a_target_in_scare_quotes_is_struck_all_the_same():
    # an army's words quoted ("terror infrastructure", "espionage headquarters") are still what it struck
    assert codings('The Israeli military said it struck "terror infrastructure" in Jenin on Monday.')[0][:2] == \
        ("Air/drone strike", "Military Forces of Israel")
    assert codings('Iran\'s Revolutionary Guards said on Tuesday they had struck an Israeli "espionage headquarters" in '
                   "Iraq's Kurdistan region with ballistic missiles.")[0][:2] == \
        ("Shelling/artillery/missile attack", "Military Forces of Iran")


def test_settlers_who_rampage_through_a_village_attack_its_people():
    # the rampage is the act (its arson told with it), and the settlers its doers
    assert codings("Hundreds of Israeli settlers rampaged through the Palestinian village of Turmus Ayya in the occupied "
                   "West Bank on Wednesday, setting fire to houses and cars.")[0][:3] == \
        ("Attack", "Settlers (Israel)", "Civilians")  # (no place read here: no country for the civilians)


def test_drones_fired_with_missiles_are_the_missile_attack_s_and_drones_alone_a_drone_strike():
    # (ACLED: a mixed salvo's missiles fired from afar type it)
    for text in ("Russia attacked the city of Lviv with missiles and drones early on Wednesday, killing seven people.",
                 "Russia attacked the city of Lviv with drones and missiles early on Wednesday, killing seven people.",
                 "A Russian missile and drone attack on Lviv early on Wednesday killed seven people."):
        [ev] = events_published_2024_05_14(text)
        assert ev.sub_event_type == "Shelling/artillery/missile attack", text
    [ev] = events_published_2024_05_14("Russia attacked the city of Lviv with drones early on Wednesday, killing seven people.")
    assert ev.sub_event_type == "Air/drone strike"
    [ev] = events_published_2024_05_14("A Russian drone attack on Lviv early on Wednesday killed seven people.")
    assert ev.sub_event_type == "Air/drone strike"


def test_the_other_side_s_response_told_in_the_same_sentence_is_an_act_of_its_own():
    text = ("BEIRUT, Feb 14 (Reuters) - Hezbollah fired a barrage of rockets at an Israeli army base in Safed on Wednesday, "
            "killing a soldier, and Israel responded with air strikes on the southern Lebanese city of Nabatieh that "
            "killed seven members of one family, Lebanese security sources said.")
    evs = events_published_2024_05_14(text)
    assert [(ev.sub_event_type, ev.actor1["name"], ev.killed["best"]) for ev in evs] == [
        ("Shelling/artillery/missile attack", "Hezbollah", 1), ("Air/drone strike", "Military Forces of Israel", 7)]
    evs = events_published_2024_05_14("Hezbollah fired an anti-tank missile at an Israeli army position near Metula on "
                                      "Wednesday, and the Israeli military responded by shelling the outskirts of Kfar Kila.")
    assert [(ev.actor1["name"], ev.actor2["name"]) for ev in evs] == [
        ("Hezbollah", "Military Forces of Israel"), ("Military Forces of Israel", "Hezbollah")]


def test_a_weapon_s_strike_told_with_an_adverb_or_by_its_damage_is_the_weapon_s_strike():
    # an adverb or an auxiliary between the weapon and its verb, and a strike told only by what it did to its target
    for text, sub in (("A Ukrainian drone reportedly hit a fuel depot in the town of Klintsy on Friday, causing a large "
                       "fire.", "Air/drone strike"),
                      ("Ukrainian drones had damaged a power substation near Melitopol on Tuesday, cutting electricity "
                       "to parts of the city.", "Air/drone strike"),
                      ("A Russian missile destroyed a grain warehouse in the port city of Odesa overnight, wounding "
                       "two workers.", "Shelling/artillery/missile attack"),
                      ("Russian drones again hit the city of Sumy on Friday, damaging a high-rise building.",
                       "Air/drone strike")):
        [ev] = events_published_2024_05_14(text)
        assert (ev.event_type, ev.sub_event_type) == ("Explosions/Remote violence", sub), text
    # (the passive stays an interception: "drones were destroyed")
    [ev] = events_published_2024_05_14("Twelve Ukrainian drones were destroyed over the Belgorod region overnight.")
    assert ev.sub_event_type == "Disrupted weapons use"


def test_plural_strikes_told_by_their_damage_are_a_strike():
    # "strikes" as the subject of the damage, a side's demonym before them: its air strike (as "a strike hit" is)
    for text, doer in (("Israeli strikes damaged the Hezyaz power station south of the Yemeni capital Sanaa on Sunday, "
                        "cutting electricity to large parts of the city.", "Military Forces of Israel"),
                       ("Russian strikes damaged a thermal power plant in the city of Kryvyi Rih overnight, injuring two "
                        "workers.", "Military Forces of Russia")):
        [ev] = events_published_2024_05_14(text)
        assert (ev.sub_event_type, ev.actor1["name"]) == ("Air/drone strike", doer), text
    # (a walkout's strikes are no act of war)
    assert not events_published_2024_05_14("Rail strikes hit the capital on Monday, stranding thousands of commuters.")


def test_a_prison_won_back_from_rioting_inmates_is_no_territory_regained():
    # a riot's end, not a town changing hands: the gangs' fight stays a clash
    evs = helpers.events("At least 17 inmates were killed in clashes between members of the Los Lobos and Los Choneros "
                         "gangs at the Litoral Penitentiary on Tuesday. The fighting lasted several hours before police and "
                         "soldiers regained control of the prison.", published=helpers.WED_2025_03_12)
    assert [ev.sub_event_type for ev in evs] == ["Armed clash"]


def test_weapons_captured_in_a_fight_are_no_ground_taken():
    # "destroyed several vehicles and captured weapons": the spoils of an ambush, the clash no change of territory
    [sub] = helpers.codings("Tuareg-led rebels attacked a convoy of Malian troops near Tinzaouaten on Tuesday, killing at "
                            "least 15 soldiers, a security source said. The rebels said in a statement they had destroyed "
                            "several vehicles and captured weapons.", helpers.TUE_2025_06_10, fields="sub_event_type")
    assert sub == "Armed clash"


def test_weapons_captured_are_no_ground_taken():
    # "killed 15 rebels and captured weapons": gear taken in a fight, no territory changing hands
    [ev] = events_published_2025_06_11("Troops killed 15 rebels and captured weapons near the town on Saturday.")
    assert ev.sub_event_type == "Armed clash"
    assert events_published_2025_06_11("Rebels captured large quantities of ammunition on Saturday, the army said.") == []
    # (but gear taken with a place is the place's taking)
    [ev] = events_published_2025_06_11("Rebels captured two armoured vehicles and the town of Kitchanga on Saturday.")
    assert ev.sub_event_type == "Non-state actor overtakes territory"


def test_a_taking_claimed_and_denied_is_a_clash():
    # "the RSF said it had taken Babanusa ... The army denied the claim": a contested place, ACLED's armed clash
    text = ("Sudan's Rapid Support Forces said on Monday it had seized the army's 22nd Infantry Division headquarters in "
            "Babanusa on Sunday. The army denied the claim, saying its troops were still in control of the base.")
    [ev] = events_published_2025_06_11(text)
    assert (ev.event_type, ev.sub_event_type) == ("Battles", "Armed clash")
    [ev] = events_published_2025_06_11("M23 rebels said on Monday they had captured the town of Walikale. The army "
                                       "denied losing the town.")
    assert ev.sub_event_type == "Armed clash"
    # (a taking no one denies stays one; nor does a denial of something else)
    [ev] = events_published_2025_06_11("M23 rebels captured the town of Walikale on Sunday, residents said. Rwanda "
                                       "denies backing the rebels.")
    assert ev.sub_event_type == "Non-state actor overtakes territory"


def test_one_assault_repelled_is_a_clash_of_the_assaulting_side_on_the_defenders():
    text = "The army said its soldiers repelled a militia assault on the garrison town on Thursday."
    assert codings(text, fields=("sub_event_type",)) == [("Armed clash",)]
    text = "Defenders beat back an offensive on the district headquarters overnight, the governor said."
    assert codings(text, fields=("sub_event_type",)) == [("Armed clash",)]



def test_people_seized_or_taken_away_by_armed_men_are_abducted_not_by_a_force():
    day = dt.date(2025, 5, 12)
    ev = only_event("Gunmen raided the village of Bakura on Saturday night and took away 17 villagers, residents said.", day)
    assert (ev.sub_event_type, ev.actor1["name"]) == ("Abduction/forced disappearance", "Unidentified Armed Group")
    ev = only_event("Suspected jihadists seized three Turkish engineers near Kidal on Friday.", day)
    assert ev.sub_event_type == "Abduction/forced disappearance"
    # (a force's "seized" is no abduction)
    assert [ev.sub_event_type for ev in helpers.events("Police seized two women accused of hiding the suspects.", day)] \
        != ["Abduction/forced disappearance"]


def test_debris_of_a_downed_drone_that_fell_on_a_plant_is_the_strike_no_interception():
    # the drone's remains where they came down: the attack (ACLED codes the strike), no disrupted weapons use of its own
    text = ("BELGOROD, Russia, Feb 3 (Reuters) - Debris from a downed drone fell on a fuel depot in the town of Valuyki "
            "on Monday and started a fire, the regional governor said.")
    evs = helpers.report_events(text, helpers.GEOPARSER, published="2025-02-03")
    assert [(e["sub_event_type"], e["location"]["name"]) for e in evs] == [("Air/drone strike", "Valuyki")]


def test_troops_pushed_out_of_a_village_is_ground_taken():
    text = ("KYIV, June 11 (Reuters) - Ukrainian forces have pushed Russian troops out of the village of Yunakivka in the "
            "northern Sumy region, Ukraine's General Staff said on Wednesday.")
    evs = helpers.report_events(text, helpers.GEOPARSER, published="2025-06-11")
    assert [(e["sub_event_type"], e["actor1"]["name"], e["location"]["name"]) for e in evs] == [
        ("Government regains territory", "Military Forces of Ukraine", "Yunakivka")]


def test_someone_pushed_out_of_the_way_is_no_ground_taken():
    text = ("Police said the man pushed his brother out of the way as the gunman fired, and the bullet struck him in the "
            "arm in a parking lot in Lake City on Monday.")
    evs = helpers.report_events(text, helpers.GEOPARSER, published="2025-06-11")
    assert all(not e["sub_event_type"].endswith("territory") for e in evs)
