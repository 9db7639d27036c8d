"""Who the casualties are: the mention record (CasualtyMention: its kind, its count, its victims' category and side, who
one person is), the victim nouns with the category and the force each tells, and who a count names among its victims.

Kinds: killed, wounded, hit (shot, fate not yet said), missing, abducted. Categories: civilians / combatants / unknown;
a combatant noun may tell its side too (STATE_FORCES or ARMED_GROUP).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .numbers import QUANTITY_PATTERN, parse_quantity

# animals, no people: a shooting or killing of one is no casualty (casualties) and no event (event_types)
ANIMALS = (r"(?:dogs?|cats?|deer|horses?|pets?|animals?|cows?|cattle|puppy|puppies|pit\s*bulls?|birds?|geese|goose|"
           r"bears?|coyotes?|raccoons?|livestock|goats?|sheep|pigs?)\b"
           # (not the first word of people named by what they do with animals: "two suspected cattle rustlers")
           r"(?!\s+(?:rustlers?|thie(?:f|ves)|herders?|herds(?:man|men)|raiders?|traders?|dealers?|farmers?|keepers?|"
           r"owners?|breeders?|riders?|walkers?|handlers?|merchants?)\b)")
# an act's object that is an animal: "shot three deer", "shot and killed a dog", "killing the family's pit bull"
ANIMAL_AFTER = re.compile(r"\s*(?:[\w'’-]+\s+){0,2}?" + ANIMALS)


KILLED, WOUNDED, HIT, MISSING, ABDUCTED = "killed", "wounded", "hit", "missing", "abducted"

CIVILIAN_NOUNS = """civilians civilian women woman children child kids kid boys boy girls girl teens teen
teenagers teenager residents resident villagers villager students student worshippers worshipper
passengers passenger bystanders bystander pedestrians pedestrian infants infant babies baby toddlers
toddler shoppers shopper customers customer patrons patron workers worker employees employee
families family relatives relative mother father son daughter wife husband brother sister staff staffers
girlfriend boyfriend neighbor neighbour neighbors neighbours motorist cyclist cyclists driver drivers rider riders homeowner homeowners
clerk clerks youth youths vendors vendor hawkers hawker shopkeepers shopkeeper
juvenile juveniles refugees refugee protesters protester demonstrators demonstrator owner owners
cashier cashiers bartender bartenders barista baristas bouncer bouncers doorman doormen lifeguard lifeguards
pharmacist pharmacists manager friend friends cousin nephew niece uncle aunt grandmother grandfather passerby passersby
passer-by passers-by
roommate partner couple fiance fiancee parent parents grandparent grandparents sons daughters brothers sisters stepfather stepmother stepson stepdaughter
stepbrother stepsister son-in-law daughter-in-law mother-in-law father-in-law brother-in-law sister-in-law
grandson granddaughter grandchild grandchildren mourners mourner teachers teacher
doctors doctor nurses nurse patients patient journalists journalist reporters reporter farmers farmer fishermen
fisherman herders herder traders trader medics medic paramedics paramedic pilgrims pilgrim guests guest tourists
tourist migrants migrant schoolchildren schoolgirls schoolgirl schoolboys schoolboy pupils pupil priests priest
shepherds shepherd porters porter kolbars kolbar officials official councillor councillors councilor councilors elders elder clerics cleric
imams imam activists activist lawyers lawyer judges judge engineers engineer volunteers volunteer chief chiefs
headman headmen idps idp rulers ruler emirs emir businessmen businessman businesswomen businesswoman
pastors pastor catechists catechist preachers preacher evangelists evangelist missionaries missionary monks monk
nuns nun deacons deacon seminarians seminarian sarpanches sarpanch herdsmen herdsman motorists motorist miners miner
peasants peasant travellers traveller travelers traveler commuters commuter citizens citizen riders rider
mukhtars mukhtar inhabitants inhabitant operators operator labourers labourer laborers laborer""".split()
# (South Asia's "militants gunned down a non-local labourer", "gunmen killed seven labourers in Balochistan": workers
# by the day, civilians; Palestinian copy's "four citizens were killed"; a motorbike's rider; an Arab village's mukhtar, its headman; "20 of its inhabitants"; a mine's or a
# shop's operator, not a weapon's: see victim_category)
# (church and temple workers and India's elected village heads, "killed a catechist and his wife", "a former sarpanch
# and his son": civilians, as priests and imams are)
# titles of office: victims' nouns, and the head of a noun phrase they end ("deputy finance minister")
OFFICE_NOUNS = """ministers minister governors governor mayors mayor lawmakers lawmaker legislators legislator
senators senator diplomats diplomat candidates candidate politicians politician""".split()
CIVILIAN_NOUNS += OFFICE_NOUNS
COMBATANT_NOUNS = """militants militant terrorists terrorist fighters fighter soldiers soldier troops
servicemen serviceman insurgents insurgent rebels rebel jihadists jihadist gunmen gunman policemen
policeman police officers officer guards guard extremists extremist militiamen militiaman combatants
combatant personnel recruits commanders commander deputies deputy troopers trooper agents agent
suspects suspect shooter shooters attacker attackers assailant assailants members member intruder intruders
robber robbers burglar burglars carjacker carjackers paramilitaries paramilitary mercenaries mercenary
peacekeepers peacekeeper maoists maoist naxalites naxals taliban houthis jihadis jihadi islamists islamist
separatists separatist guerrillas guerrilla bandits bandit rangers ranger gendarmes gendarme marines marine
airmen conscripts conscript jawans jawan cadres cadre khwarij khawarij kharji occupiers occupier sub-leaders sub-leader sub-commanders
sub-commander vigilantes vigilante guardsmen guardsman reservists reservist operatives operative
gardai gardaí garda""".split()  # (Ireland's police officers: "Eleven gardai were injured")
UNKNOWN_NOUNS = """people persons person men man individuals individual victims victim adults adult
males male females female others other inmates inmate detainees detainee bodies leader leaders aides aide associates
associate
bodyguards bodyguard thieves thief sailors sailor seafarers seafarer crewmen crewman""".split()
# (a sailor may be a navy's or a merchant ship's: either kind)
# peoples named in conflict reports ("three Palestinians were killed"): victims of either kind
UNKNOWN_NOUNS += """palestinians israelis syrians iraqis afghans yemenis somalis libyans kurds turks iranians
pakistanis nigerians malians ukrainians russians americans egyptians saudis ethiopians""".split()
CATEGORY = {**{n: "unknown" for n in UNKNOWN_NOUNS}, **{n: "civilians" for n in CIVILIAN_NOUNS},
             **{n: "combatants" for n in COMBATANT_NOUNS}}
# the force a combatant noun belongs to, which decides the side its dead are counted on; "combatants",
# "commanders" and "members" say neither
STATE_FORCES, ARMED_GROUP = "state forces", "armed group"
PERPETRATOR = "perpetrator"  # the one who did the act, among its dead ("including the attacker"): actor1's side
FORCE = {**{n: STATE_FORCES for n in """soldiers soldier troops servicemen serviceman policemen policeman police officers
                  officer guards guard personnel recruits deputies deputy troopers trooper agents agent peacekeepers
                  peacekeeper rangers ranger gendarmes gendarme marines marine airmen conscripts conscript
                  jawans jawan guardsmen guardsman reservists reservist occupiers occupier gardai gardaí garda""".split()},
          **{n: ARMED_GROUP for n in """militants militant terrorists terrorist fighters fighter insurgents insurgent
                  rebels rebel jihadists jihadist gunmen gunman extremists extremist militiamen militiaman
                  paramilitaries paramilitary mercenaries mercenary suspects suspect shooter shooters attacker
                  attackers assailant assailants intruder intruders robber robbers burglar burglars carjacker
                  carjackers maoists maoist naxalites naxals taliban houthis jihadis jihadi islamists islamist
                  separatists separatist guerrillas guerrilla bandits bandit cadres cadre khwarij khawarij kharji""".split()}}
# "killed a village head", "two district heads": a local leader (a bare "head" is the body's: the
# finder's nouns take "head" only after a village, a district ...; see casualties._LOCAL_HEAD)
CATEGORY.update(head="civilians", heads="civilians")
MORE_DETS = ("another", "a second", "a third", "a fourth", "a fifth")  # someone besides those told


@dataclass(slots=True)
class CasualtyMention:
    kind: str            # killed / wounded / hit / missing / abducted
    low: int | None
    best: int
    high: int | None
    category: str        # civilians / combatants / unknown
    start: int
    end: int
    rule: str
    additive: bool = False    # "another man was shot": adds to earlier mentions
    background: bool = False  # a period's statistics, not this incident
    who: str | None = None    # one person: "male", "female", "name:john smith", "person" (unknown); None for groups
    besides: bool = False     # "another person", "the second victim": someone besides one already told
    force: str | None = None  # combatants only: STATE_FORCES or ARMED_GROUP where the noun tells
    source: str | None = None  # who gives the figure, where its clause says ("residents said", "according to police")
    paragraph: int = 0         # where its paragraph starts: sources' figures are weighed against each other within one
    sentence: int = 0          # where its sentence starts
    revision: bool = False     # its sentence revises a toll ("The toll was later raised to 47")
    ordinal: int = 0           # one more told by its place in the count ("a fifth person"): the count is at least that
    all_told: bool = False     # "Both were taken to a hospital", "all three": those told before, by no noun

    @property
    def group(self) -> str:
        """Whose dead or hurt these are: civilians, STATE_FORCES, ARMED_GROUP, combatants (of no told side) or unknown."""
        return self.force or self.category


def force_of(phrase: str) -> str | None:
    """The force of a phrase's victim noun (its last one: "two Islamic State militants"), if it tells."""
    for word in reversed(re.findall(r"[a-z]+", phrase.lower())):
        if word in CATEGORY:
            return FORCE.get(word)
    return None


