"""Extraction: where an event happened (the scene among the places a report names, datelines, villages
and quarters the gazetteer lacks, places of several events)."""
import datetime as dt
from extraction import extract_events, process_report
from geocoding import Place, Toponym
from functools import partial
from tests import extraction_helpers as helpers
from tests.extraction_helpers import (
    BAMAKO, BELGOROD, BIJAPUR_DISTRICT, DAY_2025_04_07 as DAY, DUBAI, FANO_ITALY, GAZA_CITY, HORMUZ, JAYAPURA,
    KHAN_YOUNIS, KHERSON, LUBERO_TOWN, MON_2025_03_10 as MON, MOPTI, PALMYRA, RAFAH, RAIPUR, SITTWE, SUMY, SYRIA,
    THU_2025_05_08 as THU, TUE_2025_06_10 as TUE, UNITED_STATES, WED_2025_03_12 as WED, YEMEN, ZAPORIZHZHIA, GEOPARSER,
    _location_name_of as _place, _names, by_place_killed_wounded as by_place, toponym,
)

_events = partial(helpers.report_events, geoparser=helpers.GEOPARSER, published="2017-01-18")
_geoparsed_events_2025_03_02 = partial(helpers.report_events, geoparser=helpers.GEOPARSER, published="2025-03-02")
coded = partial(helpers.report_events, geoparser=helpers.GEOPARSER, published="2025-06-10")
events = partial(helpers.events_at_places, published=helpers.SAT_2025_03_08, area_precision=4)
placed = partial(helpers.report_events, published="2024-06-04")
scene = partial(helpers.scene, published=helpers.DAY_2025_04_07, area_precision=4)


# From test_extraction_asiafar.py: Conflict reports from Myanmar, the Philippines, Pakistan, Indian Kashmir and
# central India, Thailand's deep south, Papua and the Chittagong Hill Tracts: the armed groups and forces by the names
# the region's papers use.

def test_the_places_of_what_an_act_came_during_are_no_scene_of_it():
    from geocoding import Geoparser
    g = Geoparser()
    text = ("Militants attack pilgrim bus in Indian Kashmir, nine killed\n\nSuspected militants opened fire on a bus carrying "
            "pilgrims in Reasi district of Indian-administered Kashmir on Sunday, killing nine people, police said.\n\n"
            "The attack came as Prime Minister Narendra Modi was sworn in for a third term in New Delhi.")
    tops = g.parse(text)
    [ev] = extract_events(text, published_at=WED, toponyms=tops, locations=g.locations(text, tops))
    assert ev.location["name"] == "Reasi"


def test_a_fight_told_back_in_a_sentence_with_no_place_is_where_the_act_before_it_was():
    from geocoding import Geoparser
    g = Geoparser()
    text = ("TURBAT: Security forces repulsed an attack on the naval air station in Turbat on Monday night, killing all four "
            "attackers, officials said. A Frontier Corps soldier was martyred in the exchange of fire.\n\nIt was the third "
            "major attack in Balochistan in a week, after militants targeted the Gwadar Port Authority complex on March 20.")
    tops = g.parse(text)
    evs = extract_events(text, published_at=WED, toponyms=tops, locations=g.locations(text, tops))
    assert [ev.location["name"] for ev in evs if ev.event_type == "Battles"] == ["Turbat"]


# From test_extraction_asiafix.py: Conflict reports from Asia and elsewhere: a group named in a "which" clause before
# its claim, a group the police or the army suspect, and the acts told by a state's regime or junta.

def test_a_police_range_in_an_official_s_title_is_no_scene(geoparser):
    text = ("RAIPUR: Security forces killed five Maoists in the forests of Kanker district on Tuesday. Two jawans were "
            "injured in the gunfight, which began when a joint team was on an operation, Inspector-General of Police "
            "(Bastar range) Sundar Raj said.")
    [ev] = placed(text, geoparser)  # (not a second event in Bastar with the wounded)
    assert ev["wounded"]["best"] == 2
    [ev] = placed(text.replace("Inspector-General of Police (Bastar range)", "Bastar IG"), geoparser)
    assert ev["wounded"]["best"] == 2
    [ev] = placed("DERA ISMAIL KHAN: A policeman was killed when militants attacked a police checkpost in Tank district on "
                  "Monday night, said Deputy Inspector General of Police (Dera Ismail Khan range) Nasir Khan.", geoparser)
    assert ev["location"]["name"] == "Tank"


def test_a_capital_that_denies_or_a_state_that_accuses_is_no_scene(geoparser):
    evs = placed("PESHAWAR: An explosives-laden vehicle was rammed into a checkpost in Bannu district on Monday, killing "
                 "five soldiers. In March, militants attacked a checkpost in Mir Ali, killing seven soldiers. Pakistan "
                 "accuses Afghanistan's Taliban rulers of giving shelter to militants, a charge Kabul denies.", geoparser)
    assert {ev["location"]["country_code"] for ev in evs} == {"PK"}  # (not the March attack in Kabul)


# From test_extraction_attribution.py: Who did it and to whom when the copy says it indirectly: men told by the group
# they are tied to, victims told as members of a group, blame and claims, and where the doers went afterwards.

def test_where_the_doers_withdrew_toward_is_no_scene():
    dori = Place(2361082, "Dori", 14.035, -0.035, "P", "PPLA", "BF", "89", 37806)
    djibo = Place(2360886, "Djibo", 14.101, -1.627, "P", "PPLA2", "BF", "89", 22223)
    text = ("Jihadists attacked an army camp in Dori on Friday and withdrew toward Djibo after hours of fighting, the army "
            "said. Nine soldiers were killed.")
    tops = [toponym(text, "Dori", dori, 1), toponym(text, "Djibo", djibo, 1)]
    evs = extract_events(text, published_at=MON, toponyms=tops, locations=[])
    assert {ev.location["name"] for ev in evs} == {"Dori"}


# From test_extraction_blotter.py: US and Canadian police blotters: several incidents told one after another, each in
# its own part of the town.

def test_a_quarter_named_like_a_faraway_town_in_a_town_police_report_is_in_that_town():
    # Algiers, Scarborough: quarters of New Orleans and Toronto the gazetteer knows only as the towns abroad
    assert helpers.report_coded("NEW ORLEANS — A 30-year-old man was shot dead on Thursday evening in Algiers, the New Orleans "
                   "Police Department said.", fields="location.country_code", geoparser=helpers.GEOPARSER, published="2025-03-10") == ["US"]
    assert helpers.report_coded("TORONTO — A man was stabbed outside a bar in Scarborough late Tuesday, Toronto police say. He is "
                   "in hospital with serious injuries.", fields="location.country_code", geoparser=helpers.GEOPARSER, published="2025-03-10") == ["CA"]


def test_a_town_named_with_its_country_stays_that_town():
    # and a town near enough for the police to tell of stays itself
    from geocoding import Geoparser
    [event] = helpers.report_events("TORONTO - A 24-year-old man was shot and wounded in Hamilton early Sunday, Toronto police said.",
                      Geoparser(), published="2025-03-10")
    assert event["location"]["name"] == "Hamilton"
    assert helpers.report_coded("TORONTO — A Canadian man was stabbed in Scarborough, England, on Tuesday, Toronto police said "
                   "after speaking to British detectives.", fields="location.country_code", geoparser=helpers.GEOPARSER, published="2025-03-10") == ["GB"]


# From test_extraction_briefs.py: US local crime briefs and police news: a city's quarters, tolls and roles as a
# careful coder reads them.

def test_a_side_of_the_town_is_that_towns_quarter():
    # "East Side"/"West Side" are towns of their own in the gazetteer; the teller after the comma is no state
    assert helpers.report_coded("MEMPHIS — A 20-year-old man was shot and killed Friday night on the West Side, Memphis police "
                        "said.", fields="location.name", geoparser=helpers.GEOPARSER, published="2025-09-15") == ["Memphis"]
    assert helpers.report_coded("CHICAGO — A woman was shot and wounded Sunday on the West Side in Austin, police said.", fields="location.name", geoparser=helpers.GEOPARSER, published="2025-09-15") == \
        ["Chicago"]


# From test_extraction_claims.py: Claims told through a spokesman or a statement, interceptions (the interceptor acts
# on the launcher), and acts at sea told in the passive with no doer.

def test_waters_named_with_an_interception_are_its_place_not_a_country_named_further_off():
    from geocoding import Place
    from tests.extraction_helpers import toponym
    text = "A British warship shot down a drone over the Red Sea on Sunday, the U.S. Central Command said."
    red_sea = Place(None, "Red Sea", 20.0, 38.5, "H", "SEA", None, None, 0)
    usa = Place(6252001, "United States", 39.76, -98.5, "A", "PCLI", "US", None, 310232863)
    [ev] = extract_events(text, published_at=MON, toponyms=[toponym(text, "Red Sea", red_sea, 7),
                                                             toponym(text, "U.S.", usa, 6)], locations=[])
    assert ev.location["name"] == "Red Sea"


def test_a_dateline_city_is_where_the_report_was_filed_not_its_government():
    from extraction.actors import find_actors
    text = "DAMASCUS, June 10 - State news agency SANA said Israeli warplanes struck a military site near Damascus."
    assert [text[m.start:m.end] for m in find_actors(text)] == ["Israeli warplanes"]


# From test_extraction_conflictfix.py: Conflict copy left wrong by the last rounds: the dead handed over in an
# exchange, families counted whole, the weapon told after the verb, a claim's day, and what a report only expects or
# sets as a condition.

def test_a_dateline_with_accented_capitals_is_only_where_the_report_was_filed():
    from extraction.places import in_dateline
    assert in_dateline("BOGOTÁ (El Tiempo) - Two soldiers were killed in Saravena.", 0)
    assert in_dateline("MEDELLÍN, Colombia (AP) — Gunmen killed three people in Bello.", 0)


# From test_extraction_crimeworld.py: Violent-crime reports from outside the US (UK and Ireland, South Africa, Nigeria
# and Kenya, India and Pakistan, Australia and Canada, the Caribbean): their dead and hurt counted as on US reports.

def test_a_town_after_the_comma_holds_the_quarter_the_gazetteer_read_as_a_far_town():
    # Hanover Park is a Cape Town suburb (and an Illinois village)
    assert helpers.first_location("Two men were shot dead in Hanover Park, Cape Town, on Thursday evening.", published="2025-05-17")["name"] == "Cape Town"


