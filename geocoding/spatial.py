"""Spatial phrases around resolved toponyms, turned into points (UCDP where_prec 2).

"eight kilometers south of the city of Raqqa" -> 8 km due south of Raqqa;
"20 miles northeast of X"; "60 nautical miles southeast of Aden"; "between A and B" -> the midpoint when both
resolve (never invented when one does not); "on the outskirts of X", "near X", "outside X" -> X's point, within ~25 km
(named X);
"the X district of Y" -> Y's point; "the Somali capital" -> the capital's point (UCDP where_prec 1).
"""
from __future__ import annotations

import math
import re

from collections.abc import Callable

from .gates import may_hold
from .model import PREC_ADMIN2, PREC_EXACT, PREC_NEAR, Location, Place, Toponym

_NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty".split())}
_NUMBER_WORDS.update({"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
                      "eighty": 80, "ninety": 90, "hundred": 100, "a few": 3, "several": 5, "a": 1})
_UNIT_KM = {"km": 1.0, "kms": 1.0, "kilometer": 1.0, "kilometers": 1.0, "kilometre": 1.0,
            "kilometres": 1.0, "mile": 1.609344, "miles": 1.609344, "mi": 1.609344,
            # sea distances ("60 nautical miles southeast of Aden", "70 nm west of Hodeidah")
            "nautical mile": 1.852, "nautical miles": 1.852, "nm": 1.852, "nmi": 1.852}
_BEARINGS = {"north": 0, "northeast": 45, "east": 90, "southeast": 135, "south": 180,
             "southwest": 225, "west": 270, "northwest": 315}
_ABBREV = {"north": "N", "northeast": "NE", "east": "E", "southeast": "SE", "south": "S",
           "southwest": "SW", "west": "W", "northwest": "NW"}
_NUM = r"(?P<num>\d+(?:[.,]\d+)?|" + "|".join(sorted((re.escape(w) for w in _NUMBER_WORDS), key=len, reverse=True)) + r")"
_UNIT = r"(?P<unit>" + "|".join(sorted((u.replace(" ", r"\s+") for u in _UNIT_KM), key=len, reverse=True)) + r")"
_DIR = r"(?P<dir>(?:north|south)[- ]?(?:east|west)|north|south|east|west)"
# ... with the kind's country or sea before it, as wire copy names a port ("the Yemeni port of Hodeidah", "the Black Sea
# port of Novorossiysk"); "the Port of Stockton" is the port's own name, a place in the town, not near it
_KIND = (r"(?:(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+){0,2}?(?:city|town|village|settlement|province|district|capital|area"
         r"|(?-i:port))\s+of\s+)?")
# "8 km south of (the city of) X" -- the match must end where the anchor toponym starts.
# ... also where X is told as its country's ("30 nautical miles west of Yemen's port of Mokha", "20 km north of Syria's
# Raqqa"): the measure is from X, never from the country's point (see _OWNED_NEXT)
# ... with the measure's conversion in brackets after it, as wire copy gives it ("about 40 km (25 miles) west of Goma")
_OFFSET = re.compile(_NUM + r"[\s-]*" + _UNIT + r"\.?(?:\s*\([^()]{1,30}\))?\s+(?:to\s+the\s+)?" + _DIR + r"(?:ern)?\s+of\s+" + _KIND +
                     r"$", re.I)
_OWNER = r"(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}['’]s\s+(?:[\w-]+\s+){0,3}?(?:(?:port|city|town|village|capital)\s+(?:city\s+)?of\s+)?"
_OWNED_OFFSET = re.compile(_OFFSET.pattern[:-1] + _OWNER + r"$", re.I)  # (asked only after a possessive)
# the owner's possessive and what may stand between it and the place it owns ("Yemen's port of Mokha")
_OWNED_NEXT = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,3}?(?:(?:port|city|town|village|capital)\s+(?:city\s+)?of\s+)?")
_NEAR = re.compile(r"(?P<phrase>(?:on\s+|in\s+)?the\s+(?:outskirts|edge|suburbs|vicinity|environs|countryside)\s+of\s+"
                   + _KIND + r"|near\s+" + _KIND + r"|outside\s+(?:of\s+)?" + _KIND + r"|close\s+to\s+" + _KIND
                   + r"|rural\s+"
                   + r"|just\s+(?:outside|north|south|east|west)\s+of\s+" + _KIND + r")$", re.I)
