"""Casualty phrases: killed / wounded / missing / abducted, victim categories, zeros, subsets."""
import datetime as dt

import pytest

from extraction import extract_events
from extraction.casualties import combine, find_casualties


def counts(text):
    killed, wounded = combine(find_casualties(text))
    return (killed.best if killed else None), (wounded.best if wounded else None)


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
    ("No one was hurt.", None, 0),
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


def test_one_person_shot_then_dead_is_not_also_wounded():
    text = "A man was shot in the chest on Friday. He was taken to a hospital, where he died."
    assert counts(text) == (1, None)
    text = "A man was shot and killed and a woman was wounded."
    assert counts(text) == (1, 1)


def test_subset_of_the_wounded_adds_nobody():
    assert find_casualties("Two of those wounded are in critical condition.") == []


def test_victim_categories():
    kinds = {m.category for m in find_casualties("At least 20 civilians were killed")}
    assert kinds == {"civilians"}
    assert {m.category for m in find_casualties("killing 80 militants")} == {"combatants"}
    assert {m.category for m in find_casualties("Three people were killed")} == {"unknown"}


def test_a_title_and_a_name_with_no_article_is_one_victim():
    assert counts("A suicide bomber killed provincial governor Ali Khan and five others in Kunduz on Tuesday.") == (6, None)
    assert counts("Gunmen shot dead journalist Ahmed Nour in Mogadishu on Monday.") == (1, None)
    # (no name after it, or a word that is no name: nobody counted)
    assert counts("Troops killed militants Monday in the valley.") == (None, None)
    assert counts("East Bay cops kill suspect Opinion: How to keep safe") == (None, None)


def test_victims_counted_place_by_place_are_added():
    assert counts("Missiles struck overnight, killing three people in Kharkiv and two in Odesa, officials said.") \
        == (5, None)
    assert counts("The strikes killed four people in Khan Younis, six in Gaza City and one in Rafah.") == (11, None)
    assert counts("Shelling wounded 12 people in Kherson and three more in Nikopol.") == (None, 15)


def test_a_chief_of_a_force_is_a_combatant():
    assert {m.category for m in find_casualties("Gunmen killed the district police chief on Monday.")} == {"combatants"}
    assert {m.category for m in find_casualties("The village chief was killed on Monday.")} == {"civilians"}


def test_missing_and_abducted():
    kinds = {(m.kind, m.best) for m in find_casualties("Four soldiers are missing and 12 women were abducted.")}
    assert kinds == {("missing", 4), ("abducted", 12)}


def test_background_statistics_do_not_count():
    assert counts("All 1,901 people killed by opioids in N.J. last year, mapped") == (None, None)


def test_negation_is_not_a_casualty():
    assert counts("The officer was not injured.") == (None, None)


def test_rule_and_range_kept():
    killed, _ = combine(find_casualties("at least 20 people were killed"))
    assert (killed.low, killed.best, killed.high) == (20, 20, None)
    assert "at least" in killed.rule


def test_another_person_who_was_also_shot_is_wounded_besides_the_dead():
    text = ("Garey Cox, 45, was shot in the lot. He was taken to a hospital where he died. "
            "Another man was also shot and taken to the hospital.")
    assert counts(text) == (1, 1)


def test_an_explicit_none_stands():
    assert counts("A man was shot in Pension Town on Friday. Flot said that no one was injured.") == (None, 0)


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


def test_two_people_with_one_surname_are_two():
    text = "Lena Ortiz had been shot in the wrist. Marco Ortiz was pronounced dead at the scene."
    assert counts(text) == (1, 1)
    text = "Lena Ortiz had been shot in the chest. Ortiz was pronounced dead at the scene."
    assert counts(text) == (1, None)


def test_an_age_before_a_noun_is_no_count():
    assert counts("Officers found an injured 41-year-old man in the hallway.") in ((None, 1), (None, None))


def test_a_self_inflicted_death_in_a_running_total_is_background():
    assert counts("So far this year the county has counted a man who killed himself in March.") == (None, None)


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
    ("A drifter is accused of shooting two teenagers outside a gas station.", None, 2),
    ("Two of the customers were hit in the face with pistols.", None, 2),
    ("Witnesses said the man struck her with a .38 caliber revolver.", None, 1),
    ("More: Reward offered in the death of a ranch hand", None, None),
    ("Police arrived after the shooting about 15 minutes later.", None, None),
    ("Officers responded to the Shooting 2200 block call.", None, None),
])
def test_shooting_blows_links_and_bare_numbers(text, killed, wounded):
    assert counts(text) == (killed, wounded)


@pytest.mark.parametrize("text,killed,wounded", [
    ("The clerk was shot on Tuesday and died two days later.", 1, None),
    ("The victim staggered into the street and was found dead by neighbors.", 1, None),
    ("A robber fled on foot and was shot by a deputy.", None, 1),
])
def test_a_second_act_of_the_same_subject(text, killed, wounded):
    assert counts(text) == (killed, wounded)


