"""Casualty mentions: how many were killed, wounded, shot (hit, fate not yet said), missing or
abducted, who they were (civilians / combatants / unknown), and the phrase it was read from.

Mentions come from a handful of constructions, each a regex over the sentence:
  subject first   "At least 20 civilians were killed", "a 45-year-old man was found dead",
                  "Chad Murray, 31, was shot once", "seven more were wounded"
  object first    "killing 80 militants", "left two dead", "shot and killed a woman"
  death toll      "the death toll rose to 12"
  nouns           "two deaths", "the bodies of two people"
  none            "No casualties were reported", "no one was hurt" (0, not unknown)
  subsets         "one of them died" counts; "Two of those wounded are in critical condition" adds nobody.
Totals over a report are combined in casualty_counts.combine(); see there for why max and not sum.
Who the victims are (the mention record, the victim nouns, their categories and sides) is in victims.py;
whether a sentence counts a period's dead rather than an act's, in period_tallies.py.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .matching import (
    GroupsWhereFound,
    fewest_first,
    fewest_words,
    optionals_as_branches,
    by_first_letter,
    fold,
    folded_regex,
    holds_a_word,
    literal_words,
    may_hold,
)
from .numbers import QUANTITY_FIRST_WORDS, QUANTITY_PATTERN, QUANTITY_RE, TENS, UNITS, VAGUE, Quantity, parse_quantity
from .dates import MONTH_NAMES
from .period_tallies import period_tally, war_toll_start
from .victims import (ABDUCTED, ANIMAL_AFTER, ANIMALS, ARMED_GROUP, STATE_FORCES, CATEGORY, FORCE, HIT, KILLED, MISSING, MORE_DETS, OFFICE_NOUNS, PERPETRATOR,
                      SHOOTER_AMONG, SINGULAR_KIN, WOUNDED, CasualtyMention, a_relation, told_by_trade, force_of, identity, named_together, same_person,
                      victim_category)


# A quantity starts with a digit or one of a few words: the leading lookahead fails every other
# word at once, where the pattern itself tries some hundred alternatives there ('a' covers 'about').
_QTY_BODY = re.sub(r"\(\?P<\w+>", "(?:", QUANTITY_PATTERN)
_QTY_PREFIXES = [w for w in QUANTITY_FIRST_WORDS if not any(o != w and w.startswith(o) for o in QUANTITY_FIRST_WORDS)]
_QTY = rf"(?=\d|{literal_words(_QTY_PREFIXES)})" + _QTY_BODY
# Where a space or a comma follows the quantity (SUBJECT_FIRST, GAP_INJURY, NOUN_RESULT), its first
# word is a whole one (the words within a quantity part at spaces and hyphens): the lookahead then
# also fails "international" or "news", which start like "in" and "no".
_QTY_WORD = rf"(?=\d|(?:{literal_words(QUANTITY_FIRST_WORDS)})[\s,-])" + _QTY_BODY
# "a 16-year-old was shot": the age stands for the person
# (a run of letters taken whole, "++": a shorter one leaves a letter where "-" must follow, and each try of one costs)
_AGE_NOUN = r"(?<![\w-])(?:\d{1,3}|[a-z]++(?:-[a-z]++|))-year-olds?"
# "killed a village head", "two district heads": a local leader; a bare "head" is the body's ("shot in the head")
_LOCAL_HEAD = r"(?:village|district|ward|community|clan|town)[ \t]+heads?"
# "a member of the security forces", "a member of the public": one member, only of a force or of the public ("shot a
# member of the Flammers gang in 2015" is too often a court story's recalled act)
_ONE_MEMBER = r"member(?=\s+of\s+the\s+(?:[\w-]+\s+){0,2}?(?:forces|army|police|military|gendarmerie|public)\b)"
# ... or one of a staff or a family ("One staff member was shot dead", "a family member"; first: "staff" alone is a noun
# of the lists too)
_GROUP_MEMBER = r"(?:staff|family|crew)[ \t]+member"
# a former partner told with "ex-" ("shot his ex-wife", "her ex-boyfriend was killed"): one word, no filler before a noun
_EX_PARTNER = r"ex-(?:girlfriend|boyfriend|wife|husband|partner|fiancee|fiance)"
_NOUN = (_GROUP_MEMBER + "|" + literal_words(sorted(CATEGORY.keys() - {"head", "heads", "member"}, key=len, reverse=True))  # longest first
         + "|" + _LOCAL_HEAD + "|" + _AGE_NOUN + "|" + _ONE_MEMBER + "|" + _EX_PARTNER)
# the nouns of one person (those whose plural is a noun of the lists too): a title before a name ("governor Ali Khan")
_SINGULAR_NOUN = literal_words(sorted((n for n in CATEGORY.keys() - {"head", "member"}
                                       if ({n + "s", n + "es", n[:-1] + "ies", n[:-3] + "men"} - {n}) & CATEGORY.keys()),
                                      key=len, reverse=True))
# the plural nouns of the lists ("passengers", "children"): "kidnapped the passengers" tells no count
_PLURAL_NOUNS = frozenset({"children", "people", "police"} | {
    p for n in CATEGORY for p in (n + "s", n + "es", n[:-1] + "ies", n[:-3] + "men") if p != n and p in CATEGORY})
_ONE_DET = frozenset("a an another one".split())
_PLURAL_AUX = re.compile(r"\s*(?:were|are|have)\b", re.IGNORECASE)  # a verb in the plural ("were killed")
# kin told in the plural whose number is known: "killed his parents", "Her grandparents were found dead" (two)
_A_PAIR_OF_KIN = frozenset({"parents", "grandparents"})
# A word followed by a space never matches a shorter part of itself: the possessive '++' (here and in
# the names below, which a space, a comma or the end of the phrase follows) spares re from trying each.
# words that cannot qualify a victim noun: they end the noun phrase ("left one man dead and two ...")
_STOP = literal_words("""and or but was were is are has have had been who that which dead killed wounded injured hurt
shot left leaving died in on at of by with after before the a an his her their to from for
either neither any each every both""".split() + [*UNITS, *TENS, *(w for w in VAGUE if " " not in w)]) + r"|\d+"
# (a number word is a count, never a qualifier: "He said fifty people were killed", "She said several people were
# killed" count them, not the speaker)
# (and initials: "U.S. service members"; and a name's letters in brackets: "Four Frontier Corps (FC) soldiers")
_FILLER = rf"(?:(?:(?-i:[A-Z]\.){{2,}}|\((?-i:[A-Z]{{2,6}})\)|(?!(?:{_STOP})\b)[\w'’-]++)[ \t]+)"
# "police officers", "family members", "security guards": qualifiers before the head noun
# (a title of office a word or two on is the head: "deputy finance minister", not the deputy)
_OFFICE_AHEAD = rf"(?![ \t]+(?:[\w-]+[ \t]+)?(?:{literal_words(OFFICE_NOUNS)})\b)"
# "A Missouri State Highway Patrol trooper", "A Kern County Sheriff's Office deputy", "A St. Louis County police
# officer" (a name's abbreviated word): an agency's name before one
# person's noun, more words than a qualifier's; and the agency's own word for the job after it ("A Chicago Transit
# Authority bus driver", "A Washington Metropolitan Area Transit Authority train operator")
_FILLERS = fewest_first(_FILLER, 3)  # (_FILLER{0,3}?)
# (the look for a capital first spares re setting up the name's repetition where the fillers failed at a lower-case word)
_ONE_PERSON_QUALIFIER = rf"(?:{_FILLERS}|(?-i:(?=[A-Z][a-z]))(?-i:[A-Z][a-z]+(?:['’]s|\.)?[ \t]+){{3,6}}?(?-i:(?!(?:{_STOP}|said|says|told)\b)[a-z]+[ \t]+){{0,2}}?)"
# (not a count or a source's word after the name: "the Syrian Democratic Forces said three civilians were killed")
_NOUN_PHRASE = rf"(?:{_FILLERS}(?:{_NOUN})\b{_OFFICE_AHEAD}(?:[ \t]+(?:{_NOUN})\b|))"  # ("volunteer fighters": the last is the head)

_KILL = (r"(?:shot\s+(?:and\s+)?killed|shot\s+dead|shot\s+to\s+death|stabbed\s+to\s+death|beaten\s+to\s+death|"
         # "were burned to death by a mob", "were lynched"
         r"(?:burned|burnt|hacked|stoned|clubbed|bludgeoned)\s+to\s+death|lynched|"
         r"(?:fatally|mortally)\s+(?:shot|stabbed|wounded|injured|struck|hit)|"
         r"(?:found|discovered)\s+(?:shot\s+(?:dead|to\s+death)|dead|deceased|slain|murdered|killed)|"
         # ("was declared brain dead", "did not survive": the end told in a hospital's words; one "taken off life support"
         # only in the clause of their wound, see _DEAD_AT_LAST: a sentence of its own often recalls an earlier victim)
         r"(?:pronounced|declared)\s+(?:brain[\s-]+)?(?:dead|deceased)|did\s+not\s+survive|didn['’]t\s+survive|"
         r"killed|dead|died|slain|murdered|executed|perished|beheaded|decapitated|"
         r"martyred|"  # South Asian and Middle Eastern usage: "three policemen were martyred"
         # a Sahel army's "neutralised 50 terrorists" (not "neutralised an explosive device": no noun of a person follows)
         r"neutrali[sz]ed|"
         # state media's words for killing the enemy: "eight khwarij were sent to hell", "30 militants were eliminated",
         # and for a soldier's death: "two soldiers embraced shahadat" (Pakistan's ISPR)
         r"eliminated|liquidated|sent\s+to\s+hell|embraced\s+(?:shahadat|martyrdom)|"
         r"among\s+the\s+(?:dead|killed|fatalities)|"  # "three soldiers were among the dead": a part of the toll
         r"deceased|gunned\s+down|succumbed|passed\s+away|lost\s+(?:their|his|her)\s+li(?:ves|fe))")
# the harm a blow leaves, told by its kind in local crime copy ("suffered a fractured skull", "was treated for cuts and
# bruises", "suffered a bloody nose"; not "a pay cut", "a bruising defeat", "a broken promise")
_BLOW_HARM = (r"(?:(?<!pay\s)(?<!budget\s)(?<!wage\s)(?<!salary\s)(?<!funding\s)(?<!price\s)(?<!rate\s)(?<!tax\s)cuts?|"
              r"bruises|lacerations?|concussion|(?:broken|fractured|bloody)\s+(?:noses?|jaws?|arms?|legs?|wrists?|ribs?|"
              r"cheekbones?|skulls?|hands?|ankles?|collarbones?|fingers?|eye\s+sockets?))")
_GUNSHOT_WOUND = r"(?:gunshot|gun\s+shot|bullet|graze|stab)\s+wounds?"
_WOUND = (r"(?:wounded|injured|hurt|hospitali[sz]ed|stabbed|grazed|"
          r"treated\s+for\s+(?:\w+\s+){0,2}(?:injuries|wounds)|"
          r"(?:listed\s+|remains\s+|remained\s+|is\s+|was\s+)?in\s+(?:\w+\s+)?(?:stable|critical|serious|fair|grave)"
          r"(?:\s+but\s+stable)?\s+condition|"
          r"(?:suffered|sustained|received)\s+(?:[\w-]+\s+){0,3}?(?:injuries|injury|(?<!gunshot\s)wounds?)|"
          # (not the circumstance of another act: "fired a handgun while he was being treated at a hospital")
          r"undergoing\s+(?:treatment|surgery)|(?<!while\she\swas\s)(?<!while\sshe\swas\s)being\s+treated\b|fighting\s+for\s+(?:his|her|their)\s+li(?:fe|ves)|"
          # "two others are receiving treatment": those hurt, told by their care (not "receiving treatment for cancer")
          r"receiving\s+(?:\w+\s+)?treatment\b(?!\s+for\s+(?!(?:\w+\s+){0,2}?(?:injur|wound|burn))\w)|"
          r"recovering(?=\s+(?:from|at|in|after)\b|\s*[,.;])|"
          r"pistol[\s-]?whipped|beaten\s+with\s+(?:a|the)\s+(?:gun|pistol|handgun|rifle)|"
          r"hit\s+(?:\w+\s+){0,3}?with\s+(?:(?:a|the|his|her|their)\s+)?(?:gun|pistol|handgun|pistols|guns|rifle))")
# "a male victim was transported to a local hospital": someone hurt, their fate told elsewhere or not at all
_TO_HOSPITAL = (r"(?:taken|transported|rushed|driven|flown|airlifted|brought|sent)\s+(?:\w+\s+){0,2}?to\s+(?:a\s+|an\s+|the\s+)?"
                r"(?:[\w.'’-]+\s+){0,5}?(?:hospital|medical\s+center|trauma\s+center|emergency\s+room)\b"
                r"(?![^.;]{0,40}?\b(?:for|as)\s+(?:a\s+)?(?:psychiatric|mental|medical\s+evaluation|evaluation|"
                r"observation|precaution|precautionary|sobriety|blood|overdose|intoxicat)|"
                r"[^.;]{0,60}?\b(?:died|pronounced\s+(?:dead|deceased)|declared\s+(?:dead|deceased)|succumbed))")
# someone with a gunshot wound was hit; whether they survived is told elsewhere (or not at all)
_SHOT_WOUND = (r"(?:[\w-]+\s+){0,8}?(?:suffering\s+(?:from\s+)?|sustain(?:ed|ing)\s+|suffer(?:ed|ing)\s+|with\s+)"
               rf"(?:an?\s+|one\s+|two\s+|multiple\s+|at\s+least\s+one\s+|several\s+)?(?:[\w-]+\s+){{0,3}}?{_GUNSHOT_WOUND}")
# "took a bullet in the arm", "caught a stray bullet", "took a round to the stomach": one hit, told by the bullet taken
# (a stray one, or one told where it struck: not "took a bullet for the team")
_TOOK_A_BULLET = (r"(?:took|caught)\s+(?:a\s+|one\s+|two\s+|three\s+|several\s+|multiple\s+)?(?:stray\s+bullets?\b|"
                  r"(?:bullets?|rounds?)(?=\s+(?:in|to)\s+(?:the|his|her|their)\s+[a-z]))")
_HIT = (rf"(?:{_SHOT_WOUND}|{_TO_HOSPITAL}|{_TOOK_A_BULLET}|shot(?!\s+down\b)|struck\s+by\s+(?:gunfire|a\s+bullet|bullets|a\s+stray\s+bullet)|"
        r"hit\s+by\s+(?:gunfire|bullets|a\s+bullet|a\s+stray\s+bullet)|"
        r"(?:struck|hit)(?!\s+by\s+(?:a|an|the)\s+(?:car|vehicle|truck|train|suv|van|driver|motorist)))")
_MISSING = r"(?:missing|unaccounted\s+for)"
_ABDUCTED = r"(?:abducted|kidnapped|taken\s+hostage)"
_VERB = rf"(?:(?P<kill>{_KILL})|(?P<wound>{_WOUND})|(?P<hit>{_HIT})|(?P<missing>{_MISSING})|(?P<abducted>{_ABDUCTED}))"
# a word each alternative of _VERB holds (SUBJECT_FIRST cannot match without one; see may_hold): a look for them spares
# the costly search in a sentence whose casualty word is no such verb ("the death toll", "the hospital said")
_VERB_WORDS = (
    "shot", "stabbed", "beaten", "burn", "hacked", "stoned", "clubbed", "bludgeoned", "lynched", "fatally", "mortally",
    "found", "discovered", "pronounced", "declared", "killed", "dead", "died", "slain", "murdered", "executed", "perished",
    "beheaded", "decapitated", "martyred", "neutrali", "eliminated", "liquidated", "hell", "embraced", "fatalities",
    "deceased", "gunned", "succumbed", "passed", "lost", "survive",
    # _KILL ("among the dead|killed|fatalities" by its noun)
    "wound", "injur", "hurt", "hospitali", "grazed", "treated", "receiving", "condition", "undergoing", "fighting", "recovering",
    "whipped", "hit",  # _WOUND (and "beaten", "stabbed")
    "hospital", "medical", "trauma", "emergency", "struck", "bullet", "took a round", "caught a round",
    # _HIT (_SHOT_WOUND's "wound", "shot", "hit"; _TOOK_A_BULLET's)
    "missing", "unaccounted", "abducted", "kidnapped", "hostage")  # _MISSING, _ABDUCTED
_AUX = (r"(?:,?\s*(?:who|that)\s+)?(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been|"
        r"(?:has|have|had)(?=\s+(?:\w+\s+)?(?:died|passed|succumbed|lost|suffered|sustained))|got|"
        r"since(?=\s+(?:died|passed|succumbed)\b)|"  # "He has since died"
        r"been|being|also|reportedly|allegedly|critically|seriously|badly|later|then|both|all|each|subsequently|"
        r"reported|believed|feared|presumed|confirmed|"  # "dozens of soldiers reported killed"
        r"(?:said|thought|understood|known)\s+to\s+have\s+been|to\s+have\s+been|"  # "are believed to have been killed"
        # a day told between the verb's parts: "was on Tuesday lynched" (Nigerian and Kenyan usage)
        r"on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?|"
        r"apparently|eventually|initially|gravely|slightly|lightly|moderately|severely|non-fatally|were\s+both|ultimately|found|"
        # "a second victim was found nearby who had been shot": where they were found, then what befell them
        r"(?<=found\s)(?:nearby|at\s+the\s+scene|inside|outside)\s+(?:who|that)|"
        r"accidentally|unintentionally|inadvertently|mistakenly|"
        # "at least 20 people remain missing" (not "two remained hospitalized": often some of those already told)
        r"(?:remain|remains|remained|still)(?=\s+(?:\w+\s+)?(?:missing|unaccounted))|"
        # "four others are still being treated": a care that goes on (not "remained hospitalized", often those told)
        r"still(?=\s+(?:being\s+treated|receiving|undergoing)\b)|"
        r"(?P<neg>not|n't|never))\s+){0,4}")
# words in -ing after a noun that start no participle phrase telling which one (or tell what someone said, not their fate)
_NOT_PARTICIPLES = (r"(?:being|having|saying|claiming|telling|alleging|reporting|believing|thinking|fearing|knowing|"
                    r"including|according|during|following|regarding|concerning|involving|nothing|something|anything|"
                    r"everything|morning|evening|thing|king|bring|sing|ring|spring|string|wing)\b")
# an appositive name and/or age: "a man, John Smith, 25," / "Chad Murray, 31,"
# ... and a short place after the noun: "a man in a car", "the driver of the pickup", "three sailors aboard a tanker"
# ... or a remark set off by dashes: "A 14-year-old girl — believed to have been a bystander — was shot"
_APPOSITIVE = (r"(?:\s+(?:standing|sitting|waiting|walking)\s+(?:nearby|close\s+by|at\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)"
               r"(?=,|\s+(?:was|were)\b)"  # where they were: "a bystander waiting at a bus stop was grazed"
               # ... or what they were doing, a participle and its few words: "A woman sitting in a car was wounded",
               # "Two men sitting on a porch were wounded", "A woman walking her dog was grazed" (not a report's
               # "a man claiming his brother was shot", nor a list's "including")
               rf"|\s+(?-i:(?!{_NOT_PARTICIPLES})[a-z]{{2,}}ing)(?:\s+[\w'’-]+){{1,6}}?(?=\s+(?:was|were)\b)"
               # ... or whom they were with: "A woman with him was shot in the hand"
               r"|\s+(?:with|beside|behind)\s+(?:him|her|them)(?=\s+(?:was|were)\b))?"
               r"(?:\s+(?:in|inside|outside|from|of|at|near|on|aboard)\s+(?:a|an|the|his|her|their)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+"
               r"(?=\s+(?:was|were|is|are)\b))?"
               r"(?:\s+(?:—|–|--)\s*[^—–;.()]{1,80}?\s*(?:—|–|--)(?=\s+(?:was|were|is|are|had|has)\b))?"
               r"(?:,?\s+(?-i:(?:[A-Z][\w.'’-]+\s*){1,4}))?(?:,\s*(?:age\s+)?\d{1,3},?)?"
               # ... or a hometown, with its state's abbreviation: "Diaz of Lake Park, Ga., was shot"
               r"(?:,?\s+of\s+(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})(?:,\s+(?-i:[A-Z][a-z]{1,4}\.|[A-Z][a-z]+))?,"
               r"(?=\s+(?:was|were|is|has|had)\b))?"
               # (a list's aside runs longer: "Two Maoists, including a woman cadre carrying a reward of Rs 5 lakh, were
               # gunned down", "Three terrorists, including a top commander of the proscribed outfit, were killed")
               r"(?:,\s+(?:including\s+[^,;.()]{1,80}?|(?!(?:and|but|who|which|that|police|officials|authorities)\b)[^,;.()]{1,50}?),(?=\s))?"
               r"(?:,\s+who\s+[^,;.()]{1,60}?,(?=\s))?"
               # ... or a clause not set off that tells which one: "A man who fired a rifle at officers was shot",
               # "a man armed with a knife was killed" (not one that tells a fate or another clause: "the man who died
               # after he was shot", "a man who told police he was shot"; "a sub-leader wanted for kidnapping was killed");
               # or where they were: "A man who was also inside the store was shot in the arm"
               r"(?:\s+(?:(?:who|that)\s+(?:(?!(?:was|were|is|are|had|has|have)\b)|(?:was|were)\s+(?:also\s+)?(?=(?:in|inside|"
               r"at|on|near|outside|with|nearby|there|standing|sitting|riding|walking|home)\b))|armed\s+with\s+|"
               # "a man suspected of breaking into a shop was lynched", "a woman accused of witchcraft was hacked to death"
               r"(?:suspected|accused)\s+of\s+|"
               r"wanted\s+(?=for\s|in\s))"
               r"(?:(?!\b(?:he|she|they|died|dies|killed)\b)[^,;.()—–]){1,70}?"
               r"(?=\s+(?:was|were)\b))?")  # (its optional parts as branches: see optionals_as_branches)
_APPOSITIVE = optionals_as_branches(_APPOSITIVE)
# ("a third man": the ordinal tried before the bare article, so that it is the determiner and the man one more)
# ("their cousin was wounded": one person of theirs; not "their children", a count of its own)
# (grouped by first letter, in their order within one: see matching.by_first_letter)
_SINGULAR_DET = ("(?:" + by_first_letter([(d[0], d[1:]) for d in (
    r"a\s+second", r"a\s+third", r"a\s+fourth", r"a\s+fifth", "a", "an", "another", "one", "the", "this", "that", "his", "her",
    rf"their(?=\s+(?:{literal_words(sorted(CATEGORY.keys() - _PLURAL_NOUNS, key=len, reverse=True))})\b(?![\w'’-]))")])
    + ")")
_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5}
_ORDINAL_AT = re.compile(r"an?\s+(second|third|fourth|fifth)\b")
_OBJECT_DET = r"(?:a|an|another|one|the|his|her|their|its|[\w-]+['’]s)"  # (and a possessive: "Kenya's")
# (the runs of letters taken whole, as in _AGE_NOUN; "(?:X|)", not "(?:X)?": the same tries, but re sets up no
# repetition for it, at every word these are tried at)
_AGE_WORD = r"(?:\d{1,3}|[a-z]++(?:-[a-z]++|))[- ](?:year|month|week|day)s?[- ]old"
_AGE = rf"(?:{_AGE_WORD}\s+|)"
# the harm told before the noun, which its fate follows ("The injured man, 29, was taken to a hospital"; "injured"
# ends other noun phrases, see _STOP)
_HURT_BEFORE = r"(?:(?:injured|wounded)\s+|)"
# a vehicle's blow told before it: "The car hit an officer ... The injured officer was taken to the hospital" (the harm
# the adjective recalls is the car's, no gunshot)
_VEHICLE_HIT = re.compile(r"\b(?:car|vehicle|truck|suv|van|driver|motorist)\s+(?:\w+\s+)?(?:hit|struck|ran\s+(?:over|down))\b|"
                          r"\b(?:hit|struck)\s+by\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:car|vehicle|truck|suv|van)\b", re.IGNORECASE)


# one a vehicle struck, told at the end of the sentence before: "The SUV fled, striking a woman nearby. She was taken to
# Mount Sinai Hospital" (she is the vehicle's, not the gun's)
_VEHICLE_STRUCK_ONE = re.compile(r"\b(?:car|vehicle|truck|suv|van|driver|motorist)\b[^.;]{0,40}?\b(?:hit|struck|striking|"
                                 r"hitting|ran\s+over|running\s+over)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:woman|man|girl|boy|"
                                 r"pedestrian|person)\b[^.;]{0,40}\.\s*$", re.IGNORECASE)


def _hurt_by_a_vehicle_before(text: str, at: int, sing: str | None, pron: str | None = None) -> bool:
    """'the injured officer' after a vehicle struck someone: the hurt told is the vehicle's; so is 'she' right after."""
    if pron and pron.lower() in ("he", "she"):
        return _VEHICLE_STRUCK_ONE.search(text, max(0, at - 160), at) is not None
    return bool(sing) and sing.lower().startswith(("injured", "wounded")) and _VEHICLE_HIT.search(text, 0, at) is not None