# a count of people named together that holds the armed side's man beside another ("An officer and a suspect were hurt",
# "The homeowner and an intruder were shot"): the shooter is one of them, no one besides
SHOOTER_AMONG = "the shooter among them"


def named_together(items: list[str]) -> tuple[str, bool]:
    """(the category of people named together, whether the shooter is among them): the one category their nouns all
    tell, else unknown ("a state trooper and the driver": of no one side; each noun's side counts, so an officer and a
    suspect are two sides)."""
    groups = {FORCE.get(_head(i)) or victim_category(i) for i in items}
    categories = {victim_category(i) for i in items}
    category = categories.pop() if len(groups) == 1 else "unknown"
    return category, ARMED_GROUP in groups and len(groups) > 1


def _head(phrase: str) -> str:
    words = [w for w in re.findall(r"[a-z-]+", phrase.lower()) if w in CATEGORY]
    return words[-1] if words else ""


def victim_category(noun: str | None) -> str:
    if not noun:
        return "unknown"
    words = re.findall(r"[\w]+", noun.lower())
    for n, w in enumerate(reversed(words)):
        if w in CATEGORY:
            if w in ("members", "member") and n + 1 < len(words) and words[-n - 2] in _CIVILIAN_GROUPS:
                return "civilians"  # "family members", "a staff member": not a group's men
            if CATEGORY[w] == "unknown" and "displaced" in words:
                return "civilians"  # "15 displaced people", "internally displaced persons"
            if w in _HEADS and (_ARMED_BAND_WORDS.intersection(words) or _FORCE_WORDS.intersection(words)):
                return "combatants"  # "a notorious gang leader", "two militia leaders", "the district police chief"
            if w in ("operator", "operators") and _WEAPON_WORDS.intersection(words[:len(words) - n - 1]):
                return "combatants"  # "two drone operators", "a mortar operator": a force's men
            if CATEGORY[w] == "combatants" and _NO_LONGER_ARMED.intersection(words[:len(words) - n - 1]):
                return "civilians"  # "a former guerrilla", "an ex-soldier", "a retired police officer": out of arms
            return CATEGORY[w]
    return "unknown"


