"""Acts a report recalls or talks about rather than reports: causes told in passing ("after the massacre"), acts
judged or marked ("was sentenced for the 2019 bombing", "marked the anniversary of"), acts dated long before
("the attack on X in 2014"), states lasting since a time ("has fought the army since 2015"), and nouns that are
talk about acts in general ("airstrikes kill civilians": reportable).
"""
from __future__ import annotations

import re
from itertools import chain

from .period_tallies import period_tally
from .dates import MONTH_NAMES
from .matching import holds_a_word, holds_case_odd, may_hold
from .event_types import STRATEGIC, TERRITORY, Trigger


# (and the short or irregular pasts a force's act is told in: "used tear gas", "threw stones")
_PAST = re.compile(r"\b(?:was|were|has|have|had|did|saw|took|left|hit|struck|used|threw|\w{3,}ed)\b", re.IGNORECASE)
# An act recalled as a point in time: "ten years after the chemical attack on Ghouta that killed hundreds",
# "in response to an Israeli strike that killed one of its commanders",
# "the anniversary of the massacre", "the 2016 Karrada bombing that killed more than 300 people": what is
# written up to the act's word (the noun, or the verb of its "that killed" clause)
_ACT_NOUNS = r"(?:attacks?|bombings?|massacres?|shootings?|strikes?|airstrikes?|sieges?|killings?|explosions?|blasts?|offensives?)"
# (or where, or in which, its doers killed: "an attack on the town of Djibo, where jihadists had killed dozens of soldiers")
_CLAUSE_HEAD = r"[^.;]{0,60}?\b(?:that|which|(?:where|in\s+which)\s+(?:[\w-]+\s+){0,3}?(?:had\s+)?)\s*"
_PAST_ACT_BEFORE = re.compile(
    r"\b(?:(?P<span>(?:years?|months?|decades?)\s+(?:after|since))|anniversary\s+of|(?:19|20)\d\d|"
    r"in\s+(?:response|retaliation|revenge)\s+(?:to|for))\s+(?:the\s+)?"
    rf"(?:[\w'’-]+\s+){{0,3}}?(?P<clause>(?:chemical\s+)?{_ACT_NOUNS}\b{_CLAUSE_HEAD})?$",
    re.IGNORECASE)
_PAST_ACT_HINT = re.compile(r"(?:19|20)\d\d|after|since|anniversary|response|retaliation|revenge|followed|sentenc|"
                            r"convict|jail|guilty|anger|outrage|fury|where|commemorat|memory|remembrance|remember|acquit|charges|"
                            r"allegation|accus|sanction|counts|survivors\s+of\s+the|accused\s+(?:of|over)\s+the|suspect\s+in\s+the|"
                            r"victims\s+of\s+the", re.IGNORECASE)  # one of them, or no past act
_PAST_ACT_WORDS = ("after", "since", "anniversary", "response", "retaliation", "revenge", "followed", "sentenc", "convict",
                   "jail", "guilty", "anger", "outrage", "fury", "where", "commemorat", "memory", "remembrance", "remember", "acquit",
                   "charges", "allegation", "accus", "sanction", "counts", "year's", "year’s",
                   # (an act of a month gone by with its toll: see _IN_MONTH_TOLL_AFTER)
                   "that killed", "which killed", "that left", "which left", "that wounded", "that injured",
                   # (the people an act named by its place defines: see _named_past_act)
                   "survivors of the", "suspect in the", "victims of the")  # ("accused of the": "accus" above)
_YEAR_LIKE = re.compile(r"(?:19|20)\d\d")


def past_act_hint(text: str, folded: str, start: int, end: int) -> bool:
    """Whether _PAST_ACT_HINT matches in text[start:end] (folded: fold(text)): a plain look for its words and a
    case-free search for its years (re skips to the digits at once); the full case-insensitive search, tried at
    every character, only for a sentence with a letter that re.IGNORECASE matches to another (see matching)."""
    lowered = folded[start:end]
    for word in _PAST_ACT_WORDS:
        if word in lowered:
            return True
    if _YEAR_LIKE.search(text, start, end):
        return True
    return holds_case_odd(lowered) and _PAST_ACT_HINT.search(text, start, end) is not None  # (fold() keeps those letters)


# (and by its weapon: "two years after a Russian missile strike killed 61 people", "since the drone attack on", "since a
# truck bombing at a busy Mogadishu junction on October 14 killed more than 500 people")
_ACT_NOUN = re.compile(rf"(?:(?:chemical|missile|rocket|drone|artillery|suicide|car\s+bomb|truck(?:\s+bomb)?|knife|gun|"
                       rf"grenade|mortar)\s+)?{_ACT_NOUNS}", re.IGNORECASE)
# an act named by its noun and dated by a year after its place ("killings in West Darfur in 2023", "the attack on the
# mall in 2013"; not a span of years, "in 2020-2022")
_IN_YEAR_AFTER = re.compile(r"s?(?:\s+(?:of|in|on|at|near|across|against)\s+[^.;,]{0,50}?)?\s+in\s+(?:(?:early|late|mid)[\s-]+)?"
                            r"(?:19|20)\d\d\b(?!\s*[-–/]\s*\d)", re.IGNORECASE)
# ... or by a month, with the toll it took told after it ("an attack on the town in May that killed dozens of soldiers"):
# an act of a month gone by named with its own toll, recalled (the report's own acts are told by their days)
_IN_MONTH_TOLL_AFTER = re.compile(r"(?:\s+(?:of|in|on|at|near|across|against)\s+[^.;,]{0,50}?)?\s+in\s+"
                                  r"(?:(?:early|late|mid)[\s-]+)?(?:January|February|March|April|May|June|July|August|"
                                  r"September|October|November|December)(?!\s*\d)(?:\s+(?:19|20)\d\d)?,?\s+"
                                  r"(?:that|which)\s+(?:killed|left|claimed|wounded|injured)[^.;]{0,60}")
# those an act of a year gone by killed, told by it ("the mother of one student killed in the 2014 attack", "victims
# of those killed in the 2008 Mumbai attacks"): the year's act, recalled
_IN_YEARS_ACT_AFTER = re.compile(rf"\s+(?:in|during)\s+the\s+(?:19|20)\d\d\s+(?:[\w'’-]+\s+){{0,2}}?{_ACT_NOUNS}\b",
                                 re.IGNORECASE)
# ... or an act told by its verb and dated by a year, or by a year's campaign, after it ("territory that Ukraine liberated in
# its 2022 counteroffensive", "the town Russian forces captured in 2022"): a past act the sentence only recalls
_VERB_IN_YEAR_AFTER = re.compile(r"(?:\s+[^.;,]{0,40}?)?\s+in\s+(?:(?:its|their|the)\s+)?(?:(?:early|late|mid)[\s-]+)?"
                                 r"(?:19|20)\d\d\b(?!\s*[-–/]\s*\d)", re.IGNORECASE)
_PAST_ACT_REST = re.compile(r"[^.;]{0,60}")
# (or its verb right after it: "two years after a Russian missile strike killed 61 people", or after the noun's place and
# day: "since a knife attack at a dance class in Southport on July 29 killed three girls")
_PAST_ACT_CLAUSE = re.compile(r"(?:" + _CLAUSE_HEAD + r"|(?:\s+(?:at|in|on|near|outside|against)\s+[^.;,]{1,80}?)?\s+)"
                              r"(?:killed|left|claimed|wounded|injured)[^.;]{0,60}", re.IGNORECASE)
# the act a reprisal answers, found by its noun where no trigger is read in it ("in response to an attack that killed
# two soldiers on Thursday")
_CAUSE_NOUN = re.compile(r"\bin\s+(?:response|retaliation|revenge)\s+(?:to|for)\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,3}?"
                         rf"(?P<noun>{_ACT_NOUN.pattern})\b", re.IGNORECASE)


# what else was happening when the act came: "The attack came as Prime Minister Modi was sworn in in New Delhi", "came
# days before a visit by the president to Manila"
CAME_WHILE_AFTER = re.compile(r"\s+(?:came|comes)\s+(?:(?:just|shortly|only|hours|days|weeks|a\s+day|a\s+week)\s+)?"
                               r"(?:as|amid|ahead\s+of|during|before|while|on\s+the\s+eve\s+of)\s", re.IGNORECASE)


