"""A period's tallies, no act's: whether a sentence counts a period's dead or hurt ("1,901 people killed by opioids
last year", "killed in Sudan since the start of the year"), and the clauses that tell a place's taking in the past.
"""
from __future__ import annotations

import re

from .dates import MONTH_NAMES
from .matching import alternatives, by_first_letter, fold, folded_regex, holds_a_word, holds_case_odd, may_hold, spread_leading_group


# a few days are one act's span ("fighting killed 40 civilians over the past week"), not a period's statistics
_SHORT_SPAN = r"\s+(?:week|few\s+days|(?:two|three|four|five|\d)\s+days|24\s+hours|48\s+hours|72\s+hours|day)\b"
# the sentence is about a period, not the incident: "1,901 people killed by opioids last year"
_BACKGROUND_WORDS = (
    r"this\s+year|last\s+year|so\s+far|since\s+(?:the\s+start|\d{4})|in\s+(?:19|20)\d\d|"
    # a year told from one told before ("ended a ceasefire in 2022 ... killed more than 80 people the following year")
    r"the\s+(?:following|next|previous|preceding)\s+year|"
    # "violence that has killed nearly 100 people since early May"
    rf"since\s+(?:(?:early|late|mid)[\s-]+)?{MONTH_NAMES}(?!\s+\d{{1,2}}\b)|"  # (not a day: "since May 5"; a year is a period: "since May 2023")
    # ("a year" a rate, "300 a year"; not a distance in time: "a year after a gunman killed three at the same mall")
    rf"per\s+year|a\s+year(?!\s+(?:after|before|ago|later|earlier|to\s+the\s+day)\b)|annually|statistics|homicides\s+in|in\s+the\s+past(?!{_SHORT_SPAN})|since\s+the\s+beginning|"
    r"(?:weekend|week|month|spate|string|wave|rash|series)\s+of\s+(?:\w+\s+)?(?:violence|shootings|homicides|killings)|"
    r"(?:during|in|for)\s+the\s+(?:month|week|year)|on\s+the\s+same\s+day|year-to-date|"
    rf"every\s+year|each\s+year|over\s+the\s+(?:past|last)(?!{_SHORT_SPAN})|in\s+recent\s+(?:years|months)|"
    # "kidnapped in the first six months of 2025", "in the first half of the year"
    r"in\s+the\s+(?:first|second|last|past)\s+(?:(?:\w+\s+)?months|half|quarter)\b|"
    r"(?:weeks|months|years)\s+ago|earlier\s+this\s+year|"
    # "killed in the three-week offensive", "during the eight-month battle", "in the monthlong operation": a campaign's
    # tally, no act's
    r"(?:in|during|over|throughout)\s+the\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)[\s-]+(?:weeks?|months?|years?)|"
    r"(?:weeks?|months?|years?)[\s-]*long)\s+(?:[\w-]+\s+)?(?:offensive|battle|operation|campaign|siege|war|assault)\b|"
    # "More than 400 people have been killed in Lebanon since then": a tally from a time told before, no act's toll
    r"since\s+then|"
    # "In its more than 40-year terror campaign against Türkiye, the PKK ... has been responsible for the deaths of more
    # than 40,000 people" (an agency's boilerplate), "a decades-long insurgency that has killed": a war's toll
    r"its\s+(?:more\s+than\s+|nearly\s+|almost\s+)?[\w]+-year(?:-long)?\s+(?:terror(?:ist)?\s+|armed\s+|insurgent\s+)?(?:campaign|insurgency|war|conflict)|"
    r"decades-long\s+(?:terror(?:ist)?\s+|armed\s+)?(?:campaign|insurgency|war|conflict)|"
    # "The ADF ... has killed thousands of civilians in Ituri", "Bwa Kale ... has killed hundreds of people suspected of
    # belonging to gangs": a group's toll over its years, no act's
    r"(?:has|have)\s+(?:also\s+)?killed\s+(?:tens\s+of\s+|hundreds\s+of\s+|many\s+)?(?:thousands|hundreds)\b|"
    # "CODECO ... has been blamed for hundreds of deaths in Ituri", "has been held responsible for the deaths of
    # thousands": the same, laid at its door
    r"(?:has|have)\s+been\s+(?:blamed|held\s+responsible)\s+for\s+(?:the\s+deaths\s+of\s+)?"
    r"(?:tens\s+of\s+|many\s+)?(?:hundreds|thousands)\b|"
    # "killed by the military since the 2021 coup", "Russia's losses since 24 February 2022", "since the war": a war's
    # running total, no act's
    r"since\s+the\s+(?:19|20)\d\d\b|since\s+(?:the\s+)?(?:war|conflict|coup|invasion|escalation|outbreak)\b|"
    rf"since\s+\d{{1,2}}\s+{MONTH_NAMES}\s+(?:19|20)\d\d|since\s+{MONTH_NAMES}\s+\d{{1,2}},?\s+(?:19|20)\d\d|"
    # "The death toll since October 7 has risen to 38,983", "the toll of Israeli aggression on Lebanon since October 8
    # had climbed to 3,102": a war's running toll counted from its first day, no act's
    rf"(?:toll|tally)\s+(?:[\w'’-]+\s+){{0,6}}?since\s+(?:{MONTH_NAMES}\s+\d{{1,2}}|\d{{1,2}}\s+{MONTH_NAMES})\b|"
    rf"since\s+(?:{MONTH_NAMES}\s+\d{{1,2}}|\d{{1,2}}\s+{MONTH_NAMES})\s+(?:has|had|have)\s+(?:risen|climbed|rose|reached|"
    r"increased|surpassed|exceeded|topped|passed)\b|"
    # "killed in gang violence between January and March 2025", "from April to June": months' tally
    rf"(?:between|from)\s+{MONTH_NAMES}\s+(?:and|to|until|through)\s+(?:(?:early|mid|late)[\s-]+)?{MONTH_NAMES}\b"
    r"(?!\s+\d{1,2}\b)|"
    # "the highest monthly toll in three years": a month's tally
    r"(?:monthly|weekly)\s+(?:death\s+)?(?:toll|tally|count|figures?)|"
    # "a weekend that saw eight people shot", "the fifth consecutive day on which four people were shot",
    # "used in five separate shootings that left two dead": tallies over several acts
    r"(?:weekend|week|month|year|night|day)\s+(?:that|which)\s+saw|consecutive\s+(?:days?|nights?|weeks?)|"
    r"(?:separate|unrelated|different)\s+(?:[\w-]+\s+){0,4}?(?:shootings|incidents|attacks)|"  # "in separate North and West side shootings"
    # "since the Valentine's Day school shooting in Parkland that killed 17": the act time is measured from
    # (a month's short name among its words: "since the Oct. 7 attack")
    r"since\s+(?:the|last)\s+(?:[\w'’-]+\.?\s+){0,4}?(?:shooting|massacre|attack|bombing|killings?)|"
    # "at least 54 killed since the clashes began": the war's running total, no one act's
    r"since\s+(?:the\s+)?(?:[\w'’-]+\s+){0,8}?(?:first\s+)?(?:began|started|erupted|broke\s+out|flared)\b|in\s+(?:less|more)\s+than\s+(?:a|an|one|two|three|\d+)\s+(?:days?|weeks?|months?)|"
    # "ending five days of fighting along their border that has killed at least 35 people": a span of war's running
    # toll, told in the perfect of its relative clause (the act the sentence tells is another: a ceasefire agreed)
    + "|".join(rf"{span}\s+of\s+(?:[\w-]+\s+){{0,2}}?(?:fighting|clashes|hostilities|violence)\b[^.;]{{0,80}}?\b(?:that|which)\s+"
               r"(?:has|have)\s+(?:killed|left|claimed)" for span in ("days", "weeks", "months")) + "|" +
    r"we\s+(?:counted|tracked|mapped|recorded|logged)|at\s+the\s+same\s+(?:apartment|complex|location|"
    r"address|intersection|home|house|block)")


