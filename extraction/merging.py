"""Candidates and their merging: a Candidate is one act told by one sentence; same_incident says whether a
candidate tells the incident of a group formed so far (same ACLED type, compatible actors, place and day), and the
functions after it mend groups once merged (interceptions acting on the launcher told before, launches foiled).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .actors import ARMED_GROUP_INTERS, ARMED_INTERS, ActorMention, CIVILIANS, STATE_INTERS
from .casualties import CLAIMED
from .victims import ARMED_GROUP, KILLED, CasualtyMention
from .dates import DateMention
from .event_types import (BATTLES, BODIES_FOUND, DEBRIS_HURT, EXPLOSIONS, INTERCEPTION, LETHAL, PROTESTS, RELEASE, RIOTS,
                          STRATEGIC, TALKS, Trigger, VIOLENT_TYPES)
from .incidents import LATER_DEATH_DAYS
from .places import PlaceCandidate, compatible
from .roles import one_group


@dataclass
class Candidate:
    """An act reported in one sentence, before merging."""
    sentence: int
    span: tuple[int, int]
    trigger: Trigger
    actor1: ActorMention | None
    actor2: ActorMention | None
    casualties: list[CasualtyMention]
    date: DateMention | None
    date_distance: int
    place: PlaceCandidate | None
    place_key: tuple
    event_type: str = ""
    sub_event_type: str = ""
    block: int = 0  # the incident of a roundup the sentence tells (incidents.incident_blocks)
    separate: bool = False  # the sentence says it tells another incident ("In a separate airstrike, ...")
    headline: bool = False  # told in the report's title
    told_back: bool = False  # its doer refers back to men told before ("The attackers used an IED")
    named: tuple = ()  # the actors the sentence names
    opening: DateMention | None = None  # the day the sentence opens with ("On 3 May, ...", "Last week, ...")
    death: bool = False  # its word tells a death, not an act ("died", "succumbed")
    quoted: bool = False  # told in someone's words ('"We fought them for hours," one soldier said')
    hostages: Trigger | None = None  # the hostage-taking an attack's verb tells with it ("attacked a train, taking ...")
    piece: tuple = ()  # (sentence, k): the k-th place a sentence counts its toll by ("three in Kharkiv and two in Odesa")
    custody: bool = False  # a death in custody ("died in police custody")
    shot_back: bool = False  # a force kills the men of the act told before ("Soldiers shot them dead")
    ensuing: bool = False  # told as what followed the act before ("in the ensuing clash")
    small_arms: bool = False  # told as done by small arms ("a sniper killed a woman", "gunmen shot dead two men")
    scene_opening: bool = False  # the sentence opens with the act's place ("In Bilozerka, a Russian sniper killed ...")
    calendar_day: bool = False  # a chronicle's sentence, its calendar day told at its opening or end ("On 9 January, ...")
    listed: bool = False  # an item of a list ("- Jabalia: 22 killed in strikes on two homes"): an incident of its own
    also: bool = False  # told as another act of the doers ("They also attacked a post in Tera")
    the_fight: bool = False  # its act is a fight named as told already, with no party ("died in the fighting")
    fought_back: bool = False  # the attacked told fighting back ("when villagers fought back")
    found_after: bool = False  # bodies found after the act named as told already ("found after the fighting")
    the_act: bool = False  # its act is named as told already, with no party ("launched 48 missiles in the attack")
    retreat: bool = False  # a withdrawal told with where it went ("withdrew toward the border"), or a flight ("fled on foot")
    arrested_back: bool = False  # an arrest told as of men arrested already ("Those arrested included a bomb maker")
    taken_alive: bool = False  # an arrest told as men taken alive ("one captured alive"): in a fight, the fight's
    before_news: bool = False  # told in the pluperfect as before the news ("had overrun the town earlier this month")
    bare_blast: bool = False  # a blast told with no device named ("reported an explosion", "a blast was heard")
    the_noun: bool = False  # its noun with "the": the act told before ("shootings the same day as the rally")


def places_apart(a: dict, b: dict) -> bool:
    """Two places no one scene holds: neither is the other nor an area that may hold it (a province, a country)."""
    # (a point computed near a place has no id: two such points, "near Afgoye" and "outside Wanlaweyn", are told
    # apart by their names)
    if a.get("geonameid") is not None and a.get("geonameid") == b.get("geonameid") or a["name"] == b["name"]:
        return False
    return max(a.get("precision") or 1, b.get("precision") or 1) < 3


def _group_value(group: list[Candidate], attr: str):
    for c in group:
        v = getattr(c, attr)
        if v is not None:
            return v
    return None


def group_actor(group: list[Candidate], role: str) -> ActorMention | None:
    """The group's actor in a role: the first the body tells (a title says less: "Police killed in ambush" names the
    victims before the act), else the title's; for generic men, the name another sentence gives the same kind ("Papua
    rebels kill soldier" - "West Papua National Liberation Army rebels shot dead ...")."""
    if len(group) == 1:
        return getattr(group[0], role)
    first = body = None
    for c in group:
        m = getattr(c, role)
        if m is not None:
            first = first or m
            if not c.headline:
                body = m
                break
    if body is not None and body.actor is not first.actor:
        first = body
    if first is None or not first.actor.generic:
        # (a faction another sentence names, over its group: "rival factions of the Sinaloa Cartel" - "Los Chapitos")
        return next((m for c in group if (m := getattr(c, role)) is not None and
                     m.actor.name.startswith(first.actor.name + ":")), first) if first else None
    for c in group:
        m = getattr(c, role)
        if m is not None and not m.actor.generic and (m.actor.inter == first.actor.inter or
                                                      _named_armed_group(first.actor, m.actor, c)):
            return m
    return first


def _named_armed_group(generic, named, c: Candidate) -> bool:
    """Unnamed armed men ("Militants stormed a village") whom another sentence of the act, telling them again, names as
    an armed group ("The attackers, believed to belong to JNIM, rounded up men"): that group's (not a group a sentence
    names alone: "Taliban officials have not commented on the killing")."""
    return generic.name.startswith("Unidentified Armed Group") and named.inter in ARMED_GROUP_INTERS and \
        any(a.name == generic.name for a in c.named)


def crowd_control(c: Candidate) -> bool:
    """'Protesters stormed the parliament ... Police opened fire, killing at least five people', 'Police arrested 34
    people': state forces' lethal act or arrest with no target but the crowd is the riot's (or the protest's)
    intervention."""
    return (c.trigger.rule.sub_event_type == LETHAL or c.sub_event_type == "Arrests") and c.actor1 is not None and \
        c.actor1.actor.inter == 1 and (c.actor2 is None or c.actor2.actor.inter in (5, 6, 7))


def _crowd_violence(c: Candidate) -> bool:
    """'Students clashed with party activists ... The students threw stones and the activists attacked them': a
    crowd's attack told after the riot is the riot's."""
    return c.trigger.rule.sub_event_type == LETHAL and c.actor1 is not None and c.actor1.actor.generic and \
        c.actor1.actor.inter in (5, 6, 7)


