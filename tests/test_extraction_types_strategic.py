"""Extraction: strategic developments and acts of other kinds (territory taken, bases, agreements,
arrests, looting and destruction, releases, launches and interceptions)."""
import datetime as dt
from extraction import extract_events, report_text
from functools import partial
from tests import extraction_helpers as helpers
from tests.extraction_helpers import (
    MON_2025_03_03, MON_2025_09_15 as MON, MON_2025_09_29, SAT_2024_08_10 as SAT, SUN_2023_06_18 as SUN, _names,
    only_event,
)

_events = partial(helpers.report_events, geoparser=helpers.GEOPARSER, published="2017-01-18")
all_events = partial(helpers.events, published=helpers.MON_2025_03_03)
coded = partial(helpers.codings, published=helpers.MON_2025_03_10)
events = partial(helpers.events, published=helpers.TUE_2024_06_04)
events_published_2025_03_08 = partial(helpers.events, published=helpers.SAT_2025_03_08)
subs = partial(helpers.codings, published=helpers.TUE_2024_06_11, fields="sub_event_type")


# From test_extraction_abductions.py: Abductions, kidnappings and other violence against civilians: who is taken,
# killed or held, by whom.

def test_kidnappers_arrested_are_an_arrest_not_an_abduction():
    ev = helpers.only_event("Police arrested two suspected kidnappers in Kaduna State on Sunday.", published=helpers.MON_2025_11_24)
    assert (ev.sub_event_type, ev.actor1["name"]) == ("Arrests", "Police Forces")
    assert helpers.only_event("Kidnappers abducted a farmer on Sunday.", published=helpers.MON_2025_11_24).sub_event_type == "Abduction/forced disappearance"



def test_captors_who_got_away_from_a_rescue_are_no_abduction_and_no_change_of_group():
    # ("kidnappers" names the men of the abduction the rescue ended; their flight is how its fight ended)
    evs = helpers.events("Marines freed two fishermen held by Abu Sayyaf gunmen in Patikul on Monday, killing three of "
                         "the kidnappers. Two other kidnappers escaped and troops were pursuing them.",
                         published=helpers.MON_2025_11_24)
    assert [e.sub_event_type for e in evs] == ["Armed clash"]

# From test_extraction_africa3.py: African conflict copy, a third round: Congo's and Somalia's forces and missions,
# Sudan's army, the newer groups.

def test_a_group_that_says_it_was_behind_the_attack_or_seized_the_camp_did_it():
    text = ("Islamic State Sahel Province said on Friday it was behind an attack that killed 34 soldiers near the "
            "border on Thursday. The ministry said about a hundred gunmen on motorcycles attacked the unit.")
    [ev] = extract_events(text, published_at=MON, toponyms=[], locations=[])
    assert ev.actor1["name"] == "Islamic State Sahel Province"
    text = ("Islamist militants killed more than 30 soldiers in an attack on a military camp on Sunday. JNIM, al "
            "Qaeda's affiliate in the Sahel, said it had seized the camp.")
    [ev] = extract_events(text, published_at=MON, toponyms=[], locations=[])
    assert ev.actor1["name"].startswith("JNIM")


# From test_extraction_asiafix.py: Conflict reports from Asia and elsewhere: a group named in a "which" clause before
# its claim, a group the police or the army suspect, and the acts told by a state's regime or junta.

def test_a_contractor_s_machines_burned_are_property_destroyed():
    [ev] = events("Suspected rebels burned a backhoe and two dump trucks at a road construction site on Monday night.")
    assert ev.sub_event_type == "Looting/property destruction"
    [ev] = events("Armed men set the equipment of a road contractor on fire on Monday.")
    assert ev.sub_event_type == "Looting/property destruction"


# From test_extraction_attribution.py: Who did it and to whom when the copy says it indirectly: men told by the group
# they are tied to, victims told as members of a group, blame and claims, and where the doers went afterwards.

def test_attackers_repelled_who_withdrew_hand_over_no_territory():
    subs = [c[0] for c in coded("Militants attacked an army post on Sunday. Two soldiers were killed. The assailants "
                                "were repelled and withdrew into the forest.")]
    assert "Non-violent transfer of territory" not in subs


# From test_extraction_briefs.py: US local crime briefs and police news: a city's quarters, tolls and roles as a
# careful coder reads them.

def test_a_round_up_over_a_killing_stays_an_arrest():
    assert "Arrests" in helpers.report_coded("Police detain suspects in Nakuru\n\nPolice in Nakuru said on Friday they had detained "
                              "seven people over the killing of a village elder.", fields="sub_event_type", published="2025-09-15")


# From test_extraction_claims.py: Claims told through a spokesman or a statement, interceptions (the interceptor acts
# on the launcher), and acts at sea told in the passive with no doer.

def test_a_ship_hijacked_with_its_crew_taken_is_an_abduction():
    [ev] = helpers.events("Gunmen hijacked an Iranian fishing trawler off the Somali coast on Sunday, officials said.", published=helpers.MON_2025_03_10)
    assert ev.sub_event_type == "Abduction/forced disappearance"
    [ev] = helpers.events("Gunmen boarded a trawler off the Somali coast on Sunday and took its 17 crew members hostage.", published=helpers.MON_2025_03_10)
    assert ev.sub_event_type == "Abduction/forced disappearance"


def test_an_attack_by_drones_fended_off_is_disrupted_weapons_use():
    [sub] = {c[0] for c in coded("Russian Navy repels drone boat attack\n\nThe Russian navy repelled an attack by "
                                 "Ukrainian unmanned boats on Sevastopol overnight, the governor said.")}
    assert sub == "Disrupted weapons use"


def test_an_interception_s_doer_is_the_interceptor_and_by_names_the_launcher():
    assert coded("Saudi air defences shot down three drones launched by the Houthis toward Abha on Sunday.") == [
        ("Disrupted weapons use", "Military Forces of Saudi Arabia", "Ansar Allah (Houthis)")]


def test_an_interception_told_after_an_attack_is_by_the_force_that_tells_it_on_the_attacker():
    evs = coded("Hezbollah fired a barrage of rockets at the town of Kiryat Shmona on Sunday. The Israeli military said "
                "the rockets were intercepted.")
    assert ("Disrupted weapons use", "Military Forces of Israel", "Hezbollah") in evs
    evs = coded("Russian forces launched a missile attack on the city of Dnipro on Sunday. Ukraine's air force said it "
                "had shot down 12 drones overnight.")
    assert ("Disrupted weapons use", "Military Forces of Ukraine", "Military Forces of Russia") in evs


# From test_extraction_conflictfix.py: Conflict copy left wrong by the last rounds: the dead handed over in an
# exchange, families counted whole, the weapon told after the verb, a claim's day, and what a report only expects or
# sets as a condition.