# "the Hama countryside", "Idlib's southern countryside", "Aleppo's outskirts": around X (Syrian usage)
_AROUND_AFTER = re.compile(r"(?:['’]s)?\s+(?:(?:northern|southern|eastern|western|north|south|east|west)(?:ern)?\s+)?"
                           r"(?:countryside|outskirts|suburbs)\b", re.I)
# a settlement named by its kind ("the village of X"), before "near Y"
_SETTLEMENT_OF = re.compile(r"\b(?:town|village|city|hamlet|camp)\s+of\s+$", re.I)
_ROAD_AFTER = re.compile(r"\s+(?:road|highway)\b", re.I)
_BETWEEN = re.compile(r"between\s+(?:the\s+(?:settlements|villages|towns|cities|areas)\s+of\s+)?$", re.I)
# The last two letters of the word each pattern ends with (before the blanks up to the toponym), as
# lower case ("of" for "south of", "ar" for "near", ...): a cheap test before the slow searches.
# (None of these letters matches another character when the case is ignored, as "s" does "ſ".)
_OFFSET_ENDS = frozenset({"of"})
_NEAR_ENDS = frozenset({"of", "ar", "de", "to", "al"})    # of, near, outside, close to, rural
_BETWEEN_ENDS = frozenset({"en", "of"})                   # between, the villages of
# Words _OFFSET needs (one of each group: a unit, a direction) and words _NEAR needs (one): a plain look for
# them rules most texts before a toponym out, where each full pattern, ending in '$', is tried at every
# character.
_OFFSET_UNITS = ("km", "kilomet", "mi", "nm")
_OFFSET_DIRECTIONS = ("north", "south", "east", "west")
_AROUND_WORDS = ("countryside", "outskirts", "suburbs")
_NEAR_WORDS = ("outskirts", "edge", "suburbs", "vicinity", "environs", "countryside", "near", "outside", "close",
               "rural", "just")


# A town named before the offset that tells where it lies ("Sake, a town about 25 km west of Goma", "Mellit, a town on
# the main road some 60 km north of El Fasher"): the measure places that town, which is the place (UCDP 1), not a
# point computed from the other.
_TOWN_APPOSITION = re.compile(r",\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?(?:town|village|city|settlement|hamlet|locality"
                              r"|port|hub)\b[^,.;()]{0,50}?\s+(?:(?:about|some|around|roughly|nearly|approximately|just"
                              r"|barely|only|over|under|less\s+than|more\s+than)\s+)?$")


# ... but "the Fastiv district of Kyiv region" is a district of the province, an area of its own
_FIRST_LEVEL_AFTER = re.compile(r"\s+(?:region|oblast|province|state|governorate)\b", re.IGNORECASE)
_DISTRICT_OF = re.compile(r"(?P<phrase>the\s+(?P<district>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+(?:district|neighbou?rhood|quarter|suburb)\s+of\s+)$")


EARTH_RADIUS_KM = 6371.0088   # the mean radius (IUGG)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance between two points, in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def destination(lat: float, lon: float, bearing_deg: float, km: float) -> tuple[float, float]:
    """Point at a distance and bearing from a start point (great circle on a sphere)."""
    r = EARTH_RADIUS_KM
    d, b = km / r, math.radians(bearing_deg)
    p1, l1 = math.radians(lat), math.radians(lon)
    p2 = math.asin(math.sin(p1) * math.cos(d) + math.cos(p1) * math.sin(d) * math.cos(b))
    l2 = l1 + math.atan2(math.sin(b) * math.sin(d) * math.cos(p1), math.cos(d) - math.sin(p1) * math.sin(p2))
    return round(math.degrees(p2), 6), round((math.degrees(l2) + 540) % 360 - 180, 6)


def _number(word: str) -> float | None:
    word = word.lower().replace(",", ".")
    if word in _NUMBER_WORDS:
        return float(_NUMBER_WORDS[word])
    try:
        return float(word)
    except ValueError:
        return None


def _vast(feature_code: str) -> bool:
    return feature_code.startswith("PCL") or feature_code in ("CONT", "RGN", "OCN", "SEA")


