"""Extraction: who did an act as sources tell it (claims of responsibility, a force's own account,
accusations, state media's words, a report's attribution)."""
import datetime as dt
from extraction import extract_events, report_text
from functools import partial
from tests import extraction_helpers as helpers
from tests.extraction_helpers import (
    LVIV, SAT_2024_08_10 as SAT, TERNOPIL, by_place_killed_wounded as by_place, only_event,
)

coded = partial(helpers.codings, published=helpers.MON_2025_03_10)
coded_published_2025_06_10 = partial(helpers.report_events, geoparser=helpers.GEOPARSER, published="2025-06-10")
events_published_2025_03_10 = partial(helpers.events, published=helpers.MON_2025_03_10)
events = partial(helpers.events, published=dt.date(2025, 4, 30))
events_published_2025_06_11 = partial(helpers.events, published=helpers.WED_2025_06_11)


# From test_extraction_abductions.py: Abductions, kidnappings and other violence against civilians: who is taken,
# killed or held, by whom.

def test_a_group_told_as_its_parent_s_is_the_doer():
    ev = helpers.only_event("Militants linked to al Qaeda's JNIM abducted three aid workers on Sunday.", published=helpers.MON_2025_11_24)
    assert (ev.actor1["name"], ev.actor2["name"]) == ("JNIM: Jama'at Nusrat al-Islam wal-Muslimin", "Civilians")


def test_a_group_named_after_an_apposition_that_opens_the_claim_is_the_doer():
    # ("Al Qaeda's Sahel affiliate, JNIM, claimed responsibility": the comma that closes the apposition before the name)
    ev = helpers.only_event("Islamist militants attacked a military camp on Monday, killing at least 30 soldiers, "
                            "security sources said. Al Qaeda's Sahel affiliate, JNIM, claimed responsibility for the "
                            "attack in a statement on Tuesday.", published=dt.date(2022, 9, 6))
    assert (ev.sub_event_type, ev.actor1["name"]) == ("Armed clash", "JNIM: Jama'at Nusrat al-Islam wal-Muslimin")


# From test_extraction_asiafar.py: Conflict reports from Myanmar, the Philippines, Pakistan, Indian Kashmir and
# central India, Thailand's deep south, Papua and the Chittagong Hill Tracts: the armed groups and forces by the names
# the region's papers use.

def test_men_told_by_their_ride_after_by_are_the_doers():
    [ev] = helpers.events("A candidate for village chair was shot dead by motorcycle-riding gunmen in the town on Saturday night. "
                  "The victim died on the spot.", published=helpers.WED_2025_03_12)
    assert ev.actor1["name"].startswith("Unidentified Armed Group")
    assert ev.actor2["name"].startswith("Civilians")


# From test_extraction_asiafix.py: Conflict reports from Asia and elsewhere: a group named in a "which" clause before
# its claim, a group the police or the army suspect, and the acts told by a state's regime or junta.

def test_an_armed_group_saying_its_men_killed_the_act_s_dead_is_its_doer():
    # (not a state's word of whom it killed, which may tell an act of its own)
    text = ("Twelve Pakistani soldiers were killed when militants attacked a security post on Saturday night, the army "
            "said. The Pakistani Taliban said in a statement that its fighters had killed 30 soldiers in the clash.")
    ev = helpers.only_event(text, published=dt.date(2025, 9, 14))
    assert (ev.actor1["name"], ev.actor2["name"]) == ("TTP: Tehrik-i-Taliban Pakistan", "Military Forces of Pakistan")


def test_a_group_told_by_a_which_clause_before_its_claim_is_the_doer():
    [ev] = helpers.events("Two soldiers were killed when militants ambushed an army truck on Monday. The Kashmir Tigers, which "
                  "police say is a front for the Jaish-e-Mohammed, claimed responsibility.", published=helpers.TUE_2024_06_04)
    assert ev.actor1["name"] == "Kashmir Tigers"


def test_an_act_told_by_its_doers_pronoun_is_the_act_told_before_and_takes_the_claim():
    evs = helpers.events("Seven soldiers were killed when a suicide bomber rammed a vehicle into a post on Saturday. Six militants "
                 "tried to storm the post; their attack was foiled. A newly formed group linked to the Hafiz Gul Bahadur "
                 "group claimed responsibility.", published=helpers.TUE_2024_06_04)
    assert [(ev.sub_event_type, ev.actor1["name"]) for ev in evs] == [("Suicide bomb", "Hafiz Gul Bahadur Group")]


# From test_extraction_attribution.py: Who did it and to whom when the copy says it indirectly: men told by the group
# they are tied to, victims told as members of a group, blame and claims, and where the doers went afterwards.

