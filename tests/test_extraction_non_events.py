"""Extraction: reports and sentences that tell no event (verdicts and trials, plans, threats and
questions, commentary, an arrest after the act, background)."""
import datetime as dt
from extraction import extract_events, report_text
from geocoding import Place
from functools import partial
from tests import extraction_helpers as helpers
from tests.extraction_helpers import (
    FRI_2025_11_14 as FRI, KHARKIV, MON_2025_09_15 as MON, PALMYRA, SAT_2024_08_10 as SAT, SYRIA, only_event,
    kinds, toponym,
)

_subs = partial(helpers.report_coded, fields="sub_event_type", published="2024-10-10")
events_at_places_published_2025_03_08 = partial(helpers.events_at_places, published=helpers.SAT_2025_03_08, area_precision=4)
events = partial(helpers.events, published=helpers.TUE_2024_05_14)
events_published_2024_06_04 = partial(helpers.events, published=helpers.TUE_2024_06_04)
subs = partial(helpers.codings, published=helpers.PUBLISHED, fields="sub_event_type")


# From test_extraction_africa3.py: African conflict copy, a third round: Congo's and Somalia's forces and missions,
# Sudan's army, the newer groups.

def test_a_group_s_toll_over_its_years_is_no_act():
    text = ("Militants from the Allied Democratic Forces killed at least 43 people in an attack on a church on Sunday. "
            "The ADF, which has pledged allegiance to the Islamic State group, has killed thousands of civilians in "
            "the region.")
    [ev] = extract_events(text, published_at=MON, toponyms=[], locations=[])
    assert ev.actor1["name"] == "ADF: Allied Democratic Forces" and ev.killed["best"] == 43


# From test_extraction_attribution.py: Who did it and to whom when the copy says it indirectly: men told by the group
# they are tied to, victims told as members of a group, blame and claims, and where the doers went afterwards.

def test_a_deniers_own_account_is_no_act_of_its_own():
    evs = helpers.codings("Soldiers killed 12 herders in the village of Kareri on Thursday, relatives said. The army denied the "
                "accusations, saying its troops had killed jihadists in a firefight.", published=helpers.MON_2025_03_10)
    assert [(sub, a2) for sub, _, a2 in evs] == [("Attack", "Civilians")]


# From test_extraction_briefs.py: US local crime briefs and police news: a city's quarters, tolls and roles as a
# careful coder reads them.

def test_the_arrest_a_crimes_inquiry_makes_is_no_event():
    assert helpers.report_coded("A 40-year-old woman was shot and killed in her driveway on Saturday evening, police said. Officers "
                 "arrested the suspect on Sunday at a motel near the interstate.", fields="sub_event_type", published="2025-09-15") == ["Attack"]
    assert helpers.report_coded("A man was stabbed to death outside a bar on Friday night, the sheriff's office said. Deputies detained "
                 "his roommate for questioning.", fields="sub_event_type", published="2025-09-15") == ["Attack"]


# From test_extraction_claims.py: Claims told through a spokesman or a statement, interceptions (the interceptor acts
# on the launcher), and acts at sea told in the passive with no doer.

def test_what_an_interception_brought_down_is_no_attack_of_its_own():
    assert helpers.codings("The Israeli army said its air defences intercepted a cruise missile fired by Hezbollah over Haifa "
                 "on Sunday.", published=helpers.MON_2025_03_10) == [("Disrupted weapons use", "Military Forces of Israel", "Hezbollah")]


# From test_extraction_communal.py: Communal and identity violence on sentences of our own (no gazetteer needed):
# herder-farmer raids, cattle raids, clan and tribal fighting, mobs that kill.

def test_a_periods_tally_is_no_acts_toll():
    # the dead since a month of a year ("since May 2023") are the conflict's, not the gunfight's
    assert helpers.report_codings("", "Two people were killed in a gunfight between armed Meitei and Kuki groups near Moirang on Thursday, police said. "
                     "Manipur has been gripped by ethnic violence since May 2023, in which more than 250 people have been "
                     "killed.", published=dt.date(2025, 6, 7)) == [("Battles", "Armed clash", "Meitei Ethnic Militia", "Kuki Ethnic Militia", 2)]
    # a statement that counts a year's dead tells no incident
    assert helpers.report_codings("", "The governor on Thursday called for calm and said herder-farmer violence had killed hundreds of "
                     "people in the state this year.", published=dt.date(2025, 6, 7)) == []


# From test_extraction_conflictfix.py: Conflict copy left wrong by the last rounds: the dead handed over in an
# exchange, families counted whole, the weapon told after the verb, a claim's day, and what a report only expects or
# sets as a condition.

def test_talks_still_to_come_and_an_act_as_a_condition_are_no_events():
    evs = events("Israeli strikes killed 20 people in Rafah on Monday, medics said. Talks on a ceasefire are expected to "
                 "resume in Cairo next week.")
    assert [ev.sub_event_type for ev in evs] == ["Air/drone strike"]
    evs = events("Hezbollah said on Monday it had fired rockets at an army base near the border. The group vowed to keep up "
                 "its attacks until Israel pulled its forces out of Gaza and its offensive was over.")
    assert [ev.sub_event_type for ev in evs] == ["Shelling/artillery/missile attack"]


def test_how_those_given_back_were_taken_is_who_they_are_no_act():
    evs = events("Hamas freed four hostages in Gaza on Monday in exchange for 200 Palestinian prisoners, officials said. "
                 "The four were kidnapped from a kibbutz near the border on Oct. 7, 2023.")
    assert "Abduction/forced disappearance" not in [ev.sub_event_type for ev in evs]
    evs = events("Russia and Ukraine swapped 75 prisoners of war each on Monday. The Ukrainian soldiers freed had been "
                 "captured near Avdiivka, the coordination headquarters said.")
    assert "Non-state actor overtakes territory" not in [ev.sub_event_type for ev in evs]
    # taken in the report's own days, the abduction is the act
    evs = events("Gunmen abducted 20 travellers on the highway on Sunday. Five of them were released on Monday.")
    assert "Abduction/forced disappearance" in [ev.sub_event_type for ev in evs]


def test_talks_between_two_parties_still_to_come_are_no_event():
    evs = events("The group said on Sunday it had attacked the base with drones. Talks between the two governments on "
                 "the future of the coalition are due to resume next month.")
    assert "Other" not in [ev.sub_event_type for ev in evs]


def test_a_war_told_going_on_where_the_act_happened_is_no_act():
    evs = events("Gunmen shot dead a teacher in Kumba on Sunday, police said. The town lies in the South West region, where "
                 "armed separatists have fought the army since 2017.")
    assert [ev.sub_event_type for ev in evs] == ["Attack"]
    evs = events("A man was killed when a Russian drone struck his car near Kupiansk on Monday. Russian forces have pounded "
                 "villages in the area since launching an offensive in the spring.")
    assert [ev.sub_event_type for ev in evs] == ["Air/drone strike"]


# From test_extraction_europe2.py: Political violence in Europe and the North Caucasus: lone attackers, riots,
# Northern Ireland, Kosovo, Corsica, Greece, Sweden's gangs, Dagestan and Ingushetia.

def test_the_offence_an_arrest_is_on_suspicion_of_is_no_second_act():
    # (the officers who arrested him are no target of the stabbing)
    [ev] = extract_events("A man was stabbed at the bus station in Huddersfield on Friday. A 19-year-old man was "
                          "arrested on suspicion of attempted murder after officers used a Taser.",
                          published_at=SAT, toponyms=[], locations=[])
    assert ev.actor2 is None or not ev.actor2["name"].startswith("Police")


# From test_extraction_events.py: Event assembly on hand-made text and hand-made toponyms (no gazetteer needed).

def test_commentary_gives_no_event():
    text = report_text(
        "Damascus urges the United Nations to halt the US-led coalition airstrikes",
        "Damascus sent letters to the UN Secretary General, calling for the cessation of the US-led coalition "
        "airstrikes in Syria as it causes numerous deaths among civilians. The coalition is conducting airstrikes "
        "against ISIS on the territory of Syria and Iraq.")
    assert extract_events(text, published_at=None, toponyms=[], locations=[]) == []


def test_an_act_recalled_as_a_point_in_time_is_no_event():
    for text in ("Ten years after the chemical attack on Ghouta that killed hundreds, survivors still wait for justice.",
                 "A court sentenced five men to death on Wednesday for the 2016 Karrada bombing that killed more "
                 "than 300 people.",
                 # (the act named by its weapon, its verb right after it)
                 "Residents laid flowers at the railway station on Monday, two years after a Russian missile strike "
                 "killed 61 people waiting to be evacuated."):
        assert extract_events(text, published_at=dt.date(2023, 3, 10), toponyms=[], locations=[]) == []


def test_an_offensive_told_as_the_start_of_a_time_is_no_act_of_its_own():
    # "since launching a cross-border offensive": when the attacks of the report began, no clash of its own
    text = ("Russian guided bombs killed three people in Kharkiv on Sunday. Russia has stepped up its attacks on the "
            "region since launching a cross-border offensive earlier this month.")
    assert [e.sub_event_type for e in extract_events(text, published_at=dt.date(2024, 5, 19), toponyms=[],
                                                     locations=[])] == ["Air/drone strike"]


