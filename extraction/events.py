"""Event assembly: one candidate per sentence that reports an act, then candidates that describe the
same incident (same ACLED type, compatible actors and place) merged into one event.

Every field keeps the span it was read from; a field filled from elsewhere in the report (a date
from a neighbouring sentence is still evidence; an actor guessed from the report's other party, or
the publication date standing in for an unstated date, is not) is listed in `inferred`.

The parts live by concern: roles (who did it to whom), recalled (acts recalled, not reported), merging (candidates
and when two tell one incident); this module reads each sentence's candidate, merges them and builds the events.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from .actors import (ARMED_GROUP_INTERS, ARMED_INTERS, ActorMention, CIVILIANS, EXTERNAL, IDENTITY, OF_THE,
                     STATE_INTERS, alias_table, country_codes, demonyms, find_actors)
from .casualties import SITE_IN, find_casualties, inverted_running_count
from .casualty_counts import Count, combine, combine_other, counted_mentions
from .period_tallies import past_taking_clauses, period_tally
from .victims import (ABDUCTED, ANIMAL_AFTER, ARMED_GROUP, CasualtyMention, MISSING, PERPETRATOR, STATE_FORCES, named_among,
                      victim_category)
from .dates import MONTH_NAMES, DAYS_AFTER_ACT, DateMention, days_back, counted_since, counted_span, find_dates, in_quotation, night_side, undated_day
from .incidents import ITEMS_SUMMED, background_sentences, chronicle_sentences, incident_blocks
from .matching import fold, holds_a_word, holds_case_odd, may_hold, may_hold_folded
from .numbers import words_to_int
from .event_types import (BATTLES, BODIES_FOUND, BOMBING, CURFEW, EXPLOSIONS, INTERCEPTION, IRREALIS_BEFORE, LAUNCH, LETHAL,
                          PRISON_RIOT, PROTESTS, RELEASE, REPELLED_ASSAULTS, RIOT, RIOTS, STORMED_PLACE, STORMING, STRATEGIC,
                          ACT_WORDS, GUN_DISCHARGED, TERRITORY, TEST_LAUNCH, Trigger, VERBAL_ATTACK_AFTER, VIOLENCE_CIV,
                          VIOLENT_TYPES, accident_told_around, find_triggers, not_a_batters_hit, tells_accident,
                          trigger_at)
from .places import COUNTRY_PRECISION, CountryWide, PlaceCandidate, WATER_PRECISION, country_scene, names_a_base, place_candidates
from .sentences import sentence_spans
from .furniture import furniture_spans, masked, stamped_day
from .merging import (Candidate, air_strikes_of_the_one_air_force, civilian_victims, crowd_control, fight_retold,
                      foiled_launches, group_actor, launchers_of_interceptions, loose_violence, places_apart, same_incident,
                      strikes_launched_by, summary_doer)
from .recalled import (BEGAN_AFTER, CAME_WHILE_AFTER, LASTING_VERB_BEFORE, REFERRED_BEFORE, SINCE_BEGAN, past_act,
                       past_act_hint, recalled_causes, reportable, roundup,
                       roundup_goes_on, campaign_acts)
from .roles import (ALLY_BEFORE, BLAMED_BEFORE, CLAIMED_AFTER, CLAIMED_BY_BEFORE, COUNTRY_NAME, DEATH_WORD, ENEMY_OF,
                    FACILITY_AFTER, ONE_SIDED, OWNED_AFTER, OWNED_KILLING_AFTER, PASSIVE_BEFORE, RESPONSE_VERB, SUSPECTED_DOERS_BEFORE, THE_BEFORE,
                    apart_in_scene, assign_roles, attributed_states, blamed_states, country_launcher, crowd_kills, custody_death, definite_back_references, group_pronoun_references, state_pronoun_references,
                    in_arms, one_group, same_actor, scene_enemy, state_forces, sub_type, suspected_doer, vague_doer)


_DAYS_APART = re.compile(r"\b(?:the\s+(?:following|next)\s+day|the\s+day\s+after|a\s+day\s+later|"
                         r"(?P<n>two|three|four|five|2|3|4|5)\s+days\s+later|"
                         r"(?P<before>the\s+(?:previous|preceding)\s+day|the\s+day\s+before|a\s+day\s+earlier|"
                         r"(?P<nb>two|three|four|five|2|3|4|5)\s+days\s+earlier))\b", re.IGNORECASE)
# "A day earlier, a drone strike killed ...", "The next day, ...": a sentence that opens on another day tells another act
_DAYS_APART_OPENING = re.compile(r"\W*" + _DAYS_APART.pattern, re.IGNORECASE)
# "Hours later, Ukrainian drones had damaged a power substation near Melitopol": a sentence that opens hours after the
# act told before and names an armed party tells another act, at a scene of its own (not "Minutes later, a second
# victim arrived at the hospital", "Hours later, two men with gunshot wounds arrived at a hospital": the same incident's
# course) (asked only of a report with the words)
_HOURS_LATER_OPENING = re.compile(r"\W*(?:(?:a\s+few|several|two|three|four|\d+)\s+)?hours\s+later\b", re.IGNORECASE)


def _recalled_act(text: str, folded: str, i: int, span: tuple[int, int], triggers: list[Trigger],
                  casualties: list[CasualtyMention], dates: list[DateMention], actors: list[ActorMention],
                  places_by_sentence: dict[int, list[PlaceCandidate]], block: int) -> Candidate | None:
    """The act a reprisal answers (span: recalled_causes), an incident of its own when its clause tells both its
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
    a1, a2 = assign_roles(text, verb, own, toll)
    event_type, sub = sub_type(trigger.rule, a1, a2, toll)
    in_span = {**places_by_sentence, i: [c for c in places_by_sentence.get(i, ()) if lo <= c.start < hi]}
    place, place_key = _choose_place(text, folded, i, in_span, trigger, event_type, sub, doer=a1)
    return Candidate(i, span, trigger, a1, a2, toll, min(days, key=lambda d: abs(d.start - trigger.start)), 0,
                      place, place_key, event_type, sub, block, separate=True, named=tuple(m.actor for m in own))


_SPELL_OF_BEFORE = re.compile(r"\b(?:years?|months?|weeks?|days?|decades?)\s+of\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_TAKEN = re.compile(r"(?:seized|recovered|confiscated|found)\b", re.IGNORECASE)
# a sentence that opens on its act's noun, told again by a verb after the comma ("In a reprisal attack, ...")
_RESCUE = re.compile(r"\b(?:freed|rescued|liberated)\b", re.IGNORECASE)
_RESCUE_WORDS = ("freed", "rescued", "liberated")  # (_RESCUE cannot match without one: see may_hold)
_SERIES_DOER_INTERS = (2, 4, 5)  # rebels, identity militias, rioters (a crime's gunmen are an unidentified group, 3)
_OPENING_ACT = re.compile(r"\W*(?:in|during)\s+(?:(?:a|an|the|another|one)\s+)?(?:[\w'’-]+\s+){0,3}", re.IGNORECASE)
_OPENING_NOUN = re.compile(r"(?:[^\n]{0,60}?\s[-–—]+\s)?[\s\"“'‘]*")  # (a dateline before it: "ADEN (AP) - Fighting ...")
_SCENE_CLAUSE = re.compile(r",\s+(?:where|when|as|after)\s")
_TOLD_BACK_BEFORE = re.compile(r"\b[Tt]he\s+$")
# "Police recovered a cache of weapons from the site": what was found where the act told was done, part of it
_AT_THE_SCENE = re.compile(r"[^.;]{0,80}?\b(?:from|at)\s+the\s+(?:site|scene|spot)\b", re.IGNORECASE)


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
    # told as an incident apart from the report's own ("In an unrelated shooting, a man died ...", "In a separate
    # attack, ..."): an event of the report all the same, but never its main one (process_report); not exported
    told_apart: bool = False

    def to_dict(self) -> dict:
        return {"event_type": self.event_type, "sub_event_type": self.sub_event_type,
                "actor1": self.actor1, "actor2": self.actor2, "killed": self.killed,
                "wounded": self.wounded, "missing": self.missing, "abducted": self.abducted,
                "date_start": self.date_start, "date_end": self.date_end,
                "date_precision": self.date_precision, "location": self.location,
                "evidence": self.evidence, "inferred": self.inferred, "confidence": self.confidence}


def _hostages_taken(text: str, folded: str, trigger: Trigger, triggers: list[Trigger]) -> Trigger | None:
    """The hostage-taking told with an attack's verb in its sentence ("attacked a passenger train, taking hundreds of
    passengers hostage"): the act, if the incident tells no one killed or hurt (_build)."""
    if trigger.rule.sub_event_type != LETHAL or not folded.startswith("attack", trigger.start):
        return None
    return next((t for t in triggers if t.rule.sub_event_type == "Abduction/forced disappearance"), None)


def _rescue_told(text: str, folded: str, start: int, end: int) -> bool:
    """Whether text[start:end] tells a rescue (_RESCUE), the regex asked only where its words are."""
    return may_hold_folded(folded[start:end], _RESCUE_WORDS) and _RESCUE.search(text, start, end) is not None


def _span(start: int, end: int) -> dict:
    return {"start": start, "end": end}


# the longest window an act's toll is told over (a month: "killed 40 in March" may still be one offensive's)
_ACT_WINDOW_DAYS = 31


def _in(starts: list[int], pos: int) -> int:
    """Index of the sentence holding pos, given the sentences' starts (0 for a pos before the first)."""
    return bisect_right(starts, pos, 1) - 1  # (from 1: a pos before every start is the first sentence's)


def _title_end(text: str) -> int:
    """Where the report's title ends (see event_types.in_title), or -1 with no title."""
    title_end = text.find("\n\n")
    return title_end if title_end > 0 and text[title_end - 1] not in ".!?" else -1


# a title's "as" before a second act told by its weapon and verb ("... as rockets hit Kiryat Shmona"; not "as talks
# stall"): see _headline_clauses
_HEADLINE_AS = re.compile(r"\s+as\s+(?=(?:[\w'’-]+\s+){0,3}?(?:rockets?|missiles?|drones?|shells?|air\s?strikes?|strikes?)"
                          r"\s+(?:hit|hits|pound|pounds|strike|strikes|rain|kill|kills|target|targets|slam|slams)\b)")


def _headline_clauses(text: str, spans: list[tuple[int, int]], title_end: int) -> list[tuple[int, int]]:
    """The title's clauses as sentences of their own: a headline's semicolon joins two stories ("Gunmen kill 10 in
    Burkina attack; army retakes town"), each with its own act and parties."""
    if not spans or spans[0][1] > title_end:
        return spans
    title = text[spans[0][0]:spans[0][1]]
    if "; " in title:
        clauses, start = [], spans[0][0]
        for part in title.split("; "):
            clauses.append((start, start + len(part)))
            start += len(part) + 2
        return clauses + spans[1:]
    # ... and so does its "as" before a second act's weapon ("Israeli strike kills two as rockets hit Kiryat Shmona"):
    # two sides' acts at two places, each told by its own clause
    if " as " in title and (joint := _HEADLINE_AS.search(title)) is not None:
        s0 = spans[0][0]
        return [(s0, s0 + joint.start()), (s0 + joint.end(), spans[0][1])] + spans[1:]
    return spans


# a second act told as the other side's response in the same sentence ("Hezbollah fired an anti-tank missile at an
# Israeli army position near Metula, and the Israeli military responded by shelling the outskirts of Kfar Kila"): its
# clause a sentence of its own, with its own doer, toll and place
_RESPONSE_JOINER = re.compile(r",\s+and\s+(?=(?:the\s+)?[^,;.]{2,60}?\s+" + RESPONSE_VERB + r"\s+"
                              r"(?:by\s+(?:shelling|striking|firing|launching|bombing|attacking|targeting|hitting|pounding)\b|"
                              r"with\s+(?:[\w-]+\s+){0,3}?(?:strikes?|airstrikes?|shelling|artillery|fire|rockets?|missiles?|"
                              r"drones?|raids?|bombardment)\b))", re.IGNORECASE)
_RESPONSE_WORDS = ("responded", "retaliated", "hit back", "struck back")


def _response_clauses(folded: str, spans: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], set[int]]:
    """The sentences with a response clause split before it (see _RESPONSE_JOINER), and where those clauses start (an
    act of its own: told apart from the one before it)."""
    if not holds_a_word(folded, _RESPONSE_WORDS):
        return spans, set()
    out, starts = [], set()
    for s, e in spans:
        joiner = _RESPONSE_JOINER.search(folded, s, e) if holds_a_word(folded[s:e], _RESPONSE_WORDS) else None
        out.extend([(s, joiner.start()), (joiner.end(), e)] if joiner else [(s, e)])
        if joiner:
            starts.add(joiner.end())
    return out, starts


# where a round-up sentence may join two incidents: "..., and gunmen shot dead", "; a mortar round ...", ", while ..."
_INCIDENT_JOINER = re.compile(r";\s+(?:and\s+)?|,\s+(?:and|while)\s+")


# the opening that tells a round-up sentence's incidents apart from the report's ("In other violence,", "In separate
# incidents,")
_ROUNDUP_OPENER = re.compile(r"\W*in\s+(?:separate|unrelated|other|different)\s+(?:incidents|attacks|violence|shootings)\s*,\s*",
                             re.IGNORECASE)
_ROUNDUP_DAYS = 7  # (how far back a round-up of the week's violence tells its incidents)


def _roundup_clauses(text: str, folded: str, spans: list[tuple[int, int]], toponyms: list, dates: list[DateMention],
                     title_end: int) -> tuple[list[tuple[int, int]], set[int], set[int]]:
    """The incidents a round-up sentence joins, as sentences of their own: "a landmine blast killed three soldiers near
    Baidoa on Friday, and gunmen shot dead a clan elder in Kismayo on Thursday" (ACLED: one event per act, place and
    day). A clause is an incident when it tells its own violent act, its own place (a dateline's name is none) and its
    own day, another than the clause's before (not "Akbar Muhammad, 36, of Newark, and Shante Spivey, 28, of East
    Orange were shot", nor "was shot in Marquette Park, and pronounced dead on Wednesday"); one
    act told with two places ("clashes in Gwoza and Bama"), one toll across places ("killed 12 in raids on X and Y")
    or an act and its consequence ("killed three and wounded five") has no joiner between two such clauses.
    Gives the spans, the numbers of the clauses so split off, and of those told apart from the incident before them
    (every clause after the first, and the first after an opening that turns to other incidents, "In other violence,")."""
    out, split, apart = [], set(), set()
    for s, e in spans:
        if s <= title_end or not (";" in (sentence := text[s:e]) or ", and " in sentence or ", while " in sentence):
            out.append((s, e))
            continue
        cuts = [(m.start(), m.end()) for m in _INCIDENT_JOINER.finditer(text, s, e)]
        pieces = [(lo, hi) for lo, hi in zip([s] + [b for _, b in cuts], [a for a, _ in cuts] + [e])]

        def day(lo: int, hi: int):
            """The one day the piece tells, if it tells one, else None."""
            days = {d.date_start for d in dates if lo <= d.start < hi and d.role == "event" and d.precision == 1}
            return days.pop() if len(days) == 1 else None

        def incident(lo: int, hi: int) -> bool:
            return any(lo <= t.start < hi and not text[t.start:t.end].isupper() for t in toponyms) and \
                any(t.rule.event_type in VIOLENT_TYPES for t in find_triggers(text, lo, hi, folded))
        clauses: list[list] = []  # [start, end, its day if told as an incident, else None]
        for lo, hi in pieces:
            # (the day first: the cheap test, and most pieces tell none)
            whole = d if (d := day(lo, hi)) is not None and incident(lo, hi) else None
            if clauses and not (whole and clauses[-1][2] and whole != clauses[-1][2]):
                clauses[-1][1] = hi
                clauses[-1][2] = clauses[-1][2] or whole
            else:
                clauses.append([lo, hi, whole])
        if len(clauses) > 1 and not clauses[-1][2]:
            clauses[-2][1] = clauses.pop()[1]
        if len(clauses) > 1:
            split.update(range(len(out), len(out) + len(clauses)))
            apart.update(range(len(out) + 1, len(out) + len(clauses)))
            if opener := _ROUNDUP_OPENER.match(text, s):
                apart.add(len(out))
                # ("In separate incidents, a roadside bomb killed two soldiers": the words that tell the sentence holds
                # several incidents, told by the split, are no period's tally nor a roundup's summary of the clause)
                clauses[0][0] = opener.end()
        out.extend((lo, hi) for lo, hi, _ in clauses)
    return out, split, apart


# "shot dead three suspected kidnappers they had captured": men held are out of the fight, their killing ACLED's attack
# on civilians
_CAPTIVE_AFTER = re.compile(r"\s+(?:(?:they|it)\s+had\s+|who\s+had\s+been\s+|already\s+)?(?:captured|caught|detained|"
                            r"apprehended|in\s+(?:their|its)\s+custody|held\s+captive)\b", re.IGNORECASE)