def loose_violence(c: Candidate) -> bool:
    """A bare 'killed'/'wounded' sentence with no actor: part of whichever violent incident it follows (and one hurt by
    falling debris: event_types.DEBRIS_HURT)."""
    return c.actor1 is None and (c.trigger.rule.sub_event_type == LETHAL or _debris_hurt(c)) and c.event_type in VIOLENT_TYPES


def _doers_toll(group: list[Candidate], c: Candidate) -> bool:
    """A bare 'killed' sentence of a named side's dead whose doer is told by its fire alone, the doer of the act told
    ("the Israeli military responded by shelling Kfar Kila ... two Hezbollah fighters were killed in the Israeli
    fire"): that act's toll (not an unnamed one's dead: "in an assault in which hundreds were killed")."""
    a1 = _group_value(group, "actor1")
    return c.trigger.rule.sub_event_type == LETHAL and c.actor1 is not None and a1 is not None and \
        c.actor2 is not None and not c.actor2.actor.generic and \
        not a1.actor.generic and one_group(a1.actor, c.actor1.actor) and not _dated_apart(group, c)


def _debris_hurt(c: Candidate) -> bool:
    # (by identity: a TriggerRule's == compares its fields)
    return c.trigger.rule is DEBRIS_HURT[0] or c.trigger.rule is DEBRIS_HURT[1]


def _riot_cause(group: list[Candidate], cand: Candidate) -> bool:
    """A peaceful protest with no crowd, toll or scene of its own told after a riot: what the riot came out of."""
    kind = group[0] if not group[0].headline else next((c for c in group if not c.headline), group[0])
    return kind.event_type == RIOTS and cand.sub_event_type == "Peaceful protest" and cand.actor1 is None and \
        not cand.casualties and (cand.place is None or cand.place_key[1] != 0)


def _fought_back(cand: Candidate) -> bool:
    """An attack in which the attackers' men were killed: one fought, which 'the fighting' told after it names again."""
    return cand.sub_event_type == "Attack" and any(m.kind == KILLED and m.best > 0 and m.group == ARMED_GROUP
                                                   for m in cand.casualties)


def _scene_of_its_own(group: list[Candidate], cand: Candidate) -> bool:
    """Whether a crowd's own sentence puts it at a place that cannot be the scene of the crowd told before ("... marched
    in the capital. In the second city, a smaller crowd gathered"): another crowd, another event, though it names no
    party of its own."""
    if cand.event_type not in (PROTESTS, RIOTS) or cand.place is None or cand.place_key[1] != 0 or cand.the_noun:
        return False    # (a crowd: "it was launched from the X area" is where the act told before was, a dateline's far off)
    place = min((c for c in group if c.place), key=lambda c: c.place_key, default=None)
    # (two towns: a county's or a province's centre is no scene to measure a town's distance from)
    # (two towns named apart are two crowds however near: "rallied in Novi Sad ... marches were held in Belgrade")
    return place is not None and not place.place.dateline and place.place.precision <= 2 and \
        cand.place.precision <= 2 and places_apart(place.place.record, cand.place.record)


