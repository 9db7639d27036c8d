"""Who did it to whom: the roles of the actors a sentence names in its act.

assign_roles reads the doer (actor1) and the target (actor2) from voice and linking words ("X's airstrike killed Y",
"killed by X", "clashes between X and Y", "X and Y fought"), from claims and blame ("claimed by X", "X said it
attacked"), and from states named as doers ("Russia launched ..."); speakers, listeners, responders and rescuers are
no party. sub_type settles the ACLED sub-type once the doer, the target and the dead are known.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .actors import (ARMED_GROUP_INTERS, ARMED_INTERS, Actor, ActorMention, CIVILIANS, IDENTITY, OF_THE, REBELS,
                     STATE_INTERS, alias_table, country_codes)
from .matching import may_hold
from .victims import FORCE, CasualtyMention, PERPETRATOR
from .event_types import (BATTLES, BODIES_FOUND, EXPLOSIONS, INTERCEPTION, LETHAL, REPELLED_ASSAULTS, STRATEGIC,
                          TEST_LAUNCH, Trigger, in_title, resolve_sub_type)


PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|got)\s+(?:\w+\s+)?$", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"\b(?:that|who|which|when|while|after|because|as|if|they|he|she|we)\b|[,;:]", re.IGNORECASE)
# "by a group of gunmen", "by fighters of the CODECO militia", "by unidentified gunmen" (and told by their ride: "shot
# dead by motorcycle-riding gunmen", "by unidentified motorcycle-borne assailants", "an attack by heavily armed gunmen";
# not plain "armed": "recovered guns from armed suspects" is no doer)
_DOER_KIND = r"(?:(?:unidentified|unknown|suspected|masked|hooded|paramilitary|rebel|militant|jihadist|islamist|separatist|" \
    r"heavily\s+armed|" \
    r"[a-z]+-(?:riding|borne|wielding|toting))\s+){0,2}"
_GROUP_OF = r"(?:(?:group|band|gang|squad|unit|number|fighters|members|militiamen)\s+of\s+(?:the\s+)?)?" + _DOER_KIND
# "by Yemen's Houthis", "by Sudan's army" (and the kind of force after the country: "A drone strike by Sudan's
# paramilitary Rapid Support Forces hit a market")
_COUNTRYS = r"(?:(?-i:[A-Z])[\w-]*['’]s\s+" + _DOER_KIND + ")?"
# the act's manner between "by" and its doer's demonym: "killed by unprovoked Indian fire", "wounded by
# indiscriminate Russian shelling", "by cross-border Pakistani firing"
_ACT_MANNER = r"(?:(?:unprovoked|indiscriminate|retaliatory|cross-border|heavy|intense|sporadic)\s+)?"
# (and a doer's name in a speaker's scare quotes: 'an attack by "coalition forces"', 'killed by "terrorists"')
_SCARE_QUOTE = r"(?:[\"“]\s*)?"
_AGENT_BEFORE = re.compile(rf"\b(?:by|from)\s+(?:the\s+|an?\s+)?{_ACT_MANNER}{_GROUP_OF}{_COUNTRYS}{_SCARE_QUOTE}$",
                           re.IGNORECASE)
_TARGET_BEFORE = re.compile(r"\b(?:against|on|targeting|targeted|at)\s+(?:the\s+)?(?:positions\s+of\s+(?:the\s+)?)?$",
                            re.IGNORECASE)
# "killed by X", "an airstrike delivered by X", "an IED blast triggered by Maoists" (but not "areas still occupied by X")
_BY_LINK = re.compile(r"(?:\s+(?:blast|explosion))?"  # (a device's blast: "an IED blast triggered by Maoists")
                      r"(?:\s+and\s+(?:\w+ly\s+)?\w+ed)?\s*(?:(?:\w+ly\s+)?(?:carried\s+out|delivered|conducted|launched|staged|led|executed|"
                      r"perpetrated|claimed|fired|planted|laid|detonated|triggered|set\s+off|thrown|hurled|deployed|operated|flown|dropped)\s+)?"
                      r"(?:by\s+(?:[\w-]+\s+)?fire\s+)?"  # "killed by sniper fire from Armenian positions"
                      r"(?:by|from)\s+(?:the\s+|an?\s+)?" + _ACT_MANNER + _GROUP_OF + _COUNTRYS + _SCARE_QUOTE,
                      re.IGNORECASE)
# a named act's victims, then its doer: "the rape of at least 18 women by fighters of the CODECO militia"
_VICTIMS_BY_LINK = re.compile(r"\s+of\s+[^,;.()]{1,40}?\s+by\s+(?:the\s+|an?\s+)?" + _GROUP_OF + _COUNTRYS, re.IGNORECASE)
_PITTED = re.compile(r"\s+(?:has\s+|had\s+)?pitted\s+(?:the\s+)?", re.IGNORECASE)
_OF_LINK = re.compile(r"\s+(?:of|by)\s+(?:the\s+)?(?:[\w-]+\s+)?", re.IGNORECASE)
# acts with one party only: the second actor would be a guess
ONE_SIDED = ("Change to group/activity", "Headquarters or base established", "Other", "Peaceful protest")


# a seizure's verb: by an armed group, what it took in a raid
_WITH_BEFORE = re.compile(r"\bwith\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)
# the day a statement was made, between its verb and what it says: "said on Monday that", "said Monday it had killed"
# (and where it was made: "said in a statement on Telegram that", "said in a televised statement", "said in a statement
# carried by its Amaq news agency")
_IN_STATEMENT = (r"in\s+an?\s+(?:[\w-]+\s+)?(?:statement|video|post|message|communiqu[eé])"
                 r"(?:\s+(?:on|via|carried\s+by|published\s+by|posted\s+on)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?,?\s+")
_SAID_ON = (r"(?:(?:on\s+\w+\s+|(?i:mon|tues|wednes|thurs|fri|satur|sun)day\s+|(?i:later|also)\s+|"
            rf"(?i:{_IN_STATEMENT})){{0,2}})")
# who speaks for a group, between its name and the verb: "Houthi military spokesman Yahya Saree said", "Al-Shabaab's
# military operations spokesman Abdiasis Abu Musab said", "The BLA's spokesman, Jeeyand Baloch, said", "A People's
# Defence Force group said", "Ukraine's military intelligence said", "The Islamic State's Amaq news agency said" (a name
# only after 'spokesman': the alias may end with it, "Houthi military spokesman")
_SPOKESMAN = (r"(?:(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?i:spokes(?:man|woman|person)|(?:press|media)\s+office|group|unit|"
              r"faction|wing|intelligence|command|news\s+agency|media\s+(?:outlet|arm|wing)|propaganda\s+(?:arm|outlet)))?"
              r"(?:(?:(?<=spokesman)|(?<=spokeswoman)|(?<=spokesperson)),?\s+(?-i:[A-Z])[\w'’.-]*"
              r"(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3},?)?(?:\s+(?i:later|also|then))?")
# the group itself, as its statement calls it: "it", "they", "the group", "its fighters", "the group's fighters"
_CLAIMER = (r"(?:it|they|the\s+(?:group|movement|militants|rebels)|(?:its|their|the\s+group['’]s)\s+"
            r"(?:[\w-]+\s+)?(?:fighters|forces|militants|men|units?|drones|mujahideen|members))\s+")
# what it says it did to the act's target: "had targeted", "ambushed", "fired", "carried out" (not whom it killed: "The
# army said it killed 30 of the attackers" tells another act)
_CLAIMED_VERB = (r"(?:targeted|attacked|struck|hit|fired|launched|ambushed|bombed|shelled|shot\s+down|downed|"
                 r"carried\s+out|conducted|blew\s+up|detonated|stormed|raided|overran|"
                 # (or took the place it attacked: "JNIM said it had seized the camp")
                 r"seized|captured|took\s+control\s+of)\b")
# (and an apposition between: "Al-Shabab, the al-Qaida-linked extremist group, claimed responsibility", "JNIM, al
# Qaeda's affiliate in the Sahel, claimed")
# (its abbreviation may come before the apposition: "The West Papua National Liberation Army (TPNPB), the armed wing of
# the Free Papua Movement, claimed responsibility")
# (or a "which" clause: "The People's Anti-Fascist Front, which India says is a front for X, claimed responsibility")
# (the group's name perhaps in quotes: 'The so-called "Islamic State" claimed responsibility', as DW writes it)
CLAIMED_AFTER = re.compile(r"[\"”]?(?:\s+\([^()]{1,20}\))?(?:,\s+(?:(?:the|an?|(?:[\w-]+\s+)?[\w-]+['’]s)\s+[^,.;()]{1,60}|"
                            # (or the comma that closes an apposition before the name: "Al Qaeda's Sahel affiliate,
                            # JNIM, claimed responsibility")
                            r"which\s+[^,.;()]{1,80}),)?,?\s+(?:\([^()]{1,20}\)\s+)?"
                            # (its branch where it acts: "The Islamic State group's affiliate in the region claimed")
                            r"(?:(?:affiliate|branch|franchise|offshoot)\s+in\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+)?"
                            r"(?:[\w-]+\s+){0,2}?"
                            r"(?:(?:has\s+|have\s+|had\s+)?claimed\s+(?:responsibility|credit|the\s+"
                            r"(?:attacks?|raids?|bombings?|killings?|massacre|blast|assault|strike|ambush|abduction|kidnapping|"
                            # (a launch: "Islamic Jihad's armed wing claimed the launch", "claimed the rocket fire")
                            r"launch|launches|rocket\s+fire|shooting|stabbing))|"
                            # ("Islamic State Sahel Province said on Friday it was behind an attack that killed 34")
                            r"said\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:it|they)\s+(?:was|were)\s+(?:behind|responsible\s+for))\b",
                            re.IGNORECASE)
# ... or told in the passive: "The attack was claimed by Islamic State Khorasan Province", "a bombing claimed by JNIM",
# "The strike, which killed 12, was carried out by the RSF", "a drone attack blamed on the CJNG"
# (and the weapon's users told as its agent: "the explosives were dropped by FARC dissidents", "a mine planted by ...")
# (or a faction of the group, by its name or number: "was carried out by the Carlos Patino front of the Estado Mayor
# Central", "claimed by a splinter faction of the TTP", "by the 36th Front of the EMC": the group's act)
CLAIMED_BY_BEFORE = re.compile(r"\b(?:(?:claimed|carried\s+out|perpetrated|dropped|planted)\s+by|blamed\s+on)\s+(?:the\s+|an?\s+)?"
                                r"(?:(?:fighters|members|militants|guerrillas|elements)\s+of\s+(?:the\s+)?|"
                                r"(?:[\w'’-]+\s+){0,4}?(?:front|bloc|block|column|brigade|battalion|wing|faction|cell|"
                                r"unit|structure|commando)\s+of\s+(?:the\s+)?)?$",
                                re.IGNORECASE)
# ... or says it did it: "The U.S. military said it carried out the strike", "Houthi military spokesman Yahya Saree said
# the group had targeted the ship", "JNIM said in a statement that its fighters had ambushed the convoy"
# (its letters in brackets may come first: "The Balochistan Liberation Army (BLA) said its fighters had carried out")
OWNED_AFTER = re.compile(r"(?:\s+\([^()]{1,20}\))?" + _SPOKESMAN +
                          # (an apposition between: "JNIM, al Qaeda's affiliate in the Sahel, said it had seized the camp")
                          r"(?:,\s+(?:the|an?|(?:[\w-]+\s+)?[\w-]+['’]s)\s+[^,.;()]{1,60},)?\s+said\s+" + _SAID_ON + r"(?:that\s+)?" + _CLAIMER +
                          r"(?:had\s+|has\s+|have\s+)?(?:\w+ly\s+)?" + _CLAIMED_VERB)
# ... or, an armed group, says whom its men killed: "The Pakistani Taliban said its fighters had killed 30 soldiers in
# the clash" (a state's word of whom it killed may tell an act of its own: "The army said it killed 30 of the attackers")
OWNED_KILLING_AFTER = re.compile(r"(?:\s+\([^()]{1,20}\))?" + _SPOKESMAN + r"\s+said\s+" + _SAID_ON + r"(?:that\s+)?" +
                                 _CLAIMER + r"(?:had\s+|has\s+|have\s+)?killed\b")
BLAMED_BEFORE = re.compile(r"\b(?:blam(?:ed|es|ing)\s+(?:the\s+(?:[\w-]+\s+)?(?:attacks?|bombings?|killings?|"
                            r"massacres?|blasts?|explosions?)\s+on\s+)?|attribut(?:ed|es|ing)\s+the\s+(?:[\w-]+\s+)?"
                            r"(?:attacks?|bombings?|killings?|massacres?|blasts?|explosions?)\s+to\s+"
                            # ("attributed the killings to a war between rival factions of the Sinaloa Cartel")
                            r"(?:(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:war|feud|dispute|rivalry|conflict|fighting|infighting)\s+"
                            r"(?:between|among|within)\s+(?:the\s+)?(?:two\s+)?(?:(?:rival|warring|competing)\s+)*"
                            r"(?:factions|wings|cells|groups)\s+(?:of|in|within)\s+)?|"
                            # ("an attack that the Ombudsman's Office attributed to FARC dissidents")
                            r"attribut(?:ed|es|ing)\s+to\s+|"
                            # ("shot dead in what police believe is linked to a feud within the South East Antrim UDA", "an
                            # attack police have linked to a dispute within the loyalist paramilitary UVF": a group's own feud)
                            r"linked\s+to\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:feud|dispute|rivalry|infighting|power\s+struggle)\s+"
                            r"(?:among|within|in)\s+(?:the\s+)?(?-i:[a-z][\w-]*\s+){0,2})(?:the\s+)?"
                            # (the group's men: "blamed members of the Bangsamoro Islamic Freedom Fighters")
                            r"(?:(?:members|fighters|militants|elements|operatives)\s+of\s+(?:the\s+)?)?"
                            # (a unit of the group: "blamed the Jaime Martinez front of the Estado Mayor Central")
                            r"(?:(?-i:[A-Z][\w'’-]*\s+){1,3}(?:front|bloc|column|faction|cell|wing|structure)\s+of\s+(?:the\s+)?)?"
                            # ("blamed Malay Muslim insurgents", "blaming the paramilitary Rapid Support Forces")
                            r"(?-i:[a-z][\w-]*\s+)?(?-i:(?:[A-Z][\w'’-]*\s+){0,2})$", re.IGNORECASE)
# ... or the doers said to be a group in a later sentence: "The perpetrators are believed to be ADF elements"
# (or identified as one by a source: "The attackers, identified by the army as fighters of the Allied Democratic Forces")
SUSPECTED_DOERS_BEFORE = re.compile(r"\b(?:perpetrators|attackers|assailants|gunmen|killers|kidnappers|abductors|culprits)"
                                     # (or in apposition: "The attackers, suspected to be armed herdsmen, stormed")
                                     r"(?:(?:\s+(?:are|were|is|was)|,)\s+(?:(?:widely\s+|strongly\s+)?(?:believed|suspected|thought)\s+to\s+"
                                     r"(?:be|have\s+been)|(?:(?:were|was|have\s+been|had\s+been)\s+)?identified\s+"
                                     r"(?:by\s+(?:the\s+)?(?:[\w-]+\s+){1,3}?)?as)|"
                                     # (or by whom they belong to: "investigators believed the killers belonged to the
                                     # Barrio 18 gang")
                                     r"\s+(?:(?:probably|likely|all)\s+)?belong(?:ed|s)?\s+to)\s+"
                                     r"(?:(?:members|fighters|militants|elements|part)\s+of\s+)?(?:the\s+)?$",
                                     re.IGNORECASE)
# ... or a group the police or the army suspect: "Police said they suspected local militants of the pro-IS group Dawlah
# Islamiyah", "troops suspected fighters of ISWAP of carrying out the killings" (a verb, told by its subject or by "of
# doing" after the group; not the adjective of "a suspected NPA member")
_SUSPECTING_BEFORE = re.compile(r"\b(?P<subject>(?:they|we|he|she|police|officials|authorities|investigators|prosecutors|"
                                r"troops|army|military|officers|sources)\s+(?:(?:also|strongly|initially)\s+)?)?"
                                r"suspect(?:ed|s)?\s+(?:[\w-]+\s+)?(?:(?:members|fighters|militants|elements|cadres|men)\s+"
                                r"of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?)?$", re.IGNORECASE)
_SUSPECTED_OF_AFTER = re.compile(r"\s+(?:of\s+[\w-]+ing\b|(?:was|were|had\s+been)\s+behind\b)", re.IGNORECASE)


def suspected_doer(text: str, start: int, end: int) -> bool:
    """Whether the group at start:end is one someone says they suspect of the act."""
    found = _SUSPECTING_BEFORE.search(text, max(0, start - 100), start)
    return found is not None and (found.group("subject") is not None or _SUSPECTED_OF_AFTER.match(text, end) is not None)


# "fighting between X and Y", "fighting erupted in Khartoum on Saturday between X and Y": the two parties, in the
# order written (but not of another act: "the shooting was sparked by a fight between X and Y")
_BETWEEN_AFTER = re.compile(r"\s+(?:(?!(?:by|after|over|from)\s)[\w-]+\s+){0,6}?between\s", re.IGNORECASE)
# "... were wounded when gunmen opened fire": in a passive sentence, the doer of the clause that tells how
_BELIEVED_TO_BE = re.compile(r",?\s+(?:(?:who\s+(?:are|were)\s+)?(?:believed|suspected|thought|said|reported)\s+to\s+"
                             r"(?:be|have\s+been|belong\s+to)|identified\s+as)\s+(?:(?:members|fighters|militants|part)\s+of\s+)?"
                             # (and the group told by its ties: "believed to belong to the al Qaeda-linked JNIM")
                             r"(?:the\s+)?(?:(?:[\w'’]+\s+)?[\w'’]+-(?:linked|affiliated|allied|backed)\s+)?,?|"
                             # (or told by whom they are tied to: "Insurgents linked to the Islamic State", "gunmen loyal to X")
                             r"\s+(?:linked|affiliated|allied|aligned|tied|loyal|belonging)\s+(?:to|with)\s+(?:the\s+)?",
                             re.IGNORECASE)
_OPENING_BRACKET = re.compile(r"\s*\(\s*")
_IN_BEFORE = re.compile(r"\bin\s+(?:an?\s+|the\s+)?$", re.IGNORECASE)
# an act named after its doer ("an army raid", "an RSF attack", "the militia's assault")
_ACT_NOUN_AFTER = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+)?(?:raids?|attacks?|ambush(?:es)?|(?:air|drone|missile)?\s*strikes?|"
                             r"airstrikes?|assaults?|offensives?|shelling|bombardments?|bombings?|operations?|"
                             r"crackdown|incursions?|(?:gun)?fire|firing)\b", re.IGNORECASE)
# (or its men: "were killed when fighters of the National Liberation Army attacked")
# (or the act's noun the end of its own words: "killed in a Russian attack on Kharkiv"; a side's fire is its guns',
# "killed in the Israeli fire", "killed in army fire")
_ACT_NOUN_END = re.compile(r"(?:attacks?|assaults?|offensive|shelling|bombardment|(?<![\w-])(?:gun)?fire|firing)$", re.IGNORECASE)
# (the doers counted or grouped and told how: "when about 30 heavily armed men attacked", "when a group of masked gunmen",
# or told by their creed or cause: "when Islamist rebels attacked the town", "when jihadist fighters stormed")
_HOW_BEFORE = re.compile(r"\b(?:when|as|after)\s+(?:(?:the|an?|two|three|four|five|several|some|about|around|nearly|up\s+to|"
                         r"at\s+least|more\s+than|\d+|dozens\s+of|(?:group|gang|band)\s+of)\s+){0,3}"
                         r"(?:(?:heavily|unknown|unidentified|masked|suspected|armed|islamist|jihadist|extremist|separatist|"
                         r"insurgent|rebel|militant)\s+){0,2}"
                         r"(?:(?:fighters|members|militants|gunmen|militiamen)\s+(?:of|from)\s+(?:the\s+)?)?$", re.IGNORECASE)
# (the second may be named at the end of its own words: "Malian soldiers and Russian mercenaries of the Wagner Group")
# (the second perhaps with a word that tells what it is: "Sudan's army and the paramilitary RSF", "and the Rwanda-backed M23")
_PARTY_MODIFIER = r"(?:(?:paramilitary|nationalist|islamist|jihadist|separatist|ethnic|rebel|armed|allied|rival|militant|" \
    r"insurgent|[\w]+-(?:backed|led|linked|aligned|allied))\s+)?"
# (the second perhaps told as suspected, or by its country's demonym: "Malian soldiers and suspected Russian Wagner Group
# fighters executed ...": one side, the state's men and their foreign auxiliaries)
_AND_LINK = re.compile(r"(?:,\s*|\s+)(?:and|&)\s+(?:the\s+)?(?:(?:suspected|alleged)\s+)?(?:(?-i:[A-Z][a-z]+(?:an|ese|i|ish))\s+)?(?:[\w-]+\s+(?:of|from)\s+(?:the\s+)?|[\w-]+\s+[\w-]+\s+(?:of|from)\s+(?:the\s+)?|"
                       + _PARTY_MODIFIER + r")|,\s*", re.IGNORECASE)
# the doer of a passive act told after the rest of its clause, "by X" after no participle of its own ("was shot dead at
# his home early on Wednesday by a group of gunmen", not "killed in areas occupied by the militants")
_LATE_AGENT_BEFORE = re.compile(rf"(?<!ed)(?<!\bheld)(?<!\brun)(?<!\bled)\s+by\s+(?:the\s+|an?\s+)?{_ACT_MANNER}{_GROUP_OF}$",
                                re.IGNORECASE)
_STATE_GENERIC_NAMES = ("Military Forces of {country}", "Police Forces of {country}")
_REBELS_GENERIC_NAME = "Opposition Rebels ({country})"
_COMMUNITY_HOMES_AFTER = re.compile(r"['’]?s?\s+(?:settlements?|camps?|villages?|communit(?:y|ies)|hamlets?|homes?|houses?|"
                                    r"homesteads?)\b", re.IGNORECASE)
# a verb's object right after it ("forced passengers off", "rounded up villagers")
_OBJECT_OF_VERB_BEFORE = re.compile(r"\b(?-i:[a-z]+ed)\s+(?:up\s+|down\s+)?(?:the\s+|their\s+|its\s+|some\s+)?$", re.IGNORECASE)
# ... in the doer's own clause (not "Oakland police said that good Samaritans had picked up the victim")
_SUBORDINATE = re.compile(r"\b(?:that|who|whom|which|when|while|after|before|because|as|if|they|he|she|we|it)\b|[;:]",
                          re.IGNORECASE)
# an indefinite apposition's opening after a name: ", an ethnic ", ", a "
_APPOSITION = re.compile(r",\s+an?\s+(?:(?-i:[a-z][\w-]*)\s+){0,2}")
_FACILITY_END = re.compile(r"\s(?:bases?|camps?|posts?|barracks)$", re.IGNORECASE)  # (a mention that names a place)
FACILITY_AFTER = re.compile(r"\s+(?:stations?|posts?|academy|headquarters|compounds?|barracks|buildings?|checkpoints?|"
                             r"bases?|camps?|hide-?outs?|safe\s*houses?|vehicles?|cars?|vans?|trucks?|buses?)\b", re.IGNORECASE)
# the group a raided place is told as of, after it ("besieged a camp of the Allied Democratic Forces (ADF)")
_OWNED_PLACE_BEFORE = re.compile(r"\b(?:bases?|camps?|hide-?outs?|safe\s*houses?|dens?)\s+(?:of|belonging\s+to|used\s+by)\s+"
                                 r"(?:the\s+)?(?:(?:[\w'’-]+\s+){1,5}\()?$", re.IGNORECASE)
# (the name's abbreviation in brackets speaks as the name: "The Libyan National Army (LNA) said its forces arrested")
_SAID_IT = re.compile(r"\)?(?:['’]s)?(?:,?\s+(?:backed|supported|led)\s+by\s+(?:[\w'’-]+\s+){0,2}[\w'’-]+,?)?"  # "M23 rebels backed by Rwanda said"
                      + _SPOKESMAN +
                      r"\s+(?:said|says?|announced|claimed|reported|stated)\s+" + _SAID_ON + r"(?:that\s+)?"
                      # (or its own arm: "the coalition said its air defences intercepted")
                      # ... or its arm unpossessed: "Ukraine's air force said air defences downed 40 drones")
                      # (or its units by name: "the Defence Ministry said units of the Centre group of forces had taken")
                      # (its arm perhaps the act's own first word: "the ministry said its forces had struck a meeting of")
                      r"(?:(?:it|they|the\s+group|the\s+movement)\s+|(?:its|their|the\s+group['’]s)\s+(?:[\w-]+\s+){0,2}?|"
                      r"(?:its\s+)?units\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){1,4}?|"
                      r"(?:the\s+)?air\s+defen[cs]es\s+)"
                      # (and the launch of the weapon the act is named by: "said they had fired ballistic missiles and
                      # drones at the carrier"; or the verb that carries the act's noun: "said it carried out strikes")
                      r"(?:had\s+|has\s+|have\s+)?(?:\w+ly\s+)?(?:(?:fired|launched|carried\s+out|conducted)\s+"
                      r"(?:[\w-]+\s+){0,2}?)?",
                      re.IGNORECASE)
# ... or its chief says his men did it, his name after his title or in commas after the group's: "Wagner Group chief
# Yevgeny Prigozhin said his fighters had taken", "The head of Russia's Wagner Group, Yevgeny Prigozhin, said his
# fighters had" (asked only where " his " stands between)
_CHIEF_SAID_IT = re.compile(r"(?:\s+(?:chief|leader|founder|head)\s+|,\s+)(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3},?"
                            r"\s+said\s+" + _SAID_ON + r"(?:that\s+)?his\s+(?:[\w-]+\s+){1,2}?(?:had\s+|has\s+|have\s+)?",
                            re.IGNORECASE)
# ... or the toll it took, in the act named after it: "The Taliban said they killed 12 soldiers in an ambush"
# (the act's noun may be a bare plural: "said it had killed 40 fighters in clashes near Bol")
_KILLED_IN = re.compile(r"(?:killed|wounded|injured|shot\s+dead|captured)\s+[^.;:!?\"“”]{0,60}?\s+(?:in|during)\s+"
                        r"(?:(?:an?|the|their|its)\s+)?(?:[\w-]+\s+)?", re.IGNORECASE)


def _said_it_killed(text: str, end: int, trigger_start: int) -> bool:
    said = _SAID_IT.match(text, end, trigger_start)
    return said is not None and _KILLED_IN.fullmatch(text, said.end(), trigger_start) is not None


# (an act told for the first time, "claimed an attack"; "claimed responsibility for the attack" names one told before)
_CLAIMED_ACT = re.compile(r"\s+(?:has\s+|had\s+)?claimed\s+an?\s+(?:[\w-]+\s+)?", re.IGNORECASE)
# (an ally of the act's side, or the fire it withstood: "recaptured Palmyra despite Russian air strikes" is no act on
# Russia, which fought on the other side from the air)
ALLY_BEFORE = re.compile(r"\b(?:(?:backed|supported|assisted|aided|helped)\s+by|despite|"
                         # "carried out with the support of local clan militias"
                         r"with\s+(?:the\s+)?(?:help|support|backing|assistance)\s+of|"
                         # "The strike was conducted at the request of the Somali government" (AFRICOM's words)
                         r"at\s+the\s+request\s+of|in\s+coordination\s+with)\s+(?:the\s+)?(?:local\s+|allied\s+|"
                          r"pro-government\s+|clan\s+|tribal\s+|heavy\s+|intense\s+|a\s+wave\s+of\s+){0,2}$",
                         re.IGNORECASE)


# a country's name as the subject of a military act: "Iran fired a dozen missiles at", "Israel struck",
# "Russia launched a massive missile attack", "Russia launched a combined missile and drone attack", "Russia dropped a
# guided aerial bomb on" (and the words that may stand between the two)
COUNTRY_NAME = r"(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+)?)"  # one or two capitalised words, looked up in country_codes
RESPONSE_VERB = r"(?:responded|retaliated|hit\s+back|struck\s+back)"  # the other side's answer (also events' clauses)
_STATE_SUBJECT = re.compile(COUNTRY_NAME + r"\s+(?:(?:has|have|had|also|again|reportedly)\s+)*"
                            r"(?:(?:launched|carried\s+out|conducted|fired|unleashed|mounted|dropped)\s+"
                            r"(?:[\w-]+\s+){0,5}?|"
                            # (the other side's response: "and Israel responded with air strikes on Nabatieh")
                            + RESPONSE_VERB + r"\s+(?:by|with)\s+(?:[\w-]+\s+){0,3}?)?$")
# ... or, of an exchange told by the captives, the countries that freed them ("The United States and Russia freed 24
# prisoners on Thursday in the biggest swap", "Russia and Ukraine each returned 115 prisoners of war in an exchange")
_STATES_FREED = re.compile(COUNTRY_NAME + r"\s+(?:each\s+)?(?:freed|released|returned|handed\s+over)\s+(?:[\w-]+\s+){0,3}?$")
# ... or the country that says its forces did it: "Russia said on Saturday its forces had taken full control of
# Avdiivka" (asked only where " its " or " it " stands before the act)
# (or "it": "Russia said on Wednesday it had taken full control of the town", the state that fights)
_STATE_SAID_ITS = re.compile(COUNTRY_NAME + r"\s+said\s+" + _SAID_ON + r"(?:that\s+)?(?:its\s+(?:armed\s+)?(?:forces|troops|"
                             r"army|military|units)|it)\s+(?:had\s+|have\s+|has\s+)?$")
_CLAUSE_END = (".", ";", ":", "!", "?", "\n", ",", " and", " then", " -", " –", " —")  # (and a dateline's dash)


def _state_subjects(text: str, trigger: Trigger) -> list[ActorMention]:
    """The state forces of a country named as the subject of a shelling, a strike or a clash, at the start
    of its clause; of an agreement, both countries of "X and Y" ("Russia and Ukraine exchanged 90 prisoners": the
    parties); of a weapons test, the country that tests ("North Korea test-fired cruise missiles"). (Not of a killing
    or a shooting: "Jordan fired at the officers" is a man.)"""
    agreement = trigger.rule.sub_event_type == "Agreement"
    if trigger.rule.event_type not in (EXPLOSIONS, BATTLES) and not agreement and trigger.rule is not TEST_LAUNCH \
            or not trigger.start:
        return []
    found = _STATE_SUBJECT.search(text, max(0, trigger.start - 60), trigger.start)
    if found is None and agreement:
        found = _STATES_FREED.search(text, max(0, trigger.start - 60), trigger.start)
    if found is None and text.find(" it", max(0, trigger.start - 40), trigger.start) >= 0:
        found = _STATE_SAID_ITS.search(text, max(0, trigger.start - 80), trigger.start)
    if found is None:
        found = _main_clause_state(text, trigger)
    if found is None:
        return []
    iso = country_codes().get(found.group("name"))
    lead = THE_BEFORE.sub("", text[:found.start()]).rstrip(" \t")
    second = None
    if iso is not None and lead.endswith(" and") and (first := _FIRST_OF_TWO.search(lead)) and \
            (first_iso := country_codes().get(first.group("name"))):
        # "The United States and Britain carried out strikes": the first of the two acts (as other subjects do)
        second = state_forces(found.start(), found.end("name"), iso)
        iso, found, lead = first_iso, first, THE_BEFORE.sub("", text[:first.start()]).rstrip(" \t")
    if iso is None or (lead and not lead.endswith(_CLAUSE_END) and
                       not (agreement and lead.endswith("of") and _OFFICIALS_OF_BEFORE.search(lead))):
        return []
    if agreement and not (_CAPTIVES_EXCHANGED.search(text, trigger.start, trigger.end) and
                          _SOLDIERS_HELD.search(text, max(0, trigger.start - 80), trigger.end + 300)):
        # a state that signs or reaches a deal is its government ("Armenia and Azerbaijan signed a peace agreement":
        # ACLED's Government of each), as is one that swaps the prisoners it holds ("The United States and Russia freed
        # 24 prisoners in the biggest swap"); soldiers exchanged, told then or in the lines after, are its forces'
        # ("exchanged 90 prisoners of war", "exchanged prisoners ... The returned Ukrainian servicemen")
        second = second and state_government(second.start, second.end, second.actor.country)
        return [state_government(found.start(), found.end("name"), iso)] + ([second] if second else [])
    return [state_forces(found.start(), found.end("name"), iso)] + ([second] if agreement and second else [])


_CAPTIVES_EXCHANGED = re.compile(r"exchang|swap", re.IGNORECASE)
# a group's men told by its name and their noun ("two Moro Islamic Liberation Front rebels")
_MEN_NOUN_AFTER = re.compile(rf"\s+(?:{'|'.join(sorted(FORCE, key=len, reverse=True))})\b", re.IGNORECASE)
_SOLDIERS_HELD = re.compile(r"\b(?:prisoners\s+of\s+war|pows?|servicem[ae]n|soldiers|troops|fighters)\b", re.IGNORECASE)
# the officials a deal's countries sign it through ("The foreign ministers of the Democratic Republic of Congo and
# Rwanda signed a peace agreement"): the countries are its parties
_OFFICIALS_OF_BEFORE = re.compile(r"\b(?:(?:foreign|defen[cs]e)\s+ministers?|(?:prime\s+)?ministers?|leaders?|presidents?|"
                                  r"governments?|delegations?|envoys?|representatives?|negotiators?)\s+of"
                                  r"(?:\s+the)?(?:\s+(?:Democratic\s+)?Republic\s+of(?:\s+the)?)?$", re.IGNORECASE)


# a country's name as what a missile or a shell is fired at: "fired a ballistic missile at Israel's main airport"
_STATE_TARGET = re.compile(r"\s+(?:at|on|into|toward|towards|against)\s+(?:the\s+)?" + COUNTRY_NAME + r"(?!\s*[-–]|\w)")


def _state_target(text: str, trigger: Trigger) -> ActorMention | None:
    """The state forces of a country a shelling or a missile is fired at, told right after the act."""
    if trigger.rule.sub_event_type != "Shelling/artillery/missile attack":
        return None
    found = _STATE_TARGET.match(text, trigger.end)
    iso = country_codes().get(found.group("name")) if found else None
    return state_forces(found.start("name"), found.end("name"), iso) if iso else None


# "Azerbaijan launched operations in Nagorno-Karabakh on Tuesday, shelling positions ...": a participle after a comma
# whose subject is its sentence's, a country that opens it with a verb of war
_MAIN_CLAUSE_STATE = re.compile(COUNTRY_NAME + r"\s+(?:(?:has|have|had|also|again)\s+)*(?:launched|began|started|mounted|"
                                r"carried\s+out|conducted|stepped\s+up|intensified|pressed|expanded|resumed|renewed|"
                                r"continued|attacked|struck|pounded|bombarded)\b")
# a state doer's own men told with its act ("with drone strikes and hundreds of troops"): no target of it
_WITH_ITS_ACT = re.compile(r"\s+and\s+(?:[\w-]+\s+){0,3}?")
# (and a lead's after its dateline: "JENIN, West Bank, July 3 (Reuters) - Israel launched")
_SENTENCE_OPENING = re.compile(r"(?:[.!?;]\s+|\n\s*|^|\)\s+[-–—]\s+)(?:The\s+)?(?=[A-Z])")


def _main_clause_state(text: str, trigger: Trigger) -> re.Match | None:
    """The country that opens the sentence of a participle act ("..., shelling") as its subject (see above); or of the
    act its operation is carried out with ("Israel launched one of its biggest military operations in the West Bank in
    years on Monday, with drone strikes and hundreds of troops")."""
    if not (text[trigger.start - 2:trigger.start] == ", " and text[trigger.start:trigger.end].endswith("ing") or
            text.endswith(" with ", 0, trigger.start) and trigger.rule.noun):
        return None
    lo = max(0, trigger.start - 200)
    opening = None
    for opening in _SENTENCE_OPENING.finditer(text, lo, trigger.start):
        pass  # the last sentence opening before the act
    if opening is None or (opening.start() == lo and lo > 0):
        return None
    return _MAIN_CLAUSE_STATE.match(text, opening.end(), trigger.start)


THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_FIRST_OF_TWO = re.compile(COUNTRY_NAME + r"\s+and$")


# a headline writes the active in the present ("Gunmen kill 12") and the passive without its auxiliary ("Burkina
# soldiers killed"): a past participle in a headline is passive
# (any one word in -ed: "Police ambushed in Michoacan", "Convoy targeted near Gao")
# a participle with its doer after it, the auxiliary left out: "Russian patrol ship struck by naval drones", "a vessel
# hit by a missile"
_PARTICIPLE_BY = re.compile(r"(?:[a-z]+ed|struck|hit|shot)\s+by\s", re.IGNORECASE)
_PARTICIPLE = re.compile(r"[a-z]+ed|shot|hurt|slain", re.IGNORECASE)


def _in_headline(text: str, trigger: Trigger) -> bool:
    """Whether the act is told in the report's title (see event_types.in_title)."""
    return in_title(text, trigger.end)


_BLAMED_STATE = re.compile(rf"\bblam(?:ed|es|ing)\s+(?:the\s+)?{COUNTRY_NAME}\b")  # ("blamed the United States")


def blamed_states(text: str) -> list[ActorMention]:
    """The state forces of the countries a report blames ("blamed Russia for the attack")."""
    out = []
    for m in _BLAMED_STATE.finditer(text) if "blam" in text else ():
        iso = country_codes().get(m.group("name"))
        if iso:
            out.append(state_forces(m.start("name"), m.end("name"), iso))
    return out


# a state an official or a source says did the act told before ("A U.S. official later said the United States had
# carried out the strike"): the doer of an unclaimed strike, as a blamed state is
# (its literal first: re scans for it, where a leading \b is tried at every character)
_SAID_STATE_DID = re.compile(rf"said(?<!\wsaid)\s+(?:that\s+)?(?:the\s+)?{COUNTRY_NAME}\s+(?:had\s+|has\s+)?(?:carried\s+out|conducted|"
                             r"launched|was\s+behind)\s+(?:the\s+|this\s+)?(?:[\w-]+\s+)?(?:strikes?|attacks?|raids?|"
                             r"operations?|bombings?)?\b")


def attributed_states(text: str, folded: str) -> list[ActorMention]:
    """The state forces of the countries a report's sources say did the act (see _SAID_STATE_DID)."""
    if "said" not in folded or not ("carried out" in folded or "conducted" in folded or "launched" in folded or
                                    "was behind" in folded):
        return []
    out = []
    for m in _SAID_STATE_DID.finditer(text):
        if iso := country_codes().get(m.group("name")):
            out.append(state_forces(m.start("name"), m.end("name"), iso))
    return out


# a weapon told by the country it was sent from, with no launcher named ("A missile fired from Yemen struck a
# playground", "Two drones launched from Lebanon struck an army post"): the armed group of that country the report names
# elsewhere ("Yemen's Houthis have fired missiles at Israel for a year"), else that country's forces it names, else an
# unidentified armed group of that country (no launcher at all would leave the strike with no doer)
# (or by a country: "drones launched by Russia hit an energy facility": that state's forces)
_LAUNCHED_FROM_COUNTRY = re.compile(rf"\b(?:fired|launched)\s+(?:\w+\s+)?(?P<by>from|by)\s+(?:the\s+)?{COUNTRY_NAME}\b")


def country_launcher(text: str, start: int, end: int, mentions: list[ActorMention]) -> ActorMention | None:
    """The launcher of a weapon text[start:end] tells as fired from or by a country (see _LAUNCHED_FROM_COUNTRY)."""
    if "from" not in text[start:end] and " by " not in text[start:end]:
        return None
    told = _LAUNCHED_FROM_COUNTRY.search(text, start, end)
    iso = country_codes().get(told.group("name")) if told else None
    if iso is None:
        return None
    if told.group("by") == "by":
        return state_forces(told.start("name"), told.end("name"), iso)
    groups = [m for m in mentions if m.actor.country == iso and not m.actor.generic and m.actor.inter in ARMED_GROUP_INTERS]
    forces = [m for m in mentions if m.actor.country == iso and m.actor.name.startswith("Military Forces")]
    for kind in (groups, forces):
        if kind:  # (the one the report names most: "the Houthis ... Houthi-held Hodeidah ... Houthi-run media")
            return max(kind, key=lambda m: sum(o.actor is m.actor for o in kind))
    table = alias_table()
    return ActorMention(told.start("name"), told.end("name"),
                        table.national(table.actor("Unidentified Armed Group ({country})"), iso), False, False)


def state_government(start: int, end: int, iso: str) -> ActorMention:
    """A country's name written for its government (text[start:end]): a party to a deal."""
    table = alias_table()
    return ActorMention(start, end, table.national(table.actor("Government of {country}"), iso), False, False)


def state_forces(start: int, end: int, iso: str) -> ActorMention:
    """A country's name written for its state forces (text[start:end])."""
    table = alias_table()
    return ActorMention(start, end, table.national(table.actor("Military Forces of {country}"), iso), False, False)


# the side a country's officials call "the enemy", by the country of the scene (the war it is in)
ENEMY_OF = {"UA": "RU", "RU": "UA"}
_ENEMY = re.compile(r"\benemy\b", re.IGNORECASE)


def scene_enemy(text: str, span: tuple[int, int], country: str | None, party: Actor | None = None) -> ActorMention | None:
    """The state forces of the other side of the scene's war, where the act's sentence names them as "the enemy": the
    foe of the act's named party where it is one of the war's states ("Units of the Battlegroup Sever repelled three
    counterattacks ... The enemy lost up to 45 servicemen": Moscow's enemy on Ukrainian soil), else the scene country's."""
    side = party.country if party is not None and party.inter in STATE_INTERS and party.country in ENEMY_OF else country
    found = _ENEMY.search(text, *span) if side in ENEMY_OF else None
    return state_forces(found.start(), found.end(), ENEMY_OF[side]) if found else None


def _police_only_force(text: str, mentions: list[ActorMention]) -> bool:
    """A report whose one force in the field is its police, unnamed ("Security forces killed two rebels ... The police
    team was serving warrants"): its generic "security forces" are those police (no army, soldiers or troops told)."""
    police_party = military = False
    for m in mentions:
        if m.actor.inter != 1:
            continue
        if m.actor.name.startswith("Police Forces of"):
            police_party = police_party or not m.speaker
        elif m.actor.name.startswith("Military Forces of") and text[m.start:m.end].lower() != "security forces":
            military = True
    return police_party and not military


# "the cartel", "the gang": a named group's kind with "the", in no mention of its own ("state police arrested a regional
# commander of the cartel"; not "the cartel's rivals", whose own name follows)
_THE_KIND = re.compile(r"\bthe\s+(cartel|gang)\b(?!['’]s\s+rivals?\b|\s+(?:unit|task\s+force|squad|division))",
                       re.IGNORECASE)


def _kind_back_references(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """'the cartel' or 'the gang' after one named group of that kind (its name says so: "the Sinaloa Cartel", "the Los
    Lobos gang"): that group, a mention referred back."""
    if "artel" not in text and "gang" not in text and "Gang" not in text:
        return mentions  # (most reports: a plain look, where lower-casing the whole text would cost more)
    lowered = text.lower()
    added = []
    for found in _THE_KIND.finditer(text):
        start, end = found.span(1)
        if any(m.start <= start < m.end for m in mentions):
            continue  # ("the gang members": a mention already)
        kind = found.group(1).lower()
        named = {m.actor for m in mentions if m.end <= found.start() and not m.actor.generic and
                 m.actor.inter in ARMED_GROUP_INTERS and (kind in m.actor.name.lower() or
                                                          kind in lowered[m.start:m.end + len(kind) + 1])}
        if len(named) == 1:
            group = next(iter(named))
            # ("Gunmen from the gang killed five people": the unnamed men are the group's, one party)
            men = next((m for m in mentions if m.actor.generic and text[m.end:found.start()] in (" of ", " from ")), None)
            if men is not None:
                mentions = [m for m in mentions if m is not men]
                start = men.start
            added.append(ActorMention(start, end, group, False, False, referred=True))
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def definite_back_references(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """'Israeli forces launched an operation ... Palestinian gunmen exchanged fire with the troops': a generic state
    force with 'the' is the one of that kind the report named before, when it named one country's only (not the
    forces of the place: the event's country). So are "the rebels": the one rebel group the report named before ("M23
    rebels seized the town ... the rebels established a base"). So are "the cartel" and "the gang": the one cartel or
    gang the report named before (see _kind_back_references)."""
    mentions = _kind_back_references(text, mentions)
    if not any(m.actor.generic and m.actor.inter in (1, REBELS) for m in mentions):
        return mentions  # (most reports: no generic state force or rebels to refer back)
    named: dict[str, set] = {}  # generic name -> the national actors (or the rebel groups) of that kind named so far
    out = []
    # "Security forces killed six Maoists ... A joint team of the District Reserve Guard (DRG) and the Special Task
    # Force launched the operation": the generic security forces are the one police force the report names (no army)
    police = {m.actor for m in mentions if m.actor.inter == 1 and not m.actor.generic and not m.speaker and
              m.actor.name.startswith("Police Forces of")}
    if len(police) == 1 and not any(m.actor.inter == 1 and not m.actor.generic and
                                    m.actor.name.startswith("Military Forces of") for m in mentions) or \
            not police and _police_only_force(text, mentions):
        unit = next(iter(police)) if police else alias_table().actor("Police Forces of {country}")
        mentions = [ActorMention(m.start, m.end, unit, m.air, m.speaker, referred=True)
                    if m.actor.generic and m.actor.inter == 1 and text[m.start:m.end].lower() == "security forces"
                    else m for m in mentions]
    for m in mentions:
        actor = m.actor
        if actor.inter == 1 and not actor.generic and actor.country and not m.speaker:
            for generic in _STATE_GENERIC_NAMES:
                if actor.name.startswith(generic.split("{country}")[0]):
                    named.setdefault(generic, set()).add(actor)
        elif actor.inter == REBELS and not actor.generic:
            named.setdefault(_REBELS_GENERIC_NAME, set()).add(actor)
        elif actor.generic and actor.inter in (1, REBELS) and text[max(0, m.start - 4):m.start].lower() == "the " and \
                len(named.get(actor.name, ())) == 1:
            m = ActorMention(m.start, m.end, next(iter(named[actor.name])), m.air, m.speaker, referred=True)
        elif actor.generic and actor.inter == 1 and out and (speaker := out[-1]).speaker and \
                not speaker.actor.generic and speaker.actor.country and \
                _SAID_BEFORE.fullmatch(text, speaker.end, m.start) and \
                (own := alias_table().national(actor, speaker.actor.country)).name == speaker.actor.name and \
                own.country == speaker.actor.country:
            # "The Israeli military said troops exchanged fire": the speaking force's own men
            m = ActorMention(m.start, m.end, own, m.air, m.speaker)
        out.append(m)
    return out


# a sentence whose doer is the group itself by a pronoun, acting: "Its fighters attacked a base", "On Sunday, they fired
# a missile", "The group's militants ambushed a convoy", "The group fired dozens of rockets at the Golan Heights" (an act
# verb right after, so no "They said" nor "they fled")
_GROUP_PRONOUN_ACTS = re.compile(
    r"(?:[.!?]\s+|\n\s*)(?:(?:(?:late|early)\s+)?on\s+\w+(?:\s+(?:night|morning|evening))?,?\s+)?"
    r"(?P<ref>they|the\s+(?:group|movement)(?!['’])|its\s+(?:[\w-]+\s+)?(?:fighters|militants|men|gunmen|members|troops|forces|units?|(?:suicide\s+)?bombers?)|"
    r"the\s+(?:group|movement)['’]s\s+(?:[\w-]+\s+)?(?:fighters|militants|men|gunmen|members|troops|forces|units?))"
    r"\s+(?:also\s+|then\s+)?(?:attacked|stormed|ambushed|raided|overran|fired|shelled|struck|bombed|killed|beheaded|"
    r"abducted|kidnapped|clashed|launched|seized|captured|torched|detonated|opened\s+fire)\b", re.IGNORECASE)
# a sentence's subject: at its opening, or after a dateline's dash ("MOGADISHU (Hiiraan Online) - Al-Shabaab has ...")
# (or a reported clause's: "Islamabad says the TTP operates from sanctuaries in Afghanistan")
_SUBJECT_OPENING = re.compile(r"(?:^|[.!?]\s+|\n\s*|\s[-–—]\s+|\b(?:says|said)\s+(?:that\s+)?)(?:the\s+)?$", re.IGNORECASE)


def group_pronoun_references(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """'Al-Shabaab has waged an insurgency since 2007. Its fighters attacked a base in Afgoye': the doer told by a
    pronoun is the named armed group that opens the sentence before or the one before that, when no other named group
    opens a sentence between (groups named inside its sentence, "that pledged allegiance to the Islamic State", are
    not its subject)."""
    if not any(m.actor.inter in ARMED_GROUP_INTERS and not m.actor.generic for m in mentions):
        return mentions  # (most reports: no named armed group to refer back to)
    out = list(mentions)
    for act in _GROUP_PRONOUN_ACTS.finditer(text):
        start, end = act.span("ref")
        subjects = [m for m in out if m.end <= act.start() and not m.actor.generic and
                    (not m.speaker or m.actor.inter in ARMED_GROUP_INTERS) and
                    m.actor.inter in ARMED_INTERS and _SUBJECT_OPENING.search(text, max(0, m.start - 16), m.start)]
        if not subjects or subjects[-1].actor.inter not in ARMED_GROUP_INTERS:
            continue
        group = subjects[-1]
        if sum(text.count(stop, group.end, start) for stop in (". ", "! ", "? ", "\n")) > 2:
            continue  # (more than the sentence before or two)
        out = [m for m in out if m.end <= start or m.start >= end]  # ("Its militants": no unidentified group)
        out.append(ActorMention(start, end, group.actor, False, False, referred=True))
        out.sort(key=lambda m: m.start)
    return out


# a state force's arm told by its pronoun at the opening of the sentence after the force spoke: "The Israeli military
# said most of the rockets were intercepted. Its aircraft later struck the launch site", "Ukraine's General Staff said
# ... Its troops repelled most of the attacks" (the pronoun's span the doer; the arm's word may open the act's own words)
_STATE_PRONOUN_ACTS = re.compile(
    r"(?:[.!?]\s+|\n\s*)(?P<ref>Its)\s+(?P<arm>(?P<air>aircraft|jets|warplanes|fighter\s+jets|drones|helicopters)|"
    r"troops|forces|units|soldiers|artillery|navy)\s+(?:had\s+|have\s+|also\s+|later\s+|then\s+|subsequently\s+){0,2}"
    r"(?:struck|hit|bombed|targeted|pounded|shelled|destroyed|attacked|repelled|repulsed|fought|clashed)\b")


_SENTENCE_STOP = re.compile(r"[.!?][\"”’]?\s+")


def state_pronoun_references(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """'The Israeli military said ... Its aircraft later struck the launch site': the doer told by "Its" is the named
    state force that spoke in the sentence before, when no named armed actor spoke after it (asked only where a
    sentence opens with "Its ")."""
    if "Its " not in text:
        return mentions  # (most reports)
    out = list(mentions)
    for act in _STATE_PRONOUN_ACTS.finditer(text):
        start, end = act.span("ref")
        # (the speaker may open its sentence or close it: "..., the Israeli military said")
        speakers = [m for m in out if m.end <= act.start() and not m.actor.generic and m.actor.inter in ARMED_INTERS and
                    m.speaker]
        if not speakers or speakers[-1].actor.inter not in STATE_INTERS:
            continue
        force = speakers[-1]
        if len(_SENTENCE_STOP.findall(text, force.end, start)) > 1:
            continue  # (the sentence before only)
        out = [m for m in out if m.end <= start or m.start >= act.end("arm")]  # ("Its troops": no troops of the scene)
        out.append(ActorMention(start, end, force.actor, act.group("air") is not None, False, referred=True))
        out.sort(key=lambda m: m.start)
    return out


_OPERATION_BEFORE = re.compile(r"\b(?:operation|raid|rescue|assault|offensive)\s+(?:in|during)\s+which\s+[^.;]{0,50}$",
                               re.IGNORECASE)
# ... or after it: "Three militants were neutralised during a counter-terrorist operation, the FSB said"
_OPERATION_AFTER = re.compile(r"\s+(?:during|in)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:operation|raid|special\s+operation)\b",
                              re.IGNORECASE)
# (and the count of its dead: "said two soldiers were killed", "announced the deaths of two soldiers")
_SAID_BEFORE = re.compile(r"\s+(?:said|says|reported|announced|stated)\s+" + _SAID_ON + r"(?:that\s+)?"
                          r"(?:the\s+deaths?\s+of\s+)?(?:its\s+|some\s+)?"
                          r"(?:(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+)?")


# those told of the act, no party to it: "The victim's aunt told police her nephew ... was shot", "according to police"
_LISTENER_BEFORE = re.compile(r"\b(?:told|according\s+to|called|alerted|notified|contacted|informed)\s+(?:the\s+)?"
                              r"(?:local\s+|state\s+|city\s+|county\s+)?$", re.IGNORECASE)
# those moved out of harm's way, no party to the act: "Residents were evacuated while army officers made the device safe"
_EVACUATED_AFTER = re.compile(r"\s+(?:were|was|had\s+been|have\s+been)\s+evacuated\b")
# those told as none: "No officers were injured", "none of the deputies was hurt"
_NONE_OF_BEFORE = re.compile(r"\b(?:no|none\s+of\s+the)\s+$", re.IGNORECASE)
# those who lay the blame: "Police blame al-Shabaab for Afgooye killings" (not "Al-Shabaab blamed for ...": the blamed)
_BLAMER_AFTER = re.compile(r"\s+(?:(?:have|has|had|also|later)\s+)?(?:blam(?:e|es|ed|ing)\s+(?!for\b)|"
                           r"attribut(?:e|es|ed|ing)\s+)", re.IGNORECASE)  # ("an attack police attributed to a feud")
# what those who answer an act or look into it do: "Police are investigating", "deputies responded", "officers
# found", "troopers are searching for"
_RESPONDER_VERB = re.compile(
    r"(?:\s+(?:Department|Dept\.|Office|Bureau|Service|officers?|detectives?|investigators?|dispatchers?)\b)?"
    # (and told in a relative clause: "Soldiers who arrived after the shooting seized rifles")
    r"(?P<who>\s+who)?"
    r"\s+(?:(?:are|were|is|was|have|has|had|do|did|may|will|would)\s+(?:been\s+|be\s+|not\s+|n[o’']t\s+)*)?"
    r"(?:still\s+|later\s+|quickly\s+|also\s+|then\s+|soon\s+)?"
    r"(?:(?:on\s+|early\s+|late\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+(?:(?:morning|afternoon|evening|night)\s+)?)?"
    r"(?:investigat\w*|respond\w*|called|dispatched|summoned|sent|arriv\w*|found|find|discover\w*|"
    r"looking\s+(?:for|into)|search\w*|seeking|hunting\s+for|arrest\w*|detain\w*|charg\w*|identif\w*|receiv\w*|"
    r"recover\w*|rushed|took|transported|executed\s+(?:a\s+)?search|collect\w*|determin\w*|releas\w*|"
    r"continu\w*|trying|working|questioning|interview\w*|pursu\w*|heard|went|entered|don[’']t\s+have|"
    r"have\s+no|(?:launched|opened)\s+(?:an?\s+)?(?:\w+\s+)?(?:investigation|inquiry|probe|manhunt))\b", re.IGNORECASE)
# ... unless the act is the same subject's next verb or its response: "officers responded to the call and shot the
# man", "The military responded with air strikes"
_WITH_OPPONENT = re.compile(r"\s+with\s", re.IGNORECASE)
_THEN_OWN_VERB = re.compile(r"[^.;]*\band\s+(?:then\s+|later\s+)?$", re.IGNORECASE)
_RESPONSE_WITH = re.compile(r"(?:\s+to\s+[^.;,]{0,60}?)?\s+(?:with|by)\s+[^.;,]{0,30}$", re.IGNORECASE)


# a later clause of those who come to the scene: "The shooter fled before officers arrived", "when deputies responded"
# (not those who act after it: "died in custody, weeks after soldiers arrested him")
_ANSWER_CLAUSE_BEFORE = re.compile(r"\b(?:before|after|when|until|by\s+the\s+time)\s+(?:the\s+|local\s+|city\s+)?$",
                                   re.IGNORECASE)
_ARRIVAL_AFTER = re.compile(r"(?:\s+officers?)?\s+(?:had\s+|have\s+)?(?:arriv\w*|respond\w*|got\s+there)\b",
                            re.IGNORECASE)


def _answers_later(text: str, m: ActorMention, trigger: Trigger) -> bool:
    # (the anchored look after first: it fails at once for most mentions)
    return m.start > trigger.end and _ARRIVAL_AFTER.match(text, m.end) is not None \
        and _ANSWER_CLAUSE_BEFORE.search(text, max(0, m.start - 25), m.start) is not None


def _two_sides(a: Actor, b: Actor) -> bool:
    """Whether a and b can be a clash's two sides: each an armed force, not one group, not the state's forces both."""
    return a is not b and a.inter in ARMED_INTERS and b.inter in ARMED_INTERS and not one_group(a, b) and \
        not (a.inter in STATE_INTERS and b.inter in STATE_INTERS)


def _facility_before(text: str, m: ActorMention, trigger: Trigger) -> bool:
    """'a police station', 'an army vehicle': the actor names a place before the act (not the act's own words:
    'an al-Shabaab car bombing', 'a Taliban truck bomb')."""
    facility = FACILITY_AFTER.match(text, m.end)
    return facility is not None and facility.end() <= trigger.start or \
        m.end <= trigger.start and _before_may_hold(text, m.start, 80, _OWNED_PLACE_WORDS) and \
        _OWNED_PLACE_BEFORE.search(text, max(0, m.start - 80), m.start) is not None


def _responder_after(text: str, m: ActorMention, trigger: Trigger) -> bool:
    """A force that looks into the act in a clause after it ("; police are trying to determine"), no target."""
    return m.actor.inter in STATE_INTERS and ";" in text[trigger.end:m.start] and \
        _RESPONDER_VERB.match(text, m.end) is not None


# those a force frees, the object of its verb ("Troops rescued 18 kidnapped victims and killed four bandits"), never
# the doer of the act the sentence tells next
_FREED_BEFORE = re.compile(r"\b(?:rescued|freed|liberated|evacuated)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)


_HELD_BY_BEFORE = re.compile(r"\b(?:held|kept)\s+(?:captive\s+|hostage\s+)?by\s+(?:the\s+)?$", re.IGNORECASE)


def _freed(text: str, m: ActorMention) -> bool:
    return _before_may_hold(text, m.start, 40, _FREED_WORDS) and \
        _FREED_BEFORE.search(text, max(0, m.start - 40), m.start) is not None


def _responder(text: str, m: ActorMention, trigger: Trigger) -> bool:
    verb = _RESPONDER_VERB.match(text, m.end)
    if verb is None or verb.end() > trigger.start:
        return False
    if verb.group("who") and not (m.actor.inter in STATE_INTERS and trigger.rule.noun):
        return False  # (a force's, the act its noun: not "Gunmen who arrived on motorcycles opened fire")
    if not trigger.rule.noun and _THEN_OWN_VERB.fullmatch(text, verb.end(), trigger.start):
        return False
    if trigger.rule.event_type == BATTLES and _WITH_OPPONENT.match(text, trigger.end):
        return False  # "M23 rebels entered Goma after heavy fighting with the FARDC": who fought with them, no responder
    return not ("respond" in text[verb.start():verb.end()].lower() and
                _RESPONSE_WITH.fullmatch(text, verb.end(), trigger.start))


# a participle of harm right after those it befell, with no object ("Soldiers killed in ...", not "Soldiers killed two
# militants")
# (or a title's end)
_NO_OBJECT = (r"(?=\s+(?:in|as|after|during|when|while|by|at(?!\s+least)|near|amid|following|on|over)\b|\s*[,.;:]|"
              r"[ \t]*(?:\n|$))")
# those among a toll, told before it ("Six civilians among 20 dead in Burkina clash"): victims, no party to the act
_INCLUDED_BEFORE = re.compile(r"\b(?:including|among\s+them)\s+(?:[\w'’-]+,?\s+){0,4}?$", re.IGNORECASE)
_AMONG_THE_DEAD_AFTER = re.compile(r"\s+(?:were\s+|are\s+)?among\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:dead|killed|victims)\b",
                                   re.IGNORECASE)
# (also with what they were doing between: "Policeman guarding polio team martyred in Bajaur blast")
_HARMED_NO_OBJECT = rf"(?:killed|dead|wounded|injured|hurt|abducted|kidnapped|martyred){_NO_OBJECT}"
_REDUCED_PASSIVE_AFTER = re.compile(rf"(?:\s+[a-z]+ing(?:\s+[\w-]+){{0,3}}?)?\s+{_HARMED_NO_OBJECT}", re.IGNORECASE)
# ... and a group's man told by his rank after it, the group the act's target ("Hamas deputy leader killed in Beirut
# drone strike", "Kataib Hezbollah commander Abu Baqir al-Saadi killed", "a Hezbollah official was killed")
_RANKED_MAN_HARMED_AFTER = re.compile(rf"\s+(?:[a-z-]+\s+){{0,2}}?(?:leaders?|commanders?|chiefs?|officials?|members?|"
                                      rf"operatives?|figures?|spokesm[ae]n)(?:,?\s+(?-i:[A-Z])[\w'’.-]*){{0,3}},?"
                                      rf"(?:\s+(?:was|were|has\s+been|have\s+been))?\s+{_HARMED_NO_OBJECT}", re.IGNORECASE)
_NO_OBJECT_AFTER = re.compile(_NO_OBJECT, re.IGNORECASE)


_SETTING_BETWEEN = re.compile(r"(?<!\bsuch )\b(?:amid|as(?!\s+(?:well|many|much|part|a\s+result|(?:an?|the)\s+\w+\s+of)\b))\s+"
                              r"(?!(?:it|they|he|she)\b)", re.IGNORECASE)


# (nor those of what a place's "where" clause tells of it: "the deadliest attack in the capital of Sinaloa state, where
# factions of the Sinaloa cartel have been fighting")
# (or of a clause that sets the act among the groups about: "No group claimed the abduction, but jihadists linked to
# al-Qaeda are active in the area", "though the area is a stronghold of JNIM")
_WHERE_BETWEEN = re.compile(r",\s+(?:where|but|though|although)\s")
_STANDING_AFTER = re.compile(r"[^.;]{0,150}?\b(?:(?:has|have)\s+(?:long\s+)?been|operates?|are\s+active|is\s+active)\b")
_STRONGHOLD_BEFORE = re.compile(r"\b(?:is|are|was|were|been|remains?)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:stronghold|bastion|"
                                r"hotbed)\s+of\s+(?:the\s+)?$", re.IGNORECASE)


def _where_background(text: str, trigger: Trigger, m: ActorMention) -> bool:
    """An actor in a place's "where" clause that tells a standing state ("where factions of the Sinaloa cartel ... have
    been fighting since September"), not an act ("where Ukrainian defenders repelled 51 assaults")."""
    return _WHERE_BETWEEN.search(text, trigger.end, m.start) is not None and (
        _STANDING_AFTER.match(text, m.end) is not None or
        _STRONGHOLD_BEFORE.search(text, max(0, m.start - 50), m.start) is not None)


# (or the two sides of the fighting an "amid" clause sets the act in: "A drone strike killed 26 people in Finote Selam ...
# amid clashes between the federal army and the Fano militia": neither is the act's target; nor those of the rivalry a
# source links the act to, "the attack could be linked to the dispute between the Jalisco New Generation Cartel and the
# local Santa Rosa de Lima gang", "amid a turf war between": a setting, with no side told as the doer)
_AMID_FIGHT_BETWEEN = re.compile(r"\b(?:amid|(?:linked|tied|related|connected)\s+to|part\s+of)\s+"
                                 r"(?:(?:the|a|an|heavy|fierce|renewed|ongoing|continued|bloody|weeks\s+of|months\s+of)\s+)*"
                                 r"(?:(?:turf|gang|cartel|drug|territorial|power)\s+)?"
                                 r"(?:clashes|fighting|battles|hostilities|war|conflict|dispute|feud|rivalry|struggle)\s+between\s",
                                 re.IGNORECASE)
_SETTING_AFTER = re.compile(r"['’]?s?\s+(?:[\w-]+\s+)?(?:war|wars|conflict|feud|violence|infighting|fighting|rivalry|"
                            r"dispute|crackdown|offensive)\b", re.IGNORECASE)


_VANQUISHED_BEFORE = re.compile(r"\b(?:victory|victorious|win|triumph)\s+(?:over|against)\s+(?:the\s+)?$|\bdefeat\s+of\s+"
                                r"(?:the\s+)?$", re.IGNORECASE)


# the words ALLY_BEFORE and _LISTENER_BEFORE cannot match without (see may_hold)
_ALLY_WORDS = ("by", "despite", "with", "request")
_LISTENER_WORDS = ("told", "according", "called", "alerted", "notified", "contacted", "informed")


# the words each of these regexes cannot match without, asked first of the characters before a mention it is searched
# in (see _before_may_hold)
_OWNED_PLACE_WORDS = ("base", "camp", "hide", "safe", "den")  # _OWNED_PLACE_BEFORE
_FREED_WORDS = ("rescued", "freed", "liberated", "evacuated")  # _FREED_BEFORE
_INCLUDED_WORDS = ("including", "among")  # _INCLUDED_BEFORE
_VANQUISHED_WORDS = ("victor", "win", "triumph", "defeat")  # _VANQUISHED_BEFORE
_AGENT_WORDS = ("by", "from")  # _AGENT_BEFORE
_HELD_BY_WORDS = ("held", "kept")  # _HELD_BY_BEFORE


def _before_may_hold(text: str, start: int, width: int, words) -> bool:
    """Whether a case-insensitive regex that needs one of words can match in the `width` characters before start (see
    matching.may_hold): a few plain looks, where the regex, tried at each of those characters, costs several times more."""
    before = text[max(0, start - width):start]
    return may_hold(before, before.lower(), words)


def _ally_or_listener(text: str, start: int) -> bool:
    """Whether the mention at start is told as an ally (ALLY_BEFORE, in the 40 characters before it) or as the one told
    or called (_LISTENER_BEFORE, in the 30 before it); each regex asked only where its words are."""
    before = text[max(0, start - 40):start]
    lowered = before.lower()
    return may_hold(before, lowered, _ALLY_WORDS) and ALLY_BEFORE.search(before) is not None or \
        may_hold(before, lowered, _LISTENER_WORDS) and _LISTENER_BEFORE.search(text, max(0, start - 30), start) is not None


def _told_as_its_men(text: str, m: ActorMention) -> bool:
    """Whether a group's mention names its men by their noun, in it or after it ("Moro Islamic Liberation Front rebels")."""
    return text[m.start:m.end].rsplit(None, 1)[-1].lower() in FORCE or _MEN_NOUN_AFTER.match(text, m.end) is not None


def _more_specific(unnamed: Actor, said: Actor) -> bool:
    """Whether the generic armed men `said` tells more of who the unidentified armed group `unnamed` is (an ethnic or
    communal militia, the army: "gunmen believed to be herdsmen")."""
    return unnamed.inter == 3 and said.inter in ARMED_INTERS and said.name != unnamed.name


def assign_roles(text: str, trigger: Trigger, mentions: list[ActorMention], casualties: list[CasualtyMention]):
    """(actor1, actor2) from the sentence: 'by X' and 'X's strike' make X the agent, and so does a
    mention the act's words begin inside ("Russian warplanes struck": the trigger is "warplanes
    struck"); in the passive the subject is the victim; otherwise the nearest actor before the act
    acts on the first after."""
    if trigger.rule is BODIES_FOUND:
        return None, None  # those who find the dead are no party to their killing; the dead are of no side told
    actors = [m for m in mentions if not m.speaker and not _ally_or_listener(text, m.start) and not _BLAMER_AFTER.match(text, m.end)
              and not _NONE_OF_BEFORE.search(text, max(0, m.start - 12), m.start)
              and not _answers_later(text, m, trigger) and not _EVACUATED_AFTER.match(text, m.end)]
    # "Gunmen believed to be members of the Jalisco New Generation Cartel", "Insurgents linked to the Islamic State":
    # the unnamed men are the named group
    # (and unnamed men said to be of a kind of armed men the table knows: "Gunmen suspected to be Fulani herdsmen", the
    # herdsmen's militia, no second party)
    actors = [m for m, after in zip(actors, actors[1:] + [None]) if not (
        after is not None and m.actor.generic and (not after.actor.generic or _more_specific(m.actor, after.actor)) and
        _BELIEVED_TO_BE.fullmatch(text, m.end, after.start))]
    # "The Arakan Army, an ethnic armed group fighting the military": what the named group is, told in apposition, no
    # second party
    actors = [m for k, m in enumerate(actors) if not (
        k and m.actor.generic and not actors[k - 1].actor.generic and text.startswith(", a", actors[k - 1].end) and
        _APPOSITION.fullmatch(text, actors[k - 1].end, m.start))]
    # "al Qaeda's JNIM", "the Islamic State's West Africa branch ISWAP": the parent a named group is told as of, no
    # party beside it
    actors = [m for m, after in zip(actors, actors[1:] + [None]) if not (
        after is not None and not m.actor.generic and not after.actor.generic and m.actor is not after.actor and
        text[m.end - 2:m.end] in ("'s", "’s") and text[m.end:after.start] == " ")]
    # the victims of a count told as its subject ("Ten soldiers were killed ... when their convoy hit a bomb") do
    # not do the act the sentence names afterwards
    # (and of a title's reduced passive with no count: "Soldiers killed in militant ambush")
    # (and the group a count's men are of: "Soldiers killed 12 members of the Gulf Cartel in a firefight")
    # (a name the count's words stop inside is theirs too: "killed two New People's Army rebels" counts "two New People";
    # and one they stop right before, its men's noun after it: "killed two Moro Islamic Liberation Front rebels")
    victims = [m for m in actors if m.end <= trigger.start and (any(
        (c.start <= m.start < c.end or OF_THE.fullmatch(text, c.end, m.start) or
         c.end + 1 == m.start and text[c.end] == " " and _told_as_its_men(text, m)) and c.end <= trigger.start
        for c in casualties) or _REDUCED_PASSIVE_AFTER.match(text, m.end) or _RANKED_MAN_HARMED_AFTER.match(text, m.end) or
        _AMONG_THE_DEAD_AFTER.match(text, m.end) or
        # ("ten killed, including women and children, in strikes on tents": those the count includes)
        casualties and _before_may_hold(text, m.start, 40, _INCLUDED_WORDS) and
        _INCLUDED_BEFORE.search(text, max(0, m.start - 40), m.start) or
        # (and one more of the dead told as the subject of "died": "A third victim, a 64-year-old woman, died in hospital")
        text[trigger.start:trigger.end] == "died" and
        any(c.additive and c.start <= m.start and trigger.end <= c.end for c in casualties))]
    # (and the side a victory was won over: "declared victory over the Islamic State group in Deir el-Zour, saying troops
    # had regained full control")
    victims += [m for m in actors if m.end <= trigger.start and m not in victims and
                _before_may_hold(text, m.start, 30, _VANQUISHED_WORDS) and
                _VANQUISHED_BEFORE.search(text, max(0, m.start - 30), m.start)]
    # (and their group's abbreviation after it: "killed 11 members of the Volunteers for the Defence of the Homeland (VDP)")
    victims += [m for m in actors if any(v.actor is m.actor and _OPENING_BRACKET.fullmatch(text, v.end, m.start)
                                         for v in victims)]
    for state in (*_state_subjects(text, trigger), _state_target(text, trigger)):
        if state is not None and not any(m.start <= state.start < m.end for m in actors):
            actors = sorted(actors + [state], key=lambda m: m.start)
    if not actors and not any(m.speaker for m in mentions):  # (a speaker may be the doer: see below)
        return None, None
    agent = next((m for m in actors if m.start <= trigger.start < m.end), None)
    if agent is None and trigger.rule.sub_event_type == "Suicide bomb":
        # (or the one the act's own words end on: "A suicide attacker drove a car into a checkpoint" is the attacker's)
        agent = next((m for m in actors if trigger.start < m.start and m.end == trigger.end), None)
    if agent is None and trigger.rule.noun and (between := _BETWEEN_AFTER.match(text, trigger.end)):
        # (a party's abbreviation in brackets after its name is no second party: "between the Kachin Independence Army
        # (KIA) and junta troops")
        told = [m for m in actors if m.start > trigger.end]
        parties = [m for k, m in enumerate(told) if not (k and m.actor is told[k - 1].actor and
                                                         _OPENING_BRACKET.fullmatch(text, told[k - 1].end, m.start))][:2]
        if len(parties) == 2 and parties[0].actor is not parties[1].actor:
            return parties[0], parties[1]
        if parties and _both_sides(text, between.end(), parties[0]):
            return parties[0], parties[0]
    target = None
    # (not a progressive: "The RSF has been shelling residential areas", "militants were attacking"; whose doer is
    # the subject of its own clause, not someone told of it: "witnesses told police that a dozen men were fighting")
    auxiliary = PASSIVE_BEFORE.search(text[max(0, trigger.start - 25):trigger.start]) is not None
    progressive = auxiliary and trigger.rule.event_type != STRATEGIC and text[trigger.start:trigger.end].lower().endswith("ing")
    if progressive:
        actors = [m for m in actors if m.start > trigger.start or not _CLAUSE_BREAK.search(text, m.end, trigger.start)]
    passive = auxiliary and not progressive or any(
        c.start <= trigger.start < c.end and c.rule.startswith("count before") for c in casualties) or \
        _in_headline(text, trigger) and _PARTICIPLE.fullmatch(text, trigger.start, trigger.end) is not None and \
        _NO_OBJECT_AFTER.match(text, trigger.end) is not None or \
        _PARTICIPLE_BY.fullmatch(text, trigger.start, trigger.end + 4) is not None  # (not "Gunmen killed at least 20")
    # (an interception's "by X" names the launcher of what it brought down, its target: "shot down four drones launched
    # by Houthi militants"; in the passive, the interceptor: "drones were shot down by air defences")
    launcher_by = trigger.rule is INTERCEPTION and not passive
    for m in actors:
        before = text[max(0, m.start - 12):m.start]
        if agent is None and not launcher_by and m.start > trigger.end and _before_may_hold(text, m.start, 25, _AGENT_WORDS) and \
                _AGENT_BEFORE.search(text, max(0, m.start - 25), m.start) and \
                (_BY_LINK.fullmatch(text[trigger.end:m.start]) or passive and _LATE_AGENT_BEFORE.search(text, max(0, m.start - 40), m.start)
                 or _VICTIMS_BY_LINK.fullmatch(text, trigger.end, m.start)):
            agent = m  # (in the passive, "by X" later in the clause: "was shot dead at his home ... by gunmen")
        elif agent is None and m.start >= trigger.end and trigger.rule.noun and \
                trigger.rule.sub_event_type in ONE_SIDED + ("Non-violent transfer of territory",) and \
                _OF_LINK.fullmatch(text[trigger.end:m.start]):
            agent = m  # "the withdrawal of militants": the nominalised act's doer
        elif agent is None and m.start > trigger.end and _PITTED.fullmatch(text, trigger.end, m.start):
            agent = m  # "The clash pitted Los Chapitos against La Mayiza": the sides, the first named first
        elif _TARGET_BEFORE.search(before) and target is None and m.start > trigger.start:
            target = m
    if agent is None and custody_death(text, trigger):
        # "died in police custody", "died in custody, three weeks after soldiers arrested him": those who held him
        agent = next((m for m in actors if m.actor.inter in STATE_INTERS), None)
    possessive = [m for m in actors if m.end <= trigger.start + 1 and text[m.end - 2:m.end] in ("'s", "’s")
                  and trigger.start - m.end < 30]
    if agent is None and possessive:
        agent = possessive[-1]
    if agent is None and passive:
        # ("were killed when gunmen opened fire"; "were killed in Israeli strikes": a force's strikes; "in an army
        # raid", "in an RSF attack": whose act it was)
        agent = next((m for m in actors if m.start > trigger.end and m is not target
                      and (_HOW_BEFORE.search(text[max(0, m.start - 40):m.start]) or
                           _IN_BEFORE.search(text, max(0, m.start - 8), m.start) and (
                               m.air or _ACT_NOUN_AFTER.match(text, m.end) or _ACT_NOUN_END.search(text, m.start, m.end)))),
                     None)
    if agent is None and passive and " with " in text[trigger.end:trigger.end + 70] and \
            (fight := _IN_FIGHT_WITH_AFTER.match(text, trigger.end)) is not None:
        # "Five Maoists were killed in an encounter with the CRPF": the dead's foe in the fight they died in (the first
        # party named right after "with"; not one of the dead's own)
        dead = [m for m in actors if m.end <= trigger.start and any(c.start <= m.start < c.end for c in casualties)]
        agent = next((m for m in actors if fight.end() - 1 <= m.start <= fight.end() + 12 and
                      not any(d.actor is m.actor for d in dead)), None)
    # "a police station", "an army base": a place, the target perhaps, never the doer; nor those who answer or look
    # into the act ("Police are investigating a shooting", "Officers found a man who had been shot")
    before = [m for m in actors if m.end <= trigger.start and m is not agent and m is not target and m not in victims
              and not _facility_before(text, m, trigger) and not _responder(text, m, trigger) and not _freed(text, m)]
    if target is None and victims and (agent is None or victims[0].actor is not agent.actor):
        target = victims[0]
    if agent is None and target is not None and target in victims and trigger.rule.event_type == BATTLES:
        # "Four soldiers were killed in a clash with NPA guerrillas": the victims' foe fought them
        agent = next((m for m in actors if m.start > trigger.start and m.actor is not target.actor and
                      _WITH_BEFORE.search(text, max(0, m.start - 30), m.start)), None)
        # (or the other side among the dead: "Twelve ADF rebels and two Congolese soldiers were killed in fighting")
        # (none else named before the act: "Jihadists killed 20 soldiers and five militiamen" is the jihadists')
        doers = [m for m in actors if m.end <= trigger.start and m not in victims]
        agent = agent or next((v for v in victims if not doers and _two_sides(v.actor, target.actor)), None)
    # (and what the act's own words name after its verb: "shot down 20 Ukrainian drones", "fired at the protesters")
    # (not those who look into it in a clause of their own: "...walked into a hospital; police are trying to determine")
    # (nor the parties of the war an "as" or "amid" clause sets the act in: "Gunmen kill six at car wash as Sinaloa cartel
    # war rages", "amid the army's offensive")
    # (nor a community whose homes the act's words name: "killed six people at a Fulani herders' settlement" - those
    # it killed there are civilians, no militia fought)
    after = [m for m in actors if m.start > trigger.start and m is not agent and m is not target
             and not _responder_after(text, m, trigger) and not (_SETTING_BETWEEN.search(text, trigger.end, m.start) and
                     _SETTING_AFTER.match(text, m.end)) and not _where_background(text, trigger, m)
             and not (text.find("between", trigger.end, m.start) >= 0 and _AMID_FIGHT_BETWEEN.search(text, trigger.end, m.start))
             and not (m.actor.inter == IDENTITY and _COMMUNITY_HOMES_AFTER.match(text, m.end))]
    if agent is None and not passive and not before:
        # "The Burkinabe army said it neutralised 50 terrorists": the speaker is the doer
        # (and a group that claims the act it names: "JNIM claimed an attack on an army camp")
        agent = next((m for m in mentions if m.speaker and m.end <= trigger.start and
                      (_SAID_IT.fullmatch(text, m.end, trigger.start) or _said_it_killed(text, m.end, trigger.start) or
                       text.find(" his ", m.end, trigger.start) >= 0 and
                       _CHIEF_SAID_IT.fullmatch(text, m.end, trigger.start) is not None or
                       not m.actor.generic and _CLAIMED_ACT.fullmatch(text, m.end, trigger.start))), None)
    if agent is None and _STATE_MEDIA_ACT.search(text, trigger.start, trigger.end + 20) and \
            (passive or all(any(c.start <= m.start < c.end for c in casualties) for m in before)):
        # "Four PKK/YPG terrorists ... were neutralized in the Tal Rifat region, the National Defence Ministry said",
        # "Units of the Battlegroup Tsentr have liberated the town, the Russian Defence Ministry reported", "An aircraft
        # struck and eliminated the Hezbollah terrorist ..., the IDF said": words a
        # state uses only of its own forces' acts, told by its forces' own voice (not of their own men lost; the
        # passive's subject or the count's own men aside: "Four PKK terrorists were neutralized")
        agent = next((m for m in mentions if m.speaker and m.actor.inter in STATE_INTERS and m.start > trigger.end and
                      not any(v.actor is m.actor for v in victims + before) and
                      (target is None or target.actor is not m.actor)),
                     None)
    if agent is None and passive and trigger.rule is INTERCEPTION:
        # "The Israeli military said the missile was intercepted": the force that tells of it brought it down
        agent = next((m for m in mentions if m.speaker and m.actor.inter in STATE_INTERS and m.end <= trigger.start and
                      _TOLD_OF.fullmatch(text, m.end, trigger.start)), None)
    if agent is None and passive and _OPERATION_BEFORE.search(text, max(0, trigger.start - 80), trigger.start):
        # "The army said it had freed 22 of them in an operation in which two separatists were killed": the force that
        # tells its own operation killed them (not its own men)
        agent = next((m for m in mentions if m.speaker and m.actor.inter in STATE_INTERS and m.end <= trigger.start and
                      _SAID_IT.match(text, m.end) and not any(v.actor is m.actor for v in actors if v.start > m.end)),
                     None)
    if agent is None and passive and _OPERATION_AFTER.match(text, trigger.end):
        # "Three militants were neutralised during a counter-terrorist operation ..., the FSB said": the force that
        # tells of its own operation after it (not one among the dead)
        agent = next((m for m in mentions if m.speaker and m.actor.inter in STATE_INTERS and m.start > trigger.end and
                      not any(v.actor is m.actor for v in actors)), None)
    if agent is None and not passive and before and trigger.rule.noun and trigger.rule.event_type == EXPLOSIONS and \
            _HOW_BEFORE.search(text[max(0, trigger.start - 20):trigger.start]):
        # "The policemen were on their way to escort a team when the remote-controlled device went off": whom the
        # blast met, not who set it off
        target = target or before[-1]
        before = []
    allies: list[ActorMention] = []
    if agent is None and not passive and before:
        # (not the captors of those a rescue frees: "Soldiers freed 40 hostages held by ADF rebels after fighting")
        # (nor a force told by its place, which the act's words name, its target perhaps: "Militants stormed a military
        # base, killing five soldiers")
        doers = [m for m in before if not (_before_may_hold(text, m.start, 30, _HELD_BY_WORDS) and
                                           _HELD_BY_BEFORE.search(text, max(0, m.start - 30), m.start))
                 and not _FACILITY_END.search(text, m.start, m.end)] or before
        # (nor civilians an armed doer acted on first, the object of an earlier verb of its chain: "Gunmen stopped buses,
        # forced passengers off, checked their identity cards and shot dead 23 people")
        doers = [m for m in doers if not (m.actor.inter == CIVILIANS and _OBJECT_OF_VERB_BEFORE.search(
            text, max(0, m.start - 20), m.start) and any(d.end <= m.start and d.actor.inter in ARMED_INTERS and
                                                         not _SUBORDINATE.search(text, d.end, m.start) for d in doers))] \
            or doers
        named = [m for m in doers if not m.actor.generic]
        agent, allies = _first_of_coordinated(text, doers, (named or doers)[-1])
    elif agent is not None and agent.start < trigger.start and not agent.actor.generic and agent not in victims:
        # "U.S. and British warplanes struck": the act's words begin inside the second named
        # (not one side among the dead: "Three soldiers and five members of the BIFF were killed in a firefight")
        agent, allies = _first_of_coordinated(text, [m for m in actors if m.end <= agent.start] + [agent], agent)
    if target is None and allies and (trigger.rule.sub_event_type == "Agreement" or
                                      _RECIPROCAL.fullmatch(text, trigger.start, trigger.end) and
                                      not text.startswith(" with", trigger.end)):
        target = allies[0]  # "The army and the RSF agreed to a ceasefire", "... clashed": the two parties
    if agent is not None and (target is None or target.actor is agent.actor) and \
            _RECIPROCAL.fullmatch(text, trigger.start, trigger.end) and _rivals_subject(text, agent):
        target = agent  # "rival armed groups exchanged fire": one plural that is both sides (the dead among them)
    if target is None and agent is not None and agent.actor.inter not in STATE_INTERS and \
            trigger.rule.event_type == BATTLES:
        # the forces of the base the doers struck, told before the fight's word: "Al-Shabaab militants attacked a Somali
        # army base in Bariire, triggering hours of fighting" (the army fought them; its base names it)
        target = next((m for m in actors if agent.end <= m.start and m.end <= trigger.start and
                       m.actor.inter in STATE_INTERS and _facility_before(text, m, trigger)), None)
    if target is None:
        # (nor the doer's own faction: "dissidents of the former FARC belonging to the Central General Staff")
        rest = [m for m in (after + (before if passive or agent else [])) if m is not agent
                and not (agent and one_group(m.actor, agent.actor) and not _foes_counted(m, agent, trigger, casualties))
                # (nor a state doer's own men told with its act: "with drone strikes and hundreds of troops")
                and not (agent and agent.actor.inter in STATE_INTERS and m.actor.generic and m.actor.inter in STATE_INTERS
                         and _WITH_ITS_ACT.fullmatch(text, trigger.end, m.start))
                and m not in allies and not (
                    trigger.rule.sub_event_type == "Mob violence" and FACILITY_AFTER.match(text, m.end))]
        # (a mob that storms a police station lynches a man: no place is its target)
        if rest:
            # the men of a place named as such come after those named themselves ("rammed a vehicle into a police
            # station, killing 23 soldiers": the soldiers)
            rest.sort(key=lambda m: FACILITY_AFTER.match(text, m.end) is not None)
            named = [m for m in rest if not m.actor.generic]
            target = (named or rest)[0]
            if named and rest[0].actor.generic and rest[0].actor.inter in STATE_INTERS and \
                    _AND_LINK.fullmatch(text, rest[0].end, named[0].start):
                target = rest[0]  # "clashing with soldiers and VDP volunteers": the state's men, their auxiliaries beside
            if target.actor.generic and not named:
                others = [m for m in actors if not m.actor.generic and m is not agent and m not in allies and
                          (agent is None or m.actor is not agent.actor)]
                target = others[0] if others else target
    if agent is not None and target is not None and target.actor.generic and target.actor.inter not in STATE_INTERS:
        # the men a raid killed are of the group whose place it raided ("raided an al-Shabaab hideout, killing two
        # militants after a brief exchange of fire": al-Shabaab's)
        target = next((m for m in actors if not m.actor.generic and m.actor is not agent.actor and
                       m.actor.inter not in STATE_INTERS and _facility_before(text, m, trigger)), target)
    if (agent is not None or target is not None) and (repeller := _repeller(text, mentions, trigger)) is not None and \
            (agent or target).actor is not repeller.actor:
        if agent is None and target.actor.generic and target.actor.inter in ARMED_GROUP_INTERS:
            # the attack's doers told only by its dead, the speaker's foes: "Burkina Faso's army said it had repelled an
            # attack on Djibo, killing more than 40 assailants" (the assailants the doers; a group's later claim names them)
            agent = target
        target = repeller  # "The army said it repelled an attack by JNIM fighters on its base, killing dozens of assailants"
    if trigger.rule is REPELLED_ASSAULTS:
        # "Ukrainian defenders repelled 47 Russian assaults": the assaults' side the doer, the defenders the target
        assaulting = next((m for m in mentions if trigger.start < m.start < trigger.end), None)
        defending = next((m for m in reversed(mentions) if m.end <= trigger.start), None)
        if assaulting is None and defending is not None:
            # the assaults told by their side earlier in the sentence, then repelled with no side in the words: "Russian
            # forces launched 38 assaults near Pokrovsk, the General Staff said, adding that its troops had repelled
            # most of the attacks" (the first armed side named that is not the defenders, nor the one telling of it)
            assaulting = next((m for m in mentions if m.end <= defending.start and not m.speaker and
                               m.actor is not defending.actor and m.actor.inter in ARMED_INTERS), None)
        if assaulting is None and defending is not None and not defending.speaker and \
                _POSSESSIVE_ARM_BEFORE.search(text, max(0, trigger.start - 40), trigger.start):
            # the arm told by the speaker's pronoun, the speaker after: "Russian troops carried out 14 attacks near
            # Kupiansk, and its forces repelled them all, Ukraine's General Staff said" (the attacks' side the doer)
            speaker = next((m for m in mentions if m.speaker and m.start >= trigger.end and
                            m.actor is not defending.actor and m.actor.inter in STATE_INTERS and
                            not _SENTENCE_STOP.search(text, trigger.end, m.start)), None)
            if speaker is not None:
                assaulting, defending = defending, speaker
        if assaulting is not None and defending is None and assaulting.actor.inter in STATE_INTERS and \
                assaulting.actor.country in ENEMY_OF:
            # no defender named, the assaults a warring state's: its foe's forces fended them off ("Ukraine says it
            # repelled Russian attacks near Kupiansk", the country no party in the words)
            defending = state_forces(trigger.start, trigger.end, ENEMY_OF[assaulting.actor.country])
        agent, target = assaulting, defending or target
    return agent, target


# the fight the passive's dead died in, its other side named next: "were killed in an encounter with the CRPF", "were
# neutralised in a gunfight with the DRG"
_IN_FIGHT_WITH_AFTER = re.compile(
    r"(?:\s+[\w-]+){0,2}?\s+(?:in|during)\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:encounter|clash|gunfight|gun\s+battle|firefight|"
    r"fire\s*fight|shootout|exchange\s+of\s+fire|battle|skirmish)\s+with\s", re.IGNORECASE)


# a force's arm told by a possessive, no side named: "and its forces repelled them all"
_POSSESSIVE_ARM_BEFORE = re.compile(r"\b(?:its|their)\s+(?:own\s+)?(?:forces|troops|units|soldiers|defenders)\s+"
                                    r"(?:had\s+|have\s+|also\s+)?$", re.IGNORECASE)


def _foes_counted(m: ActorMention, agent: ActorMention, trigger: Trigger, casualties: list[CasualtyMention]) -> bool:
    """Unnamed state forces counted as the toll after a foreign force's act ("an Azerbaijani drone struck a vehicle,
    wounding three servicemen"): its victims, the scene's forces, not its own men."""
    return m.actor.generic and not agent.actor.generic and agent.actor.inter in STATE_INTERS and \
        m.start > trigger.end and any(c.start <= m.start and m.end <= c.end for c in casualties)


# the words a state's forces use only of their own acts: "neutralized", "eliminated", "liquidated", "sent to hell",
# "liberated" (a place)
_STATE_MEDIA_ACT = re.compile(r"neutrali[sz]|eliminat|liquidat|sent\s+to\s+hell|liberat", re.IGNORECASE)


# what a speaker tells, up to the act in its clause: "said the missile was intercepted"
_TOLD_OF = re.compile(_SPOKESMAN + r"\s+(?:said|says|reported|announced|stated|confirmed)\s+" + _SAID_ON +
                      r"(?:that\s+)?[^.;:!?]{0,60}")


# an attack told as fended off by the force that speaks of it: the force the attack was on
_REPELLED = re.compile(r"(?:repelled|repulsed|fought\s+off|foiled|thwarted|beat\s+back|pushed\s+back)\s+"
                       r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?", re.IGNORECASE)


_REPEL_WORD = re.compile(r"repel|repuls|fought|foil|thwart|beat|pushed", re.IGNORECASE)


def _repeller(text: str, mentions: list[ActorMention], trigger: Trigger) -> ActorMention | None:
    """The speaker that says it fended off the act ("Burkina Faso's army said it repelled an attack"), or None."""
    speakers = [m for m in mentions if m.speaker and m.end <= trigger.start]
    # (the fight the repelled attack became, told after it in its sentence: "said it had repelled an attack by coalition
    # forces on its positions, in fighting that killed seven people")
    ensuing = text.endswith(" in ", 0, trigger.start) or text.endswith(" in the ensuing ", 0, trigger.start)
    if not speakers or not _REPEL_WORD.search(text, max(0, trigger.start - (200 if ensuing else 40)), trigger.start):
        return None  # (most acts: no speaker before them, or no word of fending off)
    for m in speakers:
        if (said := _SAID_IT.match(text, m.end, trigger.start)) and (
                _REPELLED.fullmatch(text, said.end(), trigger.start) or
                ensuing and (repelled := _REPELLED.match(text, said.end())) and
                _FIGHT_OF_THE_REPELLED.fullmatch(text, repelled.end(), trigger.start)):
            return m
    return None


# what a repelled attack is told by, up to the fight it became: "an attack by coalition forces on its positions near the
# town, in " (one clause: no sentence's end, no second speaker)
_FIGHT_OF_THE_REPELLED = re.compile(r"(?:attacks?|assaults?|offensives?|raids?)\b[^.;:!?]{0,120}?,?\s+in\s+(?:the\s+ensuing\s+)?",
                                    re.IGNORECASE)


# "clashes between two rival armed groups": one plural of unnamed men that is both sides
_AND_AFTER = re.compile(r",?\s+(?:and|&)\s")
_FACTIONS_OF = re.compile(r"(?:the\s+)?(?:two\s+|2\s+)?(?:rival\s+|warring\s+|competing\s+)*(?:factions|wings|cells)\s+of\s+(?:the\s+)?",
                          re.IGNORECASE)
_RIVALS = re.compile(r"(?:the\s+)?(?:two\s+|2\s+)?(?:rival\s+|warring\s+|competing\s+)*", re.IGNORECASE)
_FACTIONS = re.compile(r"\s+(?:factions|wings|cells)\b", re.IGNORECASE)
_BOTH_SIDES_BEFORE = re.compile(r"(?:the\s+)?(?:two\s+|2\s+)?(?:(?:rival|opposing|competing|armed)\s+)*")


def _both_sides(text: str, between_end: int, party: ActorMention) -> bool:
    """Whether the first party after "between" is a plural of unnamed armed men standing for both sides ("between
    two rival armed groups", "between rival militants"), or a group's factions ("between rival factions of the Sinaloa
    cartel"), not the first of two ("between gunmen and police")."""
    if not party.actor.generic and (_FACTIONS_OF.fullmatch(text, between_end, party.start) or
                                    _RIVALS.fullmatch(text, between_end, party.start) and _FACTIONS.match(text, party.end)):
        return True  # ("between Sinaloa cartel factions")
    return party.actor.generic and party.actor.inter in ARMED_GROUP_INTERS and text[party.end - 1:party.end] == "s" and \
        _BOTH_SIDES_BEFORE.fullmatch(text, between_end, party.start) is not None and \
        not _AND_AFTER.match(text, party.end)


# acts two subjects do to each other ("The army and the RSF clashed"; not "launched an attack", done together)
_RECIPROCAL = re.compile(r"clash(?:ed|es)?|fought|skirmished|battled|(?:exchanged|traded)\s+fire", re.IGNORECASE)
_RIVALS_BEFORE = re.compile(r"(?<![\w-])(?:rival|warring|opposing|competing)\s+(?:armed\s+)?$", re.IGNORECASE)


def _rivals_subject(text: str, agent: ActorMention) -> bool:
    """Whether the subject of a reciprocal act is a plural of unnamed armed men written as rivals ("rival armed groups
    exchanged fire", "warring militias clashed"): both sides, as "between two rival armed groups" is."""
    return agent.actor.generic and agent.actor.inter in ARMED_GROUP_INTERS and text[agent.end - 1:agent.end] == "s" and \
        _RIVALS_BEFORE.search(text, max(0, agent.start - 20), agent.start) is not None


def _first_of_coordinated(text: str, before: list[ActorMention], agent: ActorMention) -> tuple[ActorMention, list]:
    """'Iraqi forces and Kurdish Peshmerga fighters launched': the first of named subjects written together acts,
    and the others with it, not upon it (not of "the victim and the gunman": which of two such is the doer the
    order does not say; but "Government forces and the Islamist al-Shabaab fought": the state's are no victim).
    before: the actors up to the agent, in text order."""
    last = at = before.index(agent)
    while at and (not before[at - 1].actor.generic or before[at - 1].actor.inter in STATE_INTERS) and \
            _AND_LINK.fullmatch(text, before[at - 1].end, before[at].start):
        at -= 1
    return before[at], before[at + 1:last + 1]


def in_arms(civilians: ActorMention) -> ActorMention:
    """Civilians who fight: a community in arms (ACLED's communal militia)."""
    return replace(civilians, actor=alias_table().actor("Unidentified Communal Militia ({country})"))


_CROWD_NOUNS = frozenset({"villagers", "residents", "youths", "locals", "crowd", "crowds"})


def crowd_kills(text: str, trigger: Trigger, actor1: ActorMention | None) -> bool:
    """'Villagers burned a suspected thief to death', 'Angry youths beat two men to death': civilians who kill, the
    subject of the act's own clause, are a mob (ACLED's rioters)."""
    return actor1 is not None and actor1.actor.inter == CIVILIANS and trigger.rule.sub_event_type == LETHAL and \
        not trigger.rule.noun and not PASSIVE_BEFORE.search(text, max(0, trigger.start - 25), trigger.start) and \
        actor1.end <= trigger.start and text[actor1.start:actor1.end].lower() in _CROWD_NOUNS and \
        not _CLAUSE_BREAK.search(text, actor1.end, trigger.start)


def sub_type(rule, actor1: ActorMention | None, actor2: ActorMention | None,
              casualties: list[CasualtyMention]) -> tuple[str, str]:
    """(event_type, sub_event_type) of an act, once its doer, its target and its dead are known."""
    return resolve_sub_type(rule, actor1_inter=actor1.actor.inter if actor1 else None,
                            actor1_air=bool(actor1 and actor1.air), actor2_inter=actor2.actor.inter if actor2 else None,
                            # (the doer dead by his own act is no fighter it was done to: "killing himself and a guest")
                            victims_combatants=any(m.category == "combatants" and m.force != PERPETRATOR
                                                   for m in casualties))


# the day of a death, which may come days after the attack
DEATH_WORD = re.compile(r"(?:died|dies|succumbed|(?:pronounced|declared)\s+(?:dead|deceased)|passed\s+away)\b",
                         re.IGNORECASE)


_IN_CUSTODY = re.compile(r"\s+(?:(?:while\s+)?(?:in|under)\s+(?:[\w-]+\s+){0,2}?(?:custody|detention)|"
                         r"(?:at|in)\s+(?:an?|the)\s+police\s+(?:station|cell|lock-?up))\b", re.IGNORECASE)


def custody_death(text: str, trigger: Trigger) -> bool:
    """A death its word tells in custody ("died in police custody", "died in custody hours later")."""
    return DEATH_WORD.match(text, trigger.start) is not None and _IN_CUSTODY.match(text, trigger.end) is not None


def same_actor(a: Actor, b: Actor) -> bool:
    """One actor, or one actor's generic and national forms ("a police officer", "Serbian police")."""
    return a is b or a.name == b.name and (a.generic or b.generic or a.country == b.country)


def apart_in_scene(a: Actor, b: Actor, country: str | None) -> bool:
    """Whether one's national form and the other's generic one are two countries' forces in the event's country:
    "an Azerbaijani drone struck a vehicle in Armenia, wounding three servicemen" (unnamed, so the scene's)."""
    return country is not None and a.resolved(country)["country"] != b.resolved(country)["country"]


def one_group(a: Actor, b: Actor) -> bool:
    """One actor, or a group and its branch named after it ("Islamic State", "Islamic State Khorasan Province"):
    a title may name the parent where the body names the branch."""
    # (and a faction named after its group: "Sinaloa Cartel: Los Chapitos")
    return same_actor(a, b) or any(x.name.startswith((y.name + " ", y.name + ":")) for x, y in ((a, b), (b, a)))


# "militants linked to al Qaeda", "al Qaeda-linked fighters": the men told by whom they are tied to, not by name
_TIED_BEFORE = re.compile(r"\b(?:linked|affiliated|allied|tied|loyal|close|connected)\s+(?:to|with)\s+(?:the\s+)?$",
                          re.IGNORECASE)
_TIED_AFTER = re.compile(r"\w-(?:linked|affiliated|allied|aligned)\b", re.IGNORECASE)


def vague_doer(text: str, doer: ActorMention | None, named_claimer: bool) -> bool:
    """Whether a doer is one a claim or a blame names better: none, unnamed men, or (for a named claimer) men told only
    by the group they are tied to ("militants linked to al Qaeda" - "JNIM claimed the attack")."""
    return doer is None or doer.actor.generic or named_claimer and (
        _TIED_BEFORE.search(text, max(0, doer.start - 30), doer.start) is not None or
        _TIED_AFTER.search(text, doer.start, doer.end + 12) is not None)  # (the alias may hold it: "X-linked")
