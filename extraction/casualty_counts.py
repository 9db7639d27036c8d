"""Counts from casualty mentions: combine() reads one incident's killed and wounded from its mentions, combine_other()
its missing or abducted. Reports restate the same toll (title, lead, quote), so the largest told count is taken and a
mention marked additive ("another man was wounded") adds; the victims of different sides, each told on its own, add up.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from .casualties import AND_MORE_RULE, CLAIMED, HURT_OF_ANOTHER_AGE, INJURY_RULE, KIN_RULE, LIST_LINE_RULE, ONE_MORE_OBJECT, ONE_MORE_THEN, \
    PARTICIPLE_PRONOUN_KILLED, SELF_INFLICTED, SELF_WOUNDED, WITH_THE_DOER, WOUNDED_DIED_RULE
from .numbers import VAGUE
from .victims import ARMED_GROUP, HIT, KILLED, PERPETRATOR, SHOOTER_AMONG, STATE_FORCES, WOUNDED, CasualtyMention, same_person


@dataclass(slots=True)
class Count:
    low: int | None
    best: int
    high: int | None
    rule: str
    mentions: list[CasualtyMention]
    parts: list[CasualtyMention] | None = None  # the mentions whose numbers add up to best; None: the largest
    #                                             and the additions


def _base(mentions: list[CasualtyMention]) -> CasualtyMention | None:
    return max((m for m in mentions if not m.additive), key=lambda m: m.best, default=None)


def counted_mentions(count: Count) -> list[CasualtyMention]:
    """The mentions a count's number is the sum of."""
    if count.parts is not None:
        return count.parts
    base = _base(count.mentions)
    return ([base] if base else []) + [m for m in count.mentions if m.additive]


def _and_more_partner(m: CasualtyMention, mentions: list[CasualtyMention]) -> CasualtyMention | None:
    """The group an 'and N more' mention is added to: the told group of its kind right beside it
    ('Three soldiers and five militants were killed', 'killing four soldiers and two civilians')."""
    if m.rule == KIN_RULE:
        # "killed his estranged wife, her sister and their mother": the victim the list starts with
        return max((o for o in mentions if not o.additive and _family(o) == _family(m) and o.sentence == m.sentence and
                    o.end <= m.start and o.best == 1), key=lambda o: o.start, default=None)
    if m.rule != AND_MORE_RULE:
        return None

    def gap(o: CasualtyMention) -> int:
        return m.start - o.end if o.end <= m.start else o.start - m.end

    beside = [o for o in mentions if not o.additive and _family(o) == _family(m) and 0 <= gap(o) <= _PAIR_GAP]
    return min(beside, key=gap, default=None)


_PAIR_GAP = 40  # characters between the two groups of one "N ... and M ..." phrase, at most


def _told_counts(mentions: list[CasualtyMention]) -> tuple[list[list[CasualtyMention]], list[CasualtyMention]]:
    """(told counts, each as the mentions it adds up, and the additions): an 'and N more' group adds to
    its own partner, and the pair is one more told count, not an addition to the largest ('Eight killed'
    in the title, 'Three soldiers and five militants were killed' in the body: eight, not thirteen)."""
    told = [[m] for m in mentions if not m.additive]
    extra = []
    pairs: dict[int, list[CasualtyMention]] = {}  # (a partner's groups together: "four in Khan Younis, six in ... and one")
    for m in mentions:
        if m.additive:
            partner = _and_more_partner(m, mentions)
            if partner is None:
                extra.append(m)
            else:
                pairs.setdefault(id(partner), [partner]).append(m)
    return told + list(pairs.values()), extra


def _suicide_restated_after(m: CasualtyMention, base: CasualtyMention | None, mentions: list[CasualtyMention],
                            told: list[list[CasualtyMention]]) -> bool:
    """A shooter's own death beside a larger count of the dead in another sentence, which holds him ('shot and
    killed his girlfriend and then himself. Officers found both dead': two; so does a title's 'Two dead in
    murder-suicide'; not one death told apart: 'A man shot and killed his wife. He then shot and killed himself'; nor the
    gunman's after the dead he left: 'Two people died after a man opened fire ... The gunman then killed himself')."""
    return base is not None and m.rule == SELF_INFLICTED and base.sentence != m.sentence and base.best >= 2 and \
        not (m.who == "doer" and base.sentence < m.sentence) and base.best > max(
            (sum(x.best for x in t) for t in told if t[0].sentence == m.sentence), default=0)  # (a kin list: its sum)


def _told_within(m: CasualtyMention, base: CasualtyMention | None, mentions: list[CasualtyMention]) -> bool:
    """An addition told in the clause that explains the total before it, in the total's own sentence, with the victim
    it adds to ('Three people are dead after a man killed his wife and her mother before taking his own life': the
    mother and the gunman are of the three; not 'Two soldiers were killed and another died later', no victim told
    before the addition)."""
    if base is None or m.sentence != base.sentence or m.start < base.end:
        return False
    after = [x for x in mentions if x.sentence == base.sentence and x.start >= base.end]
    return any(not x.additive and x.start < m.start for x in after) and sum(x.best for x in after) <= base.best


