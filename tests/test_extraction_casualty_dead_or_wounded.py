"""Extraction: whether a casualty is dead or wounded (later deaths of the wounded, those taken to
hospital, the shot who survived or died, bodies with wounds)."""
import datetime as dt
import pytest
from extraction import extract_events
from extraction.casualties import SELF_INFLICTED, find_casualties
from extraction.casualty_counts import combine
from functools import partial
from tests import extraction_helpers as helpers
from tests.extraction_helpers import (
    MON_2025_03_03 as MON, SAT_2024_08_10 as SAT, _names, counts_of_mentions as counts, only_event,
)

_day = partial(helpers.day, published="2024-03-05")
_totals = partial(helpers.totals, published="2024-03-04")
events = partial(helpers.events, published=helpers.THU_2025_03_13)
killed = partial(helpers.codings, published=helpers.TUE_2025_06_10, fields="killed.best")


# From test_extraction_abductions.py: Abductions, kidnappings and other violence against civilians: who is taken,
# killed or held, by whom.

def test_a_head_shot_is_no_victim_of_its_own():
    ev = helpers.only_event("Gunmen killed two farmers on Sunday, shooting each in the head.", published=helpers.MON_2025_11_24)
    assert ev.killed["best"] == 2


# From test_extraction_blotter.py: US and Canadian police blotters: several incidents told one after another, each in
# its own part of the town.

def test_a_later_shooting_told_mid_paragraph_is_an_incident_of_its_own():
    events = helpers.report_events("Police are looking into two overnight shootings that left one man dead and one hurt. A man was "
                     "shot and killed outside a bar on Main Street shortly after 11 p.m. Friday. About an hour later, a "
                     "woman was shot in the leg on Oak Avenue. She is expected to recover.", published="2025-03-10")
    assert sorted(((e["killed"] or {}).get("best") or 0, (e["wounded"] or {}).get("best") or 0) for e in events) == \
        [(0, 1), (1, 0)]


# From test_extraction_casualties.py: Casualty phrases: killed / wounded / missing / abducted, victim categories,
# zeros, subsets.

def test_one_person_shot_then_dead_is_not_also_wounded():
    text = "A man was shot in the chest on Friday. He was taken to a hospital, where he died."
    assert counts(text) == (1, None)
    text = "A man was shot and killed and a woman was wounded."
    assert counts(text) == (1, 1)


def test_subset_of_the_wounded_adds_nobody():
    assert find_casualties("Two of those wounded are in critical condition.") == []


@pytest.mark.parametrize("text,killed,wounded", [
    ("A woman who was shot in the neck outside a pharmacy on Friday died Sunday.", 1, None),
    ("A 20-year-old shot during an argument on Saturday has died, the coroner said.", 1, None),
    ("Four people were shot at the park. One of those people died at the hospital.", 1, 3),
    ("Hikers found the body of a 52-year-old man near the trailhead.", 1, None),
    ("Dana Pruitt's body was found in a drainage ditch.", 1, None),
    ("Police identified a cook whose body was discovered behind the diner.", 1, None),
    ("Detectives are investigating the deaths of a man and a woman in a duplex.", 2, None),
    ("A man was found dead in the kitchen. In the bedroom, she was pronounced dead.", 2, None),
    ("Police are investigating the shooting of a 15-year-old boy near the school.", None, 1),
    ("One of the burglars was shot in the shoulder by the homeowner.", None, 1),
    ("The county has seen five people killed in less than a week.", None, None),
])
def test_deaths_told_in_other_ways(text, killed, wounded):
    assert counts(text) == (killed, wounded)


@pytest.mark.parametrize("text,killed,wounded", [
    ("A reward is offered for the person who shot and killed two family pets.", None, None),
    ("Deputies say a man shot and killed his neighbor's dog.", None, None),
    ("A man shot and killed his neighbor and his dog.", 1, None),
    ("He told the officers he would fight until he died.", None, None),
    ("The witness died in March from cancer.", None, None),
    ("The officer who shot the robber was placed on leave.", None, 1),
])
def test_animals_conditions_and_natural_deaths(text, killed, wounded):
    assert counts(text) == (killed, wounded)


@pytest.mark.parametrize("text,killed,wounded", [
    # a breakdown after a total restates it; a group "others" told twice (headline, lead) is one group
    ("Six people were shot at the fair. The girl was shot in the arm and five other victims were hit.", None, 6),
    ("A guard was killed and two others injured. A guard was killed and two others injured.", 1, 2),
    ("Three teens were shot at and one injured near the rink.", None, 1),
    ("A 30-year-old was shot at a tavern on Friday.", None, 1),
])
def test_restated_groups_and_shot_at(text, killed, wounded):
    assert counts(text) == (killed, wounded)


