"""The incidents of a report, and which one the report is about.

Most reports tell one incident. A roundup ("A man and a teenager were killed and at least eight others
wounded in shootings across Chicago since Saturday", "Five people were injured in separate shootings",
a police blotter) tells several, each with its own victims, time and place, after a summary sentence
that adds them up. The summary's totals belong to no single incident; each incident is an event of
its own, and the report's subject incident is the first one told in full (the lead's own example).

incident_blocks() gives every sentence the number of the incident it tells (0, 1, ...), or SUMMARY
for a roundup's summary sentence. A sentence starts a new incident when the report is a roundup and
the sentence brings a new victim with a time of day or an address of its own ("A 26-year-old man was
shot about 4:40 p.m. in the 1300 block of North Milton Avenue"), or opens with a change of incident
("In other shootings", "Meanwhile,", "Earlier,").
"""
from __future__ import annotations

import re

from .matching import may_hold, may_hold_folded

SUMMARY = -1
ITEMS_SUMMED = -2  # a line that adds up a list's items ("Total this week: 21 killed."): neither act nor toll

_NUM = r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|several|multiple|\d+)"
# the leading lookahead skips, with one test, every position where no alternative can start
ROUNDUP = re.compile(
    rf"(?=[adefhimnostuw\d])\b(?:(?:separate|unrelated|different|other)\s+(?:shootings|incidents|attacks)"
    rf"|shootings\s+(?:across|around|throughout|on|in)\s+(?:the\s+)?(?:city|area|county|region|(?-i:[A-Z])\w+)"
    rf"|(?:weekend|overnight|holiday)\s+(?:violence|shootings)"
    rf"|{_NUM}\s+(?:separate\s+|different\s+|unrelated\s+|overnight\s+|weekend\s+)?(?:shootings|incidents|shooting\s+incidents)\b"
    # "two Oakland shootings", "three South Side shootings": the count with the place between
    rf"|{_NUM}\s+(?:(?-i:[A-Z])[\w-]*\s+){{1,2}}shootings\b"
    # "were found shot in separate locations", "wounded ... in different areas of the city": victims told apart by place
    rf"|(?:in|at)\s+(?:{_NUM}\s+)?(?:separate|different|unrelated)\s+(?:locations|areas|neighborhoods|places|scenes)\b"
    rf"|shootings\s+since\b)", re.IGNORECASE)
# every ROUNDUP alternative holds one of these (its spaces one space each)
_ROUNDUP_WORDS = ("shootings", "incidents", "violence", "separate", "unrelated", "different", "other attacks")
# a sentence that turns to another incident
NEW_CUE = re.compile(
    r"\W*(?:in\s+(?:an)?other\s+(?:shootings?|incidents?|violence)|in\s+a(?:nother|\s+separate|\s+second|\s+third)\s+"
    r"(?:\w+\s+)?(?:shooting|incident|attack)|in\s+the\s+(?:second|third|other|latest|most\s+recent)\s+(?:\w+\s+)?"
    r"(?:shooting|incident)|(?:a\s+)?(?:short\s+time\s+|few\s+hours\s+|hours\s+|minutes\s+)?earlier|meanwhile|"
    r"most\s+recently|separately|(?:(?:about|around|some)\s+(?:\d+|an?|one|two|three)\s+|shortly\s+|(?:a\s+)?few\s+)?"
    r"(?:minutes?|hours?)\s+(?:earlier|later)|later\s+(?:that|this|on\s+\w+)\s+(?:day|night|evening|morning|afternoon)|"
    r"also\s+(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|elsewhere)\b",
    re.IGNORECASE)
# "the second triple shooting of the night occurred in the 1900 block of Penrose Avenue"
ANOTHER_INCIDENT = re.compile(r"\b(?:the\s+(?:second|third|fourth|fifth|other|next|last|latest)|another|a\s+(?:second|third|separate))"
                              r"\s+(?:[\w-]+\s+)?(?:shooting|incident|attack|homicide)\b", re.IGNORECASE)