# men a crowd only takes for armed ones ("suspected bandits", "two men they suspected of being child kidnappers")
_SUSPECTED_BEFORE = re.compile(r"\b(?:suspected|alleged)\s+(?:of\s+being\s+(?:an?\s+)?(?:[\w-]+\s+)?)?$|"
                               r"\b(?:accused\s+of\s+being|mistaken\s+for)\s+(?:an?\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)


_AFTER_BETWEEN = re.compile(r"[^.;]*\b(?:after|following)\b[^.;]*", re.IGNORECASE)
_AFTER_ACT = re.compile(r"[^.;]{0,40}?\bafter\b", re.IGNORECASE)


def _arrest_after_act(text: str, judicial: list[DateMention]) -> DateMention | None:
    """'was arrested late Saturday in Dalton after he allegedly pulled a gun and fired': an arrest told as following
    the act in one breath, with no other day for the act, dates it (a day told with the act itself comes first)."""
    return next((d for d in judicial if _AFTER_ACT.match(text, d.end) is not None), None)


# what a group said on a day it had done, the act right after the day: "said on Saturday it had captured the base"
_PERFECT_BEFORE = re.compile(r"\b(?:has|have)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_SAID_IT_HAD_AFTER = re.compile(r"\s+(?:that\s+)?(?:it|they|the\s+group|its\s+(?:fighters|forces|troops))\s+"
                                r"(?:had|has|have)\s+(?:\w+ly\s+)?$", re.IGNORECASE)


def _recollection(spans, recalled_by_sentence: dict[int, list[DateMention]],
                  dates_by_sentence: dict[int, list[DateMention]]) -> range:
    """The sentences that tell the earlier acts of the year's count the report's own is one of ("the fourth homicide in
    the city this year. On Jan. 16, officers found a man ... He was pronounced dead ..."): from the first one dated
    as such up to a sentence dated as an act again. Their victims are not the report's."""
    first = min(recalled_by_sentence, default=None)
    if first is None:
        return range(0)
    last = next((i for i in range(first + 1, len(spans)) if dates_by_sentence.get(i)), len(spans))
    return range(first, last)


def _tallies_since_an_act(text: str, dates_by_sentence: dict[int, list[DateMention]],
                          casualties_by_sentence: dict) -> list[int]:
    """The sentences that count a toll from a day up to the report ("Since Friday afternoon, at least 11 people have
    been shot across the city, two of them fatally") after an act told on a later day or night inside that span ("A man
    was shot and killed Saturday night", "Rioters torched cars overnight"): the span's tally of many acts, not that act's toll (a span that opens on the
    act's own day, "Fighting broke out Friday ... Since Friday, 40 people have been killed", may be its toll)."""
    out = []
    acts = []  # the single days told in the sentences before
    for i in sorted(dates_by_sentence):
        ds = dates_by_sentence[i]
        if casualties_by_sentence.get(i) and acts and \
                all(d.date_start < d.date_end and counted_since(text, d.start) for d in ds) and \
                any(ds[0].date_start < day <= ds[0].date_end for day in acts):
            out.append(i)
        # (a night's act too: "Rioters set fire to cars overnight ... Since Tuesday, 200 police officers had been injured")
        acts += [d.date_start for d in ds if d.precision == 1 or
                 (d.date_end - d.date_start).days == 1 and not counted_since(text, d.start)]
    return out


# a toll told in the perfect with no time of its own ("have been killed"), right after a sentence that counts a war's or
# a period's dead ("Hezbollah says 210 of its fighters have been killed since October. On the Israeli side, the army says
# nine soldiers and six civilians have been killed"): the same running count, the other side's, no act's toll (not one
# that names the act it counts: "at least 20 people have been killed in the strike")
_PERFECT_TOLL = ("have been killed", "has been killed", "have been wounded", "has been wounded", "have been injured",
                 "has been injured", "have died", "has died")
_NAMED_ACT_NOUNS = ("attack", "strike", "bomb", "blast", "explosion", "raid", "shooting", "shelling", "assault", "ambush",
                    "clash", "fighting", "massacre")  # (_NAMED_ACT needs one)
_NAMED_ACT = re.compile(r"\b(?:the|this|that|these|those|today's|[A-Z]\w+day's)\s+(?:[\w-]+\s+)?(?:attacks?|strikes?|airstrikes?|"
                        r"bombings?|blasts?|explosions?|raids?|shootings?|shelling|assault|ambush|clash(?:es)?|fighting|massacre)\b")


def _tolls_continuing_a_tally(text: str, spans: list[tuple[int, int]], dates_by_sentence: dict[int, list[DateMention]],
                              casualties_by_sentence: dict) -> list[int]:
    """The undated sentences whose tolls are told in the perfect and follow a sentence whose tolls are all a
    period's (see _PERFECT_TOLL, _NAMED_ACT)."""
    out = []
    for i in range(1, len(spans)):
        found, before = casualties_by_sentence.get(i), casualties_by_sentence.get(i - 1)
        if not found or i in dates_by_sentence or before and not all(m.background for m in before) and i - 1 not in out:
            continue
        s, e = spans[i]
        sentence = text[s:e]
        if any(toll in sentence for toll in _PERFECT_TOLL) and \
                not (any(noun in sentence for noun in _NAMED_ACT_NOUNS) and _NAMED_ACT.search(sentence) is not None) and \
                (before or _span_of_acts(text[spans[i - 1][0]:spans[i - 1][1]])):
            out.append(i)  # (and the count right after such a count: "More than 220 fighters ... have been killed")
    return out


def _span_of_acts(sentence: str) -> bool:
    """Whether a sentence with no toll tells acts over a period in the perfect ("Since October, Israeli strikes have hit
    towns and villages along the border"): the span the running count right after it counts over."""
    return ("Since " in sentence or " since " in sentence) and (" have " in sentence or " has " in sentence) and \
        period_tally(sentence)


def _choose_date(text: str, folded: str, i: int, dates_by_sentence: dict[int, list[DateMention]], trigger: Trigger,
                 n: int, said_on: list[DateMention] = ()):
    """The date in the act's own sentence (nearest the act); else the day its doer said it had done it ("said on
    Saturday it had captured": the latest the act can be, and the day the report tells of); else the first date the
    report gives, since a news lead states when the main incident happened and later sentences go back to it; but
    not the day a victim died ("was pronounced dead Monday") when a day in the week before it is told
    (the attack's)."""
    if not dates_by_sentence.get(i) and (told := next((d for d in said_on if d.end < trigger.start and
                                                       _SAID_IT_HAD_AFTER.fullmatch(text, d.end, trigger.start)), None)):
        return told, 0
    if not dates_by_sentence.get(i) and trigger.rule.sub_event_type == TERRITORY and \
            (told := next((d for d in said_on if d.start > trigger.end), None)) is not None and \
            _PERFECT_BEFORE.search(text, max(0, trigger.start - 20), trigger.start):
        # ... or said it after the taking told in the perfect ("Ukrainian forces have recaptured the village of X, the
        # southern command said on Wednesday"): the day of the news, not a day another act's sentence gives
        return told, 0
    order = [i, *range(i), *range(i + 1, n)]  # distance 0: own sentence; 1..: the lead onwards
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
            if may_hold_folded(folded[max(0, best.start - 40):best.start], _DEATH_WORDS) and \
                    _DEATH_BEFORE.search(text, max(0, best.start - 40), best.start):
                if (after := DAYS_AFTER_ACT.match(text, best.end)) and (days := days_back(after)):
                    # "died Sunday, two days after he was shot": the wound's day, told by the count back
                    back = dt.timedelta(days=days)
                    return replace(best, date_start=best.date_start - back, date_end=best.date_end - back), distance
                # the attack's day told before the death's, in the week before it ("was pronounced dead Monday";
                # "died Saturday at the hospital, where she had been since she was shot Wednesday night")
                # (further back only a day told as the wound's: "died Monday, more than two weeks after he was shot on
                # March 30", "succumbed to wounds he suffered in a March 30 shooting")
                earlier = next((d for k in order[distance:] for d in dates_by_sentence.get(k, ())
                                if best.date_start - dt.timedelta(days=7) <= d.date_start < best.date_start or
                                best.date_start - _WOUND_DAY_BACK <= d.date_start < best.date_start and d.precision == 1 and
                                (_ACT_DAY_BEFORE.search(text, max(0, d.start - 40), d.start) or
                                 _ACT_AFTER_DAY.match(text, d.end))), None)
                if earlier is not None:
                    return earlier, distance
            if may_hold_folded(folded[max(0, best.start - 60):best.start], _FOUND_WORDS) and \
                    _FOUND_BEFORE.search(text, max(0, best.start - 60), best.start):
                # "were found dead Wednesday ... police believe they were killed Monday": the day of the finding or
                # the call is not the act's when the report tells the act's own day, in the week before it
                told = next((d for k in order for d in dates_by_sentence.get(k, ())
                             if best.date_start - dt.timedelta(days=7) <= d.date_start < best.date_start
                             and _ACT_DAY_BEFORE.search(text, max(0, d.start - 40), d.start)), None)
                if told is not None:
                    return told, distance
            return best, distance
    return None, None


# a day told with the start of a captivity a release ends ("abducted near Kidal on March 3 were released on Tuesday",
# "kidnapped in Warri last week"), the captivity's day and not the release's (not "rescued 18 kidnapped students ... on
# Monday", nor "Gunmen who abducted five farmers on Saturday released them")
_CAPTIVITY_BEFORE = re.compile(r"\b(?:abducted|kidnapped|captured|seized)\s+(?:on|in|at|from|near|along|during|since|last|"
                               r"earlier|(?:\w+\s+)?(?:days?|weeks?|months?|years?)\s+ago)\b"
                               r"(?![^.;\n]*?\b(?:releas|freed|rescu|escaped))[^.;\n]*$", re.IGNORECASE)
_DEATH_BEFORE = re.compile(r"\b(?:died|(?:pronounced|declared)\s+(?:dead|deceased)|succumbed|passed\s+away)\b[^.,;]{0,25}$",
                           re.IGNORECASE)
_DEATH_WORDS = ("died", "dead", "deceased", "succumbed", "passed")  # (_DEATH_BEFORE needs one: see may_hold)


# the day a victim or a body was found, or the police called ("found shot to death in her apartment Monday morning",
# "A 911 call at 7:40 a.m. Saturday")
_FOUND_BEFORE = re.compile(r"\b(?:found|discovered|(?:911\s+)?call)\b(?:[ap]\.m\.|[^.;]){0,50}$", re.IGNORECASE)
_FOUND_WORDS = ("found", "discovered", "call")  # (_FOUND_BEFORE needs one: see may_hold)
# the act's own day ("believe they were killed Monday", "the shooting happened about 11 p.m. Friday")
_ACT_DAY_BEFORE = re.compile(r"\b(?:killed|slain|shot|(?:shooting|killing|slaying|stabbing)\s+(?:happened|occurred|took\s+place))"
                             r"\s+(?:(?:sometime|about|around|on|late|early|at)\s+)*(?:\d{1,2}(?::\d\d)?\s*[ap]\.m\.\s+)?$",
                             re.IGNORECASE)


# the act a day is told before ("in a March 30 shooting")
_ACT_AFTER_DAY = re.compile(r"\s+(?:shooting|stabbing|attack|assault)\b", re.IGNORECASE)
# how far back a death's wound is looked for when its day is told with it (a victim may linger for months)
_WOUND_DAY_BACK = dt.timedelta(days=120)


_CO_DOER = re.compile(r"\s+and\s+")


# the part of a country an act is in ("in southern Lebanon", "in north-eastern Nigeria")
# ... or the country at large as what was fired at ("KYIV - Russia launched 315 drones and seven missiles at Ukraine
# overnight"): the barrage's, no more the dateline's town than anywhere else in it
_AT_A_COUNTRY_BEFORE = re.compile(r"\b(?:at|against|across)\s+$", re.IGNORECASE)
_PART_OF_BEFORE = re.compile(r"\b(?:(?:far[\s-])?(?:north|south)(?:[\s-]?(?:east|west))?ern|(?:far[\s-])?(?:east|west)ern|"
                             r"central)\s+$", re.IGNORECASE)


# "withdrew toward Kutum", "fled towards the forest of X": where the doers went afterwards, no scene of the act
_RETREAT_BEFORE = re.compile(r"\b(?:withdr[eao]\w*|retreat\w*|fled|fleeing|pull(?:ed|ing)\s+back|f[ae]ll(?:ing)?\s+back)\s+"
                             r"(?:[\w-]+\s+){0,3}?(?:toward|towards|in\s+the\s+direction\s+of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?$",
                             re.IGNORECASE)


# "were injured and airlifted to Nairobi for treatment", "was rushed to Kano": where the hurt were taken, no scene of the act
# (nor its town: "were taken to a clinic in Monywa", "taken to hospital in Bunia", "referred to Lady Reading Hospital
# in Peshawar", "admitted to hospital in Kaya", "the bodies were taken to the morgue in Niamey"); nor where the hurt are
# treated or the dead buried ("were being treated in Maiduguri", "receiving treatment in Butembo", "buried in Mogadishu");
# nor where the hurt died since ("Three of the wounded later died in hospital in Maiduguri")
_CARRIED_TO_BEFORE = re.compile(r"\b(?:(?P<verb>airlifted|flown|evacuated|rushed|transferred|taken|transported|driven|"
                                r"referred|admitted)\s+(?:[\w-]+\s+){0,2}?to\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
                                r"(?:(?:(?:[\w-]+\s+){0,2}?hospital\s+)?in\s+)?|"
                                r"(?:treated|treatment)\s+(?:(?:at|in)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?hospital\s+)?in\s+|"
                                r"buried\s+in\s+|"
                                # ("are in hospital in Gusau", "remain in a hospital in Kano": where the hurt lie)
                                r"(?:are|is|were|was|remains?|remained|lay|lie|lies)\s+(?:still\s+)?in\s+(?:an?\s+|the\s+)?"
                                r"(?:[\w-]+\s+){0,2}?hospital\s+in\s+|"
                                r"(?:died|succumbed)\s+(?:[\w-]+\s+){0,4}?(?:in|at)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
                                r"hospital\s+in\s+)$", re.IGNORECASE)
_RETREAT_WORDS = ("toward", "direction")  # (_RETREAT_BEFORE needs one: see may_hold)
_CARRIED_TO_WORDS = ("airlifted", "flown", "evacuated", "rushed", "transferred", "taken", "transported", "driven",
                     "referred", "admitted", "treat", "buried")  # (_CARRIED_TO_BEFORE needs one)
# ... though where they were taken by road, with no other place told, is the nearest the report comes to the scene
# ("The victim was taken to Ocala Regional Medical Center": Ocala), where an airlift's end is not ("airlifted to Nairobi")
_BY_ROAD = frozenset(("rushed", "taken", "transported", "driven"))


def _retreat_destination(text: str, folded: str, c: PlaceCandidate) -> bool:
    """Whether the place is where the doers went afterwards, or where the hurt were taken, treated or buried (see above)."""
    start = max(0, c.start - 60)
    before = folded[start:c.start]  # (a look in a slice costs less than str.find's in a text of wide characters)
    if not c.destination:  # (no "to" before it: only "treated in", "treatment in", "buried in" can tell it)
        return ("reat" in before or "uried" in before or "hospital in" in before) and \
            _CARRIED_TO_BEFORE.search(text, start, c.start) is not None
    return (may_hold_folded(before, _RETREAT_WORDS) and _RETREAT_BEFORE.search(text, start, c.start) is not None or
            may_hold_folded(before, _CARRIED_TO_WORDS) and _CARRIED_TO_BEFORE.search(text, start, c.start) is not None)


# the town of a funeral or a burial ("attended the funeral in Segou on Monday of five civilians shot dead by soldiers in
# Niono"): where the dead are mourned, no scene of the violence that killed them (a meeting or a speech at a funeral
# may still be placed there)
_FUNERAL_BEFORE = re.compile(r"\b(?:funerals?|burials?)\s+(?:(?:on\s+)?[\w-]+\s+){0,2}?in\s+$", re.IGNORECASE)


def _funeral_town(text: str, folded: str, c: PlaceCandidate) -> bool:
    """Whether the place is told as where a funeral or a burial was held (see _FUNERAL_BEFORE)."""
    start = max(0, c.start - 40)
    before = folded[start:c.start]
    return ("funeral" in before or "burial" in before) and _FUNERAL_BEFORE.search(text, start, c.start) is not None


# an area called a district ("the Bajaur district of", "in Kulgam district", "district of Bijapur"), not an office of it
# ("the Alameda County district attorney's office", "district court")
_DISTRICT_NAMED = re.compile(r"\bdistricts?\b(?!\s+(?:attorney|court|judge|council|office|police|hospital|school))")
# a place told as a settlement ("the town of Jenin") ...
_SETTLEMENT_OF_BEFORE = re.compile(r"\b(?:town|municipality|village|city|community|hamlet|commune|locality)\s+of\s+$",
                                   re.IGNORECASE)
# ... or as a camp ("the school in the Nuseirat refugee camp", "the Jenin camp")
_CAMP_AFTER = re.compile(r" (?:refugee )?camp\b", re.IGNORECASE)


# a country as the subject of a launch ("Ukraine's air force said Russia launched 476 drones and 48 missiles in the
# attack"): the launcher, where the weapons came from, never where they struck
_LAUNCHED_AFTER = re.compile(r"\s+(?:has\s+|had\s+)?(?:launched|fired)\b", re.IGNORECASE)


# ... or as the agent of a launch ("destroyed 30 of 38 missiles and all 12 drones launched by Russia")
_LAUNCHED_BY_BEFORE = re.compile(r"\b(?:launched|fired|sent)\s+(?:[\w-]+\s+)?by\s+$", re.IGNORECASE)


# a route's start told before its end ("a ship carrying grain from Brazil to the Suez Canal", "flights from Dubai to")
_ROUTE_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s+(?:to|towards?|into)\s+"
                                r"(?:the\s+)?$")