def test_men_told_by_the_group_they_are_tied_to_are_that_group():
    [(sub, a1, a2)] = coded("Fighters linked to the Islamic State killed nine villagers in a raid near Mueda on Sunday.")
    assert (sub, a1, a2) == ("Attack", "Islamic State", "Civilians")
    [(_, a1, _)] = coded("Gunmen loyal to the Gulf Cartel shot dead four bus drivers in Reynosa on Sunday.")
    assert a1 == "Gulf Cartel"
    [(_, a1, _)] = coded("Militants allied to al-Shabaab killed three teachers near Mandera on Sunday.")
    assert a1 == "Al Shabaab"


def test_victims_told_as_members_of_a_group_with_its_abbreviation_are_the_target():
    [(sub, a1, a2)] = coded("Suspected JNIM militants killed nine members of the Volunteers for the Defence of the Homeland "
                            "(VDP) in an ambush near Kaya on Sunday, security sources said.")
    assert (a1, a2) == ("JNIM: Jama'at Nusrat al-Islam wal-Muslimin", "VDP: Volunteers for the Defense of the Homeland")


def test_an_act_claimed_in_the_passive_has_the_claimer_as_doer():
    [(sub, a1, _)] = coded("A suicide bomber killed seven worshippers at a mosque in Peshawar on Friday, police said. "
                           "The bombing was claimed by Islamic State Khorasan Province.")
    assert (sub, a1) == ("Suicide bomb", "Islamic State Khorasan Province")


def test_those_who_lay_the_blame_are_no_party():
    evs = coded("Police blame al-Shabaab for Kismayo killings\n\nGunmen shot dead three traders in Kismayo on Sunday, "
                "witnesses said.")
    assert all(not (a1 or "").startswith("Police") and not (a2 or "").startswith("Police") for _, a1, a2 in evs)


def test_doers_said_in_a_later_sentence_to_belong_to_a_group_are_that_group():
    [(_, a1, a2)] = coded("Gunmen shot dead four shopkeepers at a market in Choloma on Sunday, police said. Detectives "
                          "believed the attackers belonged to the Barrio 18 gang.")
    assert a1 == "Barrio 18" and a2.startswith("Civilians")
    # (the victims' gang is no doer)
    [(_, a1, _)] = coded("Gunmen shot dead four men at a market in Choloma on Sunday, police said. The victims belonged "
                         "to the Barrio 18 gang.")
    assert a1 != "Barrio 18"


def test_doers_said_in_a_later_sentence_to_be_a_group_are_that_group():
    [(_, a1, a2)] = coded("On 2 March, armed men killed seven displaced persons at a site near Djugu. The perpetrators are "
                          "believed to be CODECO elements.")
    assert a1 == "CODECO: Cooperative for the Development of Congo" and a2.startswith("Civilians")
    # (or identified as one by a source: "The attackers, identified by the army as fighters of the ADF")
    [(_, a1, a2)] = coded("At least 52 people were killed when rebels attacked the town on Saturday, officials said. The "
                          "attackers, identified by the army as fighters of the Allied Democratic Forces (ADF), used "
                          "machetes and guns.")
    assert a1 == "ADF: Allied Democratic Forces" and a2.startswith("Civilians")


def test_doers_told_by_their_creed_before_the_act_are_its_doers():
    # "when Islamist rebels attacked": the doers' creed or cause between "when" and them, as "when masked gunmen"
    for doers, name in (("Islamist rebels", "Opposition Rebels"), ("suspected Islamist militants", "Unidentified Armed Group")):
        [(_, a1, a2)] = coded(f"At least 52 people were killed when {doers} attacked the town on Saturday, officials said.")
        assert a1 == name and a2.startswith("Civilians"), doers


# From test_extraction_blasts.py: Blasts and violence against civilians: bombs with no one named behind them,
# datelines with a country.

def test_the_doer_told_after_by_with_a_word_between():
    [ev] = events_published_2025_06_11("A radio journalist was shot dead by unidentified gunmen outside his home on Tuesday night.")
    assert (ev.actor1["name"], ev.actor2["name"]) == ("Unidentified Armed Group", "Civilians")
    [ev] = events_published_2025_06_11("Two people were killed by suspected al Shabaab militants in the town on Friday.")
    assert ev.actor1["name"] == "Al Shabaab"
    [ev] = events_published_2025_06_11("A roadside bomb planted by the Taliban killed four policemen on Tuesday.")
    assert (ev.actor1["name"], ev.actor2["name"]) == ("Taliban", "Police Forces")
    [ev] = events_published_2025_06_11("UN peacekeepers documented the rape of at least 18 women by fighters of the CODECO militia last week.")
    assert ev.actor1["name"] == "CODECO: Cooperative for the Development of Congo"


# From test_extraction_claims.py: Claims told through a spokesman or a statement, interceptions (the interceptor acts
# on the launcher), and acts at sea told in the passive with no doer.

