"""Name normalisation: the one way a surface form becomes a gazetteer lookup key.

"Jarābulus", "al-Wa'er", "Deir ez-Zor" and "St. Louis" become "jarabulus", "al waer", "deir ez zor",
"st louis". Two looser variants catch transliteration habits: the key without a leading Arabic
article ("ar raqqah" -> "raqqah") and the key with its spaces removed ("deir ez zor" -> "deirezzor",
which also matches "Deir Ezzor").
"""
from __future__ import annotations

import re
from functools import lru_cache

from unidecode import unidecode

# Leading Arabic articles in their common transliterations (sun-letter assimilations included).
ARTICLES = frozenset("al el ar as ad an ash az at ath adh ul ud ez es ed et".split())

_APOSTROPHES = re.compile(r"['`\u2018\u2019\u02bb\u02bc\u02be\u02bf\u00b4\u2032]")
_SEPARATORS = re.compile(r"[-\u2010-\u2015_/.,()\"]+")
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=200_000)
def name_key(text: str) -> str:
    """Exact lookup key: ASCII, lower case, no apostrophes, hyphens and dots as spaces."""
    s = unidecode(text) if not text.isascii() else text
    s = _APOSTROPHES.sub("", s.lower())
    s = _SEPARATORS.sub(" ", s)
    return _SPACES.sub(" ", s).strip()


def strip_article(key: str) -> str | None:
    """The key without a leading Arabic article, or None when there is none."""
    head, _, rest = key.partition(" ")
    if head in ARTICLES and len(rest) >= 3:
        return rest
    return None


def squash(key: str) -> str | None:
    """The key with spaces removed, or None for one-word keys."""
    return key.replace(" ", "") if " " in key else None


def key_variants(key: str) -> list[str]:
    """The loose keys under which a name is also indexed (article-less, squashed)."""
    out = []
    stripped = strip_article(key)
    if stripped:
        out.append(stripped)
        sq = squash(stripped)
        if sq:
            out.append(sq)
    sq = squash(key)
    if sq:
        out.append(sq)
    return out
