"""Extraction: event types and sub-types of protests and riots (peaceful and violent demonstrations,
mob violence, force used against protesters)."""
import datetime as dt
from extraction import extract_events, report_text
from geocoding import Location, Place
from functools import partial
from tests import extraction_helpers as helpers
from tests.extraction_helpers import (
    MON_2025_03_03 as MON, SAT_2024_08_10 as SAT, SUN_2023_06_18 as SUN, only_event, toponym,
)

coded_published_2024_07_16 = partial(helpers.codings, published=helpers.TUE_2024_07_16, fields=("sub_event_type", "actor1.name", "killed.best"))
coded = partial(helpers.report_codings, published=dt.date(2025, 3, 12))
events = partial(helpers.report_events, published="2025-05-14")


# From test_extraction_briefs.py: US local crime briefs and police news: a city's quarters, tolls and roles as a
# careful coder reads them.

def test_shots_into_a_party_crowd_are_an_attack_on_civilians():
    assert helpers.report_coded("Two people were wounded after shots were fired into the crowd outside a nightclub early Sunday, "
                 "police said.", fields="sub_event_type", published="2025-09-15") == ["Attack"]
    assert helpers.report_coded("Gunman opens fire on crowd at Fourth of July cookout\n\nThree people were wounded on Friday when a "
                 "gunman opened fire at a cookout in a city park, police said.", fields="sub_event_type", published="2025-09-15") == ["Attack"]
    assert helpers.report_coded("Soldiers opened fire on the crowd as thousands marched against the election results on Monday, "
                 "killing three people.", fields="sub_event_type", published="2025-09-15")[0] == "Excessive force against protesters"


# From test_extraction_communal.py: Communal and identity violence on sentences of our own (no gazetteer needed):
# herder-farmer raids, cattle raids, clan and tribal fighting, mobs that kill.

def test_civilians_who_kill_are_a_mob():
    assert helpers.report_codings("", "Villagers burned a suspected thief to death on Saturday night, police said.", published=dt.date(2025, 6, 7)) == \
        [("Riots", "Mob violence", "Rioters", "Civilians", 1)]
    # (and those who kill armed men are a community in arms)
    assert helpers.report_codings("", "Residents killed 15 bandits after the armed men invaded the village on Sunday night.", published=dt.date(2025, 6, 7)) == \
        [("Battles", "Armed clash", "Unidentified Communal Militia", "Unidentified Armed Group", 15)]
    # civilians told beside an act are no doers of it
    assert helpers.report_codings("", "Several residents were awakened by the sound of gunfire early Saturday.", published=dt.date(2025, 6, 7))[:1] != \
        [("Riots", "Mob violence", "Rioters", None, None)]


# From test_extraction_europe.py: Conflict copy from Europe, the Caucasus and Turkey: border incidents, dissident
# republicans, sabotage, unrest.

def test_arrests_of_protesters_told_first_are_the_protest_s_intervention():
    [ev] = extract_events("Police detained 98 people in Yerevan on Monday as protesters led by Archbishop Bagrat "
                          "Galstanyan blocked streets.", published_at=SUN, toponyms=[], locations=[])
    assert (ev.sub_event_type, ev.actor1["name"], ev.actor2["name"]) == (
        "Protest with intervention", "Protesters", "Police Forces")  # (ACLED: the crowd first)


# From test_extraction_europe2.py: Political violence in Europe and the North Caucasus: lone attackers, riots,
# Northern Ireland, Kosovo, Corsica, Greece, Sweden's gangs, Dagestan and Ingushetia.

def test_youths_who_attack_police_vehicles_riot_they_are_no_community_in_arms():
    # ("Residents killed 15 bandits after the armed men invaded": a community in arms; against the state's forces, a riot)
    [ev] = extract_events("Youths wearing masks attacked police Land Rovers in Derry with petrol bombs and masonry on "
                          "Monday, police said.", published_at=SAT, toponyms=[], locations=[])
    assert (ev.event_type, ev.actor1["name"].split(" (")[0]) == ("Riots", "Rioters")
    [ev] = extract_events("Residents killed 15 bandits after the armed men invaded the community on Monday.",
                          published_at=SAT, toponyms=[], locations=[])
    assert ev.sub_event_type == "Armed clash"


# From test_extraction_events.py: Event assembly on hand-made text and hand-made toponyms (no gazetteer needed).

def test_a_protest_intervention_that_kills_is_excessive_force():
    text = "Thousands of protesters gathered on Sunday. Security forces fired tear gas, killing two demonstrators."
    events = extract_events(text, published_at=dt.date(2024, 3, 12), toponyms=[], locations=[])
    assert [(e.event_type, e.sub_event_type, e.killed["best"]) for e in events] == \
        [("Protests", "Excessive force against protesters", 2)]


def test_weapons_seized_by_an_armed_group_are_loot_by_police_a_seizure():
    coded = partial(helpers.codings, published=dt.date(2022, 6, 14), fields=("sub_event_type", "actor1.name"))
    assert coded("The militants seized weapons and vehicles.") == [("Looting/property destruction",
                                                                      "Unidentified Armed Group")]
    assert coded("Police seized three rifles on Monday.") == [("Disrupted weapons use", "Police Forces")]