def test_an_act_at_sea_told_in_the_passive_by_its_weapon_is_found():
    [ev] = events_published_2025_03_10("A container ship was hit by a missile off the coast of Eritrea on Sunday, the maritime agency said.")
    assert ev.sub_event_type == "Shelling/artillery/missile attack"
    [ev] = events_published_2025_03_10("A tanker was struck by two drone boats in the Black Sea on Sunday, its owner said.")
    assert ev.sub_event_type == "Air/drone strike"
    [ev] = events_published_2025_03_10("Kyiv said on Monday its forces had hit a Russian landing craft with sea drones near Kherson.")
    assert ev.sub_event_type == "Air/drone strike"


def test_a_claim_in_a_statement_with_its_own_verb_is_the_act_told_before_not_another():
    [ev] = events_published_2025_03_10("Jihadists killed nine soldiers in an attack on an army base near Diffa on Sunday, the army said. "
                  "ISWAP said in a statement on Telegram that it had attacked the base.")
    assert (ev.actor1["name"], ev.killed["best"]) == ("Islamic State West Africa Province", 9)
    assert coded("Islamic State said in a statement on Telegram that its fighters attacked an army checkpoint near "
                 "Raqqa on Sunday.")[0][1] == "Islamic State"


def test_a_force_that_says_its_arm_struck_a_gathering_of_the_enemy_s_men_is_the_doer():
    # (the possessive is the doer's, no act told before: "said its aircraft had struck", "said its forces had struck a
    # meeting of"; the men gathered are the target)
    assert coded("The Israeli military said its aircraft had struck a gathering of Hezbollah fighters in the village "
                 "of Aitaroun on Monday.") == [("Air/drone strike", "Military Forces of Israel", "Hezbollah")]
    assert coded("Russia's defence ministry said on Wednesday its forces had struck a concentration of Ukrainian troops "
                 "near Kramatorsk.") == [("Shelling/artillery/missile attack", "Military Forces of Russia",
                                          "Military Forces of Ukraine")]


def test_a_statement_about_another_s_act_or_a_force_s_own_reply_claims_nothing():
    assert coded("Syria's defence ministry said on Sunday Israeli drones struck a truck near Quneitra, killing "
                 "two.")[0][1] == "Military Forces of Israel"
    first = coded("Gunmen attacked a village near Djibo on Sunday, killing 12 civilians. The army said on Monday it had "
                  "killed 20 of the attackers.")[0]
    assert first[1] != "Military Forces of Burkina Faso"


def test_the_force_that_says_it_repelled_an_attack_is_the_attack_s_target():
    [(sub, a1, a2)] = coded("Niger's army said it repelled an attack by JNIM fighters on its post in Tillaberi on "
                            "Sunday, killing dozens of assailants.")
    assert (sub, a2) == ("Armed clash", "Military Forces of Niger")


def test_an_attack_by_heavily_armed_gunmen_repelled_by_the_speaking_army_is_the_gunmen_s_against_it():
    # ("by heavily armed gunmen": the doers, whatever their arms; not the army's target)
    [(sub, a1, a2)] = coded("Niger's army said it had repelled an attack by heavily armed gunmen on its post at "
                            "Chatoumane on Monday.")
    assert (sub, a1.startswith("Unidentified Armed Group"), a2) == ("Armed clash", True, "Military Forces of Niger")


def test_an_attack_told_back_as_foiled_by_interception_is_the_target_s_interception():
    evs = coded("Hezbollah said on Sunday it had fired rockets at an Israeli army base near Safed. An official said the "
                "attack had failed and the rockets were intercepted.")
    assert ("Disrupted weapons use", "Military Forces of Israel", "Hezbollah") in evs


# From test_extraction_europe2.py: Political violence in Europe and the North Caucasus: lone attackers, riots,
# Northern Ireland, Kosovo, Corsica, Greece, Sweden's gangs, Dagestan and Ingushetia.

def test_an_attack_told_in_the_passive_whose_doer_is_only_the_attacker_is_an_unidentified_armed_group_s():
    [ev] = extract_events("A man was stabbed at the bus station in Huddersfield on Friday afternoon. Witnesses said the "
                          "attacker had shouted religious slogans.", published_at=SAT, toponyms=[], locations=[])
    assert ev.actor1 is not None and ev.actor1["name"].startswith("Unidentified Armed Group")


# From test_extraction_events.py: Event assembly on hand-made text and hand-made toponyms (no gazetteer needed).