def test_no_report_that_either_was_hurt_counts_nobody():
    assert counts("Deputies said there were no reports that either driver was hurt.") == (None, None)


@pytest.mark.parametrize("text,killed,wounded", [
    ("Neither the owner nor their three children were injured.", None, None),
    ("The gunfire put two teenagers in the hospital overnight.", None, 2),
    ("One man was shot and killed and a woman wounded outside the club.", 1, 1),
])
def test_neither_nor_hospital_and_a_second_victim(text, killed, wounded):
    assert counts(text) == (killed, wounded)


def test_a_man_told_shot_beside_a_dead_woman_is_a_survivor():
    text = ("A woman shot her husband twice as he tried to leave and then shot herself. She died at the house. "
            "The man was taken to a local hospital for treatment.")
    assert counts(text) == (1, 1)


def test_a_shooter_who_killed_himself_is_not_the_one_he_shot():
    # the suicide is named (Clarke), so the woman shot (Gillespie) is someone else, wounded
    text = ("Police say 74-year-old Henderson Clarke killed himself after shooting 51-year-old Mary Gillespie "
            "numerous times. \u201cGillespie was shot several times at the home,\u201d the chief said. Police said "
            "Clarke was found dead at the scene. Gillespie was airlifted to an undisclosed hospital. No one else was "
            "injured.")
    killed, wounded = combine(find_casualties(text))
    assert (killed.best, wounded.best) == (1, 1)
    # ... and the shooter named "recovering" from surgery is the dead man, no one wounded
    text = ("Lawrence Johnson, 72, shot 71-year-old Jeanne Johnson, before turning the gun on himself, the sheriff "
            "said. He said Lawrence Johnson was recovering from some form of surgery.")
    killed, wounded = combine(find_casualties(text))
    assert wounded is None or wounded.best == 0


# From test_extraction_europe2.py: Political violence in Europe and the North Caucasus: lone attackers, riots,
# Northern Ireland, Kosovo, Corsica, Greece, Sweden's gangs, Dagestan and Ingushetia.

def test_gardai_hurt_are_counted():
    [ev] = extract_events("Rioters set fire to a tram, buses and Garda cars in Dublin city centre on Thursday night. "
                          "Eleven gardaí were injured, one seriously, as crowds threw bottles.",
                          published_at=SAT, toponyms=[], locations=[])
    assert ev.wounded["best"] == 11


# From test_extraction_events.py: Event assembly on hand-made text and hand-made toponyms (no gazetteer needed).

def test_the_hurt_of_a_dispersal_belong_to_the_protest():
    text = ("Protesters tried to storm the embassy on Tuesday evening; security forces fired tear gas to disperse "
            "them. Several people were injured.")
    protest = only_event(text, dt.date(2023, 10, 18))
    # (a crowd that tries to storm a building riots: ACLED's violent demonstration, the force its second actor)
    assert (protest.sub_event_type, protest.wounded["best"]) == ("Violent demonstration", 3)
    text = "Police fired tear gas at protesters on Monday. Two people were killed and 15 injured."
    protest = only_event(text, dt.date(2020, 9, 28))
    assert (protest.sub_event_type, protest.killed["best"]) == ("Excessive force against protesters", 2)


# From test_extraction_gvafix.py: US gun-violence news as the Gun Violence Archive codes it (killed, wounded and the
# day of the shooting): deaths told days after the wound, others hurt in the same incident, court stories.

def test_a_death_days_after_the_wound_dates_the_shooting_by_the_count_back():
    # (published Tuesday 2024-03-05) "died Sunday, two days after he was shot": shot Friday
    assert _day("A 30-year-old man died Sunday, two days after he was shot outside a bar on Main Street, "
                "police said.") == "2024-03-01"
    assert _day("A teenager shot near a school died Monday, five days after the shooting, his family said.") == \
        "2024-02-28"
    # the wound's day told in the same sentence after the death's
    assert _day("A woman died Saturday at the hospital, where she had been since she was shot Wednesday night, "
                "police said.") == "2024-02-28"
    # a death's day alone stays the day told
    assert _day("A man shot in a parking lot died Sunday, police said.") == "2024-03-03"


# From test_extraction_gvafix2.py: US gun-violence news as the Gun Violence Archive codes one incident: everyone
# killed or hurt in it, the shooter and the police included, each once.

def test_a_customer_shot_by_the_robber_whom_the_owner_killed_is_hurt():
    text = ("A man who shot a customer during a robbery at a beauty supply store Friday was shot and killed by the "
            "store's owner, police said. One of the men fired at a customer near the register, wounding her in the "
            "side. The owner shot the gunman, who died in the aisle.")
    assert helpers.totals(text, published="2025-04-14") == {"killed": 1, "wounded": 1}


