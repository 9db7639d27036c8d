import datetime as dt
"""Extraction: which actor a phrase names as find_actors reads it (aliases, epithets, acronyms, a
group's branches, generic nouns for a country's forces, demonyms), and the name it resolves to in a country."""
import json
from extraction import extract_events, load_aliases
from extraction.actors import find_actors
from functools import partial
from tests import extraction_helpers as helpers
from tests.extraction_helpers import (
    MON_2025_09_29 as MON, _names,
)

_events = partial(helpers.report_events, geoparser=helpers.GEOPARSER, published="2017-01-18")
actor_names = partial(helpers.actors, surfaces=False)
named = partial(helpers.actors, speakers=True)
names_default_in = partial(helpers.actors, country="IN")
names_in_gb = partial(helpers.actors, country="GB")
names_in_mx = partial(helpers.actors, country="MX")
names_in_so = partial(helpers.actors, country="SO")
names_in_ua = partial(helpers.actors, country="UA")
names = helpers.actors
resolved_names = partial(helpers.actors, surfaces=False)
resolved_names_default_ng = partial(helpers.actors, country="NG", surfaces=False)
resolved_names_in_ng = partial(helpers.actors, country="NG", surfaces=False)


# From test_extraction_actors.py: Actor alias table: canonical names, inter codes, speakers, user extension files.

def test_acronyms_match_case_sensitively():
    assert names("this is a test") == []
    assert names("IS fighters") == [("IS fighters", "Islamic State")]
    # a mixed-case acronym too: "LeT" is Lashkar-e-Taiba, "Let" a word of a Burmese village's name
    assert names("LeT militants attacked") == [("LeT militants", "LeT: Lashkar-e-Taiba")]
    assert names("an air strike on the village of Let Yet Kone") == []


def test_a_named_group_s_initials_after_its_name_are_the_group_again():
    text = "A People's Defence Force unit ambushed a convoy on Friday. The PDF said two trucks were destroyed."
    assert [name for _, name in named(text)] == ["PDF: People's Defence Force"] * 2
    # (not before the name, nor initials of a name the report never gave)
    assert names("The PDF file was shared. People's Defense Forces attacked the post.") == [
        ("People's Defense Forces", "PDF: People's Defence Force")]
    assert names("The CEO said the NGO would leave.") == []
def test_speaker_is_not_an_actor():
    text = "a source in the Russian Defense Ministry told, SANA news agency said, police said"
    assert all(m.speaker for m in find_actors(text))
    assert [m.speaker for m in find_actors("Damascus sent letters to the UN")] == [True]


def test_place_use_is_not_the_state():
    assert names("Turkey shelled the village") == [("Turkey", "Military Forces of Turkey")]
    assert names("refugees arrived in Turkey") == [("refugees", "Civilians ({country})")]


def test_load_aliases_extends_the_table(tmp_path):
    path = tmp_path / "extra.json"
    path.write_text(json.dumps({"actors": [
        {"name": "Islamic State", "inter": 2, "country": None, "aliases": ["Dawla"]},
        {"name": "Ahrar al-Sham", "inter": 2, "country": "SY", "aliases": ["Ahrar al-Sham", "Ahrar"]}]}))
    load_aliases(path)
    assert names("Dawla and Ahrar al-Sham clashed") == [("Dawla", "Islamic State"), ("Ahrar al-Sham", "Ahrar al-Sham")]


def test_a_demonym_makes_a_generic_actor_its_country_s():
    text = "Two Israeli soldiers and South Sudanese troops met Palestinian gunmen; Ukrainian forces and soldiers."
    found = [(text[m.start:m.end], m.actor.resolved("PS")["name"]) for m in find_actors(text)]
    assert found == [("Israeli soldiers", "Military Forces of Israel"),
                     ("South Sudanese troops", "Military Forces of South Sudan"),
                     ("Palestinian gunmen", "Unidentified Armed Group (Palestine)"),
                     ("Ukrainian forces", "Military Forces of Ukraine"),
                     ("soldiers", "Military Forces of Israel")]  # (the army that holds the territory: actors.json "holds")
    # the table's own actor of that country, not a second name for it; a bare "forces" is nobody
    assert [m.actor.name for m in find_actors("American soldiers and Russian soldiers")] == \
        ["Military Forces of the United States", "Military Forces of Russia"]
    assert find_actors("The forces withdrew.") == []
    assert [m.air for m in find_actors("Turkish drones struck a car.")] == [True]
    assert [m.actor.name for m in find_actors("Russian missiles hit a building.")] == ["Military Forces of Russia"]