def test_two_groups_counted_together_a_claim_of_responsibility_and_days_of_clashes():
    text = ("Two suicide bombers attacked crowds outside the airport on Thursday, killing at least 169 Afghans "
            "and 13 US troops. The Islamic State group claimed responsibility.")
    event = only_event(text, dt.date(2021, 8, 27))
    # (a report with no place named is the country of the people it names, the Afghans': IS there is its Khorasan
    # Province, as the alias table's home says)
    assert event.killed["best"] == 182 and event.actor1["name"] == "Islamic State Khorasan Province"
    text = ("Thousands have fled after days of clashes between rival militias. At least 32 people were killed "
            "and 159 wounded. Unidentified gunmen shot dead a local councillor.")
    events = extract_events(text, published_at=dt.date(2021, 8, 27), toponyms=[], locations=[])
    assert [(e.sub_event_type, e.killed["best"]) for e in events] == [("Armed clash", 32), ("Attack", 1)]


def test_an_attack_that_also_takes_hostages_and_a_doer_told_late_in_a_passive_clause():
    text = ("Suspected ADF rebels attacked a secondary school late on Friday, killing 41 people and abducting six "
            "others, police said.")
    attack = only_event(text, dt.date(2023, 6, 18))
    assert (attack.sub_event_type, attack.actor1["name"]) == ("Attack", "ADF: Allied Democratic Forces")
    text = "The president was shot dead at his private residence early on Wednesday by a group of gunmen."
    attack = only_event(text, dt.date(2021, 7, 8))
    assert attack.actor1["name"] == "Unidentified Armed Group"
    # "by" after a participle of its own is no doer of the killing
    text = "Two men were killed in areas occupied by the militants on Monday."
    attack = only_event(text, dt.date(2021, 7, 8))
    assert attack.actor1 is None
    # a group's name is no act: "Liberation Front"
    text = "The prime minister met leaders of the Tigray People's Liberation Front on Wednesday."
    assert extract_events(text, published_at=dt.date(2020, 11, 5), toponyms=[], locations=[]) == []


def test_a_speaker_that_says_it_acted_is_the_doer_and_a_facility_is_no_doer():
    text = "The army said it killed 30 militants near the border on Monday."
    clash = only_event(text, dt.date(2023, 3, 8))
    assert (clash.sub_event_type, clash.actor1["name"]) == ("Armed clash", "Military Forces")
    # "a police station": the place attacked, not the attackers; the men killed there are the target
    text = "Militants drove a truck into a police station on Tuesday, killing 23 soldiers."
    attack = only_event(text, dt.date(2023, 12, 12))
    assert (attack.actor1["name"], attack.actor2["name"]) == ("Unidentified Armed Group", "Military Forces")


def test_live_fire_at_crowds_unexploded_ordnance_and_an_act_only_blamed():
    text = "Security forces fired live ammunition at the crowds on Thursday, killing nine protesters."
    event = only_event(text, dt.date(2022, 6, 30))
    assert event.sub_event_type == "Excessive force against protesters"
    text = "Two boys were killed on Thursday when an unexploded rocket they found in a field went off."
    blast = only_event(text, dt.date(2023, 2, 10))
    assert blast.sub_event_type == "Remote explosive/landmine/IED"
    text = ("A car bomb exploded at a police academy on Thursday, killing 21 people. The government blamed the "
            "National Liberation Army (ELN) guerrilla group for the attack.")
    bomb = only_event(text, dt.date(2019, 1, 18))
    assert bomb.actor1["name"] == "ELN: National Liberation Army"


def test_a_state_blamed_with_its_article_is_the_doer():
    strike = only_event("A drone strike hit a militia base near the border on Friday, killing three fighters. The "
                        "militia blamed the United States for the attack.", dt.date(2024, 5, 4))
    assert strike.actor1["name"] == "Military Forces of the United States"


def test_a_state_s_forces_named_by_their_kind_and_blamed_for_the_act_are_the_doer():
    shelling = only_event("Artillery shells struck a monastery sheltering displaced villagers on Friday, killing 11 "
                          "people. The local resistance group blamed the army for the attack.", dt.date(2025, 2, 8))
    assert shelling.actor1["name"] == "Military Forces"
    # (not a blame for what they failed to do)
    blast = only_event("A bomb exploded at a market on Friday, killing 11 people. Residents blamed the army for failing "
                       "to protect them.", dt.date(2025, 2, 8))
    assert (blast.actor1 or {}).get("name") != "Military Forces"


def test_a_group_that_says_it_killed_men_in_an_act_did_it():
    for text, doer in (("The Taliban said they killed 12 soldiers in an ambush on Sunday.", "Taliban"),
                       ("The militants say they killed 12 soldiers in an ambush on Sunday.", "Unidentified Armed Group")):
        ev = extract_events(text, published_at=dt.date(2024, 6, 13), toponyms=[], locations=[])[0]
        assert ev.actor1["name"].startswith(doer) and ev.actor2["name"].startswith("Military Forces")