# a war's or a campaign's running toll told in the present perfect, the war its subject ("The fighting has killed more
# than 1,700 people in the state", "Israel's offensive has killed more than 43,000 Palestinians", "the campaign has
# since killed 20,000", "the insurgency, which has killed 40,000", "Gang violence has killed more than 5,600 people
# across Haiti", "has left more than 1,400 dead"): a toll in the thousands, of no day; an act's stays ("Fighting in
# Kenscoff has killed 40 people since Sunday", "A car bomb has killed 12 people", "Fighting ... has killed 1,200 since
# Sunday"); and a force's own running count of its kills ("The military says it has killed more than 17,000
# militants in Gaza")
_WAR_TOLL = re.compile(
    r"\b(?:war|conflict|fighting|violence|insurgency|offensive|campaign|rebellion|bombardment|unrest|bloodshed|hostilities|"
    r"clashes|attacks|raids|military|army)\b[^.;:]{0,100}?\s(?:which\s+|that\s+)?(?:has|have)\s+(?:now\s+|so\s+far\s+|already\s+|also\s+|since\s+)?"
    r"(?:killed|left|claimed(?:\s+the\s+lives\s+of)?)\s+(?:(?:more\s+than|over|at\s+least|nearly|almost|about|around|some|"
    r"an\s+estimated|roughly|upwards\s+of)\s+)?(?:\d{1,3}(?:,\d{3})+|\d{4,}|(?:tens\s+of\s+|hundreds\s+of\s+)?thousands)\b"
    r"(?![^.;]{0,80}?\b(?:(?:since|on|over|last)\s+(?:the\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|weekend)|"
    r"(?:24|48|72)\s+hours|overnight|yesterday|today|this\s+week)\b)", re.IGNORECASE)


