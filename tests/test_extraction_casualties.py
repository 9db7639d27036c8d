"""Casualty phrases: killed / wounded / missing / abducted, victim categories, zeros, subsets."""
import datetime as dt

import pytest

from extraction import extract_events
from extraction.casualties import combine, find_casualties


def counts(text):
    killed, wounded = combine(find_casualties(text))
    return (killed.best if killed else None), (wounded.best if wounded else None)


def test_a_title_and_a_name_with_no_article_is_one_victim():
    assert counts("A suicide bomber killed provincial governor Ali Khan and five others in Kunduz on Tuesday.") == (6, None)
    assert counts("Gunmen shot dead journalist Ahmed Nour in Mogadishu on Monday.") == (1, None)
    # (no name after it, or a word that is no name: nobody counted)
    assert counts("Troops killed militants Monday in the valley.") == (None, None)
    assert counts("East Bay cops kill suspect Opinion: How to keep safe") == (None, None)


def test_missing_and_abducted():
    kinds = {(m.kind, m.best) for m in find_casualties("Four soldiers are missing and 12 women were abducted.")}
    assert kinds == {("missing", 4), ("abducted", 12)}


def test_another_person_who_was_also_shot_is_wounded_besides_the_dead():
    text = ("Garey Cox, 45, was shot in the lot. He was taken to a hospital where he died. "
            "Another man was also shot and taken to the hospital.")
    assert counts(text) == (1, 1)


def test_two_people_with_one_surname_are_two():
    text = "Lena Ortiz had been shot in the wrist. Marco Ortiz was pronounced dead at the scene."
    assert counts(text) == (1, 1)
    text = "Lena Ortiz had been shot in the chest. Ortiz was pronounced dead at the scene."
    assert counts(text) == (1, None)


def test_a_self_inflicted_death_in_a_running_total_is_background():
    assert counts("So far this year the county has counted a man who killed himself in March.") == (None, None)


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


def test_a_victim_of_a_month_long_past_is_background():
    import datetime as dt

    from extraction import extract_events
    text = ("A man was shot in the arm on Maple Street on Jan. 22, according to court papers. "
            "Last August, another man was shot in the leg on the same street.")
    events = extract_events(text, published_at=dt.date(2020, 2, 13), toponyms=[], locations=[])
    assert events[0].wounded["best"] == 1


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


def test_a_toll_reported_or_feared_and_a_year_before_a_name():
    assert counts("Fighting went on, with dozens of soldiers reported killed on both sides.") == (24, None)
    assert counts("16 soldiers were reported killed.") == (16, None)
    missing = [m for m in find_casualties("In 2009, Keisha Roman was reported missing.") if m.kind == "missing"]
    assert [m.best for m in missing] == [1]     # the year is no count


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


@pytest.mark.parametrize("text,killed", [
    # a toll revised later in the report is the incident's own, no running count
    ("At least 40 soldiers were killed when fighters attacked an army base on Sunday, the presidency said. "
     "The toll was later raised to 47, a military source said.", 47),
    ("Twelve people died in the blast. The toll was revised up to 15 on Monday.", 15),
])
def test_a_toll_raised_later_is_the_incidents(text, killed):
    [event] = extract_events(text, published_at=dt.date(2024, 10, 28), toponyms=[], locations=[])
    assert event.killed["best"] == killed


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


def test_an_act_s_rank_or_the_running_count_after_it_leaves_its_toll_its_own():
    # "this year" told of the act's rank, or in the clause of a running count, is no tally of the act's dead
    assert counts("Gunmen killed five soldiers on Monday in the third such attack this year.") == (5, None)
    assert counts("A man was shot and killed Monday night, the city's 20th homicide this year.") == (1, None)
    assert counts("Militants killed 12 villagers on Saturday, bringing the number killed in the province this year "
                  "to 300.") == (12, None)
    # ... but a period's own tally is still no act's toll
    assert counts("This year 300 people have been killed in the province.") == (None, None)
