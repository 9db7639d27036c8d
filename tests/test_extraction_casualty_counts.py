"""Extraction: how many people an act killed or hurt (numbers and number words, victims told one by
one, by their ages or kin, words for killing, people who are no casualty)."""
import datetime as dt
import pytest
from extraction import extract_events, process_report, report_text
from extraction.casualties import find_casualties
from extraction.casualty_counts import combine
from functools import partial
from tests import extraction_helpers as helpers
from tests.extraction_helpers import (
    FRI_2025_11_14 as FRI, KHARKIV, KHERSON, MON_2025_03_03, MON_2025_09_15 as MON, MON_2025_09_29, ODESA,
    SUN_2023_06_18 as SUN, WED_2025_03_12 as WED, _killed_best_of, _killed_wounded_totals,
    counts_of_mentions as counts, only_event,
)

counts_per_event_2025_09_04 = partial(helpers.codings, published=helpers.DAY_2025_09_04, fields=("killed.best", "wounded.best"))
events_published_2024_06_04 = partial(helpers.events, published=helpers.TUE_2024_06_04)
events = partial(helpers.events, published=helpers.THU_2025_03_13)
events_published_2025_04_30 = partial(helpers.events, published=dt.date(2025, 4, 30))
killed = partial(helpers.codings, published=helpers.TUE_2025_06_10, fields="killed.best")
named = partial(helpers.actors, speakers=True)
one_event = partial(helpers.only_event, published=helpers.MON_2025_11_24)
report_events_published_2025_05_14 = partial(helpers.report_events, published="2025-05-14")


# From test_extraction_abductions.py: Abductions, kidnappings and other violence against civilians: who is taken,
# killed or held, by whom.

def test_a_local_ruler_killed_is_a_victim_counted():
    assert one_event("Gunmen on Sunday night killed a village head and abducted his wife.").killed["best"] == 1
    assert one_event("Bandits killed a traditional ruler on Sunday.").killed["best"] == 1
    assert one_event("Gunmen killed two district heads on Sunday.").killed["best"] == 2


def test_the_taken_are_counted_as_told():
    assert one_event("Gang members hijacked a bus on Sunday and kidnapped its 22 passengers.").abducted["best"] == 22
    assert one_event("Armed men kidnapped a businessman on Sunday.").abducted["best"] == 1
    # a plural with no number tells no count: not one
    assert one_event("Gunmen kidnapped the bus passengers on Sunday.").abducted is None


def test_the_death_a_protest_is_over_is_its_cause_not_its_toll():
    # "protests over the death of a young woman in custody": the crowd's cause, no one killed at the protest
    assert counts("Iranian police fired tear gas at demonstrators in Tehran on Wednesday as protests over the death of a "
                  "young woman in custody spread to dozens of cities.") == (None, None)
    assert counts("Students marched in Dhaka on Monday in anger over the killing of a student by police.") == (None, None)
    # ... the dead at a protest stay its toll
    assert counts("Police fired on protesters in Tehran on Wednesday, causing the death of a young man.") == (1, None)


# From test_extraction_africa3.py: African conflict copy, a third round: Congo's and Somalia's forces and missions,
# Sudan's army, the newer groups.

def test_miners_motorists_and_herdsmen_are_victims_counted_and_vigilantes_fighters():
    [ev] = extract_events("Three miners were killed when gunmen attacked the site on Saturday.", published_at=MON,
                          toponyms=[], locations=[])
    assert ev.killed["best"] == 3 and ev.killed["civilians"] == 3
    [ev] = extract_events("Bandits killed five vigilantes and two herdsmen in the village on Sunday.", published_at=MON,
                          toponyms=[], locations=[])
    assert ev.killed["best"] == 7


# From test_extraction_briefs.py: US local crime briefs and police news: a city's quarters, tolls and roles as a
# careful coder reads them.

def test_pronounced_deceased_is_dead():
    [event] = helpers.report_events("A 61-year-old man shot Sunday night on Elm Street was pronounced deceased Monday morning at the "
                      "county hospital, police said.\n\nThe man was shot during a dispute outside a store.", published="2025-09-15")
    assert (event["killed"] or {}).get("best") == 1 and not (event["wounded"] or {}).get("best")


# From test_extraction_casualties.py: Casualty phrases: killed / wounded / missing / abducted, victim categories,
# zeros, subsets.

@pytest.mark.parametrize("text,killed,wounded", [
    ("At least 20 civilians were killed and seven more were wounded in an airstrike.", 20, 7),
    ("Russia's Aerospace Force has destroyed three convoys of ISIS, killing 80 militants.", 80, None),
    ("Russian aviation kills 80 terrorists trying to move to Palmyra", 80, None),
    ("The death toll rose to 12 on Monday.", 12, None),
    ("Dozens of people were injured in the blast.", None, 24),
    ("Twenty-one soldiers died and scores were hurt.", 21, 40),
    ("The shooting left one man dead and two others injured.", 1, 2),
    ("Two people were shot, one fatally, on Saturday.", 1, 1),
    ("A man was shot in the leg on Main Street.", None, 1),
    ("A 45-year-old man was found dead in his apartment.", 1, None),
    ("The gunman shot and killed his wife before turning the gun on himself.", 2, None),
    ("Five people lost their lives in the attack.", 5, None),
    ("The deaths of two people found in a home are being investigated.", 2, None),
    ("A man was shot and killed. Another man was wounded.", 1, 1),
    ("No casualties were reported.", 0, 0),
    ("No one was hurt.", 0, 0),  # (nobody hurt: nobody dead either)
    ("Gerald Roberson, 39, was found shot dead late Thursday.", 1, None),
    ("Deputies found Zucker dead inside the home.", 1, None),
    ("Police then shot the suspect, who was later pronounced dead.", 1, None),
    ("Officers found that the man, a resident of Vallejo, had been shot to death.", 1, None),
    ("The woman was taken to a hospital, where she was in stable condition.", None, 1),
    ("A man was shot multiple times and is in stable condition.", None, 1),
    ("A woman arrived at a hospital suffering from a gunshot wound.", None, 1),
    ("She allegedly tried to kill her own son.", None, None),
    ("Two off-duty officers shot at some suspected carjackers.", None, None),
    ("A 16-year-old was shot in the arm late Monday afternoon.", None, 1),
    ("A man is in the hospital with a critical injury after being shot in Phoenix.", None, 1),
    ("Officers found a man suffering from a gunshot wound.", None, 1),
    ("The victim, who was not identified, was taken to the hospital with non-life threatening injuries.", None, 1),
    ("An 18-year-old suffered a non-fatal gunshot wound Monday afternoon.", None, 1),
    ("The gunman shot him in the left armpit.", None, 1),
    ("A man accidentally shot himself in the leg by accident Saturday night.", None, 1),
    ("The officer didn't sustain any injuries.", None, None),
    ("NMSP say Lucero sustained fatal gunshot wounds.", 1, None),
    ("Four victims suffering from gunshot wounds were found. The remaining victim is hospitalized "
     "with non-life threatening injuries.", None, 4),
    ("A Hamilton police officer is recovering and another man is dead after a shootout. He had been shot "
     "in the head. We've got an 18-year-old that has been shot and killed.", 1, None),
    # people told one by one in one sentence add up; a summary that restates them does not add
    ("A 17-year-old boy was shot in the stomach, a 26-year-old man was shot in the body, and a "
     "27-year-old woman was shot in the chest, police said.", None, 3),
    ("Two people were shot Saturday night. A man was struck in the leg and a woman was struck in the arm.", None, 2),
    ("Two men were shot — one fatally — about 10:30 p.m.", 1, 1),
    ("Officers found a man shot multiple times. An hour later, doctors pronounced him dead.", 1, None),
    ("Police said one person was killed and another hurt during a shooting Tuesday night.", 1, 1),
    ("The man's injuries were not considered life-threatening, police said.", None, 1),
    ("A male victim was transported to a local hospital, where his condition is unknown.", None, 1),
    ("He was taken to the medical center for a psychiatric evaluation.", None, None),
    ("The man was taken to a trauma center, where he was later pronounced dead.", 1, None),
    ("The robber hit the clerk in the head with a pistol. The clerk was pistol-whipped.", None, 1),
    ("A man remains hospitalized after shooting himself in the thigh. No one else was injured.", None, 1),
    ("A man died and a woman was injured after being shot. Harbin was pronounced dead at the scene.", 1, 1),
    ("Three men were shot, bringing the three-day total for gunshot victims to two dead and seven wounded.", None, 3),
    ("On March 14, Andres Delgado IV, 14, was shot and killed.", 1, None),
    ("Police said the gun was used to kill Thousand Oaks woman.", None, None),
    # injuries sustained or received as suffered ones; a death reported as believed or said
    ("Two people were killed and 12 sustained injuries in the blast.", 2, 12),
    ("One of the soldiers received minor injuries in the clash.", None, 1),
    ("Ten soldiers are believed to have been killed in the ambush.", 10, None),
    ("Two other victims were reported to have been grazed by bullets.", None, 2),
    # "dead" after the one shot
    ("Gunmen shot two farmers dead on the road to the market.", 2, None),
    # the passive of a killing by hand, and a lynching
    ("Three farmers were hacked to death on Sunday.", 3, None),
    ("Two suspected thieves were lynched on Sunday.", 2, None),
])

def test_counts(text, killed, wounded):
    assert counts(text) == (killed, wounded)


def test_victim_categories():
    kinds = {m.category for m in find_casualties("At least 20 civilians were killed")}
    assert kinds == {"civilians"}
    assert {m.category for m in find_casualties("killing 80 militants")} == {"combatants"}
    assert {m.category for m in find_casualties("Three people were killed")} == {"unknown"}