def test_a_nation_s_strikes_across_a_territory_are_air_strikes_not_the_fighting_beside_them():
    [ev] = helpers.events("Israeli strikes across southern Lebanon killed 15 people on Monday, the health ministry said, as fighting "
                  "raged along the border.", published=helpers.TUE_2024_05_14)
    assert (ev.sub_event_type, ev.actor1["name"]) == ("Air/drone strike", "Military Forces of Israel")


# From test_extraction_conflictleft.py: Conflict copy whose codings went wrong in earlier rounds: a launch and its
# interception told in two sentences, harm done by an intercepted weapon's debris.

def test_harm_done_by_an_intercepted_weapon_s_debris_is_the_launcher_s_strike():
    [ev] = extract_events("Russian air defences intercepted 23 Ukrainian drones over the region overnight, the defence "
                          "ministry said on Monday. A woman was wounded by falling debris in a village, the governor said.",
                          published_at=MON_2025_03_03, toponyms=[], locations=[])
    assert (ev.sub_event_type, ev.actor1["name"], ev.wounded["best"]) == (
        "Air/drone strike", "Military Forces of Ukraine", 1)
    [(sub, a1, _)] = helpers.codings("The coalition said on Sunday it had intercepted a ballistic missile fired by the Houthis "
                           "towards the city. Fragments of the missile fell on a neighbourhood and wounded two residents.", published=helpers.MON_2025_03_03)
    assert (sub, a1) == ("Shelling/artillery/missile attack", "Ansar Allah (Houthis)")


# From test_extraction_europe.py: Conflict copy from Europe, the Caucasus and Turkey: border incidents, dissident
# republicans, sabotage, unrest.

def test_a_bomb_found_and_made_safe_is_disrupted_weapons_use():
    # (the residents moved out of harm's way are no party to it, and no force gave up ground)
    [ev] = extract_events("A suspicious device was found near a school in Newry on Tuesday. Residents were evacuated "
                          "while army bomb experts made the object safe.", published_at=SUN, toponyms=[], locations=[])
    assert ev.sub_event_type == "Disrupted weapons use"
    assert ev.actor1 is None or ev.actor1["name"] != "Civilians"


def test_the_wounded_evacuated_to_a_city_are_no_transfer_of_territory():
    # "The wounded were evacuated to Niamey": those the blast hurt taken to care, no force giving up ground
    evs = extract_events("Three soldiers were killed on Tuesday when an explosive device hit their vehicle. The wounded "
                         "were evacuated to the capital.", published_at=SUN, toponyms=[], locations=[])
    assert [ev.sub_event_type for ev in evs] == ["Remote explosive/landmine/IED"]


def test_an_evacuation_of_civilians_is_no_transfer_of_territory():
    # people moved out of harm's way, told after the noun; a force's evacuation of a place still hands it over
    for text in ("A woman was killed in shelling on Sunday. Evacuations of families with children from the area are "
                 "compulsory.", "A woman was killed in shelling on Sunday. The evacuation of civilians continued."):
        assert [e.sub_event_type for e in events(text)] == ["Shelling/artillery/missile attack"], text
    [ev] = events("The evacuation of rebel fighters from the district began on Saturday.")
    assert ev.sub_event_type == "Non-violent transfer of territory"


# From test_extraction_europe2.py: Political violence in Europe and the North Caucasus: lone attackers, riots,
# Northern Ireland, Kosovo, Corsica, Greece, Sweden's gangs, Dagestan and Ingushetia.

def test_the_arrest_of_a_lone_attacker_is_the_inquiry_of_his_attack_whatever_its_toll():
    evs = extract_events("Two people were killed and at least 40 injured when a car drove into a crowd at the Christmas "
                         "market in Erfurt on Friday evening. The driver, a 50-year-old man, was arrested at the scene.",
                         published_at=SAT, toponyms=[], locations=[])
    assert [ev.sub_event_type for ev in evs] == ["Attack"]


# From test_extraction_events.py: Event assembly on hand-made text and hand-made toponyms (no gazetteer needed).

def test_a_state_or_a_search_does_not_date_the_act():
    text = ("A 36-year-old man was recovering Saturday after he was shot multiple times in North Oakland "
            "Friday night, police said.")
    events = extract_events(text, published_at=dt.date(2018, 2, 24), toponyms=[], locations=[])
    assert events[0].date_start == "2018-02-23"
    text = "Police on Monday were searching for a man who shot a clerk. The shooting happened Saturday."
    events = extract_events(text, published_at=dt.date(2014, 2, 3), toponyms=[], locations=[])
    assert events[0].date_start == "2014-02-01"


def test_wire_copy_its_dateline_date_a_truce_extended_and_an_arrest_of_a_kidnapping_gang():
    text = ("MOGADISHU, June 14 (Reuters) - Al Shabaab fighters overran a military base on Monday, killing "
            "nearly a dozen soldiers. The militants seized vehicles before withdrawing.")
    events = extract_events(text, published_at=dt.date(2022, 6, 14), toponyms=[], locations=[])
    assert events[0].date_start == "2022-06-13" and events[0].actor1["name"] == "Al Shabaab"
    assert "Non-violent transfer of territory" not in [e.sub_event_type for e in events]
    text = "Yemen's warring parties agreed on Sunday to extend a UN-brokered truce by two months."
    assert [e.sub_event_type for e in extract_events(text, published_at=dt.date(2022, 6, 14), toponyms=[],
                                                     locations=[])] == ["Agreement"]
    text = "Police arrested 15 suspected members of a kidnapping gang on Thursday. Myanmar's military torched houses."
    events = extract_events(text, published_at=dt.date(2022, 6, 14), toponyms=[], locations=[])
    assert [(e.sub_event_type, e.actor1["name"]) for e in events] == [
        ("Arrests", "Police Forces"), ("Looting/property destruction", "Military Forces of Myanmar")]


def test_a_shoot_down_a_defused_device_and_rubber_bullets():
    coded = partial(helpers.codings, published=dt.date(2019, 4, 8), fields=("sub_event_type", "actor1.name"))
    assert coded("Rebels shot down a warplane on Sunday.") == [("Disrupted weapons use", "Opposition Rebels")]
    assert coded("Security forces defused an explosive device planted near a school.") == \
        [("Disrupted weapons use", "Military Forces")]
    assert coded("Seven people were injured when police fired rubber bullets at demonstrators on Saturday.") == \
        [("Protest with intervention", "Protesters")]  # (ACLED: the crowd first)


