"""Event assembly: one candidate per sentence that reports an act, then candidates that describe the
same incident (same ACLED type, compatible actors and place) merged into one event.

Every field keeps the span it was read from; a field filled from elsewhere in the report (a date
from a neighbouring sentence is still evidence; an actor guessed from the report's other party, or
the publication date standing in for an unstated date, is not) is listed in `inferred`.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from itertools import chain
from dataclasses import dataclass, field, replace

from .actors import (ARMED_GROUP_INTERS, ARMED_INTERS, CIVILIANS, EXTERNAL, IDENTITY, OF_THE, STATE_INTERS, Actor,
                     ActorMention, alias_table, country_codes, find_actors)
from .casualties import (ABDUCTED, past_taking_clauses, ARMED_GROUP, MISSING, PERPETRATOR, SITE_IN, STATE_FORCES, CasualtyMention, Count,
                         combine, combine_other, counted_mentions, find_casualties, named_among, period_tally,
                         victim_category)
from .dates import MONTH_NAMES, DateMention, counted_span, find_dates, in_quotation, undated_day
from .incidents import SUMMARY, background_sentences, chronicle_sentences, incident_blocks
from .matching import fold, holds_case_odd, may_hold
from .numbers import words_to_int
from .event_types import (BODIES_FOUND, BATTLES, BOMBING, EXPLOSIONS, INTERCEPTION, LAUNCH, LETHAL, PROTESTS, RELEASE,
                          IRREALIS_BEFORE, REPELLED_ASSAULTS, RIOT, RIOTS, STORMING, TEST_LAUNCH,
                          STRATEGIC, TERRITORY, VIOLENCE_CIV, Trigger, after_accident, find_triggers, in_title,
                          resolve_sub_type, trigger_at)
from .places import COUNTRY_PRECISION, WATER_PRECISION, PlaceCandidate, compatible, country_scene, place_candidates
from .sentences import sentence_spans

VIOLENT_TYPES = (BATTLES, EXPLOSIONS, VIOLENCE_CIV)
_PAST = re.compile(r"\b(?:was|were|has|have|had|did|saw|took|left|hit|struck|\w{3,}ed)\b", re.IGNORECASE)
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|got)\s+(?:\w+\s+)?$", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"\b(?:that|who|which|when|while|after|because|as|if|they|he|she|we)\b|[,;:]", re.IGNORECASE)
# "by a group of gunmen", "by fighters of the CODECO militia", "by unidentified gunmen" (and told by their ride: "shot
# dead by motorcycle-riding gunmen", "by unidentified motorcycle-borne assailants")
_GROUP_OF = r"(?:(?:group|band|gang|squad|unit|number|fighters|members|militiamen)\s+of\s+(?:the\s+)?)?" \
    r"(?:(?:unidentified|unknown|suspected|masked|hooded|paramilitary|rebel|militant|jihadist|islamist|separatist|" \
    r"[a-z]+-(?:riding|borne|wielding|toting))\s+){0,2}"
_COUNTRYS = r"(?:(?-i:[A-Z])[\w-]*['’]s\s+)?"  # "by Yemen's Houthis", "by Sudan's army"
_AGENT_BEFORE = re.compile(rf"\b(?:by|from)\s+(?:the\s+|an?\s+)?{_GROUP_OF}{_COUNTRYS}$", re.IGNORECASE)
_TARGET_BEFORE = re.compile(r"\b(?:against|on|targeting|targeted|at)\s+(?:the\s+)?(?:positions\s+of\s+(?:the\s+)?)?$",
                            re.IGNORECASE)
# "killed by X", "an airstrike delivered by X" (but not "areas still occupied by X")
_BY_LINK = re.compile(r"(?:\s+and\s+(?:\w+ly\s+)?\w+ed)?\s*(?:(?:\w+ly\s+)?(?:carried\s+out|delivered|conducted|launched|staged|led|executed|"
                      r"perpetrated|claimed|fired|planted|laid|detonated|thrown|hurled|deployed|operated|flown|dropped)\s+)?"
                      r"(?:by\s+(?:[\w-]+\s+)?fire\s+)?"  # "killed by sniper fire from Armenian positions"
                      r"(?:by|from)\s+(?:the\s+|an?\s+)?" + _GROUP_OF + _COUNTRYS,
                      re.IGNORECASE)
# a named act's victims, then its doer: "the rape of at least 18 women by fighters of the CODECO militia"
_VICTIMS_BY_LINK = re.compile(r"\s+of\s+[^,;.()]{1,40}?\s+by\s+(?:the\s+|an?\s+)?" + _GROUP_OF + _COUNTRYS, re.IGNORECASE)
_PITTED = re.compile(r"\s+(?:has\s+|had\s+)?pitted\s+(?:the\s+)?", re.IGNORECASE)
_OF_LINK = re.compile(r"\s+(?:of|by)\s+(?:the\s+)?(?:[\w-]+\s+)?", re.IGNORECASE)
# acts with one party only: the second actor would be a guess
ONE_SIDED = ("Change to group/activity", "Headquarters or base established", "Other", "Peaceful protest")
_DAYS_APART = re.compile(r"\b(?:the\s+(?:following|next)\s+day|the\s+day\s+after|a\s+day\s+later|"
                         r"(?P<n>two|three|four|five|2|3|4|5)\s+days\s+later|"
                         r"(?P<before>the\s+(?:previous|preceding)\s+day|the\s+day\s+before|a\s+day\s+earlier|"
                         r"(?P<nb>two|three|four|five|2|3|4|5)\s+days\s+earlier))\b", re.IGNORECASE)
# "A day earlier, a drone strike killed ...", "The next day, ...": a sentence that opens on another day tells another act
_DAYS_APART_OPENING = re.compile(r"\W*" + _DAYS_APART.pattern, re.IGNORECASE)
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
                            r"convict|jail|guilty", re.IGNORECASE)  # one of them, or no past act
_PAST_ACT_WORDS = ("after", "since", "anniversary", "response", "retaliation", "revenge", "followed", "sentenc", "convict",
                   "jail", "guilty")
_YEAR_LIKE = re.compile(r"(?:19|20)\d\d")


def _past_act_hint(text: str, folded: str, start: int, end: int) -> bool:
    """Whether _PAST_ACT_HINT matches in text[start:end] (folded: fold(text)): a plain look for its words and a
    case-free search for its years (re skips to the digits at once); the full case-insensitive search, tried at
    every character, only for a sentence with a letter that re.IGNORECASE matches to another (see matching)."""
    lowered = folded[start:end]
    for word in _PAST_ACT_WORDS:
        if word in lowered:
            return True
    if _YEAR_LIKE.search(text, start, end):
        return True
    return holds_case_odd(text[start:end]) and _PAST_ACT_HINT.search(text, start, end) is not None


_ACT_NOUN = re.compile(rf"(?:chemical\s+)?{_ACT_NOUNS}", re.IGNORECASE)
# an act named by its noun and dated by a year after its place ("killings in West Darfur in 2023", "the attack on the
# mall in 2013"; not a span of years, "in 2020-2022")
_IN_YEAR_AFTER = re.compile(r"s?(?:\s+(?:of|in|on|at|near|across|against)\s+[^.;,]{0,50}?)?\s+in\s+(?:(?:early|late|mid)[\s-]+)?"
                            r"(?:19|20)\d\d\b(?!\s*[-–/]\s*\d)", re.IGNORECASE)
_PAST_ACT_REST = re.compile(r"[^.;]{0,60}")
_PAST_ACT_CLAUSE = re.compile(_CLAUSE_HEAD + r"(?:killed|left|claimed|wounded|injured)[^.;]{0,60}", re.IGNORECASE)
# the act a reprisal answers, found by its noun where no trigger is read in it ("in response to an attack that killed
# two soldiers on Thursday")
_CAUSE_NOUN = re.compile(r"\bin\s+(?:response|retaliation|revenge)\s+(?:to|for)\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,3}?"
                         rf"(?P<noun>{_ACT_NOUN.pattern})\b", re.IGNORECASE)


# what else was happening when the act came: "The attack came as Prime Minister Modi was sworn in in New Delhi", "came
# days before a visit by the president to Manila"
_CAME_WHILE_AFTER = re.compile(r"\s+(?:came|comes)\s+(?:(?:just|shortly|only|hours|days|weeks|a\s+day|a\s+week)\s+)?"
                               r"(?:as|amid|ahead\s+of|during|before|while|on\s+the\s+eve\s+of)\s", re.IGNORECASE)


# the act an act followed, told as a clause of its own: "The operation came after militants ambushed a police convoy
# on Wednesday, killing four policemen", "The raid followed an attack on a checkpoint on Monday that killed two"
# (an act after a time is no act: "happened shortly after 3 p.m. Sunday"; what follows is an act's only where an act
# does it: not "Police followed a blood trail")
_CAUSE_AFTER = re.compile(r"\b(?:came|comes|happened|occurred)\s+(?:(?:just|shortly|soon|hours|days|a\s+day)\s+)?after\s+"
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
_AFTER = re.compile(r"\bafter\s+(?!\d|(?:midnight|noon|dawn|dusk|sunset|sunrise|daybreak|nightfall|that|this)\b)",
                    re.IGNORECASE)


def _recalled_causes(text: str, start: int, end: int, triggers: list[Trigger]) -> list[tuple[int, int]]:
    """The spans of the acts a sentence's reprisals answer, each with its "that killed ..." clause, and of the acts
    it says it came after, or its crowd's act came after (triggers: the sentence's), each to its clause's end."""
    spans = []
    for m in _CAUSE_NOUN.finditer(text, start, end):
        clause = _PAST_ACT_CLAUSE.match(text, m.end(), end)
        spans.append((m.start("noun"), clause.end() if clause else m.end()))
    crowd = next((t for t in triggers if t.rule.sub_event_type in _ACTS_AFTER_CAUSES and
                  not text[t.start:t.end].lower().startswith(_FLIGHT)), None)
    for m in chain(_CAUSE_AFTER.finditer(text, start, end),
                   _AFTER.finditer(text, crowd.end, end) if crowd is not None else ()):
        stop = text.find(";", m.end(), end)
        spans.append((m.end(), end if stop < 0 else stop))
    return spans


def _recalled_act(text: str, folded: str, i: int, span: tuple[int, int], triggers: list[Trigger],
                  casualties: list[CasualtyMention], dates: list[DateMention], actors: list[ActorMention],
                  places_by_sentence: dict[int, list[PlaceCandidate]], block: int) -> _Candidate | None:
    """The act a reprisal answers (span: _recalled_causes), an incident of its own when its clause tells both its
    day and its toll ("in response to an attack on Djibo on Saturday in which jihadists had killed 30 soldiers"); an
    act told with no day ("in response to a strike that killed one of its commanders") is only the reprisal's cause."""
    lo, hi = span
    toll = [replace(m, background=False) for m in casualties if lo <= m.start < hi and m.kind in ("killed", "wounded")]
    days = [d for d in dates if lo <= d.start < hi]
    # (its noun: "an attack that killed two soldiers" may hold no trigger read in context)
    trigger = next((t for t in triggers if t.start == lo), None) or trigger_at(folded, lo)
    # (its parties are told about the verb of its clause: "an attack on Djibo, where jihadists had killed 30 soldiers";
    # or a clause is the act, told about its first act: "came after militants ambushed a police convoy")
    verb = next((t for t in triggers if lo < t.start < hi and (trigger is None or not t.rule.noun)), trigger)
    trigger = trigger or verb
    if not toll or not days or trigger is None:
        return None
    own = [m for m in actors if lo <= m.start < hi]
    a1, a2 = _assign_roles(text, verb, own, toll)
    event_type, sub = _sub_type(trigger.rule, a1, a2, toll)
    in_span = {**places_by_sentence, i: [c for c in places_by_sentence.get(i, ()) if lo <= c.start < hi]}
    place, place_key = _choose_place(text, i, in_span, trigger, event_type, sub, doer=a1)
    return _Candidate(i, span, trigger, a1, a2, toll, min(days, key=lambda d: abs(d.start - trigger.start)), 0,
                      place, place_key, event_type, sub, block, separate=True, named=tuple(m.actor for m in own))


# an act that only dates a time told just before it: "since October 8, a day after its ally Hamas attacked Israel"
_DATE_ANCHOR_BEFORE = re.compile(r"\b(?:since|from|on|until)\s+[^,.;]{2,30},\s+(?:a|one|the|two|three|four|five|\d+)\s+"
                                 r"(?:days?|weeks?|months?)\s+(?:after|before)\s+(?:[\w'’-]+\s+){0,5}$", re.IGNORECASE)
# a sentence's last clause, on the act it came after: ", a day after a Houthi missile", ", hours after gunmen"
_DAYS_AFTER_BEFORE = re.compile(r",\s+(?:(?:a|one|two|three|four|five|six|\d+|just|only)\s+)?(?:days?|hours?|weeks?)\s+"
                                r"after\s+(?:[\w'’-]+\s+){0,5}$", re.IGNORECASE)
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
_BEGAN_AFTER = re.compile(r"\s+(?:first\s+)?(?:began|started|erupted|broke\s+out|flared)\b", re.IGNORECASE)
_SINCE_BEGAN = re.compile(r"\bsince\s+(?:[^.;:]{0,80}?\s)?(?:first\s+)?(?:began|started|erupted|broke\s+out|flared)\b",
                          re.IGNORECASE)


# what a court judges, after its verdict: "sentenced five soldiers to life in prison for the killing of 12 civilians in
# 2023", "upheld the conviction of a man who helped the driver of the truck that killed 86 people", "jails man over
# 2016 attack": an act recalled, the verdict no act of violence
# (up to a verb of the sentence's own news: "A man convicted for killing his girlfriend in 2000 is facing charges of
# shooting at a woman late Monday"; not "a convicted felon")
_NEWS_VERB = r"(?!\b(?:is|are|has|have|faces|facing|accused|charged)\b)[^.;]"
_JUDGED_BEFORE = re.compile(r"\b(?:sentenc(?:ed|es|ing)|convict(?:ed|s|ions?)|jail(?:s|ed)|found\s+(?:[\w'’-]+\s+){0,6}?guilty|"
                            r"guilty\s+verdicts?)\b(?!\s+(?:felons?|sex\s+offenders?|criminals?)\b)"
                            rf"{_NEWS_VERB}*?\b(?:for|over|of|in)\b{_NEWS_VERB}*$", re.IGNORECASE)
_NEWS_AFTER = re.compile(r"\b(?:is|are|has|have|was|were|faces|facing)\b", re.IGNORECASE)
_WAS = re.compile(r"\b(?:was|were)\b", re.IGNORECASE)
_RELATIVE_BEFORE = re.compile(r"\b(?:which|where|whom|who|that)\b(?:[^,;]|,(?=\d))*$", re.IGNORECASE)


def _judged(text: str, trigger: Trigger, sentence_start: int) -> bool:
    """Whether the act is what a verdict is for (see above), and no news of the convicted told after it ("a man convicted
    of robbery in 2010 was arrested on Monday"; but "the massacre, in which 1,700 cadets were killed")."""
    verdict = _JUDGED_BEFORE.search(text, max(sentence_start, trigger.start - 200), trigger.start)
    return verdict is not None and all(_RELATIVE_BEFORE.search(text, verdict.start(), v.start())
                                       for v in _WAS.finditer(text, verdict.start(), trigger.start))


# what an anniversary marks: "gathered to mark 31 years since the 1994 genocide in which about 800,000 people were
# killed", "to mark three years since the town's liberation, where Russian troops killed"
_MARKED_BEFORE = re.compile(r"\bmark(?:s|ed|ing)?\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:anniversary|(?:years?|months?|decades?)\s+"
                            r"since)\b[^.;]*$", re.IGNORECASE)


def _past_act(text: str, trigger: Trigger, sentence_start: int) -> tuple[int, int] | None:
    """The span of an act the sentence only recalls (from its word to the end of its clause), or None: one told as a
    point in time, or what a verdict is for or an anniversary marks."""
    return _past_act_in_time(text, trigger, sentence_start) or _judged_or_marked(text, trigger, sentence_start)


def _judged_or_marked(text: str, trigger: Trigger, sentence_start: int) -> tuple[int, int] | None:
    """The span of an act a verdict is for or an anniversary marks (see _JUDGED_BEFORE, _MARKED_BEFORE), or None."""
    if not (_judged(text, trigger, sentence_start) or
            _MARKED_BEFORE.search(text, max(sentence_start, trigger.start - 120), trigger.start)):
        return None
    end = _PAST_ACT_REST.match(text, trigger.end).end()
    # (to the news of the convicted: "... in 2010 was arrested"; not "the massacre, in which 1,700 were killed")
    news = next((v.start() for v in _NEWS_AFTER.finditer(text, trigger.end, end)
                 if not _RELATIVE_BEFORE.search(text, trigger.start, v.start())), end)
    return trigger.start, news


def _past_act_in_time(text: str, trigger: Trigger, sentence_start: int) -> tuple[int, int] | None:
    """The span of an act the sentence only recalls as a point in time, or None: the act's noun itself ("the 2016
    Karrada bombing"), or the verb of the clause after it ("that killed")."""
    if (trigger.rule.noun or text.endswith("ing", trigger.start, trigger.end)) and \
            (year := _IN_YEAR_AFTER.match(text, trigger.end)) is not None:
        return trigger.start, year.end()  # "a campaign of ethnic killings in West Darfur in 2023": a year's acts, recalled
    before = _PAST_ACT_BEFORE.search(text, max(sentence_start, trigger.start - 120), trigger.start)
    if before is None:
        lo = max(sentence_start, trigger.start - 40)
        if text.find("ince", lo, trigger.start) >= 0 and _SINCE_BEFORE.search(text, lo, trigger.start):
            if _BEGAN_AFTER.match(text, trigger.end):
                return trigger.start, trigger.end  # "killed since the clashes began": when a tally starts
            if _ACT_NOUN.fullmatch(text, trigger.start, trigger.end):
                return trigger.start, trigger.end  # "has surged since the Hamas attack on Oct. 7": a time, no act told
        # "since October 8, a day after Hamas attacked Israel", "..., two days after a missile landed near the
        # airport": to the clause's end
        lo = max(sentence_start, trigger.start - 90)
        if (text.find(" after ", lo, trigger.start) >= 0 or text.find(" before ", lo, trigger.start) >= 0) and \
                (_DATE_ANCHOR_BEFORE.search(text, lo, trigger.start) or _DAYS_AFTER_BEFORE.search(text, lo, trigger.start)):
            return trigger.start, _PAST_ACT_REST.match(text, trigger.end).end()
        return None
    if before.group("clause"):  # the verb of "the 2016 bombing that killed ...": to the clause's end
        return trigger.start, _PAST_ACT_REST.match(text, trigger.end).end()
    if before.group("span") and not trigger.rule.noun:
        return trigger.start, _PAST_ACT_REST.match(text, trigger.end).end()  # "Eleven years after Boko Haram abducted"
    if not _ACT_NOUN.fullmatch(text, trigger.start, trigger.end):
        return None
    clause = _PAST_ACT_CLAUSE.match(text, trigger.end)  # the noun, and its "that killed ..." clause
    return trigger.start, clause.end() if clause else trigger.end