def test_a_smaller_town_after_the_comma_holds_no_quarter():
    # "St James" is Montego Bay's parish (and a village in New York): the city stays the scene
    text = "Two men were shot and killed by gunmen in the Flanker community of Montego Bay, St James, on Sunday."
    assert helpers.first_location(text, published="2025-05-17")["name"] == "Montego Bay"


def test_a_quarter_told_with_its_kind_before_the_comma_is_the_towns():
    assert helpers.first_location("A suspected thief was lynched by a mob in Langas estate, Eldoret, on Thursday.", published="2025-05-17")["name"] == "Eldoret"


# From test_extraction_europe.py: Conflict copy from Europe, the Caucasus and Turkey: border incidents, dissident
# republicans, sabotage, unrest.

def test_unnamed_servicemen_counted_after_a_foreign_force_s_act_are_the_scene_s():
    # one force's national name and the other's generic one are two countries' forces in the event's country
    from extraction import process_report
    from geocoding import Geoparser
    [ev] = process_report({"id": "t", "title": None, "published_at": "2023-06-18",
                           "text": "A Georgian drone hit a truck near the town of Ganja in Azerbaijan on Friday, wounding "
                                   "four servicemen."}, Geoparser())["events"]
    assert (ev["actor1"]["name"], ev["actor2"] and ev["actor2"]["name"]) == (
        "Military Forces of Georgia", "Military Forces of Azerbaijan")


# From test_extraction_events.py: Event assembly on hand-made text and hand-made toponyms (no gazetteer needed).

def test_a_country_that_does_the_act_is_not_where_it_happened():
    iran = Place(130758, "Iran", 32.0, 53.0, "A", "PCLI", "IR", None, 77447168)
    israel = Place(294640, "Israel", 31.5, 34.75, "A", "PCLI", "IL", None, 7353985)
    text = "Iran launched more than 300 drones and missiles at Israel late on Saturday."
    tops = [toponym(text, "Iran", iran, 6), toponym(text, "Israel", israel, 6)]
    [attack] = extract_events(text, published_at=dt.date(2024, 4, 14), toponyms=tops, locations=[])
    assert (attack.actor1["name"], attack.location["name"]) == ("Military Forces of Iran", "Israel")


def test_a_country_that_launched_the_weapons_brought_down_is_not_where_they_were():
    # "all 12 drones launched by Russia": the launcher, not the interception's place (Ukraine's, which the report names)
    russia = Place(2017370, "Russia", 60.0, 100.0, "A", "PCLI", "RU", None, 140702000)
    ukraine = Place(690791, "Ukraine", 49.0, 32.0, "A", "PCLI", "UA", None, 45415596)
    text = ("Ukraine's air force said it had destroyed 30 of 38 missiles and all 12 drones launched by Russia "
            "overnight. Ukraine has faced repeated waves of attacks.")
    tops = [toponym(text, "Russia", russia, 6), toponym(text, "Ukraine", ukraine, 6, nth=1)]
    [downed] = extract_events(text, published_at=dt.date(2024, 7, 8), toponyms=tops, locations=[])
    assert (downed.sub_event_type, downed.location["name"]) == ("Disrupted weapons use", "Ukraine")


def test_a_country_after_a_names_whose_the_thing_is_not_where():
    text = "Houthi rebels in Yemen said they had shot down a U.S. drone on Wednesday."
    tops = [toponym(text, "Yemen", YEMEN, 6), toponym(text, "U.S.", UNITED_STATES, 6)]
    [drone] = extract_events(text, published_at=dt.date(2023, 11, 8), toponyms=tops, locations=[])
    assert drone.location["name"] == "Yemen"


def test_a_countrys_ministry_speaking_is_no_place():
    # "Syria's defence ministry said": the speaker's country, not the scene; the town told before is
    text = ("Rebels captured the town of Tadmur on Thursday, residents said. Jets bombed rebel fighters near the town "
            "overnight, Syria's defence ministry said.")
    tops = [toponym(text, "Tadmur", PALMYRA), toponym(text, "Syria", SYRIA, 6)]
    events = extract_events(text, published_at=dt.date(2024, 8, 16), toponyms=tops, locations=[])
    strike = next(e for e in events if e.event_type == "Explosions/Remote violence")
    assert strike.location["name"] == "Tadmur"


def test_the_wounded_taken_to_a_hospital_are_no_act_and_its_town_no_scene():
    # "The wounded were airlifted to a hospital in X": those hurt in the blast told, on their way
    taraza = Place(3667000, "Taraza", 7.58, -75.40, "P", "PPL", "CO", "02", 0)
    medellin = Place(3674962, "Medellin", 6.25, -75.56, "P", "PPLA", "CO", "02", 1999979)
    text = ("Two soldiers were killed and three others wounded when a landmine exploded as they patrolled a rural "
            "area of Taraza on Thursday. The wounded were airlifted to a hospital in Medellin.")
    [event] = extract_events(text, published_at=dt.date(2024, 7, 19), locations=[],
                             toponyms=[toponym(text, "Taraza", taraza), toponym(text, "Medellin", medellin)])
    assert event.sub_event_type == "Remote explosive/landmine/IED"
    assert event.location["name"] == "Taraza"


def test_the_town_of_a_named_hospital_the_hurt_were_referred_to_is_no_scene():
    # "referred to Lady Reading Hospital in Peshawar": where some of the hurt told were treated, no second act
    text = ("Nine people were killed and 25 wounded when a bomb exploded at a bus stand in Bannu on Tuesday, police said. "
            "Of the 25 wounded, six were in critical condition and had been referred to Lady Reading Hospital in Peshawar.")
    [event] = helpers.report_events(text, GEOPARSER, "2025-03-05")
    assert (event["location"]["name"], event["wounded"]["best"]) == ("Bannu", 25)


def test_an_event_with_no_country_of_its_own_takes_the_report_s():
    # (the speaker's seat is no scene; "Haram" inside "Boko Haram" is no place of the report)
    text = "Boko Haram fighters attacked a military post on Sunday, killing 40 soldiers, the government of Chad said."
    chad = Place(2434508, "Chad", 15.5, 18.0, "A", "PCLI", "TD", None, 17723315)
    haram = Place(3153517, "Haram", 62.6, 6.4, "P", "PPL", "NO", "08", 9000)
    [attack] = extract_events(text, published_at=dt.date(2024, 3, 25),
                              toponyms=[toponym(text, "Haram", haram), toponym(text, "Chad", chad, 6)], locations=[])
    assert attack.actor2["name"] == "Military Forces of Chad"
    # (no scene told: only the country is known, inferred; not a scene taken from the speaker)
    assert (attack.location["name"], attack.location["precision"], "location" in attack.inferred) == ("Chad", 6, True)


def test_a_distance_measured_from_a_town_is_no_departure_from_it():
    text = "MAIDUGURI - Insurgents killed eight farmers in a village about 10 kilometres from Damboa town on Tuesday."
    maiduguri = Place(2331447, "Maiduguri", 11.84692, 13.15712, "P", "PPL", "NG", "27", 1112449)
    damboa = Place(2345498, "Damboa", 11.15534, 12.75638, "P", "PPL", "NG", "27", 20000)
    [attack] = extract_events(text, published_at=dt.date(2024, 10, 16), locations=[],
                              toponyms=[toponym(text, "MAIDUGURI", maiduguri), toponym(text, "Damboa", damboa)])
    assert attack.location["name"] == "Damboa"


def test_a_death_reported_as_believed_or_said_is_an_act_where_it_happened(geoparser):
    # "to have been killed" is a past act reported, not an irrealis "to kill"; "said to have been killed in Gao"
    # names where it happened, not where a statement was made
    for verb in ("are believed", "are said", "are feared"):
        out = process_report({"id": "x", "body": f"Five villagers {verb} to have been killed in Gao on Monday.",
                              "published_at": "2024-03-10"}, geoparser)
        [event] = out["events"]
        assert (event["killed"]["best"], event["location"]["name"], event["date_start"]) == (5, "Gao", "2024-03-04")
    # a hedged toll: the attack after it is the act, its doer the gunmen
    out = process_report({"id": "x", "body": "At least 40 villagers are feared dead after gunmen attacked Bokkos on "
                          "Sunday.", "published_at": "2024-03-10"}, geoparser)
    [event] = out["events"]
    assert (event["actor1"]["name"], event["killed"]["best"]) == ("Unidentified Armed Group (Nigeria)", 40)
    assert process_report({"id": "x", "body": "Residents fear that militants will attack Bokkos again.",
                           "published_at": "2024-03-10"}, geoparser)["events"] == []
    assert process_report({"id": "x", "body": "The militia plans to kill the chiefs of Gao.",
                           "published_at": "2024-03-10"}, geoparser)["events"] == []


def test_an_event_whose_place_the_gazetteer_lacks_is_placed_in_the_country_the_report_names(geoparser):
    # "Sudan's" is whose the force is, not where; with no place of its own found, the country is what the text
    # supports: UCDP's precision 6, marked inferred
    out = process_report({"id": "x", "body": "Sudan's paramilitary Rapid Support Forces killed at least 200 people in "
                          "villages near Al-Kadaro on Monday, a lawyers' group said.", "published_at": "2025-02-18"},
                         geoparser)
    [event] = out["events"]
    assert (event["location"]["name"], event["location"]["precision"]) == ("Sudan", 6)
    assert "location" in event["inferred"] and "location" not in event["evidence"]
    # a report that names no country has no place to fall back on
    out = process_report({"id": "x", "body": "Gunmen killed three villagers on Monday.", "published_at": "2025-02-18"},
                         geoparser)
    assert out["events"][0]["location"] is None


def test_a_dateline_is_no_scene_of_an_act_in_a_part_of_the_country(geoparser):
    # "in southern Lebanon": the act is in a part of the country, not where the report was filed
    out = process_report({"id": "x", "body": "BEIRUT (Reuters) - Air strikes on villages in southern Lebanon killed at "
                          "least 15 people on Wednesday, the health ministry said.", "published_at": "2024-10-16"},
                         geoparser)
    assert (out["events"][0]["location"]["name"], out["events"][0]["location"]["precision"]) == ("Lebanon", 6)
    # (a dateline the act's sentence names no place against stays the scene)
    out = process_report({"id": "x", "body": "BEIRUT (Reuters) - An air strike on a building killed 15 people on "
                          "Wednesday, the health ministry said.", "published_at": "2024-10-16"}, geoparser)
    assert out["events"][0]["location"]["name"] == "Beirut"