def test_a_speaker_named_with_its_city_is_no_actor():
    text = "One person is dead, according to Los Angeles police."
    assert [m.speaker for m in find_actors(text)] == [True]


def test_armed_groups_whose_names_hold_another_s_or_an_army():
    text = ("New People's Army guerrillas raided a farm; West Papua National Liberation Army fighters and the "
            "Coalition of Patriots for Change (CPC) were blamed; the National Liberation Army denied it.")
    assert [m.actor.name for m in find_actors(text)] == [
        "NPA: New People's Army", "TPNPB: West Papua National Liberation Army", "CPC: Coalition of Patriots for Change",
        "ELN: National Liberation Army"]


def test_groups_of_colombia_ecuador_cameroon_philippines_and_afghanistan():
    cases = [("The army blamed the Gulf Clan for the blast", "AGC: Gaitanista Self-Defense Forces of Colombia", 3),
             ("Los Lobos gunmen opened fire", "Los Lobos", 3),
             ("Anglophone separatist fighters abducted 30 students", "Ambazonian Separatists", 2),
             ("Five Abu Sayyaf militants were killed", "Abu Sayyaf Group", 2),
             ("Police suspect the Bangsamoro Islamic Freedom Fighters (BIFF)",
              "BIFF: Bangsamoro Islamic Freedom Fighters", 2),
             ("Islamic State Khorasan Province (ISKP) claimed responsibility", "Islamic State Khorasan Province", 2)]
    for text, name, inter in cases:
        [m] = [m for m in find_actors(text) if not m.speaker and m.actor.name == name][:1]
        assert m.actor.inter == inter


def test_indian_reserve_police_units_are_the_police_of_india():
    assert [name for _, name in names("Nine men of the District Reserve Guard and two CRPF jawans were hurt.")] == \
        ["Police Forces of India", "Police Forces of India"]


def test_a_generic_noun_after_a_named_group_s_bracketed_acronym_is_its_men():
    found = names("The Islamic State (IS) militants attacked the town.")
    assert [name for _, name in found] == ["Islamic State", "Islamic State"]
    assert found[-1][0] == "IS) militants"


def test_an_alias_with_a_letter_beyond_ascii_is_found_in_either_case():
    text = "Urabeños gunmen attacked a post. The URABEÑOS withdrew."
    assert [text[m.start:m.end] for m in find_actors(text) if m.actor.inter == 3 and not m.actor.generic] == \
        ["Urabeños gunmen", "URABEÑOS"]


def test_ethiopian_army_houthi_drones_and_settlers_are_named():
    assert names("ENDF troops shelled the town")[0][1] == "Military Forces of Ethiopia"
    assert names("the Ethiopian National Defence Force shelled the town") == [
        ("Ethiopian National Defence Force", "Military Forces of Ethiopia")]
    [drone] = find_actors("A Houthi drone hit the camp")
    assert (drone.actor.name, drone.air) == ("Ansar Allah (Houthis)", True)
    assert [(n, m.actor.inter) for n, m in ((m.actor.name, m) for m in find_actors("Israeli settlers burned two cars"))] == [
        ("Settlers (Israel)", 4)]


def test_men_from_a_named_group_are_that_group():
    assert [n for _, n in names("Gunmen from the Viv Ansanm coalition attacked Saut-d'Eau.")] == ["Viv Ansanm"]
    assert [n for _, n in names("Fighters from the Arakan Army overran the base.")] == ["AA: Arakan Army"]


def test_a_counted_mention_speaks_only_in_its_own_clause():
    # the speaker test asks for a speaking word after the mention before it cuts that text at a count's comma
    assert [m.speaker for m in find_actors("Two Hezbollah fighters said they saw the drone")] == [True]
    assert [m.speaker for m in find_actors("The strike killed three Hezbollah fighters, officials said")] == [False]
    assert [m.speaker for m in find_actors("Hezbollah fighters, a spokesman for the group said, hit a tank")] == [True]
    assert [m.speaker for m in find_actors("A source in the Syrian army told reporters that it shelled Idlib")] == \
        [True]
    assert [m.speaker for m in find_actors("Hezbollah fighters crossed the border at dawn")] == [False]


