"""Sentence spans (start, end) over the report text; the offsets index the text unchanged."""
from __future__ import annotations

import re

# A period after these does not end a sentence ("Lt. Mark Cheatham", "1 p.m. Wednesday").
ABBREVIATIONS = frozenset("""
mr mrs ms dr st lt sgt gen col capt cpl det maj adm gov sen rep rev jr sr no vs etc inc co corp ltd
a.m p.m u.s u.k u.n jan feb mar apr jun jul aug sep sept oct nov dec ave rd blvd mt ft hwy dept
sgts pfc spc ofc insp supt cmdr lieut prof messrs
""".split())

# The leading lookahead only says where a boundary can start (each alternative begins so); re then
# skips other positions with one test instead of trying every alternative there.
_BREAKS = r"""(?:(?<=[.!?…])["'”’)]?\s+(?=["'“‘(]?[A-Z0-9•])|\s*\n\s*\n\s*|\s*[•\n]\s*"""
# the characters \s matches (str.isspace's; tests check the two agree)
WHITESPACE = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680" + "".join(map(chr, range(0x2000, 0x200b))) + \
    "\u2028\u2029\u202f\u205f\u3000"
_CAPITAL_AHEAD = r"""(?=["'“‘(]?[A-Z0-9•])"""


def _breaks_after(first: str) -> str:
    """What is left of _BREAKS's alternatives, in their order, once their first character, `first`, is read."""
    if first == "•":
        return r"\s*"
    if first not in WHITESPACE:  # a quote or bracket after the full stop
        return rf"""(?<=[.!?…]["'”’)])\s+{_CAPITAL_AHEAD}"""
    newline = first == "\n"  # the newline itself may be the one the alternative names
    breaks = "|".join([rf"(?<=[.!?…]\s)\s*{_CAPITAL_AHEAD}", r"\s*\n\s*\n\s*", *[r"\s*\n\s*"] * newline,
                       r"\s*[•\n]\s*", *[r"\s*"] * newline])
    # after another blank each alternative needs a full stop before it or a newline or bullet after its blanks: one
    # test of the two fails the blank between two words at once, where each alternative would be tried in turn
    return breaks if newline else rf"(?:(?<=[.!?…]\s)|(?=\s*[\n•]))(?:{breaks})"


# _BREAKS as one alternative for each character it can open on: re scans the text for those characters in C
# (a pattern whose alternatives all open on a plain character gets that scan), where the leading lookahead of
# _BOUNDARY_RUN_TOGETHER costs a call at every position (22 against 27 us a seed report; the same matches)
_BOUNDARY = re.compile("|".join(f"{re.escape(c)}(?:{_breaks_after(c)})" for c in WHITESPACE + "\"'”’)•"))
# A scraped page may have lost the space between two sentences ("started shooting.Police said"): such a
# text is split by a regex that also tries every capital letter (a third slower, so only for such texts).
_BOUNDARY_RUN_TOGETHER = re.compile(r"""(?=[\s"'”’)•A-Z])""" + _BREAKS + r"""|(?<=[a-z]{2}[.!?])(?<!www\.)(?=[A-Z][a-z]))""")
_LAST_WORD = re.compile(r"([\w.]+)\.[\"'”’)]?\s*$")


def _run_together(text: str) -> bool:
    """Whether a full stop stands between a word's lower-case end and a capitalised word ("shooting.Police")."""
    i = text.find(".", 2)
    while i != -1:
        if text[i + 1:i + 2].isupper() and text[i + 2:i + 3].islower() and text[i - 2:i].islower():
            return True
        i = text.find(".", i + 1)
    return False


def sentence_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for m in (_BOUNDARY_RUN_TOGETHER if _run_together(text) else _BOUNDARY).finditer(text):
        if m.start() <= start:
            if m.start() == start:
                start = m.end()
            continue
        word = _LAST_WORD.search(text, max(start, m.start() - 12), m.start())
        if word and "\n" not in m.group(0) and "•" not in m.group(0):
            w = word.group(1).lower()
            # abbreviations and initials ("John F. Kennedy") do not end a sentence
            if w in ABBREVIATIONS or (len(w) == 1 and w.isalpha()):
                continue
        spans.append((start, m.start()))
        start = m.end()
    if start < len(text) and text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans
