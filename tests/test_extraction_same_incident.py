"""Extraction: what is one incident and what are several (an act told again in a title or a later
sentence, separate acts and places, merging and splitting events)."""
import datetime as dt
import pytest
from extraction import extract_events, report_text
from extraction.actors import find_actors
from extraction.casualties import find_casualties
from extraction.casualty_counts import combine
from geocoding import Place
from functools import partial
from tests import extraction_helpers as helpers
from tests.extraction_helpers import (
    CHUHUIV, FRI_2025_11_14 as FRI, IZIUM, KHARKIV, KHARKIV_OBLAST, KUPIANSK, MON_2025_03_03 as MON, ODESA, PALMYRA,
    SHEBEKINO, SUMY, SUN_2025_11_16, TAVOLZHANKA, UNITED_STATES, _killed_wounded_totals, _split,
    by_place_killed_wounded as by_place, counts_of_mentions as counts, event_dates, only, only_event, toponym,
)

_totals = partial(helpers.totals, published="2024-03-04")
_totals_2024_03_05 = partial(helpers.totals, published="2024-03-05")
_totals_2025_04_14 = partial(helpers.totals, published="2025-04-14")
_totals_2025_06_18 = partial(helpers.totals, published="2025-06-18")
coded = partial(helpers.codings, published=helpers.TUE_2024_07_16, fields=("sub_event_type", "actor1.name", "killed.best"))
codings = partial(helpers.codings, published=helpers.TUE_2025_06_10, fields=helpers.SUB_ACTORS + ("killed.best",))
events = partial(helpers.events_at_places, published=helpers.SAT_2025_03_08, area_precision=4)
names = helpers.actors


# From test_extraction_actors.py: Actor alias table: canonical names, inter codes, speakers, user extension files.

def test_aliases_are_one_actor():
    for alias in ("Islamic State", "ISIS", "ISIL", "Daesh", "IS"):
        assert [n for _, n in names(f"{alias} fighters attacked the town")][0] == "Islamic State"
    for alias in ("Russian Aerospace Forces", "Russian aviation", "VKS", "Russia’s Aerospace Force"):
        found = find_actors(f"{alias} struck the convoy")
        assert found[0].actor.name == "Military Forces of Russia" and found[0].air


# From test_extraction_asiafar.py: Conflict reports from Myanmar, the Philippines, Pakistan, Indian Kashmir and
# central India, Thailand's deep south, Papua and the Chittagong Hill Tracts: the armed groups and forces by the names
# the region's papers use.

def test_a_sub_leader_wanted_for_a_crime_is_one_dead():
    [ev] = [e for e in helpers.events("An Abu Sayyaf sub-leader wanted for kidnapping was killed in a clash with Marines in the "
                              "town on Saturday, a military official said.", published=helpers.WED_2025_03_12) if e.event_type == "Battles"]
    assert ev.killed["best"] == 1


# From test_extraction_asiafix.py: Conflict reports from Asia and elsewhere: a group named in a "which" clause before
# its claim, a group the police or the army suspect, and the acts told by a state's regime or junta.

def test_a_suspected_group_as_an_adjective_blames_no_one():
    evs = helpers.events("Gunmen killed three farmers on Monday. Later, soldiers arrested a suspected BIFF member at a "
                 "checkpoint.", published=helpers.TUE_2024_06_04)
    ev = next(e for e in evs if e.sub_event_type == "Attack")
    assert ev.actor1["name"] != "BIFF: Bangsamoro Islamic Freedom Fighters"


# From test_extraction_casualties.py: Casualty phrases: killed / wounded / missing / abducted, victim categories,
# zeros, subsets.

def test_a_title_and_a_name_with_no_article_is_one_victim():
    assert counts("A suicide bomber killed provincial governor Ali Khan and five others in Kunduz on Tuesday.") == (6, None)
    assert counts("Gunmen shot dead journalist Ahmed Nour in Mogadishu on Monday.") == (1, None)
    # (no name after it, or a word that is no name: nobody counted)
    assert counts("Troops killed militants Monday in the valley.") == (None, None)
    assert counts("East Bay cops kill suspect Opinion: How to keep safe") == (None, None)


def test_two_people_with_one_surname_are_two():
    text = "Lena Ortiz had been shot in the wrist. Marco Ortiz was pronounced dead at the scene."
    assert counts(text) == (1, 1)
    text = "Lena Ortiz had been shot in the chest. Ortiz was pronounced dead at the scene."
    assert counts(text) == (1, None)


@pytest.mark.parametrize("text,killed,wounded", [
    ("The clerk was shot on Tuesday and died two days later.", 1, None),
    ("The victim staggered into the street and was found dead by neighbors.", 1, None),
    ("A robber fled on foot and was shot by a deputy.", None, 1),
])
def test_a_second_act_of_the_same_subject(text, killed, wounded):
    assert counts(text) == (killed, wounded)


@pytest.mark.parametrize("text,killed", [
    # the two groups of one "N ... and M ..." phrase are one told toll, restated elsewhere, not added to it
    ("Eight killed in Sulu clash\n\nThree soldiers and five militants were killed in a firefight in Patikul.", 8),
    ("Three soldiers, five militants killed in Sulu clash\n\n"
     "Three soldiers and five militants were killed in a firefight in Patikul.", 8),
    ("Three soldiers and five militants were killed in a firefight in Patikul.", 8),
    ("Gunmen killed two soldiers and three policemen on Monday. Five soldiers died, officials said. "
     "Four militants were killed.", 9),
])
def test_a_pair_of_groups_is_one_told_toll(text, killed):
    assert counts(text)[0] == killed


def test_a_title_bound_and_the_lead_range_are_one_toll_with_its_low():
    killed, _ = combine(find_casualties("Clashes kill up to 30 in the north") +
                        find_casualties("The fighting killed between 22 and 30 people, officials said."))
    assert (killed.low, killed.high) == (22, 30)


# From test_extraction_conflictfix.py: Conflict copy left wrong by the last rounds: the dead handed over in an
# exchange, families counted whole, the weapon told after the verb, a claim's day, and what a report only expects or
# sets as a condition.

def test_kin_shot_with_the_dead_told_again_are_not_wounded():
    [ev] = helpers.events("Bandits killed a district head and his son on Monday night, residents said. The attackers broke into "
                  "the house and shot the district head and his son in their bedroom.", published=helpers.TUE_2024_05_14)
    assert (ev.killed["best"], ev.wounded) == (2, None)


# From test_extraction_conflictleft.py: Conflict copy whose codings went wrong in earlier rounds: a launch and its
# interception told in two sentences, harm done by an intercepted weapon's debris.

def test_a_launch_and_the_interception_of_its_weapons_told_next_are_one_foiled_act():
    assert helpers.codings("The Houthis said on Sunday they had fired a ballistic missile at the city. The Israeli military said "
                 "the missile was intercepted and no one was hurt.", published=helpers.MON_2025_03_03) == [
        ("Disrupted weapons use", "Military Forces of Israel", "Ansar Allah (Houthis)")]
    assert helpers.codings("Hezbollah fired a barrage of rockets at the town on Monday. The Israeli army said most of the rockets were "
                 "intercepted.", published=helpers.MON_2025_03_03) == [("Disrupted weapons use", "Military Forces of Israel", "Hezbollah")]
    # (the launch told after, in the launcher's words: the interception's launcher, no strike of its own)
    assert helpers.codings("Israel's military said on Monday it had intercepted a surface-to-surface missile fired from "
                           "Yemen towards Eilat. Houthi military spokesman Yahya Saree said the group had fired a "
                           "ballistic missile at Eilat in support of Gaza.", published=helpers.MON_2025_03_03) == [
        ("Disrupted weapons use", "Military Forces of Israel", "Ansar Allah (Houthis)")]
    # other weapons counted anew are an interception of their own
    assert len(helpers.codings("Russian forces launched a missile attack on the city of Dnipro on Sunday. Ukraine's air force "
                     "said it had shot down 12 drones overnight.", published=helpers.MON_2025_03_03)) == 2


def test_a_salvo_that_did_harm_takes_in_its_interceptions_told_sentences_later():
    # (the air force's count of the drones it downed, two sentences after the strike that hit: a part of that strike)
    assert helpers.codings("Russia launched a large drone attack on Kyiv overnight, and air defences shot down most of "
                           "the drones, but debris hit a residential building, wounding four people, officials said. "
                           "The mayor said a fire broke out on the upper floors. The air force said it had shot down 71 of "
                           "the drones.", published=helpers.TUE_2025_06_10) == [
        ("Air/drone strike", "Military Forces of Russia", "Civilians")]


# From test_extraction_dates.py: Temporal expressions resolved against the publication date (UCDP date_prec).

def test_a_log_period_with_clock_times_is_one_span():
    assert only("complaints filed from midnight June 3 to 6:00am June 4, 2019.", "2019-06-04") == \
        ("2019-06-03", "2019-06-04", 2)


# From test_extraction_dates2.py: Event dates in copy of every genre: datelines written before publication, day-first
# numeric dates, relative days and spans told in words (sentences of our own).

def test_two_days_apart_stay_two_dates():
    assert event_dates("Strikes on Monday and Wednesday killed five.", "2025-05-23") == \
        [("2025-05-19", "2025-05-19", 1), ("2025-05-21", "2025-05-21", 1)]


# From test_extraction_events.py: Event assembly on hand-made text and hand-made toponyms (no gazetteer needed).

def test_several_events_in_one_report():
    text = ("Iraqi forces recaptured the Ureibi district from ISIS on Monday. "
            "Police arrested two men on Tuesday.")
    events = extract_events(text, published_at=dt.date(2017, 5, 31), toponyms=[], locations=[])
    assert [(e.event_type, e.sub_event_type) for e in events] == [
        ("Battles", "Government regains territory"), ("Strategic developments", "Arrests")]
    assert events[0].actor2["name"] == "Islamic State"
    assert events[0].date_start == "2017-05-29" and events[1].date_start == "2017-05-30"


def test_a_dated_incident_without_a_known_act_is_one_low_confidence_event():
    text = ("A student is in police custody after investigators say a loaded gun was found in his possession "
            "inside a Philadelphia school Wednesday morning.")
    events = extract_events(text, published_at=dt.date(2014, 1, 15), toponyms=[], locations=[])
    assert len(events) == 1 and events[0].date_start == "2014-01-15"
    assert events[0].confidence < 0.5 and "event_type" in events[0].inferred
    # ... a raid told by its warrant, the day in its sentence ("The raid" names no act we know)
    text = ("A man is facing felony charges after a drug raid at a home near Roebuck. Sheriff's narcotics investigators "
            "carried out a search warrant Friday at the home, a deputy said Tuesday.")
    events = extract_events(text, published_at=dt.date(2018, 3, 13), toponyms=[], locations=[])
    assert [(e.sub_event_type, e.date_start) for e in events] == [("Other", "2018-03-09")]


def test_a_roundup_counts_one_incident_not_its_summary():
    text = ("Five people were injured and another man was killed in separate shootings in Baltimore on Sunday, "
            "police said. A 28-year-old man was shot at about 7 p.m. in the 700 block of North Longwood Street, "
            "police said. A 26-year-old man was shot about 4:40 p.m. in the 1300 block of North Milton Avenue. "
            "About 20 minutes earlier, officers found a 47-year-old woman who had been shot in the groin.")
    assert _killed_wounded_totals(text, "2018-03-18") == (0, 1)
    events = extract_events(text, published_at=dt.date(2018, 3, 18), toponyms=[], locations=[])
    assert sum(1 for e in events if e.wounded) >= 2  # each incident is an event of its own


@pytest.mark.parametrize("lead", [
    "Three people were shot in separate locations across Dayton late Friday, police said.",
    "Gunfire wounded three people over a few hours Friday night in different areas of Dayton.",
    "Three people were wounded in two Dayton shootings late Friday, police said.",
])
def test_a_lead_that_tells_victims_apart_by_place_is_a_roundup(lead):
    # the lead's count sums the incidents; the report's own incident is the first told in full
    text = (lead + " A 30-year-old man was shot in the arm about 11 p.m. in the 400 block of Linden Avenue. "
            "About 9:15 p.m., a 24-year-old woman and a 25-year-old man were shot in the 1800 block of Wayne Avenue.")
    assert _killed_wounded_totals(text, "2024-03-09") == (0, 1)


def test_a_separate_strike_nearby_is_another_event():
    mayadin = Place(170794, "Al Mayadin", 35.02, 40.45, "P", "PPL", "SY", "05", 44000)
    hajin = Place(170000, "Hajin", 34.69, 40.83, "P", "PPL", "SY", "05", 37000)
    text = ("Two people were killed in an airstrike on the town of Al-Mayadin on Thursday. "
            "In a separate airstrike, three people were killed in the village of Hajin, activists said.")
    tops = [toponym(text, "Al-Mayadin", mayadin), toponym(text, "Hajin", hajin)]
    events = extract_events(text, published_at=dt.date(2017, 6, 2), toponyms=tops, locations=[])
    assert [(e.sub_event_type, e.killed["best"], e.location["name"]) for e in events] == \
        [("Air/drone strike", 2, "Al Mayadin"), ("Air/drone strike", 3, "Hajin")]


def test_sentences_run_together_by_a_scraper_are_apart():
    text = "Two men broke into a home Monday.One teen was struck in the head with a pistol."
    events = extract_events(text, published_at=dt.date(2024, 3, 12), toponyms=[], locations=[])
    assert [(e.sub_event_type, (e.wounded or {}).get("best")) for e in events][0] == ("Attack", 1)


def test_a_sitrep_s_same_day_act_is_its_own_and_the_troops_are_those_named_before():
    text = ("On 14 February, an airstrike hit a house, killing three civilians. On the same day, shelling in another "
            "district injured two women.")
    events = extract_events(text, published_at=dt.date(2022, 2, 16), toponyms=[], locations=[])
    assert [(e.sub_event_type, (e.wounded or {}).get("best")) for e in events] == \
        [("Air/drone strike", None), ("Shelling/artillery/missile attack", 2)]
    text = ("Israeli forces raided the camp on Monday, killing eight people. Palestinian gunmen exchanged fire with "
            "the troops.")
    clash = next(e for e in extract_events(text, published_at=dt.date(2023, 7, 4), toponyms=[], locations=[])
                 if e.sub_event_type == "Armed clash")
    assert clash.actor2["name"] == "Military Forces of Israel"


def test_tolls_of_opposite_sides_told_apart_add_up():
    base = only_event("Al-Shabaab militants stormed a military base on Friday. The army said its forces killed more "
                      "than 30 militants. Seven soldiers died in the fighting.", dt.date(2024, 5, 4))
    assert (base.killed["low"], base.killed["best"], base.killed["rule"]) == (38, 38, "tolls of different sides added")
    operation = only_event("The Burkinabe army said it neutralised about 50 terrorists in an operation near Djibo on "
                           "Wednesday. Two soldiers were killed.", dt.date(2024, 5, 4))
    assert _split(operation) == {"best": 52, "civilians": 0, "side_a": 2, "side_b": 50, "unknown": 0}
    assert (operation.killed["low"], operation.killed["high"]) == (47, 57)
    # a count of no side that is larger already holds the sides' own
    toll = only_event("Twelve people were killed on Monday when militants attacked a checkpoint. The dead included "
                      "three soldiers and two militants.", dt.date(2024, 5, 4))
    assert toll.killed["best"] == 12
    # the hurt of different sides add up the same way
    hurt = only_event("A roadside bomb struck an army patrol on Monday, wounding three soldiers. Five civilians "
                      "were injured.", dt.date(2024, 5, 4))
    assert hurt.wounded["best"] == 8


def test_a_part_of_the_toll_told_apart_is_no_act_of_its_own():
    [attack] = extract_events("Paramilitary fighters killed at least 40 people in an attack on a village on Friday. "
                              "Three soldiers and two RSF fighters were among the dead.",
                              published_at=dt.date(2024, 11, 2), toponyms=[], locations=[])
    assert attack.killed["best"] == 40


def test_a_country_s_office_is_not_the_scene_and_a_pair_told_twice_is_one_pair():
    sudan = Place(366755, "Sudan", 16.0, 30.0, "A", "PCLI", "SD", None, 43849269)
    text = "The Sudanese army and the RSF agreed to a ceasefire in Sudan on Monday, U.S. Secretary of State Blinken said."
    tops = [toponym(text, "Sudan", sudan, 6, 1), toponym(text, "U.S.", UNITED_STATES, 6)]   # (the first is in "Sudanese")
    [truce] = extract_events(text, published_at=dt.date(2023, 4, 25), toponyms=tops, locations=[])
    assert truce.location["name"] == "Sudan"
    text = ("A homeless man is accused of shooting two boys and a woman last week. Police say he is accused of "
            "shooting two 17-year-old boys and a 45-year-old woman on Tuesday.")
    assert only_event(text, dt.date(2014, 1, 10)).wounded["best"] == 3


def test_each_side_s_dead_told_together_or_as_part_of_the_attackers():
    clash = only_event("Insurgents stormed a checkpoint on Friday. Three soldiers and eight insurgents were killed in "
                       "the fighting.", dt.date(2024, 3, 2))
    assert (clash.killed["best"], clash.killed["side_a"], clash.killed["side_b"]) == (11, 8, 3)
    raid = only_event("Gunmen attacked a police post on Friday, killing four police officers. Two of the gunmen were "
                      "shot dead by police.", dt.date(2024, 3, 2))
    assert (raid.killed["best"], raid.killed["side_a"], raid.killed["side_b"]) == (6, 2, 4)


def test_initials_and_a_demonym_written_together_act_together():
    [strike] = extract_events("U.S. and British warplanes struck Houthi targets on Friday.",
                              published_at=dt.date(2024, 1, 13), toponyms=[], locations=[])
    assert (strike.actor1["name"], strike.actor2["name"]) == ("Military Forces of the United States", "Ansar Allah (Houthis)")


def test_headline_act_told_again_in_the_body_is_one_event():
    # the title's vaguer act (no target: an attack) and the body's clash are one; the body names the doer
    text = report_text("Rebels kill soldier in Cauca",
                       "Fighters of the National Liberation Army shot dead a Colombian soldier near a rural school on "
                       "Thursday, the army said.")
    [ev] = [e.to_dict() for e in extract_events(text, published_at=dt.date(2024, 5, 7), toponyms=[], locations=[])]
    assert ev["sub_event_type"] == "Armed clash" and ev["actor1"]["name"].startswith("ELN")
    assert (ev["killed"]["best"], ev["killed"]["side_b"]) == (1, 1)
    # (but "kill" in a body is threatened or attempted: no act)
    assert not extract_events("He threatened to kill his neighbour, police said.", published_at=dt.date(2024, 5, 7),
                              toponyms=[], locations=[])


def test_explosion_told_twice_under_a_title_is_one_event():
    # a title's act ("Bomb kills ..."), the body's explosion and who set it off: one explosion told three times
    text = report_text("Bomb kills two guards in market town",
                       "A roadside bomb killed two guards and wounded four others near a market on Monday, police said. "
                       "Suspected militants detonated the device as their vehicle passed, police said.")
    [ev] = [e.to_dict() for e in extract_events(text, published_at=dt.date(2024, 5, 7), toponyms=[], locations=[])]
    assert ev["sub_event_type"] == "Remote explosive/landmine/IED"
    assert ev["actor1"]["inter"] == 3 and (ev["killed"]["best"], ev["wounded"]["best"]) == (2, 4)


def test_a_title_act_and_the_body_act_that_names_its_party_among_others_are_one():
    text = report_text("Drone strike kills two Kataib Hezbollah commanders in Iraq",
                       "A drone hit a car of the Popular Mobilization Forces on a road near the border on Tuesday, "
                       "killing two commanders of Kataib Hezbollah, security sources said.")
    event = only_event(text, dt.date(2024, 2, 8))
    assert event.killed["best"] == 2


def test_the_doers_own_account_of_a_part_of_the_toll_is_the_same_raid():
    text = ("Israeli forces killed six Palestinians during a raid on the Nur Shams camp on Thursday, the health ministry "
            "said. The Israeli army said its soldiers had killed four gunmen in exchanges of fire.")
    [event] = extract_events(text, published_at=dt.date(2024, 8, 30), toponyms=[], locations=[])
    assert (event.sub_event_type, event.killed["best"]) == ("Armed clash", 6)
    # more dead than the act told is another act
    text = text.replace("four gunmen", "nine gunmen")
    assert len(extract_events(text, published_at=dt.date(2024, 8, 30), toponyms=[], locations=[])) == 2


def test_a_titles_agreement_and_the_body_agreement_signed_abroad_are_one():
    colombia = Place(3686110, "Colombia", 4.0, -73.25, "A", "PCLI", "CO", None, 47790000)
    caracas = Place(3646738, "Caracas", 10.49, -66.88, "P", "PPLC", "VE", "25", 3000000)
    text = report_text("Colombia and rebels extend truce by three months",
                       "Colombia's government and the FARC dissidents signed an agreement in Caracas on March 3 "
                       "extending their ceasefire by three months, negotiators said.")
    events = extract_events(text, published_at=dt.date(2024, 3, 4), locations=[],
                            toponyms=[toponym(text, "Colombia", colombia, 6), toponym(text, "Caracas", caracas)])
    assert [e.sub_event_type for e in events] == ["Agreement"]


def test_the_body_s_place_over_the_title_s_of_the_same_precision():
    text = "Russia says it captured village in Donetsk\n\nRussian forces captured the village of Ocheretyne on Sunday."
    donetsk = Place(709717, "Donetsk", 48.023, 37.80224, "P", "PPL", "UA", "05", 929063)
    village = Place(698759, "Ocheretyne", 48.24446, 37.61575, "P", "PPL", "UA", "05", 3000)
    toponyms = [toponym(text, "Donetsk", donetsk), toponym(text, "Ocheretyne", village)]
    [taken] = extract_events(text, published_at=dt.date(2024, 5, 5), toponyms=toponyms, locations=[])
    assert taken.location["name"] == "Ocheretyne"


def test_an_act_of_another_kind_dated_days_apart_is_another_incident():
    # a sitrep's dated acts, and a strike told back to, are not the day's act (nor its place)
    text = ("Shelling on the town of Tadmur killed two civilians on 3 May. On 5 May, an airstrike hit a farm on the "
            "outskirts of Tadmur, wounding three workers.")
    tops = [toponym(text, "Tadmur", PALMYRA), toponym(text, "Tadmur", PALMYRA, nth=1)]
    events = extract_events(text, published_at=dt.date(2024, 5, 8), toponyms=tops, locations=[])
    assert [(e.sub_event_type, e.date_start) for e in events] == [
        ("Shelling/artillery/missile attack", "2024-05-03"), ("Air/drone strike", "2024-05-05")]


def test_a_sentence_that_opens_on_a_week_or_a_month_of_its_own_tells_another_incident():
    text = ("Rebels killed 12 villagers in Tadmur province on Wednesday, officials said. Last week, the group killed 11 "
            "people in the town of Tadmur.")
    tops = [toponym(text, "Tadmur", PALMYRA, 4), toponym(text, "Tadmur", PALMYRA, nth=1)]
    events = extract_events(text, published_at=dt.date(2024, 7, 11), toponyms=tops, locations=[])
    assert [(e.killed["best"], e.location["precision"]) for e in events] == [(12, 4), (11, 1)]


def test_an_actor_named_twice_apart_is_on_one_side_only():
    event = only_event("Serbian police detained a man who attacked a police officer with a crossbow on Saturday; the "
                       "officer was wounded and the attacker was shot dead by police.", dt.date(2024, 6, 30))
    # (the man attacked the police; the police who detained him are no doer of his attack)
    assert event.actor1 is None and event.actor2["name"] == "Police Forces of Serbia"


def test_a_blast_that_kills_people_of_no_side_is_on_civilians_but_not_one_that_hurt_no_one():
    blast = only_event("A car bomb exploded outside a hotel in Mogadishu on Sunday evening, killing 11 people, police "
                       "said.", dt.date(2025, 3, 10)).to_dict()
    assert (blast["actor2"]["name"], blast["inferred"]) == ("Civilians", ["actor2", "actor1"])
    quiet = only_event("A drone struck a fuel depot in Kosti on Monday. No casualties were reported.",
                       dt.date(2025, 5, 6)).to_dict()
    assert quiet["actor2"] is None
    # (nor the group's own fighters, told as a part of it)
    strike = only_event("U.S. airstrikes hit Houthi positions near Hodeidah on Friday. The Houthis said five of their "
                        "fighters were killed in the strikes.", dt.date(2025, 3, 15)).to_dict()
    assert strike["actor2"] is None or strike["actor2"]["name"] != "Civilians"