# a seizure's verb: by an armed group, what it took in a raid
_WITH_BEFORE = re.compile(r"\bwith\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)
_SPELL_OF_BEFORE = re.compile(r"\b(?:years?|months?|weeks?|days?|decades?)\s+of\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_TAKEN = re.compile(r"(?:seized|recovered|confiscated|found)\b", re.IGNORECASE)
_EPISODE_BEFORE = re.compile(r"\b(?:hours|days|nights|weeks|months)\s+of\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
# a sentence that opens on its act's noun, told again by a verb after the comma ("In a reprisal attack, ...")
_OPENING_ACT = re.compile(r"\W*(?:in|during)\s+(?:(?:a|an|the|another|one)\s+)?(?:[\w'’-]+\s+){0,3}", re.IGNORECASE)
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
_CLAIMED_AFTER = re.compile(r"(?:\s+\([^()]{1,20}\))?(?:,\s+(?:(?:the|an?|(?:[\w-]+\s+)?[\w-]+['’]s)\s+[^,.;()]{1,60}|"
                            r"which\s+[^,.;()]{1,80}),)?\s+(?:\([^()]{1,20}\)\s+)?(?:[\w-]+\s+){0,2}?"
                            r"(?:(?:has\s+|have\s+|had\s+)?claimed\s+(?:responsibility|credit|the\s+"
                            r"(?:attack|bombing|killing|killings|assault|strike|ambush|abduction|kidnapping|"
                            # (a launch: "Islamic Jihad's armed wing claimed the launch", "claimed the rocket fire")
                            r"launch|launches|rocket\s+fire|shooting|stabbing))|"
                            # ("Islamic State Sahel Province said on Friday it was behind an attack that killed 34")
                            r"said\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:it|they)\s+(?:was|were)\s+(?:behind|responsible\s+for))\b",
                            re.IGNORECASE)
# ... or told in the passive: "The attack was claimed by Islamic State Khorasan Province", "a bombing claimed by JNIM",
# "The strike, which killed 12, was carried out by the RSF", "a drone attack blamed on the CJNG"
# (and the weapon's users told as its agent: "the explosives were dropped by FARC dissidents", "a mine planted by ...")
_CLAIMED_BY_BEFORE = re.compile(r"\b(?:(?:claimed|carried\s+out|perpetrated|dropped|planted)\s+by|blamed\s+on)\s+(?:the\s+)?"
                                r"(?:(?:fighters|members|militants|guerrillas|elements)\s+of\s+(?:the\s+)?)?$",
                                re.IGNORECASE)
# ... or says it did it: "The U.S. military said it carried out the strike", "Houthi military spokesman Yahya Saree said
# the group had targeted the ship", "JNIM said in a statement that its fighters had ambushed the convoy"
_OWNED_AFTER = re.compile(_SPOKESMAN +
                          # (an apposition between: "JNIM, al Qaeda's affiliate in the Sahel, said it had seized the camp")
                          r"(?:,\s+(?:the|an?|(?:[\w-]+\s+)?[\w-]+['’]s)\s+[^,.;()]{1,60},)?\s+said\s+" + _SAID_ON + r"(?:that\s+)?" + _CLAIMER +
                          r"(?:had\s+|has\s+|have\s+)?(?:\w+ly\s+)?" + _CLAIMED_VERB)
_BLAMED_BEFORE = re.compile(r"\b(?:blam(?:ed|es|ing)\s+(?:the\s+(?:[\w-]+\s+)?(?:attacks?|bombings?|killings?|"
                            r"massacres?|blasts?|explosions?)\s+on\s+)?|attribut(?:ed|es|ing)\s+the\s+(?:[\w-]+\s+)?"
                            r"(?:attacks?|bombings?|killings?|massacres?|blasts?|explosions?)\s+to\s+"
                            # ("attributed the killings to a war between rival factions of the Sinaloa Cartel")
                            r"(?:(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:war|feud|dispute|rivalry|conflict|fighting|infighting)\s+"
                            r"(?:between|among|within)\s+(?:the\s+)?(?:two\s+)?(?:(?:rival|warring|competing)\s+)*"
                            r"(?:factions|wings|cells|groups)\s+(?:of|in|within)\s+)?|"
                            # ("an attack that the Ombudsman's Office attributed to FARC dissidents")
                            r"attribut(?:ed|es|ing)\s+to\s+)(?:the\s+)?"
                            # (a unit of the group: "blamed the Jaime Martinez front of the Estado Mayor Central")
                            r"(?:(?-i:[A-Z][\w'’-]*\s+){1,3}(?:front|bloc|column|faction|cell|wing|structure)\s+of\s+(?:the\s+)?)?"
                            # ("blamed Malay Muslim insurgents", "blaming the paramilitary Rapid Support Forces")
                            r"(?-i:[a-z][\w-]*\s+)?(?-i:(?:[A-Z][\w'’-]*\s+){0,2})$", re.IGNORECASE)
# ... or the doers said to be a group in a later sentence: "The perpetrators are believed to be ADF elements"
_SUSPECTED_DOERS_BEFORE = re.compile(r"\b(?:perpetrators|attackers|assailants|gunmen|killers|kidnappers|abductors|culprits)"
                                     # (or in apposition: "The attackers, suspected to be armed herdsmen, stormed")
                                     r"(?:\s+(?:are|were|is|was)|,)\s+(?:widely\s+|strongly\s+)?(?:believed|suspected|thought)\s+to\s+"
                                     r"(?:be|have\s+been)\s+(?:(?:members|fighters|militants|elements|part)\s+of\s+)?(?:the\s+)?$",
                                     re.IGNORECASE)
# ... or a group the police or the army suspect: "Police said they suspected local militants of the pro-IS group Dawlah
# Islamiyah", "troops suspected fighters of ISWAP of carrying out the killings" (a verb, told by its subject or by "of
# doing" after the group; not the adjective of "a suspected NPA member")
_SUSPECTING_BEFORE = re.compile(r"\b(?P<subject>(?:they|we|he|she|police|officials|authorities|investigators|prosecutors|"
                                r"troops|army|military|officers|sources)\s+(?:(?:also|strongly|initially)\s+)?)?"
                                r"suspect(?:ed|s)?\s+(?:[\w-]+\s+)?(?:(?:members|fighters|militants|elements|cadres|men)\s+"
                                r"of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?)?$", re.IGNORECASE)
_SUSPECTED_OF_AFTER = re.compile(r"\s+(?:of\s+[\w-]+ing\b|(?:was|were|had\s+been)\s+behind\b)", re.IGNORECASE)


def _suspected_doer(text: str, start: int, end: int) -> bool:
    """Whether the group at start:end is one someone says they suspect of the act."""
    found = _SUSPECTING_BEFORE.search(text, max(0, start - 100), start)
    return found is not None and (found.group("subject") is not None or _SUSPECTED_OF_AFTER.match(text, end) is not None)


# an act named again to say who is blamed for it, or who condemns or claims it
_REFERRED_BEFORE = re.compile(r"\b(?:attribut(?:ed|es|ing)|blam(?:ed|es|ing)(?:\s+(?:[\w'’-]+|\([^()]{1,20}\))){0,7}?\s+for|condemn(?:ed|s|ing)|denied|denies|"
                              r"blam(?:ed|es|ing)|responsibility\s+for|credit\s+for|claim(?:ed|s|ing)|"
                              # ("The RSF has not commented on the attack")
                              r"comment(?:ed|s|ing)?\s+on|respon(?:d|ded|ds|ding|se)\s+to|"
                              # ("suspected fighters of ISWAP of carrying out the killings")
                              r"of\s+(?:carrying\s+out|committing|perpetrating|staging))"
                              r"\s+(?:the|this|that|these|those|its|their)\s+(?:[\w'’-]+\s+)?$", re.IGNORECASE)
# an act told by its doers' pronoun ("their attack", "its assault"): the doers' act told before, named again
_POSSESSED_BEFORE = re.compile(r"\b(?:their|its|his)\s+(?:[a-z-]+\s+)?$", re.IGNORECASE)
# "fighting between X and Y", "fighting erupted in Khartoum on Saturday between X and Y": the two parties, in the
# order written (but not of another act: "the shooting was sparked by a fight between X and Y")
_BETWEEN_AFTER = re.compile(r"\s+(?:(?!(?:by|after|over|from)\s)[\w-]+\s+){0,6}?between\s", re.IGNORECASE)
# "... were wounded when gunmen opened fire": in a passive sentence, the doer of the clause that tells how
_BELIEVED_TO_BE = re.compile(r",?\s+(?:(?:who\s+(?:are|were)\s+)?(?:believed|suspected|thought|said|reported)\s+to\s+"
                             r"(?:be|have\s+been)|identified\s+as)\s+(?:(?:members|fighters|militants|part)\s+of\s+)?"
                             r"(?:the\s+)?|"
                             # (or told by whom they are tied to: "Insurgents linked to the Islamic State", "gunmen loyal to X")
                             r"\s+(?:linked|affiliated|allied|aligned|tied|loyal|belonging)\s+(?:to|with)\s+(?:the\s+)?",
                             re.IGNORECASE)
_OPENING_BRACKET = re.compile(r"\s*\(\s*")
_TOLD_BACK_BEFORE = re.compile(r"\b[Tt]he\s+$")
# "Police recovered a cache of weapons from the site": what was found where the act told was done, part of it
_AT_THE_SCENE = re.compile(r"[^.;]{0,80}?\b(?:from|at)\s+the\s+(?:site|scene|spot)\b", re.IGNORECASE)
_IN_BEFORE = re.compile(r"\bin\s+(?:an?\s+|the\s+)?$", re.IGNORECASE)
# an act named after its doer ("an army raid", "an RSF attack", "the militia's assault")
_ACT_NOUN_AFTER = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+)?(?:raids?|attacks?|ambush(?:es)?|(?:air|drone|missile)?\s*strikes?|"
                             r"airstrikes?|assaults?|offensives?|shelling|bombardments?|bombings?|operations?|"
                             r"crackdown|incursions?)\b", re.IGNORECASE)
# (or its men: "were killed when fighters of the National Liberation Army attacked")
# (or the act's noun the end of its own words: "killed in a Russian attack on Kharkiv")
_ACT_NOUN_END = re.compile(r"(?:attacks?|assaults?|offensive|shelling|bombardment)$", re.IGNORECASE)
_HOW_BEFORE = re.compile(r"\b(?:when|as|after)\s+(?:the\s+|an?\s+|two\s+|three\s+|several\s+)?"
                         r"(?:(?:fighters|members|militants|gunmen|militiamen)\s+(?:of|from)\s+(?:the\s+)?)?$", re.IGNORECASE)
# (the second may be named at the end of its own words: "Malian soldiers and Russian mercenaries of the Wagner Group")
# (the second perhaps with a word that tells what it is: "Sudan's army and the paramilitary RSF", "and the Rwanda-backed M23")
_PARTY_MODIFIER = r"(?:(?:paramilitary|nationalist|islamist|jihadist|separatist|ethnic|rebel|armed|allied|rival|militant|" \
    r"insurgent|[\w]+-(?:backed|led|linked|aligned|allied))\s+)?"
_AND_LINK = re.compile(r"(?:,\s*|\s+)(?:and|&)\s+(?:the\s+)?(?:[\w-]+\s+(?:of|from)\s+(?:the\s+)?|[\w-]+\s+[\w-]+\s+(?:of|from)\s+(?:the\s+)?|"
                       + _PARTY_MODIFIER + r")|,\s*", re.IGNORECASE)
# the doer of a passive act told after the rest of its clause, "by X" after no participle of its own ("was shot dead at
# his home early on Wednesday by a group of gunmen", not "killed in areas occupied by the militants")
_LATE_AGENT_BEFORE = re.compile(rf"(?<!ed)(?<!\bheld)(?<!\brun)(?<!\bled)\s+by\s+(?:the\s+|an?\s+)?{_GROUP_OF}$",
                                re.IGNORECASE)
_STATE_GENERIC_NAMES = ("Military Forces of {country}", "Police Forces of {country}")
_FACILITY_AFTER = re.compile(r"\s+(?:stations?|posts?|academy|headquarters|compounds?|barracks|buildings?|checkpoints?|"
                             r"bases?|camps?|vehicles?|cars?|vans?|trucks?|buses?)\b", re.IGNORECASE)
_SAID_IT = re.compile(r"(?:['’]s)?(?:,?\s+(?:backed|supported|led)\s+by\s+(?:[\w'’-]+\s+){0,2}[\w'’-]+,?)?"  # "M23 rebels backed by Rwanda said"
                      + _SPOKESMAN +
                      r"\s+(?:said|says?|announced|claimed|reported|stated)\s+" + _SAID_ON + r"(?:that\s+)?"
                      # (or its own arm: "the coalition said its air defences intercepted")
                      # ... or its arm unpossessed: "Ukraine's air force said air defences downed 40 drones")
                      # (or its units by name: "the Defence Ministry said units of the Centre group of forces had taken")
                      r"(?:(?:it|they|the\s+group|the\s+movement)\s+|(?:its|their|the\s+group['’]s)\s+(?:[\w-]+\s+){1,2}?|"
                      r"(?:its\s+)?units\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){1,4}?|"
                      r"(?:the\s+)?air\s+defen[cs]es\s+)"
                      # (and the launch of the weapon the act is named by: "said they had fired ballistic missiles and
                      # drones at the carrier"; or the verb that carries the act's noun: "said it carried out strikes")
                      r"(?:had\s+|has\s+|have\s+)?(?:\w+ly\s+)?(?:(?:fired|launched|carried\s+out|conducted)\s+"
                      r"(?:[\w-]+\s+){0,2}?)?",
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
_ALLY_BEFORE = re.compile(r"\b(?:backed|supported|assisted|aided|helped)\s+by\s+(?:the\s+)?(?:local\s+|allied\s+|"
                          r"pro-government\s+|clan\s+|tribal\s+){0,2}$", re.IGNORECASE)


@dataclass
class Event:
    event_type: str
    sub_event_type: str
    actor1: dict | None = None
    actor2: dict | None = None
    killed: dict | None = None
    wounded: dict | None = None
    missing: dict | None = None
    abducted: dict | None = None
    date_start: str | None = None
    date_end: str | None = None
    date_precision: int | None = None
    location: dict | None = None
    evidence: dict = field(default_factory=dict)
    inferred: list = field(default_factory=list)
    confidence: float = 0.5

    def to_dict(self) -> dict:
        return {"event_type": self.event_type, "sub_event_type": self.sub_event_type,
                "actor1": self.actor1, "actor2": self.actor2, "killed": self.killed,
                "wounded": self.wounded, "missing": self.missing, "abducted": self.abducted,
                "date_start": self.date_start, "date_end": self.date_end,
                "date_precision": self.date_precision, "location": self.location,
                "evidence": self.evidence, "inferred": self.inferred, "confidence": self.confidence}


@dataclass
class _Candidate:
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


def _hostages_taken(text: str, folded: str, trigger: Trigger, triggers: list[Trigger]) -> Trigger | None:
    """The hostage-taking told with an attack's verb in its sentence ("attacked a passenger train, taking hundreds of
    passengers hostage"): the act, if the incident tells no one killed or hurt (_build)."""
    if trigger.rule.sub_event_type != LETHAL or not folded.startswith("attack", trigger.start):
        return None
    return next((t for t in triggers if t.rule.sub_event_type == "Abduction/forced disappearance"), None)


def _span(start: int, end: int) -> dict:
    return {"start": start, "end": end}


# the longest window an act's toll is told over (a month: "killed 40 in March" may still be one offensive's)
_ACT_WINDOW_DAYS = 31


def _in(spans: list[tuple[int, int]], pos: int) -> int:
    """Index of the sentence holding pos."""
    lo, hi = 0, len(spans) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if spans[mid][0] <= pos:
            lo = mid
        else:
            hi = mid - 1
    return lo


# a country's name as the subject of a military act: "Iran fired a dozen missiles at", "Israel struck",
# "Russia launched a massive missile attack", "Russia launched a combined missile and drone attack", "Russia dropped a
# guided aerial bomb on" (and the words that may stand between the two)
_COUNTRY_NAME = r"(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+)?)"  # one or two capitalised words, looked up in country_codes
_STATE_SUBJECT = re.compile(_COUNTRY_NAME + r"\s+(?:(?:has|have|had|also|again|reportedly)\s+)*"
                            r"(?:(?:launched|carried\s+out|conducted|fired|unleashed|mounted|dropped)\s+"
                            r"(?:[\w-]+\s+){0,5}?)?$")
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
    if found is None:
        found = _main_clause_state(text, trigger)
    if found is None:
        return []
    iso = country_codes().get(found.group("name"))
    lead = _THE_BEFORE.sub("", text[:found.start()]).rstrip(" \t")
    second = None
    if iso is not None and lead.endswith(" and") and (first := _FIRST_OF_TWO.search(lead)) and \
            (first_iso := country_codes().get(first.group("name"))):
        # "The United States and Britain carried out strikes": the first of the two acts (as other subjects do)
        second = _state_forces(found.start(), found.end("name"), iso)
        iso, found, lead = first_iso, first, _THE_BEFORE.sub("", text[:first.start()]).rstrip(" \t")
    if iso is None or (lead and not lead.endswith(_CLAUSE_END)):
        return []
    return [_state_forces(found.start(), found.end("name"), iso)] + ([second] if agreement and second else [])


# a country's name as what a missile or a shell is fired at: "fired a ballistic missile at Israel's main airport"
_STATE_TARGET = re.compile(r"\s+(?:at|on|into|toward|towards|against)\s+(?:the\s+)?" + _COUNTRY_NAME + r"(?!\s*[-–]|\w)")


def _state_target(text: str, trigger: Trigger) -> ActorMention | None:
    """The state forces of a country a shelling or a missile is fired at, told right after the act."""
    if trigger.rule.sub_event_type != "Shelling/artillery/missile attack":
        return None
    found = _STATE_TARGET.match(text, trigger.end)
    iso = country_codes().get(found.group("name")) if found else None
    return _state_forces(found.start("name"), found.end("name"), iso) if iso else None


# "Azerbaijan launched operations in Nagorno-Karabakh on Tuesday, shelling positions ...": a participle after a comma
# whose subject is its sentence's, a country that opens it with a verb of war
_MAIN_CLAUSE_STATE = re.compile(_COUNTRY_NAME + r"\s+(?:(?:has|have|had|also|again)\s+)*(?:launched|began|started|mounted|"
                                r"carried\s+out|conducted|stepped\s+up|intensified|pressed|expanded|resumed|renewed|"
                                r"continued|attacked|struck|pounded|bombarded)\b")
_SENTENCE_OPENING = re.compile(r"(?:[.!?;]\s+|\n\s*|^)(?:The\s+)?(?=[A-Z])")


def _main_clause_state(text: str, trigger: Trigger) -> re.Match | None:
    """The country that opens the sentence of a participle act ("..., shelling") as its subject (see above)."""
    if text[trigger.start - 2:trigger.start] != ", " or not text[trigger.start:trigger.end].endswith("ing"):
        return None
    lo = max(0, trigger.start - 200)
    opening = None
    for opening in _SENTENCE_OPENING.finditer(text, lo, trigger.start):
        pass  # the last sentence opening before the act
    if opening is None or (opening.start() == lo and lo > 0):
        return None
    return _MAIN_CLAUSE_STATE.match(text, opening.end(), trigger.start)


_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_FIRST_OF_TWO = re.compile(_COUNTRY_NAME + r"\s+and$")


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


def _title_end(text: str) -> int:
    """Where the report's title ends (see event_types.in_title), or -1 with no title."""
    title_end = text.find("\n\n")
    return title_end if title_end > 0 and text[title_end - 1] not in ".!?" else -1


def _headline_clauses(text: str, spans: list[tuple[int, int]], title_end: int) -> list[tuple[int, int]]:
    """The title's clauses as sentences of their own: a headline's semicolon joins two stories ("Gunmen kill 10 in
    Burkina attack; army retakes town"), each with its own act and parties."""
    if not spans or spans[0][1] > title_end or text.find("; ", spans[0][0], spans[0][1]) < 0:
        return spans
    clauses, start = [], spans[0][0]
    for part in text[spans[0][0]:spans[0][1]].split("; "):
        clauses.append((start, start + len(part)))
        start += len(part) + 2
    return clauses + spans[1:]


_BLAMED_STATE = re.compile(rf"\bblam(?:ed|es|ing)\s+(?:the\s+)?{_COUNTRY_NAME}\b")  # ("blamed the United States")


def _blamed_states(text: str) -> list[ActorMention]:
    """The state forces of the countries a report blames ("blamed Russia for the attack")."""
    out = []
    for m in _BLAMED_STATE.finditer(text) if "blam" in text else ():
        iso = country_codes().get(m.group("name"))
        if iso:
            out.append(_state_forces(m.start("name"), m.end("name"), iso))
    return out


def _state_forces(start: int, end: int, iso: str) -> ActorMention:
    """A country's name written for its state forces (text[start:end])."""
    table = alias_table()
    return ActorMention(start, end, table.national(table.actor("Military Forces of {country}"), iso), False, False)


# the side a country's officials call "the enemy", by the country of the scene (the war it is in)
_ENEMY_OF = {"UA": "RU", "RU": "UA"}
_ENEMY = re.compile(r"\benemy\b", re.IGNORECASE)


def _scene_enemy(text: str, span: tuple[int, int], country: str | None) -> ActorMention | None:
    """The state forces of the other side of the scene's war, where the act's sentence names them as "the enemy"."""
    found = _ENEMY.search(text, *span) if country in _ENEMY_OF else None
    return _state_forces(found.start(), found.end(), _ENEMY_OF[country]) if found else None


def _definite_back_references(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """'Israeli forces launched an operation ... Palestinian gunmen exchanged fire with the troops': a generic state
    force with 'the' is the one of that kind the report named before, when it named one country's only (not the
    forces of the place: the event's country)."""
    if not any(m.actor.generic and m.actor.inter == 1 for m in mentions):
        return mentions  # (most reports: no generic state force to refer back)
    named: dict[str, set] = {}  # generic name -> the national actors of that kind named so far
    out = []
    for m in mentions:
        actor = m.actor
        if actor.inter == 1 and not actor.generic and actor.country and not m.speaker:
            for generic in _STATE_GENERIC_NAMES:
                if actor.name.startswith(generic.split("{country}")[0]):
                    named.setdefault(generic, set()).add(actor)
        elif actor.generic and actor.inter == 1 and text[max(0, m.start - 4):m.start].lower() == "the " and \
                len(named.get(actor.name, ())) == 1:
            m = ActorMention(m.start, m.end, next(iter(named[actor.name])), m.air, m.speaker)
        elif actor.generic and actor.inter == 1 and out and (speaker := out[-1]).speaker and \
                not speaker.actor.generic and speaker.actor.country and \
                _SAID_BEFORE.fullmatch(text, speaker.end, m.start) and \
                (own := alias_table().national(actor, speaker.actor.country)).name == speaker.actor.name and \
                own.country == speaker.actor.country:
            # "The Israeli military said troops exchanged fire": the speaking force's own men
            m = ActorMention(m.start, m.end, own, m.air, m.speaker)
        out.append(m)
    return out


_OPERATION_BEFORE = re.compile(r"\b(?:operation|raid|rescue|assault|offensive)\s+(?:in|during)\s+which\s+[^.;]{0,50}$",
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
    r"\s+(?:(?:are|were|is|was|have|has|had|do|did|may|will|would)\s+(?:been\s+|be\s+|not\s+|n[o’']t\s+)*)?"
    r"(?:still\s+|later\s+|quickly\s+|also\s+)?"
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
    return a is not b and a.inter in ARMED_INTERS and b.inter in ARMED_INTERS and not _one_group(a, b) and \
        not (a.inter in STATE_INTERS and b.inter in STATE_INTERS)


def _facility_before(text: str, m: ActorMention, trigger: Trigger) -> bool:
    """'a police station', 'an army vehicle': the actor names a place before the act (not the act's own words:
    'an al-Shabaab car bombing', 'a Taliban truck bomb')."""
    facility = _FACILITY_AFTER.match(text, m.end)
    return facility is not None and facility.end() <= trigger.start


def _responder_after(text: str, m: ActorMention, trigger: Trigger) -> bool:
    """A force that looks into the act in a clause after it ("; police are trying to determine"), no target."""
    return m.actor.inter in STATE_INTERS and ";" in text[trigger.end:m.start] and \
        _RESPONDER_VERB.match(text, m.end) is not None


# those a force frees, the object of its verb ("Troops rescued 18 kidnapped victims and killed four bandits"), never
# the doer of the act the sentence tells next
_FREED_BEFORE = re.compile(r"\b(?:rescued|freed|liberated|evacuated)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)


_HELD_BY_BEFORE = re.compile(r"\b(?:held|kept)\s+(?:captive\s+|hostage\s+)?by\s+(?:the\s+)?$", re.IGNORECASE)


def _freed(text: str, m: ActorMention) -> bool:
    return _FREED_BEFORE.search(text, max(0, m.start - 40), m.start) is not None


def _responder(text: str, m: ActorMention, trigger: Trigger) -> bool:
    verb = _RESPONDER_VERB.match(text, m.end)
    if verb is None or verb.end() > trigger.start:
        return False
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
_REDUCED_PASSIVE_AFTER = re.compile(rf"(?:\s+[a-z]+ing(?:\s+[\w-]+){{0,3}}?)?\s+"
                                    rf"(?:killed|dead|wounded|injured|hurt|abducted|kidnapped|martyred){_NO_OBJECT}",
                                    re.IGNORECASE)
_NO_OBJECT_AFTER = re.compile(_NO_OBJECT, re.IGNORECASE)


_SETTING_BETWEEN = re.compile(r"(?<!\bsuch )\b(?:amid|as(?!\s+(?:well|many|much|part|a\s+result|(?:an?|the)\s+\w+\s+of)\b))\s+"
                              r"(?!(?:it|they|he|she)\b)", re.IGNORECASE)


# (nor those of what a place's "where" clause tells of it: "the deadliest attack in the capital of Sinaloa state, where
# factions of the Sinaloa cartel have been fighting")
_WHERE_BETWEEN = re.compile(r",\s+where\s")
_STANDING_AFTER = re.compile(r"[^.;]{0,150}?\b(?:(?:has|have)\s+(?:long\s+)?been|operates?|are\s+active|is\s+active)\b")


def _where_background(text: str, trigger: Trigger, m: ActorMention) -> bool:
    """An actor in a place's "where" clause that tells a standing state ("where factions of the Sinaloa cartel ... have
    been fighting since September"), not an act ("where Ukrainian defenders repelled 51 assaults")."""
    return _WHERE_BETWEEN.search(text, trigger.end, m.start) is not None and _STANDING_AFTER.match(text, m.end) is not None

_SETTING_AFTER = re.compile(r"['’]?s?\s+(?:[\w-]+\s+)?(?:war|wars|conflict|feud|violence|infighting|fighting|rivalry|"
                            r"dispute|crackdown|offensive)\b", re.IGNORECASE)


def _assign_roles(text: str, trigger: Trigger, mentions: list[ActorMention], casualties: list[CasualtyMention]):
    """(actor1, actor2) from the sentence: 'by X' and 'X's strike' make X the agent, and so does a
    mention the act's words begin inside ("Russian warplanes struck": the trigger is "warplanes
    struck"); in the passive the subject is the victim; otherwise the nearest actor before the act
    acts on the first after."""
    if trigger.rule is BODIES_FOUND:
        return None, None  # those who find the dead are no party to their killing; the dead are of no side told
    actors = [m for m in mentions if not m.speaker and not _ALLY_BEFORE.search(text[max(0, m.start - 40):m.start])
              and not _LISTENER_BEFORE.search(text, max(0, m.start - 30), m.start) and not _BLAMER_AFTER.match(text, m.end)
              and not _NONE_OF_BEFORE.search(text, max(0, m.start - 12), m.start)
              and not _answers_later(text, m, trigger) and not _EVACUATED_AFTER.match(text, m.end)]
    # "Gunmen believed to be members of the Jalisco New Generation Cartel", "Insurgents linked to the Islamic State":
    # the unnamed men are the named group
    actors = [m for m, after in zip(actors, actors[1:] + [None]) if not (
        after is not None and m.actor.generic and not after.actor.generic and
        _BELIEVED_TO_BE.fullmatch(text, m.end, after.start))]
    # "al Qaeda's JNIM", "the Islamic State's West Africa branch ISWAP": the parent a named group is told as of, no
    # party beside it
    actors = [m for m, after in zip(actors, actors[1:] + [None]) if not (
        after is not None and not m.actor.generic and not after.actor.generic and m.actor is not after.actor and
        text[m.end - 2:m.end] in ("'s", "’s") and text[m.end:after.start] == " ")]
    # the victims of a count told as its subject ("Ten soldiers were killed ... when their convoy hit a bomb") do
    # not do the act the sentence names afterwards
    # (and of a title's reduced passive with no count: "Soldiers killed in militant ambush")
    # (and the group a count's men are of: "Soldiers killed 12 members of the Gulf Cartel in a firefight")
    victims = [m for m in actors if m.end <= trigger.start and (any(
        (c.start <= m.start and m.end <= c.end or OF_THE.fullmatch(text, c.end, m.start)) and c.end <= trigger.start
        for c in casualties) or _REDUCED_PASSIVE_AFTER.match(text, m.end) or _AMONG_THE_DEAD_AFTER.match(text, m.end) or
        # ("ten killed, including women and children, in strikes on tents": those the count includes)
        casualties and _INCLUDED_BEFORE.search(text, max(0, m.start - 40), m.start))]
    # (and their group's abbreviation after it: "killed 11 members of the Volunteers for the Defence of the Homeland (VDP)")
    victims += [m for m in actors if any(v.actor is m.actor and _OPENING_BRACKET.fullmatch(text, v.end, m.start)
                                         for v in victims)]
    for state in (*_state_subjects(text, trigger), _state_target(text, trigger)):
        if state is not None and not any(m.start <= state.start < m.end for m in actors):
            actors = sorted(actors + [state], key=lambda m: m.start)
    if not actors and not any(m.speaker for m in mentions):  # (a speaker may be the doer: see below)
        return None, None
    agent = next((m for m in actors if m.start <= trigger.start < m.end), None)
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
    auxiliary = _PASSIVE_BEFORE.search(text[max(0, trigger.start - 25):trigger.start]) is not None
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
        if agent is None and not launcher_by and m.start > trigger.end and _AGENT_BEFORE.search(text, max(0, m.start - 25), m.start) and \
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
    if agent is None and _custody_death(text, trigger):
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
    after = [m for m in actors if m.start > trigger.start and m is not agent and m is not target
             and not _responder_after(text, m, trigger) and not (_SETTING_BETWEEN.search(text, trigger.end, m.start) and
                     _SETTING_AFTER.match(text, m.end)) and not _where_background(text, trigger, m)]
    if agent is None and not passive and not before:
        # "The Burkinabe army said it neutralised 50 terrorists": the speaker is the doer
        # (and a group that claims the act it names: "JNIM claimed an attack on an army camp")
        agent = next((m for m in mentions if m.speaker and m.end <= trigger.start and
                      (_SAID_IT.fullmatch(text, m.end, trigger.start) or _said_it_killed(text, m.end, trigger.start) or
                       not m.actor.generic and _CLAIMED_ACT.fullmatch(text, m.end, trigger.start))), None)
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
    if agent is None and not passive and before and trigger.rule.noun and trigger.rule.event_type == EXPLOSIONS and \
            _HOW_BEFORE.search(text[max(0, trigger.start - 20):trigger.start]):
        # "The policemen were on their way to escort a team when the remote-controlled device went off": whom the
        # blast met, not who set it off
        target = target or before[-1]
        before = []
    allies: list[ActorMention] = []
    if agent is None and not passive and before:
        # (not the captors of those a rescue frees: "Soldiers freed 40 hostages held by ADF rebels after fighting")
        doers = [m for m in before if not _HELD_BY_BEFORE.search(text, max(0, m.start - 30), m.start)] or before
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
    if target is None:
        # (nor the doer's own faction: "dissidents of the former FARC belonging to the Central General Staff")
        rest = [m for m in (after + (before if passive or agent else [])) if m is not agent
                and not (agent and _one_group(m.actor, agent.actor) and not _foes_counted(m, agent, trigger, casualties))
                and m not in allies and not (
                    trigger.rule.sub_event_type == "Mob violence" and _FACILITY_AFTER.match(text, m.end))]
        # (a mob that storms a police station lynches a man: no place is its target)
        if rest:
            # the men of a place named as such come after those named themselves ("rammed a vehicle into a police
            # station, killing 23 soldiers": the soldiers)
            rest.sort(key=lambda m: _FACILITY_AFTER.match(text, m.end) is not None)
            named = [m for m in rest if not m.actor.generic]
            target = (named or rest)[0]
            if named and rest[0].actor.generic and rest[0].actor.inter in STATE_INTERS and \
                    _AND_LINK.fullmatch(text, rest[0].end, named[0].start):
                target = rest[0]  # "clashing with soldiers and VDP volunteers": the state's men, their auxiliaries beside
            if target.actor.generic and not named:
                others = [m for m in actors if not m.actor.generic and m is not agent and m not in allies and
                          (agent is None or m.actor is not agent.actor)]
                target = others[0] if others else target
    if agent is not None and (repeller := _repeller(text, mentions, trigger)) is not None and \
            repeller.actor is not agent.actor:
        target = repeller  # "The army said it repelled an attack by JNIM fighters on its base, killing dozens of assailants"
    if trigger.rule is REPELLED_ASSAULTS:
        # "Ukrainian defenders repelled 47 Russian assaults": the assaults' side the doer, the defenders the target
        assaulting = next((m for m in mentions if trigger.start < m.start < trigger.end), None)
        defending = next((m for m in reversed(mentions) if m.end <= trigger.start), None)
        agent, target = assaulting, defending or target
    return agent, target


def _foes_counted(m: ActorMention, agent: ActorMention, trigger: Trigger, casualties: list[CasualtyMention]) -> bool:
    """Unnamed state forces counted as the toll after a foreign force's act ("an Azerbaijani drone struck a vehicle,
    wounding three servicemen"): its victims, the scene's forces, not its own men."""
    return m.actor.generic and not agent.actor.generic and agent.actor.inter in STATE_INTERS and \
        m.start > trigger.end and any(c.start <= m.start and m.end <= c.end for c in casualties)


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
    if not speakers or not _REPEL_WORD.search(text, max(0, trigger.start - 40), trigger.start):
        return None  # (most acts: no speaker before them, or no word of fending off)
    for m in speakers:
        if (said := _SAID_IT.match(text, m.end, trigger.start)) and \
                _REPELLED.fullmatch(text, said.end(), trigger.start):
            return m
    return None


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


def _in_arms(civilians: ActorMention) -> ActorMention:
    """Civilians who fight: a community in arms (ACLED's communal militia)."""
    return replace(civilians, actor=alias_table().actor("Unidentified Communal Militia ({country})"))


# "shot dead three suspected kidnappers they had captured": men held are out of the fight, their killing ACLED's attack
# on civilians
_CAPTIVE_AFTER = re.compile(r"\s+(?:(?:they|it)\s+had\s+|who\s+had\s+been\s+|already\s+)?(?:captured|caught|detained|"
                            r"apprehended|in\s+(?:their|its)\s+custody|held\s+captive)\b", re.IGNORECASE)
_SUSPECTED_BEFORE = re.compile(r"\b(?:suspected|alleged)\s+$", re.IGNORECASE)
_CROWD_NOUNS = frozenset({"villagers", "residents", "youths", "locals", "crowd", "crowds"})


def _crowd_kills(text: str, trigger: Trigger, actor1: ActorMention | None) -> bool:
    """'Villagers burned a suspected thief to death', 'Angry youths beat two men to death': civilians who kill, the
    subject of the act's own clause, are a mob (ACLED's rioters)."""
    return actor1 is not None and actor1.actor.inter == CIVILIANS and trigger.rule.sub_event_type == LETHAL and \
        not trigger.rule.noun and not _PASSIVE_BEFORE.search(text, max(0, trigger.start - 25), trigger.start) and \
        actor1.end <= trigger.start and text[actor1.start:actor1.end].lower() in _CROWD_NOUNS and \
        not _CLAUSE_BREAK.search(text, actor1.end, trigger.start)


def _sub_type(rule, actor1: ActorMention | None, actor2: ActorMention | None,
              casualties: list[CasualtyMention]) -> tuple[str, str]:
    """(event_type, sub_event_type) of an act, once its doer, its target and its dead are known."""
    return resolve_sub_type(rule, actor1_inter=actor1.actor.inter if actor1 else None,
                            actor1_air=bool(actor1 and actor1.air), actor2_inter=actor2.actor.inter if actor2 else None,
                            # (the doer dead by his own act is no fighter it was done to: "killing himself and a guest")
                            victims_combatants=any(m.category == "combatants" and m.force != PERPETRATOR
                                                   for m in casualties))


_AFTER_BETWEEN = re.compile(r"[^.;]*\b(?:after|following)\b[^.;]*", re.IGNORECASE)
_AFTER_ACT = re.compile(r"[^.;]{0,40}?\bafter\b", re.IGNORECASE)


def _arrest_after_act(text: str, judicial: list[DateMention]) -> DateMention | None:
    """'was arrested late Saturday in Dalton after he allegedly pulled a gun and fired': an arrest told as following
    the act in one breath, with no other day for the act, dates it (a day told with the act itself comes first)."""
    return next((d for d in judicial if _AFTER_ACT.match(text, d.end) is not None), None)


# what a group said on a day it had done, the act right after the day: "said on Saturday it had captured the base"
_SAID_IT_HAD_AFTER = re.compile(r"\s+(?:that\s+)?(?:it|they|the\s+group|its\s+(?:fighters|forces|troops))\s+"
                                r"(?:had|has|have)\s+(?:\w+ly\s+)?$", re.IGNORECASE)


def _choose_date(text: str, i: int, dates_by_sentence: dict[int, list[DateMention]], trigger: Trigger, n: int,
                 said_on: list[DateMention] = ()):
    """The date in the act's own sentence (nearest the act); else the day its doer said it had done it ("said on
    Saturday it had captured": the latest the act can be, and the day the report tells of); else the first date the
    report gives, since a news lead states when the main incident happened and later sentences go back to it; but
    not the day a victim died ("was pronounced dead Monday") when a day in the week before it is told
    (the attack's)."""
    if not dates_by_sentence.get(i) and (told := next((d for d in said_on if d.end < trigger.start and
                                                       _SAID_IT_HAD_AFTER.fullmatch(text, d.end, trigger.start)), None)):
        return told, 0
    order = [i] + [j for j in range(n) if j != i]  # distance 0: own sentence; 1..: the lead onwards
    for distance, j in enumerate(order):
        found = dates_by_sentence.get(j)
        if found and trigger.rule is RELEASE:
            found = [d for d in found if not _CAPTIVITY_BEFORE.search(text, max(0, d.start - 100), d.start)]
        if found:
            best = min(found, key=lambda d: abs(d.start - trigger.start))
            if distance == 0 and best.end <= trigger.start and _AFTER_BETWEEN.fullmatch(text, best.end, trigger.start):
                # "extended a state of emergency on Monday after gunmen killed nine people ... on Saturday night": the
                # day before "after" is the consequence's; the act's is the one told with it
                best = next((d for d in found if d.start > trigger.start), best)
            if _DEATH_BEFORE.search(text, max(0, best.start - 40), best.start):
                if (after := _DAYS_AFTER_WOUND.match(text, best.end)) and (days := words_to_int(after["n"])):
                    # "died Sunday, two days after he was shot": the wound's day, told by the count back
                    back = dt.timedelta(days=days)
                    return replace(best, date_start=best.date_start - back, date_end=best.date_end - back), distance
                # the attack's day told before the death's, in the week before it ("was pronounced dead Monday";
                # "died Saturday at the hospital, where she had been since she was shot Wednesday night")
                earlier = next((d for k in order[distance:] for d in dates_by_sentence.get(k, ())
                                if best.date_start - dt.timedelta(days=7) <= d.date_start < best.date_start), None)
                if earlier is not None:
                    return earlier, distance
            return best, distance
    return None, None


# a day told with the start of a captivity a release ends ("abducted near Kidal on March 3 were released on Tuesday",
# "kidnapped in Warri last week"), the captivity's day and not the release's (not "rescued 18 kidnapped students ... on
# Monday", nor "Gunmen who abducted five farmers on Saturday released them")
_CAPTIVITY_BEFORE = re.compile(r"\b(?:abducted|kidnapped|captured|seized)\s+(?:on|in|at|from|near|along|during|since|last|"
                               r"earlier|(?:\w+\s+)?(?:days?|weeks?|months?|years?)\s+ago)\b"
                               r"(?![^.;\n]*?\b(?:releas|freed|rescu|escaped))[^.;\n]*$", re.IGNORECASE)


# the day of a death, which may come days after the attack
_DEATH_WORD = re.compile(r"(?:died|dies|succumbed|(?:pronounced|declared)\s+(?:dead|deceased)|passed\s+away)\b",
                         re.IGNORECASE)
_DEATH_BEFORE = re.compile(r"\b(?:died|(?:pronounced|declared)\s+(?:dead|deceased)|succumbed|passed\s+away)\b[^.,;]{0,25}$",
                           re.IGNORECASE)


# the count of days from the wound to the death told after the death's day ("died Sunday, two days after he was shot",
# "succumbed Monday, five days after the shooting")
_DAYS_AFTER_WOUND = re.compile(r",?\s+(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+days?\s+"
                               r"(?:after|since)\s+(?:(?:he|she|they|the\s+(?:man|woman|boy|girl|victim|teen\w*))\s+"
                               r"(?:was|were|had\s+been)\s+(?:shot|wounded|stabbed|attacked)|the\s+(?:shooting|attack|stabbing))\b",
                               re.IGNORECASE)


_IN_CUSTODY = re.compile(r"\s+(?:(?:while\s+)?(?:in|under)\s+(?:[\w-]+\s+){0,2}?(?:custody|detention)|"
                         r"(?:at|in)\s+(?:an?|the)\s+police\s+(?:station|cell|lock-?up))\b", re.IGNORECASE)
_CO_DOER = re.compile(r"\s+and\s+")


def _custody_death(text: str, trigger: Trigger) -> bool:
    """A death its word tells in custody ("died in police custody", "died in custody hours later")."""
    return _DEATH_WORD.match(text, trigger.start) is not None and _IN_CUSTODY.match(text, trigger.end) is not None


# the part of a country an act is in ("in southern Lebanon", "in north-eastern Nigeria")
_PART_OF_BEFORE = re.compile(r"\b(?:(?:far[\s-])?(?:north|south)(?:[\s-]?(?:east|west))?ern|(?:far[\s-])?(?:east|west)ern|"
                             r"central)\s+$", re.IGNORECASE)


# "withdrew toward Kutum", "fled towards the forest of X": where the doers went afterwards, no scene of the act
_RETREAT_BEFORE = re.compile(r"\b(?:withdr[eao]\w*|retreat\w*|fled|fleeing|pull(?:ed|ing)\s+back|f[ae]ll(?:ing)?\s+back)\s+"
                             r"(?:[\w-]+\s+){0,3}?(?:toward|towards|in\s+the\s+direction\s+of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?$",
                             re.IGNORECASE)


def _retreat_destination(text: str, c: PlaceCandidate) -> bool:
    return c.destination and _RETREAT_BEFORE.search(text, max(0, c.start - 60), c.start) is not None


_SETTLEMENT_OF_BEFORE = re.compile(r"\b(?:town|municipality|village|city|community|hamlet|commune|locality)\s+of\s+$",
                                   re.IGNORECASE)


def _choose_place(text: str, i: int, places_by_sentence: dict[int, list[PlaceCandidate]], trigger: Trigger,
                  event_type: str, sub_event_type: str, separate_acts: set[int] = frozenset(),
                  doer: ActorMention | None = None):
    """Within the sentence and the two after it a spatial phrase wins over a bare name, then the
    most precise, then a place not in a dateline; beyond that window, the nearest earlier place (the lead
    usually sets the scene). A later sentence that tells another incident ("Separately, a roadside bomb wounded
    three soldiers near Deir ez-Zor", or another of a roundup's: separate_acts) is no part of the window.
    A country that is the act's doer ("Iran launched missiles at Israel", "The United States and Britain carried out
    strikes") is not where it happened."""
    # (a weapons test happens where it is launched from, never at the dateline of the neighbour that reports it)
    test_launch = trigger.rule is TEST_LAUNCH
    origin_is_scene = sub_event_type in ("Non-violent transfer of territory", "Change to group/activity") or test_launch
    best, best_key = None, None
    # (a fight or a blast told back by its definite noun in a sentence that names no place, "A soldier was martyred in
    # the exchange of fire", happened where the act told before it did, not at the next sentences' places)
    told_back = i and trigger.rule.noun and trigger.rule.event_type in (BATTLES, EXPLOSIONS) and \
        not places_by_sentence.get(i) and _THE_BEFORE.search(text, max(0, trigger.start - 4), trigger.start) is not None
    window_sentences = [i] + [j for j in (i + 1, i + 2) if j not in separate_acts and not told_back]
    in_window = [(window, c) for window, j in enumerate(window_sentences) for c in places_by_sentence.get(j, ())
                 if (origin_is_scene or not c.origin) and not (sub_event_type == "Change to group/activity" and c.destination)
                 and not _retreat_destination(text, c) and not (doer is not None and (doer.start <= c.start < doer.end or _CO_DOER.fullmatch(text, doer.end, c.start)))]
    # a dateline, where the act's sentence names an area, is only where the report was filed: outside it
    # ("KHARTOUM (Reuters) - ... a village in Al Jazirah state") or inside it ("BUNIA (Reuters) - ... the village of
    # Mambelenga in Ituri province": the village is no more in Bunia than anywhere else in Ituri), or waters
    # ("DUBAI (Reuters) - Iran's navy seized a tanker in the Strait of Hormuz": no port is the scene of an act at sea), or
    # a part of a country ("BEIRUT (Reuters) - Israeli air strikes on villages in southern Lebanon")
    names_area = any(window == 0 and not c.dateline and (
        c.precision in (3, 4, WATER_PRECISION) or
        c.precision == COUNTRY_PRECISION and _PART_OF_BEFORE.search(text, max(0, c.start - 20), c.start))
        for window, c in in_window)
    # ... and where the window names a town of its own ("Bogota (AFP) - Thirteen police were killed when ... The
    # helicopter was hit in the rural area of the town of Amalfi")
    names_town = any(not c.dateline and c.precision <= 2 for _, c in in_window)
    for window, c in in_window:
        outside = c.dateline and (names_area or test_launch or names_town)
        key = (0 if c.phrase else 1, 0 if window == 0 else 1, outside, _scene_rank(c.precision), c.dateline,
               abs(c.start - trigger.start))
        if best_key is None or key < best_key:
            best, best_key = c, key
    if best is not None and best.precision in (3, 4, COUNTRY_PRECISION) and not best.phrase:
        # an area the act's sentence names gives way to a town in it that the next sentences name ("fighting in the
        # province of Antioquia ... The combat took place in a rural area of the municipality of Segovia", "in
        # northwest Colombia ... hit in the rural area of the town of Amalfi")
        # (a town named as a scene, "the town of X": not where the wounded were flown, "airlifted to Raipur")
        area = best.record
        town = next((c for _, c in in_window if c.precision <= 2 and not c.dateline and c.start > best.start and
                     _SETTLEMENT_OF_BEFORE.search(text, max(0, c.start - 30), c.start) and
                     c.record.get("country_code") == area.get("country_code") and (
                         best.precision == COUNTRY_PRECISION or
                         area.get("admin1") and c.record.get("admin1") == area.get("admin1"))), None)
        if town is not None:
            best = town
    if best is not None:
        return best, best_key
    for j in list(range(i - 1, -1, -1)) + sorted(k for k in places_by_sentence if k > i + 2):
        found = [c for c in places_by_sentence.get(j, ()) if (origin_is_scene or not c.origin)
                 and not (sub_event_type == "Change to group/activity" and c.destination) and not _retreat_destination(text, c)]
        if found:
            # (the dateline loses to an area, waters or a spatial phrase its sentence names, as in the window: "DUBAI -
            # ... fired missiles at a ship 85 nautical miles southeast of Aden. One missile struck the vessel")
            names_area = any((c.precision in (3, 4, WATER_PRECISION) or c.phrase) and not c.dateline for c in found)
            c = min(found, key=lambda c: (c.dateline and names_area, c.precision, c.dateline, c.start))
            return c, (0 if c.phrase else 1, 2, False, c.precision, c.dateline, abs(c.start - trigger.start))
    return None, (9,)


def _scene_rank(precision: int) -> int:
    """How narrowly a place fixes the scene: named waters no less than a country, the nearer to the act of the two wins
    ("shot down four drones over the Red Sea, the U.S. Central Command said", "over the Gulf of Aden ... launched from
    Yemen"; but "struck Houthi targets in Yemen, in response to attacks on shipping in the Red Sea")."""
    return 6 if precision == WATER_PRECISION else precision


# a count told with its own place: "killing three people in Kharkiv", "and two in Odesa", "wounded three in Sumy"
# (through the site in the place: "and six others in a tent in Khan Younis", "four in a house in Rafah")
_COUNT_PLACE = re.compile(r"\s+(?:(?:more|others|people|civilians)\s+)?(?:in|at)\s+(?:the\s+)?"
                          rf"(?:{SITE_IN})?(?:(?:city|town|village|port)\s+of\s+)?")


# ... or with a place its clause opens with: "...; in Zaporizhzhia, a drone strike wounded four people" (or its
# sentence: "In Lviv, one person was killed; in Ternopil, two were wounded")
_CLAUSE_PLACE_BEFORE = re.compile(r"(?:(?:;|\bwhile)\s+in|(?:^|[.!?]\s+)In)\s+(?:the\s+)?$", re.IGNORECASE)
_CLAUSE_PLACE_AFTER = re.compile(r",[^.;:,]*")


_PLACE_COUNT_RULE = "count told with its place"


def _apart(a: dict, b: dict) -> bool:
    """Two places no one scene holds: neither is the other nor an area that may hold it (a province, a country)."""
    if a.get("geonameid") == b.get("geonameid") or a["name"] == b["name"]:
        return False
    return max(a.get("precision") or 1, b.get("precision") or 1) < 3


def _counted_places(text: str, casualties: list[CasualtyMention],
                    places: list[PlaceCandidate]) -> list[tuple[CasualtyMention, PlaceCandidate]]:
    """The counts of a sentence each told with a place of its own, in order, when there are two or more and their
    places lie apart ("killed four people in Khan Younis, six in Gaza City and one in Rafah"); else none."""
    counts = [m for m in casualties if not m.background and m.kind in ("killed", "wounded")]
    if len(counts) < 2:
        return []
    tied = []
    for m in sorted(counts, key=lambda m: m.start):
        place = next((c for c in places if c.start >= m.end and not (c.origin or c.dateline) and
                      _COUNT_PLACE.fullmatch(text, m.end, c.start)), None) or \
            next((c for c in places if c.end <= m.start and _CLAUSE_PLACE_BEFORE.search(text, max(0, c.start - 12), c.start)
                  and _CLAUSE_PLACE_AFTER.fullmatch(text, c.end, m.start)), None)
        if place is not None:
            tied.append((m, place))
    if len(tied) < 2 or not all(_apart(a.record, b.record) for k, (_, a) in enumerate(tied) for _, b in tied[k + 1:]):
        return []
    return tied


def _per_place(text: str, cand: _Candidate, triggers: list[Trigger], actors: list[ActorMention],
               places_by_sentence: dict[int, list[PlaceCandidate]]) -> list[_Candidate]:
    """An act told with its toll place by place, one act per place (ACLED codes one event per location): each part
    of the sentence from one count to the next is an act of its own, with its own count and its own place; the act
    and the actors its own clause names, if it names them ("..., while Ukrainian drones wounded three in Belgorod"),
    else the sentence's. A toll told once for several places ("killed 11 people in Kharkiv and Odesa") is one act."""
    if len(cand.casualties) < 2:
        return [cand]  # (most acts: one count or none)
    i = cand.sentence
    tied = _counted_places(text, cand.casualties, places_by_sentence.get(i, []))
    if not tied:
        return [cand]
    ends = [min(m.start, place.start) for m, place in tied[1:]] + [cand.span[1]]
    starts = [cand.span[0]] + ends[:-1]
    clauses = [cand.span[0]] + [place.end for _, place in tied[:-1]]  # where each part's own verb and doer may stand
    parts = []
    for k, (start, end) in enumerate(zip(starts, ends)):
        # the sentence's actors told before the second part's clause are every part's ("Russia launched missiles ...,
        # killing three people in Kharkiv and two in Odesa"); those told in a later part's clause only its own ("...,
        # while Ukrainian drones wounded three in Belgorod")
        clause = (clauses[k], clauses[k + 1] if k + 1 < len(clauses) else cand.span[1])
        own_actors = [m for m in actors if clause[0] <= m.start < clause[1]]
        a1, a2 = (m if m is None or m.start < clauses[1] or clause[0] <= m.start < clause[1] else None
                  for m in (cand.actor1, cand.actor2))
        trigger = cand.trigger
        if not clause[0] <= cand.trigger.start < clause[1]:
            # the act the part's clause names ("a drone attack wounded three", "Ukrainian drones wounded three"); a
            # bare verb of a later count with no doer of its own tells the sentence's act again ("and wounded five in
            # Kramatorsk")
            told_by = tied[k][0].end if k == 0 or own_actors else tied[k][0].start
            trigger = min((t for t in triggers if clauses[k] <= t.start < told_by and t.rule.event_type in VIOLENT_TYPES),
                          key=lambda t: (t.rule.rank, t.start), default=cand.trigger)
        # (an "and two in Odesa" is the part's own count now, no addition to another)
        casualties = [replace(m, additive=False, rule=_PLACE_COUNT_RULE) if m is tied[k][0] and m.additive else m
                      for m in cand.casualties if start <= m.start < end]
        if own_actors and (trigger is not cand.trigger or k > 0):  # (a later clause's doer: its own roles)
            doer, target = _assign_roles(text, trigger, own_actors, casualties)
            if doer is not None:
                a1, a2 = doer, target
        event_type, sub = (cand.event_type, cand.sub_event_type) if trigger is cand.trigger else \
            _sub_type(trigger.rule, a1, a2, casualties)
        places = {i: [c for c in places_by_sentence[i] if min(tied[k][0].start, tied[k][1].start) <= c.start < end]}
        place, place_key = _choose_place(text, i, places, trigger, event_type, sub, doer=a1)
        parts.append(replace(cand, trigger=trigger, actor1=a1, actor2=a2, casualties=casualties, event_type=event_type,
                             sub_event_type=sub, place=place, place_key=place_key, piece=(i, k)))
    return parts


def _summed_in_title(candidates: list[_Candidate]) -> None:
    """A title's toll that sums up one the body counts place by place ("Israeli strikes kill 11 across Gaza" - "killed
    four people in Khan Younis, six in Gaza City and one in Rafah") is no one place's: only the parts count."""
    parts_by_sentence: dict[int, list[_Candidate]] = {}
    for c in candidates:
        if c.piece:
            parts_by_sentence.setdefault(c.piece[0], []).append(c)
    for parts in parts_by_sentence.values():
        counts = [combine(c.casualties) for c in parts]
        totals = {kind: sum(count[k].best for count in counts if count[k] is not None)
                  for k, kind in enumerate(("killed", "wounded"))}
        for c in candidates:
            if c.headline and c.block == parts[0].block:
                for m in c.casualties:
                    if not m.background and m.best == totals.get(m.kind):
                        m.background = True


def _title_of_pieces(merged: list[list[_Candidate]], cand: _Candidate) -> list[_Candidate]:
    """The title that tells a toll's places together ("Russian attack kills five in Kharkiv and Odesa"), for the act
    at each place: the act the title names, by the actors it names (its sum is no place's toll: _summed_in_title)."""
    if not cand.piece:
        return []
    told = next((g for g in merged if any(c.piece and c.piece[0] == cand.piece[0] for c in g)), [])
    return [c for c in told if c.headline and all(m.background for m in c.casualties)]


def _opening_date(j: int, spans, dates_by_sentence: dict[int, list[DateMention]]) -> DateMention | None:
    """The date a sentence opens with ("On the night of 13-14 March, armed men attacked ...", "Last week, ..."), or None."""
    found = dates_by_sentence.get(j)
    if not found:
        return None
    first = min(found, key=lambda d: d.start)
    return first if first.start - spans[j][0] <= 25 else None


def _opens_dated_apart(j: int, spans, dates_by_sentence: dict[int, list[DateMention]], date: DateMention | None) -> bool:
    """A sentence that opens with a day other than the act's ("On the night of 13-14 March, armed men attacked a
    camp near Zalingei"): a sitrep's next incident, no part of the act's scene."""
    first = _opening_date(j, spans, dates_by_sentence)
    return first is not None and date is not None and \
        (first.date_start, first.date_end) != (date.date_start, date.date_end)


def _event_country(place: PlaceCandidate | None) -> str | None:
    return place.record.get("country_code") if place else None


_SEA_CODES = frozenset({"SEA", "OCN", "GULF", "BAY", "STRT", "CHN", "SD"})


def _report_country(toponyms: list, mentions: list[ActorMention]) -> str | None:
    """The country the report's places name most often (the first of equals), not counting names inside an actor's
    ("Boko Haram" holds no Norwegian Haram)."""
    counts: dict[str, int] = {}
    for t in toponyms:
        code = getattr(getattr(t, "place", None), "country_code", None)
        if code and not any(m.start <= t.start < m.end for m in mentions):
            counts[code] = counts.get(code, 0) + 1
    return max(counts, key=counts.get) if counts else None


# whom an act is aimed at: "opened fire on customers", "attacked villagers", "fired into a crowd of worshippers"
# (the noun itself, not what qualifies another: "a passenger boat")
_AIMED_AT = re.compile(r"\s+(?:(?:on|at|into|upon)\s+)?(?:an?\s+|the\s+)?(?:(?:group|crowd)\s+of\s+)?"
                       # (a people's village: "attacked the Palestinian village of Kafr Malik")
                       r"(?:[A-Z][a-z]+\s+(?=village|hamlet))?(?P<noun>[a-z]+)"
                       r"(?=\s*(?:[,.;]|$)|\s+(?:at|in|inside|outside|near|on|of|who|as|during|while|and|with|from)\b)")


def _unnamed_arrested(sub: str, a1: ActorMention | None) -> bool:
    """Whether an arrest by a state's forces names no one of a side ("Security forces detained 12 people in a raid"):
    ACLED's arrested are then civilians."""
    return sub == "Arrests" and a1 is not None and a1.actor.inter in STATE_INTERS


def _civilian_target(text: str, cand: _Candidate) -> tuple[int, int] | None:
    """The span of the civilians an act's words aim it at ("opened fire on customers", "attacked the village"), or
    None."""
    aimed = _AIMED_AT.match(text, cand.trigger.end)
    return aimed.span("noun") if aimed and (victim_category(aimed.group("noun")) == "civilians" or
                                            aimed.group("noun") in _HOMES) else None


# the homes of a place an attack is aimed at ("Settlers attacked the village", "attacked homes"): its people's
_HOMES = frozenset({"village", "villages", "hamlet", "hamlets", "homes", "houses", "home", "house"})


# a ship of no navy: a merchant, a fishing or a rescue ship, a tanker, a bulk carrier ("a Liberian-flagged bulk carrier",
# "a charity migrant rescue ship"; not "a Russian landing ship", "a patrol ship")
_CIVILIAN_SHIP = re.compile(r"\b(?:(?:merchant|commercial|cargo|container|civilian|fishing|rescue|passenger|grain)\s+"
                            r"(?:[\w-]+\s+)?(?:ships?|vessels?|boats?)|(?:oil\s+|product\s+|chemical\s+)?tankers?|"
                            r"(?:bulk|car)\s+carriers?|freighters?|dhows?|trawlers?|ferry|ferries)\b", re.IGNORECASE)


def _civilian_ship(text: str, group: list[_Candidate]) -> tuple[int, int] | None:
    """The span of a civilian ship the body's sentences of an act name (the act's target, at sea), or None."""
    for c in group:
        if not c.headline and (found := _CIVILIAN_SHIP.search(text, *c.span)):
            return found.span()
    return None


_SUSPECTS = re.compile(r"\bsuspects?\b", re.IGNORECASE)
# one suspect ("a 28-year-old suspect", "one of the suspects"): a criminal case's arrest, not a round-up of a group's men
_ONE_SUSPECT = re.compile(r"\b(?:a|one)\s+(?:of\s+the\s+suspects|(?:[\w-]+\s+){0,2}suspect\b(?!s))", re.IGNORECASE)
# an ordinary crime an arrest is for ("charged with residential burglary", "found with a loaded handgun during a traffic
# stop"): ACLED's Arrests are of political figures, fighters or protesters, not of a burglar or a murder suspect
_ORDINARY_CRIME = re.compile(r"\b(?:burglar\w*|robb(?:ed|ing|ery|eries)|theft|stealing|carjack\w*|shoplift\w*|break-ins?|"
                            r"broke\s+into|(?:first|second|third)-degree\s+murder|attempted\s+murder|aggravated\s+assault|"
                            r"counts?\s+of\s+(?:\w+\s+){0,2}(?:murder|assault|robbery|burglary)|possession\s+of\s+a\s+firearm|"
                            r"concealed\s+(?:weapon|firearm|handgun|pistol)|weapon\s+under\s+disability|traffic\s+stop|"
                            r"(?:illegal|unlawful)\s+possession|entering\s+autos|drunk\s+driving)\b", re.IGNORECASE)


def _ordinary_arrests(text: str, group: list[_Candidate]) -> bool:
    """Whether an event is only arrests of no one named (a man, a suspect) for an ordinary crime: no conflict event
    beside the act told (an arrest merged into the act it follows stays part of that act)."""
    return all(c.sub_event_type == "Arrests" and (c.actor2 is None or c.actor2.actor.generic) and
               _ORDINARY_CRIME.search(text, *c.span) is not None for c in group)


# those an ordinary crime is done by and to: an unnamed doer, a man or a woman
_CRIME_PARTIES = ("Unidentified Armed Group", "Civilians")


def _one_victim_crime(events: list[Event]) -> Event | None:
    """The report's one violent act where it is an attack by no one named on one person ("A man was shot and killed
    Saturday"): a crime's story, whose arrests told after it are its inquiry. Else None."""
    violent = [ev for ev in events if ev.event_type in VIOLENT_TYPES]
    if len(violent) == 1 and violent[0].sub_event_type == "Attack" and \
            (violent[0].actor1 is None or violent[0].actor1["name"].startswith(_CRIME_PARTIES[0])) and \
            sum((toll or {}).get("best") or 0 for toll in (violent[0].killed, violent[0].wounded)) <= 1:
        return violent[0]
    return None


# an arrest a report leads with is its news, not the inquiry of the crime it follows
_ARREST_LEAD = re.compile(r"\b(?:arrest\w*|detain\w*)", re.IGNORECASE)


def _inquiry_arrest(text: str, event: Event) -> bool:
    """An arrest, with no toll of its own, of a man, a woman or a suspect no one names ("Officers
    arrested the suspect Sunday", "Deputies detained a neighbor for questioning"; not a round-up: "detained nine
    suspects"; nor the arrest a report leads with: "Police arrested a man this morning and charged him in the shooting")."""
    lead_end = text.find(". ")
    if event.sub_event_type != "Arrests" or event.killed or event.wounded or \
            _ARREST_LEAD.search(text, 0, lead_end if lead_end >= 0 else len(text)):
        return False
    held = event.evidence.get("actor2")
    return event.actor2 is None or event.actor2["name"].startswith(_CRIME_PARTIES) and \
        (held is None or text[held["start"]:held["end"]].lower() != "suspects")


_AMONG_BEFORE = re.compile(r"\bamong\s+the\s+$", re.IGNORECASE)
_RESTATED_BEFORE = re.compile(r"\W*(?:it|this|that)\s+(?:was|is|marked|became)\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,4}",
                              re.IGNORECASE)


# a state that has lasted for a while, told as background: "The province has been gripped by fighting between the army
# and the rebels since June", "The group has been in talks with the government since 2021" (not a progressive act: "has
# been shelling the city since Friday"); or for weeks ("The army has been conducting a military offensive in the
# northern West Bank for three weeks")
_LASTING_BEFORE = re.compile(r"\b(?:has|have|had)\s+been\s+(?:[\w'’-]+\s+){1,4}$", re.IGNORECASE)
_LASTING_AFTER = re.compile(r"[^.;:]*?\b(?:since|for\s+(?:the\s+(?:past|last)\s+)?(?:[\w-]+\s+){0,3}"
                            r"(?:years|months|weeks|decades))\b", re.IGNORECASE)
# the verb itself in the perfect: "The OLA has fought the government for decades", "Al-Shabab has been fighting to
# overthrow the government for more than 15 years"
_LASTING_VERB_BEFORE = re.compile(r"\b(?:has|have)\s+(?:been\s+)?$", re.IGNORECASE)
# ... or told of an actor in a clause of its own, with no time needed: "the Ethiopian military, which has been fighting
# Fano militiamen in the region"
# (or where it goes on: "the North West region, where armed separatists have fought government forces since 2017")
_RELATIVE_PROGRESSIVE_BEFORE = re.compile(r",\s+(?:which|who)\s+(?:is|are)\s+(?:still\s+|also\s+|now\s+)?$", re.IGNORECASE)
_RELATIVE_PERFECT_BEFORE = re.compile(r"(?:,\s+(?:which|who)|\bwhere\s+(?:[\w'’-]+\s+){1,3}?)\s*(?:has|have)\s+"
                                      r"(?:long\s+|also\s+)?(?:been\s+)?$", re.IGNORECASE)

_SINCE_A_YEAR = re.compile(rf"\s+(?:(?:early|late|mid-?)\s*)?(?:{MONTH_NAMES}\s+)?(?:19|20)\d\d\b", re.IGNORECASE)


def _lasting_state(text: str, span: tuple[int, int], trigger: Trigger) -> bool:
    """Whether the act's noun names a state lasting since a time ("has been gripped by fighting ... since June"), or its
    verb in the perfect tells one lasting for years ("has fought the government for decades") or what an actor has
    been doing ("which has been fighting Fano militiamen")."""
    if _RELATIVE_PROGRESSIVE_BEFORE.search(text, max(span[0], trigger.start - 30), trigger.start):
        return True  # "Al Shabaab, which is fighting to overthrow the government": what the group does, no act told
    noun = trigger.rule.noun and _LASTING_BEFORE.search(text, max(span[0], trigger.start - 50), trigger.start)
    verb = not noun and _LASTING_VERB_BEFORE.search(text, max(span[0], trigger.start - 15), trigger.start)
    if verb and _RELATIVE_PERFECT_BEFORE.search(text, max(span[0], trigger.start - 30), trigger.start):
        return True
    # (a verb's "since Friday" is an act going on: "has been shelling the city since Friday"; its "since 2015" a war:
    # "It has fought a Saudi-led coalition since 2015")
    return bool(noun or verb) and (found := _LASTING_AFTER.match(text, trigger.end, span[1])) is not None and \
        not (verb and found.group(0).lower().endswith("since") and not _SINCE_A_YEAR.match(text, found.end()))


def _reportable(text: str, span: tuple[int, int], trigger: Trigger, casualties, dates) -> bool:
    """A noun alone ("airstrikes") is talk about acts in general unless counted, dated, singular
    in a past-tense sentence, or a noun that is an event in itself (talks, withdrawal); but not a war or talks told
    as a state lasting since a time, with no toll of its own (background)."""
    if not casualties and _lasting_state(text, span, trigger):
        return False
    if not trigger.rule.noun or trigger.rule.always:
        return True
    if _AMONG_BEFORE.search(text, max(span[0], trigger.start - 12), trigger.start):
        return False  # "three soldiers were among the dead": a part of a toll, no act of its own
    if casualties and not dates and all(m.background for m in casualties) and period_tally(text[span[0]:span[1]]):
        return False  # "Fighting in eastern Congo has killed thousands of people this year": a war's tally, no act
    if casualties or dates:
        return True
    if _REFERRED_BEFORE.search(text, max(span[0], trigger.start - 90), trigger.start):
        return False  # "Turkey blamed the attack on the YPG": the act told before, named again
    if _POSSESSED_BEFORE.search(text, max(span[0], trigger.start - 25), trigger.start):
        return False  # "six terrorists attempted to storm the post; their attack was foiled": the doers told before
    if trigger.plural:
        # "after days of clashes": an episode, not acts in general
        return _EPISODE_BEFORE.search(text, max(span[0], trigger.start - 30), trigger.start) is not None
    return bool(_PAST.search(text, span[0], span[1]))


def extract_events(text: str, *, published_at: dt.date | None, toponyms: list, locations: list) -> list[Event]:
    title_end = _title_end(text)
    spans = _headline_clauses(text, sentence_spans(text), title_end)
    if not spans:
        return []
    n = len(spans)
    folded = fold(text)  # once: the trigger, alias and date regexes all run on it
    mentions = find_actors(text, folded)
    mentions = _definite_back_references(text, mentions)
    actors_by_sentence: dict[int, list[ActorMention]] = {}
    for m in mentions:
        actors_by_sentence.setdefault(_in(spans, m.start), []).append(m)
    dates_by_sentence: dict[int, list[DateMention]] = {}
    report_dates: list[DateMention] = []
    said_on_by_sentence: dict[int, list[DateMention]] = {}
    all_dates = find_dates(text, published_at, folded)
    # an arrest, a charge or a hearing is dated apart from the incident it follows; it dates the
    # report's event only when nothing else is dated
    event_role = "event" if any(d.role == "event" for d in all_dates) else "judicial"
    judicial_by_sentence: dict[int, list[DateMention]] = {}
    for d in all_dates:
        if d.role == event_role:
            dates_by_sentence.setdefault(_in(spans, d.start), []).append(d)
        elif d.role == "judicial":
            judicial_by_sentence.setdefault(_in(spans, d.start), []).append(d)
        elif d.role == "report":
            report_dates.append(d)
            said_on_by_sentence.setdefault(_in(spans, d.start), []).append(d)
    # "Fano-controlled areas" (no mention before a hyphen): a name of an armed group of another country is the
    # group's, no place of the report (Fano is Ethiopia's militia, no town of Italy)
    abroad = alias_table().names_actor_abroad
    toponyms = [t for t in toponyms if getattr(t, "place", None) is None or not abroad(t.name, t.place.country_code)]
    actor_spans = [(m.start, m.end) for m in mentions if not m.actor.generic]
    places_by_sentence: dict[int, list[PlaceCandidate]] = {}
    for c in place_candidates(text, toponyms, locations, actor_spans, title_end):
        places_by_sentence.setdefault(_in(spans, c.start), []).append(c)

    casualties_by_sentence = {i: find_casualties(text, s, e) for i, (s, e) in enumerate(spans)}
    for (s, _), found in zip(spans, casualties_by_sentence.values()):
        for m in found:
            if after_accident(text, m.start, s, folded):
                m.background = True  # the dead of a crash or a disaster: no act's toll
    # "Between 7 October 2023 and 2 April 2025, at least 50,423 Palestinians were killed", "from 24 February 2022 to
    # 31 March 2025 ... verified 12,910 civilians killed": a toll over a window longer than a month is a running
    # total, no act's (and "From 1 January to 31 March, OCHA documented 411 settler attacks": acts counted, none told)
    # "SOHR documented the deaths of nine people ..., as follows: - Four members of regime forces killed ...": the toll
    # of a sentence that opens a list is the items' sum, no act's (the items tell each toll); so is the toll just before
    # a heading with none ("... the deaths of 11 people on Sunday. The death toll is distributed as follows:")
    for i, (s, e) in enumerate(spans[:-1]):
        if text[s:e].rstrip().endswith(":") and _list_item(text, spans[i + 1][0]) and casualties_by_sentence[i + 1]:
            heading = i if casualties_by_sentence[i] or i == 0 else i - 1
            for m in casualties_by_sentence[heading]:
                m.background = True
    running_totals = {i for i, ds in dates_by_sentence.items()
                      if all((d.date_end - d.date_start).days > _ACT_WINDOW_DAYS for d in ds)}
    for i in running_totals:
        for m in casualties_by_sentence.get(i, ()):
            m.background = True
        del dates_by_sentence[i]  # (nor does the window date another sentence's act: "Total losses since February 2022")
    # a roundup's incidents apart; its summary sentence's totals belong to none of them
    blocks = incident_blocks(text, spans, casualties_by_sentence, dates_by_sentence)
    if not any(b != 0 for b in blocks):
        for i in background_sentences(text, spans, casualties_by_sentence, dates_by_sentence):
            for m in casualties_by_sentence[i]:
                m.background = True
    chronicle = chronicle_sentences(text, spans, dates_by_sentence)
    candidates: list[_Candidate] = []
    orphans: list[tuple[int, list[CasualtyMention]]] = []  # casualties told in a sentence with no act
    # whether a sentence says it tells another incident ("Separately, ...", "In another attack ..."; see
    # _choose_place), asked only of sentences with an act and the two after them
    separate: dict[int, bool] = {}

    def is_separate(j: int) -> bool:
        if j not in separate:
            separate[j] = j < n and (_SEPARATE.match(text, spans[j][0]) is not None or
                                     _DAYS_APART_OPENING.match(text, spans[j][0]) is not None or
                                     text.startswith("In ", spans[j][0]) and _turns_to_country(text, spans[j][0]))
        return separate[j]
    for i, (s, _) in enumerate(spans) if "same day" in folded else ():
        if _SAME_DAY_OPENING.match(text, s):
            # "On the same day, shelling in Hays injured two women": another act of a sitrep, with its own toll
            # (the tally words "on the same day" mark elsewhere in a sentence)
            for m in casualties_by_sentence[i]:
                m.background = False
    sentence_triggers = [find_triggers(text, s, e, folded) for s, e in spans]
    # the acts each sentence only recalls; their days date no act of the report, told before them or after ("killed 50
    # terrorists in response to an attack on Djibo, where jihadists had killed dozens of soldiers on Saturday")
    hinted = [bool(found) and _past_act_hint(text, folded, s, e) for found, (s, e) in zip(sentence_triggers, spans)]
    past_acts = [list(filter(None, [_past_act(text, t, s) for t in found])) if hint else []
                 for hint, found, (s, e) in zip(hinted, sentence_triggers, spans)]
    recalled = [acts + _recalled_causes(text, s, e, found) if hint else []
                for hint, acts, found, (s, e) in zip(hinted, past_acts, sentence_triggers, spans)]
    for i, (s, e) in enumerate(spans):
        if sentence_triggers[i]:
            # "bombed Kyauktaw, which the Arakan Army captured last year": who holds the place, no act told
            recalled[i].extend((s + lo, s + hi) for lo, hi in past_taking_clauses(text[s:e]))
    for i, acts in enumerate(recalled):
        if acts and i in dates_by_sentence:
            dates_by_sentence[i] = [d for d in dates_by_sentence[i] if not any(lo <= d.start < hi for lo, hi in acts)]
    def recalled_acts(i: int) -> list[_Candidate]:
        """The acts sentence i's reprisals answer, or it came after, that tell their own day and toll."""
        if not recalled[i]:
            return []
        acts = (_recalled_act(text, folded, i, cause, sentence_triggers[i], casualties_by_sentence[i],
                              [d for d in all_dates if d.role == event_role], actors_by_sentence.get(i, []),
                              places_by_sentence, max(blocks[i], 0))
                for cause in _recalled_causes(text, *spans[i], sentence_triggers[i]))
        return [act for act in acts if act is not None]
    # a report of captives or dead given back (a release, an exchange, a handover of bodies)
    exchange_told = any(t.rule is RELEASE or t.rule.sub_event_type == "Agreement" and _EXCHANGED.search(text, t.start, t.end)
                        for found in sentence_triggers for t in found) or \
        any(_dead_handed_over(text, folded, s, e) is not None for s, e in spans)
    for i, (s, e) in enumerate(spans):
        if text.endswith("?", s, e) or text.endswith("?\"", s, e) or text.endswith("?”", s, e):
            continue  # "HOW DID THE FIGHTING START?", "Will the gangs attack the airport next?": asked, not told
        if text.startswith("It ", s) and _RECALLED_OPENING.match(text, s):
            for m in casualties_by_sentence[i]:
                m.background = True  # "It would be recalled that ... had attacked the same base in March": a past act
            continue
        triggers = sentence_triggers[i] if i not in running_totals else []
        if triggers and _JOINT_FIGURE_HINT.search(folded, s, e) and (joint := _JOINT_FIGURE.search(text, s, e)):
            # "Russia lost 1,230 personnel killed and wounded": a count of the dead and the hurt in one, no act told
            triggers = [t for t in triggers if not joint.start() <= t.start < joint.end()]
        if exchange_told:
            triggers = [t for t in triggers if not _captivity_recalled(text, t, dates_by_sentence.get(i), published_at)]
        if (dead_from := _dead_handed_over(text, folded, s, e)) is not None:
            triggers = [t for t in triggers if t.start < dead_from]
            for m in casualties_by_sentence[i]:
                if m.end > dead_from:
                    m.background = True  # the dead handed over: no toll of an act the report tells
        # "No deaths were reported", "No one was killed": a toll of none, told of the act before, no act of its own
        if nil_tolls := [m for m in casualties_by_sentence[i] if m.best == 0]:
            triggers = [t for t in triggers if not any(m.start <= t.start < m.end for m in nil_tolls)]
        # the sentence counts from when a war began ("since the clashes began", "since factions of the cartel began
        # fighting", "since the war ... broke out"): the war's acts there are no act of the report
        since_began = (since := _SINCE_BEGAN.search(text, s, e) if folded.find("since", s, e) >= 0 else None) is not None
        if since_began:
            triggers = [t for t in triggers if not since.start() <= t.start < since.end() + 12]
        for lo, hi in recalled[i]:
            since_began = since_began or _BEGAN_AFTER.match(text, hi) is not None
            triggers = [t for t in triggers if not lo <= t.start < hi]
            for m in casualties_by_sentence[i]:
                if lo <= m.start < hi:
                    m.background = True  # the dead of the act recalled: no reported act's toll
        casualties = casualties_by_sentence[i] if blocks[i] != SUMMARY else []
        if not triggers:
            if casualties:
                orphans.append((i, casualties))
            # (a sentence that only tells what the act came after: "The operation came after militants ambushed ...")
            candidates.extend(recalled_acts(i))
            continue
        trigger = min(triggers, key=lambda t: (t.rule.rank, t.start))
        if trigger.rule.sub_event_type == TERRITORY and folded.startswith("storm", trigger.start) and (
                lethal := next((t for t in triggers if t.rule.sub_event_type == LETHAL), None)):
            trigger = lethal  # "stormed the village ... and opened fire on residents": the attack's way in, no taking
        if trigger.rule.sub_event_type == "Peaceful protest" and (
                clash := next((t for t in triggers if t.rule.sub_event_type == "Armed clash" and t.rule.event_type == BATTLES),
                              None)):
            # "Hundreds marched ... and small groups clashed with police": the demonstration turned violent
            trigger = Trigger(clash.start, clash.end, RIOT, False)
        if trigger.rule.noun and trigger.rule.event_type in VIOLENT_TYPES and \
                _SPELL_OF_BEFORE.search(text, max(s, trigger.start - 30), trigger.start):
            # "agreed to a ceasefire ..., ending more than a year of fighting": the war the agreement ends
            trigger = next((t for t in triggers if t.rule.sub_event_type == "Agreement"), trigger)
        if trigger.rule.noun and _OPENING_ACT.fullmatch(text, s, trigger.start) and (verb := next(
                (t for t in triggers if t.start > trigger.end and not t.rule.noun and t.rule.event_type in VIOLENT_TYPES
                 and "," in text[trigger.end:t.start]), None)) and \
                _assign_roles(text, verb, actors_by_sentence.get(i, []), casualties)[0] is not None:
            trigger = verb  # "In a reprisal attack, Tiv youths killed three herders": the act told by its verb, its doer
        if trigger.rule.noun and _THE_BEFORE.search(text, max(s, trigger.start - 4), trigger.start) and \
                (interception := next((t for t in triggers if t.rule is INTERCEPTION), None)) is not None:
            trigger = interception  # "the attack had failed and the missiles were intercepted": the act told before, foiled
        if trigger.rule is LAUNCH and (interception := next(
                (t for t in triggers if t.rule is INTERCEPTION and t.start > trigger.end), None)) is not None and \
                not _harm_told(i + 1, sentence_triggers, casualties_by_sentence):
            trigger = interception  # "rockets were launched at Haifa ..., most were intercepted": one act, foiled
        if trigger.rule.sub_event_type == "Abduction/forced disappearance" and \
                any(c.kind == "killed" for c in casualties):
            # "attacked a school, killing 41 people and abducting six others": an attack that also took hostages
            trigger = next((t for t in triggers if t.rule.sub_event_type == LETHAL), trigger)
        if not _reportable(text, (s, e), trigger, casualties, dates_by_sentence.get(i)):
            continue
        if trigger.rule.noun and _RESTATED_BEFORE.fullmatch(text, s, trigger.start) and \
                any(c.sentence >= i - 2 and c.event_type in VIOLENT_TYPES for c in candidates):
            continue  # "It was the first deadly attack by the group on shipping": the act just told, ranked among others
        # (the men of a recalled act are no party to the reported one: "in response to an attack that killed two soldiers")
        actors = actors_by_sentence.get(i, [])
        if recalled[i]:
            actors = [m for m in actors if not any(lo <= m.start < hi for lo, hi in recalled[i])]
        if since_began:
            actors = [m for m in actors if not since.start() <= m.start < since.end()]
        a1, a2 = _assign_roles(text, trigger, actors, casualties)
        if a2 is not None and a2.actor.generic and a2.actor.inter in ARMED_INTERS and _CAPTIVE_AFTER.match(text, a2.end):
            a2 = replace(a2, actor=alias_table().actor("Civilians ({country})"))  # captives are out of the fight
        # (or of any period's tally: "Forty aid workers have been killed in Sudan since the start of the year", "At least
        # 2,100 people were kidnapped in the first six months of the year"; and a group's, its verb in the perfect: "The
        # ADF, which has pledged allegiance to IS, has killed thousands")
        if trigger.rule.sub_event_type in _TALLIED and \
                (a1 is None and (a2 is None or a2.actor.generic and a2.actor.inter == 7) or
                 _LASTING_VERB_BEFORE.search(text, max(s, trigger.start - 15), trigger.start)) and \
                any(m.background and m.start <= trigger.start < m.end for m in casualties) and \
                (since_began or i in running_totals or period_tally(text[s:e])):
            orphans.append((i, casualties))  # (a tally's count: see tallies_only)
            continue  # the verb of a war's tally ("54 people have been killed since the clashes began"): no act
        if trigger.rule is STORMING and a1 is not None and a1.actor.inter in STATE_INTERS:
            continue  # a state force's storming is a raid: an event only by what it did there (an arrest, a killing)
        event_type, sub = _sub_type(trigger.rule, a1, a2, casualties)
        if sub == "Attack" and _crowd_kills(text, trigger, a1):
            if a2 is not None and a2.actor.inter in ARMED_INTERS and \
                    not _SUSPECTED_BEFORE.search(text, max(0, a2.start - 12), a2.start) and \
                    not _FACILITY_AFTER.match(text, a2.end):
                # "Residents killed 15 bandits after the armed men invaded the community": a community in arms (not
                # a lynching: "a crowd burned to death 13 suspected gang members", a mob; nor a crowd that storms a
                # police post)
                event_type, sub, a1 = BATTLES, "Armed clash", _in_arms(a1)
            else:
                event_type, sub = RIOTS, "Mob violence"
        elif sub == "Armed clash" and a1 is not None and a2 is not None and {a1.actor.inter, a2.actor.inter} == {IDENTITY, CIVILIANS}:
            # "Clashes between Arab herders and farmers": civilians who fight an identity militia are one too
            a1, a2 = (_in_arms(a1), a2) if a1.actor.inter == CIVILIANS else (a1, _in_arms(a2))
        if sub == "Arrests" and _SUSPECTS.search(text, s, e) and (a1 is None or _ONE_SUSPECT.search(text, s, e)) and \
                any(c.event_type in VIOLENT_TYPES for c in candidates) and \
                not any(c.sub_event_type == "Arrests" for c in candidates):
            # "Two suspects were arrested on Sunday": the inquiry into the act told, by no force the report names, or
            # of one suspect by any ("Police arrested a suspect Wednesday") (an arrest told before is told again)
            continue
        if sub == "Disrupted weapons use" and a1 is not None and a1.actor.inter in ARMED_GROUP_INTERS and \
                _TAKEN.match(text, trigger.start):
            sub = "Looting/property destruction"  # "the militants seized weapons": a raid's loot, no seizure
        date, date_distance = _choose_date(text, i, dates_by_sentence, trigger, n, said_on_by_sentence.get(i, ()))
        if judicial_by_sentence.get(i) and date_distance != 0:
            if trigger.rule.sub_event_type == "Arrests":
                date = min(judicial_by_sentence[i], key=lambda d: abs(d.start - trigger.start))  # the arrest itself
                date_distance = 0
            elif (arrest := _arrest_after_act(text, judicial_by_sentence[i])) is not None:
                date, date_distance = arrest, 0
        # (the scene of an act the sentence only recalls is not the act's: ", a day after a missile landed near Tel Aviv";
        # but a cause's may be: "agreed to a ceasefire after talks in Doha")
        scenes = places_by_sentence if not past_acts[i] else {**places_by_sentence, i: [
            c for c in places_by_sentence.get(i, ()) if not any(lo <= c.start < hi for lo, hi in past_acts[i])]}
        if text.startswith(" c", trigger.end) and (when := _CAME_WHILE_AFTER.match(text, trigger.end)):
            # "The attack came as Modi was sworn in in New Delhi": the places of what it came during are no scene of it
            scenes = {**scenes, i: [c for c in scenes.get(i, ()) if c.start < when.end()]}
        place, place_key = _choose_place(text, i, scenes, trigger, event_type, sub,
                                         {j for j in (i + 1, i + 2) if is_separate(j) or blocks[j:j + 1] != blocks[i:i + 1]
                                          or _opens_dated_apart(j, spans, dates_by_sentence, date)},
                                         a1)
        cand = _Candidate(i, (s, e), trigger, a1, a2, casualties, date, date_distance, place, place_key,
                          event_type, sub, max(blocks[i], 0), is_separate(i), trigger.end <= title_end,
                          a1 is not None and a1.actor.generic and date_distance != 0 and not a1.speaker and
                          _TOLD_BACK_BEFORE.search(text, max(s, a1.start - 5), a1.start) is not None or
                          sub == "Disrupted weapons use" and _AT_THE_SCENE.match(text, trigger.end, e) is not None,
                          tuple(m.actor for m in actors_by_sentence.get(i, ())), _opening_date(i, spans, dates_by_sentence),
                          _DEATH_WORD.match(text, trigger.start) is not None, in_quotation(text, trigger.start),
                          _hostages_taken(text, folded, trigger, triggers))
        cand.custody = cand.death and _custody_death(text, trigger)
        cand.listed = _list_item(text, s)
        cand.small_arms = _SMALL_ARMS.search(text, s, e) is not None
        cand.scene_opening = place is not None and place_key[1] == 0 and \
            _SCENE_OPENING.fullmatch(text, s, place.start) is not None
        cand.calendar_day = i in chronicle and date_distance == 0
        cand.ensuing = any(t.rule.noun and _ENSUING_BEFORE.search(text, max(s, t.start - 25), t.start) for t in triggers)
        cand.shot_back = a1 is not None and a1.actor.inter in STATE_INTERS and any(
            t.rule.sub_event_type == LETHAL and _KILLED_BACK.match(text, t.end) for t in triggers)
        candidates.extend(_per_place(text, cand, triggers, actors, places_by_sentence))
        candidates.extend(recalled_acts(i))

    _summed_in_title(candidates)
    if len(candidates) > 2 and candidates[0].headline and candidates[0].trigger.plural and \
            candidates[0].event_type in VIOLENT_TYPES and any(c.separate for c in candidates[1:]):
        del candidates[0]  # a title's plural act over incidents the body tells apart ("Sahel: attacks kill dozens"): their sum
    merged: list[list[_Candidate]] = []
    for cand in candidates:
        if merged and (more := _more_elsewhere(text, merged[-1], cand, places_by_sentence)) is not None:
            merged.append([more])
            continue
        for group in merged:
            if _same_incident(group, cand):
                # (a death in custody heads the arrest it followed: the act the report tells)
                group.insert(0, cand) if cand.custody and not any(c.custody for c in group) else group.append(cand)
                break
        else:
            if merged and _loose_violence(cand) and not cand.separate:
                cand = _summary_doer(merged[-1], cand)
            elif merged and cand.listed and cand.actor1 is None and cand.event_type == EXPLOSIONS and \
                    (summary := next((g for g in reversed(merged) if not g[0].listed), None)) is not None and \
                    summary[0].sub_event_type == cand.sub_event_type:
                # "Israeli strikes killed at least 27 ...: - Gaza City: nine killed when a strike hit a school": the
                # item's strike is one of those the list's summary says whose
                cand.actor1 = _group_actor(summary, "actor1")
            merged.append(_title_of_pieces(merged, cand) + [cand])
    # "On 18 February, an IED ... The following day, militants attacked ...": a day counted from the act before
    # ("A day earlier, a drone strike ...": or back from it)
    for earlier, group in zip(merged, merged[1:]):
        head, prev = group[0], earlier[0]
        if head.date_distance != 0 and prev.date is not None and prev.date.precision == 1:
            apart = _DAYS_APART.search(text, *head.span)
            if apart:
                days = words_to_int(apart.group("n") or apart.group("nb") or "one")
                day = prev.date.date_start - dt.timedelta(days=days) if apart.group("before") else \
                    prev.date.date_end + dt.timedelta(days=days)
                head.date, head.date_distance = DateMention(apart.start(), apart.end(), day, day, 1, "event"), 0
    # "The Islamic State group claimed responsibility": the doer of the violent act told before it, when
    # that act has no named doer
    # (so does a group the report says was blamed: "President Francois Hollande blamed Islamic State", and a
    # state: "Washington blamed Russia for the attack")
    # (each pattern needs its word: asked only of a report that holds it)
    claims = may_hold(text, folded, ("claimed", "carried out by", "blamed on", "was behind", "were behind", "responsible for",
                                     "perpetrated by", "dropped by", "planted by"))
    blames = may_hold(text, folded, ("blam", "attribut", "believed", "suspected"))
    owns = may_hold(text, folded, ("said",))
    for m in mentions + _blamed_states(text) if claims or blames or owns else ():
        named = not m.actor.generic
        # (an unnamed group blamed is still the doer: "Authorities blamed Malay Muslim insurgents for the attack"; and a
        # force that says it did it: "The U.S. military said it carried out the strike")
        if (named and (claims and (_CLAIMED_AFTER.match(text, m.end) or _CLAIMED_BY_BEFORE.search(text, max(0, m.start - 40), m.start)) or
                       owns and folded.find("said", m.end, m.end + 100) >= 0 and _OWNED_AFTER.match(text, m.end)) or
                (named or m.actor.inter in ARMED_GROUP_INTERS) and blames and
                (_BLAMED_BEFORE.search(text, max(0, m.start - 100), m.start) or _SUSPECTED_DOERS_BEFORE.search(
                    text, max(0, m.start - 100), m.start) or _suspected_doer(text, m.start, m.end)) and
                not _denied_after(text, spans, m.end)):
            # (a group that says it did it claims an act told before its words; its own sentence's act has it as doer
            # already, when it is: "The army said it had killed 50 terrorists in response to an attack on Djibo")
            said = not (claims and _CLAIMED_AFTER.match(text, m.end)) and named and owns and _OWNED_AFTER.match(text, m.end)
            claimed = [g for g in merged if g[0].event_type in VIOLENT_TYPES and
                       (g[0].sentence < _in(spans, m.start) if said else g[0].sentence <= _in(spans, m.start))]
            if claimed and _vague_doer(text, claimed[-1][0].actor1, named):
                for told in claimed[-1]:
                    if told.actor2 is m:  # (named in a telling's own sentence, it was taken for the target)
                        told.actor2 = None
                # (and the body's telling of a title's act: _group_actor takes the body's doer)
                for act in [claimed[-1][0]] + [c for c in claimed[-1][1:] if c.actor1 is not None and
                                               _vague_doer(text, c.actor1, named)]:
                    act.actor1 = m
                    # "claimed the attack": a clash, perhaps
                    act.event_type, act.sub_event_type = _sub_type(act.trigger.rule, m, act.actor2, act.casualties)
    _launchers(merged)
    _strikes_launched_by(merged)
    if INTERCEPTION in {g[0].trigger.rule for g in merged}:
        merged = _foiled_launches(text, merged)
    # "... where she was in stable condition": the casualties of the nearest violent act before
    # (or, in a report that names the toll first, after)
    violent = [g for g in merged if g[0].event_type in VIOLENT_TYPES]
    for i, casualties in orphans:
        if blocks[i] == SUMMARY:
            continue
        if not violent and all(m.best == 0 for m in casualties) and (told := [g for g in merged if g[0].sentence < i]):
            # "Rioters looted shops ... No deaths were reported": a toll of none of the act told, violent or not
            told[-1][0].casualties = told[-1][0].casualties + casualties
            continue
        same = [g for g in violent if g[0].block == blocks[i]]
        if len(same) < len(violent):  # a roundup: only an act of the same incident
            if not same:
                continue
            violent_here = same
        else:
            violent_here = violent
        before = [g for g in violent_here if g[0].sentence < i]
        group = max(before, key=lambda g: max(c.sentence for c in g if c.sentence < i)) if before else \
            (violent_here[0] if violent_here else None)
        if group is not None and not before and group[0].listed:
            continue  # "Strikes killed 46 people across Gaza. - Jabalia: 22 killed ...": the sum of the list, no item's toll
        if group is not None:
            group[0].casualties = group[0].casualties + casualties
    # with no date of its own in the text, an event is dated by when it was first reported
    # ("police said Sunday"), and failing that by publication; both are marked inferred
    # (the earliest: a dateline's filing day after a claim's, "SANAA, Nov 1 - The Houthis said on Tuesday they had fired")
    fallback = min(report_dates, key=lambda d: (d.date_start, d.start)) if report_dates else None
    event_dates = sorted((d for ds in dates_by_sentence.values() for d in ds), key=lambda d: d.start)
    judicial_dates = [d for ds in judicial_by_sentence.values() for d in ds]
    country_memo: list[str | None] = []  # (asked only of an event with no country of its own)

    def report_country() -> str | None:
        if not country_memo:
            country_memo.append(_report_country(toponyms, mentions))
        return country_memo[0]
    if any(c.event_type in VIOLENT_TYPES for g in merged for c in g):
        # (an arrest alone in a report still dates the incident it follows)
        merged = [g for g in merged if not _ordinary_arrests(text, g)]
    events = [_build(text, group, published_at, mentions, fallback, event_dates, report_country, judicial_dates, toponyms)
              for group in merged]
    if _one_victim_crime([ev for ev, _ in events]) is not None:
        events = [(ev, n) for ev, n in events if not _inquiry_arrest(text, ev)]
    told = len(events)
    if published_at is not None:
        lead_end = spans[min(1, n - 1)][1]
        events = [(ev, k) for ev, k in events if not _long_past(text, ev, published_at, lead_end)]
    tallies_only = orphans and all(m.background for _, ms in orphans for m in ms)
    if not events and not tallies_only and not told:  # (a report that only counts a period's dead tells no incident: "violence had
        # killed hundreds of people in the state this year")
        unnamed = _unnamed_incident(text, spans, dates_by_sentence, orphans, places_by_sentence)
        if unnamed is not None:
            events.append((unnamed, 0))
    # main incident first: the scorer and the API take the first violent event as the headline
    events.sort(key=lambda ev: (0 if ev[0].event_type in VIOLENT_TYPES else 1, ev[1]))
    return [ev for ev, _ in events]


# the acts whose victims a period's tally counts by the act's verb ("killed", "kidnapped")
_TALLIED = (LETHAL, "Abduction/forced disappearance")
# half a year: how long before its publication an act a report dates only by its month is history it recalls
_RECALLED_AGE = dt.timedelta(days=180)
# a past year an act is told in: "killed 67 people at the Westgate mall in 2013", "The Taliban's summer offensive of 2021"
_IN_YEAR = re.compile(r"\b(?:in|during|of)\s+(?:(?:early|late|mid)[\s-]+)?(?P<year>(?:19|20)\d\d)\b(?!\s*[-–/]\s*\d)",
                      re.IGNORECASE)


def _long_past(text: str, event: Event, published_at: dt.date, lead_end: int) -> bool:
    """Whether the report tells the act as history or as a state, no event of its own: dated only by a month or a year,
    half a year or more before it was published ("overran the town in July 1995", "the 2014 abduction", "In July last
    year, a suicide bomber killed 63 people": an anniversary's, a trial's, a profile's or a survivor's recollection); dated by a span of months that
    runs to the report's day ("has launched more than 100 attacks since November 2023": a campaign, a tally); or told
    in a past year in a sentence after the lead (lead_end: where its second sentence ends) that dates it no closer ("In
    2023 alone, drones struck targets more than 1,000 times"). (An old act told to the day, or in the lead, is what a trial
    or an arrest report is about: "was shot on June 3, 2016", "convicted him of murder in the 2014 shooting" stays.)"""
    own_date = "date" not in event.inferred and event.date_end is not None
    if own_date and (event.date_precision or 0) >= 4 and \
            dt.date.fromisoformat(event.date_end) < published_at - _RECALLED_AGE:
        return True
    if own_date and event.date_precision == 5 and dt.date.fromisoformat(event.date_end) >= published_at:
        return True
    sentence, date = event.evidence.get("sentence"), event.evidence.get("date")
    if sentence is None or sentence["start"] < lead_end or \
            own_date and date is not None and sentence["start"] <= date["start"] < sentence["end"]:
        return False
    return any(int(m.group("year")) < published_at.year for m in _IN_YEAR.finditer(text, sentence["start"], sentence["end"]))


_INCIDENT_HINT = re.compile(r"\b(?:shots?|shooting|gunfire|gunshots?|gun|guns|firearms?|handguns?|rifles?|pistols?|"
                            r"weapons?|police|officers|deputies|victims?|robber\w*|suspects?|injur\w+|wound\w*|"
                            r"incident|fire|blast|attack\w*|violence)\b", re.IGNORECASE)
# the hints that name an act (not who is there: "delivered the bullet to police")
_ACT_HINT = re.compile(r"shots?|shooting|gunfire|gunshots?|attack\w*|violence|fire|blast|incident", re.IGNORECASE)


def _unnamed_incident(text: str, spans, dates_by_sentence, orphans, places_by_sentence) -> Event | None:
    """A report that dates an incident but names no act we know ("a loaded gun was found in his
    possession Wednesday morning", "officers were called for a shooting around 11 a.m. Saturday"):
    one low-confidence event at the first dated sentence that speaks of an incident, its type a guess
    (an attack when someone was hurt, else 'Other') marked inferred."""
    for i in sorted(dates_by_sentence):
        s, e = spans[i]
        if not dates_by_sentence[i] or not _INCIDENT_HINT.search(text, s, e):  # (its days may all be a recalled act's)
            continue
        if all(_ACT_HINT.fullmatch(m.group(0)) and IRREALIS_BEFORE.search(text, max(s, m.start() - 40), m.start())
               for m in _INCIDENT_HINT.finditer(text, s, e)):
            continue  # "warned on Wednesday of a possible terrorist attack": an incident that may come, none told
        casualties = [m for _, ms in orphans for m in ms]
        killed, wounded = combine(casualties)
        hurt = bool((killed and killed.best) or (wounded and wounded.best))
        event_type, sub = (VIOLENCE_CIV, "Attack") if hurt else (STRATEGIC, "Other")
        d = dates_by_sentence[i][0]
        ev = Event(event_type, sub, killed=_count_dict(killed, text, _no_actors_side), wounded=_count_dict(wounded, text),
                   date_start=d.date_start.isoformat(), date_end=d.date_end.isoformat(), date_precision=d.precision)
        ev.evidence = {"sentence": _span(s, e), "date": _span(d.start, d.end)}
        for key, count in (("killed", killed), ("wounded", wounded)):
            if count:
                base = _base(count)
                ev.evidence[key] = _span(base.start, base.end)
        places = places_by_sentence.get(i) or [c for j in sorted(places_by_sentence) for c in places_by_sentence[j]]
        if places:
            place = min(places[:3], key=lambda c: (c.precision, c.start))
            ev.location = dict(place.record)
            ev.evidence["location"] = _span(place.start, place.end)
        ev.inferred = ["event_type"]
        ev.confidence = 0.2
        return ev
    return None


def _narrowed(d: DateMention, event_dates, text: str, judicial_dates=()) -> DateMention:
    """'a triple shooting that occurred last week ... on Thursday': a vague span gives way to the
    first exact day the report gives inside it after it, else before it (a day told before the span is more
    often another step's: 'gathered Sunday where a man was shot over the weekend'); a day either side:
    'over the weekend' may start on a Friday night. A few days written as such ('the night of 13-14
    March') are no vague span. With no act's day inside a span of a week or a month, the first arrest or
    charge inside it dates the act, which was over by then ('shot his ex-wife last week ... was arrested on
    March 21 after deputies responded to a report of a shooting'); not an overnight's two days, whose
    arrest is as often the morning after."""
    if d.precision <= 1 or d.precision == 2 and any(c.isdigit() for c in text[d.start:d.end]) or \
            counted_span(text, d):
        return d  # (and a toll counted "since Friday" or "for a third day" is the whole span's, not one day's in it)
    lo, hi = d.date_start - dt.timedelta(days=1), d.date_end + dt.timedelta(days=1)
    if text[d.start:d.start + 8].lower() == "earlier ":
        hi = d.date_end  # "earlier this month" ends the day before the report: the report's day is another act's
    inside = [x for x in event_dates if x.precision == 1 and lo <= x.date_start <= hi and x.start != d.start]
    if inside:
        return next((x for x in inside if x.start > d.start), inside[0])
    if (d.date_end - d.date_start).days > 2:
        steps = [x for x in judicial_dates if x.precision == 1 and d.date_start <= x.date_start <= d.date_end]
        return min(steps, key=lambda x: x.date_start, default=d)
    return d


def _group_value(group: list[_Candidate], attr: str):
    for c in group:
        v = getattr(c, attr)
        if v is not None:
            return v
    return None


def _group_actor(group: list[_Candidate], role: str) -> ActorMention | None:
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
        if m is not None and not m.actor.generic and m.actor.inter == first.actor.inter:
            return m
    return first


def _crowd_control(c: _Candidate) -> bool:
    """'Protesters stormed the parliament ... Police opened fire, killing at least five people', 'Police arrested 34
    people': state forces' lethal act or arrest with no target but the crowd is the riot's (or the protest's)
    intervention."""
    return (c.trigger.rule.sub_event_type == LETHAL or c.sub_event_type == "Arrests") and c.actor1 is not None and \
        c.actor1.actor.inter == 1 and (c.actor2 is None or c.actor2.actor.inter in (5, 6, 7))


def _crowd_violence(c: _Candidate) -> bool:
    """'Students clashed with party activists ... The students threw stones and the activists attacked them': a
    crowd's attack told after the riot is the riot's."""
    return c.trigger.rule.sub_event_type == LETHAL and c.actor1 is not None and c.actor1.actor.generic and \
        c.actor1.actor.inter in (5, 6, 7)


def _loose_violence(c: _Candidate) -> bool:
    """A bare 'killed'/'wounded' sentence with no actor: part of whichever violent incident it follows."""
    return c.trigger.rule.sub_event_type == LETHAL and c.actor1 is None and c.event_type in VIOLENT_TYPES


# "In a separate airstrike, ...", "In another attack ...", "Separately, ...", "Elsewhere, ...", a sitrep's "On the same
# day, ..." (not "The same day, police arrested": a step of the same story): the writer
# says the act is not the one told before
_SAME_DAY = r"(?:on|later)\s+(?:the|that)\s+same\s+day\b"
_SEPARATE = re.compile(r"\W*(?:(?:in|during)\s+(?:a\s+separate|another|a\s+second|a\s+different|an\s+unrelated)\b|"
                       rf"(?:separately|elsewhere)\b|{_SAME_DAY}|(?:a|in\s+a)\s+(?:separate|second|different|unrelated)\s+"
                       r"(?:\w+\s+)?(?:attack|incident|strike|airstrike|raid|shooting|bombing|explosion|blast|clash)s?\b)",
                       re.IGNORECASE)


_LIST_MARK = re.compile(r"[-*\u2013\u2022]\s")  # "- ", "* ", "– ", "• " (a "•" the sentence splitter may have eaten)


def _list_item(text: str, start: int) -> bool:
    """Whether the sentence at start opens a line that is an item of a list ("- Khan Younis: 14 killed ...")."""
    before = text[max(0, start - 3):start].rstrip(" \t")
    if before.endswith("\u2022"):
        return True
    return (not before or before.endswith("\n")) and _LIST_MARK.match(text, start) is not None


# a roundup's turn to another country: "In neighbouring Niger, 15 soldiers were killed ...", "In Mali, JNIM claimed ..."
_COUNTRY_TURN = re.compile(r"In\s+(?:neighbou?ring\s+|nearby\s+)?" + _COUNTRY_NAME + r",")


def _turns_to_country(text: str, start: int) -> bool:
    """Whether the sentence at start opens with a turn to a country ("In neighbouring Niger, ..."): another incident."""
    turn = _COUNTRY_TURN.match(text, start)
    return turn is not None and turn.group("name") in country_codes()


# "The militia blamed the United States; a US official denied involvement": a blame the blamed deny names no doer
_DENIAL = re.compile(r"\bden(?:ied|ies|y|ying)\s+(?:any\s+|all\s+)?(?:involvement|responsibility|role|part|it|carrying|having|"
                     r"(?:the|any)\s+(?:accusations?|claims?|charges?|allegations?|reports?))\b", re.IGNORECASE)


def _denied_after(text: str, spans: list[tuple[int, int]], pos: int) -> bool:
    """Whether a denial follows a blame at pos, in its sentence or the next."""
    i = _in(spans, pos)
    end = spans[min(i + 1, len(spans) - 1)][1]
    return text.find("den", pos, end) >= 0 and _DENIAL.search(text, pos, end) is not None


# the dead handed over ("Ukraine received the bodies of 501 servicemen killed in the Donetsk region", "The bodies of 94
# soldiers killed in fighting near Bakhmut were returned", "turned over the remains of three rebels killed in an
# encounter"): a handover, no new killing; the fighting the dead fell in, told after them, is who they are (from the
# word for the dead to the sentence's end)
_HANDOVER_VERB = (r"(?:return(?:ed|s|ing)?|receiv(?:ed|es|ing)|repatriat(?:ed|es|ing)|exchang(?:ed|es|ing)|swapp(?:ed|ing)|"
                  r"transferr(?:ed|ing)|releas(?:ed|es|ing)|deliver(?:ed|s|ing)|hand(?:ed|s|ing)(?:\s+(?:over|back))?|"
                  r"turn(?:ed|s|ing)\s+over|sen[dt]\s+back|brought\s+back)")
_DEAD = r"(?:bodies|corpses|remains(?=\s+of\b))"
_DEAD_HANDED_OVER = re.compile(
    rf"\b{_HANDOVER_VERB}\s+(?:[\w'’-]+\s+){{0,4}}?(?P<dead>{_DEAD})\b|"
    rf"\b(?:return|repatriation|hand-?over|exchange|swap|transfer)\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,2}}?(?P<dead2>{_DEAD})\b|"
    rf"\b(?P<dead3>{_DEAD})\s+of\b[^.;]{{0,120}}?\b(?:was|were|have\s+been|has\s+been|had\s+been)\s+(?:\w+\s+)?"
    rf"{_HANDOVER_VERB}\b", re.IGNORECASE)


def _dead_handed_over(text: str, folded: str, start: int, end: int) -> int | None:
    """Where the dead a sentence hands over are first named (see _DEAD_HANDED_OVER), or None."""
    lowered = folded[start:end]
    if "bodies" not in lowered and "remains" not in lowered and "corpses" not in lowered:
        return None
    found = _DEAD_HANDED_OVER.search(text, start, end)
    return None if found is None else found.start(next(g for g in ("dead", "dead2", "dead3") if found.group(g)))


_EXCHANGED = re.compile(r"exchang|swap", re.IGNORECASE)
# how those given back were taken, told in the passive as who they are ("The Russian soldiers returned had been captured in
# the Kursk region", "Both hostages were abducted from kibbutz Nir Oz on Oct. 7, 2023"): no act of the report, when
# told in the pluperfect or dated weeks before it
_CAPTIVITY_SUBS = ("Abduction/forced disappearance", TERRITORY)
_CAPTIVITY_RECALLED_DAYS = 30
_PLUPERFECT_BEFORE = re.compile(r"\bhad\s+been\s+(?:\w+\s+)?$", re.IGNORECASE)


def _captivity_recalled(text: str, trigger: Trigger, dates: list[DateMention] | None, published_at) -> bool:
    if trigger.rule.sub_event_type not in _CAPTIVITY_SUBS or trigger.rule.noun:
        return False
    before = text[max(0, trigger.start - 25):trigger.start]
    if _PLUPERFECT_BEFORE.search(before):
        return True
    return _PASSIVE_BEFORE.search(before) is not None and bool(dates) and published_at is not None and \
        all((published_at - d.date_end).days > _CAPTIVITY_RECALLED_DAYS for d in dates)


# a sentence that recalls an earlier act: "It would be recalled that the fighters had attacked the same base in March"
_RECALLED_OPENING = re.compile(r"It\s+(?:would|will|should|may|can)\s+be\s+recalled\s+that\b")
_SAME_DAY_OPENING = re.compile(rf"\W*{_SAME_DAY}", re.IGNORECASE)


_JOINT_FIGURE_HINT = re.compile(r"(?:killed|dead)\s+(?:and|or)")
_JOINT_FIGURE = re.compile(r"\d[\d,.]*\s+(?:[\w-]+\s+){0,2}?(?:killed|dead)\s+(?:and|or|and/or)\s+(?:wounded|injured|hurt)\b",
                           re.IGNORECASE)
_SMALL_ARMS = re.compile(r"\b(?:snipers?|gunfire|gunmen|shot\s+dead|opened\s+fire|stabbed)\b", re.IGNORECASE)
_SCENE_OPENING = re.compile(r"\W*In\s+(?:the\s+)?")


def _same_incident(group: list[_Candidate], cand: _Candidate) -> bool:
    if group[0].block != cand.block or cand.separate or _days_apart(group, cand):
        return False
    if cand.scene_opening and group[0].scene_opening and _apart(group[0].place.record, cand.place.record):
        return False  # a daily summary's places, each opening its act ("In Kherson, a drone ... In Bilozerka, a sniper ...")
    if _elsewhere_than_piece(group, cand):
        return False
    if _arrest_of_the_dead(group, cand) or _attackers_shot_back(group, cand):
        return True
    if cand.ensuing and group[0].event_type in VIOLENT_TYPES and cand.event_type in VIOLENT_TYPES and \
            not _dated_apart(group, cand):
        return True  # "Six attackers were killed by security forces in the ensuing clash": the fight the attack began
    # (the body's act: the title says less)
    kind = group[0] if not group[0].headline else next((c for c in group if not c.headline), group[0])
    if kind.sub_event_type == cand.sub_event_type and cand.actor1 is None and not cand.casualties:
        return True  # an elaboration with no party of its own ("Al-Baghdadi has allegedly fled ...")
    if _claimed_back(group, cand):
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
    if _rescue_fought(group, cand):
        return True
    if _seized_in_the_act(group, cand, kind):
        return True
    if kind.event_type == STRATEGIC and kind.sub_event_type != cand.sub_event_type:
        return False  # an arrest and a looting, an agreement and a withdrawal: developments of their own
    if kind.event_type != cand.event_type:
        violent = kind.event_type in VIOLENT_TYPES and cand.event_type in VIOLENT_TYPES
        # "security forces fired tear gas to disperse them. Several people were injured": the hurt of a
        # dispersal or a riot, not an attack of its own
        crowd = kind.event_type in (PROTESTS, RIOTS) and kind.sub_event_type != "Peaceful protest"
        if not ((violent or crowd) and _loose_violence(cand) or
                violent and all(_loose_violence(c) for c in group) or crowd and _crowd_control(cand) or
                kind.event_type == RIOTS and _crowd_violence(cand) or
                violent and (_told_again(group, cand) or _part_retold(group, cand))):
            return False
    for role in ("actor1", "actor2"):
        a, b = _group_value(group, role), getattr(cand, role)
        if a and b and not _one_group(a.actor, b.actor) and not (a.actor.generic or b.actor.generic) and \
                not (_told_again(group, cand) and a.actor in cand.named):
            # (a title's party the body's telling names too: "Strike kills three Kataib Hezbollah fighters" - "A
            # strike on a base of the PMF killed three fighters of Kataib Hezbollah")
            return False
    if _loose_violence(cand) and (cand.place is None or cand.place_key[1] != 0):
        return True  # "Two of those wounded are in critical condition": no scene of its own
    if _told_again(group, cand) or kind.event_type == STRATEGIC and all(c.headline for c in group) and \
            not cand.headline and cand.sub_event_type == kind.sub_event_type:
        # (a title names the country or the region: "Papua rebels kill soldier", "Colombia and rebels extend truce" -
        # "signed an agreement in Havana")
        return True
    place = min((c for c in group if c.place), key=lambda c: c.place_key, default=None)
    if cand.listed and place is not None and cand.place is not None and cand.place_key[1] == 0 and \
            cand.place.record["name"] != place.place.record["name"] and \
            cand.place.record.get("geonameid") != place.place.record.get("geonameid"):
        return False  # an item of a sitrep's list at a place of its own ("- Jabalia: 22 killed ... - Khan Younis: 14 killed")
    if compatible(place.place.record if place else None, cand.place.record if cand.place else None):
        return True
    # two places for one violent act: a street named like a town elsewhere, a city and its
    # neighbourhood. Only an act dated differently in its own sentence is another incident.
    if kind.trigger.rule.sub_event_type == LETHAL and cand.trigger.rule.sub_event_type == LETHAL:
        return not _dated_apart(group, cand)
    return False


def _rescue_fought(group: list[_Candidate], cand: _Candidate) -> bool:
    """'Army frees 40 hostages near Beni' - 'freed 40 hostages ... after heavy fighting': a release a title tells that
    the body tells as a fight (or the body's killing of the captors) is that act."""
    title_release = [c for c in (*group, cand) if c.headline and c.trigger.rule is RELEASE]
    return bool(title_release) and any(not c.headline and c.event_type in VIOLENT_TYPES for c in (*group, cand)) and \
        all(c.headline and c.trigger.rule is RELEASE or not c.headline for c in (*group, cand))


_PART_OF_AN_ATTACK = ("Looting/property destruction", "Change to group/activity", "Disrupted weapons use")


def _seized_in_the_act(group: list[_Candidate], cand: _Candidate, kind: _Candidate) -> bool:
    """Arms seized by the force that fought, arrested or was attacked, at no scene of their own ("The soldiers came under
    fire ... The troops seized 11 rifles", "arrested a cartel commander ... Troops seized rifles, grenades and a drone"):
    the haul of that act, no disrupted weapons use of its own."""
    if cand.sub_event_type != "Disrupted weapons use" or cand.casualties or not (
            kind.event_type in (BATTLES, RIOTS) or kind.sub_event_type == "Arrests" and len(group) == 1):
        return False  # (an arrest's haul only to the arrest alone: a group it joins may take in other acts)
    doers = [a for a in (_group_value(group, "actor1"), _group_value(group, "actor2")) if a is not None]
    if cand.actor1 is not None and not any(_one_group(cand.actor1.actor, a.actor) for a in doers):
        return False
    return cand.place is None or cand.place_key[1] != 0 or \
        compatible(kind.place.record if kind.place else None, cand.place.record)


def _more_elsewhere(text: str, group: list[_Candidate], cand: _Candidate,
                    places_by_sentence: dict[int, list[PlaceCandidate]]) -> _Candidate | None:
    """A doerless count of more hurt or dead at a place of its own after a strike or a shelling told at another ("A
    Ukrainian drone struck a minibus in Shebekino, killing the driver. Three more people were wounded in the village of
    Novaya Tavolzhanka"): the same doer's act there, an event of its own (ACLED: one event a location); else None."""
    head = group[0]
    if head.event_type != EXPLOSIONS or not _loose_violence(cand) or cand.place is None or cand.place_key[1] != 0 or \
            cand.place.precision > 2 or not any(m.additive and m.best > 0 for m in cand.casualties):
        return None
    place, place_key = head.place, head.place_key
    if place is not None and _in_sentence(place, places_by_sentence, cand.sentence):
        # (the act took the later sentence's place: its own is told before it)
        place, place_key = _choose_place(text, head.sentence, places_by_sentence, head.trigger, head.event_type,
                                         head.sub_event_type, {cand.sentence}, head.actor1)
    if place is None or place.precision > 2 or not _apart(place.record, cand.place.record):
        return None
    head.place, head.place_key = place, place_key
    return replace(_summary_doer(group, cand), actor2=_group_actor(group, "actor2"))


def _summary_doer(group: list[_Candidate], cand: _Candidate) -> _Candidate:
    """A doerless act told apart after a strike or a shelling ("Russia launched a missile and drone attack on western
    Ukraine. In Lviv, one person was killed; in Ternopil, two were wounded"): the summary's doer and kind of act."""
    head = next((c for c in group if not c.headline), group[0])  # (the body's act: a title says less)
    doer = _group_actor(group, "actor1")
    if head.event_type != EXPLOSIONS or doer is None or cand.small_arms:
        return cand  # (not "In Bilozerka, a Russian sniper killed a woman": a shooting, no strike's)
    return replace(cand, trigger=head.trigger, actor1=doer, event_type=head.event_type, sub_event_type=head.sub_event_type)


def _in_sentence(place: PlaceCandidate, places_by_sentence: dict[int, list[PlaceCandidate]], i: int) -> bool:
    return any(c is place for c in places_by_sentence.get(i, ()))


def _launchers(merged: list[list[_Candidate]]) -> None:
    """An interception with no launcher told acts on the doer of the violent act told just before it ("The Houthis said
    they had fired missiles at the carrier ... the missiles were intercepted"; "Ukrainian naval drones struck a landing
    ship ... its Black Sea Fleet had destroyed five uncrewed boats")."""
    for k, group in enumerate(merged):
        head = group[0]
        if head.trigger.rule is not INTERCEPTION or head.actor2 is not None:
            continue
        before = next((g for g in reversed(merged[:k]) if g[0].event_type in VIOLENT_TYPES), None)
        launcher = _group_actor(before, "actor1") if before else None
        if head.actor1 is None and launcher is not None and (aimed_at := _group_actor(before, "actor2")) is not None and \
                aimed_at.actor.inter in STATE_INTERS:
            # "... fired missiles at the USS Harry S. Truman ... the missiles were intercepted": by the force they were aimed at
            head.actor1 = aimed_at
        if head.actor1 is not None and launcher is not None and not launcher.actor.generic and \
                launcher.actor is not head.actor1.actor:
            head.actor2 = launcher


def _harm_told(i: int, sentence_triggers: list, casualties_by_sentence: dict) -> bool:
    """Sentence i tells a blast or a toll ("Shrapnel from one rocket wounded two people"): what a launch told just
    before did, partly intercepted or not."""
    return i < len(sentence_triggers) and (any(m.best for m in casualties_by_sentence.get(i, ())) or
                                           any(t.rule.event_type == EXPLOSIONS for t in sentence_triggers[i]))


def _strikes_launched_by(merged: list[list[_Candidate]]) -> None:
    """A strike with no doer told beside an interception of a launcher's weapons was that launcher's ("A drone attack
    caused a fire at an oil depot ... the ministry said Ukrainian drones were destroyed over the region")."""
    for group in merged:
        head = group[0]
        if head.event_type != EXPLOSIONS or _group_actor(group, "actor1") is not None:
            continue
        launcher = next((m for g in merged if g[0].trigger.rule is INTERCEPTION and abs(g[0].sentence - head.sentence) <= 1
                         and (m := _group_actor(g, "actor2")) is not None), None)
        if launcher is not None and launcher.actor.inter in ARMED_INTERS:
            head.actor1 = launcher


# the weapons of a launch told back as what was brought down: "the missile was intercepted", "most of the rockets were
# intercepted", "it was shot down" (not other weapons counted anew: "shot down 12 drones overnight")
_WEAPONS_TOLD_BACK = re.compile(r"\b(?:(?:the|both|all|most|some|each|many)\s+(?:of\s+the\s+|of\s+them\b)?(?:[\w-]+\s+){0,2}?"
                                r"(?:missiles?|rockets?|drones?|projectiles?|barrage|munitions?)\b|"
                                r"(?:it|they|both|all|most)\s+(?:was|were|had\s+been)\s+(?:\w+\s+)?"
                                r"(?:intercepted|shot\s+down|downed|destroyed))", re.IGNORECASE)
# what an intercepted weapon still did where it fell: "wounded by falling debris", "Fragments of the missile fell on ..."
_FALLEN_HARM = re.compile(r"\b(?:debris|fragments?|shrapnel|wreckage|falling)\b", re.IGNORECASE)


def _foiled_launches(text: str, merged: list[list[_Candidate]]) -> list[list[_Candidate]]:
    """An interception told beside the launch it foiled is one act with it, not two ("The Houthis said they fired a
    missile at Eilat. The Israeli military said the missile was intercepted"): with no harm told, the interception (as
    a launch its own sentence tells intercepted is); with harm the weapon's debris did ("Air defences intercepted 23
    Ukrainian drones over the region. A woman was wounded by falling debris"), the launcher's strike."""
    dropped: set[int] = set()
    for k, group in enumerate(merged):
        head = group[0]
        launcher = _group_actor(group, "actor2")
        if head.trigger.rule is not INTERCEPTION or launcher is None or launcher.actor.inter not in ARMED_INTERS:
            continue
        near = [j for j, g in enumerate(merged) if j != k and j not in dropped and
                any(abs(c.sentence - head.sentence) <= 1 for c in g if not c.headline)]
        launch = next((j for j in near if merged[j][0].event_type == EXPLOSIONS and merged[j][0].sentence < head.sentence
                       and (a1 := _group_actor(merged[j], "actor1")) is not None and a1.actor is launcher.actor), None)
        if launch is not None and not any(m.best for c in merged[launch] for m in c.casualties) and \
                _WEAPONS_TOLD_BACK.search(text, *head.span):
            # (the launch's sentences tell the same act: its day and its target's place, as the interception's)
            group.extend(replace(c, trigger=head.trigger, event_type=head.event_type, sub_event_type=head.sub_event_type,
                                 actor1=head.actor1, actor2=launcher) for c in merged[launch])
            dropped.add(launch)
            continue
        harm = next((j for j in near if _loose_violence(merged[j][0]) and merged[j][0].sentence != head.sentence and
                     any(m.best for c in merged[j] for m in c.casualties) and
                     _FALLEN_HARM.search(text, *merged[j][0].span)), None)
        if harm is not None:
            hit = merged[harm][0]
            drones = re.search(r"\bdrones?\b", text[head.span[0]:head.span[1]], re.IGNORECASE) is not None
            hit.actor1, hit.event_type = launcher, EXPLOSIONS
            hit.sub_event_type = "Air/drone strike" if drones else "Shelling/artillery/missile attack"
            dropped.add(k)
    return [g for j, g in enumerate(merged) if j not in dropped]


# the men the act before told, killed: "shot them dead", "killed two of them", "killed all three", "killed four of the attackers"
_KILLED_BACK = re.compile(r"\s+(?:them|him|both|all\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)|"
                          r"(?:all|both|one|two|three|four|five|six|seven|eight|nine|ten|some|several|most|\d+)\s+of\s+"
                          r"(?:them|the\s+(?:attackers|assailants|gunmen|militants|raiders|insurgents))|"
                          r"the\s+(?:attackers|assailants|raiders))\b", re.IGNORECASE)


_ENSUING_BEFORE = re.compile(r"\b(?:ensuing|subsequent|resulting)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def _attackers_shot_back(group: list[_Candidate], cand: _Candidate) -> bool:
    """A force that kills the men of the attack told before ("Two gunmen attacked a checkpoint. Soldiers shot them
    dead"): one armed clash, with no day of its own."""
    doer = _group_value(group, "actor1")
    return cand.shot_back and not _dated_apart(group, cand) and group[0].event_type in VIOLENT_TYPES and \
        doer is not None and doer.actor.inter in ARMED_GROUP_INTERS and not _civilian_victims(group)


def _civilian_victims(group: list[_Candidate]) -> bool:
    """Whether the group's act was on civilians (a massacre the army's later killing of the attackers does not retype)."""
    return any(c.actor2 is not None and c.actor2.actor.inter == CIVILIANS or
               any(m.category == "civilians" for m in c.casualties) for c in group if not c.shot_back)


def _arrest_of_the_dead(group: list[_Candidate], cand: _Candidate) -> bool:
    """A death in custody and the arrest told beside it ("A detainee died in police custody on Saturday, a day after he was
    arrested"; "Police arrested a teenager ... He died in custody hours later"): one act, the death."""
    return cand.custody and all(c.sub_event_type == "Arrests" for c in group) or \
        cand.sub_event_type == "Arrests" and any(c.custody for c in group)


def _claimed_back(group: list[_Candidate], cand: _Candidate) -> bool:
    """Whether cand is a group's claim of the violent act told before it, in its own words, with no day or toll of its
    own ("A merchant vessel was struck by a missile ... Houthi military spokesman Yahya Saree said the group had
    targeted the ship", "Jihadists killed nine soldiers ... ISWAP said in a statement that it had attacked the base")."""
    return cand.actor1 is not None and cand.actor1.speaker and not cand.casualties and cand.date_distance != 0 and \
        cand.event_type in VIOLENT_TYPES and any(c.event_type in VIOLENT_TYPES and not c.headline for c in group) and \
        ((doer := _group_value(group, "actor1")) is None or doer.actor.generic)


def _elsewhere_than_piece(group: list[_Candidate], cand: _Candidate) -> bool:
    """Whether cand is told at another place than the act of a toll counted place by place (_per_place) the group
    holds: another of its places, or a later sentence's scene that lies apart ("Among the dead in Khan Younis ...")."""
    pieces = [c for c in group if c.piece]
    if not pieces:
        return False
    if cand.piece and any(c.piece[0] == cand.piece[0] for c in pieces):
        return True
    return cand.place is not None and cand.place_key[1] == 0 and pieces[0].place is not None and \
        _apart(pieces[0].place.record, cand.place.record)


def _same_actor(a: Actor, b: Actor) -> bool:
    """One actor, or one actor's generic and national forms ("a police officer", "Serbian police")."""
    return a is b or a.name == b.name and (a.generic or b.generic or a.country == b.country)


def _apart_in_scene(a: Actor, b: Actor, country: str | None) -> bool:
    """Whether one's national form and the other's generic one are two countries' forces in the event's country:
    "an Azerbaijani drone struck a vehicle in Armenia, wounding three servicemen" (unnamed, so the scene's)."""
    return country is not None and a.resolved(country)["country"] != b.resolved(country)["country"]


def _one_group(a: Actor, b: Actor) -> bool:
    """One actor, or a group and its branch named after it ("Islamic State", "Islamic State Khorasan Province"):
    a title may name the parent where the body names the branch."""
    # (and a faction named after its group: "Sinaloa Cartel: Los Chapitos")
    return _same_actor(a, b) or any(x.name.startswith((y.name + " ", y.name + ":")) for x, y in ((a, b), (b, a)))


def _told_again(group: list[_Candidate], cand: _Candidate) -> bool:
    """A headline's act and the body's first telling of it ("Papua rebels kill soldier" - "Rebels shot dead an
    Indonesian soldier ... on Thursday"): the title sums up the lead, in fewer words (its type may be the vaguer)."""
    # (not a title's plural act, "Sahel: attacks kill dozens": a roundup's sum of its incidents)
    return not cand.headline and group[0].headline and all(c.headline for c in group) and \
        cand.event_type in VIOLENT_TYPES and group[0].event_type in VIOLENT_TYPES and not group[0].trigger.plural


# "militants linked to al Qaeda", "al Qaeda-linked fighters": the men told by whom they are tied to, not by name
_TIED_BEFORE = re.compile(r"\b(?:linked|affiliated|allied|tied|loyal|close|connected)\s+(?:to|with)\s+(?:the\s+)?$",
                          re.IGNORECASE)
_TIED_AFTER = re.compile(r"\w-(?:linked|affiliated|allied|aligned)\b", re.IGNORECASE)


def _vague_doer(text: str, doer: ActorMention | None, named_claimer: bool) -> bool:
    """Whether a doer is one a claim or a blame names better: none, unnamed men, or (for a named claimer) men told only
    by the group they are tied to ("militants linked to al Qaeda" - "JNIM claimed the attack")."""
    return doer is None or doer.actor.generic or named_claimer and (
        _TIED_BEFORE.search(text, max(0, doer.start - 30), doer.start) is not None or
        _TIED_AFTER.search(text, doer.start, doer.end + 12) is not None)  # (the alias may hold it: "X-linked")


def _part_retold(group: list[_Candidate], cand: _Candidate) -> bool:
    """The doer's own account of a part of the act told ("Israeli forces killed five Palestinians during a raid" - "The
    military said its troops had killed three gunmen in exchanges of fire"): the same named doer, no day of its own, and
    no more dead than the act's."""
    doer = _group_value(group, "actor1")
    if cand.actor1 is None or cand.actor1.actor.generic or doer is None or doer.actor is not cand.actor1.actor or \
            cand.date_distance == 0:
        return False
    dead = [m.best for m in cand.casualties if m.kind == "killed"]
    told = [m.best for c in group for m in c.casualties if m.kind == "killed"]
    if not dead and _fight_retold(group, cand):
        return True
    return bool(dead and told) and max(dead) <= max(told)


def _fight_retold(group: list[_Candidate], cand: _Candidate) -> bool:
    """The named doer's account that an attack's dead, none told as civilians, fell in a fight ("Two Palestinians were
    shot dead by Israeli forces during a raid" - "The military said its soldiers had returned fire after gunmen shot
    at them"): a clash with no dead and no day of its own, the same incident, which it types (_build)."""
    doer = _group_value(group, "actor1")
    casualties = [m for c in group for m in c.casualties]
    return cand.sub_event_type == "Armed clash" and group[0].sub_event_type == "Attack" and cand.date_distance != 0 and \
        doer is not None and not doer.actor.generic and cand.actor1 is not None and cand.actor1.actor is doer.actor and \
        not any(m.kind == "killed" for m in cand.casualties) and any(m.kind == "killed" for m in casualties) and \
        not any(m.category == "civilians" for m in casualties)


def _days_apart(group: list[_Candidate], cand: _Candidate) -> bool:
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


def _own_dates(group: list[_Candidate]) -> list[DateMention]:
    """The dates the group's acts give in their own sentences."""
    return [c.date for c in group if c.date is not None and c.date_distance == 0]


def _dated_apart(group: list[_Candidate], cand: _Candidate) -> bool:
    own = _own_dates(group)
    if cand.date is None or cand.date_distance != 0 or not own:
        return False
    return all((d.date_start, d.date_end) != (cand.date.date_start, cand.date.date_end) for d in own)


def _base(count: Count) -> CasualtyMention:
    """The mention a count is read from: the largest that is not an addition (of those it adds up, where it does)."""
    return max(count.parts or count.mentions, key=lambda m: (not m.additive, m.best))


def _side(group: str, start: int, end: int, a1: ActorMention | None, a2: ActorMention | None,
          actor_mentions: list[ActorMention], text: str) -> str:
    """Whose dead a count of combatants are: actor1's ("side_a") or actor2's ("side_b"), told by an
    actor named in the count's words ("seven Israeli soldiers"), else by the force its noun names
    ("soldiers" beside a state's forces, "militants" beside a group's); "unknown" when neither tells."""
    if group == PERPETRATOR:
        return "side_a"
    sides = (("side_a", a1), ("side_b", a2))
    # (or right after them: "two members of Hezbollah")
    of_group = OF_THE.match(text, end)
    named = [m.actor for m in actor_mentions if (start <= m.start < end or of_group and m.start == of_group.end())
             and not m.actor.generic]
    for key, a in sides:
        if a is not None and any(actor is a.actor for actor in named):
            return key
    inters = STATE_INTERS if group == STATE_FORCES else ARMED_GROUP_INTERS if group == ARMED_GROUP else ()
    if not inters:
        return "unknown"
    same = [key for key, a in sides if a is not None and a.actor.inter in inters]
    unnamed = [key for key, a in sides if a is None]
    # beside an unnamed other side, soldiers are the named state's (a state's opponent the report does not
    # name is seldom another state), and fighters the named target's ("a bomb struck members of the PMF,
    # killing three fighters"); but gunmen beside named gunmen may be of either group
    if len(same) == 1 and (not unnamed or group == STATE_FORCES or same[0] == "side_b"):
        return same[0]
    if not same and len(unnamed) == 1:  # the one side named is not theirs
        return unnamed[0]
    return "unknown"


def _no_actors_side(group: str, start: int, end: int) -> str:
    return "unknown"  # with no actors there is no side A or B


def _count_dict(count: Count | None, text: str, side_of=None) -> dict | None:
    """A count as stored; side_of(group, start, end) -> split key, given for the dead (split by side)."""
    if count is None:
        return None
    base = _base(count)
    out = {"low": count.low, "best": count.best, "high": count.high}
    if side_of is not None:
        split = {"civilians": 0, "side_a": 0, "side_b": 0, "unknown": 0}
        for m in counted_mentions(count):
            if m.category == "unknown":
                # the same toll told again with whom it counts: the title's "kill 10", the body's "killed 10 traders"
                m = next((other for other in count.mentions if other.best == m.best and not other.additive and
                          other.category != "unknown"), m)
            key = "civilians" if m.category == "civilians" else \
                side_of(m.group, m.start, m.end) if m.category == "combatants" else "unknown"
            split[key] += m.best
            if m.category == "unknown":  # "12 people, including three soldiers and two children"
                # (or in the same toll told again: a title's "Bomber kills 10", the body's "killing 10 people including
                # the attacker")
                named = named_among(text, m.start, m.end, m.best) or next(
                    (found for other in count.mentions if other is not m and other.best == m.best and
                     other.category == "unknown" and not other.additive and
                     (found := named_among(text, other.start, other.end, other.best))), [])
                for group, n, start, end in named:
                    split["unknown"] -= n
                    split["civilians" if group == "civilians" else side_of(group, start, end)] += n
        if sum(split.values()) != count.best:  # "shot minus killed" and other derived counts
            split = {"civilians": 0, "side_a": 0, "side_b": 0, "unknown": count.best}
        out.update(split)
    out["phrase"] = text[base.start:base.end]
    out["rule"] = count.rule
    return out


def _victims_of_no_side(casualties: list[CasualtyMention]) -> bool:
    """Whether an act's told victims are people of no side the text names ("killing eight people"), none of them
    fighters (a pronoun names no one: "without saying how he died")."""
    return any(m.category == "unknown" and m.best and not m.rule.startswith("pronoun") for m in casualties) and \
        not any(m.category == "combatants" and not m.background for m in casualties)  # (not a recalled act's dead)


def _killed_of_no_side(text: str, casualties: list[CasualtyMention]) -> bool:
    """Whether the act killed people of no side the text names ("a mob beat a man to death", "lynched a suspect": one
    suspected of a crime is no armed man to a mob): a mob's victims (not
    those hurt in a brawl between two crowds, nor a recalled tally's dead)."""
    return any(m.kind == "killed" and m.best and (m.category == "unknown" or _SUSPECTS.search(text, m.start, m.end)) and
               not m.background and not m.rule.startswith("pronoun") for m in casualties)


# the blasts someone set off in person or in advance (a shell or an air strike comes from a side the text tells),
# told by their device: a bare "explosion" may be a gas cylinder's
_PLANTED = ("Remote explosive/landmine/IED", "Grenade", "Suicide bomb")
_DEVICE = re.compile(r"bomb|mine|\bIEDs?\b|explosive|ordnance|grenade|suicide", re.IGNORECASE)


def _bodies_counted(text: str, casualties: list[CasualtyMention]) -> bool:
    """The dead counted as bodies ("The bodies of five men with gunshot wounds were found"): found killed, by men the
    report does not name (not one body found at home, whose killer may be of the household)."""
    return any(m.kind == "killed" and "bodies" in text[m.start:m.end].lower() for m in casualties)


def _bare_strike(text: str, trigger: Trigger) -> bool:
    """A strike told by the bare noun ("a strike on", "strikes across"), which names no weapon."""
    return text[trigger.start:trigger.end].rstrip().lower() in ("strike", "strikes")


def _build(text: str, group: list[_Candidate], published_at, mentions,
           fallback_date: DateMention | None, event_dates: list[DateMention] = (),
           report_country: Callable[[], str | None] = lambda: None, judicial_dates=(),
           toponyms: list = ()) -> tuple[Event, int]:
    # (the body's act over the title's where they are typed apart: the title says less)
    first = group[0]
    told = first if not first.headline else next((c for c in group if not c.headline), first)
    # (a detail told back of the same men does not retype the act: "ambushed a convoy ... The attackers used an IED")
    # (a bare "strike" names no weapon: the weapon another telling names types it, "Russian strike on Ternopil kills
    # 19" - "Russian missiles hit two apartment blocks")
    weapon_named = any(c.event_type == EXPLOSIONS and not _bare_strike(text, c.trigger) for c in group)
    head = min(group, key=lambda c: (c.told_back, weapon_named and _bare_strike(text, c.trigger), c.trigger.rule.rank,
                                     c.headline and c.event_type != told.event_type))
    if head.trigger.rule.sub_event_type == "Abduction/forced disappearance" and \
            told.trigger.rule.sub_event_type == LETHAL and any(m.kind == "killed" and m.best for m in told.casualties):
        # "raided cattle camps, killing 15 people ... Eight children were abducted during the raid": a lead that tells a
        # killing tells an attack that also took hostages (as when one sentence tells both)
        head = told
    evidence: dict = {"event_type": _span(head.trigger.start, head.trigger.end),
                      "sentence": _span(*first.span)}
    inferred: list[str] = []
    # (of two places as good, the body's over the title's: "captured village in Donetsk" - "the village of Ocheretyne")
    place_c = min((c for c in group if c.place), key=lambda c: (c.place_key[:-1], c.headline, c.place_key[-1:]),
                  default=None)
    place = place_c.place if place_c else None
    # (with no place of its own, the country the report's places and peoples name most: "the Malian army withdrew
    # from its base in Ber" - its rebels are Mali's)
    # (not at sea: a ship's crew in the Gulf of Aden is no coastal state's)
    country = _event_country(place)
    if country is None and (place is None or place.record.get("feature_code") not in _SEA_CODES):
        country = report_country()
    # (the forces that put a riot down are not its rioters)
    a1 = _group_actor([c for c in group if not (head.event_type == RIOTS and _crowd_control(c))], "actor1")
    # (nor are those arrested after it its victims: "A mob beat a man to death ... Two suspects have been arrested")
    a2 = _group_actor([c for c in group if not (head.event_type == RIOTS and c.sub_event_type == "Arrests")], "actor2")
    casualties = [m for c in group for m in c.casualties]
    event_type, sub = head.event_type, head.sub_event_type
    if head.hostages is not None and not any(m.kind in ("killed", "wounded") and m.best for m in casualties):
        # no one killed or hurt: the attack was the way in, the hostage-taking is the act
        event_type, sub = _sub_type(head.hostages.rule, head.actor1, head.actor2, head.casualties)
        evidence["event_type"] = _span(head.hostages.start, head.hostages.end)
    if head.trigger.rule.sub_event_type == TERRITORY and a1 is not None and head.actor1 is None:
        # the doer of the gain is told in another sentence of the incident ("Iraqi forces launched an
        # offensive ... Peshmerga forces said they had taken nine villages"): the doer decides the sub-type
        event_type, sub = _sub_type(head.trigger.rule, a1, head.actor2, head.casualties)
    if sub == "Attack" and any(_fight_retold(group[:k], c) for k, c in enumerate(group) if k):
        event_type, sub = BATTLES, "Armed clash"
    if (force := next((c.actor1 for c in group[1:] if c.shot_back), None)) is not None and a1 is not force and \
            not _civilian_victims(group):
        # the attackers the force shot back at: one clash, the force the other party
        event_type, sub = BATTLES, "Armed clash"
        a2 = _group_actor([c for c in group if not c.shot_back], "actor2") or force
    if any(c.ensuing for c in group[1:]) and not group[0].ensuing:
        # (the fight that followed an attack is the attacked force's: the attack's parties stay, the force its target)
        told = [c for c in group if not c.ensuing]
        force = next((c.actor1 for c in group if c.ensuing and c.actor1 and c.actor1.actor.inter in STATE_INTERS), None)
        a1, a2 = _group_actor(told, "actor1"), _group_actor(told, "actor2") or force
    arrest = next((c for c in group if c.sub_event_type == "Arrests"), None)
    if sub == "Peaceful protest" and arrest is not None:
        # ACLED: arrests at a protest are its intervention ("Police arrested more than 100 people as they tried to
        # march"): the force that arrests acts on the protesters
        crowd_told = next((c.actor1 for c in group if c.event_type == PROTESTS and c.actor1), None)
        sub, a1, a2 = "Protest with intervention", arrest.actor1, crowd_told
    elif sub == "Arrests" and a2 is not None and a2.actor.inter == 6:
        # ... told from the arrest ("Police detained 98 people in Yerevan as protesters ... blocked streets")
        event_type, sub = PROTESTS, "Protest with intervention"
    if event_type == RIOTS and a2 is None:
        # the forces that put the riot down ("Police opened fire"), told in a sentence of their own
        a2 = next((c.actor1 for c in group if c is not head and _crowd_control(c)), None)
    vague_a2 = a2 is None or (a2.actor.generic and a2.actor.inter in (2, 3))
    if vague_a2 and a1 is not None and event_type in VIOLENT_TYPES and a1.actor.inter in STATE_INTERS and \
            head.trigger.rule.sub_event_type in (TERRITORY, LETHAL) or \
            event_type == EXPLOSIONS and vague_a2 and a1 and a1.actor.inter in STATE_INTERS:
        # the other party of a battle ("80 terrorists"), named elsewhere in the report ("Islamic State")
        # (a state's: a group's rockets do not hit the other group the report names, "Hezbollah fired rockets" after
        # "an Israeli strike on a Hamas office")
        others = [m for m in mentions if not m.speaker and not m.actor.generic and m.actor is not a1.actor
                  and m.actor.inter in ARMED_GROUP_INTERS and not _ALLY_BEFORE.search(text[max(0, m.start - 40):m.start])]
        # (not where the report names rivals, either of whom it might be: "Navolato has been a battleground between Los
        # Chapitos and La Mayiza")
        if others and all(_one_group(m.actor, others[0].actor) for m in others):
            a2 = min(others, key=lambda m: abs(m.start - head.trigger.start))
            inferred.append("actor2")
    if sub == "Attack" and head.trigger.rule.sub_event_type == LETHAL and a1 is not None and a2 is not None and \
            a1.actor.inter in STATE_INTERS and a2.actor.inter in ARMED_GROUP_INTERS and not a2.actor.generic and \
            "{country}" not in a2.actor.name and not _civilian_victims(group):  # (a named group: not "Palestinian gunmen")
        # a force's killing of a named group's men, told in another sentence than the group ("police raid on Rio gang
        # kills 64" - "an operation against the Comando Vermelho"): a clash, as its own sentence would make it
        event_type, sub = BATTLES, "Armed clash"
    # (one actor on both sides only as one plural written for both: "between two rival armed groups")
    both = any(c.actor1 is not None and c.actor1 is c.actor2 for c in group)  # a plural written for both sides
    # (the same actor though named apart: "Serbian police" and "a police officer")
    if sub in ONE_SIDED or (a1 and a2 and a1 is not a2 and not both and _same_actor(a1.actor, a2.actor) and
                            not _apart_in_scene(a1.actor, a2.actor, country)):
        a2 = None
    if a2 is None and sub == "Armed clash" and a1 is not None and a1.actor.name.startswith("Police Forces") and \
            (uag := alias_table().actor("Unidentified Armed Group ({country})")) is not None:
        # the police's fight with a man the report does not name ("shot and wounded a man who pointed a handgun at
        # officers": the officers are its own men): ACLED's other side is an unidentified armed group, inferred
        # (not an army's: its foe is a group the lexicon may lack, "Abu Sayyaf militants")
        a2 = ActorMention(head.trigger.start, head.trigger.end, uag, False, False)
        inferred.append("actor2")
    if sub == "Mob violence" and a2 is not None and a2.actor.generic and _SUSPECTS.fullmatch(text, a2.start, a2.end):
        a2 = replace(a2, actor=alias_table().actor("Civilians ({country})"))  # one a mob suspects is no armed man
    # "Gunmen opened fire on customers at a bar, killing five people": an attack aimed at civilians, whose dead are theirs
    aimed = next(filter(None, map(lambda c: _civilian_target(text, c), group)), None) \
        if event_type == VIOLENCE_CIV and sub == "Attack" else None
    # (and ACLED's attack is on civilians by definition, as is a blast's toll of people of no side: with no target
    # named, the dead or hurt of no side told are civilians, inferred: "killing eight people"; so are those a
    # group takes or rapes, a violence against civilians whatever they are: "taking hundreds of passengers hostage",
    # "soldiers raped at least a dozen women"; and those a state's forces arrest, no side named)
    # (a merchant ship struck is civilians': "A merchant vessel was struck by a missile", "fired two missiles at a
    # Greek-owned tanker")
    if a2 is not None and event_type == EXPLOSIONS and country_codes().get(text[a2.start:a2.end]) and \
            a2.actor.inter == 1 and (any(m.category == "civilians" for m in casualties) or _victims_of_no_side(casualties)):
        # a country struck whose people are the toll ("launched 465 drones and 32 missiles at Ukraine ... at least 12
        # people were wounded in Kyiv"): its civilians, as where no target is named
        a2 = None
    ship = _civilian_ship(text, group) if a2 is None and (event_type == EXPLOSIONS or sub == "Attack") else None
    if a2 is None and (aimed or ship or any(m.category == "civilians" for m in casualties) or
                       (sub == "Attack" or event_type == EXPLOSIONS) and _victims_of_no_side(casualties) or
                       sub == "Mob violence" and _killed_of_no_side(text, casualties) or
                       event_type == VIOLENCE_CIV and sub in ("Abduction/forced disappearance", "Sexual violence") or
                       _unnamed_arrested(sub, a1)):
        civ = alias_table().actor("Civilians ({country})")
        if civ is not None:
            victim = next(((m.start, m.end) for m in casualties if m.category == "civilians"), aimed or ship)
            if victim is None:
                inferred.append("actor2")
                victim = (head.trigger.start, head.trigger.end)
            a2 = ActorMention(victim[0], victim[1], civ, False, False)
    killed, wounded = combine(casualties)
    if killed is not None and killed.best > 0 and (
            sub == "Protest with intervention" or a1 is not None and a1.actor.inter == 1 and (
                event_type == PROTESTS or event_type == VIOLENCE_CIV and a2 is not None and a2.actor.inter == 6)):
        # ACLED: an intervention that kills protesters ("police opened fire, killing at least five people, as
        # demonstrations turned violent": state forces, a protest, and its dead; "police opened fire, killing five
        # protesters")
        event_type, sub = PROTESTS, "Excessive force against protesters"
    if sub == "Excessive force against protesters" and a1 is not None and a1.actor.inter == 6:
        # the crowd is what the force is used on ("Two protesters were shot": the subject of the passive), the force
        # that uses it may be told after ("Protesters killed as police fire on crowds")
        a1, a2 = (a2 if a2 is not None and a2.actor.inter in (1, 2) else None), a1
    if (event_type == EXPLOSIONS or head.trigger.rule is REPELLED_ASSAULTS) and a1 is None or \
            sub == "Disrupted weapons use" and a2 is None:
        # "all 18 drones that the enemy launched at Kyiv", in an official's words: the other side of the scene's war
        enemy = next(filter(None, (_scene_enemy(text, c.span, country) for c in group)), None)
        if enemy is not None and a1 is None and sub != "Disrupted weapons use":  # ("stopped four enemy attacks")
            a1 = enemy
        elif enemy is not None:
            a2 = enemy
    for role, m in (("actor1", a1), ("actor2", a2)):
        if m is not None and role not in inferred:
            evidence[role] = _span(m.start, m.end)
    # the date in the sentence that first reports the act; else the report's first date (the lead's)
    date_c = first if first.date is not None else None
    if first.headline and first.date_distance != 0:
        # (a title's act takes the day the body's telling gives in its own sentence, not the lead's first day: "...
        # extended a state of emergency on Monday after gunmen killed nine people ... on Saturday night"; but not a
        # later day than the title's own, a claim's: "said on Tuesday it had recaptured" - "entered the town on Monday")
        told = next((c for c in group if not c.headline and c.date is not None and c.date_distance == 0), None)
        if told is not None and (date_c is None or told.date.date_start <= date_c.date.date_start):
            date_c = told
    actor1 = a1.actor if a1 else None
    if head.trigger.rule is BOMBING and actor1 is not None and actor1.inter in (1, EXTERNAL):
        # a state's forces bomb from the air ("the Russian bombing of Aleppo"), a group sets a bomb off
        sub = "Air/drone strike"
    if actor1 is None and (sub in _PLANTED and _DEVICE.search(text, head.trigger.start, head.trigger.end) or
                           head.trigger.rule is BODIES_FOUND or sub == "Attack" and _bodies_counted(text, casualties)) and \
            not any(not m.actor.generic and m.actor.inter in ARMED_GROUP_INTERS and (a2 is None or m.actor is not a2.actor)
                    for m in mentions):
        # a bomb or grenade, or the dead found killed, has someone behind it: with none told ("a roadside bomb struck a
        # minibus, killing seven", "the bodies of eight men were found dumped on a highway"), ACLED's doer is an unidentified armed group, inferred (not where the report names a group that may be it:
        # "Police suspect the BIFF of planting the device")
        actor1 = alias_table().actor("Unidentified Armed Group ({country})")
        inferred.append("actor1")
    if actor1 is None and any(c.trigger.rule is INTERCEPTION for c in group) and \
            (scene_country := _event_country(place)) is not None:
        # an interception with no interceptor named ("Air defences shot down 19 drones over the Moscow region"): the
        # forces of the country it happens in, inferred
        actor1 = _state_forces(head.trigger.start, head.trigger.end, scene_country).actor
        inferred.append("actor1")
    # ACLED names the crowd of every demonstration: those who riot are rioters, "Tens of thousands of people marched"
    # and "students marched" are protesters, and so are those a force disperses
    crowd = "Rioters ({country})" if event_type == RIOTS else "Protesters ({country})"
    if (event_type == RIOTS or sub == "Peaceful protest") and (
            actor1 is None or actor1.generic and actor1.inter in (6, 7)):
        if actor1 is None:
            inferred.append("actor1")
        actor1 = alias_table().actor(crowd)
    elif event_type == PROTESTS and sub != "Peaceful protest" and actor1 is not None and (
            a2 is None or a2.actor.generic and a2.actor.inter == 7):
        if a2 is None:
            inferred.append("actor2")
        start, end = (a2.start, a2.end) if a2 else (head.trigger.start, head.trigger.end)
        a2 = ActorMention(start, end, alias_table().actor(crowd), False, False)
    if sub == "Government regains territory" and actor1 is not None and actor1.resolved(country)["inter"] == EXTERNAL:
        # a state's forces abroad take territory ("Ukrainian troops captured the town of Sudzha in Russia"): ACLED's
        # taking by a foreign force, not a government regaining its own
        sub = "Non-state actor overtakes territory"
    if (event_type == BATTLES or sub.endswith("territory")) and a2 is None and actor1 is not None and \
            actor1.inter == 1 and actor1.country in _ENEMY_OF:
        # a fight or ground taken by one side of a war between two states, with no foe named ("Russian forces have
        # captured the village of Novopavlivka", "had encircled units in Pokrovsk"): the other side's forces
        a2 = _state_forces(head.trigger.start, head.trigger.end, _ENEMY_OF[actor1.country])
        inferred.append("actor2")
    ev = Event(event_type, sub,
               actor1=actor1.resolved(country) if actor1 else None,
               actor2=a2.actor.resolved(country) if a2 else None,
               killed=_count_dict(killed, text, lambda group, start, end: _side(group, start, end, a1, a2, mentions, text)),
               wounded=_count_dict(wounded, text))
    if aimed and ev.killed and ev.killed.get("unknown"):
        ev.killed["civilians"] += ev.killed["unknown"]
        ev.killed["unknown"] = 0
    if killed:
        base = _base(killed)
        evidence["killed"] = _span(base.start, base.end)
    if wounded:
        base = _base(wounded)
        evidence["wounded"] = _span(base.start, base.end)
    for key, kind in (("missing", MISSING), ("abducted", ABDUCTED)):
        count = combine_other(casualties, kind)
        if count is not None:
            setattr(ev, key, _count_dict(count, text))
            base = _base(count)
            evidence[key] = _span(base.start, base.end)
    if date_c is not None:
        d = _narrowed(date_c.date, event_dates, text, judicial_dates)
        ev.date_start, ev.date_end, ev.date_precision = d.date_start.isoformat(), d.date_end.isoformat(), d.precision
        evidence["date"] = _span(d.start, d.end)
    elif fallback_date is not None:
        d = fallback_date
        ev.date_start, ev.date_end, ev.date_precision = d.date_start.isoformat(), d.date_end.isoformat(), d.precision
        inferred.append("date")
    elif published_at is not None:
        # no date in the text: the report's date (or the evening before it) is the best guess, and marked as one
        ev.date_start = ev.date_end = undated_day(text, published_at).isoformat()
        ev.date_precision = 1
        inferred.append("date")
    if place is not None:
        ev.location = dict(place.record)
        evidence["location"] = _span(place.start, place.end)
    elif country is not None and (scene := country_scene(toponyms, country)) is not None:
        ev.location = scene
        inferred.append("location")
    ev.evidence = evidence
    ev.inferred = inferred
    found = sum(1 for k in ("actor1", "killed", "date", "location") if k in evidence)
    confidence = 0.4 + 0.1 * found + (0.1 if len(group) > 1 else 0.0) - 0.05 * len(inferred)
    ev.confidence = round(max(0.05, min(0.95, confidence)), 2)
    return ev, first.trigger.start
