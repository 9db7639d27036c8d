"""Fast case-insensitive matching for the big alternations (triggers, dates, aliases).

Python's re is several times slower with IGNORECASE than on lower-cased text with a lower-cased
pattern, and much faster again when the pattern is only tried where a word starts. fold() keeps
every character offset, so spans found on the folded text index the original text."""
from __future__ import annotations

import re

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
    return re.compile(rf"(?=\w)\b(?:{body})" if word_start else body)