def test_a_raids_dead_and_the_doers_account_of_a_firefight_are_one_clash():
    text = ("Three Palestinians were killed by Israeli forces during a raid in the Nur Shams camp on Tuesday, the health "
            "ministry said. The Israeli army said its troops had exchanged fire with gunmen during the operation.")
    raid = only_event(text, dt.date(2024, 2, 7))
    assert (raid.sub_event_type, raid.killed["best"]) == ("Armed clash", 3)
    # (civilians killed are an attack's, whatever the doer says of a fight)
    text = ("Israeli forces killed three civilians during a raid in the Nur Shams camp on Tuesday, the health ministry "
            "said. The Israeli army said its troops had exchanged fire with gunmen during the operation.")
    assert extract_events(text, published_at=dt.date(2024, 2, 7), toponyms=[], locations=[])[0].sub_event_type == "Attack"


# From test_extraction_gvafix.py: US gun-violence news as the Gun Violence Archive codes it (killed, wounded and the
# day of the shooting): deaths told days after the wound, others hurt in the same incident, court stories.

def test_murder_suicide_counts_the_victims_and_the_shooter_once():
    # an in-law is a victim's noun as any kin is
    assert _totals_2024_03_05("A man fatally shot his son-in-law Tuesday and then turned the gun on himself, deputies said.") == \
        {"killed": 2, "wounded": 0}
    # the total told first holds the victims and the gunman its clause explains
    assert _totals_2024_03_05("Three people are dead after a man killed his estranged wife and her mother before taking his own "
                   "life early Thursday, police said.") == {"killed": 3, "wounded": 0}
    # ... and no total: they add up
    assert _totals_2024_03_05("A man killed his estranged wife and her mother before taking his own life early Thursday.") == \
        {"killed": 3, "wounded": 0}
    # the shooter told found dead is the one who turned the gun on himself
    assert _totals_2024_03_05("A man fatally shot his son-in-law Tuesday and then turned the gun on himself. Deputies found "
                   "the shooter, 61-year-old Glenn Whitaker, dead in the garage.") == {"killed": 2, "wounded": 0}
    # an addition with no victim told before it in the total's sentence still adds
    assert _totals_2024_03_05("Two men were killed in the shooting and another man died later at the hospital.")["killed"] == 3


def test_someone_who_was_also_there_and_hurt_is_one_more():
    # an "also" in the relative clause that places them at the scene: someone besides those told
    assert _totals_2024_03_05("A store clerk was shot and killed during a robbery Sunday. A man who was also inside the store "
                   "was shot in the arm as he ran toward the door.") == {"killed": 1, "wounded": 1}
    assert _totals_2024_03_05("Two teenagers were shot Sunday at a park. A 15-year-old boy who was also at the park was struck "
                   "in the foot.") == {"killed": 0, "wounded": 3}
    assert _totals_2024_03_05("The driver died at the scene. A woman who was also in the car was grazed in the head.") == \
        {"killed": 1, "wounded": 1}
    # a clause that tells a fate is no such place ("the man who was shot ... died")
    assert _totals_2024_03_05("A man who was shot in the stomach Monday night died Tuesday, police said.") == \
        {"killed": 1, "wounded": 0}


def test_someone_hurt_otherwise_or_also_hit_in_the_incident_is_one_more():
    # hurt, not shot (trampled, fleeing): besides those shot; GVA counts the incident's injured
    assert _totals_2024_03_05("Four people were shot early Sunday at a block party. In addition, a woman was hurt when she was "
                   "trampled as the crowd ran.") == {"killed": 0, "wounded": 5}
    # "a bystander was also hit" after a death: one more
    assert _totals_2024_03_05("A man was shot and killed outside a bar Saturday night. A bystander was also hit by a stray "
                   "bullet.") == {"killed": 1, "wounded": 1}
    # ... but not one told with a scene of its own: another shooting's
    assert _totals_2024_03_05("A man was shot and killed outside a bar on Elm Street. As we previously reported, a 28-year-old "
                   "man was also critically wounded Monday night in the Castor section.") == {"killed": 1, "wounded": 0}
    # ... nor one told before ("He was also grazed")
    assert _totals_2024_03_05("A man was shot in the leg Saturday. He was also grazed on the arm.") == {"killed": 0, "wounded": 1}
    # ... and one more told in their condition: "also" tells them apart all the same
    assert _totals_2024_03_05("A man was shot and killed Saturday night outside a bar, police said. A 20-year-old man was also "
                   "shot in the leg and was listed in fair condition.") == {"killed": 1, "wounded": 1}


def test_a_third_after_those_told_is_one_more():
    # "wounded a third" after "killed two": someone besides the dead, as "wounded another" is
    assert _totals_2024_03_05("Gunfire outside a barbershop killed two people and wounded a third on Saturday, police said.") == \
        {"killed": 2, "wounded": 1}
    # ... not a fraction
    assert _totals_2024_03_05("The fire killed a third of the herd on Saturday.")["killed"] == 0


# From test_extraction_gvafix2.py: US gun-violence news as the Gun Violence Archive codes one incident: everyone
# killed or hurt in it, the shooter and the police included, each once.

def test_an_officer_shot_beside_the_suspect_who_died_is_one_more_hurt():
    text = ("A police officer was shot in the leg early Saturday and the man who shot him was killed by return fire, "
            "police said. Police said the man fired, striking the officer in the thigh. Both officers returned fire, "
            "and the suspect died at the scene.")
    assert _totals_2025_04_14(text) == {"killed": 1, "wounded": 1}
    # a pronoun of one told before takes no side from its guessed antecedent
    text = ("A sheriff's deputy was wounded and the man who shot her was killed in an exchange of gunfire Thursday "
            "night, the sheriff's office said. Other deputies returned fire, killing him.")
    assert _totals_2025_04_14(text) == {"killed": 1, "wounded": 1}
    # a pronoun of its own may be the officer: 'He was pronounced dead'
    text = ("A man was shot and killed during a struggle with an officer on Sunday. The officer was taken to the "
            "hospital after the suspect punched him. He was pronounced dead an hour later.")
    assert _totals_2025_04_14(text)["wounded"] == 0


def test_a_shooter_who_shot_himself_and_lived_is_one_more_hurt():
    text = ("A man wounded two people at a home Wednesday morning before turning the gun on himself, police said. "
            "He is in critical condition.")
    assert _totals_2025_04_14(text) == {"killed": 0, "wounded": 3}
    text = ("A man shot and killed his wife Saturday night and then shot himself, the sheriff's office said. He "
            "survived and was charged with murder on Monday.")
    assert _totals_2025_04_14(text) == {"killed": 1, "wounded": 1}
    text = ("Two people were injured Monday night when a man opened fire outside a market, and the gunman then shot "
            "himself, police said. The suspect was found nearby and was hospitalized in critical condition.")
    assert _totals_2025_04_14(text) == {"killed": 0, "wounded": 3}
    # not told alive: the death GVA counts; hurt by accident: the one hurt, no one besides
    assert _totals_2025_04_14("A man shot two neighbors before turning the gun on himself on Sunday, police said.")["killed"] == 1
    text = ("A man was taken to a hospital with a gunshot wound to his leg on Friday. He had accidentally shot "
            "himself while showing friends a gun. He is expected to survive.")
    assert _totals_2025_04_14(text) == {"killed": 0, "wounded": 1}


# From test_extraction_gvafix3.py: US gun-violence news as the Gun Violence Archive codes one incident (gvafix3): the
# later death of the second victim told by a pronoun, further people hurt beside another wounded man, the shooter hurt
# by police.

def test_his_friend_grazed_beside_the_man_shot_is_one_more_hurt():
    text = ("A 31-year-old man was shot in the hip and his friend was grazed on the arm outside a corner store on "
            "Tuesday night, police said. Both went to the hospital on their own.")
    assert _totals_2025_06_18(text) == {"killed": 0, "wounded": 2}
    # the second victim of two told shot is one of the two
    text = ("Two men were shot outside a corner store on Tuesday night, police said. A 31-year-old man was hit in "
            "the hip. The second victim, his friend, was grazed on the arm.")
    assert _totals_2025_06_18(text) == {"killed": 0, "wounded": 2}


# From test_extraction_gvafix4.py: US gun-violence news as the Gun Violence Archive codes one incident (gvafix4): a
# bystander told by where they stood beside a wounded man, and a victim's kin listed and then told again as a count.

def test_a_bystander_told_by_where_they_stood_is_one_more_hurt():
    text = ("A man was shot in the leg Thursday afternoon outside a corner store, police said. A teenager standing "
            "nearby was also struck in the foot.")
    assert _totals_2025_06_18(text) == {"killed": 0, "wounded": 2}
    text = ("A man was shot in the leg and a bystander waiting at a bus stop was grazed by a bullet Thursday "
            "afternoon, police said.")
    assert _totals_2025_06_18(text) == {"killed": 0, "wounded": 2}
    text = ("A man was shot several times at a gas station late Monday, and a passer-by was also hit, police said.")
    assert _totals_2025_06_18(text) == {"killed": 0, "wounded": 2}
    text = ("One man was shot in the chest and another man was wounded early Saturday outside a bar, police said. "
            "A woman standing nearby, a bystander, was grazed by a bullet in the arm and treated at the scene.")
    assert _totals_2025_06_18(text) == {"killed": 0, "wounded": 3}
    # the scene told in the bystander's sentence is the scene of those told before them in it
    text = ("A woman was killed and another woman was wounded in a shooting in the Oak Park neighborhood on Friday, "
            "and a bystander sitting at a bus stop was grazed by a bullet, police said.")
    assert _totals_2025_06_18(text) == {"killed": 1, "wounded": 2}
    # a passer-by told again is the same one
    text = ("A man was shot several times at a gas station late Monday, and a passer-by was also hit, police said. "
            "The man was taken to a hospital in critical condition. A passer-by was struck in the shoulder.")
    assert _totals_2025_06_18(text) == {"killed": 0, "wounded": 2}
    # the same man hurt twice stays one
    text = "A man was shot in the chest Sunday afternoon outside a home, police said. He was also struck in the arm."
    assert _totals_2025_06_18(text) == {"killed": 0, "wounded": 1}


def test_kin_listed_after_a_victim_and_then_counted_are_the_same_dead():
    text = ("A man shot and killed his wife, her daughter and his mother-in-law Wednesday inside their home, police "
            "said. Officers found the three victims dead in different rooms. He was arrested at the scene.")
    assert _totals_2025_06_18(text)["killed"] == 3
    text = ("A man shot and killed his former girlfriend and her father Thursday night at a home, police said. "
            "Officers found the woman and her father dead inside.")
    assert _totals_2025_06_18(text)["killed"] == 2
    # the gunman's own death told in the list's sentence is one more
    text = ("A man shot and killed his estranged wife, her sister and their mother at a home on Friday before turning "
            "the gun on himself, police said. Officers found the three women dead inside.")
    assert _totals_2025_06_18(text)["killed"] == 4


def test_their_kin_hurt_after_the_dead_is_one_more():
    text = ("Two brothers were shot and killed and their cousin was wounded Monday night at an apartment complex, "
            "police said.")
    assert _totals_2025_06_18(text) == {"killed": 2, "wounded": 1}
    # their kin told as a group of their own is no single person
    text = "Two men were killed and their friends were wounded Monday night at an apartment complex, police said."
    assert _totals_2025_06_18(text)["killed"] == 2


# From test_extraction_gvamerge.py: US gun-violence news as the Gun Violence Archive codes one incident (gvamerge):
# the shooter hurt by police or an armed bystander in the same incident is one more hurt, besides his victims.

def test_the_gunman_told_again_is_one_more_besides_the_count_of_victims():
    text = ("Two men were wounded when a gunman opened fire outside a bar early Sunday, and an officer shot the "
            "gunman a short time later, police said. The two men were taken to a hospital. The suspect was also "
            "taken to the hospital and is expected to survive.")
    assert helpers.totals(text, published="2025-07-07") == {"killed": 0, "wounded": 3}


def test_the_shooter_alone_hurt_is_one():
    text = ("A man was in the hospital after he was shot by deputies late Tuesday. The deputies found the suspect in "
            "a closet with a shotgun, the sheriff said. The suspect was in stable condition.")
    assert helpers.totals(text, published="2025-07-07") == {"killed": 0, "wounded": 1}


# From test_extraction_gvastyle.py: US local gun-violence news as the Gun Violence Archive codes it: everyone shot or
# hurt in the incident, and the day of the shooting.