# From test_extraction_africa.py: Conflict copy from Africa: the Sahel's and Nigeria's armed groups, Ethiopia's
# rebels, army communiqués, states and LGAs.

def test_the_sahel_s_islamic_state_ethiopia_s_ola_and_bandits_are_actors():
    assert resolved_names_in_ng("Fighters of the Islamic State Sahel Province ambushed a patrol.") == ["Islamic State Sahel Province"]
    assert resolved_names_in_ng("Militants of the Islamic State in the Greater Sahara (ISGS) struck.")[:1] == ["Islamic State Sahel Province"]
    assert resolved_names_in_ng("Fighters of the Oromo Liberation Army (OLA) abducted passengers.")[0] == "OLA: Oromo Liberation Army"
    assert resolved_names_in_ng("Jets struck a bandit enclave.") == ["Unidentified Armed Group (Nigeria)"]


# From test_extraction_africa2.py: African conflict copy, a second round: regional and auxiliary forces, vigilantes,
# Islamic State's provinces.

def test_somali_regional_forces_are_their_own_state_s():
    assert resolved_names_default_ng("Puntland security forces raided a hideout.", country="SO") == ["Military Forces of Puntland"]
    assert resolved_names_default_ng("Jubaland troops repelled the assault.", country="SO") == ["Military Forces of Jubaland"]
    assert resolved_names_default_ng("Somaliland forces shelled the positions.", country="SO") == ["Military Forces of Somaliland"]


def test_islamic_state_s_somali_branch_is_islamic_state():
    assert resolved_names_default_ng("Gunmen from Islamic State-Somalia opened fire.", country="SO")[-1] == "Islamic State"


def test_state_raised_auxiliaries_and_vigilantes_are_militias():
    assert resolved_names_default_ng("Members of the Civilian JTF manned the checkpoint.") == ["CJTF: Civilian Joint Task Force"]
    assert resolved_names_default_ng("Amotekun operatives patrolled the forest.") == ["Amotekun: Western Nigeria Security Network"]
    assert resolved_names_default_ng("Volunteers for the Defence of the Homeland (VDP) guarded the town.", country="BF")[0] == \
        "VDP: Volunteers for the Defense of the Homeland"
    assert resolved_names_default_ng("A local vigilante group patrolled the road.") == ["Vigilante Militia (Nigeria)"]


# From test_extraction_africa3.py: African conflict copy, a third round: Congo's and Somalia's forces and missions,
# Sudan's army, the newer groups.

def test_congo_s_army_militias_and_un_mission_are_named():
    assert resolved_names("The FARDC and Wazalendo fighters held the ridge.", "CD") == [
        "Military Forces of the Democratic Republic of Congo", "Wazalendo"]
    assert resolved_names("MONUSCO peacekeepers returned fire.", "CD")[0].startswith("MONUSCO")


def test_somalia_s_special_forces_and_african_union_mission_are_named():
    assert resolved_names("Danab special forces raided the camp.", "SO") == ["Military Forces of Somalia"]
    assert resolved_names("AUSSOM troops guarded the base.", "SO")[0].startswith("AUSSOM")


def test_sudan_s_army_by_acronym_and_the_newer_groups():
    assert resolved_names("The SAF shelled the positions.", "SD") == ["Military Forces of Sudan"]
    assert resolved_names("Lakurawa militants raided the village.", "NG") == ["Lakurawa"]
    assert resolved_names("Russia's Africa Corps patrolled the road.", "ML") == ["Africa Corps"]
    assert resolved_names("Fighters of the Islamic State Mozambique Province raided Chai.", "MZ") == ["Islamic State Mozambique Province"]


def test_separatists_in_cameroon_are_the_ambazonian_separatists_elsewhere_rebels():
    assert resolved_names("Separatist fighters kidnapped 12 students.", "CM")[0] == "Ambazonian Separatists"
    assert resolved_names("Separatist fighters kidnapped 12 students.", "UA")[0] == "Opposition Rebels (Ukraine)"
    assert resolved_names("Rebels attacked the post.", "CM") == ["Opposition Rebels (Cameroon)"]