def test_victims_counted_place_by_place_are_added():
    assert counts("Missiles struck overnight, killing three people in Kharkiv and two in Odesa, officials said.") \
        == (5, None)
    assert counts("The strikes killed four people in Khan Younis, six in Gaza City and one in Rafah.") == (11, None)
    assert counts("Shelling wounded 12 people in Kherson and three more in Nikopol.") == (None, 15)


def test_a_chief_of_a_force_is_a_combatant():
    assert {m.category for m in find_casualties("Gunmen killed the district police chief on Monday.")} == {"combatants"}
    assert {m.category for m in find_casualties("The village chief was killed on Monday.")} == {"civilians"}


def test_background_statistics_do_not_count():
    assert counts("All 1,901 people killed by opioids in N.J. last year, mapped") == (None, None)


def test_negation_is_not_a_casualty():
    assert counts("The officer was not injured.") == (None, None)


def test_rule_and_range_kept():
    killed, _ = combine(find_casualties("at least 20 people were killed"))
    assert (killed.low, killed.best, killed.high) == (20, 20, None)
    assert "at least" in killed.rule


def test_an_explicit_none_stands():
    assert counts("A man was shot in Pension Town on Friday. Flot said that no one was injured.") == (0, 0)


def test_an_age_is_no_count():
    killed, _ = counts("The shooting killed 32-year-old Charles M. Burkybile.")
    assert killed in (None, 1)


@pytest.mark.parametrize("text,killed,wounded", [
    # the second victim's verb left out, after 'and' or a headline's comma
    ("One woman is dead and another hospitalized after the gunfire on Birch Lane.", 1, 1),
    ("Two killed, another rushed to the county medical center", 2, 1),
    ("A worker was killed and another in serious condition after the ambush.", 1, 1),
    # a zero about one group leaves the victims told elsewhere standing
    ("Dana Kole had been shot in the foot. None of the deputies were hurt.", None, 1),
    ("No one inside the bakery was injured, but a passing driver was shot in the arm.", None, 1),
    # neither, and a question left open, are no victims
    ("Neither of the tellers was hurt during the robbery.", None, 0),
    ("It was unclear whether any of the three robbers were hit.", None, None),
])
def test_elliptic_scoped_and_open_statements(text, killed, wounded):
    assert counts(text) == (killed, wounded)


@pytest.mark.parametrize("text,killed", [
    ("He said twelve militants were killed in the raid on the camp.", 12),
    ("She said twenty-three people were killed, most of them traders.", 23),
    ('The army said in a statement that "more than fifty terrorists" had been neutralised.', 51),
    # (a vague one too: its lower bound, not one)
    ("She said several people were killed in the raid.", 3),
])
def test_a_number_word_after_a_speaker_is_the_count_not_the_speaker(text, killed):
    # (as the digits are: "He said 12 militants were killed"; the pronoun is who speaks, no lone victim)
    assert counts(text)[0] == killed


def test_an_age_before_a_noun_is_no_count():
    assert counts("Officers found an injured 41-year-old man in the hallway.") in ((None, 1), (None, None))


@pytest.mark.parametrize("text,killed,wounded", [
    ("The robbery killed one clerk and seriously injured another.", 1, 1),
    ("The gunmen pistol-whipped a customer and fled with the register.", None, 1),
    ("The intruder struck the homeowner in the face with a handgun.", None, 1),
    ("A stray bullet struck her in the shoulder as she slept.", None, 1),
    ("Shrapnel hit the driver in the leg.", None, 1),
    ("A round struck the driver side door.", None, None),
    ("Two brothers argued and one was shot in the hip.", None, 1),
    ("A 19-year-old who was accidentally shot in the foot was treated at the scene.", None, 1),
    ("She accidentally struck a mailbox while backing out.", None, None),
    ("The crossfire sent a teenager to the hospital.", None, 1),
    ("A cashier is fighting for her life after the holdup.", None, 1),
    ("A deputy is recovering at home after the exchange of gunfire.", None, 1),
    ("The victim's injury was non-life threatening, officers said.", None, 1),
    ("Someone shot three deer on the ranch last week.", None, None),
])
def test_more_ways_to_tell_a_victim(text, killed, wounded):
    assert counts(text) == (killed, wounded)


@pytest.mark.parametrize("text,killed,wounded", [
    # one hit, told by the bullet: its subject, the bullet taken, the part of the body it struck
    ("A bullet grazed the head of a 30-year-old man during a shooting on Friday.", None, 1),
    ("A bullet grazed the woman's cheek as she ran.", None, 1),
    ("Bullets struck two women sitting on a porch.", None, 2),
    ("A 19-year-old man took a bullet in the arm when someone opened fire.", None, 1),
    ("A 16-year-old boy took a round to the stomach outside a corner store.", None, 1),
    ("A 52-year-old woman caught a stray bullet while driving home.", None, 1),
    # ... someone's kin, besides the dead ("his brother" is of the dead man's, not he)
    ("A bullet struck her grandson in the chest during the shooting.", None, 1),
    ("A man was shot and killed on Friday, police said. A stray bullet also struck his brother in the leg.", 1, 1),
    # ... not a thing the bullet struck, nor a figure of speech
    ("A man was shot and killed on Friday, police said. A stray bullet struck his car.", 1, None),
    ("A bullet grazed his car's door and left a long scrape.", None, None),
    ("A bullet grazed the back of a delivery driver's van.", None, None),
    ("Gunfire struck two cars and a house.", None, None),
    ("The coach praised him for taking a bullet for the team.", None, None),
    ("He took a bullet for the team on Saturday.", None, None),
])
def test_one_hit_told_by_the_bullet(text, killed, wounded):
    assert counts(text) == (killed, wounded)


def test_the_object_of_a_violent_gerund_is_no_subject():
    # the woman was beaten, not killed; the man who died is counted ("accused of ..." tells which man)
    assert counts("A man accused of beating a woman was killed by deputies.") == (1, None)


@pytest.mark.parametrize("text,killed,wounded", [
    ("A man and a teenage girl were wounded when someone fired from a passing car.", None, 2),
    ("A woman and her son were shot outside the laundromat.", None, 2),
    ("A man and woman were found dead in the apartment.", 2, None),
])
def test_two_people_named_together(text, killed, wounded):
    assert counts(text) == (killed, wounded)


@pytest.mark.parametrize("text,killed,wounded", [
    ("The crash that injured 52-year-old woman is under investigation.", None, 1),
    ("Deputies say the suspect shot his stepson in the arm.", None, 1),
    ("A 40-year-old woman in a minivan was wounded in the hand.", None, 1),
    ("He faces charges of attempted first-degree murder of a deputy.", None, None),
    ("Detectives are looking into the shootings of three people outside a bar.", None, 3),
])
def test_ages_relatives_places_and_attempts(text, killed, wounded):
    assert counts(text) == (killed, wounded)


@pytest.mark.parametrize("text,killed,wounded", [
    ("Okafor and the van's driver were both hit, according to troopers.", None, 2),
    ("Lindqvist, Maria Duarte and Pell were shot in the parking lot.", None, 3),
    ("Harlan and his wife were found dead in the farmhouse.", 2, None),
    # found, then how they died: each counted, not only the counted kin
    ("A woman and her two children were found shot to death in the house.", 3, None),
    ("Harlan and his son were found shot dead in a parked car.", 2, None),
    ("Police and firefighters were called to the scene.", None, None),
])
def test_people_named_together(text, killed, wounded):
    assert counts(text) == (killed, wounded)


@pytest.mark.parametrize("text,killed,wounded", [
    ("Deputies said the gunfire killed Rosa Mae Lind, 31, and Abel Park, 29, late Friday.", 2, None),
    ("The gunman shot and killed 44-year-old Nora Quist and her son, 19-year-old Eli Quist, in their kitchen.", 2, None),
    ("Investigators say the shooting took the life of 52-year-old Hal Brenner.", 1, None),
    ("He is charged in the deaths of Ann Bly, 60; Roy Bly, 62; and Tess Moran, 27.", 3, None),
    # a capital after the verb without an age names no one
    ("The man was shot and killed New Year's Eve outside a bar.", 1, None),
])
def test_people_killed_told_by_name_and_age_after_the_verb(text, killed, wounded):
    assert counts(text) == (killed, wounded)


def test_people_hurt_told_one_by_one_by_their_ages_are_each_counted():
    text = ("Officers were sent to Linden Avenue late Saturday after calls about gunfire. A 34-year-old man was shot in "
            "the thigh and was driven to a hospital in good condition. A 26-year-old woman was grazed on the elbow by a "
            "bullet and was treated at the scene.")
    assert _killed_wounded_totals(text, WED) == (0, 2)
    # the same age told again is the same person
    text = ("A 34-year-old man was shot in the thigh late Saturday on Linden Avenue. The 34-year-old was driven to a "
            "hospital in good condition.")
    assert _killed_wounded_totals(text, WED) == (0, 1)
    # a line of a list of runs, each at its own block and hour, is another incident's
    text = ("Police listed the night's calls. A 34-year-old man was shot in the 900 block of Linden Avenue at 9 p.m. "
            "A 26-year-old woman was shot in the 300 block of Ash Street at 11:40 p.m.")
    assert _killed_wounded_totals(text, WED)[1] == 1