def test_ground_taken_in_a_year_told_after_its_verb_is_recalled():
    # "territory ... that Ukraine liberated in its 2022 counteroffensive": a past taking, no act of the report's day
    text = ("Zelenskiy visited troops near Kupiansk on Friday. The visit came as Russian forces push to retake territory "
            "in the region that Ukraine liberated in its 2022 counteroffensive.")
    assert extract_events(text, published_at=dt.date(2024, 12, 20), toponyms=[], locations=[]) == []


def test_strikes_named_as_a_motive_are_no_act_and_a_drone_that_hits_strikes():
    text = ("Rebels fired a missile at a cargo ship off the coast on Friday. The rebels said the attack was revenge "
            "for British strikes on their bases.")
    assert [e.sub_event_type for e in extract_events(text, published_at=dt.date(2024, 2, 3), toponyms=[],
                                                     locations=[])] == ["Shelling/artillery/missile attack"]
    drone = only_event("A drone hit a minibus on the highway on Friday, wounding four passengers.", dt.date(2024, 2, 3))
    assert drone.sub_event_type == "Air/drone strike"


def test_a_toll_counted_since_the_fighting_began_is_no_act_s():
    text = ("Gunmen torched a market in the district on Monday, police said. At least 80 people have been killed "
            "since the fighting began in March.")
    events = extract_events(text, published_at=dt.date(2024, 6, 5), toponyms=[], locations=[])
    assert [e.sub_event_type for e in events] == ["Looting/property destruction"] and events[0].killed is None


def test_foreign_force_taking_territory_is_no_government_regaining():
    # ACLED: a foreign state's forces that take a place abroad overtake it; a government regains its own
    text = "Yemeni troops captured the town of Tadmur in Syria on Thursday after heavy fighting, officials said."
    tops = [toponym(text, "Tadmur", PALMYRA), toponym(text, "Syria", SYRIA, 6)]
    [ev] = extract_events(text, published_at=dt.date(2024, 8, 16), toponyms=tops, locations=[])
    assert ev.sub_event_type == "Non-state actor overtakes territory" and ev.actor1["inter"] == 8
    text = "Syrian troops captured the town of Tadmur on Thursday after heavy fighting, officials said."
    [ev] = extract_events(text, published_at=dt.date(2024, 8, 16), toponyms=[toponym(text, "Tadmur", PALMYRA)], locations=[])
    assert ev.sub_event_type == "Government regains territory"


def test_an_attack_attributed_to_a_group_is_its_act_and_no_act_of_its_own():
    text = ("Gunmen opened fire on customers at a bar in Esmeraldas on Saturday night, killing five people, police said. "
            "Police attributed the attack to Los Lobos, one of the gangs the government calls terrorist groups.")
    event = only_event(text, dt.date(2024, 4, 8))
    assert event.actor1["name"] == "Los Lobos"


def test_suspects_arrested_by_no_named_force_after_an_attack_are_no_event():
    text = ("Gunmen shot dead four men at a car wash on Friday night, prosecutors said. "
            "Three suspects were detained on Saturday.")
    assert [e.sub_event_type for e in extract_events(text, published_at=dt.date(2024, 6, 3), toponyms=[],
                                                     locations=[])] == ["Attack"]
    # a force that arrests them is a development of its own
    text = text.replace("Three suspects were detained", "Soldiers detained three suspects")
    assert len(extract_events(text, published_at=dt.date(2024, 6, 3), toponyms=[], locations=[])) == 2


def test_captives_who_escape_make_no_event_of_their_own():
    events = extract_events("Fighters abducted 15 women collecting firewood near the town on Thursday, residents said. "
                            "Five of the women escaped later that day.", published_at=dt.date(2024, 3, 9),
                            toponyms=[], locations=[])
    assert [(e.sub_event_type, e.abducted["best"]) for e in events] == [("Abduction/forced disappearance", 15)]


def test_an_intelligence_based_operation_is_no_organisation_based_somewhere():
    text = "Security forces killed six militants in an intelligence-based operation in North Waziristan on Sunday."
    place = Place(1168875, "North Wazīristān District", 32.95454, 69.90797, "A", "ADM2", "PK", "03", 5168)
    [op] = extract_events(text, published_at=dt.date(2024, 3, 18), toponyms=[toponym(text, "North Waziristan", place, 3)],
                          locations=[])
    assert op.location["name"] == "North Wazīristān District"


def test_a_war_s_tally_in_the_perfect_is_no_act():
    events = extract_events("Shelling killed three people in the city on Sunday. The war between the army and the RSF "
                            "erupted in April 2023 and has killed more than 14,000 people.",
                            published_at=dt.date(2024, 5, 13), toponyms=[], locations=[])
    assert [(e.sub_event_type, e.killed["best"]) for e in events] == [("Shelling/artillery/missile attack", 3)]


def test_a_force_blamed_with_an_adjective_before_it_or_after_its_own_background_does_the_act():
    text = ("A drone strike hit a power station in Kosti on Tuesday, the army said, blaming the paramilitary Rapid "
            "Support Forces. No one was hurt.")
    strike = only_event(text, dt.date(2025, 5, 7))
    assert strike.actor1["name"].startswith("RSF") and strike.actor2 is None
    # (what the blamed force has been doing is its background, no act: "which has been fighting Fano militiamen")
    text = ("Nine civilians were killed when a drone struck a bus station in Bahir Dar on Friday, residents said. They "
            "blamed the Ethiopian military, which has been fighting Fano militiamen in the region.")
    strike = only_event(text, dt.date(2025, 8, 3))
    assert (strike.sub_event_type, strike.actor1["name"]) == ("Air/drone strike", "Military Forces of Ethiopia")


def test_the_act_a_raid_came_after_told_in_a_sentence_of_its_own_is_an_event_of_its_own():
    text = ("Police raided a militant hideout in Lakki Marwat on Friday, killing six militants. The operation came after "
            "militants ambushed a police convoy in the district on Wednesday, killing four policemen.")
    raid, ambush = extract_events(text, published_at=dt.date(2024, 3, 10), toponyms=[], locations=[])
    assert (raid.killed["best"], raid.date_start, raid.actor1["name"]) == (6, "2024-03-08", "Police Forces")
    assert (ambush.killed["best"], ambush.date_start) == (4, "2024-03-06")
    assert (ambush.actor1["name"], ambush.actor2["name"]) == ("Unidentified Armed Group", "Police Forces")
    # (an act it followed, told by its noun)
    strike, attack = extract_events("Troops shelled rebel positions near Goma on Sunday, killing 12 fighters. The shelling "
                                    "followed an attack on an army post on Thursday that killed three soldiers.",
                                    published_at=dt.date(2024, 3, 10), toponyms=[], locations=[])
    assert (strike.killed["best"], attack.killed["best"], attack.date_start) == (12, 3, "2024-03-07")


# From test_extraction_extras.py: Reports that are mostly no report of a new act (anniversaries, profiles, trials,
# explainers, survivors' accounts): what they recall is no event of theirs.

def test_an_act_that_may_come_or_a_negotiated_one_s_terms_is_no_act():
    assert subs("The U.S. embassy warned on Wednesday of a possible terrorist attack in Nairobi.") == []
    assert subs("The UN said an imminent offensive on the city would be catastrophic.") == []
    assert subs("The declaration sets no timeline for the withdrawal of rebel fighters from the city.") == []
    assert subs("The sticking point is the sequence of an Israeli troop withdrawal.") == []
    # a withdrawal that happened stays
    assert subs("Rebel fighters withdrew from the town on Saturday, residents said.") == ["Non-violent transfer of territory"]


def test_a_period_s_tally_of_abductions_is_no_act():
    assert subs("At least 2,100 people were kidnapped in Nigeria in the first six months of 2025, a consultancy said.") == []


def test_a_state_or_a_campaign_since_months_ago_is_no_act():
    assert subs("The Houthis have launched more than 100 attacks on merchant ships since November 2023.",
                published=dt.date(2024, 12, 5)) == []


def test_the_deaths_a_group_has_been_blamed_for_are_no_act():
    # (background of a Congo report: the group's toll over its years, laid at its door)
    assert subs("CODECO, a loose association of Lendu militias, has been blamed for hundreds of deaths in Ituri.") == []
    text = ("Militiamen killed 60 people at a camp for displaced people on Tuesday. CODECO, a loose association of Lendu "
            "militias, has been blamed for hundreds of deaths in Ituri.")
    [ev] = extract_events(text, published_at=MON, toponyms=[], locations=[])
    assert ev.killed["best"] == 60


def test_years_of_clashes_are_a_place_s_past_no_act():
    # (a Nigerian report's background: "Plateau has been hit by years of clashes between herders and farmers")
    assert subs("Plateau has been hit by years of clashes between herders and farmers over land and water.") == []
    assert subs("The region has seen decades of fighting between herders and farmers.") == []
    # (a clash told with its toll stays)
    assert subs("Fighting between herders and farmers killed 12 people on Sunday, after years of clashes.") == \
        ["Armed clash"]