# From test_extraction_gvafix3.py: US gun-violence news as the Gun Violence Archive codes one incident (gvafix3): the
# later death of the second victim told by a pronoun, further people hurt beside another wounded man, the shooter hurt
# by police.

def test_the_second_victims_later_death_told_by_a_pronoun_is_a_second_death():
    text = ("Two men were shot Sunday night on Elm Street, police said. One of them, a 22-year-old, died at the "
            "scene.\n\nThe second victim, a 19-year-old, was taken to the hospital in critical condition. He died "
            "Tuesday morning, the coroner said.")
    assert helpers.totals(text, published="2025-06-18") == {"killed": 2, "wounded": 0}
    # the second victim who lives: one dead, one hurt
    text = ("Two men were shot Sunday night on Elm Street, police said. One of them, a 22-year-old, died at the "
            "scene.\n\nThe second victim, a 19-year-old, was taken to the hospital with a wound to the leg. He was "
            "in stable condition Tuesday.")
    assert helpers.totals(text, published="2025-06-18") == {"killed": 1, "wounded": 1}


# From test_extraction_gvamerge.py: US gun-violence news as the Gun Violence Archive codes one incident (gvamerge):
# the shooter hurt by police or an armed bystander in the same incident is one more hurt, besides his victims.

def test_a_shooter_only_supposed_hurt_is_none():
    # "unclear whether the robber was injured": not told hurt
    text = ("The owner of a pawn shop was in serious condition after a shootout with a robber on Wednesday night. "
            "The robber shot the owner several times. The owner returned fire. It was unclear whether the robber "
            "was injured.")
    assert helpers.totals(text, published="2025-07-07") == {"killed": 0, "wounded": 1}
    # "in case the suspects showed up ... with gunshot wounds": an alert, then the two found are them
    text = ("A restaurant worker fired at two armed robbers on Friday night, deputies said. Deputies issued an alert "
            "in case the suspects showed up at local hospitals with gunshot wounds. Hours later, two men suffering "
            "from gunshot wounds arrived at a hospital.")
    assert helpers.totals(text, published="2025-07-07") == {"killed": 0, "wounded": 2}


# From test_extraction_gvastyle.py: US local gun-violence news as the Gun Violence Archive codes it: everyone shot or
# hurt in the incident, and the day of the shooting.

def test_others_hurt_add_to_the_one_shot():
    # "two other people" are others besides the one shot: GVA counts the hurt of the incident with the shot
    assert _totals("A 19-year-old man was shot and two other people were hurt while running from the gunfire "
                   "Sunday evening, police said.") == {"killed": 0, "wounded": 3}
    assert _totals("A man was shot in the leg Saturday night outside a bar. Another man was also wounded, "
                   "police said.") == {"killed": 0, "wounded": 2}


def test_an_officer_hurt_beside_a_dead_gunman_is_not_the_one_who_died():
    # the dead told as "a man", "the driver": not the officer (who would be told as an officer)
    assert _totals("A state trooper was shot in the arm and the man who shot him was killed during a traffic stop "
                   "late Saturday, police said.") == {"killed": 1, "wounded": 1}
    assert _totals("A deputy was wounded and a man is dead after a standoff at a home that ended late Sunday, "
                   "the sheriff's office said.") == {"killed": 1, "wounded": 1}
    # ... but "he" may be the officer
    assert _totals("A deputy was shot Sunday at a home near Ocala. He died at the hospital.") == \
        {"killed": 1, "wounded": 0}


def test_the_shooter_who_killed_himself_after_one_death_is_a_second_death():
    assert _totals("A man shot and killed his wife Saturday night. He then shot and killed himself.") == \
        {"killed": 2, "wounded": 0}
    assert _totals("A man was killed and his girlfriend was wounded in a shooting late Saturday. The suspect, her "
                   "ex-husband, later shot and killed himself.") == {"killed": 2, "wounded": 1}
    # "fatally shot himself" is his death, not someone shot
    assert _totals("Police tracked the girl to the home of a 35-year-old man who fatally shot himself when officers "
                   "arrived at his door Tuesday.") == {"killed": 1, "wounded": 0}
    # alone, the suspect's death is the one
    assert _totals("Deputies surrounded the home Saturday. The suspect then shot and killed himself.") == \
        {"killed": 1, "wounded": 0}


def test_striking_someone_after_the_shots_of_the_clause_hits_them():
    assert _totals("The gunman fired several shots Saturday, striking a 25-year-old man in the leg.") == \
        {"killed": 0, "wounded": 1}
    assert _totals("Police said the suspect fired shots, striking him in the leg.") == {"killed": 0, "wounded": 1}
    assert _totals("Deputies said a man fired at them during a chase Friday. A deputy returned fire, striking the man, "
                   "who died at the scene. No deputies were hurt.") == {"killed": 1, "wounded": 0}
    # not a car's or a fist's blow
    assert _totals("The driver lost control of his car Saturday, striking a pedestrian.") == {"killed": 0, "wounded": 0}