def test_a_roundup_s_acts_keep_their_own_places_and_state_forces_killing_at_a_protest():
    daraa = Place(170903, "Dar'a", 32.62, 36.10, "P", "PPLA", "SY", "05", 97969)
    deir = Place(170794, "Deir ez-Zor", 35.34, 40.14, "P", "PPLA", "SY", "06", 242565)
    text = ("In Daraa, gunmen shot dead a former rebel commander on Friday. Separately, a roadside bomb wounded three "
            "soldiers near Deir ez-Zor.")
    near = Location(text.index("near"), text.index("Zor") + 3, "near Deir ez-Zor", 35.34, 40.14, 2,
                    toponym(text, "Deir ez-Zor", deir), "near Deir ez-Zor")
    events = extract_events(text, published_at=dt.date(2021, 11, 20), toponyms=[toponym(text, "Daraa", daraa),
                            toponym(text, "Deir ez-Zor", deir)], locations=[near])
    assert [e.location["name"] for e in events] == ["Dar'a", "near Deir ez-Zor"]
    text = ("Thousands marched against tax hikes on Tuesday, and police opened fire, killing at least five "
            "protesters.")
    events = extract_events(text, published_at=dt.date(2024, 6, 26), toponyms=[], locations=[])
    assert [e.sub_event_type for e in events] == ["Excessive force against protesters"]


def test_protesters_who_storm_a_parliament_riot():
    text = report_text("Kenya parliament stormed", "Protesters stormed Kenya's parliament on Tuesday as lawmakers "
                       "passed a finance bill; police opened fire, killing at least five people.")
    [riot] = extract_events(text, published_at=dt.date(2024, 6, 26), toponyms=[], locations=[])
    assert (riot.event_type, riot.sub_event_type, riot.actor1["name"], riot.killed["best"]) == \
        ("Riots", "Violent demonstration", "Rioters", 5)


def test_forces_that_put_a_riot_down_in_a_sentence_of_their_own_are_the_riot_s():
    text = ("Protesters stormed the parliament in the capital on Tuesday, setting part of the building on fire. "
            "Police opened fire, killing at least five people, according to rights groups.")
    [riot] = extract_events(text, published_at=dt.date(2024, 6, 26), toponyms=[], locations=[])
    assert (riot.sub_event_type, riot.actor1["name"], riot.actor2["name"], riot.killed["best"]) == \
        ("Violent demonstration", "Rioters", "Police Forces", 5)


def test_mobs_that_burn_homes_are_mob_violence():
    burned = only_event("Mobs set fire to dozens of homes in two villages on Wednesday, police said.", dt.date(2024, 6, 6))
    assert (burned.event_type, burned.sub_event_type, burned.actor1["name"]) == ("Riots", "Mob violence", "Rioters")


def test_a_crowd_s_fight_is_a_riot_and_forces_killing_protesters_use_excessive_force():
    riot = extract_events("At least 100 people were injured on Monday when students clashed with ruling party "
                          "activists. The students threw stones and the activists attacked them with sticks.",
                          published_at=dt.date(2024, 7, 16), toponyms=[], locations=[])
    assert [(e.event_type, e.actor1["inter"], e.wounded["best"]) for e in riot] == [("Riots", 5, 100)]
    shot = only_event("Security forces killed at least eight protesters on Friday, a rights group said.",
                      dt.date(2022, 11, 5))
    assert (shot.sub_event_type, shot.actor1["inter"], shot.actor2["inter"], shot.killed["best"]) == \
        ("Excessive force against protesters", 1, 6, 8)
    # fighting for one's life, and firefighters, are no clash
    assert extract_events("The victim was carried to firefighters and is fighting for her life.",
                          published_at=dt.date(2024, 7, 16), toponyms=[], locations=[]) == []


def test_agreements_demolitions_and_lootings_without_deaths():
    truce = only_event("The army and the Rapid Support Forces agreed in the capital on Saturday to a seven-day ceasefire.",
                       dt.date(2023, 5, 21))
    assert truce.sub_event_type == "Agreement"
    assert {truce.actor1["name"], truce.actor2["name"]} == {"Military Forces", "RSF: Rapid Support Forces"}
    homes = only_event("Israeli troops demolished 14 Palestinian homes in the village on Wednesday.", dt.date(2024, 5, 3))
    assert (homes.sub_event_type, homes.actor1["name"]) == ("Looting/property destruction", "Military Forces of Israel")
    raid = only_event("Gunmen looted shops and burned dozens of houses in the village overnight, killing no one, "
                      "police said.", dt.date(2024, 3, 20))
    assert raid.sub_event_type == "Looting/property destruction"
    # protests named as the reason of an arrest are no protest of the day
    arrest = only_event("Police arrested 12 supporters of the opposition leader on Wednesday over violent protests "
                        "last year.", dt.date(2024, 5, 9))
    assert arrest.sub_event_type == "Arrests"


def test_arrests_at_a_protest_are_its_intervention():
    [protest] = extract_events("Hundreds of opposition supporters protested in the capital on Sunday. Police arrested "
                               "more than 100 people as they tried to march towards parliament.",
                               published_at=dt.date(2024, 10, 7), toponyms=[], locations=[])
    assert (protest.sub_event_type, protest.actor1["inter"], protest.actor2["inter"]) == \
        ("Protest with intervention", 6, 1)


def test_a_march_whose_crowd_clashes_with_police_is_a_riot_and_its_arrests_the_police_s():
    [riot] = extract_events("Hundreds of activists marched through the centre on Saturday against immigration, and small "
                            "groups clashed with police, throwing bottles. Police arrested 34 people.",
                            published_at=dt.date(2023, 11, 26), toponyms=[], locations=[])
    assert (riot.sub_event_type, riot.actor1["inter"], riot.actor2["inter"]) == ("Violent demonstration", 5, 1)