def test_an_act_named_again_as_what_shocked_the_country_is_no_act_of_its_own():
    # (a court story's close: the attack the verdict is about, named again; none of its own)
    text = ("A Nigerian court on Tuesday sentenced five men to death for their role in the 2022 attack on a Catholic "
            "church in Owo, in which gunmen killed 41 worshippers. The attack, rare in the southwest, shocked the country.")
    assert extract_events(text, published_at=dt.date(2025, 6, 24), toponyms=[], locations=[]) == []
    assert subs("The bombing sparked outrage across the country.") == []


def test_a_campaign_since_a_war_began_is_no_act():
    # the perfect's "since the war in Gaza began", "since the start of the war": a war's time, as a year is
    assert subs("The Iran-aligned group has fired several salvoes of drones and missiles towards Israel since the war in "
                "Gaza began.", published=dt.date(2023, 11, 14)) == []
    assert subs("Hezbollah has fired thousands of rockets at Israel since the start of the war.",
                published=dt.date(2024, 6, 14)) == []
    # (an act going on since a day stays: "have shelled the town since Friday, killing three")
    assert subs("Russian forces have shelled the town since Friday, killing three.",
                published=dt.date(2023, 11, 14)) == ["Shelling/artillery/missile attack"]


def test_a_war_s_tally_or_the_fighting_talks_aim_to_end_is_no_act():
    assert subs("Fighting in eastern Congo has killed thousands of people this year and displaced hundreds of "
                "thousands.") == []
    assert subs("The negotiations are aimed at ending fighting in eastern Congo.") == ["Other"]  # (the talks themselves)
    # a clash with its own toll stays
    assert subs("Fighting between the army and rebels near Goma killed 12 people on Sunday.") == ["Armed clash"]


def test_a_question_or_a_future_act_tells_no_act():
    assert subs("HOW DID THE FIGHTING START?\nThe two countries have disputed the region for decades.") == []
    assert subs("New Delhi has said any future attack will be treated as an act of war.") == []


def test_what_a_group_does_a_year_s_acts_and_a_candidate_s_withdrawal_are_no_act():
    assert subs("Al Shabaab, which is fighting to overthrow the Somali government, is blamed for the bomb.") == []
    assert subs("The United States on Thursday imposed sanctions on two commanders it accused of leading a campaign of "
                "ethnic killings in West Darfur in 2023.", published=dt.date(2025, 1, 9)) == []
    assert subs("Several candidates in the state have withdrawn this year, citing threats.") == []
    assert subs("The party withdrew from the race on Monday.") == []
    # an army's withdrawal stays
    assert subs("Government troops withdrew from the town on Monday, residents said.") == ["Non-violent transfer of territory"]


def test_an_agreement_or_talks_not_yet_had_are_no_act():
    assert subs("Neither side has agreed to talks on the underlying dispute over Kashmir.") == []
    assert subs("The rebels signed a ceasefire agreement on Sunday.") == ["Agreement"]


# From test_extraction_isiswar.py: War reports of Syria and Iraq, 2014-2019 (the isiswar round): short reports of our
# own.

def test_recalled_act_told_as_begun_in_a_sentence_with_a_capture():
    # "nearly three months after the offensive began": a recalled act told as begun, and no "since" in the sentence
    evs = helpers.report_events("Iraqi forces have retaken all of east Mosul from the Islamic State group, the head of the Joint "
                  "Operations Command said on Wednesday, nearly three months after the offensive began.", geoparser=helpers.GEOPARSER, published="2017-01-18")
    assert evs and evs[0]["sub_event_type"] == "Government regains territory"


def test_air_strikes_that_back_a_capture_are_no_act_of_their_own():
    evs = helpers.report_events("Syrian government forces backed by Russian air strikes recaptured the ancient city of Palmyra from "
                  "Islamic State on Sunday, state media said.", published="2016-03-27", geoparser=helpers.GEOPARSER)
    assert [e["sub_event_type"] for e in evs] == ["Government regains territory"]


def test_an_act_claimed_and_denied_in_one_sentence_is_no_act():
    evs = helpers.report_events("The Islamic State group blew up Mosul's Al-Nuri mosque on Wednesday night, the Iraqi military said. "
                  "IS, through its Amaq news agency, claimed a US airstrike had destroyed the mosque, a claim the "
                  "US-led coalition denied.", published="2017-06-22", geoparser=helpers.GEOPARSER)
    assert [e["sub_event_type"] for e in evs] == ["Looting/property destruction"]


# From test_extraction_latam2.py: Latin America and the Caribbean, second round: the maras, Haiti's police and the
# Kenyan-led mission, and where a wire report's act happened when its dateline is the capital it was filed from.

def test_a_fight_said_not_to_have_been_is_no_act():
    evs = helpers.report_events("Soldiers arrested a regional commander of La Familia Michoacana in the town of Arcelia on Monday. "
                "No shots were fired.", geoparser=helpers.GEOPARSER, published="2025-06-10")
    assert [e["sub_event_type"] for e in evs] == ["Arrests"]


# From test_extraction_launches.py: Missile, rocket and drone launches and their interception: where they fell, who
# fired them, tests and tallies.

def test_a_weapon_named_as_what_was_intercepted_is_no_attack_of_its_own():
    [ev] = helpers.events("A cruise missile launched from the north was intercepted by the air force on Monday, the army said.", published=helpers.MON_2025_03_03)
    assert ev.sub_event_type == "Disrupted weapons use"


# From test_extraction_merging.py: One incident, one event: a toll of none told after the act, a death in custody and
# the arrest before it, a force that kills the men of the attack just told; and what stays apart (another day's
# operation, a strike in response).

def test_a_toll_of_none_is_no_act():
    assert [c[0] for c in helpers.codings("Gunmen set fire to a school in the village on Monday. No deaths were reported.", published=helpers.TUE_2025_06_10, fields=helpers.SUB_ACTORS + ("killed.best",))] == [
        "Looting/property destruction"]
    assert [c[0] for c in helpers.codings("Armed men burned down the market on Sunday. No one was killed, the mayor said.", published=helpers.TUE_2025_06_10, fields=helpers.SUB_ACTORS + ("killed.best",))] == [
        "Looting/property destruction"]
    # (the act and its toll of none in one sentence stay an act)
    assert [c[0] for c in helpers.codings("Gunmen attacked a village on Monday, but no one was killed.", published=helpers.TUE_2025_06_10, fields=helpers.SUB_ACTORS + ("killed.best",))] == ["Attack"]


# From test_extraction_protests.py: Protests, riots and strategic developments on sentences of our own (no gazetteer
# needed).

def test_the_fighting_an_agreement_ends_or_reduces_is_no_act():
    assert helpers.report_codings("", "The two countries agreed to an immediate ceasefire after talks on Sunday, following a week of "
                     "deadly border clashes.", published=dt.date(2025, 10, 19)) == \
        [("Strategic developments", "Agreement", None, None, None)]
    assert helpers.report_codings("", "The government and the rebels agreed on Friday to extend their ceasefire by six months. The truce "
                     "has sharply reduced fighting in the east, analysts say.", published=dt.date(2024, 2, 10))[1:] == []


# From test_extraction_releases.py: The end of a captivity and other acts that are not the violence they name:
# releases, rescues, escapes, verdicts on old attacks and anniversaries.

def test_a_release_of_captives_is_no_abduction():
    ev = helpers.only_event("Nine traders kidnapped on the Jos road last month have regained their freedom after a ransom was "
                   "paid, police said on Wednesday.", published=helpers.WED_2025_11_26)
    assert (ev.event_type, ev.sub_event_type) == ("Strategic developments", "Other")
    ev = helpers.only_event("Fifteen pupils abducted from a school in the village on 2 November were released on Tuesday.", published=helpers.WED_2025_11_26)
    assert ev.sub_event_type == "Other"
    assert ev.date_start == "2025-11-25"  # the release's day, not the abduction's


def test_a_released_statement_is_no_release():
    assert all(ev.sub_event_type != "Other" for ev in helpers.events(
        "The kidnappers released a video of the hostages on Tuesday.", published=helpers.WED_2025_11_26))


def test_a_verdict_on_an_old_attack_is_no_event():
    assert helpers.events("A court on Tuesday sentenced four soldiers to life in prison for the killing of 20 villagers in "
                  "2019.", published=helpers.WED_2025_11_26) == []
    assert helpers.events("An appeals court on Tuesday upheld the conviction of a man who helped the gunmen who killed 30 "
                  "people at a hotel in 2015.", published=helpers.WED_2025_11_26) == []


def test_a_plea_to_an_old_attack_is_no_event():
    # (the court's step on what is pleaded to; the act a plea follows stays: "following his arrest early Monday")
    assert helpers.events("The teenager unexpectedly pleaded guilty on Monday to murdering three young girls at a dance "
                          "class last July.", published=helpers.WED_2025_11_26) == []
    assert helpers.events("He also admitted 10 counts of attempted murder on the first day of his trial.",
                          published=helpers.WED_2025_11_26) == []


def test_an_attack_named_by_its_place_as_what_people_or_a_trial_are_of_is_no_event():
    for text in ("The teenager accused of the Southport attack appeared in court on Monday.",
                 "Survivors of the Nova festival massacre told a parliamentary committee on Saturday that the government "
                 "had abandoned them.",
                 "The trial of 19 people accused over the Crocus City Hall attack opened at a Moscow military court on "
                 "Wednesday."):
        assert helpers.events(text, published=helpers.WED_2025_11_26) == [], text
    # (the day's own attack, told by its place and its day, stays)
    assert kinds(helpers.events("Three girls were killed in a knife attack in Southport on Monday.",
                                published=helpers.WED_2025_11_26)) == [("Attack", 3)]