TIME_OF_DAY = re.compile(r"\b\d{1,2}(?::\d\d)?\s*(?:a\.?m\b|p\.?m\b)|\b(?:noon|midnight)\b", re.IGNORECASE)
ADDRESS = re.compile(r"\bblock\s+of\b|\b(?:at|near|on)\s+(?:the\s+)?(?:corner|intersection)\s+of\b", re.IGNORECASE)
# a summary anywhere in a roundup: "Meanwhile, eight other people have been shot across the city since Friday night"
SUMMARY_ANY = re.compile(
    r"\b(?:(?:across|around|throughout)\s+the\s+(?:city|area|county)|since\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"the\s+weekend)|in\s+(?:separate|unrelated|other)\s+(?:shootings|incidents)|"
    r"the\s+(?:earlier|other|previous|later)\s+(?:shootings|incidents))\b", re.IGNORECASE)
# the roundup's words say the incident told is one of those it counts
_ONE_OF_BEFORE = re.compile(r"\b(?:one|the\s+(?:first|second|third|fourth|fifth|latest|last))\s+of\s+"
                            r"(?:at\s+least\s+|more\s+than\s+|nearly\s+|about\s+|some\s+)?$", re.IGNORECASE)
# the incident told is one of a count of shootings whose word is left out: "The shooting was one of at least seven over
# the Memorial Day weekend, which left three people dead and six wounded" (a count of people has its noun: "one of two
# victims")
ONE_OF_UNNAMED = re.compile(rf"\b(?:one|the\s+(?:first|second|third|fourth|fifth|latest|last))\s+of\s+(?:at\s+least\s+|"
                            rf"more\s+than\s+|nearly\s+|about\s+|some\s+)?{_NUM}\s+(?:over|during|across|since|this|last)\b",
                            re.IGNORECASE)
_ONE_OF_WORDS = ("one", "first", "second", "third", "fourth", "fifth", "latest", "last")  # (ONE_OF_UNNAMED needs one)
_PRONOUN_START = re.compile(r"(?:he|she|him|her|they|them|both|himself|herself|the\s+victims?|the\s+man|the\s+woman|"
                            r"the\s+boy|the\s+girl|the\s+teen\w*)\b", re.IGNORECASE)


def is_roundup(text: str, spans: list[tuple[int, int]], folded: str) -> bool:
    """A summary of several incidents in the lead (title and first sentences). folded: fold(text)."""
    for s, e in spans[:3]:
        lowered = folded[s:e]
        if "attacks" in lowered:  # (the words of two, "separate attacks", looked for with the spaces between one space)
            lowered = " ".join(lowered.split())
        if not may_hold_folded(lowered, _ROUNDUP_WORDS):  # (the blanks made one space: fold()ed all the same)
            continue  # a plain look for the words rules most sentences out
        if ROUNDUP.search(text, s, e):
            return True
    return False

# "A third victim died in hospital on Tuesday", "Two more people died of their burns on Wednesday", "The bodies of
# three more were found on Monday, bringing to 12 the number killed": more of the incident's dead, who died or were
# found days after it (no recollection; not "died ... in a separate attack")
_DIED_LATER = re.compile(r"\b(?:died|succumbed|passed\s+away|found|recovered)\b", re.IGNORECASE)
_OTHER_ACT = re.compile(r"\b(?:separate|unrelated|another\s+(?:attack|shooting|strike|incident|raid))\b", re.IGNORECASE)
# (how many days after an incident its dead may still die or be found and count to it)
LATER_DEATH_DAYS = 7


def _died_later(text: str, start: int, end: int, new: list) -> bool:
    """Whether the sentence text[start:end] tells only more of the incident's dead, who died or were found after it
    (its victims all killed and told as more, 'a third victim', 'another', 'two more', 'one of the injured', or
    counted into the incident's toll, 'bringing the death toll to 12')."""
    return bool(new) and all(m.kind == "killed" for m in new) and \
        (all(m.additive for m in new) or any(m.rule.startswith("death toll") for m in new)) and \
        _DIED_LATER.search(text, start, end) is not None and _OTHER_ACT.search(text, start, end) is None