@pytest.mark.parametrize("text,killed,wounded", [
    ("Deputies said the intruder shot a woman on the back porch, then shot a man who ran out to help her.", 0, 2),
    ("Deputies said the intruder shot a woman on the back porch. He then shot a man who ran out to help her.", 0, 2),
    ("The robber shot a cashier at the counter and then shot a customer near the door, police said.", 0, 2),
    # the first one's death told after: one dead, the other hurt
    ("Deputies said the intruder shot a woman on the back porch, then shot a man who ran out to help her. She died "
     "at a hospital.", 1, 1),
    # "both" told after holds the two
    ("Deputies said the intruder shot a woman on the back porch, then shot a man who ran out to help her. Both were "
     "flown to a trauma center.", 0, 2),
])
def test_people_shot_one_after_another_by_the_shooter_are_each_counted(text, killed, wounded):
    # (the object of a later act, "then shot a man", is told anew: someone besides the one hurt before)
    assert _killed_wounded_totals(text, WED) == (killed, wounded)


@pytest.mark.parametrize("text,killed,wounded", [
    ("A 19-year-old man killed his parents and wounded his sister at the family home early Sunday.", 2, 1),
    ("Her grandparents were found dead in the kitchen.", 2, None),
    # a plural kin word with no number of its own still tells none
    ("The man killed his sons on Sunday.", None, None),
    ("The boy's parents were notified.", None, None),
])
def test_a_possessive_s_parents_are_two(text, killed, wounded):
    assert counts(text) == (killed, wounded)


@pytest.mark.parametrize("text,killed,wounded", [
    ("She shot her husband and stepson during a dispute on Sunday night.", None, 2),
    ("A man shot and killed his wife and son on Sunday.", 2, None),
    # no kin after the victim: nobody more
    ("He shot his girlfriend and police arrived minutes later.", None, 1),
    # a claim tells no second death ("claiming to have killed his father and brother")
    ("Police received a call from someone claiming to have killed his father and brother.", 1, None),
])
def test_kin_told_bare_after_a_possessive_victim_are_victims_too(text, killed, wounded):
    assert counts(text) == (killed, wounded)


def test_a_wife_and_stepson_shot_are_two_hurt():
    event = one_event("A Canton woman shot her husband and stepson during a domestic dispute Sunday night, police said.")
    assert event.wounded["best"] == 2


def test_parents_killed_by_their_son_are_two_dead():
    event = one_event("A 19-year-old Muncie man killed his parents and wounded his sister at the family's home early Sunday.")
    assert (event.killed["best"], event.wounded["best"]) == (2, 1)


def test_a_woman_and_her_children_found_shot_to_death_are_all_dead():
    event = one_event("A woman and her two children were found shot to death Sunday inside a home in east Tulsa.")
    assert event.killed["best"] == 3


@pytest.mark.parametrize("text,killed,wounded", [
    ("Rues said the teenager was one of two people shot at the house.", None, 2),
    ("The cook was one of three men who were wounded in the kitchen.", None, 3),
    ("He and his cousin were shot as they sat on the porch.", None, 2),
    ("She and a friend were both wounded outside the club.", None, 2),
    # a tally of a day or a city is no group of the incident
    ("Hart was one of six people shot Saturday across the city.", None, None),
])
def test_one_of_a_group_and_a_pronoun_with_a_companion(text, killed, wounded):
    assert counts(text) == (killed, wounded)


@pytest.mark.parametrize("text,killed,wounded", [
    ("The cashier was taken to St. Luke's hospital in critical condition.", None, 1),
    ("Police said two men inside the corner market were hurt by broken glass.", None, 2),
    ("A 12-year-old boy — thought to have been walking home from school — was shot in the arm.", None, 1),
    # an accident is no act of violence
    ("The driver of a delivery van was killed when his vehicle collided with a pole.", None, None),
    ("Two women were injured in a three-car crash on the bridge.", None, None),
])
def test_dotted_names_longer_places_dashed_remarks_and_accidents(text, killed, wounded):
    assert counts(text) == (killed, wounded)


def test_an_earlier_act_the_report_measures_from_is_background():
    assert counts("Since the Easter Sunday shooting at the mall that killed six people, guards patrol the doors.") == \
        (None, None)


@pytest.mark.parametrize("text", [
    "The killings capped a weekend that saw nine people shot around town, two of them fatally.",
    "Monday was the third consecutive day on which at least five people were shot in the county.",
    "The rifle was used in four separate shootings that left one dead and three others wounded.",
])
def test_tallies_over_several_acts_are_background(text):
    assert counts(text) == (None, None)


def test_peoples_named_as_victims_are_counted():
    from extraction.casualties import find_casualties as found_in
    text = "Two Iraqis were wounded and three Palestinians killed by Israeli forces."
    assert [(m.kind, m.best) for m in found_in(text, 0, len(text))] == [("wounded", 2), ("killed", 3)]


def test_two_groups_left_dead_together():
    assert counts("Gunmen clashed with soldiers on Thursday, leaving 10 gunmen and two soldiers dead.") == (12, None)
    assert counts("The blast left two dead and five injured.") == (2, 5)


def test_two_counted_groups_as_one_subject_and_a_part_of_a_named_group():
    assert counts("Four policemen and nine militants were killed in the exchange of fire.") == (13, None)
    assert counts("Two guards and three other people were wounded.") == (None, 5)
    # the last of an aside is no group of its own
    assert counts("At least 40 people were killed, including six women, and 210 wounded.") == (40, 210)
    [dead] = find_casualties("Three of the assailants were shot dead by the guards.")
    assert (dead.best, dead.category, dead.group) == (3, "combatants", "armed group")
    # a part of a group that shoots someone named is no victim
    assert find_casualties("One of the robbers shot Martinez in the arm and fled.") == []


def test_a_part_of_the_named_group_is_of_its_side():
    # "killing six of the attackers": the attackers' dead, added to the soldiers' told apart
    text = ("Gunmen ambushed a military convoy on Wednesday, killing four soldiers, the ministry said. "
            "Troops returned fire, killing between six and eight of the attackers.")
    killed, _ = combine(find_casualties(text))
    assert (killed.low, killed.best, killed.high) == (10, 10, 12)


def test_a_counted_group_and_one_more_are_added():
    text = "Five soldiers of the Rapid Action Battalion and a farmer were killed when the mine went off."
    found = find_casualties(text)
    assert counts(text) == (6, None)
    assert sorted((m.category, m.best) for m in found) == [("civilians", 1), ("combatants", 5)]
    assert counts("Three policemen and a bystander were killed in the blast.") == (4, None)
    # "three more men and another teen": an addition to a count told before, left as it was
    assert counts("The shootings also left three more men and another teen wounded.")[1] != 4


def test_separatists_guerrillas_and_bandits_are_armed_men():
    found = find_casualties("Two separatists, four guerrillas and five bandits were killed.")
    assert counts("Two separatists were killed.") == (2, None)
    assert all(m.category == "combatants" for m in found)


def test_police_counted_as_a_group_are_the_state_s_men():
    assert counts("Five soldiers and police were killed in the attack.") == (5, None)
    [hurt] = find_casualties("Two police were injured.")
    assert (hurt.best, hurt.category, hurt.group) == (2, "combatants", "state forces")


def test_a_group_s_own_men_killed_are_combatants_after_the_verb_too():
    [killed] = find_casualties("An air strike on its base on Sunday killed 10 of its fighters.")
    assert (killed.best, killed.category) == (10, "combatants")
    [killed] = find_casualties("The blast killed three of their own children.")
    assert killed.category == "unknown"


def test_aides_associates_and_bodyguards_killed_with_an_official_are_counted():
    for text, total in (("Gunmen killed the governor and three of his aides.", 4),
                        ("The blast killed the minister and two bodyguards.", 3),
                        ("Gunmen killed a lawmaker and four associates on Friday.", 5)):
        killed, _ = combine(find_casualties(text))
        assert killed.best == total, text


def test_a_deputy_minister_is_the_minister_s_noun_phrase_not_a_police_deputy():
    killed, _ = combine(find_casualties("Gunmen killed Somalia's deputy finance minister and four guards."))
    assert killed.best == 5
    [deputy] = find_casualties("Gunmen shot dead a sheriff's deputy on Friday.")
    assert (deputy.best, deputy.category) == (1, "combatants")


# From test_extraction_communal.py: Communal and identity violence on sentences of our own (no gazetteer needed):
# herder-farmer raids, cattle raids, clan and tribal fighting, mobs that kill.

def test_words_before_communal_men_that_name_no_people():
    # a sentence's modifier, a creed, a country's people, a place the report names as one, a named group, any groups
    assert named("Angry youths gathered.") == [("youths", "Civilians ({country})")]
    assert named("Muslim youths gathered.") == [("youths", "Civilians ({country})")]
    assert named("Somali militias fought.")[0][1] == "Unidentified Armed Group ({country})"
    assert named("Zamfara youths gathered in Zamfara.") == [("youths", "Civilians ({country})")]
    assert named("Two Alabama hunters died in the state of Alabama.") == []
    assert named("Hamas militants fired.") == [("Hamas militants", "Hamas Movement")]
    assert named("Labor groups and Republican youths met.") == [("youths", "Civilians ({country})")]
    assert named("armed Meitei and Kuki groups") == [("Meitei", "Meitei Ethnic Militia ({country})"),
                                                    ("Kuki groups", "Kuki Ethnic Militia ({country})")]


# From test_extraction_conflictfix.py: Conflict copy left wrong by the last rounds: the dead handed over in an
# exchange, families counted whole, the weapon told after the verb, a claim's day, and what a report only expects or
# sets as a condition.

def test_a_family_is_counted_whole():
    [ev] = helpers.events("A farmer, his wife and their four children were killed when gunmen attacked their home on Monday.", published=helpers.TUE_2024_05_14)
    assert ev.killed["best"] == 6
    [ev] = helpers.events("A woman and her three sons were killed when a shell struck their house on Monday.", published=helpers.TUE_2024_05_14)
    assert ev.killed["best"] == 4
    # an age is no count
    [ev] = helpers.events("Gunmen killed a couple and their 3-year-old daughter outside their home on Monday.", published=helpers.TUE_2024_05_14)
    assert ev.killed["best"] == 3