# From test_extraction_extras.py: Reports that are mostly no report of a new act (anniversaries, profiles, trials,
# explainers, survivors' accounts): what they recall is no event of theirs.

def test_a_march_that_marks_an_old_killing_is_a_protest_and_its_props_no_act():
    text = ("Hundreds of relatives of the victims of the 2020 port explosion marched to the port on Monday to mark five "
            "years since the blast. Marchers waved flags and held up photographs of the dead.")
    assert helpers.codings(text, published=dt.date(2025, 8, 4), fields="sub_event_type") == ["Peaceful protest"]
    # troops marching are no crowd; a hold-up is a robbery
    assert "Peaceful protest" not in helpers.codings("Hundreds of soldiers from the northern garrison marched through the capital on "
                                          "Monday.", published=helpers.PUBLISHED, fields="sub_event_type")
    assert helpers.codings("Two armed men held up a petrol station on Monday night, police said.", published=helpers.PUBLISHED, fields="sub_event_type") == ["Looting/property destruction"]


# From test_extraction_latam.py: Organised armed violence in Latin America and the Caribbean: cartels, gangs,
# guerrillas and their acts.

def test_a_prison_riot_is_mob_violence_or_the_gangs_clash_it_is_told_as():
    ev = only_event("A riot broke out at the state prison on Sunday, leaving four inmates dead.", MON)
    assert (ev.event_type, ev.sub_event_type) == ("Riots", "Mob violence")
    ev = only_event("Nine inmates died in a prison riot on Sunday, in clashes between the rival gangs Los Lobos and "
                    "Los Tiguerones.", MON)
    assert (ev.sub_event_type, ev.actor1["name"], ev.actor2["name"]) == ("Armed clash", "Los Lobos", "Los Tiguerones")
    ev = only_event("Protesters rioted outside the prison on Monday, burning tyres.", MON)
    assert ev.sub_event_type == "Violent demonstration"


# From test_extraction_latam2.py: Latin America and the Caribbean, second round: the maras, Haiti's police and the
# Kenyan-led mission, and where a wire report's act happened when its dateline is the capital it was filed from.

def test_the_killing_a_protest_followed_is_not_the_protest_s_toll():
    evs = helpers.report_events("Hundreds of lime growers blocked a highway near Apatzingan on Monday to demand protection from cartels. "
                "The protest followed the killing of a leader of the growers' association last week.", geoparser=helpers.GEOPARSER, published="2025-06-10")
    protest = next(e for e in evs if e["event_type"] == "Protests")
    assert not (protest.get("killed") or {}).get("best")


# From test_extraction_leftovers.py: Kinds other rounds left: parties written with a word that tells what they are,
# governments as parties, arrests of people unnamed, deaths in custody, a lynching's victim, tolls of two verbs, a
# pronoun's dead, a speaker's venue.

def test_a_mob_lynches_the_man_not_the_police_station():
    assert helpers.codings("A mob stormed a police station on Monday and lynched a suspect held there.", published=helpers.TUE_2025_06_10) == [
        ("Mob violence", "Rioters", "Civilians")]


# From test_extraction_levant3.py: Middle East copy, a third round: Gaza, the West Bank, Lebanon, Syria after Assad,
# Yemen, Iraq (2025).

def test_fire_on_a_crowd_waiting_for_aid_is_an_attack_not_a_protest(geoparser):
    [ev] = events("Israeli forces opened fire on crowds waiting for food near an aid distribution site west of Rafah "
                  "on Tuesday, killing 27 people, the civil defence agency said.", geoparser, published="2025-06-24")
    assert (ev["event_type"], ev["actor2"]["name"]) == ("Violence against civilians", "Civilians (Palestine)")


# From test_extraction_protests.py: Protests, riots and strategic developments on sentences of our own (no gazetteer
# needed).

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


def test_a_protests_cause_and_a_periods_tally_are_no_acts():
    # the killings protested against, and a tally of a year
    assert coded("", "Thousands of bus drivers and street vendors marched to the ministry on Thursday to protest against a "
                     "wave of extortion killings. Gangs have killed more than a dozen drivers this year, the union said.") == \
        [("Protests", "Peaceful protest", "Protesters", None, 0)]
    # a tally since a date, next to an agreement
    assert coded("", "The president and the opposition leader signed an agreement in the capital on Sunday to end months "
                     "of unrest. More than 300 people have been killed since the October election.") == \
        [("Strategic developments", "Agreement", None, None, None)]
    # a collapse is an accident
    assert coded("", "Tens of thousands of people rallied in the city on Saturday to mark three months since the collapse "
                     "of a station canopy that killed 15 people.") == [("Protests", "Peaceful protest", "Protesters", None, 0)]