# the act an act followed, told as a clause of its own: "The operation came after militants ambushed a police convoy
# on Wednesday, killing four policemen", "The raid followed an attack on a checkpoint on Monday that killed two"
# (an act after a time is no act: "happened shortly after 3 p.m. Sunday"; what follows is an act's only where an act
# does it: not "Police followed a blood trail")
_CAUSE_AFTER = re.compile(r"\b(?:came|comes|happened|occurred)\s+(?:(?:just|shortly|soon|only)\s+)?"
                          # ("The killing came two weeks after three people were shot at a block party")
                          r"(?:(?:(?:a|an|one|two|three|four|five|six|seven|\d+|several|a\s+few)\s+)?(?:hours?|days?|weeks?)\s+)?"
                          r"after\s+"
                          r"(?!\d|(?:midnight|noon|dawn|dusk|sunset|sunrise|daybreak|nightfall)\b)|"
                          rf"\b(?:{_ACT_NOUNS}|raids?|operations?|offensives?|assaults?|ambushe?s?|clashes|fighting|shelling|"
                          # (and a crowd's: "The protest followed the killing of a growers' leader last week")
                          r"protests?|demonstrations?|blockades?|rall(?:y|ies)|riots?|unrest)"
                          r"\s+followed\s+(?=(?:an?|the)\s)", re.IGNORECASE)


# the crowd's own acts, which answer what they come after ("Youths set fire to a police station after a man died in custody")
_CROWD_ACTS = ("Peaceful protest", "Violent demonstration", "Mob violence")
# ... and a group's own steps: "appointed a new leader, weeks after its commander was killed in an airstrike", "agreed
# to a ceasefire after a week of clashes"
_ACTS_AFTER_CAUSES = _CROWD_ACTS + ("Agreement", "Change to group/activity", "Headquarters or base established")
_FLIGHT = ("fle", "escap", "relocat")  # (not a flight: "Soldiers fled after jihadists attacked their post" - the attack told)
_AFTER = re.compile(r"\bafter\s+(?!\d|(?:midnight|noon|dawn|dusk|sunset|sunrise|daybreak|nightfall|that|this)\b)|"
                    # ("set fire to the parliament on Tuesday, as anger grew over the killing of demonstrators the day before")
                    r"\b(?:as|amid)\s+(?:(?:public|popular|growing|mounting|widespread)\s+)?(?:anger|outrage|fury)\s+"
                    r"(?:(?:grew|spread|mounted|swelled|rose)\s+)?(?:over|at)\s+", re.IGNORECASE)


_REPRISAL_WORDS = ("response", "retaliation", "revenge")  # _CAUSE_NOUN needs one
_CAUSE_AFTER_WORDS = ("after", "followed")  # _CAUSE_AFTER needs one (each of its two alternatives its own)


def recalled_causes(text: str, start: int, end: int, triggers: list[Trigger]) -> list[tuple[int, int]]:
    """The spans of the acts a sentence's reprisals answer, each with its "that killed ..." clause, and of the acts
    it says it came after, or its crowd's act came after (triggers: the sentence's), each to its clause's end."""
    spans = []
    sentence = text[start:end]
    lowered = sentence.lower()  # (for the word gates before the case-insensitive searches: see matching.may_hold)
    if may_hold(sentence, lowered, _REPRISAL_WORDS):
        for m in _CAUSE_NOUN.finditer(text, start, end):
            clause = _PAST_ACT_CLAUSE.match(text, m.end(), end)
            spans.append((m.start("noun"), clause.end() if clause else m.end()))
    crowd = next((t for t in triggers if t.rule.sub_event_type in _ACTS_AFTER_CAUSES and
                  not text[t.start:t.end].lower().startswith(_FLIGHT)), None)
    for m in chain(_CAUSE_AFTER.finditer(text, start, end) if may_hold(sentence, lowered, _CAUSE_AFTER_WORDS) else (),
                   _AFTER.finditer(text, crowd.end, end) if crowd is not None else ()):
        stop = text.find(";", m.end(), end)
        spans.append((m.end(), end if stop < 0 else stop))
    return spans


# an act that only dates a time told just before it: "since October 8, a day after its ally Hamas attacked Israel"
_DATE_ANCHOR_BEFORE = re.compile(r"\b(?:since|from|on|until)\s+[^,.;]{2,30},\s+(?:a|one|the|two|three|four|five|\d+)\s+"
                                 r"(?:days?|weeks?|months?)\s+(?:after|before)\s+(?P<after>)(?:[\w'’-]+\s+){0,5}$", re.IGNORECASE)
# a sentence's last clause, on the act it came after: ", a day after a Houthi missile", ", hours after gunmen"
# (or a month: ", less than a month after three people were wounded at the same gas station")
_DAYS_AFTER_BEFORE = re.compile(r",\s+(?:(?:less|more)\s+than\s+|just\s+over\s+|nearly\s+|almost\s+)?"
                                r"(?:(?:a|one|two|three|four|five|six|\d+|just|only)\s+)?(?:days?|hours?|weeks?|months?)\s+"
                                # (the act's noun after its victims: "after three people were wounded in a shooting")
                                r"after\s+(?P<after>)(?:[\w'’-]+\.?\s+){0,7}$", re.IGNORECASE)