def test_the_attack_named_after_a_recalled_shooting_is_that_past_act():
    # a verdict on a past shooting, then "the attack": the same past act, no event of the report
    text = ("An appeals court on Friday upheld the life sentence of a man convicted over a 2019 shooting on a tram in "
            "Utrecht, which killed four people. Judges said the attack had been motivated by extremist ideas.")
    assert helpers.events(text, published=helpers.WED_2025_11_26) == []
    # (the report's own attack, told after no recalled act, stays)
    assert helpers.events("Judges said the attack in Utrecht on Monday had killed four people.",
                          published=helpers.WED_2025_11_26) != []

# From test_extraction_sitreps.py: Humanitarian sitreps, NGO alerts, monitors' daily counts and military summaries:
# several incidents in one document, each with its own place and date, beside tallies that are no incident.

def test_a_toll_counted_since_a_coup_or_a_dated_start_of_war_is_no_act_s():
    text = ("On 9 January, junta aircraft bombed a village, killing seven civilians. On 12 January, junta troops raided "
            "another village and killed four villagers, residents said. The opposition says more than 6,000 civilians have "
            "been killed by the military since the 2021 coup.")
    evs = extract_events(text, published_at=dt.date(2025, 1, 14), toponyms=[], locations=[])
    assert sorted((ev.date_start, ev.killed and ev.killed["best"]) for ev in evs) == [("2025-01-09", 7), ("2025-01-12", 4)]


# From test_extraction_statefix.py: State media's words left after the statemedia round: a war's running toll counted
# "since <date>", a roundup's further paragraphs, "neutralized" counts that include the captured, and a Russian
# ministry's names for Ukraine's forces ("Ukrainian militants", "nationalist formations").

def test_a_roundups_further_sentences_go_on_with_it():
    assert events_published_2024_06_04("Troops neutralised 52 terrorists and arrested 110 suspects in various operations across the country "
                  "in the past week, the Defence Headquarters said on Monday.\n\nTroops also recovered 64 weapons and "
                  "900 rounds of ammunition and rescued 40 kidnapped hostages, the spokesman said.") == []
    assert events_published_2024_06_04("Turkish forces neutralized 19 terrorists in northern Iraq and Syria over the past week, the ministry "
                  "said on Monday. In addition, 11 terrorists were captured in operations across the country. Since the "
                  "beginning of the year the number of terrorists neutralized has reached 980.") == []


# From test_extraction_statemedia.py: Conflict news as state and official media write it in English: defence
# ministries' and their agencies' words for killing the enemy ("eliminated", "liquidated", "sent to hell", "the enemy
# lost up to 45 servicemen"), a soldier's death ("embraced shahadat"), the epithets they name the enemy by ("khwarij",
# "PKK/YPG terrorists", "terrorist PDF", "the Zionist regime"), and an agency's dateline credit ("ANKARA (AA) -").

def test_a_force_s_weekly_roundup_over_a_breadth_of_ground_is_no_event():
    assert events_published_2024_06_04("Troops neutralised 45 terrorists, arrested 120 suspected collaborators and rescued 68 hostages in "
                  "various operations across the country in the past week, the Defence Headquarters said on Friday.") == []
    assert events_published_2024_06_04("Turkish security forces neutralized 38 terrorists in northern Iraq and Syria over the past week, the "
                  "National Defence Ministry said on Thursday.") == []
    # (one operation in the past week at one place is an act: "over the past week" alone is no roundup)
    assert len(events_published_2024_06_04("Troops killed 12 militants in an operation near Gwoza over the past week, the army said.")) == 1


def test_a_day_s_or_a_week_s_tally_over_a_land_or_a_region_s_places_is_no_event():
    # a governor's daily tally of many acts, the attacks counted or the region's places named: no act's toll
    evs = events_published_2024_06_04("A Russian artillery strike hit a residential street in Kherson on Monday, wounding two women. "
                                      "Over the past day, Russian forces fired 87 times at settlements in the Kherson region, "
                                      "wounding 11 people.")
    assert [e.wounded["best"] for e in evs] == [2]
    assert events_published_2024_06_04("Russian attacks across Ukraine over the past 24 hours killed seven people and wounded 30, "
                                       "according to regional officials.") == []
    assert events_published_2024_06_04("At least 100 people were killed across the country this week in clashes over quotas for "
                                       "government jobs, according to a tally of police figures.") == []


def test_an_agency_s_boilerplate_of_a_group_s_war_toll_is_no_act():
    evs = events_published_2024_06_04("Seven PKK terrorists were neutralized in an air operation near Amadiya on Monday, the ministry said. In "
                 "its more than 40-year terror campaign against Türkiye, the PKK has been responsible for the deaths of "
                 "more than 40,000 people, including women, children and infants.")
    assert [e.killed["best"] for e in evs] == [7]


def test_the_war_s_running_toll_in_the_hundreds_is_no_act():
    # the exchanges, the war's word with "the", are the subject: their toll is the war's, whatever its size
    evs = events_published_2024_06_04("Hezbollah fired a barrage of rockets at an Israeli army base near Safed on Tuesday, the "
                                      "group said. The Israeli military said there were no casualties. The exchanges of fire "
                                      "along the border have killed more than 200 people in Lebanon, most of them Hezbollah "
                                      "fighters, according to a Reuters tally.")
    assert [e.killed["best"] for e in evs if e.killed] == [0]
    assert not any(e.sub_event_type == "Armed clash" for e in evs)
    # (an act's toll told over its own days stays: "The fighting has killed 120 people since Sunday")
    evs = events_published_2024_06_04("Fighting between the army and RSF fighters erupted in El Fasher on Sunday. The fighting "
                                      "has killed 120 people since Sunday, medics said.")
    assert [e.killed["best"] for e in evs] == [120]


def test_a_war_s_estimated_losses_in_the_tens_of_thousands_are_no_act_s_toll():
    evs = events_published_2024_06_04("A Russian drone attack on Odesa overnight killed one man, the governor said on Tuesday. "
                                      "U.S. officials put Ukraine's losses at about 70,000 killed and up to 120,000 wounded, "
                                      "figures Kyiv disputes.")
    assert [(e.killed or {}).get("best") for e in evs] == [1]
    assert not any((e.wounded or {}).get("best") for e in evs)


# From test_extraction_subtypes.py: ACLED sub-event types told apart from their neighbours: fire on a crowd named with
# a word before it, an act still to come when another happened, men a crowd only takes for kidnappers, munitions
# listed in a seized cache.

def test_an_act_still_to_come_when_the_clause_s_happened_is_no_act():
    # the offensive is what the villagers fled from ahead of: the burning is the act told
    [(sub, _, _)] = helpers.codings("On Monday militants burned around 40 homes in the village as residents fled ahead of the "
                          "offensive. No one was hurt.", published=helpers.TUE_2024_07_16, fields=("sub_event_type", "actor1.name", "killed.best"))
    assert sub == "Looting/property destruction"
    [(sub, _, _)] = helpers.codings("Police arrested 12 activists on Tuesday in the run-up to the protest.", published=helpers.TUE_2024_07_16, fields=("sub_event_type", "actor1.name", "killed.best"))
    assert sub == "Arrests"


def test_munitions_listed_in_a_seized_cache_are_no_attack():
    [(sub, a1, _)] = helpers.codings("Iraqi security forces seized a large weapons cache, including 40 mortar rounds, 12 rockets and "
                           "two suicide vests, in a raid on a farm on Tuesday.", published=helpers.TUE_2024_07_16, fields=("sub_event_type", "actor1.name", "killed.best"))
    assert (sub, a1) == ("Disrupted weapons use", "Military Forces of Iraq")


# From test_extraction_summaries.py: Reports that sum up several acts: a total broken down place by place, follow-on
# acts with no doer of their own, interceptions with no interceptor named, aggregates that are no single event.

def test_a_period_s_tally_with_no_doer_is_no_event():
    assert events_at_places_published_2025_03_08("Forty aid workers have been killed in South Sudan since the start of the year, the UN said.", []) == []
    text = report_text("UN reports the highest monthly civilian toll in Ukraine this year",
                       "At least 150 civilians were killed and 700 injured in Ukraine in May, the highest monthly toll "
                       "this year, the UN monitoring mission said on Tuesday.")
    assert events_at_places_published_2025_03_08(text, [], published=dt.date(2025, 6, 10)) == []


def test_the_day_a_war_s_tally_began_dates_no_act():
    text = report_text("Shelling kills 12 in Kharkiv",
                       "Since the start of the war in February 2022, thousands of civilians have been killed in the "
                       "region. On Monday, Russian shelling killed 12 people in Kharkiv, the governor said.")
    [ev] = events_at_places_published_2025_03_08(text, [("Kharkiv", KHARKIV, 0)], published=dt.date(2025, 7, 16))
    assert (ev.date_start, ev.killed["best"]) == ("2025-07-14", 12)
    text = "The regional toll since March 2022 had risen to 2,100. Russian shelling killed two people in Kharkiv."
    [ev] = events_at_places_published_2025_03_08(text, [("Kharkiv", KHARKIV, 0)], published=dt.date(2025, 7, 16))
    assert ev.date_start != "2022-03-01"