# ... or told of its dead, in a clause the war's word opens ("Benue has been hit by attacks in which thousands have
# died", "the insurgency, during which more than 40,000 people have been killed"): the same toll in the thousands
_WAR_TOLL_DIED = re.compile(
    r"\b(?:war|conflict|fighting|violence|insurgency|offensive|campaign|rebellion|unrest|bloodshed|hostilities|clashes|"
    r"attacks|raids)\b,?\s+(?:in|during)\s+which\s+(?:(?:more\s+than|over|at\s+least|nearly|almost|about|around|some|"
    r"an\s+estimated|roughly|upwards\s+of)\s+)?(?:\d{1,3}(?:,\d{3})+|\d{4,}|(?:tens\s+of\s+|hundreds\s+of\s+)?thousands)"
    r"\s+(?:(?:of\s+)?(?:people|civilians)\s+)?(?:has|have)\s+(?:died|been\s+killed|perished)\b", re.IGNORECASE)


# ... and a toll in the hundreds where the war itself, named with "the", is the subject ("The exchanges of fire along
# the border have killed more than 200 people in Lebanon, most of them fighters", "The fighting has killed about 300
# people in Lebanon"): the war's, no act's (not an act's word: "The attack has killed 120", nor a day's: the same
# guard as _WAR_TOLL)
_WAR_TOLL_HUNDREDS = re.compile(
    r"\bthe\s+(?:(?:cross-border\s+|border\s+)?exchanges|fighting|war|conflict|hostilities)\b[^.;:]{0,100}?\s(?:has|have)\s+"
    r"(?:now\s+|so\s+far\s+|already\s+|also\s+|since\s+)?(?:killed|left|claimed(?:\s+the\s+lives\s+of)?)\s+(?:(?:more\s+than|over|"
    r"at\s+least|nearly|almost|about|around|some|an\s+estimated|roughly|upwards\s+of)\s+)?(?:[1-9]\d\d|hundreds)\b"
    + _WAR_TOLL.pattern[_WAR_TOLL.pattern.rindex("(?![^.;]{0,80}?"):], re.IGNORECASE)

_WAR_TOLL_HUNDREDS_WORDS = ("xchanges", "fighting", " war", "onflict", "ostilities")  # _WAR_TOLL_HUNDREDS needs one