# From test_extraction_gvawounded.py: US gun-violence news as the Gun Violence Archive codes the injured: everyone
# hurt in the incident, told however the report tells them.

def test_a_bare_none_is_of_the_group_told_before_it_not_of_those_shot():
    text = ("Three adults were shot during a cookout on Sunday afternoon, police said. Two men and a woman were "
            "struck. Several children were playing in the yard at the time, but none were injured.")
    assert helpers.totals(text, published="2024-03-05")["wounded"] == 3
    # a zero about everyone still says no one was hurt
    assert helpers.totals("Someone fired several shots into a home on Sunday night. No one was injured, police said.", published="2024-03-05")[
        "wounded"] == 0


def test_a_victim_found_where_who_had_been_shot_is_wounded():
    text = ("A man was found fatally shot Friday night outside an apartment building, police said. A second victim "
            "was found nearby who had been shot in the hand, police said.")
    assert helpers.totals(text, published="2024-03-05") == {"killed": 1, "wounded": 1}


# From test_extraction_isiswar.py: War reports of Syria and Iraq, 2014-2019 (the isiswar round): short reports of our
# own.

def test_a_monitors_documented_death_of_civilians_by_the_coalitions_warplanes():
    evs = helpers.report_events("The Syrian Observatory for Human Rights documented the death of at least 42 civilians, including 19 "
                  "children, in airstrikes carried out by the warplanes of the international coalition on neighbourhoods "
                  "of Raqqa city on Monday.", published="2017-08-22", geoparser=helpers.GEOPARSER)
    assert evs and _names(evs[0]) == ("US-led Coalition", "Civilians (Syria)")
    assert evs[0]["killed"]["best"] == 42


# From test_extraction_latam.py: Organised armed violence in Latin America and the Caribbean: cartels, gangs,
# guerrillas and their acts.

def test_a_candidate_shot_dead_is_a_civilian_killed():
    ev = only_event("Gunmen shot dead mayoral candidate Rosa Medina as she campaigned on Monday.", MON)
    assert (ev.sub_event_type, ev.actor2["name"], ev.killed["best"], ev.killed["civilians"]) == (
        "Attack", "Civilians", 1, 1)


# From test_extraction_launches.py: Missile, rocket and drone launches and their interception: where they fell, who
# fired them, tests and tallies.

def test_drones_shot_down_are_no_one_hurt():
    from extraction.casualties import find_casualties
    text = "Russia launched 75 drones overnight, the air force said, adding that 60 were shot down."
    assert find_casualties(text) == []


# From test_extraction_leftovers.py: Kinds other rounds left: parties written with a word that tells what they are,
# governments as parties, arrests of people unnamed, deaths in custody, a lynching's victim, tolls of two verbs, a
# pronoun's dead, a speaker's venue.

def test_two_verbs_then_to_death_count_their_object():
    assert killed("Gunmen beat and burned to death 13 people in a village on Monday.") == [13]
    assert killed("Militiamen shot and hacked to death five villagers on Monday.") == [5]


# From test_extraction_levant.py: Middle East conflict copy of 2024-2026: Gaza tolls, IDF statements, West Bank raids,
# Lebanon, Yemen, Syria, Iraq.

def test_shooting_dead_kills_and_the_lightly_wounded_are_wounded():
    assert helpers.only_event("Settlers stormed the village on Thursday, setting fire to cars and shooting dead a 40-year-old "
               "farmer, the ministry said.", published=helpers.FRI_2025_08_29).killed["best"] == 1
    assert helpers.only_event("Rockets hit the town on Thursday. Paramedics said three people were lightly wounded.", published=helpers.FRI_2025_08_29).wounded["best"] == 3
    assert helpers.only_event("A mortar shell hit the market on Thursday; two people were moderately wounded.", published=helpers.FRI_2025_08_29).wounded["best"] == 2


# From test_extraction_police2.py: US local copy of shootings involving police, and counts told piecemeal.

def test_an_officer_hit_beside_a_dead_man_is_wounded():
    # the officers killed "a man": the officer struck is someone else, and alive
    assert helpers.report_sum("Deputies shot and killed a man Monday after he fired at them from a porch, the sheriff said. "
                    "One deputy was struck in the shoulder and is recovering.", path="wounded.best", published="2024-10-10") == 1


# From test_extraction_southasia.py: South and Southeast Asian usage: encounters, jawans, martyrs; the region's armed
# groups by name.