# From test_extraction_gvastyle.py: US local gun-violence news as the Gun Violence Archive codes it: everyone shot or
# hurt in the incident, and the day of the shooting.

def test_a_basketball_court_is_the_scene_not_a_court_of_law():
    # published on a Monday: "Sunday" is the day before
    assert helpers.day("A 15-year-old boy was critically injured when he was shot at an outdoor basketball court in north "
                "Baton Rouge on Sunday afternoon.", published="2025-02-10") == "2025-02-09"
    assert helpers.day("Two men were shot at a basketball court Saturday night, police said.", published="2025-02-10") == "2025-02-08"
    # a court of law still dates the hearing, not the shooting
    assert helpers.day("A man was shot and killed on Elm Street on Jan. 3. His accused killer appeared in court Friday.",
                published="2025-02-10") == "2025-01-03"


# From test_extraction_isiswar.py: War reports of Syria and Iraq, 2014-2019 (the isiswar round): short reports of our
# own.

def test_a_monitor_based_abroad_is_no_scene():
    evs = _events("Russian warplanes bombed a hospital in the opposition-held town of Kafr Nabuda on Thursday, putting "
                  "it out of service, the Britain-based Syrian Observatory for Human Rights said. Two medical staff were "
                  "killed in the strike.", published="2019-05-10")
    assert evs and all((e["location"] or {}).get("country_code") != "GB" for e in evs)
    assert evs[0]["killed"]["best"] == 2


def test_the_old_city_is_the_reports_towns():
    evs = _events("Iraqi troops stormed the Old City of Mosul on Sunday, fighting Islamic State militants street by "
                  "street, officers said.", published="2017-06-18")
    assert evs and evs[0]["location"]["country_code"] == "IQ" and _names(evs[0])[0] == "Military Forces of Iraq"


def test_a_town_a_force_was_ousted_from_is_the_scene():
    evs = _events("US-backed fighters ousted the Islamic State group from the town of Hajin on Friday, a monitor said. "
                  "The fighters took control of the town after a week of fighting.", published="2018-12-14")
    assert evs and _place(evs[0]) == "Hajīn"


def test_a_state_agencys_dateline_keeps_its_town():
    evs = _events("Aleppo, SANA – Terrorist organizations targeted the humanitarian corridor in Bustan al-Qasr with "
                  "rocket shells on Friday, injuring 4 civilians, a source at the police command told SANA.", published="2016-10-21")
    assert evs and _place(evs[0]) == "Aleppo"
    names = [t.name for t in GEOPARSER.parse("Homs, SANA – Army units restored security to the city.")]
    assert names == ["Homs"]


def test_a_quarter_in_a_side_of_a_town_and_a_second_bomb():
    evs = _events("A suicide car bomb ripped through the Karrada district of Baghdad early Sunday, killing at least 115 "
                  "people, officials said. Hours later a second bomb exploded in a market in the mainly Shiite area of "
                  "Shaab in northern Baghdad, killing 5 people.", published="2016-07-03")
    assert len(evs) == 2 and all(e["location"]["country_code"] == "IQ" for e in evs)
    assert sorted(e["killed"]["best"] for e in evs) == [5, 115]


# From test_extraction_latam2.py: Latin America and the Caribbean, second round: the maras, Haiti's police and the
# Kenyan-led mission, and where a wire report's act happened when its dateline is the capital it was filed from.

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


def test_an_area_keeps_the_act_when_the_later_town_is_only_where_the_wounded_went():
    [ev] = coded("BOGOTA, June 10 (Reuters) - Colombian soldiers killed seven members of the Clan del Golfo during fighting "
                 "in the northwestern province of Antioquia, the army said on Tuesday.\n\nThe wounded were airlifted to "
                 "Medellin.")
    assert ev["location"]["name"] == "Antioquia"


def test_a_fight_gone_on_since_a_date_and_a_place_s_standing_where_clause_are_background():
    evs = coded("Gunmen kill six at Culiacan car wash\n\nGunmen opened fire on workers at a car wash in Culiacan on Sunday, "
                "killing six people.\n\nThe attack was the deadliest in weeks in the capital of Sinaloa state, where "
                "factions of the Sinaloa cartel loyal to the sons of a jailed drug lord have been fighting each other "
                "since September.", published="2025-01-20")
    assert [(e["sub_event_type"], e["actor2"]["name"], e["location"]["name"]) for e in evs] == [
        ("Attack", "Civilians (Mexico)", "Culiacán")]


# From test_extraction_launches.py: Missile, rocket and drone launches and their interception: where they fell, who
# fired them, tests and tallies.

def test_a_weapons_test_is_where_it_was_launched_from_not_the_dateline(geoparser):
    text = ("TOKYO, March 3 (Reuters) - North Korea fired a ballistic missile off its east coast on Monday, Japan's "
            "defence ministry said. It was launched from the Hamhung area and flew about 600 km before falling into the sea.")
    [ev] = helpers.report_events(text, geoparser, published="2025-03-03")
    assert (ev["sub_event_type"], ev["location"]["name"][:4], ev["location"]["precision"]) == ("Other", "Hamh", 1)


def test_a_later_sentence_s_hit_is_at_the_phrase_placed_launch_not_the_dateline(geoparser):
    text = ("DUBAI, March 3 (Reuters) - Yemen's Houthis fired two anti-ship missiles at a tanker 60 nautical miles south of "
            "Aden on Monday, the navy said. One missile struck the vessel, causing a fire; no injuries were reported.")
    [ev] = helpers.report_events(text, geoparser, published="2025-03-03")
    assert ev["location"]["country_code"] != "AE"


# From test_extraction_leftovers.py: Kinds other rounds left: parties written with a word that tells what they are,
# governments as parties, arrests of people unnamed, deaths in custody, a lynching's victim, tolls of two verbs, a
# pronoun's dead, a speaker's venue.

def test_a_place_in_the_said_clause_is_the_acts():
    # (the capital of the dateline is where the report was filed; "said it repelled an attack in Ansongo" tells the
    # act's place, no venue of the statement)
    text = "BAMAKO, May 20 - The Malian army said it repelled an attack in Ansongo on Sunday, killing 15 assailants."
    bamako = Place(2460596, "Bamako", 12.61, -7.98, "P", "PPLC", "ML", "01", 1297281)
    ansongo = Place(2461003, "Ansongo", 15.66, 0.50, "P", "PPL", "ML", "09", 10000)
    tops = [Toponym(text.index(name), text.index(name) + len(name), name, place, 1)
            for name, place in (("BAMAKO", bamako), ("Ansongo", ansongo))]
    [event] = extract_events(text, published_at=TUE, toponyms=tops, locations=[])
    assert event.location["name"] == "Ansongo"


# From test_extraction_levant.py: Middle East conflict copy of 2024-2026: Gaza tolls, IDF statements, West Bank raids,
# Lebanon, Yemen, Syria, Iraq.

def test_a_toll_told_place_by_place_through_the_site_it_was_in():
    text = "Israeli strikes on Sunday killed 10 people in Rafah in the south of the territory and six others in a tent in Khan Younis."
    assert by_place(events(text, [("Rafah", RAFAH, 0), ("Khan Younis", KHAN_YOUNIS, 0)])) == [
        ("Rafah", 10, None), ("Khan Yunis", 6, None)]
    text = "Israeli strikes killed four people in Gaza City and three in a house in Rafah on Sunday."
    assert by_place(events(text, [("Gaza City", GAZA_CITY, 0), ("Rafah", RAFAH, 0)])) == [
        ("Gaza City", 4, None), ("Rafah", 3, None)]


# From test_extraction_levant2.py: Middle East conflict copy, a second round: war tolls, CENTCOM, Syria's new forces,
# UNIFIL, settlers, launches.

def test_the_place_of_the_act_a_strike_came_days_after_is_not_its_scene(geoparser):
    text = ("Warplanes struck the port of Hodeidah in Yemen on Saturday, killing two people, the rebels said, two days after a "
            "ballistic missile landed near Tel Aviv's airport.")
    [ev] = process_report({"id": "t", "text": text, "title": None, "published_at": "2025-08-30"}, geoparser)["events"]
    assert ev["location"]["country_code"] == "YE"


# From test_extraction_levant3.py: Middle East copy, a third round: Gaza, the West Bank, Lebanon, Syria after Assad,
# Yemen, Iraq (2025).

def test_a_dateline_whose_country_has_three_words_is_only_where_the_report_was_filed(geoparser):
    for dateline in ("DUBAI, United Arab Emirates (AP) — ", "Dubai, United Arab Emirates (AFP) - "):
        [ev] = helpers.report_events(dateline + "Houthi rebels attacked a bulk carrier in the Red Sea on Monday with drones, killing "
                      "three crew members.", geoparser, published="2025-07-08")
        assert ev["location"]["name"] == "Red Sea"


def test_a_dateline_whose_country_has_five_words_is_only_where_the_report_was_filed(geoparser):
    for dateline in ("BENI, Democratic Republic of the Congo (Reuters) - ", "Beni, Democratic Republic of Congo (AFP) - "):
        [ev] = helpers.report_events(dateline + "Militiamen killed 14 people in a raid on the village of Kibirizi in Djugu "
                                     "territory, Ituri province, on Sunday, local officials said.", geoparser,
                                     published="2025-08-11")
        assert ev["location"]["name"] == "Djugu" and ev["location"]["precision"] == 3


def test_a_capitals_highway_is_a_place_not_its_government(geoparser):
    [ev] = helpers.report_events("A Druze merchant was abducted on the Damascus highway on Sunday, relatives said.", geoparser, published="2025-07-14")
    assert "Government" not in str(ev["actor1"]) + str(ev["actor2"])


# From test_extraction_maritime.py: Events at sea: pirates, navies, sea drones and crews; waters and flags as places.

def test_an_act_at_sea_is_in_the_water_its_sentence_names_not_in_the_dateline_s_port():
    text = "DUBAI, May 8 (Reuters) - Iran's navy fired on a foreign oil tanker in the Strait of Hormuz on Thursday."
    [ev] = extract_events(text, published_at=THU, toponyms=[toponym(text, "DUBAI", DUBAI),
                                                             toponym(text, "Strait of Hormuz", HORMUZ, 7)], locations=[])
    assert (ev.location["name"], ev.location["precision"]) == ("Strait of Hormuz", 7)


