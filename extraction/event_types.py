"""ACLED event types and sub-event types from the report's words.

A trigger is a word or phrase that names an act ("airstrike", "withdrawal", "was shot"). Each has
the ACLED (type, sub-type) it stands for, a rank (more specific kinds win within a sentence), and
whether it is a verb or a noun: a plural noun with no count and no date ("the coalition is
conducting airstrikes") is talk about acts in general, not a reportable event.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .matching import (
    alternatives,
    by_first_letter,
    GroupsWhereFound,
    fold,
    folded_regex,
    holds_a_word,
    holds_case_odd,
    may_hold,
    fewest_words,
    may_hold_folded,
    spread_leading_group,
)
from .victims import ANIMAL_AFTER, ANIMALS

BATTLES = "Battles"
EXPLOSIONS = "Explosions/Remote violence"
VIOLENCE_CIV = "Violence against civilians"
PROTESTS = "Protests"
RIOTS = "Riots"
STRATEGIC = "Strategic developments"
VIOLENT_TYPES = (BATTLES, EXPLOSIONS, VIOLENCE_CIV)

SUB_EVENT_TYPES = {
    BATTLES: ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
    EXPLOSIONS: ("Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
                 "Remote explosive/landmine/IED", "Grenade"),
    VIOLENCE_CIV: ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    PROTESTS: ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
    RIOTS: ("Violent demonstration", "Mob violence"),
    STRATEGIC: ("Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                "Headquarters or base established", "Looting/property destruction",
                "Non-violent transfer of territory", "Other"),
}

# Sub-types decided later from the actors: a lethal act by an air arm is an air strike, a lethal
# act between two armed sides a clash, a territorial gain by a state "Government regains".
LETHAL = "lethal"            # -> Attack / Armed clash / Air/drone strike
TERRITORY = "territory"      # -> Government regains / Non-state actor overtakes


@dataclass(frozen=True, slots=True)
class TriggerRule:
    pattern: str
    event_type: str
    sub_event_type: str   # or LETHAL / TERRITORY
    rank: int             # lower wins within a sentence
    noun: bool            # a noun trigger needs a count, a date, or the singular
    always: bool = False  # nouns that are events in themselves ("talks", "withdrawal")


# what makes an "encounter" a fight: armed men met, or the encounter breaking out
_ENCOUNTER_WITH_ARMED = (r"\s+with\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:security|forces|troops|soldiers|police|army|military|"
                         r"militants|terrorists|maoists|naxal\w*|rebels|insurgents|guerrillas|jawans|gunmen|cadres|npa)\b|"
                         r"\s+(?:broke\s+out|took\s+place|erupted|ensued|was\s+underway|is\s+underway|was\s+on|is\s+on)\b")


# "killed in an encounter", "were shot dead in the encounter": the words right before a fight's noun that tell it
# took lives (fixed-width look-behinds, one for each form, read after the noun's first letter: a trigger's
# alternative opens with its letter)
_KILLED_IN_AN = "(?:" + "|".join(f"(?<={v} in {d} e)" for v in ("killed", "dead", "died", "neutralised", "neutralized",
                                                                 "eliminated", "injured", "wounded")
                               for d in ("an", "the")) + ")"


# what is stormed when no territory changes hands: a building ("stormed the National Penitentiary", "a hotel"), or a
# village or a market, where no one fights back unless told ("RSF fighters stormed the village twice", "gunmen stormed
# the market": an attack on its people)
_STORMED_BUILDING = (r"\s+(?:(?:the|a|an)\s+|[\w-]+['’]s\s+)(?:[\w-]+\s+){0,2}?(?:building|hotel|house|home|compound|apartment|"
                     r"village|hamlet|market|"
                     r"mall|school|hospital|restaurant|church|mosque|bank|office|station|prison|penitentiary|jail|studio|"
                     r"embassy|consulate|parliament|palace|ministry|headquarters|courthouse|stadium|theatre|theater)s?\b")
# an armed group's storming of a building is an attack (events: a state force's storming is a raid, told by its other
# act: "police stormed the house and arrested him"); ranked after the arrest
STORMING = TriggerRule(rf"stormed(?={_STORMED_BUILDING})", VIOLENCE_CIV, LETHAL, 18, False)

# a military base or camp stormed (not a camp for the displaced) is fought over, not taken (taking it is told as such: "seized the base")
_STORMED_BASE = (r"\s+(?:(?:the|a|an)\s+|[\w-]+['’]s\s+)(?:[\w-]+\s+){0,2}?(?:base|barracks|outpost|"
                 r"(?:military|army)\s+(?:camp|post))s?\b")

# a place stormed, a base or a town ("stormed the Old City of Mosul"), or advanced into, is fought over; its
# taking is told as such ("seized the base", "took control of the town"), a territorial act of its own
STORMED_PLACE = TriggerRule(r"stormed(?<!parliament\sstormed)(?<!palace\sstormed)(?<!ministry\sstormed)(?<!embassy\sstormed)"  # (a title)
                            rf"(?!{_STORMED_BUILDING})|advanced\s+(?:into|on)|pushed\s+(?:deeper\s+|further\s+)?into",
                            BATTLES, "Armed clash", 15, False)

# (and "fired live ammunition at the crowds"; "Security forces killed at least eight protesters": see find_triggers;
# a title's present and its passive with no verb: "Protesters killed as police fire on crowds", not "Protesters
# killed a policeman")
# a crowd at a party, a club or a show is no protest's ("shots were fired into the crowd outside a nightclub", "opened
# fire on crowd at block party"): an attack on civilians
_REVELLERS = (r"[^.;]{0,40}?\b(?:party|parties|(?:night)?clubs?|bars?|lounge|concert|festival|cookout|barbecue|"
              r"celebration|graduation|wedding|funeral\s+repast)\b")
# nor is a crowd that waits for food or aid ("opened fire on crowds waiting for food near an aid distribution site")
_AID_SEEKERS = (r"(?:[^.;]{0,20}?\b(?:waiting|awaiting|queu(?:ed|ing)|lined\s+up|lining\s+up|gathered|seeking|"
                r"trying\s+to\s+(?:get|reach|collect))\b[^.;]{0,30}?\b(?:food|aid|flour|bread|rations|supplies)\b|"
                r"\s+of\s+(?:hungry\s+)?aid\s+seekers)")
EXCESSIVE_FORCE = TriggerRule(
    r"(?:fired|fires?|opened\s+fire|opens?\s+fire|shot)\s+(?:live\s+(?:ammunition|rounds|bullets)\s+|bullets\s+)?"
    rf"(?:on|at|into)\s+(?:the\s+)?(?:(?:[\w-]+\s+)?(?:protesters|demonstrators)|crowds?(?!{_REVELLERS}|{_AID_SEEKERS})|marchers|mourners|"
    # (a crowd told by who they are and what they were doing: "opened fire on garment workers protesting over wages")
    r"(?:[\w-]+\s+){0,2}?(?:workers|students|youths|people|residents|supporters|traders|farmers|teachers|villagers|"
    r"miners|drivers|women)\s+(?:who\s+were\s+)?(?:protesting|demonstrating|marching|rallying))|"
    r"(?:protesters|demonstrators)\s+(?:(?:were|are)\s+(?:killed|shot)|(?:killed|shot)(?=\s+(?:as|in|after|when|during|by)\b|"
    r"\s*[,.:;]|\s*$))",
    PROTESTS, "Excessive force against protesters", 9, False)
# fire on a crowd that riots is the riot's ("police opened fire on crowds who burned tyres, looted shops and hurled
# stones", "fired on youths hurling rocks"): ACLED's violent demonstration, its crowd rioters, the force the other side
# (events swaps them); not a crowd that marched or gathered ("fired on protesters who had gathered outside parliament"),
# nor one that stormed a building, a force's shooting at a protest as a coder may keep it
FIRED_ON_RIOTERS = TriggerRule(EXCESSIVE_FORCE.pattern, RIOTS, "Violent demonstration", 9, False)
_VIOLENT_CROWD_AFTER = re.compile(
    r",?\s+(?:who|that)\s+(?:had\s+)?(?:[\w-]+\s+){0,2}?(?:burn(?:ed|t|ing)|torch(?:ed|ing)|set(?:ting)?\s+fire|"
    r"set(?:ting)?\s+(?:[\w-]+\s+){1,3}?ablaze|loot(?:ed|ing)|ransack(?:ed|ing)|vandali[sz](?:ed|ing)|hurl(?:ed|ing)|threw|"
    r"throwing|pelt(?:ed|ing)|ston(?:ed|ing)|attack(?:ed|ing)|smash(?:ed|ing))\b|"
    r"\s+(?:hurling|throwing|pelting)\s+(?:[\w-]+\s+){0,2}?(?:stones|rocks|bricks|bottles|petrol\s+bombs|molotov)",
    re.IGNORECASE)
# (not across a conjunction: "Three killed as protesters torch parliament" - the protesters are the doers)
_PROTESTERS_AFTER = re.compile(r"\s+(?:(?!(?:as|when|while|after|before|and|but)\s)[\w-]+\s+){0,3}?"
                               r"(?:protesters|demonstrators|marchers)\b", re.IGNORECASE)
# (and a title's present: "Security forces kill five protesters")
_KILLING_WORDS = ("killed", "killing", "shot dead", "kill", "kills")

# a crowd that marches (find_triggers: "thousands of students marched"; not troops: "forces marched on the capital")
MARCHED = TriggerRule(r"marched\b", PROTESTS, "Peaceful protest", 13, False)
# a crowd that blocks a road (find_triggers: "300 farmers blocked the A64 motorway"; not "troops blocked the roads")
BLOCKADE = TriggerRule(r"block(?:ed|aded)\s+(?:[\w-]+\s+){0,3}?(?:roads?|highways?|motorways?|streets?|bridges?|"
                       r"junctions?|intersections?|railways?|rail\s+lines?)\b", PROTESTS, "Peaceful protest", 13, False)
# a crowd gathered to demand ("Hundreds of retired workers gathered outside parliament in Tehran on Sunday to demand
# pensions"): a protest told with no word for one (find_triggers asks for the crowd; not "gathered to mourn")
# (or a demand the gathered crowd made, told after "and": "gathered to mark a year since the massacre ... and called on
# the authorities to bring the killers to justice", a commemoration that makes a demand, ACLED's protest; or that
# gathered "peacefully": a crowd's gathering told as a protest's manner, "a smaller crowd gathered peacefully")
GATHERED = TriggerRule(r"gathered\b(?:\s+peacefully\b|(?=[^.;]{0,100}?\bto\s+(?:demand|protest|denounce|condemn|decry|call\s+for|press\s+for|"
                       r"voice\s+(?:anger|outrage|opposition)|express\s+(?:anger|outrage|opposition))\b|"
                       r"[^.;]{0,200}?,?\s+and\s+(?:demanded|called\s+(?:on|for)|denounced|condemned)\b))",
                       PROTESTS, "Peaceful protest", 13, False)
_CROWD_BEFORE = re.compile(r"\b(?:thousands|hundreds|people|crowds?|protesters|demonstrators|students|workers|supporters|women|"
                           r"residents|teachers|farmers|doctors|nurses|opponents|activists|drivers|vendors|traders|miners|lawyers|"
                           r"pensioners|retirees|citizens|villagers)\s+(?:[\w-]+\s+){0,2}$|"
                           # a crowd counted and told at length: "Hundreds of relatives of the victims of the 2020 port
                           # explosion marched" (not troops: "hundreds of soldiers marched")
                           r"\b(?:thousands|hundreds|dozens|scores)\s+of\s+(?!(?:soldiers|troops|fighters|militants|rebels|"
                           r"police|policemen|officers|gunmen|militiamen)\b)(?:[\w'’-]+\s+){1,10}$|"
                           # a movement's or a party's crowd told by its name: "supporters of the Tavush for the
                           # Homeland movement blocked several streets"
                           r"\b(?:supporters|followers|members)\s+of\s+(?:the\s+)?(?-i:[A-Z])(?:[\w'’-]+\s+){0,7}$",
                           re.IGNORECASE)

# a headline writes the act in the present ("Gunmen kill 10"); in a body "kill" is threatened or attempted (find_triggers)
PRESENT_KILL = TriggerRule(r"kill\b", VIOLENCE_CIV, LETHAL, 16, False)

# what saboteurs blow up
_BLOWN_UP = (r"(?:trains?|railways?|rail\s+(?:lines?|tracks?)|tracks|bridges?|pipelines?|power\s+lines?|pylons?|"
             r"substations?|vehicles?|cars?|trucks?|bus|buses|convoys?|tanks?|checkpoints?|towers?|dams?)\b")

# a demonstration turned violent (and a protest whose crowd clashes: see events)
RIOT = TriggerRule(
    # (not the police who put riots down: "riot police", "anti-riot units")
    r"\briot\w*(?!\s+(?:police|policemen|officers|squads?|units?|troops|gear|shields?|control))|"
    r"violent\s+(?:demonstrations?|protests?)",
    RIOTS, "Violent demonstration", 10, True)
# ... and told by what its crowd did (a verb's act, no noun that may be talk of riots in general)
RIOT_ACT = TriggerRule(
    # "Protesters stormed Kenya's parliament", "demonstrators set fire to the governor's office" (a title's present:
    # "protesters torch parliament"; and "youths set fire to a police station")
    # (and one that tries to: "Protesters tried to storm the presidential palace"; and one told with its place between:
    # "Protesters in the northern city of Nampula set fire to a police post")
    r"(?:protesters|demonstrators|crowds?|youths)(?:\s+(?:in|at)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?[\w'’-]+)?\s+(?:\w+\s+)?"
    r"(?:(?:tried|try|tries|attempted)\s+to\s+)?"
    r"(?:storm(?:ed)?|broke\s+into|break\s+into|"
    # (and "protesters looted shops", "set cars ablaze": a riot's, as a burning is, over the force that met it)
    r"set\s+fire\s+to|torch(?:ed)?|ransack(?:ed)?|loot(?:ed)?|set\s+(?:[\w-]+\s+){1,4}?(?:ablaze|alight|on\s+fire))\b|"
    # "hurled stones and flares at riot police", "clashed with police, throwing stones at officers": what a crowd throws
    # (a crowd told before it: see find_triggers)
    r"(?:hurled|hurling|threw|throwing|pelted|pelting)\s+(?:[\w-]+\s+){0,3}?(?:stones|rocks|bricks|bottles|fireworks|"
    r"firecrackers|petrol\s+bombs|molotov\s+cocktails|projectiles)\b|"
    # roads blocked with burning tyres, which ACLED's codebook names a violent demonstration's ("Youths burned tyres and
    # blocked the road", "barricades of burning tires")
    r"(?:burn(?:ed|t|ing)|lit|lighting|torch(?:ed|ing))\s+(?:[\w-]+\s+){0,2}?(?:tyres|tires)\b|"
    r"(?:tyres|tires)\s+(?:were\s+)?(?:burn(?:ed|t|ing)|set\s+(?:ablaze|alight|on\s+fire)|torched)\b",
    RIOTS, "Violent demonstration", 10, False)

# the crowd a riot's act needs told before it in its sentence ("Workers blocked a highway and threw stones")
_CROWD_WORD = re.compile(r"\b(?:protesters|demonstrators|crowds?|youths|rioters|students|workers|mobs?|supporters|"
                         r"residents|villagers|fans|hundreds|thousands|dozens|activists)\b", re.IGNORECASE)
# a riot in a prison is no demonstration: inmates' mob violence, or the clash between gangs the report tells it as
# ("15 inmates were killed in a riot ..., in clashes between Los Choneros and Los Lobos")
PRISON_RIOT = TriggerRule(r"riot", RIOTS, "Mob violence", 15, True)
_PRISON = re.compile(r"\b(?:prisons?|penitentiar(?:y|ies)|jails?|inmates|prisoners|detention\s+cent(?:re|er)s?|"
                     r"correctional)\b", re.IGNORECASE)
_DEMONSTRATORS = re.compile(r"\b(?:protest\w*|demonstrat\w*)", re.IGNORECASE)  # (rioters outside a prison: a demonstration)
_CLASH = re.compile(r"\b(?:clash\w*|fighting|fought|gun\s*battles?|gunfights?|firefights?)\b", re.IGNORECASE)


def _after_weapon(*weapons: str) -> str:
    """A killing or wounding verb right after a weapon's word: the act, its doer the weapon ("drones killed three").
    (Each alternative starts with the verb's letter, as the trigger regex asks, and looks back for the weapon.)"""
    # (the rest of the verb looked at first: most words that share its letter fail there, before the look behind)
    return "|".join(f"{verb[0]}(?={verb[1:]}\\b)(?:" + "|".join(f"(?<=\\b{w} {verb[0]})" for w in weapons) + ")" +
                    verb[1:] + r"\b" for verb in ("killed", "kills", "kill", "wounded", "injured"))


# a weapon's launcher or origin told between it and its verb: "drones launched by the RSF struck", "rockets fired by
# Hezbollah hit", "a drone launched from Yemen struck"
# (or used by it, and killing: "explosive drones deployed by a government task force killed eight gang members")
_LAUNCHED_BY_THEN = (r"(?=\s+(?:launched|fired|flown|sent|deployed|operated)\s+(?:by|from)\s+(?:[\w'’.-]+\s+){1,5}?"
                     # ("shells fired by M23 rebels fell on a market")
                     r"(?:struck|hit|bombed|targeted|pounded|landed|fell\s+(?:on|in|into|near)|slammed\s+into|killed|"
                     r"wounded|injured)\b)")

# an act told by its weapon after the verb: the passive's "by" ("was struck by a missile") or "with" ("targeted the ship
# with naval missiles"); the trigger is the verb, its doer told apart ("by a Houthi missile", the subject)
# (the weapon told after the verb decides the kind, past an apposition: "pounded Stepanakert, the main city of
# Nagorno-Karabakh, with artillery", "hit Kherson with artillery overnight")
_BY_OR_WITH = (r"(?:struck|hit|targeted|attacked|pounded|bombarded|hammered)(?=\s+(?:by|(?:[\w'’\"“”-]+,?\s+){{1,14}}?with)\s+"
               r"(?:an?\s+|two\s+|three\s+|four\s+|several\s+|\d+\s+)?(?:[\w'’-]+\s+){{0,3}}?{weapon}\b)")
_DRONES = r"(?:drones?|(?:uncrewed|unmanned|explosive-laden)\s+(?:surface\s+)?(?:boats?|vessels?))"
# what may stand between a weapon (or a force) and its act's verb: an auxiliary, or an adverb of time or of hearsay
# ("its aircraft later struck the launch site", "the drone reportedly hit a fuel depot", "Russian drones again hit")
_BEFORE_THE_VERB = (r"(?:(?:had|have|has|later|then|also|again|reportedly|allegedly|apparently|subsequently|"
                    r"overnight|earlier)\s+){0,2}")
# a weapon's strike told by what it did to its target ("Ukrainian drones had damaged a power substation", "a missile
# destroyed a grain warehouse", "the missile set fire to a warehouse"); the passive stays an interception's ("drones
# were destroyed")
_STRIKE_VERBS = r"(?:struck|hit|bombed|targeted|pounded|damaged|destroyed|set\s+fire\s+to)\b"
# drones fired in one salvo with missiles ("attacked Lviv with missiles and drones", "with drones and missiles", "a
# missile and drone attack"): the missiles fired from afar type it, ACLED's Shelling/artillery/missile attack (drones
# alone are an air strike). The drones' look behind (after their first two letters, as a trigger's alternative asks)
# and the look after them that they are no missiles' partner
_NOT_AFTER_MISSILES_DR = (r"(?<!missile\sand\sdr)(?<!missiles\sand\sdr)(?<!rocket\sand\sdr)(?<!rockets\sand\sdr)"
                          r"(?<!missile-and-dr)")
_NOT_BEFORE_MISSILES = r"(?![\s-]+and[\s-]+(?:[\w-]+\s+)?(?:missiles?|rockets?)\b)"
_DRONES_ALONE = (rf"(?:dr{_NOT_AFTER_MISSILES_DR}ones?|(?:uncrewed|unmanned|explosive-laden)\s+(?:surface\s+)?(?:boats?|vessels?))"
                 rf"{_NOT_BEFORE_MISSILES}")
_MISSILES_OR_SHELLS = r"(?:missiles?|rockets?|artillery|shells|mortars?)"

# people captured, not ground: "captured him", "capturing two militants", "captured the suspect"
_CAPTIVES = (r"\s+(?:him|her|them|alive)\b|\s+(?:(?:the|an?|\d+|two|three|four|five|six|seven|eight|nine|ten|several|dozens\s+of|"
             r"scores\s+of|hundreds\s+of)\s+)?(?:[\w-]+\s+){0,2}?(?:suspects?|man|men|woman|women|militants?|fighters?|"
             r"soldiers?|troops|gunm[ae]n|rebels?|people|prisoners?|commanders?|leaders?|members?|insurgents?|jihadists?|"
             r"terrorists?|officers?|policem[ae]n)\b")

# gear captured, not ground: "killed 15 rebels and captured weapons", "captured large quantities of arms and ammunition",
# "captured two armoured vehicles"
_CAPTURED_GEAR = (r"\s+(?:(?:the\s+|their\s+|its\s+|an?\s+|\d+\s+|two\s+|three\s+|several\s+|dozens\s+of\s+|"
                  r"(?:a\s+|large\s+)?(?:large\s+)?(?:quantit(?:y|ies)|cache|haul|number|lot)\s+of\s+)?"
                  r"(?:[\w-]+\s+){0,2}?(?:weapons?|arms|ammunition|guns?|rifles?|vehicles?|tanks?|equipment|materiel|"
                  r"munitions|pick-?ups?|trucks?|drones?|motorbikes?|motorcycles?)\b"
                  # (but not gear taken with a place: "captured two armoured vehicles and the town of Kitchanga")
                  r"(?![^.;]{0,40}?\b(?:and|as\s+well\s+as)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:town|city|village|base|"
                  r"district|area|positions?|airport|garrison|barracks|headquarters|hill|locality)\b))")

# what an entry with no fight is told with: "without a fight", "without meeting resistance", "without firing a shot"
_UNOPPOSED = (r"\bwithout\s+(?:a\s+|any\s+)?(?:meeting\s+|facing\s+|encountering\s+|firing\s+)?(?:[\w-]+\s+)?"
              r"(?:fight|fighting|resistance|shot|shots|bloodshed|clashes|combat)\b")
# the weapons a threat shows ("pointed a rifle at", "held up a handgun")
_WEAPON_SHOWN = r"(?:guns?|handguns?|pistols?|rifles?|shotguns?|revolvers?|firearms?|knife|knives|machetes?|weapons?)\b"
# a weapon named after its article ("a handgun", "his rifle", "a .22-caliber pistol")
_A_WEAPON = rf"(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?(?:[\w.-]+\s+)?{_WEAPON_SHOWN}"
# a man's surrender in local crime copy ("surrendered peacefully", "surrendered to police after a six-hour standoff",
# "surrendered to authorities"):
# an arrest, no place handed over
_SURRENDER_TO_POLICE = (r"\s+(?:peacefully|without\s+incident|himself|herself|"
                        r"to\s+(?:the\s+)?(?:police|officers|deputies|troopers|law\s+enforcement|swat|authorities)\b)")
# fighters' surrender to the state's forces ("militants surrendered to the army, handing over five rifles"): persons
# giving up, no place changing hands: ACLED's Strategic developments (Other), not a transfer of territory
_SURRENDER_TO_FORCES = (r"\s+to\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:army|military|troops|soldiers|security\s+forces)\b")
SURRENDER_OF_FIGHTERS = TriggerRule(rf"surrender(?:ed|s)?(?={_SURRENDER_TO_FORCES})", STRATEGIC, "Other", 18, False)
# (not "handed over his wallet": what is handed over is a place, or control of one; and "fighters entered the town
# without a fight")
NON_VIOLENT_TRANSFER = TriggerRule(
    r"withdraw\w*|withdrew|evacuat(?:ed|ion)|handed\s+over\s+(?:control|(?:the\s+)?(?:[\w-]+\s+)?"
    r"(?:town|city|village|area|territory|region|district|base|positions?|checkpoints?|crossing|airport))|"
    # (not a man's in local crime copy: "pulled out a handgun", "surrendered peacefully", "surrendered to police
    # after a six-hour standoff", "surrendered his gun": a weapon shown, an arrest)
    # (the weapon with its article: "soldiers surrendered and weapons were seized" is a force's surrender)
    rf"pull(?:ed)?\s+out(?!\s+(?=(?:an?|the|his|her|their)\s){_A_WEAPON})|"
    rf"surrender(?:ed)?\b(?!{_SURRENDER_TO_POLICE}|{_SURRENDER_TO_FORCES}|\s+(?=(?:an?|the|his|her|their)\s){_A_WEAPON}|\s+(?:his|her|the)\s+keys\b)|"
    rf"(?:entered|moved\s+in(?:to)?|marched\s+into|rolled\s+into)(?=[^.;]{{0,80}}?{_UNOPPOSED})",
    STRATEGIC, "Non-violent transfer of territory", 18, True, always=True)
_UNOPPOSED_AFTER = re.compile(rf"[^.;]{{0,80}}?{_UNOPPOSED}|"
                              # ... or the other side's withdrawal that was ("took control of the city of Kirkuk on
                              # Monday after Kurdish Peshmerga fighters withdrew largely without a fight")
                              rf"[^.;]{{0,80}}?\bafter\s[^.;]{{0,60}}?\b(?:withdrew|pulled\s+out|retreated|had\s+withdrawn)"
                              rf"\b[^.;]{{0,40}}?{_UNOPPOSED}", re.IGNORECASE)
# a force that entered a town ("Iraqi forces entered the town of Al-Qaim"): a place taken in the offensive (ranked
# after the killing, which an attack's entry into a village is the way to: "gunmen entered the village and killed ten";
# and not where no one fought: "entered the town without a fight", the non-violent transfer)
ENTERED_PLACE = TriggerRule(rf"entered(?![^.;]{{0,80}}?{_UNOPPOSED})"
                            r"(?!\s+(?:into\s+)?(?:an?|the|their|his|its)\s+(?:[\w-]+\s+)?(?:house|home|building|race|talks|"
                            r"country|territory|agreement|deal|service|office|room|market|plea|court|hospital)s?\b)",
                            BATTLES, TERRITORY, 17, False)
# ... a town's name after it (not "entered the village": a raid's way in, as "soldiers entered Nyaung Kone village"
# in Myanmar's war is; villages are raided, towns and cities taken)
_TOWN_NAMED_AFTER = re.compile(r"\s+(?:(?:the\s+)?(?:[a-z-]+\s+)?(?:town|city|district|neighbou?rhood|provincial\s+capital|"
                               r"stronghold|bastion)\s+of\s+)?(?:(?:al|el|ad|as|ar|an|ash|at|az)-)?[A-Z][\w'’-]*"
                               r"(?![\w'’-]*\s+(?:[A-Z][\w'’-]*\s+)?village)")
# ... where the other side had left it first ("Ukrainian troops entered the southern city of Kherson on Friday after
# Russian forces withdrew across the Dnipro"): no fight for it told (a town seized after a pull-out may have been fought
# for: "seized the city of Ramadi after Iraqi forces pulled out of it following a wave of suicide car bombs")
_ENTERED_AFTER_WITHDRAWAL = re.compile(r"[^.;]{0,80}?\bafter\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:forces|troops|fighters|"
                                       r"soldiers|units|army|militants|rebels)\s+(?:had\s+)?(?:withdrawn|withdrew|pulled\s+out|"
                                       r"retreated|left)\b(?![^.;]{0,40}?\bfollowing\b)", re.IGNORECASE)
# ... the force told just before it
_FORCE_BEFORE = re.compile(r"\b(?:forces|troops|soldiers|army|fighters|militants|units|militiamen|rebels|jihadists|"
                           r"insurgents|commandos)\b(?:\s+[\w'’-]+){0,3}?\s*$", re.IGNORECASE)
# an act told in a clause hung on earlier occasions, to set the day's apart ("The rally passed off peacefully, unlike
# earlier nights when riot police used water cannon"): those nights' act, no act of the report's day
_EARLIER_OCCASION_BEFORE = re.compile(r"\b(?:earlier|previous|prior|past|recent)\s+(?:nights|days|evenings|weekends|weeks|"
                                      r"protests|rallies|demonstrations|marches|occasions)\s+when\s[^.;:]{0,80}$", re.IGNORECASE)
# the crowd a dispersal's sentence names (find_triggers); to disperse or break up is done to a crowd, named or not ("fired
# tear gas to disperse them")
_CROWD_NAMED = re.compile(r"\b(?:protest\w*|demonstrat\w*|crowds?|marchers|rall(?:y|ies)|dispers(?:e|ed|ing)|break\s+(?:them\s+)?up)\b",
                          re.IGNORECASE)
# "moved in without fighting": the fight that did not happen
_WITHOUT_BEFORE = re.compile(r"\bwithout\s+(?:a\s+|any\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)

# the dead found killed ("found the bodies of eight men dumped on a highway", "five bodies were found hanging from a
# bridge"): ACLED's attack on civilians by an unidentified armed group (see events), on the day they are found; not the
# dead of a strike or a disaster pulled from its ruins
_NOT_FROM_RUINS = r"(?![^.;]{0,60}?\b(?:rubble|debris|wreckage|ruins)\b)"
# armed men who rampage through a village ("Hundreds of Israeli settlers rampaged through the Palestinian village of
# Turmus Ayya"): an attack on its people, whatever the arson told with it
RAMPAGE = TriggerRule(r"rampag(?:ed|ing)\s+(?:through|in|across|into)\b", VIOLENCE_CIV, "Attack", 12, False)
BODIES_FOUND = TriggerRule(
    rf"(?:found|discovered)\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?bod(?:y|ies)\b{_NOT_FROM_RUINS}|"
    rf"bod(?:y|ies)\s+(?:of\s+(?:[\w-]+\s+){{1,4}}?)?(?:was|were|had\s+been|have\s+been|has\s+been)\s+"
    rf"(?:found|discovered|dumped|left)\b{_NOT_FROM_RUINS}",
    VIOLENCE_CIV, "Attack", 12, False)

# people captured: an arrest by a state's forces, an abduction by a group's (see resolve_sub_type), told before the
# fight it came in ("captured three soldiers in an ambush")
CAPTURED = TriggerRule(rf"captur(?:ed|ing)(?={_CAPTIVES})", STRATEGIC, "Arrests", 14, False)

# people seized or taken away by armed men ("seized two Chinese mine workers", "took away 43 residents, mostly women"):
# an abduction; by a state's forces, an arrest (see resolve_sub_type)
_TAKEN_PEOPLE = (r"\s+(?:(?:at\s+least|about|some|more\s+than|nearly|up\s+to)\s+)?(?:(?:the|an?|\d+|[a-z]+-?[a-z]*|dozens\s+of|"
                 r"scores\s+of|hundreds\s+of)\s+)?(?:[\w'’-]+\s+){0,3}?(?:residents|villagers|passengers|students|pupils|"
                 r"schoolchildren|schoolgirls|schoolboys|women|children|workers|farmers|travell?ers|worshippers|people|"
                 r"civilians|herders|traders|engineers|nurses|doctors|teachers|drivers|girls|boys|hostages)\b")
# (a force's taking is told as an arrest or a detention; its "seized" is of goods or of suspects: no abduction)
_FORCE_SUBJECT_BEFORE = re.compile(r"\b(?:police|policemen|officers|soldiers|troops|army|military|security\s+forces|"
                                   r"authorities|agents|gendarmes|forces)\s+(?:[\w-]+\s+){0,2}?$", re.IGNORECASE)
TAKEN_AWAY = TriggerRule(rf"(?:seized|took\s+away|carried\s+off|carted\s+off|whisked\s+away|led\s+away)(?={_TAKEN_PEOPLE})",
                         VIOLENCE_CIV, "Abduction/forced disappearance", 8, False)

# a front-line summary's assaults fended off ("Ukrainian defenders repelled 47 Russian assaults near Lysivka", "stopped
# four enemy attacks", the attacks counted before: "carried out 14 attacks near Kupiansk, and its forces repelled them
# all"): a clash, its doer the assaults' side (see roles.assign_roles); not attacks told before
# ("The strikes have not stopped the attacks")
REPELLED_ASSAULTS = TriggerRule(r"(?:repel(?:s|led)?|repuls(?:es|ed)|stopped(?!\s+the\s)|beat\s+back|pushed\s+back)\s+"
                                r"(?:(?:[\w'’-]+\s+){0,3}?(?:assaults|(?:counter-?)?attacks|assault\s+actions|offensive\s+actions)\b|"
                                r"them\s+all\b|all\s+of\s+them\b|(?:most|\d+|[a-z]+)\s+of\s+them\b)|"
                                # ... and one assault beaten off ("troops repelled an RSF assault on the town"): the
                                # defenders fought it, so a clash (not "stopped an assault": a plot foiled may be no
                                # fight; "repelled an attack" is the attack's, its sides told by roles._repeller)
                                r"(?:repel(?:s|led)?|repuls(?:es|ed)|beat\s+back|fought\s+off)\s+(?:an?|the|their|its)\s+"
                                r"(?:[\w'’-]+\s+){0,2}?(?:assault|offensive|incursion)\b",
                                BATTLES, "Armed clash", 15, False)

# weapons brought down in flight ("air defences downed 40 of 52 drones", "destroyed 130 Ukrainian drones", "destroyed five
# uncrewed boats"), told before the lethal acts: destroying drones kills no one (but "destroyed a drone depot" is a strike
# on it); and an attack by such weapons fended off ("repelled an attack by Ukrainian naval drones", "repels sea drone
# attack"). Its doer is the interceptor; "launched by X", "fired by X" names the launcher, its target (events)
_WEAPONS_IN_FLIGHT = (r"(?:drones?|missiles?|rockets?|warplanes?|planes?|aircraft|jets?|helicopters?|"
                      r"(?:uncrewed|unmanned|drone|explosive-laden|robotic)\s+(?:surface\s+)?(?:boats?|vessels?))")
INTERCEPTION = TriggerRule(
    rf"(?:shot\s+down|downed|destroyed)\s+(?:an?\s+)?(?:(?!with\s)[\w.-]+\s+){{0,5}}?{_WEAPONS_IN_FLIGHT}\b"
    r"(?![\s-]+(?:launchers?|systems?|depots?|sites?|factory|factories|plants?|warehouses?|workshops?|bases?|storage))|"
    r"intercept(?:ed|s)|"
    r"shot\s+down(?=\s+(?:by|over|near|before|after|on|in)\b)|"  # (the passive's: see find_triggers)
    r"(?:repel(?:s|led)?|repuls(?:es|ed)|thwart(?:s|ed)|foil(?:s|ed))\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:drone|missile|rocket)\s+attacks?|"
    r"(?:repel(?:s|led)?|repuls(?:es|ed)|thwart(?:s|ed)|foil(?:s|ed))\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?attacks?"
    rf"(?=\s+(?:by|of|from)\s+(?:[\w'’-]+\s+){{0,3}}?{_WEAPONS_IN_FLIGHT}\b)",
    STRATEGIC, "Disrupted weapons use", 23, False)

# a weapons test: a launch with no target, into the sea or off the launcher's own coast ("test-fired cruise missiles",
# "fired a ballistic missile off its east coast", "launched two missiles from Wonsan into the East Sea"): ACLED's
# Strategic developments, ranked before the missile attack its weapon's words name
TEST_LAUNCH = TriggerRule(
    r"test[- ](?:fir|launch)(?:ed|es|ing|e)?\b|missile\s+tests?\b|"
    r"(?:fired|launched)\s+(?:[\w-]+\s+){0,6}?(?:missiles?|rockets?)\s+(?:from\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+)?"
    r"(?:off\s+its\s+(?:\w+\s+)?coast|into\s+the\s+(?:\w+\s+)?sea\b|toward\s+the\s+(?:\w+\s+)?sea\b)|"
    # (its flight told after it: "flew about 1,000 km before falling into the sea")
    r"before\s+(?:falling|landing|splashing\s+down)\s+(?:in|into)\s+the\s+(?:\w+\s+)?sea\b",
    STRATEGIC, "Other", 0, False)

# "Iran fired more than a dozen ballistic missiles at two bases" (not "fired three shotgun shells at"): a launch, told
# by no hit (see events: one its sentence tells intercepted is the interception)
LAUNCH = TriggerRule(r"(?:fired|launched)\s+(?:[\w-]+\s+){0,6}?(?:missiles?|rockets?|mortars?|mortar\s+(?:rounds|shells)|"
                     r"artillery\s+shells|projectiles)"
                     # (and the drones of the same salvo: "fired missiles and drones at power plants")
                     r"(?=(?:\s+and\s+(?:[\w-]+\s+)?(?:drones|rockets))?\s+(?:at|on|into|toward|towards|against|across)\b)|"
                     r"(?:missiles?|rockets?|mortars?|projectiles)\s+(?:were|was)\s+(?:fired|launched)",
                     EXPLOSIONS, "Shelling/artillery/missile attack", 4, False)

# "Russia launched 40 drones at Ukraine overnight": a drone attack told by its launch (its hits and interceptions told
# beside it are parts of it)
DRONE_LAUNCH = TriggerRule(r"(?:fired|launched|sent)\s+(?:[\w-]+\s+){0,5}?(?:attack\s+|strike\s+|kamikaze\s+)?drones"
                           r"(?=\s+(?:at|on|into|toward|towards|against)\b)", EXPLOSIONS, "Air/drone strike", 4, False)

BOMBING = TriggerRule(r"bombings?\b(?<!-bombing)(?<!-bombings)(?!\s+(?:raids?|campaigns?|runs?|sorties))", EXPLOSIONS,
                      "Remote explosive/landmine/IED", 5, True)

# the end of a captivity: "were released", "freed 25 women it had held captive", "regained their freedom", "troops
# rescued 18 kidnapped victims", "escaped from her captors"; a headline's "Gang frees kidnapped nurses", "the release of": ACLED's Strategic developments, no act of violence (kept
# only in a sentence that tells a captivity: see find_triggers); ranked after the fighting or killing of a rescue, and
# with the arrests of the same rank (the earlier told wins: "released 20 civilians they had detained")
RELEASE = TriggerRule(r"releas(?:ed|es?)|freed|frees|free(?=\s+(?:kidnapped|abducted|(?:[\w-]+\s+){0,3}?(?:hostages|captives)))|rescu(?:ed|es?)|set\s+free|regained\s+(?:their|his|her)\s+freedom|"
                      r"escape[sd]\s+(?:from\s+)?(?:(?:their|his|her|the)\s+)?(?:captors|captivity|abductors|kidnappers)",
                      STRATEGIC, "Other", 17, False)

# a curfew ordered ("imposed a dusk-to-dawn curfew", "a 24-hour curfew was declared", a title's "imposes curfew"): a
# state measure, ACLED's Strategic developments (Other); ranked after the violence it follows, which a sentence that
# tells both is about
CURFEW = TriggerRule(r"(?:impos|declar|clamp|enforc|reimpos|re-impos)(?:ed|es?|ing)\s+(?:on\s+)?(?:an?\s+|the\s+)?"
                     r"(?:[\w-]+\s+){0,3}?curfews?\b|"
                     r"curfews?\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+\s+)?"
                     r"(?:imposed|declared|clamped|reimposed|re-imposed)\b",
                     STRATEGIC, "Other", 19, False)

TALKS = TriggerRule(r"\btalks\b|negotiations|peace\s+conference|summit", STRATEGIC, "Other", 20, True, always=True)
# "Summit County", "Summit Avenue", "Lee's Summit": a capitalised Summit that no leaders' name goes before ("NATO Summit",
# "G20 Summit", "Arab League Summit") nor "of" after ("the Summit of the Americas") is a place's name, no talks
_LEADERS_BEFORE = re.compile(r"\b(?:[A-Z][\w-]*|\d+)\s+$")
_SUMMIT_OF_AFTER = re.compile(r"\s+of\b")
_NAME_GOES_ON = re.compile(r"\s+[A-Z]")  # (at a sentence's start: "Summit County deputies said")
# what talks are on, told after the word ("talks on a ceasefire", "talks in Riyadh between Russian and US officials")
_TALKS_TOPIC = r"(?:\s+(?:on|over|between|with|about|in|for|among)\s[^.;,]{0,70}?)?"
# talks still to come ("Talks on a ceasefire were expected to resume in Cairo", "talks ... are set to resume next week"):
# no event yet
_TALKS_AHEAD_AFTER = re.compile(_TALKS_TOPIC + r"\s+(?:(?:are|is|were|was)\s+(?:\w+\s+)?(?:expected|due|set|scheduled|planned|"
                                r"slated|likely)\s+to|will|would)\s", re.IGNORECASE)
# talks that go on or went on, told as a state ("talks were continuing", "talks have stalled") or as a stretch of time
# ("followed months of talks"): no meeting told
_TALKS_LASTING_AFTER = re.compile(r"\s+(?:(?:were|are|is|was|remain|remained|have|had)\s+(?:been\s+)?(?:still\s+)?"
                                  r"(?:continuing|ongoing|under\s*way|stalled|deadlocked)|continue[ds]?|"
                                  # ... or by what they are for ("The talks aim to free hundreds of detainees")
                                  r"(?:aim|aims|aimed|seek|seeks|are\s+meant|are\s+intended)\s+to)\b", re.IGNORECASE)
# a deal told as what parties negotiate, discuss or seek ("have been negotiating a prisoner exchange", "are discussing a
# truce", "talks on a prisoner swap"): none made yet (not one "negotiated", done)
_UNDER_NEGOTIATION_BEFORE = re.compile(r"\b(?:negotiat(?:ing|es?)|discuss(?:ing|ed|es)?|seek(?:ing|s)?|sought|"
                                       r"work(?:ing|s)?\s+(?:on|towards?)|push(?:ing|es)?\s+for|"
                                       r"(?:talks|negotiations)\s+(?:on|about|over|for))\s+"
                                       r"(?:(?:an?|the|possible|new|further|another)\s+)*(?:[\w-]+\s+){0,2}?$", re.IGNORECASE)
# talks a party is in the middle of, told in the progressive ("are holding talks in Doha", "have been holding talks"):
# a state going on, no meeting of a day (a meeting that took place is told in the simple past: "held talks on Monday")
_TALKS_UNDER_WAY_BEFORE = re.compile(r"\b(?:are|is|were|was|(?:have|has|had)\s+been)\s+(?:still\s+)?"
                                     r"(?:holding|conducting|engaged\s+in|in\s+the\s+middle\s+of)\s+(?:[\w-]+\s+){0,2}?$",
                                     re.IGNORECASE)
# talks judged in a statement ("The Kremlin said talks in Riyadh between Russian and US officials had been useful"):
# a party's comment on a meeting, no meeting told
_TALKS_JUDGED_AFTER = re.compile(_TALKS_TOPIC + r"\s+(?:had\s+been|have\s+been|"
                                 r"were|was)\s+(?:\w+\s+)?(?:useful|productive|constructive|positive|fruitful|frank|"
                                 r"successful|a\s+(?:\w+\s+)?step)\b", re.IGNORECASE)
# talks still to come, told before them ("no date had been set for a summit between the two presidents", "preparations
# for a possible summit", "a proposed summit"): no meeting yet
_TALKS_AHEAD_BEFORE = re.compile(r"\b(?:no\s+date\s+(?:has\s+|had\s+)?(?:yet\s+)?(?:been\s+)?set\s+for|(?:plans?|preparations?)\s+for|"
                                 r"possible|proposed|planned|potential|future)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?$",
                                 re.IGNORECASE)
# talks told as where a deal or an exchange told now had been agreed ("The swap had been agreed during talks in Abu Dhabi
# earlier this month", "the second stage of a swap agreed at talks in Istanbul"): the deal's past, no meeting of the
# report (not "the deal was agreed at talks in Doha on Sunday")
_TALKS_AGREED_AT_BEFORE = re.compile(r"\b(?:swaps?|exchanges?|deals?|agreements?|truces?|ceasefires?|accords?),?\s+"
                                     r"(?:had\s+been\s+)?agreed\s+(?:at|during|in)\s+(?:the\s+)?(?:[\w-]+\s+)?$",
                                     re.IGNORECASE)
# (or as earlier rounds: "Previous rounds of talks collapsed without a deal", the talks' past)
_TALKS_STRETCH_BEFORE = re.compile(r"\b(?:days|weeks|months|years|decades|(?:previous|earlier|past|prior|several|many)\s+"
                                   r"rounds?)\s+of\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
# talks a party plans to go to, told before them ("negotiators are due to meet in Doha next week for indirect talks",
# "Israel and Lebanon are set to hold talks in Naqoura"): no meeting yet (asked of the 100 characters before the word,
# only when they hold "to " or "will ")
_TALKS_PLANNED_BEFORE = re.compile(r"\b(?:(?:is|are|was|were)\s+(?:\w+\s+)?(?:due|set|expected|scheduled|slated|planned|likely)"
                                   r"\s+to|will|plans?\s+to|planning\s+to)\s+(?:\w+\s+)?(?:meet|hold|resume|start|begin|open|"
                                   r"attend|join|host|convene|reconvene|travel)\b[^.;]{0,80}$", re.IGNORECASE)
# talks that broke down a season or more ago ("Talks in Jeddah sponsored by the United States collapsed last year",
# "Peace talks in Geneva last August failed after the army refused to attend"): the war's past, no meeting of the report
# (a collapse told with no time gone by may be the news: "talks collapsed on Monday")
_TALKS_FAILED_AFTER = re.compile(r"[^.;,]{0,80}?\s(?:(?:has|have|had)\s+)?(?:collapsed|broke\s+down|fell\s+apart|foundered|"
                                 r"failed(?!\s+to\b))\b[^.;,]{0,30}", re.IGNORECASE)
_TALKS_FAILED_WORDS = ("collapsed", "broke down", "fell apart", "foundered", "failed")  # _TALKS_FAILED_AFTER needs one
_GONE_BY = re.compile(r"\b(?:last\s+(?:year|summer|winter|spring|autumn|fall|January|February|March|April|May|June|July|"
                      r"August|September|October|November|December)|in\s+(?:(?:early|mid|late)[\s-]+)?(?:19|20)\d\d|"
                      r"(?:years?|months?)\s+ago|earlier\s+this\s+year)\b", re.IGNORECASE)
# an act as the condition of another's end ("would continue its attacks until Israel stopped its offensive in Gaza"):
# no act told
_CONDITION_BEFORE = re.compile(r"\b(?:would|will|vow\w*|pledg\w*|threaten\w*)\s[^.;]{0,80}?\buntil\s[^.;]{0,120}$",
                               re.IGNORECASE)

# a party's demand or condition, with the act it wants in what follows ("Hamas wants any deal to include a full Israeli
# withdrawal from Gaza", "has demanded that any agreement guarantee the withdrawal of its forces"): an act wished, none
# done (asked of a noun's trigger only, the 140 characters before it, when its clause holds the demand's word)
_DEMANDED_BEFORE = re.compile(r"\b(?:(?:wants?|wanted|demand(?:s|ed|ing)?|insist(?:s|ed|ing)?|seeks?|sought)\s+[^.;]{0,80}?"
                              r"\b(?:(?:to\s+)?(?:include|guarantee|ensure|require|provide\s+for)|includ(?:es|ed|ing)|that)|"
                              r"insist(?:s|ed|ing)?\s+on|condition(?:al|ed)?\s+on)\s[^.;]{0,60}$", re.IGNORECASE)
# (not a man the police want: "is wanted on charges of burglary")
_WANTED_BY_POLICE_BEFORE = re.compile(r"\b(?:is|are|was|were|been|being|most)\s+wanted\b", re.IGNORECASE)
# ... or after it, a relative clause of the demand ("the withdrawal of Rwandan troops from eastern Congo, which Kinshasa
# wants included in any agreement")
_DEMANDED_AFTER = re.compile(r"[^.;,]{0,80}?,?\s+(?:which|that)\s+(?:[\w'’-]+\s+){1,3}?(?:wants?|wanted|demands?|demanded|"
                             r"insists?\s+on|insisted\s+on|seeks?|sought)\b", re.IGNORECASE)
# a protest, a strike or a shutdown a party calls ("the opposition called a 48-hour nationwide shutdown from Sunday in
# protest at the arrests", "announced a rally for Friday"): the call is the news, the act still to come (a crowd that
# came out is told by its own verb: "thousands rallied")
_PROTEST_CALLED_BEFORE = re.compile(r"\b(?:call(?:s|ed|ing)?|announc(?:es|ed|ing))\s+(?:for\s+)?(?:an?\s+|the\s+|its\s+|their\s+)?"
                                    r"(?:[\w-]+\s+){0,3}?(?:(?:shutdowns?|(?:general\s+)?strikes?|hartals?|bandhs?|boycotts?|"
                                    r"rall(?:y|ies)|marches|sit-ins?)\b[^.;]{0,60}?\s)?$", re.IGNORECASE)

# protests told as what an act set off, in a participle's clause ("police arrested the rapper, sparking the first wave of
# protests"): the act's consequence told in passing, no crowd of the report's telling (with no day of their own: not
# "sparking protests on Friday")
_PROTEST_SPARKED_BEFORE = re.compile(r"\b(?:sparking|triggering|prompting|provoking|igniting|setting\s+off|touching\s+off)\s+"
                                     r"(?:[\w'’-]+\s+){0,4}?$", re.IGNORECASE)
_DAY_AFTER = re.compile(r"[^.;]{0,60}?\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tonight|yesterday)\b",
                        re.IGNORECASE)

# the person a blow lands on in local crime copy ("punched the driver", "kicked her", "choked his girlfriend")
_PERSON_NOUN = (r"(?:man|woman|men|women|boy|girl|child|children|teen|teenager|driver|officer|clerk|cashier|"
                r"neighbou?r|wife|husband|girlfriend|boyfriend|partner|son|daughter|mother|father|victim|passenger|"
                r"customer|employee|worker|student|guard|doorman|bouncer|motorist|cyclist|pedestrian|nurse|teacher|"
                r"stranger|friend|acquaintance|resident|other)s?\b")
# ("kicked her", not "kicked her door in"; "kicked him", not "kicked him out")
_PERSON_HURT = (rf"(?:(?:him|them)\b(?!\s+(?:out|off)\b)|her(?=\s*[,.;]|\s+(?:in|on|and|to|repeatedly|several|twice|"
                rf"multiple|until|as|while|before|after|with|at|about|then|again|hard|numerous)\b)|"
                rf"(?:his|her|their|an?|the|another)\s+(?:[\w'’-]+\s+){{0,2}}?{_PERSON_NOUN})")


_NOT_OFFICERS = r"(?!\s+(?:the\s+|two\s+|several\s+)?(?:[\w-]+\s+)?(?:officers?|police|deputies|deputy|troopers?|agents?)\b)"
# the words of a robbery anywhere in a report, whose threats are its own (not "held up a handgun": the threat itself;
# nor "robber" alone, which no robbery's trigger reads: "a robber pulled out a gun on her and ordered her to the ground")
_ROBBERY_TOLD = re.compile(rf"\b(?:robb(?:ed|ery|eries|ing|s)\b|carjack\w*|hold-?ups?|held\s+up(?!\s+{_A_WEAPON})|stuck\s+up|stole|stolen|"
                           r"steal\w*|heist|burglar\w*|demand(?:ed|ing)\s+(?:(?:the|all\s+the|his|her|their)\s+)?"
                           r"(?:cash|money|keys|wallet|(?:cell\s*)?phone|purse|car))\b")
# what follows a weapon that ends its noun phrase: a clause's end, a preposition or an adverb ("showed a gun to a
# driver", "fired his pistol twice"), not the rest of a compound ("a gun safety video", "a gun store clerk")
_WEAPON_PHRASE_ENDS = (r"(?=\s*[,.;]|\s+(?:to|at|and|in|on|during|while|as|before|toward|towards|from|inside|outside|"
                       r"through|out|around|into|near|over|once|twice|again|accidentally|several|multiple|when|after)\b)")
# a weapon shown or aimed at a person, none fired ("pointed a gun at a driver", "held a knife to his neck", "was held
# at gunpoint", "pulled a gun on him"): an attack, ranked after a robbery told in its sentence ("robbed the store at
# gunpoint": the robbery); not one aimed at officers (the fight with them is told by its own words), nor one in a
# robbery's report (see find_triggers: "pointed a gun at the clerk and took the cash" is the robbery's threat)
WEAPON_SHOWN_AT = TriggerRule(rf"(?:(?:pointed|aimed|waved|brandished|held|flashed)\s+{_A_WEAPON}\s+(?:at|to)|"
                              rf"pulled\s+(?:out\s+)?{_A_WEAPON}\s+on|pointed\s+it\s+at)\b{_NOT_OFFICERS}|held\s+up\s+{_A_WEAPON}|"
                              r"(?:held|threatened)\s+at\s+(?:gun|knife)point|"
                              rf"threatened\s+(?:(?:his|her|their)\s+(?:[\w-]+\s+){{0,2}}?)?with\s+{_A_WEAPON}|"
                              # ... and shown with no aim told ("showed a gun to another driver", "brandished a shotgun
                              # while yelling", "was displaying a gun in the parking lot"); the weapon ends its noun
                              # phrase ("showed a gun safety video", "flashed a gun show flyer" show no weapon)
                              rf"(?:show(?:ed|ing)|display(?:ed|ing)|brandish(?:ed|ing)|flash(?:ed|ing)|wav(?:ed|ing))\s+"
                              rf"{_A_WEAPON}{_WEAPON_PHRASE_ENDS}",
                              VIOLENCE_CIV, LETHAL, 23, False)

# a gun discharged at no one, by accident or carelessness ("accidentally fired a handgun while he was being treated",
# "discharged his rifle near a house", "the gun went off while he was cleaning it"): no act of its own (in a report that
# tells a shooting it is that shooting's), but the incident of a report that tells nothing else (see
# events._unnamed_incident); an aim told is a shooting's ("fired a handgun at him"); not "fired from his job", "fired
# up", "fired back", "fired a gun store clerk" (the weapon ends its noun phrase)
GUN_DISCHARGED = re.compile(rf"\b(?:fired|discharged|discharging)\s+{_A_WEAPON}(?!\s+(?:at|on|upon|toward|towards)\b)"
                            rf"{_WEAPON_PHRASE_ENDS}|"
                            r"\b(?:guns?|handguns?|pistols?|rifles?|shotguns?|revolvers?|firearms?|weapons?)\s+"
                            r"(?:accidentally\s+|unintentionally\s+)?(?:went\s+off|discharged)\b", re.IGNORECASE)

def not_a_batters_hit(before: str = "") -> str:
    """Lookbehinds that keep a batter's "two-run shot", "solo shot" from being a shot fired; before is what the
    pattern has already matched of the word (a trigger keeps its literal first letter: "s" + this + "hot")."""
    return rf"(?<!-run\s{before})(?<!solo\s{before})"


# what follows an attack of words: a campaign's "attack ad", "launched a fierce attack on the administration's budget
# plan", "an attack on his record"
VERBAL_ATTACK_AFTER = (r"\s+ads?\b|\s+on\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+)?(?:[\w'’-]+\s+){0,3}?"
                       r"(?:plans?|budget|bills?|polic(?:y|ies)|proposals?|record|remarks|comments|decisions?|ruling|reforms?|agenda|handling|"
                       r"legislation)\b")


RULES = [
    TEST_LAUNCH,
    # (and the agent a weapon held: "barrel bombs containing chlorine", "grenades filled with chloropicrin")
    TriggerRule(r"chemical\s+(?:weapons?|attacks?|agents?|munitions?|strikes?)|sarin|chlorine\s+(?:gas|attack|bombs?)|"
                r"toxic\s+gas|nerve\s+agent|mustard\s+gas|chloropicrin|"
                r"(?:containing|filled\s+with|laced\s+with|loaded\s+with)\s+chlorine\b", EXPLOSIONS, "Chemical weapon", 1, True),
    TriggerRule(r"suicide\s+(?:bomb\w*|attack\w*|car\s+bomb\w*|vests?)|blew\s+(?:himself|herself|themselves)\s+up|svbied",
                EXPLOSIONS, "Suicide bomb", 2, True),
    # (not the warning of one: "air raid sirens sounded", "an air raid alert")
    TriggerRule(r"air\s*-?\s*strikes?|air[\s-]+raids?(?![\s-]+(?:sirens?|alerts?|alarms?|warnings?|shelters?))|"
                rf"dr{_NOT_AFTER_MISSILES_DR}one\s+(?:strikes?|attacks?)|"
                r"aerial\s+(?:bombardment|attacks?|strikes?)|"
                r"barrel\s+bombs?|(?:guided|glide|aerial)\s+bombs?|"
                # Syrian state media's word for a strike: "carried out an air aggression ... targeting some points"
                r"air\s+aggression|"
                # (its auxiliary between, told by its forces: "the military said its aircraft had struck")
                r"(?:warplanes?|jets?|aircraft|helicopters?|drones?|quadcopters?)\s+" + _BEFORE_THE_VERB + _STRIKE_VERBS + "|"
                # "a military jet dropped two bombs on a monastery", "a drone dropped explosives on a minibus" (and a
                # small drone by its make, "a quadcopter dropped an explosive on their house")
                r"(?:warplanes?|jets?|aircraft|helicopters?|drones?|quadcopters?)\s+(?:dropped|dropping)\s|"
                + _after_weapon("warplane", "warplanes", "jets", "aircraft", "helicopters", "drone", "drones") + "|"
                rf"(?:warplanes?|jets|aircraft|helicopters?|drones?){_LAUNCHED_BY_THEN}|"
                r"bombing\s+raids?|strike(?:s?\s+(?=(?:on|against|targeting|across)\s)|"
                # ... and strikes told by their damage, a plural subject ("Israeli strikes damaged the Hezyaz power
                # station", "Russian strikes destroyed a thermal power plant"; not a walkout's or lightning's)
                r"s(?<!lightning\sstrikes)(?<!hunger\sstrikes)(?<!labor\sstrikes)(?<!labour\sstrikes)(?<!general\sstrikes)"
                r"(?<!rail\sstrikes)\s+(?=" + _BEFORE_THE_VERB + r"(?:damaged|destroyed|hit|struck)\s+"
                r"(?:an?|the|two|three|several|\d+)\s))|"
                r"s(?<=\ba\ss)trike\s+(?=(?:hit|struck)\s+(?:an?|the)\s)|"  # "14 killed when a strike hit a tent encampment"  # "an Israeli strike on a school", "strikes across Gaza"
                # drones armed by a group ("attacked a base with explosive-laden drones", "dropped explosives from drones")
                r"explosives?[\s-]+(?:laden|packed|armed)\s+drones?|"
                r"(?:dropped|dropping)\s+(?:[\w-]+\s+){1,3}?from\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?drones?\b|"
                # "the U.S. military struck Houthi targets in Yemen": a force's targets are struck from the air
                # (not "hit its sales targets")
                r"(?:struck|hit|pounded|bombed)\s+(?:(?!(?:its|their|his|her|our|sales|revenue|growth)\s)[\w-]+\s+){0,3}?"
                r"targets(?=\s+(?:in|inside|across|near|around|along|belonging|linked|used|of|on)\b)|"
                # "the IDF struck a Hamas command centre", "Israel struck Beirut's southern suburbs": what an army
                # strikes from the air by name (a weapon before the verb tells its own kind: "rockets struck")
                # (words in scare quotes too: "struck an Israeli \"espionage headquarters\"")
                r"struck\s+(?:(?!(?:its|their|his|her|our)\s)[\w'’\"“”-]+\s+){0,4}?[\"“]?(?:sites|command\s+(?:and\s+control\s+)?"
                r"cent(?:re|er)s?|headquarters|compounds?|(?:terror(?:ist)?|military)\s+infrastructure|launchers|"
                r"(?:weapons|ammunition|ammo|arms)\s+(?:depots?|storage)|suburbs|"
                # a defence ministry's "struck a temporary deployment point of Ukrainian units", "struck enemy manpower"
                r"deployment\s+points?|manpower)\b"
                # (not where the sentence names the weapon: "struck an espionage headquarters in Erbil with ballistic
                # missiles", "struck an Israeli base with rockets": a missile attack)
                rf"(?![^.;]{{0,80}}?\bwith\s+(?:[\w-]+\s+){{0,3}}?{_MISSILES_OR_SHELLS}\b)|"
                # ... and a named group's men ("struck Hamas terrorists"; "struck a group of militants" may be a raid's)
                r"struck\s+(?:[\w'’-]+\s+)?(?:terrorists|militants|operatives)\b|"
                r"(?:warplanes?|jets|aircraft|helicopters?|planes)\s+(?:carried\s+out|conducted|launched)\s+"
                r"(?:[\w-]+\s+){0,3}?(?:strikes?|raids?|sorties)|"
                # "a bulk carrier was hit by a drone boat", "struck a patrol ship with naval drones"
                + _BY_OR_WITH.format(weapon=_DRONES_ALONE),
                EXPLOSIONS, "Air/drone strike", 3, True),
    # (not the shell a bomb is made of: "The improvised explosive device was made from a mortar round")
    TriggerRule(r"shelling|shelled|artillery\s+(?:fire|strikes?|attacks?)|"
                r"m(?<!made\sfrom\sa\sm)(?<!made\sout\sof\sa\sm)(?<!fashioned\sfrom\sa\sm)(?<!improvised\sfrom\sa\sm)"
                r"ortar\s+(?:fire|shells?|rounds?|attacks?)|"
                r"rocket\s+(?:attacks?|fire)|missile\s+(?:strikes?|attacks?)|"
                # ... and one salvo's with drones ("a combined missile and drone attack")
                r"(?:missiles?|rockets?)(?:\s+and\s+|-and-)drones?\s+(?:strikes?|attacks?)|"
                # "rockets landed", "an artillery shell struck a market", "shells fell on the camp" (a bare shell only
                # counted, the text being folded: not the oil company's "Shell hit by")
                r"(?:rockets?|(?:artillery|mortar|tank)\s+shells?|shells|(?:an?|one|another)\s+shell)\s+(?:hit|hits|struck|"
                r"strikes|landed|lands|fell|slammed\s+into)\b|"
                r"(?:artillery|mortars?)\s+(?:hit|struck|landed|pounded)\b|"  # "Regime artillery pounded the village"
                r"missiles?\s+" + _BEFORE_THE_VERB + _STRIKE_VERBS + "|"
                # "Russian missiles killed four people", "artillery fire wounded two": the weapon the doer (the verb
                # the trigger, as the act's word, with its doer before it)
                + _after_weapon("missile", "missiles", "rocket", "rockets", "shells", "artillery", "fire", "shelling",
                                "mortars") + "|"
                rf"(?:missiles?|rockets?|shells?){_LAUNCHED_BY_THEN}|"
                r"(?:anti-ship|ballistic|cruise)\s+missiles?|"  # "struck a bulk carrier with an anti-ship missile"
                # "A merchant vessel was struck by a missile", "had targeted the ship with naval missiles"
                + _BY_OR_WITH.format(weapon=r"(?:missiles?|rockets?|projectiles?|artillery|mortars?|shells|howitzers?|"
                                            r"(?:mortar|rocket|tank)\s+(?:fire|rounds|shells))") + "|"
                # "Russian forces struck an energy facility": forces that strike from afar, with no weapon named
                # (and the enemy told as a gathering of its men: "the ministry said its forces had struck a meeting of
                # Ukrainian commanders")
                r"(?:forces|troops|army)\s+" + _BEFORE_THE_VERB + r"(?:struck|hit|pounded)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
                r"(?:facility|facilities|infrastructure|plant|station|substation|depot|port|city|town|village|positions?|"
                r"(?:meeting|gathering|concentration|cluster|assembly)s?\s+of)\b"
                rf"(?![^.;]{{0,60}}?\bwith\s+(?:[\w-]+\s+){{0,3}}?{_DRONES})",  # ("struck the town ... with drones": the drones')
                EXPLOSIONS, "Shelling/artillery/missile attack", 4, True),
    LAUNCH,
    TriggerRule(r"\bIEDs?\b|improvised\s+explosive|roadside\s+bombs?|remote[- ]controlled\s+(?:bombs?|devices?|explosives?)|land\s*mines?|car\s+bomb\w*|booby[- ]trap\w*|(?:sea|naval|anti-ship|anti-tank|anti-personnel)\s+mines?|"
                # (a grenade's blast is a grenade's: "a grenade blast wounded six")
                r"explosive\s+devices?|bomb\s+blast|bombs?\s+(?:[\w-]+\s+){0,6}?(?:exploded|went\s+off)|"
                # a bomb set in advance by its kind ("a sticky bomb attached to his car killed", "a magnetic bomb")
                r"(?:sticky|magnetic|limpet|pipe|parcel|nail|motorcycle|bicycle|rickshaw|time)\s+bombs?\b|"
                # (a blast of gas or fuel is an accident's: "a gas cylinder explosion", "a tanker blast"; see after_accident)
                r"explosion(?<!grenade\sexplosion)(?<!gas\sexplosion)(?<!cylinder\sexplosion)(?<!tanker\sexplosion)"
                r"(?<!boiler\sexplosion)s?|blast(?<!grenade\sblast)(?<!gas\sblast)(?<!cylinder\sblast)(?<!tanker\sblast)"
                r"(?<!boiler\sblast)s?|detonated|"
                # ordnance left over that goes off is a landmine's kind, not a shelling ("an unexploded mortar shell")
                r"unexploded\s+(?:[\w-]+\s+){0,2}?(?:ordnance|shells?|mortars?|bombs?|munitions?|devices?|rockets?|"
                r"grenades?|missiles?)|\bUXOs?\b|explosive\s+remnants|explosives?-laden\s+(?:vehicle|car|truck)s?|"
                # a vehicle bomb by its vehicle ("a truck packed with explosives blew up at a military base", "a truck bomb")
                r"(?:truck|lorry)\s+bomb\w*|(?:vehicle|car|truck|lorry)s?\s+(?:packed|laden|loaded|rigged|filled)\s+with\s+explosives",
                EXPLOSIONS, "Remote explosive/landmine/IED", 5, True),
    # a bare "bombing" ("Friday's ISKP bombing at a rally", "the bombing of a cafe"): a bomb set off, told after the
    # kinds that say more ("car bombing", "suicide bombing", "bombing raids"); a state's is from the air (events)
    BOMBING,
    # sabotage with explosives: "partisans blew up a freight train", "a gas pipeline was blown up"
    TriggerRule(r"(?:blew|blow|blowing)\s+up\s+(?:[\w-]+\s+){0,4}?" + _BLOWN_UP + r"|blown\s+up\b",
                EXPLOSIONS, "Remote explosive/landmine/IED", 5, False),
    # (not the crowd-control kinds police fire at a crowd, the intervention's: "fired tear gas and flash-bang grenades
    # at protesters", "tear gas grenades", "smoke grenades")
    TriggerRule(r"grenade(?<!stun\sgrenade)(?<!bang\sgrenade)(?<!flash\sgrenade)(?<!gas\sgrenade)(?<!smoke\sgrenade)"
                r"(?<!sound\sgrenade)s?", EXPLOSIONS, "Grenade", 6, True),
    TriggerRule(r"\braped\b|\brape\b|sexual(?:ly)?\s+(?:assault\w*|violence|abused?)", VIOLENCE_CIV, "Sexual violence", 7, False),
    # "Police arrested two suspected kidnappers": the doers of some abduction, the arrest's objects (ranked above the
    # abduction their noun would tell)
    TriggerRule(r"(?:arrest\w*|detain\w*|apprehend\w*)\s+(?:[\w-]+\s+){0,3}?(?:kidnapp?ers|abductors)\b",
                STRATEGIC, "Arrests", 8, False),
    # (not "a kidnapping gang", "kidnapping charges", "child-kidnapping rumours": who someone is, what they are accused
    # of, what is said; nor the one a mob suspects: "on suspicion that she was a child abductor"; but "Abductors seized")
    TriggerRule(r"(?:abduct(?!ors?\b)\w*+|abductors?\b(?<!\ba\sabductor)(?<!child\sabductor)(?<!child\sabductors)"
                r"(?<!suspected\sabductor)(?<!suspected\sabductors)(?<!alleged\sabductor)(?<!alleged\sabductors)|kidnapp?\w*+)"
                r"(?!\s+(?:gangs?|rings?|syndicates?|suspects?|charges?|cases?|networks?|rumou?rs?))|"
                r"taken\s+hostage|forcibly\s+disappeared|"
                # a ship, a plane or a bus seized with those aboard ("pirates hijacked a fishing dhow")
                r"hijack(?:ed|ing|s)?\s+(?:[\w'’-]+\s+){0,4}?(?:ships?|vessels?|tankers?|carriers?|dhows?|boats?|freighters?|"
                r"trawlers?|planes?|aircraft|airliners?|bus|buses|trucks?|lorr(?:y|ies))\b", VIOLENCE_CIV,
                "Abduction/forced disappearance", 8, False),
    # (and "fired live ammunition at the crowds")
    EXCESSIVE_FORCE,
    TriggerRule(r"tear\s*-?\s*gas|water\s+cannons?|rubber\s+bullets|(?:stun|flash[\s-]?bang)\s+grenades?|baton[\s-]charg\w+|"
                r"dispersed\s+(?:the\s+)?(?:protesters|demonstrators|crowd|protest)|"
                # a crowd's ground taken back ("broke up the sit-in", "cleared a building that protesters had occupied",
                # "dismantled the protest camp")
                r"(?:broke\s+up|dismantled|cleared)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:sit-ins?|encampments?|"
                r"protest\s+camps?|protests?|demonstrations?|rall(?:y|ies))\b|"
                r"cleared\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:buildings?|squares?|roads?|streets?|bridges?|campus)\s+"
                r"(?:that|which|occupied\s+by|held\s+by)\s+(?:[\w-]+\s+){0,3}?(?:protesters|demonstrators|students|activists)\b|"
                # force short of killing used on a crowd ("Police beat protesters with batons", "beat dozens of
                # demonstrators"): ACLED's intervention
                r"(?:beat|beating|clubbed|clubbing)\s+(?:up\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:protesters|demonstrators|marchers)\b|"
                # ... or a crowd pushed back ("Riot police later pushed protesters back from the building")
                r"push(?:ed|ing)\s+(?:back\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:protesters|demonstrators|marchers|crowds?)\s+"
                r"(?:back|away)\b|push(?:ed|ing)\s+back\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:protesters|demonstrators|marchers|crowds?)\b",
                PROTESTS, "Protest with intervention", 11, True),
    RIOT,
    RIOT_ACT,
    TriggerRule(r"\bmobs?\b|lynch\w*", RIOTS, "Mob violence", 12, True),
    BODIES_FOUND,
    RAMPAGE,
    TriggerRule(r"protest(?:ed|s|ing)?\b|demonstrat(?:ion|ions|ors|ed)|\brall(?:y|ies|ied)\b|sit-ins?|"
                r"took\s+to\s+the\s+streets|marches\b",
                PROTESTS, "Peaceful protest", 13, True),
    MARCHED,
    GATHERED,
    BLOCKADE,
    # (not the "Liberation Front" of a group's name)
    # ("have taken full control of the town")
    # (not a prison won back from its inmates, nor a situation: "before police and soldiers regained control of the
    # prison" tells a riot's end, no territory changing hands)
    TriggerRule(r"recaptur\w+|retook|retaken|(?:regain\w*|took|taken|taking|seiz\w+)\s+(?:full\s+|complete\s+|total\s+)?"
                r"control(?!\s+(?:of|over|in)\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,3}?(?:prisons?|jails?|"
                r"penitentiar(?:y|ies)|detention\s+cent(?:er|re)s?|cell\s*blocks?|situation)\b)|swept\s+into|"
                r"liberat(?:ed|ing|ion(?!\s+(?:front|army|movement|organi[sz]ation|forces|tigers|council|party)\b))|"
                r"seized\s+(?:most|much|half|(?:large\s+)?parts?)\s+of|"  # "seized most of Aleppo"
                # "seized the Rafah border crossing", "had taken nine villages" (not "seized drugs in the area",
                # "was taken to the City Jail", "has taken the City of Austin to court")
                r"(?:seized|(?:had|have|has)\s+taken)\s+(?:the\s+|an?\s+)?"
                r"(?:(?!(?:in|at|from|near|of|on|by|to|into)\s)[\w'’-]+\s+){0,3}?"
                r"(?:towns?|villages?|city|cities|airports?|air\s*bases?|bases?|crossings?|districts?|neighbou?rhoods?|provinces?|"
                r"ports?|bridges?|hilltops?|checkpoints?|positions?|strongholds?|outposts?)\b|"
                # a place by its name alone, where the clause goes on with its day, its sequel or a comma ("M23 rebels
                # seized Goma on Monday", "seized Lalibela after clashes"; not a name of the day, nor a person's title)
                # (the trigger runs on folded text: the capitals are asked for in find_triggers, and the things
                # seized that other rules read are left to them: "seized guns from the residence", "seized the handgun")
                r"seized\s+(?!(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?:mr|mrs|ms|dr|father|president|the|an?|his|her|"
                r"their|its|\d|(?:[\w-]+\s)?(?:guns?|handguns?|firearms?|rifles?|pistols?|weapons?|ammunition|explosives?|"
                r"drugs?|cash|marijuana|cocaine|heroin|vehicles?|cars?)\b))"
                r"(?-i:[A-Z][\w'’-]+)(?:\s(?-i:[A-Z][\w'’-]+))?(?=\s*[,.]|\s+(?:on|after|in|from|following|overnight|"
                r"without|last|this|near)\b)|"
                # a force's headquarters ("seized the army's 6th Infantry Division headquarters in El Fasher"; not a
                # party's or a firm's offices searched: "police seized the party's headquarters")
                r"(?:seized|(?:had|have|has)\s+taken)\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,3}?"
                r"(?:army|military|division|brigade|battalion|regiment|corps|command)\s+(?:headquarters|garrison|barracks)\b|"
                # (not "captured on video", "stormed the building": no territory changes hands)
                rf"captur(?:ed|ing)(?!\s+(?:on|by)\s+(?:a\s+|the\s+)?(?:\w+\s+)?(?:video|camera|cameras|film|tape|surveillance))"
                # (nor the spoils of a fight: "destroyed several vehicles and captured weapons")
                rf"(?!{_CAPTIVES})(?!{_CAPTURED_GEAR})|"
                # "had driven the RSF out of its last positions", "pushed Russian troops out of the village" (not people
                # out of their homes, nor a robber out of one, nor anyone "out of the way")
                r"(?:drove|driven|pushed)\s+(?!(?:him|her|them|it|(?:the|an?)\s+(?:[\w-]+\s+)?(?:protesters|demonstrators|residents|"
                r"people|families|civilians|crowds?|villagers|robbers?|suspects?|intruders?|burglars?|man|woman|men|women|"
                r"car|vehicle|truck))\b)(?:[\w'’-]+\s+){1,4}?out\s+of(?!\s+(?:the\s+way|harm['’]s\s+way)\b)|"
                r"overran|overrun|overwhelmed|took\s+over|fell\s+to|"
                # "leaving the town in the hands of the gangs": a place left to those who took it
                r"(?:leaving|left)\s+(?:the\s+|it\s+)?(?:[\w-]+\s+){0,2}?in\s+the\s+hands\s+of",
                BATTLES, TERRITORY, 14, False),
    # a siege broken is fought through ("broke the two-month siege of Amirli"), by the besieged side's allies; the
    # fight, not the places taken on the way ("have broken the siege of Aleppo after an offensive that captured ...")
    TriggerRule(r"(?:broke|broken|breaking)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?siege\b", BATTLES, "Armed clash", 13, False),
    CAPTURED,
    TAKEN_AWAY,
    STORMED_PLACE,
    ENTERED_PLACE,
    REPELLED_ASSAULTS,
    TriggerRule(r"clash\w*|fighting(?!\s+for\s+(?:his|her|their|my|your)\s+li(?:fe|ves))|fought|battles?\b|gun\s*battles?|"

                # a force's assault launched on a place ("launched their assault on the Islamic State stronghold of
                # Raqqa"; not an assault on a person, which no "launched" tells)
                r"(?:launched|launching|launches|began|begun|mounted|started)\s+(?:an?\s+|the\s+|their\s+|its\s+)?"
                r"(?:[\w-]+\s+){0,2}?assault\s+on\b|"
                r"gun\s*fights?|firefights?\b|exchanges?\s+of\s+fire|exchanged\s+fire|"
                r"ambush\w*|skirmish\w*|offensive|"
                # an army's "own troops effectively engaged the khwarij location", "engaged them with superior
                # firepower": fire exchanged with armed men (not "engaged in talks", "engaged the community")
                r"engag(?:ed|ing)(?=\s+(?:(?:the|their|them)\s+)?(?:[\w'’-]+\s+){0,2}?(?:locations?|positions?|hideouts?|"
                r"terrorists|militants|insurgents|khwarij|kharji|enemy|gunmen|bandits|attackers)\b|"
                r"\s+them\s+(?:in\s+(?:a\s+)?(?:fire\s*fight|gun\s*battle|shoot-?out)|with\s+(?:superior\s+|heavy\s+)?fire))|"
                # a force closed in on by another ("had encircled Ukrainian units in Pokrovsk")
                r"encircl(?:ed|ing)(?=\s+(?:[\w'’-]+\s+){0,3}?(?:units|troops|forces|soldiers|fighters|militants|rebels|"
                r"brigades?|battalions?|garrisons?)\b)|"
                # South Asian and Philippine usage: an "encounter" with armed men, or one that broke out, is a gun
                # battle ("killed in an encounter with security forces"; not "a frightening encounter with the crooks")
                rf"encounters?\b(?={_ENCOUNTER_WITH_ARMED})|"
                # ... and one the dead fell in, no side named: "Five Maoists were killed in an encounter in Narayanpur"
                # (the force that killed them is the state's: see events)
                rf"e{_KILLED_IN_AN}ncounter\b(?!\s+with\b)", BATTLES, "Armed clash", 15, True),
    INTERCEPTION,
    DRONE_LAUNCH,
    TriggerRule(r"shot\s+(?:and\s+)?killed|shot\s+dead|fatally\s+(?:shot|stabbed|wounded)|"
                rf"s{not_a_batters_hit('s')}hot(?!\s+down|gun)|"
                # (a "shotgun" carried is no shot: "one carrying a shotgun, demanded painkillers"; nor a batter's
                # "two-run shot to left")
                r"opened\s+fire|"
                r"stabbed|stabbing\s+(?:a|an|the|his|her)\b|drowned(?=\s+(?:his|her|their)\s)|murdered|gunned\s+down|killed|killing(?!s)|kills|slain|executed|massacred|"
                r"behead(?:ed|ing)|decapitated|martyred|neutrali[sz]ed(?!\s+(?:an?\s+|the\s+|two\s+|three\s+)?(?:[\w-]+\s+)?"
                r"(?:explosive|devices?|bombs?|ieds?|mines?|landmines?|drones?|missiles?|rockets?)\b)|"
                r"(?:beat(?:en)?|burned|burnt|hacked|stoned|clubbed|bludgeoned)\s+to\s+death|wounded|injured|"
                # state media's words for killing: "eliminated three terrorists", "liquidating up to 120 servicemen",
                # "khwarij were sent to hell" (not "eliminated from the race", "liquidated the company")
                r"(?:eliminat|liquidat)(?:ed|ing)(?=\s+(?:up\s+to\s+|about\s+|some\s+|over\s+)?(?:[\w,'’-]+\s+){0,4}?"
                r"(?:terrorists?|militants?|fighters?|servicemen|soldiers|troops|insurgents?|occupiers|mercenaries|"
                r"khwarij|kharji|gunmen|commanders?|personnel)\b)|(?:eliminated|liquidated)(?=\s*[,.;]|\s+(?:in|by|during|near|while|after|and)\b)|"
                r"sent\s+to\s+hell|"
                r"destroyed(?!\s+(?:[\w-]+\s+)?(?:attempts?|efforts?|plans?|hopes?))|died|"
                r"attacked|attacking|"
                # "beat a man to death", "hacked two farmers to death", "beat a man accused of stealing a goat to death"
                r"(?:beat|beating|hacked|hacking|stoned|stoning|burned|burnt|burning)\s+(?:[\w'’-]+\s+){1,8}?to\s+death",
                VIOLENCE_CIV, LETHAL, 16, False),
    PRESENT_KILL,
    # (whole words: "attackers" and "murderers" are people, "deathbed" no death; "the murder weapon" is a gun; a
    # campaign's "attack ad" and "an attack on the budget plan" are words)
    TriggerRule(r"(?:shootings?|gunfire|gunshots?|stabbings?|murders?(?!\s+weapons?\b)|homicides?|massacres?|deaths?|"
                rf"attacks?(?!{VERBAL_ATTACK_AFTER})|killings?|dead)\b", VIOLENCE_CIV, LETHAL, 16, True),
    TriggerRule(r"fired\s+(?:\w+\s+)?(?:shots?|rounds?)|fired\s+(?:on|at|upon)\b(?!\s+least)|shots?\s+(?:were\s+|was\s+)?fired|shot\s+at|"
                # a shot told by how often ("A robber fired once, striking the clerk"; not a worker "was fired twice"),
                # or by the bullet that hit a person ("A stray bullet struck a 7-year-old girl", "a round went through
                # the wall and struck a boy"; not "a bullet had gone through her window and hit her TV", a careless
                # discharge's; nor an army's "mortar rounds hit a market")
                # (nor a weapon's "the gun fired once" of a careless discharge)
                r"f(?<!was\sf)(?<!were\sf)(?<!been\sf)(?<!gun\sf)(?<!pistol\sf)(?<!rifle\sf)(?<!weapon\sf)(?<!firearm\sf)"
                # (a few shots, not a day's tally of an army's fire: "Russian troops fired 76 times on Kherson region")
                r"ired\s+(?:once|twice|repeatedly|(?:several|multiple|three|four|five)\s+times)\b|"
                r"(?:bullets?|gunfire|r(?<!mortar\sr)(?<!artillery\sr)(?<!tank\sr)(?<!shell\sr)ounds?)\s+(?:[\w'’-]+\s+){0,6}?"
                rf"(?:struck|hit|grazed|pierced)\s+(?:{_PERSON_HURT}|(?:two|three|four|five|\d+)\s+(?:[\w'’-]+\s+){{0,2}}?"
                rf"(?:people|persons|{_PERSON_NOUN}))(?!['’]s\b)|"  # (the person, not "the man's thigh": see _PERSON_HURT's noun)
                # (and the weapon named: "fired a handgun at his neighbor", "fired his rifle toward the car")
                rf"fired\s+{_A_WEAPON}\s+(?:on|at|upon|toward|towards)\b|"
                r"pistol[- ]whipp\w+|assaulted|struck\s+(?:him|her|them)\s+with|"
                # "beat two journalists", "beat up a man" (not "beat a retreat", "beat back an attack"; a man beaten
                # in a robbery told as its detail, "beat the woman's husband", is the robbery's)
                r"beat\s+(?:him|her|them|up\s+(?:an?|the)\s+(?!retreat\b)(?:[\w-]+\s+){0,2}?(?:man|woman|journalist|"
                r"reporter|protester|demonstrator|activist|student|resident|villager|civilian|boy|girl)\b|"
                r"(?:up\s+)?(?:two|three|four|five|six|several|\d+)\s+(?:[\w-]+\s+){0,2}?(?:men|women|people|journalists|"
                r"reporters|protesters|demonstrators|activists|students|residents|villagers|civilians|boys|girls)\b)|"
                r"(?:struck|hit)\s+(?:[\w-]+\s+){0,4}?with\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+)?"
                r"(?:pistol|gun|handgun|rifle|shotgun|bat|hammer|knife|machete|weapon|bottle|pipe|brick|crowbar|tire\s+iron|"
                r"tyre\s+iron|club|chair)s?\b|"
                r"threatened\s+(?:him|her|them|the\s+\w+)\s+with|"
                # force short of a weapon's use on a person in local crime copy: "punched a woman in the face", "kicked
                # him", "choked his girlfriend", "beat his neighbour with a bat", "was punched", "was beaten by two men"
                # (not "punched his way to the title", "beat the Lakers", "were beaten 3-1", "was kicked out"; not "tires were
                # slashed", nor "the police dog bit him")
                rf"(?:punch(?:ed|ing)|kick(?:ed|ing)|chok(?:ed|ing)|strangl(?:ed|ing)|slash(?:ed|ing))\s+{_PERSON_HURT}|"
                rf"beat(?:ing)?\s+(?:his|her|their|an?)\s+(?:[\w'’-]+\s+){{0,2}}?{_PERSON_NOUN}|"
                r"(?:was|were|been|being)\s+(?:[\w-]+\s+)?(?:(?:and\s+)?(?:punched|kicked(?!\s+(?:out|off)\b)|choked|strangled)\b)|"
                r"beaten\s+(?:up\b|unconscious|senseless|inside|with\s+(?:an?|the|his|her)\s|by\s+(?:his|her|their)\s|"
                r"by\s+(?:an?|two|three|four|several|a\s+group\s+of)\s+(?:[\w-]+\s+)?(?:men|man|woman|women|attackers?|"
                r"assailants?|youths?|teens?|teenagers?|intruders?|robbers?|suspects?|strangers?)\b)",
                VIOLENCE_CIV, LETHAL, 16, False),
    # "stormed a studio, taking staff hostage" (ranked with the violent acts: "attacking towns and taking dozens of
    # hostages" is the attack told first)
    TriggerRule(r"(?:took|taking|take|takes|held|holding)\s+(?:[\w-]+\s+){0,4}?hostages?\b", VIOLENCE_CIV,
                "Abduction/forced disappearance", 16, False),
    # (not "detainees": the people held, no arrest told: "200 detainees are to be freed in the exchange")
    TriggerRule(r"arrest\w*|detain(?!ees?\b)\w*|(?:taken|taking|took)\s+(?:(?:him|her|them|the\s+(?:[\w-]+\s+)?(?:man|woman|suspect|driver|teen))\s+)?"
                r"into\s+custody|apprehend\w*|"
                rf"surrender(?:ed|s)?(?={_SURRENDER_TO_POLICE})",
                STRATEGIC, "Arrests", 17, False),  # (and "before taking him into custody")
    RELEASE,
    STORMING,
    SURRENDER_OF_FIGHTERS,
    NON_VIOLENT_TRANSFER,
    # ("signed a seven-day ceasefire agreement", "signed a declaration of principles")
    TriggerRule(r"(?:signed|reached|agreed|concluded|struck)\s+(?:on\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
                r"(?:ceasefire|truce|agreement|deal|accord|memorandum|declaration|(?:prisoner|detainee|captive|pow)s?\s+"
                r"(?:exchange|swap))|agreed\s+(?:on\s+\w+\s+)?to|"
                # ... or told by its start ("A ceasefire between the army and the rebels took effect at midnight"): the
                # truce begun (not one still to start: "is due to take effect on Monday")
                r"(?:ceasefire|truce)\s+(?:[\w'’,-]+\s+){0,8}?(?:took\s+effect|went\s+into\s+effect|came\s+into\s+(?:effect|force)|"
                r"entered\s+into\s+force)\b|"
                # ... and in the passive ("A ceasefire was signed between the government and the rebels")
                r"(?:ceasefire|truce|agreement|deal|accord|memorandum|declaration)\s+(?:was|were|has\s+been|had\s+been)\s+"
                r"(?:signed|reached|agreed|concluded|struck)\b|"
                # a prisoner exchange: "exchanged 90 prisoners of war each", "freed in a prisoner swap"
                r"(?:exchanged|swapped)\s+(?:[\w,-]+\s+){0,3}?(?:prisoners|detainees|captives|pows|bodies)\b|"
                r"(?:in|under)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:prisoner|detainee|pow|captive)s?\s+(?:exchange|swap)\b|"
                # ... the captives told first, the exchange after them ("returned 115 prisoners of war on Saturday in an
                # exchange mediated by the UAE", "released two soldiers at the border, in an exchange agreed last week")
                r"(?:prisoners|pows|servicemen|soldiers|detainees|captives)\b[^.;]{0,80}?\bin\s+(?:an?|the)\s+(?:[\w-]+\s+)?"
                r"(?:exchange|swap)\b(?!\s+of\s+fire)|"
                # ... told as the noun of, with what is swapped after it ("carried out an exchange of prisoners of war")
                r"(?:exchanges?|swaps?)\s+of\s+(?:[\w-]+\s+){0,2}?(?:prisoners|detainees|captives|pows)\b|"
                # (and of the dead: "received the bodies of 1,000 soldiers ... in the latest repatriation")
                r"(?:prisoner|detainee|pow|captive)s?\s+(?:exchange|swap)\s+with\b|"
                r"(?:bodies|remains)\s+(?:of\s+)?[^.;]{0,80}?\bin\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?repatriations?\b|"
                # "agreed in Jeddah on Saturday to a seven-day ceasefire"
                r"agreed\s+(?:[\w-]+\s+){1,6}?to\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:ceasefire|truce|deal|accord)\b|"
                r"(?:extend\w*|renew\w*)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:ceasefire|truce)",
                STRATEGIC, "Agreement", 19, False),
    TALKS,
    CURFEW,
    # (and a group's merger or split: "two factions merged with the group", "a faction broke away from the movement",
    # "two armed groups announced a merger")
    TriggerRule(r"\bfled\b|\bflee(?:s|ing)?\b|escaped|defect(?:ed|s)\b|new\s+leader|relocated|merged\s+(?:with|into)\b|"
                r"(?:broke|broken|breaking|split|splintered)\s+(?:away\s+)?from\b|"
                r"announced\s+(?:an?\s+|their\s+|its\s+)?merger\b",
                STRATEGIC, "Change to group/activity", 21, False),
    # (not what arms recovered are, told by their reduced relative: "recovered a cache of arms looted from police armouries")
    TriggerRule(r"l(?<!arms\sl)(?<!weapons\sl)(?<!ammunition\sl)(?<!rifles\sl)(?<!guns\sl)oot\w*|torched|"
                r"set(?:ting)?\s+(?:on\s+)?fire\s+to|burn(?:ed|t)\s+down|vandali[sz]\w*|"
                r"(?:burned|burnt)\s+(?:[\w-]+\s+){0,3}?(?:homes|houses|shops|villages|vehicles|cars|huts)\b|"
                # (a contractor's machines: "burned a backhoe and two dump trucks", "set the equipment on fire")
                r"(?:burned|burnt|torched)\s+(?:[\w-]+\s+){0,4}?(?:trucks|lorries|tractors|excavators?|backhoes?|"
                r"bulldozers?|machines|machinery|equipment)\b|"
                r"set\s+(?:the|their|its|an?|two|three|four|five|several)\s+(?:[\w-]+\s+){0,5}?(?:on\s+fire|ablaze)|set\s+ablaze|"
                # "troops demolished 14 homes", "bulldozed shops"
                r"(?:demolish\w*|bulldoz\w*|razed)\s+(?:[\w-]+\s+){0,3}?(?:homes?|houses?|buildings?|shops?|structures?|"
                r"shelters?|dwellings?|mosques?|churches?|schools?)\b|"
                # a building blown up where it stood ("blew up Mosul's Al-Nuri mosque", "dynamited the temple"): its
                # destruction, no blast aimed at people
                r"(?:(?:blew|blow|blowing)\s+up|dynamit\w+)\s+(?:[\w'’-]+\s+){0,4}?(?:mosques?|churches?|shrines?|temples?|"
                r"minarets?|monuments?|tombs?|mausoleums?|statues?|houses?|homes?|buildings?)\b|"
                r"robbed|carjack\w*|"
                # a robbery told by its words in local crime copy: "stuck up a pizza driver", "demanded cash from the
                # register" (not "stuck up for her")
                rf"stuck\s+up(?!\s+for\b)|demanded\s+(?:(?:the|all\s+the|his|her|their)\s+)?(?:cash|money)\b|held\s+up(?!\s+(?:[\w-]+\s+)?(?:{_WEAPON_SHOWN}|photo\w*|pictures?|portraits?|images?|placards?|banners?|signs?|flags?|posters?|candles?|copies|cop(?:y|ies)|hands?|traffic|proceedings|talks)\b)|stole|stolen|burglari[sz]\w*|broke\s+into",
                STRATEGIC, "Looting/property destruction", 22, False),
    WEAPON_SHOWN_AT,
    TriggerRule(r"robbery|robberies|burglary|burglaries|theft|thefts|heist|hold-?up|home\s+invasion",
                STRATEGIC, "Looting/property destruction", 22, True),
    # (and "seized a cache of 300 rifles", "recovered a large cache of weapons and explosives")
    TriggerRule(r"defus\w+|(?:weapons|arms|ammunition)\s+caches?|"
                r"(?:seized|recovered|confiscated|found|discovered|uncovered)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?"
                r"(?:cache|stockpile|haul)\s+of\s+(?:[\w,-]+\s+){0,3}?(?:guns|firearms|rifles|weapons|arms|ammunition|"
                r"explosives|munitions|rockets|missiles|grenades|mortars|mortar\s+(?:shells|rounds|bombs)|launchers)\b|"
                # (a title's present tense too: "Police seize 30 rifles, arrest two")
                r"(?:seized|seizes?|recovered|confiscated|confiscates?|found)\s+(?:\w+\s+){0,3}?"
                r"(?:guns?|firearms?|handguns?|rifles?|"
                r"shotguns?|pistols?|weapons?)\b|"
                # (a militia's rockets taken before they are fired: "seized 40 Katyusha rockets and launchers")
                r"(?:seized|confiscated)\s+(?:\w+\s+){0,3}?(?:rockets|grenades|mortar\s+(?:shells|rounds|bombs)|"
                r"rocket\s+launchers)\b|"
                # a bomb found before it went off, or made safe ("a pipe bomb was found outside a house", "army
                # technical officers made the device safe")
                r"(?:bombs?|devices?|explosives?|IEDs?)\s+(?:was|were|had\s+been|has\s+been)\s+(?:found|discovered)\b|"
                r"made\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}?(?:device|bomb|IED|explosive|package|object)s?\s+safe\b|"
                # ... or blown up where it lay ("carried out a controlled explosion"; and see MADE_SAFE)
                r"controlled\s+(?:explosions?|detonations?)",
                STRATEGIC, "Disrupted weapons use", 23, False),
    # ("established a new base", "set up checkpoints on the road", "installed a checkpoint")
    TriggerRule(r"(?:set\s+up|sets\s+up|setting\s+up|established|establish(?:es|ing)?|installed|erected)\s+"
                r"(?:a\s+|an\s+|its\s+|their\s+|several\s+|two\s+|three\s+|\d+\s+)?(?:new\s+)?(?:military\s+|permanent\s+)?"
                r"(?:headquarters|bases?|outposts?|checkpoints?)\b", STRATEGIC, "Headquarters or base established", 24, False),
]



def _trigger_regex() -> tuple[re.Pattern, dict[str, re.Pattern], dict[str, TriggerRule]]:
    """RULES as one regex on folded text, its alternatives grouped by first letter (see
    matching.by_first_letter), the same for each first letter alone (the alternatives it opens), and the rule of
    each group name: an empty named group closes every alternative, so a match's lastgroup tells its rule."""
    parts, rule_of_group = [], {}
    for rule in RULES:
        for alternative in alternatives(rule.pattern):
            # a leading \b holds anyway: the regex is only tried where a word starts
            for expanded in spread_leading_group(alternative.removeprefix(r"\b")):
                letter = expanded[:1].lower()
                if not letter.isalpha() or expanded[1:2] in ("?", "*", "+", "{"):
                    raise ValueError(f"trigger alternative {expanded!r} does not start with a letter")
                name = f"a{len(parts)}"
                parts.append((letter, f"{expanded[1:]}(?P<{name}>)"))
                rule_of_group[name] = rule
    # (by the first two letters: TRIGGER_RE is tried at every word, and a letter opens up to 56 alternatives)
    by_letter = {letter: folded_regex(by_first_letter([p for p in parts if p[0] == letter], second=True))
                 for letter in dict.fromkeys(letter for letter, _ in parts)}
    return folded_regex(by_first_letter(parts, second=True)), by_letter, rule_of_group


TRIGGER_RE, _TRIGGER_BY_LETTER, _RULE_OF_GROUP = _trigger_regex()
# (searched for by the character before its word, its groups set only where a trigger is found, by the regex of the
# trigger's first letter: see GroupsWhereFound)
_TRIGGERS_FOUND = GroupsWhereFound(TRIGGER_RE, _TRIGGER_BY_LETTER)

# Contexts in which an act is only wished, urged, planned or compared: no event.
# (not a perfect infinitive, a past act reported: "are believed to have been killed", "feared to have died"; nor the
# "to" of a tie: "Insurgents linked to the Islamic State killed seven", or of whom the doers are taken for: "armed men
# believed to be CODECO militiamen attacked the village"; nor
# a hedged toll: "40 villagers are feared dead after gunmen attacked")
# (not the month before its day, nor after "in": "May 15 - Fighting in the city killed 27 people", "farmers kidnapped in
# May were freed")
_IRREALIS_WORDS = (r"urg\w+|call\w*\s+(?:for|on)|halt|stop|cessation\s+of|end\s+to|reduc\w+|curb\w*|want\w*|plan\w*|threat\w*|"
                   r"warn\w*|would|will|could|might|m(?<!\bin\sm)(?<!\bof\sm)(?<!\bsince\sm)(?<!\bearly\sm)(?<!\blate\sm)(?<!\bmid-m)ay(?!\s+\d)|to(?!\s+have\s)(?!\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|june|july|august|"
                   r"september|october|november|december)\b)(?<!linked\sto)(?<!allied\sto)(?<!loyal\sto)(?<!tied\sto)(?<!belonging\sto)(?<!believed\sto)(?<!suspected\sto)(?<!thought\sto)|intend\w*|prepar\w+\s+for|aim\w*\s+to|in\s+case\s+of|"
                   r"prevent\w*|avoid\w*|risk\s+of|fear\w*(?!\s+(?:to\s+have|dead|killed|kidnapped|abducted|missing)\b)|if|unless|"
                   # an act that may come ("warned of a possible attack", "an imminent offensive", "any Israeli attack on
                   # Iran would be met with a stronger response"), or a negotiated one's
                   # terms ("no timeline for the withdrawal of M23 fighters", "the sequence of an Israeli troop withdrawal")
                   r"possible|potential|imminent|future|any|timelines?\s+for|timetables?\s+for|sequence\s+of|"
                   # ... or the goal of talks: "talks aimed at ending fighting in eastern Congo"
                   r"ending|aim\w*\s+at|"
                   # an act still to come when the clause's happened ("residents fled ahead of the offensive", "arrested
                   # activists in the run-up to the protest"), and who someone is taken for ("men suspected of being
                   # child kidnappers"): no act told
                   r"ahead\s+of|in\s+anticipation\s+of|in\s+the\s+run-up\s+to|suspect\w*\s+of\s+being|accus\w*\s+of\s+being|"
                   # ... or one a city or a force readies itself for ("police were bracing for violent protests on
                   # Tuesday", "gearing up for an offensive")
                   r"brac(?:e|es|ed|ing)\s+for|gear\w*\s+up\s+for")
# (only whether it matches is used: the words grouped by first letter, '\b' first)
IRREALIS_BEFORE = re.compile(
    rf"\b(?:{by_first_letter([(w[0], w[1:]) for w in alternatives(_IRREALIS_WORDS)])})\s+(?:[\w’'-]+\s+){{0,3}}$",
    re.IGNORECASE)
# ... the same on fold()ed text, case-sensitive (several times faster): for a text without the letters that
# re.IGNORECASE matches to others (see matching.holds_case_odd), the same answer
_IRREALIS_BEFORE_FOLDED = re.compile(IRREALIS_BEFORE.pattern)
# ... and searched for by the character before its word, one that opens the text tried on its own (as only whether it
# matches is used): re scans for a class in C, where it tries '\b' by a call at every character (every alternative opens
# on a letter, so '\b' before it is a character no word's or none)
_IRREALIS_AFTER_GAP_FOLDED = re.compile(r"\W" + IRREALIS_BEFORE.pattern.removeprefix(r"\b"))
# "to" as the place gone to, and the next verb in the past: "Police units were sent to the area and exchanged fire
# with the gang" tells the fight (not "called for a halt to the shelling and airstrikes", an irrealis noun)
_PLACE_GONE_TO_AND_BEFORE = re.compile(r"\bto\s+(?:the|a|an)\s+[\w'’-]+\s+and\s+$", re.IGNORECASE)
_PAST_VERB = re.compile(r"[a-z]+ed\b")
COMPARATIVE = re.compile(r"\btimes\s+(?:more|fewer|less|as\s+many)\b|\bcompar\w+\b", re.IGNORECASE)
# A death told after a crash or a disaster in its clause ("a helicopter that crashed ..., killing all five
# passengers") is no act of violence. (Not "accidentally shot": an accidental shooting is one.)
# (not a disaster that only dates the act: "bombed the village hours after the earthquake, killing seven"; but one whose
# own clause kills: "three months since the collapse of a station canopy that killed 15 people")
# (a fire that is a blaze, not gunfire or arson: "A fire at a market ... killed three", "A fire broke out at a factory,
# killing"; a blast of gas or fuel, not a bomb: "a gas cylinder explosion ... killed 31", "a fuel tanker exploded")
_ACCIDENT_KIND_WORDS = (r"crash(?:ed|es)?|collided|collision|derail\w*|capsiz\w*|drown\w*(?!\s+(?:his|her|their)\s)|blaze|wildfire|"
                   r"earthquake|flood\w*|landslide|avalanche|tornado|hurricane|stampede|collaps\w*|lightning|electrocut\w*|"
                   # (a blaze as the subject, opening its sentence: "A fire on Saturday night razed 60 shops", "A fire
                   # destroyed 200 homes"; not one an act caused or guns' fire: "causing a fire and injuring one worker",
                   # "responded to the fire", "The enemy fire")
                   r"\b(?-i:A|The)\s+"
                   r"(?:(?!(?:enemy|friendly|sniper|artillery|mortar|heavy|rocket|tank|return|covering)\b)[\w-]+\s+)?"
                   r"fire\b(?!\s+(?:set|started|lit)\s+by)|"
                   r"fire\s+(?:gutted|razed|destroyed|engulfed|(?:swept|tore|ripped)\s+through)|"
                   # heat and fumes ("Heat wave kills 12", "were overcome by toxic fumes while cleaning a sewer")
                   r"heat\s*waves?|heatstroke|overcome\s+by\s+(?:[\w-]+\s+)?(?:fumes|smoke|gas)|"
                   r"(?:gas|cylinder|tanker|boiler|pipeline)\s+(?:explosion|blast|exploded|blew\s+up)")
_ACCIDENT_KINDS = rf"\b(?:{_ACCIDENT_KIND_WORDS})\b"
_ACCIDENT_BEFORE = re.compile(r"(?<!after\sthe\s)(?<!since\sthe\s)(?<!before\sthe\s)(?<!following\sthe\s)"
                              rf"{_ACCIDENT_KINDS}[^.;:]{{0,80}}$|{_ACCIDENT_KINDS}[^.;:,]{{0,60}}?\b(?:that|which)\s+$",
                              re.IGNORECASE)
_ACCIDENT_WORDS = fewest_words((
    "crash", "collided", "collision", "derail", "capsiz", "drown", "blaze", "wildfire", "earthquake", "flood", "landslide",
    "avalanche", "tornado", "hurricane", "stampede", "collaps", "lightning", "electrocut", "fire", "explo", "blast", "blew",
    "heat", "overcome by"))
# an act of violence told in a death's clause beside its accident ("opened fire on a bus ..., wounding 33 after the bus
# plunged into a gorge"): the act's dead (see before_accident)
ACT_WORDS = re.compile(r"\b(?:shell\w*|strikes?|airstrikes?|bomb\w*|missiles?|rockets?|drones?|attack\w*|shot|gunm[ae]n|"
                             r"arson\w*|open\w*\s+fire|fired|firing|gun\w*|shooting|set\s+(?:on\s+)?fire|set\s+ablaze|torched|grenades?|mortars?)\b", re.IGNORECASE)
# ... and a disaster that an act set off, told after it ("a fire broke out after the shelling, killing two", "the building
# collapsed after an airstrike, killing five"): the act's dead (not an act merely told beside a crash: "a series of crashes
# and an officer-involved shooting that left one man dead": whose toll is whose the clause does not say)
_CAUSED_BY_ACT = re.compile(rf"\b(?:after|following|by|from|amid)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+)?{ACT_WORDS.pattern[2:]}",
                            re.IGNORECASE)
# a weapon that crashed: "a Ukrainian drone crashed into an apartment building, killing a woman" (a strike)
_WEAPON_CRASHED_BEFORE = re.compile(r"\b(?:drones?|missiles?|rockets?|shells?|projectiles?)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
# ... or told after the death in its clause ("were killed when their car collided with a truck", "died in a house fire",
# "killed in a road accident", "killed on Sunday when a fuel tanker exploded"); not a fire of guns or one set by someone
_ACCIDENT_NOUNS = (r"(?:accident|crash|collision|wreck|stampede|crush|landslide|mudslide|flood|(?<!of\s)(?<!gun\s)(?<!cross\s)"
                   r"(?<!cross-)(?<!heavy\s)(?<!friendly\s)(?<!enemy\s)(?<!sniper\s)fire(?!\s+(?:set|started|lit)\s+by)|blaze|"
                   r"inferno|collapse|cave-in|avalanche|earthquake|lightning\s+strike|electrocution|"
                   r"(?:gas|cylinder|tanker|boiler|pipeline)\s+(?:explosion|blast))s?")
# the words _ACCIDENT_NOUNS cannot match without (see may_hold)
_ACCIDENT_NOUN_WORDS = ("accident", "crash", "collision", "wreck", "stampede", "crush", "slide", "flood", "fire", "blaze",
                        "inferno", "collapse", "cave-in", "avalanche", "earthquake", "lightning", "electrocution",
                        "explosion", "blast")
# a road or rail vehicle (not a car bomb, a vehicle-borne device)
_VEHICLES = r"(?:truck|lorry|lorries|train|bus|car|SUV|vehicle|van|tanker|trailer|tractor)s?\b(?![\w-]|\s+bombs?)"
_ACCIDENT_VERBS = (r"collided|crashed|overturned|rolled\s+over|plunged|capsized|sank|derailed|collapsed|caved\s+in|skidded|"
                   r"somersaulted|caught\s+fire|burst\s+into\s+flames|went\s+off\s+the\s+road|"
                   r"(?:struck|hit)\s+an?\s+(?:utility\s+|power\s+)?(?:pole|tree|wall)|"
                   r"(?:gas|cylinder|tanker|boiler|pipeline)s?\s+(?:[\w-]+\s+)?(?:exploded|blew\s+up)|"
                   # a vehicle that ran someone down ("when a truck ran over her", "when a train hit a rickshaw"; not one
                   # driven at them: "deliberately ran him over")
                   # (not a vehicle that ran over or struck a mine: "their vehicle struck an improvised explosive device")
                   rf"(?:(?<!deliberately\s)(?<!intentionally\s)(?:ran|run)\s+(?:(?:him|her|them)\s+)?over|"
                   rf"{_VEHICLES}\s+(?:hit|struck|knocked\s+down))(?!\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,2}}?"
                   r"(?:devices?|mines?|landmines?|IEDs?|bombs?|explosives?|ordnance)\b)")
# ... or opens the sentence as the subject of its death verb, however long the place it names ("A gas explosion at a
# residential building in the Heping district of Shenyang, capital of northeast China's Liaoning Province, killed six")
_ACCIDENT_SUBJECT = re.compile(r"(?:[^.;:\n]{0,40}?(?:--|\u2014|\u2013|\s-|:)\s+)?(?:an?|the)\s+(?:[\w-]+\s+){0,3}?"
                               rf"(?:{_ACCIDENT_NOUNS})\s+(?:at|in|on|near)\s+[^.;:]{{0,200}},\s+(?:has\s+|have\s+|had\s+)?$", re.IGNORECASE)
# a sentence that tells a crash or a disaster ("A lineman was electrocuted while fixing a transformer")
_ACCIDENT_TOLD = re.compile(rf"{_ACCIDENT_KINDS}|\b(?:{_ACCIDENT_VERBS})\b", re.IGNORECASE)
# the words _ACCIDENT_AFTER and _ACCIDENT_TOLD cannot match without (see may_hold)
# (fewest_words: a word that holds another of them is no further look)
_ACCIDENT_AFTER_WORDS = fewest_words(_ACCIDENT_WORDS + (
    "accident", "wreck", "crush", "slide", "inferno", "cave-in", "overturn", "plunge", "sank", "skid", "somersault", "flames",
    "off the road", "pole", "tree", "wall", "by ", "over", "hit", "heat", "hypotherm", "dehydrat"))
_ACCIDENT_TOLD_WORDS = fewest_words(_ACCIDENT_WORDS + ("over", "hit", "struck", "knocked"))
# of _ACCIDENT_AFTER_WORDS, "by " and "hit" (common words) serve only _ACCIDENT_AFTER's alternatives that need a vehicle's
# word ("hit by a truck", "when a train hit a rickshaw"): a clause that holds neither a vehicle's word nor one of the other
# words (with "caved" and "road", which "caved in" and "went off the road" need where "by " let them be tried) cannot match
_VEHICLE_WORDS = ("truck", "lorr", "train", "bus", "car", "suv", "vehicle", "van", "tanker", "trailer", "tractor")
_ACCIDENT_AFTER_NOT_VEHICLE_WORDS = fewest_words(tuple(w for w in _ACCIDENT_AFTER_WORDS if w not in ("by ", "hit")) +
                                                 ("caved", "road"))
_ACCIDENT_AFTER = re.compile(rf"[^.;:]{{0,40}}?\b(?:(?:after\s+being\s+)?(?:struck|hit|run\s+over|knocked\s+down)\s+)?by\s+"
                             rf"(?:an?\s+|the\s+)?(?:[\w-]+\s+)?{_VEHICLES}|"
                             # ... or of heat or cold ("died of heatstroke")
                             r"\s+(?:of|from)\s+(?:heatstroke|heat\s+stroke|heat\s+exhaustion|hypothermia|dehydration)\b|"
                             rf"[^.;:]{{0,40}}?\b(?:in|during)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,3}}?(?:{_ACCIDENT_NOUNS})\b|"
                             rf"[^.;:]{{0,40}}?\b(?:when|after|as)\s+[^.;:]{{0,140}}?\b(?:{_ACCIDENT_VERBS}|{_ACCIDENT_KIND_WORDS})\b",
                             re.IGNORECASE)


# "defused an explosive device", "found a landmine": a device that did not go off
_DEFUSED_BEFORE = re.compile(r"\b(?:defus\w*|dismantl\w*|disarm\w*|neutrali[sz]\w*|found|discovered|recovered|seized)\s+"
                             r"(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
# a device made safe or found, told after its word ("detonated the landmine safely", "a roadside bomb was found near a
# school"; its verb too: "Army engineers detonated the device safely", "safely detonated"): a weapon's use disrupted
MADE_SAFE = TriggerRule(r"safely", STRATEGIC, "Disrupted weapons use", 23, False)
_SAFELY_BEFORE = re.compile(r"\bsafely\s+$", re.IGNORECASE)
_MADE_SAFE_AFTER = re.compile(r"\s+(?:(?:(?!and\s)[\w-]+\s+){0,3}?safely\b|(?:was|were|had\s+been|has\s+been)\s+(?:later\s+|safely\s+)?"
                              r"(?:defused|detonated\s+safely|safely\s+detonated|made\s+safe|found|discovered)\b)",
                              re.IGNORECASE)
# men told by the act they are only suspected of ("two suspected kidnappers", "alleged child abductors")
_SUSPECTED_BEFORE = re.compile(r"\b(?:suspected|alleged|presumed)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
# ... or who got away from a rescue: "Two other kidnappers escaped and troops were pursuing them"
_FLED_AFTER = re.compile(r"\s+(?:escaped|fled|got\s+away|ran\s+away|managed\s+to\s+(?:escape|flee))\b", re.IGNORECASE)
# a weapon's own word, which a list of what was seized may hold ("seized a cache including 40 mortar rounds, 12 rockets
# and two suicide vests"; not the act's: "bombing", "strike")
_MUNITION = re.compile(r"(?:grenade|vest|mortar|round|rocket|shell|missile|IED|mine)s?\s*$", re.IGNORECASE)
_FIRING_WORDS = ("fired", "firing", "launched", "launching", "lobbed", "shot")
# what is seized, told in a list: "seizing rifles, grenades and ammunition", "seized cash, drugs and a grenade", "a
# cache, including 40 mortar rounds"
_SEIZED_LIST_BEFORE = re.compile(r"\b(?:seiz(?:ed|ing)|found|finding|discovered|recovered|confiscat(?:ed|ing))\s+"
                                 r"(?:[^.;:!?]{0,160}?(?:,|\band|\bincluding)\s+)?(?:an?\s+|\d+\s+|several\s+)?(?:[\w-]+\s+)?$",
                                 re.IGNORECASE)
# "seized weapons before withdrawing": how a raid ended, no territory handed over
_RAID_ENDED_BEFORE = re.compile(r"\b(?:before|after|while)\s+$", re.IGNORECASE)
# "The army denied the accusation, saying it had killed terrorists (in a firefight)": the denier's own account of the
# act told, no act of its own
_DENIER_ACCOUNT_BEFORE = re.compile(r"\bden(?:ied|ies|ying)\b[^.;]{0,60},\s+(?:saying|insisting|adding|arguing|claiming)\s+"
                                    r"(?:that\s+)?(?:it|they|its\s+\w+|their\s+\w+)\s+[^.;]{0,80}$",
                                    re.IGNORECASE)
# an act one side claims and the other denies in the same sentence ("IS claimed a US airstrike had destroyed the
# mosque, a claim the US-led coalition denied"): a counter-claim, no act the report tells
_CLAIMED_BEFORE = re.compile(r"\b(?:claimed|claims|alleged|alleges)\s+(?:that\s+)?(?:[\w.'’-]+\s+){0,5}$", re.IGNORECASE)
_CLAIM_DENIED_AFTER = re.compile(r"[^.;]{0,100}?,\s+(?:a\s+|which\s+is\s+a\s+)?(?:claim|charge|allegation|version)s?\s+"
                                 r"(?:that\s+)?(?:[\w.'’-]+\s+){0,5}?(?:denied|denies|rejected|rejects|dismissed|refuted|disputed)\b",
                                 re.IGNORECASE)
# "The assailants were repelled and withdrew": attackers beaten off, who held nothing to hand over
_REPELLED_BEFORE = re.compile(r"\b(?:repelled|repulsed|beaten\s+back|pushed\s+back|fought\s+off)\s+and\s+(?:then\s+)?$",
                              re.IGNORECASE)
# "The wounded were airlifted to a hospital": those hurt in the act told, named again, no act of their own
# "the wounded were airlifted": people told already; "no one was injured", "the clerk was not injured": nobody hurt,
# no act (not "was not seriously injured": hurt, lightly)
THE_BEFORE = re.compile(r"\bthe\s+$|\b(?:no\s+one|nobody|none|no\s+(?:other\s+)?(?:people|persons?|officers?|deputies))\s+(?:else\s+)?(?:was|were|has\s+been|had\s+been)\s+$|"
                        r"\b(?:(?:was|were)\s+not|wasn['’]t|weren['’]t|(?:has|have|had)\s+not\s+been)\s+$",
                         re.IGNORECASE)
_HURT_WORDS = ("wounded", "injured", "dead")  # ("photographs of the dead": the people an act killed, named again)


def after_accident(text: str, pos: int, start: int, folded: str) -> bool:
    """Whether the clause before pos (not before start, the sentence's) tells a crash or a disaster;
    folded is fold(text)."""
    lo = max(start, pos - 100)
    if lo > start and may_hold_folded(folded[start:pos], _ACCIDENT_NOUN_WORDS) and \
            _ACCIDENT_SUBJECT.match(text, start, pos) is not None and \
            _CAUSED_BY_ACT.search(text, start, pos) is None:
        return True
    if not may_hold_folded(folded[lo:pos], _ACCIDENT_WORDS):
        return False
    m = _ACCIDENT_BEFORE.search(text, lo, pos)
    return m is not None and _CAUSED_BY_ACT.search(text, lo, pos) is None and \
        _WEAPON_CRASHED_BEFORE.search(text, max(lo, m.start() - 40), m.start()) is None


# a side's or a force's fire is gunfire, no blaze ("two Hezbollah fighters were killed in Israeli fire", "killed in
# Pakistani fire along the Line of Control", "died in army fire", "killed in tank fire"): a capitalised people's
# adjective or a force's or a weapon's word before "fire" (asked only of an accident's match that ends in "fire")
_SIDES_FIRE = re.compile(r"(?:\b(?-i:[A-Z][a-z]+(?:i|ian|ean|an|ese|ish|ch|ic))|\b(?:army|military|troops['’]?|police|"
                         r"forces['’]?|soldiers['’]?|militants['’]?|rebels['’]?|tank|artillery|mortar|machine[\s-]?gun|"
                         r"naval|small[\s-]arms|automatic|hostile|return|retaliatory|government|regime|sniper|"
                         r"security\s+forces['’]?))\s+fires?$", re.IGNORECASE)


def before_accident(text: str, end: int, start: int, clause_end: int, folded: str) -> bool:
    """Whether a death told at text[:end] is told an accident's after it in its clause (not past clause_end, the
    sentence's end; start is its start): "were killed when their car collided with a truck", "died in a house fire";
    not when the sentence tells an act that set it off ("opened fire on a bus ..., wounding 33 after the bus plunged")."""
    hi = min(clause_end, end + 200)
    after = folded[end:hi]
    if not may_hold_folded(after, _ACCIDENT_AFTER_WORDS) or \
            not may_hold_folded(after, _ACCIDENT_AFTER_NOT_VEHICLE_WORDS) and not holds_a_word(after, _VEHICLE_WORDS):
        return False
    m = _ACCIDENT_AFTER.match(text, end, hi)
    return m is not None and ACT_WORDS.search(text, max(start, end - 150), m.end()) is None and \
        not (text.endswith(("fire", "fires"), 0, m.end()) and
             _SIDES_FIRE.search(text, max(m.start(), m.end() - 40), m.end()) is not None)


def accident_told_around(text: str, pos: int, end: int, start: int, clause_end: int, folded: str, answers: dict) -> bool:
    """after_accident(text, pos, start, folded) or before_accident(text, end, start, clause_end, folded), each answer
    kept in answers, a dict of one report's text: extract_events asks it of a casualty's words and find_triggers of a
    trigger's, often the same words."""
    key = (pos, start)
    told = answers.get(key)
    if told is None:
        told = answers[key] = after_accident(text, pos, start, folded)
    if told:
        return True
    key = (end, start, clause_end)
    told = answers.get(key)
    if told is None:
        told = answers[key] = before_accident(text, end, start, clause_end, folded)
    return told


def tells_accident(text: str, start: int, end: int, folded: str) -> bool:
    """Whether the sentence text[start:end] tells a crash or a disaster and no act of violence ("A lineman was
    electrocuted while fixing a transformer", "when a truck ran over her")."""
    return may_hold_folded(folded[start:end], _ACCIDENT_TOLD_WORDS) and \
        _ACCIDENT_TOLD.search(text, start, end) is not None and ACT_WORDS.search(text, start, end) is None


def in_title(text: str, end: int) -> bool:
    """Whether text[:end] lies in the report's title: a first paragraph with no sentence end (see
    extraction.report_text, which puts a blank line after the title)."""
    title_end = text.find("\n\n")
    return 0 < end <= title_end and text[title_end - 1] not in ".!?"


@dataclass(slots=True)
class Trigger:
    start: int
    end: int
    rule: TriggerRule
    plural: bool  # a plural noun ("airstrikes"): generic unless counted or dated


# an act named as the reason for another ("arrested over violent protests", "charged in connection with the riots")
_REASON_BEFORE = re.compile(r"\b(?:over|in\s+connection\s+with|linked\s+to)\s+(?:the\s+|last\s+\w+['’]s\s+)?"
                            r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# acts plotted, planned or prepared, not done ("were plotting terrorist attacks", "planning an attack on a police station")
_PLOTTED_BEFORE = re.compile(r"\b(?:plott(?:ing|ed)|plann(?:ing|ed)|prepar(?:ing|ed))\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$",
                             re.IGNORECASE)
# the offence an arrest is on suspicion of ("arrested on suspicion of attempted murder", "of murder")
_SUSPICION_OF_BEFORE = re.compile(r"\bon\s+suspicion\s+of\s+(?:(?:attempted|attempting|conspiracy\s+to)\s+)?$", re.IGNORECASE)
# a span of acts that led up to the one told, in an aside ("agreed to a ceasefire ..., following a week of deadly border
# clashes"; not "2,500 people have fled after days of clashes", what the report tells)
# (or, with no comma, a wave of them the act followed: "seized Ramadi after government forces pulled out following a
# wave of suicide car bombs")
_SPAN_OF_ACTS_BEFORE = re.compile(r"(?:,\s+(?:following|after|amid|ending)\s+(?:a\s+|the\s+)?(?:(?:two|three|four|several)\s+)?"
                                  r"(?:days?|nights?|weeks?|months?|years?)|\bfollowing\s+(?:a|an|the)\s+(?:[\w-]+\s+)?"
                                  r"(?:wave|series|spate|string))\s+of\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
# who withdraws with no ground to give up, and from what ("Several candidates have withdrawn", "withdrew from the talks",
# "withdrew his candidacy")
_NO_FORCE_BEFORE = re.compile(r"\b(?:candidates?|nominees?|parties|party|sponsors?|investors?|companies|company|firms?|"
                              r"bidders?|teams?|players?|athletes?|applicants?|witness(?:es)?|lawmakers?|ministers?)\s+"
                              r"(?:[\w'’-]+\s+){0,4}?(?:(?:has|have|had)\s+)?(?:also\s+)?$", re.IGNORECASE)
_NO_GROUND_AFTER = re.compile(r"\w*\s+(?:from\s+(?:the\s+)?(?:[\w-]+\s+)?(?:race|election|contest|talks|negotiations|deal|"
                              r"agreement|accord|treaty|case|competition|tournament|bid|project|market|coalition|government|"
                              r"alliance|primary|ballot)|(?:his|her|their|its)\s+(?:candidacy|bid|support|complaint|lawsuit|"
                              r"nomination|application|offer|name|resignation|statement)|"
                              # (a raid's end: "its fighters had withdrawn without losses", "withdrew safely")
                              r"without\s+(?:any\s+)?(?:losses|loss|casualties)|safely|unscathed)\b", re.IGNORECASE)
# those moved out of harm's way: "Residents were evacuated", "nearby homes were evacuated" (and those the act hurt,
# taken to care: "The wounded were evacuated to Niamey")
# (and a ship's crew: "The ship's crew of 22 were evacuated"; or those a force takes out: "the navy evacuated the crew")
_EVACUEES = (r"(?:people|residents|civilians|families|villagers|homes|houses|pupils|students|patients|staff|children|"
             r"workers|employees|passengers|occupants|tenants|guests|visitors|wounded|injured|casualties|survivors|victims|"
             r"crew|crews|crewmen|crew\s+members|sailors|seafarers|tourists)")
_EVACUEES_BEFORE = re.compile(rf"\b{_EVACUEES}(?:\s+of\s+(?:\d[\d,]*|[a-z]+))?\s+(?:were|was|had\s+been|have\s+been)\s+$",
                              re.IGNORECASE)
_EVACUEES_OBJECT = re.compile(rf"\s+(?:(?:the|its|their|all|some|about|around|\d[\d,]*)\s+){{0,3}}(?:[\w'’-]+\s+)?{_EVACUEES}\b",
                              re.IGNORECASE)
# ... or after the noun ("Evacuations of families with children from the area are compulsory", "the evacuation of
# civilians"; not "the evacuation of rebel fighters", a force's handing over)
_EVACUEES_AFTER = re.compile(r"s?\s+of\s+(?:(?:the|some|all|more|about|around|over|\d[\d,]*|[a-z]+)\s+){0,2}?"
                             r"(?:people|residents|civilians|families|villagers|children|pupils|students|patients|"
                             r"(?:the\s+)?wounded|elderly|women|workers|staff|population|inhabitants)\b", re.IGNORECASE)
# the report's act told back by its definite noun to set it in its time ("The attacks came as Ukrainian troops pressed
# an incursion", "The strike came a day after", "The attack came amid")
_CAME_AS_AFTER = re.compile(r" came (?:as|amid|after|just|only|hours|days|a\s+(?:day|week)|one\s+day|two\s+days|less|more)\b")
# a place's lot told in the present ("is shelled almost daily", "are regularly shelled"): no act of the report's
_HABITUAL_PARTICIPLES = ("shelled", "bombed", "bombarded", "struck", "hit", "attacked", "targeted")
_HABITUAL_BEFORE = re.compile(r"\b(?:is|are)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_HABITUAL_ADVERB_BEFORE = re.compile(r"\b(?:regularly|frequently|often|routinely|constantly|repeatedly|daily)\s+$",
                                     re.IGNORECASE)
_HABITUAL_AFTER = re.compile(r"\s+(?:(?:almost|nearly|virtually)\s+)?(?:daily|every\s+(?:day|night)|regularly|frequently|"
                             r"routinely|constantly|day\s+and\s+night)\b", re.IGNORECASE)
# acts told in the plural as a trend ("Kidnappings of foreigners have become more frequent in the Sahel", "Attacks on
# police in the province have risen sharply", "Such bombings are common"): the background's state of things, no act
_TREND_AFTER = re.compile(r"(?:\s+(?:of|on|against|by|in)(?:\s+[\w'’-]+){1,5}?)?\s+(?:(?:have|has)\s+(?:(?:also|since|now)\s+)?"
                          r"(?:become\s+(?:(?:more|less|increasingly)\s+)?(?:frequent|common|rare|widespread|routine)|"
                          r"risen|increased|surged|grown|multiplied|soared|declined|fallen|dropped|decreased)|"
                          r"(?:are|remain)\s+(?:\w+\s+)?(?:common|frequent|rife|widespread|routine))\b", re.IGNORECASE)
# fighting told only as going on, with no place, day or toll ("Fighting continued on the ground.", "Fighting went on
# elsewhere."): the war's state, no act (the act told next tells its own: "Rebels and militiamen clashed near Sake on
# Wednesday"); not "Fighting continued in Bakhmut on Monday"
_BARE_LASTING_AFTER = re.compile(r"\s+(?:continued|continues|went\s+on|goes\s+on|raged\s+on|rages\s+on|persisted)"
                                 r"(?:\s+(?:on\s+the\s+ground|elsewhere|meanwhile|unabated|nonetheless))?\s*[.;]",
                                 re.IGNORECASE)
# a standing struggle told in the present ("the dissidents are fighting other armed groups for control of drug routes",
# "rival factions are still fighting for control of the city"): what the report's background says goes on, no act
_FOR_CONTROL_AFTER = re.compile(r"[^.;:]{0,80}?\b(?:for|over)\s+(?:the\s+)?control\b", re.IGNORECASE)
# what reporters cover ("journalists covering a rally", "reporters filming the protest")
_COVERED_BEFORE = re.compile(r"\b(?:covering|reporting\s+(?:on|from)|filming|photographing)\s+(?:an?\s+|the\s+)?"
                             r"(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
# the acts a crowd protests against ("marched to protest against a wave of extortion killings"): its cause, no act
# (and told after what the protests did: "since protests erupted last month over the death of Mahsa Amini")
# (and the verb's own object: "blocked the road to protest the killing of a trader by police")
_ACT_PROTESTED_BEFORE = re.compile(r"\b(?:(?:protest\w*|march\w*|rall(?:y|ies|ied)|demonstrat\w+)\s+"
                                   r"(?:(?:erupted|broke\s+out|began|started|flared|spread)\s+(?:[\w-]+\s+){0,2}?)?(?:against|over)|"
                                   r"to\s+protest|protest(?:ed|ing))\s+(?:[\w'’-]+\s+){0,4}$", re.IGNORECASE)
_CAPTIVES_BEFORE = re.compile(r"\b(?:hostages|captives|abductees|(?:\w+\s+)?of\s+the\s+(?:abducted\s+|kidnapped\s+)?\w+)\s+"
                              r"(?:(?:later|had|have|has|managed\s+to|were\s+able\s+to)\s+)?$", re.IGNORECASE)
# (nor captors who got away from the force that came to free their captives: "Two other kidnappers escaped and troops
# were pursuing them"; a crime's "suspects fled" is left to the rules of a crime's flight)
_CAPTORS_FLED_BEFORE = re.compile(r"\b(?:kidnappers|abductors|captors|hostage-takers)\s+"
                                r"(?:(?:later|had|have|has|also|managed\s+to)\s+)?$", re.IGNORECASE)
# an act verb in its bare form in a "where" clause of the present, what a place lives with ("Kontagora lies in a part of
# northwestern Nigeria where armed gangs known locally as bandits kidnap for ransom and raid villages", "a region where
# jihadists regularly attack army posts"): no act of the day (the verb right after its plural subject, "and" or an adverb;
# not a noun after its article: "where an attack killed")
_BASE_ACT_VERBS = frozenset(("kidnap", "abduct", "attack", "raid", "kill", "loot", "shell", "bomb", "ambush", "storm",
                             "torch", "clash", "fight", "shoot"))
_WHERE_HABITUAL_BEFORE = re.compile(r"\bwhere\s+(?:[^.;:,()]{0,80}?\s)?(?:\w+s|\w*men|and|often|regularly|frequently|"
                                    r"routinely|still|also|sometimes)\s+$", re.IGNORECASE)
# people caught again after an escape, told before a recapture's verb or after it ("Twenty-one of the escaped inmates had
# been recaptured", "police recaptured 21 of the inmates"): no town or position retaken
_ESCAPED_PEOPLE = r"(?:inmates|prisoners|detainees|escapees|fugitives|convicts|jailbreakers)"
_RECAPTURED_PEOPLE_BEFORE = re.compile(rf"\b{_ESCAPED_PEOPLE}\s+(?:(?:had|have|has)\s+(?:since\s+|already\s+)?been\s+|"
                                       r"(?:were|was)\s+|being\s+)(?:later\s+|since\s+|quickly\s+)?$", re.IGNORECASE)
_RECAPTURED_PEOPLE_AFTER = re.compile(rf"(?:{_CAPTIVES})|\s+(?:(?:the|\d+|[a-z]+)\s+)?(?:of\s+(?:the|them)\s+)?"
                                      rf"(?:[\w-]+\s+)?{_ESCAPED_PEOPLE}\b", re.IGNORECASE)
_CIVILIANS_BEFORE = re.compile(r"\b(?:people|residents|civilians|families|villagers|inhabitants|households|"
                               r"displaced\s+persons|thousands|hundreds|inmates|prisoners|detainees)\s+(?:(?:have|had|also|reportedly)\s+)?$",
                               re.IGNORECASE)
_WAR_TALLY_BEFORE = re.compile(r"\b(?:war|conflict|insurgency|uprising|civil\s+war)\b[^.;]{0,90}?\b(?:has|have)\s+"
                               r"(?:so\s+far\s+|now\s+|already\s+|since\s+)?$", re.IGNORECASE)
# "There were no reports of arrests", "No arrests were made", "nobody was detained", "arrested him without a shot being
# fired": an act said not to have happened
_DENIED_ACT_BEFORE = re.compile(r"\b(?:no|without(?:\s+any|\s+a(?:\s+single)?)?)\s+(?:(?:immediate|reported|further)\s+)?(?:reports?\s+of\s+)?$|"
                                r"\b(?:no\s+one|nobody|none|no\s+(?:other\s+)?(?:people|persons?|officers?|deputies))\s+(?:else\s+)?"
                                r"(?:was|were|has\s+been|have\s+been|had\s+been)\s+$|"
                                r"(?:\bnot|n['’]t)\s+(?:yet\s+)?(?:made|make|reported)\s+(?:any\s+)?$|"  # "have not made any arrests"
                                # "Neither side has agreed to talks", "have never signed", "has yet to sign" (not a plain
                                # "not": "was not apprehended until the squad located him" tells an arrest)
                                r"\b(?:never|yet\s+to)\s+$|\bneither\s+(?:side|party|country|government|group)\s+"
                                r"(?:(?:has|have|had)\s+)?$",
                                re.IGNORECASE)
# "More than 300 people have been killed since the election", "Gangs have killed a dozen drivers this year": a
# period's tally, no act of its own
_PERFECT_BEFORE = re.compile(r"\b(?:has|have|had)\s+(?:(?:so\s+far|now|already|also|reportedly)\s+)?(?:been\s+)?$",
                             re.IGNORECASE)
# (across an abbreviation's stop: "fired at the U.S. embassy in recent months")
_PERIOD_AFTER = re.compile(r"(?:[^.;]|\.(?=\w|\s+[a-z])){0,80}?\b(?:since|this\s+year|so\s+far|in\s+recent\s+(?:days|weeks|months|years)|"
                           r"over\s+the\s+(?:past|last)|in\s+the\s+(?:past|last))\b", re.IGNORECASE)
# a participle that only says what a thing is, before it: "from captured towns", "the recently liberated city"
_ATTRIBUTIVE_BEFORE = re.compile(r"\b(?:from|of|in|into|on|at|with|near|the|its|their|his|her|newly|recently|previously|"
                                 r"already|once)\s+$", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"\s+(?!(?:by|on|in|at|from|after|during|and|or|the|an?|it|them|him|her|this|that|control)\b)[\w'’-]+",
                         re.IGNORECASE)
# fire that backs another act, or that an act withstood, told as its circumstance ("Syrian forces backed by Russian
# air strikes recaptured Palmyra", "with the support of coalition airstrikes", "despite a wave of Russian airstrikes"):
# the act is the sentence's other one
_SUPPORTING_FIRE_BEFORE = re.compile(r"(?:\b(?:backed|supported|aided|assisted|covered)\s+by|\bwith\s+the\s+(?:air\s+)?"
                                     r"(?:support|help|backing|cover)\s+of|\bunder\s+(?:the\s+)?cover\s+of|\bdespite)\s+"
                                     r"(?:(?:an?|the|heavy|intense|a\s+wave\s+of)\s+)?(?:[\w.'’-]+\s+){0,3}$", re.IGNORECASE)
_SUPPORT_WORDS = fewest_words(("backed", "supported", "aided", "assisted", "covered", "support", "help", "cover", "despite"))
_DENIED_WORDS = ("no", "without", "n't", "n’t", "neither", "never", "yet to")  # (one of them, or no _DENIED_ACT_BEFORE: "nobody", "not" hold "no")
# an animal as the act's doer: "a dog that attacked him", "the pit bull had attacked"
_ANIMAL_DOER_BEFORE = re.compile(r"\b" + ANIMALS + r"\s+(?:(?:that|which|who)\s+)?(?:(?:had|has)\s+)?$")
_NOBODY_AFTER = re.compile(r"\s+(?:no\s+one|nobody|none)\b", re.IGNORECASE)


# the words a taking told as "seized ..." ends in when it names the thing taken, not the place's name (see find_triggers)
_TAKEN_THING_END = re.compile(r"(?:towns?|villages?|city|cities|airports?|bases?|crossings?|districts?|neighbou?rhoods?|"
                              r"provinces?|ports?|bridges?|hilltops?|checkpoints?|positions?|strongholds?|outposts?|"
                              r"headquarters|garrison|barracks|control|of)$", re.IGNORECASE)


def _planned_meeting_before(text: str, folded: str, start: int, at: int) -> bool:
    """Whether a meeting a party plans to go to is told in the 100 characters before text[at] (see
    _TALKS_PLANNED_BEFORE): what follows is its topic ("are due to meet in Doha next week for indirect talks on a
    ceasefire and the release of hostages"), nothing done yet."""
    lo = max(start, at - 100)
    return (folded.find("to ", lo, at) >= 0 or folded.find("will ", lo, at) >= 0) and \
        _TALKS_PLANNED_BEFORE.search(text, lo, at) is not None


def _talks_planned_or_long_failed(text: str, folded: str, start: int, talks_start: int, talks_end: int, end: int) -> bool:
    """Whether the talks at text[talks_start:talks_end] are planned (see _TALKS_PLANNED_BEFORE) or broke down a season
    or more ago (see _TALKS_FAILED_AFTER): no meeting told."""
    if _planned_meeting_before(text, folded, start, talks_start):
        return True
    # (the verbs _TALKS_FAILED_AFTER needs looked for first, in the 110 characters it may reach)
    after = folded[talks_end:min(end, talks_end + 110)]
    return any(verb in after for verb in _TALKS_FAILED_WORDS) and \
        (failed := _TALKS_FAILED_AFTER.match(text, talks_end, end)) is not None and \
        _GONE_BY.search(text, talks_end, failed.end()) is not None


def find_triggers(text: str, start: int, end: int, folded: str | None = None,
                  accident_answers: dict | None = None) -> list[Trigger]:
    """Triggers in text[start:end] that are not in an irrealis or comparative context; `folded`
    is fold(text) when the caller already has it; accident_answers, a dict kept for the report's text, holds the
    answers of accident_told_around asked already (none when not given)."""
    if accident_answers is None:
        accident_answers = {}
    found = []
    if folded is None:
        folded = fold(text)
    lowered = folded[start:end]
    case_odd = holds_case_odd(lowered)  # (fold() keeps those letters: see matching.may_hold_folded)
    # a plain look for the two words COMPARATIVE needs rules most clauses out (may_hold, its answer for the clause's
    # case-odd letters already known)
    clause_compared = COMPARATIVE.search(text, start, end) \
        if case_odd or "times" in lowered or "compar" in lowered else None
    clause_when = " when " in lowered  # (_EARLIER_OCCASION_BEFORE's word, looked for once)
    # (the words _DEMANDED_BEFORE / _DEMANDED_AFTER need, looked for once, at the clause's first noun trigger)
    clause_demands = None
    for m in _TRIGGERS_FOUND.finditer(folded, start, end):
        rule = _RULE_OF_GROUP[m.lastgroup]
        lo = max(start, m.start() - 40)
        before, folded_before = text[lo:m.start()], folded[lo:m.start()]
        # (on a slice, as `before` is: a word cut at its start is a word there)
        if (IRREALIS_BEFORE.search(before) if case_odd else
                _IRREALIS_AFTER_GAP_FOLDED.search(folded_before) or _IRREALIS_BEFORE_FOLDED.match(folded_before)) and \
                not (_PLACE_GONE_TO_AND_BEFORE.search(before) and _PAST_VERB.match(m.group(0))):
            continue
        if clause_when and folded.find(" when ", max(start, m.start() - 100), m.start()) >= 0 and \
                _EARLIER_OCCASION_BEFORE.search(text, max(start, m.start() - 130), m.start()):
            continue
        if rule is TALKS and text.startswith("Summit", m.start()) and not _LEADERS_BEFORE.search(before) and \
                not _SUMMIT_OF_AFTER.match(text, m.end()) and (m.start() > start or _NAME_GOES_ON.match(text, m.end())):
            continue
        # (a blaze's damage too: "A fire on Saturday night razed 60 shops")
        if rule.sub_event_type in (LETHAL, "Looting/property destruction") and accident_told_around(
                text, m.start(), m.end(), start, end, folded, accident_answers):
            continue
        if rule is ENTERED_PLACE and not (_FORCE_BEFORE.search(before) and _TOWN_NAMED_AFTER.match(text, m.end(), end)):
            continue
        if rule is ENTERED_PLACE and _ENTERED_AFTER_WITHDRAWAL.match(text, m.end(), end):
            rule = NON_VIOLENT_TRANSFER  # "entered the city of Kherson after Russian forces withdrew": a town left to them
        if rule.sub_event_type == "Remote explosive/landmine/IED" and _DEFUSED_BEFORE.search(before):
            continue
        if rule.sub_event_type == "Abduction/forced disappearance" and m.group(0).lower().endswith(("ers", "ors")) and \
                (_SUSPECTED_BEFORE.search(before) or _FLED_AFTER.match(text, m.end(), end)):
            continue  # "Residents lynched two suspected kidnappers": who the victims were taken for, no abduction
        if rule.sub_event_type == "Remote explosive/landmine/IED" and (
                _MADE_SAFE_AFTER.match(text, m.end(), end) or _SAFELY_BEFORE.search(before)):
            rule = MADE_SAFE  # "detonated the landmine safely", "a roadside bomb was found": no blast that did harm
        if rule.event_type == EXPLOSIONS and _MUNITION.search(m.group(0)) and \
                not m.group(0).startswith(_FIRING_WORDS) and \
                _SEIZED_LIST_BEFORE.search(text, max(start, m.start() - 200), m.start()):
            # "seizing rifles, grenades and ammunition": a weapon taken, none used (not one fired after a taking:
            # "Hamas, which seized Gaza in 2007, fired rockets at Sderot")
            continue
        if rule.event_type == BATTLES and rule.sub_event_type != TERRITORY and "without" in folded_before and \
                _WITHOUT_BEFORE.search(before):
            continue  # "moved in without fighting"
        if rule.sub_event_type == TERRITORY and m.group(0)[:7].lower() == "seized " and \
                not _TAKEN_THING_END.search(m.group(0)) and not all(
                    w[:1].isupper() and not w.endswith(("'s", "’s")) for w in text[m.start() + 7:m.end()].split()):
            # "seized Goma" (a place by its name) asks for the capitals the folded text lost: not "seized rifles on",
            # "seized AK-47 rifles on", "seized Smith's car on"
            continue
        if rule.sub_event_type == TERRITORY and _UNOPPOSED_AFTER.match(text, m.end(), end):
            rule = NON_VIOLENT_TRANSFER  # "took control of the town without a fight": no battle
        if rule.sub_event_type == "Non-violent transfer of territory" and m.group(0).endswith("ing") and \
                _RAID_ENDED_BEFORE.search(before):
            continue
        if rule.sub_event_type == "Non-violent transfer of territory" and _REPELLED_BEFORE.search(before):
            continue
        if rule is WEAPON_SHOWN_AT and _ROBBERY_TOLD.search(folded) is not None:
            continue
        if rule.sub_event_type == "Grenade" and folded_before.endswith("propelled "):
            continue  # "firing rocket-propelled grenades": a launcher fired in the fight the sentence tells, none thrown
        if folded.find("den", max(start, m.start() - 180), m.start()) >= 0 and \
                _DENIER_ACCOUNT_BEFORE.search(text, max(start, m.start() - 180), m.start()):
            continue
        if clause_compared and rule.noun:
            continue
        if "claim" in folded_before and _CLAIMED_BEFORE.search(before) and _CLAIM_DENIED_AFTER.match(text, m.end(), end):
            continue
        if rule.noun and rule.event_type == EXPLOSIONS and may_hold(before, folded_before, _SUPPORT_WORDS) and \
                _SUPPORTING_FIRE_BEFORE.search(before):
            continue
        if rule.sub_event_type == TERRITORY and m.group(0).endswith("ed") and _ATTRIBUTIVE_BEFORE.search(before) and \
                _NOUN_AFTER.match(text, m.end()):
            continue  # "the withdrawal of fighters from captured towns", "in front of captured Russian tanks": a thing's state
        if rule.sub_event_type == LETHAL and m.group(0) in _HURT_WORDS and THE_BEFORE.search(before):
            continue
        if rule.noun and text.startswith(" came ", m.end()) and THE_BEFORE.search(before) and \
                _CAME_AS_AFTER.match(text, m.end()):
            continue  # "The attacks came as Ukrainian troops pressed an incursion ... that began on Aug. 6": the report's act told back to set it in its time, no act of its own
        if rule is RIOT and m.group(0).startswith("riot") and _PRISON.search(text, start, end) and \
                not _DEMONSTRATORS.search(text, start, end):
            if _CLASH.search(text, start, end) or in_title(text, m.end()) and _CLASH.search(text, end):
                continue  # (a title's riot told as a clash in the body: "Fifteen inmates killed in Ecuador prison riot")
            rule = PRISON_RIOT
        if rule is PRESENT_KILL and not in_title(text, m.end()):
            continue
        if (rule is MARCHED or rule is BLOCKADE or rule is GATHERED) and not _CROWD_BEFORE.search(text, max(start, m.start() - 120), m.start()):
            continue
        if rule is RIOT_ACT and not _CROWD_WORD.match(text, m.start()) and not _CROWD_WORD.search(text, start, m.start()):
            continue  # (what a crowd throws or burns: "R.F. threw two glass bottles at him" is no riot)
        if rule is EXCESSIVE_FORCE and _VIOLENT_CROWD_AFTER.match(text, m.end()):
            rule = FIRED_ON_RIOTERS
        if rule.sub_event_type == LETHAL and m.group(0) in _KILLING_WORDS and \
                (protesters := _PROTESTERS_AFTER.match(text, m.end())):
            found.append(Trigger(m.start(), protesters.end(), EXCESSIVE_FORCE, False))  # killed N protesters
            continue
        if rule.noun and ("," in before or "following" in folded_before) and _SPAN_OF_ACTS_BEFORE.search(before):
            continue
        if rule.event_type == EXPLOSIONS and m.group(0) in _HABITUAL_PARTICIPLES and _HABITUAL_BEFORE.search(before) and (
                _HABITUAL_ADVERB_BEFORE.search(before) or _HABITUAL_AFTER.match(text, m.end())):
            continue  # "Nikopol ... is shelled almost daily": what a place lives with, no act of the day
        if m.group(0) == "fighting" and rule.sub_event_type == "Armed clash" and _HABITUAL_BEFORE.search(before) and \
                "control" in folded[m.end():end] and _FOR_CONTROL_AFTER.match(text, m.end(), end):
            continue
        if rule is TAKEN_AWAY and _FORCE_SUBJECT_BEFORE.search(text, max(start, m.start() - 40), m.start()):
            continue  # "Police seized two women accused of hiding the suspects": no abduction
        if m.group(0).endswith("s") and \
                _TREND_AFTER.match(text, m.end(), end):
            continue  # "Kidnappings of foreigners have become more frequent": a trend, no act of the report's
        if m.group(0).lower() == "fighting" and rule.sub_event_type == "Armed clash" and \
                _BARE_LASTING_AFTER.match(text, m.end(), end):
            continue  # "Fighting continued on the ground.": the war going on, no act of its own
        if rule.sub_event_type == LETHAL and rule.noun and may_hold(before, folded_before, ("against", "over")) \
                and _ACT_PROTESTED_BEFORE.search(before):
            continue
        if may_hold(before, folded_before, _DENIED_WORDS) and _DENIED_ACT_BEFORE.search(before):
            continue  # (and a fight said not to have been: "No shots were fired", "no clashes were reported")
        if rule.noun and rule.event_type in (PROTESTS, RIOTS) and _REASON_BEFORE.search(before):
            continue  # "arrested 12 supporters over violent protests last year": why they were arrested
        if rule.noun and may_hold(before, folded_before, ("plot", "plan", "prepar")) and _PLOTTED_BEFORE.search(before):
            continue  # "supporters of IS who were plotting terrorist attacks were neutralised": acts to come, none done
        if rule.noun and rule.sub_event_type == LETHAL and "suspicion" in folded_before and _SUSPICION_OF_BEFORE.search(before):
            continue  # "was arrested on suspicion of attempted murder": the charge, not a second act
        if rule.sub_event_type == "Non-violent transfer of territory" and m.group(0).startswith("withdr") and (
                _NO_FORCE_BEFORE.search(before) or _NO_GROUND_AFTER.match(text, m.end())):
            continue  # "candidates have withdrawn", "withdrew from the race": no force gives up ground
        if rule.sub_event_type == "Non-violent transfer of territory" and (
                _EVACUEES_BEFORE.search(before) or m.group(0).startswith("evacuation") and
                _EVACUEES_AFTER.match(text, m.end()) or m.group(0) == "evacuated" and _EVACUEES_OBJECT.match(text, m.end())):
            continue  # "Residents were evacuated": people moved out of harm's way, no force giving up ground
        if rule.noun and rule.event_type == PROTESTS and _COVERED_BEFORE.search(before):
            continue  # "beat two journalists covering a rally": the scene of the act told, not the act
        if m.group(0) in _BASE_ACT_VERBS and "where" in folded[max(start, m.start() - 120):m.start()] and \
                _WHERE_HABITUAL_BEFORE.search(text, max(start, m.start() - 120), m.start()):
            continue  # "a region where armed gangs kidnap for ransom and raid villages": what goes on there, no act
        if m.group(0).startswith("recaptur") and (_RECAPTURED_PEOPLE_BEFORE.search(before) or
                                                 _RECAPTURED_PEOPLE_AFTER.match(text, m.end())):
            continue  # "21 of the escaped inmates had been recaptured": people caught again, no ground taken
        if rule.sub_event_type == "Change to group/activity" and (
                _CAPTIVES_BEFORE.search(before) or _CIVILIANS_BEFORE.search(before) or _CAPTORS_FLED_BEFORE.search(before)):
            continue  # "Five of the women escaped", "3,000 people fled the site", "Hundreds of inmates escaped": captives,
            # the displaced and a prison's inmates, no group
        if rule.sub_event_type == LETHAL and not rule.noun and (
                ANIMAL_AFTER.match(folded, m.end(), end) or _ANIMAL_DOER_BEFORE.search(folded_before)):
            continue  # "an officer shot and killed a dog", "fired, killing the dog", "a dog that attacked him": no
            # person harmed by a person, no event
        if rule.sub_event_type == LETHAL and _NOBODY_AFTER.match(text, m.end()):
            continue  # "looted shops ..., killing no one"
        if rule is INTERCEPTION and "debris" in folded_before[-25:] and _DEBRIS_OF_BEFORE.search(before):
            # "debris from a downed drone had fallen on the refinery and caused a fire": the remains of an attack's
            # weapon where it came down, the strike (ACLED codes the attack), no interception of its own
            rule = DEBRIS_MISSILE_STRIKE if "missile" in m.group(0).lower() else DEBRIS_DRONE_STRIKE
        if rule is INTERCEPTION and _DOWNED.fullmatch(m.group(0)) and not _DOWNED_WEAPON_BEFORE.search(before):
            continue  # only weapons are shot down in the passive ("a drone launched from the east was shot down by")
        if rule.sub_event_type == LETHAL and _DOWNED.fullmatch(m.group(0).rstrip()) and \
                _DOWNED_WEAPON_BEFORE.search(before):
            rule = INTERCEPTION  # "Ukrainian drones were destroyed over the region": brought down
        if rule.sub_event_type == LETHAL and m.group(0).startswith("fired ") and " with " in text[m.end():m.end() + 60] \
                and _HEAVY_WEAPON_WITH_AFTER.match(text, m.end()):
            rule = FIRED_ON_WITH_HEAVY_WEAPONS  # "fired on the city with 155mm artillery": a shelling, no shooting
        if rule.sub_event_type == LETHAL and m.group(0) in ("injured", "wounded", "killed") and "debris" in lowered and \
                (_FALLEN_DEBRIS.search(text, start, m.start()) or _BY_DEBRIS_AFTER.match(text, m.end())):
            # "Falling debris damaged a warehouse and two security guards were injured": hurt by what an air attack
            # brought down, the drone's (or the missile's, where the clause names one) strike, no attack by men
            rule = DEBRIS_HURT_MISSILE_STRIKE if "missile" in lowered and "drone" not in lowered else DEBRIS_HURT_DRONE_STRIKE
        if rule.sub_event_type == "Looting/property destruction" and (weapon := _STRIKE_DEBRIS_BEFORE.search(before)):
            # "debris from a downed drone set fire to a warehouse": the strike's damage, no arson
            rule = DEBRIS_DRONE_STRIKE if (weapon.group("weapon") or weapon.group("weapon2")).lower().startswith("drone") \
                else DEBRIS_MISSILE_STRIKE
        # (and a fight that has gone on for a period: "factions have been fighting each other since September")
        if (rule.sub_event_type == LETHAL and not rule.noun or
                rule.sub_event_type == "Armed clash" and before.endswith("been ")) and \
                may_hold(before, folded_before, ("has", "have", "had")) and _PERFECT_BEFORE.search(before) and \
                _PERIOD_AFTER.match(text, m.end(), end):
            continue
        if rule.sub_event_type == LETHAL and not rule.noun and ("has" in before or "have" in before) and \
                _WAR_TALLY_BEFORE.search(text, max(start, m.start() - 120), m.start()):
            continue  # "The war ... erupted in April 2023 and has killed more than 14,000 people": a war's tally
        if rule is TALKS and (_TALKS_AHEAD_AFTER.match(text, m.end(), end) or _TALKS_LASTING_AFTER.match(text, m.end(), end)
                              or _TALKS_JUDGED_AFTER.match(text, m.end(), end) or _TALKS_AHEAD_BEFORE.search(before)
                              or " of " in before[-30:] and _TALKS_STRETCH_BEFORE.search(before)
                              or "agreed" in folded_before and _TALKS_AGREED_AT_BEFORE.search(before)
                              or _TALKS_UNDER_WAY_BEFORE.search(before[-60:])
                              or _talks_planned_or_long_failed(text, folded, start, m.start(), m.end(), end)):
            continue
        if rule.sub_event_type == "Agreement" and _UNDER_NEGOTIATION_BEFORE.search(text, max(start, m.start() - 60),
                                                                                     m.start()):
            continue  # "has been negotiating a prisoner exchange": a deal sought, none made yet
        if folded.find("until", max(start, m.start() - 130), m.start()) >= 0 and \
                _CONDITION_BEFORE.search(text, max(start, m.start() - 180), m.start()):
            continue
        if rule.noun and clause_demands is None:
            clause_demands = "want" in lowered or "demand" in lowered or "insist" in lowered or \
                "condition" in lowered or "seek" in lowered or "sought" in lowered
        if rule.noun and clause_demands and (_DEMANDED_BEFORE.search(text, max(start, m.start() - 140), m.start()) and
                          not _WANTED_BY_POLICE_BEFORE.search(text, max(start, m.start() - 140), m.start()) or
                          _DEMANDED_AFTER.match(text, m.end(), end)):
            continue  # "wants any deal to include a full Israeli withdrawal": a demand, no act
        if rule.event_type == PROTESTS and ("call" in lowered or "announc" in lowered) and \
                _PROTEST_CALLED_BEFORE.search(text, max(start, m.start() - 100), m.start()):
            continue  # "called a nationwide shutdown in protest": a call, no crowd out yet
        if rule.event_type == PROTESTS and rule.noun and "ing " in lowered and \
                _PROTEST_SPARKED_BEFORE.search(text, max(start, m.start() - 60), m.start()) and \
                not _DAY_AFTER.match(text, m.end(), end):
            continue  # "..., sparking the first wave of protests": a consequence told in passing
        if rule is RELEASE and (not CAPTIVITY.search(text, start, end) or _NO_CAPTIVE_FREED_AFTER.match(text, m.end()) or
                                _planned_meeting_before(text, folded, start, m.start())):
            continue  # "released a statement", "was released from hospital": no captivity ended
        if rule.sub_event_type == "Protest with intervention" and _CROWD_NAMED.search(text, start, end):
            # a crowd's dispersal is told by what it was dispersed with, no count of acts ("fired tear gas and water
            # cannon at crowds in Mombasa"; not "fired tear gas at residents" after a raid, no protest told)
            found.append(Trigger(m.start(), m.end(), rule, False))
            continue
        # (a violent act's noun whose pattern stops at its singular is plural by the "s" after it: "have pressed
        # offensives")
        found.append(Trigger(m.start(), m.end(), rule, _plural(rule, m.group(0)) or
                             rule.noun and not rule.always and rule.event_type in VIOLENT_TYPES and
                             text.startswith("s ", m.end()) and m.group(0)[-1:].isalpha()))
    if not found:  # (most sentences: neither filter has anything to look at)
        return found
    return _without_captivity_told(text, _without_intercepted(text, found))


# a sentence that tells a captivity: where a release (RELEASE) ends one (and, told before it, what makes "were released
# on Monday" the captives' release: dates._role)
CAPTIVITY = re.compile(r"\b(?:hostages?|captiv\w*|captors?|abduct\w*|kidnap\w*|ransom|prisoners?\s+of\s+war|pows?|"
                       r"(?:had|it|they)\s+(?:held|detained|seized))\b", re.IGNORECASE)
# ... and what is released that no captive is, or where from ("released a video", "freed on bail", "from hospital")
_NO_CAPTIVE_FREED_AFTER = re.compile(r"\s+(?:on\s+bail|without\s+charge|from\s+(?:the\s+)?(?:hospital|custody|prison|jail|detention)|"
                                     r"(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?(?:statement|video|footage|images?|photos?|"
                                     r"pictures?|audio|recording|report|list|names|details|figures|funds)\b)", re.IGNORECASE)
# an abduction told as what its captives are ("37 people abducted from the village on 3 March were released", "rescued
# 18 kidnapped victims", "freed after being held hostage"), no act of its own in a sentence that ends the captivity;
# one told with its captives as object before the release is an act ("Gunmen abducted ten travellers ... and freed them")
_CAPTIVES_OBJECT_AFTER = re.compile(r"\s+(?:him|her|them|(?:at\s+least|about|some|more\s+than|nearly|over)\s|"
                                    r"(?:an?|the|his|her|their|several|dozens|scores|hundreds)\s|\d|"
                                    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty)\b)"
                                    r"(?![^.;,]{0,25}?\b(?:ago|earlier|before)\b)", re.IGNORECASE)
_TAKEN_HOSTAGE = re.compile(r"t(?:ook|ak)", re.IGNORECASE)  # (not "held hostage": a captivity's state)


def _without_captivity_told(text: str, found: list[Trigger]) -> list[Trigger]:
    """The triggers less the abductions a release's sentence tells only as what its captives are (see above)."""
    release = next((t for t in found if t.rule is RELEASE), None)
    if release is None:
        return found
    return [t for t in found if t.rule.sub_event_type != "Abduction/forced disappearance" or t.start < release.start and (
        _TAKEN_HOSTAGE.match(text, t.start) if "hostage" in text[t.start:t.end].lower() else _CAPTIVES_OBJECT_AFTER.match(text, t.end))]


# what an interception brought down, and how it was sent: "intercepted a ballistic missile fired by the Houthis",
# "intercepts Gaza rockets fired at Sderot" (up to the end of its clause)
_INTERCEPTED_OBJECT = re.compile(r"[^.;:,!?]{0,60}")
_CLAUSE_TURN = re.compile(r"\b(?:and|but|while|as|after|before|when|killing|wounding|injuring)\b", re.IGNORECASE)


# ... or as its passive's subject: "A ballistic missile launched from Yemen was intercepted" (back to its clause's start)
_INTERCEPTED_SUBJECT = re.compile(r"[^.;:,!?]{0,80}?\b(?:was|were|been)\s+(?:\w+\s+)?$")


def _without_intercepted(text: str, found: list[Trigger]) -> list[Trigger]:
    """The triggers less the weapons an interception names as what it brought down (no act of their own)."""
    if not any(t.rule is INTERCEPTION for t in found):
        return found
    objects = [(t.end, _INTERCEPTED_OBJECT.match(text, t.end).end()) for t in found if t.rule is INTERCEPTION]
    objects += [(lo, t.start) for t in found if t.rule is INTERCEPTION and (lo := _clause_start(text, t.start)) is not None
                and _INTERCEPTED_SUBJECT.fullmatch(text, lo, t.start)]
    return [t for t in found if t.rule in (INTERCEPTION, DEBRIS_DRONE_STRIKE, DEBRIS_MISSILE_STRIKE) or
            t.rule.event_type not in (EXPLOSIONS, VIOLENCE_CIV) or not any(
        lo <= t.start < hi and not _CLAUSE_TURN.search(text, lo, t.start) for lo, hi in objects)]


# weapons in flight as a passive's subject ("drones were destroyed", "two missiles were shot down"): an interception
_DOWNED_WEAPON_BEFORE = re.compile(_WEAPONS_IN_FLIGHT + r"\s+(?:(?:launched|fired|flying|coming)\s+(?:[\w-]+\s+){1,3}?)?"
                                   r"(?:were|was|have\s+been|had\s+been|has\s+been)\s+$", re.IGNORECASE)
_DOWNED = re.compile(r"destroyed|shot\s+down|downed", re.IGNORECASE)
# fire on a place with heavy weapons ("The Ukrainian armed forces fired on the city with 155mm artillery", "fired on
# Gorlovka with Grad rocket launchers"): a shelling
FIRED_ON_WITH_HEAVY_WEAPONS = TriggerRule(r"fired\s+(?:on|at|upon)", EXPLOSIONS, "Shelling/artillery/missile attack", 4, False)
_HEAVY_WEAPON_WITH_AFTER = re.compile(r"[^.;:]{0,40}?\bwith\s+(?:[\w-]+\s+){0,2}?(?:artillery|mortars?|howitzers?|tanks?|"
                                      r"(?:multiple\s+)?rocket\s+launchers?|MLRS|shells|rockets|missiles)\b", re.IGNORECASE)
# the strikes a fire their weapon's debris set is told as (see find_triggers; what was intercepted that still did harm)
DEBRIS_DRONE_STRIKE = TriggerRule(r"set\s+(?:on\s+)?fire\s+to", EXPLOSIONS, "Air/drone strike", 3, False)
DEBRIS_MISSILE_STRIKE = TriggerRule(r"set\s+(?:on\s+)?fire\s+to", EXPLOSIONS, "Shelling/artillery/missile attack", 4, False)
# ... and the strikes those hurt by its falling debris are told as (merging's loose violence still: part of the attack or
# the interception told beside them, where there is one)
DEBRIS_HURT_DRONE_STRIKE = TriggerRule(r"injured|wounded|killed", EXPLOSIONS, "Air/drone strike", 3, False)
DEBRIS_HURT_MISSILE_STRIKE = TriggerRule(r"injured|wounded|killed", EXPLOSIONS, "Shelling/artillery/missile attack", 4, False)
DEBRIS_HURT = (DEBRIS_HURT_DRONE_STRIKE, DEBRIS_HURT_MISSILE_STRIKE)
# the remains of a weapon brought down, told before the hurt ("Falling debris damaged a warehouse", "debris from a downed
# drone", "debris fell on a house")
_FALLEN_DEBRIS = re.compile(r"\b(?:falling|fallen)\s+debris\b|\bdebris\s+(?:of|from)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
                            r"(?:drones?|missiles?|rockets?|UAVs?)\b|\bdebris\s+fell\b", re.IGNORECASE)
_BY_DEBRIS_AFTER = re.compile(r"\s+by\s+(?:the\s+)?(?:falling\s+|fallen\s+)?debris\b", re.IGNORECASE)
# ... or the remains a weapon brought down left, told before it ("debris from a downed drone")
_DEBRIS_OF_BEFORE = re.compile(r"\bdebris\s+(?:of|from)\s+(?:an?\s+|the\s+)?$", re.IGNORECASE)
# the remains of a weapon as the subject of a fire ("debris from a downed drone set fire to", "a missile's fragments set
# fire to"), up to the verb
_STRIKE_DEBRIS_BEFORE = re.compile(r"\b(?:debris|fragments|shrapnel|wreckage)\s+(?:of|from)\s+(?:an?\s+|the\s+)?"
                                   r"(?:[\w-]+\s+){0,2}?(?P<weapon>drones?|missiles?|rockets?|shells?)\s+$|"
                                   r"\b(?P<weapon2>drone|missile|rocket)(?:['’]s)?\s+(?:debris|fragments|shrapnel|wreckage)\s+$",
                                   re.IGNORECASE)


def _clause_start(text: str, pos: int) -> int | None:
    """Where the clause that pos is in starts (after the last stop or comma within 80 characters), None if farther."""
    lo = max(0, pos - 80)
    cut = max(text.rfind(c, lo, pos) for c in ".;:,!?\n")
    return cut + 1 if cut >= 0 else (0 if lo == 0 else None)


def trigger_at(folded: str, pos: int) -> Trigger | None:
    """The trigger whose word starts at pos in folded text, read with no context: an act's noun a clause names
    ("in response to an attack that killed two soldiers on Thursday")."""
    m = TRIGGER_RE.match(folded, pos)
    if m is None:
        return None
    rule = _RULE_OF_GROUP[m.lastgroup]
    return Trigger(m.start(), m.end(), rule, _plural(rule, m.group(0)))


def _plural(rule: TriggerRule, word: str) -> bool:
    """A plural noun ("airstrikes"; "strikes " of "strikes on"): generic unless counted or dated."""
    word = word.rstrip().lower()
    return rule.noun and not rule.always and word.endswith("s") and not word.endswith("ss")


def resolve_sub_type(rule: TriggerRule, *, actor1_inter: int | None, actor1_air: bool,
                     actor2_inter: int | None, victims_combatants: bool) -> tuple[str, str]:
    """(event_type, sub_event_type) once the actors are known."""
    if rule.sub_event_type == TERRITORY:
        if actor1_inter in (1, 8):
            return BATTLES, "Government regains territory"
        return BATTLES, "Non-state actor overtakes territory"
    if rule.sub_event_type == LETHAL:
        if actor1_air:
            return EXPLOSIONS, "Air/drone strike"
        if actor1_inter == 5:
            return RIOTS, "Mob violence"  # a mob's killing ("Two men were burned to death by a mob")
        if actor1_inter == 6 and not rule.noun:
            # protesters who kill or hurt are a demonstration turned violent ("four Rangers were killed when a vehicle
            # driven by protesters rammed into them"), no attack of an armed side (told by a verb: "the protesters
            # inspired by the massacre" did not do it)
            return RIOTS, "Violent demonstration"
        armed = (1, 2, 3, 4, 8)
        # (dead fighters do not make a clash of an act on civilians: "attacked a boat, killing 49 civilians, and a
        # camp, killing 15 soldiers")
        if actor1_inter in armed and (actor2_inter in armed or victims_combatants and actor2_inter != 7):
            return BATTLES, "Armed clash"
        if actor1_inter is None and actor2_inter in (1, 8) and victims_combatants:
            # "Up to 50 soldiers were killed in an attack on an army unit": ACLED's attack is on civilians only;
            # an unnamed armed group fought the state's forces
            return BATTLES, "Armed clash"
        return VIOLENCE_CIV, "Attack"
    if rule is TAKEN_AWAY and actor1_inter == 1:
        return STRATEGIC, "Arrests"  # "Police seized two suspects' wives": a force's taking is an arrest
    if rule is CAPTURED and actor1_inter in (2, 3, 4):
        # "Militants captured three soldiers": no arrest (a group that governs "arrests" or "detains")
        return VIOLENCE_CIV, "Abduction/forced disappearance"
    if rule.event_type == BATTLES and actor1_inter in (5, 6, 7) or \
            rule.sub_event_type == "Looting/property destruction" and actor1_inter in (5, 6):
        # "students clashed with ruling party activists", "protesters clashed with police": a crowd's fight is a riot
        # (ACLED's battles are between armed, organised sides); so is a crowd's burning or looting ("protesters set
        # fire to the house", "looters ransacked warehouses"; not a robbery's "victim", a civilian)
        # (a crowd's fight with the state's forces is a demonstration turned violent, whoever the crowd is: "clashes
        # between supporters of the opposition leader and police", "his supporters stormed the army's headquarters";
        # a mob's is with other crowds or civilians)
        against_forces = rule.event_type == BATTLES and actor2_inter == 1
        return RIOTS, "Violent demonstration" if actor1_inter == 6 or against_forces else "Mob violence"
    if rule.event_type == EXPLOSIONS and actor1_air and rule.sub_event_type in (
            "Shelling/artillery/missile attack", "Remote explosive/landmine/IED"):
        return EXPLOSIONS, "Air/drone strike"
    return rule.event_type, rule.sub_event_type