# capitalised words that start sentences but name nobody
_NOT_NAMES_LIST = ("Police|Officers|Authorities|Officials|Deputies|Investigators|Detectives|Troopers|He|She|It|They|"
                   "The|This|That|There|Nobody|No|None|Everyone|Someone|Somebody|Everybody|Anyone|Who|What|Which|"
                   "Medics|Paramedics|Firefighters|Witnesses|Neighbors|Neighbours|Family|Friends|Sheriff|Chief|Mayor|"
                   "Nothing|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Several|Many|Some|Both|All|Each|"
                   "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|"
                   "July|August|September|October|November|December|Here|Now|Then|Later|Also|But|And|If|When|While|"
                   "After|Before|Since|Although|As|At|In|On|Of|For|By|With")
_NOT_NAMES = literal_words(_NOT_NAMES_LIST.split("|"))

_NOT_NAMES_START = re.compile(rf"(?-i:(?:{_NOT_NAMES})\b)")
# "Roney Lane died" is no person
# a person named right after an active verb: its object ("shot Dean"), not a day ("shot Tuesday")
_NAMED_OBJECT = re.compile(rf"\s+(?-i:(?!(?:{_NOT_NAMES})\b)[A-Z][a-z])")
# an Arabic last name's lower-case opening, its article or "son of" ("deputy leader Saleh al-Arouri", "Osama bin Laden")
_NAME_PARTICLE = r"(?:(?:al|el|ad|ar|as|ash|at|az|bin|ibn)[-\s])?"
# the name after a title with no article, given and last: "governor Ali Khan" (not "killed suspect Opinion: ...")
_TITLED_NAME = re.compile(rf"\s+(?-i:(?!(?:{_NOT_NAMES})\b)[A-Z][\w'’-]+\s+(?:[A-Z]\.\s+)?{_NAME_PARTICLE}"
                          rf"[A-Z][a-z])")
_NOT_STREET = "".join(rf"(?<!{w})" for w in ("Lane", "Street", "Avenue", "Road", "Drive", "Boulevard", "Court",
                                              "Place", "Parkway", "Highway", "Circle", "Terrace", "Ave", "St"))
# The patterns below that start where a word does open with '\b' before '(?<![\w-])': the same
# condition there (a word character follows), but re fails the inside of words at '\b' far faster.
# Where a victim can be named as the subject (SUBJECT_FIRST, GAP_INJURY): a number, a capitalised
# name, or a word that starts a quantity, a determiner ("a", "the", "his") or a pronoun, followed by a
# space or a comma. One look fails every other word, where the subject's alternatives are each tried.
_SUBJECT_START = (r"(?=\d|(?-i:[A-Z][a-z])|(?:"
                  + literal_words(sorted({*QUANTITY_FIRST_WORDS, "a", "an", "another", "one", "the", "this", "that", "his",
                                   "her", "their", "he", "she", "both", "they"}))
                  + r")[\s,-])")
# (its optional parts written "(?:(?P<g>X)|)", not "(?P<g>X)?": the same tries, but re sets up no repetition for them)
SUBJECT_FIRST = GroupsWhereFound(re.compile(
    rf"\b(?<![\w-]){_SUBJECT_START}(?:(?P<qty>{_QTY_WORD})(?:(?P<extra>\s+(?:more|others|other|additional|further))|)"
    rf"|(?P<det>{_SINGULAR_DET})\s+{_AGE}(?P<sing>{_HURT_BEFORE}{_ONE_PERSON_QUALIFIER}(?:{_NOUN})\b)"
    rf"|(?P<pron>\b(?:he|she|both|they|another)\b"
    # "Two civilians were martyred and a third was injured": one more, told by its rank
    rf"|\ba\s+(?:second|third|fourth|fifth)(?=\s+(?:was|had|has)\b))"
    rf"|(?P<name>(?-i:(?=[A-Z][a-z])(?!(?:{_NOT_NAMES})\b)[A-Z][a-z][\w'’-]++(?:\s+[A-Z][\w'’.-]++){{0,3}}){_NOT_STREET}"
    rf"(?=\s*,\s*\d{{1,3}}\s*,|\s*,\s+who\b|\s+(?:was|has|had|died|is)\b|,?\s+of\s+(?-i:[A-Z][a-z]))))"
    rf"(?:(?P<noun>\s+{_NOUN_PHRASE})|)"
    # "Eight personnel of the District Reserve Guard (DRG)": the unit they serve in, by its name (and abbreviation)
    # (or by its country's: "Two members of Iraq's Popular Mobilization Forces")
    rf"(?:\s+(?:of|from)\s+(?:the|(?-i:[A-Z][a-z]+)['’]s)(?:\s+(?-i:[A-Z][\w'’-]*)){{1,5}}(?:\s+\((?-i:[A-Z][\w'’-]*)\))?(?=\s+(?:and|were|was)\b)"
    # ("five of their fighters were killed": the group's men)
    rf"|(?P<subset>\s+of\s+(?:them|whom|(?:those|these|the|(?:its|their)(?=\s+(?:fighters|men|soldiers|troops|"
    rf"militants|members)\b))(?:\s+\w+){{0,2}}?)"
    # ... "four members of regime forces", "two fighters of Turkish-backed factions": the force they serve in
    rf"|\s+of\s+(?:[\w-]+\s+)?(?:forces|troops|militias?|factions)\b)|)"
    # "a man and a teenage girl were wounded": two people, each introduced
    rf"(?:(?P<pair>(?<=\w)\s+and\s+(?:(?:a|an|the|his|her|their|another)\s+)?{_AGE}{_FILLERS}(?:{_NOUN})\b)|)"
    rf"{_APPOSITIVE}"
    # "the victim staggered off the porch and was found dead": a first act, then what befell them
    rf"(?:(?P<firstvp>\s+(?!(?:was|were|is|are|has|had|and)\b)[a-z]+ed\b[^,;.()]{{0,40}}?\s+and(?=\s+(?:was|were)\b))|)"
    rf"\s+(?P<aux>{_AUX}){_VERB}(?![\w-])(?:(?P<object>(?:\s+and\s+(?!(?:a|an|the|his|her|their)\s)\w+|)\s+(?:{_OBJECT_DET}|him|her|them|\d+|two|three|four|five|six|seven|eight|nine|ten)\b)|)",
    re.IGNORECASE))
# what befalls one hurt at the end, told of them by a passive ("was declared brain dead", "has been taken off life support")
_DEAD_AT_LAST = r"(?:pronounced|declared)\s+(?:brain[\s-]+)?(?:dead|deceased)|(?:taken|removed)\s+(?:off|from)\s+(?:of\s+)?life\s+support"
# "A man who was shot in the stomach Monday night passed away Tuesday", "a 17-year-old shot during a
# struggle on Sunday has died": the victim, what happened to them, then their death
# the full stop of a month's abbreviation ("Feb. 20")
_MONTH_ABBREV_DOT = "(?:" + "|".join(rf"(?<=\b{m})" for m in "Jan Feb Mar Apr Aug Sep Sept Oct Nov Dec".split()) + r")\."
SHOT_THEN_DIED = re.compile(
    rf"\b(?<![\w-])(?:(?P<det>{_SINGULAR_DET})\s+{_AGE}(?P<sing>{_FILLERS}(?:{_NOUN})\b)"
    rf"|(?P<name>(?-i:(?=[A-Z][a-z])(?!(?:{_NOT_NAMES})\b)[A-Z][a-z][\w'’-]++(?:\s+[A-Z][\w'’.-]++){{0,3}}){_NOT_STREET}))"
    rf"\s+(?:(?:who|that)\s+(?:was|had\s+been)\s+(?:\w+ly\s+)?(?:shot|wounded|injured|struck|hit)\b"
    rf"|(?:shot|wounded|injured)(?=\s+(?:in|on|at|during|by|while|near|outside|inside|early|late|last|multiple|several|"
    rf"twice|once|(?:mon|tues|wednes|thurs|fri|satur|sun)day|this|after|following|earlier)\b))"
    # (a month's abbreviation is no sentence end: "A man who was shot on Feb. 20 died of his injuries Saturday")
    rf"(?:[^,;.()]|{_MONTH_ABBREV_DOT}){{0,80}}?\s+(?:(?:has|had|later|then|subsequently|eventually)\s+)*"
    rf"(?:died|passed\s+away|succumbed|did\s+not\s+survive|(?:was|has\s+been)\s+(?:{_DEAD_AT_LAST}))\b",
    re.IGNORECASE)
# "Moore and the car's driver were both hit", "Avis, Spann and Figueroa were shot": people named
# together as the subject of a plural verb, each one a victim
_PERSON = rf"(?:(?-i:[A-Z][a-z][\w'’-]++(?:\s+[A-Z][\w'’.-]++){{0,2}})|(?:the|a|an|his|her|their)\s+(?:[\w'’-]+\s+){{0,2}}?(?:ex-)?(?:{_NOUN}))"
# ... each with its age and, after a noun, its name set off by commas: "Angela Fuller, 44,", "her husband, Curtis Fuller, 47,"
_PERSON_TOLD = (rf"(?:(?-i:[A-Z][a-z][\w'’-]++(?:\s+[A-Z][\w'’.-]++){{0,2}})|(?:the|a|an|his|her|their)\s+(?:[\w'’-]+\s+){{0,2}}?"
                rf"(?:ex-)?(?:{_NOUN})(?:,\s+(?-i:[A-Z][a-z][\w'’-]++(?:\s+[A-Z][\w'’.-]++){{0,2}})(?=,))?)(?:,\s*\d{{1,3}}(?=,))?")
_PERSON_TOLD_ITEM = re.compile(_PERSON_TOLD, re.IGNORECASE)
NAMED_GROUP = re.compile(
    rf"\b(?<![\w-])(?P<people>{_PERSON_TOLD}(?:,\s+{_PERSON_TOLD}){{0,4}},?\s+and\s+{_PERSON_TOLD}),?\s+(?:were\s+(?:both\s+|all\s+|also\s+)?"
    # ("A woman and her two children were found shot to death": found, then how they died)
    rf"(?:(?P<kill>(?:found\s+)?shot\s+(?:and\s+killed|dead|to\s+death)|killed|found\s+dead)|(?P<hit>shot|wounded|injured|hit|struck))"
    # "police found Angela Fuller, 44, and her husband dead": the object of "found" (checked where it is used)
    rf"|(?P<founddead>dead|shot\s+(?:dead|to\s+death)))\b",
    re.IGNORECASE)
_FOUND_BEFORE = re.compile(r"\bfound\s+$", re.IGNORECASE)
# "Isidor was one of two people shot at the home": the group, of which one is told
ONE_OF_GROUP = re.compile(
    rf"\bone\s+of\s+(?:the\s+)?(?P<qty>{_QTY})\s+(?:people|persons|men|women|victims|teens|teenagers|children|"
    rf"officers|others|customers|passengers|students)\s+(?:who\s+(?:were|was|had\s+been)\s+)?"
    rf"(?:(?P<kill>killed|shot\s+dead|shot\s+and\s+killed|shot\s+to\s+death)|(?P<hit>shot|wounded|injured|hurt|hit|struck))\b"
    # not a tally of a day or a city: "one of five people shot Thursday", "one of 30 shot across the city"
    rf"(?!\s+(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|this|last|since|so\s+far|over|during|across|around|"
    rf"throughout|in\s+(?:the\s+)?(?:city|county|area|state|region)))",
    re.IGNORECASE)
# "He and his sister were shot", "she and a friend were wounded": the one told and someone beside them
PRONOUN_PAIR = re.compile(
    rf"\b(?<![\w-])(?:he|she)\s+and\s+(?:his|her|a|an|the|their)\s+{_AGE}{fewest_first(_FILLER, 2)}(?:{_NOUN})\s+were\s+"
    rf"(?:both\s+|also\s+|each\s+)?(?:(?P<kill>killed|shot\s+dead|shot\s+and\s+killed|shot\s+to\s+death)|"
    rf"(?P<hit>shot|wounded|injured|hurt|hit|struck))\b",
    re.IGNORECASE)
# "Two people were shot, one fatally": the fatal part of a group already counted
FATAL_SUBSET = folded_regex(
    rf"(?:,|;|\band\b|\bwith\b|[—–]|\s-)\s*(?P<qty>{_QTY})\s+(?:of\s+(?:them|whom)\s+)?(?:fatally|mortally)\b",
    word_start=False)
# the body one victim serves in, told after the noun: "a member of the security forces", "a commander of the Syrian
# Democratic Forces" (before the next victim of a list: "... and a civilian")
_UNIT_OF = r"\s+of\s+the(?:\s+[\w'’-]+){1,4}?"
# the items of a list of victims of different nouns before its last "and": "killing a soldier, a police officer and two
# civilians" (each counted; only after a noun that tells a kind: "killing a man, a farmer ..." is one man told twice)
_LIST_ITEM_AFTER = re.compile(rf"(?:{_UNIT_OF})?,\s+(?:(?P<qty>{_QTY})|(?P<det>an?|one)(?=\s))(?P<noun>\s*{_NOUN_PHRASE})(?![\w-])"
                              r"(?=(?:\s+of\s+the(?:\s+[\w'’-]+){1,4}?)?(?:,|\s+and)\s)", re.IGNORECASE)
# a second group counted after the first: "killing 169 Afghans and 13 US troops", "20 soldiers and a civilian"
# (after a noun of the list or a people's name: "169 Afghans"; not "killed 3 and 4 people were hurt")
_AND_MORE = re.compile(rf"(?-i:\s+[A-Z][a-z]+s|,?(?:\s+{_NAME_PARTICLE}[A-Z][\w'’-]+){{1,3}}?,?|{_UNIT_OF})?"
                       rf"\s+and\s+(?:(?:his|her|their)\s+)?"
                       # (after a name, a title's: "killed the mayor, Ali Musa, and two aides", "deputy leader Saleh
                       # al-Arouri and six other members"; a part of one's own men: "a commander and four of his fighters")
                       rf"(?:(?P<qty>{_QTY})(?![- ](?:year|month|week|day)s?[- ]old)(?:\s+of\s+(?:his|her|their|its)(?=\s))?|"
                       rf"(?P<det>an?|another)(?=\s))"  # (an age is no count: "a couple and their 2-year-old son")
                       rf"(?P<noun>\s*{_NOUN_PHRASE})(?![\w-])"
                       r"(?!\s+(?:were|was|are|is|had|have|has|remain\w*|dead|injured|wounded|hurt|"
                       r"in\s+(?:the\s+|a\s+)?(?:hospital|critical|serious|stable|fair|grave))\b)", re.IGNORECASE)
AND_MORE_RULE = "and N more: added"
# those killed or hurt with the one told, counted after "along with": "killed the minister ... along with five other
# people", "shot dead a cleric along with two of his sons" (each one more of the act's dead)
_ALONG_WITH = re.compile(rf"\b(?:along|together)\s+with\s+(?:(?:his|her|their)\s+)?(?P<qty>{_QTY_WORD})"
                         rf"(?:\s+(?:other|more)\b|\s+of\s+(?:his|her|their|its)\b)?(?P<noun>\s*{_NOUN_PHRASE})(?![\w-])",
                         re.IGNORECASE)
# the kin and companions told after one victim: "a Hamas official, his son and daughter", "a village chief, his two
# sons and a nephew", "a man and his wife", "the mayor of Djibo and two of his aides" (each one more of the act's dead;
# a bare noun only after a possessive one, "his son and daughter"; not a new clause's subject, "and his wife was hurt";
# after a bare comma only a possessive one, not an apposition or a source: "the victim, a local resident", ", a
# rebel group said")
_KIN_ITEM = re.compile(rf"(?P<of>\s+of\s+(?-i:[A-Z][\w'’-]+))?(?:(?P<comma>,\s+)|,?\s+and\s+)(?P<pos>(?:his|her|their)\s+)?"
                       rf"(?:(?P<qty>{_QTY_WORD})\s+(?:of\s+(?:his|her|their)\s+)?|(?P<det>an?)\s+)?(?P<noun>{_NOUN_PHRASE})(?![\w-])"
                       r"(?!\s+(?:were|was|are|is|had|have|has|said|says|told|dead|injured|wounded|hurt)\b)", re.IGNORECASE)
KIN_RULE = "kin and companions after a victim: added"
PARTICIPLE_PRONOUN_KILLED = "told before (pronoun)"  # "killing her": the death of one just told, in its clause
# a possessive's count in a list of people ("A man, his wife and their three children", "a woman and her two
# daughters"): that many people, not one (not an age: "their 2-year-old son")
_KIN_COUNT = re.compile(rf"\s*(?:,\s*|\band\s+)?(?:his|her|their)\s+(?P<qty>{_QTY_WORD})(?![\w-])(?!\s+(?:year|month|week|day)s?[- ]old)",
                        re.IGNORECASE)


def _people_in(item: str) -> int:
    """How many people an item of a list of people names: the count after its possessive, else one."""
    counted = _KIN_COUNT.match(item)
    q = parse_quantity(counted.group("qty")) if counted else None
    return q.best if q is not None and q.best else 1
# "a family of five": the family's members are the count
_FAMILY_OF = re.compile(rf"\s+of\s+(?P<qty>{_QTY_WORD})(?![\w-])(?!\s+(?:[\w-]+\s+)?(?:{_NOUN})\b)", re.IGNORECASE)


# a list goes on after its first item set off by a comma ("a man, his wife and their son"); an appositive does not
_LIST_GOES_ON = re.compile(r",?\s+and\s+|,\s+(?:his|her|their|an?)\s", re.IGNORECASE)

_KIN_HEAD = re.compile(r"(?:step-?|grand)?(?:son|daughter|wife|husband|mother|father|brother|sister|child|baby|nephew|"
                       r"niece|cousin|girlfriend|boyfriend|fianc[eé]e?)(?:-in-law)?", re.IGNORECASE)
_CLAIMED_BEFORE = re.compile(r"\bclaim(?:s|ed|ing)?\s+(?:to\s+have|that|he|she)\b", re.IGNORECASE)
_POSSESSIVE_VICTIM_BEFORE = re.compile(r"\b(?:his|her|their)\s+(?:[\w'’-]+\s+)?[\w'’-]+$", re.IGNORECASE)

def kin_after(sentence: str, at: int) -> list[tuple[int, int, Quantity]]:
    """The kin and companions listed after the victim ending at `at`, each with its count (see _KIN_ITEM)."""
    # (a victim told by a possessive is one too: "shot his wife and 17-year-old son", "killed her husband and son")
    # (not in a claim: "a call from someone claiming to have killed his father and brother" tells no second death)
    items, after_possessive = [], _POSSESSIVE_VICTIM_BEFORE.search(sentence, max(0, at - 40), at) is not None and \
        _CLAIMED_BEFORE.search(sentence, max(0, at - 70), at) is None
    while (m := _KIN_ITEM.match(sentence, at)) and (not m.group("of") or not items):
        counted = m.group("qty") or m.group("det")
        if not (counted or m.group("pos") or after_possessive) or m.group("comma") and not m.group("pos"):
            break
        if m.group("comma") and not items and not _LIST_GOES_ON.match(sentence, m.end()):
            break  # an appositive, the victim again: "shot the woman, his former girlfriend, before shooting himself"
        head = m.group("noun").split()[-1].lower()
        if not items and not (counted or m.group("pos")) and not _KIN_HEAD.fullmatch(head):
            break  # after the possessive victim only kin told bare: not "shot his girlfriend and police arrived"
        if not counted and (head.endswith("s") or head in ("children", "grandchildren", "men", "people")):
            break  # ("his sons": how many is not told)
        q = _quantity(m.group("qty"), m.group("det") or "a")
        if q is None:
            break
        items.append((m.start("pos") if m.group("pos") else m.start("noun") if not counted else
                      m.start("qty") if m.group("qty") else m.start("det"), m.end(), q))
        after_possessive, at = bool(m.group("pos")), m.end()
    return items
# "Two of the wounded later died": deaths among the wounded already told, dead now and no longer wounded
WOUNDED_DIED_RULE = "of the wounded, later died"
# (and one told among them: "A 24-year-old man who was among the injured died at the hospital on Monday"; and the count
# told as more, or after the wounded: "Five more of the injured succumbed", "Of the 30 wounded, five later died")
_WOUNDED_LATER_DIED = re.compile(rf"\b(?:(?:(?P<qty>{_QTY_WORD})(?:\s+more|)\s+of|(?P<one>an?|one)\s+(?:[\w-]+\s+){{0,3}}?(?:man|woman|boy|girl|"
                                 r"person|teen\w*|victim|child|soldier|officer|civilian|resident)\s*,?\s+who\s+(?:was|had\s+been)"
                                 rf"\s+among)\s+(?:the|those)\s+(?:(?P<of_total>{_QTY_WORD})\s+)?(?:wounded|injured)\b[^.;]{{0,40}}?"
                                 rf"|of\s+(?:the|those)\s+(?:{_QTY_WORD}\s+)?(?:wounded|injured)\s*,\s*(?P<qty2>{_QTY_WORD})\s+"
                                 r"(?:[\w-]+\s+){0,2}?"
                                 # ("after five wounded soldiers died": the wounded told by their adjective)
                                 rf"|(?P<qty3>{_QTY_WORD})\s+(?:more\s+)?(?:wounded|injured)\s+(?:[\w-]+\s+){{1,2}}?"
                                 r"(?:later\s+|subsequently\s+|(?:have|has|had)\s+since\s+|also\s+)?"
                                 r")\b(?:died|succumbed|passed\s+away)\b", re.IGNORECASE)
_WOUNDED_LATER_DIED_WORDS = ("wounded", "injured")  # _WOUNDED_LATER_DIED needs one (blanks of any kind before it)
_LATER_DIED_WORDS = ("died", "succumbed", "passed")  # ... and one of these (asked second: most sentences have none)
# the same victims counted place by place: "killing three people in Kharkiv and two in Odesa", "four in Khan Younis,
# six in Gaza City and one in Rafah"
# (a name's article too: "Deir al-Balah", "Ras el-Ain")
# the site in the place a count is told at: "six others in a tent in Khan Younis", "four in a house in Rafah"
SITE_IN = (r"(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:tents?|houses?|homes?|schools?|buildings?|shelters?|cars?|vehicles?|"
           r"mosques?|apartments?)\s+(?:in|at)\s+(?:the\s+)?")
# (and the part of the land the place lies in: "10 in Jabalia in the north of the territory and six in Rafah")
_AND_MORE_ELSEWHERE = re.compile(rf"\s+in\s+(?-i:[A-Z][\w'’-]+(?:\s+(?:(?:al|el|ad|ar|as|ash|at|an)-)?[A-Z][\w'’-]+){{0,2}})"
                                 r"(?:\s+in\s+the\s+(?:north|south|east|west|centre|center)(?:\s+of\s+the\s+[\w-]+)?)?"
                                 rf"(?:,|,?\s+and)\s+"
                                 rf"(?P<qty>{_QTY})(?:\s+(?:more|others))?(?=\s+in\s+(?:{SITE_IN})?(?-i:[A-Z]))", re.IGNORECASE)