def test_named_subjects_together_a_seized_crossing_and_the_doer_of_a_gain_told_elsewhere():
    text = ("Iraqi forces and Kurdish Peshmerga fighters launched an offensive on Monday to retake Mosul from "
            "Islamic State. By evening they had taken nine villages east of the city.")
    offensive = only_event(text, dt.date(2016, 10, 17))
    assert (offensive.sub_event_type, offensive.actor1["name"]) == ("Government regains territory", "Military Forces of Iraq")
    # a gain its speaker claims is the speaker's own
    text = text.replace("By evening they had", "Peshmerga forces said they had")
    events = extract_events(text, published_at=dt.date(2016, 10, 17), toponyms=[], locations=[])
    assert [(e.sub_event_type, e.actor1["name"]) for e in events] == [
        ("Armed clash", "Military Forces of Iraq"),
        ("Government regains territory", "Peshmerga: Kurdistan Regional Government forces")]
    text = report_text("Strike on Rafah crossing", "Israeli tanks seized the Rafah border crossing on Tuesday.")
    seizure = only_event(text, dt.date(2024, 5, 7))
    assert (seizure.sub_event_type, seizure.actor1["name"]) == ("Government regains territory", "Military Forces of Israel")
    # what police seize, and where a man is taken, are no territory
    text = "Police seized drugs in the area on Monday. The man was taken to the City Jail."
    assert all("territory" not in e.sub_event_type for e in
               extract_events(text, published_at=dt.date(2024, 5, 7), toponyms=[], locations=[]))


def test_an_agreement_that_ends_months_of_fighting_is_the_agreement():
    truce = only_event("The two militias agreed to a truce on Friday, ending eight months of fighting in the city.",
                       dt.date(2024, 5, 4))
    assert (truce.event_type, truce.sub_event_type) == ("Strategic developments", "Agreement")

    # (and when the fighting's running toll is told in the clause after it: the toll is the span's, the act the truce)
    truce = only_event("Thailand and Cambodia agreed on Monday to an immediate and unconditional ceasefire at talks in "
                       "Malaysia, ending five days of fighting along their disputed border that has killed at least 35 "
                       "people.", dt.date(2025, 7, 28))
    assert (truce.sub_event_type, (truce.killed or {}).get("best") or 0) == ("Agreement", 0)

def test_most_of_a_city_seized_and_staff_taken_hostage_in_a_stormed_studio():
    city = only_event("Insurgents seized most of the provincial capital on Sunday.", dt.date(2024, 2, 3))
    assert city.sub_event_type == "Non-state actor overtakes territory"
    studio = only_event("Gunmen stormed a radio studio on Monday, taking six journalists hostage.", dt.date(2024, 2, 3))
    assert (studio.sub_event_type, studio.actor1["name"]) == ("Abduction/forced disappearance", "Unidentified Armed Group")
    raid = only_event("Fighters attacked two villages on Monday, killing a farmer and taking 12 women hostage.",
                      dt.date(2024, 2, 3))
    assert raid.sub_event_type == "Attack"   # the attack told first


def test_a_lead_that_tells_a_killing_tells_an_attack_that_also_took_hostages():
    text = report_text("Raid on herders kills up to 12 in the north",
                       "Armed men raided a herders' camp near the river on Sunday, killing between 9 and 12 people and "
                       "driving off their cattle, a local official said. Five women were abducted during the raid.")
    event = only_event(text, dt.date(2024, 2, 12))
    assert event.sub_event_type == "Attack"
    assert (event.killed["low"], event.killed["high"]) == (9, 12)
    # a lead that tells the abduction first tells an abduction
    text = ("Gunmen abducted 40 passengers from a bus on the highway on Friday, police said. "
            "The driver was killed during the raid.")
    assert only_event(text, dt.date(2024, 2, 12)).sub_event_type == "Abduction/forced disappearance"


def test_an_arrest_told_as_following_the_act_dates_it():
    text = ("A Rome man was arrested late Friday in Calhoun after he allegedly shot a man outside a bar. "
            "A woman who saw it called police. "
            "Officers found a second gun in his truck on Saturday.")
    events = extract_events(text, published_at=dt.date(2014, 2, 17), toponyms=[], locations=[])
    shots = next(e for e in events if e.sub_event_type != "Arrests")
    assert shots.date_start == "2014-02-14"


# From test_extraction_extras.py: Reports that are mostly no report of a new act (anniversaries, profiles, trials,
# explainers, survivors' accounts): what they recall is no event of theirs.

def test_a_participle_that_only_says_what_a_thing_is_takes_no_ground():
    assert helpers.codings("The two sides are still far apart on the return of state administration to captured towns.", published=helpers.PUBLISHED, fields="sub_event_type") == []
    assert helpers.codings("Speaking on Sunday in front of captured Russian tanks, the president hailed the army.", published=helpers.PUBLISHED, fields="sub_event_type") == []
    assert helpers.codings("Rebels captured the town of Nyanzale on Sunday, residents said.", published=helpers.PUBLISHED, fields="sub_event_type") == ["Non-state actor overtakes territory"]


# From test_extraction_fronts.py: War-front copy: weapons named with their launcher, interceptions, demonyms before a
# weapon's kind.

def test_the_launcher_of_a_weapon_told_before_its_verb_acts():
    ev = events_published_2025_03_08("Drones launched by the RSF struck fuel depots on Friday.")[0]
    assert ev.sub_event_type == "Air/drone strike" and ev.actor1["name"] == "RSF: Rapid Support Forces"
    ev = events_published_2025_03_08("A ballistic missile fired by Yemen's Houthis struck near the airport on Sunday, wounding six people.")[0]
    assert ev.actor1["name"] == "Ansar Allah (Houthis)" and ev.wounded["best"] == 6


def test_weapons_brought_down_are_disrupted_weapons_use():
    ev = events_published_2025_03_08("Ukraine's air force said air defences downed 40 of 52 drones overnight.")[0]
    assert ev.sub_event_type == "Disrupted weapons use" and ev.actor1["name"] == "Military Forces of Ukraine"
    ev = events_published_2025_03_08("Russia's defence ministry said its air defences destroyed 130 Ukrainian drones overnight.")[0]
    assert ev.sub_event_type == "Disrupted weapons use" and ev.actor2["name"] == "Military Forces of Ukraine"
    ev = events_published_2025_03_08("Ukrainian drones destroyed a Russian missile launcher on Friday.")[0]
    assert ev.sub_event_type == "Air/drone strike"


def test_ground_captured_is_territory_and_people_captured_are_not():
    def coded(text):
        return [(e.sub_event_type, e.actor1 and e.actor1["name"].split(" of ")[0])
                for e in extract_events(text, published_at=dt.date(2025, 5, 20), toponyms=[], locations=[])]
    assert coded("The army said on Monday it had driven the RSF out of its last positions in the state, capturing "
                 "the area of Salha.") == [("Government regains territory", "Military Forces")]
    assert coded("Troops captured two militants on Sunday.") == [("Arrests", "Military Forces")]
    assert coded("Militants captured three soldiers in an ambush on Sunday.")[0][0] == "Abduction/forced disappearance"
    # (nor is a robber driven out of a home any ground taken)
    assert "Government regains territory" not in [s for s, _ in coded(
        "Officers captured the suspect on Sunday after the owner drove the robber out of her shop.")]
    # (nor are escaped inmates caught again, in the passive or the active; a town recaptured still is)
    assert coded("Gunmen attacked a prison on Saturday, freeing 47 inmates. Twenty-one of the escaped inmates had been "
                 "recaptured, the prison service said.")[0][0] != "Non-state actor overtakes territory"
    assert "Government regains territory" not in [s for s, _ in coded("Police recaptured 21 of the inmates on Sunday.")]
    assert coded("Government forces recaptured the town on Monday after heavy fighting.")[0][0] == \
        "Government regains territory"


