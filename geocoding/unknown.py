"""Names the gazetteer lacks, found where the words around them say they are places.

A village the gazetteer does not know ("the village of Ratla", "between Ratla and Qasara", "12 km
north of Tal Hamis", "the al-Waer neighbourhood") is not invented: it is only worth asking an online
geocoder about (Geoparser(fallback=...)), and only in such a frame, so that a capitalised word that is
a person, a group or the start of a sentence is never sent as a place. Each name comes back with the
frame it was found in, kept as evidence.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# A place name: one to three capitalised words, Arabic-style articles allowed in front ("al-Waer",
# "Deir el-Balah", "Tal Hamis"), apostrophes and hyphens inside.
_ARTICLE = r"(?:(?:al|el|an|ar|as|ash|at|ad|az|ad-d|ed|es)[-‐ ])"
_WORD = r"[A-Z][\w'’]*(?:-[\w'’]+)*"
_NAME = rf"(?P<name>{_ARTICLE}?{_WORD}(?:\s+(?:{_ARTICLE})?{_WORD}){{0,2}})"
_KIND = (r"(?:village|town|city|hamlet|settlement|neighbou?rhood|district|suburb|quarter|camp|township|regency|"
         r"province|governorate|region|area|municipality|locality|checkpoint)")
# Before the name: "the (Syrian) village of", "the southern Lebanese village of", "12 km north of", "near", "outskirts of", "between".
_BEFORE = re.compile(
    rf"(?i:\bthe\s+(?:[a-z]\w+\s+)?(?-i:[A-Z][a-z]+\s+)?{_KIND}\s+of\s+"
    r"|\b\d+(?:[.,]\d+)?\s*(?:km|kilometres?|kilometers?|miles?)\s+(?:to\s+the\s+)?"
    r"(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\s+of\s+"
    r"|\b(?:near|outskirts\s+of|outside)\s+"
    r"|\bbetween\s+)(?:the\s+)?" + _NAME)  # a lower-case "the" only: "near The Hague" is one name
# After the name: "the al-Waer neighbourhood", "Ratla village", "and Qasara" closing a "between".
_AFTER = re.compile(rf"\b(?:the\s+|in\s+|at\s+){_NAME}\s+{_KIND}\b")
_BETWEEN_SECOND = re.compile(rf"\bbetween\s+(?:the\s+{_KIND}s?\s+of\s+)?(?:{_ARTICLE}?{_WORD}(?:\s+{_WORD}){{0,2}})"
                             rf"\s+and\s+(?:the\s+)?{_NAME}")
# A bare scene: "an army base in Bulo Burde on Tuesday", "in an attack in Barsalogho, in the Centre-Nord region": a
# name after "in" or "at" that ends its clause or is followed by the act's day, or by where it lies ("in Tinzaouaten near
# the Algerian border", "a camp in Boulkessi in central Mali"), asked for only where the caller has other grounds to take
# it for a place (the report names the area it would be in: extraction.places)
_BARE = re.compile(rf"\b(?:in|at)\s+{_NAME}(?=[,.;]|\s+(?:on|overnight|late|early|last|this|and|near|in)\b)")
# ... and one told by its bearing from a name with no distance: "ambushed a convoy north of Qod Qod on Sunday" (a
# distance makes it a place in any report: _BEFORE)
_BARE_BEARING = re.compile(r"\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+(?:the\s+)?" + _NAME)
_NOT_PLACES = frozenset(
    "January February March April May June July August September October November December Monday Tuesday "
    "Wednesday Thursday Friday Saturday Sunday The A An This That These Those It He She They We Mr Mrs Ms Dr "
    "Islamic State Army Forces Police Government".split())
_TRAILING_NOT_PLACE = re.compile(r"(?:\s+(?:" + "|".join(sorted(_NOT_PLACES)) + r"))+$")


@dataclass(frozen=True, slots=True)
class UnknownName:
    start: int
    end: int
    name: str
    frame: str      # the words that make it a place ("the village of Ratla")
    frame_start: int


def find_unknown_names(text: str, known: list[tuple[int, int]], bare: bool = False) -> list[UnknownName]:
    """Names in a place frame that overlap no known mention (spans of what the gazetteer found); bare: names after a
    plain "in" or "at" or a bearing too (_BARE, _BARE_BEARING), each with its preposition as its frame."""
    found: dict[tuple[int, int], UnknownName] = {}
    for regex in (_BEFORE, _AFTER, _BETWEEN_SECOND, _BARE, _BARE_BEARING) if bare else (_BEFORE, _AFTER, _BETWEEN_SECOND):
        for m in regex.finditer(text):
            start, end = m.span("name")
            name = _TRAILING_NOT_PLACE.sub("", m.group("name"))  # "near Ratla Friday" -> Ratla
            end = start + len(name)
            if name.split()[0] in _NOT_PLACES or any(s < end and start < e for s, e in known):
                continue
            frame_end = m.end() if m.end("name") < m.end() else end  # a kind noun after the name stays in
            found.setdefault((start, end), UnknownName(start, end, name, text[m.start():frame_end], m.start()))
    return sorted(found.values(), key=lambda u: u.start)