def test_killings_attributed_to_a_feud_within_a_group_are_that_group_s():
    day = dt.date(2025, 3, 5)
    for text in ("The bodies of five men were found on a highway near Culiacan on Monday. Prosecutors attributed the "
                 "killings to a feud between two factions of the Sinaloa Cartel.",
                 "Four people were shot dead in a bar on Monday. Police attributed the attack to a turf war between "
                 "rival factions of the Jalisco New Generation Cartel."):
        [event] = extract_events(text, published_at=day, toponyms=[], locations=[])
        assert "Cartel" in event.actor1["name"] and event.actor2["name"].startswith("Civilians"), text


def test_the_group_a_source_blames_is_the_doer_and_no_longer_the_target():
    # the blamed group, named after the act in the body's sentence, was also taken for its target there
    [strike] = extract_events(report_text(
        "Drone strike on hospital kills 30",
        "A drone attack on the only functioning hospital in the city killed 30 people on Saturday, a local official "
        "said, blaming the paramilitary Rapid Support Forces."), published_at=dt.date(2025, 1, 26), toponyms=[],
        locations=[])
    assert strike.actor1["name"] == "RSF: Rapid Support Forces"
    assert strike.actor2 is None or strike.actor2["name"].startswith("Civilians")


# From test_extraction_latam2.py: Latin America and the Caribbean, second round: the maras, Haiti's police and the
# Kenyan-led mission, and where a wire report's act happened when its dateline is the capital it was filed from.

def test_a_doer_told_by_attribution_to_it_by_a_unit_of_it_or_as_the_weapon_s_agent():
    [ev] = coded_published_2025_06_10("A social leader was murdered on Sunday night in Saravena, Arauca, in an attack that the Ombudsman's Office "
                 "attributed to FARC dissidents.")
    assert (ev["actor1"]["name"], ev["actor2"]["name"]) == ("FARC Dissidents", "Civilians (Colombia)")
    [ev] = coded_published_2025_06_10("A car bomb exploded outside a police station in Jamundi on Monday, wounding five police officers.\n\n"
                 "The police blamed the Jaime Martinez front of the Estado Mayor Central (EMC).")
    assert ev["actor1"]["name"] == "FARC Dissidents: Central General Staff"
    [ev] = coded_published_2025_06_10("Two soldiers were killed on Monday in a drone attack on a military base in Argelia, Cauca. The explosives "
                 "were dropped by fighters of the Segunda Marquetalia.")
    assert ev["actor1"]["name"] == "FARC Dissidents: Segunda Marquetalia"


def test_those_who_attribute_an_attack_are_no_party_to_it():
    [ev] = coded_published_2025_06_10("Five people were shot dead on Monday night in Salvador, Bahia, in an attack police attributed to a "
                 "dispute between criminal factions.")
    assert ev["actor2"]["name"] == "Civilians (Brazil)"


# From test_extraction_launches.py: Missile, rocket and drone launches and their interception: where they fell, who
# fired them, tests and tallies.

def test_the_enemy_in_an_official_s_words_is_the_other_side_of_the_scene_s_war(geoparser):
    [ev] = helpers.report_events("Air defence forces destroyed all nine drones the enemy launched at Lviv overnight, the regional "
                         "governor said on Monday. No damage was reported.", geoparser, published="2025-03-03")
    assert (ev["sub_event_type"], ev["actor2"]["name"]) == ("Disrupted weapons use", "Military Forces of Russia")
    [ev] = helpers.report_events("The enemy attacked a village in the Belgorod region with a drone on Monday, wounding a man, "
                         "the governor said.", geoparser, published="2025-03-03")
    assert ev["actor1"]["name"] == "Military Forces of Ukraine"


# From test_extraction_levant3.py: Middle East copy, a third round: Gaza, the West Bank, Lebanon, Syria after Assad,
# Yemen, Iraq (2025).

def test_a_group_that_claims_the_launch_or_the_shooting_did_it(geoparser):
    [ev] = helpers.report_events("A rocket fired from the northern Gaza Strip landed in an open area near the Israeli town of Sderot on "
                  "Wednesday, the military said. There were no injuries. Islamic Jihad's armed wing claimed the launch.",
                  geoparser, published="2025-06-11")
    assert ev["actor1"]["name"] == "PIJ: Palestinian Islamic Jihad"
    [ev] = helpers.report_events("A gunman opened fire at a bus stop on Wednesday, wounding two people, police said. Hamas claimed "
                  "the shooting.", geoparser, published="2025-06-11")
    assert ev["actor1"]["name"] == "Hamas Movement"


# From test_extraction_police2.py: US local copy of shootings involving police, and counts told piecemeal.

def test_officers_told_as_none_hurt_are_no_party():
    events = helpers.report_events("A man was shot and wounded outside a bar on Elm Street late Friday. No officers were injured.", published="2024-10-10")
    assert events and "Police" not in str([(e["actor1"], e["actor2"]) for e in events])


