"""Protests, riots and strategic developments on sentences of our own (no gazetteer needed)."""
import datetime as dt

from extraction import extract_events, report_text


def coded(title, body, published=dt.date(2025, 3, 12)):
    """(type, sub-type, actor1, actor2, killed) of each event of a report read with no places."""
    events = extract_events(report_text(title, body), published_at=published, toponyms=[], locations=[])
    return [(e.event_type, e.sub_event_type, (e.actor1 or {}).get("name"), (e.actor2 or {}).get("name"),
             (e.killed or {}).get("best")) for e in events]


def test_a_title_that_kills_protesters_is_the_bodys_excessive_force():
    assert coded("Police kill 12 protesters in the capital",
                 "Police opened fire on protesters in the capital on Monday, killing 12 people, a rights group said.") == \
        [("Protests", "Excessive force against protesters", "Police Forces", "Protesters", 12)]


def test_killed_as_protesters_torch_a_building_is_a_riot():
    # the protesters are the doers, not the dead; the demonstrations told after are the riot's cause
    assert coded("Two killed as protesters torch town hall",
                 "Protesters set fire to the town hall on Friday night, killing two guards who were trapped inside. "
                 "Demonstrations over fuel prices have spread to several cities this week.") == \
        [("Riots", "Violent demonstration", "Rioters", None, 2)]


def test_a_crowds_burning_is_a_riot():
    assert coded("", "Thousands of protesters demolished and set fire to the house of the former president late on "
                     "Wednesday.") == [("Riots", "Violent demonstration", "Rioters", None, None)]
    assert coded("", "Looters ransacked government warehouses on Thursday.")[0][:3] == ("Riots", "Mob violence", "Rioters")
    # armed men's looting is not a crowd's
    assert coded("", "Gunmen looted shops in the village on Monday.")[0][1] == "Looting/property destruction"


def test_arrests_said_not_to_have_happened_are_none():
    for quiet in ("There were no reports of arrests.", "No arrests were made.", "Nobody was detained.",
                  "Police have not made any arrests."):
        assert coded("", "Hundreds of retirees rallied outside parliament on Sunday to demand higher pensions. " + quiet) == \
            [("Protests", "Peaceful protest", "Protesters", None, None)], quiet


def test_a_protests_cause_and_a_periods_tally_are_no_acts():
    # the killings protested against, and a tally of a year
    assert coded("", "Thousands of bus drivers and street vendors marched to the ministry on Thursday to protest against a "
                     "wave of extortion killings. Gangs have killed more than a dozen drivers this year, the union said.") == \
        [("Protests", "Peaceful protest", "Protesters", None, None)]
    # a tally since a date, next to an agreement
    assert coded("", "The president and the opposition leader signed an agreement in the capital on Sunday to end months "
                     "of unrest. More than 300 people have been killed since the October election.") == \
        [("Strategic developments", "Agreement", None, None, None)]
    # a collapse is an accident
    assert coded("", "Tens of thousands of people rallied in the city on Saturday to mark three months since the collapse "
                     "of a station canopy that killed 15 people.") == [("Protests", "Peaceful protest", "Protesters", None, None)]


def test_what_a_crowd_throws_or_burns_is_a_riot_and_what_it_answers_is_an_act_of_its_own():
    assert coded("", "Riot police used water cannon to clear thousands of protesters from the avenue on Friday.") == \
        [("Protests", "Protest with intervention", "Protesters", "Police Forces", None)]
    assert coded("", "Demonstrators hurled stones and flares at police in the capital on Saturday night.") == \
        [("Riots", "Violent demonstration", "Rioters", "Police Forces", None)]
    # the riot's cause told with its own day and dead is an act of its own; the arrests told after are the riot's
    assert coded("", "Youths set fire to cars and hurled fireworks at police on Wednesday night, after police shot dead a "
                     "teenager during a traffic stop on Tuesday. The ministry said 31 people were arrested.",
                 dt.date(2023, 6, 29)) == \
        [("Violence against civilians", "Attack", "Police Forces", "Civilians", 1),
         ("Riots", "Violent demonstration", "Rioters", "Police Forces", None)]
    # a death the riot answers is not its toll
    assert coded("", "Angry youths set fire to a police station on Saturday after a man died in custody.") == \
        [("Riots", "Violent demonstration", "Rioters", "Police Forces", None)]


def test_a_drone_intercepted_and_destroyed_is_disrupted_weapons_use():
    assert [e[1] for e in coded("", "Air defences intercepted and destroyed an explosives-laden drone launched towards "
                                    "the city on Monday.")] == ["Disrupted weapons use"]


def test_those_arrested_after_a_lynching_are_not_its_victims():
    assert coded("", "A mob beat a man to death in the market on Monday. Two suspects have been arrested.") == \
        [("Riots", "Mob violence", "Rioters", "Civilians", 1)]


def test_a_crowd_that_blocks_a_road_protests():
    [protest] = extract_events("Around 300 farmers blocked the A64 motorway with tractors on Tuesday to protest against a "
                               "trade deal. The protest ended without incident on Wednesday morning.",
                               published_at=dt.date(2024, 11, 20), toponyms=[], locations=[])
    assert (protest.sub_event_type, protest.date_start) == ("Peaceful protest", "2024-11-19")
    assert coded("", "Troops blocked the roads into the town on Tuesday.") == []


def test_protesters_shot_are_the_force_s_target_and_a_title_without_a_verb_is_the_body_s_excessive_force():
    # the crowd in a passive is what force is used on, not its user
    assert coded("", "Two protesters were shot in the capital on Tuesday.")[0][2:4] == (None, "Protesters")
    # a title's "Protesters killed as police fire on crowds" is the body's one event, not an attack besides it
    assert coded("Protesters killed as police fire on crowds",
                 "Police shot dead at least eight protesters in the capital on Tuesday as thousands marched against "
                 "a new finance bill, rights groups said.") == \
        [("Protests", "Excessive force against protesters", "Police Forces", "Protesters", 8)]
    # protesters who kill are the doers
    assert coded("", "Protesters killed a policeman in the capital on Tuesday.")[0][2] == "Protesters"


def test_a_killing_by_a_mob_told_in_the_passive_is_mob_violence():
    assert coded("", "Two men were burned to death by a mob in the town on Sunday.") == \
        [("Riots", "Mob violence", "Rioters", "Civilians", 2)]
