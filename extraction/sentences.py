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
_BOUNDARY = re.compile(r"""(?=[\s"'”’)•])""" + _BREAKS + ")")
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