def same_incident(group: list[Candidate], cand: Candidate) -> bool:
    if group[0].block != cand.block or cand.separate:
        return False
    if cand.before_news != group[0].before_news:
        return False  # "Hundreds of insurgents had overrun Macomia earlier this month" beside the day's clash: background
    if _riot_cause(group, cand):
        # a riot's cause, with no crowd or scene of its own, on whatever days it ran ("Protesters set fire to the town
        # hall on Friday night ... Demonstrations over fuel prices have spread to several cities this week")
        return True
    if _more_dead_found(group, cand) or _dead_of_the_act_found(group, cand):
        return True
    if _days_apart(group, cand) or _reprisal_on_a_day_of_its_own(group, cand):
        return False
    if cand.scene_opening and group[0].scene_opening and places_apart(group[0].place.record, cand.place.record):
        return False  # a daily summary's places, each opening its act ("In Kherson, a drone ... In Bilozerka, a sniper ...")
    if _elsewhere_than_piece(group, cand):
        return False
    if _arrest_of_the_dead(group, cand) or _attackers_shot_back(group, cand) or _attack_fought_back(group, cand):
        return True
    if cand.taken_alive and group[0].event_type == BATTLES and not _dated_apart(group, cand):
        return True  # "Three terrorists were neutralized: two killed and one captured alive": the clash's captive
    if cand.ensuing and group[0].event_type in VIOLENT_TYPES and cand.event_type in VIOLENT_TYPES and \
            not _dated_apart(group, cand):
        return True  # "Six attackers were killed by security forces in the ensuing clash": the fight the attack began
    if cand.the_fight and any(c.event_type == BATTLES or _fought_back(c) for c in group) and not _dated_apart(group, cand):
        # "Four soldiers died in the fighting": the fight told (not a shelling told before it), or the attack whose men
        # fell in it ("Gunmen attacked a checkpoint. 20 attackers were killed")
        return True
    if cand.the_act and group[0].event_type in VIOLENT_TYPES and not any(m.best for m in cand.casualties) and \
            not _dated_apart(group, cand) and (cand.place is None or cand.place_key[1] != 0 or
                                               compatible(group[0].place.record if group[0].place else None,
                                                          cand.place.record)):
        # "Ukraine's air force said Russia launched 476 drones and 48 missiles in the attack, of which 442 drones and 41
        # missiles were shot down": the tally of the act told, at no scene of its own, no second act
        return True
    if cand.retreat and (group[0].event_type in VIOLENT_TYPES or group[0].sub_event_type == "Looting/property destruction") \
            and not cand.casualties and not _dated_apart(group, cand):
        # "They withdrew toward the Malian border", "Survivors fled toward the town", "The suspects fled on foot", and a
        # robbery's "The robbers fled in a black sedan with the cash": how the act ended
        return True
    # (the body's act: the title says less)
    kind = group[0] if not group[0].headline else next((c for c in group if not c.headline), group[0])
    if kind.sub_event_type == cand.sub_event_type and cand.actor1 is None and not cand.casualties and \
            not _scene_of_its_own(group, cand):
        return True  # an elaboration with no party of its own ("Al-Baghdadi has allegedly fled ...")
    if _claimed_back(group, cand):
        return True
    if _state_doer_s_account(group, cand):
        return True
    if kind.event_type in (PROTESTS, RIOTS) and cand.sub_event_type == "Peaceful protest" and cand.actor1 is None and \
            not cand.casualties and (cand.place is None or cand.place_key[1] != 0):
        return True  # a riot's cause, with no crowd or scene of its own ("Demonstrations over allowances spread this week")
    if kind.event_type in (PROTESTS, RIOTS) and cand.sub_event_type == "Arrests" and not _dated_apart(group, cand) and (
            cand.place is None or cand.place_key[1] != 0 or compatible(kind.place.record if kind.place else None,
                                                                       cand.place.record)):
        # "Hundreds protested in Islamabad on Sunday. Police arrested more than 100 people": the protest's (or the
        # riot's: "Youths set fire to cars ... 31 people were arrested"), when the arrest names no other scene
        return True
    if cand.quoted and cand.date_distance != 0 and not cand.casualties and kind.event_type in VIOLENT_TYPES:
        # a witness's words, with no toll of their own, of the violent act told ('"The army withdrew toward Sake," said
        # one resident', '"We fought them for hours," one soldier said')
        return True
    if cand.told_back and kind.event_type in VIOLENT_TYPES and (
            cand.event_type in VIOLENT_TYPES or cand.sub_event_type in _PART_OF_AN_ATTACK) and \
            (cand.place is None or cand.place_key[1] != 0 or
             compatible(kind.place.record if kind.place else None, cand.place.record)):
        # "The attackers used an improvised explosive device before opening fire", "The attackers also looted shops",
        # "The attackers fled on motorcycles": the same men, the same act
        return True
    if kind.sub_event_type == "Armed clash" and cand.sub_event_type == "Remote explosive/landmine/IED" and \
            cand.small_arms and not any(m.best for m in cand.casualties) and not _dated_apart(group, cand) and \
            (cand.place is None or cand.place_key[1] != 0 or
             compatible(kind.place.record if kind.place else None, cand.place.record)):
        # an ambush's opening blast, told with its gunfire and no toll of its own ("Resistance fighters ambushed a
        # convoy, killing nine soldiers. The fighters detonated mines under two trucks before opening fire"): the clash
        return True
    if _destruction_of_the_act(group, cand, kind):
        return True
    if _blast_of_the_strike(group, cand, kind):
        return True
    if _rescue_fought(group, cand):
        return True
    if _seized_in_the_act(group, cand, kind):
        return True
    if _taken_place_left(group, cand, kind):
        return True
    if kind.headline and kind.sub_event_type == "Peaceful protest" and cand.event_type in (PROTESTS, RIOTS) and \
            not cand.headline and not _dated_apart(group, cand):
        # a title's protest ("Seventeen killed in Peru protests") is the crowd the body tells, turned violent or put
        # down ("clashes between protesters and security forces near the airport"): the body says which
        return True
    if _talks_of_the_agreement(group, cand):
        return True
    if kind.headline and kind.sub_event_type == "Arrests" and all(c.headline for c in group) and \
            cand.event_type in (PROTESTS, RIOTS) and not cand.headline and not _dated_apart(group, cand):
        # ... and a title's arrests ("Riot police push back Tbilisi marchers; 12 detained") are those of the crowd the
        # body tells: the protest's intervention
        return True
    if kind.event_type == STRATEGIC and kind.sub_event_type != cand.sub_event_type:
        return False  # an arrest and a looting, an agreement and a withdrawal: developments of their own
    if kind.event_type != cand.event_type:
        violent = kind.event_type in VIOLENT_TYPES and cand.event_type in VIOLENT_TYPES
        # "security forces fired tear gas to disperse them. Several people were injured": the hurt of a
        # dispersal or a riot, not an attack of its own
        crowd = kind.event_type in (PROTESTS, RIOTS) and kind.sub_event_type != "Peaceful protest"
        # (and a title's bare toll, "Nine killed in Senegal unrest", is the riot or the crackdown the body tells)
        crowd_told = cand.event_type in (PROTESTS, RIOTS) and cand.sub_event_type != "Peaceful protest"
        if not ((violent or crowd) and loose_violence(cand) or violent and _a_side_s_fire(group, cand) or
                crowd_told and all(c.headline and loose_violence(c) for c in group) or
                violent and all(loose_violence(c) for c in group) or crowd and crowd_control(cand) or
                # (and its dispersal: "An angry mob set fire to a police station ... Officers fired rubber bullets and
                # tear gas to disperse the crowd": the riot's intervention, no protest of its own)
                kind.event_type == RIOTS and cand.sub_event_type == "Protest with intervention" and
                not _dated_apart(group, cand) or
                kind.event_type == RIOTS and _crowd_violence(cand) or
                # (and the violence of the crowd the force fired on: "police opened fire on garment workers protesting
                # ... Workers blocked a highway and threw stones at police": one riot, the force its other side)
                kind.sub_event_type == "Excessive force against protesters" and
                cand.sub_event_type == "Violent demonstration" and not _dated_apart(group, cand) or
                violent and (_told_again(group, cand) or _part_retold(group, cand) or _doers_toll(group, cand))):
            return False
    sides = (_group_value(group, "actor1"), _group_value(group, "actor2")) \
        if kind.sub_event_type == cand.sub_event_type == "Armed clash" else ()
    for role in ("actor1", "actor2"):
        a, b = _group_value(group, role), getattr(cand, role)
        if b and any(x and one_group(x.actor, b.actor) for x in sides):
            continue  # a fight's side told in the other role ("12 SDF fighters were killed in the fighting"): in a battle
            # the order of the sides means nothing
        if a and b and not one_group(a.actor, b.actor) and not (a.actor.generic or b.actor.generic) and \
                not (_told_again(group, cand) and a.actor in cand.named):
            # (a title's party the body's telling names too: "Strike kills three Kataib Hezbollah fighters" - "A
            # strike on a base of the PMF killed three fighters of Kataib Hezbollah")
            return False
    if (loose_violence(cand) or _doers_toll(group, cand)) and (cand.place is None or cand.place_key[1] != 0):
        return True  # "Two of those wounded are in critical condition": no scene of its own
    if _told_again(group, cand) or kind.event_type == STRATEGIC and all(c.headline for c in group) and \
            not cand.headline and cand.sub_event_type == kind.sub_event_type:
        # (a title names the country or the region: "Papua rebels kill soldier", "Colombia and rebels extend truce" -
        # "signed an agreement in Havana")
        return True
    place = min((c for c in group if c.place), key=lambda c: c.place_key, default=None)
    if _another_town_another_day(group, cand, place):
        return False
    if _also_at_a_town_of_its_own(group, cand, place):
        return False
    if _another_strike_at_a_town_of_its_own(group, cand, place, kind):
        return False
    if cand.listed and place is not None and cand.place is not None and cand.place_key[1] == 0 and \
            cand.place.record["name"] != place.place.record["name"] and \
            cand.place.record.get("geonameid") != place.place.record.get("geonameid"):
        return False  # an item of a sitrep's list at a place of its own ("- Jabalia: 22 killed ... - Khan Younis: 14 killed")
    if _scene_of_its_own(group, cand):
        return False  # a crowd at another town, however near: another protest (ACLED codes one event per place)
    if compatible(place.place.record if place else None, cand.place.record if cand.place else None):
        return True
    # two places for one violent act: a street named like a town elsewhere, a city and its
    # neighbourhood. Only an act dated differently in its own sentence is another incident.
    if kind.trigger.rule.sub_event_type == LETHAL and cand.trigger.rule.sub_event_type == LETHAL:
        return not _dated_apart(group, cand)
    return False