# From test_extraction_asiafar.py: Conflict reports from Myanmar, the Philippines, Pakistan, Indian Kashmir and
# central India, Thailand's deep south, Papua and the Chittagong Hill Tracts: the armed groups and forces by the names
# the region's papers use.

def test_the_region_s_groups_and_forces_are_named():
    assert resolved_names("The Karen National Liberation Army (KNLA) captured the base.", "MM")[0] == \
        "KNLA: Karen National Liberation Army"  # (not the ELN's "National Liberation Army" within it)
    assert resolved_names("Fighters of the Kashmir Tigers ambushed the patrol.", "IN")[0] == "Kashmir Tigers"
    assert resolved_names("Members of the Kuki-Chin National Front (KNF) opened fire.", "BD")[0] == "KNF: Kuki-Chin National Front"
    assert resolved_names("Ten Frontier Constabulary personnel were martyred.", "PK") == ["Police Forces of Pakistan"]
    assert resolved_names("A Frontier Corps soldier was martyred.", "PK")[0] == "Military Forces of Pakistan"
    assert resolved_names("The Counter Terrorism Department arrested five suspects.", "PK")[0] == "Police Forces of Pakistan"
    assert resolved_names("Two paramilitary rangers were killed.", "TH") == ["Military Forces of Thailand"]
    assert resolved_names("He was killed in a clash with Marines.", "PH") == ["Military Forces of the Philippines"]
    assert resolved_names("Two personnel of the Pakistan Coast Guards were killed.", "PK") == ["Military Forces of Pakistan"]
    assert resolved_names("OPM rebels shot a soldier.", "ID")[0] == "TPNPB: West Papua National Liberation Army"


# From test_extraction_communal.py: Communal and identity violence on sentences of our own (no gazetteer needed):
# herder-farmer raids, cattle raids, clan and tribal fighting, mobs that kill.

def test_a_peoples_men_are_its_identity_militia():
    assert named("Tiv youths raided the camp.") == [("Tiv youths", "Tiv Ethnic Militia ({country})")]
    assert named("Armed Turi tribesmen attacked the town.") == [("Turi tribesmen", "Turi Tribal Militia ({country})")]
    assert named("Dozo hunters attacked the village.") == [("Dozo hunters", "Dozo Ethnic Militia ({country})")]
    # two peoples, each its own militia
    assert named("Borana and Gabra herders clashed.") == [("Borana", "Borana Ethnic Militia ({country})"),
                                                         ("Gabra herders", "Gabra Ethnic Militia ({country})")]
    # the men named before their people: one mention, with its modifier
    assert named("Gunmen from the Dir clan opened fire.") == [("Gunmen from the Dir clan", "Dir Clan Militia ({country})")]
    assert named("Armed youths from the Murle community raided cattle camps.") == \
        [("Armed youths from the Murle community", "Murle Ethnic Militia ({country})")]


def test_unnamed_clan_and_tribal_militias():
    assert helpers.report_codings("", "Fighting between two clan militias over a water well killed seven people on Sunday, elders said.", published=dt.date(2025, 6, 7)) == \
        [("Battles", "Armed clash", "Unidentified Clan Militia", "Unidentified Clan Militia", 7)]
    assert named("Armed tribesmen blocked the road.") == [("Armed tribesmen", "Unidentified Tribal Militia ({country})")]


# From test_extraction_europe.py: Conflict copy from Europe, the Caucasus and Turkey: border incidents, dissident
# republicans, sabotage, unrest.

def test_dissident_republican_groups_are_actors():
    assert names_in_gb("Gunmen from the New IRA shot a police officer in Omagh.")[0] == (
        "Gunmen from the New IRA", "New IRA: New Irish Republican Army")  # (the men and their group: one mention)
    assert names_in_gb("Police blamed the Continuity IRA for the bomb.")[-1][1] == "New IRA: New Irish Republican Army"


def test_security_services_and_named_police_forces_are_their_country_s_police():
    text = "Belarus's KGB said it had detained three men. The FSB detained two more. The PSNI and Gardai raided homes."
    found = [(text[m.start:m.end], m.actor.resolved("GB")["name"]) for m in find_actors(text)]
    assert ("KGB", "Police Forces of Belarus") in [(t.split("'s ")[-1], n) for t, n in found]
    assert ("FSB", "Police Forces of Russia") in found
    assert ("PSNI", "Police Forces of the United Kingdom") in found and ("Gardai", "Police Forces of Ireland") in found