# ... or told in the passive, the dead its subject ("rights groups say thousands of civilians have been killed in air
# strikes", "more than 5,000 people have died in the fighting"): a toll in the thousands told in the present perfect, of
# no day, is a war's (the same guard as _WAR_TOLL: "1,200 have been killed since Sunday" is an act's)
_WAR_TOLL_PASSIVE = re.compile(
    r"(?<![\w,])(?:(?:more\s+than|over|at\s+least|nearly|almost|about|around|some|an\s+estimated|roughly|upwards\s+of)\s+)?"
    r"(?:\d{1,3}(?:,\d{3})+|\d{4,}|(?:tens\s+of\s+|hundreds\s+of\s+)?thousands)\s+(?:of\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:has|have)\s+(?:now\s+|so\s+far\s+|already\s+|also\s+|since\s+)?(?:been\s+killed|died|perished|lost\s+their\s+lives)\b"
    + _WAR_TOLL.pattern[_WAR_TOLL.pattern.rindex("(?![^.;]{0,80}?"):], re.IGNORECASE)


def war_toll_start(sentence: str) -> int | None:
    """Where a war's running toll told in the present perfect starts in sentence (its war's word, or its count), or None
    (see _WAR_TOLL, _WAR_TOLL_HUNDREDS, _WAR_TOLL_DIED, _WAR_TOLL_PASSIVE)."""
    if (" has " in sentence or " have " in sentence) and \
            ("killed" in sentence or "left" in sentence or "claimed" in sentence):
        if (found := _WAR_TOLL.search(sentence)) is not None:
            return found.start()
        if any(word in sentence for word in _WAR_TOLL_HUNDREDS_WORDS) and \
                (found := _WAR_TOLL_HUNDREDS.search(sentence)) is not None:
            return found.start()
    if " which " in sentence and (" have " in sentence or " has " in sentence) and \
            (found := _WAR_TOLL_DIED.search(sentence)) is not None:
        return found.start()
    if (" have " in sentence or " has " in sentence) and ("killed" in sentence or " died" in sentence or
                                                          "perished" in sentence or " lost " in sentence) and \
            (found := _WAR_TOLL_PASSIVE.search(sentence)) is not None:
        return found.start()
    return None


def _by_first_letter_any_order(pattern: str) -> str:
    """The alternatives of `pattern` (each starting with a letter, or with a group of such) spread out
    and grouped by first letter. The order of the alternatives changes: only for a pattern whose
    match or not, not which match, is used."""
    spread = [a for alternative in alternatives(pattern) for a in spread_leading_group(alternative)]
    return by_first_letter([(a[0].lower(), a[1:]) for a in spread])


# (in two: the period's words tried only where a word starts, grouped by first letter)
_BACKGROUND_PERIOD = re.compile(rf"\b(?=\w)(?:{_by_first_letter_any_order(_BACKGROUND_WORDS)})(?:\b|\s|$)", re.IGNORECASE)
# ... the same on fold()ed text, case-sensitive (several times faster; see matching.holds_case_odd)
_BACKGROUND_PERIOD_FOLDED = folded_regex(rf"(?:{_by_first_letter_any_order(_BACKGROUND_WORDS)})(?:\b|\s|$)")


def _background_period(sentence: str) -> bool:
    """Whether _BACKGROUND_PERIOD finds a period's words in sentence."""
    if holds_case_odd(sentence):
        return _BACKGROUND_PERIOD.search(sentence) is not None
    return _BACKGROUND_PERIOD_FOLDED.search(fold(sentence)) is not None


# "The 2007 election was followed by violence in which more than 1,100 people were killed": the toll of a thing a year
# (or a span of years: "the 2013-2018 civil war in which some 400,000 people died") names, told after it in its clause,
# no act's of the report's day (not another clause's: "the anniversary of the 1990 Saba Saba uprising, and a rights
# group said at least 11 people were killed") (plain string tests, asked only of a sentence with "the" and a year's
# first digits: a regex more would cost more than they do)
_TOLL_WORDS = ("killed", "dead", "died", "deaths", "lives")