def test_a_third_or_fourth_victim_is_one_more():
    # "a third man" is the determiner's ordinal, not "a" and a man called third: one besides those told
    assert _totals("Two men were shot Sunday on Oak Street. A third man suffered a graze wound, police said.") == \
        {"killed": 0, "wounded": 3}
    assert _totals("Three people were shot, one fatally, in a drive-by shooting Sunday night. A fourth person was "
                   "hurt by flying glass.") == {"killed": 1, "wounded": 3}
    # "the second victim" is one of those told
    assert _totals("Two men were shot Sunday on Oak Street. The second victim was listed in stable condition.") == \
        {"killed": 0, "wounded": 2}


def test_the_shot_of_two_sides_are_two_people():
    # the suspect and the officer each told shot: two hurt, as the killed and the wounded of two sides add up
    assert _totals("A man opened fire on officers Saturday night, police said. Officers returned fire and the suspect "
                   "was also shot. One officer was struck in the leg. The suspect was taken to a hospital in critical "
                   "condition.") == {"killed": 0, "wounded": 2}


def test_a_victim_told_by_its_place_within_a_told_count_is_one_of_them():
    assert _totals("Three men were wounded in a shooting Tuesday night. Officers found a man with a gunshot wound to "
                   "the leg. A second man was found a block away with a wound to his arm. A third man later arrived at "
                   "a hospital with a gunshot wound to his back.") == {"killed": 0, "wounded": 3}


def test_the_others_hurt_told_again_are_the_same_others():
    assert _totals("A 19-year-old man was shot and two other people were hurt while running from gunfire at a park on "
                   "Sunday evening, police said. The 19-year-old was hit in the shoulder. Two teenage girls were "
                   "injured when they fell while fleeing, police said.") == {"killed": 0, "wounded": 3}


def test_the_gunman_who_killed_himself_after_the_dead_he_left_is_one_more():
    assert _totals("Two people died and one was wounded after a man opened fire at a family gathering Sunday. The "
                   "gunman, 41, then killed himself.") == {"killed": 3, "wounded": 1}
    # a murder-suicide's count holds him
    assert _totals("Two people are dead in what police called a murder-suicide Sunday. Investigators said the suspect "
                   "shot his girlfriend and then killed himself.") == {"killed": 2, "wounded": 0}
    assert _totals("Two dead in apparent murder-suicide. Police said a man shot his wife Sunday. The shooter then "
                   "turned the gun on himself.") == {"killed": 2, "wounded": 0}


def test_another_or_someone_also_hurt_is_one_more():
    assert _totals("One person was shot and another was hurt by shattered glass during a drive-by shooting Saturday "
                   "night.") == {"killed": 0, "wounded": 2}
    # the one told, hurt as well
    assert _totals("A man was shot in the chest Saturday night. The man was also stabbed, police said.") == \
        {"killed": 0, "wounded": 1}
    # another shot in a later sentence, after dead told by a count: besides them, alive
    assert _totals("One man was killed in a shooting in Joliet on Friday night, police said. Another man was shot in the "
                   "leg and is expected to survive.") == {"killed": 1, "wounded": 1}
    assert _totals("One man was killed in a shooting on Friday night. A second man was shot in the hand.") == \
        {"killed": 1, "wounded": 1}
    # the one more told again in each paragraph (title, lead, body) is the same one
    assert _totals("One dead, another injured in shooting\n\nOne person died and another victim was hit in a shooting "
                   "on Christmas night, police said.\n\nA 33-year-old man was pronounced dead at the hospital. Another "
                   "victim was shot in the back and was listed in serious condition.") == {"killed": 1, "wounded": 1}
    assert _totals("Woman killed, another person wounded\n\nA woman was killed and another person was wounded in a "
                   "shooting Friday night, police said.\n\nAnother person was wounded in the shooting and was taken to "
                   "a hospital.") == {"killed": 1, "wounded": 1}
    # ... not one after another, the later in a paragraph of its own: three
    assert _totals("A man was shot in the leg in Macon on Friday night. Another man was shot in the arm.\n\nAnother man was "
                   "grazed on the hand, police said.") == {"killed": 0, "wounded": 3}
    # ... not another man arrested, nor another shooting's hurt
    assert _totals("One man was killed in a shooting on Friday night. Another man was arrested.") == \
        {"killed": 1, "wounded": 0}


def test_two_told_by_their_ages_are_two_people():
    # the killed clause's "and a 17" is no object of a passive verb; a 17-year-old is not the 19-year-old
    assert _totals("Police say a 19-year-old was killed and a 17-year-old was injured in a shooting Saturday night. "
                   "The 17-year-old is in stable condition.") == {"killed": 1, "wounded": 1}
    assert _totals("A 19-year-old was shot Saturday. He died at the hospital.") == {"killed": 1, "wounded": 0}
    assert _totals("A 19-year-old was shot Saturday. The 19-year-old died at the hospital.") == \
        {"killed": 1, "wounded": 0}


# From test_extraction_latam.py: Organised armed violence in Latin America and the Caribbean: cartels, gangs,
# guerrillas and their acts.

def test_a_faction_is_one_party_with_the_group_it_belongs_to():
    ev = only_event("Four soldiers were killed on Friday in an ambush by dissidents of the former FARC belonging to the "
                    "Segunda Marquetalia.", MON)
    assert (ev.sub_event_type, ev.actor1["name"], ev.actor2["inter"]) == ("Armed clash", "FARC Dissidents", 1)
    # (a title that names the group, a body that names its faction: one event, the faction's)
    text = report_text("FARC dissidents kidnap five farmers", "Members of the Segunda Marquetalia kidnapped five "
                       "farmers on Tuesday.")
    [ev] = extract_events(text, published_at=MON, toponyms=[], locations=[])
    assert ev.actor1["name"] == "FARC Dissidents: Segunda Marquetalia"


# From test_extraction_latam2.py: Latin America and the Caribbean, second round: the maras, Haiti's police and the
# Kenyan-led mission, and where a wire report's act happened when its dateline is the capital it was filed from.

def test_a_force_s_killing_of_a_named_group_s_men_told_apart_is_a_clash():
    evs = helpers.report_events("Brazil police raid on Rio gang kills 64, deadliest operation in city's history\n\nRIO DE JANEIRO, Oct 28 "
                "(Reuters) - At least 64 people were killed, including four police officers, in a massive police operation "
                "against the Comando Vermelho drug gang in Rio de Janeiro on Tuesday, authorities said.\n\nSome 2,500 "
                "police took part in the raid, which came under fire from gang members using drones to drop explosives. "
                "Police said 81 suspects were arrested and nine officers were wounded.", published="2025-10-29", geoparser=helpers.GEOPARSER)
    assert [(e["sub_event_type"], e["actor2"]["name"]) for e in evs] == [("Armed clash", "CV: Red Command")]


# From test_extraction_launches.py: Missile, rocket and drone launches and their interception: where they fell, who
# fired them, tests and tallies.

def test_a_launch_told_with_its_interception_is_one_interception():
    [ev] = helpers.events("Four rockets were launched at the town of Sderot on Monday, and all were intercepted, the army said.", published=helpers.MON_2025_03_03)
    assert ev.sub_event_type == "Disrupted weapons use"


# From test_extraction_merging.py: One incident, one event: a toll of none told after the act, a death in custody and
# the arrest before it, a force that kills the men of the attack just told; and what stays apart (another day's
# operation, a strike in response).

def test_a_death_in_custody_and_its_arrest_are_one_event():
    assert codings("A man died in police custody on Sunday, two days after he was arrested over a theft.") == [
        ("Attack", "Police Forces", "Civilians", 1)]
    assert codings("Police arrested a teenager on Monday. He died in custody hours later, his relatives said.") == [
        ("Attack", "Police Forces", "Civilians", 1)]
    assert [c[:2] for c in codings("A detainee died at a police station on Friday, hours after officers arrested him.")] == [
        ("Attack", "Police Forces")]
    # (an arrest with no death in custody stays an arrest)
    assert [c[0] for c in codings("Police arrested five suspects on Monday.")] == ["Arrests"]


# From test_extraction_perplace.py: An act told with its toll place by place is one event per place (ACLED codes one
# event per location).

def test_a_toll_counted_place_by_place_is_one_event_per_place():
    text = "Russian missiles struck several cities overnight, killing three people in Kharkiv and two in Odesa."
    evs = events(text, [("Kharkiv", KHARKIV, 0), ("Odesa", ODESA, 0)])
    assert by_place(evs) == [("Kharkiv", 3, None), ("Odesa", 2, None)]
    assert {ev.event_type for ev in evs} == {"Explosions/Remote violence"} and len({ev.date_start for ev in evs}) == 1
    assert {ev.actor1["name"] for ev in evs} == {"Military Forces of Russia"}
    # each event's evidence: its own count and its own place
    assert [text[ev.evidence["killed"]["start"]:ev.evidence["killed"]["end"]] for ev in evs] == ["killing three people", "two"]
    assert [text[ev.evidence["location"]["start"]:ev.evidence["location"]["end"]] for ev in evs] == ["Kharkiv", "Odesa"]


def test_a_toll_told_once_for_several_places_or_one_place_stays_one_event():
    evs = events("Russian missile strikes killed 11 people in Kharkiv and Odesa on Wednesday.",
                 [("Kharkiv", KHARKIV, 0), ("Odesa", ODESA, 0)])
    assert by_place(evs) == [("Kharkiv", 11, None)]
    evs = events("A Russian missile strike killed three people in a village in Kharkiv region on Thursday.",
                 [("Kharkiv region", KHARKIV_OBLAST, 0)])
    assert by_place(evs) == [("Kharkivska oblast", 3, None)]
    evs = events("Russian forces killed two soldiers in Kharkiv and wounded four on Friday.", [("Kharkiv", KHARKIV, 0)])
    assert by_place(evs) == [("Kharkiv", 2, 4)]
    # (a region and a town in it: no two places apart)
    evs = events("Russian shelling killed four people in Kharkiv Oblast and two in Kharkiv on Monday.",
                 [("Kharkiv Oblast", KHARKIV_OBLAST, 0), ("Kharkiv", KHARKIV, 1)])
    assert len(evs) == 1 and evs[0].killed["best"] == 6


# From test_extraction_strategic.py: ACLED's strategic developments and less common kinds: agreements, bases, a
# group's changes, territory handed over, weapons seized; with no act told, no event.

def test_a_merger_or_a_split_is_a_change_to_the_group():
    assert helpers.codings("Two militant factions merged with the TTP on Sunday, the group said.", published=helpers.TUE_2024_06_11, fields="sub_event_type") == ["Change to group/activity"]
    assert helpers.codings("A faction of the Fano militia broke away from the movement on Wednesday.", published=helpers.TUE_2024_06_11) == [
        ("Change to group/activity", "Fano Militia", None)]


# From test_extraction_subtypes.py: ACLED sub-event types told apart from their neighbours: fire on a crowd named with
# a word before it, an act still to come when another happened, men a crowd only takes for kidnappers, munitions
# listed in a seized cache.

def test_an_act_named_by_the_men_told_before_is_told_again():
    # "the rebels' offensive": the rebels' act, named again (as "their offensive" is), though the sentence is dated
    assert [sub for sub, _, _ in coded(
        "Rwanda's government on Tuesday dismissed a report by UN experts on its support for M23 rebels. The report, seen "
        "by Reuters last week, said 3,000 Rwandan soldiers were deployed in North Kivu during the rebels' offensive on "
        "Goma in January.")] == []


def test_an_agreement_told_in_the_passive_and_a_merger_announced():
    assert [sub for sub, _, _ in coded("A ceasefire was signed between the government and the rebels in Doha on "
                                       "Tuesday.")] == ["Agreement"]
    assert [sub for sub, _, _ in coded("A peace deal was reached on Tuesday after two weeks of talks.")] == ["Agreement"]
    assert [sub for sub, _, _ in coded("Two armed groups announced a merger on Tuesday.")] == [
        "Change to group/activity"]


# From test_extraction_summaries.py: Reports that sum up several acts: a total broken down place by place, follow-on
# acts with no doer of their own, interceptions with no interceptor named, aggregates that are no single event.