def test_a_metropolitan_police_department_elsewhere_is_no_british_force():
    text = "Officers of the Las Vegas Metropolitan Police Department shot a man."
    assert "Police Forces of the United Kingdom" not in [m.actor.resolved("US")["name"] for m in find_actors(text)]


def test_unnamed_servicemen_are_state_forces():
    assert names_in_gb("The strike killed 12 servicemen, the army said.")[0] == ("servicemen", "Military Forces of the United Kingdom")


def test_a_force_s_sites_and_training_grounds_name_it():
    assert names_in_gb("Jets struck two Houthi radar sites near the coast.")[0][1] == "Ansar Allah (Houthis)"
    assert names_in_gb("Missiles hit a Belarusian training ground.")[0] == (
        "Belarusian training ground", "Military Forces of Belarus")


# From test_extraction_europe2.py: Political violence in Europe and the North Caucasus: lone attackers, riots,
# Northern Ireland, Kosovo, Corsica, Greece, Sweden's gangs, Dagestan and Ingushetia.

def test_loyalist_corsican_and_greek_groups_are_actors():
    named = partial(helpers.actors, country="GB", surfaces=False)
    assert "UDA: Ulster Defence Association" in named("The South East Antrim UDA was blamed.")
    assert "UVF: Ulster Volunteer Force" in named("A dispute within the North Down UVF.")
    assert "FLNC: National Liberation Front of Corsica" in named("Police blamed the FLNC for the bombings.")
    assert "Revolutionary Class Self-Defence" in named("A bomb planted by Revolutionary Class Self-Defence exploded.")


def test_police_of_a_hyphened_region_who_say_are_speakers():
    assert [m.speaker for m in find_actors("Three people were killed, police in North Rhine-Westphalia said.")] == [True]


# From test_extraction_fronts.py: War-front copy: weapons named with their launcher, interceptions, demonyms before a
# weapon's kind.

def test_a_demonym_before_a_weapon_s_kind_names_its_force():
    assert actor_names("A Russian ballistic missile struck the city") == ["Military Forces of Russia"]
    assert actor_names("Israeli guided bombs hit the camp") == ["Military Forces of Israel"]
    assert actor_names("U.S. air strikes hit the port") == ["Military Forces of the United States"]


def test_military_jets_are_a_state_s_forces():
    assert actor_names("Military jets bombed the village") == ["Military Forces of {country}"]


# From test_extraction_isisfix.py: War reports of Syria and Iraq, 2014-2019 (the isisfix round): short reports of our
# own.

def test_iraqi_federal_police_are_police_forces_however_named():
    for force in ("Iraqi federal police", "Federal police"):
        evs = _events(f"{force} clashed with Islamic State militants in Mosul on Friday.", published="2017-03-04")
        assert evs and "Police Forces of Iraq" in _names(evs[0])


def test_turkish_backed_syrian_rebels_are_the_syrian_national_army():
    evs = _events("Turkish-backed Syrian fighters shelled the town of Tal Rifaat on Wednesday, killing three "
                  "civilians.", published="2018-02-14")
    assert evs and _names(evs[0])[0] == "SNA: Syrian National Army"


def test_fire_an_act_withstood_names_no_party_of_it():
    evs = _events("Islamic State fighters retook the town of al-Sukhnah on Sunday despite Russian air strikes, forcing "
                  "Syrian government troops to pull back after a day of fighting, a monitor said.", published="2017-05-08")
    assert evs and evs[0]["sub_event_type"] == "Non-state actor overtakes territory"
    assert _names(evs[0]) == ("Islamic State", "Military Forces of Syria (2000-2024)")