def test_jawans_are_soldiers_and_their_dead_are_counted():
    ev = helpers.only_event("Three jawans were killed when Maoists triggered an IED blast in Sukma on Tuesday.", published=helpers.WED_2025_03_12)
    assert ev.sub_event_type == "Remote explosive/landmine/IED"
    assert ev.killed["best"] == 3
    assert ev.actor2["name"].startswith("Military Forces")


# From test_extraction_statefix.py: State media's words left after the statemedia round: a war's running toll counted
# "since <date>", a roundup's further paragraphs, "neutralized" counts that include the captured, and a Russian
# ministry's names for Ukraine's forces ("Ukrainian militants", "nationalist formations").

def test_those_neutralized_but_captured_alive_are_no_dead():
    evs = helpers.events("Three PKK terrorists were neutralized in an operation in Sirnak on Monday. Three terrorists were "
                 "neutralized: two killed and one captured alive, the ministry said.", published=helpers.TUE_2024_06_04)
    assert max(ev.killed["best"] for ev in evs) == 2
    evs = helpers.events("Security forces neutralized two PKK terrorists in Hakkari on Monday. One was killed in a clash and "
                 "the other was captured alive, the sources said.", published=helpers.TUE_2024_06_04)
    assert max(ev.killed["best"] for ev in evs) == 1


# From test_extraction_subtypes.py: ACLED sub-event types told apart from their neighbours: fire on a crowd named with
# a word before it, an act still to come when another happened, men a crowd only takes for kidnappers, munitions
# listed in a seized cache.

def test_a_victim_told_at_length_before_to_death():
    [(sub, a1, _)] = helpers.codings("Villagers beat a man they caught stealing a goat to death on Tuesday.", published=helpers.TUE_2024_07_16, fields=("sub_event_type", "actor1.name", "killed.best"))
    assert sub == "Mob violence" and a1.startswith("Rioters")


# From test_extraction_tolls2.py: Who was killed by whom in conflict copy: later deaths among the wounded, doers told
# or inferred, the sides' dead.

def test_the_wounded_who_later_died_are_dead_and_no_longer_wounded():
    # (each victim counted once, dead or wounded, as GVA's and the UCDP's figures are)
    [ev] = events("A grenade went off at a bus stop on Wednesday, killing three people and wounding 11, officials said. "
                  "Two of the wounded later died in hospital.")
    assert (ev.killed["best"], ev.wounded["best"]) == (5, 9)
    [ev] = events("Rebels raided the village on Tuesday, killing four and injuring ten. One of the injured has since died.")
    assert (ev.killed["best"], ev.wounded["best"]) == (5, 9)


def test_the_wounded_who_died_told_as_more_or_after_the_wounded_are_dead_too():
    [ev] = events("Gunmen attacked a market on Saturday, killing nine people and wounding 30, police said. Of the 30 "
                  "wounded, five later died in hospital.")
    assert (ev.killed["best"], ev.wounded["best"]) == (14, 25)
    # ("more of the injured" is no count of the injured: "injured" is no verb there)
    [ev] = events("Gunmen attacked a market on Saturday, killing nine people and wounding 30, police said. Five more of the "
                  "injured succumbed on Sunday, taking the toll to 14.")
    assert (ev.killed["best"], ev.wounded["best"]) == (14, 25)


def test_an_untold_number_of_the_wounded_who_died_changes_neither_count():
    [ev] = events("Shells hit a market in the city on Sunday, killing 14 people and wounding 30, medics said. Several of "
                  "the wounded later died, the medics said, without giving a figure.")
    assert (ev.killed["best"], ev.wounded["best"]) == (14, 30)
    # (a toll that already holds them is not raised again)
    [ev] = events("The death toll from Tuesday's market bombing rose to seven after two of the wounded died, officials said.")
    assert ev.killed["best"] == 7


def test_the_shot_of_one_side_are_not_the_dead_of_the_other():
    [ev] = events("A police officer sustained gunshot wounds when gunmen attacked a checkpoint on Wednesday, police said. "
                  "Two of the attackers were killed.")
    assert (ev.killed["best"], ev.wounded["best"]) == (2, 1)
    # (those shot who then died are not wounded as well)
    [ev] = events("Gunmen shot two soldiers at a checkpoint on Wednesday, killing both.")
    assert ev.killed["best"] == 2 and not (ev.wounded or {}).get("best")


def test_bodies_with_gunshot_wounds_are_the_dead_not_the_wounded():
    [ev] = events("Police found the bodies of four men with gunshot wounds on a roadside on Wednesday.")
    assert ev.killed["best"] == 4 and not (ev.wounded or {}).get("best")
    [ev] = events("The body of a farmer with gunshot wounds was found in a ditch on Wednesday.")
    assert ev.killed["best"] == 1 and not (ev.wounded or {}).get("best")