# From test_extraction_statemedia.py: Conflict news as state and official media write it in English: defence
# ministries' and their agencies' words for killing the enemy ("eliminated", "liquidated", "sent to hell", "the enemy
# lost up to 45 servicemen"), a soldier's death ("embraced shahadat"), the epithets they name the enemy by ("khwarij",
# "PKK/YPG terrorists", "terrorist PDF", "the Zionist regime"), and an agency's dateline credit ("ANKARA (AA) -").

def test_the_enemy_in_a_ministry_s_words_is_the_foe_of_its_own_forces(geoparser):
    [ev] = helpers.report_events("MOSCOW, June 3. /TASS/. Units of the Battlegroup Sever repelled three enemy counterattacks near "
                  "Volchansk in Ukraine's Kharkiv region, the Russian Defence Ministry said on Monday.", geoparser, published="2024-06-04")
    assert (ev["actor1"]["name"], ev["actor2"]["name"]) == ("Military Forces of Ukraine", "Military Forces of Russia")


# From test_extraction_summaries.py: Reports that sum up several acts: a total broken down place by place, follow-on
# acts with no doer of their own, interceptions with no interceptor named, aggregates that are no single event.

def test_doerless_acts_told_place_by_place_after_a_summary_keep_its_doer():
    text = "Russia launched a combined missile and drone attack on western Ukraine overnight. In Lviv, one person " \
           "was killed; in Ternopil, two were wounded, officials said."
    evs = helpers.events_at_places(text, [("Lviv", LVIV, 0), ("Ternopil", TERNOPIL, 0)], published=helpers.SAT_2025_03_08, area_precision=4)
    assert by_place(evs) == [("Lviv", 1, None), ("Ternopil", None, 2)]
    assert {(ev.actor1["name"], ev.event_type) for ev in evs} == {("Military Forces of Russia", "Explosions/Remote violence")}


# From test_extraction_tolls3.py: Casualty phrasing in wire and local conflict copy: victims listed with their kin and
# companions, families, and counts told in other shapes.

def test_a_doer_told_in_the_passive_after_the_toll_is_the_doer():
    [ev] = helpers.events("The shelling of the market, which killed nine people, was carried out by the Rapid Support Forces, "
                  "the army said on Monday.", published=helpers.THU_2025_03_13)
    assert ev.actor1["name"].startswith("RSF") and ev.killed["best"] == 9
    [ev] = helpers.events("A car bomb blamed on al-Shabaab killed four soldiers near the base on Tuesday.", published=helpers.THU_2025_03_13)
    assert "Shabaab" in ev.actor1["name"] and "Shabaab" not in ((ev.actor2 or {}).get("name") or "")


def test_a_faction_of_a_group_told_as_the_doer_in_a_later_sentence_is_the_group():
    # "The attack was carried out by the Jaime Martinez front of the EMC": the faction's act is its group's, one event
    [ev] = helpers.events("Three soldiers were killed when their patrol came under fire in a rural area on Monday. The "
                          "attack was carried out by the Dagoberto Ramos column of the Estado Mayor Central, the army "
                          "said.", published=helpers.THU_2025_03_13)
    assert (ev.actor1["name"], ev.sub_event_type) == ("FARC Dissidents: Central General Staff", "Armed clash")


# From test_extraction_westfix.py: West Asia fixes: victims counted 'along with' the one told, a protest's crowd
# before the force that intervenes, unclaimed strikes' unidentified doers, victims' own words over their target's
# owner, and the region's spellings.

def test_a_group_named_only_before_a_second_blast_s_telling_is_no_doer_of_it():
    # "...ambushed by Islamic State Sahel fighters. On Monday, an explosive device hit a military vehicle": the group is
    # the ambush's doer; the blast told after it, no doer named, is an unidentified armed group's (ACLED's default)
    evs = helpers.events("Nine soldiers were killed on Tuesday when their convoy was ambushed by Islamic State Sahel "
                         "fighters, the defence ministry said.\n\nOn Monday, an explosive device hit a military vehicle, "
                         "killing two soldiers, the ministry added.", published=helpers.THU_2025_03_13)
    assert [(ev.sub_event_type, ev.actor1["name"]) for ev in evs] == [
        ("Armed clash", "Islamic State Sahel Province"), ("Remote explosive/landmine/IED", "Unidentified Armed Group")]