_CIVILIAN_GROUPS = frozenset("family staff crew church congregation community household club team choir".split())
_ARMED_BAND_WORDS = frozenset("gang cartel militia rebel insurgent militant jihadist separatist".split())
_FORCE_WORDS = frozenset("police army military security".split())
_HEADS = frozenset("leader leaders chief chiefs".split())
_WEAPON_WORDS = frozenset("drone drones uav uavs artillery mortar tank weapons weapon gun machine-gun missile rocket radar".split())
_NO_LONGER_ARMED = frozenset("former ex retired demobilised demobilized".split())


# "At least four people, including two children, were killed", "killing 10 people including a commander and a
# five-year-old girl": civilians among a count of unknown victims
_INCLUDING = re.compile(r",?\s*\b(?:including|among\s+them)\s+([^.;()]{1,90})", re.IGNORECASE)
# ... right after the count, or after a short phrase of where or how they were (no other count, no "and": "killed 18
# people sheltering there, including four children"; not "killed 18 and wounded 30, including four children")
_INCLUDING_AFTER = re.compile(r"(?:\s+(?!(?:and|or|but)\b)[^,.;:()\d]{1,40}?(?=,))?" + _INCLUDING.pattern, re.IGNORECASE)
# ... or in the next sentence: "killing nine people. Among the dead were three soldiers", "Two policemen were among the dead"
_AMONG_THE_DEAD = r"among\s+(?:the\s+(?:dead|victims|fatalities)|those\s+killed)"
_NEXT_AMONG_THE_DEAD = re.compile(rf"[^.!?]{{0,120}}[.!?]\s+(?:{_AMONG_THE_DEAD}\s+(?:were|was)\s+([^.;()]{{1,90}})|"
                                  rf"([^.;()]{{1,90}}?)\s+(?:were|was)\s+(?:also\s+)?{_AMONG_THE_DEAD})", re.IGNORECASE)