# a toll broken down place by place after its total ("killed three civilians in Donetsk Oblast: two in Kostiantynivka
# and one in Druzhkivka", "killing nine people: five in Kosti, three in Atbara and one in Port Sudan"): the lead-in to
# the first part, within the total's clause, then each part's count and its place
_BREAKDOWN_LEAD = re.compile(r"[^.;:,]{0,60}?\s*[:,]\s+")
_BREAKDOWN_PART = re.compile(rf"(?P<qty>{_QTY})(?:\s+(?:people|civilians|of\s+them))?\s+in\s+(?:the\s+)?"
                             rf"(?-i:[A-Z][\w'’-]+(?:\s+(?:(?:al|el|ad|ar|as|ash|at|an)-)?[A-Z][\w'’-]+){{0,2}})"
                             r"(?:\s+(?:township|district|county|province|region|camp))?", re.IGNORECASE)
_BREAKDOWN_JOIN = re.compile(r",\s+(?:and\s+)?|,?\s+and\s+", re.IGNORECASE)
BREAKDOWN_RULE = "a total told place by place: its parts"
_OF_BEFORE = re.compile(r"\bof\s+(?:the\s+)?$", re.IGNORECASE)
_ALSO = re.compile(r"\balso\b", re.IGNORECASE)
# hurt in the incident by other means than a bullet: "was hurt when she was trampled", "injured while fleeing"
_HURT_OTHERWISE_AFTER = re.compile(r"[^.;]{0,40}?\b(?:trampl\w*|stampede|fell|falling|fleeing|(?:running|ran)\s+(?:from|away)|"
                                   r"broken\s+glass|flying\s+glass|shattered\s+glass|jump\w*)\b", re.IGNORECASE)
# a place or a day a sentence tells of its own ("Monday night in the Castor section", "on Elm Street")
_SCENE_OF_ITS_OWN = re.compile(r"\b(?:(?:in|on|at|near)\s+(?:the\s+)?(?-i:[A-Z])\w+|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
                               r"separate|unrelated|earlier|previously|last\s+(?:week|month|year))\b")
_BYSTANDER = re.compile(r"\b(?:bystander|passer-?by)\b", re.IGNORECASE)


# one placed by another told before them: "a man standing nearby", "a woman with him"
_PLACED_BY_ANOTHER = re.compile(r"\b(?:nearby|close\s+by|(?:with|beside|behind|next\s+to)\s+(?:him|her|them))\b", re.IGNORECASE)
_AGE_TOLD = re.compile(r"\b(\d{1,3})[- ](?:year|month)s?[- ]old\b", re.IGNORECASE)
# a death told before, in the sentence or the few before it (and the age of the one dead there, if told first)
_DEATH_BEFORE = re.compile(rf"\b(?:{_KILL})\b", re.IGNORECASE)
_DEAD_AGE = re.compile(rf"\b(\d{{1,3}})[- ](?:year|month)s?[- ]old\b[^.;]{{0,60}}?\b(?:{_KILL})\b", re.IGNORECASE)


_OTHERS = re.compile(r"others?")


def _dead_told_before_in_sentence(found: list, sentence_start: int, at: int) -> bool:
    """Whether the sentence counted its dead before at: the 'other(s)' then hurt are others than those dead, the
    wounded's own count (which a title's count of them already gave), not more wounded besides those told."""
    return any(c.kind == KILLED and sentence_start <= c.start and c.end <= at for c in found)


def _told_with_a_wound(hit: str) -> bool:
    """'two others were taken to hospital with gunshot wounds': the wound told with the trip makes 'others' people
    besides those told (the bare trip, 'two others were taken to the hospital', is often of those told, on their way)."""
    return re.search(rf"\b(?:{_GUNSHOT_WOUND}|injur(?:y|ies))\b", hit, re.IGNORECASE) is not None


def _one_of_a_sex(qty: str | None, q: Quantity, noun: str | None, pair: str | None, subset: str | None) -> bool:
    """A count of exactly one person of a told sex ("One man was killed", "1 woman was hurt"; not "at least one man",
    "one of them", "one man and a woman"): one person, as "a man" is."""
    return bool(qty) and qty.strip().lower() in ("one", "1") and q.best == 1 and q.low == 1 and q.high == 1 and \
        not pair and not subset and identity(noun, None, None, None) in ("male", "female")


def _beside_the_dead(text: str, at: int, phrase: str) -> bool:
    """One introduced hurt after one dead, told apart from them: placed by another ("One man was killed and a man
    standing nearby was wounded", "A man was shot to death. A woman with him was shot") or of another age ("A
    19-year-old man was killed ... A 17-year-old friend was shot in the leg"; not "a 19-year-old" again)."""
    placed = _PLACED_BY_ANOTHER.search(phrase)
    age = None if placed else _AGE_TOLD.search(phrase)
    if not placed and not age:
        return False
    # (in its sentence or the one before: a death told further back is too often another incident's, "in which a
    # 77-year-old woman was killed ... In that case, an 81-year-old woman was shot")
    this = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at))
    before = max(0, text.rfind(". ", max(0, at - 400), this) + 1, text.rfind("\n", max(0, at - 400), this) + 1) \
        if this > 0 else 0
    if placed:
        return _DEATH_BEFORE.search(text, before, at) is not None
    # (in a sentence of its own: one told hurt beside the dead in the same one is told apart already, and may die later:
    # "A 40-year-old woman was killed and a 44-year-old man was critically wounded ... The man died Tuesday")
    dead_ages = {a.group(1) for a in _DEAD_AGE.finditer(text, before, min(at, this + 1))}
    return bool(dead_ages) and age.group(1) not in dead_ages


# one hurt of another age than one told hurt in a sentence just before: "A 31-year-old man was shot in the arm ... A
# 27-year-old man was grazed on the hip" (two people told one by one; not "The 31-year-old was taken to a hospital")
HURT_OF_ANOTHER_AGE = "one more hurt, of another age than the one before"
# a block or an hour a sentence tells of its own: a line of a list of runs ("A 37-year-old man was shot in the 1400 block of
# Elm Street at 4:45 p.m."), each its own incident
_BLOCK_OR_HOUR = re.compile(r"\b\d+\s+block\b|\b\d{1,2}(?::\d\d)?\s*[ap]\.m\.", re.IGNORECASE)
_HURT_AGE_BEFORE = re.compile(r"(?:^|(?<=\.\s)|(?<=\n))(?-i:An?)\s+(\d{1,3})[- ](?:year|month)s?[- ]old\s+(?:[\w-]+\s+){0,2}?(?:was|is)\s+(?:\w+\s+)?"
                              r"(?:shot|wounded|injured|grazed|struck|hit)\b", re.IGNORECASE)


def _beside_the_hurt(text: str, at: int, phrase: str) -> bool:
    """One introduced hurt as the subject of a sentence of its own, of another age than one told so in the few lines
    before (none told dead there: that is _beside_the_dead's; nor a sentence of its own scene, "In the Elm Street
    shooting, a 16-year-old was shot", "... in the 400 block at 8:50 p.m.": another incident's; and not one told after a
    sentence's start)."""
    age = _AGE_TOLD.search(phrase)
    this = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at))
    if age is None or this < 0 or text[this:at].strip(". \n") or \
            _SCENE_OF_ITS_OWN.search(text, at, end := (text.find(". ", at) + 1 or len(text))) or \
            _BLOCK_OR_HOUR.search(text, at, end):
        return False
    before = max(0, at - 300)
    ages = {a.group(1) for a in _HURT_AGE_BEFORE.finditer(text, before, this + 1)}
    return bool(ages) and age.group(1) not in ages and _DEATH_BEFORE.search(text, before, at) is None


def _bystander_told_before(text: str, at: int, phrase: str) -> bool:
    """A bystander told before is the same one told again ("A woman and a bystander were wounded ... A bystander, a man
    walking his dog, was also struck"; "a passer-by was also hit ... A passer-by was struck in the shoulder")."""
    return _BYSTANDER.search(phrase) is not None and _BYSTANDER.search(text, 0, at) is not None


ONE_MORE_OBJECT = "one more, after the verb"  # "after he shot another man": someone besides the one told before
ONE_MORE_THEN = "one more, a later act's object"  # "shot a woman, then shot a man": besides the one hurt before
_THEN_BEFORE = re.compile(r"\bthen\s+(?:also\s+)?(?:allegedly\s+)?$")
# the death of one just told in their condition, in its own clause: ", where he later died", "and she died Tuesday"
_DIED_THERE = re.compile(r",?\s+(?:where|and)\s+(?:he|she)\s+(?:later\s+|subsequently\s+|has\s+since\s+)?died\b", re.IGNORECASE)
INJURY_RULE = "victim and their injury: "  # one told by their wound or their condition ("in stable condition")
_ALL_TOLD = re.compile(r"\s*(?:both|all)\b", re.IGNORECASE)
_BOTH = re.compile(r"\s*both\b", re.IGNORECASE)
_ALSO_THERE = re.compile(r"\b(?:who|that)\s+(?:was|were)\s+also\b", re.IGNORECASE)
_BARE_AND = re.compile(r"\s+and\s+(?!(?:a|an|the|his|her|their|another)\s)", re.IGNORECASE)
_ONE_MORE = re.compile(r"\s+and\s+(?=an?\s)", re.IGNORECASE)
# the first of two counted groups that are the subject of one verb ("Six soldiers and 14 rebels were killed", "A soldier
# and two civilians were killed": one where a clause starts, not an object's "shot a man and two women were hurt")
# (not the last of an aside: "32 people were killed, including three children, and 159 wounded")
_CLAUSE_START = r"(?:^|(?<=[\n,;:—–]\s)|(?<=\s-\s)|(?<=\n)|(?<=\bwhen\s)|(?<=\bthat\s)|(?<=\bsaid\s))"
_FIRST_GROUP = re.compile(rf"(?<![\w-])(?<!including\s)(?:(?P<qty>{_QTY_WORD})|{_CLAUSE_START}(?P<det>an?|one))"
                          rf"(?P<noun>\s+{_NOUN_PHRASE})(?:{_UNIT_OF})?\s+and\s+$", re.IGNORECASE)
# ... and the items before it, each set off by a comma: "A soldier, a police officer and two civilians were killed"
_LIST_ITEM_BEFORE = re.compile(rf"(?<![\w-])(?:(?P<qty>{_QTY_WORD})|{_CLAUSE_START}(?P<det>an?|one))"
                               rf"(?P<noun>\s+{_NOUN_PHRASE})(?:{_UNIT_OF})?,\s+$", re.IGNORECASE)
# "the army lost six soldiers", "ISIS lost 20 of its fighters": a force's own dead told as its loss (only
# before a number and a noun of fighting men: "lost two homes", "lost 40 percent" are no deaths; and not
# where a fate follows the noun: "lost 1,230 personnel killed and wounded" tells its own)
# a side's word of the other side's men lost ("Ukraine's military said Russian forces had lost dozens of men", "Russia's
# defence ministry said Ukraine had lost up to 60 servicemen", "the army said the enemy lost 40 fighters"): a claim of
# the enemy's losses, which no side counts for the other, no act's toll (the sayer named before its verb, the losers
# after it, each by a country's name or people; not a force's own: "Ukraine's military said its forces lost six men")
_SAID_THAT = re.compile(r"\b(?:said|says|claimed|claims|reported|announced|according\s+to)\b")
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+(?:\s[A-Z][a-z]+)?")
_THE_ENEMY = re.compile(r"\b(?:the\s+enemy|enemy\s+(?:forces|troops|fighters))\b", re.IGNORECASE)


def _countries_named(words: str) -> set[str]:
    """The countries words name by name or people ("Ukraine's", "Russian", "the Russians")."""
    from .actors import country_codes, demonyms  # (loaded once, on the first claim asked)
    names, peoples = country_codes(), demonyms()
    found = set()
    for m in _CAPITALISED.finditer(words):
        word = m.group()
        code = names.get(word) or peoples.get(word) or peoples.get(word.removesuffix("s"))
        if code:
            found.add(code)
    return found


def _enemy_s_losses_claimed(before: str) -> bool:
    """Whether a "lost" count after before (its sentence's words) is one side's word of the other's losses."""
    said = None
    for said in _SAID_THAT.finditer(before):
        pass
    if said is None:
        return False
    losers = before[said.end():]
    if _THE_ENEMY.search(losers) is not None:
        return True
    sayers, lost = _countries_named(before[:said.start()]), _countries_named(losers)
    return bool(sayers) and bool(lost) and not sayers & lost


_LOST_FORCE = (r"(?:lost|loses|losing)(?=\s+(?:at\s+least\s+|about\s+|around\s+|some\s+|nearly\s+|almost\s+|"
               r"more\s+than\s+|over\s+)?(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+(?:of\s+(?:its|their|his)\s+)?(?:[\w-]+\s+){0,2}?"
               rf"(?:{literal_words(sorted(FORCE.keys() | {'men', 'members', 'personnel', 'commanders', 'combatants'}, key=len, reverse=True))})\b"
               r"(?!\s+(?:killed|dead|wounded|injured|hurt|captured|missing|taken|or|and\s+(?:wounded|injured|hurt|captured|missing))\b))")
OBJECT_FIRST = GroupsWhereFound(folded_regex(  # (its groups set only where a match is found: see GroupsWhereFound)
    # a killing and what was done to the bodies, then those killed: "lynched and set fire to four suspected gang
    # members", "killed and burned three men" (the count is the killing's)
    rf"\b(?:(?P<vkill>(?:kill(?:ed|ing)|lynch(?:ed|ing))\s+and\s+(?:then\s+)?(?:burn(?:ed|t)|set\s+fire\s+to|"
    rf"set\s+ablaze|torched|dismember(?:ed|ing)|mutilat(?:ed|ing))|killing|killed|kills|kill|{_LOST_FORCE}|(?:claim(?:ed|ing)|took|taking)\s+the\s+li(?:ves|fe)\s+of|shot\s+(?:and\s+)?killed|"
    rf"(?:shot|shooting)\s+dead|gunned\s+down|murder(?:ed|ing)|behead(?:ed|ing)|decapitat(?:ed|ing)|"
    # (one drowned by someone: "drowned his wife in the bathtub"; not "drowned in the river")
    rf"drown(?:ed|ing)(?=\s+(?:his|her|their)\s)|"
    # ("fatally wounding a 30-year-old man", "mortally wounded the guard": a wound that killed)
    rf"(?:fatally|mortally)\s+(?:shot|shooting|stabbed|stabbing|wound(?:ed|ing)|injur(?:ed|ing))|"
    rf"execut(?:ed|ing)(?!\s+(?:[\w-]+\s+){{0,2}}?(?:search|warrants?|orders?|plans?|raids?|operations?))|"
    rf"neutrali[sz](?:ed|ing)|lynch(?:ed|ing)|eliminat(?:ed|ing)|liquidat(?:ed|ing)|martyr(?:ed|ing)|"
    # a defence ministry's "the enemy lost up to 45 servicemen": men lost are men killed (not "lost five tanks", nor
    # "lost 1,230 personnel killed and wounded": the two in one figure)
    rf"lost(?=\s+(?:up\s+to\s+|about\s+|around\s+|some\s+|over\s+)?[\d,]+\s+(?:servicemen|soldiers|troops|personnel|"
    rf"fighters|militants|men)\b(?!\s+(?:killed|dead)\s+(?:and|or)\s+(?:wounded|injured)))|"
    # the object after "to death": "beat and burned to death 13 people", "shot and hacked to death five villagers"
    rf"(?:hack(?:ed|ing)|ston(?:ed|ing)|burn(?:ed|t|ing)|clubb(?:ed|ing)|beat(?:en|ing)?|stabb(?:ed|ing)|shot|shooting|"
    rf"bludgeon(?:ed|ing)|lynch(?:ed|ing))\s+to\s+death)"
    rf"|(?P<vwound>wounding|wounded|injuring|injured|hurting|stabbing|stabbed|pistol[\s-]?whip(?:ped|ping))"
    rf"|(?P<vabduct>abduct(?:ed|ing|s)?|kidnapp?(?:ed|ing|s)?)"
    rf"|(?P<vhit>shooting|shot)"
    rf"|(?P<vleft>left|leaving)|(?P<vsent>sent|sending|sends|put|putting|puts|landed)|(?P<vbeat>hit|hitting|struck|striking|grazing|beat|beating)|"
    # "hacked two farmers to death" (told dead only by "to death": see todeath)
    rf"(?P<vtodeath>hack(?:ed|ing)|ston(?:ed|ing)|burn(?:ed|t|ing)|clubb(?:ed|ing)))\s+"
    # "the shooting that injured 34-year-old man": an age stands in for the article
    rf"(?:(?P<agedet>)(?:{_AGE_WORD}\s+)(?={_FILLERS}(?:{_NOUN})\b)"
    # "killed the five attackers", "shot dead all three gunmen", "fatally shot his two children", "kidnapped its 22
    # passengers" (a bus's, a ship's) (an age is no count:
    # "killing the 52-year-old driver")
    rf"|(?:(?:(?:all\s+(?:of\s+)?)?(?:the|his|her|their|its)\s+|all\s+)(?={_QTY}\s*{_NOUN_PHRASE}))?(?!{_AGE_WORD})(?P<qty>{_QTY})|(?P<det>{_OBJECT_DET})\s+{_AGE}(?={_FILLERS}(?:{_NOUN})\b)"
    # "killed one man and injured another", "killed two people and wounded a third": someone besides those already told
    rf"|(?P<another>another|an?\s+(?:second|third|fourth|fifth))(?=\s*(?:[.,;:]|$|\s+(?:person|man|woman|victim|in|at|on|during|before|after|and|who|with)\b))"
    # "killing Jamal Wright, 20,": a name and an age, with no noun (the capitals are asked for below)
    rf"|(?P<named>[a-z][\w'’-]+\s+(?:[a-z]\.\s+)?[a-z][\w'’-]+)(?=,\s*\d{{1,3}},)"
    # "killed provincial governor Ali Khan": a title and a name, with no article (the name is asked for below)
    rf"|(?P<titled>)(?!(?:another|other|his|her|their|its|our|your|my)\s)(?={fewest_first(_FILLER, 2)}(?:{_SINGULAR_NOUN})\s))"
    # "killing six of the attackers": a part of those named ("killed 10 of its fighters": the group's men)
    rf"(?P<noun>(?:\s+of\s+(?:the|those|these|(?:its|their)(?=\s+(?:fighters|men|soldiers|troops|militants|members)\b))"
    rf"(?=\s))?\s*{_NOUN_PHRASE})?"
    rf"(?:\s+(?:(?P<leftkill>dead)|(?P<leftwound>injured|wounded|hurt|hospitali[sz]ed)))?(?![\w-])"
    rf"(?P<todeath>\s+to\s+death\b)?"  # "a mob beat a man to death"
    # "a shooting sent two men to the hospital"
    rf"(?P<tohosp>\s+(?:to|in)\s+(?:a\s+|an\s+|the\s+)?(?:[\w'’-]+\s+){{0,3}}?(?:hospital|medical\s+center|trauma\s+center))?"
    # "hit the clerk in the head with a handgun": a blow with a gun hurts
    rf"(?P<withgun>(?:\s+[\w'’-]+){{0,4}}?\s+with\s+(?:a|an|the|his|her|their)\s+(?:[\w.-]+\s+)?"
    rf"(?:gun|pistol|handgun|rifle|shotgun|firearm|revolver|weapon)s?\b)?"
    rf"(?P<relkill>,?\s+who\s+(?:\w+\s+){{0,3}}?(?:died|(?:pronounced|declared)\s+(?:dead|deceased)|killed)\b)?",
    ))
# people killed told by name and age after the verb, one or a list: "killed Rosa Mae Lind, 31, and Abel Park, 29",
# "shot and killed 44-year-old Nora Quist and her son, 19-year-old Eli Quist", "the deaths of Ann Bly, 60; Roy Bly, 62"
# (each with an age: a bare capital after "killed" may be a day or a feast, "killed New Year's Eve")
_AGED_NAME = (r"(?-i:[A-Z][a-z][\w'’-]*(?:\s+(?:[“\"][A-Z][\w'’-]*[”\"]|[A-Z]\.|(?:[Dd][aei]\s+|[Vv]an\s+|[Oo]['’])?"
              r"[A-Z][\w'’-]+)){1,3})")
_AGE_AFTER_NAME = r",\s*\d{1,3}(?!\d|,\d|\s*(?:percent|%))"
_NAMED_AGED = (rf"(?:(?:his|her|their)\s+{fewest_first(_FILLER, 1)}(?:{_NOUN}),?\s+)?"
               rf"(?:{_AGE_WORD}\s+{_AGED_NAME}(?:{_AGE_AFTER_NAME})?|{_AGED_NAME}{_AGE_AFTER_NAME})")
_NAMED_AGED_ITEM = re.compile(_NAMED_AGED, re.IGNORECASE)
_AGED_NAME_ONLY = re.compile(_AGED_NAME)
_NAMED_KILLED_WORDS = ("kill", "shot", "murder", "gunned", " the li", "deaths of", "slayings of")  # NAMED_KILLED needs one
_NAMED_KILLED_PLURAL = ("deaths", "killings", "murders", "slayings")  # (a noun of many: a list, not one name)
_NAME_THEN_AGE = re.compile(r"[a-z],\s*\d{1,3}(?!\d|,\d)")  # ... and an age: "year-old" or this
NAMED_KILLED = re.compile(
    r"\b(?:shot\s+(?:and\s+)?killed|shot\s+dead|shot\s+to\s+death|(?:fatally|mortally)\s+(?:shot|shooting|wound(?:ed|ing))|"
    r"kill(?:ed|ing|s)|murder(?:ed|ing)|gunned\s+down|(?:took|taking|claimed|claiming)\s+the\s+li(?:fe|ves)\s+of|"
    r"(?:deaths|killings|murders|slayings)\s+of)\s+"
    rf"(?P<people>{_NAMED_AGED}(?:\s*[,;]\s+{_NAMED_AGED}){{0,6}}(?:[,;]?\s+and\s+{_NAMED_AGED})?)(?![\w-])",
    re.IGNORECASE)
# a killing told just before in the same clause: "killing Jamal Wright, 20, and wounding ..."
_KILLED_AND_BEFORE = re.compile(r"\b(?:killing|killed)\s[^.;]{1,60}?\sand\s+$")
_LEFT_AND = folded_regex(rf"\s+and\s+(?P<qty>{_QTY})(?P<noun>\s*{_NOUN_PHRASE})\s+"
                         r"(?:(?P<leftkill>dead)|(?P<leftwound>injured|wounded|hurt))(?![\w-])", word_start=False)
DEATH_TOLL = folded_regex(
    rf"\b(?:death\s+toll|toll|number\s+of\s+(?:the\s+)?(?:dead|deaths|fatalities|people\s+killed)"
    # (the wounded's count told the same way: "Later the number of wounded rose to 16")
    rf"|(?P<hurt>number\s+of\s+(?:the\s+)?(?:wounded|injured|injuries|people\s+(?:wounded|injured|hurt)))"
    # "Local officials put the figure at 45": a source's toll
    rf"|(?:(?<=\bput\sthe\s)|(?<=\bputs\sthe\s)|(?<=\bputting\sthe\s)|(?<=\bplaced\sthe\s))figure(?=\s+at\s))"
    rf"(?:[^.;]{{0,80}}?\b(?:rose|risen|rises|climbed|reached|stands?|stood|increased|jumped|is|was|at|to|of)"
    # "The death toll from last month's attack by insurgents on the northern town of Palma has risen to 55"
    rf"|[^.;]{{81,150}}?\b(?:rose|risen|climbed|reached|increased|jumped))\s+"
    rf"(?:to\s+|at\s+)?(?P<qty>{_QTY})",
    )
# "bringing to 12 the number killed in the strike", "brings to 13 the number of people killed.": the toll told before
# its noun, of the incident only when nothing follows the dead but the act ("in the strike") or the clause's end; a
# place or a period after them ("the number killed in the state since January") makes it a running count, not read
_INVERTED_TOLL = folded_regex(
    rf"\bbr(?:ings?|inging|ought)\s+to\s+(?P<qty>{_QTY})\s+the\s+(?:total\s+)?number\s+"
    rf"(?:of\s+(?:the\s+)?(?:people|persons|dead|deaths|fatalities|victims|civilians)\s*)?(?:killed|dead|deaths|fatalities)?"
    rf"(?:\s+(?:in|from|by|of)\s+the\s+(?:[\w'’-]+\s+){{0,2}}?(?:strike|airstrike|air\s+strike|attack|shooting|incident|"
    rf"blast|explosion|bombing|raid|shelling|massacre|assault|ambush|fire|stampede|violence))?\s*(?:[,.;]|$)",
    )
_INVERTED_TOLL_WORDS = ("bring", "brought")  # _INVERTED_TOLL needs one
# ... the same told of a place's or a period's count ("killing 14 people, bringing to 1,200 the number of civilians
# killed this year", "brings to more than 300 the number of people killed in the state since January"): a running count,
# from there on (the act's toll told before it stays the act's)
_INVERTED_RUNNING = folded_regex(rf"\bbr(?:ings?|inging|ought)\s+to\s+{_QTY}\s+the\s+(?:total\s+)?number\b")
# (the first words its alternatives can start with, in one look: every other word fails there, where each alternative
# would be tried; the quantity's as _QTY_WORD looks, the name's before "'s body" as (?-i:[A-Z][a-z]))
_NOUN_RESULT_START = (rf"(?=\d|(?-i:[A-Z][a-z])|(?:{literal_words(QUANTITY_FIRST_WORDS)})[\s,-]|death|bod|killing|murder|shooting|"
                      r"stabbing|homicide|slaying|fatal|whose|found)")
NOUN_RESULT = re.compile(
    rf"\b(?<![\w-]){_NOUN_RESULT_START}(?:(?P<qty>{_QTY_WORD})(?:\s+(?:people|persons|civilians|militants|soldiers)|)\s+(?:were\s+|)"
    rf"(?:(?P<kill>dead|deaths|fatalities|killed|bodies)|(?P<wound>injuries|injured|wounded))"
    # (and a monitor's "documented the death of at least 42 civilians": a count in digits after the singular)
    rf"|(?:deaths|death(?=\s+of\s+(?:(?:at\s+least|more\s+than|up\s+to|some|about|nearly|over)\s+)?\d)|bodies|killings|"
    rf"murders|shooting\s+deaths|homicides)\s+of\s+(?:(?P<qty2>{_QTY}|both)|"
    rf"(?P<det>{_SINGULAR_DET})\s+{_AGE}(?:[\w'’-]+\s+){{0,2}}?(?:{_NOUN})\b"
    # "the deaths of a man and a woman": two
    rf"(?P<pair>\s+and\s+(?:(?:a|an|the|his|her|their)\s+)?{_AGE}(?:[\w'’-]+\s+){{0,2}}?(?:{_NOUN})\b)?)"
    rf"|(?<!attempted\s)(?:(?:shooting\s+|stabbing\s+)?death|homicide|murder|killing|slaying|fatal\s+shooting)\s+of\s+"
    rf"(?P<one>(?:a|an|the|his|her|their|one)\s+{_AGE}(?:[\w'’-]+\s+){{0,3}}?(?:[\w'’-]+)"
    rf"|{_AGE}(?-i:[A-Z][a-z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){{1,3}}))"
    # a body is one person dead: "the body of a man", "Hobson's body was found", "whose body was found"
    rf"|body\s+of\s+(?P<body>(?:a|an|the|his|her|their)\s+{_AGE}(?:[\w'’-]+\s+){{0,2}}?(?:{_NOUN})\b"
    rf"|{_AGE}(?-i:[A-Z][a-z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){{1,3}}))"
    rf"|(?P<bodyof>(?-i:[A-Z][a-z][\w'’-]+)['’]s|whose)\s+body\s+(?:was\s+|had\s+been\s+|is\s+)?"
    rf"(?:found|discovered|recovered|located|pulled)"
    # "the shooting of a 16-year-old", "the shooting of five people": hit, fate told elsewhere
    rf"|(?<!fatal\s)(?<!deadly\s)(?<!attempted\s)shootings?\s+of\s+(?:(?P<hitone>(?:a|an)\s+{_AGE}(?:[\w'’-]+\s+){{0,2}}?(?:{_NOUN})\b)"
    rf"|(?P<hitqty>{_QTY})\s+(?:people|persons|men|women|teens|teenagers|children|victims|officers)\b)"
    rf"|found\s+(?P<found>(?-i:[A-Z][a-z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){{0,2}})|(?:a|an|the|his|her)\s+{_AGE}(?:[\w'’-]+\s+){{0,4}}?)"
    rf"\s*(?:dead|deceased|unresponsive\s+and\s+dead|shot\s+(?:dead|to\s+death)))(?![\w-])",
        re.IGNORECASE)
NONE_REPORTED = folded_regex(
    r"\b(?:no\s+(?:one|body)(?:\s+else)?|nobody(?:\s+else)?|none|neither)\s+(?:\w+\s+){0,3}?(?:was|were|is|has\s+been|got)\s+"
    r"(?:\w+\s+)?(?:(?P<kill>killed|dead)|(?P<wound>injured|hurt|wounded|shot|struck|hit))"
    r"|\bno\s+(?:(?:other|further|additional|reported|immediate)\s+)?(?:(?P<both>casualties)|(?P<kill2>deaths|fatalities)|"
    r"(?P<wound2>injuries|one\s+(?:else\s+)?(?:was\s+)?(?:injured|hurt)))\b"
    r"|\bwithout\s+(?:any\s+)?(?:(?P<both2>casualties)|(?P<wound3>injuries))\b",
    )
# "none of the officers", "no one inside the store": a zero about one group, not about everyone; so is a bare "none",
# which stands for a group told before it ("children were in the yard, but none were injured")
_GROUP_SCOPE = re.compile(r"(?:no\s*(?:one|body)|nobody|none|neither)\s+(?:of|inside|in|at|on|among|aboard)\b|none\s+(?:was|were)\b")
# A victim and, further on in the clause, how they came out of it: "a man is in the hospital with a
# critical injury after being shot", "the victim was taken to a hospital in stable condition",
# "police found a man suffering from a gunshot wound". The subject is one of SUBJECT_FIRST's.
_GAP_WORD = r"(?!(?:and|but|or|not|never|no|none|said|says|told|charged|accused|arrested|booked|because|if|when|where)\b)[\w'’-]++"
# (where the subject's own verb starts the gap, an "and" that goes on with it stays in the gap: "The driver was treated
# at UAB Hospital and was in good condition"; not after an object: "drove another person to a hospital and was ...")
_GAP = (rf"(?:(?=\s+(?:was|is)\s)(?:\s+(?:and(?=\s+(?:was|is|remained|remains)\b)|{_GAP_WORD})){{0,11}}?"
        rf"|(?:\s+{_GAP_WORD}){{0,11}}?)")
GAP_INJURY = GroupsWhereFound(re.compile(
    rf"\b(?<![\w-]){_SUBJECT_START}(?:(?P<qty>{_QTY_WORD})"
    rf"|(?P<det>{_SINGULAR_DET})\s+{_AGE}(?P<sing>{_HURT_BEFORE}{_ONE_PERSON_QUALIFIER}(?:{_NOUN})\b)"
    rf"|(?P<pron>\b(?:he|she)\b)"
    rf"|(?P<name>(?-i:(?=[A-Z][a-z])(?!(?:{_NOT_NAMES})\b)[A-Z][a-z][\w'’-]++(?:\s+[A-Z][\w'’.-]++){{0,3}}){_NOT_STREET}"
    rf"(?=\s*,\s*\d{{1,3}}\s*,|\s*,\s+who\b|\s+(?:was|has|had|is|remains|remained|suffered|sustained|arrived)\b)))"
    rf"(?:(?P<noun>\s+{_NOUN_PHRASE})|){_APPOSITIVE}(?P<gap>{_GAP})\s+"
    # (the lookahead: one test of the first letter at each word of the gap instead of every alternative)
    rf"(?=[wsrbtflia])(?:(?P<with>(?:with|suffering\s+(?:from\s+)?|suffered|sustained|sustaining|received|receiving|"
    rf"(?:being\s+)?treated\s+for|for\s+treatment\s+of)\s+(?:an?\s+|one\s+|two\s+|multiple\s+|several\s+)?"
    rf"(?P<what>(?:(?!(?:no|any|minor)\b)[\w-]+\s+){{0,3}}?)(?:injur(?:y|ies)|wounds?|{_BLOW_HARM})\b)"
    rf"|(?P<cond>(?:listed\s+)?in\s+(?:\w+\s+){{0,2}}?(?:stable|critical|serious|fair|grave|good|unknown)"
    rf"(?:\s+but\s+stable)?\s+condition)"
    rf"|(?P<after>after\s+(?:being|getting|having\s+been|(?:he|she)\s+was)\s+(?:shot|wounded|struck|hit|grazed)|"
    rf"after\s+(?:\w+ly\s+)?shooting\s+(?:himself|herself)))",
    re.IGNORECASE))
_OBJECT_PERSON = (r"(?:victim|man|woman|boy|girl|teen|teenager|driver|passenger|child|officer|deputy|clerk|resident|customer|"
                  r"bystander|worker)")
_BODY_PART = (r"(?:head|face|neck|cheek|chin|jaw|ear|forehead|temple|scalp|chest|back|arm|arms|shoulder|hand|finger|wrist|"
              r"elbow|leg|legs|thigh|knee|calf|shin|ankle|foot|feet|toe|hip|buttocks|stomach|abdomen|torso|groin)")
# "shot him in the leg", "accidentally shot himself": one person hit; their fate is told elsewhere
# "a bullet struck him in the groin", "shrapnel hit the driver in the leg": the projectile as subject
PRONOUN_HIT = folded_regex(
    r"\b(?<!fatally\s)(?:shot|shooting|wounding|(?P<strike>striking|hitting)|(?:struck|hit|beat|pistol[\s-]?whipped)(?=\s+(?:him|her)\s+(?:[\w'’-]+\s+){0,4}?with\s+"
    r"(?:a|an|the|his|her|their)\s+(?:[\w.-]+\s+){0,2}?(?:gun|pistol|handgun|rifle|shotgun|firearm|revolver))|(?P<projectile>(?:bullets?|rounds?|gunfire|shrapnel|pellets?|buckshot|a\s+(?:stray\s+)?shot)"
    r"\s+(?:\w+\s+){0,2}?(?:struck|hit|grazed|striking|hitting|grazing|pierced|piercing)))\s+"
    r"(?P<obj>him\b|himself|herself|her(?=\s+(?:in|on|at|once|twice|multiple|several|and|as|while|but|with)\b|\s*[,.;]|$)|"
    r"(?<=[a-z]\s)(?:the|a|an)\s+(?:[\w'’-]+\s+){0,2}?(?:victim|man|woman|boy|girl|teen|teenager|driver|passenger|"
    r"child|officer|deputy|clerk|resident|customer|bystander|worker)\b(?!\s*(?:side|door|seat|window|['’]s))|"
    # the body part first: "A bullet grazed the head of a 30-year-old man", or the victim's: "a bullet grazed the woman's
    # cheek" (not "the driver's door")
    r"(?<=[a-z]\s)(?:the|his|her)\s+" + _BODY_PART + r"\s+of\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,2}?" + _OBJECT_PERSON + r"\b(?!['’]s)|"
    r"(?<=[a-z]\s)(?:the|a|an)\s+(?:[\w'’-]+\s+){0,2}?" + _OBJECT_PERSON + r"(?P<ownpart>['’]s\s+" + _BODY_PART + r"\b)|"
    # one of someone's kin, after a projectile ("A bullet struck her grandson in the chest"; a person's "shot his wife"
    # is OBJECT_FIRST's)
    r"(?<=[a-z]\s)(?:his|her|their)\s+(?P<kin>" + "|".join(sorted(SINGULAR_KIN, key=len, reverse=True)) + r")\b(?!['’]s))"
    r"(?!\s+(?:dead|to\s+death|and\s+(?:killed|died)|fatally))")
# the shots a participle's hit follows in its clause: "fired several shots, striking a man", "returned fire, hitting him"
_GUNFIRE_BEFORE = re.compile(r"\b(?:fired?|firing|shots?|rounds|gunfire|bullets?)\b[^.;]{0,80}?,\s*$")


# the projectile that is the subject of a hit: "Bullets struck two women", "gunfire hit three people"
_PROJECTILE_BEFORE = re.compile(r"\b(?:bullets?|rounds|gunfire|shots|pellets|shrapnel|buckshot)\s+(?:[\w-]+\s+){0,2}?$")


def _struck_by_gunfire(lowered: str, m: re.Match) -> bool:
    """'striking', 'hitting' or 'grazing' someone right after the shots of its clause: hit by them."""
    return lowered[m.start():m.start() + 8] in ("striking", "hitting ", "grazing ") and \
        _GUNFIRE_BEFORE.search(lowered, max(0, m.start() - 100), m.start()) is not None


# "one person was killed and another hurt", "an 18-year-old was fatally shot and another wounded":
# the verb left out after 'and'
# "One man is dead and another hospitalized", "one killed, another taken to a hospital" (a headline's comma)
ELLIPTIC = re.compile(
    rf"\b(?:killed|dead|died|shot|wounded|injured)\b[^.;]{{0,40}}?(?:\band|,)\s+(?P<qty>another|a\s+second|one\s+other|{_QTY}\s+others?"
    rf"|an?(?=\s+(?:man|woman|boy|girl|teen|teenager|child|person)\s))"
    rf"(?:\s+(?:person|man|woman|people|men|women|victims?))?\s+(?:(?P<kill>killed|dead)|(?P<wound>wounded|injured|hurt|"
    rf"hospitali[sz]ed|(?:taken|rushed|transported|sent)\s+to\s+(?:a\s+|an\s+|the\s+)?(?:[\w'’-]+\s+){{0,3}}?"
    rf"(?:hospital|medical\s+center|trauma\s+center)|"
    rf"in\s+(?:\w+\s+)?(?:critical|serious|stable|fair|grave)\s+condition))\b",
    re.IGNORECASE)
_ELLIPTIC_HINT = re.compile(r"(?:\band|,)\s+(?:another|a\s+second|one\s+other|an?\s+\w+|\S+\s+others?)\b")
# "The man's injuries were not considered life-threatening": one person hurt
INJURIES_OF = re.compile(
    r"\b(?:(?:the|a|an)\s+(?:man|woman|boy|girl|victim|teen|teenager)['’]s|his|her)\s+(?:injuries|wounds?|injury)\s+"
    r"(?:were|was|are|is|appeared|appear)\s+(?:not\s+)?(?:[\w-]+\s+){0,2}?(?:non-?)?(?:life[\s-]threatening|minor|serious|critical|superficial)",
    re.IGNORECASE)
# "doctors pronounced him dead": the one already told, now dead
PRONOUN_DEAD = folded_regex(r"\b(?:pronounced|declared)\s+(?P<obj>him|her)\s+(?:dead|deceased)\b")
# "Police shot him dead", "Soldiers shot them dead", "beat them to death", "attacked a volunteer ..., killing him": those
# the report told of just before (not "dragged the two men out before killing them": a group's dead are counted already)
PRONOUN_KILLED = folded_regex(r"\b(?:(?:shot|beat|beaten|hacked|stoned|burned|burnt|clubbed|stabbed)\s+"
                              r"(?=(?:him|her|them)\s+(?:dead|to\s+death)\b)|(?<!not\s)(?<!without\s)killing\s+(?=him\b|her\b))"
                              r"(?P<obj>him|her|them)\b")  # (not "striking the driver but not killing him")
# ... or the doer of a killing told just before in its clause, killed in turn: "shot two guards before deputies shot
# him dead", "killing a clerk until officers shot him to death" (one more, the shooter, on top of his victims)
_KILLER_THEN_KILLED = re.compile(r"\b(?:kill(?:ed|ing)|shot|shooting|wound(?:ed|ing)|murder(?:ed|ing))\s[^.;]{1,80}?"
                                 r"\s(?:before|until|when|then)\s+(?:[\w'’-]+\s+){1,4}$")
SHOOTER_KILLED = "the doer, killed after his victims = 1"
# ... whom the pronoun stands for: the last person or counted group told in its sentence or the one before
_ANTECEDENT = folded_regex(rf"(?:(?P<qty>{_QTY_WORD})|(?P<det>an?|the))(?P<noun>\s+{_NOUN_PHRASE})(?![\w-])")


def _antecedent(before: str, plural: bool) -> tuple[Quantity, str] | None:
    """How many the pronoun stands for and their category, from the last person or group told in before; None when
    none is ("shot them dead" of no one told, or "him" after a count of several)."""
    last = None
    for last in _ANTECEDENT.finditer(fold(before)):
        pass
    if last is None or bool(last.group("qty")) != plural:
        return None
    q = _quantity(last.group("qty"), last.group("det"))
    return (q, victim_category(last.group("noun"))) if q is not None and q.best else None
# "officers found a man shot multiple times": one hit, fate told elsewhere
FOUND_SHOT = re.compile(
    rf"\b(?:found|located|discovered)\s+(?P<det>a|an|one|another)\s+{_AGE}(?P<noun>{_FILLERS}(?:{_NOUN})\b)"
    rf"(?:\s+(?:who\s+had\s+been|who\s+was|that\s+had\s+been))?\s+(?:shot|wounded|injured)\b(?!\s+(?:dead|to\s+death))",
    re.IGNORECASE)
# the doer dead with those he killed: "blew himself up, killing himself and four policemen" (ACLED counts a suicide
# bomber, on the doer's side)
_SELF_AND_OTHERS = folded_regex(
    rf"\b(?:killing|killed|kills)\s+(?P<self>(?:him|her)self)\s+(?:and|along\s+with|as\s+well\s+as)\s+"
    rf"(?:(?P<qty>{_QTY})|(?P<det>an?|one|another))(?P<noun>\s*{_NOUN_PHRASE})(?![\w-])")
# ... or told in a clause of its own: "The bomber also died", "the suicide bomber was killed in the blast, which also
# killed five soldiers" (one more beside the toll of those he killed)
_BOMBER_DIED = folded_regex(
    r"\b(?:the\s+(?:suicide\s+|car\s+)?bomber(?:,\s+[^,.;]{1,60},)?\s+(?:also\s+|too\s+)?(?:died|was\s+(?:also\s+)?killed)|"
    # (and several: "Both bombers died", "the two attackers were also killed")
    r"(?P<both>both|the\s+two|the\s+three)\s+(?:suicide\s+)?(?:bombers|attackers|assailants)\s+(?:also\s+)?"
    r"(?:died|were\s+(?:also\s+)?killed))\b")
# ... or told as left out of the toll: "killing 12 people besides himself", "12 people, not including the bomber"
_BOMBER_BESIDES = folded_regex(r",?\s+(?:besides|apart\s+from|in\s+addition\s+to|excluding|not\s+(?:including|counting))\s+"
                               r"(?:himself|herself|the\s+(?:suicide\s+)?(?:bomber|attacker|assailant))\b", word_start=False)
# ... or named as the attacker in a report of a suicide attack ("Police said the attacker died in the explosion"): the
# same one, by the noun any attacker has (a stabbing's "The attacker was killed" stays the plain count it was)
_THE_ATTACKER_AT = re.compile(r"the\s+(?:suicide\s+)?(?:attacker|assailant)\b", re.IGNORECASE)
# a toll told as holding the bomber ("Including the attacker, 12 people died", "12 people died, including the bomber"):
# one more than another source's count of those he killed, no rival figure (casualty_counts._other_sources)
_DOER_INCLUDED_BEFORE = folded_regex(r"\b(?:including|counting)\s+the\s+(?:suicide\s+)?(?:bomber|attacker|assailant)\s*,\s*$")
_DOER_INCLUDED_AFTER = folded_regex(r"(?:\s+(?:were|have\s+been|had\s+been)\s+killed|\s+died)?,?\s+(?:including|counting)\s+"
                                    r"the\s+(?:suicide\s+)?(?:bomber|attacker|assailant)\b")
WITH_THE_DOER = "; the doer among them"
# self-harm of the shooter ends in a death GVA counts: "turned the gun on himself"
SELF_KILLED = folded_regex(
    r"\b(?:shot\s+and\s+killed\s+(?:himself|herself)|(?:killed|(?<!from\s)(?<!of\s)killing)\s+(?:himself|herself)|"
    r"(?:took|taking)\s+(?:his|her)\s+own\s+life|(?:turned|turning)\s+the\s+gun\s+on\s+(?:himself|herself)|"
    # ("fatally shot two coworkers before killing himself", "shot his wife before committing suicide"; not "stopped him from
    # killing himself")
    r"fatally\s+shot\s+(?:himself|herself)|(?:committed|(?<!from\s)(?<!of\s)committing|commits)\s+suicide|"
    # "... and a man who died of a self-inflicted gunshot wound", "accused of shooting his wife was found dead of a
    # self-inflicted gunshot wound" (only after a victim of his in its sentence: see find_casualties)
    r"(?P<wound>(?:died|dead)\s+(?:of|from)\s+(?:an?\s+)?(?:apparent(?:ly)?\s+)?self-inflicted\s+(?:gunshot\s+)?wounds?)|"
    # "fatally shot his wife and then himself": the tail only (the wife is the count after the verb)
    r"(?:fatally\s+shot|shot\s+and\s+killed|killed)\s+(?:his|her|their|an?|the|two|three|four|five|six|\d+)\s+[^.;]{1,40}?"
    r"\s+(?:and|before)\s+(?:then\s+)?"
    r"(?P<tail>himself|herself))\b",
    )
SELF_INFLICTED = "self-inflicted death = 1"
# the shooter who shot himself and lived is one more hurt: "wounded two before turning the gun on himself. He is in
# critical condition" (not "turned the gun on himself" alone, which GVA counts a death)
SELF_WOUNDED = "self-inflicted wound, survived = 1"
_SURVIVED = re.compile(
    r"\b(?:survived|expected\s+to\s+(?:survive|recover|live)|in\s+(?:\w+\s+){0,2}?(?:critical|serious|stable|fair|grave|good)"
    r"(?:\s+but\s+stable)?\s+condition|hospitali[sz]ed|recovering\s+from\s+(?:his|her|the)\s+(?:\w+\s+)?(?:wounds?|injur)|non-?fatal|not\s+(?:\w+\s+){0,3}?life[\s-]threatening)\b",
    re.IGNORECASE)
_DIED = re.compile(r"\b(?:died|dead|death|deceased|killed|fatal(?:ly)?|succumbed|pronounced|suicide|took\s+his\s+own)\b",
                   re.IGNORECASE)
# a sentence about the shooter: its subject ("He is in critical condition", "The suspect, 40, was hospitalized") or
# his self-inflicted wound
# (or "both" of them, he and the one he shot: "Both men were hospitalized")
_SHOOTER_SUBJECT = re.compile(r"\W*(?P<pron>he|she)\b(?!\s+(?:said|says|told|added))|\W*the\s+(?:\d+-year-old\s+)?(?:suspect|gunman|shooter|man|woman|"
                              r"husband|wife|boyfriend|girlfriend|father|mother)\b|\W*both\b", re.IGNORECASE)