def _year_named_toll(sentence: str) -> bool:
    """Whether sentence tells a toll after "the" and a year, in the year's clause (see _TOLL_WORDS)."""
    lowered = sentence.lower()
    for century in ("he 19", "he 20"):
        at = lowered.find(century)
        while at > 0:
            year_end = at + 7
            if lowered[year_end:year_end + 1] in ("-", "–") and lowered[year_end + 1:year_end + 3].isdigit():
                # a span of years: "the 2013-2018 civil war in which some 400,000 people died", "the 1998-2003 war"
                year_end += 5 if lowered[year_end + 3:year_end + 5].isdigit() else 3
            if lowered[at - 1] == "t" and (at == 1 or not lowered[at - 2].isalnum()) and lowered[at + 5:at + 7].isdigit() \
                    and lowered[year_end:year_end + 1] == " ":
                clause = lowered[year_end + 1:year_end + 81]
                cut = len(clause)
                for mark in (".", ";", ", "):  # (a count's comma, "1,100", goes on)
                    if (found := clause.find(mark)) >= 0:
                        cut = min(cut, found)
                if any(word in clause[:cut] for word in _TOLL_WORDS):
                    return True
            at = lowered.find(century, at + 5)
    return False


# "The Palestinian death toll in Gaza has passed 40,000, with 92,401 wounded": a toll that has grown past thousands is a
# war's running count, its wounded too, no act's (an act's toll grows by tens: "the toll has risen to 12") (asked only of
# a sentence with the word)
_GROWN_TOLL = re.compile(r"\btoll\s+(?:[\w'’-]+\s+){0,6}?(?:has|had|have)\s+(?:now\s+)?(?:passed|surpassed|exceeded|topped|"
                         r"crossed|(?:risen|climbed|grown|jumped)\s+to|reached)\s+(?:(?:more\s+than|over|nearly|almost)\s+)?"
                         r"(?:\d{1,3}(?:,\d{3})+|\d{4,})\b", re.IGNORECASE)


# a link to another story inside the text: "More: Reward offered in the death of ..."
_BACKGROUND_LINK = re.compile(r"\b(?:^|\s)(?:more|related(?:\s+stories)?|read\s+more|also\s+read|see\s+also)\s*:(?:\b|\s|$)",
                              re.IGNORECASE)


# "in the deadliest day of fighting since 2006", "the deadliest attack this year", "the worst violence since the
# insurgency began": how the act compares, no period's tally (but not "the deadliest since 2017, when 58 people were
# killed": that tally is the earlier act's)
# ... nor its rank among them: "the third such attack this year", "the city's 20th homicide this year"
_SUPERLATIVES = ("deadliest", "bloodiest", "worst", "heaviest", "biggest", "largest", "most", "first", "second",
                 "third", "fourth", "fifth", "latest", "th", "st", "nd", "rd")  # _SUPERLATIVE_SINCE needs one (may_hold)
_SUPERLATIVE_SINCE = re.compile(r"\b(?:deadliest|bloodiest|worst|heaviest|biggest|largest|most\s+\w+|first|second|third|"
                                r"fourth|fifth|latest|\d+(?:st|nd|rd|th))\b[^.;,]{0,50}?"
                                r"\b(?:since\s+(?:19|20)\d\d\b(?!\s*,?\s*when\b)|(?:so\s+far\s+)?this\s+year|"
                                r"since\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:first\s+)?(?:began|started|erupted|broke\s+out|flared)\b|"
                                r"in\s+recent\s+(?:years|months))", re.IGNORECASE)