_INCLUDED_ITEM = re.compile(rf"^(?:(?P<qty>{QUANTITY_PATTERN})|(?P<det>an?|the|his|her|their))\s+(?:[\w-]+\s+)*?(?P<noun>[a-z]+)"
                            r"(?:\s+(?:of|from|who|with|in|at)\b.*)?$", re.IGNORECASE | re.DOTALL)
_ITEM_BREAK = re.compile(r",\s*(?:and\s+)?|\s+and\s+")


# "killing 10 people including the attacker", "including the bomber": the one who did it, counted among the dead
# (ACLED counts a suicide bomber) on the doer's side
_BOMBER = frozenset({"bomber"})
_THE_PERPETRATOR = frozenset({"attacker", "bomber", "assailant", "gunman", "shooter"})


def named_among(text: str, start: int, end: int, total: int) -> list[tuple[str, int, int, int]]:
    """Who among a count of unknown victims (its phrase text[start:end]) an aside inside it or right after it
    names, as (group, number, start, end) of each item, the group as CasualtyMention.group ("including two
    children", "including a commander of Islamic Jihad and a five-year-old girl"); together at most the
    count; empty when it names nobody."""
    m = _INCLUDING.search(text, start, end) or _INCLUDING_AFTER.match(text, end, end + 140) or \
        _NEXT_AMONG_THE_DEAD.match(text, end, end + 250)
    if not m:
        return []
    named = []
    items = 1 if m.re is _INCLUDING or m.group(1) else 2
    item_start = m.start(items)
    for item_break in [*_ITEM_BREAK.finditer(text, m.start(items), m.end(items)), None]:
        item_end = item_break.start() if item_break else m.end(items)
        item = _INCLUDED_ITEM.match(text[item_start:item_end].strip())
        noun = item.group("noun").lower() if item else None
        category = CATEGORY.get(noun)
        if item and item.group("det") and item.group("det").lower() == "the" and noun not in _THE_PERPETRATOR:
            category = None  # ("including the children": how many the count does not say)
        elif item and (item.group("det") or "").lower() in ("his", "her", "their") and noun not in SINGULAR_KIN:
            category = None  # ("including four children and their mother": one; "and their parents": how many is not said)
        elif noun in _BOMBER:
            category = "combatants"
        if category in ("civilians", "combatants"):
            q = parse_quantity(item.group("qty")) if item.group("qty") else None
            perpetrator = noun in _BOMBER or item.group("det") and item.group("det").lower() == "the"
            named.append((PERPETRATOR if perpetrator else FORCE.get(noun, category), q.best if q is not None else 1, item_start, item_end))
        item_start = item_break.end() if item_break else item_end
    if m.re is _NEXT_AMONG_THE_DEAD:
        # (the next sentence's fighters: whose they are is told by the act's own target, which they are not part of)
        named = [item for item in named if item[0] == "civilians"]
    return named if sum(n for _, n, _, _ in named) <= total else []