# From test_extraction_ukraine2.py: The Russia-Ukraine war as wire and local copy tells it day by day (round
# ukraine2).

def test_children_evacuated_to_a_shelter_are_no_ground_given_up():
    evs = extract_events("A guided bomb hit near a kindergarten on Friday, wounding seven people. Children were evacuated "
                         "to a shelter and none were hurt.", published_at=FRI, toponyms=[], locations=[])
    assert [ev.sub_event_type for ev in evs] == ["Air/drone strike"]


def test_a_force_encircled_is_a_fight_and_attempts_destroyed_are_no_attack():
    [ev] = extract_events("Russia's Defence Ministry said on Friday its forces had encircled Ukrainian units in the city "
                          "and destroyed attempts to break out.", published_at=FRI, toponyms=[], locations=[])
    assert (ev.sub_event_type, ev.actor1["name"], ev.actor2["name"]) == (
        "Armed clash", "Military Forces of Russia", "Military Forces of Ukraine")


# From test_extraction_uscrime.py: US local crime briefs: an ordinary criminal's arrest is no conflict event.

def test_an_arrest_for_an_ordinary_crime_beside_a_shooting_is_no_event():
    shooting = "A 52-year-old man was shot and killed outside a laundromat on Elm Street on Tuesday night, police said. "
    assert _subs(shooting + "In an unrelated case, deputies arrested a 41-year-old woman suspected of a series of "
                            "burglaries at storage units in the county.") == ["Attack"]
    assert _subs(shooting + "Separately, officers arrested a 22-year-old man after they found a loaded pistol in his "
                            "glove box during a traffic stop.") == ["Attack"]


def test_the_arrest_of_one_suspect_after_a_shooting_is_no_event():
    assert _subs("A 19-year-old woman was shot and killed at a bus stop on Oak Avenue on Friday night, police said. "
                 "Officers arrested a suspect on Saturday morning.") == ["Attack"]
    assert _subs("Two men shot a store owner dead during a holdup on Monday, police said. Detectives later arrested "
                 "one of the suspects.") == ["Attack"]


# From test_extraction_westfix.py: West Asia fixes: victims counted 'along with' the one told, a protest's crowd
# before the force that intervenes, unclaimed strikes' unidentified doers, victims' own words over their target's
# owner, and the region's spellings.

def test_strikes_told_as_a_trend_are_no_act():
    evs = helpers.events("A Turkish drone struck a minibus near Qamishli on Thursday, killing four students. Turkey has stepped "
                 "up drone strikes in northeast Syria this month.", published=dt.date(2024, 10, 11))
    assert len(evs) == 1


def test_a_quoted_group_blamed_for_the_attack_and_a_taking_that_dates_a_since_are_no_acts():
    text = ("Gunmen ambushed a police patrol near Jableh on Thursday, killing 13 officers, the interior ministry said. "
            "The ministry blamed \"remnants of the former regime\" for the attack and said reinforcements had been sent. "
            "The government has been based in Port Sudan since the RSF took over most of Khartoum in 2023.")
    assert [e.sub_event_type for e in events(text)] == ["Armed clash"]


# Scraped page furniture (extraction.furniture): copyright and licence lines, teasers of other stories, photo captions
# and credits, reader prompts tell no event of the report: no act, toll, day or scene of their own.

def test_a_related_stories_teaser_adds_no_event_toll_or_scene():
    text = ("ORLEANS, Mass. \u2014 A pipe bomb wounded two workers at a marina in Orleans on Tuesday, police said.\n\n"
            "The device went off in a storage shed around 7 a.m.\n\n"
            "Related Coverage\nGunmen kill 9 at a bar in Brockton\nSee more stories\n\n"
            "Copyright 2019 Example Media Inc. All rights reserved. This material may not be published, broadcast, "
            "rewritten or redistributed.")
    evs = helpers.report_events(text, helpers.GEOPARSER, "2025-03-12")
    assert [(e["wounded"]["best"], e["killed"], e["location"]["name"], e["date_start"]) for e in evs] == \
        [(2, None, "Orleans", "2025-03-11")]


def test_a_text_of_only_furniture_tells_no_event():
    text = ("Most Read\nMan killed in Elm Street crash\nTwo hurt in Highway 9 shooting\nMayor announces new budget plan\n"
            "Read more: Police identify victim in Riverside stabbing\nSubscribe to our newsletter")
    assert helpers.report_events(text, published="2025-03-12") == []


def test_a_headline_list_run_together_on_its_own_line_is_no_scene():
    text = ("SHREVEPORT, La. \u2014 A man was shot and killed Tuesday night, Shreveport police said.\n\n"
            "Officers found the man in the yard of a home on East 70th Street. He died at the scene.\n\n"
            "Police Seek Suspect In Downtown Robbery Two Killed In Highway Crash Near Minden Teen Charged In Deadly "
            "Shooting At Mall")
    evs = helpers.report_events(text, helpers.GEOPARSER, "2021-06-16")
    assert [(e["killed"]["best"], e["location"]["name"]) for e in evs] == [(1, "Shreveport")]


def test_a_related_label_s_headline_run_into_the_text_is_no_scene():
    text = ("A man was shot in the arm early Sunday outside a bar on Main Street, police said. RELATED: Gunmen kill 5 at "
            "a Brockton bar. Officers found a handgun in the parking lot.")
    evs = helpers.report_events(text, helpers.GEOPARSER, "2025-03-12")
    assert all(e["location"] is None for e in evs) and helpers.totals(text, published="2025-03-12") == \
        {"killed": 0, "wounded": 1}


def test_a_police_releases_field_labels_are_no_scene():
    # "DATE:" is no town (Date, Japan), nor the scene of an event of its own beside the one the release tells
    text = ("Press release from the Harlan City Police Department:\n\nINCIDENT: Shooting\nDATE: Saturday, May 20, 2023\n"
            "TIME: 0215 hours\nLOCATION: 300 block of W. Fourth Street\n\nOfficers heard several gunshots as they arrived. "
            "Two adult males were found with gunshot wounds and were taken to a hospital.")
    evs = helpers.report_events(text, helpers.GEOPARSER, "2023-05-21")
    assert [(e["wounded"]["best"], e["location"], e["date_start"]) for e in evs] == [(2, None, "2023-05-20")]


def test_the_headlines_after_the_last_copyright_line_are_no_act():
    text = ("A man was shot and wounded Friday night in Dayton, police said. Copyright 2014 Example Media. All rights "
            "reserved. Two killed in Springfield crash Police seek driver in hit-and-run")
    assert helpers.totals(text, published="2019-03-10") == {"killed": 0, "wounded": 1}


def test_a_writer_s_credit_names_no_scene():
    for text in ("Gunmen killed five villagers in a remote area on Monday, officials said. Associated Press writer Jane "
                 "Roe in Lagos contributed to this report.",
                 "Gunmen killed five villagers in a remote area on Monday, officials said. (Reporting by Jane Roe in "
                 "Lagos; Editing by Tom Hogue)"):
        [ev] = helpers.report_events(text, helpers.GEOPARSER, "2019-07-03")
        assert ev["killed"]["best"] == 5 and ev["location"] is None


def test_a_byline_s_stamp_line_read_as_a_title_hides_no_toll():
    text = ("By Staff Writer | Published: 04:31 GMT, 9 June 2018 | Updated: 11:02 GMT, 10 June 2018\n\nGunmen killed 12 "
            "villagers near a market on Tuesday, officials said.")
    assert helpers.totals(text, published="2018-06-09") == {"killed": 12, "wounded": 0}


def test_doers_told_as_believed_to_be_a_group_still_act():
    # "believed to be ..." says whom the doers are taken for, not an act that is only wished or planned
    text = ("On the night of 16 to 17 February, armed men believed to be CODECO militiamen attacked a village in Djugu "
            "territory. The bodies of 14 people were recovered the next day.")
    assert helpers.codings(text, published=helpers.MON_2025_03_03, fields=("sub_event_type", "killed.best")) == [("Attack", 14)]


def test_the_murder_weapon_is_a_gun_not_a_murder():
    text = ("Police found the 9mm gun believed to be the murder weapon in an apartment on Friday, along with "
            "marijuana and cash, officials said.")
    assert "Attack" not in [sub for sub, _ in helpers.kinds(helpers.events(text, helpers.MON_2025_03_03))]


# From the campaigns round: a group's campaign told as background (the present perfect or a habit, with an iterative
# frame or a plural object of no count), against the report's own dated act and an act of the day in the perfect.

def test_a_group_s_campaign_told_after_the_lead_is_no_act():
    lead = "Queues formed at petrol stations in the capital on Thursday as a fuel blockade entered its third month. "
    assert kinds(helpers.events(lead + "JNIM has attacked tanker convoys on the main roads from Senegal and Guinea.", FRI)) == []
    assert kinds(helpers.events(lead + "Its fighters have repeatedly set fire to trucks stranded near the border.", FRI)) == []
    assert kinds(helpers.events(lead + "Gangs have taken control of 90% of the capital and routinely abduct travellers.", FRI)) == []
    assert kinds(helpers.events(lead + "In recent months the militants have carried out dozens of attacks on army bases.", FRI)) == []
    assert kinds(helpers.events(lead + "The RSF have shelled the city almost daily, residents say.", FRI)) == []