def test_a_ship_hit_off_a_town_is_in_the_waters_off_it(geoparser):
    # no sea named: the town only measures where the ship was, UCDP where_prec 7 (waters), at the town's or the
    # measured point; a country before the town is whose it is ("off the coast of Yemen's Hodeidah")
    for text in ("A cargo ship was struck by a missile off the coast of Yemen's Hodeidah on Wednesday, UKMTO said.",
                 "A bulk carrier was hit by a drone boat 66 nautical miles southwest of Hodeidah on Wednesday, UKMTO said."):
        [ev] = helpers.report_events(text, geoparser, published="2024-06-12")
        assert ("Hodeidah" in ev["location"]["name"] or ev["location"]["admin1"] == "Al Hudaydah",
                ev["location"]["precision"]) == (True, 7), text

def test_the_waters_off_a_town_outrank_the_region_the_town_lies_in(geoparser):
    # the town measures where the boat was (p7, at the town), more narrowly than the region named after it
    text = ("Gunmen hijacked a fishing boat and kidnapped its crew 15 nautical miles off Hobyo in Somalia's Galmudug region on "
            "Friday, officials said.")
    [ev] = helpers.report_events(text, geoparser, published="2025-01-18")
    assert (ev["location"]["name"], ev["location"]["precision"]) == ("Hobyo", 7)


# From test_extraction_perplace.py: An act told with its toll place by place is one event per place (ACLED codes one
# event per location).

def test_wounded_counted_place_by_place_and_more():
    evs = events("Russian shelling wounded 12 people in Kherson and three more in Sumy on Sunday.",
                 [("Kherson", KHERSON, 0), ("Sumy", SUMY, 0)])
    assert by_place(evs) == [("Kherson", None, 12), ("Sumy", None, 3)]


def test_two_clauses_each_with_its_own_act_place_and_toll():
    text = "Russian artillery killed two people in Kherson on Monday, while a drone attack wounded three in Sumy."
    evs = events(text, [("Kherson", KHERSON, 0), ("Sumy", SUMY, 0)])
    assert by_place(evs) == [("Kherson", 2, None), ("Sumy", None, 3)]
    assert evs[1].sub_event_type == "Air/drone strike"
    # (each clause's own doer: the second's is no target of the first)
    text = "Russian shelling killed two people in Kherson on Monday, while Ukrainian drones wounded three in Belgorod."
    evs = events(text, [("Kherson", KHERSON, 0), ("Belgorod", BELGOROD, 0)])
    assert by_place(evs) == [("Kherson", 2, None), ("Belgorod", None, 3)]
    assert [(ev.actor1["name"], ev.actor2["name"]) for ev in evs] == [
        ("Military Forces of Russia", "Civilians (Ukraine)"), ("Military Forces of Ukraine", "Civilians (Russia)")]
    assert evs[1].sub_event_type == "Air/drone strike"
    text = "Russian shelling killed a man in Kherson on Wednesday; in Zaporizhzhia, a drone strike wounded four people."
    evs = events(text, [("Kherson", KHERSON, 0), ("Zaporizhzhia", ZAPORIZHZHIA, 0)])
    assert by_place(evs) == [("Kherson", 1, None), ("Zaporizhzhia", None, 4)]


def test_a_later_sentence_about_one_place_joins_that_place_s_event():
    text = "Israeli airstrikes killed five people in Khan Younis and four in Rafah on Thursday. Among the dead in " \
           "Rafah were two children."
    evs = events(text, [("Khan Younis", KHAN_YOUNIS, 0), ("Rafah", RAFAH, 0), ("Rafah", RAFAH, 1)], published=dt.date(2024, 7, 4))
    assert by_place(evs) == [("Khan Yunis", 5, None), ("Rafah", 4, None)]


# From test_extraction_scenefix.py: An event's scene: a riot told by its arson alone, and the place where the act
# happened over places only named.

def test_a_place_only_named_is_no_scene():
    # a paper's town, the power behind the doers, the far side of a border, a force's command area, a rejecter
    [ev] = _geoparsed_events_2025_03_02("An explosive device damaged a footbridge in Mitrovica late on Sunday, Kosovo police said. No one "
                   "was injured. Officials blamed criminal groups directed by Serbia, which Belgrade rejected.",
                   published="2025-04-22")
    assert ev["location"]["country_code"] == "XK"
    [ev] = _geoparsed_events_2025_03_02("A Kosovo police officer was wounded when unknown gunmen opened fire on a patrol at the border "
                   "crossing with Serbia on Thursday night, police said.", published="2025-09-12")
    assert ev["location"]["country_code"] == "XK"
    [ev] = _geoparsed_events_2025_03_02("Troops of Operation Hadin Kai in the North-East theatre repelled an attack by ISWAP terrorists on "
                   "their base in Damboa, Borno State, on Sunday, killing 14 of the insurgents, the army said.",
                   published="2025-05-13")
    assert ev["location"]["country_code"] == "NG"
    evs = _geoparsed_events_2025_03_02("A pipe bomb was found under a car in Newry, Co Down, on Monday morning. Army technical officers made "
                  "the device safe. Dissident republicans claimed it in a call to a Dublin radio station.", published="2025-01-14")
    assert all(e["location"]["name"] != "Dublin" for e in evs)


def test_the_arrest_s_place_is_no_scene_of_the_act_before_it():
    [ev] = _geoparsed_events_2025_03_02("Two people were wounded in a knife attack at a tram stop in Hanover on Monday. Police arrested a "
                   "31-year-old suspect on Tuesday near Hamburg, where he had fled by train.", published="2025-02-19")
    assert ev["location"]["name"] == "Hannover"


def test_a_station_attacked_is_the_scene_a_station_told_is_not():
    [ev] = _geoparsed_events_2025_03_02("Gunmen stormed a Kabul TV station on Tuesday, killing three guards.", published="2025-01-14")
    assert ev["location"]["name"] == "Kabul"


# From test_extraction_scenes.py: The event's place when the gazetteer lacks the village, township or regency the
# act's sentence names.

def test_a_township_the_gazetteer_lacks_is_in_the_datelines_region_not_its_town():
    text = "SITTWE, April 7 - The Arakan Army said on Sunday it had overrun a junta outpost in Paletwa township."
    assert scene(text, [("SITTWE", SITTWE)])[0] == ("Rakhine", 4)


def test_a_regency_the_gazetteer_lacks_is_in_the_datelines_province():
    text = "JAYAPURA, April 7 - Soldiers shot dead three rebels in a raid on a camp in Puncak regency on Sunday."
    assert scene(text, [("JAYAPURA", JAYAPURA)])[0] == ("Papua", 4)


def test_an_unknown_village_in_a_named_region_is_in_that_region():
    text = "BAMAKO (Reuters) - Gunmen attacked the village of Sokoura in the Mopti region on Sunday, killing nine civilians."
    assert scene(text, [("BAMAKO", BAMAKO), ("Mopti", MOPTI)])[0] == ("Mopti", 4)


def test_a_neighbourhood_the_gazetteer_lacks_stays_in_the_dateline_town():
    text = "SITTWE, April 7 - A shell struck a house in the Mingan neighbourhood on Sunday, killing two people."
    assert scene(text, [("SITTWE", SITTWE)])[0] == ("Sittwe", 1)


def test_a_name_of_an_armed_group_of_another_country_is_no_place_of_the_report():
    # "Fano-controlled" is no mention of the militia (the hyphen), and its name no town of Italy: the civilians
    # killed are not Italy's
    text = "Nine civilians were killed in fighting in Fano-controlled areas on Tuesday, a hospital official said."
    (ev,) = extract_events(text, published_at=DAY, toponyms=[toponym(text, "Fano", FANO_ITALY, 1)], locations=[])
    assert ev.location is None and ev.actor2["country"] != "Italy"


# From test_extraction_statemedia.py: Conflict news as state and official media write it in English: defence
# ministries' and their agencies' words for killing the enemy ("eliminated", "liquidated", "sent to hell", "the enemy
# lost up to 45 servicemen"), a soldier's death ("embraced shahadat"), the epithets they name the enemy by ("khwarij",
# "PKK/YPG terrorists", "terrorist PDF", "the Zionist regime"), and an agency's dateline credit ("ANKARA (AA) -").

def test_troops_that_engaged_the_khwarij_location_fought_them():
    [ev] = helpers.events("Security forces conducted an operation in Datta Khel on Monday. Own troops effectively engaged the "
                  "khwarij location, and resultantly, eight khwarij were sent to hell.", published=helpers.TUE_2024_06_04)
    assert (ev.event_type, ev.sub_event_type) == ("Battles", "Armed clash")
    assert ev.actor2["name"] == "TTP: Tehrik-i-Taliban Pakistan"
    assert ev.killed["best"] == 8


# From test_extraction_usactors.py: US local crime copy: who the parties are. Police who only tell, answer or arrest
# are no party to the shooting.

def test_a_quarter_named_like_a_faraway_town_is_in_the_reports_town():
    # "Austin" alone is the Texas capital; "the Austin neighborhood" of a Chicago report is on Chicago's West Side
    loc = helpers.first_location("CHICAGO \u2014 A man was shot and wounded Sunday night in the Austin neighborhood, police said.", published="2024-06-10")
    assert loc["name"] == "Chicago"
    loc = helpers.first_location("LOUISVILLE, Ky. \u2014 A woman was shot and killed Monday on the city's West End, police said.", published="2024-06-10")
    assert abs(loc["lat"] - 38.25) < 0.3 and abs(loc["lon"] + 85.76) < 0.3


# From test_extraction_villages.py: Where an event is placed when the report names a village and the district, LGA,
# territory or raion it lies in.

def test_a_headline_town_stands_for_the_district_the_body_names():
    # the body names Lubero only as its territory (the town, read with "territory" after it, at precision 3):
    # the headline's "in Lubero" is that territory, not the town
    text = ("Five civilians killed in Lubero\n\nGunmen killed five civilians on Sunday night in a village of Lubero "
            "territory, the administrator said.")
    places = [("Lubero", LUBERO_TOWN, 1, 0), ("Lubero", LUBERO_TOWN, 3, 1)]
    assert helpers.scene(text, places, published=helpers.DAY_2025_06_10) == [("Lubero", 3)]