def _held_by_toll_after(m: CasualtyMention, base: CasualtyMention | None) -> bool:
    """'Two more people died of their wounds on Monday, raising the death toll to 11': a toll told after the addition in
    its own sentence is the sum with them."""
    return base is not None and base.rule.startswith("death toll") and m.sentence == base.sentence and \
        m.end <= base.start and m.best <= base.best


def _held_by_both_after(m: CasualtyMention, base: CasualtyMention | None) -> bool:
    """'A man was wounded ... shot another man ... Both men were taken to a hospital': a 'both' told after the one more
    holds him."""
    return base is not None and base.all_told and m.start < base.start


def _all_told_after(mentions: list[CasualtyMention], told: list[CasualtyMention]) -> bool:
    """Whether one of mentions is a 'both' (or 'all three') count told after all of told: it holds them."""
    return any(m.all_told and all(t.end <= m.start for t in told) for m in mentions)


def _combine_kind(mentions: list[CasualtyMention]) -> Count | None:
    """Several mentions of one kind in one incident. Reports restate the same toll (title, lead,
    quote), so the largest is taken; a mention marked additive ("another man was wounded") adds."""
    if not mentions:
        return None
    told, extra = _told_counts(mentions)
    # the largest told count (the first of equals, as max keeps it)
    parts = max(told, key=lambda t: sum(m.best for m in t), default=[])
    base = parts[0] if parts else None
    extra = [m for m in extra if not _suicide_restated_after(m, base, mentions, told) and not _told_within(m, base, mentions)
             and not _held_by_both_after(m, base) and not _held_by_toll_after(m, base)]
    added = parts[1:] + extra
    best = sum(m.best for m in parts) + sum(m.best for m in extra)
    low = None if base is None else base.low
    low = None if low is None else low + sum(m.low or 0 for m in added)
    high = None if base is None or base.high is None else base.high + sum(m.high or m.best for m in added)
    rule = base.rule if base else "sum of additive mentions"
    if added and base:
        rule = f"{rule}; plus {len(added)} additive mention(s)"
    if low is None and len(parts) == 1 and not added:
        # "up to 20" (a title's) and "between 15 and 20" (the lead's): the same toll, its low told with its bounds
        low = min((m.low for m in mentions if not m.additive and m.low is not None and m.high == base.best and
                   m.low < m.high), default=None)
    rivals = _other_sources(base, mentions) if len(parts) == 1 else []
    rival = min((m.low if m.low is not None else m.best for m in rivals), default=None)
    if rival is not None and low is not None and rival < low:
        # UCDP: the low estimate is the lowest credible figure, the best is ours to choose (the largest, as for a
        # toll told again)
        low, rule = rival, f"{rule}; low: another source's figure"
    first = min(rivals, key=lambda m: m.start, default=None)
    if first is not None and first.sentence < base.sentence and not base.revision:
        # "... wounding 13, a government spokesman said. A hospital said it had received 20 wounded": the figure told
        # first is the best, another source's larger one told after it the high
        best, high, rule = first.best, max(high or base.best, base.best), f"{rule}; best: the figure told first"
    return Count(low, best, high, rule, mentions, parts + extra if len(parts) > 1 else None)


def _side_counts(told: list[list[CasualtyMention]]) -> list[CasualtyMention]:
    """Each side's told counts: the two groups of a pair are two sides' counts ('Three soldiers and five
    militants'), or together one side's ('two soldiers and three policemen')."""
    out = []
    for t in told:
        if len(t) == 1 or any(m.group != t[0].group for m in t[1:]):
            out.extend(t)
        else:
            lows, highs = [m.low for m in t], [m.high for m in t]
            out.append(replace(t[0], low=None if None in lows else sum(lows), best=sum(m.best for m in t),
                               high=None if None in highs else sum(highs)))
    return out


def _other_sources(base: CasualtyMention | None, mentions: list[CasualtyMention]) -> list[CasualtyMention]:
    """'At least five were killed, according to rights groups, while the doctors' committee said 13': the smaller
    figures other named sources give for the same people (a count of several of the same category; one man
    told by another source may be one of the many). Not a vague word whose range holds the figure ("beheading several
    residents, local sources said ... The raid left nine dead, a monitor said": no other figure, the nine)."""
    if base is None or base.source is None:
        return []
    return [m for m in mentions
            if not m.additive and m.source is not None and m.source != base.source and 2 <= m.best < base.best and
            not (m.high is not None and m.best < m.high and base.best <= m.high) and
            # ("killing 11 people ..., police said. Including the attacker, 12 people died, a police chief said": the
            # eleven he killed, no rival figure for the twelve)
            not (base.rule.endswith(WITH_THE_DOER) and m.best == base.best - 1) and
            m.paragraph == base.paragraph and
            ("unknown" in (m.category, base.category) or m.category == base.category) and
            not _one_side_of_a_total(m, base)]