def test_the_report_s_dated_act_stays_beside_the_campaign():
    text = ("On Tuesday JNIM fighters attacked a fuel convoy near Kayes, killing 7 drivers, a union official said. "
            "The group has attacked dozens of tanker convoys on the roads from Senegal and Guinea.")
    assert kinds(helpers.events(text, FRI)) == [("Attack", 7)]
    text = ("A drone struck a market in El Obeid on Saturday, killing eight people. The RSF has besieged El Fasher for "
            "18 months and in recent weeks its fighters have shelled villages around Bara.")
    assert kinds(helpers.events(text, FRI)) == [("Air/drone strike", 8)]
    # an act of the day in the perfect, its day told or its toll, stays; so does the lead's
    assert kinds(helpers.events("Police said on Sunday. Gunmen have killed 12 villagers in Zamfara, police said on Sunday.",
                                FRI)) == [("Attack", 12)]
    assert kinds(helpers.events("Police said on Sunday they were searching a forest in Kaduna state. Bandits have "
                                "abducted 25 passengers from a bus near Kachia, police said.", FRI)) == \
        [("Abduction/forced disappearance", 0)]


# Deaths an accident caused, told before it in their clause ("killed when their car collided", "died in a house fire",
# "killed in a road accident"), or a blaze or a gas blast told first: no act of violence; a fire of guns, a fire set, a
# bomb and a blaze the shelling started stay acts.

def test_a_death_told_before_its_accident_is_no_event():
    for text in ("Two people were killed when their car collided with a truck on the highway near Kano on Sunday, police said.",
                 "Seven people were killed in a road accident on the Bauchi-Jos road on Saturday, officials said.",
                 "At least 18 people were killed on Sunday when a fuel tanker exploded on the Lambata road, the agency said.",
                 "A fire at a market in Onitsha killed three traders on Saturday, the fire service said.",
                 "A fire broke out at a paint factory on Saturday, killing three workers, the governor's office said."):
        assert not [ev for ev in events(text) if ev.event_type != "Strategic developments"], text


def test_gunfire_arson_and_a_blaze_set_off_by_shelling_stay_acts():
    assert kinds(events("Gunmen opened fire on a market in Zamfara State on Sunday, killing six people, police said.")) == \
        [("Attack", 6)]
    assert kinds(events("Russian shelling hit a market in Kherson on Saturday and a fire broke out after the shelling, "
                        "killing two people.")) == [("Shelling/artillery/missile attack", 2)]
    assert kinds(events("Two people were killed in a fire set by attackers in the village on Sunday, police said.")) != []


def test_a_weapon_that_crashed_and_an_act_that_sent_a_bus_off_the_road_stay_acts():
    assert kinds(events("A Ukrainian drone crashed into an apartment building in Belgorod on Sunday, killing a woman, "
                        "the governor said.")) == [("Air/drone strike", 1)]
    [ev] = events("Militants opened fire on a bus carrying pilgrims on Sunday, killing nine people and wounding 33 after "
                  "the bus plunged into a gorge, police said.")
    assert (ev.killed["best"], ev.wounded["best"]) == (9, 33)


def test_the_hurt_told_after_an_accident_are_the_accident_s_until_an_act_is_told():
    text = ("Five people died when a passenger coach plunged into a ravine on the highway on Friday, rescue officials "
            "said. Eleven passengers were injured and shifted to the district hospital.")
    assert not [ev for ev in events(text) if ev.event_type != "Strategic developments"]
    text = ("Three people were killed in a road accident on the Kano-Zaria road on Saturday, officials said. Separately, "
            "a man was stabbed to death by thugs in the Fagge area on Sunday, police said.")
    assert kinds(events(text)) == [("Attack", 1)]


def test_a_blaze_s_damage_is_no_property_destruction_and_arson_stays_one():
    for text in ("A fire on Saturday night razed about 60 shops at the Kara market in Sokoto, traders said.",
                 "A fire destroyed around 200 shanties in a slum on Saturday, officials said. Two children were injured.",
                 "A woman and her two grandchildren died on Sunday when fire gutted their home, the fire service said. "
                 "The building was completely destroyed."):
        assert events(text) == [], text
    assert kinds(events("Gunmen set fire to a market on Saturday, razing dozens of shops and killing two traders, "
                        "residents said.")) == [("Attack", 2)]


def test_a_vehicle_that_ran_someone_down_is_an_accident_and_one_driven_at_them_or_on_a_mine_is_not():
    for text in ("A woman was crushed to death on Saturday when a truck ran over her at the junction, witnesses said. "
                 "The driver fled the scene.",
                 "A cyclist died after being struck by an SUV in east Denver on Saturday evening, police said.",
                 "Five people were killed when a train hit a rickshaw at a level crossing on Sunday, officials said."):
        assert events(text) == [], text
    assert kinds(events("A protester was killed on Saturday when a car driver deliberately ran him over at a sit-in, "
                        "police said.")) == [("Attack", 1)]
    assert kinds(events("Four soldiers were killed on Tuesday when their vehicle struck an improvised explosive device "
                        "near the border, police said.")) == [("Remote explosive/landmine/IED", 4)]


def test_an_accident_told_without_a_toll_owns_the_death_and_the_rescue_told_after_it():
    for text in ("A lineman was electrocuted while fixing a transformer on Sunday. He died on the spot when the supply "
                 "was restored without warning, his colleagues said.",
                 "Three miners died and eight others were trapped when a tin mine collapsed on Sunday, police said. "
                 "Rescuers pulled out five survivors by evening.",
                 "Three sanitation workers were overcome by toxic fumes while cleaning a sewer on Saturday. All three "
                 "died before they could be taken to hospital, police said."):
        assert events(text) == [], text
    # (not when a weapon was told before the crash: the suspects who fled are the hold-up's)
    assert events("A woman was held at gunpoint in her parked car on Monday. She crashed into a telephone pole. The "
                  "suspects fled in a vehicle parked nearby, police said.") != []


def test_an_accident_that_opens_its_sentence_far_from_the_death_and_a_relative_clause_between():
    for text in ("A gas explosion at a residential building in the Heping district of Shenyang, capital of northeast "
                 "China's Liaoning Province, killed six people on Sunday morning, local authorities said.",
                 "Two policemen were killed on Sunday when their patrol vehicle, which was escorting a convoy of the "
                 "state commissioner for works, burst a tyre and somersaulted on the highway.",
                 "At least 12 people died of heatstroke in Sindh on Sunday as temperatures touched 49 degrees, officials "
                 "said."):
        assert events(text) == [], text
    assert events("A flooding accident at a coal mine run by a private company in Xiaoyi City, in north China's Shanxi "
                  "Province, has killed nine miners, the city's emergency bureau said on Sunday.") == []


def test_one_drowned_by_someone_is_killed_and_one_who_drowned_is_not():
    assert kinds(events("A man drowned his wife in the bathtub of their home on Saturday, police said.")) == [("Attack", 1)]
    assert events("Two boys drowned in the river near Shahdara on Sunday while swimming, rescuers said.") == []


def test_a_place_told_by_what_once_happened_there_tells_no_act_of_the_report():
    # (recalled.past_act: "Parkland, where ...", "the mall where ... in 2012", "the club where ... two years ago")
    for text in ("OCALA, Fla. - A 14-year-old boy was arrested Tuesday after he threatened on Instagram to shoot up "
                 "his high school, deputies said. The town lies 40 miles north of Gainesville, where a former student "
                 "shot and killed six people on Jan. 9 at a downtown diner.",
                 "Volunteers gathered Sunday outside the Crossroads mall, where a gunman killed eight shoppers in 2012, "
                 "to plant a tree for each of them.",
                 "Dozens of people lit candles Friday night outside the Blue Door, the club where a gunman killed 12 "
                 "people two years ago."):
        assert kinds(events_published_2024_06_04(text)) in ([], [("Arrests", 0)]), text


def test_an_act_named_by_its_day_since_or_weeks_after_which_a_report_is_told_is_no_act():
    # ("since the Feb. 14 shooting", ", three weeks after the Nov. 5 shooting": the day's short month name is a word)
    for text in ("Pupils at Westview Middle School practised a lockdown on Thursday, the first since the Apr. 12 "
                 "shooting in a Tulsa school that killed four.",
                 "The governor signed a bill on Friday raising the age to buy a rifle, three weeks after the Nov. 5 "
                 "shooting at a church that left 11 people dead."):
        assert kinds(events_published_2024_06_04(text)) == [], text


def test_an_attack_of_words_and_a_batter_s_shot_are_no_violence():
    # a campaign's "attack ad", a senator's "attack on the budget plan", a "two-run shot to left"
    published = dt.date(2024, 4, 10)
    for text in ("RALEIGH, N.C. \u2014 The governor's campaign on Monday released an attack ad accusing his challenger "
                 "of voting to cut school funding.",
                 "WASHINGTON \u2014 Senator Maria Lopez on Tuesday launched a fierce attack on the administration's "
                 "budget plan, saying it would gut rural hospitals.",
                 "CHICAGO \u2014 Seiya Suzuki's two-run shot to left on Tuesday broke a 2-2 tie and the Cubs beat the "
                 "Pirates 4-3."):
        assert helpers.events(text, published=published) == [], text