# From test_extraction_isisfix.py: War reports of Syria and Iraq, 2014-2019 (the isisfix round): short reports of our
# own.

def test_a_town_stormed_or_advanced_into_is_fought_over_not_taken():
    evs = _events("Iraqi troops stormed the Old City of Mosul on Sunday, the last district held by Islamic State, "
                  "and were locked in street fighting, a spokesman said.", published="2017-06-18")
    assert evs and evs[0]["sub_event_type"] == "Armed clash"
    assert set(_names(evs[0])) == {"Military Forces of Iraq", "Islamic State"}
    evs = _events("Federal police advanced into the Bab al-Tob area of Mosul on Friday, fighting Islamic State "
                  "snipers, a police spokesman said.", published="2017-05-13")
    assert evs and evs[0]["sub_event_type"] == "Armed clash"
    # (a taking told as such stays one)
    evs = _events("Iraqi troops stormed the town of Hit and took control of it on Thursday after Islamic State "
                  "fighters fled, officers said.", published="2016-04-14")
    assert evs and evs[0]["sub_event_type"] == "Government regains territory"


def test_a_force_that_entered_a_town_took_it():
    evs = _events("Iraqi forces entered the town of Rawa on Friday, the last town held by Islamic State in the "
                  "country, officers said.", published="2017-11-17")
    assert evs and evs[0]["sub_event_type"] == "Government regains territory"
    # (gunmen who entered a village to kill: the attack; and an entry with no fight: no taking)
    evs = _events("Gunmen entered the village on Sunday night and killed ten residents, police said.", published="2019-03-11")
    assert evs and evs[0]["sub_event_type"] == "Attack"
    evs = _events("Syrian troops entered the town of Manbij without a fight after Kurdish fighters withdrew.",
                  published="2019-01-02")
    assert evs and evs[0]["sub_event_type"] == "Non-violent transfer of territory"


def test_a_town_stormed_and_left_in_the_hands_of_the_attackers_was_taken():
    evs = _events("Armed gangs stormed the central town of Mirebalais on Monday, officials said. Police said they had "
                  "been outnumbered and withdrew, leaving the town in the hands of the gangs.", published="2025-04-01")
    assert evs and evs[0]["sub_event_type"] == "Non-state actor overtakes territory"


def test_a_city_seized_after_the_army_pulled_out_following_a_wave_of_bombs_was_taken():
    evs = _events("Islamic State fighters seized the city of Ramadi on Sunday after Iraqi government forces pulled out "
                  "of it following a wave of suicide car bombs, officials said.", published="2015-05-18")
    assert evs and evs[0]["sub_event_type"] == "Non-state actor overtakes territory"
    assert _names(evs[0]) == ("Islamic State", "Military Forces of Iraq")


# From test_extraction_isiswar.py: War reports of Syria and Iraq, 2014-2019 (the isiswar round): short reports of our
# own.

def test_a_building_blown_up_where_it_stood_is_its_destruction():
    evs = _events("The Islamic State group blew up Mosul's Al-Nuri mosque and its famed leaning minaret on Wednesday "
                  "night, the Iraqi military said.", published="2017-06-22")
    assert evs and evs[0]["sub_event_type"] == "Looting/property destruction"
    assert _names(evs[0])[0] == "Islamic State"


def test_an_assault_launched_on_a_stronghold_and_its_dead_told_after():
    evs = _events("The Syrian Democratic Forces (SDF) launched their assault on the Islamic State stronghold of Raqqa on "
                  "Tuesday, the alliance said. The Syrian Observatory for Human Rights said 12 SDF fighters had been "
                  "killed in the fighting.", published="2017-06-06")
    assert len(evs) == 1 and evs[0]["sub_event_type"] == "Armed clash"
    assert set(_names(evs[0])) == {"SDF: Syrian Democratic Forces", "Islamic State"}
    assert evs[0]["killed"]["best"] == 12


# From test_extraction_latam2.py: Latin America and the Caribbean, second round: the maras, Haiti's police and the
# Kenyan-led mission, and where a wire report's act happened when its dateline is the capital it was filed from.

def test_arms_seized_by_the_force_that_fought_or_arrested_are_that_act_s_haul():
    evs = helpers.report_events("Mexican soldiers kill 8 gunmen\n\nMexican army troops killed eight suspected cartel gunmen in a shootout "
                "outside the town of Navolato on Monday, the Defense Department said. One soldier was wounded. The troops "
                "seized 11 rifles, a machine gun and ammunition.", geoparser=helpers.GEOPARSER, published="2025-06-10")
    assert [e["sub_event_type"] for e in evs] == ["Armed clash"]
    evs = helpers.report_events("Soldiers arrested a regional commander of La Familia Michoacana in the town of Arcelia on Monday. "
                "Troops seized rifles, grenades and a drone.", geoparser=helpers.GEOPARSER, published="2025-06-10")
    assert [e["sub_event_type"] for e in evs] == ["Arrests"]
    # (a haul of its own, with no act before it, stays one)
    evs = helpers.report_events("Soldiers seized 40 rifles and a grenade launcher at a ranch near Arcelia on Monday.", geoparser=helpers.GEOPARSER, published="2025-06-10")
    assert [e["sub_event_type"] for e in evs] == ["Disrupted weapons use"]


# From test_extraction_launches.py: Missile, rocket and drone launches and their interception: where they fell, who
# fired them, tests and tallies.

def test_a_weapons_test_with_no_target_is_a_strategic_development_of_the_testing_state():
    for text in ("North Korea test-fired two hypersonic missiles on Monday, state media said.",
                 "North Korea fired a short-range ballistic missile off its west coast on Monday."):
        [ev] = all_events(text)
        assert (ev.event_type, ev.sub_event_type, ev.actor1["name"]) == (
            "Strategic developments", "Other", "Military Forces of North Korea")
    # a missile fired at a target stays an attack
    [ev] = all_events("North Korea fired a missile at a South Korean patrol boat on Monday.")
    assert ev.sub_event_type == "Shelling/artillery/missile attack"


def test_a_weapon_launched_from_a_place_that_struck_is_a_strike():
    [ev] = all_events("A drone launched from Lebanon struck a house in the village on Monday, wounding two people.")
    assert ev.sub_event_type == "Air/drone strike"


def test_weapons_told_destroyed_in_the_passive_are_an_interception():
    [ev] = all_events("Eleven Ukrainian drones were destroyed over the border region on Monday, the ministry said.")
    assert (ev.sub_event_type, ev.actor2["name"]) == ("Disrupted weapons use", "Military Forces of Ukraine")


def test_a_doerless_strike_told_beside_an_interception_is_the_launcher_s():
    evs = all_events("A drone attack damaged a power substation in the region on Monday, the governor said. "
                     "The ministry said Ukrainian drones were destroyed over the region.")
    strike = next(ev for ev in evs if ev.sub_event_type == "Air/drone strike")
    assert strike.actor1["name"] == "Military Forces of Ukraine"