def _one_side_of_a_total(m: CasualtyMention, base: CasualtyMention) -> bool:
    """'The army said it killed 20 of the attackers. Residents said 25 people were killed in total': one side's dead
    beside a toll of people of no side, which holds them (a part of it, no rival figure for the same people)."""
    return m.force is not None and base.force is None and base.category == "unknown" and m.category != "unknown"


# "killed several of the assailants": a side's dead told by no number (a small vague word) add no guess to another side's
_UNNUMBERED = frozenset(rule for low, high, rule in VAGUE.values() if high < 10)


def _opposite_sides_added(count: Count | None) -> Count | None:
    """'killed more than 30 militants ... Seven soldiers died', 'five civilians were hurt ... three
    soldiers were wounded': the victims of different sides, each told on its own, are different
    people, so the largest count told of each side adds up. A larger count that names no side ("37
    people were killed") already holds them, and "combatants" of no told side may be either. A side's
    dead told by no number ("several of the assailants") add no guess to another side's told toll."""
    if count is None:
        return None
    told, extra = _told_counts(count.mentions)
    largest: dict[str, CasualtyMention] = {}
    for m in _side_counts(told):
        if m.best > 0 and m.group in ("civilians", STATE_FORCES, ARMED_GROUP) and m.rule not in _UNNUMBERED and \
                (m.group not in largest or m.best > largest[m.group].best):
            largest[m.group] = m
    # ("killing two soldiers ... neutralised several of the terrorists": the two told, not a guessed three)
    guessed = len(largest) == 1 and (base := _base(count.mentions)) is not None and base.rule in _UNNUMBERED and \
        base.group in (STATE_FORCES, ARMED_GROUP, "civilians") and base.group not in largest
    if len(largest) < 2 and not guessed:
        return count
    if _total_holds_the_sides(count.mentions, largest):
        return count
    if ARMED_GROUP in largest and largest[ARMED_GROUP].best == 1:
        # "turned the gun on himself ... found the shooter dead in the garage": the doer's one death, told twice
        extra = [m for m in extra if m.rule != SELF_INFLICTED]
    parts = list(largest.values()) + extra
    best = sum(m.best for m in parts)
    if best <= count.best and not guessed:
        return count
    low = None if any(m.low is None for m in parts) else sum(m.low for m in parts)
    high = None if any(m.high is None for m in parts) else sum(m.high for m in parts)
    return Count(low, best, high, "tolls of different sides added", count.mentions, parts)


def _total_holds_the_sides(mentions: list[CasualtyMention], sides: dict[str, CasualtyMention]) -> bool:
    """'Twelve soldiers were killed and the army said its troops killed 30 insurgents ... Sources said 35 people died in
    all': a toll told as that of all, of people of no side, holds each side's count, however they add up."""
    return any(m.all_told and m.kind == KILLED and not m.additive and m.group == "unknown" and
               m.best >= max(s.best for s in sides.values()) for m in mentions)


def _family(m: CasualtyMention) -> str:
    return KILLED if m.kind == KILLED else WOUNDED if m.kind in (WOUNDED, HIT) else m.kind


def _breaks_down_told_toll(m: CasualtyMention, first: CasualtyMention, before: list[CasualtyMention]) -> bool:
    """Whether an addition and the told group just before it split a toll told in an earlier sentence ("Six died at
    the scene and two more died in hospital" after "Eight people were killed"; "Two people died ... A man was found shot
    to death. Another man was taken to a hospital in critical condition, where he died": the two, the one more told in
    his condition before his death, each in a sentence of its own)."""
    if first.sentence == m.sentence:
        told_before = m.sentence
    elif m.kind == KILLED and m.rule.startswith(INJURY_RULE) and m.best == 1 and m.who == "other" and \
            first.sentence < m.sentence:
        told_before = first.sentence
    else:
        return False
    return not first.additive and _family(first) == _family(m) and any(
        _family(o) == _family(m) and not o.additive and o.sentence < told_before and o.best == first.best + m.best
        for o in before)


def _one_more(m: CasualtyMention) -> bool:
    """One person told as besides those told ('another man', 'another victim', 'another'), by no rank ('a third')."""
    return m.best == 1 and m.who == "other" and m.besides and not m.ordinal


def _victims_told_after(m: CasualtyMention, mentions: list[CasualtyMention]) -> bool:
    """Whether m is the shooter's own death told before the dead of his act in its sentence ("killed himself after
    murdering a neighbor"; a bomber's: "The bomber died in the blast, which also killed five soldiers")."""
    return (m.rule == SELF_INFLICTED or m.force == PERPETRATOR) and any(o.kind == KILLED and not o.additive and o.sentence == m.sentence and
                                            o.start > m.end and not same_person(o.who, m.who) for o in mentions)