def _a_side_s_fire(group: list[Candidate], cand: Candidate) -> bool:
    """Fire with no target and no toll, by a side of the fight told, on its day ("Two militants were killed in an
    exchange of fire with police ... Police stopped their vehicle and the men inside opened fire"): that fight told
    again, no attack of its own (not a side's other act: a raid's, a taking's)."""
    return cand.sub_event_type in ("Attack", "Armed clash") and cand.actor1 is not None and cand.actor2 is None and \
        not cand.casualties and any(c.sub_event_type == "Armed clash" for c in group) and \
        not _dated_apart(group, cand) and any(a is not None and one_group(a.actor, cand.actor1.actor)
            for a in (_group_value(group, "actor1"), _group_value(group, "actor2")))


def _talks_of_the_agreement(group: list[Candidate], cand: Candidate) -> bool:
    """'Russian and Ukrainian delegations met in Istanbul and agreed to exchange 1,000 prisoners ... The talks lasted
    less than two hours': the meeting that reached the agreement, told again, is the agreement, no development of its own."""
    return cand.trigger.rule is TALKS and any(c.sub_event_type == "Agreement" for c in group) and \
        not _dated_apart(group, cand)


def _rescue_fought(group: list[Candidate], cand: Candidate) -> bool:
    """'Army frees 40 hostages near Beni' - 'freed 40 hostages ... after heavy fighting': a release a title tells that
    the body tells as a fight (or the body's killing of the captors) is that act."""
    title_release = [c for c in (*group, cand) if c.headline and c.trigger.rule is RELEASE]
    return bool(title_release) and any(not c.headline and c.event_type in VIOLENT_TYPES for c in (*group, cand)) and \
        all(c.headline and c.trigger.rule is RELEASE or not c.headline for c in (*group, cand))


_PART_OF_AN_ATTACK = ("Looting/property destruction", "Change to group/activity", "Disrupted weapons use")


def _destruction_of_the_act(group: list[Candidate], cand: Candidate, kind: Candidate) -> bool:
    """Homes burned, cattle stolen, shops looted by no other party than the violent act's (one with victims), with no
    toll, day or scene of their own ("Gunmen killed 12 villagers ... They also burned several homes and stole cattle",
    "... abducted ten others, and shops were looted"): what the attackers did there, part of that one act (ACLED
    codes the most severe). So is a riot's damage, with victims or none ("Youths hurled stones at riot police ...
    Several shops were vandalised"): ACLED codes the riot once, what its crowd wrecked inside it."""
    riot = kind.event_type == RIOTS
    if cand.sub_event_type != "Looting/property destruction" or kind.event_type not in VIOLENT_TYPES and not riot or \
            any(m.best for m in cand.casualties) or _dated_apart(group, cand) or \
            not riot and not any(m.best for c in group for m in c.casualties):
        return False  # (an act with no victims is its destruction: "a suspected arson attack on a building ... set fire")
    doer = group_actor(group, "actor1")
    if cand.actor1 is not None and not (doer is not None and one_group(doer.actor, cand.actor1.actor)):
        return False  # (another party's: "Protesters later looted shops")
    return cand.place is None or cand.place_key[1] != 0 or \
        compatible(kind.place.record if kind.place else None, cand.place.record)


# strikes from afar, whose missile or drone a blast told after them is
_STRIKES_FROM_AFAR = ("Shelling/artillery/missile attack", "Air/drone strike")


def _blast_of_the_strike(group: list[Candidate], cand: Candidate, kind: Candidate) -> bool:
    """A bare blast, no device named and no toll of its own, told beside a strike from afar on its day ("A tanker was
    hit by a missile ... The crew reported an explosion on deck"): the strike's impact, not a bomb of its own; at no
    scene of its own (a place it names as where the ship was bound is none)."""
    if not cand.bare_blast or cand.sub_event_type != "Remote explosive/landmine/IED" or \
            kind.sub_event_type not in _STRIKES_FROM_AFAR or any(m.best for m in cand.casualties) or \
            _dated_apart(group, cand):
        return False
    return cand.place is None or cand.place_key[1] != 0 or cand.place.destination or cand.place.origin or \
        compatible(kind.place.record if kind.place else None, cand.place.record)


# a place taken by force (a withdrawal from it told with it is the same incident)
_TAKINGS = ("Non-state actor overtakes territory", "Government regains territory")


def _taken_place_left(group: list[Candidate], cand: Candidate, kind: Candidate) -> bool:
    """A withdrawal told with a taking, of its day and place, by the side that lost it or by men unnamed ("Somali forces
    recaptured Adan Yabaal ... The militants withdrew without a fight", "The RSF seized the army's headquarters ...
    troops had withdrawn to safer positions"): the losing side's leaving of the place taken, no second act."""
    return cand.sub_event_type == "Non-violent transfer of territory" and kind.sub_event_type in _TAKINGS and \
        not cand.casualties and not _dated_apart(group, cand) and \
        (cand.actor1 is None or cand.actor1.actor.generic or
         (loser := _group_value(group, "actor2")) is not None and one_group(loser.actor, cand.actor1.actor)) and \
        (cand.place is None or cand.place_key[1] != 0 or
         compatible(kind.place.record if kind.place else None, cand.place.record))


def _seized_in_the_act(group: list[Candidate], cand: Candidate, kind: Candidate) -> bool:
    """Arms seized by the force that fought, arrested or was attacked, at no scene of their own ("The soldiers came under
    fire ... The troops seized 11 rifles", "arrested a cartel commander ... Troops seized rifles, grenades and a drone"):
    the haul of that act, no disrupted weapons use of its own. So are men a force that fought arrested, on the fight's
    day and told as arrested already or in the sentences right after it with no day of their own ("Security forces raided a hideout, killing two militants and arresting five others
    after an exchange of fire. Those arrested included a bomb maker"): the raid's arrests, no arrests of their own (not
    a new man's: "A teenager ... was arrested Sunday")."""
    if cand.sub_event_type == "Arrests":
        # (or men the force arrested in the sentences right after its fight, with no day of their own: "Police killed
        # eight suspects during a raid ... Police arrested 12 people and seized nine rifles")
        if kind.event_type != BATTLES or _dated_apart(group, cand) or not (
                cand.arrested_back or (cand.date is None or cand.date_distance != 0) and
                cand.sentence - max(c.sentence for c in group) <= 2):
            return False
    elif cand.sub_event_type != "Disrupted weapons use" or cand.trigger.rule is INTERCEPTION:
        return False  # (drones or missiles brought down in the air are no haul of a fight on the ground)
    if cand.casualties or not (
            kind.event_type in (BATTLES, RIOTS) or kind.sub_event_type == "Arrests" and len(group) == 1):
        return False  # (an arrest's haul only to the arrest alone: a group it joins may take in other acts)
    doers = [a for a in (_group_value(group, "actor1"), _group_value(group, "actor2")) if a is not None]
    if cand.actor1 is not None and not any(one_group(cand.actor1.actor, a.actor) for a in doers) and not (
            cand.sub_event_type == "Disrupted weapons use" and cand.actor1.actor.inter in STATE_INTERS and
            any(a.actor.inter in STATE_INTERS for a in doers)):
        # (the state's forces of one operation, told by two names: "Security forces shot dead two gunmen ... Police
        # stopped their car and found weapons inside")
        return False
    if cand.sub_event_type == "Arrests" and cand.place is not None and cand.place_key[1] == 0 and kind.place is not None:
        # (men arrested at a place of their own, even a near town or the county, were taken apart or held there: "booked
        # into the Stark County jail"): only at the fight's own place
        return kind.place.record.get("geonameid") == cand.place.record.get("geonameid") or \
            kind.place.record["name"] == cand.place.record["name"]
    return cand.place is None or cand.place_key[1] != 0 or \
        compatible(kind.place.record if kind.place else None, cand.place.record)