# From test_extraction_crimeworld.py: Violent-crime reports from outside the US (UK and Ireland, South Africa, Nigeria
# and Kenya, India and Pakistan, Australia and Canada, the Caribbean): their dead and hurt counted as on US reports.

def test_taxi_drivers_and_riders_are_victims_counted():
    text = "Three minibus drivers were shot dead at a taxi rank on Monday morning, police said."
    assert counts_per_event_2025_09_04(text)[0][0] == 3


def test_a_day_between_the_verbs_parts_keeps_the_count():
    # Nigerian and Kenyan usage: "was on Tuesday lynched"
    text = "A suspected thief was on Tuesday lynched by an angry mob at a bus park."
    assert counts_per_event_2025_09_04(text)[0][0] == 1


def test_a_victim_told_by_what_they_were_suspected_of_is_counted():
    assert counts_per_event_2025_09_04("A man suspected of stealing a phone was lynched by a mob at a market on Friday.")[0][0] == 1
    assert counts_per_event_2025_09_04("Two women accused of witchcraft were hacked to death by villagers on Monday.")[0][0] == 2


# From test_extraction_europe.py: Conflict copy from Europe, the Caucasus and Turkey: border incidents, dissident
# republicans, sabotage, unrest.

def test_kosovo_s_nato_led_peacekeepers_are_kfor():
    [ev] = extract_events("Ethnic Serbs clashed with NATO-led peacekeepers outside the municipal building on Monday, "
                          "throwing rocks as they protested against the new mayor. Thirty KFOR soldiers were injured, "
                          "the mission said.",
                          published_at=SUN, toponyms=[], locations=[])
    assert (ev.sub_event_type, ev.actor2["name"], ev.wounded["best"]) == (
        "Violent demonstration", "KFOR: Kosovo Force", 30)


# From test_extraction_events.py: Event assembly on hand-made text and hand-made toponyms (no gazetteer needed).

def test_process_report_shape():
    out = process_report({"id": "x", "title": "Clash", "body": "Two soldiers were killed and five wounded in "
                          "clashes with rebels on Monday.", "published_at": "2018-03-07T10:00:00Z"}, None)
    assert set(out) == {"id", "toponyms", "events", "totals"}
    assert out["totals"] == {"killed": 2, "wounded": 5}
    ev = out["events"][0]
    assert set(ev) == {"event_type", "sub_event_type", "actor1", "actor2", "killed", "wounded", "missing", "abducted", "date_start",
                       "date_end", "date_precision", "location", "evidence", "inferred", "confidence"}
    assert set(ev["killed"]) == {"low", "best", "high", "civilians", "side_a", "side_b", "unknown", "phrase", "rule"}
    assert ev["date_start"] == "2018-03-05"


def test_an_earlier_incident_recalled_is_not_counted():
    text = ("One person was killed and another hurt during a shooting Tuesday night in Henderson. "
            "Darrion Richardson, 23, died at a hospital. "
            "On March 15, two people were killed and a third was wounded during a shooting at a home on Harrell Street. "
            "He died a few days later.")
    assert _killed_wounded_totals(text, "2018-03-21") == (1, 1)


def test_an_earlier_deadly_shooting_recalled_without_a_count_is_not_counted():
    # the recalled act's sentence counts no dead ("a deadly shooting ... in which a man was chased"); the one after it,
    # undated, tells that act's death, not the report's
    text = ("A woman was shot in the leg on Alder Road on Wednesday afternoon and is in stable condition, police said. "
            "The shooting happened a block from the scene of a deadly shooting on Jan. 9 in which a driver was chased "
            "into a ditch. The gunman then fired into the truck, fatally wounding the driver. "
            "Anyone with information about Wednesday's shooting is asked to call police.")
    assert _killed_wounded_totals(text, "2018-03-07") == (0, 1)
    assert _killed_wounded_totals(text.replace("fatally wounding the driver", "killing the driver"), "2018-03-07") == (0, 1)


def test_an_unrelated_incident_told_after_the_report_s_own_is_not_its_main_one():
    # the report's own shooting hurt one; the one it adds "in an unrelated shooting" killed one: an event of the
    # report still, but its dead are not the report's, however many
    text = ("A man was shot in the arm on Birch Street on Monday night and is expected to recover, police said. "
            "In an unrelated shooting, a 30-year-old woman found wounded on Oak Avenue last Thursday died of her "
            "injuries on Sunday, police said.")
    assert _killed_wounded_totals(text, "2018-03-06") == (0, 1)
    assert len(helpers.report_events(text, published="2018-03-06")) == 2
    # (so is the death told after the unrelated incident's sentence, on the day of the report's own)
    text = ("A man was shot in the arm on Birch Street on Monday night and is expected to recover, police said. "
            "In an unrelated shooting, a 30-year-old woman was found badly hurt on Oak Avenue last Thursday. "
            "Police learned on Monday that she had died.")
    assert _killed_wounded_totals(text, "2018-03-06") == (0, 1)


def test_the_hurt_of_another_shooting_the_report_s_came_close_to_are_not_counted():
    text = ("A teenager was shot in the leg on Pine Street on Friday night and taken to a hospital, police said. "
            "The shooting came within hours of another shooting across town, where two women were also wounded.")
    assert _killed_wounded_totals(text, "2018-03-10") == (0, 1)
    # (but "within hours of the shooting" names the report's own)
    assert _killed_wounded_totals("A teenager was shot in the leg on Pine Street on Friday night. Police arrested a man "
                                  "within hours of the shooting.", "2018-03-10") == (0, 1)


def test_the_dead_those_gathered_remember_are_none_of_the_report_s():
    text = ("Two schools closed early on Thursday after a student reported a man with a gun near a bus stop. It was a "
            "day after hundreds of students marched downtown to remember the nine people shot dead at a church.")
    assert _killed_wounded_totals(text, "2018-03-15") == (0, 0)
    # (so in a sentence of its own day, as "in memory of" is)
    assert _killed_wounded_totals(text.replace("It was a day after hundreds", "On Wednesday, hundreds"), "2018-03-15") == (0, 0)


def test_storming_a_building_is_a_clash_and_its_dead_are_counted():
    text = ("Militants detonated a car bomb outside a hotel on Friday evening, killing 8 people. "
            "Security forces then stormed the building and killed the five attackers.")
    events = extract_events(text, published_at=dt.date(2024, 3, 12), toponyms=[], locations=[])
    assert [(e.sub_event_type, e.killed["best"]) for e in events] == \
        [("Remote explosive/landmine/IED", 8), ("Armed clash", 5)]


def test_a_guided_bomb_and_a_victim_noun_of_two_words():
    bomb = only_event("A Russian guided bomb struck a residential building on Sunday afternoon, wounding 14 people.",
                      dt.date(2024, 11, 18))
    assert (bomb.sub_event_type, bomb.actor1["name"]) == ("Air/drone strike", "Military Forces of Russia")
    ambush = only_event("Jihadists ambushed a convoy near Djibo on Monday, killing 17 soldiers and 36 volunteer "
                        "fighters.", dt.date(2023, 8, 15))
    assert (ambush.killed["best"], ambush.killed["civilians"]) == (53, 0)   # the fighters are no volunteers' victims
    staff = only_event("Two family members were wounded in the attack on Monday.", dt.date(2023, 8, 15))
    assert staff.wounded["best"] == 2


def test_a_participle_act_takes_the_country_that_opens_its_sentence():
    text = ("Ruritania launched what its defence ministry called a counter-terrorist operation in the northern hills "
            "on Friday, shelling rebel positions around two villages.")
    shelling = only_event(text, dt.date(2024, 2, 3))
    assert (shelling.sub_event_type, shelling.actor1) == ("Shelling/artillery/missile attack", None)  # no country
    shelling = only_event(text.replace("Ruritania", "Armenia"), dt.date(2024, 2, 3))
    assert shelling.actor1["name"] == "Military Forces of Armenia"


def test_headline_semicolon_parts_two_stories():
    # each clause of the title is a story of its own; the first is the body's lead told again, and its toll counts
    # whom the body says it counts
    text = report_text("Bandits kill 7 in Zamfara raid; police recapture village",
                       "Bandits on motorcycles killed 7 herders on a farm road in Zamfara state on Monday, residents said.")
    events = [e.to_dict() for e in extract_events(text, published_at=dt.date(2024, 5, 7), toponyms=[], locations=[])]
    assert [e["sub_event_type"] for e in events] == ["Attack", "Government regains territory"]
    attack = events[0]
    assert attack["actor2"]["inter"] == 7 and attack["evidence"]["actor1"]["start"] == 0
    assert (attack["killed"]["best"], attack["killed"]["civilians"], attack["killed"]["unknown"]) == (7, 7, 0)
    assert events[1]["actor2"] is None


def test_a_force_that_tells_its_own_operation_in_which_men_were_killed_fought_them():
    text = ("Bandits seized 40 villagers from a market in the district on Monday, residents said. The army said on "
            "Tuesday it had rescued 31 of them in a raid in which three guerrillas were killed.")
    events = extract_events(text, published_at=dt.date(2024, 6, 5), toponyms=[], locations=[])
    clash = [e for e in events if e.sub_event_type == "Armed clash"]
    assert len(clash) == 1 and clash[0].actor1["inter"] == 1 and clash[0].killed["best"] == 3