def test_what_a_crowd_throws_or_burns_is_a_riot_and_what_it_answers_is_an_act_of_its_own():
    assert coded("", "Riot police used water cannon to clear thousands of protesters from the avenue on Friday.") == \
        [("Protests", "Protest with intervention", "Protesters", "Police Forces", 0)]
    assert coded("", "Demonstrators hurled stones and flares at police in the capital on Saturday night.") == \
        [("Riots", "Violent demonstration", "Rioters", "Police Forces", None)]
    # the riot's cause told with its own day and dead is an act of its own; the arrests told after are the riot's
    assert coded("", "Youths set fire to cars and hurled fireworks at police on Wednesday night, after police shot dead a "
                     "teenager during a traffic stop on Tuesday. The ministry said 31 people were arrested.",
                 published=dt.date(2023, 6, 29)) == \
        [("Violence against civilians", "Attack", "Police Forces", "Civilians", 1),
         ("Riots", "Violent demonstration", "Rioters", "Police Forces", None)]
    # a death the riot answers is not its toll
    assert coded("", "Angry youths set fire to a police station on Saturday after a man died in custody.") == \
        [("Riots", "Violent demonstration", "Rioters", "Police Forces", None)]


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
    # protesters who kill are the doers (a demonstration turned violent: its crowd are rioters)
    assert coded("", "Protesters killed a policeman in the capital on Tuesday.")[0][1:3] == ("Violent demonstration", "Rioters")


def test_a_killing_by_a_mob_told_in_the_passive_is_mob_violence():
    assert coded("", "Two men were burned to death by a mob in the town on Sunday.") == \
        [("Riots", "Mob violence", "Rioters", "Civilians", 2)]


# From test_extraction_scenefix.py: An event's scene: a riot told by its arson alone, and the place where the act
# happened over places only named.

def test_rioters_who_set_fire_to_buses_riot_on_the_night_told():
    # ("set" looks ahead only as a plan's, "set for Monday": "set fire to" is the arson, its date the act's own)
    for town in ("Dublin", "Cork"):
        [ev] = helpers.report_events(f"Rioters set fire to buses in {town} on Thursday night.", geoparser=helpers.GEOPARSER, published="2025-03-02")
        assert (ev["event_type"], ev["sub_event_type"]) == ("Riots", "Violent demonstration")
        assert ev["location"]["name"] == town and ev["date_start"] == "2025-02-27"


# From test_extraction_strategic.py: ACLED's strategic developments and less common kinds: agreements, bases, a
# group's changes, territory handed over, weapons seized; with no act told, no event.

def test_a_crowd_that_storms_or_burns_is_a_violent_demonstration_even_when_police_fire_tear_gas():
    # (ACLED: a violent crowd makes a riot, whoever intervenes; the force its second party)
    assert helpers.codings("Demonstrators stormed and set fire to the town hall on Friday, and police fired tear gas to "
                   "disperse them.", published=helpers.TUE_2024_06_11) == [("Violent demonstration", "Rioters", "Police Forces")]


# From test_extraction_subtypes.py: ACLED sub-event types told apart from their neighbours: fire on a crowd named with
# a word before it, an act still to come when another happened, men a crowd only takes for kidnappers, munitions
# listed in a seized cache.

def test_fire_opened_on_a_crowd_with_a_word_before_it_is_excessive_force():
    [(sub, _, killed)] = coded_published_2024_07_16("Security forces opened fire on student demonstrators in the city on Tuesday, killing five.")
    assert (sub, killed) == ("Excessive force against protesters", 5)
    [(sub, _, _)] = coded_published_2024_07_16("Police fired live rounds at anti-government protesters on Tuesday, killing two.")
    assert sub == "Excessive force against protesters"


def test_men_a_crowd_takes_for_kidnappers_are_a_mob_s_victims():
    [(sub, a1, killed)] = coded_published_2024_07_16("Villagers beat to death two men they suspected of being child kidnappers in the "
                                "district on Tuesday, police said.")
    assert (sub, killed) == ("Mob violence", 2) and a1.startswith("Rioters")
    [(sub, a1, _)] = coded_published_2024_07_16("Villagers killed two men they suspected of being bandits in the district on Tuesday.")
    assert sub == "Mob violence" and a1.startswith("Rioters")
    # (rumours of a kidnapping tell none)
    [(sub, _, _)] = coded_published_2024_07_16("Two men beaten to death over child-kidnapping rumours")
    assert sub != "Abduction/forced disappearance"


def test_force_short_of_killing_used_on_protesters_is_an_intervention():
    for text in ("Police beat protesters with batons and arrested 40 in the capital on Tuesday.",
                 "Police beat dozens of demonstrators outside parliament on Tuesday."):
        [(sub, a1, _)] = coded_published_2024_07_16(text)
        # (ACLED names the crowd first in an intervention, the force after it: westfix)
        assert (sub, a1) == ("Protest with intervention", "Protesters"), text


# From test_extraction_westfix.py: West Asia fixes: victims counted 'along with' the one told, a protest's crowd
# before the force that intervenes, unclaimed strikes' unidentified doers, victims' own words over their target's
# owner, and the region's spellings.

def test_a_movement_s_supporters_blocking_streets_and_the_police_detaining_them_are_a_protest_with_intervention():
    [ev] = helpers.events("Police detained 98 people in the capital on Monday as supporters of the Tavush for the Homeland "
                  "movement blocked several streets in the city centre. Most of those detained were released later in "
                  "the day.", published=dt.date(2024, 5, 27))
    assert (ev.sub_event_type, ev.actor1["name"], ev.actor2["name"]) == (
        "Protest with intervention", "Protesters", "Police Forces")


def test_the_killing_a_crowd_s_anger_is_over_is_no_toll_of_its_riot():
    # ("as anger grew over the killing of demonstrators the day before": the riot's cause, as "after" a death is)
    assert coded("", "Protesters set fire to the parliament building and the homes of several politicians in the capital "
                     "on Tuesday, as anger grew over the killing of young demonstrators the day before.") == \
        [("Riots", "Violent demonstration", "Rioters", None, None)]
    amid = coded("", "Protesters set fire to a police station in the city on Friday amid outrage over the deaths of two "
                     "students in police custody.")
    assert amid[0][:2] == ("Riots", "Violent demonstration") and not amid[0][4]