def test_a_dateline_ending_in_a_colon_is_where_the_report_was_filed():
    # "RAIPUR: ...": as "RAIPUR (Reuters) -", the district the act's sentence names is the scene, not the dateline
    text = "RAIPUR: Maoists killed a villager in Pedakorma village of Bijapur district on Sunday night, police said."
    assert helpers.scene(text, [("RAIPUR", RAIPUR, 1, 0), ("Bijapur", BIJAPUR_DISTRICT, 3, 0)], published=helpers.DAY_2025_06_10) == [("Bijapur", 3)]


# From test_extraction_westasia.py: West and Central Asia, the Caucasus: actors of the region and their names there
# (westasia round).

def test_islamic_state_in_afghanistan_is_its_khorasan_province():
    # ACLED codes the Islamic State's attacks in Afghanistan as ISKP's; elsewhere it stays the Islamic State
    evs = helpers.report_events("A suicide bomber blew himself up outside a bank in the Afghan city of Kunduz on Thursday, killing "
                  "five people. Daesh claimed responsibility.", published="2025-02-13", geoparser=helpers.GEOPARSER)
    assert evs and _names(evs[0])[0] == "Islamic State Khorasan Province"
    evs = helpers.report_events("A suicide bomber blew himself up outside a church in Damascus on Sunday, killing 20 people. "
                  "The Islamic State group claimed responsibility.", published="2025-06-22", geoparser=helpers.GEOPARSER)
    assert evs and _names(evs[0])[0] == "Islamic State"


def test_a_town_named_in_a_bank_s_name_is_not_the_scene():
    evs = helpers.report_events("KABUL, Feb 13 (Reuters) - A suicide bomber blew himself up outside a branch of Kabul Bank in the "
                  "northern Afghan city of Kunduz on Thursday, killing five people, police said.", published="2025-02-13", geoparser=helpers.GEOPARSER)
    assert evs and evs[0]["location"]["name"] == "Kunduz"


# A place a relative clause tells as held ("which controls Gaza", "who have held Sanaa since 2014") is no scene while
# the act's sentence names another

def test_a_place_a_group_holds_is_not_the_scene_of_its_act_elsewhere():
    text = "ADEN (Reuters) - The Houthis, who have held Sanaa since 2014, fired a missile at Marib on Monday, killing two civilians."
    # (the town of Marib, seat of its governorate: geocoding.resolve._seat_named_alike)
    assert [e["location"]["name"] for e in helpers.report_events(text, helpers.GEOPARSER, "2024-06-10")] == ["Ma'rib"]
    text = "GAZA (Reuters) - Hamas, which controls Gaza, fired rockets at Sderot on Monday, wounding two people."
    assert [e["location"]["name"] for e in helpers.report_events(text, helpers.GEOPARSER, "2024-06-10")] == ["Sderot"]
    # (nor of an act the next sentence tells with no place of its own)
    text += " The Israeli military said most of the rockets were intercepted."
    assert {e["location"]["name"] for e in helpers.report_events(text, helpers.GEOPARSER, "2024-06-10")} == {"Sderot"}


def test_where_the_wounded_were_airlifted_is_not_the_scene_of_their_wounding():
    text = ("MANDERA, Kenya (Xinhua) - A soldier, a police officer and two civilians were killed on Tuesday when their "
            "vehicle struck an improvised explosive device near Elwak in Mandera County, police said. Three other "
            "passengers were injured and airlifted to Nairobi for treatment, a police commander said.")
    [event] = coded(text)
    assert (event["location"]["name"], event["killed"]["best"], event["wounded"]["best"]) == ("El Wak", 4, 3)  # (the gazetteer's spelling, as a bare mention's)


def test_the_town_of_the_clinic_the_hurt_were_taken_to_is_not_the_scene_of_the_strike_before_it():
    text = ("An air strike on a school in Magway region killed nine people on Monday, a local resident said. A jet dropped "
            "two bombs on the school building at around 10 a.m., the resident said. Several injured were taken to a "
            "clinic in Pakokku.")
    assert {e["location"]["name"] for e in coded(text)} == {"Magway"}


def test_the_town_where_the_hurt_are_treated_or_the_dead_buried_is_not_the_scene_of_the_attack_before_it():
    # no "to" before these towns: "treated in", "receiving treatment in", "admitted to hospital in", "buried in"
    tails = ("Dozens of wounded were being treated in Pakokku, the resident said.",
             "Seven wounded were receiving treatment in Pakokku, the resident said.",
             "Several wounded were admitted to hospital in Pakokku, the resident said.",
             "The dead were buried in Pakokku on Tuesday, the resident said.")
    for tail in tails:
        text = ("An air strike on a school in Magway region killed nine people on Monday, a local resident said. " + tail)
        assert {e["location"]["name"] for e in coded(text)} == {"Magway"}, tail


def test_the_town_of_the_hospital_where_the_hurt_lie_is_not_the_scene_of_the_attack_before_it():
    # ("are in hospital in", "remain in a hospital in": where the hurt lie, as where they are treated)
    tails = ("Four wounded villagers are in hospital in Pakokku, the resident said.",
             "Two of the wounded remain in a hospital in Pakokku, the resident said.")
    for tail in tails:
        text = ("An air strike on a school in Magway region killed nine people on Monday, a local resident said. " + tail)
        assert {e["location"]["name"] for e in coded(text)} == {"Magway"}, tail


def test_the_town_of_the_hospital_where_the_wounded_died_since_is_neither_a_scene_nor_another_act():
    # (the deaths count to the strike's toll: one event, at Magway)
    tails = ("Three of the wounded later died in hospital in Pakokku, raising the death toll to 12.",
             "Two of the injured died at a hospital in Pakokku on Tuesday.")
    for tail in tails:
        text = ("An air strike on a school in Magway region killed nine people on Monday, a local resident said. " + tail)
        assert [e["location"]["name"] for e in coded(text)] == ["Magway"], tail


def test_a_capital_s_dateline_does_not_win_over_a_village_of_the_act_read_only_at_its_country():
    text = ("BAMAKO (Reuters) - Suspected jihadists attacked an army checkpoint in Lere, near the Mauritanian border, on "
            "Tuesday, killing seven soldiers, the Malian army said. Mali's military government has struggled to contain "
            "insurgents since 2020.")
    found = coded(text)
    assert [(e["location"]["country_code"], e["location"]["precision"]) for e in found] == [("ML", 6)]
    span = found[0]["evidence"]["location"]
    assert text[span["start"]:span["end"]] == "Lere"


def test_where_the_hurt_were_taken_by_road_is_the_place_when_no_other_is_told():
    # the hospital's town is the nearest the report comes to the scene; an airlift's end is far from it
    taken = ("A man shot another man in the stomach early Saturday morning, deputies said. The victim was taken to "
             "Ocala Regional Medical Center with a non-life threatening injury.")
    airlifted = "A roadside bomb wounded three passengers on Monday. They were airlifted to Nairobi for treatment."
    assert [e["location"]["name"] for e in helpers.report_events(taken, helpers.GEOPARSER, "2018-03-05")] == ["Ocala"]
    assert [e["location"] for e in helpers.report_events(airlifted, helpers.GEOPARSER, "2018-03-05")] == [None]


def test_a_capital_that_does_not_comment_is_no_scene():
    # "Kyiv has not commented": the government, silent, as "Kyiv said" is the government speaking; the second drone's
    # strike "on the edge of the town" is the town's, one act with the first
    text = ("A Ukrainian drone hit a bus in the Russian border town of Shebekino on Saturday, wounding four passengers, the "
            "regional governor said. A second drone struck a garage on the edge of the town, but no one was hurt. Kyiv has "
            "not commented on the attacks.")
    evs = helpers.report_events(text, GEOPARSER, "2025-06-15")
    assert [(e["sub_event_type"], e["location"]["name"], e["wounded"]["best"]) for e in evs] == [
        ("Air/drone strike", "Shebekino", 4)]


def test_a_town_named_in_a_district_the_act_s_sentence_names_is_the_scene():
    # the district only contains the town the next sentence names; a town of another district (where the wounded
    # were taken) is no scene
    text = ("PESHAWAR, Pakistan, March 14 (Reuters) - Pakistani security forces killed 12 militants in an "
            "intelligence-based operation in the North Waziristan district of Khyber Pakhtunkhwa province, the military "
            "said on Thursday. The operation was conducted in the Datta Khel area after reports of the presence of "
            "militants. The wounded were taken to a hospital in Peshawar.")
    evs = helpers.report_events(text, geoparser=GEOPARSER, published="2024-03-14")
    assert [(_place(ev), ev["location"]["precision"]) for ev in evs] == [("Datta Khel", 1)]
    text = ("KHAR, Pakistan, July 31 (AFP) - A suicide bomber blew himself up on Sunday among hundreds of supporters "
            "of a party gathered in a tent in Khar, the main town of the Bajaur district of Khyber Pakhtunkhwa province. "
            "At least 54 people were killed, officials said.")
    evs = helpers.report_events(text, geoparser=GEOPARSER, published="2023-07-31")
    assert [(_place(ev), ev["location"]["precision"]) for ev in evs] == [("Khar", 1)]


def test_a_district_the_gazetteer_lacks_is_in_the_province_the_report_named_not_the_dateline_s():
    # Rukha is unknown: the Panjshir the report named holds it, not Kabul's province, where the report was filed
    text = ("KABUL, May 9 (AFP) - Fighters of the National Resistance Front attacked a Taliban checkpoint in the "
            "Panjshir valley on Monday night, the anti-Taliban group said, claiming to have killed eight Taliban "
            "fighters. A Taliban spokesman said the attack on the post in Rukha district had been repelled.")
    evs = helpers.report_events(text, geoparser=GEOPARSER, published="2023-05-09")
    assert [(ev["location"]["admin1"], ev["location"]["precision"]) for ev in evs] == [("Panjshayr", 4)]


def test_a_capital_that_acts_as_its_government_is_no_scene(geoparser):
    # "since Washington began its campaign": the U.S. government, not the city, in a report of strikes in Yemen
    text = ("U.S. strikes on Yemen's Ras Isa fuel port killed 74 people, the Houthi-run health ministry said on Friday, in "
            "the deadliest attack since Washington began its campaign against the Iran-aligned group last month.")
    [ev] = helpers.report_events(text, geoparser, published="2025-04-18")
    assert ev["location"]["country_code"] == "YE"