def test_troops_that_fire_on_positions_clash_and_children_herding_goats_are_counted():
    clash = only_event("Azerbaijani troops fired on Armenian positions near the village on Monday, wounding four "
                       "Armenian soldiers, the defence ministry said.", dt.date(2024, 2, 13))
    assert (clash.sub_event_type, clash.actor1["name"], clash.actor2["name"], clash.wounded["best"]) == \
        ("Armed clash", "Military Forces of Azerbaijan", "Military Forces of Armenia", 4)
    mine = only_event("A landmine explosion killed two children herding goats on Friday.", dt.date(2024, 4, 6))
    assert (mine.killed["best"], mine.killed["civilians"]) == (2, 2)


def test_a_retaliation_s_cause_keeps_its_dead_and_a_leader_is_counted():
    rockets = only_event("Hezbollah said it fired dozens of rockets at Israeli military positions on Thursday in "
                         "response to an Israeli strike that killed one of its commanders.", dt.date(2024, 6, 14))
    assert (rockets.sub_event_type, rockets.killed) == ("Shelling/artillery/missile attack", None)
    strike = only_event("U.S. forces carried out an airstrike on Wednesday, killing a senior Islamic State leader.",
                        dt.date(2024, 4, 18))
    assert strike.killed["best"] == 1


def test_a_mixed_group_and_the_dead_also_told_add_up():
    assert helpers.codings("Rebels attacked the town on Monday. About 15 soldiers and volunteers were killed, and scores of "
                   "civilians were also killed, residents said.", dt.date(2024, 6, 4), fields="killed.best") == [55]


def test_a_recalled_act_is_no_part_of_the_incident():
    assert helpers.codings("Militants attacked an army base on Monday night, killing two soldiers. It would be recalled that "
                   "the militants had attacked the same base in March, killing six soldiers.",
                   dt.date(2024, 4, 2), fields="killed.best") == [2]


# From test_extraction_fronts.py: War-front copy: weapons named with their launcher, interceptions, demonyms before a
# weapon's kind.

def test_a_disaster_that_only_dates_the_act_does_not_take_its_dead():
    ev = helpers.events("Military jets bombed the village on Friday, hours after the earthquake, killing seven people.", published=helpers.SAT_2025_03_08)[0]
    assert ev.killed["best"] == 7
    assert not helpers.events("The earthquake destroyed the village, killing seven people.", published=helpers.SAT_2025_03_08)


# From test_extraction_gvamerge.py: US gun-violence news as the Gun Violence Archive codes one incident (gvamerge):
# the shooter hurt by police or an armed bystander in the same incident is one more hurt, besides his victims.

def test_the_agent_of_a_passive_and_the_next_clauses_subject_are_no_pair_of_victims():
    text = ("A woman was shot by her husband and the man was then shot and killed by deputies at their home on "
            "Saturday, authorities said. The woman was taken to a hospital and is expected to recover.")
    assert helpers.totals(text, published="2025-07-14") == {"killed": 1, "wounded": 1}


# From test_extraction_gvastyle.py: US local gun-violence news as the Gun Violence Archive codes it: everyone shot or
# hurt in the incident, and the day of the shooting.

def test_one_told_by_its_place_makes_the_count_that():
    # "a fifth person" after four hurt: five; "a second man" after two: one of the two
    assert helpers.totals("Four people were hurt in a shooting Saturday night, including one who was grazed. Police said a "
                   "fifth person was shot in the foot.", published="2024-03-04") == {"killed": 0, "wounded": 5}
    assert helpers.totals("Two men were shot Saturday. One was hit in the leg; a second man was wounded in the arm.", published="2024-03-04") == \
        {"killed": 0, "wounded": 2}
    # the place counts all those hit, the dead too
    assert helpers.totals("Two people were killed in a shooting Saturday. A third person was wounded, police said.", published="2024-03-04") == \
        {"killed": 2, "wounded": 1}


# From test_extraction_isisfix.py: War reports of Syria and Iraq, 2014-2019 (the isisfix round): short reports of our
# own.

def test_a_force_that_lost_its_men_tells_its_dead():
    evs = helpers.report_events("Militants attacked an army post near the town of Samarra on Monday. The army lost seven soldiers "
                  "in the attack, an officer said.", published="2015-11-03", geoparser=helpers.GEOPARSER)
    assert evs and _killed_best_of(evs[0]) == 7
    evs = helpers.report_events("ISIS militants attacked Peshmerga positions near Makhmour on Tuesday but were pushed back. "
                  "ISIS lost 14 of its fighters in the attack, a Peshmerga officer said.", published="2016-03-30", geoparser=helpers.GEOPARSER)
    assert evs and _killed_best_of(evs[0]) == 14


def test_losses_that_are_no_men_tell_no_dead():
    evs = helpers.report_events("Islamic State fighters attacked the town on Monday. The group has lost 40 percent of its territory "
                  "this year, and the army lost two tanks in the attack.", published="2015-11-03", geoparser=helpers.GEOPARSER)
    assert all(not _killed_best_of(e) for e in evs)


# From test_extraction_latam.py: Organised armed violence in Latin America and the Caribbean: cartels, gangs,
# guerrillas and their acts.

def test_a_crowd_that_lynches_suspects_is_a_mob_and_the_dead_are_counted():
    ev = only_event("A crowd stoned and burned to death nine suspected gang members in Carrefour on Tuesday.", MON_2025_03_03)
    assert (ev.event_type, ev.sub_event_type, ev.actor1["name"], ev.killed["best"]) == (
        "Riots", "Mob violence", "Rioters", 9)
    ev = only_event("Villagers lynched two suspected thieves on Tuesday.", MON_2025_03_03)
    assert (ev.sub_event_type, ev.killed["best"]) == ("Mob violence", 2)
    # (a crowd that storms a police post is no community in arms)
    ev = only_event("An angry crowd attacked a police post on Tuesday and burned to death a man accused of theft.", MON_2025_03_03)
    assert (ev.sub_event_type, ev.actor1["name"], ev.killed["best"]) == ("Mob violence", "Rioters", 1)


# From test_extraction_leftovers.py: Kinds other rounds left: parties written with a word that tells what they are,
# governments as parties, arrests of people unnamed, deaths in custody, a lynching's victim, tolls of two verbs, a
# pronoun's dead, a speaker's venue.

def test_a_pronoun_killed_counts_those_told_before():
    assert killed("A man opened fire on officers outside a bank on Monday. Police shot him dead.") == [1]
    assert killed("Villagers caught two suspected thieves on Monday and beat them to death.") == [2]
    # (no one told before it: nobody counted)
    assert killed("Police shot him dead on Monday.") == [None]


# From test_extraction_levant3.py: Middle East copy, a third round: Gaza, the West Bank, Lebanon, Syria after Assad,
# Yemen, Iraq (2025).

def test_citizens_a_rider_and_a_mukhtar_are_counted_dead(geoparser):
    [ev] = report_events_published_2025_05_14("Four citizens were killed on Tuesday when artillery shelled a group of residents in the town of "
                  "Beit Lahia in the northern Gaza Strip, medical sources said.", geoparser, published="2025-03-18")
    assert ev["killed"]["best"] == 4
    [ev] = report_events_published_2025_05_14("A drone strike hit a motorcycle in the village of Kfar Kila near the border on Monday, killing its "
                  "rider, the state news agency said.", geoparser, published="2025-06-30")
    assert ev["killed"]["best"] == 1
    [ev] = report_events_published_2025_05_14("Unknown gunmen shot dead a village mukhtar in front of his house in Muqdadiyah district of Diyala "
                  "province on Saturday evening, a security source said.", geoparser, published="2025-06-07")
    assert (ev["killed"]["best"], ev["actor2"]["name"]) == (1, "Civilians (Iraq)")


def test_members_of_a_countrys_named_force_are_counted(geoparser):
    [ev] = report_events_published_2025_05_14("Two members of Iraq's Popular Mobilization Forces were killed and three wounded when Islamic State "
                  "militants attacked their position near Tarmiyah late on Thursday, security sources said.",
                  geoparser, published="2025-03-21")
    assert (ev["killed"]["best"], ev["wounded"]["best"]) == (2, 3)


# From test_extraction_perplace.py: An act told with its toll place by place is one event per place (ACLED codes one
# event per location).

def test_a_place_s_own_count_says_so_in_its_rule():
    text = "Russian missiles struck several cities overnight, killing three people in Kharkiv and two in Odesa."
    evs = helpers.events_at_places(text, [("Kharkiv", KHARKIV, 0), ("Odesa", ODESA, 0)], published=helpers.SAT_2025_03_08, area_precision=4)
    assert [(ev.killed["best"], ev.killed["rule"]) for ev in evs] == [
        (3, "count after the verb"), (2, "count told with its place")]


# From test_extraction_police2.py: US local copy of shootings involving police, and counts told piecemeal.

def test_a_victim_told_by_a_clause_not_set_off_is_counted():
    # "who ..." / "armed with ..." tells which man, between the noun and its verb, with no commas
    assert helpers.report_sum("A man who shot at deputies from a pickup truck was shot and killed by deputies Sunday.", path="killed.best", published="2024-10-10") == 1
    assert helpers.report_sum("A man armed with a machete was shot and killed by officers Sunday.", path="killed.best", published="2024-10-10") == 1
    # (a clause that tells the fate is no such clause: he died)
    assert helpers.report_sum("The 30-year-old man who died after he was shot outside a store was identified Monday.", path="killed.best", published="2024-10-10") == 1


# From test_extraction_sitrepsfix.py: Sitreps and daily summaries (fixing round): running totals over long windows,
# summaries above lists, weekly overviews dated at the end of the sentence, sub-types, actors and combined figures.