def _first_is_no_addition(mentions: list[CasualtyMention]) -> list[CasualtyMention]:
    """'A police officer is recovering and another man is dead': 'another' sets the dead man apart
    from the wounded one, it adds to no earlier death. An additive mention adds only to an earlier
    mention of its own kind (the wounded and the hit are one kind here)."""
    seen: set[str] = set()
    pairs: set[tuple[str, int, int]] = set()  # (family, count, and N more) told so far
    out = []
    for m in sorted(mentions, key=lambda m: m.start):
        family = _family(m)
        if not m.additive and family == WOUNDED and m.best == 1 and m.besides and m.who == "other" and \
                (told := [o for o in out if _family(o) == WOUNDED]) and \
                (told[-1].sentence == m.sentence or m.rule in (HURT_OF_ANOTHER_AGE, ONE_MORE_THEN)) and \
                all(o.best == 1 and not o.additive and o.who not in (None, "other") for o in told):
            # "A man was shot in the hip and his friend was grazed": someone besides the one man its sentence tells hurt,
            # one more (not "Two men were shot ... The second victim was taken to a hospital": one of the two; nor a
            # later sentence's "her son got shot", too often the one told before, by whose kin is speaking; but one of
            # another age told next, "A 31-year-old man was shot ... A 27-year-old man was grazed": someone else)
            m = replace(m, additive=True)
        if m.rule == AND_MORE_RULE and out:
            # "shooting two boys and a woman ... shooting two 17-year-old boys and a 45-year-old woman": told again
            pair = (family, out[-1].best, m.best)
            if pair in pairs:
                out.append(replace(m, additive=False))
                continue
            pairs.add(pair)
        if m.additive and out and _breaks_down_told_toll(m, out[-1], out):
            # "Eight people were killed ... Six died at the scene and two more died in hospital": the two among the eight
            out.append(replace(m, additive=False))
            continue
        if m.rule == WOUNDED_DIED_RULE and any(o.rule == m.rule and o.best == m.best for o in out):
            continue  # the dead among the wounded told again (a title, then its body): counted once
        # "a man died ... he killed himself": the one already counted (not the victim told before the doer's own death in
        # its sentence: "A man who police say killed a neighbor later died of a self-inflicted gunshot wound": two)
        same = m.additive and m.who is not None and m.best == 1 and any(
            o.kind == m.kind and o.best == 1 and same_person(o.who, m.who) and
            not (m.rule == SELF_INFLICTED != o.rule and o.sentence == m.sentence) for o in out)
        if m.additive and m.best >= 2 and m.rule not in (AND_MORE_RULE, KIN_RULE) and m.force != PERPETRATOR and any(
                _family(o) == family and (
                (not o.additive and o.best >= m.best + 1 and not (m.besides and not o.rule.startswith("death toll"))) or
                (o.rule == m.rule and o.best == m.best)) for o in out):
            # "Five people were shot ... the boy ... four other victims": the total told before already
            # holds them (not "killing four soldiers. Two more soldiers died of their wounds": besides them, but a
            # toll's "climbed to eight after two more died" holds them); and "two others injured" told
            # again (headline, lead) is the same two
            same = True
        if not m.additive and m.best >= 2 and any(
                o.additive and _family(o) == family and o.best == m.best and o.sentence < m.sentence and
                o.rule not in (AND_MORE_RULE, KIN_RULE) for o in out):
            continue  # "a man was shot and two other people were hurt ... Two teenage girls were injured": the two again
        if m.ordinal and any(_family(o) == family and not o.additive and o.best >= m.ordinal for o in mentions):
            same = True  # "Three men were wounded ... A second man was found a block away": one of the three
        if m.ordinal and m.ordinal <= sum(max((o.best for o in mentions if o.kind == k and not o.additive), default=0)
                                          for k in (KILLED, WOUNDED)):
            # "Two men are dead and another is injured ... A third man was taken to hospital": the hurt one (the dead
            # and the hurt told apart; not those shot, who hold the dead: "Three people were shot, one fatally")
            same = True
        if m.additive and m.besides and m.best == 1 and any(
                o.sentence == m.sentence and o.start < m.start and _family(o) != family for o in out) and not any(
                o.sentence == m.sentence and _family(o) == family for o in out):
            same = True  # "Two men are dead and another is injured": besides the dead, the first hurt of its sentence
        if m.rule == ONE_MORE_OBJECT and any(o.rule == m.rule and _family(o) == family for o in out):
            same = True  # "after allegedly shooting another man" told again (the lead, then the body): the same one
        if m.additive and _one_more(m) and any(
                _family(o) == family and _one_more(o) and o.paragraph != m.paragraph and
                any(o.end <= x.start and x.end <= m.start and not x.additive and x.best and not _one_more(x) for x in mentions)
                for o in out):
            # "One dead, another injured" (the title), "another victim was hit" (the lead), "A 33-year-old man was pronounced
            # dead. Another victim was shot in the back" (the body): the one more told again in each paragraph after its
            # first victim, the same one (not one after another: "A man was shot. Another man was shot. \n\n Another
            # man was grazed" are three; nor in one paragraph, as often two)
            same = True
        # (the dead among the wounded add to a toll told after them too: a title's "Two of the injured died"; and so does
        # the shooter's own death told before his victims' in its sentence: "A man killed himself after shooting his
        # wife and her father to death", three)
        if m.additive and (family not in seen and m.rule != WOUNDED_DIED_RULE and not _victims_told_after(m, mentions) or same):
            m = replace(m, additive=False)
        seen.add(family)
        out.append(m)
    return out