def summary_doer(group: list[Candidate], cand: Candidate) -> Candidate:
    """A doerless act told apart after a strike or a shelling ("Russia launched a missile and drone attack on western
    Ukraine. In Lviv, one person was killed; in Ternopil, two were wounded"): the summary's doer and kind of act."""
    head = next((c for c in group if not c.headline), group[0])  # (the body's act: a title says less)
    doer = group_actor(group, "actor1")
    if head.event_type != EXPLOSIONS or doer is None or cand.small_arms:
        return cand  # (not "In Bilozerka, a Russian sniper killed a woman": a shooting, no strike's)
    return replace(cand, trigger=head.trigger, actor1=doer, event_type=head.event_type, sub_event_type=head.sub_event_type)


def launchers_of_interceptions(merged: list[list[Candidate]]) -> None:
    """An interception with no launcher told acts on the doer of the violent act told just before it ("The Houthis said
    they had fired missiles at the carrier ... the missiles were intercepted"; "Ukrainian naval drones struck a landing
    ship ... its Black Sea Fleet had destroyed five uncrewed boats")."""
    for k, group in enumerate(merged):
        head = group[0]
        if head.trigger.rule is not INTERCEPTION or head.actor2 is not None:
            continue
        before = next((g for g in reversed(merged[:k]) if g[0].event_type in VIOLENT_TYPES), None)
        launcher = group_actor(before, "actor1") if before else None
        if before is None and (claim := next((g for g in merged[k + 1:] if _launch_claimed(g, head)), None)):
            # ... or the group that says after it that it fired them ("Three other drones launched from Yemen were
            # intercepted ... Houthi military spokesman Yahya Saree said the group had fired a ballistic missile at Eilat")
            launcher = group_actor(claim, "actor1")
        if head.actor1 is None and launcher is not None and (aimed_at := group_actor(before, "actor2")) is not None and \
                aimed_at.actor.inter in STATE_INTERS:
            # "... fired missiles at the USS Harry S. Truman ... the missiles were intercepted": by the force they were aimed at
            head.actor1 = aimed_at
        if head.actor1 is not None and launcher is not None and not launcher.actor.generic and \
                launcher.actor is not head.actor1.actor:
            head.actor2 = launcher


def _launch_claimed(group: list[Candidate], interception: Candidate) -> bool:
    """Whether a group tells a launch an armed group says it made, with no harm told, in the two sentences after an
    interception ("... said the group had fired a ballistic missile at Eilat in support of Gaza")."""
    head = group[0]
    return head.event_type == EXPLOSIONS and 0 < head.sentence - interception.sentence <= 2 and \
        head.actor1 is not None and head.actor1.speaker and not head.actor1.actor.generic and \
        head.actor1.actor.inter in ARMED_GROUP_INTERS and not any(m.best for c in group for m in c.casualties)


def strikes_launched_by(merged: list[list[Candidate]]) -> None:
    """A strike with no doer told beside an interception of a launcher's weapons was that launcher's ("A drone attack
    caused a fire at an oil depot ... the ministry said Ukrainian drones were destroyed over the region")."""
    for group in merged:
        head = group[0]
        if head.event_type != EXPLOSIONS or group_actor(group, "actor1") is not None:
            continue
        launcher = next((m for g in merged if g[0].trigger.rule is INTERCEPTION and abs(g[0].sentence - head.sentence) <= 1
                         and (m := group_actor(g, "actor2")) is not None), None)
        if launcher is not None and launcher.actor.inter in ARMED_INTERS:
            head.actor1 = launcher


def air_strikes_of_the_one_air_force(merged: list[list[Candidate]]) -> None:
    """An air or drone strike with no doer, in a report whose other air strikes are all one state's forces' ("An
    Israeli air strike on a house killed nine ... Earlier, a drone strike on a motorcycle killed two men"), was that
    force's: a war's report tells one side's strikes (only states' air arms strike from the air in most wars; a
    report that names a second striker's leaves the doerless strike alone)."""
    doers = {id(a.actor): a for group in merged if group[0].sub_event_type == "Air/drone strike"
             and (a := group_actor(group, "actor1")) is not None}
    if len(doers) != 1 or (doer := next(iter(doers.values()))).actor.inter not in STATE_INTERS or doer.actor.generic:
        return
    for group in merged:
        if group[0].sub_event_type == "Air/drone strike" and group_actor(group, "actor1") is None:
            group[0].actor1 = doer


# the weapons of a launch told back as what was brought down: "the missile was intercepted", "most of the rockets were
# intercepted", "it was shot down" (not other weapons counted anew: "shot down 12 drones overnight")
_WEAPONS_TOLD_BACK = re.compile(r"\b(?:(?:the|both|all|most|some|each|many)\s+(?:of\s+the\s+|of\s+them\b)?(?:[\w-]+\s+){0,2}?"
                                r"(?:missiles?|rockets?|drones?|projectiles?|barrage|munitions?)\b|"
                                r"(?:it|they|both|all|most)\s+(?:was|were|had\s+been)\s+(?:\w+\s+)?"
                                r"(?:intercepted|shot\s+down|downed|destroyed))", re.IGNORECASE)
# what an intercepted weapon still did where it fell: "wounded by falling debris", "Fragments of the missile fell on ..."
_FALLEN_HARM = re.compile(r"\b(?:debris|fragments?|shrapnel|wreckage|falling)\b", re.IGNORECASE)


def _may_hold(scene: dict | None, other: dict) -> bool:
    """Whether another place told could be a scene's, or hold it (a province holds only its own towns)."""
    return scene is None or compatible(scene, other) and (
        other.get("feature_code") != "ADM1" or scene.get("admin1_code") in (None, other.get("admin1_code")))