def test_a_crowd_that_loots_or_sets_things_ablaze_riots_even_when_police_kill():
    # (ACLED: a violent crowd makes a riot, whoever intervenes; the dead of the force that met it are the riot's)
    assert coded("", "Protesters looted shops and set cars ablaze in the capital on Monday, and police fired live rounds, "
                     "killing four.") == [("Riots", "Violent demonstration", "Rioters", "Police Forces", 4)]
    assert coded("", "Protesters set two police vehicles alight in the city on Monday.")[0][:3] == \
        ("Riots", "Violent demonstration", "Rioters")


def test_an_intervention_by_a_force_the_lexicon_lacks_still_names_the_crowd_first():
    # ("Federal agents": no actor read; the crowd is the protest's first actor all the same, not its second)
    assert coded("", "Federal agents fired pepper balls and tear gas at protesters outside the immigration facility on "
                     "Saturday.") == [("Protests", "Protest with intervention", "Protesters", None, 0)]
    # ... nor twice, as the force's target too ("to disperse them")
    assert coded("", "Protesters gathered outside the immigration facility on Saturday, and federal agents fired tear gas "
                     "to disperse them.") == [("Protests", "Protest with intervention", "Protesters", None, 0)]


# From the unrest round: protests, riots and strategic developments worldwide (hand-written wire reports).

def test_a_crowd_that_fights_the_state_s_forces_is_a_violent_demonstration_not_a_mob():
    # (supporters are civilians told as a crowd: against police or the army, a demonstration turned violent)
    assert helpers.codings("At least nine people were killed in clashes between supporters of the opposition leader and "
                           "police on Thursday.", dt.date(2023, 6, 2), fields=("sub_event_type", "actor2.name")) == \
        [("Violent demonstration", "Police Forces")]
    assert helpers.codings("Thousands of his supporters stormed the army's headquarters on Tuesday.", dt.date(2023, 5, 10),
                           fields="sub_event_type") == ["Violent demonstration"]
    # (a crowd's fight with no force is still a mob's)
    assert helpers.codings("Youths clashed with each other in the market on Friday.", dt.date(2023, 5, 10),
                           fields="sub_event_type") == ["Mob violence"]


def test_the_toll_of_the_act_a_march_commemorates_is_none_of_the_march_s():
    text = ("Several hundred people marched in Paris on Tuesday to commemorate the massacre of Algerian demonstrators by "
            "police on October 17, 1961, when historians say as many as 200 people were killed and bodies thrown into the Seine.")
    # (none of the commemorated act's dead: the march's own 0)
    assert helpers.codings(text, dt.date(2023, 10, 17), fields=("sub_event_type", "killed.best")) == [("Peaceful protest", 0)]
    # (a vigil names no act of the day: the siege it remembers is none either)
    assert helpers.codings("Hundreds held a vigil on Sunday in memory of the victims of the school siege in which 334 people "
                           "were killed.", dt.date(2024, 9, 2), fields="sub_event_type") == []
    # (the day's own clause after it is the day's)
    assert helpers.codings("Hundreds marched on Monday to commemorate the victims, and police fired tear gas, injuring five "
                           "people.", dt.date(2024, 9, 2), fields=("sub_event_type", "wounded.best")) == \
        [("Protest with intervention", 5)]


def test_an_act_named_as_a_charge_or_an_acquittal_is_no_act_told():
    # (an opposition leader's trial sets off a riot; its charges are none of the riot's acts)
    assert helpers.codings("The opposition leader faces rape charges, which he denies.", dt.date(2023, 6, 2),
                           fields="sub_event_type") == []
    assert helpers.codings("Sonko was acquitted of rape on Thursday but convicted of corrupting youth.", dt.date(2023, 6, 2),
                           fields="sub_event_type") == []
    assert helpers.codings("He was arrested on Monday on murder and kidnapping charges.", dt.date(2023, 6, 2),
                           fields="sub_event_type") == ["Arrests"]


def test_the_abductor_a_mob_suspects_is_no_abduction():
    assert helpers.codings("A mob beat a woman to death at a school on Saturday on suspicion that she was a child abductor, "
                           "police said.", dt.date(2019, 7, 20), fields="sub_event_type") == ["Mob violence"]
    assert helpers.codings("Police said the man was beaten after rumours spread that he was a child abductor.",
                           dt.date(2019, 7, 20), fields="sub_event_type") == []
    assert helpers.report_codings("Mob beats woman to death in Dhaka over child abduction rumour", "A mob beat a woman to "
                                  "death on Saturday, police said.", dt.date(2019, 7, 20), fields="sub_event_type") == \
        ["Mob violence"]
    # (kidnappers who abduct still do)
    assert helpers.codings("Kidnappers abducted three students on Sunday.", dt.date(2019, 7, 20),
                           fields="sub_event_type") == ["Abduction/forced disappearance"]


def test_protesters_who_kill_riot_they_make_no_attack_on_civilians():
    assert helpers.codings("Four paramilitary Rangers were killed late on Monday when a vehicle driven by protesters rammed "
                           "into them.", dt.date(2024, 11, 26), fields=("sub_event_type", "actor1.name", "killed.best")) == \
        [("Violent demonstration", "Rioters", 4)]