# both dead: "their bodies", "a murder-suicide"
_BOTH_DEAD = re.compile(r"\b(?:murder[\s-]+suicide|bodies|both\s+(?:were\s+|had\s+)?(?:found\s+)?(?:dead|died|killed|pronounced))\b",
                        re.IGNORECASE)
# one told as the shooter by what he is accused of ("the man accused of shooting him was shot", "a man suspected of
# killing his neighbor"): the armed side, as "the suspect" is
_SHOOTER_TOLD = re.compile(r"\w+\s+(?:[\w-]+\s+)?(?:accused|suspected)\s+of\s+(?:shooting|killing|wounding|opening\s+fire)\b",
                           re.IGNORECASE)
# "accidentally shot himself": the one hurt, no shooter besides those he shot
_ACCIDENT_BEFORE = re.compile(r"\b(?:accidentally|unintentionally|inadvertently|accidental)\b[^.;]{0,40}$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+")


def _shooter_survived(text: str, at: int, reflexive: str) -> bool:
    """Whether the report tells that the one who shot himself (the reflexive at `at`) lived: the rest of his
    sentence, or a later sentence about him, tells him alive and not dead."""
    if _ACCIDENT_BEFORE.search(text, max(0, at - 80), at) or _BOTH_DEAD.search(text, at):
        return False
    pron = "she" if reflexive.lower().startswith("her") else "he"
    begin, first = at, True
    while begin < len(text):
        stop = _SENTENCE_END.search(text, begin)
        end = stop.end() if stop else len(text)
        piece = text[begin:end]
        subject = _SHOOTER_SUBJECT.match(piece)
        if first or subject and (subject.group("pron") or pron).lower() == pron or "self-inflicted" in piece.lower():
            if _DIED.search(piece):
                return False
            if _SURVIVED.search(piece):
                return True
        begin, first = end, False
    return False


_REFLEXIVE_AFTER = re.compile(r"\s+(?:him|her)self\b", re.IGNORECASE)
# a count of the dead told by the doer's act, its verb first ("fatally shot his wife", "killed two people")
_KILLING_ACT = re.compile(r"(?:shot|shooting|killed|killing|fatally|murder(?:ed|ing)|stabb(?:ed|ing)|gunned|gunning|beat|beating)\b",
                          re.IGNORECASE)
# "at least four are dead, including the gunman, who took his own life": the shooter is one of the count
_INCLUDED_BEFORE = re.compile(r"\b(?:including|among\s+them)\b[^.;()]{0,60}$")
_SELF_KILLED_WORDS = ("self", "own life", "suicide")  # SELF_KILLED needs one of these


# a running count: what follows "bringing the three-day total to" or "our latest count ... includes" is no incident's
TOTAL_CUE = re.compile(r"\b(?:bring(?:s|ing)?\s+(?:the\s+)?(?:[\w\s’'-]{0,40}?(?:total|tally|toll|count)|number\b)|"
                       r"(?:total|tally|count|toll)s?\s+(?:of\s+[\w\s]{0,40}?)?(?:to|now|includes?|stands?|at|is|was)\b|"
                       # "murder toll climbs to 312": a place's count of a crime over a period, never one act's
                       r"(?:murder|homicide)s?\s+(?:toll|tally|count)\b)",
                       re.IGNORECASE)
# a running count of one incident ("... killed in the shooting to two"), not of a place or a period
_INCIDENT_TOLL = re.compile(r"[\w\s’'-]{0,40}?\b(?:in|from|of)\s+the\s+(?:\w+\s+)?(?:shooting|attack|incident|blast|explosion)"
                           r"\s+to\s+\w+\s*(?:[.,;]|$)", re.IGNORECASE)
