"""Temporal expressions resolved against the publication date.

Each mention becomes a DateMention(start, end, date_start, date_end, precision, role). Precision is
UCDP's date_prec: 1 one day, 2 a span of 2-6 days, 3 a week, 4 a month, 5 longer. The role tells
whether the mention dates an event ("event"), the report itself ("said on Sunday": "report"),
something still to come ("scheduled for Monday": "future"), a court's or a custody's step ("charged
Monday": "judicial", which dates an event only when nothing else does) or a life's ("was hired May 31,
1985": "background") or an earlier act the report counts its own with ("the fourth homicide this year. On Jan. 16,
...": "recalled"); only event mentions date events.
Hand-written rather than dateparser: relative weekdays need the publication date as anchor, and
the whole pass must cost well under a millisecond per report.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from .matching import GroupsWhereFound, by_first_letter, fold, folded_regex, may_hold
from .event_types import CAPTIVITY
from .numbers import words_to_int

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
# the full month names as one alternation, for the rules elsewhere that name a month ("since early May")
MONTH_NAMES = "(?:" + "|".join(calendar.month_name[1:]) + ")"

# (a whole word: "20 junta troops", "12 Marines" are no dates)
_MONTH_WORDS = "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
_MONTH = r"(?P<{g}>" + _MONTH_WORDS + r")(?![^\W\d_])\.?"
_DAY = r"(?P<{g}>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<{g}>(?:19|20)\d\d)"


def _md(suffix: str) -> str:
    """'May 31', '31 May', with an optional year: groups m/d/y + suffix."""
    m, d, y = _MONTH.format(g="m" + suffix), _DAY.format(g="d" + suffix), _YEAR.format(g="y" + suffix)
    d2 = _DAY.format(g="dd" + suffix)
    m2 = _MONTH.format(g="mm" + suffix)
    return rf"(?:{m}\s+{d}(?:,?\s+{y})?(?![\d:])|{d2}\s+(?:of\s+)?{m2}(?:,?\s+{_YEAR.format(g='yy' + suffix)})?)"


# "early March", "mid-March", "late March": its first, middle or last ten days (see _part_of_month)
_PART_OF_MONTH = r"(?P<{g}>early|mid|late)(?:-|\s+)"
_CLOCK = r"(?:(?:midnight|noon|\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?)?)\s+(?:on\s+)?)?"
_WEEKDAYS = r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_WEEKDAY = rf"(?P<wd>{_WEEKDAYS})"
# a weekday and the next ("Friday and Saturday": one span; "Monday and Thursday" are two days, each its own)
_DAY_NAMES = _WEEKDAYS.split("|")
_NEXT_DAY_AND = "|".join(rf"(?<={a})(?=\s+and\s+{b}\b)" for a, b in zip(_DAY_NAMES, _DAY_NAMES[1:] + _DAY_NAMES[:1]))
_PART = r"(?:\s+(?:morning|afternoon|evening|night|overnight))?"

# a holiday's name with the day it falls on: a fixed (month, day), or a rule resolved per year
_HOLIDAY = (r"(?:new\s+year['’]?s\s+(?:day|night|morning|(?P<nye>eve))|christmas(?:\s+(?P<xmaseve>eve)?(?:day|night|morning)?|(?=[,.;:!?]))"
            r"|valentine['’]?s\s+day|independence\s+day|(?:the\s+)?fourth\s+of\s+july|halloween"
            r"|(?P<tgeve>thanksgiving\s+eve)|thanksgiving(?:\s+(?:day|night|morning))?|memorial\s+day|labor\s+day"
            r"|(?:martin\s+luther\s+king(?:\s+jr\.?)?|mlk)\s+day|easter(?:\s+sunday|\s+(?P<eastermon>monday)|(?=[,.;:!?]))|good\s+friday"
            # the days named with a weekday ("shot on Black Friday" told weeks later is no Friday of the report's week)
            r"|black\s+friday|cyber\s+monday|fat\s+tuesday|super\s+bowl\s+sunday|mother(?:['’]?s|s['’])\s+day|father(?:['’]?s|s['’])\s+day"
            r"|(?:st\.?|saint)\s+(?:patrick|paddy)['’]?s\s+day)\b")
# "New Year's Eve" is a day only with an evening's time told after it ("at a New Year's Eve party ... at about 10:30
# p.m."): its shootings mostly fall after midnight, on New Year's Day
_NEW_YEARS_EVE_REACH = 300
# ... and one told past its midnight ("shots fired just after midnight on New Year's Eve") is New Year's Day
_AFTER_MIDNIGHT_BEFORE = re.compile(r"\bafter\s+midnight\s+(?:on\s+)?$", re.IGNORECASE)
# a holiday's name that tells a season or a kind, no day: "Black Friday shoppers", "the holiday's Christmas shopping",
# "Memorial Day weekend"s crowds, "the Good Friday Agreement"; and Christmas's and Halloween's parties, lights and
# markets, held on other days ("an office Christmas party on Saturday night", "a Halloween party early Saturday")
_HOLIDAY_KIND_AFTER = re.compile(r"[\s-]*(?:season|shopping|shoppers?|deals?|sales?|rush|crowds?|traffic|travel|"
                                 r"break|holidays?|agreement|accords?)\b", re.IGNORECASE)
_HOLIDAY_EVENT_AFTER = re.compile(r"[\s-]*(?:[a-z]+[\s-]+)?(?:part(?:y|ies)|lights?|displays?|decorations?|trees?|"
                                  r"markets?|gifts?|presents?|costumes?|concerts?|parades?)\b")

ORDINALS = {w: i for i, w in enumerate(("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                                         "ninth", "tenth"), 1)}
# "for a third day", "for the fourth consecutive day", "for a second day running"
_NTH_DAY = (rf"for\s+(?:a|the)\s+(?P<nth>{'|'.join(list(ORDINALS)[1:])}|[2-9](?:nd|rd|th))\s+"
            r"(?:straight\s+|consecutive\s+|successive\s+)?day(?:\s+running|\s+in\s+a\s+row)?\b")
# ... a span when told of fighting that lasts ("raged for a third day", "continued on Sunday for a third straight
# day"); an act told "for the sixth straight day" ("drones struck the depots on Friday for ...") is that day's
_LASTING_BEFORE = re.compile(r"\b(?:continu|rag|persist|dragg?|rumbl)\w*(?:\s+on)?\b[^.;!?]*$|\bwent\s+on\b[^.;!?]*$",
                             re.IGNORECASE)
# "between Friday and Sunday", "from Monday night to Wednesday"
_WEEKDAY_SPAN = (rf"(?:between|from)\s+(?P<ws1>{_WEEKDAYS}){_PART}\s+(?:and|to|until|till|through)\s+"
                 rf"(?P<ws2>{_WEEKDAYS}){_PART}\b")

# The first letters of every word a date can start with (a digit, "the night of", a month, "last", a
# weekday, "over the weekend", a holiday...): the leading lookahead fails most words ("a", "police",
# "shot") with one look, where the alternatives below would each be tried there.
# (each as narrow as the alternatives allow: a word that passes the look costs every alternative's try, ~12k instructions;
# "the people", "in Syria", "from Raqqa", "three times" pass no more)
_MONTH_STARTS = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
_WEEKDAY_STARTS = "(?:mon|tue|wed|thu|fri|sat|sun)"
_DATE_STARTS = [
    # the night of, the previous day, the fourth of July, the end of last week, the first week of May; from May 16,
    # between Friday and Sunday, from midnight January 29
    r"the\s+(?:night\s+(?:of|from|before)|previous|first\s+week|fourth\s+(?:of|week)|day\s+before|"
    r"(?:end|start|beginning)\s+of\s+last|(?:second|third|last)\s+week)", r"night\s+of",
    *(rf"{w}\s+(?:\d|midnight|noon|{_MONTH_STARTS}|{_WEEKDAY_STARTS})" for w in ("from", "between")),
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", r"dec(?:ember)?(?![^\W\d_])",
    # in May, in mid-March, early May, mid-March, late May, last week, this morning, next Monday, on Monday, on the night of
    rf"in\s+(?:{_MONTH_STARTS}|early|mid|late)", "ear", r"lat", r"mid[-\s]", r"last\s",
    rf"this\s+(?:eve|mor|aft|mon|wee|pas|{_WEEKDAY_STARTS})", "nex", rf"on\s+(?:{_WEEKDAY_STARTS}|the\s+(?:night|weekend))",
    # in the past week, during the last three days, during the weekend, within the past 24 hours, in recent days
    r"in\s+the\s+(?:past|last)", r"during\s+the\s+(?:past|last|weekend)", r"within\s+the\s+(?:past|last)",
    r"in\s+recent\s+d",
    "monday", "tue", "wed", "thu", "fri", "sat", "sun", "yes", r"over(?:night|\s)", "ton", "tod",
    r"new\s", "chr", "val", "ind", r"four(?:\s+(?:da|ni|we)|th\s+of\s)", "hallo", "thank", "memorial", "lab", "mlk",
    r"easter[\s,.;:!?]",
    r"good\s", "bla", "cyb", r"fat(?:h|\s)", r"super\s+b", "mother", r"st\.?\s+pa", "saint",
    # two days ago, three nights ago, four weeks ago, several days ago
    r"two\s+(?:da|ni|we|ye)", r"three\s+(?:da|ni|we|ye)", r"five\s+(?:da|ni)", r"six\s+(?:da|ni)", r"sev(?:en|eral)\s+d",
    r"eight\s+d", r"nine\s+d", r"ten\s+d", r"one\s+w",
    r"a\s+(?:week\s|fortnight|few\s+days\s+ago|year\s+ago)",
    r"at\s+the\s+(?:weekend|(?:end|start|beginning)\s+of\s+(?:last\s+(?:week|month)|[jfmasond]))",  # at the end of May
    rf"for\s+(?:a|the)\s+(?:{'|'.join(ORDINALS)}|\d)",  # two days ago, at the weekend, late last week, for a third day
]
# (its 93 groups set only where a date is found: see GroupsWhereFound)
DATE_RE = GroupsWhereFound(folded_regex(
    rf"(?=\d|{by_first_letter([(w[0], w[1:]) for w in _DATE_STARTS])})(?:" + "|".join([
        # the night of May 31 to June 1 / from May 16 through to May 19 / between May 16 and May 19
        # a police log's period may give clock times too: "from midnight January 29 to 6:00am January 30"
        rf"(?P<span>(?:(?:the\s+)?night\s+of\s+|from\s+|between\s+){_CLOCK}"
        rf"{_md('1')}\s*(?:-|–|to|through(?:\s+to)?|until|till|and)\s*{_CLOCK}(?:{_md('2')}|(?P<dend>[0-3]?\d)(?:st|nd|rd|th)?\b))",
        # May 16-19 (or "March 5 and 6"); day first: "16-19 May", "the night of 16 to 17 February", "between 10 and 12 March 2020"
        # ... "on March 5 and 6" (not "on March 5 and 6 people were hurt")
        rf"(?P<mrange>{_MONTH.format(g='rm')}\s+(?P<rd1>[0-3]?\d)(?:\s*[-–]\s*|\s+and\s+)(?P<rd2>[0-3]?\d)\b"
        rf"(?!\s+(?:people|persons|others|more|of|were|civilians)\b)(?:,?\s+{_YEAR.format(g='ry')})?)",
        # ... "the night of Sunday 8 to Monday 9 June"
        rf"(?P<drange>(?:(?:the\s+)?night\s+of\s+|from\s+|between\s+)?(?:(?:{_WEEKDAYS})\s+)?(?P<dr1>[0-3]?\d)(?:st|nd|rd|th)?\s*"
        rf"(?:-|–|to|and|until|through)\s*(?:(?:{_WEEKDAYS})\s+)?(?P<dr2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?"
        rf"{_MONTH.format(g='drm')}"
        rf"(?:,?\s+{_YEAR.format(g='dry')})?)",
        r"(?P<iso>(?P<iy>20\d\d)-(?P<im>[01]\d)-(?P<id>[0-3]\d))",
        # "3/12", "3/12/2025"; day first where the month-first reading cannot be ("15/03", "12/03/2025" read in March
        # 2025) and always with dots ("03.12.2024")
        r"(?P<us>(?<![\d/.])(?P<um>[0-3]?\d)(?:/(?P<ud>[0-3]?\d)(?:/(?P<uy>(?:20)?\d\d))?(?![\d/])|"
        r"\.(?P<dotm>[01]?\d)\.(?P<doty>20\d\d)(?![\d.]|\.\d)))",
        rf"(?P<single>{_md('0')})",
        # "in May 2016", "late May 2016" (its last ten days)
        rf"(?P<monthyear>(?:in\s+|{_PART_OF_MONTH.format(g='mypart')})?{_MONTH.format(g='my')}"
        r"\s+(?P<myy>(?:19|20)\d\d))",
        # "In March, a roadside bomb killed ...", "fighting in mid-March": the latest March up to publication (an
        # opening or a part of the month, see find_dates)
        # ... "at the end of December", "at the start of May": its last or first ten days
        rf"(?P<inmonth>(?:in\s+(?:{_PART_OF_MONTH.format(g='inpart')})?|at\s+the\s+(?P<inedge>end|start|beginning)\s+of\s+)"
        rf"{_MONTH.format(g='inm')}(?!\w|[\s.]*\d))",
        # "the night of Saturday to Sunday", "overnight Tuesday into Wednesday", "overnight from Sunday to Monday" (the
        # French "dans la nuit de dimanche à lundi"): a night across two days
        rf"(?P<nightof>(?:(?:on\s+)?the\s+night\s+(?:of|from)|overnight(?:\s+from)?)\s+(?P<nw1>{_WEEKDAYS})\s+(?:to|into|and)\s+"
        rf"(?:early\s+)?(?P<nw2>{_WEEKDAYS}))",
        # "Saturday night and Sunday morning", "late Monday into early Tuesday": a night across two days (when
        # the second is the next day)
        # (not a weekday told as a habit: "the bar is packed on Fridays")
        rf"(?P<weekday>(?:(?P<wdmod>last|this|next|on|early|late)\s+)?{_WEEKDAY}(?!s\b)(?:['’]s)?{_PART}"
        # ... "on Friday and Saturday": two days told as one span
        rf"(?:(?:(?<=night)|(?<=evening)|(?=\s+(?:and|into)\s+early)|{_NEXT_DAY_AND})\s+(?:and|into)\s+(?:early\s+)?"
        rf"(?P<wd2>{_WEEKDAYS})(?:\s+morning)?)?)",
        r"(?P<yesterday>yesterday|last\s+night|the\s+previous\s+(?:day|night|evening|morning|afternoon)\b)",
        r"(?P<overnight>overnight)",
        r"(?P<tonight>tonight|(?:earlier\s+)?this\s+evening)",
        r"(?P<today>today|this\s+(?:morning|afternoon)|earlier\s+(?:today|this\s+morning))",
        r"(?P<thismonth>earlier\s+this\s+month|this\s+month)",
        r"(?P<lastmonth>(?:(?P<lmpart>early|late)\s+|at\s+the\s+(?P<lmedge>end|start|beginning)\s+of\s+)?last\s+month|"
        r"earlier\s+last\s+month)",
        r"(?P<lastweek>(?:last\s+week|earlier\s+(?:this|in\s+the)\s+week|this\s+week)(?!end))",
        # "over the past week", "in the last three days", "during the past 48 hours": up to publication
        # ... "in recent days": the week up to publication
        r"(?P<pastdays>(?:(?:over|in|during|within)\s+the\s+(?:past|last)|over)\s+(?:(?P<pdweek>week(?!\s+of\b))|"
        r"(?P<pdn>two|three|four|five|six|few|[2-6])\s+days|(?P<pdh>24|48|72)\s+hours)|in\s+recent\s+days)",
        r"(?P<weekend>(?:last|this(?:\s+past)?|over\s+the|at\s+the|during\s+the|on\s+the)\s+weekend\b)",
        # "arrested them in a raid two days ago", "two nights ago", "a week ago", "about two weeks ago": counted back
        # from publication; "the day before yesterday", "the night before last": two days back
        r"(?P<daysago>(?:(?:(?P<dan>two|three|four|five|six|seven|eight|nine|ten|[2-9])|(?P<fewago>a\s+few|several))"
        r"\s+(?:days|nights)|(?P<hago>24|48|72)\s+hours)\s+ago|"
        # ... "a week ago Friday", "two weeks ago Sunday night": that weekday of the week so far back
        r"(?:(?P<wkn>a|one|two|three|four|[1-4])\s+weeks?|(?P<fortnight>a\s+fortnight)|"
        # "signed a peace deal in Pretoria two years ago": that year gone by, no day of it
        r"(?P<yrn>a|two|three)\s+years?)\s+ago"
        rf"(?:\s+(?P<agowd>{_WEEKDAYS}){_PART}(?!\w))?|"
        r"(?P<twoback>the\s+(?:day|night)\s+before\s+(?:yesterday|last))\b)",
        # spans told in words, behind one look at their first letters: "between Friday and Sunday", "from
        # Monday to Wednesday"; "late last week", "at the start of last week" (half of the calendar week before);
        # "raged for a third day on Wednesday" (the days up to the one told, or the report's); "the first week of
        # May" (its first seven days; "the last week of May", its last seven)
        rf"(?=bet|fro|for|lat|ear|at\s|the\s)(?:(?P<wdspan>{_WEEKDAY_SPAN})|"
        r"(?P<partweek>(?:(?P<pwlate>late|(?:at\s+)?the\s+end\s+of)|early|(?:at\s+)?the\s+(?:start|beginning)\s+of)"
        rf"\s+last\s+week(?!end))|(?P<nthday>{_NTH_DAY})|(?P<weekof>the\s+(?P<wkord>first|second|third|fourth|last)\s+"
        rf"week\s+of\s+{_MONTH.format(g='wm')}(?:,?\s+{_YEAR.format(g='wy')})?))",
        # "last August", "this past August": the latest such month before the publication's; holidays name
        # a day: "a New Year's Day killing", "shot on Christmas Eve", "on Thanksgiving" (one alternative behind
        # a look at the first letters: every alternative costs the scan at every word)
        rf"(?=last\s|this\s+past|new|chr|val|ind|the\s+f|fou|hal|tha|mem|lab|mar|mlk|eas|goo|bla|cyb|fat(?:h|\s)|super\s+b|mother|st\.?\s+pa|saint)"
        # ... of the year told with it: "On Mother's Day 2013, ..." in a report of 2015
        rf"(?:(?P<namedmonth>(?:last|this\s+past)\s+{_MONTH.format(g='nm')}(?!\s*[0-3]?\d\b))|"
        rf"(?P<holiday>{_HOLIDAY}(?:,?\s*(?P<hy>(?:19|20)\d\d)(?![\d:]))?))",
    ]) + ")",
))
# "said on Sunday", "told reporters Thursday": the date of the report, not of the event
_REPORTING_BEFORE = re.compile(
    r"\b(?:said|says|told(?:\s+\w+)?|(?<!was\s)(?<!were\s)reported|announced|stated|confirmed|added|declared|"
    r"wrote|tweeted|explained|noted|released|published|posted|updated|according\s+to\s+[\w\s]{1,30}?|"
    # ("claimed responsibility on Tuesday for a bomb that killed three on Monday": the day of the claim)
    r"claimed\s+(?:responsibility|credit)|denied\s+(?:any\s+)?(?:responsibility|involvement)|"
    r"notified\s+(?:[\w'’-]+\s+){0,6}?of\s+the\s+(?:incident|shooting|attack)|"
    r"identified|(?:news\s+|press\s+)?(?:release|statement|conference|briefing)(?:\s+(?:issued|released|sent|dated))?|"
    # a toll's new figure ("The death toll from a suicide bombing ... rose to 54 on Monday"): the day it was counted
    r"(?:rose|risen|climbed|increased|jumped)\s+to\s+(?:at\s+least\s+)?\d[\d,]*)"
    r"\s*[,:]?\s*(?:on\s+|late\s+|early\s+)?"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$",
    re.IGNORECASE)
# a court of law, not a playing court ("shot at an outdoor basketball court in north Baton Rouge on Sunday")
_LAW_COURT = r"(?<!basketball\s)(?<!tennis\s)(?<!handball\s)(?<!volleyball\s)(?<!food\s)court"
# Words that look ahead only when they govern the date itself ("by Monday", "until Friday"): a
# "drive-by shooting Wednesday" or "shot by an officer Monday night" is the act's own date (and "set" a plan's, "set
# for Monday", not an arson's: "Rioters set fire to buses in Dublin on Thursday night").
# (a court as the act's scene is no hearing to come: "arrested Imran Khan at a court in Islamabad on Tuesday", "a bomb
# exploded outside the court on Monday")
# (looked for behind the word once it is found)
_COURT_AHEAD = _LAW_COURT + r"(?<!\bat\sa\scourt)(?<!\bat\sthe\scourt)(?<!outside\sa\scourt)(?<!outside\sthe\scourt)" \
                            r"(?<!inside\sa\scourt)(?<!inside\sthe\scourt)(?<!near\sa\scourt)(?<!near\sthe\scourt)"
_FUTURE_BEFORE = re.compile(
    r"\b(?:(?:scheduled|set(?!\s+(?:fire|ablaze|alight|light|upon|on\s+fire)\b)|slated|expected|planned|will|would|"
    rf"hearing|{_COURT_AHEAD}|arraign\w*|funeral|vigil|services?|memorial|trial|appear\w*|sentenc\w*)\b[\w\s,]{{0,25}}"
    r"|(?<!-)(?:until|next|due|starting|begin|begins|by)\s+(?:on\s+|early\s+|late\s+)?)$", re.IGNORECASE)


# the day a called or planned protest, strike or shutdown is to start ("called a 48-hour nationwide shutdown from Sunday",
# "called for a large rally on Saturday", "plans a march on Friday"): a day still to come, not a past act's
_CALLED_ACTION_BEFORE = re.compile(r"\b(?:call(?:s|ed|ing)?|announc(?:es|ed|ing)|plan(?:s|ned|ning)?|vow(?:s|ed)|"
                                   r"threaten(?:s|ed|ing)?)\s+(?:for\s+|to\s+(?:hold|stage)\s+)?(?:an?\s+|the\s+|its\s+|their\s+)?"
                                   r"(?:[\w-]+\s+){0,4}?(?:shutdowns?|(?:general\s+)?strikes?|hartals?|bandhs?|boycotts?|"
                                   r"protests?|rall(?:y|ies)|march(?:es)?|sit-ins?|demonstrations?)\s+(?:[\w-]+\s+){0,3}?"
                                   r"(?:(?:from|for|on|starting|beginning)\s+)?$", re.IGNORECASE)
# (the action's word, in the 45 characters before the date, looked for first)
_CALLED_ACTION_NEAR = re.compile(r"shutdown|strike|hartal|bandh|boycott|protest|rall(?:y|ies)|march|sit-in|demonstration")

# a victim's or a witness's complaint, the day the act came to light ("A clerk reported May 3 at 9:40 p.m. that a customer
# had fired at him", "a caller reported Sunday that shots were fired"): the act's day, not a statement's
_COMPLAINT_BEFORE = re.compile(r"\b(?:man|woman|boy|girl|teen|caller|resident|victim|motorist|driver|homeowner|neighbou?r|"
                               r"witness|clerk|employee|owner|customer|passerby|\d{1,2}-year-old)\s+reported\s*(?:on\s+)?$",
                               re.IGNORECASE)


# "the coroner's office on Wednesday identified", "police Friday said", "police said Monday in a news release",
# "the Taliban administration on Wednesday accused Pakistan of carrying out a drone strike": the report's act. Not after a comma: in "robbed a group on Monday night, said a spokesman" the date is the
# robbery's and the speaker is the whole clause's.
_REPORTING_AFTER = re.compile(
    r"\s*(?:(?:(?:morning|afternoon|evening|night)\s+)?(?:said|says|identified|announced|released|reported|"
    # (and a coroner's finding, a step after the death: "The Medical Examiner's Office on Friday ruled the death a homicide")
    r"confirmed|told|named|disclosed|revealed|asked|urged|issued|accused|blamed|condemned|ruled)\b|"
    # an inquiry's finding ("A UN inquiry on Monday found that a strike last month ..."): the day of the finding, not
    # a discovery ("police on Sunday found a man shot dead", the act's day)
    r"(?:found|concluded|determined)\s+that\b|"
    r"(?:in|through)\s+an?\s+(?:news\s+|press\s+)?(?:release|statement)\b|at\s+an?\s+(?:news\s+|press\s+)?(?:conference|briefing)\b)",
    re.IGNORECASE)
# a state or a search at the time of the report, not the act: "was recovering Saturday after he was shot
# Friday night", "police were searching for two men Monday", "asked for the public's help Sunday",
# Friday night", "in critical condition Monday", "police are searching Saturday", "as of Sunday morning",
# a broadcast's or a photo's caption ("for the NBC4 News at 11 p.m. Sunday")
_STATE_BEFORE = re.compile(
    r"\b(?:recovering|recuperating|hospitali[sz]ed|remain(?:s|ed)?|condition|searching|looking|seeking|hunting|"
    r"investigating|available|as\s+of|(?:cancell?ed|closed)(?:\s+(?:at|for|in)\s+[\w\s'’.-]{1,50}?)?|continued\s+(?:searching|seeking|looking)\s+[\w\s]{0,30}?|news\s+at\s+[\d:]+\s*[ap]\.?m\.?|help|"
    r"(?:searching|looking|hunting|asking)\s+for\s+[\w\s'’-]{1,40}?|recovering\s+(?:at|in)\s+[\w\s'’-]{1,40}?)"
    r"\s*,?\s*(?:on\s+|early\s+|late\s+|this\s+)?$",
    re.IGNORECASE)
_STATE_AFTER = re.compile(
    r"\s*,?\s*(?:(?:morning|afternoon|evening|night)\s+)?(?:(?:were|was|are|is|continued\s+to|continues?\s+to)\s+"
    r"(?:still\s+)?(?:searching|looking|seeking|hunting|investigating|recovering)|continue[sd]?\s+to\s+"
    r"(?:search|look|seek|hunt|investigate))\b", re.IGNORECASE)
# "Guns recovered by Haledon police Feb. 28, 2018. (Photo: ...)", "9:45 a.m. March 26 update:"
# an embedded post's stamp "— Jane Roe (@janeroe) March 23, 2018"
_POSTED_BEFORE = re.compile(r"\(@\w+\)\s*$")
# a photographer's credit "(Jane Roe/The Daily Star)"
_CAPTION_AFTER = re.compile(r"\s*[.)]?\s*(?:\((?:photo|credit|file\s+photo|source)\b|update\b|\|\s*photo|"
                            r"\(\s*[A-Z][\w.'’ -]{1,40}/[^()]{1,60}\))", re.IGNORECASE)
# ... or "Friday after the arraignment", "Monday following his hearing"
_JUDICIAL_AFTER = re.compile(
    r"\s*,?\s*(?:(?:morning|afternoon|evening|night)\s+)?(?:arrested|charged|booked|indicted|arraigned|"
    r"(?:after|following|before)\s+(?:the|his|her|their|a)\s+(?:[\w-]+\s+)?(?:arraignment|hearing|sentencing|trial|"
    r"court\s+appearance|arrest|verdict))\b", re.IGNORECASE)
# court and custody: the date of a hearing, a charge or a verdict is not the incident's
# (the last such word before the date; "a.m." and "p.m." do not end the clause: "booked around 1:15 a.m. Tuesday")
_JUDICIAL_NEAR = re.compile(
    r".*\b(?:charg\w+|convicted|sentenc\w+|guilty|pleaded|pled|plea|indict\w*|arraign\w*|jail|prison|parole|bail|bond|"
    rf"{_LAW_COURT}|hearing|trial|appeared|booked|extradit\w+|arrest\w*|(?P<custody>custody)|surrendered|turned\s+(?:himself|herself)\s+in|"
    r"judge|magistrate|warrants?|punishment|probation|jury|verdict|testified|"
    # (and the body's examination, a step after the death: "was ruled a homicide after an autopsy Thursday")
    r"autops(?:y|ies))\b"
    r"(?P<tail>(?:[^.;]|(?<=\b[ap])\.(?=m\b)|(?<=\b[ap]\.m)\.){0,40})$", re.IGNORECASE | re.DOTALL)
# a step of someone's life, not an event: "was hired May 31, 1985 and retired from the Sheriff's Office June 25, 2010"
_LIFE_NEAR = re.compile(r".*\b(?:hired|retired|born|graduated|enlisted|promoted|(?:was|were|got|been)\s+married)\b"
                        r"(?P<tail>[^.;]{0,45})$",
                        re.IGNORECASE | re.DOTALL)
# ... unless an act comes between: "charged him in the shooting of a teenager earlier this month", "pleaded
# guilty to shooting him three times Jan. 5" date the shooting; an offence's name does not ("charged with
# aggravated assault Wednesday", "convicted of murder in June 2012")
# a death in custody, the cause a crowd's day is told with: "Protests over the death of a young woman in police custody
# spread to 15 cities on Wednesday" (Wednesday is the protests' day, no step of a court's)
_DEATH_IN_CUSTODY_BEFORE = re.compile(r"\b(?:death|died|killing)\b[^.;]{0,40}\bin\s+(?:(?:police|military|army|state)\s+)?$",
                                      re.IGNORECASE)
_ACT_IN_TAIL = re.compile(r"^(?!\s*(?:(?:him|her|them)\s+)?(?:with|of)\b).*\b(?:after\s+(?:police|officers|deputies|troopers|agents)|"
                          r"shoot\w*|shot|kill\w*|murder\w*|"
                          r"homicides?|slay\w*|stabb\w*|robb\w*|carjack\w*|attack\w*|beat(?:ing)?|fired|death)\b",
                          re.IGNORECASE | re.DOTALL)


@dataclass(slots=True)
class DateMention:
    start: int
    end: int
    date_start: dt.date
    date_end: dt.date
    precision: int
    role: str  # "event", "report", "judicial", "future", "background" or "recalled"


def precision_of(start: dt.date, end: dt.date) -> int:
    """UCDP date_prec from the width of the window."""
    days = (end - start).days + 1
    if days <= 1:
        return 1
    if days <= 6:
        return 2
    if days <= 8:
        return 3
    if days <= 31:
        return 4
    return 5


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _year_for(month: int, day: int, published: dt.date | None) -> int | None:
    """A month-day without a year: the latest such date not long after publication."""
    if published is None:
        return None
    candidate = _safe_date(published.year, month, day)
    if candidate and candidate > published + dt.timedelta(days=7):
        return published.year - 1
    return published.year


def _month_day(m: re.Match, suffix: str, published: dt.date | None) -> dt.date | None:
    month = m.group("m" + suffix) or m.group("mm" + suffix)
    day = m.group("d" + suffix) or m.group("dd" + suffix)
    year = m.group("y" + suffix) or m.group("yy" + suffix)
    if not month or not day:
        return None
    mi, di = MONTHS[month.lower().rstrip(".")], int(day)
    yi = int(year) if year else _year_for(mi, di, published)
    return _safe_date(yi, mi, di) if yi else None


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The n-th such weekday of a month (n = -1: the last)."""
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = dt.date(year, month, calendar.monthrange(year, month)[1])
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def _easter(year: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    return dt.date(year, month, (h + l_ - 7 * m + 114) % 31 + 1)


def _holiday_in(name: str, m: re.Match, year: int) -> dt.date:
    if name.startswith("new"):
        return dt.date(year, 12, 31) if m.group("nye") else dt.date(year, 1, 1)
    if name.startswith("christmas"):
        return dt.date(year, 12, 24 if m.group("xmaseve") else 25)
    if name.startswith("valentine"):
        return dt.date(year, 2, 14)
    if name.startswith(("independence", "the fourth", "fourth")):
        return dt.date(year, 7, 4)
    if name.startswith("halloween"):
        return dt.date(year, 10, 31)
    if name.startswith("thanksgiving"):
        return _nth_weekday(year, 11, 3, 4) - dt.timedelta(days=1 if m.group("tgeve") else 0)
    if name.startswith("memorial"):
        return _nth_weekday(year, 5, 0, -1)
    if name.startswith("labor"):
        return _nth_weekday(year, 9, 0, 1)
    if name.startswith("easter"):
        return _easter(year) + dt.timedelta(days=1 if m.group("eastermon") else 0)
    if name.startswith("good"):
        return _easter(year) - dt.timedelta(days=2)
    if name.startswith(("black", "cyber")):  # the Friday and the Monday after Thanksgiving
        return _nth_weekday(year, 11, 3, 4) + dt.timedelta(days=1 if name.startswith("black") else 4)
    if name.startswith("mother"):
        return _nth_weekday(year, 5, 6, 2)
    if name.startswith("father"):
        return _nth_weekday(year, 6, 6, 3)
    if name.startswith("super"):  # the first Sunday of February until the longer season of 2021, then the second
        return _nth_weekday(year, 2, 6, 2 if year >= 2022 else 1)
    if name.startswith("fat"):  # Mardi Gras: 47 days before Easter
        return _easter(year) - dt.timedelta(days=47)
    if name.startswith(("st", "saint")):
        return dt.date(year, 3, 17)
    return _nth_weekday(year, 1, 0, 3)  # Martin Luther King Jr. Day


# the year told around a holiday's name: "a 7th Ward Mother's Day parade in 2013", "the 2013 Mother's Day parade"
_YEAR_AFTER = re.compile(r"\s*(?:[\w'’-]+\s+){0,2}?in\s+(?P<y>(?:19|20)\d\d)\b")
_YEAR_BEFORE = re.compile(r"\b(?P<y>(?:19|20)\d\d)\s+$")


def _year_around(text: str, start: int, end: int) -> str | None:
    """The year written right before a holiday's name or a few words after it, if any."""
    after = _YEAR_AFTER.match(text, end) if "in " in text[end:end + 30] else None
    before = _YEAR_BEFORE.search(text, max(0, start - 6), start)
    return (after or before) and (after or before).group("y")


def _evening_after(text: str, end: int) -> bool:
    """Whether the first time of day told after a mention falls in the evening, before midnight ("6 p.m." to "11:59
    p.m.")."""
    time = _TIME_OF_DAY.search(text, end, end + _NEW_YEARS_EVE_REACH)
    return time is not None and time.group("hour") is not None and time.group("half").lower() == "p" and \
        int(time.group("hour")) % 12 + 12 >= EVENING_START


def _holiday_name(m: re.Match) -> str:
    return " ".join(m.group("holiday").lower().split())


def _holidays_of_one_year(holidays: list[tuple[DateMention, re.Match]]) -> None:
    """A holiday named again without its year is the one the report dates elsewhere ("The Mother's Day shooting, in
    which 19 people were struck" in a report of 2015 that tells "On Mother's Day 2013" further on)."""
    told = {}
    for d, m in holidays:
        if m.group("hy") or _year_around(m.string, m.start(), m.end()):
            told.setdefault(_holiday_name(m).split()[0], d.date_start.year)
    for d, m in holidays:
        year = told.get(_holiday_name(m).split()[0])
        if year is not None and d.date_start.year != year and d.date_start == d.date_end:
            d.date_start = d.date_end = _holiday_in(_holiday_name(m), m, year)


def _holiday(m: re.Match, published: dt.date) -> dt.date:
    """The latest such holiday not long after publication ("New Year's Eve" of the year before)."""
    name = _holiday_name(m)
    told = m.group("hy") or _year_around(m.string, m.start(), m.end())
    if told:
        return _holiday_in(name, m, int(told))
    day = _holiday_in(name, m, published.year)
    if day > published + dt.timedelta(days=7):
        day = _holiday_in(name, m, published.year - 1)
    return day


def last_weekday(published: dt.date, weekday: int) -> dt.date:
    """The latest date with this weekday on or before publication ("on Saturday")."""
    return published - dt.timedelta(days=(published.weekday() - weekday) % 7)


def _day_range(month: str, first: str, last: str, year: str | None, published: dt.date | None):
    """Two days of one month ("May 16-19", "16 to 19 May"), the year inferred when not given."""
    mi, d1, d2 = MONTHS[month.lower().rstrip(".")], int(first), int(last)
    yi = int(year) if year else _year_for(mi, d1, published)
    a, b = (_safe_date(yi, mi, d1), _safe_date(yi, mi, d2)) if yi else (None, None)
    return (a, b) if a and b and a <= b else None


def _before_today(m: re.Match, published: dt.date, start: dt.date) -> dt.date:
    """The end of "this week" / "this month": the report's day, but the day before it for "earlier this
    ..." (what the report calls earlier is not today's), unless that leaves nothing."""
    return published - dt.timedelta(days=1) if m.group(0).lower().startswith("earlier") and published > start \
        else published


def _ago(m: re.Match, published: dt.date) -> tuple[dt.date, dt.date]:
    """'three days ago', 'a week ago': that day; 'two weeks ago', 'a fortnight ago' are rounded: the week around it."""
    if m.group("twoback"):
        d = published - dt.timedelta(days=2)
        return d, d
    if m.group("fewago"):  # "a few days ago": two to four
        return published - dt.timedelta(days=4), published - dt.timedelta(days=2)
    if m.group("dan") or m.group("hago"):  # "48 hours ago": two days back
        d = published - dt.timedelta(days=words_to_int(m.group("dan")) if m.group("dan") else int(m.group("hago")) // 24)
        return d, d
    if m.group("yrn"):  # "two years ago": the year it falls in
        year = published.year - (1 if m.group("yrn").lower() == "a" else words_to_int(m.group("yrn")))
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    weeks = 2 if m.group("fortnight") else words_to_int(m.group("wkn"))
    centre = published - dt.timedelta(days=7 * weeks)
    if m.group("agowd"):  # "a week ago Friday" written on a Saturday: the Friday before the last, eight days back
        d = last_weekday(centre, WEEKDAYS[m.group("agowd").lower()])
        return d, d
    if weeks == 1:
        return centre, centre
    return centre - dt.timedelta(days=3), centre + dt.timedelta(days=3)


def counted_days(m: re.Match, last: dt.date) -> dt.date:
    """The first day of 'for a third day' ending on `last`."""
    nth = m.group("nth").lower()
    return last - dt.timedelta(days=(ORDINALS.get(nth) or int(nth[0])) - 1)


def _part_of_month(first: dt.date, last: dt.date, part: str | None) -> tuple[dt.date, dt.date]:
    """Early, mid- or late in the month from `first` to `last`: its first, middle or last ten days."""
    if part is None:
        return first, last
    part = part.lower()
    if part == "early":
        return first, first + dt.timedelta(days=9)
    if part == "mid":
        return first + dt.timedelta(days=10), first + dt.timedelta(days=19)
    return first + dt.timedelta(days=20), last


_EDGE_PART = {"end": "late", "start": "early", "beginning": "early"}  # "at the end of May": late May


def _week_of(m: re.Match, year: int) -> tuple[dt.date, dt.date]:
    """'the first week of May': its days 1-7 (8-14, 15-21, 22-28), 'the last week of May' its last seven."""
    mi = MONTHS[m.group("wm").lower().rstrip(".")]
    last = dt.date(year, mi, calendar.monthrange(year, mi)[1])
    if m.group("wkord").lower() == "last":
        return last - dt.timedelta(days=6), last
    first = dt.date(year, mi, 1) + dt.timedelta(days=7 * (ORDINALS[m.group("wkord").lower()] - 1))
    return first, first + dt.timedelta(days=6)


def _numeric_date(m: re.Match, published: dt.date | None, day_first: bool = False) -> dt.date | None:
    """'3/12' month first, as US copy writes it, unless only the day-first reading is a date up to publication:
    '15/03', '12/03/2025' in a report of March 2025 (a date after publication is no act's); '03.12.2024' day first; and
    day first in a report that writes its days before their months ("4-10 Nov", "14 October": `day_first`)."""
    first = int(m.group("um"))
    if m.group("dotm"):
        return _safe_date(int(m.group("doty")), int(m.group("dotm")), first)
    second = int(m.group("ud"))
    year = int(m.group("uy")) + (2000 if len(m.group("uy")) == 2 else 0) if m.group("uy") else None

    def read(month: int, day: int) -> dt.date | None:
        yi = year or _year_for(month, day, published)
        return _safe_date(yi, month, day) if yi else None

    month_first = read(first, second) if first <= 12 and not (day_first and second <= 12) else None
    if month_first is not None and (published is None or month_first <= published + dt.timedelta(days=1)):
        return month_first
    day_first = read(second, first) if second <= 12 else None
    if day_first is not None and (published is None or day_first <= published + dt.timedelta(days=1)):
        return day_first
    return month_first


def _resolve(m: re.Match, published: dt.date | None, day_first: bool = False) -> tuple[dt.date, dt.date] | None:
    if m.group("span"):
        first = _month_day(m, "1", published)
        if first is None:
            return None
        if m.group("dend"):
            last = _safe_date(first.year, first.month, int(m.group("dend")))
        else:
            last = _month_day(m, "2", published)
            if last and last < first and not (m.group("y2") or m.group("yy2")):
                last = _safe_date(first.year + 1, last.month, last.day)
        return (first, last) if last and last >= first else None
    if m.group("mrange"):
        return _day_range(m.group("rm"), m.group("rd1"), m.group("rd2"), m.group("ry"), published)
    if m.group("drange"):
        return _day_range(m.group("drm"), m.group("dr1"), m.group("dr2"), m.group("dry"), published)
    if m.group("iso"):
        d = _safe_date(int(m.group("iy")), int(m.group("im")), int(m.group("id")))
        return (d, d) if d else None
    if m.group("us"):
        d = _numeric_date(m, published, day_first)
        return (d, d) if d else None
    if m.group("single"):
        d = _month_day(m, "0", published)
        return (d, d) if d else None
    if m.group("weekof") and m.group("wy"):
        return _week_of(m, int(m.group("wy")))
    if m.group("monthyear"):
        mi, yi = MONTHS[m.group("my").lower().rstrip(".")], int(m.group("myy"))
        return _part_of_month(dt.date(yi, mi, 1), dt.date(yi, mi, calendar.monthrange(yi, mi)[1]), m.group("mypart"))
    if published is None:
        return None
    if m.group("nightof"):
        d = last_weekday(published - dt.timedelta(days=1), WEEKDAYS[m.group("nw1").lower()])
        if WEEKDAYS[m.group("nw2").lower()] == (d.weekday() + 1) % 7:
            return d, d + dt.timedelta(days=1)
        return d, d
    if m.group("weekday"):
        if (m.group("wdmod") or "").lower() == "next":
            return None
        d = last_weekday(published, WEEKDAYS[m.group("wd").lower()])
        if (m.group("wdmod") or "").lower() == "last" and (published - d).days <= 1:
            # "last Tuesday" written on Wednesday is the week before: yesterday would be "yesterday"
            d -= dt.timedelta(days=7)
        if m.group("wd2") and WEEKDAYS[m.group("wd2").lower()] == (d.weekday() + 1) % 7:
            return d, d + dt.timedelta(days=1)
        return d, d
    if m.group("yesterday"):
        d = published - dt.timedelta(days=1)
        return d, d
    if m.group("overnight"):
        # the night into the publication day: before or after midnight, which an exact day elsewhere in
        # the report says ("overnight ... about 1 a.m. Thursday"; see events._narrowed)
        return published - dt.timedelta(days=1), published
    if m.group("today"):
        return published, published
    if m.group("tonight"):
        # a story written in the evening carries the next day's date once published (a UTC stamp, the
        # morning edition): on the development sets "tonight"/"this evening" fell the day before the
        # publication date five times out of six, "this morning"/"this afternoon" on it nearly always
        d = published - dt.timedelta(days=1)
        return d, d
    if m.group("weekof"):
        mi = MONTHS[m.group("wm").lower().rstrip(".")]
        return _week_of(m, published.year if mi <= published.month else published.year - 1)
    if m.group("inmonth"):
        mi = MONTHS[m.group("inm").lower().rstrip(".")]
        yi = published.year if mi <= published.month else published.year - 1
        first, last = dt.date(yi, mi, 1), dt.date(yi, mi, calendar.monthrange(yi, mi)[1])
        part = _part_of_month(first, last, m.group("inpart") or _EDGE_PART.get(m.group("inedge")))
        # (a part not yet begun by publication is told loosely: "in late April" on the 20th is April up to then)
        return (part[0] if part[0] <= published else first), min(part[1], published)
    if m.group("namedmonth"):
        mi = MONTHS[m.group("nm").lower().rstrip(".")]
        yi = published.year if mi < published.month else published.year - 1
        return dt.date(yi, mi, 1), dt.date(yi, mi, calendar.monthrange(yi, mi)[1])
    if m.group("thismonth"):
        return published.replace(day=1), _before_today(m, published, published.replace(day=1))
    if m.group("lastmonth"):
        end = published.replace(day=1) - dt.timedelta(days=1)
        return _part_of_month(end.replace(day=1), end, m.group("lmpart") or _EDGE_PART.get(m.group("lmedge")))
    if m.group("pastdays"):
        days = 7 if m.group("pdweek") or m.group(0).lower().startswith("in recent") else \
            int(m.group("pdh")) // 24 if m.group("pdh") else \
            words_to_int(m.group("pdn")) or 3  # "a few days": three
        return published - dt.timedelta(days=days), published
    if m.group("partweek"):
        monday = published - dt.timedelta(days=published.weekday() + 7)
        if m.group("pwlate"):
            return monday + dt.timedelta(days=3), monday + dt.timedelta(days=6)
        return monday, monday + dt.timedelta(days=2)
    if m.group("wdspan"):
        end = last_weekday(published, WEEKDAYS[m.group("ws2").lower()])
        return end - dt.timedelta(days=(end.weekday() - WEEKDAYS[m.group("ws1").lower()]) % 7), end
    if m.group("lastweek"):
        if m.group(0).lower().startswith("last"):
            # the calendar week before or the seven days before publication: reporters use both ("robbed last
            # week" in a Thursday paper, on the Tuesday of the week before)
            return published - dt.timedelta(days=published.weekday() + 7), published - dt.timedelta(days=1)
        start = published - dt.timedelta(days=published.weekday())
        return start, _before_today(m, published, start)
    if m.group("holiday"):
        d = _holiday(m, published)
        return d, d
    if m.group("daysago"):
        return _ago(m, published)
    if m.group("nthday"):
        return counted_days(m, published), published
    if m.group("weekend"):
        saturday = last_weekday(published, 5)
        if published.weekday() >= 5 and m.group(0)[:4].lower() == "last":
            saturday -= dt.timedelta(days=7)  # "last weekend" told on a Saturday or a Sunday: the one before this
        return saturday, saturday + dt.timedelta(days=1)
    return None


# what court papers say happened: "According to court documents, on January 8, 2014, deputies ...",
# "the plea hearing established that on January 3, 2014, ..."
# (a paper named alone must lead into its account: "the indictment, on ...", not "returned an indictment today")
_ACCOUNT_BEFORE = re.compile(
    r"(?:\b(?:documents|records|papers|complaint|affidavit|indictment|testimony)\b\s*(?:,\s*|that\s+|(?=on\s))"
    r"|\b(?:established|alleges?|allegedly|states?|shows?|showed)\b\s*,?\s*"
    # an account set off by a comma: "According to a department news release, on Friday at 2330 hours officers ..."
    r"|\baccording\s+to\s+(?:a|an|the)\s+[^.,;]{0,40}?\b(?:release|statement|report|log)\s*,\s*)"
    r"(?:that\s+)?(?:on\s+|at\s+about\s+[\d:]+\s*[ap]\.?m\.?\s*(?:on\s+)?)?$",
    re.IGNORECASE)


# a date that qualifies the act itself ("charged in the Jan. 30 armed robbery", "arrested in a New Year's
# Day killing"): the act's date however near an arrest or a charge it stands
_ACT_AFTER = re.compile(r"(?:['’]s)?\s+(?:(?!(?:on|in|at|of|for|by|the|a|an|with|to|and|after|during|from)\b)[\w-]+\s+){0,2}?"
                        r"(?:shootings?|killings?|homicides?|slayings?|murders?|stabbings?|"
                        r"robbery|robberies|carjackings?|home\s+invasions?|assaults?|attacks?|gunfire)\b", re.IGNORECASE)


# "Here is today's report", "in today's edition": the report's own day
_OWN_ISSUE_AFTER = re.compile(r"['’]s\s+(?:report|edition|issue|paper|newsletter|briefing|show|broadcast|newscast|podcast|"
                              r"episode|roundup|digest|update|headlines|news)\b", re.IGNORECASE)
# "since the Valentine's Day school shooting in Parkland": an earlier act the report measures from
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:the\s+|last\s+)?$", re.IGNORECASE)
# "since the start of the war in April 2023", "the death toll since October 2023", "since the war began on October 7,
# 2023": when a war's tally began, no act's day
_TALLY_START_BEFORE = re.compile(r"\b(?:since\s+(?:the\s+)?(?:start|beginning|outbreak)\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?"
                                 r"(?:war|conflict|fighting|hostilities|invasion)(?:\s+in)?|(?:toll|tally|count)\s+since|"
                                 r"since\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:war|conflict|fighting|hostilities|invasion)\s+"
                                 r"(?:began|started|broke\s+out|erupted)(?:\s+(?:on|in))?)\s+$",
                                 re.IGNORECASE)
# the start of what a relative clause tells going on ("Vovchansk, where Russian troops have been advancing since last
# week"): the scene's state, no day of the act
_LASTING_SINCE_BEFORE = re.compile(r"\b(?:where|which|who)\s+[^.;,]{0,50}?\b(?:has|have|had)\s+been\s+\w+ing\b[^.;,]{0,40}?"
                                   r"\bsince\s+(?:the\s+|last\s+)?$", re.IGNORECASE)
# the start of a campaign the act is measured against ("the deadliest attack since Washington began its campaign against
# the group last month", "since Israel launched its offensive in October"): when the campaign began, no day of the act
_BEGUN_SINCE_BEFORE = re.compile(r"\bsince\s+[^.;,]{0,60}?\b(?:began|started|launched|resumed|escalated|stepped\s+up)\s+"
                                 r"(?:(?:its|their|his|the|a|an)\s+)?[^.;,]{0,50}?$", re.IGNORECASE)
# "the second homicide since Saturday": the day of the first, another act
_NTH_SINCE_BEFORE = re.compile(r"\b(?:second|third|fourth|fifth|sixth|\d+(?:nd|rd|th))\b[^.;]{0,40}\bsince\s+(?:last\s+)?$",
                               re.IGNORECASE)
# "No shootings were reported on February 1st": a day without the act
_NONE_BEFORE = re.compile(r"\bno\s+(?:[\w-]+\s+)?(?:shootings?|homicides?|killings?|incidents?|murders?|deaths?|violence)\s+"
                          r"(?:were|was|have\s+been|had\s+been)\s+(?:reported|recorded|logged)\s+(?:on\s+)?$", re.IGNORECASE)


# the words _ACCOUNT_BEFORE, _FUTURE_BEFORE, _REPORTING_BEFORE, _STATE_BEFORE and _JUDICIAL_NEAR cannot match
# without: a plain look for them (see may_hold) spares most dates the searches of the text before them
_ACCOUNT_WORDS = ("documents", "records", "papers", "complaint", "affidavit", "indictment", "testimony", "established",
                  "allege", "state", "show", "according")
_FUTURE_WORDS = ("scheduled", "set", "slated", "expected", "planned", "will", "would", "hearing", "court", "arraign",
                 "funeral", "vigil", "service", "memorial", "trial", "appear", "sentenc", "until", "next", "due",
                 "starting", "begin", "by")
_REPORTING_WORDS = ("said", "says", "told", "reported", "announced", "stated", "confirmed", "added", "declared", "wrote",
                    "tweeted", "explained", "noted", "released", "published", "posted", "updated", "according",
                    "notified", "identified", "release", "statement", "conference", "briefing", "claimed", "denied",
                    "rose", "risen", "climbed", "increased", "jumped")
_STATE_WORDS = ("recover", "recuperat", "hospitali", "remain", "condition", "search", "look", "seek", "hunt",
                "investigat", "available", "of", "cancel", "closed", "continued", "news", "help", "asking")  # "as of"
_LIFE_WORDS = ("hired", "retired", "born", "graduated", "enlisted", "promoted", "married")
_JUDICIAL_WORDS = ("charg", "convicted", "sentenc", "guilty", "ple", "indict", "arraign", "jail", "prison", "parole",
                   "bail", "bond", "court", "hearing", "trial", "appeared", "booked", "extradit", "arrest", "custody",
                   "surrendered", "turned", "judge", "magistrate", "warrant", "punishment", "probation", "jury", "verdict",
                   "testified", "autops")


# a page's time stamp before the text: "Friday January 24, 2014 12:04 AM A Pike Township woman ..."
_STAMP_BEFORE = re.compile(r"\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?$", re.IGNORECASE)
_STAMP_AFTER = re.compile(r"\s*,?\s*(?:at\s+)?\d{1,2}:\d\d\b")


# "were released on Wednesday" after a captivity the report told: the captives' release, the act itself, not a
# statement or a name released that day ("the victims' names were released on Monday")
_CAPTIVES_RELEASED_BEFORE = re.compile(r"\b(?:was|were|been|being)\s+(?:\w+\s+)?released\s*(?:on\s+|late\s+|early\s+)?"
                                       r"(?:(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$", re.IGNORECASE)


# a wire's dateline: "BANGKOK, Aug 4 (Reuters) - ", "March 9 (Reuters) - ": the day the report was filed
_WIRE_DATELINE_AFTER = re.compile(r" \([A-Z][\w .&'’-]{0,30}\)\s*(?:—|–|--|-)\s")


# the day of a funeral or a vigil ("was laid to rest Saturday", "Mourners filled the church on Saturday for the funeral",
# "gathered Monday night for a candlelight vigil"): the dead mourned, not the day of the act
_MOURNING_BEFORE = re.compile(r"\b(?:laid\s+to\s+rest|(?:was|were)\s+buried|mourned)\s+(?:on\s+)?$", re.IGNORECASE)
_MOURNING_AFTER = re.compile(r"\s+(?:for|at)\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+)?"
                             r"(?:funeral|vigil|memorial\s+service|wake|homegoing)\b|"
                             # ... or of an appeal for help after it ("The family ... gathered Friday to ask the public
                             # for help"; not a protest's demand: "staged a sit-in on Wednesday to demand unpaid wages")
                             r"\s+to\s+(?:ask|plead|appeal)\b", re.IGNORECASE)


def _role(text: str, start: int, end: int) -> str:
    if start < 16 and _STAMP_BEFORE.fullmatch(text, 0, start) and _STAMP_AFTER.match(text, end):
        return "report"
    if text.startswith(" (", end) and _WIRE_DATELINE_AFTER.match(text, end):
        return "report"
    before = text[max(0, start - 45):start]
    lowered = before.lower()
    if ("no " in lowered and _NONE_BEFORE.search(before)) or (text[start:end].lower() == "today" and (
            _OWN_ISSUE_AFTER.match(text, end) or lowered.endswith("usa "))):  # or the paper "USA Today"
        return "report"
    act_after = _ACT_AFTER.match(text, end) is not None
    if act_after and _SINCE_BEFORE.search(before) or "since" in lowered and _NTH_SINCE_BEFORE.search(before):
        return "report"
    if "since" in lowered and (_TALLY_START_BEFORE.search(before) or
                               _LASTING_SINCE_BEFORE.search(text, max(0, start - 120), start)):
        return "background"
    if "since" in text[max(0, start - 120):start].lower() and \
            _BEGUN_SINCE_BEFORE.search(text, max(0, start - 120), start):
        return "background"
    if _CALLED_ACTION_NEAR.search(lowered) and _CALLED_ACTION_BEFORE.search(text, max(0, start - 110), start):
        return "future"  # "called a nationwide shutdown from Sunday": the call's day to come
    if act_after or (may_hold(before, lowered, _ACCOUNT_WORDS) and _ACCOUNT_BEFORE.search(before)):
        return "event"
    if _CAPTION_AFTER.match(text, end) or _POSTED_BEFORE.search(before):
        return "report"
    if may_hold(before, lowered, _FUTURE_WORDS) and _FUTURE_BEFORE.search(before):
        return "future"
    if "released" in lowered and _CAPTIVES_RELEASED_BEFORE.search(before) and \
            CAPTIVITY.search(text, max(0, start - 300), start):
        return "event"
    if (may_hold(before, lowered, _REPORTING_WORDS) and _REPORTING_BEFORE.search(before) and
            not ("reported" in lowered and _COMPLAINT_BEFORE.search(before))) or \
            _REPORTING_AFTER.match(text, end):
        return "report"
    if (may_hold(before, lowered, _STATE_WORDS) and _STATE_BEFORE.search(before)) or _STATE_AFTER.match(text, end):
        return "report"
    if ("rest" in lowered or "buri" in lowered or "mourn" in lowered) and _MOURNING_BEFORE.search(before) or \
            _MOURNING_AFTER.match(text, end):
        return "report"  # a funeral's or a vigil's day, after the act's
    if _JUDICIAL_AFTER.match(text, end):
        return "judicial"
    near = text[max(0, start - 60):start]
    lowered_near = near.lower()
    if may_hold(near, lowered_near, _JUDICIAL_WORDS) and (judicial := _JUDICIAL_NEAR.match(near)) and \
            not _ACT_IN_TAIL.search(judicial.group("tail")) and \
            not (judicial.group("custody") and _DEATH_IN_CUSTODY_BEFORE.search(
                text, max(0, start - 110), max(0, start - 60) + judicial.start("custody"))):
        return "judicial"
    if may_hold(near, lowered_near, _LIFE_WORDS) and (life := _LIFE_NEAR.match(near)) and \
            not _ACT_IN_TAIL.search(life.group("tail")):
        return "background"
    return "event"


def in_quotation(text: str, start: int) -> bool:
    """Inside someone's words ("I'm ready to die today", "It's not Fourth of July"): an open quotation
    mark in the paragraph before, not yet closed."""
    before = text[max(0, start - 300):start]
    before = before[before.rfind("\n") + 1:]
    if before.rfind("“") > before.rfind("”"):
        return True
    return before.count('"') % 2 == 1


def _stricter(a: str, b: str) -> str:
    """Of two readings of one date, the one that keeps it from dating the event."""
    for role in ("future", "report", "background", "recalled", "judicial"):
        if role in (a, b):
            return role
    return a


# in the sentence before a date: it is still to come ("ordered to next appear in court at 2 p.m. March 16",
# "will be arraigned before Judge X on March 29", "will be tried during the week of Nov. 3")
_PLAN_BEFORE = re.compile(r"\b(?:will|shall|next|scheduled|slated|set\s+(?:for|to)|due|expected|is\s+to|are\s+to|"
                          r"upcoming|week\s+of)\b", re.IGNORECASE)


# a full stop after a word (not "Robert B. Allison", "2 p.m. March 16") and a capital
_SENTENCE_END = re.compile(r"(?<=[a-z0-9]{2})[.!?]\s+(?=[A-Z\"“])")


def _planned(text: str, m: re.Match, start: dt.date, published: dt.date | None) -> bool:
    """A month and day with no year that fall after publication this year were taken for last year's;
    within a month ahead, or in a sentence that speaks of what is to come, they are this year's, a plan."""
    if published is None or not (m.group("single") or m.group("us") or m.group("mrange") or m.group("drange")):
        return False
    if m.group("y0") or m.group("yy0") or m.group("uy") or m.group("doty") or m.group("ry") or m.group("dry"):
        return False
    if start.year == published.year:
        return False
    this_year = _safe_date(published.year, start.month, start.day)
    if this_year is not None and (this_year - published).days <= 30:
        return True  # "is up on March 22" written on March 9: weeks ahead, not eleven months back
    before = text[max(0, m.start() - 150):m.start()]
    before = _SENTENCE_END.split(before)[-1]
    return bool(_PLAN_BEFORE.search(before))


def _not_a_date(text: str, m: re.Match) -> bool:
    """'5 1/2 ounces' is a fraction; '1/2 ... 2/2' numbers the pictures of a gallery; '24/7' is all the time."""
    if m.group(0) == "24/7" or re.search(r"\d\s+$", text[max(0, m.start() - 3):m.start()]):
        return True
    last = m.group("ud")
    return re.search(rf"(?<![\d/]){last}/{last}(?![\d/])", text) is not None


# a weekday that is no day of the report's week: "that Saturday morning" (a day of a time told before), "every Sunday",
# "each Friday" (not "a Thursday night shooting": that week's)
_NO_WEEK_DAY_BEFORE = re.compile(r"\b(?:[Tt]hat|[Ee]very|[Ee]ach)\s+$")
# a weekday inside a weekly event's or a promotion's name, which alliterates: "a fight at a Taco Tuesday event in Columbus
# on Thursday night", "a bar known for its Wing Wednesday specials", "the club's Thirsty Thursday" (not "the Senate
# Saturday voted": a verb after it; nor "in Tampa Tuesday": no article or possessive before)
_NAMED_DAY_BEFORE = re.compile(r"(?:\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|weekly|annual|at|during|for)|['’]s)"
                               r"\s+(?P<name>[A-Z][a-z]+)[\s-]+$")
_VERB_AFTER = re.compile(r"\s+(?:said|says|told|\w+ed)\b")


def _named_weekday(text: str, m: re.Match) -> bool:
    """Whether a bare weekday is part of a name (see _NAMED_DAY_BEFORE)."""
    start = m.start()
    if start < 2 or text[start - 2] in ".,;:!?\"”)" or m.end() != m.end("wd"):
        return False
    name = _NAMED_DAY_BEFORE.search(text, max(0, start - 30), start)
    return name is not None and name.group("name")[0] == text[start] and \
        name.group("name").lower() not in WEEKDAYS and not _VERB_AFTER.match(text, m.end())


# a weekday counted on from: "is due in court a week from Friday", "two weeks from Monday": a day ahead, no act's
_WEEKS_FROM_BEFORE = re.compile(r"\bweeks?\s+from\s+$")
# a weekday that names a kind, no day: "everyone in a Sunday state of mind", "a Friday mood", "a Sunday-dinner kind of
# crowd", "a Saturday night special" (a cheap handgun) (not "a Thursday night shooting": that week's)
_KIND_OF_DAY_AFTER = re.compile(r"[\s-]+(?:[a-z]+[\s-]+)?(?:state\s+of\s+mind|mood|feeling|vibe|(?:kind|sort)\s+of)\b|"
                                r"[\s-]+special\b")
# two mentions of one date side by side: "Sunday, Jan. 19", "Friday night (March 22)", "for a third day on Wednesday"
_ADJACENT = re.compile(r"\s*[,(]?\s*")
_AND = re.compile(r"\s+and\s+(?:on\s+)?")


# the count of days back to an act told after a later day ("died Sunday, two days after he was shot", "succumbed Monday,
# five days after the shooting", "Police said Monday, a day after a 17-year-old was shot and killed", "was laid to rest
# Saturday, a week after he was shot")
DAYS_AFTER_ACT = re.compile(r",?\s+(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?P<unit>days?|weeks?)\s+"
                            r"(?:after|since)\s+(?:(?:he|she|they|the\s+(?:man|woman|boy|girl|victim|teen\w*)|"
                            r"an?\s+(?:[\w'’-]+\s+){0,3}?(?:man|woman|boy|girl|teen\w*|\d{1,2}-year-old))\s+"
                            r"(?:was|were|had\s+been)\s+(?:fatally\s+)?(?:shot|wounded|stabbed|attacked|killed)|"
                            r"the\s+(?:fatal\s+)?(?:shooting|attack|stabbing))\b", re.IGNORECASE)


def days_back(after: re.Match) -> int | None:
    """The days a DAYS_AFTER_ACT match counts back."""
    n = words_to_int(after["n"])
    return n and n * (7 if after["unit"].lower().startswith("week") else 1)


def _act_days_before(text: str, d: DateMention) -> DateMention | None:
    """The act's own day counted back from the day a statement or an arrest was told on ("Police said Monday, a day
    after a 17-year-old was shot"): the act dated, the statement's day not."""
    after = DAYS_AFTER_ACT.match(text, d.end)
    if after is None or d.date_start != d.date_end or not (days := days_back(after)):
        return None
    day = d.date_start - dt.timedelta(days=days)
    return DateMention(after.start("n"), after.end(), day, day, 1, "event")


def counted_since(text: str, start: int) -> bool:
    """Whether the date at text[start] opens a span counted up to the report ("since Friday")."""
    return _SINCE_BEFORE.search(text, max(0, start - 12), start) is not None


# "on the eve of Sunday's election", "on the eve of the 9 March vote"
_EVE_BEFORE = re.compile(r"\beve\s+of\s+(?:the\s+)?$", re.IGNORECASE)


def _eve_of(m: re.Match, published: dt.date) -> dt.date:
    """The day before the one named, which may be the day after the report's ("struck on the eve of
    Monday's talks" in a Sunday report)."""
    day = _resolve(m, published + dt.timedelta(days=1))[0]
    return day - dt.timedelta(days=1)


_TOLD_SPAN_RE = re.compile(f"{_NTH_DAY}|{_WEEKDAY_SPAN}", re.IGNORECASE)


def counted_span(text: str, d: DateMention) -> bool:
    """Whether a mention counts its days up to the report or a day ("since Friday", "for a third day on
    Wednesday") or names its first and last ("between Friday and Sunday"): a toll over them all, not one day's
    in them."""
    return counted_since(text, d.start) or _TOLD_SPAN_RE.search(text, d.start, d.end) is not None


# the count of the year's acts the report's own is one of ("This was at least the fourth homicide in the city this year",
# "the second shooting in the township this year"): the calendar days told in the sentences after it are of the earlier
# ones it counts ("On Jan. 16, officers found a man ... Five days later, on Jan. 21, two more were shot"); or of a few
# days' ("It was the city's third shooting in 24 hours", "the second shooting this week"): so are the weekdays after it
# before the report's own act's day ("On Sunday, two men were killed outside a nightclub")
_COUNT_OF_ACTS = re.compile(r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+"
                            r"(?:[\w'’-]+\s+){0,2}?(?:homicides?|killings?|shootings?|murders?|slayings?)\b[^.;]{0,40}?"
                            r"\b(?:this\s+year|of\s+the\s+year|in\s+(?:19|20)\d\d|"
                            r"(?P<days>this\s+(?:week|weekend)|in\s+(?:(?:the\s+)?(?:past|last)\s+)?(?:24|48|72)\s+hours|"
                            r"in\s+(?:the\s+)?(?:past|last)\s+(?:two|three|four|five|several|few)\s+days))\b[^.;]*[.;]",
                            re.IGNORECASE)
_COUNTED_ACTS = ("homicide", "killing", "shooting", "murder", "slaying")  # _COUNT_OF_ACTS needs one
_COUNTED_PERIODS = ("year", "19", "20", "hours", "week", "days")  # ... and one of these
_RECALLED_DAY_LAG = 2  # days before the report's: a day that near may still be the report's own act's


def _acts_count(text: str, folded: str) -> re.Match | None:
    """The sentence that counts the year's or a few days' acts, if the report has one (see _COUNT_OF_ACTS)."""
    # (the period's words looked for in the folded text: the regex ignores the case, and blanks of any kind precede them)
    if not may_hold(text, folded, _COUNTED_PERIODS) or not may_hold(text, folded, _COUNTED_ACTS):
        return None
    return _COUNT_OF_ACTS.search(text)


# a day written before its month ("14 October", "4-10 Nov"), or after it ("October 14")
_MONTH_NAME = rf"(?:{_MONTH_WORDS})\b"
_DAY_MONTH = re.compile(rf"\b[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_NAME}")
_MONTH_DAY = re.compile(rf"\b{_MONTH_NAME}\.?\s+[0-3]?\d(?:st|nd|rd|th)?\b(?!\s+(?:people|persons|others|civilians|killed|were)\b)")


def find_dates(text: str, published: dt.date | None, folded: str | None = None) -> list[DateMention]:
    folded = fold(text) if folded is None else folded
    published = report_day(text, folded, published)
    mentions = []
    prev_weekday, prev_single, prev_nthday = False, False, None
    evenings, own_day_written = [], False  # (see _evening_of_own_day)
    count = _acts_count(text, folded) if published is not None else None
    count_end = count and count.end()
    own_day = None  # the day told of the report's own act before the count, if any
    holidays = []  # (see _holidays_of_one_year)
    # the way the report writes its days: "05/11" is the 5th of November in a brief that writes "4-10 Nov", "14 October"
    day_first = "/" in text and _DAY_MONTH.search(text) is not None and _MONTH_DAY.search(text) is None
    for m in DATE_RE.finditer(folded):  # (by the character before a word: see GroupsWhereFound)
        if m.group("wdmod") and m.group("wdmod").lower() == "next":
            continue
        if m.group("weekday") and (m.group("wdmod") or "").lower() != "on" and \
                _NO_WEEK_DAY_BEFORE.search(text, max(0, m.start() - 6), m.start()):
            continue  # (not "said that on Thursday, the man ...")
        if m.group("weekday") and not m.group("wdmod") and text.startswith("from ", m.start() - 5) and \
                _WEEKS_FROM_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue
        if m.group("weekday") and _KIND_OF_DAY_AFTER.match(text, m.end()):
            continue
        if m.group("weekday") and not m.group("wdmod") and _named_weekday(text, m):
            continue
        if m.group("holiday") and (_HOLIDAY_KIND_AFTER.match(text, m.end()) or
                                   text[m.start():m.end()].rstrip().lower() in ("christmas", "halloween") and
                                   _HOLIDAY_EVENT_AFTER.match(text, m.end())):
            continue
        past_midnight = bool(m.group("nye")) and _AFTER_MIDNIGHT_BEFORE.search(text, max(0, m.start() - 24), m.start()) is not None
        if m.group("nye") and not past_midnight and not _evening_after(text, m.end()):
            continue
        if m.group("us") and not (m.group("uy") or m.group("doty")) and _not_a_date(text, m):
            continue
        if m.group("nthday") and not _LASTING_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            continue
        if m.group("inmonth") and not (text[m.start("inm")].isupper() and
                                       (m.group("inpart") or m.group("inedge") or text[m.start()] == "I")):
            continue  # only a sentence's opening, "In March, ...", or a part of a month ("in mid-March"): a month
            # told mid-sentence is most often background
        resolved = _resolve(m, published, day_first)
        if resolved is None:
            continue
        start, end = resolved
        if past_midnight:
            start = end = start + _ONE_DAY  # "shots fired after midnight on New Year's Eve": New Year's Day
        if published is not None and start == end and _EVE_BEFORE.search(text, max(0, m.start() - 16), m.start()):
            start = end = _eve_of(m, published)
        if published is not None and start > published + dt.timedelta(days=1):
            continue  # after publication: a plan, or a misread year
        if _planned(text, m, start, published):
            continue
        if published is not None and end > published:
            end = max(start, published)
        role = _role(text, m.start(), m.end())
        if role == "event" and published is not None and start < published and counted_since(text, m.start()):
            end = published  # "has killed at least 56 people since Friday": from that day up to the report
        if (m.group("today") or m.group("holiday")) and in_quotation(text, m.start()):
            role = "report"  # a speaker's "today" is the day they spoke; a holiday in a quote is a figure of speech
        prev = mentions[-1] if mentions else None
        adjacent = prev is not None and _ADJACENT.fullmatch(text, prev.end, m.start()) is not None
        if adjacent and m.group("nthday") and prev.date_start == prev.date_end:
            # "continued on Sunday for a third straight day": the days up to the one told
            prev.date_start, prev.end = counted_days(m, prev.date_end), m.end()
            prev.precision = precision_of(prev.date_start, prev.date_end)
            continue
        if adjacent and prev_nthday is not None and start == end:
            # "raged for a third day on Wednesday": likewise, one mention from "for"
            first = counted_days(prev_nthday, end)
            mentions[-1] = DateMention(prev.start, m.end(), first, end, precision_of(first, end), role)
            prev_weekday, prev_nthday = False, None
            continue
        if prev is not None and prev_single and m.group("single") and start == end and \
                prev.date_start == prev.date_end and (start - prev.date_end).days == 1 and \
                _AND.fullmatch(text, prev.end, m.start()):
            # "on Sept. 30 and Oct. 1", "on 31 May and 1 June": two days in a row told as one span (as "May 16 and
            # 17" or "Friday and Saturday" are)
            prev.date_end, prev.end = end, m.end()
            prev.precision = precision_of(prev.date_start, end)
            prev.role = _stricter(prev.role, role)
            prev_single = False
            continue
        if adjacent:
            if prev.date_start <= start <= prev.date_end:
                prev.role = role = _stricter(prev.role, role)  # "Sunday, Jan. 19": one date, one role
            elif prev_weekday and (m.group("single") or m.group("us") or m.group("iso")) and \
                    (start.month, start.day) != (prev.date_start.month, prev.date_start.day) and \
                    start.weekday() == prev.date_start.weekday():
                # "on Wednesday, Jan. 22" read a week after: the written date says which Wednesday
                # (unless only its year differs: "Thursday, Jan. 2, 2013" in January 2014 is a slip;
                # or it falls on another weekday: in "Friday night (March 22)" one of the two is a slip,
                # and the weekday, written from the reporter's own week, is the likelier right)
                prev.date_start, prev.date_end = start, end
                prev.role = role = _stricter(prev.role, role)
            elif prev_weekday and (m.group("single") or m.group("us")) and (start - prev.date_start).days in (-1, 1) \
                    and start.weekday() != prev.date_start.weekday():
                start, end = prev.date_start, prev.date_end  # the slip: the written date takes the weekday's
                prev.role = role = _stricter(prev.role, role)
        if count_end is not None and role == "event" and start == end:
            if m.start() < count_end:
                own_day = own_day or start
            elif (m.group("single") or m.group("us") or m.group("iso")) and \
                    (start - published).days <= -_RECALLED_DAY_LAG and (own_day is None or start < own_day) or \
                    count["days"] and m.group("weekday") and own_day is not None and start < own_day:
                role = "recalled"  # an earlier act of the count, not the report's
        # ("this month" on the 1st is still a month told, no day: "when her term ends this month")
        precision = 4 if m.group("thismonth") and start == end else precision_of(start, end)
        mentions.append(DateMention(m.start(), m.end(), start, end, precision, role))
        if m.group("holiday"):
            holidays.append((mentions[-1], m))
        if start == end and published is not None and published - start <= _ONE_DAY:  # (the day or the one before)
            if m.group("tonight"):
                evenings.append(mentions[-1])
            elif start == published and role != "future" and \
                    (m.group("weekday") or m.group("single") or m.group("us") or m.group("iso")):
                own_day_written = True
        if role in ("report", "judicial") and " after " in text[m.end():m.end() + 26] and \
                (act_day := _act_days_before(text, mentions[-1])) is not None:
            mentions.append(act_day)
        prev_weekday = bool(m.group("weekday"))
        prev_single = bool(m.group("single"))
        prev_nthday = m if m.group("nthday") else None
    if len(holidays) > 1:
        _holidays_of_one_year(holidays)
    if own_day_written:
        _evening_of_own_day(evenings, published)
    _dateline_gives_way(text, mentions)
    return mentions


_ONE_DAY = dt.timedelta(days=1)


def _evening_of_own_day(evenings: list[DateMention], published: dt.date) -> None:
    """"Tonight" and "this evening" fall the day before publication when the report is stamped the morning after it was
    written (see _resolve); a report that names the publication day itself as one told of ("Deputies seized a rifle this
    evening ... The stop came at 7 p.m. on Friday, June 14" published on Friday the 14th) was written on that day, and
    its evening is that day's."""
    eve = published - _ONE_DAY
    for d in evenings:
        if d.date_start == d.date_end == eve:
            d.date_start = d.date_end = published


# a dateline "INDIANAPOLIS (Feb. 13, 2014) -- A man was shot ... Wednesday night", "MOGADISHU, June 14 (Reuters) -
# Al Shabaab fighters overran a base on Monday", "QUETTA, Pakistan, March 4 -", "BENI, Democratic Republic of Congo,
# Feb 10 -": the report's date
_DATELINE = re.compile(r"\(\s*$|^[ \t]*[A-Z][A-Z .'’-]+,(?:\s*[A-Z][\w.'’-]*(?:\s+(?:of\s+|the\s+){0,2}[A-Z][\w.'’-]*){0,3},)?"
                       r"\s*$", re.MULTILINE)
_DATELINE_REACH = 60  # (the longest country's name and the town's before a date)
_DATELINE_END = re.compile(r"\s*(?:\)|\([^)]{1,30}\))?\s*(?:[-–—]|--)")
# the body's opening dateline, up to its date: "GOMA, June 15 (Reuters) -", "BAMAKO, 16 June 2025 (OCHA) –"
_DATELINE_OPENING = re.compile(r"^[ \t]*[A-Z][A-Z .'’-]+,(?:\s*[A-Z][\w.'’-]*(?:\s+(?:of\s+|the\s+){0,2}[A-Z][\w.'’-]*){0,3},)?"
                               r"[ \t]*(?=\d|[A-Z][a-z])", re.MULTILINE)
_DATELINE_OPENING_REACH = 400  # (a title and the dateline's line)
_DATELINE_LAG = 10  # days: a situation report or a wire story posted later, not a misread


def _dateline_openings(text: str):
    """_DATELINE_OPENING.finditer(text, 0, _DATELINE_OPENING_REACH), tried only where a line starts (re tries its "^" as a
    match of its own at every character)."""
    line = 0
    while line < _DATELINE_OPENING_REACH:
        opening = _DATELINE_OPENING.match(text, line, _DATELINE_OPENING_REACH)
        if opening is not None:
            yield opening
        line = text.find("\n", line if opening is None else opening.end(), _DATELINE_OPENING_REACH) + 1
        if line == 0:
            return


def report_day(text: str, folded: str, published: dt.date | None) -> dt.date | None:
    """The day the report was written, which its relative dates count from: the opening dateline's date when it
    falls a few days before publication ("BAMAKO, 16 June 2025 (OCHA) – On Wednesday ..." posted on the 19th is
    the 11th's), else the publication's."""
    if published is None:
        return None
    for opening in _dateline_openings(text):
        m = DATE_RE.match(folded, opening.end())  # (a date right after it: no search of the text beyond)
        if m is None or not _DATELINE_END.match(text, m.end()):
            continue
        written = _resolve(m, published)
        if written is not None and written[0] == written[1] and \
                published - dt.timedelta(days=_DATELINE_LAG) <= written[0] < published:
            return written[0]
        return published
    return published


def _dateline_gives_way(text: str, mentions: list[DateMention]) -> None:
    """A dateline's date is the report's when the sentence it opens dates the act itself, or tells the day before it
    of a claim ("SANAA, Nov 1 (Reuters) - Yemen's Houthis said on Tuesday they had fired a missile": the filing day,
    after the claim's, which dates the act when nothing else does)."""
    for i, d in enumerate(mentions):
        if d.role != "event" or not _DATELINE.search(text, max(0, d.start - _DATELINE_REACH), d.start) or \
                not _DATELINE_END.match(text, d.end):
            continue
        for later in mentions[i + 1:]:
            if _SENTENCE_END.search(text, d.end, later.start):
                break
            if later.role == "event" and later.date_start != d.date_start or \
                    later.role == "report" and later.date_start < d.date_start:
                d.role = "report"
                break


# a time of day: "about 9:40 p.m.", "11:20pm", "midnight"
_TIME_OF_DAY = re.compile(r"\b(?:(?P<hour>1[0-2]|0?[1-9])(?::[0-5]\d)?\s*(?P<half>[ap])\.?m\b|midnight\b)", re.IGNORECASE)
LATE_EVENING_HOUR = 21


_NIGHT_WORDS = ("night", "overnight", "evening", " into ")
SMALL_HOURS_END = 5  # up to 5:59 a.m.: still the night's
EVENING_START = 18  # from 6 p.m.: the night's first day


def night_side(text: str, d: DateMention) -> DateMention:
    """A night across two named days ("overnight Friday into Saturday", "Saturday night and Sunday morning")
    is one calendar day once the report gives its time: the first time of day told after the mention (else
    before it) in the small hours dates the second day, one in the evening the first ("overnight Friday into
    Saturday ... at about 1:15 a.m.": Saturday). Midnight itself, or a time by day, says nothing."""
    if (d.date_end - d.date_start).days != 1:
        return d
    said = text[d.start:d.end].lower()
    if not any(w in said for w in _NIGHT_WORDS) or not any(day in said for day in WEEKDAYS):
        return d  # (a bare "overnight" counts from a publication stamp that is often the next day's: see "tonight")
    m = _TIME_OF_DAY.search(text, d.end) or _TIME_OF_DAY.search(text, 0, d.start)
    if m is None or not m.group("hour"):
        return d
    hour = int(m.group("hour")) % 12 + (12 if m.group("half").lower() == "p" else 0)
    if hour <= SMALL_HOURS_END:
        day = d.date_end
    elif hour >= EVENING_START:
        day = d.date_start
    else:
        return d
    return DateMention(d.start, d.end, day, day, 1, d.role)


def undated_day(text: str, published: dt.date) -> dt.date:
    """The day of an act the report gives no day for: the publication's, unless the first time of day the
    report gives is late in the evening (9 p.m. to midnight): a story written that late carries the next
    day's date once published, as with "tonight" (see _resolve). Earlier evening hours are left to the
    publication's day: on the development sets they went either way. An opening dateline's earlier day
    stands for the publication's (see report_day)."""
    published = report_day(text, fold(text), published)
    m = _TIME_OF_DAY.search(text)
    if m is not None and m.group("hour") and m.group("half").lower() == "p" and \
            int(m.group("hour")) % 12 + 12 >= LATE_EVENING_HOUR:
        return published - dt.timedelta(days=1)
    return published


def parse_published(value) -> dt.date | None:
    """An ISO date or datetime string (or a date) -> date; anything else -> None."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None