def test_a_title_s_protest_is_the_crowd_the_body_tells_turned_violent():
    assert helpers.report_codings("Seventeen killed in Peru protests", "Seventeen people were killed on Monday in clashes "
                                  "between protesters and security forces near the airport, the health ministry said.",
                                  dt.date(2023, 1, 10), fields=("sub_event_type", "killed.best")) == \
        [("Violent demonstration", 17)]


def test_forces_that_clear_a_crowd_s_ground_intervene_in_its_protest():
    assert helpers.codings("Police in riot gear entered the campus late Tuesday and cleared a building that pro-Palestinian "
                           "protesters had occupied.", dt.date(2024, 5, 1), fields=("sub_event_type", "actor2.name")) == \
        [("Protest with intervention", "Police Forces")]
    assert helpers.codings("Security forces broke up the sit-in outside the ministry on Monday.", dt.date(2024, 5, 1),
                           fields="sub_event_type") == ["Protest with intervention"]
    # (a road cleared of no crowd is none)
    assert helpers.codings("Workers cleared the road after the storm on Monday.", dt.date(2024, 5, 1), fields="sub_event_type") == []


def test_a_title_s_bare_toll_is_the_riot_the_body_tells():
    assert helpers.report_codings("Nine killed in Senegal unrest after opposition leader Sonko sentenced",
                                  "At least nine people were killed in clashes between supporters of the opposition leader "
                                  "and police on Thursday, the government said.", dt.date(2023, 6, 2),
                                  fields=("sub_event_type", "killed.best")) == [("Violent demonstration", 9)]


def test_a_crowd_gathered_to_demand_is_a_protest():
    # no word for a protest: the crowd and its demand tell one (not a crowd gathered to mourn)
    [ev] = helpers.events("Hundreds of retired workers gathered outside parliament in Tehran on Sunday to demand pensions in "
                          "line with inflation.", published=dt.date(2021, 2, 14))
    assert (ev.sub_event_type, ev.actor1["name"].split(" (")[0]) == ("Peaceful protest", "Protesters")
    assert helpers.events("Hundreds of mourners gathered in the city on Sunday to mark the anniversary.",
                          published=dt.date(2021, 2, 14)) == []


def test_crowd_control_grenades_fired_at_protesters_are_an_intervention_not_a_grenade_attack():
    # (flash-bang, stun and tear gas grenades are the police's crowd-control kit; a grenade thrown into a crowd is an attack)
    assert helpers.report_coded("Riot police fired tear gas, water cannon and flash-bang grenades at protesters outside "
                                "parliament overnight, witnesses said.", fields="sub_event_type",
                                published="2024-12-01") == ["Protest with intervention"]
    assert helpers.report_coded("Police threw a stun grenade and tear gas grenades at demonstrators on Sunday.",
                                fields="sub_event_type", published="2024-12-01") == ["Protest with intervention"]
    assert helpers.report_coded("Attackers threw grenades into a crowd at an opposition rally on Saturday, killing 12 people.",
                                fields="sub_event_type", published="2004-08-21") == ["Grenade"]


def test_a_slogan_the_crowd_chants_is_no_act():
    # ('chanting "Death to the dictator"': the crowd's words, no killing told)
    assert helpers.report_coded('Police fired tear gas at protesters in Tehran on Wednesday. Videos showed crowds chanting '
                                '"Death to the dictator" near the university.', fields="sub_event_type",
                                published="2022-09-21") == ["Protest with intervention"]
    assert helpers.report_coded('Thousands marched in Sanaa on Friday, chanting slogans such as "Death to America" and '
                                '"Kill the invaders".', fields="sub_event_type", published="2024-01-12") == ["Peaceful protest"]


def test_a_crowd_s_burning_told_with_its_place_between_is_a_riot():
    # "Protesters in the northern city of Nampula set fire to a police post": the crowd's act, its place told between the
    # crowd and its verb (no battle with the officers hurt by stones)
    text = ("Protesters in the northern city of Nampula set fire to a police post and blocked roads with burning tyres on "
            "Thursday. Police said two officers were injured by stones.")
    assert [(e.event_type, e.sub_event_type) for e in helpers.events(text, published=helpers.TUE_2024_05_14)] == \
        [("Riots", "Violent demonstration")]


# From the protests round (2026-12-02): Kenya's, Georgia's and Serbia's protests as wire copy tells them.

def test_a_dispersal_told_by_its_tear_gas_at_a_crowd_is_an_intervention():
    # ("tear gas" ends in an s: no plural of acts in general; a crowd named in its sentence)
    text = ("NAIROBI, June 26 (Reuters) - Kenyan police fired live rounds at protesters in Nairobi on Tuesday, killing at "
            "least five people. Police fired tear gas and water cannon at crowds in Mombasa, where demonstrators blocked roads.")
    assert helpers.report_coded(text, ("sub_event_type", "location.name"), helpers.GEOPARSER, "2024-06-26") == [
        ("Excessive force against protesters", "Nairobi"), ("Protest with intervention", "Mombasa")]
    # (not tear gas fired at residents after a raid, with no crowd told)
    assert helpers.report_coded("Israeli troops arrived after the attack and fired tear gas at residents, witnesses said.",
                                "sub_event_type", published="2024-06-20") == []