def test_no_report_that_either_was_hurt_counts_nobody():
    assert counts("Deputies said there were no reports that either driver was hurt.") == (None, None)


@pytest.mark.parametrize("text,killed,wounded", [
    ("Okafor and the van's driver were both hit, according to troopers.", None, 2),
    ("Lindqvist, Maria Duarte and Pell were shot in the parking lot.", None, 3),
    ("Harlan and his wife were found dead in the farmhouse.", 2, None),
    ("Police and firefighters were called to the scene.", None, None),
])
def test_people_named_together(text, killed, wounded):
    assert counts(text) == (killed, wounded)


@pytest.mark.parametrize("text,killed,wounded", [
    ("Neither the owner nor their three children were injured.", None, None),
    ("The gunfire put two teenagers in the hospital overnight.", None, 2),
    ("One man was shot and killed and a woman wounded outside the club.", 1, 1),
])
def test_neither_nor_hospital_and_a_second_victim(text, killed, wounded):
    assert counts(text) == (killed, wounded)


def test_a_victim_of_a_month_long_past_is_background():
    import datetime as dt

    from extraction import extract_events
    text = ("A man was shot in the arm on Maple Street on Jan. 22, according to court papers. "
            "Last August, another man was shot in the leg on the same street.")
    events = extract_events(text, published_at=dt.date(2020, 2, 13), toponyms=[], locations=[])
    assert events[0].wounded["best"] == 1


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


def test_a_man_told_shot_beside_a_dead_woman_is_a_survivor():
    text = ("A woman shot her husband twice as he tried to leave and then shot herself. She died at the house. "
            "The man was taken to a local hospital for treatment.")
    assert counts(text) == (1, 1)


@pytest.mark.parametrize("text,killed,wounded", [
    # "the second victim" is not the one who died
    ("Doyle was pronounced dead at the scene. The second victim was in stable condition on Sunday.", 1, 1),
    # "another person was also shot", told after the death
    ("Deputies found that Ray Tull had been fatally shot. Deputies say another person was also shot and survived.", 1, 1),
    # a resident hurt beside a dead intruder is someone else
    ("A burglary suspect was shot and killed by the homeowner. Earlier the intruders pistol-whipped the resident.", 1, 1),
    # "shot her boyfriend" after his death is the one who died
    ("A 60-year-old man is dead after a shooting at a trailer. She allegedly shot her boyfriend after an argument.", 1, None),
])
def test_someone_besides_the_dead(text, killed, wounded):
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


def test_abducted_missing_and_a_toll_that_has_risen_after_words_between():
    from extraction.casualties import find_casualties as found_in

    def found(text):
        return [(m.kind, m.best, m.category) for m in found_in(text, 0, len(text))]
    assert found("Armed men abducted 24 students from a school on Monday night.") == [("abducted", 24, "civilians")]
    assert found("Three teachers are missing.") == [("missing", 3, "civilians")]
    assert found("The death toll from Tuesday's twin car bombings in the capital has risen to 121.") == \
        [("killed", 121, "unknown")]
    # a week is one act's span, a year a period's statistics
    text = "Fighting killed at least 40 civilians over the past week."
    assert [(m.best, m.background) for m in found_in(text, 0, len(text))] == [(40, False)]
    text = "20 people were killed over the past year."
    assert [(m.best, m.background) for m in found_in(text, 0, len(text))] == [(20, True)]


def test_peoples_named_as_victims_are_counted():
    from extraction.casualties import find_casualties as found_in
    text = "Two Iraqis were wounded and three Palestinians killed by Israeli forces."
    assert [(m.kind, m.best) for m in found_in(text, 0, len(text))] == [("wounded", 2), ("killed", 3)]


def test_a_toll_reported_or_feared_and_a_year_before_a_name():
    assert counts("Fighting went on, with dozens of soldiers reported killed on both sides.") == (24, None)
    assert counts("16 soldiers were reported killed.") == (16, None)
    missing = [m for m in find_casualties("In 2009, Keisha Roman was reported missing.") if m.kind == "missing"]
    assert [m.best for m in missing] == [1]     # the year is no count


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


def test_a_superlative_since_a_year_is_no_period_s_tally():
    assert counts("Shelling killed 31 people on Sunday, the deadliest day in the city since 2019.") == (31, None)
    [earlier] = find_casualties("It was the worst attack since 2015, when 40 people were killed at a market.")
    assert earlier.background


def _told(text):
    """(low, best) of the dead told in text, sentence by sentence."""
    mentions, start = [], 0
    for sentence in text.split(". "):
        mentions += find_casualties(text, start, start + len(sentence))
        start += len(sentence) + 2
    killed, _ = combine(mentions)
    return killed.low, killed.best