def test_a_country_s_attack_told_with_its_time_or_size_between_is_that_country_s_forces():
    text = "Russia's overnight drone attack on Kherson wounded three people and damaged a kindergarten."
    evs = helpers.events_at_places(text, [("Kherson", KHERSON, 0)], published=dt.date(2025, 5, 20))
    assert [(ev.sub_event_type, ev.actor1["name"]) for ev in evs] == [("Air/drone strike", "Military Forces of Russia")]


# From test_extraction_southasia.py: South and Southeast Asian usage: encounters, jawans, martyrs; the region's armed
# groups by name.

def test_a_chance_encounter_is_no_fight():
    events = extract_events("The two leaders had a chance encounter at the summit on Tuesday.", published_at=WED,
                            toponyms=[], locations=[])
    assert "Armed clash" not in [ev.sub_event_type for ev in events]


@pytest.mark.parametrize("text,killed,wounded", [
    # a wound told fatal is a death, the verb active as well as passive
    ("The gunman fired into the car, fatally wounding a 40-year-old driver and injuring his passenger.", 1, 1),
    ("He is accused of fatally wounding Dale Ostrow, 33, outside a bar on Pine Street.", 1, None),
    ("A guard mortally wounded the intruder before fleeing.", 1, None),
    ("The deputy fatally shooting a teenager has drawn protests.", 1, None),
    # ... not a wound told apart from the fatal one
    ("The shots wounded a 40-year-old driver, police said.", None, 1),
])
def test_fatally_wounding_someone_kills_them(text, killed, wounded):
    assert counts(text) == (killed, wounded)


def test_martyred_is_killed():
    ev = helpers.only_event("Four policemen were martyred when militants attacked a police post on Tuesday night.", published=helpers.WED_2025_03_12)
    assert ev.killed["best"] == 4
    assert ev.actor2["name"].startswith("Police Forces")


# From test_extraction_statemedia.py: Conflict news as state and official media write it in English: defence
# ministries' and their agencies' words for killing the enemy ("eliminated", "liquidated", "sent to hell", "the enemy
# lost up to 45 servicemen"), a soldier's death ("embraced shahadat"), the epithets they name the enemy by ("khwarij",
# "PKK/YPG terrorists", "terrorist PDF", "the Zionist regime"), and an agency's dateline credit ("ANKARA (AA) -").

def test_state_media_words_for_killing_count_the_dead():
    [ev] = events_published_2024_06_04("IDF soldiers eliminated three terrorists who opened fire at them in Jenin on Monday, the IDF said.")
    assert ev.killed["best"] == 3
    [ev] = events_published_2024_06_04("Russian forces repelled attacks near Sudzha on Monday, liquidating up to 120 Ukrainian servicemen.")
    assert ev.killed["best"] == 120
    [ev] = events_published_2024_06_04("Security forces raided a hideout in Tank on Monday. During the intense exchange of fire, four khwarij "
                  "were sent to hell, while two soldiers embraced shahadat.")
    assert ev.killed["best"] == 6


def test_men_a_force_lost_are_its_dead_but_not_its_tanks(geoparser):
    [ev] = helpers.report_events("Russian forces repelled three counterattacks near Volchansk in Ukraine's Kharkiv region on Monday. The "
                  "enemy lost up to 45 servicemen, a tank and two armoured vehicles.", geoparser, published="2024-06-04")
    assert ev["killed"]["best"] == 45
    assert ev["sub_event_type"] == "Armed clash"


def test_a_front_sector_s_daily_losses_are_no_toll_of_the_strike_told_before(geoparser):
    # "in the area of responsibility of the Battlegroup Vostok over the past 24 hours": a sector's day, not the strike's
    [ev] = helpers.report_events("The Russian armed forces struck a command post of a Ukrainian army brigade in Krivoy Rog "
                                 "with an Iskander missile on Tuesday. Up to 40 Ukrainian servicemen were eliminated, the "
                                 "ministry said. Kiev regime forces also lost up to 230 troops in the area of responsibility "
                                 "of the Battlegroup Vostok over the past 24 hours.", geoparser, published="2025-04-16")
    assert ev["killed"]["best"] == 40


def test_one_more_told_by_its_rank_is_counted():
    [ev] = events_published_2024_06_04("Two civilians were martyred and a third was injured on Monday when a drone targeted their car near "
                  "Amuda.")
    assert (ev.killed["best"], ev.wounded["best"]) == (2, 1)
    # (not the rank of one among men not hurt: "Two suspects are on the run and a third was fatally shot")
    [ev] = events_published_2024_06_04("Two home invasion suspects are on the run and a third was fatally shot by a resident on Monday.")
    assert (ev.killed or {}).get("best") != 3


# From test_extraction_tolls.py: How conflict copy states its tolls: the doer dead with his victims, groups counted
# together, sources that disagree.

def test_the_doer_dead_with_those_he_killed_is_counted_on_his_side():
    [ev] = events("A suicide bomber blew himself up outside a police station on Wednesday, killing himself and three "
                  "policemen, officials said.")
    assert (ev.killed["best"], ev.killed["side_a"], ev.killed["side_b"]) == (4, 1, 3)
    [ev] = events("The attacker detonated a suicide vest at a wedding hall on Wednesday, killing himself and a guest.")
    assert (ev.killed["best"], ev.killed["side_a"], ev.killed["civilians"]) == (2, 1, 1)
    assert ev.sub_event_type == "Suicide bomb"
    # (a title's toll of those he killed is the same toll: he is added once)
    [ev] = events("Suicide blast kills three policemen\n\nA suicide bomber blew himself up outside a police station on "
                  "Wednesday, killing himself and three policemen.")
    assert (ev.killed["best"], ev.killed["side_a"]) == (4, 1)


def test_a_lone_victim_before_a_counted_group_is_added_to_it():
    [ev] = events("A policeman and four villagers were killed when rebels attacked a market on Wednesday.")
    assert (ev.killed["best"], ev.killed["civilians"]) == (5, 4)
    # (a verb's object before the group is not one of its number)
    [ev] = events("The gunman shot a guard and two women were wounded by shrapnel on Wednesday.")
    assert ev.wounded["best"] == 2


def test_those_who_remain_missing_are_missing():
    [ev] = events("Rebels attacked a village on Wednesday, killing six civilians; at least 15 people remain missing.")
    assert (ev.killed["best"], ev.missing["best"]) == (6, 15)


# From test_extraction_tolls3.py: Casualty phrasing in wire and local conflict copy: victims listed with their kin and
# companions, families, and counts told in other shapes.

def test_a_family_of_n_is_n_people():
    [ev] = events("An air strike on a house in the town killed a family of six early on Thursday, medics said.")
    assert ev.killed["best"] == 6


# From test_extraction_ukraine.py: The Russia-Ukraine war told day by day: governors' summaries, drones and missiles
# by make, the front's news.

def test_an_age_after_the_article_is_no_count():
    [ev] = extract_events("A drone attacked a car in the village on Monday, killing the 47-year-old driver.",
                          published_at=MON_2025_09_29, toponyms=[], locations=[])
    assert ev.killed["best"] == 1
    [ev] = extract_events("Mortar fire hit the yard on Monday, wounding the 70-year-old owner.",
                          published_at=MON_2025_09_29, toponyms=[], locations=[])
    assert ev.wounded["best"] == 1


# From test_extraction_ukraine2.py: The Russia-Ukraine war as wire and local copy tells it day by day (round
# ukraine2).

def test_killing_him_counts_the_one_told_before():
    [ev] = extract_events("A Russian FPV drone attacked a volunteer in the suburb on Friday morning, killing him, the "
                          "administration said.", published_at=FRI, toponyms=[], locations=[])
    assert ev.killed["best"] == 1 and ev.actor2["name"].startswith("Civilians")
    # (a killing said not to have been counts no one)
    [ev] = extract_events("A drone struck a car on Friday, hitting the driver in the leg but not killing him.",
                          published_at=FRI, toponyms=[], locations=[])
    assert not ev.killed


def test_sailors_aboard_a_ship_are_counted():
    [ev] = extract_events("Drones hit the port on Friday. Three sailors aboard a tanker were injured, the mayor said.",
                          published_at=FRI, toponyms=[], locations=[])
    assert ev.wounded["best"] == 3


# From test_extraction_uslocal.py: US local shooting news (the copy the Gun Violence Archive codes): tolls told the
# way local outlets tell them.

def test_possessive_count_after_the_verb_and_then_himself():
    # a family's count after a possessive, and the shooter's own death told as the clause's tail
    assert helpers.totals("A Dover man fatally shot his three sons and then himself Friday at their home, police said.", published="2024-03-04") == \
        {"killed": 4, "wounded": 0}
    assert helpers.totals("Police say a woman shot and killed her husband and then herself late Sunday.", published="2024-03-04") == \
        {"killed": 2, "wounded": 0}


@pytest.mark.parametrize("text, dead", [
    ("A drone strike in Beirut on Tuesday killed Hamas commander Saleh al-Arouri, sources said.", 1),
    ("A drone strike in Beirut on Tuesday killed Hamas deputy leader Saleh al-Arouri and six other members of the group.", 7),
    ("An Israeli strike killed senior commander Taleb Abdallah and three others on Tuesday, a source said.", 4),
])
def test_a_titled_victim_with_an_arabic_last_name_is_counted(text, dead):
    # the last name opens with its lower-case article ("al-Arouri"): a name all the same, and "and six other members"
    # after it are more dead
    assert killed(text) == [dead]

def test_named_victim_with_age_after_killing():
    assert helpers.totals("A gunman opened fire outside a gas station on Friday, killing Luis Ortega, 33, "
                   "and wounding a 41-year-old customer.", published="2024-03-04") == {"killed": 1, "wounded": 1}