# From test_extraction_tolls3.py: Casualty phrasing in wire and local conflict copy: victims listed with their kin and
# companions, families, and counts told in other shapes.

def test_a_relative_hurt_beside_the_dead_is_someone_else():
    [ev] = events("Gunmen shot dead a farmer on Sunday, police said. A nephew was wounded.")
    assert (ev.killed["best"], ev.wounded["best"]) == (1, 1)
    [ev] = events("Shelling killed a farmer and his wife in the village on Friday. A neighbour was injured.")
    assert (ev.killed["best"], ev.wounded["best"]) == (2, 1)


# From test_extraction_uslocal.py: US local shooting news (the copy the Gun Violence Archive codes): tolls told the
# way local outlets tell them.

def test_one_wounded_beside_the_one_killed_is_someone_else():
    assert helpers.totals("Someone fired from a passing truck Tuesday night, killing a man and wounding a bystander.", published="2024-03-04") == \
        {"killed": 1, "wounded": 1}


def test_the_one_man_counted_dead_then_named_leaves_the_woman_hurt():
    # "One man" is one man, as "a man" is: the named dead is he, not the woman told wounded beside him
    assert _totals("One man was shot and killed and a woman was wounded late Friday on Birch Lane. Police said Carl Dunmore, "
                   "34, was pronounced dead at the scene.") == {"killed": 1, "wounded": 1}
    assert _totals("One woman died and a man was hurt when shots were fired into a parked van. Officers said Ada Rusk, 51, "
                   "died at a hospital.") == {"killed": 1, "wounded": 1}
    # (a count of more than one, or of one of a group, still tells no one's sex)
    assert _totals("Four men were shot and one of them was killed on Birch Lane, police said.") == {"killed": 1, "wounded": 3}


def test_one_more_told_in_his_condition_then_dead_is_dead_not_hurt():
    # "where he later died" tells the death of the one its clause told hurt: a second death, no one wounded
    assert _totals("Deputies found a 31-year-old man shot to death on a porch on Cedar Road. Another man was flown to a "
                   "trauma center in critical condition, where he later died.") == {"killed": 2, "wounded": 0}
    # ... one of the dead a count told before holds
    assert _totals("Two people died after gunfire erupted at a house party on Cedar Road early Sunday. Deputies found a "
                   "31-year-old man shot to death on the porch. Another man was flown to a trauma center in critical "
                   "condition, where he died.") == {"killed": 2, "wounded": 0}
    # (one told dead in a sentence of his own after a count is not held by it so: another day's death may add)
    assert _totals("Two men were killed on Friday, police said. A man was found dead in a car. Another man was found "
                   "dead on Saturday in a park.") == {"killed": 3, "wounded": 0}


def test_a_later_count_of_the_dead_holds_the_shooter_who_killed_himself():
    assert helpers.totals("Deputies say a man shot and killed his neighbor before turning the gun on himself Friday night. "
                   "Both were dead when deputies arrived.", published="2024-03-04") == {"killed": 2, "wounded": 0}


def test_the_one_shot_told_by_sex_is_among_the_dead_told_together():
    # a police release: the two dead are told together, the shooter's own death apart; the female he shot is one of the
    # two, not a survivor
    text = ("Deputies forced entry and found a male and a female deceased inside the home. The preliminary investigation "
            "indicates the male shot the female before turning the gun on himself.")
    assert helpers.totals(text, published="2024-03-04") == {"killed": 2, "wounded": 0}
    # ... but where she is told alive, she is wounded
    text = ("Investigators determined the male shot the female in the shoulder before turning the gun on himself. The "
            "male was pronounced deceased at the scene. The female was flown to a trauma center in stable condition.")
    assert helpers.totals(text, published="2024-03-04") == {"killed": 1, "wounded": 1}


def test_the_second_victims_death_in_an_update_is_the_one_told_hurt():
    # an update pasted after the story: "the second victim" is the one told hurt, who has died since
    text = ("Officers found two men with gunshot wounds. One man was pronounced dead at the scene; the other was flown "
            "to a trauma center in critical condition.\n\nUPDATE: The second victim has died, police said Sunday.")
    assert helpers.totals(text, published="2024-03-04") == {"killed": 2, "wounded": 0}


def test_the_shooters_own_death_is_evidenced_by_its_own_words():
    text = ("Police were called to a home on Elm Street on Sunday night. "
            "Officers said a man shot and killed his wife and then himself.")
    found = find_casualties(text, text.index("Officers"))
    assert [text[c.start:c.end] for c in found if c.rule == SELF_INFLICTED] == ["himself"]


def test_the_shooters_own_death_after_a_counted_object():
    assert helpers.totals("A man shot and killed two neighbors and then himself on Sunday.", published="2024-03-04") == {"killed": 3, "wounded": 0}