def test_a_town_that_only_gives_a_bearing_is_no_scene_after_a_place_and_near_alone(geoparser):
    # "in Diyala province north of Baghdad": where Diyala lies; "a village north of Baghdad": near Baghdad (where_prec 2)
    [ev] = helpers.report_events("Islamic State gunmen attacked an army post in Diyala province north of Baghdad on Friday, "
                                 "killing 11 soldiers, officials said.", geoparser, published="2022-01-21")
    assert (ev["location"]["name"], ev["location"]["precision"]) == ("Diyala", 4)
    [ev] = helpers.report_events("A roadside bomb wounded two soldiers in a village north of Baghdad on Thursday, police "
                                 "said.", geoparser, published="2022-01-21")
    assert (ev["location"]["name"], ev["location"]["precision"]) == ("Baghdad", 2)


def test_a_state_accused_or_blamed_is_no_scene(geoparser):
    # "accused the United States and Israel of fomenting the protests": parties named, not where the clash was
    text = ("State media said gunmen had attacked a police station in the city and that four members of the Revolutionary "
            "Guards were killed in clashes. Iran's leaders have accused the United States and Israel of fomenting the protests.")
    [ev] = helpers.report_events(text, geoparser, published="2022-10-01")
    assert ev["location"]["country_code"] == "IR"


def test_a_part_of_gaza_told_by_its_compass_is_the_strip_and_a_camp_named_next_is_the_scene(geoparser):
    # "northern Gaza" is the Gaza Strip's north, not Gaza City; an area gives way to the camp the next sentence names
    [ev] = helpers.report_events("An Israeli airstrike in northern Gaza killed 12 people on Thursday, the health ministry "
                                 "in the Gaza Strip said.", geoparser, published="2024-06-06")
    assert (ev["location"]["name"], ev["location"]["precision"]) == ("Gaza Strip", 4)
    [ev] = helpers.report_events("DEIR AL-BALAH, Gaza Strip (AP) - An Israeli airstrike on a school sheltering displaced "
                                 "families in central Gaza killed at least 33 people early Thursday, officials said. The "
                                 "Israeli military said it struck militants in the school in the Nuseirat refugee camp.",
                                 geoparser, published="2024-06-06")
    assert (ev["location"]["geonameid"], ev["location"]["precision"]) == (helpers.GEOPARSER.parse("Nuseirat")[0].place.geonameid, 1)


def test_a_place_that_holds_the_one_named_next_is_no_scene(geoparser):
    # "Gaza's Nuseirat": the camp, not Gaza City
    [ev] = helpers.report_events("Israeli strike on UN school in Gaza's Nuseirat kills 33", geoparser, published="2024-06-06")
    assert ev["location"]["geonameid"] == helpers.GEOPARSER.parse("Nuseirat")[0].place.geonameid


def test_a_village_the_gazetteer_has_only_abroad_is_mapped_at_its_country_not_the_capital_s_dateline():
    # "the southern border village of Blida": not Algeria's Blida, nor Beirut where the wire was filed; Lebanon (p6)
    text = ("BEIRUT, Nov 14 (Reuters) - An Israeli drone strike on a motorcycle in the southern border village of Blida "
            "killed two people on Thursday, Lebanon's health ministry said.")
    location = helpers.first_location(text, published="2025-11-14")
    assert (location["name"], location["country_code"], location["precision"]) == ("Lebanon", "LB", 6)


def test_a_sea_off_a_town_is_that_coastal_state_s_waters():
    # "in the Black Sea off Odesa": Ukraine's waters (p7), at Odesa; the bare "in the Red Sea" is no state's
    text = ("KYIV, Sept 5 (Reuters) - A Russian drone struck a civilian cargo ship in the Black Sea off Odesa on Monday, "
            "killing one crew member, Ukraine's navy said.")
    location = helpers.first_location(text, published="2023-09-05")
    assert (location["name"], location["country_code"], location["precision"]) == ("Black Sea", "UA", 7)
    assert round(location["lat"]) == 46
    location = helpers.first_location("DUBAI, Feb 20 (Reuters) - A bulk carrier was struck by a missile in the Red Sea on "
                                      "Monday, the agency said.", published="2024-02-20")
    assert (location["name"], location["country_code"], location["precision"]) == ("Red Sea", None, 7)


def test_the_waters_off_a_country_or_a_sea_near_a_town_are_waters_of_that_state():
    # "off the coast of Yemen": Yemen's waters (p7), not Dubai where the wire was filed nor Yemen at large; "in the
    # Black Sea near Odesa": at sea (p7), Ukraine's
    location = helpers.first_location("DUBAI, Feb 20 (Reuters) - A cargo ship was attacked off the coast of Yemen on "
                                      "Monday, the UKMTO agency said.", published="2024-02-20")
    assert (location["country_code"], location["precision"]) == ("YE", 7)
    location = helpers.first_location("KYIV, Sept 5 (Reuters) - A Russian drone struck a cargo ship in the Black Sea near "
                                      "Odesa on Monday, killing one crew member, Ukraine's navy said.", published="2023-09-05")
    assert (location["country_code"], location["precision"]) == ("UA", 7)


def test_a_clause_told_of_the_country_at_large_is_at_the_country_not_the_dateline_s_town(geoparser):
    # "In at least five other cities, protesters torched ...": Bangladesh (p6), not Dhaka; the act told of Dhaka stays
    # there, and a region the clause names is its place ("Elsewhere in Nampula province")
    text = ("DHAKA, July 19 (Reuters) - Police fired tear gas at students in Dhaka on Thursday, killing three. In at least "
            "five other cities, protesters torched ruling party offices, witnesses said.")
    places = {e["event_type"]: (e["location"]["name"], e["location"]["precision"])
              for e in helpers.report_events(text, geoparser, "2024-07-19")}
    assert places == {"Protests": ("Dhaka", 1), "Riots": ("Bangladesh", 6)}
    text = ("MAPUTO, Nov 8 (AP) - Police shot dead three protesters in Maputo on Thursday. Elsewhere in the north of the "
            "country, protesters looted shops, local media reported.")
    riot = next(e for e in helpers.report_events(text, geoparser, "2024-11-08") if e["event_type"] == "Riots")
    assert (riot["location"]["name"], riot["location"]["precision"]) == ("Mozambique", 6)


def test_a_university_named_like_a_far_town_is_no_scene_wherever_the_report_names_it():
    # "Columbia University's campus" from New York: no Columbia, S.C. (nor the "at Columbia" after it)
    text = ("NEW YORK, May 1 (AP) - Police in riot gear cleared a building occupied by pro-Palestinian protesters at "
            "Columbia University late on Tuesday and arrested dozens of people. A police spokesperson said 109 people "
            "were arrested at Columbia.")
    assert {e["location"]["name"] for e in helpers.report_events(text, GEOPARSER, "2024-05-01")} == {"New York City"}


def test_a_town_named_after_a_year_is_a_past_event_s_name_no_scene():
    # "the 1990 Saba Saba uprising" (and "Saba Saba marchers"): a Kenyan village's name, not where police fired today
    text = ("NAIROBI, July 7 (Reuters) - Kenyan police fired tear gas and live rounds at Saba Saba marchers on Monday, "
            "and a rights group said at least 11 people were killed, as thousands marched on the anniversary of the "
            "1990 Saba Saba uprising.")
    assert helpers.first_location(text, published="2025-07-07")["name"] == "Nairobi"


def test_a_country_in_the_title_gives_way_to_the_dateline_s_town_the_body_names_again():
    # "Nine killed in Senegal unrest" - "DAKAR ... in Dakar": the town the body tells (named again, the dateline is no
    # report's desk only), not the title's country
    text = ("Nine killed in Senegal unrest after opposition leader sentenced\n\nDAKAR, June 2 (Reuters) - At least nine "
            "people were killed in clashes between opposition supporters and police on Thursday, the government said. "
            "Protesters burned cars and threw stones at police in Dakar, where security forces responded with tear gas.")
    location = helpers.first_location(text, published="2023-06-02")
    assert (location["name"], location["precision"]) == ("Dakar", 1)


def test_a_country_the_title_names_gives_way_to_a_town_of_it_the_body_tells():
    # "Nine killed in Senegal unrest" - "... in Thies": the body's town, where the title only names the country
    text = ("Nine killed in Senegal unrest after opposition leader sentenced\n\nAt least nine people were killed in "
            "clashes between opposition supporters and police on Thursday, the government said. Protesters burned cars "
            "and threw stones at police in Thies, where security forces responded with tear gas.")
    location = helpers.first_location(text, published="2023-06-02")
    assert (location["name"], location["country_code"]) == ("Thiès", "SN")


def test_both_towns_of_a_joint_dateline_are_the_dateline():
    # "BEIRUT/JERUSALEM, Nov 8 (Reuters) -": where the wire was filed, not the scene of the missile near Metula
    text = ("BEIRUT/JERUSALEM, Nov 8 (Reuters) - Hezbollah fired an anti-tank missile at an Israeli army position near "
            "the border town of Metula on Wednesday, the Lebanese group said.")
    assert helpers.first_location(text, published="2023-11-08")["name"] == "Metula"


def test_a_deal_s_go_between_is_no_scene():
    # "a swap mediated by the United Arab Emirates": the mediator, not where the prisoners were exchanged
    text = ("Ukraine and Russia exchange prisoners of war in UAE-mediated swap\n\nKYIV, Oct 2 (Reuters) - Ukraine and "
            "Russia carried out an exchange of prisoners of war on Thursday, returning 185 servicemen and 20 civilians to "
            "each side in a swap mediated by the United Arab Emirates, officials said.\n\nUkraine's Coordination "
            "Headquarters for the Treatment of Prisoners of War said the returned Ukrainians included defenders of "
            "Mariupol. Russia's defence ministry said the Russian servicemen were in Belarus, where they were receiving "
            "psychological and medical help before being taken to Russia.")
    assert helpers.first_location(text, published="2025-10-02")["country_code"] == "UA"