# Police force that harms no one (policeforce round): ACLED codes none; an arrest told is the report's event.

def test_an_officer_shooting_a_dog_is_no_event():
    assert subs("A police officer shot and killed a dog that attacked him outside a home on Friday night. "
                "The officer was treated for a bite wound and released.") == []
    assert subs("Officers searched the home on Tuesday. A pit bull charged at them and an officer fired, killing the "
                "dog. No people were injured. A man, 30, was arrested on drug charges.") == ["Arrests"]
    # (a person shot beside the dog stays the event)
    assert subs("Two robbers broke into the home on Sunday, killed a dog and shot a man in the leg.") == ["Attack"]


def test_less_lethal_force_with_no_act_is_no_incident():
    assert subs("Officers used a Taser on a man who was walking in traffic on Wednesday morning, then took him to a "
                "hospital for an evaluation.") == []
    assert subs("The standoff ended on Monday when deputies fired bean-bag rounds at the man before taking him into "
                "custody. He was treated for bruises.") == ["Arrests"]
    # (a Taser that failed before the shot that killed stays an attack)
    assert subs("An officer fired his Taser and then his service weapon on Sunday night. The man died at a hospital.") \
        == ["Attack"]


def test_a_recalled_act_and_a_roundup_are_found_whatever_the_case_and_the_blanks():
    # (the word gates before the case-insensitive regexes look in lower case and for single words)
    from extraction.event_types import find_triggers
    from extraction.matching import fold
    from extraction.recalled import _place_of_past_act, roundup
    text = "Students returned to Parkland, WHERE a former student killed 17 people last year, on Monday."
    [killed] = [t for t in find_triggers(text, 0, len(text)) if text.startswith("kill", t.start)]
    assert _place_of_past_act(text, killed, 0) == (31, 91)
    text = "Since  the beginning of the year, operations across the country killed 300 militants."
    assert roundup(text, fold(text))


def test_one_killed_in_an_attack_of_a_year_gone_by_is_recalled_in_an_anniversary_s_report():
    # "killed in the 2014 attack": the year's attack, not an act of the day the anniversary was marked
    assert events("Pakistan on Monday marked the tenth anniversary of the Taliban attack on the Army Public School "
                  "in Peshawar, in which gunmen killed 147 people. Parents laid flowers at the school. 'The wound has not healed,' said the mother of one "
                  "student killed in the 2014 attack.") == []


def test_an_offensive_a_since_clause_dates_by_its_month_is_a_time_not_an_act():
    # "since an alliance ... launched an offensive in October": when the losses began, months before the speech
    assert events("Myanmar's junta leader said on Wednesday that elections would be held once the country was stable. "
                  "The military has lost control of large areas since an alliance of ethnic armed groups launched an "
                  "offensive in October, and analysts say the junta faces its biggest challenge since the coup.") == []


def test_the_act_a_since_clause_tells_by_its_doer_is_when_the_unrest_began():
    # "the fourth night of unrest since a police officer shot dead a 17-year-old ... on Tuesday": the riot's cause, its
    # dead and its place none of the night's
    text = ("Rioters set fire to cars and looted shops in Marseille overnight, the fourth night of unrest since a police "
            "officer shot dead a 17-year-old during a traffic stop in Nanterre on Tuesday.")
    evs = extract_events(text, published_at=dt.date(2023, 7, 1), toponyms=[], locations=[])
    assert [(e.sub_event_type, e.killed, e.date_start) for e in evs] == [("Violent demonstration", None, "2023-06-30")]
    # ... but not the report's own act told after a pronoun ("since he was shot on Friday")
    text = "A 19-year-old has been in hospital since he was shot on Friday outside a store, police said."
    evs = extract_events(text, published_at=dt.date(2023, 7, 1), toponyms=[], locations=[])
    assert [e.sub_event_type for e in evs] == ["Attack"]


def test_the_act_a_since_clause_tells_by_its_noun_with_its_place_and_day_is_when_the_unrest_began():
    # "since a knife attack at a dance class in Southport on July 29 killed three girls": the noun's place and day told
    # before its verb, its dead none of the night's riot
    text = ("Rioters threw bricks at police in Sunderland on Friday night, the latest in a wave of disorder that has "
            "swept Britain since a knife attack at a dance class in Southport on July 29 killed three girls.")
    evs = extract_events(text, published_at=dt.date(2024, 8, 3), toponyms=[], locations=[])
    assert [(e.sub_event_type, e.killed, e.date_start) for e in evs] == [("Violent demonstration", None, "2024-08-02")]
    # (the noun told with its weapon: "since a truck bombing at a busy Mogadishu junction on October 14 killed ...")
    text = ("Al Shabaab fighters attacked an army base near Afgoye on Tuesday, killing six soldiers. Security has been "
            "tightened in the capital since a truck bombing at a busy Mogadishu junction on October 14 killed more than "
            "500 people.")
    evs = extract_events(text, published_at=dt.date(2017, 12, 12), toponyms=[], locations=[])
    assert [(e.sub_event_type, e.date_start) for e in evs] == [("Armed clash", "2017-12-12")]


# Acts told in passing after the lead of a report with news of its own: a month gone by, or a day months before.

def test_an_act_of_a_month_gone_by_after_the_lead_is_background():
    text = ("Kenyan police fired tear gas at hundreds of protesters in central Nairobi on Monday, witnesses said. At least "
            "12 protesters were injured, the Kenya Red Cross said. Last month, at least 16 people were killed during "
            "demonstrations marking the anniversary of the storming of parliament.")
    evs = extract_events(text, published_at=dt.date(2025, 7, 8), toponyms=[], locations=[])
    assert [(e.sub_event_type, e.date_start) for e in evs] == [("Protest with intervention", "2025-07-07")]


def test_an_act_its_clause_dates_by_a_month_gone_by_mid_sentence_is_background():
    # "captured the camp in April, in an assault in which hundreds were killed": no date find_dates takes (a month told
    # mid-sentence), but the act's month, five months before the report
    text = ("A drone strike by the Rapid Support Forces hit a mosque in El Fasher on Friday, killing at least 75 people, "
            "activists said. The RSF captured the nearby Zamzam displacement camp in April, in an assault in which "
            "hundreds of people were killed, and has since tightened its siege of the city.")
    evs = extract_events(text, published_at=dt.date(2025, 9, 20), toponyms=[], locations=[])
    assert [(e.sub_event_type, e.killed["best"]) for e in evs] == [("Air/drone strike", 75)]
    # ... while the report's own month is no month gone by
    evs = extract_events(text, published_at=dt.date(2025, 4, 20), toponyms=[], locations=[])
    assert len(evs) == 2


def test_a_war_s_first_day_months_before_is_background():
    text = ("An Israeli air strike killed five Palestinians in a house in Khan Younis on Monday, health officials said. "
            "The war began on Oct. 7 when Hamas-led gunmen attacked southern Israel, killing about 1,200 people.")
    evs = extract_events(text, published_at=dt.date(2024, 2, 12), toponyms=[], locations=[])
    assert [(e.sub_event_type, e.date_start) for e in evs] == [("Air/drone strike", "2024-02-12")]


def test_an_act_a_year_after_which_a_crowd_gathers_is_recalled_by_its_doer():
    text = ("Families of the victims gathered at the police lines mosque in Peshawar on Tuesday, a year after a suicide "
            "bomber killed 84 people, most of them police officers, during afternoon prayers.")
    assert [e.sub_event_type for e in extract_events(text, published_at=dt.date(2024, 1, 30), toponyms=[],
                                                      locations=[])] == []


def test_a_memorial_s_act_told_to_its_day_after_the_lead_is_recalled():
    text = ("Hundreds of people laid flowers at the railway station in Kramatorsk on Tuesday to mark three years since a "
            "Russian missile attack on the station. The attack on April 8, 2022, in which a Tochka-U missile struck the "
            "crowded platform as civilians waited to be evacuated, killed 61 people.")
    assert extract_events(text, published_at=dt.date(2025, 4, 8), toponyms=[], locations=[]) == []


def test_a_standing_struggle_for_control_told_in_the_present_is_no_act():
    # the background's "are fighting ... for control of": what goes on, no act of the report's
    assert events("The dissidents reject the peace deal and are fighting other armed groups for control of smuggling "
                  "routes to the coast.") == []
    # (a fight for control told in the past, with its day, is one)
    [ev] = events("Rebels and soldiers were fighting for control of the town on Monday, residents said.")
    assert ev.event_type == "Battles"


def test_an_act_told_by_any_is_one_that_may_come():
    # "any Israeli attack ... would be met": a warning of what may come, no act told
    assert events("Iran's foreign minister warned on Tuesday that any Israeli attack on Iran would be met with a "
                  "stronger response.") == []