def combine_other(mentions: list[CasualtyMention], kind: str) -> Count | None:
    """Missing or abducted people of one incident, combined as the dead are (largest, plus additions)."""
    use = _first_is_no_addition([m for m in mentions if not m.background and m.kind == kind])
    return _combine_kind(use)


def _people_told_dead(mentions: list[CasualtyMention]) -> int:
    """'A man was found dead ... she was pronounced dead': a man and a woman each told dead are two
    people, whatever the largest single count says (the wounded are not counted so: a man shot and
    'the woman' who called police are too often one victim and a witness). Names are left out:
    spellings, surnames alone and possessives make one person look like several."""
    sexes = {m.who for m in mentions if m.kind == KILLED and m.best == 1 and m.who in ("male", "female")}
    return len(sexes)


def _other_side(hurt: CasualtyMention, dead: list[CasualtyMention]) -> bool:
    """'A home invasion suspect was shot and killed ... they pistol-whipped the resident': a civilian
    hurt beside a dead attacker (or the reverse) is not the one who died; nor is the armed side's man hurt beside a
    force's man dead ('A security guard was shot and killed ... The suspect was found with a gunshot wound')."""
    dead = _told_by_noun(dead)
    categories = {m.category for m in dead}
    if hurt.category == "unknown" or len(categories) != 1 or "unknown" in categories:
        return False
    forces = {m.force for m in dead}
    return hurt.category not in categories or hurt.force is not None and None not in forces and len(forces) == 1 and \
        hurt.force not in forces


def _told_alive_after_the_deaths(hurt: CasualtyMention, mentions: list[CasualtyMention]) -> bool:
    """'... the deputy fired. He died at the scene. The clerk, 61, was taken to a hospital in stable condition': one told
    by a noun in their condition after the dead are told only by a pronoun (one told before) is alive, someone besides
    the dead (one who died is told in a condition before his death: 'in critical condition, where he died'; not after a
    noun's death: 'A woman was found dead ... A 29-year-old woman was found with critical injuries and died'; a
    pronoun's 'He was taken in critical condition' may be another shooting's man)."""
    dead = [m for m in mentions if m.kind == KILLED and m.best]
    return hurt.kind == WOUNDED and hurt.rule.startswith(INJURY_RULE) and "pronoun" not in hurt.rule and bool(dead) and \
        all(m.sentence < hurt.sentence and "pronoun" in m.rule for m in dead)


def _told_by_noun(dead: list[CasualtyMention]) -> list[CasualtyMention]:
    """The dead told by a noun, where any is ('A security guard was shot and killed ... He died': the pronoun is one told
    before, of his told side)."""
    return [m for m in dead if "pronoun" not in m.rule] or dead


def _sides_apart(hit: list[CasualtyMention], dead: list[CasualtyMention]) -> bool:
    """Those shot are all of one force and the dead all of the other (state forces or an armed group), or those
    shot are civilians and the dead the armed group ('shot a customer ... the owner shot the gunman, who died'; not
    the reverse: 'the burglar was shot ... the homeowner who fatally shot her son', one man)."""
    hit_sides = {m.group for m in hit}
    told = _told_by_noun(dead)
    # (the same toll told again with no noun is of the side the noun gives: a title's "raid leaves eight dead", the
    # body's "police killed eight suspects")
    sided = {m.best for m in told if m.group != "unknown"}
    dead_sides = {m.group for m in told if m.group != "unknown" or m.best not in sided}
    return len(hit_sides) == 1 and len(dead_sides) == 1 and (
        hit_sides | dead_sides == {STATE_FORCES, ARMED_GROUP} or (hit_sides, dead_sides) == ({"civilians"}, {ARMED_GROUP}))


def _force_beside_no_side(hit: CasualtyMention, mentions: list[CasualtyMention]) -> bool:
    """'Officers shot and killed a man ... One officer was struck in the arm': a force's man hit beside dead
    who are of no side is not the one who died (the dead would be told as officers)."""
    dead = {m.category for m in mentions if m.kind == KILLED and m.best}
    return hit.category == "combatants" and dead == {"unknown"}


def _not_of_force(dead: CasualtyMention, hurt: CasualtyMention) -> bool:
    """A death told by a noun of no side ('the man', 'the driver') or of the other force ('the suspect' beside an
    officer hurt)."""
    return dead.category == "unknown" or dead.force is not None and hurt.force is not None and dead.force != hurt.force


