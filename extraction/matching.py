"""Fast case-insensitive matching for the big alternations (triggers, dates, aliases).

Python's re is several times slower with IGNORECASE than on lower-cased text with a lower-cased
pattern, and much faster again when the pattern is only tried where a word starts. fold() keeps
every character offset, so spans found on the folded text index the original text."""
from __future__ import annotations

import re
import sys
from re import _parser  # (a pattern's least width: GroupsWhereFound)

# the word gates, shared with the geoparser (imported from here by extraction's modules)
from geocoding.gates import fewest_words, holds_a_word, holds_case_odd, may_hold  # noqa: F401

_PATTERN_TOKEN = re.compile(r"\\.|\(\?P<[^>]+>|\(\?P=\w+\)|\(\?<?[=!]|[^\\(]+|\(")


def fold(text: str) -> str:
    """text.lower() with the same length (a few Unicode letters lower-case to two characters)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def folded_regex(pattern: str, *, word_start: bool = True) -> re.Pattern:
    """Compile `pattern` for matching on fold()ed text: literal letters lower-cased (escapes such
    as \\S and group names kept); with word_start, tried only where a word begins."""
    body = _PATTERN_TOKEN.sub(lambda m: m.group(0) if m.group(0).startswith(("\\", "(?P")) else m.group(0).lower(),
                              pattern)
    # '\b' first: inside a word re fails it at once, where a lookahead first costs a call at every character
    return re.compile(rf"{_WORD_START}{body})" if word_start else body)


_WORD_START = r"\b(?=\w)(?:"  # (folded_regex's opening)


def alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a regex pattern ('a|b(?:c|d)' -> ['a', 'b(?:c|d)'])."""
    found, depth, start = [], 0, 0
    for m in _ALTERNATION_TOKEN.finditer(pattern):
        token = m.group(0)
        if token.startswith("("):
            depth += 1
        elif token == ")":
            depth -= 1
        elif token == "|" and depth == 0:
            found.append(pattern[start:m.start()])
            start = m.end()
    found.append(pattern[start:])
    return found


_ALTERNATION_TOKEN = re.compile(r"\\.|\[(?:\\.|[^\]\\])+\]|\(|\)|\|")  # escapes and classes skipped whole