def test_an_unclaimed_drone_or_rocket_strike_has_an_unidentified_doer():
    [ev] = events("An explosive-laden drone struck an oil field early on Thursday, setting fire to a storage tank. "
                  "There were no casualties.")
    assert (ev.sub_event_type, ev.actor1["name"], "actor1" in ev.inferred) == (
        "Air/drone strike", "Unidentified Armed Group", True)
    [ev] = events("Two Katyusha rockets landed near the airport late on Sunday, wounding a woman.")
    assert (ev.sub_event_type, ev.actor1["name"]) == ("Shelling/artillery/missile attack", "Unidentified Armed Group")
    # (a warplane's strike is a state's: no armed group carries one out)
    [ev] = events("Warplanes struck a village on Sunday, killing four people.")
    assert (ev.actor1 or {}).get("name") != "Unidentified Armed Group"


def test_a_group_claiming_under_its_urdu_spelling_is_the_doer():
    [ev] = events("Militants ambushed a police vehicle on Wednesday, killing the station house officer and his four "
                  "guards. The banned Tehreek-i-Taliban Pakistan (TTP) claimed responsibility for the attack.")
    assert (ev.actor1["name"], ev.killed["best"]) == ("TTP: Tehrik-i-Taliban Pakistan", 5)


def test_a_crowd_that_storms_or_tries_to_storm_a_building_riots_and_faces_the_police_told_with_it():
    [ev] = events("Protesters tried to storm the presidential palace on Saturday, breaking through metal barriers "
                  "before riot police pushed them back with water cannon.", published=dt.date(2025, 10, 5))
    assert (ev.event_type, ev.sub_event_type, ev.actor1["name"], ev.actor2["name"]) == (
        "Riots", "Violent demonstration", "Rioters", "Police Forces")
    [ev] = events("Hundreds of protesters stormed the government building on Tuesday evening, setting fire to part of "
                  "the ground floor, after riot police failed to push them back with stun grenades.")
    assert (ev.event_type, ev.actor2["name"]) == ("Riots", "Police Forces")


def test_a_group_s_branch_where_it_acts_claims_for_the_group():
    # "The Islamic State group's affiliate in the region claimed responsibility": the group's doing
    from extraction import process_report
    text = ("A roadside bomb struck a vehicle carrying soldiers on Tuesday, killing three of them and wounding two, "
            "officials said.\n\nThe Islamic State group's affiliate in the region claimed responsibility for the "
            "attack in a statement.")
    [ev] = process_report({"id": "t", "title": None, "text": text, "published_at": "2023-05-16"}, None)["events"]
    assert ev["actor1"]["name"].startswith("Islamic State")


def test_armed_gunmen_told_how_before_the_act_are_its_doers():
    # "when armed gunmen fired at a village": the men the act's own clause names, not those it hit
    from extraction import process_report
    text = "Two villagers were injured on Tuesday when armed gunmen fired at a village in the district, police said."
    [ev] = process_report({"id": "t", "title": None, "text": text, "published_at": "2024-06-04"}, None)["events"]
    assert (ev["actor1"] or {}).get("name", "").startswith("Unidentified Armed Group")
    assert ev["actor2"]["name"].startswith("Civilians")


def test_a_claim_of_the_raid_names_the_doers_the_report_told_as_unnamed():
    [(sub, a1, a2)] = helpers.codings(
        "Jihadist fighters attacked an army post near Ansongo on Sunday, killing nine soldiers, security sources said. "
        "Islamic State Sahel Province claimed the raid on Monday.", published=helpers.TUE_2025_06_10)
    assert (sub, a1, a2) == ("Armed clash", "Islamic State Sahel Province", "Military Forces")


def test_the_group_whose_members_an_officer_blamed_is_the_doer():
    # "blamed members of the BIFF": the group, as "blamed the BIFF"
    evs = helpers.events("Three soldiers were wounded when a roadside bomb exploded as their truck passed on Wednesday. "
                         "Maj. Gen. Antonio Nafarrete blamed members of the Bangsamoro Islamic Freedom Fighters (BIFF).",
                         published=helpers.PUBLISHED)
    assert [helpers._names(ev) for ev in evs] == [("BIFF: Bangsamoro Islamic Freedom Fighters", "Military Forces")]


def test_a_country_that_says_its_forces_took_a_place_is_the_doer():
    # "Russia said ... its forces had taken": the country's forces, as "Russia launched" makes them the doer
    [ev] = events("Russia said on Saturday its forces had taken full control of Avdiivka.")
    assert (ev.event_type, ev.actor1["name"]) == ("Battles", "Military Forces of Russia")


def test_a_group_s_chief_who_says_his_fighters_acted_speaks_for_the_doer():
    # the chief with his name after his title, or his name in commas after the group's ("The head of Russia's Wagner
    # Group, Yevgeny Prigozhin, said"), and "his fighters": the group took the place
    for text in ("Wagner Group chief Yevgeny Prigozhin said on Saturday his fighters had taken full control of Bakhmut.",
                 "The head of Russia's Wagner Group, Yevgeny Prigozhin, said on Saturday his fighters had taken full "
                 "control of Bakhmut."):
        [ev] = events(text)
        assert ev.actor1["name"] == "Wagner Group", text