def _force_beside_dead_told_apart(hurt: CasualtyMention, mentions: list[CasualtyMention]) -> bool:
    """'A trooper was shot in the arm and the man who shot him was killed', 'An officer was shot in the leg ... the
    suspect died': the dead told by a noun of no side or of the other force are not the force's man hurt; a name or a
    pronoun of its own ('Smith died', 'He died') may be him. A pronoun of one told before ('returned fire, killing
    him') is one of those nouns again, whatever side its guessed antecedent gives it."""
    if hurt.category != "combatants":
        return False
    dead = [m for m in mentions if m.kind == KILLED and m.best]
    if any(m.rule == "pronoun" or (m.who or "").startswith("name:") for m in dead):
        return False
    told = [m for m in dead if "pronoun" not in m.rule]
    return bool(told) and all(_not_of_force(m, hurt) for m in told)


def _later_death_of_the_other(mentions: list[CasualtyMention]) -> list[CasualtyMention]:
    """'One of them died at the scene. The second victim was taken to a hospital in critical condition. He died
    Tuesday' ('... the other was flown to a trauma center. UPDATE: The second victim has died'): a pronoun's death, or
    the other's, told right after the one besides the dead told hurt (in a sentence of its own) is his, one of the hurt
    who died since, not the first death told again (not after 'one person was killed and another hurt': his own death
    may follow, 'Richardson was rushed to a hospital, where he died')."""
    ordered = sorted(mentions, key=lambda m: m.start)
    out = []
    for k, m in enumerate(ordered):
        prev = ordered[k - 1] if k else None
        if m.kind == KILLED and (m.rule == "pronoun" or m.who == "other" and m.besides) and m.best == 1 and \
                not m.additive and prev is not None and \
                prev.kind in (WOUNDED, HIT) and prev.best == 1 and prev.besides and prev.who == "other" and \
                not prev.additive and prev.sentence < m.sentence and \
                any(o.kind == KILLED and o.best and o.start < prev.start for o in ordered):
            m = replace(m, rule=WOUNDED_DIED_RULE, additive=True, besides=True, who="other")
        out.append(m)
    return out


def _shooter_hurt_besides(mentions: list[CasualtyMention]) -> list[CasualtyMention]:
    """'A clerk was shot ... deputies shot the suspected robber', 'Two men were wounded ... an officer shot the gunman':
    the shooter hurt (one man told as the armed side) beside civilians or a force's men hurt, or a count of others, is
    one more, whom their count does not hold (GVA counts everyone hurt in the incident); told again ('The suspect was
    also taken to the hospital'), he is the same one. Not where a death may be his ('He died'): beside no dead but
    victims told as such."""
    shooter = [m for m in mentions if _family(m) == WOUNDED and m.best == 1 and m.force == ARMED_GROUP]
    if not shooter or any(m.kind == KILLED and m.best and m.category not in ("civilians", "combatants") or
                          m.kind == KILLED and m.best and m.force == ARMED_GROUP or
                          _family(m) == WOUNDED and m.who == "doer" for m in mentions):
        return mentions  # (or where his own wound is told apart: "shot himself")
    if any(SHOOTER_AMONG in m.rule for m in mentions if _family(m) == WOUNDED):
        return mentions  # "An officer and a suspect were hurt": held by their count
    first = min(shooter, key=lambda m: m.start)
    others = sorted((m for m in mentions if _family(m) == WOUNDED and m.best and m not in shooter), key=lambda m: m.start)
    largest = max(others, key=lambda m: m.best, default=None)  # (the first of equals)
    if largest is None or largest.start > first.start or not (
            largest.group in ("civilians", STATE_FORCES) or largest.best >= 2 and largest.group == "unknown" or
            largest.rule == ONE_MORE_OBJECT):  # ("after allegedly shooting another man": someone besides the shooter)
        return mentions  # (a count told after him may hold him: "Both men were taken to a hospital", "All three")
    if largest.all_told:
        # "a man shot a gas station attendant, then was shot by an officer; both were taken to the hospital": those
        # its sentence told, whom the finder may have missed, he among them
        return mentions
    return [replace(m, additive=True, besides=True, who="doer") if m is first else m for m in mentions
            if m is first or m not in shooter]


def _claims_outcounted(use: list[CasualtyMention]) -> list[CasualtyMention]:
    """Rival claims: the doer's claim of the dead of a side the side itself (or another source) counts fewer ("JNIM
    claimed to have killed eight soldiers" - "The army said three of its soldiers were killed"): UCDP and ACLED take the
    conservative figure, the claim's is dropped. So too against another source's count of the dead of no told side ("A
    militia spokesman said his fighters had killed 15 rebels. Local groups said 11 people were killed in the fighting"):
    the dead of the fighting, the claimed among them."""
    claims = [m for m in use if m.source == CLAIMED]
    if not claims:
        return use
    return [m for m in use if m.source != CLAIMED or not any(
        o.source != CLAIMED and not o.additive and o.kind == m.kind and o.group in (m.group, "unknown") and o.best < m.best
        and o.best >= 2 for o in use)]