def test_a_weapon_shot_down_in_the_passive_is_an_interception_a_man_is_not():
    [ev] = all_events("A drone launched from the sea was shot down by the navy on Monday, the army said.")
    assert ev.sub_event_type == "Disrupted weapons use"
    assert all(ev.sub_event_type != "Disrupted weapons use"
               for ev in all_events("A man was shot down in the street by gunmen on Monday."))


def test_a_partly_intercepted_launch_whose_harm_follows_stays_the_attack():
    evs = all_events("Militants fired 40 rockets into the south on Monday, most of which were intercepted, the army said. "
                     "Shrapnel from one rocket wounded three people in a border town.")
    assert [ev.sub_event_type for ev in evs] == ["Shelling/artillery/missile attack"]


# From test_extraction_protests.py: Protests, riots and strategic developments on sentences of our own (no gazetteer
# needed).

def test_arrests_said_not_to_have_happened_are_none():
    for quiet in ("There were no reports of arrests.", "No arrests were made.", "Nobody was detained.",
                  "Police have not made any arrests."):
        assert helpers.report_codings("", "Hundreds of retirees rallied outside parliament on Sunday to demand higher pensions. " + quiet, published=dt.date(2025, 3, 12)) == \
            [("Protests", "Peaceful protest", "Protesters", None, 0)], quiet


def test_a_drone_intercepted_and_destroyed_is_disrupted_weapons_use():
    assert [e[1] for e in helpers.report_codings("", "Air defences intercepted and destroyed an explosives-laden drone launched towards "
                                    "the city on Monday.", published=dt.date(2025, 3, 12))] == ["Disrupted weapons use"]


# From test_extraction_releases.py: The end of a captivity and other acts that are not the violence they name:
# releases, rescues, escapes, verdicts on old attacks and anniversaries.

def test_a_group_that_frees_the_captives_it_held_does_the_release():
    ev = helpers.only_event("The rebels on Monday freed 30 women they had held captive for a year.", published=helpers.WED_2025_11_26)
    assert ev.sub_event_type == "Other" and ev.date_start == "2025-11-24"


def test_an_abduction_told_with_its_captives_before_their_release_stays_an_abduction():
    ev = helpers.only_event("Gunmen abducted six herders on Saturday and freed them on Monday.", published=helpers.WED_2025_11_26)
    assert ev.sub_event_type == "Abduction/forced disappearance"


# From test_extraction_statefix.py: State media's words left after the statemedia round: a war's running toll counted
# "since <date>", a roundup's further paragraphs, "neutralized" counts that include the captured, and a Russian
# ministry's names for Ukraine's forces ("Ukrainian militants", "nationalist formations").

def test_men_captured_alive_in_the_fight_are_the_fights():
    [ev] = events("Gendarmerie commandos neutralized two PKK terrorists in a clash in Hakkari on Monday. One was killed "
                  "and the other was captured alive, the sources said.")
    assert (ev.event_type, ev.sub_event_type, ev.killed["best"]) == ("Battles", "Armed clash", 1)


# From test_extraction_strategic.py: ACLED's strategic developments and less common kinds: agreements, bases, a
# group's changes, territory handed over, weapons seized; with no act told, no event.

def test_an_agreement_signed_or_a_prisoner_exchange_is_an_agreement():
    assert subs("The two armed groups signed a seven-day ceasefire agreement in Nairobi on Saturday.") == ["Agreement"]
    assert subs("The government and the rebels signed a declaration of principles in Lome on Monday.") == ["Agreement"]
    assert subs("The warring sides exchanged 120 prisoners of war on Monday.") == ["Agreement"]
    assert subs("Forty soldiers were freed in a prisoner swap on Sunday.") == ["Agreement"]
    assert subs("Ukraine and Russia carried out an exchange of prisoners of war on Thursday, officials said.") == ["Agreement"]
    # (only expected: no agreement yet)
    assert subs("The two sides are expected to sign a prisoner exchange deal next week.") == []


def test_a_base_or_a_checkpoint_set_up_is_a_base_established():
    assert subs("Al Shabaab militants established a new base in the village on Thursday.") == [
        "Headquarters or base established"]
    assert subs("ELN guerrillas installed a checkpoint on the road on Saturday and searched vehicles.") == [
        "Headquarters or base established"]
    assert subs("Fighters of the Arakan Army set up checkpoints on the road between the two towns on Friday.") == [
        "Headquarters or base established"]


def test_ground_entered_without_a_fight_is_handed_over_not_fought_for():
    assert subs("Fighters of the KIA moved into the town on Saturday without fighting.") == [
        "Non-violent transfer of territory"]
    assert subs("M23 rebels entered the town on Wednesday without meeting resistance.") == [
        "Non-violent transfer of territory"]
    assert subs("M23 rebels took control of the town on Tuesday without a fight.") == ["Non-violent transfer of territory"]
    assert subs("M23 rebels took control of the town on Tuesday after heavy fighting.") == [
        "Non-state actor overtakes territory"]


def test_a_cache_of_weapons_seized_is_disrupted_weapons_use_and_seized_grenades_no_grenade_attack():
    assert subs("Soldiers seized a cache of 300 rifles at a ranch on Wednesday.") == ["Disrupted weapons use"]
    assert subs("Soldiers arrested a cartel leader on Wednesday, seizing rifles, grenades and ammunition.") == ["Arrests"]
    # (found where the fight was: part of it)
    assert subs("Soldiers shot dead 12 rebels in a gunfight on Tuesday. Police recovered a large cache of weapons "
                "from the site.") == ["Armed clash"]


def test_a_group_s_step_taken_after_an_act_is_the_step_told():
    assert subs("The group appointed a new leader on Monday, weeks after its former commander was killed in an "
                "airstrike near the lake.") == ["Change to group/activity"]
    # (a flight tells the act it came after)
    assert subs("Soldiers fled after jihadists attacked their post on Monday, killing five.") == ["Armed clash"]


# From test_extraction_subtypes.py: ACLED sub-event types told apart from their neighbours: fire on a crowd named with
# a word before it, an act still to come when another happened, men a crowd only takes for kidnappers, munitions
# listed in a seized cache.

def test_a_device_made_safe_or_found_is_a_disrupted_weapons_use():
    for text in ("Army engineers detonated a landmine safely near the village on Tuesday.",
                 "Engineers safely detonated the mine near the village on Tuesday.",
                 "A roadside bomb was found near a school on Tuesday and was later defused.",
                 "A bomb squad carried out a controlled explosion of the device on Tuesday."):
        assert [sub for sub, _, _ in helpers.codings(text, published=helpers.TUE_2024_07_16, fields=("sub_event_type", "actor1.name", "killed.best"))] == ["Disrupted weapons use"], text
    # (one set off by its doers is the blast)
    assert [sub for sub, _, _ in helpers.codings("Militants detonated a landmine under a military truck on Tuesday, killing two "
                                       "soldiers.", published=helpers.TUE_2024_07_16, fields=("sub_event_type", "actor1.name", "killed.best"))] == ["Remote explosive/landmine/IED"]