def test_a_blow_s_harm_told_by_its_kind_is_one_wounded():
    # ("suffered a fractured skull", "was treated for cuts and bruises": hurt, though no "injuries" is told)
    wounded = partial(helpers.codings, published=helpers.THU_2025_03_13, fields="wounded.best")
    for text in ("A man hit another man with a metal pipe on Tuesday, police said. The victim suffered a fractured skull.",
                 "A customer punched a store clerk on Tuesday night, police said. The clerk was treated for cuts and bruises.",
                 "A man kicked a doorman unconscious outside a pub on Tuesday. The doorman suffered a broken cheekbone."):
        assert wounded(text) == [1], text
    assert wounded("A man punched a store clerk on Tuesday night, police said. The clerk had suffered a pay cut last year.") \
        == [None]


def test_the_dead_found_with_gunshot_wounds_are_killed():
    # a police release's "located a deceased adult male with a gunshot wound": the wound tells how they died, not that
    # they were hit and lived
    assert _totals("Deputies responded to a welfare check on Sunday. Upon arrival, deputies discovered two deceased "
                   "individuals, an adult male and an adult female, both with gunshot wounds.") == {"killed": 2, "wounded": 0}
    assert _totals("Officers responded to a shots fired call on Sunday and located a deceased adult male with a gunshot "
                   "wound.") == {"killed": 1, "wounded": 0}
    assert _totals("Officers responded to a shots fired call on Sunday and located an adult male with a gunshot "
                   "wound.") == {"killed": 0, "wounded": 1}


def test_a_releases_victim_lines_with_no_verb_are_read():
    # "VICTIM: Name, age (deceased)": one person a line, the fate in the line
    text = ("Officers responded to a shooting in the 500 block of Laurel Drive on Saturday at approximately 1630 hours.\n\n"
            "VICTIM: Darnell Price, 19 (deceased)\nVICTIM: Jamal Ortiz, 20 (gunshot wound, non-life-threatening)\n\n"
            "No suspects are in custody.")
    assert helpers.totals(text, published="2024-02-11") == {"killed": 1, "wounded": 1}


def test_each_line_of_a_releases_casualty_list_is_its_own_person():
    # the dead told first and no count in the narrative: the hurt one is someone besides him
    dead_first = ("Officers responded to the 900 block of Elm Street on Friday at about 2200 hours for a report of shots fired.\n\n"
                  "Victim 1: 30-year-old male, gunshot wound to the head, pronounced deceased at the scene.\n"
                  "Victim 2: 21-year-old male, gunshot wound to the leg, transported in stable condition.\n\n"
                  "No arrests have been made.")
    assert helpers.totals(dead_first, published="2024-03-09") == {"killed": 1, "wounded": 1}
    # three bullets, two of them "male": three people
    bullets = ("Officers responded to shots fired at a park on Saturday night.\n\nVictims:\n"
               "- 18-year-old male, gunshot wound to the arm, stable condition\n"
               "- 20-year-old male, gunshot wound to the foot, stable condition\n"
               "- 17-year-old female, grazed, treated at the scene\n\nNo arrests have been made.")
    assert helpers.totals(bullets, published="2024-03-10") == {"killed": 0, "wounded": 3}
    # two named dead of one family name
    named = ("On Sunday, officers responded to the 400 block of Maple Court in reference to a shooting. Officers located "
             "two victims inside a home.\n\n"
             "Deceased: Robert Hale, 61\nDeceased: Susan Hale, 58\n\nDetectives are investigating.")
    assert helpers.totals(named, published="2024-03-11")["killed"] == 2
    # the narrative's count holds the list's lines (not added to them)
    counted = ("Two people were shot Sunday night on Oak Street, police said.\n\n"
               "Victim 1: 40-year-old male, gunshot wound to the chest, pronounced deceased.\n"
               "Victim 2: 35-year-old female, gunshot wound to the leg, stable condition.")
    assert helpers.totals(counted, published="2024-03-11") == {"killed": 1, "wounded": 1}


def test_a_listed_victim_who_died_since_is_dead_not_hurt():
    # "UPDATE: Victim 2 succumbed": the hurt line's person died since (his line's number is no count)
    text = ("On Friday at 0200 hours, officers responded to the 300 block of Pine Street for a shooting.\n\n"
            "Victim 1: 33-year-old male, gunshot wound to the chest, pronounced deceased at the scene.\n"
            "Victim 2: 25-year-old male, gunshot wound to the neck, transported in critical condition.\n\n"
            "UPDATE: Victim 2 succumbed to his injuries on Saturday.")
    assert helpers.totals(text, published="2024-03-16") == {"killed": 2, "wounded": 0}