def combine(mentions: list[CasualtyMention]) -> tuple[Count | None, Count | None]:
    """(killed, wounded) for one incident. People who were 'shot' and whose fate is not told
    otherwise count as wounded: shot minus killed, unless the wounded are given outright."""
    use = _first_is_no_addition(_later_death_of_the_other(_lists_as_counts([m for m in mentions if not m.background])))
    use = _claims_outcounted(use)
    dead = [m.who for m in use if m.kind == KILLED and m.who and m.best == 1]
    if dead:  # the one who was shot, or wounded, and then died is no wounded survivor
        one_dead = _combine_kind([m for m in use if m.kind == KILLED])
        if one_dead is not None and one_dead.best == 1:
            # one death told several ways ('a man died', 'Harbin was pronounced dead'): one person,
            # whose sex a single mention may give; a woman wounded beside him is someone else
            sexes = {d for d in dead if d in ("male", "female")}
            if len(sexes) == 1:
                sex = next(iter(sexes))
                dead = [sex if d.startswith("name:") or d == "person" else d for d in dead]
            if any(m.rule == ONE_MORE_OBJECT for m in use if m.kind == KILLED):
                # "A man was wounded by a guard after he shot and killed another man ... The man who was shot died": the
                # one death is the other man's, not the one told before him
                dead = ["other"]
        dead_ones = [m for m in use if m.kind == KILLED and m.who and m.best == 1]
        use = [m for m in use if m.kind not in (WOUNDED, HIT) or m.additive or m.best != 1 or
               not any(same_person(m.who, d) for d in dead) or _other_side(m, dead_ones) or
               _force_beside_dead_told_apart(m, use) or _told_alive_after_the_deaths(m, use)]
    use = _shooter_hurt_besides(use)
    killed = _opposite_sides_added(_combine_kind([m for m in use if m.kind == KILLED]))
    # "A second person has died after a shooting last Saturday": the dead are at least that many
    if killed is not None and (n := max((m.ordinal for m in killed.mentions), default=0)) > killed.best:
        killed = Count(n, n, n, "dead, up to the one told by its place", killed.mentions)
    told_apart = _people_told_dead(use)
    if killed is not None and told_apart > killed.best:
        killed = Count(told_apart, told_apart, told_apart, f"{told_apart} people told dead one by one", killed.mentions)
    wounded = _opposite_sides_added(_combine_kind([m for m in use if m.kind == WOUNDED]))
    hit = _opposite_sides_added(_combine_kind([m for m in use if m.kind == HIT]))
    if hit is not None:
        # the dead among those shot are not wounded; "another man was also shot" is someone else
        # (kin shot beside one shot are of those shot, where the dead were told with their kin as well: "killed a
        # village head and his wife ... shot the traditional ruler and his wife" is the two dead, told again)
        kin_dead = killed is not None and any(m.rule == KIN_RULE for m in killed.mentions)
        base = max((m for m in hit.mentions if not m.additive), key=lambda m: m.best, default=None)
        # (nor those shot in the clause that explains a toll of the dead before them: "Three people are dead after a man
        # shot his wife and her sister before killing himself": the sister is of the three)
        extra = sum(m.best for m in hit.mentions if m.additive and not (kin_dead and m.rule == KIN_RULE) and
                    not _held_by_both_after(m, base) and
                    not any(_told_within(m, k, use) for k in (killed.mentions if killed else ()) if not k.additive))
        # one person shot who is plainly not the one who died ("Hoy was taken to a hospital")
        # (or any one told shot besides: "his wife shot him ... and then herself" - "the man was taken to a hospital";
        # "another person was also shot" after the death is told)
        first_death = min((m.start for m in use if m.kind == KILLED), default=None)
        # (not where a pronoun after them in the clause that shot them tells the death: "shot his wife and her
        # boyfriend, killing her and wounding him" - the dead is one of those shot, whoever is told alive)
        dead_of_those_shot = killed is not None and base is not None and any(
            k.sentence == base.sentence and k.start > base.end and k.rule == PARTICIPLE_PRONOUN_KILLED
            for k in killed.mentions)
        # (one told apart from the dead told one by one is alive only where those are all the dead: "found a male and a
        # female deceased ... the male shot the female before turning the gun on himself" - the female is of the two)
        all_dead_told_apart = killed is None or len(set(dead)) >= killed.best
        # (one told as besides after the first death is alive where the dead are told by a count too: "One man was killed
        # ... Another man was shot in the leg")
        alive = base is not None and base.best == 1 and "other" not in dead and not dead_of_those_shot and any(
            m.best == 1 and not m.additive and (
                dead and (m.who not in (None, "other", "person") and all_dead_told_apart and
                          not any(same_person(m.who, d) for d in dead) or
                          _force_beside_no_side(m, use) or _force_beside_dead_told_apart(m, use)) or
                m.besides and first_death is not None and m.start > first_death)
            for m in hit.mentions)
        # ("An officer sustained gunshot wounds ... Two of the attackers were killed": the dead are the other side's)
        alive = alive or killed is not None and _sides_apart(hit.mentions, killed.mentions)
        # ("shot and killed his wife and then shot himself. He survived": the one shot is the shooter, alive)
        alive = alive or base is not None and base.best == 1 and any(
            m.rule == SELF_WOUNDED and not m.additive for m in hit.mentions)
        rest = max(hit.best - extra - (0 if alive else killed.best if killed else 0), 0) + extra
        # "four victims suffering from gunshot wounds ... the remaining victim is hospitalized":
        # those told wounded may be a part of those shot
        told_none = wounded is not None and all(m.rule.startswith("none reported") for m in wounded.mentions)
        # ("A man was shot ... and a bystander walking nearby was grazed. Both were taken to a hospital": a 'both' told
        # after them holds them)
        held = base is not None and base.all_told and wounded is not None and all(
            m.start < base.start for m in wounded.mentions)
        if rest > 0 and wounded is not None and all(m.additive for m in wounded.mentions) and not held:
            # "a man was shot and two other people were hurt fleeing": the others are besides those shot; one told by
            # its place ("two men were shot ... a third man was grazed") makes the count of all hit that, the dead too
            n = max(rest + sum(m.best for m in wounded.mentions if not m.ordinal),
                    max((m.ordinal for m in wounded.mentions), default=0) - (killed.best if killed else 0))
            wounded = Count(n, n, n, "shot minus killed, plus others hurt", hit.mentions + wounded.mentions)
        elif base is None and wounded is not None and not told_none and \
                (n := max((m.ordinal for m in hit.mentions), default=0) - (killed.best if killed else 0)) > wounded.best:
            # "Four people were hurt ... a fifth person was shot in the foot": the fifth (not "a second man was shot"
            # after "two men were injured": one of the two)
            wounded = Count(n, n, n, "hurt, up to the one told by its place", wounded.mentions + hit.mentions)
        elif base is None and wounded is not None and wounded.best == 1 and not told_none and \
                any(m.rule == ONE_MORE_OBJECT for m in hit.mentions) and \
                all(m.start > w.start for m in hit.mentions for w in wounded.mentions):
            # "A man was wounded ... The gunman then shot another man in the back": the one more is besides the wounded
            # man told before him (no count of all those shot told)
            n = wounded.best + extra
            wounded = Count(n, n, n, "hurt, plus one more shot", wounded.mentions + hit.mentions)
        elif rest > 0 and (wounded is None or wounded.best < rest) and not told_none:
            wounded = Count(rest, rest, rest, "shot minus killed", hit.mentions + (wounded.mentions if wounded else []))
    # the shooter's own wound, besides the hurt told by their own count ("wounded two people before turning the gun
    # on himself. He is in critical condition")
    # (not where a "both" told after his wound holds him: "shot his neighbor, then turned the gun on himself ... Both men
    # were hospitalized")
    self_hurt = [m for m in use if m.rule == SELF_WOUNDED and m.additive]
    if wounded is not None and self_hurt and not any(m in wounded.mentions for m in self_hurt) and \
            not _all_told_after(wounded.mentions, self_hurt):
        n = wounded.best + len(self_hurt)
        wounded = Count(n, n, n, "hurt, plus the shooter's own wound", wounded.mentions + self_hurt)
    return killed, _less_the_dead(wounded, use)