# From test_extraction_victims.py: Armed men as the dead or the captured, across wars: who acts and who it is done to.

def test_yemens_southern_transitional_council_by_name(geoparser):
    [ev] = helpers.report_events("Al-Qaeda militants attacked an STC checkpoint in Zinjibar on Monday, killing two STC fighters.", geoparser, published="2025-03-12")
    assert ev["actor2"]["name"] == "STC: Southern Transitional Council"


def test_north_east_syrias_asayish_by_name(geoparser):
    [ev] = helpers.report_events("The Asayish detained five suspected Islamic State members in Qamishli on Monday.", geoparser, published="2025-03-12")
    assert (ev["sub_event_type"], ev["actor1"]["name"]) == ("Arrests", "Asayish: Kurdish Internal Security Forces")


# From test_extraction_westfix.py: West Asia fixes: victims counted 'along with' the one told, a protest's crowd
# before the force that intervenes, unclaimed strikes' unidentified doers, victims' own words over their target's
# owner, and the region's spellings.

def test_victims_along_with_the_one_told_are_counted():
    [ev] = events_published_2025_04_30("Unidentified gunmen shot dead a prominent cleric along with two of his sons on Tuesday night.")
    assert ev.killed["best"] == 3
    [ev] = events_published_2025_04_30("The minister was killed in a suicide bombing inside the ministry compound, along with five other "
                  "people, officials said on Wednesday.")
    assert ev.killed["best"] == 6
    [ev] = events_published_2025_04_30("A car bomb exploded near a base on Thursday, killing a faction commander along with six of his "
                  "fighters.")
    assert ev.killed["best"] == 7
    # (no one killed before it: a companion, no victim)
    [ev] = events_published_2025_04_30("Police arrested the suspect along with two accomplices on Monday after a shooting that wounded a man.")
    assert ev.killed is None or ev.killed["best"] == 0


def test_the_victims_own_words_decide_whose_dead_a_strike_s_are():
    # shepherds, though the strike's side says it targets a group
    [ev] = events_published_2025_04_30("A Turkish drone struck a group of shepherds near the village on Wednesday, killing three of them. "
                  "Turkey says its operations in the mountains target fighters of the PKK, which has bases in the area.")
    assert (ev.actor1["name"], ev.actor2["name"]) == ("Military Forces of Turkey", "Civilians")
    # students near a group's checkpoint
    [ev] = events_published_2025_04_30("A Turkish drone struck a minibus carrying university students near a checkpoint of the Syrian "
                  "Democratic Forces (SDF) on Thursday, killing four students.")
    assert ev.actor2["name"] == "Civilians"
    # (a group's men told by its name stay its own, whatever the words in the name: 'Workers')
    [ev] = events_published_2025_04_30("Turkish air strikes killed 13 Kurdistan Workers Party (PKK) militants near Amadiya on Sunday.")
    assert ev.actor2["name"] == "PKK: Kurdistan Workers Party"


def test_a_unit_s_letters_in_brackets_and_porters_are_counted():
    [ev] = events_published_2025_04_30("Four Frontier Corps (FC) soldiers were martyred on Monday when a roadside bomb struck their vehicle.")
    assert ev.killed["best"] == 4
    [ev] = events_published_2025_04_30("Two fuel porters were shot dead by border guards near the border on Tuesday.")
    assert (ev.killed["best"], ev.actor2["name"]) == (2, "Civilians")
    [ev] = events_published_2025_04_30("A 17-year-old kolbar was killed and two other porters were wounded when border guards opened fire "
                  "on Tuesday.")
    assert (ev.killed["best"], ev.wounded["best"]) == (1, 2)


def test_a_people_s_word_before_an_office_names_no_people():
    [ev] = events_published_2025_04_30("The refugees minister was killed in a suicide bombing inside the ministry compound on Wednesday, "
                  "along with five other people. The Islamic State Khorasan Province (ISKP) armed group claimed "
                  "responsibility.", published=dt.date(2024, 12, 11))
    assert (ev.actor1["name"], ev.killed["best"]) == ("Islamic State Khorasan Province", 6)


def test_one_person_after_a_long_agency_name_is_a_victim_counted():
    text = ("A Missouri State Highway Patrol trooper was wounded Friday night during a traffic stop on the interstate, "
            "the patrol said.")
    assert _killed_wounded_totals(text, "2025-11-01") == (0, 1)
    text = "A Kern County Sheriff's Office deputy was shot and killed Wednesday while serving a warrant, the sheriff said."
    assert _killed_wounded_totals(text, "2025-07-31") == (1, 0)


def test_one_person_after_an_agency_name_and_its_word_for_the_job_is_a_victim_counted():
    # the agency's name, then the job's own lower-case word before the person's noun
    text = "A Chicago Transit Authority bus driver was wounded Tuesday near a stop on Pulaski Road, police said."
    assert _killed_wounded_totals(text, "2025-11-01") == (0, 1)

    # (a name's abbreviated word in the agency's name: "St. Louis County")
    text = "A St. Louis County police officer was grazed by a bullet Friday night during a traffic stop, police said."
    assert _killed_wounded_totals(text, "2025-06-10") == (0, 1)


def test_a_bar_or_pool_worker_is_a_victim_counted():
    text = "A bartender was shot and killed early Sunday outside a bar on Elm Street, police said."
    assert _killed_wounded_totals(text, "2025-06-01") == (1, 0)
    text = "A lifeguard was wounded Saturday when gunfire erupted in a parking lot beside a city pool, police said."
    assert _killed_wounded_totals(text, "2025-06-01") == (0, 1)


def test_one_introduced_dead_and_another_introduced_hurt_in_one_sentence_are_two_people():
    text = ("A man was killed and a delivery driver was wounded Thursday afternoon on Milam Street, police said. "
            "He died at a hospital.")
    assert _killed_wounded_totals(text, "2025-01-31") == (1, 1)


def test_both_told_after_one_more_holds_him():
    text = ("A 35-year-old man was wounded Saturday night in a parking lot on Main Street, police said. The man, who was "
            "shot in the leg, said a stranger fired at him. The gunman then shot another man, 20, in the arm, police "
            "said. Both men were taken to a hospital in stable condition.")
    assert _killed_wounded_totals(text, "2025-04-20") == (0, 2)


def test_one_introduced_hurt_beside_a_dead_one_of_the_other_sex_may_die_later():
    text = ("A 40-year-old woman was killed and a 44-year-old man was critically wounded in the shooting Sunday on Elm "
            "Street, police said. The man died at a hospital Tuesday.")
    assert _killed_wounded_totals(text, "2025-06-12") == (2, 0)


def test_one_treated_at_a_long_named_hospital_and_then_in_good_condition_is_hurt():
    text = ("A carjacker opened fire on a driver at a gas station Friday night, and an off-duty officer shot him, police "
            "said. He died at the scene. The driver was treated at the University of Kentucky Medical "
            "Center and was in good condition.")
    assert _killed_wounded_totals(text, "2025-08-16") == (1, 1)
    # (not an object's: "drove another person to a hospital and was ...")
    assert _killed_wounded_totals("A neighbor drove another person to a hospital and was later in good condition.",
                                  "2025-08-16") == (0, 0)


def test_one_more_shot_after_one_man_told_wounded_is_besides_him():
    text = ("A 33-year-old man was wounded Friday night outside a convenience store on Oak Street, police said. "
            "The man, who was shot in the hip, told officers he knew the shooter. The gunman then walked across the "
            "lot and shot another man, 45, in the back, police said.")
    assert _killed_wounded_totals(text, "2025-02-15") == (0, 2)


def test_people_named_by_the_animals_they_steal_or_herd_are_counted():
    assert [(m.kind, m.best) for m in find_casualties("An angry mob lynched two suspected cattle rustlers on Sunday.")] == \
        [("killed", 2)]
    assert [(m.kind, m.best) for m in find_casualties("Bandits killed three goat herders near the river.")] == [("killed", 3)]
    assert find_casualties("Poachers shot two cattle in the field.") == []


@pytest.mark.parametrize("text, expected", [
    # "a score of" is twenty ("scores of" stays vague)
    ("A drone struck a crowded market in the camp on Sunday, killing a score of displaced people.", (20, 20, 20)),
    # a range told as roughly that is the range: low and best its lower bound, high its upper
    ("Clashes between the army and the rebels near the town on Thursday left some 30-40 fighters dead.", (30, 30, 40)),
    ("Gunmen attacked the village on Monday night, killing about 10 to 15 people, residents said.", (10, 10, 15)),
    # a number of dozens is that many dozen, not the number alone ("nearly two dozen": 22-24, not two), and "or so" is
    # "about"
    ("Shelling on the city on Wednesday killed nearly two dozen civilians, a medical source said.", (22, 24, 24)),
    ("Gunmen attacked the village on Monday night, killing three dozen people, residents said.", (36, 36, 36)),
    ("Gunmen attacked the village on Monday night, killing a dozen or so people, residents said.", (11, 12, 13)),
    # (a single figure told as roughly that keeps its margin)
    ("Gunmen attacked the village on Monday night, killing some 30 people, residents said.", (27, 30, 33)),
])
def test_a_score_and_a_rough_range_of_the_dead(text, expected):
    assert helpers.coded([one_event(text)], ("killed.low", "killed.best", "killed.high")) == [expected]