def test_a_siege_broken_is_a_fight_of_the_besieged_sides_allies():
    evs = _events("Iraqi troops and Shiite militiamen broke the two-month siege of the town of Tuz Khurmatu on Sunday, "
                  "pushing back Islamic State militants who had surrounded it, officials said.", published="2014-09-01")
    assert evs and evs[0]["sub_event_type"] == "Armed clash"
    assert _names(evs[0]) == ("Military Forces of Iraq", "Islamic State")
    evs = _events("Syrian rebels say they have broken the siege of eastern Aleppo after an offensive that captured a "
                  "string of military academies in the city's southwest.", published="2016-08-07")
    assert evs and evs[0]["sub_event_type"] == "Armed clash" and _names(evs[0])[0] == "Opposition Rebels (Syria)"


# From test_extraction_isiswar.py: War reports of Syria and Iraq, 2014-2019 (the isiswar round): short reports of our
# own.

def test_syrian_factions_by_their_names_and_spellings():
    evs = _events("Fighting between Ahrar al-Sham and Hay'at Tahrir al-Sham broke out on Sunday in the town of Saraqib "
                  "in the Idlib countryside, killing at least 7 fighters from both sides, a media activist said.",
                  published="2017-02-19")
    assert evs and set(_names(evs[0])) == {"Ahrar al-Sham", "Hayat Tahrir al-Sham"}
    assert evs[0]["actor1"]["inter"] == 2


def test_the_side_a_victory_was_won_over_lost_the_ground():
    evs = _events("The Syrian army declared victory over the Islamic State group in the eastern city of Deir el-Zour on "
                  "Friday, saying troops had regained full control after weeks of fighting.", published="2017-11-03")
    assert evs and evs[0]["sub_event_type"] == "Government regains territory"
    assert _names(evs[0]) == ("Military Forces of Syria (2000-2024)", "Islamic State")


def test_two_demonyms_before_a_states_air_arm_the_first_acts():
    evs = _events("Syrian and Russian warplanes struck a crowded market in the town of Saraqib in Idlib province on "
                  "Tuesday, killing at least 10 people.", published="2019-05-28")
    assert evs and _names(evs[0])[0] == "Military Forces of Syria (2000-2024)"
    evs = _events("Russian and Syrian warplanes struck a crowded market in the town of Saraqib in Idlib province on "
                  "Tuesday, killing at least 10 people.", published="2019-05-28")
    assert evs and _names(evs[0])[0] == "Military Forces of Russia"


# From test_extraction_latam.py: Organised armed violence in Latin America and the Caribbean: cartels, gangs,
# guerrillas and their acts.

def test_cartels_gangs_and_guerrillas_named_in_spanish_portuguese_or_creole_are_actors():
    assert names_in_mx("Los Chapitos gunmen attacked La Mayiza in Navolato.") == [
        ("Los Chapitos gunmen", "Sinaloa Cartel: Los Chapitos"), ("La Mayiza", "Sinaloa Cartel: La Mayiza")]
    assert [n for _, n in names_in_mx("The Gulf Cartel, La Familia Michoacana and Carteles Unidos")] == [
        "Gulf Cartel", "La Familia Michoacana", "Carteles Unidos"]
    assert [n for _, n in names_in_mx("Fighters of the Segunda Marquetalia and the Estado Mayor Central (EMC)")] == [
        "FARC Dissidents: Segunda Marquetalia", "FARC Dissidents: Central General Staff",
        "FARC Dissidents: Central General Staff"]
    assert [n for _, n in names_in_mx("Comando Vermelho and First Capital Command (PCC) gang members")] == [
        "CV: Red Command", "PCC: First Capital Command", "PCC: First Capital Command"]
    assert [n for _, n in names_in_mx("400 Mawozo, Gran Grif and Kraze Baryè gunmen, and the Tren de Aragua")] == [
        "400 Mawozo", "Gran Grif", "Kraze Baryè", "Tren de Aragua"]
    assert names_in_mx("A self-defence brigade repelled the gang.")[0][1] == "Unidentified Communal Militia (Mexico)"


# From test_extraction_latam2.py: Latin America and the Caribbean, second round: the maras, Haiti's police and the
# Kenyan-led mission, and where a wire report's act happened when its dateline is the capital it was filed from.