# From test_extraction_ukraine.py: The Russia-Ukraine war told day by day: governors' summaries, drones and missiles
# by make, the front's news.

def test_full_control_taken_is_territory_taken():
    [ev] = extract_events("Russian forces have taken full control of the town, the Defence Ministry said on Monday.",
                          published_at=MON_2025_09_29, toponyms=[], locations=[])
    assert ev.event_type == "Battles" and ev.sub_event_type.endswith("territory")


# From test_extraction_uscrime.py: US local crime briefs: an ordinary criminal's arrest is no conflict event.

def test_a_political_arrest_stays_an_event():
    assert "Arrests" in helpers.report_coded("Police in Kampala arrested opposition leader Kizza Besigye on Tuesday as he tried to "
                              "lead a march to parliament, a day after clashes in which two protesters were shot dead.", fields="sub_event_type", published="2024-10-10")


# From test_extraction_westfix.py: West Asia fixes: victims counted 'along with' the one told, a protest's crowd
# before the force that intervenes, unclaimed strikes' unidentified doers, victims' own words over their target's
# owner, and the region's spellings.

def test_raiders_withdrawing_without_losses_hand_over_no_ground():
    evs = helpers.events("Three police officers were killed in an attack by Jaish al-Adl militants on a police station on "
                 "Saturday night. Jaish al-Adl said in a statement that its fighters had withdrawn without losses.", published=dt.date(2025, 4, 30))
    assert [e.sub_event_type for e in evs] == ["Armed clash"]


def test_a_place_named_summit_is_no_talks():
    text = ("AKRON, Ohio \u2014 Two men were wounded in a shooting Sunday afternoon, police said. Tips can be left with "
            "Summit County Crime Stoppers.")
    assert [e["sub_event_type"] for e in helpers.report_events(text, published="2018-03-05")] == ["Attack"]
    assert [e["sub_event_type"] for e in helpers.report_events("Leaders met at the NATO Summit in Vilnius on Tuesday.",
                                                               published="2023-07-12")] == ["Other"]


def test_a_robbery_told_as_stuck_up_or_demanded_cash_with_nobody_hurt_is_one_looting():
    # ("stuck up", "demanded cash" tell the robbery; "the clerk was not injured" tells nobody hurt, no attack; ACLED
    # has no robbery type: a robbery with no one hurt stays Looting/property destruction)
    stuck = ("A pizza delivery driver was stuck up at gunpoint Thursday evening in northwest Dayton, police said. Two "
             "teenagers ran off with about $60. The driver was not injured.")
    demanded = ("A man showed a handgun in his waistband and demanded cash from the register at a Knoxville store early "
                "Saturday, police said. The clerk was not injured.")
    for text in (stuck, demanded):
        assert [(e.event_type, e.sub_event_type) for e in helpers.events(text, published=dt.date(2023, 11, 3))] == \
            [("Strategic developments", "Looting/property destruction")]
    # (hurt, lightly, is hurt: "was not seriously injured" still tells an attack)
    assert [e.sub_event_type for e in helpers.events(
        "A man was shot in Dayton on Thursday night, police said. He was not seriously injured.",
        published=dt.date(2023, 11, 3))] == ["Attack"]


def test_a_robbery_and_its_flight_told_in_one_sentence_is_the_robbery():
    # ("fled" ranks above "held up", but a robber's flight is how the robbery ended, not the sentence's act)
    text = "A man held up a City Cab driver, showed a gun and fled on foot early Sunday, police said. The driver was not hurt."
    assert [e.sub_event_type for e in helpers.events(text, published=dt.date(2020, 1, 5))] == \
        ["Looting/property destruction"]


def test_a_shotgun_carried_in_a_robbery_is_no_shooting():
    # ("shot" is a shooting's trigger; "shotgun" only names the weapon the robber showed)
    text = ("TOPEKA, Kan. \u2014 A man carrying a shotgun robbed a liquor store on Topeka Boulevard on Friday night, "
            "police said. No one was hurt.")
    assert [e.sub_event_type for e in helpers.events(text, published=dt.date(2024, 1, 20))] == \
        ["Looting/property destruction"]


def test_a_gun_discharged_at_no_one_is_an_incident_of_the_day_the_report_tells_else_of_its_own():
    # (the noshot round: GVA's incidents where nobody is hit; a report with no event has no date at all)
    day = dt.date(2024, 3, 15)
    for text in ("Deputies say a man accidentally fired a handgun while he was being treated at a hospital. "
                 "There were no injuries.",
                 "The gun went off while he was cleaning it in his apartment, police said. No one was injured.",
                 "A hunter discharged his rifle near a house, game wardens said. Nobody was hurt."):
        event = helpers.only_event(text, published=day)
        assert (event.sub_event_type, event.date_start, (event.wounded or {}).get("best") or 0) == \
            ("Other", "2024-03-15", 0), text
    # ... dated by the day the report tells, in another sentence
    event = helpers.only_event("Deputies say a man accidentally fired a handgun while he was being treated at a hospital. "
                               "He had arrived at the emergency room around 1:20 a.m. Tuesday. There were no injuries.",
                               published=day)
    assert (event.sub_event_type, event.date_start, event.inferred) == ("Other", "2024-03-12", ["event_type"])
    # (not a job, a mood or words; a discharge in a report that tells its shooting adds no event)
    for text in ("She was fired from her job at the gun store, the company said.",
                 "The crowd was fired up and the mayor fired back at critics."):
        assert helpers.events(text, published=day) == [], text
    assert [e.sub_event_type for e in helpers.events(
        "A man fired a handgun at his neighbor, police said. Nobody was hurt.", published=day)] == ["Attack"]


def test_a_man_s_surrender_to_police_is_an_arrest_and_a_gun_pulled_out_no_place_handed_over():
    # (the noshot round: armed stand-offs that end with no shot; "surrendered", "pulled out" were a territory's transfer)
    day = dt.date(2024, 3, 15)
    for text in ("A man who barricaded himself in his home with a rifle surrendered peacefully Monday night, police said.",
                 "The suspect surrendered to police after a six-hour standoff on Monday. No shots were fired.",
                 "SWAT officers took the man into custody without incident Monday after a six-hour standoff."):
        assert [e.sub_event_type for e in helpers.events(text, published=day)] == ["Arrests"], text
    assert "Non-violent transfer of territory" not in [e.sub_event_type for e in helpers.events(
        "He pulled out a handgun and pointed it at the cook on Monday, police said.", published=day)]
    # (a force's surrender of a place stays)
    assert [e.sub_event_type for e in helpers.events(
        "The garrison surrendered the town to the rebels on Monday.", published=day)] == ["Non-violent transfer of territory"]