# (a word may be a month's short name: "since the Feb. 14 shooting", ", a week after the Nov. 5 shooting")
# ... or told as another one the report's came close to: "came within hours of another shooting downtown, where a woman was
# hurt", "within days of a similar attack" (not "within hours of the shooting": the report's own)
_WITHIN_OF_ANOTHER_BEFORE = re.compile(r"\bwithin\s+(?:(?:a|an|one|two|three|a\s+few|\d+)\s+)?(?:minutes?|hours?|days?|weeks?)\s+"
                                       r"of\s+(?P<after>)(?:another|a\s+(?:second|separate|similar|previous)|an\s+earlier)\s+"
                                       r"(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
# the wound of the one whose death the sentence told, after "after" ("died ..., two weeks after he was shot")
_OWN_WOUND_AFTER = re.compile(r"(?:he|she)\s+(?:was|had\s+been)\s+(?:\w+ly\s+)?(?:shot|stabbed|wounded|injured)\b",
                              re.IGNORECASE)
_DEATH_WORD = re.compile(r"\b(?:died|succumbed|passed\s+away|(?:pronounced|declared)\s+dead)\b", re.IGNORECASE)
# (or the gerund of its launch: "has stepped up its attacks since launching a cross-border offensive")
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:the\s+|(?:launching|starting|beginning)\s+(?:an?\s+|its\s+)?)?(?:[\w'’-]+\.?\s+){0,2}$|"
                           # (or named by its place, in more words: "since the Crocus City Hall attack in March")
                           r"\bsince\s+the\s+(?-i:[A-Z][\w'’.-]*\s+){3,4}$",
                           re.IGNORECASE)
# the rest of a "since" clause, to the year it names ("since the RSF took over most of Khartoum in 2023")
_CLAUSE_YEAR_AFTER = re.compile(r"[^.;,]{0,50}?\s+in\s+(?:(?:early|late|mid)[\s-]+)?(?:19|20)\d\d\b(?!\s*[-–/]\s*\d)",
                                re.IGNORECASE)
# a "since" clause up to its act ("since an alliance of ethnic armed groups launched an "), and its month or year after
# it, no day ("... in October", "in early 2023")
_SINCE_CLAUSE_BEFORE = re.compile(r"\bsince\s+(?:[\w'’-]+\s+){1,8}$", re.IGNORECASE)
_CLAUSE_MONTH_AFTER = re.compile(r"[^.;,]{0,40}?\s+in\s+(?:(?:early|late|mid)[\s-]+)?(?:(?:January|February|March|April|May|"
                                 r"June|July|August|September|October|November|December)(?!\s*\d)|(?:19|20)\d\d\b(?!\s*[-–/]\s*\d))")
# ... or its doer, named, and the act's verb in the past, whatever its time: "the fourth night of unrest since a police
# officer shot dead a 17-year-old in Nanterre on Tuesday", "has surged since Hamas-led gunmen attacked southern Israel":
# the act the span is counted from, no act of the report (not a pronoun's, which may be the report's own: "has been in
# hospital since he was shot on Friday"; nor a passive's; nor a noun's clause, "in custody since his arrest and remains
# detained")
# (nor a time's: "Since last week gunmen have killed", "since 2014 the army has fought")
_SINCE_DOER_BEFORE = re.compile(r"\bsince\s+(?!(?:he|she|they|it|we|i|you|his|her|their|its|then|there|when|that|this|last|"
                                rf"early|late|mid|(?:mon|tues|wednes|thurs|fri|satur|sun)day|{MONTH_NAMES})\b|\d)"
                                r"(?:(?!(?:and|or|but|remains?|remained)\b)[\w'’-]+\s+){1,5}$", re.IGNORECASE)
_PASSIVE_OR_PERFECT = re.compile(r"\b(?:was|were|is|are|been|being|be|has|have|had)\b", re.IGNORECASE)
# (the act's verb in the simple past: not a noun after a possessive, "in custody since his arrest")
_SIMPLE_PAST = re.compile(r"(?:[a-z]+ed|shot|struck|hit|(?:re)?took|overran|threw|blew|set|beat|stole|broke|fought|tore|slew|burnt|"
                          r"led|began|seized|stormed)\b", re.IGNORECASE)
BEGAN_AFTER = re.compile(r"\s+(?:first\s+)?(?:began|started|erupted|broke\s+out|flared)\b", re.IGNORECASE)
SINCE_BEGAN = re.compile(r"\bsince\s+(?:[^.;:]{0,80}?\s)?(?:first\s+)?(?:began|started|erupted|broke\s+out|flared)\b",
                          re.IGNORECASE)


# what a court judges, after its verdict: "sentenced five soldiers to life in prison for the killing of 12 civilians in
# 2023", "upheld the conviction of a man who helped the driver of the truck that killed 86 people", "jails man over
# 2016 attack": an act recalled, the verdict no act of violence
# (up to a verb of the sentence's own news: "A man convicted for killing his girlfriend in 2000 is facing charges of
# shooting at a woman late Monday"; not "a convicted felon")
# (each character looked at before it is taken: the look is a group's with its character, not one before them all)
_NEWS_WORD = r"\b(?:is|are|has|have|faces|facing|accused|charged)\b"
_NEWS_VERB = rf"(?:(?!{_NEWS_WORD})[^.;])"
_VERDICT = (r"\b(?:sentenc(?:ed|es|ing)|convict(?:ed|s|ions?)|acquit(?:ted|s|tal)|jail(?:s|ed)|found\s+(?:[\w'’-]+\s+){0,6}?guilty|"
            r"guilty\s+verdicts?)\b(?!\s+(?:felons?|sex\s+offenders?|criminals?)\b)")
_JUDGED_BEFORE = re.compile(rf"{_VERDICT}{_NEWS_VERB}*?\b(?:for|over|of|in)\b{_NEWS_VERB}*$", re.IGNORECASE)
# ... and what a plea is to, the act its first words name: "pleaded guilty on Monday to murdering three young girls",
# "admitted 10 counts of attempted murder" (not the arrest it followed: "pleaded not guilty Monday to operating under the
# influence ... following his arrest early Monday")
_PLEADED_TO_BEFORE = re.compile(r"\b(?:(?:plead(?:ed|s)?|pled)\s+(?:not\s+)?guilty\b[^.;]{0,40}?\bto|"
                                r"admit(?:ted|s)\s+(?:[\w-]+\s+)?counts?\s+of)\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
# ... the same with any words after the verdict: a first look, much cheaper, that the one above is asked after only when
# it finds one and a verb of news follows it
_JUDGED_ANY_BEFORE = re.compile(rf"{_VERDICT}[^.;]*?\b(?:for|over|of|in)\b[^.;]*$", re.IGNORECASE)
_NEWS_WORD_RE = re.compile(_NEWS_WORD, re.IGNORECASE)
_NEWS_AFTER = re.compile(r"\b(?:is|are|has|have|was|were|faces|facing)\b", re.IGNORECASE)
_WAS = re.compile(r"\b(?:was|were)\b", re.IGNORECASE)
_RELATIVE_BEFORE = re.compile(r"\b(?:which|where|whom|who|that)\b(?:[^,;]|,(?=\d))*$", re.IGNORECASE)


def _judged(text: str, trigger: Trigger, sentence_start: int) -> bool:
    """Whether the act is what a verdict is for (see above), and no news of the convicted told after it ("a man convicted
    of robbery in 2010 was arrested on Monday"; but "the massacre, in which 1,700 cadets were killed")."""
    verdict = _JUDGED_ANY_BEFORE.search(text, max(sentence_start, trigger.start - 200), trigger.start)
    if verdict is not None and _NEWS_WORD_RE.search(text, verdict.start(), trigger.start):
        verdict = _JUDGED_BEFORE.search(text, verdict.start(), trigger.start)
    return verdict is not None and all(_RELATIVE_BEFORE.search(text, verdict.start(), v.start())
                                       for v in _WAS.finditer(text, verdict.start(), trigger.start))


# what an anniversary marks: "gathered to mark 31 years since the 1994 genocide in which about 800,000 people were
# killed", "to mark three years since the town's liberation, where Russian troops killed"
_MARKED_BEFORE = re.compile(r"\bmark(?:s|ed|ing)?\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:anniversary|(?:years?|months?|decades?)\s+"
                            r"since)\b[^.;]*$", re.IGNORECASE)
# what a march commemorates: "marched on Tuesday to commemorate the massacre of Algerian demonstrators by police on
# October 17, 1961, when historians say as many as 200 people were killed", "a vigil in memory of the victims of the
# school siege in which 334 people were killed": the act and all the sentence tells of it after, none of the day's
# (up to a clause of the day's own: "to commemorate the victims, and police fired tear gas"); so what those gathered
# remember: "marched downtown to remember the nine people shot dead at a church last year"
_COMMEMORATED = re.compile(r"\b(?:commemorat(?:e|es|ed|ing)|(?:in|to)\s+(?:the\s+)?(?:memory|remembrance)\s+of|"
                           r"remember(?:s|ed|ing)?\s+(?=the\s))\s?", re.IGNORECASE)
_COMMEMORATED_WORDS = ("commemorat", "memory", "remembrance", "remember")
_DAY_CLAUSE = re.compile(r",\s+(?:and|but|while|as)\s|;|\s(?:but|while)\s", re.IGNORECASE)
_REST_OF_SENTENCE = re.compile(r"[^.;]*")


# A place told by what once happened there: "Parkland, where a former student killed 17 people on Feb. 14", "the same
# corner where a 16-year-old was shot to death last July", "two blocks from where a girl was killed two summers ago",
# "the road where a similar attack killed 20 people in November": an earlier act, its toll none of the report's.
# The clause's act (up to six words after "where") is recalled when the clause dates it well before the report (a
# season, month or year gone by, "... ago", a year, a month with no day, an act named by its day) or says it is another
# ("a similar attack"), or when the place is told as the one of the report's act or near it ("the same corner where",
# "two blocks from where", "14 miles east of Parkland, where"); not "the house where a man was shot Sunday".
_WHERE_BEFORE = re.compile(r"\bwhere\s+(?:[\w'’-]+\s+){0,6}$", re.IGNORECASE)
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.)"
_WHERE_DISTANT_AFTER = re.compile(
    r"[^.;]{0,90}?\b(?:last\s+(?:year|month|summer|spring|fall|autumn|winter|" + _MONTH + r")|"
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+(?:years?|months?|decades?|summers?|"
    r"winters?|springs?)\s+ago|in\s+(?:(?:early|late|mid)[\s-]+)?(?:19|20)\d\d|"
    r"in\s+(?:(?:early|late|mid)[\s-]+)?" + _MONTH + r"(?!\s*\d)|"
    r"the\s+" + _MONTH + r"\s+\d{1,2}(?:,\s+(?:19|20)\d\d,?)?\s+(?:[\w-]+\s+){0,2}?" + _ACT_NOUNS + r")\b",
    re.IGNORECASE)
_WHERE_PLACE_BEFORE = re.compile(r"(?:\bthe\s+same\s+(?:[\w'’-]+\s+){1,5}?|\bfrom\s+|"
                                 r"\b(?:miles?|blocks?|kilometers?|kilometres?)\s+(?:(?:north|south|east|west|"
                                 r"northeast|northwest|southeast|southwest)\s+of|from|away\s+from)\s+[^.;]{0,50}?)$",
                                 re.IGNORECASE)
_ANOTHER_BEFORE = re.compile(r"\b(?:similar|another|earlier|previous)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)


def _place_of_past_act(text: str, trigger: Trigger, sentence_start: int) -> tuple[int, int] | None:
    """The span of an act told in a clause on a place, as what once happened there (see above), from "where" to its
    clause's end, or None."""
    # ("where" holds no letter that IGNORECASE matches to another than its lower case: the look in lower case is exact)
    if "where" not in text[max(sentence_start, trigger.start - 60):trigger.start].lower() or \
            (where := _WHERE_BEFORE.search(text, max(sentence_start, trigger.start - 60), trigger.start)) is None:
        return None
    rest = _PAST_ACT_REST.match(text, trigger.end).end()
    before = text[max(sentence_start, where.start() - 80):where.start()].rstrip(" ,")
    if _WHERE_DISTANT_AFTER.match(text, trigger.end, rest) or \
            _ANOTHER_BEFORE.search(text, where.end(), trigger.start) or \
            _WHERE_PLACE_BEFORE.search(before + " ") or before.lower().endswith(" from"):
        return where.start(), rest
    return None


# An act named by its place, or its name, as what people or a proceeding are of: "the teenager accused of the Southport
# attack", "Survivors of the Nova festival massacre", "the trial of 19 people accused over the Crocus City Hall attack",
# "relatives of those killed in the Kfar Aza massacre": a past act the report's people or proceeding are defined by, no
# act of the day (the day's own act is told by its verb or its day: "Three girls were killed in a knife attack in
# Southport on Monday")
_NAMED_ACT_BEFORE = re.compile(r"\b(?:suspects?|accused|charged|convicted|survivors?|victims?|relatives|families|"
                               r"perpetrators?|masterminds?|trial|inquiry|inquest|investigation)\s+(?:[\w'’-]+\s+){0,3}?"
                               r"(?:of|in|over|into|for|from|behind)\s+the\s+"
                               r"(?-i:(?:[A-Z][\w'’.-]*|(?:19|20)\d\d)\s+){1,4}(?:[a-z-]+\s+)?$", re.IGNORECASE)
_NAMED_ACT_WORDS = ("suspect", "accused", "charged", "convicted", "survivor", "victim", "relatives", "families",
                    "perpetrator", "mastermind", "trial", "inquiry", "inquest", "investigation")  # it needs one


def _name_before(text: str, at: int, sentence_start: int) -> bool:
    """Whether one of the two words before text[at] begins with a capital: a name's ("the Southport attack", "the Nova
    festival massacre"), the first look for an act named by its place."""
    word = text.rfind(" ", sentence_start, at - 1) + 1
    return text[word:word + 1].isupper() or word > sentence_start and \
        text[text.rfind(" ", sentence_start, word - 1) + 1:][:1].isupper()


def _named_past_act(text: str, trigger: Trigger, sentence_start: int, lowered: str) -> tuple[int, int] | None:
    """The span of an act named by its place as what people or a proceeding are of (see _NAMED_ACT_BEFORE), with its
    "that killed ..." clause, or None. lowered: the 200 characters before the act, lower-cased."""
    if not trigger.rule.noun or not _name_before(text, trigger.start, sentence_start) or \
            not holds_a_word(lowered[-90:], _NAMED_ACT_WORDS) or \
            not _ACT_NOUN.fullmatch(text, trigger.start, trigger.end) or \
            _NAMED_ACT_BEFORE.search(text, max(sentence_start, trigger.start - 90), trigger.start) is None:
        return None
    clause = _PAST_ACT_CLAUSE.match(text, trigger.end)
    return trigger.start, clause.end() if clause else trigger.end


def past_act(text: str, trigger: Trigger, sentence_start: int, first_act: int) -> tuple[int, int] | None:
    """The span of an act the sentence only recalls (from its word to the end of its clause), or None: one told as a
    point in time, or what a verdict is for or an anniversary marks, or what once happened at a place told.
    first_act: where the sentence's first act word is."""
    # the 200 characters before the act (the widest window looked at before it), lower-cased once for the word gates
    # before the case-insensitive searches (see matching.may_hold: a case-odd letter lets every search run)
    before = text[max(sentence_start, trigger.start - 200):trigger.start]
    lowered = before.lower()
    case_odd = holds_case_odd(before)
    return _past_act_in_time(text, trigger, sentence_start, first_act, lowered, case_odd) or \
        _judged_or_marked(text, trigger, sentence_start, lowered, case_odd) or \
        _named_past_act(text, trigger, sentence_start, lowered) or \
        _place_of_past_act(text, trigger, sentence_start)


_JUDGED_WORDS = ("sentenc", "convict", "acquit", "jail", "guilty")  # _JUDGED_BEFORE needs one
# an act named as what someone is charged with: "faces rape charges", "arrested on murder and kidnapping charges", "denied
# the allegations of torture": a charge, no act told (an opposition leader's trial, a suspect's arrest)
_CHARGES_AFTER = re.compile(r"(?:\s+(?:and|or)\s+[\w-]+)?\s+(?:charges?|allegations?|accusations?)\b", re.IGNORECASE)
_CHARGES_WORDS = ("charges", "allegation", "accusation")
# acts in the plural named as what a party is accused of or sanctioned for ("sanctioned two commanders, accusing them of
# leading attacks on civilians", "accused the militia of killings and abductions", "sanctioned four commanders over a
# campaign of killings"): a record of conduct, no act of a day (an act in the singular may be the news: "accused Pakistan
# of carrying out a drone strike that killed ...")
_ACCUSED_OF_BEFORE = re.compile(r"\b(?:accus(?:e|es|ed|ing)\s+(?:[\w'’-]+\s+){0,4}?of|"
                                r"sanction(?:s|ed|ing)?\s+(?:[\w'’-]+\s+){0,5}?(?:over|for))\s+(?:[\w-]+\s+){0,4}?$",
                                re.IGNORECASE)
_WEEKDAY_IN = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)


def _accused_record(text: str, trigger: Trigger, sentence_start: int, lowered: str) -> tuple[int, int] | None:
    """The span of acts in the plural a party is accused of or sanctioned for (see _ACCUSED_OF_BEFORE) with no day
    told, or None."""
    if "accus" not in lowered[-80:] and "sanction" not in lowered[-80:] or not text.endswith("s", trigger.start, trigger.end) or \
            not _ACT_NOUN.fullmatch(text, trigger.start, trigger.end) or \
            _ACCUSED_OF_BEFORE.search(text, max(sentence_start, trigger.start - 80), trigger.start) is None:
        return None
    rest = _PAST_ACT_REST.match(text, trigger.end)
    return None if _WEEKDAY_IN.search(text, trigger.end, rest.end()) else (trigger.start, rest.end())


def _judged_or_marked(text: str, trigger: Trigger, sentence_start: int, lowered: str,
                      case_odd: bool) -> tuple[int, int] | None:
    """The span of an act a verdict is for or an anniversary marks (see _JUDGED_BEFORE, _MARKED_BEFORE), or None.
    lowered: the 200 characters before the act, lower-cased; case_odd: whether they hold a case-odd letter."""
    if (case_odd or holds_a_word(lowered, _COMMEMORATED_WORDS)) and \
            (marked := max(_COMMEMORATED.finditer(text, max(sentence_start, trigger.start - 200), trigger.start),
                           key=lambda m: m.start(), default=None)) is not None and \
            not _DAY_CLAUSE.search(text, marked.end(), trigger.start):
        return marked.end(), _REST_OF_SENTENCE.match(text, trigger.end).end()  # (its toll told before its verb too)
    if holds_a_word(text[trigger.end:trigger.end + 40].lower(), _CHARGES_WORDS) and \
            (charges := _CHARGES_AFTER.match(text, trigger.end)) is not None:
        return trigger.start, charges.end()
    if (span := _accused_record(text, trigger, sentence_start, lowered)) is not None:
        return span
    if not ((case_odd or holds_a_word(lowered, _JUDGED_WORDS)) and _judged(text, trigger, sentence_start) or
            (case_odd or "guilty" in lowered or "counts" in lowered) and
            _PLEADED_TO_BEFORE.search(text, max(sentence_start, trigger.start - 80), trigger.start) or
            (case_odd or "mark" in lowered) and
            _MARKED_BEFORE.search(text, max(sentence_start, trigger.start - 120), trigger.start)):
        return None
    end = _PAST_ACT_REST.match(text, trigger.end).end()
    # (to the news of the convicted: "... in 2010 was arrested"; not "the massacre, in which 1,700 were killed")
    news = next((v.start() for v in _NEWS_AFTER.finditer(text, trigger.end, end)
                 if not _RELATIVE_BEFORE.search(text, trigger.start, v.start())), end)
    return trigger.start, news


_PAST_ACT_BEFORE_WORDS = ("after", "since", "anniversary", "response", "retaliation", "revenge")  # or a year


# an act a time gone by owns: "the trial of 19 people accused over last year's attack on the Crocus City Hall", "2019's
# Easter bombings": a past act named, no act of the report's day (plain string tests: a regex more would cost more than
# they do)
_GONE_TIMES = ("last year",)


def _owned_by_a_time_gone_by(lowered: str) -> bool:
    """Whether the act noun lowered ends before (the text before it, lower-cased) is a time gone by's: "last year's" or a
    year's ("2019's"), with at most two words between ("last year's deadly attack")."""
    owner, _, between = lowered.replace("’", "'").rpartition("'s ")
    if not owner or between.count(" ") > 2 or "," in between or "." in between:
        return False
    return owner.endswith(_GONE_TIMES) or owner[-4:-2] in ("19", "20") and owner[-4:].isdigit() and \
        not owner[-5:-4].isalnum()


def _past_act_in_time(text: str, trigger: Trigger, sentence_start: int, first_act: int, lowered: str,
                      case_odd: bool) -> tuple[int, int] | None:
    """The span of an act the sentence only recalls as a point in time, or None: the act's noun itself ("the 2016
    Karrada bombing"), or the verb of the clause after it ("that killed"). lowered, case_odd: see _judged_or_marked."""
    # (a verb's -ing form a time owns is a noun too: "blamed the rebels for last year's killing of two village heads")
    if (trigger.rule.noun or text.endswith("ing", trigger.start, trigger.end)) and \
            ("'s " in lowered[-40:] or "’s " in lowered[-40:]) and _owned_by_a_time_gone_by(lowered[-40:]):
        clause = _PAST_ACT_CLAUSE.match(text, trigger.end)
        return trigger.start, clause.end() if clause else trigger.end  # "accused over last year's attack on ..."
    if (trigger.rule.noun or text.endswith("ing", trigger.start, trigger.end)) and \
            (year := _IN_YEAR_AFTER.match(text, trigger.end)) is not None:
        return trigger.start, year.end()  # "a campaign of ethnic killings in West Darfur in 2023": a year's acts, recalled
    if trigger.rule.noun and (month := _IN_MONTH_TOLL_AFTER.match(text, trigger.end)) is not None:
        return trigger.start, month.end()  # "blamed JNIM for an attack on Djibo in May that killed dozens of soldiers"
    if text.startswith((" in the ", " during the "), trigger.end) and \
            (year := _IN_YEARS_ACT_AFTER.match(text, trigger.end)) is not None:
        return trigger.start, year.end()  # "one student killed in the 2014 attack"
    if not trigger.rule.noun and trigger.rule.sub_event_type == TERRITORY and \
            (year := _VERB_IN_YEAR_AFTER.match(text, trigger.end)) is not None:
        return trigger.start, year.end()  # "territory that Ukraine liberated in its 2022 counteroffensive"
    lo = max(sentence_start, trigger.start - 120)
    # (_PAST_ACT_BEFORE needs one of its words, or a year, in its window: a plain look first)
    before = _PAST_ACT_BEFORE.search(text, lo, trigger.start) if \
        case_odd or holds_a_word(lowered, _PAST_ACT_BEFORE_WORDS) or _YEAR_LIKE.search(text, lo, trigger.start) else None
    if before is None:
        # "has lost control of large areas since an alliance of ethnic armed groups launched an offensive in October": the
        # act a "since" clause dates by its month or year, a time
        far = max(sentence_start, trigger.start - 80)
        if text.find("since ", far, trigger.start) >= 0 and _SINCE_CLAUSE_BEFORE.search(text, far, trigger.start) and \
                (when := _CLAUSE_MONTH_AFTER.match(text, trigger.end)) is not None:
            # (with the clause that tells its toll: "since the Crocus City Hall attack in March, in which gunmen killed
            # 145 people")
            clause = _PAST_ACT_CLAUSE.match(text, when.end())
            return trigger.start, clause.end() if clause else when.end()
        lo = max(sentence_start, trigger.start - 40)
        if text.find("ince", lo, trigger.start) >= 0 and _SINCE_BEFORE.search(text, lo, trigger.start):
            if BEGAN_AFTER.match(text, trigger.end):
                return trigger.start, trigger.end  # "killed since the clashes began": when a tally starts
            if _ACT_NOUN.fullmatch(text, trigger.start, trigger.end) or \
                    trigger.rule.noun and trigger.rule.event_type == STRATEGIC and text.find("the", lo, trigger.start) >= 0:
                # (and a development's: "more frequent since the withdrawal of French forces", a time)
                # "has surged since the Hamas attack on Oct. 7": a time, no act told (with its "that killed ..." clause:
                # "the first drill since the Feb. 14 shooting in Parkland that killed 17")
                clause = _PAST_ACT_CLAUSE.match(text, trigger.end)
                return trigger.start, clause.end() if clause else trigger.end
            if (year := _CLAUSE_YEAR_AFTER.match(text, trigger.end)) is not None:
                return trigger.start, year.end()  # "based in Port Sudan since the RSF took over Khartoum in 2023": a time
        if not trigger.rule.noun and lowered.find("since ", len(lowered) - (trigger.start - far)) >= 0 and \
                (since := _SINCE_DOER_BEFORE.search(text, far, trigger.start)) is not None and \
                _SIMPLE_PAST.match(text, trigger.start) and not _PASSIVE_OR_PERFECT.search(text, since.start(), trigger.start):
            # "unrest since a police officer shot dead a 17-year-old ... on Tuesday": from "since" (its doer no party to
            # the report's act) to its clause's end (not a day's clause after it: ", and police said")
            rest = _REST_OF_SENTENCE.match(text, trigger.end).end()
            clause = _DAY_CLAUSE.search(text, trigger.end, rest)
            return since.start(), clause.start() if clause else rest
        # "since October 8, a day after Hamas attacked Israel", "..., two days after a missile landed near the
        # airport": to the clause's end
        lo = max(sentence_start, trigger.start - 90)
        if ((text.find(" after ", lo, trigger.start) >= 0 or text.find(" before ", lo, trigger.start) >= 0) and
                (anchor := _DATE_ANCHOR_BEFORE.search(text, lo, trigger.start) or
                 _DAYS_AFTER_BEFORE.search(text, lo, trigger.start)) or
                text.find("within ", lo, trigger.start) >= 0 and
                (anchor := _WITHIN_OF_ANOTHER_BEFORE.search(text, lo, trigger.start))):
            if _OWN_WOUND_AFTER.match(text, anchor.end("after")) and \
                    _DEATH_WORD.search(text, sentence_start, anchor.start()):
                return None  # "died Monday, more than two weeks after he was shot on March 30": the death's own wound
            # (from the words after "after", when the sentence told an act of its own before: the act's victims told
            # before its verb are its own, "A man was killed Sunday, a day after two people were wounded in a shooting";
            # not in "Police said Monday, a day after a 19-year-old was shot", the report's own act told by its day)
            return anchor.end("after") if first_act < anchor.start() else trigger.start, \
                _PAST_ACT_REST.match(text, trigger.end).end()
        return None
    if before.group("clause"):  # the verb of "the 2016 bombing that killed ...": to the clause's end
        return trigger.start, _PAST_ACT_REST.match(text, trigger.end).end()
    if before.group("span") and (not trigger.rule.noun or not _ACT_NOUN.fullmatch(text, trigger.start, trigger.end)):
        # "Eleven years after Boko Haram abducted" (or its doer's noun: "a year after a suicide bomber killed 84 people")
        return trigger.start, _PAST_ACT_REST.match(text, trigger.end).end()
    if not _ACT_NOUN.fullmatch(text, trigger.start, trigger.end):
        return None
    clause = _PAST_ACT_CLAUSE.match(text, trigger.end)  # the noun, and its "that killed ..." clause
    return trigger.start, clause.end() if clause else trigger.end


# what the act a sentence opens with did to those who heard of it ("The attack, rare in the southwest, shocked the
# country", "The bombing sparked outrage"): an act told before, named again as its subject
# (not what it set off at a place, which may be the act's own: "The shooting prompted a lockdown at Roosevelt")
_ECHO_AFTER = re.compile(r"(?:,[^,.;]{1,60},)?\s+(?:shocked|stunned|(?:sparked|drew|triggered|provoked|caused)\s+"
                         r"(?:widespread\s+|international\s+|national\s+)?(?:outrage|condemnation))\b", re.IGNORECASE)
# years of acts, told as a place's or a war's past ("years of clashes", "decades of fighting"), and months of them, a
# campaign's run ("the latest in months of protests over the canopy collapse"): no act of a day
_YEARS_OF_BEFORE = re.compile(r"\b(?:months|years|decades|a\s+decade|generations)\s+of\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_TOOK_PLACE_AFTER = re.compile(r"\s+(?:also\s+)?(?:took\s+place|were\s+(?:also\s+)?(?:held|staged)|erupted|broke\s+out)"
                               r"\s+(?:in|at|outside|across)\b", re.IGNORECASE)
_EPISODE_BEFORE = re.compile(r"\b(?:hours|days|nights|weeks)\s+of\s+(?:[\w-]+\s+)?$", re.IGNORECASE)


# an act named again to say who is blamed for it, or who condemns or claims it
# (the blamed may be quoted: 'blamed "remnants of the former regime" for the attack')
REFERRED_BEFORE = re.compile(r"\b(?:attribut(?:ed|es|ing)|blam(?:ed|es|ing)(?:\s+(?:[\w'’\x22“”-]+|\([^()]{1,20}\))){0,7}?\s+for|condemn(?:ed|s|ing)|denied|denies|"
                              r"blam(?:ed|es|ing)|responsibility\s+for|credit\s+for|claim(?:ed|s|ing)|"
                              # ("The RSF has not commented on the attack")
                              r"comment(?:ed|s|ing)?\s+on|respon(?:d|ded|ds|ding|se)\s+to|"
                              # ("suspected fighters of ISWAP of carrying out the killings")
                              r"of\s+(?:carrying\s+out|committing|perpetrating|staging))"
                              r"\s+(?:the|this|that|these|those|its|their)\s+(?:[\w'’-]+\s+)?$", re.IGNORECASE)
# an act told by its doers' pronoun ("their attack", "its assault") or the men told before ("the rebels' offensive"):
# the doers' act told before, named again
_POSSESSED_BEFORE = re.compile(r"(?:\b(?:their|its|his)|\bthe\s+[\w-]+s['’])\s+(?:[a-z-]+\s+)?$", re.IGNORECASE)
# ... but not an act whose words begin with its doer, the possessive the doer's: "the military said its aircraft had
# struck a gathering of Hezbollah fighters", "the ministry said its forces had struck a meeting of Ukrainian commanders"
# (its forces' strike on a place may be a strike told already, its weapon named there: "CENTCOM said its forces struck
# the port")
# (an adverb of time may stand between, in the sentence after the force spoke: "Its aircraft later struck the launch
# site")
_DOER_ACTS = re.compile(r"(?:warplanes?|jets?|aircraft|helicopters?|drones?)\s+"
                        r"(?:(?:had|have|later|then|also|subsequently)\s+){0,2}(?:struck|hit|pounded|bombed|targeted)\b|"
                        r"(?:forces|troops|army)\s+(?:had\s+|have\s+)?(?:struck|hit|pounded)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?"
                        r"(?:meeting|gathering|concentration|cluster|assembly)s?\s+of\b", re.IGNORECASE)


# the words each search before the act needs one of (REFERRED_BEFORE's "responsibility" and "respond" both "respon")
_REFERRED_WORDS = ("attribut", "blam", "condemn", "denied", "denies", "respon", "credit", "claim", "comment",
                   "carrying", "committing", "perpetrating", "staging")
_POSSESSED_WORDS = ("their", "its", "his", "'", "’")
_TREND_WORDS = ("step", "intensif", "increas", "escalat", "ramp", "scal")


_AMONG_BEFORE = re.compile(r"\bamong\s+the\s+$", re.IGNORECASE)
# acts told as a trend ("Turkey has stepped up drone strikes this month", "intensified airstrikes")
_TREND_BEFORE = re.compile(r"\b(?:stepped\s+up|step(?:s|ping)?\s+up|intensif(?:ied|ies|ying)|increas(?:ed|es|ing)|"
                           r"escalat(?:ed|es|ing)|ramp(?:ed|s|ing)\s+up|scal(?:ed|es|ing)\s+up)\s+(?:its\s+|their\s+|the\s+)?"
                           r"(?:[\w-]+\s+)?$", re.IGNORECASE)


# a state that has lasted for a while, told as background: "The province has been gripped by fighting between the army
# and the rebels since June", "The group has been in talks with the government since 2021" (not a progressive act: "has
# been shelling the city since Friday"); or for weeks ("The army has been conducting a military offensive in the
# northern West Bank for three weeks")
_LASTING_BEFORE = re.compile(r"\b(?:has|have|had)\s+been\s+(?:[\w'’-]+\s+){1,4}$", re.IGNORECASE)
# (not a time counted from a point: "in a rare gain for Kyiv after months of Russian advances")
_LASTING_AFTER = re.compile(r"[^.;:]*?\b(?:since|for\s+(?:the\s+(?:past|last)\s+)?(?:(?!(?:after|before|following)\s)[\w-]+\s+){0,3}"
                            r"(?:years|months|weeks|decades))\b", re.IGNORECASE)
# the verb itself in the perfect: "The OLA has fought the government for decades", "Al-Shabab has been fighting to
# overthrow the government for more than 15 years"
LASTING_VERB_BEFORE = re.compile(r"\b(?:has|have)\s+(?:been\s+)?$", re.IGNORECASE)
# ... or the act's noun as what the perfect wages: "Somalia's government has waged an offensive against the group since
# August last year", "has pursued a campaign against the rebels since 2021" (read as the verb: a time it lasts since)
_WAGED_BEFORE = re.compile(r"\b(?:has|have)\s+(?:been\s+)?(?:waged|waging|pursued|pursuing|fought|fighting)\s+"
                           r"(?:an?|its|their|the)\s+(?:[\w'’-]+\s+)?$", re.IGNORECASE)
# ... or told of an actor in a clause of its own, with no time needed: "the Ethiopian military, which has been fighting
# Fano militiamen in the region"
# (or where it goes on: "the North West region, where armed separatists have fought government forces since 2017")
_RELATIVE_PROGRESSIVE_BEFORE = re.compile(r",\s+(?:which|who)\s+(?:is|are)\s+(?:still\s+|also\s+|now\s+)?$", re.IGNORECASE)
_RELATIVE_PERFECT_BEFORE = re.compile(r"(?:,\s+(?:which|who)|\bwhere\s+(?:[\w'’-]+\s+){1,3}?)\s*(?:has|have)\s+"
                                      r"(?:long\s+|also\s+)?(?:been\s+)?$", re.IGNORECASE)

# (or a year told by its distance: "The AA has taken control of much of northern Rakhine since last year"; or a war's
# start: "The group has fired several salvoes of drones and missiles towards Israel since the war in Gaza began", "since
# the start of the war")
_SINCE_A_YEAR = re.compile(rf"\s+(?:(?:early|late|mid-?)\s*)?(?:(?:{MONTH_NAMES}\s+)?(?:19|20)\d\d\b|last\s+year\b|"
                           # (or a month, the standing exchange of a front: "Hezbollah and Israel have exchanged fire
                           # almost daily since October", "where Ukrainian and Russian forces have fought for control
                           # since April", "since October 8"; a month whose day the report dates within weeks is an act
                           # going on: see _lasting_state)
                           rf"(?P<month>{MONTH_NAMES})(?:\s+\d{{1,2}}(?:st|nd|rd|th)?\b)?(?!\s*,?\s*(?:19|20)\d\d))|"
                           r"\s+the\s+(?:(?:start|beginning|outbreak)\s+of\s+the\s+)?(?:[\w'’-]+\s+)?(?:war|conflict|hostilities)\b"
                           r"(?:\s+(?:in|on|with)\s+[\w'’-]+(?:\s+[\w'’-]+)?)?(?:\s+(?:began|started|erupted|broke\s+out)\b|(?=[\s,.;]))",
                           re.IGNORECASE)


def _lasting_state(text: str, span: tuple[int, int], trigger: Trigger, lowered: str, dates=()) -> bool:
    """Whether the act's noun names a state lasting since a time ("has been gripped by fighting ... since June"), or its
    verb in the perfect tells one lasting for years ("has fought the government for decades") or what an actor has
    been doing ("which has been fighting Fano militiamen"). lowered: see reportable."""
    if "," in lowered and _RELATIVE_PROGRESSIVE_BEFORE.search(text, max(span[0], trigger.start - 30), trigger.start):
        return True  # "Al Shabaab, which is fighting to overthrow the government": what the group does, no act told
    # (the words the searches need looked for first: "been", "ha" hold no letter that matches case-insensitively
    # another than its lower case, so the looks are exact)
    noun = trigger.rule.noun and "been" in lowered and \
        _LASTING_BEFORE.search(text, max(span[0], trigger.start - 50), trigger.start)
    verb = not noun and "ha" in lowered and (
        LASTING_VERB_BEFORE.search(text, max(span[0], trigger.start - 15), trigger.start) or
        trigger.rule.noun and ("wag" in lowered or "pursu" in lowered or "fought" in lowered or "fighting" in lowered) and
        _WAGED_BEFORE.search(text, max(span[0], trigger.start - 50), trigger.start))
    if verb and _RELATIVE_PERFECT_BEFORE.search(text, max(span[0], trigger.start - 30), trigger.start):
        return True
    # (a verb's "since Friday" is an act going on: "has been shelling the city since Friday"; its "since 2015" a war:
    # "It has fought a Saudi-led coalition since 2015")
    if not (noun or verb) or (found := _LASTING_AFTER.match(text, trigger.end, span[1])) is None:
        return False
    if not (verb and found.group(0).lower().endswith("since")):
        return True
    since = _SINCE_A_YEAR.match(text, found.end())
    # (a month's day the report dates within four weeks is no standing state: "have clashed since March 10" in a
    # report of March 12)
    return since is not None and not (since.group("month") and any(
        d.start <= since.end() and d.end > since.start() and (d.date_end - d.date_start).days < 28 for d in dates or ()))


def reportable(text: str, span: tuple[int, int], trigger: Trigger, casualties, dates) -> bool:
    """A noun alone ("airstrikes") is talk about acts in general unless counted, dated, singular
    in a past-tense sentence, or a noun that is an event in itself (talks, withdrawal); but not a war or talks told
    as a state lasting since a time, with no toll of its own (background)."""
    # the 90 characters before the act (the widest window searched before it), lower-cased once: the searches below are
    # case-insensitive, each tried at every character, and a plain look for the words one needs rules most out
    # (see matching.may_hold: a case-odd letter lets every search run)
    # (not sliced for an act with a toll that needs none of the searches)
    if trigger.rule.noun and text.find(" of ", max(span[0], trigger.start - 30), trigger.start) >= 0 and \
            _YEARS_OF_BEFORE.search(text, max(span[0], trigger.start - 30), trigger.start):
        return False  # "Plateau has been hit by years of clashes between herders and farmers": a region's past, no act
    if (not trigger.rule.noun or trigger.rule.always) and casualties:
        return True
    before = text[max(span[0], trigger.start - 90):trigger.start]
    lowered = before.lower()
    if not casualties and _lasting_state(text, span, trigger, lowered, dates):
        return False
    if not trigger.rule.noun or trigger.rule.always:
        return True
    if "among" in lowered and _AMONG_BEFORE.search(text, max(span[0], trigger.start - 12), trigger.start):
        return False  # "three soldiers were among the dead": a part of a toll, no act of its own
    case_odd = holds_case_odd(before)
    if not casualties and trigger.plural and (case_odd or holds_a_word(lowered, _TREND_WORDS)) and \
            _TREND_BEFORE.search(text, max(span[0], trigger.start - 40), trigger.start):
        return False  # "has stepped up drone strikes in northeast Syria this month": a trend, no act
    if casualties and not dates and all(m.background for m in casualties) and period_tally(text[span[0]:span[1]]):
        return False  # "Fighting in eastern Congo has killed thousands of people this year": a war's tally, no act
    if not casualties and (case_odd or holds_a_word(lowered, _POSSESSED_WORDS)) and \
            _POSSESSED_BEFORE.search(text, max(span[0], trigger.start - 25), trigger.start) and \
            not _DOER_ACTS.match(text, trigger.start):
        # "six terrorists attempted to storm the post; their attack was foiled": the doers told before (and dated again:
        # "deployed during the rebels' offensive on Goma in January", "seen by Reuters last week")
        return False
    if casualties or dates:
        return True
    if trigger.start - span[0] <= 5 and lowered.endswith("the ") and \
            _ECHO_AFTER.match(text, trigger.end, span[1]) is not None:
        return False  # "The attack, rare in Nigeria's southwest, shocked the country": the act told before, its echo
    if (case_odd or holds_a_word(lowered, _REFERRED_WORDS)) and \
            REFERRED_BEFORE.search(text, max(span[0], trigger.start - 90), trigger.start):
        return False  # "Turkey blamed the attack on the YPG": the act told before, named again
    if trigger.plural:
        # "after days of clashes": an episode, not acts in general; "Protests also took place in Mombasa", "Rallies were
        # held in three cities": acts told as having happened
        return "of" in lowered and \
            _EPISODE_BEFORE.search(text, max(span[0], trigger.start - 30), trigger.start) is not None or \
            _TOOK_PLACE_AFTER.match(text, trigger.end) is not None
    return bool(_PAST.search(text, span[0], span[1]))


# A force's or a ministry's roundup: a period's operations over a breadth of ground ("neutralised 45 terrorists ... in
# various operations across the country in the past week", "eliminated approximately 100 terrorists ... across the Gaza
# Strip over the past week", "neutralized 38 terrorists in northern Iraq and Syria over the past week", "in the last three
# days in the Hakurk, Gara and Metina regions"): many acts in one count, none of them told; ACLED codes none of it
_ROUNDUP_PERIOD = re.compile(
    r"\b(?:(?:over|in|during)\s+the\s+(?:past|last|previous)\s+(?:week|24\s+hours|day|seven\s+days|"
    r"(?:two|three|four|five|six|\d)\s+days)|since\s+the\s+(?:beginning|start)\s+of\s+the\s+(?:year|month))\b", re.IGNORECASE)
_ROUNDUP_BREADTH = re.compile(
    r"\b(?:(?:various|several|separate|multiple|different)\s+operations|operations\s+across|"
    r"across\s+the\s+(?:country|nation|(?:gaza\s+)?strip|front(?:\s+line)?|(?:[\w-]+\s+)?theat(?:re|er)s?)|"
    r"in\s+all\s+(?:areas|directions|sectors)|(?:daily|weekly)\s+(?:update|briefing|summary|report|bulletin)|"
    # two or more places in one phrase: "in northern Iraq and Syria", "in the Hakurk, Gara and Metina regions"
    r"in\s+(?:the\s+)?(?:(?:northern|southern|eastern|western)\s+)?(?-i:(?:[A-Z][\w'’-]+,\s+)*[A-Z][\w'’-]+)\s+and\s+"
    r"(?:(?:northern|southern|eastern|western)\s+)?(?-i:[A-Z][\w'’-]+)\b)", re.IGNORECASE)


# ... or a whole named land ("Russian attacks across Ukraine over the past 24 hours killed seven"), a region's places
# ("fired 87 times at settlements in the Kherson region"), or the attacks counted ("attacked the region 23 times"):
# a governor's or a ministry's daily tally of many acts (asked only of a sentence with one of _LAND_TALLY_WORDS)
_LAND_TALLY_BREADTH = re.compile(
    r"\b(?:across\s+(?-i:[A-Z][\w'’-]+)(?!\s+(?-i:[A-Z]))|(?:settlements|communities|localities|towns\s+and\s+villages)\s+"
    r"(?:in|of|across)\s+(?:the\s+)?(?:[\w'’-]+\s+)?(?:region|oblast|province|district)|"
    r"(?:fired|attacked|shelled|struck|launched)\s+(?:[\w'’-]+\s+){0,5}?\d[\d,]*\s+times)\b", re.IGNORECASE)
_LAND_TALLY_WORDS = ("across", "settlements", "communities", "localities", "villages", "times")

# ... or acts counted by the areas they struck: "artillery also struck manpower and hardware in 118 areas"
_MANY_AREAS = re.compile(r"\bin\s+(?:more\s+than\s+|over\s+)?\d[\d,]*\s+(?:areas|districts|locations|localities)\b",
                         re.IGNORECASE)
_AREA_WORDS = ("areas", "districts", "locations", "localities")  # _MANY_AREAS needs one
_ROUNDUP_PERIOD_WORDS = ("past", "last", "previous", "since")  # _ROUNDUP_PERIOD needs one


# ... and the roundup's sentences after it that go on with it ("Troops also recovered 72 weapons", "Security forces also
# arrested 23 facilitators", "In addition, 14 terrorists were captured"): more of the same period's operations
_ROUNDUP_GOES_ON = re.compile(r"(?:in\s+addition|additionally|besides|moreover|furthermore|also)\b|"
                              r"(?:[\w'’-]+\s+){1,4}?also\s+(?!said\b|told\b|added\b|noted\b|stated\b)[a-z]+ed\b",
                              re.IGNORECASE)


def roundup_goes_on(sentence: str, tally_only: bool) -> bool:
    """Whether a sentence after a roundup goes on with it (see _ROUNDUP_GOES_ON), or only counts a period's tally
    ("Since the beginning of the year the number neutralized has reached 1,105")."""
    return tally_only or _ROUNDUP_GOES_ON.match(sentence) is not None


def roundup(sentence: str, folded: str) -> bool:
    """Whether a sentence tells a period's operations over a breadth of ground (see _ROUNDUP_PERIOD), no act."""
    # (the week's tally told "this week" too: "At least 100 people were killed across the country this week")
    return (may_hold(sentence, folded, _ROUNDUP_PERIOD_WORDS) and _ROUNDUP_PERIOD.search(sentence) is not None or
            "this week" in folded) and (_ROUNDUP_BREADTH.search(sentence) is not None or may_hold(
                sentence, folded, _LAND_TALLY_WORDS) and _LAND_TALLY_BREADTH.search(sentence) is not None) or \
        may_hold(sentence, folded, _AREA_WORDS) and _MANY_AREAS.search(sentence) is not None


# A group's campaign told as background: acts told in the present perfect, or as a habit, with an iterative frame ("has
# repeatedly shelled", "have increasingly used drones", "routinely abduct travellers", "have shelled the city almost
# daily", "In recent months ... have carried out dozens of attacks") or, after the report's lead, with a plural object of
# no count ("JNIM has attacked tanker convoys on the main roads from Senegal"): many acts over a time, none of them the
# report's (its own dated act stays: "On Tuesday JNIM fighters attacked a convoy near Kayes"; so does an act of the day in
# the perfect: "Gunmen have killed 12 villagers in Zamfara, police said on Sunday")
_ITERATIVE = r"(?:repeatedly|routinely|regularly|increasingly|frequently|often|constantly|persistently|systematically|continually)"
_PERFECT_BEFORE = re.compile(rf"\b(?:has|have)\s+(?:(?:also|now|since|long|(?P<adv>{_ITERATIVE}))\s+){{0,2}}"
                             # (acts told by their plural noun: "have carried out dozens of attacks on army bases")
                             r"(?P<did>(?:carried\s+out|conducted|launched|staged|mounted)\s+(?:(?:dozens|scores|hundreds|"
                             r"a\s+(?:series|string|wave|spate))\s+of\s+|several\s+|many\s+|numerous\s+)?(?:[\w-]+\s+)?)?$",
                             re.IGNORECASE)
# (a habit in the present: "routinely abduct travellers", "regularly shell the palace area"; not "repeatedly stabbed")
_HABIT_BEFORE = re.compile(r"\b(?:routinely|regularly|frequently|often|constantly|usually|typically)\s+$", re.IGNORECASE)
_HABIT_WORDS = ("routinely", "regularly", "frequently", "often", "constantly", "usually", "typically")
_ITERATIVE_AFTER = re.compile(r"[^.;:]{0,60}?\b(?:(?:almost|nearly)\s+)?(?:daily|nightly|every\s+(?:day|night|week)|"
                              r"day\s+after\s+day|night\s+after\s+night)\b", re.IGNORECASE)
_RECENT_PERIOD = re.compile(r"\b(?:in\s+recent\s+(?:days|weeks|months|years)|this\s+year|in\s+the\s+(?:past|last)\s+"
                            r"(?:(?:few|several|two|three|six|\d+)\s+)?(?:months|years|year))\b", re.IGNORECASE)
_PERIOD_WORDS = ("recent", "this year", "past", "last")  # _RECENT_PERIOD needs one
# a plural object of no count, no article: "attacked tanker convoys", "torched churches and schools", "retaken several towns"
_PLURAL_OBJECT_AFTER = re.compile(r"\s+(?:(?:several|many|numerous|dozens\s+of|scores\s+of|hundreds\s+of)\s+)?"
                                  r"(?!(?:a|an|the|its|his|her|their|one|two|three|four|five|six|seven|eight|nine|ten)\b)"
                                  r"(?:[a-z-]+\s+)?[a-z-]{3,}s\b(?!['’])|"
                                  # ... or a share of ground: "have taken control of 90% of the capital", "most of"
                                  r"\s+(?:of\s+)?(?:(?:about|nearly|almost|some|more\s+than|over)\s+)?(?:\d+\s*(?:%|per\s*cent)|"
                                  r"most|much|large\s+(?:parts|swathes|areas)|swathes|parts)\s+of\b")


# the campaign's object told by a clause of its own: "have retaken several towns that government forces captured in 2022"
_OBJECT_CLAUSE = re.compile(r"[^.;,]*?\b(?:that|which|whom)\b[^.;,]*", re.IGNORECASE)


def campaign_acts(text: str, triggers: list[Trigger], sentence_start: int, sentence_end: int, lead: bool) -> list[Trigger]:
    """The triggers of a sentence that tell a group's campaign (see campaign_told), with those in its object's clause."""
    if lead:
        return []  # (campaign_told: no campaign in the lead)
    told = [t for t in triggers if campaign_told(text, t, sentence_start, sentence_end, lead)]
    return told + [t for t in triggers if t not in told and
                   any(c.end <= t.start and _OBJECT_CLAUSE.fullmatch(text, c.end, t.start) for c in told)] if told else []


def campaign_told(text: str, trigger: Trigger, sentence_start: int, sentence_end: int, lead: bool) -> bool:
    """Whether a verb tells a group's campaign, many acts over a time (see above), not an act of the report: asked only
    of a sentence with no day and no toll of its own, after the report's lead (lead: the sentence is its first after
    its title)."""
    if lead:
        return False  # (the lead tells the report's news, a series too: "Police are looking for a man who has robbed
        # multiple restaurants in recent weeks")
    lo = max(sentence_start, trigger.start - 70)
    # (the words the two searches need looked for first, lower-cased: see matching.may_hold; "ha" holds no case-odd
    # letter)
    before = text[lo:trigger.start]
    lowered = before.lower()
    if not text.endswith("ed", trigger.start, trigger.end) and may_hold(before, lowered, _HABIT_WORDS) and \
            _HABIT_BEFORE.search(text, lo, trigger.start):
        return True
    # (a verb in the perfect, or a plural noun the perfect's "carried out" counts; no noun else: "has stepped up raids")
    if "ha" not in lowered or (perfect := _PERFECT_BEFORE.search(text, lo, trigger.start)) is None or \
            trigger.rule.noun and not (perfect.group("did") and trigger.plural) and \
            not text.endswith("ed", trigger.start, trigger.end):
        return False
    if perfect.group("adv") or _ITERATIVE_AFTER.match(text, trigger.end, sentence_end):
        return True
    sentence = text[sentence_start:sentence_end]
    if holds_a_word(sentence, _PERIOD_WORDS) and _RECENT_PERIOD.search(sentence):
        return True
    return perfect.group("did") is not None or _PLURAL_OBJECT_AFTER.match(text, trigger.end, sentence_end) is not None