_WEAPON_KINDS = re.compile(r"\b(?:(?P<drone>drones?)|(?P<missile>missiles?|rockets?))\b", re.IGNORECASE)


def _weapon_kinds(text: str, span: tuple[int, int]) -> set[str]:
    """The kinds of weapons in flight a sentence names: {"drone", "missile"} (rockets are missiles here)."""
    return {m.lastgroup for m in _WEAPON_KINDS.finditer(text, *span)}


def foiled_launches(text: str, merged: list[list[Candidate]]) -> list[list[Candidate]]:
    """An interception told beside the launch it foiled is one act with it, not two ("The Houthis said they fired a
    missile at Eilat. The Israeli military said the missile was intercepted"): with no harm told, the interception (as
    a launch its own sentence tells intercepted is); with harm the weapon's debris did ("Air defences intercepted 23
    Ukrainian drones over the region. A woman was wounded by falling debris"), the launcher's strike."""
    dropped: set[int] = set()
    for k, group in enumerate(merged):
        head = group[0]
        launcher = group_actor(group, "actor2")
        if head.trigger.rule is not INTERCEPTION or launcher is None or launcher.actor.inter not in ARMED_INTERS:
            continue
        near = [j for j, g in enumerate(merged) if j != k and j not in dropped and
                any(abs(c.sentence - head.sentence) <= 1 for c in g if not c.headline)]
        launch = next((j for j in near if merged[j][0].event_type == EXPLOSIONS and merged[j][0].sentence < head.sentence
                       and (a1 := group_actor(merged[j], "actor1")) is not None and a1.actor is launcher.actor), None)
        if launch is None and _WEAPONS_TOLD_BACK.search(text, *head.span):
            # ... or told further back, where the interception tells its weapons back and the launch did harm ("Russia
            # launched a large drone attack ..., but debris hit a residential building, wounding four ... The air force
            # said it had shot down 71 of the drones"): a part of that strike, however many sentences apart
            launch = next((j for j, g in enumerate(merged) if j != k and j not in dropped and g[0].event_type == EXPLOSIONS
                           and g[0].sentence < head.sentence and (a1 := group_actor(g, "actor1")) is not None and
                           a1.actor is launcher.actor and any(m.best for c in g for m in c.casualties)), None)
        claim = next((j for j in range(k + 1, len(merged)) if j not in dropped and _launch_claimed(merged[j], head) and
                      group_actor(merged[j], "actor1").actor is launcher.actor), None) if launch is None else None
        if claim is not None:
            dropped.add(claim)  # the launcher's word of the launch foiled: the interception told
            continue
        if launch is not None and any(m.best for c in group for m in c.casualties):
            # harm the interception's own sentence tells ("intercepted most of the rockets, but one struck a home,
            # lightly injuring a woman"): the launcher's strike, its interceptions a part of it
            lead = merged[launch][0]
            merged[launch].extend(replace(c, trigger=lead.trigger, event_type=lead.event_type,
                                          sub_event_type=lead.sub_event_type, actor1=lead.actor1, actor2=None)
                                  for c in group)
            dropped.add(k)
            continue
        if launch is not None and any(m.best for c in merged[launch] for m in c.casualties) and \
                _weapon_kinds(text, merged[launch][0].span) & _weapon_kinds(text, head.span) and \
                all(_may_hold(merged[launch][0].place.record if merged[launch][0].place else None, c.place.record)
                    for c in group if c.place is not None and c.place_key[1] == 0):
            # the launch's weapons of that kind that got through did harm ("Ukraine launched a drone attack on the
            # region ... Air defences destroyed 25 Ukrainian drones ... a drone hit a car, killing the driver"): one
            # strike, its interceptions a part of it (not those over a scene of their own: "... including 91 over the
            # Moscow region")
            dropped.add(k)
            continue
        if launch is not None and not any(m.best for c in merged[launch] for m in c.casualties) and \
                _WEAPONS_TOLD_BACK.search(text, *head.span):
            # (the launch's sentences tell the same act: its day and its target's place, as the interception's)
            group.extend(replace(c, trigger=head.trigger, event_type=head.event_type, sub_event_type=head.sub_event_type,
                                 actor1=head.actor1, actor2=launcher) for c in merged[launch])
            dropped.add(launch)
            continue
        harm = next((j for j in near if (loose_violence(merged[j][0]) or _debris_hurt(merged[j][0])) and
                     merged[j][0].sentence != head.sentence and
                     any(m.best for c in merged[j] for m in c.casualties) and
                     _FALLEN_HARM.search(text, *merged[j][0].span)), None)
        if harm is not None:
            hit = merged[harm][0]
            drones = re.search(r"\bdrones?\b", text[head.span[0]:head.span[1]], re.IGNORECASE) is not None
            hit.actor1, hit.event_type = launcher, EXPLOSIONS
            hit.sub_event_type = "Air/drone strike" if drones else "Shelling/artillery/missile attack"
            dropped.add(k)
    return [g for j, g in enumerate(merged) if j not in dropped]


def _attackers_shot_back(group: list[Candidate], cand: Candidate) -> bool:
    """A force that kills the men of the attack told before ("Two gunmen attacked a checkpoint. Soldiers shot them
    dead"): one armed clash, with no day of its own."""
    doer = _group_value(group, "actor1")
    return cand.shot_back and not _dated_apart(group, cand) and group[0].event_type in VIOLENT_TYPES and \
        doer is not None and doer.actor.inter in ARMED_GROUP_INTERS and not civilian_victims(group)


def _attack_fought_back(group: list[Candidate], cand: Candidate) -> bool:
    """The attacked fighting back against an armed group's act told before ("Gunmen killed nine people in a raid ... One
    of the attackers was also killed when villagers fought back"): the act's resistance, its dead the attackers' (the
    side of the act's doer), no clash or mob of its own, on no day of its own."""
    doer = _group_value(group, "actor1")
    return cand.fought_back and not _dated_apart(group, cand) and group[0].event_type in VIOLENT_TYPES and \
        doer is not None and doer.actor.inter in ARMED_GROUP_INTERS and \
        (cand.actor1 is None or cand.actor1.actor is not doer.actor)


def civilian_victims(group: list[Candidate]) -> bool:
    """Whether the group's act was on civilians (a massacre the army's later killing of the attackers does not retype)."""
    return any(c.actor2 is not None and c.actor2.actor.inter == CIVILIANS or
               any(m.category == "civilians" for m in c.casualties) for c in group if not c.shot_back)


def _arrest_of_the_dead(group: list[Candidate], cand: Candidate) -> bool:
    """A death in custody and the arrest told beside it ("A detainee died in police custody on Saturday, a day after he was
    arrested"; "Police arrested a teenager ... He died in custody hours later"): one act, the death."""
    return cand.custody and all(c.sub_event_type == "Arrests" for c in group) or \
        cand.sub_event_type == "Arrests" and any(c.custody for c in group)