# a place's taking told in a clause of the past ("Kyauktaw, which the Arakan Army captured last year", "Mrauk-U, a town
# seized by the Arakan Army in February", "The KIA, which took control of several army outposts around the jade-mining
# hub in January", "The militants, who seized the town in 2023, attacked"): who holds the place, no act of the report,
# and its time no period of a toll
# the rest of such a clause, to its end: a number's thousands comma is none ("in an offensive in which some 3,000 people
# were killed")
_CLAUSE_REST = r"(?:[^,.;:]|,(?=\d{3}\b))*"
PAST_TAKING_CLAUSE = re.compile(
    r",\s+(?:(?:which|that|who)\s+|an?\s+(?:[\w-]+\s+){0,2}?(?:town|city|village|area|township|district|region|base|hub|province|"
    r"state|port|stronghold)\s+(?:that\s+)?)(?:(?:was|were|had\s+been|has\s+been)\s+)?(?:[\w'’-]+\s+){0,5}?"
    r"(?:captured|seized|took|taken|overran|overrun|fell\s+to|retook|retaken|recaptured)\b[^,.;:]{0,90}?"
    rf"\b(?:last\s+(?:year|month)|in\s+(?:(?:early|mid|late)[\s-]+)?(?:{MONTH_NAMES}|(?:19|20)\d\d)|earlier\s+this\s+year|"
    r"(?:months|years)\s+ago)\b" + _CLAUSE_REST, re.IGNORECASE)
_TAKING_WORDS = ("captured", "seized", "took", "taken", "overr", "fell to", "retook")  # PAST_TAKING_CLAUSE needs one
# ... or its holding, told in a relative clause ("Hamas, which controls Gaza, fired rockets at Sderot", "The Houthis, who
# have held Sanaa since 2014, fired", "JNIM, which has besieged Timbuktu since August, attacked"): a standing state
HOLDING_CLAUSE = re.compile(r",\s+(?:which|who)\s+(?:(?:has|have|had)\s+)?(?:long\s+|now\s+|still\s+)?"
                            r"(?:controls?|controlled|holds|held|besieged|besieges|rules|ruled)\s+[^,.;:]{0,80}")
_HOLDING_WORDS = ("control", "hold", "held", "besieg", "rule")  # HOLDING_CLAUSE needs one
# ... or what the subject did in the past, in a relative clause dated before the main verb ("Boko Haram, which kidnapped
# 276 schoolgirls from Chibok in 2014, killed nine farmers", "Russian forces, who occupied Kherson for eight months in
# 2022, shelled Beryslav"), or what was done to it ("al-Shabaab, which was driven out of Mogadishu in 2011, attacked",
# "the town, which was recaptured by the army last year"): its time no period of the act's toll, its place no scene
RECALLED_RELATIVE_CLAUSE = re.compile(
    r",\s+(?:which|who)\s+(?:had\s+)?(?:[a-z]+ed|took|fought|won|lost|began|led|"
    r"(?:was|were|had\s+been)\s+(?:[a-z]+(?:ed|en)|overrun|hit|struck))\s+[^,.;:]{0,90}?"
    rf"\b(?:last\s+(?:year|month)|in\s+(?:(?:early|mid|late)[\s-]+)?(?:{MONTH_NAMES}|(?:19|20)\d\d)|earlier\s+this\s+year|"
    r"(?:months|years)\s+ago)\b" + _CLAUSE_REST + r"(?=,)", re.IGNORECASE)


# what each of the three clauses opens with (the plain look for ", wh" first: most such clauses open so)
_COMMA_WH = re.compile(r",\s+(?:which|who)\b", re.IGNORECASE)


def past_taking_clauses(sentence: str) -> list[tuple[int, int]]:
    """The spans of the clauses of sentence that tell a place's taking in the past or its holding, or what the subject
    did before (see PAST_TAKING_CLAUSE, HOLDING_CLAUSE, RECALLED_RELATIVE_CLAUSE)."""
    # (plain looks for the words each case-insensitive regex needs, lower-cased: see matching.may_hold; HOLDING_CLAUSE
    # is case-sensitive)
    lowered = sentence.lower()
    spans = [m.span() for m in PAST_TAKING_CLAUSE.finditer(sentence)] if may_hold(sentence, lowered, _TAKING_WORDS) \
        else []
    if ", wh" in lowered or "," in sentence and may_hold(sentence, lowered, ("which", "who")) and \
            _COMMA_WH.search(sentence) is not None:
        for clause in (HOLDING_CLAUSE, RECALLED_RELATIVE_CLAUSE) if holds_a_word(sentence, _HOLDING_WORDS) else \
                (RECALLED_RELATIVE_CLAUSE,):
            spans += [m.span() for m in clause.finditer(sentence) if not any(lo <= m.start() < hi for lo, hi in spans)]
        spans.sort()
    return spans