def test_a_total_broken_down_place_by_place_after_a_colon_is_one_event_a_place():
    text = "Russian strikes killed five civilians in Kharkiv Oblast on Monday: three in Kupiansk and two in Izium."
    evs = events(text, [("Kupiansk", KUPIANSK, 0), ("Izium", IZIUM, 0)])
    assert by_place(evs) == [("Kupiansk", 3, None), ("Izium", 2, None)]
    # (a comma too, and three parts; the total is no part's toll)
    text = "Russian drones killed six people overnight, three in Kharkiv, two in Odesa and one in Sumy, officials said."
    evs = events(text, [("Kharkiv", KHARKIV, 0), ("Odesa", ODESA, 0), ("Sumy", SUMY, 0)])
    assert by_place(evs) == [("Kharkiv", 3, None), ("Odesa", 2, None), ("Sumy", 1, None)]


def test_more_hurt_at_a_place_of_their_own_are_the_same_doer_s_act_there():
    text = "A Ukrainian drone struck a minibus in Shebekino on Sunday, killing the driver. Three more people were " \
           "wounded in the village of Novaya Tavolzhanka, the governor said."
    evs = events(text, [("Shebekino", SHEBEKINO, 0), ("Novaya Tavolzhanka", TAVOLZHANKA, 0)])
    assert by_place(evs) == [("Shebekino", 1, None), ("Novaya Tavolzhanka", None, 3)]
    assert [(ev.actor1["name"], ev.sub_event_type) for ev in evs] == [("Military Forces of Ukraine", "Air/drone strike")] * 2
    # (the act's own place told first, the later sentence's village no scene of the strike)
    text = "Russian shelling killed two people in Kharkiv on Monday. Two more civilians were wounded in the town of Chuhuiv."
    evs = events(text, [("Kharkiv", KHARKIV, 0), ("Chuhuiv", CHUHUIV, 0)])
    assert by_place(evs) == [("Kharkiv", 2, None), ("Chuhuiv", None, 2)]
    assert evs[1].actor1["name"] == "Military Forces of Russia"


# From test_extraction_tolls2.py: Who was killed by whom in conflict copy: later deaths among the wounded, doers told
# or inferred, the sides' dead.

def test_the_wounded_who_died_told_again_in_a_title_are_counted_once():
    [ev] = helpers.events("Two of the injured die after rebel raid\n\nRebels raided the village on Tuesday, killing four and "
                  "injuring ten, residents said. Two of the injured have since died.", published=helpers.THU_2025_03_13)
    assert (ev.killed["best"], ev.wounded["best"]) == (6, 8)


def test_the_wounded_who_died_told_twice_beside_a_smaller_toll_are_added_once():
    [ev] = helpers.events("Four of the wounded died after mortar attack\n\nA mortar round killed a soldier and wounded 12 people at a "
                  "market on Tuesday. Four of the wounded later died, doctors said.", published=helpers.THU_2025_03_13)
    assert (ev.killed["best"], ev.wounded["best"]) == (5, 8)


# From test_extraction_tolls3.py: Casualty phrasing in wire and local conflict copy: victims listed with their kin and
# companions, families, and counts told in other shapes.

def test_one_dead_and_another_hurt_are_two_people():
    [ev] = helpers.events("One man died and another was injured when gunmen fired on a minibus near the market on Friday.", published=helpers.THU_2025_03_13)
    assert (ev.killed["best"], ev.wounded["best"]) == (1, 1)


# From test_extraction_ukraine2.py: The Russia-Ukraine war as wire and local copy tells it day by day (round
# ukraine2).

def test_a_group_killed_after_its_count_is_not_counted_twice():
    [ev] = extract_events("Suspected Maoists killed a villager and his son on Monday night. Armed cadres dragged the two "
                          "men out before killing them with sharp weapons.", published_at=FRI, toponyms=[], locations=[])
    assert ev.killed["best"] == 2


# From test_extraction_uslocal.py: US local shooting news (the copy the Gun Violence Archive codes): tolls told the
# way local outlets tell them.

def test_shot_where_or_how_often_and_killed_is_one_dead():
    # "killed" after where the bullets struck is the victim's fate, as "died" is (not an act of theirs: "and killed
    # his attacker" has an object)
    for text in ("A 23-year-old man was shot in the head and killed on Saturday night.",
                 "John Smith, 23, was shot multiple times and killed on Saturday."):
        assert helpers.totals(text, published="2024-03-04") == {"killed": 1, "wounded": 0}, text
    # the fate of another, told after the one shot
    assert helpers.totals("Officers found a man who had been shot twice and a dog that had been shot and killed, police "
                   "said.", published="2024-03-04") == {"killed": 0, "wounded": 1}


def test_a_state_force_s_reprisal_on_a_day_of_its_own_is_another_incident():
    # the attack on the checkpoint (Monday) and the operation that killed the attackers (Tuesday): two events, each
    # with its own dead and day
    text = ("Militants attacked a police checkpoint in the district on Monday night, killing two policemen, officials "
            "said. Security forces launched an operation in the area on Tuesday and killed four militants involved in "
            "the attack.")
    evs = helpers.events(text, dt.date(2024, 7, 16))
    assert [(e.sub_event_type, e.killed["best"], e.date_start) for e in evs] == [
        ("Armed clash", 2, "2024-07-15"), ("Armed clash", 4, "2024-07-16")]
    # ... while the fight's own dead, told with no day of their own, are the attack's
    text = ("Militants attacked a police checkpoint in the district on Monday night, killing two policemen. Security "
            "forces returned fire and killed four militants.")
    assert [e.killed["best"] for e in helpers.events(text, dt.date(2024, 7, 16))] == [6]


def test_the_attacked_side_s_account_of_repelling_the_attack_is_the_attack():
    # "The army said its troops repelled the attack ...": the same fight told by the other side, one event
    text = ("Gunmen attacked an army outpost near the village on Friday night, burning a truck, residents said. The army "
            "said its soldiers had repelled the attack after a long gunfight, killing five assailants.")
    evs = helpers.events(text, dt.date(2024, 5, 13))
    assert len(evs) == 1, [(e.sub_event_type, e.actor1 and e.actor1["name"]) for e in evs]
    text = ("Russian forces attacked Ukrainian positions near the village on Monday with armoured vehicles, the General "
            "Staff said. Ukrainian troops repelled the assault and destroyed three tanks, it said.")
    assert len(helpers.events(text, dt.date(2024, 11, 26))) == 1
    # (and the fight's dead, told as those who died in the fighting)
    text = ("Militants stormed a police station in the district on Wednesday, using a car bomb at the gate, officials "
            "said. The police said officers fought off the attackers, killing six of them. Three policemen died in the "
            "fighting.")
    assert len(helpers.events(text, dt.date(2025, 2, 20))) == 1


def test_a_retreat_or_flight_told_with_where_it_went_is_how_the_act_ended():
    # ACLED codes no withdrawal or flight of its own where no ground changes hands: the attack's end
    for text in ("Gunmen killed seven villagers on Sunday, a local official said. They withdrew toward the border.",
                 "Rebels killed nine civilians in an attack on a village on Monday night. Survivors fled toward the "
                 "town, where the army has a base.",
                 "Insurgents attacked the town on Friday and fought with troops for hours. The insurgents withdrew "
                 "into the forest at nightfall."):
        assert len(helpers.events(text, dt.date(2024, 6, 11))) == 1, text
    # ... but a force that gives up a place is a transfer of its own
    text = ("Rebels shelled the town on Monday, killing two civilians. On Wednesday the army withdrew from the town "
            "toward the river.")
    assert [e.sub_event_type for e in helpers.events(text, dt.date(2024, 6, 13))][-1] == "Non-violent transfer of territory"
    # ... also where another clause of its sentence tells a day of its own: that day is the other clause's
    for text in ("Militants attacked a police station late on Sunday, killing two policemen. The attackers fled toward "
                 "the mountains, and police were deployed across the district on Monday.",
                 "Militiamen clashed with soldiers outside the city on Thursday. More troops were deployed to the city "
                 "on Friday and the militiamen withdrew toward the countryside.",
                 "Militants attacked an army base on Tuesday, killing seven soldiers. The militants withdrew toward the "
                 "forest, and reinforcements arrived on Wednesday."):
        assert len(helpers.events(text, dt.date(2024, 12, 3))) == 1, text


def test_a_crime_s_flight_is_how_the_shooting_or_the_robbery_ended_never_an_event_of_its_own():
    # "the suspects fled on foot", "fled in a black sedan": the doers' flight, wherever it went, is part of the act
    # told before it (merged, its type, day and place unchanged), no Change to group/activity beside it
    for text, kind in (("A man fired several shots at a group of people outside a bar on Saturday night, wounding two. "
                        "Shortly after, the man fled the location on foot, police said.", "Attack"),
                       ("A man robbed a gas station at gunpoint on Tuesday night, police said. No one was hurt. The "
                        "suspect fled on foot with an undisclosed amount of cash.", "Looting/property destruction"),
                       ("Two armed men robbed a jewelry store on Saturday afternoon. The robbers fled in a black sedan, "
                        "police said.", "Looting/property destruction")):
        assert [e.sub_event_type for e in helpers.events(text, dt.date(2024, 3, 6))] == [kind], text


def test_the_fighting_told_after_an_attack_whose_men_were_killed_is_that_attacks():
    # the attackers' dead make the attack a fight: "the fighting" names it again, and its dead are added
    text = "Gunmen attacked a checkpoint on Friday. 20 attackers were killed, the army said. Four soldiers died in the fighting."
    assert only_event(text, MON).killed["best"] == 24
    # a later summary of everyone still wins
    assert only_event(text + " In all, 30 people were killed.", MON).killed["best"] == 30


def test_shops_vandalised_in_a_riot_are_the_riot_s_damage():
    # ACLED codes a riot once, what its crowd wrecked inside it (with no toll of the riot's own)
    text = ("Youths threw stones at riot police in the city centre on Saturday after the arrest of an opposition "
            "leader. Police fired tear gas to disperse them. Several shops were vandalised, police said.")
    assert [(e.event_type, e.sub_event_type) for e in helpers.events(text, dt.date(2024, 1, 14))] == \
        [("Riots", "Violent demonstration")]
    # ... but not on a day of its own
    text = ("Youths threw stones at riot police in the city centre on Saturday. On Tuesday, several shops were "
            "vandalised in the town, police said.")
    assert [e.event_type for e in helpers.events(text, dt.date(2024, 1, 18))] == ["Riots", "Strategic developments"]


def test_a_side_s_fire_and_the_arms_another_force_found_are_the_fight_s():
    # fire with no target or toll by a side of the fight told is the fight again, no attack of its own
    text = ("Two suspected militants were killed in an exchange of fire with police at a checkpoint on Monday, police "
            "said. Police stopped their vehicle and the men inside opened fire.")
    assert [e.sub_event_type for e in helpers.events(text, dt.date(2024, 9, 10))] == ["Armed clash"]
    # the state's forces of one operation under two names: the weapons found are the fight's, no seizure of their own
    text = ("Security forces shot dead two gunmen who attacked a checkpoint on Monday. Police stopped their car and "
            "found weapons and grenades inside.")
    assert [e.sub_event_type for e in helpers.events(text, dt.date(2024, 9, 10))] == ["Armed clash"]
    # ... but not a seizure on a day of its own
    text = "Soldiers killed three rebels in a clash on Sunday. On Tuesday, police seized a cache of rifles in the town."
    assert [e.sub_event_type for e in helpers.events(text, dt.date(2024, 9, 10))] == \
        ["Armed clash", "Disrupted weapons use"]


def test_homes_burned_and_cattle_stolen_by_the_attackers_are_the_attack():
    # ACLED codes one incident by its most severe act: the destruction the attackers did there is part of it
    for text in ("Gunmen killed 12 villagers in an attack on a community on Sunday evening, residents said. They also "
                 "burned several homes and stole dozens of cattle before leaving towards the forest.",
                 "Militants stormed a village on Thursday, killed five people and abducted ten others. The hostages "
                 "were taken towards the bush on motorbikes, and shops were looted."):
        assert [e.event_type for e in helpers.events(text, dt.date(2024, 9, 16))] == ["Violence against civilians"], text
    # ... but not another party's, nor on a day of its own
    text = "Gunmen killed three villagers on Sunday. On Wednesday, protesters looted shops in the town."
    assert len(helpers.events(text, dt.date(2024, 9, 16))) == 2
    # ... and an attack with no victims is the destruction itself
    text = ("Police are investigating a suspected arson attack on a building in the town. Unknown people broke into "
            "the empty former hotel during the night to Saturday and set fire to the ground floor. No one was injured.")
    assert "Looting/property destruction" in [e.sub_event_type for e in helpers.events(text, dt.date(2024, 6, 9))]