def _claimed_back(group: list[Candidate], cand: Candidate) -> bool:
    """Whether cand is a group's claim of the violent act told before it, in its own words, with no day or toll of its
    own ("A merchant vessel was struck by a missile ... Houthi military spokesman Yahya Saree said the group had
    targeted the ship", "Jihadists killed nine soldiers ... ISWAP said in a statement that it had attacked the base")."""
    # (its toll the group's own claim is none of its own: "Al-Shabaab said its fighters had killed 20 soldiers")
    if not (cand.actor1 is not None and cand.actor1.speaker and all(m.source == CLAIMED for m in cand.casualties) and
            cand.date_distance != 0 and
            cand.event_type in VIOLENT_TYPES and any(c.event_type in VIOLENT_TYPES and not c.headline for c in group)):
        return False
    if (doer := _group_value(group, "actor1")) is None or doer.actor.generic:
        return True
    # ... or the doer's own word of the act of its kind told, at no scene of its own ("An Israeli air strike hit a house
    # in Aitaroun ... The Israeli military said its aircraft had struck a gathering of Hezbollah fighters in the village")
    if one_group(doer.actor, cand.actor1.actor) and any(c.sub_event_type == cand.sub_event_type for c in group) and \
            (cand.place is None or cand.place_key[1] != 0):
        return True
    # ... or the other side's account of the fight, the act's unnamed armed men speaking of its doer ("Israeli forces
    # killed three Palestinian gunmen during a raid ... Islamic Jihad's armed wing said its fighters had clashed with
    # Israeli troops"): one fight told by both sides
    target = _group_value(group, "actor2")
    return cand.actor2 is not None and cand.actor2.actor is doer.actor and target is not None and \
        target.actor.generic and target.actor.inter in ARMED_INTERS and cand.actor1.actor.inter in ARMED_GROUP_INTERS


def _state_doer_s_account(group: list[Candidate], cand: Candidate) -> bool:
    """Whether cand is a state doer's own account of its violent act told before, its forces told by their common words,
    with no day, toll or scene of its own ("An air strike by Myanmar's military on a village school killed 20 ... State
    media said security forces had attacked a gathering of PDF terrorists in the area"): one act, told by both sides
    (and a police shooting told again in its course: "officers shot at two suspected robbers ... one of them reversed
    towards the officers, who fired at his car")."""
    if cand.actor1 is None or not cand.actor1.actor.generic or cand.actor1.actor.inter not in STATE_INTERS or \
            cand.casualties or cand.date_distance == 0 or cand.event_type not in VIOLENT_TYPES or \
            not (cand.place is None or cand.place_key[1] != 0) or \
            not any(c.event_type in VIOLENT_TYPES and not c.headline for c in group):
        return False
    doer = _group_value(group, "actor1")
    # (the country of the act's own scene: not a dateline's, "BANGKOK, March 11 (Reuters) -")
    scene = min((c for c in group if c.place), key=lambda c: c.place_key, default=None)
    country = doer.actor.country if doer is not None and not doer.actor.generic else \
        scene.place.record.get("country_code") if scene is not None else None
    return doer is not None and doer.actor.inter in STATE_INTERS and country is not None and \
        doer.actor.resolved(country)["name"] == cand.actor1.actor.resolved(country)["name"]


def _elsewhere_than_piece(group: list[Candidate], cand: Candidate) -> bool:
    """Whether cand is told at another place than the act of a toll counted place by place (events._per_place) the group
    holds: another of its places, or a later sentence's scene that lies apart ("Among the dead in Khan Younis ...")."""
    pieces = [c for c in group if c.piece]
    if not pieces:
        return False
    if cand.piece and any(c.piece[0] == cand.piece[0] for c in pieces):
        return True
    return cand.place is not None and cand.place_key[1] == 0 and pieces[0].place is not None and \
        places_apart(pieces[0].place.record, cand.place.record)


def _told_again(group: list[Candidate], cand: Candidate) -> bool:
    """A headline's act and the body's first telling of it ("Papua rebels kill soldier" - "Rebels shot dead an
    Indonesian soldier ... on Thursday"): the title sums up the lead, in fewer words (its type may be the vaguer)."""
    # (not a title's plural act, "Sahel: attacks kill dozens": a roundup's sum of its incidents)
    return not cand.headline and group[0].headline and all(c.headline for c in group) and \
        cand.event_type in VIOLENT_TYPES and group[0].event_type in VIOLENT_TYPES and not group[0].trigger.plural


def _part_retold(group: list[Candidate], cand: Candidate) -> bool:
    """The doer's own account of a part of the act told ("Israeli forces killed five Palestinians during a raid" - "The
    military said its troops had killed three gunmen in exchanges of fire"): the same named doer, no day of its own, and
    no more dead than the act's."""
    doer = _group_value(group, "actor1")
    if cand.actor1 is None or cand.actor1.actor.generic or doer is None or doer.actor is not cand.actor1.actor or \
            cand.date_distance == 0:
        return False
    dead = [m.best for m in cand.casualties if m.kind == "killed"]
    told = [m.best for c in group for m in c.casualties if m.kind == "killed"]
    if not dead and fight_retold(group, cand):
        return True
    return bool(dead and told) and max(dead) <= max(told)


def fight_retold(group: list[Candidate], cand: Candidate) -> bool:
    """The named doer's account that an attack's dead, none told as civilians, fell in a fight ("Two Palestinians were
    shot dead by Israeli forces during a raid" - "The military said its soldiers had returned fire after gunmen shot
    at them"): a clash with no dead and no day of its own, the same incident, which it types (events._build)."""
    doer = _group_value(group, "actor1")
    casualties = [m for c in group for m in c.casualties]
    return cand.sub_event_type == "Armed clash" and group[0].sub_event_type == "Attack" and cand.date_distance != 0 and \
        doer is not None and not doer.actor.generic and cand.actor1 is not None and cand.actor1.actor is doer.actor and \
        not any(m.kind == "killed" for m in cand.casualties) and any(m.kind == "killed" for m in casualties) and \
        not any(m.category == "civilians" for m in casualties)


def _days_apart(group: list[Candidate], cand: Candidate) -> bool:
    """An act its own sentence dates two days or more from every day the incident's own sentences give ("On 3 May,
    shelling ... On 5 May, an airstrike ...", "Last month, shelling on the nearby town of Ariha killed six"), or that
    opens on a time of its own ("Last week, the group killed 11 people in Beni"): another incident (as
    background_sentences reads its victims)."""
    own = _own_dates(group)
    if cand.date is None or cand.date_distance != 0 or not own or cand.death:
        return False  # (a victim may die days after the act: "He died of his wounds on Monday")
    d = cand.date
    if cand.opening is d and d.precision >= 3:  # (a week or more: a time told back to)
        return all((o.date_start, o.date_end) != (d.date_start, d.date_end) for o in own)
    if cand.calendar_day and d.precision == 1 and any(m.best and not m.background for m in cand.casualties):
        # a chronicle's days ("Junta aircraft bombed ... on 9 January ... On 11 January, a junta jet struck ..."): each
        # day's act with a toll of its own, of any kind (not "On Jan. 10, Bell was arrested for murder": the act again)
        return all((d.date_start - o.date_end).days >= 1 or (o.date_start - d.date_end).days >= 1 for o in own)
    # (only an act of another kind: the days of one kind of act are often those of its steps, told apart)
    return all(c.sub_event_type != cand.sub_event_type for c in group) and \
        all((d.date_start - o.date_end).days >= 2 or (o.date_start - d.date_end).days >= 2 for o in own)