def test_a_peaceful_rally_unlike_earlier_nights_when_police_intervened_is_peaceful():
    text = ("TBILISI, Dec 8 (AFP) - Tens of thousands of Georgians rallied outside parliament in Tbilisi on Sunday. "
            "The rally passed off peacefully, unlike earlier nights when riot police used water cannon and tear gas to "
            "clear the avenue.")
    assert helpers.report_coded(text, ("sub_event_type", "actor2"), published="2024-12-09") == [("Peaceful protest", None)]


def test_the_dispersal_of_a_riot_s_crowd_is_the_riot_s():
    text = ("DHAKA, March 3 - An angry mob set fire to a police station on Saturday night after a local trader died in "
            "custody, police said. Hundreds of people hurled bricks and set vehicles ablaze. Officers fired rubber bullets "
            "and tear gas to disperse the crowd.")
    assert helpers.report_coded(text, "event_type", published="2025-03-03") == ["Riots"]


def test_both_sides_of_a_fight_between_rival_party_supporters_are_rioters():
    text = ("DHAKA, Jan 10 (AFP) - One person was killed and at least 20 injured when supporters of two rival political "
            "parties clashed with sticks and machetes in the town of Faridpur on Thursday, police said.")
    assert helpers.report_coded(text, ("event_type", "actor1.name", "actor2.name"), published="2025-01-10") == [
        ("Riots", "Rioters", "Rioters")]


def test_fire_on_a_crowd_that_burns_and_loots_is_the_riot_s():
    # a crowd that burned, looted and threw stones riots, whoever fired on it: rioters against the police, its dead
    # the riot's
    assert coded("", "Two young men were shot dead on Wednesday when police opened fire on crowds who burned tyres, "
                     "looted shops and hurled stones at security forces, a hospital source said.") == \
        [("Riots", "Violent demonstration", "Rioters", "Police Forces", 2)]
    assert coded("", "Security forces fired on protesters who were throwing stones at the governor's office on "
                     "Monday, wounding five.")[0][:3] == ("Riots", "Violent demonstration", "Rioters")
    # ... not a crowd that gathered
    assert coded("", "Police opened fire on protesters who had gathered outside parliament on Tuesday, killing three "
                     "people.")[0][:2] == ("Protests", "Excessive force against protesters")


def test_a_mob_that_burns_a_police_station_is_a_violent_demonstration():
    # a crowd against the state's forces or their post riots as demonstrators do (ACLED's mob violence is against
    # civilians or other crowds)
    assert coded("", "An angry mob set fire to a police station on Saturday night after a local trader died in "
                     "custody, police said.") == [("Riots", "Violent demonstration", "Rioters", "Police Forces", None)]
    assert coded("", "A mob beat a man to death on Sunday on suspicion of theft, police said.")[0][:2] == \
        ("Riots", "Mob violence")


def test_protests_an_act_set_off_told_in_passing_are_no_crowd_of_the_report():
    title, body = ("Students rally in Lome for jailed activist",
                   "Hundreds of students rallied in Lome on Tuesday to demand the release of an activist. Earlier this "
                   "month, police detained the activist at a checkpoint, triggering a wave of demonstrations across the "
                   "country.")
    assert coded(title, body, fields="sub_event_type") == ["Peaceful protest"]
    # an arrest told to the day stays an act of its own
    assert sorted(coded(title, body.replace("Earlier this month, police detained the activist",
                                            "On Sunday, police detained the activist"), fields="sub_event_type")) == \
        ["Arrests", "Peaceful protest"]


def test_a_gathering_that_marks_a_massacre_and_makes_a_demand_is_a_protest_not_the_massacre():
    text = ("Hundreds of people gathered in the town on Saturday to mark two years since the attack in which gunmen "
            "killed 30 worshippers at a mosque, and demanded that the killers be put on trial.")
    assert [sub for sub, *_ in coded_published_2024_07_16(text)] == ["Peaceful protest"]
    # a gathering with no demand is a memorial, no protest
    assert coded_published_2024_07_16(text.replace(", and demanded that the killers be put on trial", "")) == []


def test_a_protest_and_the_dispersal_told_after_it_are_one_protest_with_intervention():
    # "... marched against the government. Police fired tear gas to disperse them": the crowd is the first party, the
    # police the second (not the government the crowd marched against); "disperse" names the crowd, as "protesters" would
    text = ("Thousands of teachers marched through Lusaka on Monday against the government's pay freeze. Police fired "
            "tear gas to disperse them.")
    assert helpers.report_coded(text, ("sub_event_type", "actor1.name", "actor2.name"), helpers.GEOPARSER,
                                "2025-06-10") == [("Protest with intervention", "Protesters (Zambia)", "Police Forces of Zambia")]


def test_a_dispersal_told_with_a_short_past_verb_is_an_act():
    # "used tear gas" is told in the past as "fired tear gas" is (a verb of four letters in -ed is a past too)
    text = ("Hundreds of traders marched through Blantyre on Friday against new market fees. Police used tear gas to "
            "disperse them.")
    assert helpers.report_coded(text, ("sub_event_type", "actor1.name", "actor2.name"), helpers.GEOPARSER,
                                "2025-06-10") == [("Protest with intervention", "Protesters (Malawi)", "Police Forces of Malawi")]


def test_a_crowd_that_gathered_peacefully_is_a_peaceful_protest():
    # a crowd's gathering told by its manner, with no word for a protest: ACLED's peaceful protest, at its own town
    text = "A large crowd gathered peacefully outside the town hall in Kumasi on Tuesday, witnesses said."
    assert helpers.report_coded(text, ("sub_event_type", "location.name"), helpers.GEOPARSER, "2025-06-11") == [
        ("Peaceful protest", "Kumasi")]


