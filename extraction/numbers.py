"""Quantities in English news text: "80", "seven", "twenty-one", "a dozen", "dozens",
"at least 20", "up to 50", "between 10 and 15", "some 2,500" -> low / best / high plus the rule used.

Conventions (UCDP GED): the best estimate is conservative; "at least N" is low N, best N; a vague
quantity ("dozens") becomes a range whose best is its lower bound, and the rule says so. Hand-written
rather than text2num/word2number because every quantity must keep its character span in the report
(rewriting the text would shift all evidence offsets) and a single compiled regex is fast.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass

from .matching import literal_words

UNITS = {
    "zero": 0, "no": 0, "none": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "dozen": 12}  # ("two dozen": 24, not two)
# words for a pair/couple are exact enough to count
SMALL_EXACT = {"a dozen": 12, "one dozen": 12, "half a dozen": 6, "a couple of": 2, "a couple": 2,
               "a pair of": 2, "both": 2, "twin": 2, "a single": 1, "single": 1,
               "a score of": 20}  # ("a score of displaced people": twenty; "scores of" is vague, below)

# Vague quantities: (low, high, rule). Best = low (conservative).
VAGUE = {
    "a few": (2, 5, "'a few' = 2-5, best = lower bound"),
    "few": (2, 5, "'few' = 2-5, best = lower bound"),
    "a handful of": (2, 5, "'a handful' = 2-5, best = lower bound"),
    "several": (3, 9, "'several' = 3-9, best = lower bound"),
    "a number of": (2, 9, "'a number of' = 2-9, best = lower bound"),
    "multiple": (2, 9, "'multiple' = 2-9, best = lower bound"),
    "numerous": (10, 99, "'numerous' = 10-99, best = lower bound"),
    "many": (10, 99, "'many' = 10-99, best = lower bound"),
    "tens of": (20, 99, "'tens of' = 20-99, best = lower bound"),
    "dozens of": (24, 99, "'dozens' = 24-99 (at least two dozen), best = lower bound"),
    "dozens": (24, 99, "'dozens' = 24-99 (at least two dozen), best = lower bound"),
    "scores of": (40, 199, "'scores' = 40-199 (at least two score), best = lower bound"),
    "scores": (40, 199, "'scores' = 40-199 (at least two score), best = lower bound"),
    "hundreds of": (200, 999, "'hundreds' = 200-999, best = lower bound"),
    "hundreds": (200, 999, "'hundreds' = 200-999, best = lower bound"),
    "thousands of": (2000, 9999, "'thousands' = 2,000-9,999, best = lower bound"),
    "thousands": (2000, 9999, "'thousands' = 2,000-9,999, best = lower bound"),
}

# (each list of words grouped by first letter, longest first within one: re tries only the words of the letter at hand,
# where it tries every word in turn, a hundred at a word that starts no quantity; see matching.literal_words)
_WORD = literal_words(sorted([*UNITS.keys() - {"no", "none"}, *TENS, *SCALES], key=len, reverse=True))
_WORDS = rf"(?:{_WORD})(?:(?:[\s-]+|\s+and\s+)(?:{_WORD}))*"
_DIGITS = r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+|)"
# ("(?:X|)", not "(?:X)?": the same tries, but re sets up no repetition for it)
_DIGITS_SCALED = rf"(?:{_DIGITS})(?:\s+(?:hundred|thousand|million)|)"
_EXACT_PHRASE = literal_words(sorted(SMALL_EXACT, key=len, reverse=True))
_VAGUE_PHRASE = literal_words(sorted(VAGUE, key=len, reverse=True))
_CORE = rf"(?:{_EXACT_PHRASE}|{_DIGITS_SCALED}|{_WORDS}|a\s+(?:hundred|thousand))"

# modifier -> kind; longest first in the regex
MODIFIERS = {
    "at least": "min", "no fewer than": "min", "no less than": "min", "a minimum of": "min",
    "more than": "over", "over": "over", "upwards of": "over", "in excess of": "over",
    "exceeding": "over",
    "up to": "max", "as many as": "max", "at most": "max", "no more than": "max",
    "a maximum of": "max",
    "fewer than": "under", "less than": "under", "under": "under",
    "nearly": "nearly", "almost": "nearly", "close to": "nearly", "just under": "nearly",
    "about": "approx", "around": "approx", "approximately": "approx", "some": "approx",
    "roughly": "approx", "an estimated": "approx", "estimated": "approx", "circa": "approx",
    "an approximate": "approx", "approx.": "approx",
}
_MOD = literal_words(sorted(MODIFIERS, key=len, reverse=True))
# a range told as roughly that ("some 30-40 fighters", "about 10 to 15"): the range itself, the word adds nothing
_APPROX_MOD = literal_words([k for k in sorted(MODIFIERS, key=len, reverse=True) if MODIFIERS[k] == "approx"])

QUANTITY_PATTERN = (
    rf"(?:(?P<between>between)\s+(?P<a>{_CORE})\s+and\s+(?P<b>{_CORE})"
    rf"|(?:(?:{_APPROX_MOD})\s+|)(?:(?P<ra>{_CORE})\s+(?:to|or)\s+(?P<rb>{_CORE})"
    rf"|(?P<da>{_DIGITS})\s*[-–]\s*(?P<db>{_DIGITS}))"
    rf"|(?:(?P<mod>{_MOD})\s+|)(?P<core>{_CORE})(?:(?P<or_so>\s+or\s+so)|)"
    rf"|(?P<vague>{_VAGUE_PHRASE}))"
)
# the words a quantity can start with (besides a digit)
QUANTITY_FIRST_WORDS = sorted({k.split()[0] for k in [*SMALL_EXACT, *MODIFIERS, *VAGUE, *UNITS, *TENS, *SCALES,
                                                      "between", "a"]})
QUANTITY_RE = re.compile(rf"(?<![\w$.,-])(?:{QUANTITY_PATTERN})(?![\w%$])", re.IGNORECASE)


@dataclass(slots=True)
class Quantity:
    low: int | None
    best: int
    high: int | None
    rule: str
    start: int
    end: int
    text: str


def words_to_int(words: str) -> int | None:
    """'twenty-one' -> 21, 'one hundred and five' -> 105, '2,500' -> 2500, '1.5 million' -> 1500000."""
    s = words.lower().strip()
    if s in SMALL_EXACT:
        return SMALL_EXACT[s]
    m = re.fullmatch(rf"({_DIGITS})(?:\s+(hundred|thousand|million))?", s)
    if m:
        value = float(m.group(1).replace(",", ""))
        if m.group(2):
            value *= SCALES[m.group(2)]
        return int(value) if value == int(value) else None
    total = current = 0
    seen = False
    for token in re.split(r"[\s-]+", s):
        if token in ("and", ""):
            continue
        if token in ("a", "an"):
            token = "one"
        if token in UNITS:
            current += UNITS[token]
        elif token in TENS:
            current += TENS[token]
        elif token == "hundred":
            current = (current or 1) * 100
        elif token in SCALES:
            total += (current or 1) * SCALES[token]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def _from_match(m: re.Match) -> Quantity | None:
    start, end, text = m.start(), m.end(), m.group(0)
    if m.group("between") or m.group("ra") or m.group("da"):
        a = words_to_int(m.group("a") or m.group("ra") or m.group("da"))
        b = words_to_int(m.group("b") or m.group("rb") or m.group("db"))
        if a is None or b is None or a >= b:
            return None
        return Quantity(a, a, b, "range: best = lower bound", start, end, text)
    if m.group("vague"):
        low, high, rule = VAGUE[m.group("vague").lower()]
        return Quantity(low, low, high, rule, start, end, text)
    n = words_to_int(m.group("core"))
    if n is None:
        return None
    # ("a dozen or so": about a dozen)
    kind = MODIFIERS.get((m.group("mod") or "").lower()) or ("approx" if m.group("or_so") else None)
    if kind is None:
        return Quantity(n, n, n, "exact", start, end, text)
    if kind == "min":
        return Quantity(n, n, None, "'at least N': low = best = N", start, end, text)
    if kind == "over":
        return Quantity(n + 1, n + 1, None, "'more than N': low = best = N+1", start, end, text)
    if kind == "max":
        return Quantity(None, n, n, "'up to N': best = high = N", start, end, text)
    if kind == "under":
        return Quantity(None, max(n - 1, 0), max(n - 1, 0),
                        "'fewer than N': best = high = N-1", start, end, text)
    if kind == "nearly":
        return Quantity(math.ceil(n * 0.9), n, n, "'nearly N': 90% of N to N, best = N",
                        start, end, text)
    return Quantity(math.ceil(n * 0.9), n, math.floor(n * 1.1),
                    "'about N': +-10%, best = N", start, end, text)


def parse_quantity(text: str) -> Quantity | None:
    """The quantity that makes up the whole of `text`, or None."""
    m = QUANTITY_RE.fullmatch(text.strip())
    return _from_match(m) if m else None


def find_quantities(text: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    """Every quantity in text[start:end], spans in `text` coordinates."""
    found = []
    for m in QUANTITY_RE.finditer(text, start, len(text) if end is None else end):
        q = _from_match(m)
        if q is not None:
            found.append(q)
    return found