@pytest.mark.parametrize("text", [
    "ST. LOUIS - A 58-year-old woman was struck by a stray bullet while she slept in her home in the Fairground "
    "neighborhood early Saturday and died at the hospital, police said.",
    "MILWAUKEE - A 35-year-old man was struck multiple times near North 20th Street and West Burleigh Street on Saturday "
    "afternoon and was pronounced dead at the scene.",
])
def test_hit_then_died_after_a_long_where_and_when_is_one_dead(text):
    # ("and died" with no subject of its own is the hit one's, however long the where and when between)
    assert _totals(text) == {"killed": 1, "wounded": 0}


@pytest.mark.parametrize("text", [
    "JACKSONVILLE, Fla. — One man was killed and another was hit in the leg in a shooting on Saturday night.",
    "JACKSONVILLE, Fla. — One man was killed and another was shot in the leg outside an apartment complex on Saturday.",
])
def test_another_hit_beside_the_dead_is_one_wounded(text):
    # (hit besides the one told dead, and not told dead: wounded)
    assert _totals(text) == {"killed": 1, "wounded": 1}


@pytest.mark.parametrize("text", [
    "A 17-year-old boy was shot in the neck outside a corner store on Friday night. He was declared brain dead on "
    "Sunday, his family said.",
    "A 17-year-old boy was shot in the neck outside a corner store on Friday night and was later declared brain dead.",
    "A cab driver was shot during a robbery on Friday night. He has since died, police said.",
    "A cab driver was shot during a robbery on Friday night. He did not survive, police said.",
    "A cab driver was shot during a robbery on Friday night and did not survive.",
    "Mark Ellis, 41, of Dayton, was shot in the chest and pronounced dead at the scene, police said.",
    "A cab driver who was shot during a robbery on Friday night has been taken off life support, his family said.",
])
def test_a_hospitals_words_for_the_end_tell_one_dead(text):
    # ("declared brain dead", "has since died", "did not survive", "and pronounced dead" with no auxiliary, "taken off
    # life support" in the clause of the wound: dead, not hurt)
    assert _totals(text) == {"killed": 1, "wounded": 0}


def test_one_expected_to_survive_is_hurt():
    text = "A cab driver was shot during a robbery on Friday night. He is expected to survive, police said."
    assert _totals(text) == {"killed": 0, "wounded": 1}


@pytest.mark.parametrize("text", [
    "Police said Ortiz of Phenix City, Ala., was shot in the chest and pronounced dead inside the car.",
    "Police said Ortiz, of Phenix City, was shot in the chest and pronounced dead inside the car.",
])
def test_one_named_with_a_hometown_and_no_age_is_read(text):
    # (a name, then "of" a town and its state, as the subject: one person)
    assert _totals(text) == {"killed": 1, "wounded": 0}


@pytest.mark.parametrize("text, wounded", [
    ("Militiamen raided a cattle camp on Thursday, killing eight herders. Five others are still being treated at a "
     "clinic, a county official said.", 5),
    ("Militiamen raided a cattle camp on Thursday, killing eight herders. Three others were receiving treatment, a "
     "county official said.", 3),
    ("Militiamen raided a cattle camp on Thursday, killing eight herders. Three others are still receiving treatment, "
     "and two more were flown to hospital with bullet wounds, a county official said.", 5),
])
def test_the_wounded_told_through_their_treatment(text, wounded):
    # (those still in care, "receiving treatment", and "more" taken to hospital with their wounds besides them: hurt)
    assert _totals(text) == {"killed": 8, "wounded": wounded}


def test_others_taken_to_hospital_with_their_wounds_are_besides_the_dead():
    # (not "shot minus killed": "others" with their wounds are alive, besides the dead told before)
    text = ("Militiamen raided a cattle camp on Thursday, killing eight herders. Six others were taken to hospital with "
            "gunshot wounds, a county official said.")
    assert _totals(text) == {"killed": 8, "wounded": 6}


def test_receiving_treatment_for_an_illness_is_no_wound():
    assert _totals("The former minister, 71, is receiving treatment for cancer in a private clinic, his family said.") == \
        {"killed": 0, "wounded": 0}


@pytest.mark.parametrize("text, killed, wounded", [
    ("Militiamen raided a cattle camp on Thursday, killing eight herders. Ten others were wounded. Three wounded herders "
     "later died in hospital, a county official said.", 11, 7),
    ("Militiamen raided a cattle camp on Thursday, killing eight herders. Two injured women died on Friday, a county "
     "official said.", 10, 0),
])
def test_the_wounded_told_by_their_adjective_who_died_are_dead(text, killed, wounded):
    # ("three wounded herders later died": deaths among the wounded, dead and no longer wounded)
    assert _totals(text) == {"killed": killed, "wounded": wounded}
