"""Toponym resolution: choose one gazetteer entry per mention, using the whole report as context.

Each candidate gets a score from
- its prior: population (log scale) and feature kind (a country or a state is what a bare name
  usually means in news);
- explicit qualifiers: "Homs, Syria", "Springfield, Ill.", "the Syrian city of Homs";
- the report's countries (named countries, demonyms) and first-level areas;
- proximity to the report's other places (places in one report lie near each other).
Resolution runs twice: the first pass fixes the confident mentions, the second scores proximity to them.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from .gazetteer import Gazetteer
from .model import Place
from .recognize import Mention

# Bonus of a feature code over the population prior: a bare "Georgia" in news is more often
# the country or the state than a village.
FEATURE_BONUS = {"PCLI": 5.0, "CONT": 5.0, "RGN": 3.0, "ADM1": 3.0, "PPLC": 1.5, "ADM2": 0.5,
                 "SEA": 3.0, "OCN": 3.0, "GULF": 3.0, "LK": 2.0, "LKS": 3.0, "PEN": 2.0}
LOOSE_PENALTY = 3.0
COUNTRY_EVIDENCE_BONUS = 3.0
ADMIN1_EVIDENCE_BONUS = 3.0
QUALIFIER_BONUS = 10.0
PROXIMITY_MAX_BONUS = 4.0

# US state abbreviations in AP style and postal codes: "Springfield, Ill.", "Dayton, OH".
US_STATE_ABBREVIATIONS = {
    "Ala": "AL", "Ariz": "AZ", "Ark": "AR", "Calif": "CA", "Cal": "CA", "Colo": "CO", "Conn": "CT",
    "Del": "DE", "Fla": "FL", "Ga": "GA", "Ill": "IL", "Ind": "IN", "Kan": "KS", "Kans": "KS",
    "Ky": "KY", "La": "LA", "Md": "MD", "Mass": "MA", "Mich": "MI", "Minn": "MN", "Miss": "MS",
    "Mo": "MO", "Mont": "MT", "Neb": "NE", "Nebr": "NE", "Nev": "NV", "N.H": "NH", "N.J": "NJ",
    "N.M": "NM", "N.Y": "NY", "N.C": "NC", "N.D": "ND", "Okla": "OK", "Ore": "OR", "Pa": "PA",
    "R.I": "RI", "S.C": "SC", "S.D": "SD", "Tenn": "TN", "Tex": "TX", "Vt": "VT", "Va": "VA",
    "Wash": "WA", "W.Va": "WV", "Wis": "WI", "Wisc": "WI", "Wyo": "WY", "D.C": "DC",
}
_POSTAL = frozenset(US_STATE_ABBREVIATIONS.values()) | {"AK", "HI", "ID", "IA", "ME", "OH", "UT"}
_QUALIFIER = re.compile(r",\s*((?:[A-Z]\.){1,2}[A-Z]?\.?|[A-Z][a-z]{1,4}\.|[A-Z]{2}\b)")
# "the Syrian city of Homs", "the Iraqi town of X": a demonym qualifies the place after it.
_DEMONYM_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+(?:city|town|village|province|capital|region|port|border town)\s+of\s+$")
# "the city of X" / "X province" hint at the kind of place.
_KIND_BEFORE = re.compile(r"\b(city|town|village|settlement|capital|province|governorate|state|county|district|region)\s+of\s+$", re.I)
AREA_KINDS = frozenset("province governorate state region county parish district".split())
_AREA_WORD = re.compile(r"\b(County|Parish|Province|Governorate|District|Region|Oblast|Prefecture|State)\b")
_KIND_AFTER = re.compile(r"^\s+(province|governorate|region|state|county|parish|district)\b", re.I)


@dataclass(slots=True)
class Resolution:
    mention: Mention
    place: Place | None
    score: float
    loose: bool = False         # the chosen place matched only loosely (article stripped, squashed)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def prior(place: Place, loose: bool) -> float:
    score = math.log10(place.population + 10) + FEATURE_BONUS.get(place.feature_code, 0.0)
    return score - LOOSE_PENALTY if loose else score


def _contains(container: Place, place: Place) -> bool:
    """Whether a country or first-level area contains a place (by codes, not geometry)."""
    if container.country_code is None or container.country_code != place.country_code or container is place:
        return False
    if container.feature_code.startswith("PCL"):
        return True
    return container.feature_code == "ADM1" and container.admin1 == place.admin1


class Resolver:
    def __init__(self, gazetteer: Gazetteer):
        self.gazetteer = gazetteer

    def resolve(self, text: str, mentions: list[Mention]) -> list[Resolution]:
        cands = [self.gazetteer.matches(m.text) if m.demonym_of is None else [] for m in mentions]
        hints = [self._hints(text, m) for m in mentions]
        first = [self._choose(m, c, h, None, None) for m, c, h in zip(mentions, cands, hints)]
        countries, admin1s = self._evidence(mentions, first)
        first = [self._choose(m, c, h, countries, admin1s) for m, c, h in zip(mentions, cands, hints)]
        countries, admin1s = self._evidence(mentions, first)
        return [self._choose(m, c, h, countries, admin1s, first, idx)
                for idx, (m, c, h) in enumerate(zip(mentions, cands, hints))]

    # -- evidence --------------------------------------------------------------------------------
    def _hints(self, text: str, m: Mention) -> dict:
        """Qualifiers written around a mention: ", Syria", ", Ill.", "Syrian city of", "X province"."""
        hints: dict = {}
        after = text[m.end:m.end + 40]
        q = _QUALIFIER.match(after)
        if q:
            token = q.group(1).rstrip(".")
            if token in US_STATE_ABBREVIATIONS or token in _POSTAL:
                hints["admin1"] = ("US", US_STATE_ABBREVIATIONS.get(token, token))
        else:
            q = re.match(r",\s*([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})", after)
            if q:
                hints["qualifier"] = q.group(1)
        before = text[max(0, m.start - 40):m.start]
        d = _DEMONYM_BEFORE.search(before)
        if d and d.group(1) in self.gazetteer.demonyms:
            hints["country"] = self.gazetteer.demonyms[d.group(1)]
        k = _KIND_BEFORE.search(before) or _KIND_AFTER.match(text[m.end:m.end + 20])
        if k:
            hints["kind"] = k.group(1).lower()
        return hints

    def _evidence(self, mentions: list[Mention], chosen: list[Resolution]):
        countries: Counter = Counter()
        admin1s: Counter = Counter()
        for m, r in zip(mentions, chosen):
            if m.demonym_of:
                countries[m.demonym_of] += 1
            elif r.place is not None and r.place.country_code:
                countries[r.place.country_code] += 1
                if r.place.admin1:
                    admin1s[(r.place.country_code, r.place.admin1)] += 1
        return countries, admin1s

    def _choose(self, m: Mention, cands: list[tuple[Place, bool]], hints: dict,
                countries: Counter | None, admin1s: Counter | None,
                chosen: list[Resolution] | None = None, idx: int = -1) -> Resolution:
        if not cands:
            return Resolution(m, None, 0.0)
        qualifier_places = self.gazetteer.candidates(hints["qualifier"]) if "qualifier" in hints else []
        anchors = []
        if chosen is not None:
            anchors = [r.place for j, r in enumerate(chosen)
                       if j != idx and r.place is not None and r.mention.key != m.key
                       and r.place.feature_code not in ("PCLI", "CONT", "RGN", "ADM1")]
        # A bare name shared by an admin area and a town in it ("Raqqa", "Mosul", "Geneva") means the
        # town; an admin area named after its seat needs "province"/"county" to be meant.
        towns = {(p.country_code, p.admin1) for p, _ in cands if p.feature_class == "P"}
        named_area = hints.get("kind") in AREA_KINDS or _AREA_WORD.search(m.text)
        best, best_score, best_loose = None, -1e9, False
        for place, loose in cands:
            s = prior(place, loose)
            if place.feature_code in ("ADM1", "ADM2") and not named_area:
                if (place.country_code, place.admin1) in towns:
                    s -= FEATURE_BONUS[place.feature_code] + 1.0
                if place.feature_code == "ADM2":
                    s -= 3.0    # counties and districts are written with their kind ("Will County")
            kind = hints.get("kind")
            if kind in ("province", "governorate", "state", "region"):
                s += 4.0 if place.feature_code == "ADM1" else 0.0
            elif kind in ("county", "parish", "district"):
                s += 4.0 if place.feature_code in ("ADM2", "ADM1") else 0.0
            elif kind in ("city", "town", "village", "settlement", "capital"):
                s += 4.0 if place.feature_class == "P" else -2.0
            if hints.get("admin1"):
                s += QUALIFIER_BONUS if (place.country_code, place.admin1) == hints["admin1"] else 0.0
            if hints.get("country"):
                s += QUALIFIER_BONUS if place.country_code == hints["country"] else 0.0
            if qualifier_places and any(_contains(q, place) for q in qualifier_places[:3]):
                s += QUALIFIER_BONUS
            if countries and place.country_code and not place.feature_code.startswith("PCL"):
                share = countries[place.country_code] / max(1, sum(countries.values()))
                s += COUNTRY_EVIDENCE_BONUS * share * 2 if share else 0.0
            if admin1s and place.admin1 and place.feature_code != "ADM1":
                if admin1s[(place.country_code, place.admin1)]:
                    s += ADMIN1_EVIDENCE_BONUS
            if anchors:
                d = min(haversine_km(place.lat, place.lon, a.lat, a.lon) for a in anchors)
                s += max(0.0, PROXIMITY_MAX_BONUS * (1 - math.log10(d + 1) / 3))
            if s > best_score:
                best, best_score, best_loose = place, s, loose
        return Resolution(m, best, best_score, best_loose)