def _new_victim(text: str, m) -> bool:
    """A victim first met here: not 'he', 'the man', 'shot himself' (someone already told)."""
    if m.kind == "missing" or m.rule.startswith(("one person shot", "self-inflicted", "none")):
        return False
    return not _PRONOUN_START.match(text, m.start) and not text.startswith(("the ", "The "), m.start)


_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
# the stamp a line of a timeline, a live blog or a police blotter opens with, before its dash or colon: a day ("May 12 -",
# "14 Oct -", "05/11:"), a time ("08:15 GMT -", "12:16 a.m. Sunday -", "10:20 Kyiv time -"), a weekday ("FRIDAY:"), or
# their run ("July 5, 11:48 p.m. -", "* Friday, 10:40 p.m.:")
_STAMP_PIECE = (rf"(?:{_MONTH}\s+\d{{1,2}}(?:,\s*(?:19|20)\d\d)?|\d{{1,2}}\s+{_MONTH}(?:\s+(?:19|20)\d\d)?|"
                rf"\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?|\d{{1,2}}[:.]\d\d(?:\s*[ap]\.?m\.?)?|\d{{1,2}}\s*[ap]\.?m\.?|"
                rf"{_WEEKDAY}|GMT|UTC|local\s+time|[A-Z][a-z]+\s+time|[ECMP][SD]?T)")
ITEM_STAMP = re.compile(rf"(?:[-*\u2013\u2022]\s+)?(?-i:[A-Z0-9])?(?i:{_STAMP_PIECE}(?:[\s,]+{_STAMP_PIECE})*)\s*[-\u2013\u2014:]\s")
# a blotter's label of the kind of call ("ASSAULT - ", "HOMICIDE - ", "NOISE COMPLAINT: "); a report's dateline ("BALTIMORE -")
# has one, a blotter three or more
ITEM_LABEL = re.compile(r"(?:[-*\u2013\u2022]\s+)?(?P<label>[A-Z][A-Z'/&]+(?:\s[A-Z][A-Z'/&]+){0,2})\s*[-\u2013\u2014:]\s")
_NO_ITEM_LABELS = frozenset(("UPDATE", "UPDATED", "CORRECTION", "EDITOR'S NOTE", "BREAKING", "BREAKING NEWS", "WATCH", "NOTE"))
# a line that adds the items up ("Total this week: 21 killed.", "Overall, violence was lower"): no item's incident
_ITEMS_SUMMED = re.compile(r"(?:[-*\u2013\u2022]\s+)?(?:(?:in\s+)?total|overall)\b", re.IGNORECASE)


def _line_opening(text: str, start: int) -> bool:
    """Whether the sentence at start opens its line (after a list's mark at most)."""
    # (read back from start, a character at a time: most sentences follow another's ". " on their line, decided at its
    # full stop, where slicing back to the line's start costs a look for it and a copy)
    i = start
    while i:
        i -= 1
        c = text[i]
        if c == "\n":
            return True
        if c not in " \t-*\u2013\u2022":
            return False
    return True


def item_starts(text: str, spans: list[tuple[int, int]]) -> list[int]:
    """The sentences that open an item of a list of incidents, one to a line, each told with its stamp (a timeline's
    "May 15 - Fighting ...", a live blog's "10:45 GMT - ...", a blotter's "ASSAULT - A man was shot at 1:12 a.m. ..."):
    two or more such lines, else none. Each item is an incident of its own."""
    if "\n" not in text:
        return []
    stamped, labelled, labels = [], [], set()
    for i, (s, _) in enumerate(spans):
        if not _line_opening(text, s):
            continue
        if ITEM_STAMP.match(text, s):
            stamped.append(i)
        elif (m := ITEM_LABEL.match(text, s)) and m.group("label") not in _NO_ITEM_LABELS:
            labelled.append(i)
            labels.add(m.group("label"))
    items = sorted(stamped + labelled) if len(labelled) >= 3 and len(labels) >= 2 else stamped
    return items if len(items) >= 2 else []