def test_rockets_intercepted_but_for_one_that_hit_a_home_are_the_launcher_s_strike():
    # harm the interception's own sentence tells: the barrage hit, its interceptions a part of it
    text = ("Hezbollah fired about 30 rockets at northern Israel on Wednesday, the army said. The army said its air "
            "defences intercepted most of the rockets, but one struck a home in the town, lightly injuring a woman.")
    assert [(e.sub_event_type, e.actor1["name"], e.wounded["best"]) for e in helpers.events(text, dt.date(2024, 7, 4))] == [
        ("Shelling/artillery/missile attack", "Hezbollah", 1)]


def test_unnamed_attackers_a_later_sentence_ties_to_a_group_are_that_group_s_one_attack():
    # "The attackers, believed to belong to the al Qaeda-linked JNIM, ...": the same men, no fight between them
    text = ("Militants stormed a village on Thursday, killed five people and abducted ten others, local sources said. "
            "The attackers, believed to belong to the al Qaeda-linked JNIM, rounded up men at the weekly market before "
            "shooting five of them, a local official said.")
    assert [(e.sub_event_type, e.actor1["name"], e.killed["best"]) for e in helpers.events(text, dt.date(2024, 2, 9))] == [
        ("Attack", "JNIM: Jama'at Nusrat al-Islam wal-Muslimin", 5)]
    # ... not a group a sentence names alone, the men unnamed
    text = ("Unknown gunmen shot dead a former army officer in the city on Wednesday evening, local sources said. "
            "Taliban officials have not commented on the killing.")
    assert [e.actor1["name"] for e in helpers.events(text, dt.date(2025, 5, 8))] == ["Unidentified Armed Group"]


def test_drones_intercepted_beside_the_drone_attack_that_killed_are_part_of_it():
    # the wave's weapons of that kind that got through did harm: one strike, no interception of its own
    text = ("Ukraine launched a drone attack on the region overnight, the ministry said on Saturday. Air defence systems "
            "destroyed 25 Ukrainian drones, the ministry said. A drone hit a car on the outskirts of the city, killing "
            "the driver.")
    assert [(e.sub_event_type, e.killed["best"]) for e in helpers.events(text, dt.date(2024, 12, 14))] == [
        ("Air/drone strike", 1)]
    # ... but not those brought down over a scene of their own
    moscow_oblast = Place(524925, "Moscow Oblast", 55.75, 37.62, "A", "ADM1", "RU", "47", 7000000)
    ryazan = Place(500096, "Ryazan", 54.63, 39.70, "P", "PPL", "RU", "62", 520000)
    text = ("Ukrainian drones struck an oil refinery in Ryazan early on Tuesday, injuring one worker, the governor "
            "said. The ministry said 337 Ukrainian drones had been destroyed overnight, including 91 over the Moscow "
            "region.")
    evs = helpers.events_at_places(text, [("Ryazan", ryazan), ("Moscow", moscow_oblast)], published=dt.date(2025, 3, 11),
                                   area_precision=4)
    assert sorted(e.sub_event_type for e in evs) == ["Air/drone strike", "Disrupted weapons use"]
    # ... but weapons of another kind are an interception of their own
    text = ("Russian forces launched a missile attack on the city on Sunday, killing three people. Ukraine's air force "
            "said it had shot down 12 drones overnight.")
    assert len(helpers.events(text, dt.date(2025, 3, 3))) == 2


def test_an_armed_group_s_or_a_mob_s_act_days_after_the_report_s_first_is_no_recollection_its_dead_counted():
    def killed(text):
        return [(e["sub_event_type"], (e["killed"] or {}).get("best"))
                for e in helpers.report_events(text, helpers.GEOPARSER, "2024-05-22")]
    assert killed("JOS, Nigeria (Vanguard) - Gunmen killed nine people in an attack on a village in Bokkos local "
                  "government area of Plateau State on Sunday night, community leaders said.\n\nOn Tuesday, a mob of "
                  "youths killed two herders in Barkin Ladi, about 30 kilometres away.") == \
        [("Attack", 9), ("Mob violence", 2)]
    assert killed("PEMBA, Mozambique (Lusa) - Insurgents killed three people in Macomia district on Sunday, local "
                  "sources said. On Tuesday, insurgents killed two fishermen near Mocimboa da Praia.") == \
        [("Attack", 3), ("Attack", 2)]


def test_the_other_side_s_account_of_the_fight_is_the_same_clash():
    # ("Islamic Jihad said its fighters had clashed with Israeli troops": the gunmen's side telling the raid's fight)
    text = ("Israeli forces killed three gunmen in Jenin on Tuesday, the military said. Islamic Jihad said its fighters had "
            "clashed with Israeli troops.")
    assert [(e.sub_event_type, e.killed["best"]) for e in helpers.events(text, dt.date(2024, 1, 9))] == [("Armed clash", 3)]


def test_a_death_told_last_week_in_a_report_of_the_day_s_protest_is_a_recollection():
    # ("Mahsa Amini, 22, died last week": the protests' cause, days before them, none of the day's dead)
    text = ("Iranian police fired tear gas and beat demonstrators with batons in central Tehran on Wednesday, witnesses "
            "said. Mahsa Amini, 22, died last week after being arrested by the morality police.")
    assert [e.killed["best"] for e in helpers.events(text, dt.date(2022, 9, 21))] == [0]  # (a protest's: none told)
    # ... but not a month so far, which may hold the day ("shot a teenager earlier this month": the report's act)
    text = ("Police arrested a man on Wednesday and charged him in the shooting of a teenager earlier this month. The "
            "16-year-old was shot in the thigh and survived.")
    assert [(e.wounded or {}).get("best") for e in helpers.events(text, dt.date(2014, 1, 22))] == [1]


def test_a_state_force_s_rescue_days_after_an_abduction_is_no_recollection_its_dead_counted():
    # (the rescue's fight is an act of its own, as a war's next act is; its dead are the kidnappers it killed)
    evs = helpers.report_events("KADUNA, Nigeria (Daily Trust) - Gunmen abducted nine passengers from a bus near Kachia "
                                "on Sunday, police said.\n\nOn Wednesday, soldiers rescued the passengers in a forest near "
                                "Kajuru after a gun battle in which three of the kidnappers were killed.",
                                helpers.GEOPARSER, "2025-06-12")
    assert [(e["sub_event_type"], (e["killed"] or {}).get("best")) for e in evs] == \
        [("Abduction/forced disappearance", None), ("Armed clash", 3)]


@pytest.mark.parametrize("found", [
    "The bodies of four more people were found in nearby shops on Monday, bringing to 11 the number "
    "killed in the attack, an official said.",
    "On Monday, residents found the bodies of four more people in nearby fields and the death toll rose to 11.",
])
def test_more_dead_found_days_after_an_attack_raise_its_toll_and_are_no_attack_of_their_own(found):
    text = ("Gunmen on motorcycles attacked a village market in Zamfara State on Saturday, killing seven people, "
            "police said. Fifteen others were wounded. " + found)
    [event] = extract_events(text, published_at=dt.date(2025, 4, 14), toponyms=[], locations=[])
    assert (event.killed["best"], event.wounded["best"]) == (11, 15)


def test_an_air_force_s_tally_of_the_attack_is_that_strike_not_a_launch_from_its_country():
    # "Russia launched ... in the attack": the tally of the strike told (its definite noun, no party, toll or scene of its
    # own), and the country that launched is no scene
    text = ("KYIV, Ukraine (AP) - Russian missiles struck a hospital in Zaporizhzhia overnight, killing five people and "
            "wounding 20, the regional governor said on Friday. Ukraine's air force said Russia launched 150 drones and 12 "
            "missiles in the attack, of which 130 drones and nine missiles were shot down.")
    evs = helpers.report_events(text, helpers.GEOPARSER, "2025-06-13")
    assert [(e["sub_event_type"], e["location"]["name"], e["killed"]["best"]) for e in evs] == [
        ("Shelling/artillery/missile attack", "Zaporizhzhya", 5)]


def test_the_arrests_a_raid_s_fight_made_are_that_fight_not_arrests_of_their_own():
    # "Those arrested included ...": the men the fighting force took in the raid, on its day
    text = ("Troops raided a kidnappers' camp in a forest near Birnin Gwari on Wednesday, killing three gunmen and arresting "
            "four others after a gunfight, the army said. Those arrested included a suspected informant, a spokesman said.")
    evs = helpers.report_events(text, helpers.GEOPARSER, "2025-06-13")
    assert [(e["sub_event_type"], e["killed"]["best"]) for e in evs] == [("Armed clash", 3)]
    # ... not arrests made days after the fight, nor a new man's arrest
    text = ("Police exchanged fire with robbers at a bank in the city on Monday, killing one of them. On Thursday, officers "
            "arrested two suspected accomplices.")
    evs = helpers.report_events(text, helpers.GEOPARSER, "2025-06-13")
    assert sorted(e["sub_event_type"] for e in evs) == ["Armed clash", "Arrests"]
    text = ("Police exchanged fire with robbers at a bank in the city on Monday, killing one of them. A teenager who "
            "stole a car nearby was arrested on Monday.")
    evs = helpers.report_events(text, helpers.GEOPARSER, "2025-06-13")
    assert sorted(e["sub_event_type"] for e in evs) == ["Armed clash", "Arrests"]


# Reports that are lists of incidents, one to a line with its stamp (a timeline's day, a live blog's time, a blotter's
# time or label): each item an incident of its own, none of its words (kind, doer, toll, day) its neighbour's

def test_a_timeline_s_items_are_incidents_of_their_own_none_taking_the_kind_or_doer_of_the_item_before():
    text = ("Timeline: the battle for El Fasher\n\n"
            "May 12 - Sudanese army airstrikes hit RSF positions east of the city, killing at least 14 fighters, according "
            "to a military statement.\n\n"
            "May 15 - Fighting in the city's south killed at least 27 people, MSF said.\n\n"
            "May 16 - RSF shelling struck a displacement camp north of El Fasher, killing eight civilians.")
    evs = helpers.report_events(text, helpers.GEOPARSER, "2025-05-17")
    assert [(e["sub_event_type"], (e["actor1"] or {}).get("name"), e["killed"]["best"], e["date_start"]) for e in evs][:2] == [
        ("Air/drone strike", "Military Forces of Sudan", 14, "2025-05-12"), ("Armed clash", None, 27, "2025-05-15")]


def test_a_blotter_s_items_in_one_city_are_incidents_of_their_own_and_its_drunk_driving_arrest_is_none():
    text = ("Police blotter\n\n"
            "ASSAULT - A 24-year-old man was shot in the leg at 1:12 a.m. Saturday in the 1500 block of Dorr Street in "
            "Toledo. He was taken to a hospital.\n\n"
            "DWI - A 41-year-old woman was arrested at 3:40 a.m. Saturday on Monroe Street after failing a sobriety test.\n\n"
            "ANIMAL COMPLAINT - A resident reported a barking dog at 7:05 p.m. Saturday on Ontario Street.\n\n"
            "HOMICIDE - A 31-year-old man was found fatally shot at 11:50 p.m. Sunday outside a home on Nebraska Avenue.")
    evs = helpers.report_events(text, helpers.GEOPARSER, "2024-03-11")
    assert [(e["sub_event_type"], (e["killed"] or {}).get("best"), (e["wounded"] or {}).get("best"), e["date_start"])
            for e in evs] == [("Attack", None, 1, "2024-03-09"), ("Attack", 1, None, "2024-03-10")]


def test_a_live_blog_s_time_stamped_items_are_incidents_of_their_own():
    text = ("Live updates\n\n"
            "13:05 - An Israeli airstrike on a school sheltering displaced families in Jabalia killed 15 people, Gaza's "
            "civil defence said.\n\n"
            "13:40 - Israeli tanks shelled the eastern part of Khan Younis, wounding six people, medics said.\n\n"
            "14:10 - The UN secretary-general called again for an immediate ceasefire.")
    evs = helpers.report_events(text, helpers.GEOPARSER, "2024-10-14")
    assert [(e["sub_event_type"], (e["killed"] or {}).get("best"), (e["wounded"] or {}).get("best")) for e in evs] == [
        ("Air/drone strike", 15, None), ("Shelling/artillery/missile attack", None, 6)]