def test_a_village_the_gazetteer_lacks_framed_by_its_country_s_demonym_is_at_that_country_not_the_dateline():
    # "the southern Lebanese village of Yohmor al-Shaqif" in a BEIRUT report: somewhere in Lebanon (p6), not Beirut
    text = ("BEIRUT, May 20 (Reuters) - An Israeli drone strike on a car in the southern Lebanese village of Yohmor "
            "al-Shaqif killed one man on Tuesday, Lebanon's health ministry said.")
    location = helpers.first_location(text, published="2025-05-20")
    assert (location["name"], location["country_code"], location["precision"]) == ("Lebanon", "LB", 6)
    # ... and a village of another country than the dateline's is at that country ("the Syrian village of" from Amman)
    text = ("AMMAN, May 20 (Reuters) - An air strike on a house in the southern Syrian village of Kafr Shams al-Gharbi "
            "killed three people on Tuesday, a war monitor said.")
    location = helpers.first_location(text, published="2025-05-20")
    assert (location["country_code"], location["precision"]) == ("SY", 6)


def test_a_town_the_gazetteer_lacks_framed_as_a_town_or_city_of_a_country_is_at_that_country_not_the_capital():
    # "the southern Lebanese town of Aitaroun" in a BEIRUT report, as "the ... village of": Lebanon (p6), not Beirut
    text = ("BEIRUT, March 4 (AP) - An Israeli air strike hit a house in the southern Lebanese town of Kfar Remmanitt on "
            "Sunday, killing three people, Lebanon's state news agency said.")
    location = helpers.first_location(text, published="2024-03-04")
    assert (location["name"], location["country_code"], location["precision"]) == ("Lebanon", "LB", 6)


def test_a_village_the_gazetteer_lacks_in_a_neighbour_s_capital_report_is_in_the_one_country_it_names():
    # "BANGKOK - Myanmar junta jets bombed Nyaung Kone Lay village in Ye-U Kyaw township": Myanmar (p6), not Bangkok's
    # province: the report names nothing of Thailand but its dateline
    text = ("BANGKOK, Feb 6 (Reuters) - Myanmar junta jets bombed Nyaung Kone Lay village in Ye-U Kyaw township on "
            "Monday, killing six people, a resistance group said.")
    location = helpers.first_location(text, published="2024-02-06")
    assert (location["country_code"], location["precision"]) == ("MM", 6)


def test_a_bare_town_the_gazetteer_lacks_in_a_capital_s_report_is_in_the_province_the_report_names():
    # "in Warmahan Xaraan" from MOGADISHU, the report telling the Lower Shabelle region: that region (p4), not the capital
    text = ("MOGADISHU, Nov 5 (Reuters) - Al-Shabaab fighters attacked a police station in Warmahan Xaraan on Monday, "
            "killing three officers, a local official said. The town lies in the Lower Shabelle region, where the "
            "militants have carried out several raids this year.")
    location = helpers.first_location(text, published="2024-11-05")
    assert (location["name"], location["country_code"], location["precision"]) == ("Shabeellaha Hoose", "SO", 4)


def test_a_scene_the_gazetteer_lacks_told_by_what_it_is_near_is_in_the_province_the_capital_s_report_names():
    # "clashed with al-Shabaab fighters near Qod Qod" from MOGADISHU, the report telling the Bay region: that region
    # (p4), not the capital ("near", "outside" and "the outskirts of" a village frame it as "in" does)
    text = ("MOGADISHU, Aug 14 (Reuters) - Somali troops clashed with al-Shabaab fighters near Qod Qod on Sunday, "
            "killing six militants, an army officer said. The fighting was the heaviest in the Bay region this year.")
    location = helpers.first_location(text, published="2024-08-14")
    assert (location["name"], location["country_code"], location["precision"]) == ("Bay", "SO", 4)


def test_a_scene_the_gazetteer_lacks_told_by_its_bearing_is_in_the_province_the_capital_s_report_names():
    # "ambushed an army convoy north of Qod Qod" with no distance, from MOGADISHU telling the Bay region: Bay (p4)
    text = ("MOGADISHU, Aug 14 (Reuters) - Al-Shabaab fighters ambushed an army convoy north of Qod Qod on Sunday, "
            "killing six soldiers, an army officer said. The attack was the deadliest in the Bay region this year.")
    location = helpers.first_location(text, published="2024-08-14")
    assert (location["name"], location["country_code"], location["precision"]) == ("Bay", "SO", 4)


def test_a_place_named_as_the_cause_an_act_is_told_for_is_no_scene_of_it():
    # "in solidarity with Gaza": the cause the Houthis fire for, not where the missile went (Ben Gurion airport)
    text = ("SANAA, Aug 14 (Reuters) - The Houthis said on Sunday they had fired a ballistic missile at Ben Gurion "
            "airport in solidarity with Gaza, and Israel's military said it intercepted it.")
    location = helpers.first_location(text, published="2024-08-14")
    assert (location["country_code"], location["precision"]) == ("IL", 1)


def test_a_scene_the_gazetteer_lacks_in_a_capital_s_report_naming_no_province_is_in_the_capital_s_country():
    # "in an attack in Seytenga" or "near Seytenga" from OUAGADOUGOU, naming no province nor the capital in the body:
    # Burkina Faso (p6), not Ouagadougou
    for scene in ("in an attack in Seytenga", "near Seytenga"):
        text = (f"OUAGADOUGOU, Aug 25 (Reuters) - Jihadists killed dozens of civilians {scene} on Saturday, security "
                "sources said. The attack was one of the deadliest in Burkina Faso this year.")
        location = helpers.first_location(text, published="2024-08-25")
        assert (location["name"], location["country_code"], location["precision"]) == ("Burkina Faso", "BF", 6), scene


def test_a_scene_the_gazetteer_lacks_told_with_where_it_lies_after_it_is_in_the_capital_s_country():
    # "in Intahaka near the Algerian border" from BAMAKO: the name after "in" is the scene's, told by what it is near
    # (Mali, p6), not Bamako
    text = ("BAMAKO, Feb 20 (Reuters) - A drone strike by the Malian army killed eight civilians in Intahaka near the "
            "Algerian border on Wednesday, a rebel spokesman said.")
    location = helpers.first_location(text, published="2025-02-20")
    assert (location["name"], location["country_code"], location["precision"]) == ("Mali", "ML", 6)


def test_a_town_people_fled_toward_told_by_where_it_lies_is_no_scene_of_the_act_before():
    # "fled toward Sake, a town about 25 km west of Goma": the phrase locates where residents went, not the taking of
    # the town of Masisi the sentence before tells
    text = ("GOMA, Jan 6 (Reuters) - M23 rebels on Saturday took control of the town of Masisi in North Kivu province "
            "after heavy fighting with the army, officials said. Thousands of residents fled toward Sake, a town about "
            "25 km west of Goma.")
    location = helpers.first_location(text, published="2025-01-06")
    assert location["name"].startswith("Masisi")


def test_a_town_the_gazetteer_lacks_that_a_capital_s_report_places_by_a_compass_word_is_in_the_country():
    # "near the northern town of Intahaka" from BAMAKO: somewhere in Mali (p6), not Bamako's district
    text = ("BAMAKO, July 30 (AFP) - A drone strike by the Malian army killed at least eight civilians near the northern "
            "town of Intahaka on Monday, local officials said.")
    location = helpers.first_location(text, published="2024-07-30")
    assert (location["name"], location["country_code"], location["precision"]) == ("Mali", "ML", 6)


def test_a_continent_is_no_scene():
    # "The rebellion, one of Asia's longest-running": background of the war, no second clash somewhere in Asia
    text = ("Philippine soldiers clash with communist rebels in Negros\n\nMANILA, May 5 (Reuters) - Philippine soldiers "
            "clashed with communist New People's Army rebels in the hills of Kabankalan on Negros island on Sunday, killing "
            "four rebels, the army said. One soldier was wounded in the hour-long firefight, army spokesman Major Cenon "
            "Pancito said. The rebellion, one of Asia's longest-running, has killed more than 40,000 people.")
    events = helpers.report_events(text, helpers.GEOPARSER, "2024-05-06")
    assert [(e["location"]["name"], (e["wounded"] or {}).get("best")) for e in events] == [("Kabankalan", 1)]


def test_a_scene_the_gazetteer_lacks_near_a_capital_the_body_names_stays_in_the_capital():
    # "march on the centre of Dhaka ... near Shahbag": a quarter of the capital, not the country at large
    text = ("DHAKA, Aug 4 (Reuters) - Police fired tear gas at thousands of students marching on the centre of Dhaka on "
            "Sunday. Protesters set fire to a police box near Shahbag, witnesses said.")
    location = helpers.first_location(text, published="2024-08-04")
    assert (location["name"], location["country_code"]) == ("Dhaka", "BD")


def test_a_crowd_s_act_at_a_list_of_towns_is_one_event_a_town():
    # ACLED codes a protest at each place ("protests in Nairobi, Mombasa and Kisumu")
    text = "NAIROBI, June 26 (Reuters) - Thousands of protesters marched in Nairobi, Mombasa and Kisumu on Tuesday."
    assert helpers.report_coded(text, ("sub_event_type", "location.name"), helpers.GEOPARSER, "2024-06-26") == [
        ("Peaceful protest", "Nairobi"), ("Peaceful protest", "Mombasa"), ("Peaceful protest", "Kisumu")]


def test_a_dispersal_told_after_a_protest_stays_at_the_protest_s_scene():
    text = ("NAIROBI, July 8 (Reuters) - Kenyan police shot dead at least 11 people during anti-government protests on "
            "Monday, as demonstrators faced officers who had sealed off roads into central Nairobi.\n\nPolice fired tear gas "
            "and live rounds at crowds in the Kangemi area of the capital, witnesses said.")
    assert [ev["location"]["name"] for ev in helpers.report_events(text, helpers.GEOPARSER, "2025-07-08")
            if ev["sub_event_type"] == "Excessive force against protesters"] == ["Nairobi"]


def test_where_a_ship_was_bound_is_no_scene(geoparser):
    # "from A to B": the voyage's end, not where the ship was struck (nor a blast of its own there)
    text = ("A cargo ship was hit by a missile in the Red Sea on Monday, wounding one sailor. The vessel, bound from "
            "Santos to the Suez Canal, reported an explosion near its bridge.")
    evs = helpers.report_events(text, geoparser, published="2025-02-10")
    assert [(ev["location"]["name"], ev["location"]["precision"]) for ev in evs] == [("Red Sea", 7)]