def find_locations(text: str, toponyms: list[Toponym]) -> list[Location]:
    out: list[Location] = []
    resolved = [t for t in toponyms if t.place is not None]
    # (_AROUND_AFTER needs one of its nouns: asked only of a text that holds one)
    lowered_text = text.lower() if resolved else ""
    around_words = may_hold(text, lowered_text, _AROUND_WORDS) if resolved else False
    for t in resolved:
        before = text[max(0, t.start - 80):t.start]
        base = t.start - len(before)
        ends = before.rstrip()[-2:].lower()
        lowered = before.lower() if ends in _OFFSET_ENDS or ends in _NEAR_ENDS else ""
        m = _OFFSET.search(before) if ends in _OFFSET_ENDS and may_hold(before, lowered, _OFFSET_UNITS) \
            and may_hold(before, lowered, _OFFSET_DIRECTIONS) else None
        if m is None and ("'s " in before[-40:] or "’s " in before[-40:]) and may_hold(before, before.lower(), _OFFSET_UNITS) \
                and may_hold(before, before.lower(), _OFFSET_DIRECTIONS):
            m = _OWNED_OFFSET.search(before)
        if m and _vast(t.place.feature_code) and text.startswith(("'s", "’s"), t.end) and \
                (owned := _OWNED_NEXT.match(text, t.end)) and any(o.start == owned.end() for o in resolved):
            continue    # "west of Yemen's port of Mokha": measured from Mokha (the next toponym's phrase)
        if m and before.endswith(" ", 0, m.start()) and "," in before[:m.start()] and \
                (apposition := _TOWN_APPOSITION.search(before, 0, m.start())) is not None:
            town = next((o for o in resolved if o.end == base + apposition.start() and o.place.feature_class == "P"),
                        None)
            if town is not None:
                out.append(Location(town.start, t.end, text[town.start:t.end], town.place.lat, town.place.lon,
                                    PREC_EXACT, town, town.name))
                continue
        if m:
            km = _number(m.group("num"))
            direction = m.group("dir").lower().replace(" ", "").replace("-", "")
            if km is not None and direction in _BEARINGS:
                factor = _UNIT_KM[" ".join(m.group("unit").lower().split())]
                unit = {1.0: "km", 1.852: "nm"}.get(factor, "mi")
                lat, lon = destination(t.place.lat, t.place.lon, _BEARINGS[direction], km * factor)
                out.append(Location(base + m.start(), t.end, text[base + m.start():t.end], lat, lon,
                                    PREC_NEAR, t, f"{km:g} {unit} {_ABBREV[direction]} of {t.name}"))
                continue
        # (not near a country or a continent: "near Somalia's education ministry" is in Mogadishu, and 25 km
        # from a country's point says nothing)
        m = _NEAR.search(before) if ends in _NEAR_ENDS and not _vast(t.place.feature_code) \
            and may_hold(before, lowered, _NEAR_WORDS) else None
        if m and text.startswith("near ", base + m.start()) and any(
                o.place.feature_class == "P" and (o.end == base + m.start() - 2 and text.startswith(", ", o.end) or
                                                  o.end == base + m.start() - 1 and
                                                  _SETTLEMENT_OF.search(text, max(0, o.start - 20), o.start))
                for o in resolved):
            continue  # "the town of Tammun, near Tubas", "the village of Duma near Nablus": where the town named before
            # it lies; the town is the place (not "in Lynn, just north of Boston", of a quarter or a suburb the
            # gazetteer may read as another town)
        if m:
            # (named X, as a coder names the place of "near X" or "outside X": the phrase and precision 2 say the rest)
            out.append(Location(base + m.start(), t.end, text[base + m.start():t.end], t.place.lat,
                                t.place.lon, PREC_NEAR, t, t.name))
            continue
        m = _DISTRICT_OF.search(before) if ends == "of" else None
        if m and (_FIRST_LEVEL_AFTER.match(text, t.end) or t.place.feature_code == "ADM1"):
            # "the Fastiv district of Kyiv region": the district around its seat town (UCDP 3), not a quarter of Kyiv
            # (nor of a province named with no "province" after it: "the Kohlu district of Balochistan")
            start = base + m.start("district")
            district = next((d for d in resolved if d.start == start), None)
            if district is not None:
                out.append(Location(base + m.start(), t.end, text[base + m.start():t.end], district.place.lat,
                                    district.place.lon, PREC_ADMIN2, district, f"{m.group('district')} district"))
            continue
        if m:
            district = next((d for d in resolved if d.start == base + m.start("district")), None)
            if district is not None and district.place.feature_class == "P" and (
                    text.startswith(("'s", "’s"), t.end) or t.place == district.place or t.place.feature_class != "P"
                    and t.place.country_code != district.place.country_code):
                # the name before the noun is the city and the name after "of" its quarter ("the Port-au-Prince
                # neighbourhood of Bel Air", read at the city's point, its namesake abroad no part of it), or the name
                # after "of" opens "Y's capital" ("the Pétion-Ville suburb of Haiti's capital"): the city's own point
                out.append(Location(base + m.start(), t.end, text[base + m.start():t.end], district.place.lat,
                                    district.place.lon, PREC_NEAR, district, district.name))
                continue
            out.append(Location(base + m.start(), t.end, text[base + m.start():t.end], t.place.lat,
                                t.place.lon, PREC_NEAR, t, f"{m.group('district')} district of {t.name}"))
            continue
        # (not a country's: "Lebanon's southern suburbs of Beirut" are Beirut's)
        m = _AROUND_AFTER.match(text, t.end) if around_words and not _vast(t.place.feature_code) else None
        if m:
            out.append(Location(t.start, m.end(), text[t.start:m.end()], t.place.lat, t.place.lon, PREC_NEAR, t,
                                f"around {t.name}"))
    # (_BETWEEN needs "between", a road named by two towns "road" or "highway"; and a midpoint needs resolved places)
    if resolved and may_hold(text, lowered_text, ("between", "road", "highway")):
        out += _betweens(text, toponyms)
    return sorted(out, key=lambda loc: loc.start)


