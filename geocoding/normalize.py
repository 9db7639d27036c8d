"""Name normalisation: the one way a surface form becomes a gazetteer lookup key.

"Jarābulus", "al-Wa'er", "Deir ez-Zor" and "St. Louis" become "jarabulus", "al waer", "deir ez zor",
"st louis". Four looser variants catch transliteration habits: the key without a leading Arabic
article ("ar raqqah" -> "raqqah"), the key with its spaces removed ("deir ez zor" -> "deirezzor",
which also matches "Deir Ezzor"), for an Arabic place name its consonant skeleton ("ras al ain" and
"ras al ayn" -> "rs ayn", "tell abyad" and "tal abyad" -> "tl abyd"); and for a name of several words, the key
with doubled letters single ("lower shabeelle" and "lower shabelle" -> "lower shabele"). A last resort, the
spelling key, evens out the letters transliterations choose between (kh/k, q/k, ou/u, ee/i, a final h, doubled
letters: "Makhmour" and "Makhmur" -> "makmur"); it is looked up only for a name no other key finds.
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


def county_form(key: str) -> str | None:
    """The key with the Irish and British short form of "County" written out ("co donegal" -> "county donegal"), or
    an American county's or parish's "St" written out ("st tammany parish" -> "saint tammany parish": the registry
    spells some so, papers never), or None when it opens with neither."""
    if key.startswith("co ") and len(key) > 5:
        return "county " + key[3:]
    if key.startswith("st ") and key.endswith((" county", " parish")):
        return "saint " + key[3:]
    return None


def strip_article(key: str) -> str | None:
    """The key without a leading Arabic article, or None when there is none."""
    head, _, rest = key.partition(" ")
    if head in ARTICLES and len(rest) >= 3:
        return rest
    return None


def squash(key: str) -> str | None:
    """The key with spaces removed, or None for one-word keys."""
    return key.replace(" ", "") if " " in key else None


# Words that mark a name as an Arabic place name (besides the articles): hill, monastery, cape, spring,
# mountain, valley, well, village, bridge, house, father/mother of.
ARABIC_NAME_WORDS = frozenset("tal tall tel tell deir dayr dair ras ain ayn ein jabal jebel jabel wadi bir kafr kfar "
                              "khan qasr abu umm beit bayt jisr".split())
# Transliterations agree on an Arabic name's consonants and differ in its vowels ("Deir Hafer" / "Dayr
# Hafir", "Abu Kemal" / "Abu Kamal"), doubled letters ("Raqqa" / "Raqa") and q/k ("Qasr" / "Kasr"); a
# diphthong is a consonant y or w ("Ain" / "Ayn", "Zor" / "Zawr").
_DIPHTHONGS = (("ai", "ay"), ("ei", "ay"), ("ey", "ay"), ("aw", "o"), ("q", "k"))
_DOUBLED = re.compile(r"(.)\1")
_VOWELS = re.compile(r"[aeiou]")


def arabic_spelling_key(key: str) -> str | None:
    """For a name of two or more words with an Arabic article or place word, its consonant skeleton:
    articles dropped, doubled letters single, vowels dropped after a word's first letter ("Ras al-Ain",
    "Ra's al 'Ayn" -> "rs ayn"; "Deir Hafer", "Dayr Hafir" -> "dyr hfr"); else (or when the skeleton
    is shorter than five letters) None."""
    words = key.split(" ")
    if len(words) < 2 or not any(w in ARTICLES or w in ARABIC_NAME_WORDS for w in words):
        return None
    out = []
    for word in words:
        if word in ARTICLES:
            continue
        word = _DOUBLED.sub(r"\1", word)
        if len(word) > 3 and word[-1] == "h" and word[-2] in "aeiou":
            word = word[:-1]                        # "Hasakah" / "Hasaka"
        for written, spelt in _DIPHTHONGS:
            word = word.replace(written, spelt)
        head = "a" if word[0] in "aeiou" else word[0]
        out.append(head + _VOWELS.sub("", word[1:]))
    # a short skeleton ("d a") is too many names' to be anybody's
    if len(out) < 2 or min(map(len, out)) < 2 or sum(map(len, out)) < 5:
        return None
    return " ".join(out)


def single_letters_key(key: str) -> str | None:
    """For a name of two or more words, the key with doubled letters single ("Lower Shabeelle", "Lower Shabelle" ->
    "lower shabele"): transliterations double vowels and consonants at will (Somali "Shabeelle", "Hiiraan"); else
    (or when nothing is doubled) None."""
    if " " not in key:
        return None
    single = _DOUBLED.sub(r"\1", key)
    return single if single != key else None


# Letters transliterations write either way: Arabic kh/dh/gh/q for k/d/g/k ("Makhmur" / "Makmur", "Qamishli" /
# "Kamishli"), French ou and English oo/ee for u/i ("Makhmour", "Beledweene"). (Not e for a, "Efrin" / "Afrin": on
# English place names the gazetteer lacks it found other towns, Lanexa as Lenexa, Headington as Haddington.)
_SPELLINGS = (("kh", "k"), ("dh", "d"), ("gh", "g"), ("q", "k"), ("ou", "u"), ("oo", "u"), ("ee", "i"))
# The glide of a name's final "-iya", which Arabic and Amharic names write or not ("Woldiya" / "Woldia"), and of the
# Levantine and Turkish "-iye(h)" ("Nabatiyeh" / "Nabatieh", the final h already dropped); only at the end (inside a
# word, "Bariyarpur" in Nepal is no Bariarpur in India).
_FINAL_IYA = re.compile(r"iy(?=[ae]\b)")
_FINAL_VOWEL_H = re.compile(r"(?<=[aeiou])h\b")
# A doubled Ukrainian consonant written with a digraph, doubled or not ("Zaporizhzhia" / "Zaporizhia"): one sound
# (kh is k by then).
_DOUBLED_DIGRAPH = re.compile(r"([zs]h)\1")


@lru_cache(maxsize=100_000)
def spelling_key(key: str) -> str:
    """The key with transliterations' letter choices evened out (see _SPELLINGS), doubled letters single and a final
    h after a vowel dropped ("Mukallah" -> "mukala", "Makhmour" -> "makmur"): a gazetteer name
    is looked up under it only when no other key of the name finds any place."""
    s = _FINAL_IYA.sub("i", _FINAL_VOWEL_H.sub("", key))
    for written, spelt in _SPELLINGS:
        s = s.replace(written, spelt)
    return _DOUBLED.sub(r"\1", _DOUBLED_DIGRAPH.sub(r"\1", s) if "hzh" in s or "hsh" in s else s)


# The vowel of an Arabic article assimilated to the sun letter that follows, inside a word: "Salah|u|ddin".
_INNER_ARTICLE = re.compile(r"(?<=[a-z]{3})[eiu](?=(?:dd|tt|ss|zz|rr|nn)[aeiou])")


# The vowel of a name's first syllable (a single vowel between consonants), and how long a name must be for it to be
# read as written otherwise (a short one is another name with one vowel changed: "Mambasa" in Congo is no Mombasa).
_FIRST_SYLLABLE_VOWEL = re.compile(r"[^aeiou ]{1,2}([aeiou])(?=[^aeiou ])")
FIRST_VOWEL_MIN_LENGTH = 8


def spelling_forms(key: str) -> tuple[str, ...]:
    """The spelling keys a name no other key finds is looked up under: its spelling key, with the Arabic article
    when it has none ("Hawija" of "Al Hawijah"), and French "ou" read as the diphthong "aw" it often writes
    ("Hadramout" of "Hadramawt"; spelling_key reads it as "u")."""
    spelt = spelling_key(key)
    forms = (spelt,) if strip_article(spelt) else (spelt, "al " + spelt)
    if "ou" in key:
        forms += (spelling_key(key.replace("ou", "aw")),)
    # a name joined over its article, the article written with the vowel of speech ("Salahuddin", "Salaheddin" of
    # "Salah ad Din", which the index holds squashed, "salahaddin")
    if _INNER_ARTICLE.search(key):
        forms += (_INNER_ARTICLE.sub("a", key),)
    # an Arabic name's consonant skeleton as spelt: the press writes dh, kh, gh where the gazetteer's names have d,
    # k, g, and the article as written where they assimilate it ("Abu al-Dhuhur" of "Abu ad Duhur": "ab dhr"; the
    # index holds the skeletons of the names as written, so only this direction needs no rebuild)
    skeleton = arabic_spelling_key(spelt)
    if skeleton is not None and skeleton != arabic_spelling_key(key):
        forms += (skeleton,)
    return forms


def first_vowel_forms(key: str, min_length: int = FIRST_VOWEL_MIN_LENGTH) -> tuple[str, ...]:
    """The spelling keys of a long one-word name with the vowel of its first syllable written otherwise: Pashto,
    Persian and Arabic short vowels go unwritten, and the press writes them at will ("Ningarhar" of "Nangarhar",
    "Menoufia" of "Minufiya"). Only a first-level area is looked up so (English names one vowel apart are other
    places: "Pottsburg" is no Pittsburg)."""
    first = _FIRST_SYLLABLE_VOWEL.match(key)
    if first is None or " " in key or len(key) < min_length:
        return ()
    return tuple(spelling_key(key[:first.start(1)] + v + key[first.end(1):]) for v in "aeiou" if v != first.group(1))


def joined_form(key: str) -> str | None:
    """A two-word key's words joined by "and" ("sistan baluchestan" -> "sistan and baluchestan"): a region named for
    two is written with a hyphen as often ("Sistan-Baluchestan", "Jammu-Kashmir"); looked up only, never indexed."""
    words = key.split(" ")
    return f"{words[0]} and {words[1]}" if len(words) == 2 and len(words[0]) > 2 and len(words[1]) > 2 else None


def key_variants(key: str) -> list[str]:
    """The loose forms of a key (article-less, squashed, consonant skeleton, doubled letters single): a name is
    indexed under them, and a name in text is looked up under them too."""
    out = []
    spelt = arabic_spelling_key(key)
    if spelt:
        out.append(spelt)
    single = single_letters_key(key)
    if single:
        out.append(single)
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