def test_arms_recovered_that_were_looted_before_are_no_looting():
    # "arms looted from police armouries": what the cache is, taken months ago; the recovery is the act
    evs = helpers.events("Security forces recovered a cache of arms looted from police armouries in Bishnupur district "
                         "on Tuesday.", published=helpers.PUBLISHED)
    assert "Looting/property destruction" not in [ev.sub_event_type for ev in evs]


def test_talks_that_go_on_or_went_on_for_months_are_no_meeting_told():
    assert subs("The Teachers Service Commission said talks were continuing.") == []
    assert subs("The deal, brokered by Qatar, followed months of talks.") == []
    assert subs("Government and rebel negotiators held talks in Doha on Monday.") == ["Other"]
    # (talks judged in a party's statement: a comment, no meeting told)
    assert subs("The Kremlin said on Wednesday that talks in Riyadh between Russian and US officials had been useful.") == []
    # (and talks to come, told before them)
    assert subs("The Kremlin said no date had been set for a summit between the two presidents.") == []


def test_talks_a_party_plans_to_go_to_or_that_broke_down_long_ago_are_no_meeting_told():
    # the plan's verb before the word ("are due to meet in Doha next week for indirect talks"), or a collapse a season
    # or more ago: the war's past told as background
    assert subs("Israeli and Hamas negotiators are due to meet in Doha next week for indirect talks on a ceasefire.") == []
    assert subs("Israel and Lebanon are set to hold talks in Naqoura next week on their land border.") == []
    assert subs("Talks in Jeddah sponsored by the United States and Saudi Arabia collapsed last year.") == []
    # (talks held, or broken off on the day, are still told)
    assert subs("Government and rebel negotiators met in Doha for talks on Monday.") == ["Other"]
    assert subs("Talks in Doha between the two sides collapsed on Monday.") == ["Other"]
    # (nor a release the planned talks are on)
    assert subs("Israeli and Hamas negotiators are due to meet in Doha next week for indirect talks on a ceasefire and "
                "the release of hostages.") == []


def test_a_militia_s_rockets_seized_are_disrupted_weapons_use_and_rockets_fired_for_months_no_act():
    assert helpers.codings("Iraqi security forces seized a cache of 40 Katyusha rockets and launchers hidden in an orchard "
                           "on Thursday.", dt.date(2024, 4, 12), fields=("sub_event_type", "actor1.name")) == \
        [("Disrupted weapons use", "Military Forces of Iraq")]
    # (a campaign in the perfect, its period told across an abbreviation's stop)
    assert helpers.codings("Rockets have been fired at the U.S. embassy and at bases hosting U.S. troops in recent months, "
                           "attacks Washington blames on Iran-backed militias.", dt.date(2024, 4, 12), fields="sub_event_type") == []


def test_the_captives_a_prisoner_swap_frees_told_by_who_they_are_are_no_arrest():
    assert subs("Five U.S. citizens detained in Iran landed in Doha on Monday in a prisoner swap.") == ["Agreement"]
    # (an arrest of the day in an exchange's report still is one)
    assert "Arrests" in subs("The two sides exchanged prisoners on Monday; police arrested three men in Kyiv on Sunday.")


def test_a_fire_set_in_the_ing_form_is_arson():
    # "setting fire to two cars" as "set fire to" is
    [ev] = helpers.events("Settlers entered the village on Wednesday, setting fire to two cars, residents said.",
                          published=dt.date(2023, 6, 22))
    assert ev.sub_event_type == "Looting/property destruction"


def test_a_city_taken_after_the_other_side_withdrew_without_a_fight_is_one_non_violent_transfer():
    evs = _events("Iraqi government forces took control of the city of Kirkuk on Monday after Kurdish Peshmerga fighters "
                  "withdrew largely without a fight, officials said.", published="2017-10-16")
    assert [e["sub_event_type"] for e in evs] == ["Non-violent transfer of territory"]


def test_talks_that_reached_an_agreement_told_again_are_the_agreement():
    evs = _events("Russian and Ukrainian delegations met in Istanbul on Friday and agreed to exchange 1,000 prisoners of "
                  "war each, both sides said.\n\nThe talks lasted less than two hours.", published="2025-05-16")
    assert [e["sub_event_type"] for e in evs] == ["Agreement"]


def test_the_delegations_that_agree_are_their_governments():
    evs = _events("Russian and Ukrainian delegations met in Istanbul on Friday and agreed to exchange 1,000 prisoners of "
                  "war each, both sides said.", published="2025-05-16")
    assert [(e["sub_event_type"], e["actor1"]["name"], e["actor2"]["name"]) for e in evs] == [
        ("Agreement", "Government of Russia", "Government of Ukraine")]


def test_troops_that_entered_a_city_the_other_side_had_left_took_it_without_a_fight():
    evs = _events("Ukrainian troops entered the southern city of Kherson on Friday after Russian forces withdrew across "
                  "the Dnipro River, officials said.", published="2022-11-11")
    assert [e["sub_event_type"] for e in evs] == ["Non-violent transfer of territory"]


def test_captives_freed_in_an_exchange_are_the_exchange_s():
    # (the release is one side of the swap; the exchange told after the captives)
    assert subs("Russia and Ukraine each released 115 prisoners of war on Saturday in a prisoner swap, officials said.") == [
        "Agreement"]
    assert subs("Russia and Ukraine each returned 115 prisoners of war on Saturday in an exchange mediated by the "
                "United Arab Emirates, officials said.") == ["Agreement"]
    # (not an exchange of fire)
    assert "Agreement" not in subs("Two soldiers were killed on Saturday in an exchange of fire with militants.")


def test_how_the_captives_of_an_exchange_were_taken_and_where_it_was_agreed_are_no_acts_of_the_report():
    text = ("Russia and Ukraine exchanged 115 prisoners of war each on Saturday, officials said. The Russian servicemen, "
            "captured during Ukraine's incursion into the Kursk region, were in Belarus. The swap had been agreed during "
            "talks in Abu Dhabi earlier this month.")
    assert subs(text) == ["Agreement"]
    # (a force's capture of a place is still one: "troops captured the village")
    assert "Agreement" in subs("Russia and Ukraine exchanged 115 prisoners of war each on Saturday. Russian troops "
                               "captured the village of Novohrodivka on Friday.")


def test_an_exchange_told_from_a_dateline_is_placed_in_the_country_not_at_the_broker_or_the_talks():
    evs = _events("KYIV, Oct 2 (Reuters) - Ukraine and Russia carried out an exchange of prisoners of war on Thursday, "
                  "returning 185 servicemen to each side in a swap mediated by the United Arab Emirates, officials said.",
                  published="2025-10-02")
    assert [(e["sub_event_type"], e["location"]["name"], e["location"]["precision"]) for e in evs] == [
        ("Agreement", "Ukraine", 6)]
    evs = _events("KYIV, June 10 (Reuters) - Ukraine and Russia exchanged prisoners of war on Tuesday, the second stage "
                  "of a swap agreed at talks in Istanbul, officials said.", published="2025-06-10")
    assert [(e["sub_event_type"], e["location"]["name"]) for e in evs] == [("Agreement", "Ukraine")]