def _more_dead_found(group: list[Candidate], cand: Candidate) -> bool:
    """'The bodies of three more people were found on Monday, bringing to 12 the number killed in the strike', 'the
    death toll rose to 9 after two more bodies were found': the violent act's dead found in the days after it, its toll
    raised by them (no attack of its own on the day they were found)."""
    if cand.trigger.rule is not BODIES_FOUND or group[0].event_type not in VIOLENT_TYPES or not any(
            m.kind == KILLED and (m.additive or m.revision or m.rule.startswith("death toll")) for m in cand.casualties):
        return False
    own = _own_dates(group)
    return cand.date is None or cand.date_distance != 0 or not own or \
        any(0 <= (cand.date.date_start - o.date_end).days <= LATER_DEATH_DAYS for o in own)


def _dead_of_the_act_found(group: list[Candidate], cand: Candidate) -> bool:
    """'Nine bodies had been found after the fighting', 'the bodies of the militants were left near the post': the dead
    of the fight told (or of the act the sentence names as what they were found after), its toll, no attack of its own
    by an unknown hand (not at a scene or on a day of their own: 'On Monday, police found two bodies in a ditch in
    another town')."""
    if cand.trigger.rule is not BODIES_FOUND or cand.actor1 is not None or group[0].event_type not in VIOLENT_TYPES or \
            _dated_apart(group, cand):
        return False
    if not (cand.found_after or any(c.event_type == BATTLES or _fought_back(c) for c in group)):
        return False
    place = min((c for c in group if c.place), key=lambda c: c.place_key, default=None)
    return cand.place is None or cand.place_key[1] != 0 or \
        compatible(place.place.record if place else None, cand.place.record)


def _reprisal_on_a_day_of_its_own(group: list[Candidate], cand: Candidate) -> bool:
    """A state force's clash, with dead of its own, on another day than the armed group's violent act it answers
    ("Militants attacked a police checkpoint on Monday night, killing two policemen. Security forces launched an
    operation in the area on Tuesday and killed four militants"): the reprisal, another incident (an event a day)."""
    doer = _group_value(group, "actor1")
    return cand.sub_event_type == "Armed clash" and group[0].event_type in VIOLENT_TYPES and \
        cand.actor1 is not None and cand.actor1.actor.inter in STATE_INTERS and \
        doer is not None and doer.actor.inter in ARMED_GROUP_INTERS and \
        any(m.kind == "killed" and m.best and not m.background for m in cand.casualties) and _dated_apart(group, cand)


def _own_toll(c: Candidate) -> bool:
    return any(m.kind == KILLED and m.best and not m.background for m in c.casualties)


def _another_town_another_day(group: list[Candidate], cand: Candidate, place: Candidate | None) -> bool:
    """An act with its own dead, its own day and its own town, told after one with the same of its own ("Gunmen opened
    fire at a bar in Salamanca late on Saturday, killing eight ... On Friday, gunmen killed four people at a car wash in
    the neighbouring city of Celaya"): another incident, however near the two towns lie (each a town: no area that may
    hold the other), its sentence opening on its day (not a roundup's: "Shootings across the city this week left two
    men hurt on Tuesday night ... and a woman dead")."""
    return place is not None and cand.place is not None and cand.place_key[1] == 0 and cand.opening is cand.date and \
        _own_toll(cand) and any(_own_toll(c) for c in group) and _dated_apart(group, cand) and \
        places_apart(place.place.record, cand.place.record)


def _also_at_a_town_of_its_own(group: list[Candidate], cand: Candidate, place: Candidate | None) -> bool:
    """An act told with "also" at a place its own sentence names, no larger than the area the one before is placed in
    ("killed twelve villagers in X, in the Y region ... They also attacked a post in Z on Sunday, killing three"), with
    a toll or a day of its own: the doers' second act, at its place, not the first one's told again (an area may hold
    the town, or lie beside another, so the two places alone do not tell them apart)."""
    return cand.also and place is not None and cand.place is not None and cand.place_key[1] == 0 and \
        place.place.precision >= 3 and cand.place.precision <= place.place.precision and \
        cand.place.record["name"] != place.place.record["name"] and (_own_toll(cand) or _dated_apart(group, cand))


def _another_strike_at_a_town_of_its_own(group: list[Candidate], cand: Candidate, place: Candidate | None,
                                         kind: Candidate) -> bool:
    """A strike or a shelling with dead of its own at a town its own sentence names, after one with its own dead at
    another town ("An air strike on a house in X killed nine ... Earlier, a drone strike on a car in Y killed two men"),
    or at a town of another country (across a border: "drones struck a base near Safed ... In Tyre, a drone strike
    killed two men"), or a strike of another kind at a town of its own ("Russian forces shelled Kherson ... Later on
    Tuesday, a drone attack on the nearby village of Antonivka wounded a woman"): another strike, however near the towns
    lie and on whatever day (a war's strikes hit several towns a day, each at one point); not the toll told again (a
    count the group holds already)."""
    if cand.event_type != EXPLOSIONS or place is None or cand.place is None or cand.place_key[1] != 0 or \
            cand.place.precision != 1 or place.place.precision > 2 or \
            not any(c.event_type == EXPLOSIONS for c in group) or not places_apart(place.place.record, cand.place.record):
        return False
    if kind.event_type == EXPLOSIONS and kind.sub_event_type != cand.sub_event_type and place.place.precision == 1:
        return True
    own = {m.best for m in cand.casualties if m.kind == KILLED and m.best and not m.background}
    told = {m.best for c in group for m in c.casualties if m.kind == KILLED and m.best and not m.background}
    other_country = place.place.record.get("country_code") != cand.place.record.get("country_code")
    return bool(own) and (bool(told) and not own & told or other_country)


def _own_dates(group: list[Candidate]) -> list[DateMention]:
    """The dates the group's acts give in their own sentences."""
    return [c.date for c in group if c.date is not None and c.date_distance == 0]


def _dated_apart(group: list[Candidate], cand: Candidate) -> bool:
    own = _own_dates(group)
    if cand.date is None or cand.date_distance != 0 or not own:
        return False
    return all((d.date_start, d.date_end) != (cand.date.date_start, cand.date.date_end) for d in own)