_BARE_DEATH_TOLL = re.compile(r"bring(?:s|ing)?\s+the\s+(?:death\s+)?toll", re.IGNORECASE)  # ("bringing the toll to 12")
_TO_FIGURE_END = re.compile(r"\s+to\s+(?:at\s+least\s+)?[\w,]+\s*(?:[.;]|$)", re.IGNORECASE)
# the act ranked among a few days' or a place's acts, whose tally a clause tells ("A man was shot and killed Wednesday,
# the fifth shooting in the area since Friday, which have left two people dead and six wounded", "..., the latest in a
# string of shootings since Saturday that have left four people dead"): from there on the acts' tally, no toll of the act
_RANKED_AMONG_TALLIED = re.compile(
    r",\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+['’]s\s+)?(?:latest|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"\d+(?:st|nd|rd|th))\s+(?:[\w'’-]+\s+){0,5}?(?:shootings?|homicides?|killings?|murders?|stabbings?|attacks?)\b"
    r"[^.;]{0,80}?\b(?:that|which)\s+(?:have|has|had)\s+(?:now\s+)?(?:left|killed|wounded|injured|claimed)\b", re.IGNORECASE)
_RANKED_AMONG_TALLIED_WORDS = (" have left", " has left", " had left", " have killed", " has killed", " have claimed",
                               " have wounded", " have injured")  # _RANKED_AMONG_TALLIED needs one
# "local media put the toll at 17": another source's toll of the incident, no running count
_TOLL_PUT_BEFORE = re.compile(r"\b(?:put|puts|putting|placed|places|estimated|estimates)\s+(?:the\s+)?$")
# "The toll was later raised to 47": the incident's own toll revised, no running count (and raised by more dead told in
# its sentence: "Three of the wounded died, a doctor said, bringing the death toll to 11", no rival source's figure)
# (and a toll that climbed or jumped to a figure: "the death toll had climbed to 13 by Monday evening")
_REVISED = re.compile(r"\b(?:(?:raised|revised|updated|rose|risen|climbed|jumped|increased)\s+(?:up\s+)?|"
                      r"(?:bringing|raising|taking|pushing)\s+the\s+(?:death\s+)?toll\s+)to\b")
_REVISED_WORDS = ("raised", "revised", "updated", "rose", "risen", "climbed", "jumped", "increased",
                  "toll to")  # _REVISED needs one


# every construction below needs one of these stems; most sentences have none
# (asked with `in`, one stem at a time: fewer instructions than one regex tried at every character, grouped by first
# letter or as a trie)
CASUALTY_HINT_STEMS = tuple(w.replace("_", " ") for w in
    """kill dead die death wound injur hurt shot slain murder execut perish lost deceas gunned succumb hospital stabb
    grazed treated receiving suffer missing unaccounted abduct kidnap hostage toll fatal casualt body bodies himself herself
    suicide no_one nobody none homicide slay condition struck hit gunshot bullet graze whip fighting_for recovering took_a_round caught_a_round
    neither shoot behead decapitat neutrali lynch martyr the_figure_at eliminat liquidat hell shahadat drown striking grazing
    passed_away survive""".split())
# ... less those that hold another ("gunshot" holds "shot"): found by it, a look spared in most sentences
_CASUALTY_HINTS = fewest_words(CASUALTY_HINT_STEMS)


# the words GAP_INJURY, SHOT_THEN_DIED and NOUN_RESULT cannot match without (see may_hold)
_GAP_INJURY_WORDS = ("injur", "wound", "condition", "after", "cut", "bruise", "laceration", "concussion", "broken",
                     "fractured", "bloody")
_SHOT_WORDS = ("shot", "wounded", "injured", "struck", "hit")  # SHOT_THEN_DIED's first act
_NOUN_RESULT_WORDS = ("dead", "death", "fatalities", "killed", "bodies", "body", "injur", "wounded", "killing",
                      "murder", "homicide", "slaying", "shooting", "deceased")
# the words PRONOUN_HIT (its verb, or what a projectile did) and DEATH_TOLL cannot match without; most sentences with a
# casualty word have none
_PRONOUN_HIT_WORDS = ("shot", "shooting", "wounding", "struck", "hit", "beat", "pistol", "graz", "striking", "pierc")
_DEATH_TOLL_WORDS = ("toll", "number", "figure")


_SHOT_AT = re.compile(r"\s+at(?=\s*(?:[,.;)]|$)|\s+(?:and|by|but|while|as|from|multiple|several|repeatedly|twice|"
                      r"least\s+(?:once|twice|\w+\s+times))\b)", re.IGNORECASE)
# "of them", "of those", "of the victims": a part of those already told
_BODIES = re.compile(r"\s*bod(?:y|ies)\b", re.IGNORECASE)
_BODIES_OF_BEFORE = re.compile(r"\bbod(?:y|ies)\s+of\s+$", re.IGNORECASE)


# "a deceased adult male with a gunshot wound", "two deceased individuals ... with gunshot wounds" (a police release's
# words): the dead found, the wound how they died
_DEAD_BEFORE_NOUN = re.compile(r"\b(?:deceased|dead)\s", re.IGNORECASE)


def _found_dead_with_wound(m: re.Match) -> bool:
    """Whether m (SUBJECT_FIRST's or GAP_INJURY's, its noun phrase in sing and noun) tells the dead with their wound."""
    return _DEAD_BEFORE_NOUN.search((m.group("sing") or "") + (m.group("noun") or "") + " ") is not None


def _dead_found(sentence: str, start: int, noun: str | None) -> bool:
    """'the bodies of six men with gunshot wounds', 'the body of a man with gunshot wounds': the dead found, not
    people hit (the phrase that starts at start, its noun noun)."""
    return bool(_BODIES.match(noun or "") or _BODIES_OF_BEFORE.search(sentence, max(0, start - 12), start))


_RESTATED_GROUP = re.compile(r"\s+of\s+(?:them|whom|those|these|the\s+(?:\w+\s+)?(?:wounded|injured))\b",
                             re.IGNORECASE)
_OBJECT_OF_BEFORE = re.compile(r"\b(?:beating|shooting|killing|stabbing|robbing|attacking|threatening|assaulting|hitting|"
                               r"striking|kidnapping|raping|choking|strangling|punching|abducting|murdering)\s+$",
                               re.IGNORECASE)
# "a man who had a gun in one hand and his baby boy in the other was shot": the second thing a relative clause's man
# held, not the one shot
_HELD_BEFORE = re.compile(r"\bwho\s+(?:had|held|carried|was\s+(?:holding|carrying))\s[^,;:.]{0,80}\band\s+$", re.IGNORECASE)
# what makes "shot" passive ("was shot", "who had been shot"); an adverb alone does not ("he accidentally shot"),
# nor a relative pronoun ("the person who shot and killed two ...")
_AUXILIARY = re.compile(r"\s*(?:(?:who|that)\s+)?\b(?:was|were|is|are|been|being|got|found)\b", re.IGNORECASE)
# "it was not clear whether any of the suspects were hit", "if either man was hurt", "no reports that
# either person was hurt": not told; "neither the driver nor their three children were injured": nobody
_UNCERTAIN_BEFORE = re.compile(r"\b(?:(?:whether|if|no\s+reports?\s+(?:that|of))\s+(?:any|either|each|one|all)\s+(?:of\s+)?(?:the\s+|those\s+)?"
                               r"|\b(?:unclear|not\s+(?:known|clear))\s+(?:whether|if)\s+(?:(?:the|any)\s+)?"
                               r"|\bneither\b[^.;]{0,60}?\bnor\s+(?:their\s+|the\s+|his\s+|her\s+)?)$", re.IGNORECASE)
# after a noun only right after it: "two family pets", "her fiance's dog" (not "a man and his dog"); not a verb
# between: "killed two children herding goats"
_ANIMAL_NEXT = re.compile(r"(?:['’]s)?\s+(?:(?![\w-]+ing\s)[\w-]+\s+)?" + ANIMALS)
# "left a woman injured a few blocks away", "was killed two miles from home": a bare count after the verb that measures
# a distance or a time counts nobody
_MEASURE_NEXT = re.compile(r"\s+(?:city\s+)?(?:blocks?|miles?|feet|foot|yards?|meters?|metres?|kilometers?|kilometres?|"
                           r"doors?|houses?|streets?|minutes?|hours?|days?|weeks?|months?|years?)\b")
# "until he died", "if she is hurt": a condition, not an event
_CONDITION_BEFORE = re.compile(r"\b(?:until|unless|if|in\s+case)\s+$", re.IGNORECASE)
# (the where and when between may be long: "was struck by a stray bullet while she slept in her home in the Walnut Park
# neighborhood early Saturday and died at the hospital"; "and died" with no subject of its own is the hit one's)
# (and a passive with its adverb after the auxiliary: "was shot in the chest and pronounced dead at the scene", "and was
# later declared brain dead")
_THEN_DIED_AFTER = re.compile(r"[^.;]{0,110}?\band\s+(?:was\s+)?(?:(?:later|then|subsequently|eventually|\w+ly)\s+)?"
                              rf"(?:died|passed\s+away|succumbed|did\s+not\s+survive|(?:was\s+)?(?:{_DEAD_AT_LAST}))\b", re.IGNORECASE)
# "was shot in the head and killed Saturday", "shot multiple times and killed": where or how often, then the fate
# (not "... and killed his attacker", nor "shot twice and a dog that had been shot and killed")
_WHERE_THEN_KILLED_AFTER = re.compile(
    r"(?:\s+(?:in|to)\s+(?:the|his|her)\s+(?:[\w-]+\s+){0,2}?[\w-]+|\s+(?:multiple|several|many|\w+)\s+times|\s+twice|"
    r"\s+once|\s+repeatedly){1,2}\s+and\s+killed(?=\s*[,.;]|\s*$|\s+(?:on|in|at|by|near|outside|inside|while|during|"
    r"after|early|late|last|this|shortly|overnight|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)", re.IGNORECASE)
# "died in December from cancer": a death that is no act of violence
_NATURAL_DEATH_AFTER = re.compile(r"[^.;]{0,40}?\b(?:from|of)\s+(?:cancer|natural\s+causes|illness|disease|old\s+age|"
                                  r"an?\s+(?:illness|overdose|heart\s+attack|stroke|long\s+illness))\b", re.IGNORECASE)
# "killed when his vehicle collided with a tree", "hurt in a car crash": an accident, no act of violence
_ACCIDENT_AFTER = re.compile(r"\s+(?:when|after)\s+(?:his|her|their|the|a|an)\s+(?:[\w-]+\s+){0,2}?"
                             r"(?:collided|crashed|overturned|rolled\s+over|went\s+off\s+the\s+road)|"
                             r"\s+in\s+an?\s+(?:[\w-]+\s+){0,2}?(?:crash|collision|wreck)\b", re.IGNORECASE)
# "tried to kill her own son", "attempted first-degree murder of an officer": nobody was
_ATTEMPT_BEFORE = re.compile(r"\b(?:tried|trying|attempt(?:ed|ing)?|threaten(?:ed|ing)|wanted|plotted|plan(?:ned|ning)?|"
                             r"intent|conspir(?:ed|acy))\s+(?:to\s+)?(?:[\w-]+\s+)?$")
# "The commission said 361 people had been injured and 627 arrested across the country", "At least 100 people were
# killed across the country on Monday": a count over a whole country (a rights body's, a ministry's), many acts' and no
# one act's toll; the scope told after the count, in its clause (not another clause's: "29 protesters were wounded and
# that 567 people had been arrested across the country"; nor the crowd's, "killing 25, as protests spread across the
# country")
# (each holds "country" or "nation", looked for first)
_NATIONWIDE_WORDS = ("across the country", "nationwide", "countrywide", "across the nation", "throughout the country")
_NATIONWIDE_AFTER = re.compile(r"[^,;.:]{0,40}?(?P<scope>\b(?:across|throughout)\s+the\s+(?:country|nation)\b|"
                               r"\b(?:nationwide|countrywide)\b)")  # (lower case: not "Nationwide Children's Hospital")
# ... and over a whole land at war that is no country ("40 Palestinians had been killed across the enclave in the
# previous 24 hours", "across the Gaza Strip", "across the territory"): a day's count of many strikes, no one strike's
# (each holds "enclave", "strip" or "territory", looked for first)
_LAND_AT_WAR_WORDS = ("across the enclave", "throughout the enclave", "across the gaza strip", "throughout the gaza strip",
                      "across the strip", "across the territory", "throughout the territory")
_LAND_AT_WAR_AFTER = re.compile(r"[^,;.:]{0,40}?(?P<scope>\b(?:across|throughout)\s+the\s+(?:enclave|(?:Gaza\s+)?[Ss]trip|"
                                r"territory)\b)")
# "protests over the death of a young woman in custody", "anger at the killing of two students": the death a crowd is
# out over, its cause, no toll of the protest (nor of an act the report tells: that act's own sentence counts it)
# (and the verb's object: "blocked the road to protest the killing of a trader")
_DEATH_PROTESTED_BEFORE = re.compile(r"\b(?:(?:protests?|protesters|protestors|demonstrations?|demonstrators|"
                                     r"rall(?:y|ies)|marches|unrest|riots?|rioting|anger|outrage|fury|uproar)\s+"
                                     r"(?:[\w'’-]+\s+){0,3}?(?:over|against|at|about|following|sparked\s+by|"
                                     r"triggered\s+by)|to\s+protest|protesting|protested)\s+(?:the\s+|a\s+)?$")
# "seven members of an Alawite family", "Five members of the Lopez family were shot": a family's members, not a group's
_OF_STATE_FORCE = re.compile(r"\s+of\s+the\s+(?-i:(?:security|armed)\s+forces|army|police|military|gendarmerie)\b",
                             re.IGNORECASE)
_OF_THE_PUBLIC = re.compile(r"\s+of\s+the\s+public\b", re.IGNORECASE)
_FAMILY_MEMBERS = re.compile(r"\bmembers?\s+of\s+(?:an?|the|one|his|her|their)\s+(?:[\w-]+\s+){0,2}famil(?:y|ies)\b",
                             re.IGNORECASE)


def _plural_head(noun: str | None) -> bool:
    words = re.findall(r"[a-z]+", (noun or "").lower())
    return bool(words) and words[-1] in _PLURAL_NOUNS


def _pair_of_kin(det: str | None, noun: str | None) -> Quantity | None:
    """'his parents', 'their grandparents', 'an elderly couple': two, the number the word tells."""
    head = noun.split()[-1].lower() if noun else ""
    if (det or "").lower() in ("his", "her", "their") and head in _A_PAIR_OF_KIN:
        return Quantity(2, 2, 2, "a pair of kin = 2", 0, 0, "")
    if det and head == "couple":
        return Quantity(2, 2, 2, "a couple = 2", 0, 0, "")
    return None


def _one_more_pronoun(pron: str | None) -> bool:
    """'another', 'a third': someone besides those already told."""
    return bool(pron) and (pron.lower() == "another" or re.sub(r"\s+", " ", pron.lower()) in MORE_DETS)


def _quantity(qty: str | None, det: str | None, pron: str | None = None) -> Quantity | None:
    if qty:
        return parse_quantity(qty)
    if det or pron:
        n = 2 if pron and pron.lower() == "both" else 1
        return Quantity(n, n, n, "singular noun phrase = 1" if det else "pronoun", 0, 0, "")
    return None


def _rhetorical(qty: str | None) -> bool:
    """'numerous deaths', 'many killed': rhetoric, not a count a coder would enter."""
    return bool(qty) and qty.strip().lower() in ("many", "numerous")


def _verb_kind(m: re.Match) -> str:
    for group, kind in (("kill", KILLED), ("wound", WOUNDED), ("hit", HIT), ("missing", MISSING),
                        ("abducted", ABDUCTED)):
        if m.group(group):
            return kind
    return WOUNDED


# (precompiled: these are asked of every count)
_NAME_COMMA_BEFORE = re.compile(r"[A-Z][\w.'’-]*,\s*$")
_COMMA_AFTER = re.compile(r"\s*,")
_WORD_BEFORE = re.compile(r"[a-z,]\s+$")
_YEAR = re.compile(r"(?:19|20)\d\d")
_TIME_BEFORE = re.compile(r"(?:\b(?:at|on|of|since|by|no\.|route|highway|block|jan|feb|mar|apr|may|jun|jul|aug|sep|"
                          r"sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|"
                          r"november|december)\.?\s*$)|[$#/]\s*$")
_TIME_AFTER = re.compile(r"\s*(?::|a\.m|p\.m|%|th\b|times\b|rounds\b|shots\b|bullets\b|casings\b|gunshots\b)|"
                         r"[- ](?:year|month|week|day)s?[- ]old\b")
# plain looks for the words TOTAL_CUE, SHOT_THEN_DIED and FOUND_SHOT need
_TOTAL_HINT = ("total", "tally", "count", "toll", "bring")  # (see matching.holds_a_word)
_DIED_HINT = ("die", "away", "succumb", "dead", "deceased", "survive", "life support")
_FOUND_HINT = ("found", "located", "discovered")


def _looks_like_time(text: str, start: int, end: int) -> bool:
    """'at 11 killed' or 'May 2 injured' is no casualty count; nor an age after a name ('Vincent Holt
    Jr., 27, of Homewood, died') or before a noun ('an injured 30-year-old'), nor a place named with a
    number ('kill Thousand Oaks woman')."""
    if _NAME_COMMA_BEFORE.search(text, max(0, start - 25), start) and _COMMA_AFTER.match(text, end, end + 3):
        return True
    if text[start:start + 1].isupper() and start > 0 and _WORD_BEFORE.search(text, max(0, start - 3), start) \
            and not text[start:end].strip().isdigit():
        return True
    if _YEAR.fullmatch(text, start, end) and text[end:end + 1] == ",":
        return True  # a year: "In 2009, Keisha Roman was reported missing"
    before = text[max(0, start - 12):start].lower()
    after = text[end:end + 12].lower()
    return bool(_TIME_BEFORE.search(before) or _TIME_AFTER.match(after))


# the clauses of a sentence that may each give their own figure ("five, according to rights groups, while the
# doctors' committee said 13")
_CLAUSE_BREAK = re.compile(r";|,?\s+(?:while|whereas|but)\s+", re.IGNORECASE)
_CLAUSE_BREAK_WORDS = ("while", "whereas", "but")  # (and ";")
# who gives a figure: "according to rights groups", "residents said", "The health ministry said 25 ..."
_SOURCE = re.compile(r"\baccording\s+to\s+(?:the\s+)?(?P<acc>[^,.;]{2,60}?)\s*(?:[,.;]|$)|"
                     r"(?:^|,\s*)(?:the\s+)?(?P<said>[\w'’. -]{2,60}?)\s+(?:said|says|reported|told|puts?\s+the\s+(?:death\s+toll|toll|figure))\b",
                     re.IGNORECASE)


_SOURCE_WORDS = ("according", "said", "says", "reported", "told", "put")

# the doer's own claim of those it killed ("Jihadists claimed to have killed eight soldiers", "The group claimed it had
# killed 20", "The group said in a statement that it had killed 23 soldiers", "the army said they killed 40 militants"):
# its source, weighed against a count told of the same side by others (casualty_counts.combine); not one man's ("a
# caller claiming to have killed his father")
# (and told through its men: "The Pakistani Taliban said its fighters had killed 30 soldiers in the clash"; a spokesman's
# or commander's: "A militia spokesman said his fighters had killed 15 rebels")
CLAIMED = "the doer's claim"
_ITS_MEN = r"(?:its|their|his)\s+(?:[\w-]+\s+)?(?:fighters|men|militants|mujahideen|forces|troops|soldiers|units|members)"
_DOER_CLAIM_BEFORE = re.compile(r"(?:\bclaim(?:ed|s)?\s+(?:to\s+have|(?:that\s+)?(?:it|they|" + _ITS_MEN + r")\s+(?:had|has|have))|"
                                # (a title's present: "Separatists say they killed 18 soldiers"; a claim's participle:
                                # "claimed the bombing, saying its fighters had killed seven soldiers")
                                r"\b(?:said|says|say|saying|that)\s+(?:it|they|" + _ITS_MEN + r")(?:\s+(?:had|has|have))?|"
                                # (an army's word of its troops: "The army said soldiers had killed 40 militants")
                                r"\b(?:army|military)\b[^.;]{0,25}?\bsaid\s+(?:that\s+)?(?:the\s+)?(?:troops|soldiers)"
                                r"(?:\s+(?:had|have))?)\s+$")
_DOER_CLAIM_WORDS = ("claim", " it ", " they ", " its ", " their ", " his ", " troops ", " soldiers ")  # (_DOER_CLAIM_BEFORE needs one)


def _source(sentence: str, lowered: str, at: int, known: dict[int, str | None]) -> str | None:
    """Who the clause holding sentence[at] says gives its figure, lower-cased; None where it does not say. `known`
    holds the sources of the sentence's clauses already asked for, by where they begin."""
    begin = 0
    # (a sentence of one clause, as most are, has none of the words of its breaks)
    for m in (_CLAUSE_BREAK.finditer(sentence) if ";" in sentence or may_hold(sentence, lowered, _CLAUSE_BREAK_WORDS)
              else ()):
        if m.start() > at:
            clause = sentence[begin:m.start()]
            break
        begin = m.end()
    else:
        clause = sentence[begin:]
    if begin not in known:  # (a clause's figures share its source: "20 were killed and seven wounded, the agency said")
        found = _SOURCE.search(clause)
        known[begin] = None if found is None else (found.group("acc") or found.group("said")).strip().lower()
    return known[begin]


# another source's figure for the toll its clause follows, the verb left out: "At least 20 people were killed, according
# to medics; the army said eight", "..., while local sources said 19"
_SOURCE_FIGURE = folded_regex(rf"\b(?:said|says|put\s+it\s+at)\s+(?P<qty>{_QTY})(?=\s*(?:[.;]|$))")

_BOTH_SIDES_AFTER = re.compile(r"\s+(?:from|on|of)\s+(?:both|either|all)\s+sides\b", re.IGNORECASE)
# "Troops returned fire, killing two of them", "Police pursued the gunmen, killing three of them": the dead told by no
# noun ("of them") are of the force named last before them, or of the side opposite the subject that fought back
_OF_THEM_AFTER = re.compile(r"\s+of\s+them\b", re.IGNORECASE)
_FOUGHT_BACK = re.compile(r"\b(?:returned\s+fire|fought\s+back|repell?ed|repulsed|retaliated|responded|pursued|"
                          r"counter-?attacked|engaged)\b", re.IGNORECASE)
_OPPOSITE = {STATE_FORCES: ARMED_GROUP, ARMED_GROUP: STATE_FORCES}


def _force_of_them(before: str) -> str | None:
    """The side of 'N of them' told after before (its sentence up to the count)."""
    # the people named last before them ("shot two women, killing one of them": the women, of no force)
    nouns = [(w.start(), FORCE.get(w.group().lower())) for w in re.finditer(r"[A-Za-z]+", before)
             if w.group().lower() in CATEGORY]
    if not nouns or nouns[-1][1] is None:
        return None
    at, force = nouns[-1]
    subject = len(before[:at].split()) <= 2  # "Troops", "Nigerian troops", "The soldiers": the clause's doer
    if not subject:
        return force
    fought_back = _FOUGHT_BACK.search(before, at)
    return _OPPOSITE[force] if fought_back else None


_JOINT_WITH_HURT_AFTER = re.compile(r"\s+(?:and|or|and/or)\s+(?:wounded|injured|hurt)\b", re.IGNORECASE)
_FATE_LAST = re.compile(r"\b(?:killed|dead)$", re.IGNORECASE)  # (the count's fate its last word, not "killed two people")
# "killing and injuring scores of terrorists", "killed or wounded 30 militants": the dead and the hurt in one figure
# before it, neither's count
# (the count's span opens at the hurt's verb, or at the figure after it)
_JOINT_KILL_HURT_BEFORE = re.compile(r"\b(?:killing|killed)\s+(?:and|or|and/or)\s+(?:(?<=\s)(?=(?:injuring|wounding|injured|wounded)\s)|"
                                     r"(?:injuring|wounding|injured|wounded)\s+(?:at\s+least\s+|more\s+than\s+|some\s+|about\s+|"
                                     r"over\s+|nearly\s+|up\s+to\s+)?$)", re.IGNORECASE)


# "Three terrorists were neutralized: two killed and one captured alive", "neutralized two PKK terrorists ... the other
# was captured alive": a ministry's "neutralized" counts those taken alive too; they are no dead
_CAPTURED_ALIVE = re.compile(r"\b(?:(?P<qty>\d+|one|two|three|four|five|six|seven|eight|nine|ten)|the\s+other|another)\b"
                            r"(?:\s+(?!and\b|killed\b)[\w-]+){0,4}?\s+(?:(?:was|were)\s+)?(?:captured|caught|taken)\s+alive\b",
                            re.IGNORECASE)


def _captured_alive_after(text: str, at: int, sentence_end: int) -> int:
    """How many of a "neutralized" count the words after it (to the end of the next sentence) tell taken alive."""
    stop = text.find(".", sentence_end + 1)
    window = text[at:stop if stop != -1 else len(text)][:400]
    if "alive" not in window:
        return 0
    taken = 0
    for m in _CAPTURED_ALIVE.finditer(window):
        taken += parse_quantity(m.group("qty")).best if m.group("qty") else 1
    return taken


_CLAUSE_END = re.compile(r"[^,;.]*")
# an act's day ("on Sunday", "yesterday", "on March 3")
_ACT_DAY = re.compile(rf"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|on\s+(?:\d{{1,2}}\s+{MONTH_NAMES}|"
                      rf"{MONTH_NAMES}\.?\s+\d{{1,2}}))\b")


def inverted_running_count(sentence: str, lowered: str) -> tuple[int, int] | None:
    """The span of a place's or a period's running count told before its noun in sentence, to its clause's end
    ("bringing to 1,200 the number of civilians killed this year"; see _INVERTED_RUNNING), or None. lowered:
    fold(sentence)."""
    if "number" in lowered and may_hold(sentence, lowered, _INVERTED_TOLL_WORDS) and \
            (running := _INVERTED_RUNNING.search(lowered)) is not None and _INVERTED_TOLL.match(lowered, running.start()) is None:
        return running.start(), _CLAUSE_END.match(lowered, running.end()).end()
    return None


# A police release's casualty list: one line per person, a label and no verb ("Victim 1: 24-year-old male, gunshot
# wound to the torso, pronounced deceased at the scene.", "Deceased: John Doe, 31", "VICTIM: Maria Lopez, 44
# (deceased)", "Injured: two adult males", or "- 19-year-old female, grazed" under a "Victims:" line). The label or the
# line's own fate word tells dead or hurt; the item's place in the list is its ordinal (one besides those before it).
LIST_LINE_RULE = "a release's casualty list line"
_LIST_LABEL = re.compile(r"[ \t]*(?:(?P<label>victim|deceased|injured|wounded)s?(?:[ \t]*(?:#|no\.)?[ \t]*(?P<n>\d{1,2}))?"
                         r"[ \t]*:|(?P<bullet>[-*•])[ \t]+)[ \t]*(?=\S)", re.IGNORECASE)
_LIST_LINE_START = ("victim", "deceased", "injured", "wounded", "-", "*", "•")  # (a line starts with one of them)
_LIST_HEAD = re.compile(r"[ \t]*(?:victims?|deceased|injured|wounded)[ \t]*:[ \t]*\n", re.IGNORECASE)
_LIST_DEAD = re.compile(r"\b(?:deceased|pronounced\s+dead|dead|(?<!non-)fatal(?:ly)?|died|killed)\b")
_LIST_HURT = re.compile(r"\b(?:wound(?:s|ed)?|graze[sd]?|injur(?:y|ies|ed)|transported|hospitali[sz]ed|airlifted|treated|"
                        r"(?:stable|critical|serious|fair|good|grave)\s+condition)\b")
_LIST_COUNT = re.compile(rf"(?P<qty>{_QTY_WORD})(?![\w-])(?!\s*-?\s*(?:year|month|week|day)s?[- ]old)")
_LIST_NAME = re.compile(r"(?-i:(?P<name>[A-Z][a-z][\w'’-]*(?:\s+[A-Z][\w'’.-]*){1,2}))\s*,")


def _list_line(text: str, start: int, end: int) -> CasualtyMention | None:
    """The one person (or the count) of a release's casualty list line at text[start:end], dead or hurt."""
    line = text[start:end]
    if not line.lstrip(" \t").lower().startswith(_LIST_LINE_START) or (start and text[start - 1] != "\n"):
        return None
    m = _LIST_LABEL.match(line)
    if m is None:
        return None
    paragraph = text.rfind("\n\n", 0, start) + 1  # (as find_casualties reckons a paragraph)
    before = text[paragraph:start].lstrip("\n")
    if m.group("bullet") and not _LIST_HEAD.match(before):
        return None  # (a bullet line is a casualty only under a "Victims:" head)
    lowered = fold(line[m.end():])
    label = (m.group("label") or "victim").lower()
    if label == "deceased" or _LIST_DEAD.search(lowered):
        kind = KILLED
    elif label in ("injured", "wounded") or _LIST_HURT.search(lowered):
        kind = WOUNDED
    else:
        return None
    rest = line[m.end():]
    count = _LIST_COUNT.match(rest)
    q = parse_quantity(count.group("qty")) if count else None
    who = None
    if q is None:
        q = Quantity(1, 1, 1, "one a line", 0, 0, "")
        name = _LIST_NAME.match(rest)
        sex = re.search(r"\b(?:(?P<f>female|woman|girl)|(?P<m>male|man|boy))\b", lowered[:40])
        who = ("name:" + name.group("name").lower()) if name else "female" if sex and sex.group("f") else \
            "male" if sex else "person"
    # (its place in the list: the label's number, else the lines of the list before it)
    n = int(m.group("n")) if m.group("n") else sum(1 for l in before.split("\n") if _LIST_LABEL.match(l)
                                                   and not _LIST_HEAD.match(l + "\n")) + 1
    return CasualtyMention(kind, q.low, q.best, q.high, "unknown", start + m.end(), end, LIST_LINE_RULE,
                           additive=False, who=who, besides=n > 1, paragraph=paragraph, sentence=start)


# "UPDATE: Victim 2 succumbed to his injuries": a list's hurt one who died since (the number is his line's, no count)
_LIST_VICTIM_DIED = re.compile(r"(?:update\s*:\s*)?victim\s*(?:#|no\.)?\s*\d{1,2}\s+(?:has\s+|later\s+)?"
                               r"(?:died|succumbed|passed\s+away)\b")


# a count or its noun in the wire's scare quotes, a force's word kept at arm's length: 'Twenty-one "terrorists" were
# neutralised', 'killing "about twenty terrorists"' (a short phrase: no quoted speech)
_SCARE_QUOTED = re.compile(r"[\"\u201c]((?:[\w'\u2019-]+ ){0,3}[\w'\u2019-]+)[\"\u201d]")
# ... or a force's word for killing ('four assailants were "neutralised"')
_KILLING_EUPHEMISM = re.compile(r"neutrali[sz]ed|eliminated|liquidated|annihilated", re.IGNORECASE)
_COUNT_BEFORE_QUOTE = re.compile(rf"(?<![\w-])(?:{QUANTITY_PATTERN})\s+$", re.IGNORECASE)


def _unquote_counts(sentence: str) -> str:
    """The sentence with the scare quotes round a count ('about twenty terrorists'), a counted noun ('21
    "terrorists"') or a force's word for killing ('"neutralised"') blanked (the spans kept); other quotes kept ('in "stable" condition', 'Fred "Trey" Cagle')."""
    def unquoted(m: re.Match) -> str:
        phrase = m.group(1)
        counted = QUANTITY_RE.match(phrase) is not None and not phrase.lower().startswith("a ") or \
            _COUNT_BEFORE_QUOTE.search(sentence, max(0, m.start() - 30), m.start()) is not None or \
            _KILLING_EUPHEMISM.fullmatch(phrase) is not None
        return f" {phrase} " if counted else m.group(0)
    return _SCARE_QUOTED.sub(unquoted, sentence)


def find_casualties(text: str, start: int = 0, end: int | None = None) -> list[CasualtyMention]:
    """Casualty mentions in text[start:end] (one sentence, usually); spans in text coordinates."""
    end = len(text) if end is None else end
    sentence = text[start:end]
    lowered = fold(sentence)
    # (looked for in an ASCII copy where the sentence holds a character beyond Latin-1, such as "’": the stems are
    # ASCII, and a look for one in such a text first copies it to the text's width, each time)
    if not holds_a_word(lowered if lowered.isascii() else lowered.encode("ascii", "replace").decode("ascii"),
                        _CASUALTY_HINTS):
        return []
    if (listed := _list_line(text, start, end)) is not None:
        return [listed]
    if "total of" in lowered and (bare := _TOTAL_OF.sub(lambda m: " " * len(m.group(0)), sentence)) != sentence:
        # "A total of 35 people were killed": the count read as told without its frame (spans kept), a toll of all
        totals_at = {start + m.end() for m in _TOTAL_OF.finditer(sentence)}
        sentence, text = bare, text[:start] + bare + text[end:]
        lowered = fold(sentence)
    else:
        totals_at = set()
    if ('"' in sentence or "\u201c" in sentence) and (unquoted := _unquote_counts(sentence)) != sentence:
        sentence = unquoted
        text, lowered = text[:start] + sentence + text[end:], fold(sentence)
    if "victim" in lowered and (died := _LIST_VICTIM_DIED.match(lowered.lstrip())) is not None:
        at = start + len(lowered) - len(lowered.lstrip())  # (fold keeps the sentence's length)
        return [CasualtyMention(KILLED, 1, 1, 1, "unknown", at, at + died.end(), WOUNDED_DIED_RULE, additive=True,
                                besides=True, paragraph=text.rfind("\n\n", 0, start) + 1, sentence=start)]
    paragraph = text.rfind("\n\n", 0, start) + 1
    sourced = may_hold(sentence, lowered, _SOURCE_WORDS)  # (a figure's source is told with one of them)
    # (a toll raised, or raised to by more dead: "bringing to 12 the number killed in the strike", no other source's figure)
    revised_toll = holds_a_word(lowered, _REVISED_WORDS) and _REVISED.search(lowered) is not None or "number" in lowered and \
        may_hold(sentence, lowered, _INVERTED_TOLL_WORDS) and _INVERTED_TOLL.search(lowered) is not None
    total = TOTAL_CUE.search(sentence) if holds_a_word(lowered, _TOTAL_HINT) else None
    if total and (_INCIDENT_TOLL.match(sentence, total.end()) or
                  _BARE_DEATH_TOLL.fullmatch(total.group()) and _TO_FIGURE_END.match(sentence, total.end())):
        # "bringing the number of people killed in the shooting to two", "Three more bodies were found, bringing the
        # death toll to 12.": the incident's own toll (a toll of no place or period, as "raising the death toll to 12")
        total = None
    total_from = total.start() if total else len(sentence) + 1
    if holds_a_word(lowered, _RANKED_AMONG_TALLIED_WORDS) and (ranked := _RANKED_AMONG_TALLIED.search(sentence)):
        total_from = min(total_from, ranked.start())
    if (running := inverted_running_count(sentence, lowered)) is not None and \
            _ACT_DAY.search(sentence, 0, running[0]) is not None:
        # (the count before it told with its day is the act's: "hit a school on Sunday, killing 14 people, bringing to
        # 1,200 ..."; not a day's tally, "52 people had been killed over the past 24 hours, bringing to 60,430 ...")
        total_from = min(total_from, running[0])
    if (war := war_toll_start(sentence)) is not None:
        total_from = min(total_from, war)  # "..., killing 14 people. Israel's offensive has killed more than 43,000"
    # (a period told in the running count's clause is the count's: "killed 12 villagers, bringing the number killed
    # in the province this year to 300")
    background = period_tally(sentence[:total_from])
    found: list[CasualtyMention] = []
    sources: dict[int, str | None] = {}  # (see _source)

    def add(kind, q, category, s, e, rule, additive=False, who=None, revised=False, force=None, besides=False,
            all_told=False):
        if kind == KILLED and _JOINT_WITH_HURT_AFTER.match(sentence, e) and _FATE_LAST.search(sentence, s, e):
            return  # "Russia lost 1,230 personnel killed and wounded": the dead and the hurt in one figure, neither's count
        if kind == WOUNDED and _JOINT_KILL_HURT_BEFORE.search(sentence, max(0, s - 60), s + 9):
            return
        if kind == KILLED and "neutrali" in lowered[s:e] and (alive := _captured_alive_after(text, start + e, end)):
            q = Quantity(*(None if n is None else max(n - alive, 0) for n in (q.low, q.best, q.high)), q.rule + " less those "
                         "captured alive", q.start, q.end, q.text)
        besides = besides or who == "other" and bool(_BESIDES.match(sentence, s))
        if category == "combatants" and (_FAMILY_MEMBERS.search(sentence, s, e + 40) or _OF_THE_PUBLIC.match(sentence, e)):
            category = "civilians"  # ("a member of the public": no force's)
        if category == "combatants" and force is None and _OF_STATE_FORCE.match(sentence, e):
            force = STATE_FORCES  # "a member of the security forces", "two members of the army"
        # ("nine fighters from both sides": the dead of both, no one side's)
        if force is None and category == "combatants" and not _BOTH_SIDES_AFTER.match(sentence, e):
            force = force_of(sentence[s:e])
        if kind == KILLED and category == "unknown" and force is None and " of " in sentence[e:e + 4] and \
                _OF_THEM_AFTER.match(sentence, e) and (them := _force_of_them(sentence[:s])):
            category, force = "combatants", them
        if category == "unknown" and q.best == 1 and "ed of " in sentence[s:e] and _SHOOTER_TOLD.match(sentence, s, e):
            category, force = "combatants", ARMED_GROUP
        ordinal = _ORDINAL_AT.match(lowered, s) if additive and q.best == 1 else None
        # ("Ukraine's military said Russian forces had lost dozens of men": no act's toll)
        enemy_s_losses = kind == KILLED and lowered.startswith("lost", s) and _enemy_s_losses_claimed(sentence[:s])
        if kind == KILLED and q.best >= 2 and ("bomber" in lowered or "attacker" in lowered or "assailant" in lowered) and \
                (_DOER_INCLUDED_BEFORE.search(lowered, max(0, s - 40), s) or _DOER_INCLUDED_AFTER.match(lowered, e)):
            rule += WITH_THE_DOER
        claimed = kind == KILLED and q.best >= 2 and holds_a_word(lowered, _DOER_CLAIM_WORDS) and \
            _DOER_CLAIM_BEFORE.search(lowered, max(0, s - 40), s) is not None
        found.append(CasualtyMention(kind, q.low, q.best, q.high, category, start + s, start + e,
                                     rule, additive, background or enemy_s_losses or s >= total_from and not revised,
                                     who, besides, force,
                                     CLAIMED if claimed else _source(sentence, lowered, s, sources) if sourced else None,
                                     paragraph, start, revised_toll,
                                     _ORDINALS[ordinal.group(1)] if ordinal else 0, all_told))

    for m in NONE_REPORTED.finditer(lowered):
        zero = Quantity(0, 0, 0, "none reported = 0", 0, 0, "")
        if re.search(r"\b(?:else|other|further|additional)\b", m.group(0)):
            zero = Quantity(0, 0, 0, "none other = 0", 0, 0, "")  # says nothing of those already told
        elif _GROUP_SCOPE.match(m.group(0)):
            # "None of the officers were hurt", "no one inside the store was injured": of that group only
            zero = Quantity(0, 0, 0, "none of a group = 0", 0, 0, "")
        if m.group("both") or m.group("both2"):
            add(KILLED, zero, "unknown", m.start(), m.end(), zero.rule)
            add(WOUNDED, zero, "unknown", m.start(), m.end(), zero.rule)
        elif m.group("kill") or m.group("kill2"):
            add(KILLED, zero, "unknown", m.start(), m.end(), zero.rule)
        else:
            add(WOUNDED, zero, "unknown", m.start(), m.end(), zero.rule)
            if zero.rule == "none reported = 0" and m.group("wound") in ("hurt", "injured", "wounded"):
                # "Nobody was hurt": nobody was killed either
                add(KILLED, zero, "unknown", m.start(), m.end(), "none hurt, none dead = 0")
    for m in (_WOUNDED_LATER_DIED.finditer(sentence) if may_hold(sentence, lowered, _WOUNDED_LATER_DIED_WORDS) and
              may_hold(sentence, lowered, _LATER_DIED_WORDS) else ()):
        q = Quantity(1, 1, 1, "one of the wounded", 0, 0, "") if m.group("one") else _quantity(m.group("qty") or m.group("qty2") or m.group("qty3"), None)
        if q is not None and q.high in (None, q.best):  # ("Several of the wounded later died": how many is not told)
            add(KILLED, q, "unknown", m.start(), m.end(), WOUNDED_DIED_RULE, additive=True, besides=True)
            if m.group("of_total") and (total := _quantity(m.group("of_total"), None)) is not None:
                # ("two of the 14 wounded died overnight": the 14 are the wounded told, the two of them now dead)
                add(WOUNDED, total, "unknown", m.start("of_total"), m.end("of_total"), "count of the wounded: " + total.rule)
    taken = [(c.start - start, c.end - start) for c in found]

    def free(s, e):
        return all(e <= a or s >= b for a, b in taken)

    for m in (_SELF_AND_OTHERS.finditer(lowered) if "self" in lowered else ()):
        q = _quantity(m.group("qty"), m.group("det"))
        if q is not None and free(m.start(), m.end()):
            # (those he killed are the toll, told again in a title's "kills four policemen"; he is added to it)
            add(KILLED, q, victim_category(m.group("noun")), m.start(), m.end(), q.rule if q.rule != "exact" else
                "count after the verb")
            one = Quantity(1, 1, 1, "the doer, dead with them = 1", 0, 0, "")
            add(KILLED, one, "combatants", m.start("self"), m.end("self"), one.rule, additive=True, force=PERPETRATOR)
            taken.append((m.start(), m.end()))

    for m in (_BOMBER_DIED.finditer(lowered) if "bomber" in lowered or "both" in lowered or "the t" in lowered else ()):
        if free(m.start(), m.end()):
            n = {"both": 2, "the two": 2, "the three": 3}.get(" ".join((m.group("both") or "").split()), 1)
            one = Quantity(n, n, n, f"the bomber(s), dead in their attack = {n}", 0, 0, "")
            add(KILLED, one, "combatants", m.start(), m.end(), one.rule, additive=True, force=PERPETRATOR)
            taken.append((m.start(), m.end()))

    for m in (NAMED_KILLED.finditer(sentence) if may_hold(sentence, lowered, _NAMED_KILLED_WORDS) and
              ("year-old" in lowered or _NAME_THEN_AGE.search(sentence)) else ()):
        items = [i.group(0) for i in _NAMED_AGED_ITEM.finditer(sentence, m.start("people"), m.end("people"))]
        if free(m.start(), m.end()) and (len(items) > 1 or not m.group().lower().startswith(_NAMED_KILLED_PLURAL)):
            n = len(items)
            named = Quantity(n, n, n, f"{n} named after the verb", 0, 0, "")
            who = identity(None, _AGED_NAME_ONLY.search(items[0]).group(), None, "a") if n == 1 else None
            add(KILLED, named, "civilians", m.start(), m.end(), named.rule, who=who)
            taken.append((m.start(), m.end()))

    for m in OBJECT_FIRST.finditer(lowered):
        if not free(m.start(), m.end()) or _ATTEMPT_BEFORE.search(lowered, max(0, m.start() - 30), m.start()):
            continue
        if m.group("qty") and _looks_like_time(sentence, m.start("qty"), m.end("qty")):
            continue
        left_pair = None
        if m.group("vleft"):
            if not (m.group("leftkill") or m.group("leftwound")):
                # "leaving 10 gunmen and two soldiers dead": two groups, one fate
                left_pair = _LEFT_AND.match(lowered, m.end()) if m.group("qty") else None
                if left_pair is None:
                    continue
            kind = KILLED if (left_pair or m).group("leftkill") else WOUNDED
        elif m.group("vsent"):
            if not m.group("tohosp"):
                continue
            kind = HIT
        elif m.group("todeath"):
            kind = KILLED
        elif m.group("vtodeath"):
            continue
        elif m.group("vbeat"):
            if m.group("withgun"):
                kind = WOUNDED
            elif _struck_by_gunfire(lowered, m):
                kind = HIT  # "fired several shots, striking a 25-year-old man in the leg"
            elif m.group("qty") and _PROJECTILE_BEFORE.search(lowered, max(0, m.start() - 40), m.start()):
                kind = HIT  # "Bullets struck two women sitting on a porch" (one person is PRONOUN_HIT's)
            else:
                continue
        elif m.group("vkill"):
            kind = KILLED
        elif m.group("vwound"):
            kind = WOUNDED
        elif m.group("vabduct"):
            kind = ABDUCTED
        else:
            kind = HIT
        if m.group("titled") is not None:
            if not (m.group("noun") and _TITLED_NAME.match(sentence, m.end("noun"))):
                continue  # ("killed soldier", "wounded civilians Monday": no one named)
        if m.group("named") is not None and not _TITLED_NAME.match(sentence, m.start("named") - 1):
            continue  # ("killing baghdad's 12, ...": no name)
        det = m.group("det") or ("a" if m.group("agedet") is not None or m.group("titled") is not None or
                                 m.group("named") is not None else None)
        if det and not m.group("noun") and m.group("named") is None:
            continue
        if kind == HIT and m.group("qty") and not m.group("noun"):
            continue  # "shooting about 15 minutes", "Shooting 3900 block": a bare number after 'shooting' counts nobody
        if m.group("qty") and not m.group("noun") and _MEASURE_NEXT.match(lowered, m.end()):
            continue
        if (_ANIMAL_NEXT if m.group("noun") else ANIMAL_AFTER).match(lowered, m.end()):
            continue  # "shot three deer", "killed two family pets", "killed her fiance's dog"
        if m.group("another"):
            one = Quantity(1, 1, 1, "another, one more", 0, 0, "")
            # someone besides the one just told ("killing one man and injuring another"), no addition
            # to earlier mentions of the same kind
            add(kind, one, "unknown", m.start(), m.end(), one.rule, False, "other")
            taken.append((m.start(), m.end()))
            continue
        if det and not m.group("qty") and det.lower() not in _ONE_DET and _plural_head(m.group("noun")):
            if (q := _pair_of_kin(det, m.group("noun"))) is None:
                continue  # "kidnapped the passengers", "killed its crew members": how many is not told
        else:
            q = _pair_of_kin(det, m.group("noun")) or _quantity(m.group("qty"), det)
        if q is None or _rhetorical(m.group("qty")):
            continue
        if det and (family := _FAMILY_OF.match(sentence, m.end())) and m.group("noun").split()[-1].lower() == "family":
            q = _quantity(family.group("qty"), None) or q
        if m.group("leftwound") and kind == KILLED:
            kind = WOUNDED
        if m.group("relkill"):
            kind = KILLED  # "shot the suspect, who was later pronounced dead"
        elif kind == HIT and m.group("leftkill"):
            kind = KILLED  # "shot two farmers dead"
        who = identity(m.group("noun"), m.group("named"), None, det) if det else None
        if who and kind != KILLED and _KILLED_AND_BEFORE.search(lowered, max(0, m.start() - 80), m.start()):
            who = "other"  # "killing a man and wounding a passenger": the one hurt is not the one who died
        # ("A man was shot by police after he shot another man": someone besides the one told before)
        one_more = re.sub(r"\s+", " ", det or "").lower() in MORE_DETS
        # "shot a woman in the yard, then shot a man who ran to help": the object of a later act, told anew by "a", is
        # someone besides the one hurt before (casualty_counts decides, by those told before)
        then_one = kind in (HIT, WOUNDED) and q.best == 1 and (det or "").lower() in ("a", "an") and \
            "then" in lowered[max(0, m.start() - 20):m.start()] and _THEN_BEFORE.search(lowered, max(0, m.start() - 20), m.start())
        add(kind, q, victim_category(m.group("noun")), m.start(), m.end(),
            ONE_MORE_THEN if then_one else ONE_MORE_OBJECT if one_more else q.rule if q.rule != "exact" else "count after the verb",
            one_more, who="other" if then_one else who, besides=then_one)
        taken.append((m.start(), m.end()))
        if left_pair is not None and free(left_pair.start("qty"), left_pair.end()) and \
                (q2 := _quantity(left_pair.group("qty"), None)):
            add(kind, q2, victim_category(left_pair.group("noun")), left_pair.start("qty"), left_pair.end(), AND_MORE_RULE,
                additive=True)
            taken.append((left_pair.start("qty"), left_pair.end()))
        listing = (m.group("qty") or det) and not (m.group("vleft") or m.group("vsent"))
        listed, after = [], m.end()
        while listing and (m.group("qty") or victim_category(m.group("noun")) != "unknown") and \
                (item := _LIST_ITEM_AFTER.match(sentence, after)):
            listed.append(item)
            after = item.end()
        more = _AND_MORE.match(sentence, after) if listing else None
        if listed and more is None:
            listed, more = [], _AND_MORE.match(sentence, m.end())
        kin = kin_after(sentence, m.end()) if more is None and (m.group("qty") or det) and \
            not (m.group("vleft") or m.group("vsent")) else []
        for a, b, qk in (kin if all(free(a, b) for a, b, _ in kin) else ()):
            add(kind, qk, "civilians", a, b, KIN_RULE, additive=True)
            taken.append((a, b))
        more_start = more.start("qty" if more.group("qty") else "det") if more else -1
        if more and free(more_start, more.end()) and (q2 := _quantity(more.group("qty"), more.group("det"))):
            # "killing at least 169 Afghans and 13 US troops": another group, added to the first
            for item in listed:
                if (qi := _quantity(item.group("qty"), item.group("det"))) and free(item.start(), item.end()):
                    add(kind, qi, victim_category(item.group("noun")), item.start(), item.end(), AND_MORE_RULE, additive=True)
                    taken.append((item.start(), item.end()))
            add(kind, q2, victim_category(more.group("noun")), more_start, more.end(), AND_MORE_RULE, additive=True)
            taken.append((more_start, more.end()))
        elif more is None and not kin and m.group("qty") and m.group("noun") and not (m.group("vleft") or m.group("vsent")):
            after = m.end()
            while (elsewhere := _AND_MORE_ELSEWHERE.match(sentence, after)) and free(elsewhere.start("qty"), elsewhere.end()) \
                    and not _YEAR.fullmatch(sentence, elsewhere.start("qty"), elsewhere.end("qty")) \
                    and (q2 := _quantity(elsewhere.group("qty"), None)):
                add(kind, q2, victim_category(m.group("noun")), elsewhere.start("qty"), elsewhere.end(), AND_MORE_RULE,
                    additive=True)
                taken.append((elsewhere.start("qty"), elsewhere.end()))
                after = elsewhere.end()
            parts = _toll_by_place(sentence, m.end(), q.best) if after == m.end() else []
            if parts and all(free(a, b) for a, b, _ in parts):
                # the parts are the act's counts, one a place; the total they add up to is none of them
                found[-1].background = True
                for k, (a, b, qp) in enumerate(parts):
                    add(kind, qp, victim_category(m.group("noun")), a, b, BREAKDOWN_RULE if k == 0 else AND_MORE_RULE,
                        additive=k > 0)
                    taken.append((a, b))

    for m in (NAMED_GROUP.finditer(sentence) if " were " in lowered or "found " in lowered else ()):
        # (not a unit after a counted noun: "Eight personnel of the Border Guard and a driver were killed")
        if free(m.start(), m.end()) and not _NOT_NAMES_START.match(m.group("people")) and \
                not _OF_BEFORE.search(sentence, max(0, m.start() - 8), m.start()) and \
                not (m.group("founddead") and not _FOUND_BEFORE.search(sentence, max(0, m.start() - 8), m.start())):
            # (each item with its appositives, seen up to the comma that closes the last one)
            items = [p.group(0) for p in _PERSON_TOLD_ITEM.finditer(sentence, m.start("people"), m.end("people") + 1)]
            n = sum(_people_in(item) for item in items)
            category, shooter_among = named_together(items)
            group = Quantity(n, n, n, f"{n} people named together" + (f", {SHOOTER_AMONG}" if shooter_among else ""),
                             0, 0, "")
            add(KILLED if m.group("kill") or m.group("founddead") else HIT, group, category, m.start(), m.end(), group.rule)
            taken.append((m.start(), m.end()))

    for m in (SHOT_THEN_DIED.finditer(sentence) if holds_a_word(lowered, _DIED_HINT) and
              may_hold(sentence, lowered, _SHOT_WORDS) else ()):
        if free(m.start(), m.end()):
            one = Quantity(1, 1, 1, "one person shot, then dead", 0, 0, "")
            noun = m.group("sing")
            add(KILLED, one, victim_category(noun), m.start(), m.end(), one.rule,
                who=identity(noun, m.group("name"), None, m.group("det")))
            taken.append((m.start(), m.end()))

    for m in (ONE_OF_GROUP.finditer(sentence) if "one of" in lowered else ()):
        q = parse_quantity(m.group("qty"))
        if q and q.best >= 2 and free(m.start(), m.end()):
            add(KILLED if m.group("kill") else HIT, q, "unknown", m.start(), m.end(), "one of a group: " + q.rule)
            taken.append((m.start(), m.end()))

    for m in (PRONOUN_PAIR.finditer(sentence) if "he and " in lowered else ()):
        if free(m.start(), m.end()):
            two = Quantity(2, 2, 2, "one told and another beside them", 0, 0, "")
            add(KILLED if m.group("kill") else HIT, two, "unknown", m.start(), m.end(), two.rule)
            taken.append((m.start(), m.end()))

    def subject_first():
        """SUBJECT_FIRST's matches; after a number that is a date or an age ('On March 14, Andres
        Delgado IV, 14, was shot'), the search goes on from the next word."""
        if not may_hold(sentence, lowered, _VERB_WORDS):
            return
        pos = 0
        while True:
            m = SUBJECT_FIRST.search(sentence, pos)
            if m is None:
                return
            if m.group("qty") and _looks_like_time(sentence, m.start("qty"), m.end("qty")):
                pos = m.end("qty")
                continue
            pos = m.end()
            yield m

    for m in subject_first():
        if m.group("neg") or not free(m.start(), m.end()) or _UNCERTAIN_BEFORE.search(sentence, max(0, m.start() - 90), m.start()):
            continue
        if m.group("det") and _OBJECT_OF_BEFORE.search(sentence, max(0, m.start() - 20), m.start()):
            continue  # "a man suspected of beating a woman was killed": the woman is the object, the man died
        if m.group("det") and " who " in sentence[max(0, m.start() - 120):m.start()] and \
                _HELD_BEFORE.search(sentence, max(0, m.start() - 120), m.start()):
            continue
        if _CONDITION_BEFORE.search(sentence, max(0, m.start() - 10), m.start()):
            continue
        kind = _verb_kind(m)
        if kind == KILLED and _one_more_pronoun(m.group("pron")) and m.group("pron").lower() != "another":
            continue  # "Two suspects are on the run and a third was fatally shot": the rank of one among men not hurt
        if kind == HIT and _one_more_pronoun(m.group("pron")):
            if m.group("pron").lower() != "another" or not any(c.kind == KILLED for c in found):
                continue  # ("another was shot", "another taken to a hospital": the shot are told apart by the rules of HIT)
            kind = WOUNDED  # "One man was killed and another was hit in the leg": hit besides the dead, not told dead
        if kind == KILLED and _NATURAL_DEATH_AFTER.match(sentence, m.end()):
            continue
        if kind in (KILLED, WOUNDED) and _ACCIDENT_AFTER.match(sentence, m.end()):
            continue
        if kind == HIT and (_THEN_DIED_AFTER.match(sentence, m.end()) or _WHERE_THEN_KILLED_AFTER.match(sentence, m.end())):
            kind = KILLED  # "the man was shot last Thursday and died over the weekend"
        if kind == HIT and (m.group("hit") or "").lower().startswith("with") and _found_dead_with_wound(m):
            kind = KILLED  # "two deceased individuals ... both with gunshot wounds": the dead found
        if kind == HIT and _dead_found(sentence, m.start(), m.group("noun") or m.group("sing")):
            continue  # "the bodies of six men with gunshot wounds": the dead found, counted as such
        if kind in (HIT, WOUNDED) and m.group("det") and "condition" in sentence[m.start():m.end() + 60].lower() and \
                not (_ALSO.search(m.group("aux")) and m.group("det").lower() in ("a", "an", "one")) and \
                (told := GAP_INJURY.regex.match(sentence, m.start())) and told.group("cond") and told.end() >= m.end():
            # "The clerk was taken to a hospital in stable condition", "The pharmacist was listed in stable condition": one
            # told in their condition (GAP_INJURY's; not one told as one more: "A 20-year-old man was also shot in the leg
            # and was listed in fair condition", whom the rules of 'also' below tell apart)
            continue
        passive = bool(_AUXILIARY.search(m.group("aux")))
        if not passive and m.group("object") and kind != KILLED or \
                not passive and m.group("object") and not m.group("pron"):
            continue  # active voice ("the gunman shot and killed his wife"): the subject is no victim
        if not passive and kind == KILLED and _REFLEXIVE_AFTER.match(sentence, m.end()):
            continue  # "the suspect later shot and killed himself": the shooter's own death, SELF_KILLED's to count
        if m.group("subset") and kind != KILLED and _RESTATED_GROUP.match(m.group("subset")):
            continue  # "two of those wounded ..." restates, adds nobody; "one of the suspects was shot" does not
        if m.group("pron") and m.group("pron").lower() == "they":
            continue
        bare_hit = kind == HIT and re.match(r"(?:shot|struck|hit)\b", m.group("hit"), re.IGNORECASE)
        if bare_hit and not passive and (not m.group("qty") or re.match(
                r"\s+(?:at|into|through|toward|towards|back|first)\b", sentence[m.end():])):
            continue  # "the men shot through the door", "two officers shot at": active, no victim
        if bare_hit and not passive and m.group("subset") and _NAMED_OBJECT.match(sentence, m.end()):
            continue  # "one of the attackers shot Dean in the leg": the attacker shot, Dean was hit
        if bare_hit and _SHOT_AT.match(sentence, m.end()):
            continue  # "three teens were shot at and one injured": fired on, not hit ("shot at a bar" is a place)
        if _hurt_by_a_vehicle_before(text, start + m.start(), m.group("sing"), m.group("pron")):
            continue
        if m.group("det") and not m.group("qty") and m.group("det").lower() not in _ONE_DET and \
                _plural_head(m.group("sing") or m.group("noun")) and _PLURAL_AUX.match(m.group("aux") or "") and \
                _pair_of_kin(m.group("det"), m.group("sing")) is None:
            # "Some of the attackers were killed", "The assailants were killed": how many is not told, no one (the verb
            # in the plural too: not "The refugees minister was killed")
            continue
        q = _quantity(m.group("qty"), m.group("det") or m.group("name"), m.group("pron"))
        q = _pair_of_kin(m.group("det"), m.group("sing")) or q
        if q is None or _rhetorical(m.group("qty")):
            continue
        one_more = None  # "Eight policemen and a civilian driver were killed": a counted group, then one more
        pair_category = None
        agent_before = False
        if m.group("pair"):
            if m.group("qty") and m.group("noun") and not m.group("extra") and (and_one := _ONE_MORE.match(m.group("pair"))):
                one_more = m.start("pair") + and_one.end()
            elif m.group("qty") and m.group("noun") and _BARE_AND.match(m.group("pair")):
                # "about 20 soldiers and volunteers were killed": one count of a group of two kinds (of either kind's
                # side only when both are of one)
                kinds = {victim_category(m.group("noun")), victim_category(m.group("pair"))}
                pair_category = kinds.pop() if len(kinds) == 1 else "unknown"
            elif not m.group("det"):
                continue  # "two men and a woman": a count already given, or a name and someone: left alone
            elif sentence.endswith("by ", 0, m.start()):
                # "A woman was shot by her husband and the man was then killed": the agent and the next clause's
                # subject, no pair of victims: the one man
                q = Quantity(1, 1, 1, "singular noun phrase = 1", 0, 0, "")
                agent_before = True
            else:
                n = 1 + _people_in(m.group("pair"))  # ("a woman and her two daughters": three)
                pair_category, shooter_among = named_together([m.group("noun") or m.group("sing") or "", m.group("pair")])
                q = Quantity(n, n, n, ("two people named together" if n == 2 else f"{n} people named together") +
                             (f", {SHOOTER_AMONG}" if shooter_among else ""), 0, 0, "")
        noun = m.group("noun") or m.group("sing")
        if not noun and m.group("subset"):
            noun = m.group("subset")  # "six of the attackers were shot dead": the attackers' men
        if m.group("qty") and not noun and not m.group("extra") and kind == HIT and \
                not (m.group("subset") or _AUXILIARY.match(sentence, m.end("qty"))):
            continue  # "2 shot" alone is too often a score or a headline fragment ("one was shot" is not)
        rule = q.rule if q.rule != "exact" else "count before the verb"
        det = (m.group("det") or "").lower()
        # ("dozens of civilians were also killed": others besides the dead told; "were also wounded" is too often
        # the same people, hurt as well as shot)
        # ("another was hurt by shattered glass": someone besides; "a man was also wounded" is as often another
        # incident's, told after this one's)
        # ("A man who was also inside the store was shot": someone besides, at the same scene)
        also_there = _ALSO_THERE.search(sentence, m.start(), m.start("aux")) is not None
        if kind in (HIT, WOUNDED) and not m.group("qty") and (
                kind == WOUNDED and _HURT_OTHERWISE_AFTER.match(sentence, m.end()) or
                _ALSO.search(m.group("aux")) and det in ("a", "an", "one") and
                not re.search(r"hospital|center|room$", m.group("hit") or "", re.IGNORECASE) and
                not _SCENE_OF_ITS_OWN.search(sentence) and not _bystander_told_before(text, start + m.start(), m.group(0))):
            # "a woman was hurt when she was trampled": hurt, not shot, so besides those shot; "A bystander was also hit
            # by a stray bullet": one more of the incident told, unless the sentence tells a scene or a day of its own
            # ("a 28-year-old man was also wounded Monday night in the Castor section": another shooting's; "He was also
            # grazed", "That person was also taken to a hospital": one told before)
            also_there = True
        if kind in (HIT, WOUNDED) and det in ("a", "an") and not m.group("qty") and _BYSTANDER.search(m.group(0)) and \
                (any(c.start < start + m.start() for c in found) or not _SCENE_OF_ITS_OWN.search(sentence)) and \
                not _bystander_told_before(text, start + m.start(), m.group(0)):
            # "A woman standing nearby, a bystander, was grazed": someone besides those the gunfire was aimed at, one
            # more of the incident told, its scene theirs when told in their sentence ("A man was killed ... in the
            # Shawnee neighborhood, and a bystander ... was grazed"; the first told hurt stays the base: "A bystander
            # was shot Friday"; a bystander told before is the same one: "a passer-by was also hit ... A passer-by was
            # struck in the shoulder")
            also_there = True
        additive = bool(m.group("extra")) or re.sub(r"\s+", " ", det) in MORE_DETS or also_there or \
            _one_more_pronoun(m.group("pron")) or kind == KILLED and _ALSO.search(m.group("aux")) is not None
        if kind == HIT and m.group("extra") and re.search(r"hospital|center|room$", m.group("hit"), re.IGNORECASE):
            if not _told_with_a_wound(m.group("hit")):
                additive = False  # "two others were taken to the hospital": those already told, on their way
            else:
                # "killing six people. Seven others were taken to hospital with gunshot wounds": besides those told,
                # alive; wounded (as hit they would count the dead told before among them)
                kind = WOUNDED
        if kind == WOUNDED and m.group("extra") and _OTHERS.fullmatch(m.group("extra").strip().lower()) and \
                _dead_told_before_in_sentence(found, start, start + m.start()):
            additive = False  # "Three were killed and one other was wounded": other than the dead, not more wounded
        who = None if m.group("qty") or m.group("pair") or (m.group("pron") or "").lower() == "both" else \
            identity(noun, m.group("name"), m.group("pron"), m.group("det"))
        if who is None and _one_of_a_sex(m.group("qty"), q, noun, m.group("pair"), m.group("subset")):
            # "One man was killed and a woman was wounded ... Smith, 22, was pronounced dead": the one counted is a man,
            # as "a man" would be, so the named dead is he and the woman is someone else
            who = identity(noun, None, None, None)
        if agent_before:
            who = identity(m.group("pair").split()[-1], None, None, "the")  # (the next clause's subject: "the man")
        if who and a_relation(noun, m.group("det")):
            who = "other"  # "A neighbour was wounded", "A grandson was hurt": someone of the dead's, not the dead
        # "A 19-year-old man was killed ... A 17-year-old friend was shot": someone besides the dead, alive
        beside_the_dead = bool(who) and kind != KILLED and det in ("a", "an") and \
            _beside_the_dead(text, start + m.start(), sentence[m.end("det"):m.start("aux")])
        also_hurt = who is not None and kind != KILLED and _ALSO.search(m.group("aux")) is not None and any(
            c.kind == KILLED and c.end <= start + m.start() for c in found)
        also_hurt = also_hurt or also_there or beside_the_dead
        if who and kind != KILLED and det in ("a", "an") and not also_hurt and \
                _beside_the_hurt(text, start + m.start(), sentence[m.end("det"):m.start("aux")]):
            who, rule, also_hurt = "other", HURT_OF_ANOTHER_AGE, True
        if also_hurt:
            who = "other"  # "shot and killed a man ..., and the homeowner was also shot": someone besides the dead
        first = _FIRST_GROUP.search(sentence, max(0, m.start() - 60), m.start()) \
            if m.group("qty") and sentence.endswith("and ", 0, m.start()) else None
        if first and first.group("det") and "combatants" not in (victim_category(first.group("noun")), victim_category(noun)) \
                and not (told_by_trade(first.group("noun")) and told_by_trade(noun)):
            # (a lone victim is added where fighters are told apart from others: "A soldier and two civilians", or people
            # told by their trades: "A mine operator and two miners"; of no side it is too often another act's: "A woman
            # and two men were wounded in two shootings")
            first = None
        if first and free(first.start(), m.start()) and (q1 := _quantity(first.group("qty"), first.group("det"))):
            # "Six soldiers and 14 rebels were killed": two groups of one fate, the second added to the first
            listed = [(first, q1)]
            while (item := _LIST_ITEM_BEFORE.search(sentence, max(0, listed[0][0].start() - 60), listed[0][0].start())) and \
                    free(item.start(), item.end()) and (qi := _quantity(item.group("qty"), item.group("det"))):
                listed.insert(0, (item, qi))
            for k, (item, qi) in enumerate(listed):  # (the list's first the base, the others added to it)
                add(kind, qi, victim_category(item.group("noun")), item.start(), item.end("noun"), rule if k == 0 else
                    AND_MORE_RULE, k > 0)
                taken.append((item.start(), item.end("noun")))
            rule, additive = AND_MORE_RULE, True
        if one_more is not None:
            add(kind, q, victim_category(noun), m.start(), m.start("pair"), rule, additive, who)
            one = Quantity(1, 1, 1, "and one more: added", 0, 0, "")
            add(kind, one, victim_category(m.group("pair")), one_more, m.end(), AND_MORE_RULE, True)
        else:
            add(kind, q, pair_category or victim_category(noun), m.start(), m.end(), rule, additive, who,
                besides=also_hurt or bool(m.group("extra")) and _MORE.search(m.group("extra")) is not None and
                # ("Four others are being treated ... two more were taken to hospital with gunshot wounds": hurt
                # besides the four, as "two more died" are dead besides those told)
                (_LATER_DEATH.search(m.group("kill") or "") is not None or kind == WOUNDED),
                # ("Both men were taken to a hospital": the two told before, by a noun too)
                all_told=(not noun or _BOTH.match(m.group("qty") or "") is not None) and
                _ALL_TOLD.match(m.group("qty") or m.group("pron") or "") is not None)
        taken.append((m.start(), m.end()))

    for m in (GAP_INJURY.finditer(sentence) if may_hold(sentence, lowered, _GAP_INJURY_WORDS) else ()):
        if not free(m.start(), m.end()) or _CONDITION_BEFORE.search(sentence, max(0, m.start() - 10), m.start()):
            continue  # (nor one a condition supposes: "an alert in case the suspects showed up at hospitals with gunshot wounds")
        if m.group("qty") and (_looks_like_time(sentence, m.start("qty"), m.end("qty")) or not m.group("noun")) or \
                _hurt_by_a_vehicle_before(text, start + m.start(), m.group("sing")):
            continue
        q = _quantity(m.group("qty"), m.group("det") or m.group("name"), m.group("pron"))
        if q is None or _rhetorical(m.group("qty")):
            continue
        what = (m.group("what") or "").lower()
        if m.group("with"):
            kind = KILLED if re.search(r"(?<!non-)(?<!non )(?:fatal|mortal|deadly)", what) or _found_dead_with_wound(m) else \
                HIT if re.search(r"gunshot|gun\s|bullet|shotgun|stab", what + m.group("with").lower()) else WOUNDED
        else:
            kind = WOUNDED if m.group("cond") else HIT
        noun = m.group("noun") or m.group("sing")
        if kind == HIT and _dead_found(sentence, m.start(), noun):
            continue
        if q.best == 1 and " died" in sentence and _DIED_THERE.match(sentence, m.end()):
            kind = KILLED  # "Another man was taken to a hospital in critical condition, where he later died": dead, not hurt
        det = (m.group("det") or "").lower()
        additive = re.sub(r"\s+", " ", det) in MORE_DETS
        who = None if m.group("qty") else identity(noun, m.group("name"), m.group("pron"), m.group("det"))
        add(kind, q, victim_category(noun), m.start(), m.end(), INJURY_RULE + q.rule, additive, who)
        taken.append((m.start(), m.end()))

    for m in (PRONOUN_HIT.finditer(lowered) if may_hold(sentence, lowered, _PRONOUN_HIT_WORDS) else ()):
        if m.group("strike") and not _struck_by_gunfire(lowered, m):
            continue  # "striking him" with a car or a fist hurts no one by gunfire
        if m.group("kin") and not m.group("projectile"):
            continue
        if free(m.start(), m.end()) and not _ATTEMPT_BEFORE.search(lowered, max(0, m.start() - 30), m.start()):
            one = Quantity(1, 1, 1, "one person shot", 0, 0, "")
            obj = m.group("obj")[:m.start("ownpart") - m.start("obj")] if m.group("ownpart") else m.group("obj")
            # (someone's kin is of the dead's, not the dead: "A stray bullet also struck his brother", see a_relation)
            who = "other" if m.group("kin") else \
                "male" if obj.startswith("him") else "female" if obj.startswith("her") else identity(obj, None, None, None)
            if obj.endswith("self") and _shooter_survived(text, start + m.end(), obj):
                one = Quantity(1, 1, 1, SELF_WOUNDED, 0, 0, "")  # besides those he shot
                add(HIT, one, "combatants", m.start(), m.end(), one.rule, True, "doer")
            elif obj.endswith("self") and any(c.kind == KILLED and c.start < start + m.start() and _KILLING_ACT.match(text, c.start)
                                              for c in found) and \
                    not _ACCIDENT_BEFORE.search(lowered, max(0, m.start() - 80), m.start()):
                # "killed his neighbor, then shot himself": the shooter's end after his victim's (told as his act's object)
                # in its sentence, one more dead (GVA counts him) unless the report tells him alive (above); not "A man who
                # was shot and killed ... shot himself", "A man died ... after shooting himself": the one dead is he
                one = Quantity(1, 1, 1, SELF_INFLICTED, 0, 0, "")
                add(KILLED, one, "combatants", m.start(), m.end(), one.rule, True, _shooter_named(sentence, m.start()) or
                    ("female" if obj.startswith("her") else "male"))
            else:
                add(HIT, one, "unknown", m.start(), m.end(), one.rule, who=who, besides=bool(m.group("kin")))
            taken.append((m.start(), m.end()))

    for m in (ELLIPTIC.finditer(sentence) if _ELLIPTIC_HINT.search(lowered) else ()):
        s_, e_ = m.start("qty"), m.end()
        if free(s_, e_):
            word = m.group("qty").lower()
            q = Quantity(1, 1, 1, "one more, verb left out", 0, 0, "") if not re.search(r"\sothers?$", word) else \
                parse_quantity(re.sub(r"\s+others?$", "", word))
            if q is not None:
                add(KILLED if m.group("kill") else WOUNDED, q, "unknown", s_, e_, "elliptic: " + q.rule, True,
                    "other" if q.best == 1 else None)
                taken.append((s_, e_))

    for m in (INJURIES_OF.finditer(sentence) if "injur" in lowered or "wound" in lowered else ()):
        if free(m.start(), m.end()):
            one = Quantity(1, 1, 1, "one person's injuries", 0, 0, "")
            add(WOUNDED, one, "unknown", m.start(), m.end(), one.rule, who="person")
            taken.append((m.start(), m.end()))

    for m in (PRONOUN_DEAD.finditer(lowered) if "ed h" in lowered else ()):
        if free(m.start(), m.end()):
            one = Quantity(1, 1, 1, "one person's death", 0, 0, "")
            add(KILLED, one, "unknown", m.start(), m.end(), one.rule, who="male" if m.group("obj") == "him" else "female")
            taken.append((m.start(), m.end()))

    for m in (PRONOUN_KILLED.finditer(lowered) if " to death" in lowered or " dead" in lowered or "killing " in lowered
              else ()):
        # (the sentence before too: "A man opened fire on officers. Police shot him dead.")
        if m.group("obj") != "them" and lowered.startswith(("shot ", "beat"), m.start()) and free(m.start(), m.end()) \
                and _KILLER_THEN_KILLED.search(lowered, max(0, m.start() - 120), m.start()):
            one = Quantity(1, 1, 1, SHOOTER_KILLED, 0, 0, "")
            add(KILLED, one, "combatants", m.start(), m.end(), one.rule, additive=True, force=PERPETRATOR)
            taken.append((m.start(), m.end()))
            continue
        told = _antecedent(text[text.rfind(".", 0, max(0, start - 2)) + 1:start + m.start()], m.group("obj") == "them")
        if told is None and m.group("obj") != "them" and _GUNFIRE_BEFORE.search(lowered, max(0, m.start() - 100), m.start()):
            # the one the shots of its clause killed, whoever the last noun was: "two officers fired, killing him"
            told = (Quantity(1, 1, 1, "one person", 0, 0, ""), "unknown")
        if told is not None and free(m.start(), m.end()):
            q, category = told
            add(KILLED, replace(q, rule="those told before"), category, m.start(), m.end(), PARTICIPLE_PRONOUN_KILLED,
                who={"him": "male", "her": "female"}.get(m.group("obj")))
            taken.append((m.start(), m.end()))
            # ... and those killed with him ("killing him and his two guards", "killing her and her son")
            kin = kin_after(sentence, m.end()) if m.group("obj") in ("him", "her") else []
            for a, b, qk in (kin if all(free(a, b) for a, b, _ in kin) else ()):
                add(KILLED, qk, victim_category(sentence[a:b]), a, b, KIN_RULE, additive=True)
                taken.append((a, b))

    for m in (FOUND_SHOT.finditer(sentence) if holds_a_word(lowered, _FOUND_HINT) else ()):
        if free(m.start(), m.end()):
            one = Quantity(1, 1, 1, "one person shot", 0, 0, "")
            add(WOUNDED if re.search(r"(?:wounded|injured)$", m.group(0), re.I) else HIT, one, victim_category(m.group("noun")),
                m.start(), m.end(), "found shot: " + one.rule, m.group("det").lower() == "another",
                identity(m.group("noun"), None, None, m.group("det")))
            taken.append((m.start(), m.end()))

    for m in (DEATH_TOLL.finditer(lowered) if may_hold(sentence, lowered, _DEATH_TOLL_WORDS) else ()):
        if free(m.start(), m.end()):
            q = parse_quantity(m.group("qty"))
            if q:
                add(WOUNDED if m.group("hurt") else KILLED, q, "unknown", m.start(), m.end(),
                    ("count of the wounded: " if m.group("hurt") else "death toll: ") + q.rule,
                    revised=_REVISED.search(m.group(0)) is not None or
                    _TOLL_PUT_BEFORE.search(lowered, max(0, m.start() - 20), m.start()) is not None)
                taken.append((m.start(), m.end()))

    for m in (_INVERTED_TOLL.finditer(lowered) if "number" in lowered and may_hold(sentence, lowered, _INVERTED_TOLL_WORDS)
              else ()):
        if free(m.start(), m.end()) and (q := parse_quantity(m.group("qty"))):
            add(KILLED, q, "unknown", m.start(), m.end(), "death toll, told before its noun: " + q.rule, revised=True)
            taken.append((m.start(), m.end()))

    for m in (NOUN_RESULT.finditer(sentence) if may_hold(sentence, lowered, _NOUN_RESULT_WORDS) else ()):
        if not free(m.start(), m.end()) or _ATTEMPT_BEFORE.search(lowered, max(0, m.start() - 30), m.start()):
            continue  # "attempted first-degree murder of a police officer": nobody died
        if _DEATH_PROTESTED_BEFORE.search(lowered, max(0, m.start() - 70), m.start()):
            continue  # "protests over the death of a young woman in custody": the crowd's cause
        qty = m.group("qty") or m.group("qty2") or m.group("hitqty")
        who = None
        if m.group("found") and (pair := _pair_of_kin(m.group("found").split()[0], m.group("found").strip())):
            q = pair  # "found an elderly couple dead"
        elif m.group("one") or m.group("found") or m.group("body") or m.group("bodyof"):
            q = Quantity(1, 1, 1, "one person's death", 0, 0, "")
            who = "person"
        elif m.group("hitone"):
            q = Quantity(1, 1, 1, "one person shot", 0, 0, "")
            who = identity(m.group("hitone"), None, None, None)
        elif m.group("pair"):
            q = Quantity(2, 2, 2, "two people named", 0, 0, "")
        elif qty and qty.lower() == "both":
            q = Quantity(2, 2, 2, "both = 2", 0, 0, "")
        else:
            if qty and _looks_like_time(sentence, m.start(), m.end()):
                continue
            q = _quantity(qty, m.group("det"))
        if q is None or _rhetorical(qty):
            continue
        kind = WOUNDED if m.group("wound") else HIT if m.group("hitone") or m.group("hitqty") else KILLED
        add(kind, q, "unknown", m.start(), m.end(), "count of deaths/injuries: " + q.rule, who=who)
        taken.append((m.start(), m.end()))

    for m in (FATAL_SUBSET.finditer(lowered) if "tally" in lowered else ()):  # (fatally, mortally)
        q = parse_quantity(m.group("qty"))
        if q and free(m.start(), m.end()):
            add(KILLED, q, "unknown", m.start(), m.end(), "fatal part of those shot")
            taken.append((m.start(), m.end()))

    for m in (_SOURCE_FIGURE.finditer(lowered) if sourced and found else ()):
        told = max((c for c in found if c.end <= start + m.start() and not c.additive), key=lambda c: c.start, default=None)
        q = parse_quantity(m.group("qty"))
        if told and q and free(m.start(), m.end()) and not _looks_like_time(sentence, m.start("qty"), m.end("qty")) and \
                _CLAUSE_BREAK.search(sentence, told.end - start, m.start()):
            add(told.kind, q, told.category, m.start("qty"), m.end(), "another source's figure: " + q.rule)

    for m in (_ALONG_WITH.finditer(sentence) if found and " with " in lowered else ()):
        told = max((c for c in found if c.end <= start + m.start() and c.kind in (KILLED, WOUNDED, HIT) and not c.background),
                   key=lambda c: c.start, default=None)
        if told is not None and free(m.start("qty"), m.end()) and (q := _quantity(m.group("qty"), None)):
            add(told.kind, q, victim_category(m.group("noun")), m.start("qty"), m.end(), AND_MORE_RULE, additive=True)
            taken.append((m.start("qty"), m.end()))

    for m in (SELF_KILLED.finditer(lowered) if may_hold(sentence, lowered, _SELF_KILLED_WORDS) else ()):
        s, e = m.span("tail") if m.group("tail") else m.span()
        if m.group("wound") and not any(c.start < start + s for c in found):
            continue  # one dead of his own wound, told alone, may be the one other sentences tell dead: only a shooter's
            # death told after his victim is one more ("Police ruled the death a suicide ... she died from a
            # self-inflicted gunshot wound": one death)
        if free(s, e) and not (_INCLUDED_BEFORE.search(lowered, max(0, s - 80), s) and
                               any(c.kind == KILLED and c.start < start + s for c in found)):
            if m.group(0).lower().startswith("turn") and _shooter_survived(text, start + e, m.group(0)[-7:]):
                one = Quantity(1, 1, 1, SELF_WOUNDED, 0, 0, "")
                add(HIT, one, "combatants", s, e, one.rule, True, "doer")
                continue
            one = Quantity(1, 1, 1, SELF_INFLICTED, 0, 0, "")
            doer = _DOER_SUBJECT.search(sentence, 0, m.start()) and not _MURDER_SUICIDE.search(text)
            who = _shooter_named(sentence, m.start()) or ("doer" if doer else "female" if "her" in lowered[s:e] else "male")
            add(KILLED, one, "combatants", s, e, one.rule, not _toll_before_holds(found, start + s), who)
    if found and ("country" in lowered or "nation" in lowered) and holds_a_word(lowered, _NATIONWIDE_WORDS):
        for c in found:
            if (scope := _NATIONWIDE_AFTER.match(text, c.end, start + len(sentence))) is not None and \
                    " that " not in text[c.start:scope.start("scope")]:
                c.background = True  # "361 people had been injured and 627 arrested across the country": a country's count
    if found and ("enclave" in lowered or "strip" in lowered or "territory" in lowered) and \
            holds_a_word(lowered, _LAND_AT_WAR_WORDS):
        for c in found:
            if (scope := _LAND_AT_WAR_AFTER.match(text, c.end, start + len(sentence))) is not None and \
                    " that " not in text[c.start:scope.start("scope")]:
                c.background = True  # "40 Palestinians had been killed across the enclave": a land's count
    if found and ("self" in lowered or "bomber" in lowered or "attacker" in lowered or "assailant" in lowered):
        for c in [c for c in found if c.kind == KILLED and c.best >= 1 and not c.additive]:
            if (m := _BOMBER_BESIDES.match(lowered, c.end - start)) is not None and free(m.start(), m.end()):
                one = Quantity(1, 1, 1, "the bomber, besides those he killed = 1", 0, 0, "")
                add(KILLED, one, "combatants", m.start(), m.end(), one.rule, additive=True, force=PERPETRATOR)
                taken.append((m.start(), m.end()))
    if found and ("attacker" in lowered or "assailant" in lowered):
        found = [replace(c, additive=True, force=PERPETRATOR) if c.kind == KILLED and c.best == 1 and not c.additive and
                 _THE_ATTACKER_AT.match(text, c.start) and ("suicide" in text or "blew himself" in text) else c
                 for c in found]
    found.sort(key=lambda c: c.start)
    found = [replace(c, all_told=True) if _told_as_a_total(text, c) or c.start in totals_at and c.kind == KILLED and
             not c.additive and c.category == "unknown" and c.force is None else c for c in found]
    return _distinct_people(text, found)


# "a total of 35 people": the frame of a count of all (before a number: not "a total of three attacks")
_TOTAL_OF = re.compile(r"\b(?i:a\s+total\s+of)\s+(?=\d|(?i:(?:[a-z]+-)?(?:one|two|three|four|five|six|seven|eight|nine|ten|"
                       r"eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|"
                       r"fifty|sixty|seventy|eighty|ninety|hundred))\b)")
# "35 people died in all", "were killed in total": the toll of all, holding its parts (not a period's: "in all this year")
_IN_ALL_AFTER = re.compile(r"[^.;]{0,40}?\b(?:in\s+all|in\s+total|altogether|all\s+told)\b(?!\s+(?:this|last|so\s+far)\b)",
                           re.IGNORECASE)


def _told_as_a_total(text: str, c: CasualtyMention) -> bool:
    """Whether a count of the dead of no side is told as the toll of all ('Sources said 35 people died in all'): the sides'
    counts told beside it are its parts, not more dead."""
    if c.kind != KILLED or c.additive or c.category != "unknown" or c.force is not None:
        return False
    return _IN_ALL_AFTER.match(text, c.end) is not None


# "two more soldiers died (of their wounds)": later deaths, besides all those told (not "found two more dead", "three
# more men shot": too often a lead's restated in the story)
_MORE = re.compile(r"more|additional|further")
_LATER_DEATH = re.compile(r"died|succumb")
_BESIDES = re.compile(r"(?:another|a\s+(?:second|third|fourth|fifth)|the\s+(?:second|third|fourth|other|surviving)|"
                      r"(?:his|her|their)\s+(?=\w))\b",
                      re.IGNORECASE)


# the one who killed himself, by name, as the sentence's subject: "Police say 74-year-old Henderson Clarke killed
# himself after shooting ...", "Lawrence Johnson, 72, shot his wife, before turning the gun on himself"
_SUBJECT_NAME = re.compile(r"(?:^|[.!?]\s+|\b(?:say|says|said)\s+)(?:(?:the\s+)?\d+-year-old\s+)?"
                           r"(?P<name>[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z]+)(?:,\s*\d+,)?\s+[a-z]")


# the one who killed himself told as the doer ("The suspect, her ex-husband, later shot and killed himself", "the gunman
# then turned the gun on himself"): not the man told killed before
_DOER_SUBJECT = re.compile(r"\b(?:the|a)\s+(?:suspected\s+)?(?:suspect|gunman|shooter|attacker|assailant|killer)\b",
                           re.IGNORECASE)
# ... unless the report calls it a murder-suicide: the count of its dead holds him ("Two dead in murder-suicide")
_MURDER_SUICIDE = re.compile(r"murder[\s-]+suicide", re.IGNORECASE)


def _toll_before_holds(found: list[CasualtyMention], at: int) -> bool:
    """Whether a count of the dead told before `at` in its sentence holds the shooter's death told there with the victims
    between ("Three people are dead after a man shot his wife and her sister before killing himself": he is the third)."""
    toll = next((c for c in found if c.kind == KILLED and not c.additive and c.best >= 2 and c.end <= at), None)
    if toll is None:
        return False
    between = sum(c.best for c in found if toll.end <= c.start < at and c.kind in (KILLED, WOUNDED, HIT))
    return 1 <= between and between + 1 <= toll.best  # (not "killed two neighbors and then himself": no victim between)


def _shooter_named(text: str, at: int) -> str | None:
    """'name:<first last>' of the subject named in the sentence that tells a suicide, if any."""
    start = max(text.rfind(". ", 0, at) + 2, 0)
    named = _SUBJECT_NAME.search(text, start - 2 if start >= 2 else 0, at + 1)
    return "name:" + named.group("name").lower() if named else None


def _indefinite(text: str, m: CasualtyMention) -> bool:
    return bool(re.match(r"(?:an?|one)\s", text[m.start:m.start + 4], re.IGNORECASE))


def _distinct_people(text: str, found: list[CasualtyMention]) -> list[CasualtyMention]:
    """'A 17-year-old boy was shot in the stomach, a 26-year-old man was shot in the body, and a
    27-year-old woman was shot in the chest': people told one by one in one sentence add up to one
    count of that sentence (which a summary elsewhere may restate). Two are told apart when both are
    introduced ('a ...'), or named differently."""
    out: list[CasualtyMention] = []
    groups: dict[int, list[CasualtyMention]] = {}  # id of the first mention -> the people told with it
    for m in found:
        if m.best == 1 and m.who and not m.additive and m.kind in (KILLED, WOUNDED, HIT):
            family = KILLED if m.kind == KILLED else WOUNDED
            for o in out:
                o_family = KILLED if o.kind == KILLED else WOUNDED
                if o_family != family or o.best != 1 or not o.who or o.additive:
                    continue
                last = groups.get(id(o), [o])[-1]
                between = text[last.end:m.start]
                if len(between) > 100 or re.search(r"[.!?)]\s|\n|\s[-—–]\s", between) or \
                        fold(text[last.start:last.end]) == fold(text[m.start:m.end]) or between.endswith("where "):
                    # another sentence run on (a caption, a title), or the same words again, or what once happened at
                    # a place told ("two blocks from where a 9-year-old boy was killed two summers ago")
                    continue
                members = groups.setdefault(id(o), [o])
                names = m.who.startswith("name:") and all(
                    x.who.startswith("name:") and not same_person(x.who, m.who) for x in members)
                if names or (_indefinite(text, m) and all(_indefinite(text, x) for x in members)):
                    members.append(m)
                    m = None
                    break
            if m is None:
                continue
        out.append(m)
    result = []
    for m in out:
        members = groups.get(id(m))
        if members and len(members) > 1:
            kind = KILLED if all(x.kind == KILLED for x in members) else \
                WOUNDED if all(x.kind == WOUNDED for x in members) else HIT
            n = len(members)
            # ("A liquor store clerk was wounded and an armed robber was shot": of two sides, the shooter among them,
            # as for people named together)
            sides = {x.group for x in members}
            shooter_among = ARMED_GROUP in sides and len(sides) > 1
            m = CasualtyMention(kind, n, n, n, m.category if len(sides) == 1 else "unknown", m.start, members[-1].end,
                                f"{n} people told one by one" + (f", {SHOOTER_AMONG}" if shooter_among else ""), False,
                                m.background, None, force=m.force if all(x.force == m.force for x in members) else None)
        result.append(m)
    return _dead_and_hurt_told_apart(text, result)


def _dead_and_hurt_told_apart(text: str, found: list[CasualtyMention]) -> list[CasualtyMention]:
    """'A man was killed and a delivery driver was wounded': one introduced dead and another introduced hurt in the same
    sentence, by other words, are two people (the hurt one is not the dead one told again, whatever their nouns)."""
    one = [m for m in found if m.best == 1 and m.who and not m.additive and m.kind in (KILLED, WOUNDED, HIT)
           and _indefinite(text, m)]
    if len(one) != 2 or (one[0].kind == KILLED) == (one[1].kind == KILLED) or not same_person(one[0].who, one[1].who):
        return found  # (a woman killed and a man wounded are told apart already: "The man died" later is the wounded one)
    first, second = one
    between = text[first.end:second.start]
    if len(between) > 100 or re.search(r"[.!?)]\s|\n|\s[-—–]\s", between) or \
            fold(text[first.start:first.end]) == fold(text[second.start:second.end]):
        return found
    hurt = first if first.kind != KILLED else second
    return [replace(m, who="other") if m is hurt else m for m in found]


def _toll_by_place(sentence: str, at: int, total: int) -> list[tuple[int, int, Quantity]]:
    """The parts a total told at `at` is broken into place by place (see _BREAKDOWN_PART), as (start, end, quantity)
    of each part's count: two or more, and only when they add up to the total."""
    lead = _BREAKDOWN_LEAD.match(sentence, at)
    parts, pos = [], lead.end() if lead else -1
    while pos >= 0 and (part := _BREAKDOWN_PART.match(sentence, pos)):
        q = _quantity(part.group("qty"), None)
        if q is None or _YEAR.fullmatch(part.group("qty")):
            break
        parts.append((part.start("qty"), part.end("qty"), q))
        join = _BREAKDOWN_JOIN.match(sentence, part.end())
        pos = join.end() if join else -1
    return parts if len(parts) >= 2 and sum(q.best for *_, q in parts) == total else []