def test_two_sources_figures_are_the_low_and_the_best():
    assert _told("Police opened fire, killing at least five people, according to a coalition of rights groups, "
                 "while the doctors' union said 14 were killed.") == (5, 14)
    assert _told("The health ministry said 25 civilians were killed. A local official said 12 civilians died.") == (12, 25)
    # one man of another source may be one of those counted; a source told in another paragraph may tell another act
    assert _told("Gunmen killed three people in the village on Saturday, police said. "
                 "One man died in hospital, according to residents.") == (3, 3)
    assert _told("An airstrike killed at least 30 people, health officials said.\n\n"
                 "Separately, medics said five people were killed by shelling in the east.") == (30, 30)
    # the same source told twice is one figure restated
    assert _told("Police said 25 people were killed. Police said 12 of them were women.") == (25, 25)


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


def test_a_part_of_the_named_group_is_of_its_side():
    # "killing six of the attackers": the attackers' dead, added to the soldiers' told apart
    text = ("Gunmen ambushed a military convoy on Wednesday, killing four soldiers, the ministry said. "
            "Troops returned fire, killing between six and eight of the attackers.")
    killed, _ = combine(find_casualties(text))
    assert (killed.low, killed.best, killed.high) == (10, 10, 12)


@pytest.mark.parametrize("text,killed", [
    # a toll revised later in the report is the incident's own, no running count
    ("At least 40 soldiers were killed when fighters attacked an army base on Sunday, the presidency said. "
     "The toll was later raised to 47, a military source said.", 47),
    ("Twelve people died in the blast. The toll was revised up to 15 on Monday.", 15),
])
def test_a_toll_raised_later_is_the_incidents(text, killed):
    [event] = extract_events(text, published_at=dt.date(2024, 10, 28), toponyms=[], locations=[])
    assert event.killed["best"] == killed


def test_a_counted_group_and_one_more_are_added():
    text = "Five soldiers of the Rapid Action Battalion and a farmer were killed when the mine went off."
    found = find_casualties(text)
    assert counts(text) == (6, None)
    assert sorted((m.category, m.best) for m in found) == [("civilians", 1), ("combatants", 5)]
    assert counts("Three policemen and a bystander were killed in the blast.") == (4, None)
    # "three more men and another teen": an addition to a count told before, left as it was
    assert counts("The shootings also left three more men and another teen wounded.")[1] != 4


def test_a_title_bound_and_the_lead_range_are_one_toll_with_its_low():
    killed, _ = combine(find_casualties("Clashes kill up to 30 in the north") +
                        find_casualties("The fighting killed between 22 and 30 people, officials said."))
    assert (killed.low, killed.high) == (22, 30)


def test_a_larger_figure_another_source_gives_after_the_first_is_the_high():
    text = ("A car bomb killed four people and wounded 18 in the market on Friday, the interior ministry said. "
            "A local hospital said it had treated 31 wounded.")
    _, wounded = combine([m for s, e in ((0, text.index(" A local")), (text.index("A local"), len(text)))
                          for m in find_casualties(text, s, e)])
    assert (wounded.low, wounded.best, wounded.high) == (18, 18, 31)


def test_another_source_that_puts_the_toll_higher_is_read():
    assert _told("At least nine people died in the shootout, the state police said, while local newspapers put the "
                 "death toll at 14.") == (9, 14)


def test_separatists_guerrillas_and_bandits_are_armed_men():
    found = find_casualties("Two separatists, four guerrillas and five bandits were killed.")
    assert counts("Two separatists were killed.") == (2, None)
    assert all(m.category == "combatants" for m in found)


def test_police_counted_as_a_group_are_the_state_s_men():
    assert counts("Five soldiers and police were killed in the attack.") == (5, None)
    [hurt] = find_casualties("Two police were injured.")
    assert (hurt.best, hurt.category, hurt.group) == (2, "combatants", "state forces")


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


@pytest.mark.parametrize("text,killed", [
    # a title of office is a victim's noun, and a country's possessive its determiner
    ("A car bomb killed Somalia's finance minister and four guards in Mogadishu.", 5),
    ("Gunmen shot dead the district governor and two guards on the highway.", 3),
    # a name after the title, with or without commas, before the others
    ("The blast killed the town's mayor Ahmed Nour and three others.", 4),
    ("Militants killed a village chief, Moussa Diallo, and two farmers on Sunday.", 3),
    # some of one's own men
    ("Troops killed a rebel commander and six of his fighters in the forest.", 7),
])
def test_a_titled_victim_and_those_killed_with_them(text, killed):
    assert counts(text)[0] == killed


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


def test_an_act_s_rank_or_the_running_count_after_it_leaves_its_toll_its_own():
    # "this year" told of the act's rank, or in the clause of a running count, is no tally of the act's dead
    assert counts("Gunmen killed five soldiers on Monday in the third such attack this year.") == (5, None)
    assert counts("A man was shot and killed Monday night, the city's 20th homicide this year.") == (1, None)
    assert counts("Militants killed 12 villagers on Saturday, bringing the number killed in the province this year "
                  "to 300.") == (12, None)
    # ... but a period's own tally is still no act's toll
    assert counts("This year 300 people have been killed in the province.") == (None, None)