def test_maras_haiti_s_police_and_the_kenyan_led_mission_are_actors():
    assert resolved_names("Police blamed the Barrio 18 gang for the massacre.", "HN") == ["Police Forces of Honduras", "Barrio 18"]
    assert resolved_names("Members of the Mara Salvatrucha (MS-13) attacked the module.", "HN") == [
        "MS-13: Mara Salvatrucha", "MS-13: Mara Salvatrucha"]
    assert resolved_names("The Haitian National Police (PNH) and the Kenyan-led mission attacked the gang.", "HT") == [
        "Police Forces of Haiti", "Police Forces of Haiti", "MSS: Multinational Security Support Mission in Haiti"]
    [m] = [m for m in find_actors("The Multinational Security Support mission sent armoured vehicles.")]
    assert m.actor.resolved("HT")["inter"] == 8


def test_criminal_groups_and_hitmen_are_an_unidentified_armed_group():
    assert resolved_names("The ministry blamed criminal groups that have planted explosive devices.", "MX")[-1] == \
        "Unidentified Armed Group (Mexico)"
    assert resolved_names("Hitmen of a drug cartel shot the mayor.", "MX") == ["Unidentified Armed Group (Mexico)"] * 2
    [ev] = helpers.report_events("Two soldiers were killed on Tuesday when an improvised landmine exploded beneath their vehicle near "
                 "Tepalcatepec, Michoacan. The ministry blamed criminal groups.", geoparser=helpers.GEOPARSER, published="2025-06-10")
    assert ev["actor1"]["name"] == "Unidentified Armed Group (Mexico)"


# From test_extraction_maritime.py: Events at sea: pirates, navies, sea drones and crews; waters and flags as places.

def test_pirates_navies_sea_drones_and_crews_are_actors():
    assert names_in_so("Pirates hijacked a dhow and took its crew members hostage.") == [
        ("Pirates", "Unidentified Armed Group (Somalia)"), ("crew members", "Civilians (Somalia)")]
    assert names_in_so("A Libyan coast guard boat fired at fishermen.") == [
        ("Libyan coast guard", "Military Forces of Libya"), ("fishermen", "Civilians (Somalia)")]
    assert names_in_so("Ukrainian naval drones struck a landing ship.")[0][1] == "Military Forces of Ukraine"
    assert [m.air for m in find_actors("Ukrainian sea drones struck a landing ship.")] == [True]
    assert names_in_so("Russia's Black Sea Fleet destroyed five boats.") == [
        ("Russia's Black Sea Fleet", "Military Forces of Russia")]
    assert names_in_so("Iran's Revolutionary Guards seized a tanker.")[0][1] == "Military Forces of Iran"
    assert names_in_so("A Houthi missile struck the bulk carrier.") == [("Houthi missile", "Ansar Allah (Houthis)")]


# From test_extraction_southasia.py: South and Southeast Asian usage: encounters, jawans, martyrs; the region's armed
# groups by name.

def test_the_region_s_armed_groups_are_named():
    assert names_default_in("Fighters of the Ta'ang National Liberation Army withdrew.", country="MM") == [
        ("Ta'ang National Liberation Army", "TNLA: Ta'ang National Liberation Army")]  # (not the ELN's name within it)
    assert names_default_in("MNDAA fighters seized the town.", country="MM")[0][1] == "MNDAA: Myanmar National Democratic Alliance Army"
    assert names_default_in("Assam Rifles personnel were deployed.")[0][1] == "Military Forces of India"
    assert names_default_in("Militants of The Resistance Front attacked the workers.")[-1][1] == "TRF: The Resistance Front"
    assert names_default_in("Fighters of the National Resistance Front attacked a checkpoint.", country="AF")[-1][1] == \
        "NRF: National Resistance Front"
    assert names_default_in("Dawlah Islamiyah militants ambushed a patrol.", country="PH")[0][1] == "Dawlah Islamiyah"
    assert names_default_in("Members of Arambai Tenggol opened fire.")[0][1] == "Arambai Tenggol"


def test_manipur_s_communities_under_arms_and_a_single_ranger_are_named():
    # Manipur's armed men by their community, as ACLED codes them ("suspected Kuki militants opened fire on villagers")
    assert resolved_names("Suspected Kuki militants opened fire on farmers in the paddy fields.", "IN")[0] == \
        "Kuki Ethnic Militia (India)"
    assert resolved_names("Meitei militants torched three houses in the foothills.", "IN")[0] == "Meitei Ethnic Militia (India)"
    # (one ranger as much as several: "A paramilitary ranger was killed")
    assert resolved_names("A paramilitary ranger was killed.", "TH") == ["Military Forces of Thailand"]