def test_a_line_that_adds_a_list_s_items_up_is_no_incident():
    text = ("Weekly brief\n\n"
            "14 Oct - Militiamen killed 6 civilians near Kaya.\n\n"
            "16 Oct - JNIM fighters ambushed a supply convoy near Djibo, killing 11 soldiers.\n\n"
            "Total this week: 17 killed.")
    evs = helpers.report_events(text, helpers.GEOPARSER, "2024-10-21")
    assert sorted(e["killed"]["best"] for e in evs) == [6, 11]


def test_a_blotter_s_lead_that_names_its_shootings_goes_with_the_first_item_no_incident_of_its_own():
    text = ("Weekend violence\n\n"
            "BALTIMORE - Police investigated several shootings over the weekend.\n\n"
            "FRIDAY: A 22-year-old man was shot multiple times at 9:35 p.m. in the 2700 block of Greenmount Avenue. He died "
            "at a hospital.\n\n"
            "SATURDAY: Officers found a 40-year-old woman with a gunshot wound to the shoulder at 4:10 p.m. in the 1900 "
            "block of West North Avenue. She is in stable condition.")
    evs = helpers.report_events(text, helpers.GEOPARSER, "2024-04-29")
    assert [((e["killed"] or {}).get("best"), (e["wounded"] or {}).get("best"), e["date_start"]) for e in evs] == [
        (1, None, "2024-04-26"), (None, 1, "2024-04-27")]


# A round-up sentence joins incidents each told with its own act, place and day: one event each (ACLED codes one event
# per act, place and day), not one event with the tolls added
_ROUNDUP_FIELDS = ("sub_event_type", "location.name", "killed.best", "wounded.best", "date_start")


def test_a_roundup_sentence_s_incidents_are_events_of_their_own():
    text = ("NAIROBI (AP) - Al Shabaab fighters ambushed a police convoy near Garissa on Saturday, killing four officers, "
            "police said.\n\nIn other violence, a roadside bomb killed two soldiers near Marka on Friday, and gunmen "
            "shot dead a businessman in Galkayo on Thursday, officials said.")
    assert helpers.report_coded(text, _ROUNDUP_FIELDS, helpers.GEOPARSER, SUN_2025_11_16) == [
        ("Armed clash", "Garissa", 4, None, "2025-11-15"),
        ("Remote explosive/landmine/IED", "Marka", 2, None, "2025-11-14"),
        ("Attack", "Gaalkacyo", 1, None, "2025-11-13")]


def test_in_separate_incidents_counts_no_period_in_a_roundup_clause():
    # ("In separate incidents," tells the sentence holds several acts: each clause's toll is its act's)
    text = ("LAHORE, Pakistan (Reuters) - Gunmen killed three policemen at a checkpoint in Kohat on Saturday, officials "
            "said.\n\nIn separate incidents, a grenade wounded five people at a bus stop in Mardan on Friday; gunmen "
            "killed two shopkeepers in Swabi on Thursday, police said.")
    assert [c[2:4] for c in helpers.report_coded(text, _ROUNDUP_FIELDS, helpers.GEOPARSER, SUN_2025_11_16)] == [
        (3, None), (None, 5), (2, None)]


def test_one_act_in_two_places_and_an_act_with_its_consequence_stay_one_event_in_a_roundup():
    text = ("NAIROBI (AP) - Soldiers killed 20 al Shabaab militants in raids on Jilib and Bualle on Thursday, the army "
            "said.\n\nIn other violence, a roadside bomb killed three people and wounded six in Baidoa on Friday, "
            "police said.")
    assert helpers.report_coded(text, ("location.name", "killed.best", "wounded.best"), helpers.GEOPARSER,
                                SUN_2025_11_16) == [("Jilib", 20, None), ("Baidoa", 3, 6)]


def test_a_roundup_sentence_s_incidents_in_one_metro_area_are_apart():
    # (towns a few miles apart: each clause told apart by its own day, not the one scene of one shooting)
    text = ("DETROIT - A 19-year-old man was shot and killed outside a party store in Detroit on Saturday night, police "
            "said.\n\nIn other shootings, a woman was wounded in Pontiac on Friday, and a man was killed in Warren on "
            "Thursday, authorities said.")
    assert [c[1:] for c in helpers.report_coded(text, _ROUNDUP_FIELDS, helpers.GEOPARSER, SUN_2025_11_16)] == [
        ("Detroit", 1, None, "2025-11-15"), ("Pontiac", None, 1, "2025-11-14"), ("Warren", 1, None, "2025-11-13")]


def test_names_of_two_victims_with_their_towns_are_no_two_incidents():
    # ("..., of Newark, and ..., of East Orange, were shot": one act, its victims' homes; no day of each clause)
    text = ("NEWARK, N.J. - Two men were killed in a shooting on Saturday night, police said.\n\nMarcus Reed, 31, of "
            "Newark, and Tyrell Banks, 27, of East Orange, were shot as they sat in a parked car on Clinton Avenue.")
    assert len(helpers.report_events(text, helpers.GEOPARSER, SUN_2025_11_16)) == 1


def test_an_ambush_s_opening_blast_told_with_its_gunfire_is_the_clash():
    # the mines set off before the fighters opened fire are how the ambush began: one armed clash, not a second event
    evs = helpers.events("Members of the People's Defence Force ambushed a military convoy on Saturday morning, killing "
                         "nine soldiers, a spokesperson for the group said. The fighters detonated mines under two "
                         "trucks before opening fire, the spokesperson said.", published=helpers.PUBLISHED)
    assert [(ev.sub_event_type, (ev.killed or {}).get("best")) for ev in evs] == [("Armed clash", 9)]


def test_the_losing_side_s_withdrawal_told_with_a_taking_is_the_same_incident():
    # ("The militants ... withdrew without a fight": how the place was lost, no transfer of its own)
    text = ("Somali government forces recaptured the town of Adan Yabaal from al Shabaab on Tuesday, the defence ministry "
            "said. The militants, who had held the town for six years, withdrew without a fight, residents said.")
    evs = extract_events(text, published_at=dt.date(2022, 12, 6), toponyms=[], locations=[])
    assert [e.sub_event_type for e in evs] == ["Government regains territory"]
    # (a withdrawal of another day stays its own)
    text = "Somali forces recaptured the town from al Shabaab on Tuesday. On Friday, the army withdrew from another town."
    evs = extract_events(text, published_at=dt.date(2022, 12, 6), toponyms=[], locations=[])
    assert sorted(e.sub_event_type for e in evs) == ["Government regains territory", "Non-violent transfer of territory"]


def test_the_act_told_back_as_coming_at_a_time_is_no_act_of_its_own():
    # "The attacks came as Ukrainian troops pressed an incursion ... that began on Aug. 6": the drones' night, no attack
    # of Aug. 6 on Ukraine's troops
    evs = helpers.events("Russian air defences destroyed 30 Ukrainian drones over the Kursk region overnight, the defence "
                         "ministry said on Wednesday. The attacks came as Ukrainian troops pressed an incursion into the "
                         "Kursk region that began on Aug. 6.", published=dt.date(2024, 8, 14))
    assert [(e.sub_event_type, e.date_start) for e in evs] == [("Disrupted weapons use", "2024-08-13")]


def test_the_doer_s_own_word_of_the_strike_told_with_no_scene_of_its_own_is_that_strike():
    # (the village not in the gazetteer: the lead's place is the dateline's, the doer's words' a later sentence's)
    text = ("Israeli strike kills three in south Lebanon\n\nBEIRUT, May 6 (Reuters) - An Israeli air strike hit a house "
            "in the southern Lebanese village of Aitaroun on Monday, killing three Hezbollah fighters, security sources "
            "said. The Israeli military said its aircraft had struck a gathering of Hezbollah fighters in the village. "
            "Hezbollah and Israel have exchanged fire almost daily since October, in parallel with the Gaza war.")
    strikes = [e for e in helpers.report_events(text, helpers.GEOPARSER, "2024-05-06")
               if e["sub_event_type"] == "Air/drone strike"]
    assert [(e["actor1"]["name"], e["killed"]["best"]) for e in strikes] == [("Military Forces of Israel", 3)]


def test_a_sentence_that_opens_hours_later_tells_another_act_at_a_scene_of_its_own():
    # ("Hours later, ... near Melitopol": another strike, whose spatial phrase is no scene of the strike told before)
    text = ("Ukrainian drones struck a fuel depot in the Russian-occupied town of Tokmak early on Tuesday, setting several "
            "tanks on fire, the Russian-installed governor said. He said nobody was hurt in Tokmak. Hours later, Ukrainian "
            "drones had damaged a power substation near Melitopol, cutting electricity to parts of the city, he said.")
    evs = helpers.report_events(text, helpers.GEOPARSER, "2024-05-14")
    assert [(e["sub_event_type"], e["location"]["name"]) for e in evs] == [
        ("Air/drone strike", "Tokmak"), ("Air/drone strike", "Melitopol")]
    # ... but minutes later, the same incident's course goes on
    text = ("A gunman shot a man in the leg on Grady Court on Wednesday afternoon, police said. Minutes later, a second "
            "victim arrived at the hospital with a gunshot wound to the chest, police said.")
    assert len(helpers.report_events(text, helpers.GEOPARSER, "2014-01-29")) == 1


def test_an_act_with_its_own_dead_day_and_town_is_another_incident_however_near():
    # Celaya lies some 40 km from Salamanca: near enough for one scene, but told with a day and dead of its own
    text = ("Gunmen opened fire at a bar in the city of Salamanca in the central state of Guanajuato late on Saturday, "
            "killing eight people and wounding five others, state authorities said. On Friday, gunmen killed four people "
            "at a car wash in the neighbouring city of Celaya, police said.")
    evs = helpers.report_events(text, helpers.GEOPARSER, published="2024-11-11")
    assert [(ev["location"]["name"], ev["killed"]["best"], ev["date_start"]) for ev in evs] == [
        ("Salamanca", 8, "2024-11-09"), ("Celaya", 4, "2024-11-08")]


def test_a_state_doer_s_own_account_of_its_strike_is_the_same_act():
    # the junta's word that "security forces had attacked a gathering of PDF terrorists in the area", after its air strike
    # told with its toll: one act told by both sides, at no scene, day or toll of its own
    text = ("An air strike by Myanmar's military on a village school in Depayin township killed at least 20 people on "
            "Monday, residents said. A spokesman for the junta did not answer calls. State media said on Tuesday that "
            "security forces had attacked a gathering of PDF terrorists in the area.")
    evs = helpers.events(text, dt.date(2025, 3, 11))
    assert [(e.sub_event_type, e.actor1["name"], e.killed["best"]) for e in evs] == [
        ("Air/drone strike", "Military Forces of Myanmar", 20)]
    # (a fight of its own day stays apart)
    text2 = text.replace("in the area.", "in the area. On Sunday, soldiers clashed with PDF fighters in Tabayin.")
    assert len(helpers.events(text2, dt.date(2025, 3, 11))) == 2


def test_a_bare_blast_told_beside_a_missile_strike_is_the_strike_s_impact(geoparser):
    # (no device named, no toll and no scene of its own: the missile's explosion, not a bomb of its own)
    text = ("A cargo ship was hit by a missile in the Red Sea on Monday, wounding one sailor. The crew reported an "
            "explosion near the bridge. A maritime security agency in London said the ship was continuing its voyage.")
    evs = helpers.report_events(text, geoparser, published="2025-02-10")
    assert [(ev["sub_event_type"], ev["location"]["name"]) for ev in evs] == [
        ("Shelling/artillery/missile attack", "Red Sea")]


def test_a_crowd_at_a_town_of_its_own_in_a_sentence_of_its_own_is_another_protest():
    # "In Arequipa, ..." tells a crowd far from the first one's city: another protest, though it names no party
    text = ("Hundreds of nurses marched through Lima on Tuesday to demand higher wages. In Arequipa, dozens more protested "
            "outside the regional hospital.")
    assert helpers.report_coded(text, ("sub_event_type", "location.name"), helpers.GEOPARSER, "2025-06-11") == [
        ("Peaceful protest", "Lima"), ("Peaceful protest", "Arequipa")]


def test_an_act_told_with_also_at_a_place_of_its_own_after_one_in_an_area_is_another_incident():
    # the region holds the town, yet "also" with a town, a day and a toll of its own tells the doers' second act
    text = ("Gunmen killed nine villagers in a raid in Burkina Faso's Est region on Friday, local sources said. They also "
            "attacked a police post in Fada N'gourma on Saturday, killing two officers.")
    assert helpers.report_coded(text, ("killed.best", "date_start", "location.name"), helpers.GEOPARSER,
                                "2025-06-10") == [(9, "2025-06-06", "Est"), (2, "2025-06-07", "Fada N'gourma")]