def incident_blocks(text: str, spans: list[tuple[int, int]], casualties_by_sentence: dict,
                    dates_by_sentence: dict, folded: str) -> list[int]:
    """folded: fold(text) (the plain looks for words run on it)."""
    n = len(spans)
    if items := item_starts(text, spans):
        # a list of incidents, one to a line: each line's sentences its own incident (none of an item's words, its kind,
        # its doer, its toll, tells the next); the lead before them goes with the first ("At least five people were shot
        # across the city overnight", its count the items' sum: a summary); a line that adds them up is none
        blocks, block, first = [0] * n, -1, items[0]
        item_set = set(items)
        for i, (s, e) in enumerate(spans):
            if i < first:
                summary = ROUNDUP.search(text, s, e) or SUMMARY_ANY.search(text, s, e)
                blocks[i] = SUMMARY if summary and casualties_by_sentence.get(i) else 0
                continue
            if i in item_set:
                block += 1
            elif _line_opening(text, s) and _ITEMS_SUMMED.match(text, s):
                blocks[i] = ITEMS_SUMMED
                continue
            blocks[i] = block
        return blocks
    for i, (s, e) in enumerate(spans):
        if not (casualties := casualties_by_sentence.get(i)):
            continue  # (the count's words mark only a toll of the sentence's: none to mark)
        sentence = text[s:e]
        one_of = ONE_OF_UNNAMED.search(text, s, e) if " of " in sentence and \
            may_hold(sentence, folded[s:e], _ONE_OF_WORDS) else None
        for m in casualties if one_of else ():
            m.background = m.background or m.start >= one_of.end()  # the others' toll, after the count's words
    if not is_roundup(text, spans, folded):
        return [0] * n
    dates_by_sentence = dates_by_sentence or {}
    blocks = [0] * n
    block, has_victim, started, block_day = 0, False, False, None
    for i, (s, e) in enumerate(spans):
        victims = [m for m in casualties_by_sentence.get(i, ()) if m.kind != "missing"]
        new = [m for m in victims if _new_victim(text, m)]
        roundup = ROUNDUP.search(text, s, e) if i < 3 and not started else None
        if roundup and _ONE_OF_BEFORE.search(text, s, roundup.start()) and \
                any(m.end <= roundup.start() for m in new):
            # "A man was killed and three wounded at a party, one of several shootings over the weekend": the
            # incident's own sentence, whose victims are told before the roundup's words; those after them are the
            # other shootings' ("one of several shootings that injured three other people")
            for m in victims:
                m.background = m.start >= roundup.start()
            roundup = None
        if roundup or (SUMMARY_ANY.search(text, s, e) and any(m.best >= 2 or m.additive for m in new)):
            blocks[i] = SUMMARY
            continue
        days = [d.date_start for d in dates_by_sentence.get(i, ()) if d.precision == 1]
        cue = bool(NEW_CUE.match(text, s, e))
        scene = bool(TIME_OF_DAY.search(text, s, e) or ADDRESS.search(text, s, e))
        cue = cue or (scene and bool(ANOTHER_INCIDENT.search(text, s, e)))
        own_scene = bool(new) and bool(scene or
                                       any(m.additive for m in new) or
                                       (days and block_day is not None and days[0] != block_day))
        if (cue or own_scene) and has_victim:
            block += 1
            has_victim, block_day = False, None
        if victims:
            has_victim = True
            started = True
        if days and block_day is None:
            block_day = days[0]
        blocks[i] = block
    if not started:  # no incident told apart: the summary is all there is
        return [0] * n
    return blocks


_OPENING_BEFORE_DATE = re.compile(r"\W*(?:on\s+|between\s+)?$", re.IGNORECASE)
_CALENDAR_DAY = re.compile(r"(?:on\s+|between\s+)?(?:\d{1,2}\s+[A-Z][a-z]{2,}|[A-Z][a-z]{2,}\.?\s+\d{1,2}\b)")


def _opens_calendar_day(text: str, start: int, d) -> bool:
    """Whether a sentence opens with a day of the calendar ("On 4 March, ...", "- 2 Dec, ...", "July 3:")."""
    return d.start - start <= 6 and _OPENING_BEFORE_DATE.fullmatch(text, start, d.start) is not None and \
        _CALENDAR_DAY.match(text, d.start) is not None


_CLOSING_AFTER_DATE = re.compile(r"[\s.;!)\]]*")