def test_what_armed_men_do_in_a_where_clause_of_the_present_is_no_act():
    # (the town's background: the verbs in their bare form after their subject)
    assert subs("Gunmen attacked a prison in the town on Saturday, killing two guards. The town lies in a part of the "
                "northwest where armed gangs known locally as bandits kidnap for ransom and raid villages.") == \
        ["Armed clash"]
    # (a past act in a where clause still is one)
    assert "Abduction/forced disappearance" in subs("Gunmen stormed the village of Kuriga, where bandits kidnapped 20 "
                                                    "pupils on Thursday.")


def test_a_trial_s_act_of_a_time_gone_by_named_again_is_no_act():
    # "accused over last year's attack": an act a time gone by owns, recalled; "the attack" of the next sentence names it
    # again, its toll the past act's (no act of the report's day)
    text = ("The trial of 19 people accused over last year's attack on a concert hall near Moscow opened on Monday at a "
            "military court. Prosecutors say the attack, claimed by the Islamic State group, killed 149 people.")
    assert extract_events(text, published_at=MON, toponyms=[], locations=[]) == []
    # (a verdict's act, named again by its bare noun with its wounded)
    assert events("A court on Friday sentenced six men for their role in the 2016 suicide bombings at the airport. The "
                  "bombings, carried out by the cell behind the 2015 Paris attacks, also wounded more than 300 people.") == []
    # (an act of the report's own told first: a later "the attack" is it)
    [ev] = events("Gunmen killed five villagers in an attack on a market on Monday. It came a year after last year's attack "
                  "on the same market. Police said the attack also wounded three people.")
    assert (ev.killed["best"], ev.wounded["best"]) == (5, 3)


def test_months_of_protests_are_a_campaign_s_run_no_act():
    text = ("BELGRADE, Feb 24 (AP) - Serbian university students on Monday called for a large rally in the southern city "
            "of Nis on Saturday, the latest in months of protests over the collapse of a railway station canopy.")
    assert helpers.report_events(text, published="2025-02-24") == []


def test_the_death_protests_erupted_over_is_their_cause_no_act():
    text = ("GENEVA, Oct 4 (Reuters) - The U.N. human rights office on Tuesday condemned the use of force against "
            "protesters in Iran. Rights groups say scores of people have been killed since protests erupted last month "
            "over the death of Mahsa Amini in the custody of the morality police.")
    assert helpers.report_coded(text, "sub_event_type", published="2022-10-04") == []


def test_a_taking_told_in_the_pluperfect_earlier_this_month_is_background_to_the_day_s_attack():
    # ("had overrun ... earlier this month": told back to as before the news, no part of Monday's attack nor its kind)
    text = ("MAPUTO, May 28 - Insurgents attacked an army position on Monday, killing four soldiers, a military source "
            "said. Hundreds of insurgents had overrun the town of Quissanga for two days earlier this month, looting "
            "shops before pulling out.")
    evs = extract_events(text, published_at=dt.date(2024, 5, 28), toponyms=[], locations=[])
    assert [(ev.sub_event_type, ev.killed["best"], ev.date_start) for ev in evs] == [("Armed clash", 4, "2024-05-27")]


def test_what_an_inquiry_found_of_an_act_gone_by_is_no_act_of_the_report():
    # (the inquiry's news retells the act it looked into, with no day of its own after the finding; an act told with
    # its own day after the finding would stay)
    text = ("An army inquiry found that soldiers at a roadblock had not followed their rules of engagement when they "
            "shot at a minibus in March, killing two passengers and wounding the driver, the defence ministry said on "
            "Tuesday. Four soldiers have been suspended.")
    assert extract_events(text, published_at=dt.date(2024, 6, 18), toponyms=[], locations=[]) == []


def test_an_act_a_party_demands_and_a_protest_it_calls_are_no_events():
    # a demand's act, after its verb or in a relative clause of it
    assert subs("Hamas wants any deal to include a full Israeli withdrawal from Gaza, a senior official said.") == []
    assert subs("Kinshasa has demanded that any agreement guarantee the withdrawal of all foreign troops.") == []
    assert subs("The talks stalled over the withdrawal of Rwandan troops from eastern Congo, which Kinshasa wants "
                "included in any agreement.") == []
    # a shutdown or a rally a party calls is still to come
    assert "Peaceful protest" not in subs("The opposition party called a 48-hour nationwide shutdown from Sunday in "
                                          "protest at the arrest of its leaders.")
    assert "Peaceful protest" not in subs("The union announced a general strike for Monday in protest over fuel prices.")
    # the act done stays: a withdrawal, a crowd out after the call
    assert subs("Rebel fighters withdrew from the town on Saturday, a local official said.") == \
        ["Non-violent transfer of territory"]
    assert "Peaceful protest" in subs("Thousands of people protested in Dhaka on Sunday after the opposition called a "
                                      "nationwide shutdown.")


def test_acts_a_city_braces_for_are_no_events():
    assert subs("Security forces in the capital were gearing up for attacks by militants on Sunday.") == []
    assert "Violent demonstration" not in subs("Police were bracing for violent protests in the capital on Tuesday.")


def test_acts_in_the_plural_a_party_is_accused_of_are_its_record_and_no_event():
    assert events("The European Union on Monday sanctioned three militia leaders, accusing them of ordering killings of "
                  "villagers in Ituri province.") == []
    # an act in the singular may be the news
    assert [ev.sub_event_type for ev in events("The Taliban on Monday accused Pakistan of carrying out a drone strike "
                                                "that killed five civilians in Khost.")] == ["Air/drone strike"]


def test_acts_in_the_plural_a_party_is_sanctioned_over_are_its_record_and_no_event():
    assert events("Britain on Monday sanctioned two army generals over a campaign of killings of villagers.") == []


def test_a_teaser_label_set_off_by_a_bar_or_a_dash_is_furniture():
    # another story's headline under its label, whatever mark sets the label off: no toll of the report's
    for label in ("RELATED |", "READ MORE \u2014", "RELATED --"):
        text = (f"A teenager was wounded Friday evening outside a gym in Tulsa, police said.\n\n{label} Three killed, two "
                "hurt in Wichita shooting\n\nThe teen was shot in the foot and is expected to recover.")
        assert helpers.totals(text, published="2025-03-15") == {"killed": 0, "wounded": 1}, label


def test_an_act_of_a_month_gone_by_named_with_its_toll_is_recalled():
    # (the report's own act is told by its day; an act named by a month, with the toll it took, is only recalled:
    # its dead are none of the day's)
    text = ("Soldiers killed 12 militants in a clash near Djibo on Sunday, the army said. The army blamed the militants "
            "for an attack on the town in May that killed dozens of soldiers.")
    evs = helpers.events(text, published=dt.date(2025, 11, 18))
    assert [(ev.sub_event_type, ev.killed["best"]) for ev in evs] == [("Armed clash", 12)]


def test_a_fight_after_forces_sent_to_a_place_is_told_and_a_halt_to_shelling_is_not():
    assert subs("Police units were sent to the area and exchanged fire with gang members on Sunday.") == ["Armed clash"]
    assert subs("Church leaders called for a halt to the shelling and airstrikes on Sunday.") == []


def test_a_crew_evacuated_from_a_ship_is_no_force_giving_up_ground():
    # (a crew "of 22" between the noun and its verb; and the crew as the object of a navy's evacuation)
    for text in ("The tanker's crew of 19 were evacuated on Tuesday, the shipping firm said.",
                 "A frigate evacuated the crew of the burning tanker on Tuesday."):
        assert [e.sub_event_type for e in helpers.events(text, published=helpers.MON_2025_03_10)] == [], text


def test_an_attack_dated_the_following_year_of_a_year_told_before_is_background():
    # ("the following year": a year gone by, counted from one the report told; no act of its own)
    evs = helpers.events("A roadside bomb killed four policemen in Tank on Sunday, officials said. Militants walked out "
                         "of peace talks in 2021. A bomb at a market in Parachinar killed more than 20 people the "
                         "following year.", published=helpers.MON_2025_11_24)
    assert [(ev.sub_event_type, ev.killed["best"]) for ev in evs] == [("Remote explosive/landmine/IED", 4)]


def test_acts_told_in_the_plural_as_a_trend_are_no_event():
    # ("have become more frequent", "have risen sharply": the background's state of things; nor is the development a
    # "since" clause dates it by)
    for sentence in ("Abductions of aid workers have become more frequent in the region since the withdrawal of the "
                     "peacekeepers.", "Bombings on the highway have risen sharply over the past year."):
        assert helpers.events(sentence, published=helpers.MON_2025_11_24) == []


def test_a_gain_for_a_side_after_months_of_fighting_is_no_state_lasting_for_months():
    # "for Kyiv after months of ...": a time counted from a point, not "for months" (a state lasting, no act)
    text = ("Ukrainian forces have recaptured the village of Stepnohirsk, the military said on Wednesday, in a rare gain for "
            "Kyiv after months of Russian advances.")
    assert [e["sub_event_type"] for e in helpers.report_events(text, helpers.GEOPARSER, published="2026-01-21")] == [
        "Government regains territory"]


def test_captives_told_by_when_they_were_taken_in_a_month_named_may_are_freed_not_taken_again():
    # ("in May" is the month, no modal; "farmers kidnapped in May" who they are, a reduced relative: the release only)
    evs = helpers.events("Fourteen farmers kidnapped in May were freed on Sunday, police said.", published=helpers.MON_2025_03_10)
    assert [e.sub_event_type for e in evs] == ["Other"]