# "lost up to 230 troops in the area of responsibility of the Battlegroup Vostok over the past 24 hours": a front sector's
# daily losses in a defence ministry's summary, no act's toll (asked only of a sentence with the word)
_SECTOR_OF_RESPONSIBILITY = re.compile(r"\b(?:area|zone)\s+of\s+responsibility\b", re.IGNORECASE)


# "Ukraine's general staff said Russian forces had lost 1,150 troops in the past day", "had repelled 11 attacks over
# the past day and that Ukraine had lost up to 385 servicemen", "inflicted losses of up to 1,500 servicemen on
# Ukrainian troops over the past week": a side's daily or weekly tally of the enemy's losses, no act's toll (a day or a
# week is an act's span elsewhere, "fighting killed 40 over the past 24 hours"; not when the dead are a force's lost men)
# (asked only of a sentence with the words)
_LOSSES_OVER_DAYS = re.compile(
    r"\b(?:lost|losses\s+of)\s+(?:up\s+to\s+|about\s+|around\s+|some\s+|over\s+|more\s+than\s+|nearly\s+|almost\s+)?"
    r"\d[\d,]*\s+(?:servicemen|soldiers|troops|personnel|fighters|militants|men)\b", re.IGNORECASE)
_PAST_DAYS = re.compile(r"\b(?:in|over|during)\s+the\s+(?:past|last|previous)\s+(?:day|24\s+hours|week|(?:two|three|\d)\s+days)\b",
                        re.IGNORECASE)


# "Russian casualties, killed and wounded, were approaching 300,000", "U.S. officials put Ukraine's losses at about
# 70,000 killed": a war's losses in the tens of thousands, an estimate of no act (not a count brought to a total: "bringing
# the casualties to 43,000" is the act's running count, see TOTAL_CUE) (asked only of a sentence with the words)
_WAR_LOSSES = re.compile(
    r"\b(?:casualties|losses)\b[^.;]{0,40}?\s(?:at|approaching|nearing|near|of|reached|exceeded|exceeding|topped|passed)\s+"
    r"(?:(?:more\s+than|over|at\s+least|nearly|almost|about|around|some|roughly|up\s+to)\s+)?"
    r"(?:[1-9]\d{1,2},\d{3}|\d{1,3},\d{3},\d{3})\b", re.IGNORECASE)


def period_tally(sentence: str) -> bool:
    """Whether a sentence counts a period's dead or hurt ("killed in Sudan since the start of the year"), no act's."""
    if war_toll_start(sentence) is not None:
        return True
    if ",000" in sentence and ("casualties" in sentence or "losses" in sentence) and _WAR_LOSSES.search(sentence) is not None:
        return True
    if "responsibility" in sentence and _SECTOR_OF_RESPONSIBILITY.search(sentence) is not None:
        return True
    if ("lost" in sentence or "losses" in sentence) and (" past " in sentence or " last " in sentence or
                                                         " previous " in sentence) and \
            _PAST_DAYS.search(sentence) is not None and _LOSSES_OVER_DAYS.search(sentence) is not None:
        return True
    if "toll" in sentence and _GROWN_TOLL.search(sentence) is not None:
        return True
    for lo, hi in reversed(past_taking_clauses(sentence)):
        sentence = sentence[:lo] + sentence[hi:]  # (its time is the taking's)
    if ("he 19" in sentence or "he 20" in sentence) and _year_named_toll(sentence):
        return True
    if _background_period(sentence):
        if not may_hold(sentence, sentence.lower(), _SUPERLATIVES) or \
                (superlative := _SUPERLATIVE_SINCE.search(sentence)) is None:
            return True
        # (the period told only of the act's rank: asked again without it)
        if _background_period(sentence[:superlative.start()] + sentence[superlative.end():]):
            return True
    return ":" in sentence and _BACKGROUND_LINK.search(sentence) is not None