def _closes_calendar_day(text: str, end: int, d) -> bool:
    """Whether a sentence ending at end closes with a day of the calendar (a weekly overview's "..., killing six
    civilians on 2 October.")."""
    return _CLOSING_AFTER_DATE.fullmatch(text, d.end, end) is not None and _CALENDAR_DAY.match(text, d.start) is not None


def chronicle_sentences(text: str, spans: list[tuple[int, int]], dates_by_sentence: dict) -> set[int]:
    """The sentences of a chronicle (a sitrep, a weekly overview: "On 4 March, shelling killed 14 ... On 6 March, a
    drone strike ...", "..., killing six civilians on 2 October."): those that tell their incident's calendar day at
    their opening or their end, when two or more do; else none."""
    dated = {i for i, ds in dates_by_sentence.items()
             if any(_opens_calendar_day(text, spans[i][0], d) or _closes_calendar_day(text, spans[i][1], d) for d in ds)}
    return dated if len(dated) >= 2 else set()


# a deadly act a sentence names, whose dead it need not count: "a block from last month's fatal shooting, in which a
# driver was forced off the road", the sentences after it telling that act ("The gunman then fired, killing him")
_DEADLY_ACT = re.compile(r"\b(?:deadly|fatal)\s+shootings?\b", re.IGNORECASE)


def _recalls_a_deadly_act(text: str, start: int, end: int) -> bool:
    sentence = text[start:end]  # (a plain look first, of either case: "Deadly", "fatal")
    return ("eadly" in sentence or "atal" in sentence) and _DEADLY_ACT.search(sentence) is not None


def background_sentences(text: str, spans: list[tuple[int, int]], casualties_by_sentence: dict,
                         dates_by_sentence: dict, armed_acts: frozenset[int] = frozenset()) -> set[int]:
    """In a report about one incident, the earlier incidents it recalls ("On March 15, two people were
    killed ... He died a few days later"): a sentence with victims of its own dated two days or more
    away from the incident's day opens such a recollection, which runs until a sentence dated on
    the incident's day again. Their victims are not the incident's.  A sentence of armed_acts (an armed
    group's or a mob's act told in it) dated days after the incident's tells the next act of a war's series
    ("On Thursday, insurgents killed two fishermen", "On Tuesday, a mob of youths killed two herders"): no
    recollection, its victims its own."""
    days = {i: [d.date_start for d in ds if d.precision == 1] for i, ds in dates_by_sentence.items()}
    dated = [i for i in sorted(days) if days[i]]
    if not dated:
        return set()
    main_day = days[dated[0]][0]
    # a wider window all of it far from that day ("Last August, another man was shot") counts as a day apart; so does a
    # week or more all of it before it ("Mahsa Amini died last week" in a report of Wednesday's protests)
    for i, ds in dates_by_sentence.items():
        if not days[i]:
            days[i] = [d.date_start for d in ds if (d.date_end - main_day).days <= -2 or (d.date_start - main_day).days >= 2
                       or d.precision >= 3 and d.date_end < main_day and (main_day - d.date_start).days >= 2 and
                       (d.date_end - d.date_start).days <= 9]  # (not "earlier this month": it may hold the day)
    # a chronicle (a sitrep, a weekly overview: "On 4 March, shelling killed 14 ... On 6 March, a drone strike ...")
    # tells each incident after its calendar day (or before it, at the sentence's end: "... killing six civilians on 2
    # October."): such a sentence opens an incident of its own, no recollection
    chronicle = chronicle_sentences(text, spans, dates_by_sentence)
    out: set[int] = set()
    inside = False
    for i, (s, e) in enumerate(spans):
        own = days.get(i) or []
        if own:
            new = [m for m in casualties_by_sentence.get(i, ()) if _new_victim(text, m)]
            far = abs((own[0] - main_day).days) >= 2 and i not in chronicle and \
                not (i in armed_acts and own[0] > main_day) and \
                not (0 < (own[0] - main_day).days <= LATER_DEATH_DAYS and _died_later(text, s, e, new))
            if far and (new or inside or _recalls_a_deadly_act(text, s, e)):
                inside = True
            elif not far:
                inside = False
        if inside:
            out.add(i)
    return out
