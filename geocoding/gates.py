"""Word gates: plain looks for the words a costly regex cannot match without, asked before it.

A plain `in` costs a few instructions a character; a regex of many words tried at every character of a text costs
tens. Where a regex is case-insensitive, the looks are made in lower-cased text, save for the few letters that
re.IGNORECASE matches to an ASCII letter that lower() keeps apart (see may_hold). Shared by the geoparser and the
extraction (extraction.matching).
"""
from __future__ import annotations


def holds_case_odd(text: str) -> bool:
    """Whether text holds one of the only letters that re.IGNORECASE matches to an ASCII letter but that do not
    lower-case to it ('İ' and 'ı' match 'i', 'ſ' matches 's'; found by trying every code point): three plain looks,
    cheaper than a regex search."""
    return not text.isascii() and ("İ" in text or "ı" in text or "ſ" in text)


def holds_a_word(lowered: str, words) -> bool:
    """Whether lowered (lower-cased text, or any text for words as they are cased there) holds one of words: a plain
    look for each, fewer instructions than one regex of them tried at every character, and a loop, as any() over a
    generator costs more than the looks themselves."""
    for word in words:
        if word in lowered:
            return True
    return False


def fewest_words(words) -> tuple[str, ...]:
    """words less repeats and those that hold another of them ("wildfire" with "fire"), in their order: a text holds
    one of these where it holds one of words, for fewer looks (may_hold, holds_a_word)."""
    words = tuple(dict.fromkeys(words))
    return tuple(w for w in words if not any(other != w and other in w for other in words))


def may_hold(text: str, lowered: str, words) -> bool:
    """Whether a case-insensitive regex that needs one of `words` (lower-case ASCII) can match
    `text`, given `lowered` = text.lower() or fold(text): a plain look for the words, unless text
    holds one of the few letters that match case-insensitively what lower() keeps apart."""
    for word in words:  # (a loop: any() over a generator costs more than the look itself)
        if word in lowered:
            return True
    # holds_case_odd(text), inlined: most calls end here, and a call costs more than the looks
    return not text.isascii() and ("İ" in text or "ı" in text or "ſ" in text)