# ... but a weapon's path ends at its target ("Six rockets were fired from Lebanon toward Tiberias")
_FIRED_BEFORE = re.compile(r"\b(?:fired|launched|shot|lobbed|flew|flown|sent)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def _route_end(text: str, c: PlaceCandidate) -> bool:
    """A place told as the end of a route from another ("carrying grain from Brazil to the Suez Canal"): where a ship,
    a flight or a convoy was bound, not where the act befell it."""
    if not c.destination:
        return False
    route = _ROUTE_FROM_BEFORE.search(text, max(0, c.start - 60), c.start)
    return route is not None and _FIRED_BEFORE.search(text, max(0, route.start() - 40), route.start()) is None


def _launcher_country(text: str, c: PlaceCandidate) -> bool:
    return c.precision == COUNTRY_PRECISION and (
        text.startswith((" launched", " fired", " has ", " had "), c.end) and _LAUNCHED_AFTER.match(text, c.end) is not None
        or text.endswith("by ", 0, c.start) and _LAUNCHED_BY_BEFORE.search(text, max(0, c.start - 40), c.start) is not None)


# who hosted an agreement's talks ("talks hosted by Turkey"; one who "mediated", "brokered" or "facilitated" it is no
# place of the report at all: places._SPONSOR_BEFORE), and, for an exchange of captives, where it was agreed ("the
# latest stage of a swap agreed at talks in Istanbul", "The swap had been agreed during talks in Abu Dhabi"): no scene
# of it (an exchange happens where the captives are handed over)
_HOSTED_BY_BEFORE = re.compile(r"\bhosted\s+by\s+(?:the\s+)?$", re.IGNORECASE)
_AGREED_AT_BEFORE = re.compile(r"\b(?:agreed|negotiated|reached|arranged)\s+(?:(?:at|during|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
                               r"(?:talks|meeting|negotiations|summit)\s+)?(?:in|at)\s+(?:the\s+)?$", re.IGNORECASE)


def _agreement_elsewhere(text: str, trigger: Trigger, c: PlaceCandidate) -> bool:
    before = text[max(0, c.start - 60):c.start]
    if "by " in before and _HOSTED_BY_BEFORE.search(before):
        return True
    return holds_a_word(before, ("agreed", "negotiated", "reached", "arranged")) and \
        _EXCHANGED.search(text, trigger.start, trigger.end) is not None and _AGREED_AT_BEFORE.search(before) is not None


# the words before a settlement the gazetteer lacks that a capital's dateline stands for at its country (_choose_place)
_SETTLEMENT_KIND_OF = ("in ", "village of ", "town of ", "city of ", "district of ", "camp of ", "hamlet of ",
                       "settlement of ", "near ", "outside ", "outskirts of ")  # (and what it is close to: "near Barsalogho")


# "They also attacked", "also stormed": the doers' act told after another of theirs
_ALSO_BEFORE = re.compile(r"\balso\s+(?:[a-z]+\s+)?$")
# what police do to a crowd: an act whose scene is the crowd's
_PROTEST_NO_DEAD_RULE = "a protest with none told = 0"
_CROWD_CONTROL_SUBTYPES = ("Protest with intervention", "Excessive force against protesters")


def _dispersal_told_after_its_crowd(i: int, places_by_sentence: dict, sub_event_type: str) -> bool:
    """Whether the act is police acting on a crowd, told in a sentence after the first that names no place ("Police
    fired tear gas to disperse them"): the crowd is the one told before, so the scene is behind it (the nearest
    earlier place), not the next sentence's town, which tells another crowd."""
    return bool(i) and sub_event_type in _CROWD_CONTROL_SUBTYPES and not places_by_sentence.get(i)


def _choose_place(text: str, folded: str, i: int, places_by_sentence: dict[int, list[PlaceCandidate]], trigger: Trigger,
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
        not places_by_sentence.get(i) and THE_BEFORE.search(text, max(0, trigger.start - 4), trigger.start) is not None
    window_sentences = [i] + [j for j in (i + 1, i + 2) if j not in separate_acts and not told_back
                              and not _dispersal_told_after_its_crowd(i, places_by_sentence, sub_event_type)]
    if len(window_sentences) > 1 and not places_by_sentence.get(i) and any(places_by_sentence.get(j) for j in range(i)):
        # (nor, for a sentence with no place of its own after one that has, a later sentence that opens with a scene of
        # its own, "In Kherson, ...": it turns to another act; "Kiper said a ballistic missile hit the port area" is
        # the Odesa strike's told before)
        opened = next((j for j in window_sentences[1:] if any(
            _SCENE_OPENED_BEFORE.search(text, max(0, c.start - 12), c.start) for c in places_by_sentence.get(j, ()))),
            None)
        if opened is not None:
            window_sentences = window_sentences[:window_sentences.index(opened)]
    in_window = [(window, c) for window, j in enumerate(window_sentences) for c in places_by_sentence.get(j, ())
                 if (origin_is_scene or not c.origin and not _launcher_country(text, c))
                 and not (sub_event_type == "Change to group/activity" and c.destination)
                 and not _retreat_destination(text, folded, c) and not _route_end(text, c)
                 and not (event_type in VIOLENT_TYPES and _funeral_town(text, folded, c))
                 and not (sub_event_type == "Agreement" and _agreement_elsewhere(text, trigger, c))
                 # (_CO_DOER asked only of a place after the doer with an "and" between: a plain look costs less)
                 and not (doer is not None and (doer.start <= c.start < doer.end or
                                                text.find("and", doer.end, c.start) >= 0 and
                                                _CO_DOER.fullmatch(text, doer.end, c.start) is not None))]
    # a dateline, where the act's sentence names an area, is only where the report was filed: outside it
    # ("KHARTOUM (Reuters) - ... a village in Al Jazirah state") or inside it ("BUNIA (Reuters) - ... the village of
    # Mambelenga in Ituri province": the village is no more in Bunia than anywhere else in Ituri), or waters
    # ("DUBAI (Reuters) - Iran's navy seized a tanker in the Strait of Hormuz": no port is the scene of an act at sea), or
    # a part of a country ("BEIRUT (Reuters) - Israeli air strikes on villages in southern Lebanon"), or the country at
    # large ("DHAKA - ... In at least five other cities, protesters torched ...": places.CountryWide)
    names_area = any(window == 0 and not c.dateline and (
        c.precision in (3, 4, WATER_PRECISION) or
        c.precision == COUNTRY_PRECISION and (type(c) is CountryWide or
                                              _PART_OF_BEFORE.search(text, max(0, c.start - 20), c.start) or
                                              _AT_A_COUNTRY_BEFORE.search(text, max(0, c.start - 12), c.start)))
        for window, c in in_window)
    # ... and where the window names a town of its own ("Bogota (AFP) - Thirteen police were killed when ... The
    # helicopter was hit in the rural area of the town of Amalfi")
    # (not the dateline's town named again: "DAKAR (Reuters) - ... Protesters burned cars ... in Dakar"; a quarter of it,
    # at its point with precision 2, is a town of its own here: "YOUNGSTOWN - ... at an East Side home")
    # (a dateline in the window is its first place: it opens the act's sentence)
    dateline = in_window[0][1] if in_window and in_window[0][1].dateline else None
    if dateline is None:
        names_town = any(not c.dateline and c.precision <= 2 for _, c in in_window)
    else:
        home = dateline.record.get("geonameid")
        names_town = any(not c.dateline and c.precision <= 2 and (
            c.record.get("geonameid") != home or home is None or c.precision != dateline.precision) for _, c in in_window)
    # ... and, for a capital's dateline (its wire copy tells the whole country's news), where the act's sentence names
    # a village the gazetteer lacks, read at its country ("BAMAKO (Reuters) - ... a checkpoint in Lere, near the
    # Mauritanian border": Mali, not Bamako; "BEIRUT - ... a strike in the southern border village of Blida": Lebanon;
    # "... in the southern Lebanese town of Jouaiya", "the central Malian city of X", "the Syrian camp of X")
    names_village = any(c.precision == COUNTRY_PRECISION and window == 0 and not c.dateline and
                        text.endswith(_SETTLEMENT_KIND_OF, 0, c.start) and text[c.start:c.end] not in c.record["name"] and
                        c.record["name"] not in text[c.start:c.end] for window, c in in_window)
    own_town = None  # (the act's own sentence's best town, for a later sentence's phrase below)
    for window, c in in_window:
        outside = c.dateline and (names_area or test_launch or names_town or
                                  names_village and c.record.get("feature_code") == "PPLC")
        key = (0 if c.phrase else 1, 0 if window == 0 else 1, outside, _scene_rank(c.precision, c.record), c.dateline,
               abs(c.start - trigger.start))
        if best_key is None or key < best_key:
            best, best_key = c, key
        if window == 0 and not c.phrase and not c.dateline and c.precision == 1 and (own_town is None or key < own_town[1]):
            own_town = (c, key)
    if event_type in _WAR_TYPES and best is not None and best.phrase and best_key[1] == 1 and own_town is not None and \
            places_apart(own_town[0].record, best.record):
        # a town the act's own sentence names outranks a phrase of the next sentences about another town's ground
        # ("fired rockets at Kiryat Shmona ... artillery shelled areas near Kfar Kila": the phrase is the next act's,
        # in a war's report of several strikes and fights)
        best, best_key = own_town
    if best is not None and best.precision in (3, 4, COUNTRY_PRECISION) and not best.phrase:
        # an area the act's sentence names gives way to a town in it that the next sentences name ("fighting in the
        # province of Antioquia ... The combat took place in a rural area of the municipality of Segovia", "in
        # northwest Colombia ... hit in the rural area of the town of Amalfi")
        # (a town named as a scene, "the town of X": not where the wounded were flown, "airlifted to Raipur")
        area = best.record
        town = next((c for _, c in in_window if c.precision <= 2 and not c.dateline and c.start > best.start and
                     (_SETTLEMENT_OF_BEFORE.search(text, max(0, c.start - 30), c.start) or
                      text.startswith(" ", c.end) and _CAMP_AFTER.match(text, c.end)) and
                     c.record.get("country_code") == area.get("country_code") and (
                         best.precision == COUNTRY_PRECISION or
                         area.get("admin1_code") and c.record.get("admin1_code") == area.get("admin1_code"))), None)
        if town is not None:
            best = town
    if best is not None and best.precision == 3 and best.record.get("admin2_code") and \
            "district" in (near := text[max(0, best.start - 12):best.end + 20].lower()) and \
            _DISTRICT_NAMED.search(near) is not None:
        # a district the window names gives way to a town in it the window names too ("in the North Waziristan
        # district of Khyber Pakhtunkhwa province ... in the Datta Khel area", "in Khar, the main town of the Bajaur
        # district"): the town fixes the scene, the district only contains it (a town of another district, where the
        # wounded were taken, no). Only a district called one: a county named by its offices ("the Alameda County
        # district attorney's office ... pre-trial hearings at the Hall of Justice in Dublin") is no scene's container
        area = best.record
        town = next((c for _, c in in_window if c.precision <= 2 and not (c.dateline or c.phrase or c.destination)
                     and c.record.get("admin2_code") == area["admin2_code"]
                     and c.record.get("admin1_code") == area.get("admin1_code")
                     and c.record.get("country_code") == area.get("country_code")), None)
        if town is not None:
            best = town
    if best is not None:
        return best, best_key
    for j in list(range(i - 1, -1, -1)) + sorted(k for k in places_by_sentence if k > i + 2):
        found = [c for c in places_by_sentence.get(j, ()) if (origin_is_scene or not c.origin and not _launcher_country(text, c))
                 and not (sub_event_type == "Change to group/activity" and c.destination) and not _retreat_destination(text, folded, c)
                 and not _route_end(text, c)
                 and not (event_type in VIOLENT_TYPES and _funeral_town(text, folded, c))]
        if found:
            # (the dateline loses to an area, waters or a spatial phrase its sentence names, as in the window: "DUBAI -
            # ... fired missiles at a ship 85 nautical miles southeast of Aden. One missile struck the vessel")
            names_area = any((c.precision in (3, 4, WATER_PRECISION) or c.phrase) and not c.dateline for c in found)
            c = min(found, key=lambda c: (c.dateline and names_area, c.precision, c.dateline, c.start))
            return c, (0 if c.phrase else 1, 2, False, c.precision, c.dateline, abs(c.start - trigger.start))
    taken_to = [c for j in sorted(places_by_sentence) for c in places_by_sentence[j]
                if c.destination and (carried := _CARRIED_TO_BEFORE.search(text, max(0, c.start - 60), c.start))
                and (carried["verb"] or "").lower() in _BY_ROAD]
    if taken_to:
        return taken_to[0], (1, 3, False, taken_to[0].precision, taken_to[0].dateline, abs(taken_to[0].start - trigger.start))
    return None, (9,)


def _curfew_enforcer(text: str, mentions: list[ActorMention], trigger: Trigger) -> ActorMention:
    """The state's force a report names with its curfew (the first told after the order: "police were deployed to
    enforce it"; else before it), or the police of the event's country: a curfew is a civil order, the police's to
    keep."""
    state = [m for m in mentions if m.actor.inter == 1 and not m.speaker]
    told = next((m for m in state if m.start >= trigger.end), None) or next(iter(state[::-1]), None)
    if told is not None:
        return told
    return ActorMention(trigger.start, trigger.end, alias_table().actor("Police Forces of {country}"), False, False)


# a haul taken: arms seized or confiscated by the count or the cache ("seized 30 rifles", "confiscated a cache of
# weapons"), not the one gun a crime report's police found or recovered on a man ("found a handgun in his car")
_HAUL_SEIZED = re.compile(r"(?:seiz|confiscat)\w*\s+(?:(?:more\s+than|over|about|some|at\s+least)\s+)?"
                          r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|\w+teen|\w+ty|dozens|hundreds|scores|"
                          r"an?\s+(?:[\w-]+\s+)?(?:cache|stockpile|haul))\b", re.IGNORECASE)


# what a blame is "for", up to the act's word: "blamed the Maoists for last year's killing of", "blamed JNIM for an
# attack on Djibo in May" (at most five words before it)
_BLAMED_FOR_AFTER = re.compile(r"\s+for\s+(?:[\w'’-]+\s+){0,5}", re.IGNORECASE)


def _blamed_for_a_recalled_act(text: str, blamed: ActorMention, recalled: list[tuple[int, int]]) -> bool:
    """A group blamed for an act the sentence only recalls ("Police blamed Maoist rebels for last year's killing of two
    village heads"): the doer of that past act, not of the act the report tells."""
    for_what = _BLAMED_FOR_AFTER.match(text, blamed.end) if recalled else None
    return for_what is not None and any(for_what.start() < lo <= for_what.end() for lo, _ in recalled)


def _seizure_told_first(text: str, triggers: list[Trigger], arrest: Trigger) -> Trigger | None:
    """A weapons seizure told before the arrest in its sentence ("Police seized 30 rifles and arrested two suspects"):
    ACLED codes the seizure (Disrupted weapons use), the men taken with the arms part of it; an arrest told first
    ("arrested a commander and seized his rifle") stays the arrest, its haul folded in."""
    return next((t for t in triggers if t.rule.sub_event_type == "Disrupted weapons use" and t.start < arrest.start and
                 not t.rule.noun and _HAUL_SEIZED.match(text, t.start)), None)


def _arrest_only(sentence_triggers: list, j: int) -> bool:
    """Whether sentence j tells an arrest as its act ("Police arrested a suspect on Tuesday near Hamburg, where he had fled"):
    where the suspect was found, no scene of the act before it (when the act's own sentence names one)."""
    found = sentence_triggers[j] if j < len(sentence_triggers) else ()
    return bool(found) and min(found, key=lambda t: (t.rule.rank, t.start)).rule.sub_event_type == "Arrests"


def _scene_rank(precision: int, record: dict | None = None) -> int:
    """How narrowly a place fixes the scene: named waters no less than a country, the nearer to the act of the two wins
    ("shot down four drones over the Red Sea, the U.S. Central Command said", "over the Gulf of Aden ... launched from
    Yemen"; but "struck Houthi targets in Yemen, in response to attacks on shipping in the Red Sea"); the waters off a
    town as narrowly as a point near it ("hijacked 20 nautical miles off Eyl in the Puntland region": off Eyl, not the
    region)."""
    if precision == WATER_PRECISION:
        return 2 if _waters_off_a_town(record) else 6
    return precision


def _waters_off_a_town(record: dict | None) -> bool:
    """Whether a place at sea is measured from a town (its gazetteer entry a town's, or a point computed from one), not
    an open sea's or a country's coast."""
    if record is None or not record.get("country_code"):
        return False
    code = record.get("feature_code")
    return code is None or code.startswith("PPL")


# a count told with its own place: "killing three people in Kharkiv", "and two in Odesa", "wounded three in Sumy"
# (through the site in the place: "and six others in a tent in Khan Younis", "four in a house in Rafah")
_COUNT_PLACE = re.compile(r"\s+(?:(?:more|others|people|civilians)\s+)?(?:in|at)\s+(?:the\s+)?"
                          rf"(?:{SITE_IN})?(?:(?:city|town|village|port)\s+of\s+)?")


# ... or with a place its clause opens with: "...; in Zaporizhzhia, a drone strike wounded four people" (or its
# sentence: "In Lviv, one person was killed; in Ternopil, two were wounded")
_CLAUSE_PLACE_BEFORE = re.compile(r"(?:(?:;|\bwhile)\s+in|(?:^|[.!?]\s+)In)\s+(?:the\s+)?$", re.IGNORECASE)
_CLAUSE_PLACE_AFTER = re.compile(r",[^.;:,]*")


_PLACE_COUNT_RULE = "count told with its place"


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
    if len(tied) < 2 or not all(places_apart(a.record, b.record) for k, (_, a) in enumerate(tied) for _, b in tied[k + 1:]):
        return []
    return tied


def _per_place(text: str, folded: str, cand: Candidate, triggers: list[Trigger], actors: list[ActorMention],
               places_by_sentence: dict[int, list[PlaceCandidate]]) -> list[Candidate]:
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
            doer, target = assign_roles(text, trigger, own_actors, casualties)
            if doer is not None:
                a1, a2 = doer, target
        event_type, sub = (cand.event_type, cand.sub_event_type) if trigger is cand.trigger else \
            sub_type(trigger.rule, a1, a2, casualties)
        places = {i: [c for c in places_by_sentence[i] if min(tied[k][0].start, tied[k][1].start) <= c.start < end]}
        place, place_key = _choose_place(text, folded, i, places, trigger, event_type, sub, doer=a1)
        parts.append(replace(cand, trigger=trigger, actor1=a1, actor2=a2, casualties=casualties, event_type=event_type,
                             sub_event_type=sub, place=place, place_key=place_key, piece=(i, k)))
    return parts


# the joints of a list of places ("in Nairobi, Mombasa and Kisumu", "in Mombasa and Kisumu")
_PLACE_LIST_JOINT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def _per_listed_place(cand: Candidate, text: str, places_by_sentence: dict[int, list[PlaceCandidate]],
                      triggers: list[Trigger]) -> list[Candidate]:
    """A crowd's act told at a list of towns ("Police fired tear gas at crowds in Mombasa and Kisumu", "Thousands marched
    in Nairobi, Mombasa and Kisumu"): one act per town, as ACLED codes a protest at each place (not where it tells a
    toll, one act's: "killed 11 people in Kharkiv and Odesa"). Where the force's act names one of the towns again as its
    own ("Demonstrations were held in Abuja, Kano and Port Harcourt, with police firing tear gas in Abuja"), the other
    towns' crowds are peaceful protests."""
    if cand.place is None or cand.place_key[1] != 0 or any(m.best for m in cand.casualties if not m.background):
        return [cand]
    places = sorted(places_by_sentence.get(cand.sentence, ()), key=lambda c: c.start)
    runs: list[list[PlaceCandidate]] = []
    for c in places:
        if runs and _PLACE_LIST_JOINT.fullmatch(text, runs[-1][-1].end, c.start):
            runs[-1].append(c)
        else:
            runs.append([c])
    run = next((r for r in runs if cand.place in r), [])
    protest = None
    if len(run) < 2 and cand.sub_event_type in _CROWD_CONTROL_SUBTYPES:
        home = cand.place.record.get("geonameid")
        protest = next((t for t in triggers if t.rule.sub_event_type == "Peaceful protest" and t.start < cand.place.start), None)
        run = next((r for r in runs if len(r) > 1 and r[-1].end < cand.place.start and home is not None and
                    any(c.record.get("geonameid") == home for c in r)), []) if protest is not None else []
    if len(run) < 2 or any(c.dateline or c.phrase or c.precision > 2 for c in run) or \
            not all(places_apart(a.record, b.record) for k, a in enumerate(run) for b in run[k + 1:]):
        return [cand]
    parts = []
    for k, c in enumerate(run):
        part = replace(cand, place=c, place_key=cand.place_key[:3] + (_scene_rank(c.precision, c.record), c.dateline,
                                                                     abs(c.start - cand.trigger.start)), piece=(cand.sentence, k))
        if protest is not None and c.record.get("geonameid") != cand.place.record.get("geonameid"):
            part = replace(part, trigger=protest, event_type=PROTESTS, sub_event_type="Peaceful protest", actor1=None,
                           actor2=None)
        parts.append(part)
    return parts


def _summed_in_title(candidates: list[Candidate]) -> None:
    """A title's toll that sums up one the body counts place by place ("Israeli strikes kill 11 across Gaza" - "killed
    four people in Khan Younis, six in Gaza City and one in Rafah") is no one place's: only the parts count."""
    parts_by_sentence: dict[int, list[Candidate]] = {}
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


_ECHOED_TALLY_MIN = 5  # (a title's smaller count may well be the act's, told again with a tally's like number)


def _tally_echoed_in_title(casualties_by_sentence: dict[int, list[CasualtyMention]], title_end: int) -> None:
    """A title's count that only tells again the period's or the region's tally the body counts ("Kenya rights body
    says 39 killed in finance bill protests" - "At least 39 people have been killed ... since demonstrations began",
    "region reports 11 hurt in a day" - "Over the past day, Russian forces fired 87 times at settlements ..., wounding 11
    people"): the tally's, no act's toll (not where the body tells an act's toll of the same number too)."""
    if title_end < 0:
        return
    body = [m for ms in casualties_by_sentence.values() for m in ms if m.start > title_end and m.kind in ("killed", "wounded")]
    tallies = {(m.kind, m.best) for m in body if m.background and m.best >= _ECHOED_TALLY_MIN}
    if not tallies:
        return
    tallies -= {(m.kind, m.best) for m in body if not m.background}
    for ms in casualties_by_sentence.values():
        for m in ms:
            if m.end <= title_end and not m.background and (m.kind, m.best) in tallies:
                m.background = True


def _title_of_pieces(merged: list[list[Candidate]], cand: Candidate) -> list[Candidate]:
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


# an act told in the pluperfect before its time ("had overrun Macomia for two days", "had seized the command headquarters
# in Ann"): the clause up to the time, within the sentence
_TOLD_IN_PLUPERFECT_BEFORE = re.compile(r"\bhad\s+(?!to\b|no\b|an?\b|the\b)[a-z]+\b[^.;]*$", re.IGNORECASE)


def told_back_in_pluperfect(text: str, start: int, precision: int) -> bool:
    """Whether a week or a month "earlier" dates an act told in the pluperfect ("Hundreds of insurgents had overrun
    Macomia for two days earlier this month"): a time before the report's news, told back to (not local copy's "were
    shot ... earlier this month", its own act)."""
    return precision >= 3 and text[start:start + 8].lower() == "earlier " and "had " in text[max(0, start - 120):start] and \
        _TOLD_IN_PLUPERFECT_BEFORE.search(text, max(0, start - 120), start) is not None


def _opens_dated_apart(j: int, spans, dates_by_sentence: dict[int, list[DateMention]], date: DateMention | None) -> bool:
    """A sentence that opens with a day other than the act's ("On the night of 13-14 March, armed men attacked a
    camp near Zalingei"): a sitrep's next incident, no part of the act's scene."""
    first = _opening_date(j, spans, dates_by_sentence)
    return first is not None and date is not None and \
        (first.date_start, first.date_end) != (date.date_start, date.date_end)


def _event_country(place: PlaceCandidate | None) -> str | None:
    return place.record.get("country_code") if place else None


_SEA_CODES = frozenset({"SEA", "OCN", "GULF", "BAY", "STRT", "CHN", "SD"})


def _report_country(text: str, toponyms: list, mentions: list[ActorMention]) -> str | None:
    """The country the report's places name most often (the first of equals), not counting names inside an actor's
    ("Boko Haram" holds no Norwegian Haram)."""
    counts: dict[str, int] = {}
    for t in toponyms:
        code = getattr(getattr(t, "place", None), "country_code", None)
        if code and not any(m.start <= t.start < m.end for m in mentions) and not names_a_base(text, t.end):
            counts[code] = counts.get(code, 0) + 1
    if not counts:
        # (with no place named, the people named, a demonym's plural: "Troops killed two Palestinians in the Nur Shams
        # camp" - not an adjective, "Russian mercenaries", nor an actor's name, "Israeli troops")
        table = demonyms()
        for m in _PLURAL_WORD.finditer(text):
            word = m.group(1)
            code = table.get(word[:-1]) if word not in table else None
            if code and not any(a.start <= m.start() < a.end for a in mentions):
                counts[code] = counts.get(code, 0) + 1
    return max(counts, key=counts.get) if counts else None


_PLURAL_WORD = re.compile(r"\b([A-Z][a-z]{3,}s)\b")


# whom an act is aimed at: "opened fire on customers", "attacked villagers", "fired into a crowd of worshippers"
# (the noun itself, not what qualifies another: "a passenger boat")
_AIMED_AT = re.compile(r"\s+(?:(?:on|at|into|upon)\s+)?(?:an?\s+|the\s+)?(?:(?:group|crowd)\s+of\s+)?"
                       # (a people's village: "attacked the Palestinian village of Kafr Malik"; a village's name:
                       # "attacked Kafin Koro village")
                       r"(?:(?:[A-Z][a-z]+\s+){1,3}(?=village|hamlet))?(?P<noun>[a-z]+)"
                       r"(?=\s*(?:[,.;]|$)|\s+(?:at|in|inside|outside|near|on|of|who|as|during|while|and|with|from)\b)")


def _unnamed_arrested(sub: str, a1: ActorMention | None) -> bool:
    """Whether an arrest by a state's forces names no one of a side ("Security forces detained 12 people in a raid"):
    ACLED's arrested are then civilians."""
    return sub == "Arrests" and a1 is not None and a1.actor.inter in STATE_INTERS


def _civilian_target(text: str, cand: Candidate) -> tuple[int, int] | None:
    """The span of the civilians an act's words aim it at ("opened fire on customers", "attacked the village"), or
    None."""
    aimed = _AIMED_AT.match(text, cand.trigger.end)
    if aimed and (victim_category(aimed.group("noun")) == "civilians" or aimed.group("noun") in _HOMES):
        return aimed.span("noun")
    entered = _HOMES_ENTERED_BEFORE.search(text, max(0, cand.trigger.start - 150), cand.trigger.start) \
        if "village" in text[max(0, cand.trigger.start - 150):cand.trigger.start] else None
    return entered.span("noun") if entered else None


# the homes of a place an attack is aimed at ("Settlers attacked the village", "attacked homes"): its people's
_HOMES = frozenset({"village", "villages", "hamlet", "hamlets", "homes", "houses", "home", "house"})
# ... or a village entered by force before the act of its clause ("Gunmen stormed the village of Kware, killing five of
# them", "raided Kafin Koro village and killed five"): its people are the act's victims
_HOMES_ENTERED_BEFORE = re.compile(r"\b(?:stormed|raided|invaded|overran|attacked|swept\s+into)\s+(?:the\s+)?"
                                   r"(?:(?-i:[A-Z][\w'’-]+)\s+){0,3}(?P<noun>villages?|hamlets?)\b[^.;!?]*$", re.IGNORECASE)


# a ship of no navy: a merchant, a fishing or a rescue ship, a tanker, a bulk carrier ("a Liberian-flagged bulk carrier",
# "a charity migrant rescue ship"; not "a Russian landing ship", "a patrol ship")
_CIVILIAN_SHIP = re.compile(r"\b(?:(?:merchant|commercial|cargo|container|civilian|fishing|rescue|passenger|grain)\s+"
                            r"(?:[\w-]+\s+)?(?:ships?|vessels?|boats?)|(?:oil\s+|product\s+|chemical\s+)?tankers?|"
                            r"(?:bulk|car)\s+carriers?|freighters?|dhows?|trawlers?|ferry|ferries)\b", re.IGNORECASE)


def _civilian_ship(text: str, group: list[Candidate]) -> tuple[int, int] | None:
    """The span of a civilian ship the body's sentences of an act name (the act's target, at sea), or None."""
    for c in group:
        if not c.headline and (found := _CIVILIAN_SHIP.search(text, *c.span)):
            return found.span()
    return None


# a crew told by its nationality ("a fishing dhow with 11 Somali crew members", "Filipino sailors")
_CREW_NATIONALITY = re.compile(r"\b([A-Z][a-z]+)\s+(?:crew|crewmen|sailors|seafarers|fishermen)\b")


def _crew_at_sea(text: str, group: list[Candidate], place: PlaceCandidate | None) -> bool:
    """Whether the act's target is a civilian ship at sea: in waters, or at a point measured in nautical miles (a boat
    on a river with no place told is no ship at sea)."""
    if _civilian_ship(text, group) is None:
        return False
    # (a point measured in nautical miles is at sea already: places gives it the waters' precision)
    return place is not None and (place.precision == WATER_PRECISION or place.record.get("feature_code") in _SEA_CODES)


_SUSPECTS = re.compile(r"\bsuspects?\b", re.IGNORECASE)
# one suspect ("a 28-year-old suspect", "one of the suspects"): a criminal case's arrest, not a round-up of a group's men
_ONE_SUSPECT = re.compile(r"\b(?:a|one)\s+(?:of\s+the\s+suspects|(?:[\w-]+\s+){0,2}suspect\b(?!s))", re.IGNORECASE)
# an ordinary crime an arrest is for ("charged with residential burglary", "found with a loaded handgun during a traffic
# stop"): ACLED's Arrests are of political figures, fighters or protesters, not of a burglar or a murder suspect
_ORDINARY_CRIME = re.compile(r"\b(?:burglar\w*|robb(?:ed|ing|ery|eries)|theft|stealing|carjack\w*|shoplift\w*|break-ins?|"
                            r"broke\s+into|(?:first|second|third)-degree\s+murder|attempted\s+murder|aggravated\s+assault|"
                            r"counts?\s+of\s+(?:\w+\s+){0,2}(?:murder|assault|robbery|burglary)|possession\s+of\s+a\s+firearm|"
                            r"concealed\s+(?:weapon|firearm|handgun|pistol)|weapon\s+under\s+disability|traffic\s+stop|"
                            r"(?:illegal|unlawful)\s+possession|entering\s+autos|drunk\s+driving|DWI|DUI|OWI|sobriety\s+test|"
                            r"driving\s+(?:while\s+(?:intoxicated|impaired)|under\s+the\s+influence)|"
                            # (a British force's words: "arrested on suspicion of murder")
                            r"suspicion\s+of\s+(?:murder|manslaughter|wounding|assault|grievous\s+bodily\s+harm))\b", re.IGNORECASE)


def _ordinary_arrests(text: str, group: list[Candidate]) -> bool:
    """Whether an event is only arrests of no one named (a man, a suspect) for an ordinary crime: no conflict event
    beside the act told (an arrest merged into the act it follows stays part of that act)."""
    return all(c.sub_event_type == "Arrests" and (c.actor2 is None or c.actor2.actor.generic) and
               _ORDINARY_CRIME.search(text, *c.span) is not None for c in group)


# those an ordinary crime is done by and to: an unnamed doer, a man or a woman
_CRIME_PARTIES = ("Unidentified Armed Group", "Civilians")


def _unnamed_attack(events: list[Event]) -> Event | None:
    """The report's one violent act where it is an attack by no one named ("A man was shot and killed Saturday", "a
    man stabbed visitors at a festival, killing three"): a crime's or a lone attacker's story, whose arrests told after
    it (of the man, the driver, the suspect) are its inquiry. Else None."""
    violent = [ev for ev in events if ev.event_type in VIOLENT_TYPES]
    if len(violent) == 1 and violent[0].sub_event_type == "Attack" and \
            (violent[0].actor1 is None or violent[0].actor1["name"].startswith(_CRIME_PARTIES[0])):
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


# words a campaign told as background needs one of (recalled.campaign_told)
_CAMPAIGN_HINTS = (" has ", " have ", "routinely", "regularly", "frequently", "often", "constantly", "usually", "typically")
_RESTATED_BEFORE = re.compile(r"\W*(?:it|this|that)\s+(?:was|is|marked|became)\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,4}",
                              re.IGNORECASE)

# the nouns that name an act of any kind, a recalled shooting or bombing as well ("upheld the sentence of a man convicted
# over a 2019 shooting on a tram in Utrecht ... Judges said the attack had been motivated by extremist ideas")
_ANY_ACTS_NOUNS = ("attack", "Attack", "assault", "Assault")


def _recalled_named_again(text: str, spans: list[tuple[int, int]], sentence_triggers: list[list[Trigger]],
                          recalled: list[list[tuple[int, int]]], dates_by_sentence: dict) -> None:
    """Adds to recalled[i] (to the sentence's end) an act recalled before and named again by its bare noun ("The trial of
    19 people accused over last year's attack on the Crocus City Hall opened ... Prosecutors say the attack, claimed by the
    Islamic State group, killed 149 people"): the same past act, its toll no act's of the report. Only while the report
    has told no act of its own (the first act told is the one a later "the attack" names), and in a sentence with no
    date of its own."""
    recalled_nouns: set[str] = set()  # (each recalled act noun's head's first five letters: "attac", "bombi")
    for i, (s, e) in enumerate(spans):
        found = sentence_triggers[i]
        if recalled_nouns and found and not dates_by_sentence.get(i):
            for t in found:
                if t.rule.noun and (text[t.start:t.start + 5].lower() in recalled_nouns or
                                    text.startswith(_ANY_ACTS_NOUNS, t.start)) and \
                        text.endswith(("the ", "The "), t.start - 4, t.start) and \
                        not any(lo <= t.start < hi for lo, hi in recalled[i]):
                    recalled[i].append((t.start, e))
        told = [t for t in found if not any(lo <= t.start < hi for lo, hi in recalled[i])]
        if told:
            return  # an act of the report's own told: a later "the attack" may be it
        # (the noun's head: "suicide bombings" is a "bombi")
        recalled_nouns.update(text[t.start:t.end].rsplit(None, 1)[-1][:5].lower() for t in found if t.rule.noun)


def extract_events(text: str, *, published_at: dt.date | None, toponyms: list, locations: list) -> list[Event]:
    if published_at is None:
        published_at = stamped_day(text)  # (a scraped page's "Posted: Jan 12, 2017" at its top)
    title_end = _title_end(text)
    if furniture := furniture_spans(text, max(title_end, 0)):
        # the page's furniture (copyright lines, teasers of other stories, photo credits, prompts) tells no event:
        # blanked, offsets kept; its towns stay the geoparser's toponyms but are no scene
        text = masked(text, furniture)
        toponyms = [t for t in toponyms if not any(a <= t.start < b for a, b in furniture)]
        locations = [loc for loc in locations if not any(a <= loc.start < b for a, b in furniture)]
    folded = fold(text)  # once: the trigger, alias and date regexes all run on it
    all_dates = find_dates(text, published_at, folded)
    spans, responses = _response_clauses(folded, _headline_clauses(text, sentence_spans(text), title_end))
    spans, roundup_clauses, roundup_apart = _roundup_clauses(text, folded, spans, toponyms, all_dates, title_end)
    if not spans:
        return []
    n = len(spans)
    starts = [s for s, _ in spans]  # (for _in)
    mentions = find_actors(text, folded)
    mentions = state_pronoun_references(text, group_pronoun_references(text, definite_back_references(text, mentions)))
    actors_by_sentence: dict[int, list[ActorMention]] = {}
    for m in mentions:
        actors_by_sentence.setdefault(_in(starts, m.start), []).append(m)
    dates_by_sentence: dict[int, list[DateMention]] = {}
    report_dates: list[DateMention] = []
    said_on_by_sentence: dict[int, list[DateMention]] = {}
    # an arrest, a charge or a hearing is dated apart from the incident it follows; it dates the
    # report's event only when nothing else is dated
    event_role = "event" if any(d.role == "event" for d in all_dates) else "judicial"
    judicial_by_sentence: dict[int, list[DateMention]] = {}
    recalled_by_sentence: dict[int, list[DateMention]] = {}  # (each dates only the acts of its own sentence)
    for d in all_dates:
        if d.role == "recalled":
            recalled_by_sentence.setdefault(_in(starts, d.start), []).append(d)
        if d.role == event_role:
            dates_by_sentence.setdefault(_in(starts, d.start), []).append(d)
        elif d.role == "judicial":
            judicial_by_sentence.setdefault(_in(starts, d.start), []).append(d)
        elif d.role == "report":
            report_dates.append(d)
            said_on_by_sentence.setdefault(_in(starts, d.start), []).append(d)
    # "Fano-controlled areas" (no mention before a hyphen): a name of an armed group of another country is the
    # group's, no place of the report (Fano is Ethiopia's militia, no town of Italy)
    abroad = alias_table().names_actor_abroad
    toponyms = [t for t in toponyms if getattr(t, "place", None) is None or not abroad(t.name, t.place.country_code)]
    actor_spans = [(m.start, m.end) for m in mentions if not m.actor.generic]
    places_by_sentence: dict[int, list[PlaceCandidate]] = {}
    for c in place_candidates(text, toponyms, locations, actor_spans, title_end):
        places_by_sentence.setdefault(_in(starts, c.start), []).append(c)

    casualties_by_sentence = {i: find_casualties(text, s, e) for i, (s, e) in enumerate(spans)}
    accident_sentences = set()
    # (the accident looks' answers, kept for this report's text: find_triggers asks many of them again)
    accident_answers: dict = {}
    for i, ((s, e), found) in enumerate(zip(spans, casualties_by_sentence.values())):
        for m in found:
            if accident_told_around(text, m.start, m.end, s, e, folded, accident_answers):
                m.background = True  # the dead of a crash or a disaster: no act's toll
                accident_sentences.add(i)
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
    for i in _recollection(spans, recalled_by_sentence, dates_by_sentence):
        for m in casualties_by_sentence[i]:
            m.background = True
    for i in _tallies_since_an_act(text, dates_by_sentence, casualties_by_sentence):
        for m in casualties_by_sentence[i]:
            m.background = True
    continuing_tallies = _tolls_continuing_a_tally(text, spans, dates_by_sentence, casualties_by_sentence)
    for i in continuing_tallies:
        for m in casualties_by_sentence[i]:
            m.background = True
    # a roundup's incidents apart; its summary sentence's totals belong to none of them
    blocks = incident_blocks(text, spans, casualties_by_sentence, dates_by_sentence, folded)
    if not any(b != 0 for b in blocks):
        # (the sentences whose doers are an armed group's, an identity militia's or a mob's men: a war's acts)
        # (and a state force's rescue of the captives an act took, told days later: "On Thursday, soldiers freed the
        # hostages ... after a firefight in which four of the kidnappers were killed" - the rescue's own dead)
        armed_acts = frozenset(i for i, ms in actors_by_sentence.items()
                               if any(not m.speaker and (m.actor.inter in _SERIES_DOER_INTERS or m.actor.inter in
                                                         STATE_INTERS and _rescue_told(text, folded, *spans[i]))
                                      for m in ms))
        for i in background_sentences(text, spans, casualties_by_sentence, dates_by_sentence, armed_acts):
            if i in roundup_clauses and published_at is not None and dates_by_sentence.get(i) and all(
                    0 <= (published_at - d.date_start).days <= _ROUNDUP_DAYS for d in dates_by_sentence[i]):
                continue  # a round-up's incident of the last days, told with its own day: no recollection
            for m in casualties_by_sentence[i]:
                m.background = True
    chronicle = chronicle_sentences(text, spans, dates_by_sentence)
    candidates: list[Candidate] = []
    orphans: list[tuple[int, list[CasualtyMention]]] = []  # casualties told in a sentence with no act
    # whether a sentence says it tells another incident ("Separately, ...", "In another attack ..."; see
    # _choose_place), asked only of sentences with an act and the two after them
    separate: dict[int, bool] = {}
    # (may_hold for the report's word gates, its look for the letters IGNORECASE matches to ASCII ones that fold() keeps
    # apart asked once, not at each gate's miss)
    case_odd = holds_case_odd(text)
    separate_words = case_odd or holds_a_word(folded, _SEPARATE_WORDS)  # (else _SEPARATE matches no sentence)
    later_words = "hours later" in folded  # (else _HOURS_LATER_OPENING matches no sentence)

    def is_separate(j: int) -> bool:
        if j not in separate:
            separate[j] = j < n and (j in roundup_apart or spans[j][0] in responses or
                                     separate_words and _SEPARATE.match(text, spans[j][0]) is not None or
                                     _DAYS_APART_OPENING.match(text, spans[j][0]) is not None or
                                     later_words and _HOURS_LATER_OPENING.match(text, spans[j][0]) is not None and
                                     any(m.actor.inter in ARMED_INTERS for m in actors_by_sentence.get(j, ())) or
                                     text.startswith("In ", spans[j][0]) and _turns_to_country(text, spans[j][0]))
        return separate[j]
    for i, (s, _) in enumerate(spans) if "same day" in folded else ():
        if _SAME_DAY_OPENING.match(text, s):
            # "On the same day, shelling in Hays injured two women": another act of a sitrep, with its own toll
            # (the tally words "on the same day" mark elsewhere in a sentence)
            for m in casualties_by_sentence[i]:
                m.background = False
    sentence_triggers = [find_triggers(text, s, e, folded, accident_answers) for s, e in spans]
    if any(t.rule.event_type in _CROWD_TYPES for found in sentence_triggers for t in found) and \
            ("chant" in folded or "slogan" in folded):
        # 'crowds chanting "Death to the dictator"': a crowd's slogan, no act told (asked only of a report of a crowd)
        sentence_triggers = [[t for t in found if not _CHANTED_BEFORE.search(text, max(s, t.start - 80), t.start)]
                             for found, (s, _) in zip(sentence_triggers, spans)]
    _accident_aftermath(text, folded, spans, sentence_triggers, casualties_by_sentence, accident_sentences)
    # the acts each sentence only recalls; their days date no act of the report, told before them or after ("killed 50
    # terrorists in response to an attack on Djibo, where jihadists had killed dozens of soldiers on Saturday")
    hinted = [bool(found) and past_act_hint(text, folded, s, e) for found, (s, e) in zip(sentence_triggers, spans)]
    past_acts = [list(filter(None, [past_act(text, t, s, min(o.start for o in found)) for t in found])) if hint else []
                 for hint, found, (s, e) in zip(hinted, sentence_triggers, spans)]
    recalled = [acts + recalled_causes(text, s, e, found) if hint else []
                for hint, acts, found, (s, e) in zip(hinted, past_acts, sentence_triggers, spans)]
    for i, (s, e) in enumerate(spans):
        if sentence_triggers[i]:
            # "bombed Kyauktaw, which the Arakan Army captured last year": who holds the place, no act told
            takings = [(s + lo, s + hi) for lo, hi in past_taking_clauses(text[s:e])]
            recalled[i].extend(takings)
            # ("Hamas, which controls Gaza, fired rockets at Sderot": the place held is no scene of the sentence's act,
            # nor of the next sentences', while the sentence names another place on land, not a dateline's nor a country)
            outside = [c for c in places_by_sentence.get(i, ()) if not any(lo <= c.start < hi for lo, hi in takings)]
            if takings and any(not c.dateline and c.precision < COUNTRY_PRECISION for c in outside):
                places_by_sentence[i] = outside
    if any(recalled):
        _recalled_named_again(text, spans, sentence_triggers, recalled, dates_by_sentence)
    for i, acts in enumerate(recalled):
        if acts and i in dates_by_sentence:
            dates_by_sentence[i] = [d for d in dates_by_sentence[i] if not any(lo <= d.start < hi for lo, hi in acts)]
    def recalled_acts(i: int) -> list[Candidate]:
        """The acts sentence i's reprisals answer, or it came after, that tell their own day and toll."""
        if not recalled[i]:
            return []
        acts = (_recalled_act(text, folded, i, cause, sentence_triggers[i], casualties_by_sentence[i],
                              [d for d in all_dates if d.role == event_role], actors_by_sentence.get(i, []),
                              places_by_sentence, max(blocks[i], 0))
                for cause in recalled_causes(text, *spans[i], sentence_triggers[i]))
        return [act for act in acts if act is not None]
    # (_dead_handed_over asked only of a report that holds one of its words: each sentence's answer is None else)
    bodies_told = "bodies" in folded or "remains" in folded or "corpses" in folded
    # a report of captives or dead given back (a release, an exchange, a handover of bodies)
    exchange_told = any(t.rule is RELEASE or t.rule.sub_event_type == "Agreement" and _EXCHANGED.search(text, t.start, t.end)
                        for found in sentence_triggers for t in found) or \
        bodies_told and any(_dead_handed_over(text, folded, s, e) is not None for s, e in spans)
    in_roundup = False  # the sentences read so far since the last act told are a roundup's
    roundup_told = False  # the report tells a roundup's acts (none of them an event: no incident unnamed to guess)
    campaign_told = False  # ... or a group's campaign (recalled.campaign_acts): acts told, none of them new
    lead = next((j for j, (s, _) in enumerate(spans) if s > title_end), 0)  # the report's first sentence after its title
    # (a list's items are looked for only in a report that marks one: see _item_date)
    items_told = "\u2022" in text or any(mark in text for mark in _ITEM_LINE_MARKS)
    for i, (s, e) in enumerate(spans):
        if text.endswith(("?", "?\"", "?”"), s, e):
            continue  # "HOW DID THE FIGHTING START?", "Will the gangs attack the airport next?": asked, not told
        if text.startswith("It ", s) and _RECALLED_OPENING.match(text, s):
            for m in casualties_by_sentence[i]:
                m.background = True  # "It would be recalled that ... had attacked the same base in March": a past act
            continue
        sentence_text, sentence_folded = text[s:e], folded[s:e]  # (sliced once for the tests below)
        triggers = sentence_triggers[i] if i not in running_totals and blocks[i] != ITEMS_SUMMED else []
        # (the hint's words looked for first: a plain look costs less than the regex)
        if triggers and ("killed" in sentence_folded or "dead" in sentence_folded) and \
                _JOINT_FIGURE_HINT.search(folded, s, e) and (joint := _JOINT_FIGURE.search(text, s, e)):
            # "Russia lost 1,230 personnel killed and wounded": a count of the dead and the hurt in one, no act told
            triggers = [t for t in triggers if not joint.start() <= t.start < joint.end()]
        if exchange_told:
            triggers = [t for t in triggers if not _captivity_recalled(text, t, dates_by_sentence.get(i), published_at)]
        if bodies_told and (dead_from := _dead_handed_over(text, folded, s, e)) is not None:
            triggers = [t for t in triggers if t.start < dead_from]
            for m in casualties_by_sentence[i]:
                if m.end > dead_from:
                    m.background = True  # the dead handed over: no toll of an act the report tells
        # "No deaths were reported", "No one was killed": a toll of none, told of the act before, no act of its own
        if nil_tolls := [m for m in casualties_by_sentence[i] if m.best == 0]:
            triggers = [t for t in triggers if not any(m.start <= t.start < m.end for m in nil_tolls)]
        # a group's campaign told as background ("JNIM has attacked tanker convoys on the main roads", "have repeatedly
        # shelled", "routinely abduct travellers"): in a sentence with no day and no toll of its own, no act of the report
        # (a year or a month is the campaign's time, or a recalled act's: "towns that government forces captured in 2022")
        # - the sentence's act is asked below, once chosen: a campaign's sentence is no event
        campaign = campaign_acts(text, triggers, s, e, i == lead) if triggers and not any(
            d.precision <= 2 for d in dates_by_sentence.get(i, ())) and all(
            m.background for m in casualties_by_sentence[i]) and holds_a_word(sentence_folded, _CAMPAIGN_HINTS) else ()
        # the sentence counts from when a war began ("since the clashes began", "since factions of the cartel began
        # fighting", "since the war ... broke out"): the war's acts there are no act of the report (asked only of a
        # sentence with an act left: the answer serves the act's candidate alone)
        since_began = (since := SINCE_BEGAN.search(text, s, e) if triggers and "since" in sentence_folded
                       else None) is not None
        if since_began:
            triggers = [t for t in triggers if not since.start() <= t.start < since.end() + 12]
        if triggers and (running := inverted_running_count(sentence_text, sentence_folded)) is not None:
            # "The strike brought to 1,200 the number of civilians killed this year": the count's verb is no act
            triggers = [t for t in triggers if not s + running[0] <= t.start < s + running[1]]
        if roundup(sentence_text, sentence_folded) or triggers and in_roundup and roundup_goes_on(
                sentence_text, bool(casualties_by_sentence[i]) and all(m.background for m in casualties_by_sentence[i]) or
                period_tally(sentence_text)):
            for m in casualties_by_sentence[i]:
                m.background = True  # a period's count over a breadth of ground: no act's toll
            in_roundup = roundup_told = True
            continue  # a force's roundup of its operations: many acts, none told (recalled.roundup)
        in_roundup = in_roundup and not triggers  # (an act told after it ends the roundup)
        for lo, hi in recalled[i]:
            since_began = since_began or BEGAN_AFTER.match(text, hi) is not None
            triggers = [t for t in triggers if not lo <= t.start < hi]
            for m in casualties_by_sentence[i]:
                if lo <= m.start < hi:
                    m.background = True  # the dead of the act recalled: no reported act's toll
        casualties = casualties_by_sentence[i] if blocks[i] >= 0 else []
        if not triggers:
            if casualties:
                orphans.append((i, casualties))
            # (a sentence that only tells what the act came after: "The operation came after militants ambushed ...")
            candidates.extend(recalled_acts(i))
            continue
        trigger = min(triggers, key=lambda t: (t.rule.rank, t.start))
        if trigger.rule.sub_event_type == "Change to group/activity" and _FLIGHT.match(text, trigger.start) and (
                robbery := next((t for t in triggers if t.rule.sub_event_type == "Looting/property destruction"), None)):
            trigger = robbery  # "held up a cab driver, showed a gun and fled on foot": the robbery, its flight its end
        if trigger.rule.event_type == BATTLES and folded.startswith("storm", trigger.start) and (
                lethal := next((t for t in triggers if t.rule.sub_event_type == LETHAL), None)) and not (
                (stormed := assign_roles(text, trigger, actors_by_sentence.get(i, []), casualties)[1]) is not None and
                stormed.actor.inter in STATE_INTERS):
            trigger = lethal  # "stormed the village ... and opened fire on residents": the attack's way in, no taking
            # (but a storming of the forces' own base is a fight with them, whatever dies in it: "stormed a Somali army
            # base, sparking hours of fighting in which seven soldiers were killed")
        if trigger.rule.sub_event_type == "Arrests" and (seizure := _seizure_told_first(text, triggers, trigger)):
            trigger = seizure  # "seized 30 rifles and arrested two suspects": the seizure is the news, the arrests its part
        if trigger.rule.sub_event_type == "Peaceful protest" and (
                clash := next((t for t in triggers if t.rule.sub_event_type == "Armed clash" and t.rule.event_type == BATTLES),
                              None)):
            # "Hundreds marched ... and small groups clashed with police": the demonstration turned violent
            trigger = Trigger(clash.start, clash.end, RIOT, False)
        if trigger.rule is RELEASE and (exchange := next((t for t in triggers if t.rule.sub_event_type == "Agreement" and
                                                          _EXCHANGED.search(text, t.start, t.end)), None)):
            trigger = exchange  # "released 115 prisoners of war in a prisoner swap": the exchange the release is one side of
        if trigger.rule.noun and trigger.rule.event_type in VIOLENT_TYPES and \
                (agreement := next((t for t in triggers if t.rule.sub_event_type == "Agreement"), None)) is not None and \
                _SPELL_OF_BEFORE.search(text, max(s, trigger.start - 30), trigger.start):
            # "agreed to a ceasefire ..., ending more than a year of fighting": the war the agreement ends
            trigger = agreement
        if trigger.rule.sub_event_type == "Abduction/forced disappearance" and \
                any(c.kind == "killed" for c in casualties):
            # "attacked a school, killing 41 people and abducting six others": an attack that also took hostages (told
            # before the act's verb is looked for: "In a separate attack, gunmen killed four people and abducted ...")
            trigger = next((t for t in triggers if t.rule.sub_event_type == LETHAL), trigger)
        if trigger.rule.noun and _OPENING_ACT.fullmatch(text, s, trigger.start) and (verb := next(
                (t for t in triggers if t.start > trigger.end and not t.rule.noun and t.rule.event_type in VIOLENT_TYPES
                 and "," in text[trigger.end:t.start]), None)) and \
                assign_roles(text, verb, actors_by_sentence.get(i, []), casualties)[0] is not None:
            trigger = verb  # "In a reprisal attack, Tiv youths killed three herders": the act told by its verb, its doer
        elif trigger.rule.noun and _OPENING_NOUN.fullmatch(text, s, trigger.start) and (verb := next(
                (t for t in triggers if t.start > trigger.end and not t.rule.noun and t.rule.event_type in VIOLENT_TYPES
                 and _SCENE_CLAUSE.search(text, trigger.end, t.start)), None)) and \
                assign_roles(text, trigger, actors_by_sentence.get(i, []), casualties)[0] is None and \
                assign_roles(text, verb, actors_by_sentence.get(i, []), casualties)[0] is not None:
            # "Fighting flared in Taiz, where Houthi fighters attacked government positions": the act told by the verb of
            # the clause that says what happened there, its doer the clause's
            trigger = verb
        if trigger.rule.noun and THE_BEFORE.search(text, max(s, trigger.start - 4), trigger.start) and \
                (interception := next((t for t in triggers if t.rule is INTERCEPTION), None)) is not None:
            trigger = interception  # "the attack had failed and the missiles were intercepted": the act told before, foiled
        if trigger.rule is LAUNCH and (interception := next(
                (t for t in triggers if t.rule is INTERCEPTION and t.start > trigger.end), None)) is not None and \
                not _harm_told(i + 1, sentence_triggers, casualties_by_sentence):
            trigger = interception  # "rockets were launched at Haifa ..., most were intercepted": one act, foiled
        if trigger in campaign:
            campaign_told = True
            continue
        if not reportable(text, (s, e), trigger, casualties, dates_by_sentence.get(i)):
            continue
        # (the acts told before asked first: the cheaper test)
        if trigger.rule.noun and any(c.sentence >= i - 2 and c.event_type in VIOLENT_TYPES for c in candidates) and \
                _RESTATED_BEFORE.fullmatch(text, s, trigger.start):
            continue  # "It was the first deadly attack by the group on shipping": the act just told, ranked among others
        if trigger.rule.noun and not casualties and any(c.event_type in VIOLENT_TYPES for c in candidates) and \
                REFERRED_BEFORE.search(text, max(s, trigger.start - 90), trigger.start):
            continue  # "IS claimed responsibility for the attack via Amaq on Saturday": the act just told, owned (its day the claim's)
        # (the men of a recalled act are no party to the reported one: "in response to an attack that killed two soldiers")
        actors = actors_by_sentence.get(i, [])
        if recalled[i]:
            actors = [m for m in actors if not any(lo <= m.start < hi for lo, hi in recalled[i])]
        if since is not None:  # (a recalled act told as begun, "after the offensive began", has no since-span)
            actors = [m for m in actors if not since.start() <= m.start < since.end()]
        a1, a2 = assign_roles(text, trigger, actors, casualties)
        if a2 is not None and a2.actor.generic and a2.actor.inter in ARMED_INTERS and _CAPTIVE_AFTER.match(text, a2.end):
            a2 = replace(a2, actor=alias_table().actor("Civilians ({country})"))  # captives are out of the fight
        # (or of any period's tally: "Forty aid workers have been killed in Sudan since the start of the year", "At least
        # 2,100 people were kidnapped in the first six months of the year"; and a group's, its verb in the perfect: "The
        # ADF, which has pledged allegiance to IS, has killed thousands")
        if trigger.rule.sub_event_type in _TALLIED and \
                (a1 is None and (a2 is None or a2.actor.generic and a2.actor.inter == 7) or
                 LASTING_VERB_BEFORE.search(text, max(s, trigger.start - 15), trigger.start) or
                 # ("has surged since the war began, with more than 600 people killed by troops or settlers": the
                 # war's count told as its circumstance, whoever did the killing)
                 since_began and any(m.start <= trigger.start < m.end and text.endswith("with ", s, m.start)
                                     for m in casualties)) and \
                any(m.background and m.start <= trigger.start < m.end for m in casualties) and \
                (since_began or i in running_totals or period_tally(sentence_text)) or \
                i in continuing_tallies and any(m.start <= trigger.start < m.end or m.end <= trigger.start < m.end + 30 and
                                                text.startswith((" by ", " in "), m.end) for m in casualties):
            # (a tally's count, see tallies_only; also the cause of a running count: "have been killed by Ukrainian
            # shelling")
            orphans.append((i, casualties))
            # the verb of a war's tally ("54 people have been killed since the clashes began"): no act; but an agreement
            # the sentence tells beside it is ("agreed on Monday to a ceasefire ..., ending five days of fighting that
            # has killed at least 35 people")
            if (trigger := next((t for t in triggers if t.rule.sub_event_type == "Agreement"), None)) is None:
                continue
            a1, a2 = assign_roles(text, trigger, actors, casualties)
        if trigger.rule.sub_event_type == "Arrests" and " since " in sentence_text and \
                LASTING_VERB_BEFORE.search(text, max(s, trigger.start - 15), trigger.start) and period_tally(sentence_text):
            continue  # arrests counted in the perfect over a period: "Police have detained more than 300 people since the
            # start of the year", "had been killed or detained since the Taliban took power in 2021" - a tally, no act
        if trigger.rule is STORMING and a1 is not None and a1.actor.inter in STATE_INTERS:
            continue  # a state force's storming is a raid: an event only by what it did there (an arrest, a killing)
        event_type, sub = sub_type(trigger.rule, a1, a2, casualties)
        if sub == "Attack" and crowd_kills(text, trigger, a1):
            if a2 is not None and a2.actor.inter in ARMED_INTERS and a2.actor.inter not in STATE_INTERS and \
                    not _SUSPECTED_BEFORE.search(text, max(0, a2.start - 40), a2.start) and \
                    not FACILITY_AFTER.match(text, a2.end):
                # "Residents killed 15 bandits after the armed men invaded the community": a community in arms (not
                # a lynching: "a crowd burned to death 13 suspected gang members", a mob; nor a crowd that storms a
                # police post; nor youths who attack police vehicles with petrol bombs, a riot against the state's forces)
                event_type, sub, a1 = BATTLES, "Armed clash", in_arms(a1)
            else:
                event_type, sub = RIOTS, "Mob violence"
        elif sub == "Armed clash" and a1 is not None and a2 is not None and {a1.actor.inter, a2.actor.inter} == {IDENTITY, CIVILIANS}:
            # "Clashes between Arab herders and farmers": civilians who fight an identity militia are one too
            a1, a2 = (in_arms(a1), a2) if a1.actor.inter == CIVILIANS else (a1, in_arms(a2))
        if sub == "Arrests" and _SUSPECTS.search(text, s, e) and (a1 is None or _ONE_SUSPECT.search(text, s, e)) and \
                any(c.event_type in VIOLENT_TYPES for c in candidates) and \
                not any(c.sub_event_type == "Arrests" for c in candidates):
            # "Two suspects were arrested on Sunday": the inquiry into the act told, by no force the report names, or
            # of one suspect by any ("Police arrested a suspect Wednesday") (an arrest told before is told again)
            continue
        if sub == "Disrupted weapons use" and a1 is not None and a1.actor.inter in ARMED_GROUP_INTERS and \
                _TAKEN.match(text, trigger.start):
            sub = "Looting/property destruction"  # "the militants seized weapons": a raid's loot, no seizure
        date, date_distance = _choose_date(text, folded, i, dates_by_sentence, trigger, n, said_on_by_sentence.get(i, ()))
        if date_distance and items_told and (told := _item_date(text, spans, i, dates_by_sentence)) is not None:
            date, date_distance = told
        if date_distance != 0 and recalled_by_sentence.get(i):
            # an earlier act of the year's (or a few days') count, told with its own day ("On Jan. 16, officers found a man shot")
            date, date_distance = min(recalled_by_sentence[i], key=lambda d: abs(d.start - trigger.start)), 0
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
        if text.startswith(" c", trigger.end) and (when := CAME_WHILE_AFTER.match(text, trigger.end)):
            # "The attack came as Modi was sworn in in New Delhi": the places of what it came during are no scene of it
            scenes = {**scenes, i: [c for c in scenes.get(i, ()) if c.start < when.end()]}
        place, place_key = _choose_place(text, folded, i, scenes, trigger, event_type, sub,
                                         {j for j in (i + 1, i + 2) if is_separate(j) or blocks[j:j + 1] != blocks[i:i + 1]
                                          or _opens_dated_apart(j, spans, dates_by_sentence, date)
                                          or sub != "Arrests" and bool(scenes.get(i)) and _arrest_only(sentence_triggers, j)},
                                         a1)
        cand = Candidate(i, (s, e), trigger, a1, a2, casualties, date, date_distance, place, place_key,
                          event_type, sub, max(blocks[i], 0), is_separate(i), trigger.end <= title_end,
                          a1 is not None and (a1.actor.generic or a1.referred) and date_distance != 0 and not a1.speaker and
                          _TOLD_BACK_BEFORE.search(text, max(s, a1.start - 5), a1.start) is not None or
                          sub == "Disrupted weapons use" and _AT_THE_SCENE.match(text, trigger.end, e) is not None,
                          tuple(m.actor for m in actors_by_sentence.get(i, ())), _opening_date(i, spans, dates_by_sentence),
                          DEATH_WORD.match(text, trigger.start) is not None, in_quotation(text, trigger.start),
                          _hostages_taken(text, folded, trigger, triggers))
        cand.custody = cand.death and custody_death(text, trigger)
        cand.listed = _list_item(text, s)
        cand.also = "also" in sentence_folded and _ALSO_BEFORE.search(text, max(s, trigger.start - 20), trigger.start) is not None
        cand.before_news = date is not None and date_distance == 0 and told_back_in_pluperfect(text, date.start, date.precision)
        cand.taken_alive = sub == "Arrests" and _ALIVE_AFTER.match(text, trigger.end) is not None
        cand.arrested_back = sub == "Arrests" and a1 is None and \
            text.startswith(("arrested", "detained", "captured", "apprehended"), trigger.start) and \
            _ARRESTED_BACK_BEFORE.search(text, max(s, trigger.start - 24), trigger.start) is not None
        cand.small_arms = may_hold_folded(sentence_folded, _SMALL_ARMS_WORDS) and _SMALL_ARMS.search(text, s, e) is not None
        cand.bare_blast = _BARE_BLAST.fullmatch(text, trigger.start, trigger.end) is not None
        cand.scene_opening = place is not None and place_key[1] == 0 and \
            _SCENE_OPENING.fullmatch(text, s, place.start) is not None
        cand.calendar_day = i in chronicle and date_distance == 0
        cand.ensuing = any(t.rule.noun and may_hold_folded(folded[max(s, t.start - 25):t.start], _ENSUING_WORDS) and
                           _ENSUING_BEFORE.search(text, max(s, t.start - 25), t.start) for t in triggers) or \
            may_hold_folded(sentence_folded, _REPEL_WORDS) and _REPELLED_BACK.search(text, s, e) is not None
        cand.the_fight = a1 is None and any(t.rule.sub_event_type == "Armed clash" and t.rule.noun and
                                            _THE_FIGHT_BEFORE.search(text, max(s, t.start - 12), t.start) for t in triggers)
        cand.found_after = trigger.rule is BODIES_FOUND and a1 is None and \
            _AFTER_THE_ACT.search(text, trigger.end, e) is not None
        # "... launched 476 drones and 48 missiles in the attack": the act told already, named again with no party
        cand.the_act = a1 is None and trigger.rule.noun and \
            _THE_FIGHT_BEFORE.search(text, max(s, trigger.start - 12), trigger.start) is not None
        cand.the_noun = trigger.rule.noun and _TOLD_BACK_BEFORE.search(text, max(s, trigger.start - 4), trigger.start) is not None
        cand.retreat = sub in ("Non-violent transfer of territory", "Change to group/activity") and \
            _RETREAT_AFTER.match(text, trigger.end) is not None or \
            sub == "Change to group/activity" and _FLIGHT.match(text, trigger.start) is not None
        if cand.retreat:
            cand.actor2 = None  # ("fled toward the town, where the army has a base": a place's holder, no party)
            if date is not None and date_distance == 0 and _OTHER_CLAUSE.search(
                    text, min(trigger.end, date.end), max(trigger.end, date.start)) is not None:
                cand.date_distance = 1  # ("fled toward the mountains, and police were deployed ... on Monday": theirs)
        cand.fought_back = may_hold_folded(sentence_folded, ("back", "resist")) and \
            _FOUGHT_BACK.search(text, s, e) is not None
        cand.shot_back = a1 is not None and a1.actor.inter in STATE_INTERS and any(
            t.rule.sub_event_type == LETHAL and _KILLED_BACK.match(text, t.end) for t in triggers)
        parts = _per_place(text, folded, cand, triggers, actors, places_by_sentence)
        if event_type in _CROWD_TYPES and len(parts) == 1:
            parts = _per_listed_place(cand, text, places_by_sentence, triggers)
        candidates.extend(parts)
        candidates.extend(recalled_acts(i))

    _summed_in_title(candidates)
    _tally_echoed_in_title(casualties_by_sentence, title_end)
    if len(candidates) > 2 and candidates[0].headline and candidates[0].trigger.plural and \
            candidates[0].event_type in VIOLENT_TYPES and any(c.separate for c in candidates[1:]):
        del candidates[0]  # a title's plural act over incidents the body tells apart ("Sahel: attacks kill dozens"): their sum
    merged: list[list[Candidate]] = []
    for cand in candidates:
        if merged and (more := _more_elsewhere(text, folded, merged[-1], cand, places_by_sentence)) is not None:
            merged.append([more])
            continue
        # (a death told right after an incident told apart is first that incident's: "In an unrelated shooting, a man
        # was found badly hurt last week ... Police learned on Monday that he had died", not the report's own one's)
        # (and the hurt told with no scene of their own right after a strike or a shelling are first its own:
        # "Hezbollah fired rockets at Kiryat Shmona. Two people were lightly wounded by shrapnel in the town", not an
        # air strike's told before it)
        latest_first = merged and (cand.death and merged[-1][0].separate or len(merged) > 1 and loose_violence(cand) and (
            cand.place is None or cand.place_key[1] != 0) and merged[-1][-1].sentence == cand.sentence - 1 and
            merged[-1][0].event_type == EXPLOSIONS)
        # (and a bare hurt with no doer, "Another resident was wounded.", first that of the act told nearest before it
        # where a title that tells two acts opened both groups before the body told either)
        order = [merged[-1]] + merged[:-1] if latest_first else \
            sorted(merged, key=lambda g: -max(c.sentence for c in g)) if len(merged) > 1 and \
            all(g[0].headline for g in merged) and loose_violence(cand) else merged
        for group in order:
            if same_incident(group, cand):
                # (a death in custody heads the arrest it followed: the act the report tells)
                group.insert(0, cand) if cand.custody and not any(c.custody for c in group) else group.append(cand)
                break
        else:
            if merged and loose_violence(cand) and not cand.separate and \
                    not (merged[-1][0].block != cand.block and any(m.best for c in merged[-1] for m in c.casualties)):
                # (not an incident told apart after one told in full with its toll, an item of a list: "May 12 - Army
                # airstrikes hit ..., killing 14 ... May 15 - Fighting killed 27 people": no piece of the one before)
                cand = summary_doer(merged[-1], cand)
            elif merged and cand.listed and cand.actor1 is None and cand.event_type == EXPLOSIONS and \
                    (summary := next((g for g in reversed(merged) if not g[0].listed), None)) is not None and \
                    summary[0].sub_event_type == cand.sub_event_type:
                # "Israeli strikes killed at least 27 ...: - Gaza City: nine killed when a strike hit a school": the
                # item's strike is one of those the list's summary says whose
                cand.actor1 = group_actor(summary, "actor1")
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
    claims = case_odd or holds_a_word(folded, ("claimed", "carried out by", "blamed on", "was behind", "were behind",
                                               "responsible for", "perpetrated by", "dropped by", "planted by"))
    blames = case_odd or holds_a_word(folded, ("blam", "attribut", "believed", "suspected", "linked", "identified",
                                               "belong"))
    owns = case_odd or "said" in folded
    accuses = "accus" in folded  # ("The rebels accused the Malian army of carrying out the strike")
    # (and a state a source says did it: "A U.S. official later said the United States had carried out the strike")
    attributed = attributed_states(text, folded) if owns else []
    for m in mentions + blamed_states(text) + attributed if claims or blames or owns or accuses else ():
        named = not m.actor.generic
        # (an unnamed group blamed is still the doer: "Authorities blamed Malay Muslim insurgents for the attack"; and a
        # force that says it did it: "The U.S. military said it carried out the strike")
        if (attributed and any(m is a for a in attributed) or named and (claims and (CLAIMED_AFTER.match(text, m.end) or CLAIMED_BY_BEFORE.search(text, max(0, m.start - 80), m.start)) or
                       owns and folded.find("said", m.end, m.end + 100) >= 0 and _owned(text, m)) or
                (named or m.actor.inter in ARMED_GROUP_INTERS or m.actor.inter in STATE_INTERS and blames and
                 text.startswith(" for ", m.end) and _BLAMED_FOR_ACT_AFTER.match(text, m.end)) and blames and
                (BLAMED_BEFORE.search(text, max(0, m.start - 100), m.start) or SUSPECTED_DOERS_BEFORE.search(
                    text, max(0, m.start - 100), m.start) or suspected_doer(text, m.start, m.end)) and
                not _denied_after(text, spans, starts, m.end) and
                not _blamed_for_a_recalled_act(text, m, recalled[_in(starts, m.start)]) or
                accuses and _accused_of_the_act(text, m) and not _denied_after(text, spans, starts, m.end)):
            # (a group that says it did it claims an act told before its words; its own sentence's act has it as doer
            # already, when it is: "The army said it had killed 50 terrorists in response to an attack on Djibo")
            said = not (claims and CLAIMED_AFTER.match(text, m.end)) and named and owns and _owned(text, m)
            claimed = [g for g in merged if g[0].event_type in VIOLENT_TYPES and
                       (g[0].sentence < _in(starts, m.start) if said else g[0].sentence <= _in(starts, m.start))]
            if claimed and vague_doer(text, claimed[-1][0].actor1, named):
                for told in claimed[-1]:
                    if told.actor2 is m:  # (named in a telling's own sentence, it was taken for the target)
                        told.actor2 = None
                # (and the body's telling of a title's act: group_actor takes the body's doer)
                for act in [claimed[-1][0]] + [c for c in claimed[-1][1:] if c.actor1 is not None and
                                               vague_doer(text, c.actor1, named)]:
                    act.actor1 = m
                    # "claimed the attack": a clash, perhaps
                    act.event_type, act.sub_event_type = sub_type(act.trigger.rule, m, act.actor2, act.casualties)
    if ("from" in folded or " by " in folded) and ("fired" in folded or "launched" in folded):
        for group in merged:  # "A missile fired from Yemen struck a playground": its launcher (see country_launcher)
            if group[0].event_type == EXPLOSIONS and group_actor(group, "actor1") is None and \
                    (launcher := next((m for c in group if (m := country_launcher(text, *c.span, mentions))), None)):
                group[0].actor1 = launcher
    launchers_of_interceptions(merged)
    strikes_launched_by(merged)
    air_strikes_of_the_one_air_force(merged)
    if INTERCEPTION in {g[0].trigger.rule for g in merged}:
        merged = foiled_launches(text, merged)
    # "... where she was in stable condition": the casualties of the nearest violent act before
    # (or, in a report that names the toll first, after)
    violent = [g for g in merged if g[0].event_type in VIOLENT_TYPES]
    for i, casualties in orphans:
        if blocks[i] < 0:
            continue
        if not violent and all(m.best == 0 for m in casualties) and (told := [g for g in merged if g[0].sentence < i]):
            # "Rioters looted shops ... No deaths were reported": a toll of none of the act told, violent or not
            told[-1][0].casualties = told[-1][0].casualties + casualties
            continue
        if is_separate(i) and _POLICE_OTHER_CASE.match(text, spans[i][0]):
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
        if len(before) > 1:
            group = _sufferer_named(text, spans[i], mentions, before, i) or group
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
            country_memo.append(_report_country(text, toponyms, mentions))
        return country_memo[0]
    if any(c.event_type in VIOLENT_TYPES for g in merged for c in g):
        # (an arrest alone in a report still dates the incident it follows)
        merged = [g for g in merged if not _ordinary_arrests(text, g)]
    events = [_build(text, group, published_at, mentions, fallback, event_dates, report_country, judicial_dates, toponyms)
              for group in merged]
    if _unnamed_attack([ev for ev, _ in events]) is not None:
        events = [(ev, n) for ev, n in events if not _inquiry_arrest(text, ev)]
    told = len(events)
    if published_at is not None:
        lead_end = spans[min(1, n - 1)][1]
        events = [(ev, k) for ev, k in events if not _long_past(text, ev, published_at, lead_end)]
        events = [(ev, k) for ev, k in events if not _found_by_an_inquiry(text, ev)]
        if any(ev.event_type == PROTESTS for ev, _ in events):
            events = [(ev, k) for ev, k in events if not _protests_cause_in_passing(text, ev)]
        commemorated = may_hold(lead := text[:spans[0][1]], lead.lower(), _COMMEMORATION_WORDS) and \
            _COMMEMORATION_LEAD.search(text, 0, spans[0][1]) is not None
        if len(events) > 1 and any(_recent(ev, published_at) for ev, _ in events if ev.event_type != STRATEGIC) or \
                commemorated:
            # (a memorial's report: an act after its lead with no day of its own is the one remembered)
            events = [(ev, k) for ev, k in events if not _background_past(text, ev, published_at, spans[0][1]) and
                      not (commemorated and (ev.evidence.get("sentence") or {}).get("start", 0) >=
                           next((e for s, e in spans if s > title_end), spans[-1][1]) and _undated_after_quiet_lead(ev, folded))]
        elif events and (quiet_end := next((e for s, e in spans if s > title_end), spans[-1][1])) and \
                all((ev.evidence.get("sentence") or {}).get("start", 0) >= quiet_end for ev, _ in events):
            # a report whose title and lead tell no act, its news a statement or an aid warning: an act after them told
            # in a month gone by is its background too ("M23 rebels seized Goma in January after a lightning offensive"
            # in a report of April); so is one dated only by a week or a month that ended before the report's day
            # ("Israeli jets bombed Sanaa airport and power stations in Hodeidah last week, killing six people, the
            # ministry said" in a ministry's statement)
            retold_news = title_end > 0 and any(word in folded[:quiet_end] for word in _RETELLING_NEWS_WORDS) and \
                _RETELLING_NEWS.search(folded, 0, quiet_end) is not None
            events = [(ev, k) for ev, k in events
                      if not _act_month_gone_by(text, ev, published_at) and not _period_gone_by(ev, published_at)
                      and not (retold_news and _undated_after_quiet_lead(ev, folded))]
    tallies_only = orphans and all(m.background for _, ms in orphans for m in ms)
    if not events and not tallies_only and not told and not roundup_told and not campaign_told:  # (a report that only counts a period's dead tells no incident: "violence had
        # killed hundreds of people in the state this year")
        unnamed = _unnamed_incident(text, folded, spans, dates_by_sentence, orphans, places_by_sentence,
                                     fallback, published_at)
        if unnamed is not None:
            events.append((unnamed, 0))
    # main incident first: the scorer and the API take the first violent event as the headline
    events.sort(key=lambda ev: (0 if ev[0].event_type in VIOLENT_TYPES else 1, ev[1]))
    return [ev for ev, _ in events]


# the words by which a sentence only tells the hurt, the blast and the damage of an accident told before ("Six others were
# injured", "The driver was pronounced dead", "the blast was caused by a leaking cylinder", "The building was destroyed")
_AFTERMATH_WORDS = frozenset(("injured", "wounded", "hurt", "dead", "died", "killed", "blast", "explosion", "destroyed"))
# ... and the acts whose words tell a rescue, a site closed or a driver gone ("Rescuers pulled out seven survivors",
# "evacuated 23 survivors", "police took over the site", "The driver fled the scene")
_AFTERMATH_KINDS = frozenset(("Non-violent transfer of territory", "Government regains territory", "territory",
                              "Change to group/activity"))


def _accident_aftermath(text: str, folded: str, spans, sentence_triggers, casualties_by_sentence, accident_sentences) -> None:
    """A report that opens with an accident ("Two people were killed when their car collided with a truck", "A lineman
    was electrocuted while fixing a transformer"; no act told before it): the sentences after it that tell only the
    hurt, the damage or the rescue, with no act of their own ("Three other passengers were taken to hospital", "He died
    on the spot"), are the accident's; their triggers are dropped and their tolls made background, up to the first
    sentence that tells an act ("Separately, a man was stabbed to death") or a weapon ("died of gunshot wounds")."""
    lead = next((i for i, found in enumerate(casualties_by_sentence.values())
                 if found or sentence_triggers[i] or tells_accident(text, *spans[i], folded)), None)
    if lead is None:
        return
    if casualties_by_sentence[lead]:
        if lead not in accident_sentences or \
                any(not m.background for m in casualties_by_sentence[lead] if m.kind in ("killed", "wounded")):
            return
    elif sentence_triggers[lead]:
        return
    # (nor one that follows a weapon told with no act's word: "A woman was held at gunpoint ... She crashed into a
    # telephone pole. The suspects fled") (asked last: the costliest test)
    if any(ACT_WORDS.search(text, *spans[i]) is not None for i in range(lead)):
        return
    for i in range(lead, len(spans)):
        if any(text[t.start:t.end].lower() not in _AFTERMATH_WORDS and t.rule.sub_event_type not in _AFTERMATH_KINDS
               for t in sentence_triggers[i]) or \
                i > lead and ACT_WORDS.search(text, *spans[i]) is not None:
            return
        sentence_triggers[i] = []
        for m in casualties_by_sentence[i]:
            m.background = True


# the acts whose victims a period's tally counts by the act's verb ("killed", "kidnapped")
_TALLIED = (LETHAL, "Abduction/forced disappearance")
# the types of a war's strikes and fights, whose reports tell several at nearby towns (events._choose_place)
_WAR_TYPES = (EXPLOSIONS, BATTLES)
# half a year: how long before its publication an act a report dates only by its month is history it recalls
_RECALLED_AGE = dt.timedelta(days=180)
# a past year an act is told in: "killed 67 people at the Westgate mall in 2013", "The Taliban's summer offensive of 2021"
_IN_YEAR = re.compile(r"\b(?:in|during|of)\s+(?:(?:early|late|mid)[\s-]+)?(?P<year>(?:19|20)\d\d)\b(?!\s*[-–/]\s*\d)",
                      re.IGNORECASE)


# five years: how long before its report an act told even to its day is history (a verdict's, an inquiry's, an
# anniversary's) and no news the report codes; a trial of a shooting comes well within it
_HISTORY_YEARS = dt.timedelta(days=5 * 365)


def _long_past(text: str, event: Event, published_at: dt.date, lead_end: int) -> bool:
    """Whether the report tells the act as history or as a state, no event of its own: dated only by a month or a year,
    half a year or more before it was published ("overran the town in July 1995", "the 2014 abduction", "In July last
    year, a suicide bomber killed 63 people": an anniversary's, a trial's, a profile's or a survivor's recollection); dated by a span of months that
    runs to the report's day ("has launched more than 100 attacks since November 2023": a campaign, a tally); or told
    in a past year in a sentence after the lead (lead_end: where its second sentence ends) that dates it no closer ("In
    2023 alone, drones struck targets more than 1,000 times"); or told even to its day five years or more before it (see
    _HISTORY_YEARS). (An old act told to the day within them, or in the lead, is what a trial or an arrest report is
    about: "was shot on June 3, 2016", "convicted him of murder in the 2014 shooting" stays.)"""
    own_date = "date" not in event.inferred and event.date_end is not None
    if own_date and (event.date_precision or 0) >= 4 and \
            dt.date.fromisoformat(event.date_end) < published_at - _RECALLED_AGE:
        return True
    if own_date and dt.date.fromisoformat(event.date_end) < published_at - _HISTORY_YEARS:
        return True  # "was shot down over eastern Ukraine on July 17, 2014" in a verdict's report of 2022: history
    if own_date and event.date_precision == 5 and dt.date.fromisoformat(event.date_end) >= published_at:
        return True
    sentence, date = event.evidence.get("sentence"), event.evidence.get("date")
    if sentence is None or sentence["start"] < lead_end or \
            own_date and date is not None and sentence["start"] <= date["start"] < sentence["end"]:
        return False
    return any(int(m.group("year")) < published_at.year for m in _IN_YEAR.finditer(text, sentence["start"], sentence["end"]))


# what an inquiry found, up to the act: "A military inquiry found that soldiers did not follow standard procedures
# when they opened fire on a pickup truck in April", "an investigation concluded that the drone strike was an error"
_FOUND_BY_INQUIRY_BEFORE = re.compile(r"\b(?:inquiry|investigation|probe|review|inquest|commission|tribunal)\b[^.;]{0,80}?"
                                      r"\b(?:found|concluded|determined|established)\s+that\b[^.;]*$", re.IGNORECASE)


def _found_by_an_inquiry(text: str, event: Event) -> bool:
    """Whether the act is what an inquiry found of an act gone by, no day of its own told after the finding: the
    inquiry's news retells it (its toll and its day are the old act's, which the report does not tell as news)."""
    word, date = event.evidence.get("event_type"), event.evidence.get("date")
    # (the search needs "that" before the act: a plain look first)
    if word is None or " that " not in text[max(0, word["start"] - 250):word["start"]] or \
            (found := _FOUND_BY_INQUIRY_BEFORE.search(text, max(0, word["start"] - 250), word["start"])) is None:
        return False
    return "date" in event.inferred or date is None or date["start"] < found.start()


# what an act set off, told after it in a participle's clause: the protests of the report's news ("Earlier this month,
# police arrested the rapper, sparking the first wave of protests")
_SPARKED_PROTESTS_AFTER = re.compile(r"[^.;]*?,\s+(?:sparking|triggering|prompting|provoking|igniting|setting\s+off|"
                                     r"touching\s+off)\s+(?:[\w'’-]+\s+){0,4}?(?:protests?|demonstrations?|rall(?:y|ies)|"
                                     r"marches|unrest)\b", re.IGNORECASE)


# a day told to the day ("on Sunday", "yesterday", "on March 3", "3 March"), not a stretch ("earlier this month")
_TOLD_DAY = re.compile(r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tonight|"
                       r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|"
                       r"\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)", re.IGNORECASE)


def _protests_cause_in_passing(text: str, event: Event) -> bool:
    """Whether the act, in a report of protests, is told as what set them off with no day of its own (see
    _SPARKED_PROTESTS_AFTER): the movement's cause told in passing, not the report's news (an arrest told to the day,
    "arrested him on Friday, sparking protests", stays an event of its own)."""
    word, sentence = event.evidence.get("event_type"), event.evidence.get("sentence")
    if event.event_type == PROTESTS or word is None or sentence is None or \
            _TOLD_DAY.search(text, sentence["start"], sentence["end"]):
        return False
    return _SPARKED_PROTESTS_AFTER.match(text, word["end"], sentence["end"]) is not None


# a fortnight: how close to its publication a report's own act is (a report with one tells its day's news)
_OWN_ACT_AGE = dt.timedelta(days=14)
# three months: how long before its publication an act told to the day is history beside the report's own news
_HISTORY_AGE = dt.timedelta(days=90)


# a lead that marks an act's anniversary: "laid flowers at the station to mark three years since a Russian missile
# attack", "gathered at the mosque on Tuesday, a year after a suicide bomber killed 84 people": a memorial's report,
# whose acts told after it are the recalled act's ("The bomber blew himself up in the main prayer hall on Jan. 30, 2023")
_COMMEMORATION_LEAD = re.compile(r"\b(?:anniversary|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+years?\s+"
                                 r"(?:since|after)|commemorat\w+|in\s+(?:memory|remembrance)\s+of)\b", re.IGNORECASE)
_COMMEMORATION_WORDS = ("anniversar", "year", "commemorat", "memory", "remembrance")  # _COMMEMORATION_LEAD needs one


def _recent(event: Event, published_at: dt.date) -> bool:
    """Whether the act is the report's news: dated (by the text or its publication) within a fortnight of it. (Asked of
    a report's violent or crowd acts: an arrest or a verdict is about an act of before, "was arrested Thursday in the
    Feb. 2 shooting", which stays.)"""
    return event.date_end is not None and dt.date.fromisoformat(event.date_end) >= published_at - _OWN_ACT_AGE


# a month told mid-sentence in the act's clause, after its word ("The RSF captured the nearby Zamzam camp in April, in an
# assault in which hundreds were killed"): no date find_dates takes (such a month is most often background), but one
# that dates the act to a month gone by when it is not the report's
_ACT_MONTH_AFTER = re.compile(rf"[^.;,]{{0,60}}?\s+in\s+(?:(?:early|mid|late)[\s-]+)?(?P<month>{MONTH_NAMES})\b(?![\s.]*\d)")


# a slogan a crowd chants, in quotes up to the act's word ('chanting "Death to the dictator"', 'slogans such as "Down with
# the junta"')
_CROWD_TYPES = (PROTESTS, RIOTS)
_CHANTED_BEFORE = re.compile(r"\b(?:chant(?:ed|ing|s)?|slogans?)\b[^.;\"“”]{0,30}[\"“][^\"“”]*$", re.IGNORECASE)


# ... or told before its word as the month a taking ended the war's span ("The RSF took Wad Madani in December after
# months of fighting": the fighting is the taking's, a month gone by)
_MONTH_AFTER_SPAN_BEFORE = re.compile(rf"\bin\s+(?:(?:early|mid|late)[\s-]+)?(?P<month>{MONTH_NAMES})\s+after\s+"
                                      r"(?:[\w-]+\s+){0,3}?of\s+(?:[\w-]+\s+)?$")


def _act_month_gone_by(text: str, event: Event, published_at: dt.date) -> bool | None:
    """Whether a month told mid-sentence after the act's word (see _ACT_MONTH_AFTER), or before it as the month a
    span of war ended (_MONTH_AFTER_SPAN_BEFORE), with no day of the sentence's own, dates it to a month gone by: None
    where no such month is told."""
    sentence, word, date = event.evidence.get("sentence"), event.evidence.get("event_type"), event.evidence.get("date")
    if sentence is None or word is None or not (date is None or "date" in event.inferred or
                                                not sentence["start"] <= date["start"] < sentence["end"]) or \
            (" in " not in text[word["end"]:min(sentence["end"], word["end"] + 80)] or
             (month := _ACT_MONTH_AFTER.match(text, word["end"], sentence["end"])) is None) and \
            (" after " not in text[max(sentence["start"], word["start"] - 60):word["start"]] or
             (month := _MONTH_AFTER_SPAN_BEFORE.search(text, max(sentence["start"], word["start"] - 60), word["start"])) is None):
        return None
    return list(calendar.month_name).index(month.group("month")) != published_at.month


# the news of a title and lead that tell no act but retell one: a verdict, a trial, an inquiry, a memorial, a funeral,
# sanctions, an analysis ("A Belgian jury convicted six men", "The trial ... opened in Paris", "laid flowers")
_RETELLING_NEWS_WORDS = ("convict", "sentenc", "acquit", "verdict", "trial", "jury", "court", "judge", "inquiry",
                         "inquest", "anniversar", "memorial", "commemorat", "mourn", "funeral", "buried", "laid flowers",
                         "wreath", "vigil", "tribute", "sanction", "analys", "years after", "year after", "years since",
                         "year since", "indict", "extradit")
# (each a word's start: not "Contributed Photo"; a headline's report: local crime copy with no title
# tells the shooting a sentencing is about as its incident)
_RETELLING_NEWS = re.compile(r"\b(?:" + "|".join(re.escape(word) for word in _RETELLING_NEWS_WORDS) + r")")


# a time the news's own act is told by with no date read ("Overnight, Russian drones struck Kharkiv", "Earlier, ..."):
# an act of the day, not the one retold
# (not "today", most often a speaker's: '"Today justice has been done," said ...')
_TIME_OF_NEWS_WORDS = ("overnight", "yesterday", "earlier", "this morning", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _undated_after_quiet_lead(event: Event, folded: str) -> bool:
    """Whether a violent act told after a title and lead that tell none (a memorial's, a verdict's, an inquiry's, a
    trial's, a sanction's news) has no date of its own sentence: the recalled act the news is about ("More than 140
    people were killed when gunmen opened fire on concertgoers" after "laid flowers ... a year after the deadliest
    attack"), its day the lead's only by default. (Not a crowd's act or an arrest: a statement's report may go on to
    them.)"""
    sentence, date = event.evidence.get("sentence"), event.evidence.get("date")
    return event.event_type in VIOLENT_TYPES and sentence is not None and \
        (date is None or "date" in event.inferred or not sentence["start"] <= date["start"] < sentence["end"]) and \
        not any(word in folded[sentence["start"]:sentence["end"]] for word in _TIME_OF_NEWS_WORDS)


def _period_gone_by(event: Event, published_at: dt.date) -> bool:
    """Whether a strike or a battle is dated by its own week or month (no day), one that ended before the report's day
    ("last week", "last month"; not "over the past week", which runs to it). (Not a shooting: local crime copy's follow-up
    of "a man shot last week" is about that incident.)"""
    return event.event_type in (EXPLOSIONS, BATTLES) and "date" not in event.inferred and \
        event.date_precision in (3, 4) and event.date_end is not None and \
        dt.date.fromisoformat(event.date_end) < published_at


def _background_past(text: str, event: Event, published_at: dt.date, lead_end: int) -> bool:
    """Whether an act told after the lead (lead_end: where its first sentence ends) of a report with news of its own
    is its background: dated only by a month gone by ("Last month, at least 16 people were killed during
    demonstrations", "Last month, bandits abducted more than 80 people", "captured the camp in April" in a report of
    September), or by a day three months or more before ("The war began on Oct. 7 when Hamas-led gunmen attacked
    southern Israel" in a report of February)."""
    sentence = event.evidence.get("sentence")
    if sentence is None or sentence["start"] < lead_end:
        return False
    if (gone := _act_month_gone_by(text, event, published_at)) is not None:
        return gone
    if "date" in event.inferred or event.date_end is None:
        return False
    if (event.date_precision or 0) >= 3 and (date := event.evidence.get("date")) is not None and \
            sentence["start"] <= date["start"] < sentence["end"] and \
            told_back_in_pluperfect(text, date["start"], event.date_precision):
        return True  # "The Arakan Army had seized the command headquarters earlier this month": told as before the news
    end = dt.date.fromisoformat(event.date_end)
    if (event.date_precision or 0) >= 4:
        return end < published_at.replace(day=1)
    return end < published_at - _HISTORY_AGE


# (not a batter's "two-run shot", nor an "attack ad")
_INCIDENT_HINT = re.compile(rf"\b(?:{not_a_batters_hit()}shots?|shooting|gunfire|gunshots?|gun|guns|firearms?|handguns?|rifles?|pistols?|"
                            r"weapons?|police|officers|deputies|sheriff\w*|troopers?|detectives?|investigators?|"
                            # (a raid told by its warrant: "narcotics investigators carried out a search warrant Friday")
                            r"warrants?|victims?|robber\w*|suspects?|injur\w+|wound\w*|"
                            rf"incident|fire|blast|attack\w*\b(?!{VERBAL_ATTACK_AFTER})|violence)\b", re.IGNORECASE)
# the hints that name an act (not who is there: "delivered the bullet to police")
_ACT_HINT = re.compile(r"shots?|shooting|gunfire|gunshots?|attack\w*|violence|fire|blast|incident", re.IGNORECASE)


# force that harms no one as an act of violence: a police officer's Taser, bean-bag rounds, pepper spray, a police dog,
# or a shot at an animal ("fired his weapon, killing the dog"): told in a report with no act we know, no incident (ACLED
# codes none; an arrest told is the report's event)
_FORCE_SHORT_OF_HARM = re.compile(r"\b(?:tas(?:ers?|ed|ing)|stun\s+guns?|bean[- ]?bags?|pepper[- ](?:spray\w*|balls?)|"
                                  r"k-?9s?|police\s+dogs?|(?:shot|shooting|killed|killing|wounding|fired\s+at)"
                                  r"(?=" + ANIMAL_AFTER.pattern + r"))\b")


# men told as arrested already ("Those arrested included a bomb maker", "The arrested men were taken to Mogadishu")
_ARRESTED_BACK_BEFORE = re.compile(r"\b(?:those|the|all\s+(?:the\s+)?|(?:some|one|two|three)\s+of\s+(?:those|the))\s+"
                                   r"(?:[a-z]+\s+)?$", re.IGNORECASE)
_ALIVE_AFTER = re.compile(r"\s+alive\b", re.IGNORECASE)  # "captured alive", "taken alive"


def _unnamed_incident(text: str, folded: str, spans, dates_by_sentence, orphans, places_by_sentence,
                      fallback_date: DateMention | None = None, published_at: dt.date | None = None) -> Event | None:
    """A report that dates an incident but names no act we know ("a loaded gun was found in his
    possession Wednesday morning", "officers were called for a shooting around 11 a.m. Saturday"):
    one low-confidence event at the first dated sentence that speaks of an incident, its type a guess
    (an attack when someone was hurt, else 'Other') marked inferred. Else a report that tells a gun discharged at no
    one ("a man accidentally fired a handgun while he was being treated at a hospital"): that incident, dated by its
    sentence, else by the report's first day ("He arrived around 1:20 a.m. Friday"), else as an undated act is (the
    day it was first reported, else the report's: GVA's convention)."""
    # (GUN_DISCHARGED needs one of the words: asked of each sentence only in a report that holds one)
    discharged = [i for i, (s, e) in enumerate(spans) if GUN_DISCHARGED.search(text, s, e)][:1] \
        if may_hold(text, folded, ("fired", "discharg", "went")) else []
    for i in sorted(dates_by_sentence) + discharged:
        s, e = spans[i]
        if i in discharged and not dates_by_sentence.get(i):
            d = next((ds[0] for _, ds in sorted(dates_by_sentence.items()) if ds), None) or fallback_date
            if d is None and published_at is None:
                continue
            if d is None:
                day = undated_day(text, published_at)
                d = DateMention(s, s, day, day, 1, "report")
        elif not dates_by_sentence[i] or not (i in discharged or _INCIDENT_HINT.search(text, s, e)):
            continue  # (its days may all be a recalled act's)
        else:
            d = dates_by_sentence[i][0]
        if all(_ACT_HINT.fullmatch(m.group(0)) and IRREALIS_BEFORE.search(text, max(s, m.start() - 40), m.start())
               for m in _INCIDENT_HINT.finditer(text, s, e)):
            continue  # "warned on Wednesday of a possible terrorist attack": an incident that may come, none told
        if tells_accident(text, s, e, folded):
            continue  # "A fire on Saturday night razed 60 shops": a blaze, no incident of violence
        casualties = [m for _, ms in orphans for m in ms]
        killed, wounded = combine(casualties)
        if not (killed and killed.best) and _FORCE_SHORT_OF_HARM.search(folded):
            return None  # "officers used a Taser", "fired bean-bag rounds", "an officer shot a dog that bit him"
        hurt = bool((killed and killed.best) or (wounded and wounded.best))
        event_type, sub = (VIOLENCE_CIV, "Attack") if hurt else (STRATEGIC, "Other")
        ev = Event(event_type, sub, killed=_count_dict(killed, text, _no_actors_side), wounded=_count_dict(wounded, text),
                   date_start=d.date_start.isoformat(), date_end=d.date_end.isoformat(), date_precision=d.precision)
        ev.evidence = {"sentence": _span(s, e)}
        told_day = d is not fallback_date and d.end > d.start  # (not when it was reported, nor the report's day)
        if told_day:
            ev.evidence["date"] = _span(d.start, d.end)
        for key, count in (("killed", killed), ("wounded", wounded)):
            if count:
                base = _base(count)
                ev.evidence[key] = _span(base.start, base.end)
        places = places_by_sentence.get(i) or [c for j in sorted(places_by_sentence) for c in places_by_sentence[j]]
        if places:
            place = min(places[:3], key=lambda c: (c.precision, c.start))
            ev.location = dict(place.record)
            ev.evidence["location"] = _span(place.start, place.end)
        ev.inferred = ["event_type"] if told_day else ["event_type", "date"]
        ev.confidence = 0.2
        return ev
    return None


_WEEK = dt.timedelta(days=7)


_DAYTIME = re.compile(r"\b(?:afternoon|midday|noon)\b", re.IGNORECASE)


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
    # (a day either side of a span, "over the weekend" may start on a Friday night; none of a calendar month's: the day
    # after "Last month" in a report of September 1 is the report's own, "Last month a missile strike killed seven" is
    # August's)
    margin = dt.timedelta(days=0 if d.date_start.day == 1 and (d.date_end + dt.timedelta(days=1)).day == 1 else 1)
    lo, hi = d.date_start - margin, d.date_end + margin
    if text[d.start:d.start + 8].lower() == "earlier ":
        hi = d.date_end  # "earlier this month" ends the day before the report: the report's day is another act's
    # (a court's day just past the span is a later step's: "was arrested over the weekend and appeared before a
    # federal judge on Monday ... was arrested Saturday")
    inside = [x for x in event_dates if x.precision == 1 and lo <= x.date_start <= hi and x.start != d.start and
              (x.role != "judicial" or d.date_start <= x.date_start <= d.date_end)]
    if (d.date_end - d.date_start).days == 1 and "night" in text[d.start:d.end].lower():
        # (a night holds no day's afternoon: "struck Kharkiv overnight" is not "shelling killed a man ... on Tuesday
        # afternoon", another act's day)
        inside = [x for x in inside if not _DAYTIME.search(text, x.start, x.end)]
    if told_back_in_pluperfect(text, d.start, d.precision):
        # (and it is told as before the report's news: a day told before it is that news's, "attacked a post on Monday
        # ... Insurgents had overrun the town earlier this month"; only one told after it dates it)
        inside = [x for x in inside if x.start > d.start]
    if not inside and text[d.start:d.start + 12].lower() == "last weekend" and d.date_start.weekday() == 5:
        # "killed a man on a sidewalk last weekend ... the camera caught the shooting on June 2" told on Monday the
        # 10th: the weekend before the one just gone is as often meant, and the written day says which
        lo, hi = lo - _WEEK, hi - _WEEK
        inside = [x for x in event_dates if x.precision == 1 and lo <= x.date_start <= hi and x.role == "event"]
    if inside:
        return next((x for x in inside if x.start > d.start), inside[0])
    # (or the days told after it, no wider: "killed ... over the weekend ... The killings took place on Friday and
    # Saturday")
    told_after = next((x for x in event_dates if x.precision == 2 and x.start > d.start and lo <= x.date_start and
                       x.date_end <= hi and x.date_end - x.date_start <= d.date_end - d.date_start), None)
    if told_after is not None:
        return told_after
    if (d.date_end - d.date_start).days == 1:
        return night_side(text, d)
    if (d.date_end - d.date_start).days > 2:
        steps = [x for x in judicial_dates if x.precision == 1 and d.date_start <= x.date_start <= d.date_end]
        return min(steps, key=lambda x: x.date_start, default=d)
    return d


# "In a separate airstrike, ...", "In another attack ...", "Separately, ...", "Elsewhere, ...", a sitrep's "On the same
# day, ..." (not "The same day, police arrested": a step of the same story): the writer
# says the act is not the one told before
_SAME_DAY = r"(?:on|later)\s+(?:the|that)\s+same\s+day\b"
# the words _SEPARATE cannot match without (see may_hold; "same" for _SAME_DAY's)
_SEPARATE_WORDS = ("separate", "another", "second", "different", "unrelated", "elsewhere", "same", "also")
_SEPARATE = re.compile(r"\W*(?:(?:in|during)\s+(?:a\s+separate|another|a\s+second|a\s+different|an\s+unrelated)\b|"
                       rf"(?:separately|elsewhere)\b|{_SAME_DAY}|(?:a|in\s+a)\s+(?:separate|second|different|unrelated)\s+"
                       r"(?:\w+\s+)?(?:attack|incident|strike|airstrike|raid|shooting|bombing|explosion|blast|clash)s?\b|"
                       # "Hours later a second bomb exploded in a market": the act's subject a second one
                       r"(?:(?:hours|minutes|moments|shortly|soon|later)\b[\w\s]{0,12}?,?\s+)?(?:a\s+second|another)\s+(?:\w+\s+)?"
                       r"(?:bomb|blast|explosion|attack|strike|airstrike)\b|"
                       # "Police are also investigating a shooting on Friday that ...": the police's other case, "a"
                       # shooting told anew (not "also investigating whether the shooting was gang-related")
                       r"(?:police|officers|deputies|detectives|investigators|authorities)\s+(?:are\s+|were\s+|have\s+)?"
                       r"also\s+(?:investigating|responded\s+to|probing|looking\s+into|called\s+to)\s+an?\s+(?:[\w-]+\s+)?"
                       r"(?:shooting|stabbing|homicide|killing)\b)",
                       re.IGNORECASE)
# the police's other case alone ("Police also responded to a shooting ..., where a teenager was hurt": its victims, told
# with no act the finder takes, are no toll of the act told before)
_POLICE_OTHER_CASE = re.compile(r"\W*(?:police|officers|deputies|detectives|investigators|authorities)\s+"
                                r"(?:are\s+|were\s+|have\s+)?also\s+", re.IGNORECASE)


_LIST_MARK = re.compile(r"[-*\u2013\u2022]\s")  # "- ", "* ", "– ", "• " (a "•" the sentence splitter may have eaten)


_ITEM_LINE_MARKS = ("\n- ", "\n* ", "\n\u2013 ")  # (a plain look: a multi-line "^" is tried at every character)
_ITEM_REACH = 4  # sentences back to an item's opening


def _item_date(text: str, spans, i: int, dates_by_sentence: dict[int, list[DateMention]]):
    """The day told earlier in the list item sentence i belongs to, nearest first, and how far back, or None: in a police
    log "• Officers went to a cabin on March 2 after a gun went off. A man said he had shot himself in the foot" the
    item's own day dates its act, not the log's first line."""
    if _list_item(text, spans[i][0]):
        return None
    opening = next((j for j in range(i - 1, max(-1, i - 1 - _ITEM_REACH), -1) if _list_item(text, spans[j][0])), None)
    if opening is None:
        return None
    return next(((dates_by_sentence[j][-1], i - j) for j in range(i - 1, opening - 1, -1) if dates_by_sentence.get(j)), None)


def _list_item(text: str, start: int) -> bool:
    """Whether the sentence at start opens a line that is an item of a list ("- Khan Younis: 14 killed ...")."""
    before = text[max(0, start - 3):start].rstrip(" \t")
    if before.endswith("\u2022"):
        return True
    return (not before or before.endswith("\n")) and _LIST_MARK.match(text, start) is not None


# a roundup's turn to another country: "In neighbouring Niger, 15 soldiers were killed ...", "In Mali, JNIM claimed ..."
_COUNTRY_TURN = re.compile(r"In\s+(?:neighbou?ring\s+|nearby\s+)?" + COUNTRY_NAME + r",")


def _turns_to_country(text: str, start: int) -> bool:
    """Whether the sentence at start opens with a turn to a country ("In neighbouring Niger, ..."): another incident."""
    turn = _COUNTRY_TURN.match(text, start)
    return turn is not None and turn.group("name") in country_codes()


# a prison told in the sentence that counts the guards killed or hurt (see _build)
_PRISON_GUARDS = re.compile(r"\b(?:prisons?|jails?|correctional|penitentiary|detention\s+(?:centre|center|facility))\b",
                            re.IGNORECASE)


def _sentence_around(text: str, pos: int) -> tuple[int, int]:
    """The bounds of the sentence (or title line) that holds text[pos]."""
    lo = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos)) + 1
    hi = min((i for i in (text.find(". ", pos), text.find("\n", pos)) if i >= 0), default=len(text))
    return lo, hi


# a state's forces named by their kind alone, blamed for the act ("The local People's Defence Force unit blamed the army
# for the attack", "Residents blamed soldiers for the killings"): the doer, as a named group blamed is (not a blame for
# what they failed to do: "blamed the army for failing to protect them")
_BLAMED_FOR_ACT_AFTER = re.compile(r"\s+for\s+(?:the|this|that|these|those|last\s+\w+['’]s|\w+day['’]s)\s+(?:[\w-]+\s+){0,2}?"
                                   r"(?:attacks?|strikes?|air\s*strikes?|shelling|bombings?|bombardment|killings?|massacres?|"
                                   r"shootings?|raids?|blasts?|explosions?|deaths?|violence)\b", re.IGNORECASE)
# a side accused of the act told ("accused the Malian army of carrying out the strike"): its doer, as one blamed for it
# (not of what it failed to do: "accused the army of failing to protect them")
_ACCUSED_BEFORE = re.compile(r"\baccus(?:ed|es|ing)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_ACCUSED_OF_ACT_AFTER = re.compile(r"\s+of\s+(?:(?:carrying\s+out|conducting|launching|staging|being\s+behind|committing|"
                                   r"perpetrating)\s+)?(?:the|this|that|these|those|an?)\s+(?:[\w-]+\s+){0,2}?"
                                   r"(?:attacks?|strikes?|air\s*strikes?|shelling|bombings?|bombardment|killings?|massacres?|"
                                   r"shootings?|raids?|blasts?|explosions?)\b", re.IGNORECASE)


def _accused_of_the_act(text: str, m: ActorMention) -> bool:
    """Whether m is told accused of an act ("accused the Malian army of carrying out the strike")."""
    return _ACCUSED_BEFORE.search(text, max(0, m.start - 30), m.start) is not None and \
        _ACCUSED_OF_ACT_AFTER.match(text, m.end) is not None


# "The militia blamed the United States; a US official denied involvement": a blame the blamed deny names no doer
_DENIAL = re.compile(r"\bden(?:ied|ies|y|ying)\s+(?:any\s+|all\s+)?(?:involvement|responsibility|role|part|it|carrying|having|"
                     r"(?:the|any)\s+(?:accusations?|claims?|charges?|allegations?|reports?))\b", re.IGNORECASE)


# the other side's denial of a taking: "The army denied the claim", "rejected reports of the town's fall", "denied
# losing the base", "said its troops were still in control of the town"
_TAKING_DENIAL = re.compile(r"\b(?:den(?:ied|ies|ying)|dismissed|rejected)\s+(?:the\s+|these\s+|such\s+|that\s+)?"
                            r"(?:(?:rebels['’]?\s+|group['’]s\s+|[\w-]+['’]s?\s+)?(?:claims?|reports?)\b|"
                            r"(?:having\s+)?(?:lost|losing|(?:the\s+)?(?:fall|capture|loss)\s+of))|"
                            r"\b(?:still|remained|remain|remains)\s+in\s+(?:full\s+)?control\s+of\b", re.IGNORECASE)


def _taking_denied(text: str, pos: int) -> bool:
    """Whether the report denies, after pos, a taking it told there (see _TAKING_DENIAL) (plain looks first, for the
    words the regex needs: most reports hold none)."""
    return any(word in text for word in _TAKING_DENIAL_WORDS) and _TAKING_DENIAL.search(text, pos) is not None


_TAKING_DENIAL_WORDS = ("denied", "denies", "denying", "dismissed", "rejected", " control of")


def _denied_after(text: str, spans: list[tuple[int, int]], starts: list[int], pos: int) -> bool:
    """Whether a denial follows a blame at pos, in its sentence or the next."""
    i = _in(starts, pos)
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
_WITHDRAWAL = re.compile(r"withdr|pull(?:ed|s|ing)?\s+out|pulled\s+back|retreat", re.IGNORECASE)
# how those given back were taken, told in the passive as who they are ("The Russian soldiers returned had been captured in
# the Kursk region", "Both hostages were abducted from kibbutz Nir Oz on Oct. 7, 2023"): no act of the report, when
# told in the pluperfect or dated weeks before it
_CAPTIVITY_SUBS = ("Abduction/forced disappearance", TERRITORY)
_CAPTIVITY_RECALLED_DAYS = 30
_PLUPERFECT_BEFORE = re.compile(r"\bhad\s+been\s+(?:\w+\s+)?$", re.IGNORECASE)
# ... or as a participle after the captives with no object of its own, a reduced relative ("the Russian servicemen,
# captured during Ukraine's incursion into the Kursk region, were in Belarus"; not "Russian troops captured the village")
_CAPTIVES_NOUN_BEFORE = re.compile(r"\b(?:prisoners|servicemen|soldiers|troops|captives|detainees|hostages|fighters|men)"
                                   r"(?:\s+of\s+war)?,?\s+$", re.IGNORECASE)
_NO_OBJECT_AFTER = re.compile(r"\s+(?:during|in|on|at|near|by|from|while|after|since|when|early|last)\b", re.IGNORECASE)


# the captives an exchange frees, told by who they are ("Five U.S. citizens detained in Iran landed in Doha in a prisoner
# swap", "Americans held in Russia"): a plural noun right before the verb (not "was", "has" or "this")
_CAPTIVES_BEFORE = re.compile(r"\b(?!(?:was|has|is|as|this|his|its|us|thus|plus)\s)\w{2,}(?<!ss)s\s+$")


def _captivity_recalled(text: str, trigger: Trigger, dates: list[DateMention] | None, published_at) -> bool:
    if trigger.rule.noun:
        return False
    before = text[max(0, trigger.start - 25):trigger.start]
    if trigger.rule.sub_event_type == "Arrests":
        return _CAPTIVES_BEFORE.search(before) is not None
    if trigger.rule.sub_event_type not in _CAPTIVITY_SUBS:
        return False
    if _PLUPERFECT_BEFORE.search(before):
        return True
    # (and any plural noun, in a report of a release: "Fourteen farmers kidnapped in May were freed on Sunday")
    if (_CAPTIVES_NOUN_BEFORE.search(before) or _CAPTIVES_BEFORE.search(before)) and _NO_OBJECT_AFTER.match(text, trigger.end):
        return True
    return PASSIVE_BEFORE.search(before) is not None and bool(dates) and published_at is not None and \
        all((published_at - d.date_end).days > _CAPTIVITY_RECALLED_DAYS for d in dates)


# a sentence that recalls an earlier act: "It would be recalled that the fighters had attacked the same base in March"
_RECALLED_OPENING = re.compile(r"It\s+(?:would|will|should|may|can)\s+be\s+recalled\s+that\b")
_SAME_DAY_OPENING = re.compile(rf"\W*{_SAME_DAY}", re.IGNORECASE)


_JOINT_FIGURE_HINT = re.compile(r"(?:killed|dead)\s+(?:and|or)")
_JOINT_FIGURE = re.compile(r"\d[\d,.]*\s+(?:[\w-]+\s+){0,2}?(?:killed|dead)\s+(?:and|or|and/or)\s+(?:wounded|injured|hurt)\b",
                           re.IGNORECASE)
# (and a fight's fire told by its sides: "troops came under fire from militants and returned fire")
_SMALL_ARMS = re.compile(r"\b(?:snipers?|gunfire|gunmen|shot\s+dead|open(?:ed|ing)\s+fire|stabbed|"
                         r"(?:came|coming)\s+under\s+fire|return(?:ed|ing)\s+fire|exchang(?:ed|ing)\s+fire|firefight)\b",
                         re.IGNORECASE)
_SMALL_ARMS_WORDS = ("sniper", "gunfire", "gunmen", "shot", "opened", "opening", "stabbed", "under fire", "returne",
                     "returning", "exchang", "firefight")  # (_SMALL_ARMS needs one: see may_hold)
_SCENE_OPENING = re.compile(r"\W*In\s+(?:the\s+)?")
# ... the same, looked for back from the place: a sentence's start, then "In"
_SCENE_OPENED_BEFORE = re.compile(r"(?:^|[.!?][\"”’']?\s+)In\s+(?:the\s+)?$")


def _more_elsewhere(text: str, folded: str, group: list[Candidate], cand: Candidate,
                    places_by_sentence: dict[int, list[PlaceCandidate]]) -> Candidate | None:
    """A doerless count of more hurt or dead at a place of its own after a strike or a shelling told at another ("A
    Ukrainian drone struck a minibus in Shebekino, killing the driver. Three more people were wounded in the village of
    Novaya Tavolzhanka"): the same doer's act there, an event of its own (ACLED: one event a location); else None."""
    head = group[0]
    if head.event_type != EXPLOSIONS or not loose_violence(cand) or cand.place is None or cand.place_key[1] != 0 or \
            cand.place.precision > 2 or not any(m.additive and m.best > 0 for m in cand.casualties):
        return None
    place, place_key = head.place, head.place_key
    if place is not None and _in_sentence(place, places_by_sentence, cand.sentence):
        # (the act took the later sentence's place: its own is told before it)
        place, place_key = _choose_place(text, folded, head.sentence, places_by_sentence, head.trigger, head.event_type,
                                         head.sub_event_type, {cand.sentence}, head.actor1)
    if place is None or place.precision > 2 or not places_apart(place.record, cand.place.record):
        return None
    head.place, head.place_key = place, place_key
    return replace(summary_doer(group, cand), actor2=group_actor(group, "actor2"))


def _in_sentence(place: PlaceCandidate, places_by_sentence: dict[int, list[PlaceCandidate]], i: int) -> bool:
    return any(c is place for c in places_by_sentence.get(i, ()))


# "No casualties were reported on the Israeli side", "losses on the Russian side": a side named by its people's
# adjective (asked only of a sentence with the word)
_SIDE_OF = re.compile(r"\b((?:[A-Z][a-z]+\s)?[A-Z][a-z]+)\s+side\b")


def _sufferer_named(text: str, span: tuple[int, int], mentions: list[ActorMention], before: list[list[Candidate]],
                    i: int) -> list[Candidate] | None:
    """For a toll in sentence i (at span) with no act of its own, whose nearest act before is one side's one-sided act
    (a shelling, a strike): the one act told before done to that side, where the sentence names it and not the nearest
    act's target ("Hezbollah fired a missile at Metula, and the Israeli military responded by shelling Kfar Kila. No
    casualties were reported on the Israeli side": the none is Hezbollah's attack's, not the shelling's); else None."""
    nearest = max(before, key=lambda g: max(c.sentence for c in g if c.sentence < i))
    a1, a2 = nearest[0].actor1, nearest[0].actor2
    if a1 is None or nearest[0].event_type == BATTLES or a1.actor.generic:
        return None
    named = [m.actor for m in mentions if span[0] <= m.start < span[1] and not m.actor.generic]
    countries = {a.country for a in named}
    if " side" in text[span[0]:span[1]]:
        countries |= {demonyms().get(m.group(1)) for m in _SIDE_OF.finditer(text, *span)}
    if a1.actor not in named and a1.actor.country not in countries or \
            a2 is not None and (a2.actor in named or not a2.actor.generic and a2.actor.country in countries):
        return None
    done_to = [g for g in before if g is not nearest and g[0].actor2 is not None and
               (g[0].actor2.actor is a1.actor or g[0].actor2.actor.country == a1.actor.country)]
    return done_to[0] if len(done_to) == 1 else None


def _harm_told(i: int, sentence_triggers: list, casualties_by_sentence: dict) -> bool:
    """Sentence i tells a blast or a toll ("Shrapnel from one rocket wounded two people"): what a launch told just
    before did, partly intercepted or not."""
    return i < len(sentence_triggers) and (any(m.best for m in casualties_by_sentence.get(i, ())) or
                                           any(t.rule.event_type == EXPLOSIONS for t in sentence_triggers[i]))


# the men the act before told, killed: "shot them dead", "killed two of them", "killed all three", "killed four of the attackers"
_KILLED_BACK = re.compile(r"\s+(?:them|him|both|all\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)|"
                          r"(?:all|both|one|two|three|four|five|six|seven|eight|nine|ten|some|several|most|\d+)\s+of\s+"
                          r"(?:them|the\s+(?:attackers|assailants|gunmen|militants|raiders|insurgents))|"
                          r"the\s+(?:attackers|assailants|raiders))\b", re.IGNORECASE)


_ENSUING_BEFORE = re.compile(r"\b(?:ensuing|subsequent|resulting)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_ENSUING_WORDS = ("ensuing", "subsequent", "resulting")  # (_ENSUING_BEFORE needs one: see may_hold)
# a blast's bare noun, no device named ("an explosion", "blasts"; not "a bomb blast")
_BARE_BLAST = re.compile(r"(?:explosion|blast)s?", re.IGNORECASE)
# "One of the attackers was killed when villagers fought back": the attacked resisting the act told, no fight of its own
_FOUGHT_BACK = re.compile(r"\b(?:fought|fighting|fight|hit|struck|shot)\s+back\b(?!\s+(?:\w+\s+)?tears)|\bresist(?:ed|ing)\s+(?:the\s+)?"
                          r"(?:attack|assault|raid|attackers|assailants|gunmen|bandits|raiders)\b", re.IGNORECASE)
# "nine bodies were found after the fighting": the act told already, named again as what the dead are found after
_AFTER_THE_ACT = re.compile(r"\s(?:after|following|in\s+the\s+wake\s+of)\s+the\s+(?:[\w-]+\s+)?(?:fighting|fight|clash(?:es)?|"
                            r"battle|attack|assault|raid|ambush|gunfight|firefight|shootout|violence|massacre)\b",
                            re.IGNORECASE)
# "Four soldiers died in the fighting": the fight told already, named again with no party of its own
_THE_FIGHT_BEFORE = re.compile(r"\b(?:in|during)\s+the\s+$", re.IGNORECASE)
# the attacked side's account of beating the attack told off ("The army said its troops had repelled the attack, killing
# seven insurgents", "its forces fought off the attackers"): the fight that attack began, no act of its own
_REPEL_WORDS = ("repel", "repuls", "fought off", "beat back", "beaten back", "pushed back")
_REPELLED_BACK = re.compile(r"\b(?:repel(?:led|s)?|repuls(?:ed|es)|fought\s+off|beat(?:en)?\s+back|pushed\s+back)\s+"
                            r"(?:(?:the|their|its|this)\s+(?:[\w-]+\s+){0,2}?(?:attacks?|assaults?|attackers|assailants|"
                            r"raid|raiders|incursion)|them)\b", re.IGNORECASE)
# a clause of its own, with its own subject and verb, between a withdrawal or flight and the day told ("The attackers fled
# toward the mountains, and police were deployed to the area on Monday", "and reinforcements arrived on Wednesday"): the
# day is that clause's, not the flight's
_OTHER_CLAUSE = re.compile(r",?\s+and\s+(?:the\s+|more\s+|some\s+)?(?:[\w-]+\s+){0,2}?(?:were|was|had|have|has|"
                           r"withdrew|fled|[a-z]+ed)\b", re.IGNORECASE)
# "They withdrew toward the Malian border", "withdrew into the forest", "Survivors fled toward the town centre": where men
# went after the act told, no ground handed over (not "withdrew from Kherson toward the river": a place given up)
# "The suspects fled on foot", "The gunman fled the scene in a white sedan", "fleeing with the cash": a flight, wherever
# it went, is how the act told before it ended (merging.same_incident), never a development of its own
_FLIGHT = re.compile(r"fled\b|flee(?:s|ing)?\b|escaped\b", re.IGNORECASE)
_RETREAT_AFTER = re.compile(r"\s+(?:(?!from\b)[\w-]+\s+){0,2}?(?:toward|towards|in\s+the\s+direction\s+of|"
                            r"into\s+(?:the\s+)?(?:nearby\s+|surrounding\s+|dense\s+)?(?:forests?|bush|hills|mountains|"
                            r"jungle|woods|desert))\b", re.IGNORECASE)


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


def _victims_of_no_side(casualties: list[CasualtyMention], text: str) -> bool:
    """Whether an act's told victims are people of no side the text names ("killing eight people"), none of them
    fighters (a pronoun names no one: "without saying how he died"; but one that a plain person opening its sentence
    names does: "A man is in the hospital after he was shot")."""
    return any(m.category == "unknown" and m.best and (not m.rule.startswith("pronoun") or _pronoun_of_a_person(text, m))
               for m in casualties) and \
        not any(m.category == "combatants" and not m.background and m.force != PERPETRATOR and
                not _DOER_DEAD.match(text, m.start, m.end) for m in casualties)  # (not a recalled act's dead)
# (nor the act's own doer among its dead: "The attacker, who wore an explosive vest, was also killed")
_DOER_DEAD = re.compile(r"the\s+(?:suicide\s+)?(?:attacker|bomber|assailant)\b", re.IGNORECASE)


# a sentence that opens on a person of no side told anew ("A man", "A 30-year-old woman", "One teenager"; not "A soldier")
_PERSON_OPENING = re.compile(r"\W*(?:an?|one)\s+(?:[\w-]+\s+){0,2}?(?:man|woman|boy|girl|teen|teenager|person|child)\b",
                             re.IGNORECASE)


def _pronoun_of_a_person(text: str, m: CasualtyMention) -> bool:
    """Whether the pronoun m names ("he was shot") is the plain person its sentence opens on, told before it."""
    lo, _ = _sentence_around(text, m.start)
    return _PERSON_OPENING.match(text, lo, m.start) is not None


# a strike told as one on a place where people gather ("a drone struck a busy market in the town of Bure", "an air strike
# on a camp for displaced people", "shells hit a school"): its dead are the people there, not the foe the report names
# elsewhere ("Residents blamed the army, which has used drones against Fano militiamen") (asked only of a sentence with
# one of the words)
_PUBLIC_PLACE_STRUCK = re.compile(
    r"\b(?:struck|hit|targeted|bombed|slammed\s+into|on|at)\s+(?:an?\s+|the\s+)?(?:(?:busy|crowded|packed|weekly|local|main|"
    r"open-air|livestock|cattle)\s+)?(?:market(?:place)?|school|hospital|clinic|wedding|funeral|mosque|church|"
    r"(?:bus|taxi)\s+(?:station|stop|park)|(?:displacement|refugee)\s+camp|camp\s+for\s+(?:the\s+)?displaced)\b",
    re.IGNORECASE)
_PUBLIC_PLACE_WORDS = ("market", "school", "hospital", "clinic", "wedding", "funeral", "mosque", "church", "station",
                       "stop", "park", "camp")


def _public_place_struck(text: str, group: list[Candidate]) -> bool:
    """Whether a telling of the act aims it at a place where people gather (see _PUBLIC_PLACE_STRUCK)."""
    for c in group:
        told = text[c.span[0]:c.span[1]]
        if any(word in told for word in _PUBLIC_PLACE_WORDS) and _PUBLIC_PLACE_STRUCK.search(told):
            return True
    return False


def _victims_told_as_civilians(group: list[Candidate], mentions) -> bool:
    """Whether the act's dead and hurt are told in their own words as civilians ("killing three shepherds", "killing 46
    people, most of them women and children", "a minibus carrying students ... killing four students"), none as
    fighters: the words of the victims, not the place's or the target's owner, say whose they are."""
    hurt = [(m, c) for c in group for m in c.casualties if m.kind in ("killed", "wounded") and m.best and not m.background]
    # (a group's name in the count is its men, whatever its words: "killed 13 Kurdistan Workers Party (PKK) militants")
    if not hurt or any(m.category == "combatants" or any(k.actor.inter != CIVILIANS and k.start < m.end and m.start < k.end
                                                         for k in mentions) for m, _ in hurt):
        return False
    return all(m.category == "civilians" or any(
        k.actor.inter == CIVILIANS and not k.speaker and c.span[0] <= k.start < c.span[1] for k in mentions)
        for m, c in hurt)


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
# the strikes and salvos an armed group may launch as well as a state: a drone's or a rocket's (a warplane's, a
# helicopter's, a ballistic missile's only a state's)
_LAUNCHED = ("Air/drone strike", "Shelling/artillery/missile attack")
_GROUPS_WEAPON = re.compile(r"\bdrones?\b|quadcopter|\bUAVs?\b|\brockets?\b|katyusha|\bmortars?\b", re.IGNORECASE)
# the report's word that no one has owned the act ("No group has claimed responsibility", after a group's denial "no
# other group has claimed it"), or that the side blaming someone named no one ("blamed terrorists but did not name a
# group"): a group it names is no doer it tells
_UNCLAIMED = re.compile(r"\bno\s+(?:other\s+)?(?:one|group|party|organi[sz]ation|faction)\s+(?:has\s+|had\s+)?(?:yet\s+|immediately\s+)?"
                        r"(?:claimed|taken\s+responsibility|owned)|"
                        r"\b(?:did\s+not|didn't|without)\s+(?:nam(?:e|ing)|identify(?:ing)?)\s+(?:a|any|the)\s+"
                        r"(?:group|organi[sz]ation|attackers|perpetrators)\b", re.IGNORECASE)


# the one who did an attack the report tells only in the passive, named by what he did ("A man was stabbed at the bus
# station ... The attacker was arrested", "the suspect was overpowered")
_ATTACKER_NOUNS = frozenset({"attacker", "attackers", "assailant", "assailants", "suspect", "gunman", "gunmen", "shooter"})
_BOMBER_NOUNS = frozenset({"attacker", "attackers", "assailant", "assailants", "bomber", "bombers"})


def _attacker_told(text: str, mentions, a2) -> bool:
    """Whether the report names the doer of its attack on civilians only as the attacker or the suspect (an
    unidentified armed group's man, for ACLED), no other side of it."""
    return any(not m.speaker and m.actor.name == "Unidentified Armed Group ({country})" and
               text[m.start:m.end].lower() in _ATTACKER_NOUNS and (a2 is None or m.actor is not a2.actor)
               for m in mentions)


def _owned(text: str, m) -> bool:
    """Whether the group named at m says it did the act: "The U.S. military said it carried out the strike" (and, an
    armed group, whom its men killed: "The Pakistani Taliban said its fighters had killed 30 soldiers")."""
    # (the killing's verb looked for first: a plain look costs less than the regex)
    return OWNED_AFTER.match(text, m.end) is not None or \
        m.actor.inter in ARMED_GROUP_INTERS and text.find("killed", m.end, m.end + 160) >= 0 and \
        OWNED_KILLING_AFTER.match(text, m.end) is not None


# the captors of those a release frees: "held by JNIM", "kidnapped by Ansaru fighters", "JNIM said in April that it was
# holding them", "the Islamic State, which had held them since March"
_HELD_BY_BEFORE = re.compile(r"\b(?:held|kidnapped|abducted|seized|captured|taken)\s+(?:hostage\s+|captive\s+)?by\s+(?:the\s+)?$",
                             re.IGNORECASE)
_SAID_IT_HELD_AFTER = re.compile(r"(?:\s+[\w,'’-]+){0,6}?\s+(?:that\s+)?(?:it|they)\s+(?:was|were|had\s+been|has\s+been)\s+"
                                 r"(?:holding|keeping)\b|,\s+which\s+(?:had\s+)?(?:held|kidnapped|abducted|seized)\b",
                                 re.IGNORECASE)


def _unclaimed(text: str) -> bool:
    """Whether the report says no one has owned the act (see _UNCLAIMED)."""
    return ("claimed" in text or "responsibility" in text or "owned" in text or " nam" in text or "identify" in text) and \
        _UNCLAIMED.search(text) is not None


def _bodies_counted(text: str, casualties: list[CasualtyMention]) -> bool:
    """The dead counted as bodies ("The bodies of five men with gunshot wounds were found"): found killed, by men the
    report does not name (not one body found at home, whose killer may be of the household)."""
    return any(m.kind == "killed" and "bodies" in text[m.start:m.end].lower() for m in casualties)


def _bare_strike(text: str, trigger: Trigger) -> bool:
    """A strike told by the bare noun ("a strike on", "strikes across"), which names no weapon."""
    return text[trigger.start:trigger.end].rstrip().lower() in ("strike", "strikes")


# a post or vehicle of the police ("set fire to a police station", "torched two police vehicles")
_POLICE_PROPERTY = re.compile(r"\bpolice\s+(?:stations?|posts?|outposts?|headquarters|vehicles?|cars?|vans?|checkpoints?|"
                             r"barracks)\b", re.IGNORECASE)


def _attackers_dead_besides(c: Candidate) -> list[CasualtyMention]:
    """The casualties of the attacked's fighting back, the attackers' dead told besides the act's victims ("Gunmen killed
    nine people ... Two of the attackers were killed when residents fought back": eleven)."""
    return [replace(m, additive=True, besides=True) if m.kind == "killed" and m.group == ARMED_GROUP else m
            for m in c.casualties]


def _build(text: str, group: list[Candidate], published_at, mentions,
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
    # (nor do men captured alive in the fight retype it: "two killed and one captured alive")
    # (nor does the doers' flight: "robbed a gas station at gunpoint ... The suspect fled on foot")
    # (nor an ambush's opening blast, told with its gunfire: "detonated mines under two trucks before opening fire")
    clash = any(c.sub_event_type == "Armed clash" for c in group)
    # (nor does a title's bare protest retype the crowd the body tells turned violent or put down: "Seventeen killed in
    # Peru protests" - "clashes between protesters and security forces")
    crowd_told = told.event_type in (PROTESTS, RIOTS) and told.sub_event_type != "Peaceful protest"
    # (nor does the dispersal of a riot's crowd: "An angry mob set fire to a police station ... Officers fired tear gas")
    riot_told = any(c.event_type == RIOTS for c in group)
    # (nor do the bodies found after a fight: "Nine bodies had been found after the fighting" is the clash's dead)
    # (a title's taking gives way to the body's act where the body tells no taking: "Rebels overrun army post" -
    # "rebels attacked an army post ..., killing six soldiers after a three-hour gunfight" is the fight)
    body_took = any(c.trigger.rule.sub_event_type == TERRITORY for c in group if not c.headline)
    head = min(group, key=lambda c: (c.told_back, c.taken_alive, c.retreat, c.fought_back and c is not first,
                                     c.headline and c.trigger.rule.sub_event_type == TERRITORY and not body_took and
                                     any(not b.headline for b in group),
                                     weapon_named and _bare_strike(text, c.trigger),
                                     clash and c.trigger.rule is BODIES_FOUND,
                                     riot_told and c.sub_event_type == "Protest with intervention",
                                     clash and c.small_arms and c.sub_event_type == "Remote explosive/landmine/IED",
                                     crowd_told and c.headline and c.sub_event_type == "Peaceful protest", c.trigger.rule.rank,
                                     c.headline and c.event_type != told.event_type))
    if head.trigger.rule.sub_event_type == "Abduction/forced disappearance" and \
            told.trigger.rule.sub_event_type == LETHAL and any(m.kind == "killed" and m.best for m in told.casualties):
        # "raided cattle camps, killing 15 people ... Eight children were abducted during the raid": a lead that tells a
        # killing tells an attack that also took hostages (as when one sentence tells both)
        head = told
    evidence: dict = {"event_type": _span(head.trigger.start, head.trigger.end),
                      "sentence": _span(*first.span)}
    inferred: list[str] = []
    # (of two places as good, the body's over the title's: "captured village in Donetsk" - "the village of Ocheretyne";
    # and a country the title names, "Nine killed in Senegal unrest", gives way to any place of it the body tells)
    if any(c.headline and c.place and c.place.precision == COUNTRY_PRECISION for c in group):
        body_countries = {c.place.record.get("country_code") for c in group if c.place and not c.headline}
        place_c = min((c for c in group if c.place),
                      key=lambda c: (c.headline and c.place.precision == COUNTRY_PRECISION and
                                     c.place.record.get("country_code") in body_countries,
                                     c.place_key[:-1], c.headline, c.place_key[-1:]))
    else:
        placed = [c for c in group if c.place]
        if told.event_type == PROTESTS and told.place is not None and not told.headline:
            # a dispersal told in a sentence after the protest's is the protest's, at its scene, not at the quarter where
            # police fired ("sealed off roads into central Nairobi" - "fired tear gas at crowds in the Kangemi area")
            placed = [c for c in placed if c is told or c.sentence <= told.sentence or
                      c.sub_event_type != "Protest with intervention"]
        place_c = min(placed, key=lambda c: (c.place_key[:-1], c.headline, c.place_key[-1:]), default=None)
        if told.event_type in _WAR_TYPES and place_c is not None and place_c.place.phrase and (
                place_c.place_key[1] == 0 or told.event_type == EXPLOSIONS) and (lead := min(
                (c for c in placed if not c.headline and c.place_key[1] == 0 and not c.place.phrase and
                 not c.place.dateline and c.place.precision == 1), key=lambda c: c.sentence, default=None)) is not None \
                and lead.sentence < place_c.sentence and places_apart(lead.place.record, place_c.place.record):
            # a later sentence's "near X" (its own, or, for a strike, its next sentences') gives way to the town the
            # act's first telling names in its own sentence ("A strike on a house in X killed two ... artillery shelled
            # areas near Y"): the lead fixes the scene, the phrase tells of another town's ground
            place_c = lead
    place = place_c.place if place_c else None
    at_sea = place is not None and place.dateline and told.event_type in (EXPLOSIONS, VIOLENCE_CIV) and \
        _civilian_ship(text, group) is not None
    if at_sea:
        # a ship struck where the report names no waters ("DUBAI - The Houthis said they had attacked a Greek-owned bulk
        # carrier"): at sea, somewhere the report does not tell, not at the town it was filed from, nor in its country
        place = None
    # (with no place of its own, the country the report's places and peoples name most: "the Malian army withdrew
    # from its base in Ber" - its rebels are Mali's)
    # (not at sea: a ship's crew in the Gulf of Aden is no coastal state's)
    country = _event_country(place)
    if country is None and not at_sea and (place is None or place.record.get("feature_code") not in _SEA_CODES):
        country = report_country()
    # (the forces that put a riot down are not its rioters; nor are the attacked who fought back the act's doers, nor
    # the attackers they fought its victims: "One of the attackers was killed when villagers fought back")
    # (where the rest of the act tells its parties: a fight back told alone names them)
    fought_back = [c for c in group[1:] if c.fought_back and c is not head]
    a1 = group_actor([c for c in group if not (head.event_type == RIOTS and crowd_control(c)) and c not in fought_back],
                     "actor1") or group_actor([c for c in group if not (head.event_type == RIOTS and crowd_control(c))],
                                              "actor1")
    # (nor are those arrested after it its victims: "A mob beat a man to death ... Two suspects have been arrested")
    a2 = group_actor([c for c in group if not (head.event_type == RIOTS and c.sub_event_type == "Arrests") and
                      c not in fought_back], "actor2") or \
        group_actor([c for c in group if not (head.event_type == RIOTS and c.sub_event_type == "Arrests")], "actor2")
    if head.sub_event_type in _PLANTED and a2 is not None and a2.actor.generic and \
            a2.actor.inter in ARMED_GROUP_INTERS and text[a2.start:a2.end].lower() in _BOMBER_NOUNS:
        # the bomber among the dead of his blast ("The attacker, who wore an explosive vest, was also killed"): its
        # doer, no target of it
        a2 = group_actor([c for c in group if c.actor2 is not a2], "actor2")
    casualties = [m for c in group for m in (_attackers_dead_besides(c) if c in fought_back else c.casualties)]
    victims = [m for c in group if c not in fought_back for m in c.casualties]  # (the act's own, not its attackers')
    event_type, sub = head.event_type, head.sub_event_type
    if head.hostages is not None and not any(m.kind in ("killed", "wounded") and m.best for m in casualties):
        # no one killed or hurt: the attack was the way in, the hostage-taking is the act
        event_type, sub = sub_type(head.hostages.rule, head.actor1, head.actor2, head.casualties)
        evidence["event_type"] = _span(head.hostages.start, head.hostages.end)
    if head.trigger.rule.sub_event_type == TERRITORY and a1 is not None and head.actor1 is None:
        # the doer of the gain is told in another sentence of the incident ("Iraqi forces launched an
        # offensive ... Peshmerga forces said they had taken nine villages"): the doer decides the sub-type
        event_type, sub = sub_type(head.trigger.rule, a1, head.actor2, head.casualties)
    if sub == "Attack" and any(fight_retold(group[:k], c) for k, c in enumerate(group) if k):
        event_type, sub = BATTLES, "Armed clash"
    if (force := next((c.actor1 for c in group[1:] if c.shot_back), None)) is not None and a1 is not force and \
            not civilian_victims(group):
        # the attackers the force shot back at: one clash, the force the other party
        event_type, sub = BATTLES, "Armed clash"
        a2 = group_actor([c for c in group if not c.shot_back], "actor2") or force
    if any(c.ensuing for c in group[1:]) and not group[0].ensuing:
        # (the fight that followed an attack is the attacked force's: the attack's parties stay, the force its target)
        told = [c for c in group if not c.ensuing]
        force = next((c.actor1 for c in group if c.ensuing and c.actor1 and c.actor1.actor.inter in STATE_INTERS), None)
        a1, a2 = group_actor(told, "actor1"), group_actor(told, "actor2") or force
    dispersal = next((c for c in group if c.sub_event_type in _CROWD_CONTROL_SUBTYPES), None)
    protest = next((c for c in group if dispersal is not None and c.sub_event_type == "Peaceful protest" and
                    c.sentence < dispersal.sentence), None)
    if event_type == PROTESTS and sub in ("Peaceful protest", "Protest with intervention") and protest is not None:
        # a protest and the force used on its crowd, told in a sentence of its own ("... marched through the capital
        # against the government. Police fired tear gas to disperse them"): one protest with the intervention, the
        # crowd its first party and the force its second (not the crowd's words nor the government it marched against)
        sub = dispersal.sub_event_type
        parties = [m for m in (dispersal.actor1, dispersal.actor2) if m is not None]
        force = next((m for m in parties if m.actor.inter == 1), None)
        if force is not None:
            crowd = next((m for m in parties if m.actor.inter == 6), None) or \
                ActorMention(protest.trigger.start, protest.trigger.end, alias_table().actor("Protesters ({country})"),
                             False, False)
            a1, a2 = crowd, force
    arrest = next((c for c in group if c.sub_event_type == "Arrests"), None)
    if sub == "Peaceful protest" and arrest is not None:
        # ACLED: arrests at a protest are its intervention ("Police arrested more than 100 people as they tried to
        # march"): the force that arrests acts on the protesters
        crowd_told = next((c.actor1 for c in group if c.event_type == PROTESTS and c.actor1), None)
        # (or the force told in the crowd's sentence, where the crowd's act took the arrest's: "Police detained 98
        # people as supporters of the movement blocked several streets")
        force = arrest.actor1 or next((m for m in mentions if m.actor.inter == 1 and not m.speaker and
                                       any(c.span[0] <= m.start < c.span[1] for c in group)), None)
        sub, a1, a2 = "Protest with intervention", force, crowd_told
    elif sub == "Arrests" and a2 is not None and a2.actor.inter == 6:
        # ... told from the arrest ("Police detained 98 people in Yerevan as protesters ... blocked streets")
        event_type, sub = PROTESTS, "Protest with intervention"
    if event_type == RIOTS and a2 is None:
        # the forces that put the riot down ("Police opened fire"), told in a sentence of their own
        a2 = next((c.actor1 for c in group if c is not head and crowd_control(c)), None)
    if event_type == RIOTS and a2 is None and sub == "Violent demonstration":
        # ... or in the riot's own ("stormed the government building ... after riot police failed to push them back",
        # "before riot police pushed them back with water cannon"): the force the rioters faced
        a2 = next((m for m in mentions if m.actor.inter == 1 and not m.speaker and
                   any(c.span[0] <= m.start < c.span[1] for c in group)), None)
    vague_a2 = a2 is None or (a2.actor.generic and a2.actor.inter in (2, 3))
    if vague_a2 and a1 is not None and event_type in VIOLENT_TYPES and a1.actor.inter in STATE_INTERS and \
            (head.trigger.rule.sub_event_type in (TERRITORY, LETHAL) or head.trigger.rule is STORMED_PLACE) or \
            event_type == EXPLOSIONS and vague_a2 and a1 and a1.actor.inter in STATE_INTERS:
        # the other party of a battle ("80 terrorists"), named elsewhere in the report ("Islamic State")
        # (a state's: a group's rockets do not hit the other group the report names, "Hezbollah fired rockets" after
        # "an Israeli strike on a Hamas office")
        others = [m for m in mentions if not m.speaker and not m.actor.generic and m.actor is not a1.actor
                  and m.actor.inter in ARMED_GROUP_INTERS and not ALLY_BEFORE.search(text[max(0, m.start - 40):m.start])]
        # (not where the report names rivals, either of whom it might be: "Navolato has been a battleground between Los
        # Chapitos and La Mayiza")
        if others and all(one_group(m.actor, others[0].actor) for m in others) and \
                not (event_type == EXPLOSIONS and _public_place_struck(text, group)):
            a2 = min(others, key=lambda m: abs(m.start - head.trigger.start))
            inferred.append("actor2")
    if event_type == EXPLOSIONS and a2 is not None and a2.actor.inter in ARMED_GROUP_INTERS and \
            _victims_told_as_civilians(group, mentions):
        # a strike near or on an armed group's site whose dead are told as civilians ("a drone struck a group of
        # shepherds ... Turkey says it targets the PKK", "a minibus carrying students near an SDF checkpoint"): theirs
        a2 = None
    if sub == "Attack" and head.trigger.rule.sub_event_type == LETHAL and a1 is not None and a2 is not None and \
            a1.actor.inter in STATE_INTERS and a2.actor.inter in ARMED_GROUP_INTERS and not a2.actor.generic and \
            "{country}" not in a2.actor.name and not civilian_victims(group):  # (a named group: not "Palestinian gunmen")
        # a force's killing of a named group's men, told in another sentence than the group ("police raid on Rio gang
        # kills 64" - "an operation against the Comando Vermelho"): a clash, as its own sentence would make it
        event_type, sub = BATTLES, "Armed clash"
    # (one actor on both sides only as one plural written for both: "between two rival armed groups")
    both = any(c.actor1 is not None and c.actor1 is c.actor2 for c in group)  # a plural written for both sides
    # (the same actor though named apart: "Serbian police" and "a police officer")
    if sub in ONE_SIDED or (a1 and a2 and a1 is not a2 and not both and same_actor(a1.actor, a2.actor) and
                            not apart_in_scene(a1.actor, a2.actor, country)):
        a2 = None
    if a2 is None and sub == "Armed clash" and a1 is not None and a1.actor.name.startswith("Police Forces") and \
            (uag := alias_table().actor("Unidentified Armed Group ({country})")) is not None:
        # the police's fight with a man the report does not name ("shot and wounded a man who pointed a handgun at
        # officers": the officers are its own men): ACLED's other side is an unidentified armed group, inferred
        # (not an army's: its foe is a group the lexicon may lack, "Abu Sayyaf militants")
        a2 = ActorMention(head.trigger.start, head.trigger.end, uag, False, False)
        inferred.append("actor2")
    if sub == "Mob violence" and a2 is not None and a2.actor.generic and (
            _SUSPECTS.fullmatch(text, a2.start, a2.end) or _SUSPECTED_BEFORE.search(text, max(0, a2.start - 40), a2.start)):
        # one a mob suspects is no armed man ("lynched a suspect", "two suspected kidnappers")
        a2 = replace(a2, actor=alias_table().actor("Civilians ({country})"))
    if sub == "Mob violence" and head.trigger.rule is not PRISON_RIOT and \
            not ((mob_killed := combine(casualties)[0]) is not None and mob_killed.best) and (
            a2 is not None and a2.actor.inter in STATE_INTERS or
            a2 is None and "police" in text and
            (post := _POLICE_PROPERTY.search(text, *_sentence_around(text, head.trigger.start)))):
        # a crowd that turns on the state's forces or burns their post is a demonstration turned violent, whatever the
        # report calls it ("An angry mob set fire to a police station after a man died in custody"), the police its
        # other side: ACLED's mob violence is against civilians or other crowds (not "a mob stormed a police station
        # and lynched a suspect"; nor a mob that kills, a lynching's, policemen or not)
        event_type, sub = RIOTS, "Violent demonstration"
        if a2 is None:
            a2 = ActorMention(post.start(), post.end(), alias_table().actor("Police Forces of {country}"), False, False)
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
            a2.actor.inter == 1 and (any(m.category == "civilians" for m in casualties) or _victims_of_no_side(casualties, text)):
        # a country struck whose people are the toll ("launched 465 drones and 32 missiles at Ukraine ... at least 12
        # people were wounded in Kyiv"): its civilians, as where no target is named
        a2 = None
    ship = _civilian_ship(text, group) if a2 is None and (event_type == EXPLOSIONS or sub == "Attack") else None
    if a2 is None and (aimed or ship or any(m.category == "civilians" for m in casualties) or
                       (sub == "Attack" or event_type == EXPLOSIONS) and _victims_of_no_side(victims, text) or
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
    if a2 is None and event_type in (BATTLES, EXPLOSIONS) and not (a1 is not None and a1.actor.inter in STATE_INTERS) and \
            "guard" in text and (wardens := next((m for m in casualties if m.force == STATE_FORCES and m.best and
                                                 _PRISON_GUARDS.search(text, *_sentence_around(text, m.start)) and
                                                 text[m.start:m.end].rstrip("s").endswith("guard")), None)):
        # "Gunmen attacked a prison ..., killing two guards": a prison's guards are police (ACLED's Police Forces)
        a2 = ActorMention(wardens.start, wardens.end, alias_table().actor("Police Forces of {country}"), False, False)
    if a1 is None and head.trigger.rule is CURFEW:
        # "Authorities imposed a dusk-to-dawn curfew": the state's measure, its forces the doer (ACLED's actor1), those
        # the report says enforce it ("police were deployed"), else its police, inferred
        a1 = _curfew_enforcer(text, mentions, head.trigger)
        if a1.start == head.trigger.start:
            inferred.append("actor1")
    killed, wounded = combine(casualties)
    if killed is not None and killed.best > 0 and (
            sub == "Protest with intervention" or a1 is not None and a1.actor.inter == 1 and (
                event_type == PROTESTS or event_type == VIOLENCE_CIV and a2 is not None and a2.actor.inter == 6)):
        # ACLED: an intervention that kills protesters ("police opened fire, killing at least five people, as
        # demonstrations turned violent": state forces, a protest, and its dead; "police opened fire, killing five
        # protesters")
        event_type, sub = PROTESTS, "Excessive force against protesters"
    if sub == "Excessive force against protesters" and any(
            c.event_type == RIOTS and c.sub_event_type == "Violent demonstration" for c in group):
        # ACLED's excessive force is used on a peaceful crowd; a crowd the report tells blocking roads with burning tyres or
        # throwing stones ("Workers blocked a highway and threw stones at police before officers fired") riots, the force
        # its other side
        event_type, sub = RIOTS, "Violent demonstration"
    if event_type == RIOTS and a1 is not None and a1.actor.inter in STATE_INTERS and \
            (a2 is None or a2.actor.generic and a2.actor.inter in (5, 6, 7)):
        # a riot's crowd is its doer, the force that fired on it the other side ("police opened fire on crowds who
        # burned tyres and looted shops": rioters against the police, as ACLED codes every riot)
        a1, a2 = a2, a1
    if sub == "Excessive force against protesters" and a1 is not None and a1.actor.inter == 6:
        # the crowd is what the force is used on ("Two protesters were shot": the subject of the passive), the force
        # that uses it may be told after ("Protesters killed as police fire on crowds")
        a1, a2 = (a2 if a2 is not None and a2.actor.inter in (1, 2) else None), a1
    if (event_type == EXPLOSIONS or head.trigger.rule is REPELLED_ASSAULTS) and a1 is None or \
            sub == "Disrupted weapons use" and a2 is None:
        # "all 18 drones that the enemy launched at Kyiv", in an official's words: the other side of the scene's war
        party = (a2 or a1).actor if (a2 or a1) is not None else None
        enemy = next(filter(None, (scene_enemy(text, c.span, country, party) for c in group)), None)
        if enemy is not None and a1 is None and sub != "Disrupted weapons use":  # ("stopped four enemy attacks")
            a1 = enemy
        elif enemy is not None:
            a2 = enemy
    if sub == "Non-violent transfer of territory" and a1 is not None and _WITHDRAWAL.match(text, head.trigger.start) and \
            any(c.actor1 is not None and _WITHDRAWAL.match(text, c.trigger.start) and
                (same_actor(c.actor1.actor, a1.actor) or c.actor1.actor.generic and c.actor1.actor.inter == a1.actor.inter)
                for c in group):
        # a side's withdrawal ("Ukrainian troops have withdrawn from Vuhledar"): the ground goes to the other side, the
        # acting party (ACLED's actor1; "Russian forces had been advancing on the town"), from the side that left it
        # (not one actor on both sides); with no other side told, the side that left acts alone
        other = a2 if a2 is not None and not same_actor(a2.actor, a1.actor) and not a2.actor.generic else next(
            (m for m in mentions if m.actor.inter in ARMED_INTERS and not m.actor.generic and not m.speaker and
             not same_actor(m.actor, a1.actor) and not one_group(m.actor, a1.actor)), None)
        if other is None and a1.actor.inter in STATE_INTERS and a1.actor.country in ENEMY_OF:
            other = state_forces(head.trigger.start, head.trigger.end, ENEMY_OF[a1.actor.country])
            inferred.append("actor1")
        a1, a2 = (other, a1) if other is not None else (a1, None)
    for role, m in (("actor1", a1), ("actor2", a2)):
        if m is not None and role not in inferred:
            evidence[role] = _span(m.start, m.end)
    # the date in the sentence that first reports the act; else the report's first date (the lead's)
    date_c = first if first.date is not None else None
    if date_c is not None and date_c.date.role == "report":
        # the day a side said it had done it is the latest the act can be: a day in the week before it told of the act
        # in another sentence is its own ("The AFF said on Tuesday its forces had ambushed ... a clash took place on
        # Monday evening")
        told = next((c for c in group if c is not date_c and not c.headline and c.date is not None and
                     c.date.role == "event" and c.date_distance == 0 and
                     date_c.date.date_start - dt.timedelta(days=7) <= c.date.date_start < date_c.date.date_start), None)
        date_c = told or date_c
    if first.headline and first.date_distance != 0:
        # (a title's act takes the day the body's telling gives in its own sentence, not the lead's first day: "...
        # extended a state of emergency on Monday after gunmen killed nine people ... on Saturday night"; but not a
        # later day than the title's own, a claim's: "said on Tuesday it had recaptured" - "entered the town on Monday")
        # (a title's day borrowed from a sentence that tells another act, which no telling of this one gives as its
        # own, bounds nothing: "Russia says it has taken village" - "said on Tuesday its forces had taken" - "shelling
        # killed two civilians on Monday")
        told = next((c for c in group if not c.headline and c.date is not None and c.date_distance == 0), None)
        if told is not None and (date_c is None or told.date.date_start <= date_c.date.date_start or
                                 not any(c.date is date_c.date and c.date_distance == 0 for c in group)):
            date_c = told
    actor1 = a1.actor if a1 else None
    if head.trigger.rule is BOMBING and actor1 is not None and actor1.inter in (1, EXTERNAL):
        # a state's forces bomb from the air ("the Russian bombing of Aleppo"), a group sets a bomb off
        sub = "Air/drone strike"
    if actor1 is None and sub in _LAUNCHED and (scene_country := _event_country(place)) in ENEMY_OF and \
            any(m.actor.inter in (1, EXTERNAL) and m.actor.country == ENEMY_OF[scene_country] for m in mentions):
        # a drone or a missile with no doer told, in a war between two states whose report names the other side's
        # forces ("A Russian drone attack on Odesa ... a drone hit a gas station in Mykolaiv"): the other side's, as
        # ACLED codes it, inferred (no unidentified group)
        actor1 = state_forces(head.trigger.start, head.trigger.end, ENEMY_OF[scene_country]).actor
        inferred.append("actor1")
    if actor1 is None and (sub in _PLANTED and _DEVICE.search(text, head.trigger.start, head.trigger.end) or
                           sub in _LAUNCHED and _GROUPS_WEAPON.search(text, head.trigger.start, head.trigger.end) or
                           head.trigger.rule is BODIES_FOUND or sub == "Attack" and _bodies_counted(text, casualties) or
                           sub == "Attack" and (a2 is None or a2.actor.inter == 7) and _attacker_told(text, mentions, a2)) and \
            (_unclaimed(text) or
             not any(not m.actor.generic and m.actor.inter in ARMED_GROUP_INTERS and (a2 is None or m.actor is not a2.actor)
                     and m.start >= min(c.span[0] for c in group) for m in mentions)):
        # a bomb or grenade, a drone or rocket, or the dead found killed, has someone behind it: with none told ("a
        # roadside bomb struck a minibus, killing seven", "an explosive-laden drone struck the oil field", "two rockets
        # landed near the airport", "the bodies of eight men were found dumped on a highway"), ACLED's doer is an
        # unidentified armed group, inferred (not where the report names a group that may be it: "Police suspect the
        # BIFF of planting the device"; unless it says no one claimed the act; and not a warplane's strike, which
        # only a state's air force carries out)
        # (a group named only before the act's telling is another act's doer or the background's: "...ambushed by
        # Islamic State Sahel fighters. On Monday, an explosive device hit a military vehicle near Ayorou")
        actor1 = alias_table().actor("Unidentified Armed Group ({country})")
        inferred.append("actor1")
    if actor1 is None and head.trigger.rule is RELEASE and \
            (captor := next((m for m in mentions if not m.actor.generic and m.actor.inter in ARMED_GROUP_INTERS and
                             (_HELD_BY_BEFORE.search(text, max(0, m.start - 30), m.start) or
                              _SAID_IT_HELD_AFTER.match(text, m.end))), None)) is not None:
        # a release with no releaser told: the group the report says held the captives ("were freed on Tuesday ...
        # JNIM said in April that it was holding them", "kidnapped by Ansaru fighters in May"), who let them go
        actor1 = captor.actor
        inferred.append("actor1")
    if actor1 is None and any(c.trigger.rule is INTERCEPTION for c in group) and \
            (scene_country := _event_country(place)) is not None:
        # an interception with no interceptor named ("Air defences shot down 19 drones over the Moscow region"): the
        # forces of the country it happens in, inferred
        actor1 = state_forces(head.trigger.start, head.trigger.end, scene_country).actor
        inferred.append("actor1")
    if actor1 is None and sub == "Armed clash" and a2 is not None and a2.actor.inter in ARMED_GROUP_INTERS and \
            text.startswith("encounter", head.trigger.start) and (scene_country := _event_country(place)) is not None:
        # South Asian usage: an "encounter" the dead fell in, no side named, is the security forces' gunfight ("Five
        # Maoists were killed in an encounter in Narayanpur district"): the scene country's forces, inferred
        actor1 = state_forces(head.trigger.start, head.trigger.end, scene_country).actor
        inferred.append("actor1")
    # ACLED names the crowd of every demonstration: those who riot are rioters, "Tens of thousands of people marched"
    # and "students marched" are protesters, and so are those a force disperses
    crowd = "Rioters ({country})" if event_type == RIOTS else "Protesters ({country})"
    # (a crowd told by its country too, "Indonesian protesters", is one of them)
    if (event_type == RIOTS or sub == "Peaceful protest") and (
            actor1 is None or (actor1.generic or "{country}" in actor1.name) and actor1.inter in (6, 7)):
        if actor1 is None:
            inferred.append("actor1")
        actor1 = alias_table().actor(crowd)
    elif event_type == PROTESTS and sub != "Peaceful protest" and actor1 is not None and (
            a2 is None or a2.actor.generic and a2.actor.inter == 7):
        if a2 is None:
            inferred.append("actor2")
        start, end = (a2.start, a2.end) if a2 else (head.trigger.start, head.trigger.end)
        a2 = ActorMention(start, end, alias_table().actor(crowd), False, False)
    if event_type == RIOTS and head.trigger.rule.event_type == BATTLES and a2 is not None and a2.actor.generic and \
            a2.actor.inter == 7:
        # the other side of a crowds' fight is a crowd too ("supporters of two rival parties clashed with sticks and
        # machetes"): rioters on both sides, as ACLED codes them (not a mob's victims: "a mob beat a man to death")
        a2 = ActorMention(a2.start, a2.end, alias_table().actor(crowd), False, False)
    if sub == "Government regains territory" and actor1 is not None and actor1.resolved(country)["inter"] == EXTERNAL:
        # a state's forces abroad take territory ("Ukrainian troops captured the town of Sudzha in Russia"): ACLED's
        # taking by a foreign force, not a government regaining its own
        sub = "Non-state actor overtakes territory"
    if sub.endswith("territory") and _taking_denied(text, head.trigger.end):
        # a taking one side claims and the other denies ("The RSF said it had taken Babanusa ... The army denied the
        # claim, saying its troops were still in control of the base"): a contested place, ACLED's armed clash
        sub = "Armed clash"
    if (event_type == BATTLES or sub.endswith("territory") or head.trigger.rule is INTERCEPTION) and a2 is None and \
            actor1 is not None and actor1.inter == 1 and actor1.country in ENEMY_OF:
        # a fight or ground taken by one side of a war between two states, with no foe named ("Russian forces have
        # captured the village of Novopavlivka", "had encircled units in Pokrovsk"): the other side's forces (and the
        # launcher of what one side brought down: "Ukraine's air force said it had shot down 22 of 27 drones launched
        # overnight")
        a2 = state_forces(head.trigger.start, head.trigger.end, ENEMY_OF[actor1.country])
        inferred.append("actor2")
    if sub == "Protest with intervention" and a2 is not None and a1 is not None and a2.actor is a1.actor and \
            a2.actor.inter == 6:
        # the crowd told as what the force acts on ("police fired tear gas to disperse them"): no second party of its own
        a2 = None
        evidence.pop("actor2", None)
    if sub == "Protest with intervention" and a2 is not None and a2.actor.inter == 6 and actor1 is None:
        # (the force a name the lexicon lacks: "Federal agents fired tear gas at protesters": the crowd still first)
        a1, a2, actor1 = a2, None, a2.actor
        inferred[:] = [role for role in inferred if role != "actor2"]
        evidence.pop("actor1", None)
        if (told := evidence.pop("actor2", None)) is not None:
            evidence["actor1"] = told
    if sub == "Protest with intervention" and actor1 is not None and actor1.inter == CIVILIANS and \
            a2 is not None and a2.actor.inter == 6:
        # the crowd told first as people ("Hundreds of students rallied ... The protesters were dispersed with tear
        # gas"): the same crowd, the protest's first party, and no force told to be its second
        a1, a2, actor1 = a2, None, a2.actor
        inferred[:] = [role for role in inferred if role != "actor2"]
        if (told := evidence.pop("actor2", None)) is not None:
            evidence["actor1"] = told
    if sub == "Protest with intervention" and actor1 is not None and actor1.inter != 6 and \
            a2 is not None and a2.actor.inter == 6:
        # ACLED: a demonstration's crowd is its first actor and the force that intervenes its second ("police used water
        # cannon on protesters": Protesters, Police Forces); excessive force is the force's own act, and stays its
        force = a1 if a1 is not None and a1.actor is actor1 else \
            ActorMention(head.trigger.start, head.trigger.end, actor1, False, False)
        a1, a2, actor1 = a2, force, a2.actor
        inferred[:] = [{"actor1": "actor2", "actor2": "actor1"}.get(role, role) for role in inferred]
        told1, told2 = evidence.pop("actor1", None), evidence.pop("actor2", None)
        evidence.update({k: v for k, v in (("actor1", told2), ("actor2", told1)) if v is not None})
    ev = Event(event_type, sub,
               actor1=actor1.resolved(country) if actor1 else None,
               actor2=a2.actor.resolved(country) if a2 else None,
               killed=_count_dict(killed, text, lambda group, start, end: _side(group, start, end, a1, a2, mentions, text)),
               wounded=_count_dict(wounded, text))
    if a2 is not None and a2.actor.name == "Civilians ({country})" and (at_sea or _crew_at_sea(text, group, place)) and \
            country not in {demonyms().get(m.group(1)) for m in _CREW_NATIONALITY.finditer(text)}:
        # a civilian ship's crew struck at sea is no coastal state's people, nor the flag's or the owner's: ACLED's
        # "Civilians (International)" ("a missile hit a bulk carrier 40 nautical miles west of Hodeidah"); a crew told as
        # the coastal state's own nationals stays theirs ("a dhow with 11 Somali crew members off Eyl")
        ev.actor2 = {"name": "Civilians (International)", "inter": CIVILIANS, "country": None}
    if aimed and ev.killed and ev.killed.get("unknown"):
        ev.killed["civilians"] += ev.killed["unknown"]
        ev.killed["unknown"] = 0
    if event_type == PROTESTS and sub in ("Peaceful protest", "Protest with intervention"):
        # a protest told with no dead is ACLED's 0 dead (a death would make it excessive force), and a peaceful one's
        # crowd no one hurt either: zeros, inferred, not unknowns
        if ev.killed is None:
            ev.killed = {"low": 0, "best": 0, "high": 0, "civilians": 0, "side_a": 0, "side_b": 0, "unknown": 0,
                         "phrase": "", "rule": _PROTEST_NO_DEAD_RULE}
            inferred.append("killed")
        if ev.wounded is None and sub == "Peaceful protest":
            ev.wounded = {"low": 0, "best": 0, "high": 0, "phrase": "", "rule": _PROTEST_NO_DEAD_RULE}
            inferred.append("wounded")
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
    # (the state's coding on the event's day: the Taliban before and after they took Kabul)
    ev.actor1, ev.actor2 = (alias_table().dated(a, ev.date_start, country) for a in (ev.actor1, ev.actor2))
    if place is not None and place.dateline and place.precision <= 2 and sub == "Agreement" and \
            _EXCHANGED.search(text, head.trigger.start, head.trigger.end) and \
            (scene := country_scene(toponyms, place.record.get("country_code"))) is not None:
        # an exchange of captives told from where the report was filed ("KYIV (Reuters) - Russia and Ukraine exchanged
        # 75 prisoners of war each"): the captives change hands at no place the dateline names, the country at most
        ev.location = scene
        inferred.append("location")
    elif place is not None:
        ev.location = dict(place.record)
        evidence["location"] = _span(place.start, place.end)
    elif country is not None and (scene := country_scene(toponyms, country)) is not None:
        ev.location = scene
        inferred.append("location")
    ev.evidence = evidence
    ev.inferred = inferred
    # (by the writer's words only: a reprisal, "Israel responded with strikes that killed seven", is told apart from the
    # act it answers, yet no less the report's own)
    ev.told_apart = first.separate and _SEPARATE.match(text, first.span[0]) is not None
    found = sum(1 for k in ("actor1", "killed", "date", "location") if k in evidence)
    confidence = 0.4 + 0.1 * found + (0.1 if len(group) > 1 else 0.0) - 0.05 * len(inferred)
    ev.confidence = round(max(0.05, min(0.95, confidence)), 2)
    return ev, first.trigger.start