# From test_extraction_ukraine.py: The Russia-Ukraine war told day by day: governors' summaries, drones and missiles
# by make, the front's news.

def test_a_weapon_s_make_between_the_demonym_and_the_weapon_keeps_the_demonym_s_forces():
    assert names_in_ua("Russian Shahed drones hit a depot in Poltava.") == [
        ("Russian Shahed drones", "Military Forces of Russia")]
    assert names_in_ua("A Ukrainian FPV drone struck a car near the border.")[0][1] == "Military Forces of Ukraine"
    assert names_in_ua("Two Russian Iskander-M missiles struck the square.")[0][1] == "Military Forces of Russia"


def test_a_general_staff_and_defenders_are_the_forces_of_their_country():
    assert names_in_ua("Ukrainian defenders repelled 20 assaults near the town.") == [
        ("Ukrainian defenders", "Military Forces of Ukraine")]
    assert names_in_ua("human rights defenders") == []
    [ev] = extract_events("Ukraine's General Staff said on Sunday its forces had shelled a command post near the village.",
                          published_at=MON, toponyms=[], locations=[])
    assert ev.actor1["name"] == "Military Forces of Ukraine"


# From test_extraction_westasia.py: West and Central Asia, the Caucasus: actors of the region and their names there
# (westasia round).

def test_jaish_al_adl_is_a_named_rebel_group_of_iran():
    evs = helpers.report_events("Jaish al-Adl militants ambushed a police patrol near Saravan in Sistan-Baluchestan province on "
                  "Thursday, killing four police officers, state media said.", geoparser=helpers.GEOPARSER, published="2025-05-02")
    assert evs and "Jaish al-Adl" in _names(evs[0])
    actor = next(a for a in (evs[0]["actor1"], evs[0]["actor2"]) if a and a["name"] == "Jaish al-Adl")
    assert actor["inter"] == 2


def test_a_states_saboteurs_are_its_forces():
    # ACLED codes the saboteurs a report calls Ukraine's as Ukraine's forces, not an unidentified group of Ukraine
    assert names("Ukrainian saboteurs crossed into Russia's Bryansk region", "RU") == [
        ("Ukrainian saboteurs", "Military Forces of Ukraine")]
    assert resolved_names("saboteurs blew up a railway line", "RU") == ["Unidentified Armed Group (Russia)"]


def test_a_countrys_paramilitary_forces_are_its_military():
    # "Pakistani paramilitary forces" (the Frontier Corps, the Rangers): the army's, where the bare words name no one
    assert names("Pakistani paramilitary forces killed five militants", "PK")[0] == (
        "Pakistani paramilitary forces", "Military Forces of Pakistan")


def test_south_asian_insurgent_groups_are_named():
    # rows for groups ACLED names that the table lacked: the BLF (Balochistan), Lashkar-e-Jhangvi, ULFA-I (Assam)
    assert names("members of the outlawed Baloch Liberation Front were hiding", "PK")[-1] == (
        "Baloch Liberation Front", "BLF: Balochistan Liberation Front")
    assert resolved_names("Lashkar-e-Jhangvi militants attacked a bus", "PK") == ["LeJ: Lashkar-e-Jhangvi"]
    assert resolved_names("ULFA-I militants ambushed a patrol", "IN") == [
        "ULFA-I: United Liberation Front of Asom (Independent)"]


def test_bare_officers_are_an_army_s_where_their_sentence_tells_a_strike_or_a_unit():
    assert names_in_ua("A Ukrainian missile strike on a Russian command post killed up to 30 officers, including a "
                       "colonel.") == [("Ukrainian missile", "Military Forces of Ukraine"), ("officers", "Military Forces of Ukraine")]
    assert resolved_names("Ukraine says missile strike killed up to 30 Russian officers", "UA") == ["Military Forces of Russia"]
    # (still the police's where nothing military is told, or police are: "prison officers")
    assert resolved_names("A gunman shot two officers outside the station.", "UA") == ["Unidentified Armed Group (Ukraine)",
                                                                                       "Police Forces of Ukraine"]
    assert resolved_names("A drone strike hit a prison, killing three officers.", "UA")[-1] == "Police Forces of Ukraine"