# "the Somali capital", "the Syrian capital's suburbs"; not "the Kurdish capital of Erbil" nor a region's capital
_CAPITAL = re.compile(r"\bthe\s+(?P<demonym>[A-Z][a-z]+)\s+capital\b"
                      r"(?!\s+(?:of|region|district|province|territory|governorate|area|city\s+of)\b)")


def find_capitals(text: str, capital_of: Callable[[str], Place | None]) -> list[Location]:
    """Capitals named by their country's demonym ("the Somali capital"); capital_of maps a demonym to
    its country's capital, or None."""
    out = []
    for m in _CAPITAL.finditer(text) if "capital" in text else ():
        capital = capital_of(m.group("demonym"))
        if capital is not None:
            anchor = Toponym(m.start(), m.end(), m.group(0), capital, PREC_EXACT, "periphrasis")
            out.append(Location(m.start(), m.end(), m.group(0), capital.lat, capital.lon, PREC_EXACT, anchor,
                                capital.name))
    return out


def _betweens(text: str, toponyms: list[Toponym]) -> list[Location]:
    """"between A and B": the midpoint, only when both A and B are resolved places."""
    out = []
    by_start = sorted(toponyms, key=lambda t: t.start)
    for a, b in zip(by_start, by_start[1:]):
        before = text[max(0, a.start - 60):a.start]
        m = _BETWEEN.search(before) if before.rstrip()[-2:].lower() in _BETWEEN_ENDS else None
        # "the Maiduguri-Damboa road": the road between the two, as "between A and B" (from A's name on)
        road = m is None and b.start - a.end == 1 and text[a.end] in "-–" and _ROAD_AFTER.match(text, b.end) is not None
        if not road and (not m or not re.fullmatch(r"\s+and\s+(?:the\s+)?", text[a.end:b.start], re.I)):
            continue  # (and "Between Gao And Ansongo")
        if a.place is None or b.place is None or a.place.precision > PREC_NEAR or b.place.precision > PREC_NEAR:
            continue  # (only two points have a midpoint a scene lies at: no "a peace deal between Congo and Rwanda")
        start = a.start if road else a.start - len(before) + m.start()
        lat, lon = _midpoint(a.place.lat, a.place.lon, b.place.lat, b.place.lon)
        out.append(Location(start, b.end, text[start:b.end], lat, lon, PREC_NEAR, a,
                            f"between {a.name} and {b.name}"))
    return out


def _midpoint(lat1: float, lon1: float, lat2: float, lon2: float) -> tuple[float, float]:
    p1, p2, l1 = math.radians(lat1), math.radians(lat2), math.radians(lon1)
    dl = math.radians(lon2 - lon1)
    bx, by = math.cos(p2) * math.cos(dl), math.cos(p2) * math.sin(dl)
    p3 = math.atan2(math.sin(p1) + math.sin(p2), math.hypot(math.cos(p1) + bx, by))
    l3 = l1 + math.atan2(by, math.cos(p1) + bx)
    return round(math.degrees(p3), 6), round((math.degrees(l3) + 540) % 360 - 180, 6)