def test_a_force_s_abbreviation_in_brackets_speaks_as_its_name_does():
    # "The Malian Armed Forces (FAMa) said that the attack had been repelled": the army tells of the claimed assault, no
    # attack of its own
    parties = helpers.report_coded("Jihadists claim capture of Mali army base, army denies\n\nBAMAKO, Jan 9 (Reuters) - "
                                   "JNIM said on Thursday its fighters had taken control of a military base at Boulkessi in "
                                   "central Mali after an assault on Wednesday, a claim the army denied. The Malian Armed "
                                   "Forces (FAMa) said that the attack had been repelled.", ("actor1.name", "actor2.name"),
                                   published="2025-01-09")
    assert parties == [("JNIM: Jama'at Nusrat al-Islam wal-Muslimin", "Military Forces")]


def test_a_group_blamed_for_an_act_of_a_year_gone_by_is_not_the_doer_of_the_day_s_act():
    # (the act a time gone by owns, told by its verb's -ing form, is only recalled: no event, and its blamed group
    # names no doer of the act the report tells)
    text = ("Gunmen shot dead a shopkeeper in the market of Narayanpur on Monday. Police blamed the Maoists for last "
            "year's killing of two traders in the town.")
    evs = helpers.events(text, published=helpers.MON_2025_03_03)
    assert [(ev.sub_event_type, *helpers._names(ev)) for ev in evs] == [
        ("Attack", "Unidentified Armed Group", "Civilians")]
    # (blamed for the act told, the group is its doer)
    text = "Gunmen shot dead a shopkeeper in Narayanpur on Monday. Police blamed the Maoists for the killing."
    [ev] = helpers.events(text, published=helpers.MON_2025_03_03)
    assert helpers._names(ev)[0] == "CPI (Maoist): Communist Party of India (Maoist)"


def test_a_side_accused_of_the_act_is_its_doer_but_not_one_accused_of_failing_to_protect():
    text = ("A drone strike killed eight civilians near the town on Saturday, a local official said. A rebel alliance "
            "accused the Malian army of carrying out the strike.")
    assert [e.actor1["name"] for e in helpers.events(text, published=helpers.MON_2025_03_10)] == ["Military Forces of Mali"]
    text = ("Gunmen killed eight civilians near the town on Saturday, a local official said. Residents accused the "
            "Malian army of failing to protect them.")
    assert [e.actor1["name"] for e in helpers.events(text, published=helpers.MON_2025_03_10)] == ["Unidentified Armed Group"]


def test_a_bombing_no_other_group_claimed_after_a_group_s_denial_is_an_unidentified_group_s():
    # (the group named denied it: "no other group has claimed it" leaves the doer unknown)
    ev = helpers.only_event("A suicide bomber blew himself up at a bus stop in Kohat on Tuesday, killing seven "
                            "people, police said. The Pakistani Taliban denied any role, and no other group has "
                            "claimed the attack.", published=helpers.WED_2025_03_12)
    assert (ev.sub_event_type, ev.actor1["name"]) == ("Suicide bomb", "Unidentified Armed Group")


def test_a_blast_whose_blamer_named_no_group_is_an_unidentified_group_s():
    # (groups said to be active in the area are not told as its doers)
    ev = helpers.only_event("Five soldiers were killed when an explosive device hit their vehicle near Ayorou on "
                            "Thursday, the army said. The army blamed terrorists but did not name a group. Jihadist "
                            "groups linked to al Qaeda and the Islamic State operate in the region.",
                            published=helpers.MON_2025_11_24)
    assert (ev.sub_event_type, ev.actor1["name"]) == ("Remote explosive/landmine/IED", "Unidentified Armed Group")


def test_a_claim_told_by_a_participle_is_the_doer_s_figure_not_the_toll():
    # ("saying its fighters had killed nine": the group's own figure, weighed below the officials' count)
    ev = helpers.only_event("A roadside bomb hit a police truck outside Marka on Friday, killing three officers, a "
                            "police commander said. Al-Shabaab claimed the bombing, saying its fighters had killed "
                            "nine policemen.", published=helpers.MON_2025_11_24)
    assert (ev.actor1["name"], ev.killed["best"]) == ("Al Shabaab", 3)


def test_a_release_with_no_releaser_told_is_the_captors_named_after_it():
    # ("JNIM said last month that it was holding them": the group that held the captives let them go)
    ev = helpers.only_event("Three kidnapped nurses were released on Friday, their employer said. JNIM said last month "
                            "that it was holding them.", published=dt.date(2025, 8, 20))
    assert (ev.sub_event_type, ev.actor1["name"]) == ("Other", "JNIM: Jama'at Nusrat al-Islam wal-Muslimin")