def _lists_as_counts(mentions: list[CasualtyMention]) -> list[CasualtyMention]:
    """A release's casualty list ("Victim 1: ... deceased", "Victim 2: ... stable condition") is one told count of
    each kind: its lines are distinct people (a line is its own person whatever its sex or name: three "male" lines are
    three, "Deceased: Anthony Reyes" and "Deceased: Linda Reyes" two, the hurt one is not the dead one), counted
    together and weighed as one count against the narrative's ("Two people were shot": the same two)."""
    lines: dict[str, list[CasualtyMention]] = {}  # dead or hurt -> its lines
    for m in mentions:
        if m.rule == LIST_LINE_RULE:
            lines.setdefault(_family(m), []).append(m)
    if sum(len(g) for g in lines.values()) < 2:
        return mentions  # (one line alone: the one person it tells)
    out = []
    for m in mentions:
        group = lines.get(_family(m)) if m.rule == LIST_LINE_RULE else None
        if group is None:
            out.append(m)
        elif m is group[0]:
            n = sum(x.best for x in group)
            # (no one's sex or name: a hurt one beside the list's dead is someone else)
            out.append(replace(m, low=sum(x.low or x.best for x in group), best=n, high=sum(x.high or x.best for x in group),
                               end=group[-1].end, who=None, besides=False))
    return out


def _less_the_dead(wounded: Count | None, mentions: list[CasualtyMention]) -> Count | None:
    """The wounded less those of them told to have died since ('Two of the wounded later died', 'The second victim was
    taken to a hospital. He died Tuesday'): each victim is counted once, dead or wounded."""
    died = max((m.best for m in mentions if m.rule == WOUNDED_DIED_RULE), default=0)  # (a title tells them again)
    if wounded is None or not died or wounded.best < died:
        return wounded
    return replace(wounded, low=max((wounded.low or wounded.best) - died, 0), best=wounded.best - died,
                   high=(wounded.high or wounded.best) - died)