def test_the_town_of_the_funeral_is_not_the_scene_of_the_killing_it_mourns():
    texts = ("Hundreds of mourners attended a funeral in Pakokku on Wednesday for six villagers shot dead by soldiers in "
             "Magway region on Monday, relatives said.",
             "An air strike on a school in Magway region killed nine people on Monday, a local resident said. Burials in "
             "Pakokku went on into the night.")
    for text in texts:
        assert {e["location"]["name"] for e in coded(text)} == {"Magway"}, text


def test_a_dispersal_told_with_no_place_is_at_the_protest_told_before_not_the_next_sentence_s_town():
    # "Police fired tear gas to disperse them": the crowd is the one told before, in La Paz; the next sentence's town
    # tells another crowd, a protest of its own
    text = ("Miners march in Bolivia\n\nHundreds of miners marched through La Paz on Thursday to demand fuel for their "
            "machines. Police fired tear gas to disperse them. In Cochabamba, farmers staged a peaceful protest outside the "
            "governor's office.")
    assert helpers.report_coded(text, ("sub_event_type", "location.name"), helpers.GEOPARSER, "2025-06-13") == [
        ("Protest with intervention", "La Paz"), ("Peaceful protest", "Cochabamba")]


def test_a_ship_struck_where_the_report_names_no_waters_is_at_no_place_the_dateline_names():
    # the carrier was at sea, somewhere the report does not say: not at Dubai, and its crew no Emirati civilians (ACLED's international ones)
    [ev] = helpers.report_events("DUBAI (Reuters) - Yemen's Houthis said on Friday they had attacked a Maltese-flagged "
                                 "container ship with drones, setting it on fire.", geoparser=helpers.GEOPARSER,
                                 published="2026-05-08")
    assert (ev["location"], ev["actor1"]["name"], ev["actor2"]["name"]) == (None, "Ansar Allah (Houthis)",
                                                                             "Civilians (International)")


def test_a_capital_that_speaks_with_others_and_two_countries_a_deal_is_between_are_no_scene():
    # ("which Kinshasa and United Nations experts accuse": the government, one of two accusers; "a deal between Congo
    # and Rwanda": no midpoint) - the fighting's own territory stays the scene
    text = ("GOMA (Reuters) - Rebels said they had repelled an attack on their positions in North Kivu's Masisi territory "
            "on Monday, in fighting that killed seven people. The clashes come despite a peace deal signed last month "
            "between Congo and Rwanda, which Kinshasa and United Nations experts accuse of backing the rebels.")
    assert helpers.first_location(text, published="2025-07-08")["name"] == "Masisi Territory"


# From the levant round: a ministry or a government that speaks, named with its seat, speaks from its office: no scene.

def test_a_ministry_s_seat_named_as_it_speaks_is_no_scene():
    text = "Soldiers killed two gunmen during a raid on a refugee camp on Sunday, the health ministry in Ramallah said."
    [ev] = _geoparsed_events_2025_03_02(text)
    assert ev["location"] is None


# ... and the place a toll is "from" is the strike's, no origin left.

def test_the_place_a_toll_is_from_is_the_scene():
    text = "Strikes killed 14 people across the enclave on Sunday, medics said. The toll from Bureij later rose to 10."
    [ev] = _geoparsed_events_2025_03_02(text)
    assert ev["location"]["name"] == "Al Burayj"


# ... and a phrase about another town's ground ("near X") told after the act gives way to the town the act's own
# sentence names: in the next sentence ...

def test_the_act_s_own_town_outranks_a_phrase_about_another_town_in_the_next_sentence():
    text = "Militants fired rockets at Sderot on Sunday, police said. Troops shelled areas near Beit Hanoun in response."
    evs = _geoparsed_events_2025_03_02(text)
    assert evs[0]["location"]["name"] == "Sderot"


# ... or in a later sentence merged into the act

def test_the_lead_s_town_outranks_a_later_phrase_merged_into_the_act():
    text = ("An air strike on a house in Bint Jbeil killed two men on Sunday, medics said. The military said its jets "
            "also hit sites near Kfar Kila.")
    [ev] = _geoparsed_events_2025_03_02(text)
    assert ev["location"]["name"] == "Bent Jbaïl"


def test_a_group_s_official_s_seat_named_as_he_speaks_is_no_scene():
    text = "An Israeli drone strike killed three people in a camp on Monday, a Hamas official in Doha told Reuters."
    [ev] = _geoparsed_events_2025_03_02(text)
    assert ev["location"] is None
    # (police officials in a town speak of its own crimes: the town stays the scene)
    text = "A man was shot dead outside a bar on Monday, police officials in Memphis said."
    [ev] = _geoparsed_events_2025_03_02(text)
    assert ev["location"]["name"] == "Memphis"


# From the levant round: a report that names no place has the country of the people it names (not of a demonym in an
# actor's name): its civilians are that country's.

def test_a_report_with_no_place_takes_the_country_of_the_people_it_names():
    text = "Israeli troops killed two Palestinians in a raid on a refugee camp on Monday, the health ministry said."
    [ev] = _geoparsed_events_2025_03_02(text)
    assert ev["actor2"]["name"] == "Civilians (Palestine)"


def test_a_town_named_before_river_is_the_river_no_scene():
    # "the Dnipro river" names the water, not the city of Dnipro: the act is in the town the sentence opens with
    text = ("MYKOLAIV, Ukraine, June 3 (Reuters) - In Kherson, across the Dnipro river from Russian positions, artillery "
            "fire killed a man on his bicycle on Tuesday, officials said.")
    assert {e["location"]["name"] for e in helpers.report_events(text, helpers.GEOPARSER, published="2025-06-04")} == {
        "Kherson"}


def test_a_sentence_with_no_place_is_the_act_before_it_not_the_next_sentence_that_opens_with_its_own_scene():
    # "They said a ballistic missile hit a rail yard ..." is Kryvyi Rih's strike: "In Kherson, ..." turns to another act
    text = ("DNIPRO, Ukraine, Sept 9 (Reuters) - A Russian missile struck Kryvyi Rih on Monday evening, killing three "
            "people, officials said. They said a ballistic missile hit a rail yard, and that eleven people were wounded. "
            "In Kherson, "
            "Russian shelling killed a man on Tuesday morning, the governor said.")
    evs = helpers.report_events(text, helpers.GEOPARSER, published="2025-09-09")
    assert sorted((e["location"]["name"], (e.get("wounded") or {}).get("best")) for e in evs) == [
        ("Kherson", None), ("Kryvyy Rih", 11)]


def test_a_barrage_fired_at_a_country_is_not_at_the_dateline_s_town():
    # "at Ukraine": the country at large was the target; Kyiv only names where the report was filed
    text = ("KYIV, June 11 (Reuters) - Russia launched 315 drones and seven missiles at Ukraine overnight, the air force "
            "said, adding that 277 drones and two missiles were shot down.")
    evs = helpers.report_events(text, helpers.GEOPARSER, published="2025-06-11")
    assert evs and all(e["location"]["name"] != "Kyiv" for e in evs)


def test_the_capital_that_seats_the_speaking_ministry_is_no_scene():
    # "the defence ministry in Moscow said": where the claim was made; the villages are in eastern Ukraine, so the
    # taking is a foreign force's, not a government's regaining
    text = ("KYIV, June 11 (Reuters) - Russian forces have captured two more villages in eastern Ukraine, the defence "
            "ministry in Moscow said on Wednesday.")
    [ev] = helpers.report_events(text, helpers.GEOPARSER, published="2025-06-11")
    assert (ev["sub_event_type"], ev["location"]["country_code"]) == ("Non-state actor overtakes territory", "UA")


def test_the_city_s_quarter_is_of_the_city_told_before_it_not_of_the_dateline():
    # "the city's Dniprovskyi district": Kherson's, told before it; the gazetteer's Dniprovskyi lies in Kyiv, the dateline
    text = ("KYIV, Nov 19 (Reuters) - Two people were killed and seven wounded when a Russian drone struck a bus in Kherson "
            "on Wednesday morning, the governor said. The attack happened near a bus stop in the city's Dniprovskyi "
            "district.")
    evs = helpers.report_events(text, helpers.GEOPARSER, published="2025-11-19")
    assert [e["location"]["name"] for e in evs] == ["Kherson"]


def test_a_region_s_community_is_a_place_of_the_region_not_a_quarter_of_the_dateline_s_town():
    # a Ukrainian "community" (hromada) told as the region's: the town itself, not a neighbourhood of Kyiv
    text = ("KYIV, Feb 18 (Reuters) - Two civilians were killed in Russian shelling of the Sumy region's Krasnopillia "
            "community on Tuesday, the regional military administration said.")
    [ev] = helpers.report_events(text, helpers.GEOPARSER, published="2026-02-18")
    assert ev["location"]["name"] == "Krasnopillya"


def test_the_first_of_a_list_of_towns_is_no_quarter_of_the_second():
    # ("in Abuja, Kano and Port Harcourt": a list, not Abuja as a quarter of the larger Kano, as "Kayole, Nairobi" is)
    text = "ABUJA (Reuters) - Demonstrations were held in Abuja, Kano and Port Harcourt on Thursday over food prices."
    evs = helpers.report_events(text, helpers.GEOPARSER, published="2026-07-09")
    assert sorted(e["location"]["name"] for e in evs) == ["Abuja", "Kano", "Port Harcourt"]


def test_a_place_near_which_an_act_was_is_named_as_the_gazetteer_names_it():
    # ("near Elwak" and "in El Wak" are one place with one name, whatever the report's spelling)
    text = "MANDERA, Kenya (Xinhua) - A roadside bomb killed two soldiers near Elwak on Tuesday, police said."
    assert helpers.first_location(text, published="2026-07-08")["name"] == "El Wak"


def test_a_capital_that_reports_is_no_scene():
    # ("as Moscow reported shooting down dozens of drones": the government, not the place; the village named next is)
    text = ("MOSCOW (Reuters) - A Ukrainian drone struck a car in Russia's Bryansk region on Tuesday, killing the driver, "
            "the governor said, as Moscow reported shooting down dozens of drones overnight. The drone hit the vehicle "
            "near the village of Klimovo.")
    assert helpers.first_location(text, published="2025-08-20")["name"] == "Klimovo"