@pytest.mark.parametrize("text", [
    "LUFKIN, Texas — A man shot his estranged wife and her boyfriend Friday night, killing her and wounding him, police "
    "said. Carla Moss, 36, died at the scene. The boyfriend was taken to a hospital in Tyler.",
    "A man shot his girlfriend and her brother at a home early Sunday, killing him and wounding her, police said. "
    "The woman was taken to a hospital in stable condition.",
])
def test_killing_one_and_wounding_the_other_of_two_shot_is_one_each(text):
    # the pronouns after "shot A and B" split the two shot: the one told alive is not a third person
    event = one_event(text)
    assert (event.killed["best"], event.wounded["best"]) == (1, 1)


@pytest.mark.parametrize("text", [
    "AUGUSTA, Ga. — Deputies doing a welfare check Tuesday found Dana Pruitt, 44, and her husband, Glen Pruitt, 47, dead "
    "inside their home, the sheriff's office said. Both had gunshot wounds.",
    "Police found Rosa Vance, 39, and her husband dead early Monday in a car parked on Main Street.",
    "Ivy Lamb, 66, and her husband, Ned Lamb, 70, were found shot to death in their home Sunday, police said.",
])
def test_a_named_victim_with_her_age_and_her_husband_are_two_dead(text):
    # the name's age (and the husband's name) set off by commas do not break the pair named together
    assert one_event(text).killed["best"] == 2


@pytest.mark.parametrize("text, expected", [
    ("LUBBOCK, Texas — A couple in their 60s were discovered dead Sunday inside a home, police said. Both had been shot.",
     (2, None)),
    ("CHEYENNE, Wyo. — An elderly couple was found dead Tuesday morning in their home east of town, deputies said.", (2, None)),
    ("TULSA, Okla. — Police found a married couple shot to death Monday in their north Tulsa home.", (2, None)),
    ("MACON, Ga. — Shots fired through a window late Friday wounded an elderly couple watching television, police said.",
     (None, 2)),
    # (a couple's child is one person)
    ("FORT WAYNE, Ind. — The couple's son was shot in the chest Saturday night and taken to a hospital.", (None, 1)),
])
def test_a_couple_is_two_people(text, expected):
    event = one_event(text)
    assert ((event.killed or {}).get("best"), (event.wounded or {}).get("best")) == expected


@pytest.mark.parametrize("text, expected", [
    ("MOBILE, Ala. — Police are investigating a shooting Monday afternoon on Dauphin Street. The injured man, 35, was "
     "taken to University Hospital. A suspect fled on foot.", 1),
    # (after "a man was shot" the injured man is the same one)
    ("DAYTON, Ohio — A man was shot Sunday evening outside an apartment complex. The injured man, 29, was taken to a "
     "hospital and is expected to survive.", 1),
    # (the harm a car's blow left is no gunshot)
    ("An officer fired into the stolen car as it sped off. The car hit an officer standing in the lot. The injured "
     "officer was taken to the hospital.", None),
])
def test_the_injured_man_taken_to_a_hospital_is_one_hurt(text, expected):
    assert (one_event(text).wounded or {}).get("best") == expected


@pytest.mark.parametrize("text, expected", [
    # (a sentence whose only casualty word is "striking" is read)
    ("OMAHA, Neb. — A man opened fire on a group outside a bar on Saturday, striking two people.", (None, 2)),
    ("FRESNO, Calif. — A man opened fire on a car at a stoplight on Saturday, striking a woman and her son.", (None, 2)),
    # ("grazing" someone after the shots of its clause, as "striking" and "hitting")
    ("MACON, Ga. — A gunman opened fire outside a store on Saturday. He fired twice, grazing a 30-year-old man in the "
     "arm.", (None, 1)),
    # (a car's blow is no one hit by gunfire)
    ("MACON, Ga. — A man opened fire outside a store on Saturday. Nobody was shot. As he fled, his car struck a pole.",
     (None, 0)),
])
def test_striking_or_grazing_after_the_shots_is_those_hit(text, expected):
    event = one_event(text)
    assert ((event.killed or {}).get("best"), (event.wounded or {}).get("best")) == expected


def test_one_told_by_what_they_were_doing_is_hit():
    # a participle phrase between the person and the verb: "A woman sitting in a car was wounded"
    assert _killed_wounded_totals("A woman sitting in a car was wounded in the shoulder in Toledo on Friday, police said.",
                                  "2026-01-03") == (0, 1)
    assert _killed_wounded_totals("Two men sitting on a porch were wounded in a drive-by shooting Friday, police said.",
                                  "2026-01-03") == (0, 2)
    assert _killed_wounded_totals("A teenager riding in the back seat was shot on Interstate 65 on Friday.",
                                  "2026-01-03") == (0, 1)
    # (its fate is still its verb's: found dead, not hurt, arrested)
    assert _killed_wounded_totals("A man sitting in a car was found dead Friday morning, police said.",
                                  "2026-01-03") == (1, 0)
    assert _killed_wounded_totals("Shots hit a house Friday. A woman sitting in her car was not hurt.", "2026-01-03") == (0, 0)
    assert _killed_wounded_totals("A man standing nearby was arrested Friday, police said.", "2026-01-03") == (0, 0)


def test_one_hurt_told_apart_from_the_dead_before_is_another():
    # another age or another one's companion after the dead: someone else, alive
    assert _killed_wounded_totals("A 19-year-old man was killed in a shooting in Akron on Friday night, police said. A "
                                  "17-year-old friend was shot in the leg.", "2026-01-03") == (1, 1)
    assert _killed_wounded_totals("A man was shot to death in southeast Fresno on Thursday night. A woman with him was "
                                  "shot in the hand, police said.", "2026-01-03") == (1, 1)
    assert _killed_wounded_totals("One man was killed and a man standing nearby was wounded when gunfire erupted outside "
                                  "a bar early Friday, police said.", "2026-01-03") == (1, 1)
    # (not the dead told again by the same age)
    assert _killed_wounded_totals("A 19-year-old man was killed in a shooting in Akron on Friday night, police said. The "
                                  "19-year-old was shot in the chest.", "2026-01-03") == (1, 0)
    assert _killed_wounded_totals("A 31-year-old man was killed in a shooting in Avondale on Friday, police said. A "
                                  "31-year-old was shot in the head outside a store.", "2026-01-03") == (1, 0)


def test_one_a_vehicle_struck_told_by_a_pronoun_is_not_shot():
    text = ("A 15-year-old boy getting out of a car was shot to death in a drive-by attack Sunday afternoon. The SUV fled, "
            "striking a woman nearby. She was taken to Mount Sinai Hospital and is expected to recover, police said.")
    assert _killed_wounded_totals(text, "2014-01-27") == (1, 0)


def test_one_staff_or_family_member_is_a_count_of_one():
    # ("One staff member was shot dead, residents said": a school attack's one dead beside the pupils abducted)
    assert helpers.counts_of_mentions("One staff member was shot dead, residents said.") == (1, None)
    assert helpers.counts_of_mentions("Gunmen killed a family member of the chief and three staff members.")[0] == 4


def test_those_killed_and_burned_are_counted_after_both_verbs():
    # what was done to the bodies comes between the killing and its count
    assert one_event("Residents lynched and set fire to four suspected gang members on Tuesday.").killed["best"] == 4
    assert one_event("Gunmen killed and burned three men in the village on Sunday.").killed["best"] == 3


def test_a_bare_count_that_measures_a_distance_or_a_time_counts_nobody():
    # "injured a few blocks away", "killed two miles from": how far, not how many
    assert helpers.counts_of_mentions("A shooting left a teenager injured a few blocks away.") == (None, 1)
    assert helpers.counts_of_mentions("A cyclist was killed two miles from his home, police said.") == (1, None)
    # (a bare count of people still counts)
    assert helpers.counts_of_mentions("The gunman killed three and injured a few before fleeing.") == (3, 2)


def test_others_wounded_beside_the_dead_are_the_wounded_the_title_counted():
    # "Two killed, one wounded ... two people were killed and one other was wounded": the one other than the dead is the
    # title's one wounded, not one more
    text = ("Two killed, one wounded in Reno shooting\n\nTwo people were killed and one other was wounded in a shooting "
            "outside a bowling alley on Sunday night, police said.")
    assert helpers.counts_of_mentions(text) == (2, 1)
    # (but others told on their own are more: "one other was wounded" with no dead before it in its sentence)
    assert helpers.counts_of_mentions("Two people were wounded on Sunday, police said. Later, one other was wounded "
                                      "nearby.") == (None, 3)


def test_neighbors_shot_are_counted_as_any_people():
    # the plural of a person noun counts as its singular does ("shot two neighbours", "a neighbor")
    assert helpers.counts_of_mentions("A man shot two neighbors during a dispute over a fence, deputies said.") == (None, 2)
    assert helpers.counts_of_mentions("A retiree fatally shot three neighbours on Sunday, police said.") == (3, None)


def test_an_officer_shot_beside_a_title_s_toll_told_again_by_the_body_s_suspects_is_wounded():
    # (the title's "leaves eight dead" is the body's eight suspects: the other side's dead, so the officer shot lives)
    text = report_text("Police raid on gang leaves eight dead",
                       "Police killed eight suspects during a raid on Tuesday. One officer was shot in the arm and was "
                       "recovering in hospital.")
    assert [(e.killed["best"], e.wounded["best"]) for e in events(text)] == [(8, 1)]


def test_those_killed_with_him_after_a_pronoun_add_to_him():
    # ("killing him and his two bodyguards": three dead)
    assert counts("A bomb tore through the car of a district mayor on Sunday, killing him and his two bodyguards.")[0] == 3


def test_those_of_a_counted_wounded_who_died_leave_the_rest_wounded():
    # ("two of the 11 injured died": eleven wounded told, two of them now dead, nine still wounded)
    assert counts("A grenade blast killed three people at a bus stand on Sunday. Two of the 11 injured died in "
                  "hospital overnight.") == (5, 9)