def test_youths_who_burn_tyres_to_block_a_road_riot_and_the_killing_they_protest_is_no_act():
    # (ACLED's codebook: road-blocking with burning tyres is a violent demonstration; the killing is the crowd's cause)
    evs = helpers.report_events("Youths burned tyres and blocked the main road in Ikeja on Monday to protest the killing "
                                "of a motorcyclist by police, residents said.", geoparser=helpers.GEOPARSER,
                                published="2026-03-04")
    assert [(e["sub_event_type"], e["actor1"]["name"]) for e in evs] == [("Violent demonstration", "Rioters (Nigeria)")]


def test_a_crowd_told_as_students_then_dispersed_by_no_named_force_has_no_second_party():
    [ev] = helpers.report_events("Hundreds of students rallied outside the university in Rajshahi on Sunday. The "
                                 "protesters were dispersed with tear gas, witnesses said.", geoparser=helpers.GEOPARSER,
                                 published="2026-03-04")
    assert (ev["sub_event_type"], ev["actor1"]["name"], ev["actor2"]) == \
        ("Protest with intervention", "Protesters (Bangladesh)", None)


def test_protests_told_as_having_taken_place_in_other_towns_are_events_there():
    evs = helpers.report_events("Thousands marched in Harare on Tuesday against the price of bread. Protests also took "
                                "place in Bulawayo and Mutare, local media reported.", geoparser=helpers.GEOPARSER,
                                published="2026-03-04")
    assert [(e["sub_event_type"], e["location"]["name"]) for e in evs] == \
        [("Peaceful protest", "Harare"), ("Peaceful protest", "Bulawayo"), ("Peaceful protest", "Mutare")]


def test_a_protest_told_with_no_dead_has_none_dead_and_a_peaceful_one_none_hurt():
    # (ACLED's 0, not unknown: a death would make it excessive force; both marked as inferred)
    [ev] = helpers.events("Thousands marched through the capital on Saturday to demand fresh elections.", published=MON)
    assert (ev.killed["best"], ev.wounded["best"], ev.inferred) == (0, 0, ["actor1", "killed", "wounded"])
    [ev] = helpers.events("Police fired tear gas to disperse hundreds of students marching on parliament on Saturday.",
                          published=MON)
    assert (ev.sub_event_type, ev.killed["best"], ev.wounded) == ("Protest with intervention", 0, None)


def test_marches_held_in_towns_near_the_first_crowd_s_are_protests_of_their_own():
    # (Belgrade is some 70 km from Novi Sad: two named towns, two crowds, one event each)
    evs = helpers.report_events("Thousands rallied in Novi Sad on Saturday against the government. Smaller marches were "
                                "held in Belgrade and Kragujevac, organisers said.", geoparser=helpers.GEOPARSER,
                                published="2026-03-16")
    assert [e["location"]["name"] for e in evs] == ["Novi Sad", "Belgrade", "Kragujevac"]


def test_riot_police_who_push_a_crowd_back_intervene():
    [ev] = helpers.events("Thousands marched to parliament on Monday evening. Riot police later pushed protesters back "
                          "from the building.", published=MON)
    assert (ev.sub_event_type, ev.actor2["name"]) == ("Protest with intervention", "Police Forces")


def test_a_crowd_fired_on_that_the_report_tells_throwing_stones_riots():
    # (ACLED's excessive force is used on a peaceful crowd: one that threw stones riots, the police its other side)
    [ev] = helpers.events("Two people were killed when police opened fire on garment workers protesting over unpaid "
                          "wages on Thursday. Workers blocked a highway and threw stones at police before officers fired "
                          "rubber bullets.", published=MON)
    assert (ev.sub_event_type, ev.actor1["name"], ev.actor2["name"], ev.killed["best"]) == \
        ("Violent demonstration", "Rioters", "Police Forces", 2)
    # (and what one man throws is no riot)
    assert "Violent demonstration" not in [e.sub_event_type for e in helpers.events(
        "He threw two glass bottles at his neighbour on Thursday, police said.", published=MON)]


def test_a_crowd_that_clashes_with_police_throwing_stones_riots_though_the_police_fire_tear_gas():
    [ev] = helpers.events("University students clashed with police on Monday, throwing stones at officers who fired "
                          "tear gas, witnesses said.", published=MON)
    assert (ev.sub_event_type, ev.actor1["name"], ev.actor2["name"]) == ("Violent demonstration", "Rioters", "Police Forces")


def test_a_force_s_act_at_one_of_the_towns_a_protest_is_listed_at_leaves_the_others_peaceful():
    evs = helpers.report_events("Demonstrations took place in Nairobi, Nakuru and Eldoret on Tuesday, with police firing "
                                "tear gas in Nakuru.", geoparser=helpers.GEOPARSER, published="2026-07-07")
    assert sorted((e["location"]["name"], e["sub_event_type"]) for e in evs) == [
        ("Eldoret", "Peaceful protest"), ("Nairobi", "Peaceful protest"), ("Nakuru", "Protest with intervention")]


def test_a_crowd_told_by_its_country_that_riots_is_rioters():
    text = report_text("Indonesian protesters torch police post",
                       "Protesters set fire to a police post outside parliament on Sunday night.")
    [ev] = helpers.events(text, published=MON)
    assert (ev.sub_event_type, ev.actor1["name"]) == ("Violent demonstration", "Rioters")