SINGULAR_KIN = frozenset("""mother father son daughter wife husband brother sister grandmother grandfather uncle aunt
nephew niece cousin grandson granddaughter grandchild""".split())


_MALE = frozenset("man boy male father son husband brother boyfriend gentleman grandfather uncle nephew".split())
_FEMALE = frozenset("woman girl female mother daughter wife sister girlfriend lady grandmother aunt niece".split())
# (who someone is to another; not "a father of three", the victim himself)
_RELATIONS = frozenset("son daughter grandson granddaughter grandchild nephew niece cousin neighbour neighbor relative".split())


def identity(noun: str | None, name: str | None, pron: str | None, det: str | None) -> str | None:
    """Who a one-person mention is, to tell 'a man was shot ... he died' (one person) from
    'a man was killed and a woman wounded' (two). Possessives ("his wife") are someone else."""
    if det and (det.lower() in ("his", "her", "their") or re.sub(r"\s+", " ", det.lower()) in MORE_DETS):
        return "other"
    if name:
        words = [w.strip(".,") for w in name.split()]
        if "." in words[-1]:  # "Wishart Street.Both": two sentences run together, no name
            return "person"
        return "name:" + " ".join(words).lower()
    if pron:
        return {"he": "male", "she": "female", "another": "other"}.get(pron.lower())
    words = re.findall(r"[a-z]+", (noun or "").lower())
    if words and words[0] in ("second", "third", "fourth", "other", "surviving"):
        return "other"  # "the second victim was in stable condition": not the one told first
    head = words[-1] if words else ""
    if head in _MALE:
        return "male"
    if head in _FEMALE:
        return "female"
    # one told by age alone ("a 19-year-old was killed and a 17-year-old was injured"): two ages, two people
    age = re.fullmatch(r"\s*(\d{1,3})-year-old\s*", noun or "")
    return f"age:{age.group(1)}" if age else "person"


def told_by_trade(noun: str | None) -> bool:
    """Whether a civilian is told by what they do ("a mine operator", "two traders", "a journalist"), not by who they are
    ("a woman", "two boys", "a 17-year-old", "his wife")."""
    words = re.findall(r"[a-z]+", (noun or "").lower())
    return bool(words) and victim_category(noun) == "civilians" and words[-1] in _TRADES


_TRADES = frozenset("""farmer farmers trader traders operator operators miner miners journalist journalists reporter reporters
worker workers driver drivers teacher teachers doctor doctors nurse nurses herder herders herdsman herdsmen fisherman fishermen
shepherd shepherds vendor vendors shopkeeper shopkeepers clerk clerks cashier cashiers engineer engineers
businessman businessmen medic medics paramedic paramedics pastor pastors priest priests imam imams chief chiefs official
officials labourer labourers laborer laborers""".split())


def a_relation(noun: str | None, det: str | None) -> bool:
    """'a nephew', 'a neighbour': someone told by who they are to another, so not that other."""
    words = re.findall(r"[a-z]+", (noun or "").lower())
    return bool(words) and words[-1] in _RELATIONS and (det or "").lower() in ("a", "an")


def _same_name(a: list[str], b: list[str]) -> bool:
    """'Braddy' is 'Emma Braddy' told again; 'Earl Braddy' is someone else (a husband, a son)."""
    short, long_ = sorted((a, b), key=len)
    return long_[len(long_) - len(short):] == short


def same_person(a: str | None, b: str | None) -> bool:
    if a is None or b is None or "other" in (a, b):
        return False
    if a.startswith("name:") and b.startswith("name:"):
        return _same_name(a[5:].split(), b[5:].split())
    if a.startswith("age:") and b.startswith("age:"):
        return a == b
    if "person" in (a, b) or a.startswith(("name:", "age:")) or b.startswith(("name:", "age:")):
        return True
    return a == b