# escapes and classes (a ']' first in one is in it) skipped whole; a named group's opening; a plain group's
_CAPTURE_TOKEN = re.compile(r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]|\(\?P<\w+>|\((?!\?)")


def uncaptured(pattern: str) -> str:
    """pattern with every capturing group, named or not, made non-capturing: '(?P<d>\\d+)(x)' -> '(?:\\d+)(?:x)'."""
    return _CAPTURE_TOKEN.sub(lambda m: "(?:" if m.group(0).startswith("(") else m.group(0), pattern)


class GroupsWhereFound:
    """A regex with many groups, searched for by a copy without them, its groups set only where that copy finds
    a match. re's cost of a try grows with the number of each group it sets (it clears every mark below it), and
    a regex tried at every word fails far more often than it matches: DATE_RE's 87 groups cost 85 us of a seed
    report against 52 for the copy. The same matches, as a pattern with no backreference or conditional (whose
    matches its groups decide) and no empty match (whose finditer the copy would continue otherwise) has.

    A pattern tried only where a word starts (folded_regex's) is searched for by the character before the word: re
    scans for a pattern that opens on a character class in C, where it tries '\\b' by a call at every character
    (the text's first word, with no character before it, is tried on its own)."""

    def __init__(self, regex: re.Pattern, by_first: dict[str, re.Pattern] | None = None) -> None:
        """by_first: the regex as one pattern for each character its matches open with (of its alternatives those that
        open with that character, with their groups): a match found is set by that character's, whose groups are
        fewer (TRIGGER_RE's 523 against up to 60)."""
        if "(?P=" in regex.pattern or "(?(" in regex.pattern or re.search(r"(?<!\\)\\[1-9]", regex.pattern):
            raise ValueError("a pattern whose groups decide its matches")
        self.regex = regex
        self._by_first = by_first or {}
        copy = uncaptured(regex.pattern)
        self._copy = re.compile(copy, regex.flags)
        if self._copy.groups:
            raise ValueError("a group left in the copy")
        # '\W(?=\w)X' matches at i - 1 where '\b(?=\w)X' matches at i > 0 (the same X tried at i); only for a pattern
        # that is one such sequence and matches no empty string (the search goes on after a match's end less one)
        self._after_gap = re.compile(r"\W" + copy[2:], regex.flags) \
            if copy.startswith(_WORD_START) and len(alternatives(copy)) == 1 and not regex.flags & re.VERBOSE and \
            _parser.parse(copy, regex.flags).getwidth()[0] > 0 else None

    def _start(self, text: str, pos: int, endpos: int) -> int:
        """Where the regex's first match at or after pos (within endpos) starts; -1 if none."""
        if self._after_gap is None:
            found = self._copy.search(text, pos, endpos)
            return -1 if found is None else found.start()
        if pos <= 0:
            if self._copy.match(text, 0, endpos) is not None:
                return 0
            pos = 1
        found = self._after_gap.search(text, pos - 1, endpos)
        return -1 if found is None else found.start() + 1

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        start = self._start(text, pos, endpos)
        return None if start < 0 else self._by_first.get(text[start], self.regex).match(text, start, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        return self.regex.match(text, pos, endpos)  # (one try: the copy would spare nothing)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        if self._after_gap is None:
            for found in self._copy.finditer(text, pos, endpos):
                yield self._by_first.get(text[found.start()], self.regex).match(text, found.start(), endpos)
            return
        by_first, regex, after_gap = self._by_first, self.regex, self._after_gap
        if pos <= 0:  # (the text's first word, with no character before it: see _start)
            found = self._copy.match(text, 0, endpos) and by_first.get(text[0], regex).match(text, 0, endpos)
            if found:
                yield found
            pos = found.end() if found else 1
        # (_start's search inlined: a call for each match costs more than the search itself in a seed report)
        while (gap := after_gap.search(text, pos - 1, endpos)) is not None:
            start = gap.start() + 1
            found = by_first.get(text[start], regex).match(text, start, endpos)
            yield found
            pos = found.end()  # (never empty: see __init__)


def fewest_first(item: str, most: int) -> str:
    """item{0,most}? as nested alternatives that try none first ("(?:|X(?:|X))" for 2): the same tries in the same
    order, without the repetition re sets up (an allocation) each time it enters "{0,n}?" of a group, at every place
    the pattern is tried (casualties' noun phrases: at every word). (For an item with no group of its own: a repeated
    one keeps its last.)"""
    nested = ""
    for _ in range(most):
        nested = f"(?:|{item}{nested})"
    return nested


_OPTIONAL_TOKEN = re.compile(r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]|\(|\)\?(?![?+])|\)")


def optionals_as_branches(pattern: str) -> str:
    """pattern with each of its outermost groups "(...)?" written "(...|)": the same tries in the same order, without
    the repetition re sets up (an allocation) each time it enters "(...)?" (for non-capturing groups only)."""
    out, depth, last = [], 0, 0
    for m in _OPTIONAL_TOKEN.finditer(pattern):
        token = m.group(0)
        if token == "(":
            if depth == 0 and not pattern.startswith("(?:", m.start()):
                raise ValueError("a capturing or lookaround group")
            depth += 1
        elif token.startswith(")"):
            depth -= 1
            if depth == 0 and token == ")?":
                out.append(pattern[last:m.start()] + "|)")
                last = m.end()
    out.append(pattern[last:])
    return "".join(out)


def leading_group(pattern: str) -> tuple[str, str] | None:
    """'(?:a|b)c' -> ('a|b', 'c'); None unless the pattern starts with a non-capturing group that
    is not repeated."""
    if not pattern.startswith("(?:"):
        return None
    depth = 0
    for m in _ALTERNATION_TOKEN.finditer(pattern):
        token = m.group(0)
        depth += 1 if token == "(" else -1 if token == ")" else 0
        if depth == 0:
            rest = pattern[m.end():]
            return None if rest[:1] in ("?", "*", "+", "{") else (pattern[3:m.start()], rest)
    return None


def spread_leading_group(alternative: str) -> list[str]:
    """'(?:fired|shot)\\s+at' -> ['fired\\s+at', 'shot\\s+at']: a leading group spread over the rest
    (tried in the same order, so the same match), until each alternative starts with its letter."""
    group = leading_group(alternative)
    if group is None:
        return [alternative]
    inner, rest = group
    return [spread + rest for part in alternatives(inner) for spread in spread_leading_group(part)]


def by_first_letter(parts: list[tuple[str, str]], second: bool = False) -> str:
    """An alternation of (first letter, rest) patterns, the first letter one literal character (as
    matched: lower case for folded text), grouped by that letter in their order within a group: re
    then tries only the group whose letter stands at a position, where a plain alternation tries
    every alternative in turn. It matches as the plain alternation does, because alternatives that
    start with different letters never match at the same place. With second, each letter's group is
    grouped again by the letter after it (see _by_second_letter)."""
    groups: dict[str, list[str]] = {}
    for letter, rest in parts:
        groups.setdefault(letter, []).append(rest)
    return "|".join(f"{letter}(?:{_by_second_letter(rests) if second else '|'.join(rests)})"
                    for letter, rests in groups.items())


def _by_second_letter(rests: list[str]) -> str:
    """The rests of one first letter's alternatives grouped again by their own first letter, where every one opens
    with a lower-case letter that no quantifier follows (else as they are): two letters read before re tries the
    alternatives that share them, not every alternative of the first letter in turn."""
    if len(rests) > 1 and all(r[:1].isalpha() and r[:1].islower() and r[1:2] not in ("?", "*", "+", "{") for r in rests):
        return by_first_letter([(r[0], r[1:]) for r in rests])
    return "|".join(rests)


def literal_words(words) -> str:
    """Literal words (spaces in them kept) as an alternation grouped by first letter (see by_first_letter):
    re tries only the group of the letter at hand instead of every word in turn. For checks and
    alternations where the words' order only matters among words of one first letter."""
    return by_first_letter([(w[0], re.escape(w[1:])) for w in words])


def _may_overlap(a: str, b: str) -> bool:
    """Whether two different atoms of prefix_tree may match the same character: a run of blanks and one
    blank, or the two apostrophes and a class of both."""
    blanks = [x == r"\s+" or x.startswith("\\") and x[1:].isspace() or x.isspace() for x in (a, b)]
    apostrophes = [x in ("'", "’", "['’]") for x in (a, b)]
    return all(blanks) or all(apostrophes)


def prefix_tree(alternatives: list[list[str]]) -> str:
    r"""Alternatives given as sequences of atoms (one literal character each, escaped or not, r'\s+' or
    "['’]"), as one alternation in which those that begin alike share their common beginning, level by
    level (a trie): re then tries each atom once at a position instead of every alternative in turn. It
    matches as "|".join of the alternatives does, in their order: alternatives parted at an atom never both
    match at one position (where two atoms of a level may match one character, that level stays a plain
    alternation), the order within a branch is kept, and an alternative that ends at a level is tried
    after the longer ones there, so it must come after them (as in a longest-first list)."""
    branches: dict[str, list[list[str]]] = {}
    ended = False
    for atoms in alternatives:
        if ended:  # something after an alternative that ends here: keep the order as given
            return "|".join("".join(a) for a in alternatives)
        if not atoms:
            ended = True
            continue
        branches.setdefault(atoms[0], []).append(atoms[1:])
    heads = list(branches)
    if any(_may_overlap(a, b) for i, a in enumerate(heads) for b in heads[i + 1:]):
        return "|".join("".join(a) for a in alternatives)
    parts = [head + ("".join(rests[0]) if len(rests) == 1 else f"(?:{prefix_tree(rests)})")
             for head, rests in branches.items()]
    if ended:
        parts.append("")
    return "|".join(parts)


def may_hold_folded(folded: str, words) -> bool:
    """may_hold(text, folded, words) for folded = fold(text), asked of folded alone (a caller that slices the two
    texts spares the slice of text): fold() keeps the case-odd letters as they are ('İ' lower-cases to two
    characters; 'ı' and 'ſ' are lower case) and makes no other character one of them, so folded holds one where
    text does. (Not for text.lower(), which turns 'İ' into 'i' and a combining dot.)"""
    return may_hold(folded, folded, words)