def test_a_shooting_the_police_are_also_investigating_is_another_incident():
    # "Police are also investigating a shooting ...": a case of its own, told anew with "a", its victims and day its own
    # and no part of the report's main incident
    text = ("A man was shot dead outside a bar in Tampa on Sunday night, police said. Police are also investigating a "
            "shooting on Saturday that left two women wounded near a bus stop.")
    evs = helpers.report_events(text, helpers.GEOPARSER, "2025-04-14")
    assert [((ev["killed"] or {}).get("best"), (ev["wounded"] or {}).get("best"), ev["date_start"]) for ev in evs] == [
        (1, None, "2025-04-13"), (None, 2, "2025-04-12")]
    assert _totals_2025_04_14(text) == {"killed": 1, "wounded": 0}
    # (but the same shooting's investigation goes on: no other incident)
    text2 = text.replace("Police are also investigating a shooting on Saturday that left two women wounded near a bus "
                         "stop.", "Police are also investigating whether the shooting was linked to a robbery.")
    assert len(helpers.report_events(text2, helpers.GEOPARSER, "2025-04-14")) == 1


def test_victims_of_a_shooting_the_police_also_responded_to_are_no_toll_of_the_report_s_own():
    # "Police also responded to a shooting ..., where two teenagers were hurt": the other case's hurt, told with no act
    # of its own, are not added to the killing told before
    text = ("A woman was killed Sunday in Omaha when a man shot into her car, police said. Police also responded to a "
            "shooting Saturday night near a park, where two teenagers were hurt.")
    evs = helpers.report_events(text, helpers.GEOPARSER, "2025-10-06")
    assert [((ev["killed"] or {}).get("best"), (ev["wounded"] or {}).get("best"), ev["date_start"]) for ev in evs][0] == \
        (1, None, "2025-10-05")


@pytest.mark.parametrize("text", [
    "Rebels stormed a police barracks on Thursday and fought officers for several hours, a local official said. Eleven "
    "bodies were found after the clashes, the official said.",
    "Rebels stormed a police barracks on Thursday and fought officers for several hours, a local official said. The "
    "bodies of eleven rebels were left at the gate, the official said.",
])
def test_bodies_found_after_a_fight_are_its_dead(text):
    # (the fight's toll, no attack on civilians of its own by an unknown hand)
    assert helpers.kinds(helpers.events(text, helpers.SAT_2025_03_08)) == [("Armed clash", 11)]


def test_bodies_found_after_the_attack_told_are_its_dead():
    text = ("Gunmen raided a village on Thursday, a local official said. Eleven bodies were "
            "found after the raid, the official said.")
    assert helpers.kinds(helpers.events(text, helpers.SAT_2025_03_08)) == [("Attack", 11)]


def test_bodies_found_another_day_are_an_act_of_their_own():
    text = ("Rebels stormed a police barracks on Thursday and fought officers for several hours, a local official said. "
            "On Saturday the bodies of two traders were found dumped by a road, the official said.")
    assert len(helpers.events(text, helpers.SAT_2025_03_08)) == 2


@pytest.mark.parametrize("text, killed", [
    ("Bandits shot dead six farmers in a raid on a hamlet on Thursday, a local official said. One of the bandits was "
     "also killed when residents fought back, the official said.", 7),
    ("Bandits shot dead six farmers in a raid on a hamlet on Thursday, a local official said. Three of the attackers "
     "died when the farmers fought back with machetes.", 9),
    ("Bandits shot dead six farmers in a raid on a hamlet on Thursday, a local official said. Residents fought back and "
     "killed two of the bandits.", 8),
])
def test_attackers_killed_when_the_attacked_fought_back_are_the_attack_s_dead(text, killed):
    # (no clash or mob violence of its own: the attack's resistance, its dead the attackers', the doer's side)
    [ev] = helpers.events(text, helpers.SAT_2025_03_08)
    assert (ev.sub_event_type, ev.killed["best"], ev.actor2["name"]) == ("Attack", killed, "Civilians")
    assert ev.killed["side_a"] == killed - 6


def test_men_a_force_arrests_right_after_its_raid_s_fight_with_no_day_of_their_own_are_the_raid_s():
    evs = helpers.events("Police killed eight suspects in a gunfight during a raid on a gang's stronghold on Tuesday. "
                         "Police arrested 12 people and seized nine rifles.", helpers.MON_2025_03_10)
    assert [e.sub_event_type for e in evs] == ["Armed clash"]
    # (not those arrested on a day of their own)
    evs = helpers.events("Police killed eight suspects in a gunfight during a raid on a gang's stronghold on Tuesday. "
                         "On Friday police arrested 12 people in a second operation.", helpers.MON_2025_03_10)
    assert [e.sub_event_type for e in evs] == ["Armed clash", "Arrests"]


# From the levant round: strikes at two towns, each with its own dead, told in one report: two strikes, however near
# the towns lie; a toll told again at a second town (the same count) stays one strike.

def test_strikes_at_two_towns_each_with_its_dead_are_two_events():
    text = ("An air strike on a house in Bureij killed six people on Sunday, medics said. In Beit Lahia, a drone "
            "strike on a car killed two men, the civil defence said.")
    evs = helpers.report_events(text, helpers.GEOPARSER, "2025-03-03")
    assert sorted(((e["location"] or {}).get("name"), e["killed"]["best"]) for e in evs) == \
        [("Al Burayj", 6), ("Bayt Lāhyā", 2)]


def test_a_strike_s_toll_told_again_with_another_town_stays_one_event():
    text = ("An air strike on a house in Bureij killed six people on Sunday, medics said. The six were taken to a "
            "hospital in Deir al-Balah, where six bodies were counted, medics said.")
    evs = helpers.report_events(text, helpers.GEOPARSER, "2025-03-03")
    assert [e["killed"]["best"] for e in evs] == [6]


# ... and a title's "as" before a second act's weapon joins two acts, each a clause of its own

def test_a_title_s_as_before_a_second_act_s_weapon_splits_it():
    from extraction.events import _headline_clauses, _title_end
    from extraction.sentences import sentence_spans
    text = "Air strike kills four in Deir al-Balah as rockets hit Ashkelon\n\nThe strike hit a house on Sunday."
    clauses = _headline_clauses(text, sentence_spans(text), _title_end(text))
    assert [text[s:e] for s, e in clauses[:2]] == ["Air strike kills four in Deir al-Balah", "rockets hit Ashkelon"]
    # (an "as" with no second act's weapon after it stays in its title)
    text = "Air strike kills four in Deir al-Balah as talks stall\n\nThe strike hit a house on Sunday."
    assert text[slice(*_headline_clauses(text, sentence_spans(text), _title_end(text))[0])] == \
        "Air strike kills four in Deir al-Balah as talks stall"


# ... and a blast told with the fight's fire ("came under fire and returned fire"), no toll of its own, is the clash's

def test_a_blast_told_with_a_fight_s_returned_fire_is_the_clash_s():
    text = ("Troops killed two gunmen in a raid on the Balata camp in Nablus on Sunday, the army said. The army said "
            "soldiers came under fire and returned fire, and that an explosive device was hurled at an armoured vehicle.")
    evs = helpers.report_events(text, helpers.GEOPARSER, "2025-03-03")
    assert [(e["sub_event_type"], e["killed"]["best"]) for e in evs] == [("Armed clash", 2)]


# ... and the hurt told with no scene of their own right after a strike are that strike's, not an earlier one's

def test_the_hurt_told_right_after_a_second_strike_are_its_own():
    text = ("An Israeli air strike on a house in Bint Jbeil killed two fighters on Sunday, medics said. Hezbollah fired "
            "rockets at Kiryat Shmona in northern Israel on Sunday. Two people were lightly wounded by shrapnel in the "
            "town, medics said.")
    evs = helpers.report_events(text, helpers.GEOPARSER, "2025-03-03")
    assert [((e["location"] or {}).get("name"), (e["killed"] or {}).get("best"), (e["wounded"] or {}).get("best"))
            for e in evs] == [("Bent Jbaïl", 2, None), ("Qiryat Shmona", None, 2)]


def test_two_points_placed_near_two_towns_are_two_scenes():
    # (a point computed near a town has no gazetteer id: two of them, near two towns, are not one place)
    from extraction.merging import places_apart
    near_a = {"name": "Afgoye", "geonameid": None, "precision": 2}
    near_b = {"name": "Wanlaweyn", "geonameid": None, "precision": 2}
    assert places_apart(near_a, near_b) and not places_apart(near_a, dict(near_a))


def test_a_group_s_claim_of_a_larger_toll_is_its_word_on_the_bombing_not_a_clash():
    # ("Al-Shabaab said its fighters had killed 20 soldiers": the claim of the act told, its figure the doer's own)
    evs = helpers.events("A suicide bomber killed at least six soldiers at an army camp in Jowhar on Sunday, officials "
                         "said. Al-Shabaab said its fighters had killed 18 soldiers.", published=helpers.MON_2025_11_24)
    assert [(ev.sub_event_type, ev.actor1["name"], ev.killed["best"]) for ev in evs] == [("Suicide bomb", "Al Shabaab", 6)]


def test_drones_downed_in_the_air_are_no_haul_of_a_taking_on_the_ground():
    # the air force's tally of drones shot down is no part of the village retaken, nor dates it
    text = ("Ukraine says it retook village\n\nKYIV, Jan 21 (Reuters) - Ukrainian forces have recaptured the village of "
            "Stepnohirsk in the Zaporizhzhia region, the southern command said on Wednesday. Ukraine's air force said its "
            "units had downed 58 of the 71 drones Russia launched overnight.")
    evs = helpers.report_events(text, helpers.GEOPARSER, published="2026-01-21")
    taking = [e for e in evs if e["sub_event_type"] == "Government regains territory"]
    assert [(e["date_start"], e["date_end"]) for e in taking] == [("2026-01-21", "2026-01-21")]


def test_a_bare_hurt_after_the_second_act_a_title_names_is_that_act_s():
    # the title opens both acts; "Another resident was wounded" right after Kherson's shelling is Kherson's hurt
    text = ("Russian missile kills two in Odesa; woman killed in Kherson\n\nKYIV, March 4 (Reuters) - A Russian missile "
            "struck the port of Odesa on Tuesday night, killing two workers and wounding six, the governor said. In "
            "Kherson, Russian shelling killed a woman on Wednesday morning, officials said. "
            "Another resident was wounded.")
    evs = helpers.report_events(text, helpers.GEOPARSER, published="2026-03-04")
    assert sorted((e["location"]["name"], e["killed"]["best"], e["wounded"]["best"]) for e in evs) == [
        ("Kherson", 1, 1), ("Odesa", 2, 6)]


def test_a_strike_of_another_kind_at_a_nearby_village_of_its_own_is_another_event():
    # the shelling of Kherson and the drone attack on Antonivka, a few kilometres away: two acts, two places
    text = ("KYIV, Feb 18 (Reuters) - Russian forces shelled the centre of Kherson on Tuesday morning, killing two people "
            "and wounding six, the regional administration said. Later on Tuesday, a drone attack on the nearby village "
            "of Antonivka wounded a woman, it said.")
    evs = helpers.report_events(text, helpers.GEOPARSER, published="2026-02-18")
    assert sorted((e["sub_event_type"], e["location"]["name"]) for e in evs) == [
        ("Air/drone strike", "Antonivka"), ("Shelling/artillery/missile attack", "Kherson")]


def test_a_title_s_arrests_are_those_of_the_crowd_the_body_tells():
    text = report_text("Riot police push back marchers; 12 detained",
                       "Thousands marched to parliament on Monday evening. Riot police later pushed protesters back "
                       "from the building, and the interior ministry said 12 people had been detained.")
    evs = helpers.events(text, helpers.MON_2025_03_10)
    assert [(e.sub_event_type, e.actor2["name"]) for e in evs] == [("Protest with intervention", "Police Forces")]


def test_a_title_s_taking_gives_way_to_the_body_s_fight_where_the_body_tells_no_taking():
    text = report_text("Rebels overrun army post in eastern Congo",
                       "M23 rebels attacked an army post near the town on Saturday, killing six soldiers after a "
                       "three-hour gunfight, a local official said.")
    assert [e.sub_event_type for e in helpers.events(text, helpers.MON_2025_03_10)] == ["Armed clash"]