def test_states_that_sign_a_deal_are_their_governments_and_states_that_exchange_prisoners_their_forces():
    evs = _events("WASHINGTON, Aug 8 (Reuters) - Armenia and Azerbaijan signed a peace agreement at the White House on "
                  "Friday.", published="2025-08-08")
    assert [(e["actor1"]["name"], e["actor2"]["name"]) for e in evs] == [("Government of Armenia", "Government of Azerbaijan")]
    evs = _events("WASHINGTON, June 27 (Reuters) - The foreign ministers of the Democratic Republic of Congo and Rwanda "
                  "signed a peace agreement on Friday.", published="2025-06-27")
    assert [e["actor2"]["name"] for e in evs] == ["Government of Rwanda"]
    assert evs[0]["actor1"]["name"].startswith("Government of") and "Congo" in evs[0]["actor1"]["name"]
    evs = _events("Russia and Ukraine exchanged 90 prisoners of war each on Monday.", published="2025-06-02")
    assert [(e["actor1"]["name"], e["actor2"]["name"]) for e in evs] == [("Military Forces of Russia", "Military Forces of Ukraine")]


def test_a_side_that_withdraws_leaves_the_ground_to_the_other_side():
    # (ACLED: the side that gains the ground acts; never one actor on both sides)
    evs = _events("Ukraine says its troops have withdrawn from Vuhledar\n\nKYIV, Oct 2 (Reuters) - Ukrainian troops have "
                  "withdrawn from the eastern town of Vuhledar to avoid encirclement, the military said on Wednesday. "
                  "Russian forces had been advancing on the town for weeks.", published="2024-10-02")
    assert [(e["sub_event_type"], e["actor1"]["name"], e["actor2"]["name"]) for e in evs] == [
        ("Non-violent transfer of territory", "Military Forces of Russia", "Military Forces of Ukraine")]


def test_the_states_that_free_the_captives_of_a_swap_are_its_parties():
    # (prisoners a state holds: its government's swap; soldiers: its forces')
    evs = helpers.events("The United States and Russia freed 24 prisoners on Thursday in the biggest swap between the two "
                         "countries since the Cold War.", published=helpers.MON_2025_03_03)
    assert [(e.sub_event_type, e.actor1["name"], e.actor2["name"]) for e in evs] == [
        ("Agreement", "Government of the United States", "Government of Russia")]
    evs = helpers.events("Russia and Ukraine each returned 115 prisoners of war on Saturday in an exchange mediated by the "
                         "United Arab Emirates.", published=helpers.MON_2025_03_03)
    assert [(e.actor1["name"], e.actor2["name"]) for e in evs] == [("Military Forces of Russia", "Military Forces of Ukraine")]


def test_arrests_counted_in_the_perfect_over_a_period_are_no_act():
    # "Police have detained more than 300 people since the start of the year": a period's tally of arrests
    assert subs("Police have detained more than 300 people since the start of the year.") == []
    # (a few days' arrests stay an act: "since Monday"; and a day's arrests)
    assert subs("Police have detained 30 people since Monday in the capital.") == ["Arrests"]
    assert subs("Police detained 30 people in the capital on Monday.") == ["Arrests"]


def test_a_truce_that_took_effect_and_a_prisoner_exchange_agreed_are_agreements():
    assert subs("A ceasefire between the army and the rebels took effect at midnight on Sunday.") == ["Agreement"]
    assert subs("The two sides agreed a prisoner exchange in Istanbul on Sunday.") == ["Agreement"]
    # the detainees the exchange is to free are the people held, no arrest told
    assert subs("The two sides agreed a prisoner exchange on Sunday, under which 200 detainees are to be freed.") == \
        ["Agreement"]
    # a truce still to start is none yet; an arrest told by its verb stays
    assert subs("The ceasefire is due to take effect on Sunday, mediators said.") == []
    assert subs("Police detained five men in the town on Sunday.") == ["Arrests"]


def test_talks_under_way_their_aims_and_earlier_rounds_are_no_meeting_told():
    assert subs("Envoys of the two governments are holding talks in Addis Ababa on the disputed border.") == []
    assert subs("Negotiators have been holding talks in Cairo for a week.") == []
    assert subs("The talks aim to secure the release of aid workers.") == []
    assert subs("Previous rounds of talks ended without a deal.") == []
    # a meeting that took place, told in the simple past
    assert subs("Envoys of the two governments held talks in Addis Ababa on Monday.") == ["Other"]


def test_a_deal_parties_negotiate_or_discuss_is_no_agreement_yet():
    assert subs("The two governments have been negotiating a prisoner swap with the help of Turkish mediators.") == []
    assert subs("Army and rebel envoys are discussing a truce in the north.") == []
    # a swap carried out is one
    assert subs("The two sides exchanged 40 prisoners of war on Monday.") == ["Agreement"]


def test_a_weapons_seizure_told_before_its_arrests_is_disrupted_weapons_use():
    # (ACLED codes the seizure when it is the news; the men taken with the arms are part of it)
    assert coded("Soldiers seized 14 assault rifles and arrested three men at a roadblock outside Gao on Friday.") == [
        ("Disrupted weapons use", "Military Forces", None)]
    assert [c[0] for c in coded("Troops seize 14 rifles, arrest three in Gao\n\nThe haul was found in a truck on "
                                "Friday, the army said.")] == ["Disrupted weapons use"]
    # (an arrest told first stays the arrest, its haul folded in)
    assert [c[0] for c in coded("Soldiers arrested a militia commander and seized his rifle in Gao on Friday.")] == [
        "Arrests"]


def test_a_curfew_imposed_is_a_strategic_development_of_the_state_s_forces():
    # (the force the report says enforces it; with none named, the police, inferred)
    assert coded("Officials imposed a dusk-to-dawn curfew in Kasese on Sunday after days of tension. Soldiers were "
                 "deployed to enforce the order.") == [("Other", "Military Forces", None)]
    assert coded("A 24-hour curfew was declared in the town of Kasese on Sunday, officials said.") == [
        ("Other", "Police Forces", None)]


def test_an_arrest_made_without_a_shot_being_fired_is_only_an_arrest():
    for quiet in ("without a shot being fired", "without a single shot fired", "without any shots fired"):
        assert subs(f"Federal agents arrested a gang leader at a ranch outside Tijuana on Sunday {quiet}.") == \
            ["Arrests"], quiet


def test_fighters_surrender_to_the_army_is_other_no_territory_handed_over():
    # persons giving up to the state's forces, no place changing hands: Strategic developments (Other)
    day = dt.date(2025, 3, 4)
    for text in ("Five rebel fighters surrendered to the army in Sulu on Monday, turning over four rifles.",
                 "Seven militants surrendered to government troops near the town on Monday, the military said."):
        assert [e.sub_event_type for e in helpers.events(text, published=day)] == ["Other"], text
