"""Geoparser: recognition + resolution + spatial phrases, the entry point of the package."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from .gazetteer import Gazetteer
from .model import PREC_ADMIN2, PREC_NEAR, Location, Place, Toponym
from .recognize import (AREA_ABBREVIATIONS, AREA_WORDS, DIRECTION_WORDS, LOCAL_PART_WORDS, LOCATIVE_WORDS,
                        SPEECH_VERBS, Mention, dateline_town, demonym_country, find_mentions)
from .normalize import name_key
from .resolve import POSTAL_CODES, Resolution, Resolver, city_of_qualified_name
from .spatial import haversine_km
from .spatial import find_capitals, find_locations
from .unknown import find_unknown_names


# A town smaller than this, in a country no other name of the report backs, while at least STRAY_OTHER_BACKING
# names back other countries, is no reading of its name: on LGL and GeoVirus such readings were words ("Highways",
# "Red Cross", "Farsi", "El Nino") far more often than towns, and in a report about Burkina Faso, "Solhan" is not
# the Turkish town of that name.
STRAY_TOWN_POPULATION = 20_000
STRAY_OTHER_BACKING = 3
# A town under a million that bears a name only as an alternate one is no reading of it either, when the report's
# other names are all in other countries and farther than ALTERNATE_NAME_FAR_KM: "Kuki" in Manipur is no Japanese
# town (Kukichūō), "Intan" in Papua no Chinese one (Yingtan), "Boni" in Mali no German one (Bonn); but "Kismayu" is
# Somalia's Kismayo in a report that names Kenya. A demonym of its country backs it ("Israel's army raided Jenin, the
# Palestinian ministry said"); a demonym of another is no evidence against it ("Russian missiles hit Zaporizhzhia").
# Only names recognised in the text: a given span is a place, where its alternate name is as often the one meant,
# as "Saida" for Sidon.
ALTERNATE_NAME_TOWN_POPULATION = 1_000_000
ALTERNATE_NAME_FAR_KM = 1000.0
# FAR_NAMESAKE: so is a town under a million that bears the name as its own, where at least STRAY_OTHER_BACKING other
# names are firmly placed, all in one other country (that country or a first-level area of it among them) and none within
# ALTERNATE_NAME_FAR_KM of it, and the report names it twice or more: "Palma" in a report from
# Cabo Delgado is Mozambique's town, which cities500 lacks, not Mallorca's; better no point than the bigger namesake
# abroad. (On LGL and GeoVirus such readings were names of people, firms and brands far more often than towns:
# "Toyota", "Obama", "Belk", "Metz".)
# What may stand between a street, a quarter or a camp and its town: "Main St., Annville", "the Abu Shok refugee camp in
# Al-Fashir", "the Zaatari camp near Mafraq".
_TOWN_AFTER = re.compile(r"(?:\s+(?:(?:refugee|displacement|IDP)\s+)?(?:camp|neighbou?rhood|quarter|slum|favela|shantytown)s?"
                         r"|\s+(?:district|area|market|bazaar|community)\s+of\s+(?:(?:West|East|North|South|Central)\s+)?(?=[A-Z]))?,?\s*(?:(?:in|near|outside)\s+)?")
# What stands between a town and its part the text names after it as its owner: "Kabul's Shar-e Naw district", "Dhaka's
# old Chawkbazar area"
_OWNER_BEFORE = re.compile(r"['’]s\s+(?:[a-z]+\s+)?$")


def _country_as_actor(text: str, r: Resolution) -> bool:
    """A country named with no locative word before it ("US strikes Houthi targets near Hodeidah port", "US Central
    Command said"): named for its forces abroad, it places nothing near it (not "crossed into Thailand")."""
    if not r.place.feature_code.startswith("PCL"):
        return False
    before = text[max(0, r.mention.start - 12):r.mention.start].split()
    return not before or before[-1].lower() not in _COUNTRY_PLACE_WORDS


_COUNTRY_PLACE_WORDS = LOCATIVE_WORDS | {"of"}


def _precision(r: Resolution) -> int | None:
    """The UCDP precision of a resolution: its place's, save a town the text names an area below a province by
    ("Yei county", "Gwoza local government area"): the area around the town, whose seat it is (not a quarter of a
    city so named: "the Rimal district" is that quarter); and a town that holds a small place the gazetteer lacks
    ("Barangay San Jose, Sipalay City"), near which the place lies."""
    place = r.place
    if place is None:
        return None
    if r.local_area and place.feature_class == "P" and place.feature_code != "PPLX":
        return PREC_ADMIN2
    if r.holds_unplaced and place.feature_class == "P":
        return max(place.precision, 2)  # (UCDP's 2: within about 25 km of a known point)
    return place.precision


def _area_word_after(text: str, end: int) -> bool:
    """Whether an area's kind word follows a name ("Shabwa governorate")."""
    words = text[end:end + 14].split(maxsplit=1)
    return text[end:end + 1] == " " and bool(words) and words[0].lower().rstrip(".,;:") in AREA_WORDS


# "X Island" where the gazetteer knows no island X: the name told as an island (the word left out of the mention).
_ISLAND_AFTER = re.compile(r" Islands?\b")
# A speech verb after a name: "Israel said", a government speaking.
_SPEECH_VERB_AFTER = re.compile(r" (?:" + "|".join(sorted(SPEECH_VERBS)) + r")\b")
# A building's word after a name, maybe after a word of its kind: "Medina hospital", "Yarmouk teaching hospital", "the
# Madina mosque" (see _buildings_named_for_towns_abroad; cheap test first). Not a university's or a college's, which
# bear their own town's name ("Cambridge University"), nor a school board's or district's (an area: "Thames Valley
# District School Board")
_BUILDING_WORDS = ("ospital", "linic", "chool", "osque", "hurch", "adrasa")
_BUILDING_AFTER = re.compile(r"\s+(?i:(?:general|regional|referral|teaching|district|central|main|memorial|military|"
                             r"government|grand|specialist|children's|women's)\s+)?(?i:hospital|clinic|school|mosque|"
                             r"church|madrasa)\b(?!\s+(?i:board|district|division|system|corporation))")
# A compass word and a word of coast or water: a region named from where the report is ("the Central Coast", "the
# South Bay", "the North Shore"), seldom the namesake town the gazetteer holds.
_REGION_NAME = re.compile(r"(?:North|South|East|West|Central|Northern|Southern|Eastern|Western)\s+(?:Coast|Bay|Shore)$")
# How near another place of the report a town read for such a name must be to stand (as resolve's proximity fades out)
LANDSCAPE_TOWN_FAR_KM = 150.0
# Countries whose local units are called townships (or boroughs, villages: "Haverford Township", "Monywa Township"): one
# the gazetteer lacks, in a report there, lies in the area the report names most
TOWNSHIP_COUNTRIES = frozenset({"US", "CA", "MM"})


# A small place's kind written before its name ("Barangay", "Brgy.", "Sitio", "Purok", "village of"): a given span may
# hold it.
_KIND_WORD_OPENING = re.compile(r"(?:[Bb]arangay|BARANGAY|Brgy\.?|[Ss]itio|[Pp]urok|(?i:village|hamlet)\s+of)\s+")


def _after_kind_word(text: str, start: int, end: int) -> int:
    """Where the name starts in text[start:end] after a small place's kind word opening it (start where none does)."""
    if text[start] not in "BbSsPpVvHh":
        return start
    m = _KIND_WORD_OPENING.match(text, start, end)
    return m.end() if m else start


class Geoparser:
    def __init__(self, gazetteer: Gazetteer | None = None, fallback=None):
        """fallback: an object with geocode(name) -> Place | None (e.g. online.OnlineGeocoder), asked
        for the given spans the gazetteer cannot resolve and, in parse(), for names it lacks that the
        text frames as places (geocoding/unknown.py)."""
        self.gazetteer = gazetteer or Gazetteer.default()
        self.resolver = Resolver(self.gazetteer)
        self.fallback = fallback

    def parse(self, text: str, demonyms: bool = False, streets: bool = False) -> list[Toponym]:
        """Find and resolve every toponym of a text. Demonyms ("Syrian") are evidence of a country, not
        places; with demonyms=True they are listed too, resolved to their country and marked
        kind="demonym" (the convention of toponym annotation, where "Russian" counts as a toponym).
        With streets=True, street and road names ("Main Street", "Highway 19") are listed as well,
        kind="street", at the point of their town (precision 2) when the text names one."""
        found_streets: list[Mention] = []
        mentions = find_mentions(text, self.gazetteer, found_streets)
        resolutions, countries = self._resolve(text, mentions, demonyms)
        supported, stray = self._support(text, countries), self._stray(countries, self.gazetteer.is_first_name)
        foreign_alternate = self._foreign_alternate(text, resolutions)
        standalone = self._standalone(text, resolutions)
        halves = self._halves_of_one_name(text, resolutions, countries)
        far_towns = self._far_towns_of_a_landscape(text, resolutions) | self._buildings_named_for_towns_abroad(
            text, resolutions) | self._compass_areas_abroad(resolutions, countries)
        toponyms = [self._toponym(r) for r in resolutions
                    if (demonyms or r.mention.kind != "demonym") and r.place is not None and not r.mention.in_a_name
                    and (not (r.mention.weak or r.loose) or supported(r) or standalone(r))
                    and not stray(r) and not foreign_alternate(r) and id(r) not in halves
                    and id(r) not in far_towns]
        if streets and found_streets:
            toponyms = sorted(toponyms + self._streets(text, found_streets, toponyms), key=lambda t: t.start)
        if self.fallback is not None:
            toponyms = sorted(toponyms + self._ask_fallback(text, mentions, toponyms), key=lambda t: t.start)
        return toponyms

    def _resolve(self, text: str, mentions: list[Mention],
                 demonyms_are_places: bool) -> tuple[list[Resolution], dict[str, int]]:
        """The resolver's readings, and the report's backing of countries by them (_backing), save that a name read by its spelling key where it names a place as written too
        (Resolver._spelt_namesakes: "near Kufra") keeps that reading only where another name backs its country or an
        area word after it asks for an area ("Shabwa governorate"): else it is read again as written."""
        resolutions = self.resolver.resolve(text, mentions, demonyms_are_places=demonyms_are_places)
        countries = self._backing(resolutions)
        unbacked = {id(r.mention) for r in resolutions if r.loose and self._spelt_namesake(r)
                    and not countries.get(r.place.country_code)
                    and not (r.place.feature_class == "A" and _area_word_after(text, r.mention.end))}
        if unbacked:
            mentions = [replace(m, spelt=False) if id(m) in unbacked else m for m in mentions]
            resolutions = self.resolver.resolve(text, mentions, demonyms_are_places=demonyms_are_places)
            countries = self._backing(resolutions)
        far_local, area = self._far_local_parts(text, resolutions)
        if not far_local:
            return resolutions, countries
        # read again as the first-level area the report is in (or as nothing), lest they pull the report's other names
        # after them ("West Chester Twp." as West Chester, Pa., and "Lima" with it)
        mentions = [replace(m, whole_only=True, code=area) if id(m) in far_local else m for m in mentions]
        resolutions = self.resolver.resolve(text, mentions, demonyms_are_places=demonyms_are_places)
        return resolutions, self._backing(resolutions)

    def _read_as_bare_name(self, r: Resolution) -> bool:
        """Whether a township's or an "Upper"/"Lower" name is read as a town of its bare name (Resolver.
        _candidates: "Brick Township" as Brick, "Lower Merion" as Marion, Ill., alias Merion)."""
        return r.place is not None and r.mention.kind == "name" and bool(
            LOCAL_PART_WORDS.search(r.mention.text)) and any(
            p == r.place for p, _ in self.gazetteer.matches(LOCAL_PART_WORDS.sub("", r.mention.text)))

    def _far_local_parts(self, text: str, resolutions: list[Resolution]) -> tuple[set[int], str | None]:
        """The mentions (by id) of townships' and "Upper"/"Lower" names read loosely as their bare names' towns
        (Resolver._candidates: "Jackson Township" as Jackson, Ga.), or bare names the recognizer found right before
        "Township" ("Jackson Township" as Jackson, Ohio), near none of the places the report firmly names in the
        first-level area it names most (or, with none, an "Upper"/"Lower" one): namesakes, not the townships; the same
        name told alone at the same town ("HOWELL —", "Howell police" beside "Howell Township"); and townships the
        gazetteer lacks with no town of the bare name ("Haverford Township"). With that area's code ("US.PA", or with
        the county the report names most there "US.OH.017"), which holds them, if any."""
        # (each name's local part word asked once: _read_as_bare_name asks it of a placed one)
        local, unplaced, unplaced_keys = [], set(), set()
        for r in resolutions:
            if r.mention.kind != "name":
                continue
            local_part = LOCAL_PART_WORDS.search(r.mention.text) is not None
            if r.place is None:
                if local_part:
                    unplaced.add(id(r.mention))
                    unplaced_keys.add(name_key(LOCAL_PART_WORDS.sub("", r.mention.text)))
            elif local_part and any(p == r.place for p, _ in self.gazetteer.matches(
                    LOCAL_PART_WORDS.sub("", r.mention.text))) or self._bare_before_township(text, r):
                local.append(r)
        if unplaced_keys:
            # (with its name told again without "Township": "Credit River officials")
            unplaced.update(id(r.mention) for r in resolutions if r.place is None and r.mention.kind == "name"
                            and r.mention.key in unplaced_keys)
        if not local and not unplaced:
            return set(), None
        bare_keys = {name_key(LOCAL_PART_WORDS.sub("", r.mention.text)) for r in local}
        firm = [r.place for r in resolutions if r.place is not None and r.mention.kind in ("name", "abbreviation")
                and not (r.loose or r.mention.weak) and r.place.feature_code not in ("PCLI", "CONT")
                and r not in local and r.mention.key not in bare_keys]
        areas = Counter((p.country_code, p.admin1) for p in firm if p.admin1)
        top = max(areas.values(), default=0)
        if top == 0:
            # (read in the report alone, "X Township" is most often about the town X, as Myanmar's are; "Lower X" is
            # another place than X)
            return {id(r.mention) for r in local if r.mention.text.startswith(("Upper ", "Lower ", "UPPER ", "LOWER "))}, None
        tops = [a for a, n in areas.items() if n == top]
        home = [p for p in firm if (p.country_code, p.admin1) in tops]
        # (the town stands too in a first-level area the report names as such: "Monywa Township, Sagaing Region", the
        # region's point far from its towns)
        named_areas = {(p.country_code, p.admin1) for p in home if p.feature_code == "ADM1"}
        far_places = {id(r.place) for r in local if not any(
            haversine_km(r.place.lat, r.place.lon, p.lat, p.lon) <= LANDSCAPE_TOWN_FAR_KM for p in home)
            and (r.place.country_code, r.place.admin1) not in named_areas}
        # (with the bare name told alone at the same far town: "HOWELL —" of "Howell Township", N.J.)
        far = {id(r.mention) for r in resolutions if r.place is not None and id(r.place) in far_places and (
            r in local or r.mention.kind == "name" and r.mention.key in bare_keys)} | unplaced
        if not any(cc in TOWNSHIP_COUNTRIES for cc, _ in tops):
            # (in a report read abroad, only a township read loosely as a far town's bare name leaves it: "Montville
            # Township" beside a misread Medina is no Saudi province)
            far = {id(r.mention) for r in local if id(r.place) in far_places and self._read_as_bare_name(r)}
        if len(tops) != 1:
            return far, None
        # (the county the report names most in that area, if any: "West Chester Twp." in Butler County, Ohio)
        counties = Counter(p.admin2 for p in home if p.feature_code == "ADM2" and p.admin2)
        county = max(counties, key=counties.get) if counties else None
        return far, ".".join(tops[0] + ((county,) if county else ()))

    @staticmethod
    def _bare_before_township(text: str, r: Resolution) -> bool:
        """Whether a town's name the recognizer found is right before "Township" ("Jackson Township police"; kept
        as the town by the recognizer, as Myanmar's "Monywa Township" is), or "township" as Myanmar reports write it
        ("Kani township" in Sagaing: no Japanese city of that name)."""
        return r.place is not None and r.mention.kind == "name" and r.place.feature_class == "P" \
            and text.startswith((" Township", " TOWNSHIP", " township"), r.mention.end)

    def _spelt_namesake(self, r: Resolution) -> bool:
        """Whether a framed name's reading is by its spelling key, though it names other places as written."""
        if not (r.loose and r.mention.spelt and r.mention.kind == "name"):
            return False
        written = self.gazetteer.matches(r.mention.text)
        return bool(written) and all(p != r.place for p, _ in written)

    def _ask_fallback(self, text: str, mentions: list[Mention], toponyms: list[Toponym]) -> list[Toponym]:
        """Names the gazetteer lacks, in a place frame ("the village of Ratla"), asked of the online
        geocoder with the report's main country as a qualifier ("Ratla, Syria")."""
        # (a name read only by its spelling key, and not placed so, is as unknown: "between Ratla and Qasara", no
        # Sudanese Kassara)
        placed = {t.start for t in toponyms}
        unknown = find_unknown_names(text, [(m.start, m.end) for m in mentions if m.start in placed or not m.spelt
                                            or self.gazetteer.matches(m.text)])
        if not unknown:
            return []
        counts: dict[str, int] = {}
        for t in toponyms:
            if t.place is not None and t.place.country_code:
                counts[t.place.country_code] = counts.get(t.place.country_code, 0) + 1
        country = self.gazetteer.country(max(counts, key=counts.get)) if counts else None
        out, asked = [], {}
        for u in unknown:
            query = f"{u.name}, {country.name}" if country else u.name
            if query not in asked:
                asked[query] = self.fallback.geocode(query)
            place = asked[query]
            if place is not None:
                out.append(Toponym(u.start, u.end, u.name, place, place.precision))
        return out

    @staticmethod
    def _streets(text: str, streets: list[Mention], toponyms: list[Toponym]) -> list[Toponym]:
        """Each street at its town: the one named right after it ("Main St., Annville"), else the town
        the report names most (in a tie, the one in the country the report names most: "Moscow ... London, Britain ...
        Grosvenor Square"; then its first), else no point."""
        local = [t for t in toponyms if t.kind == "name" and t.place.feature_class == "P"
                 or t.place.feature_code == "ADM2"]
        counts: dict = {}
        for t in local:
            counts[t.place] = counts.get(t.place, 0) + 1
        countries = Counter(t.place.country_code for t in toponyms if t.kind == "name")
        main = max(counts, key=lambda p: (counts[p], countries[p.country_code])) if counts else None
        out = []
        for st in streets:
            after = _TOWN_AFTER.match(text, st.end)
            # (a given span may hold the town's side: "community of West Kingston")
            town = next((t.place for t in local if after and t.start <= after.end() < t.end), None)
            if town is None and st.code == "town" and (owner := _OWNER_BEFORE.search(text, max(0, st.start - 40),
                                                                                     st.start)):
                town = next((t.place for t in local if t.end == owner.start()), None)   # "Kabul's Shar-e Naw district"
            if st.code == "town" and (town is None or town.feature_class != "P" and town.feature_code != "ADM2"):
                continue                    # a quarter told by its town's name ("Tondo, Manila") lies there or nowhere
                                            # (or in its county: "Walton County's rural Gratis community")
            town = town or main
            out.append(Toponym(st.start, st.end, st.text, town, PREC_NEAR if town else None, "street"))
        return out

    def resolve(self, text: str, spans: list[tuple[int, int]]) -> list[Toponym]:
        """Resolve given spans only (their recognition was done elsewhere)."""
        parts: list[Mention] = []
        found = {(m.start, m.end): m for m in find_mentions(text, self.gazetteer, parts)}
        # (a span that opens with its place's kind, "Barangay Bagong Silang", "Brgy. Payatas", "village of Solhan", is
        # the name after it, as the recognizer reads it with that word before)
        mentions = [found.get((s, e)) or found.get((_after_kind_word(text, s, e), e)) or self._given_mention(text, s, e)
                    for s, e in spans]
        # Demonyms elsewhere in the text still count as country evidence.
        given = set(spans)
        evidence = [m for m in found.values() if m.kind == "demonym" and (m.start, m.end) not in given]
        resolutions, countries = self._resolve(text, mentions + evidence, True)
        # A loose reading (a word trimmed or the spelling bent) of a place in a country no other name backs,
        # where other names (two or more) back other countries, is no reading: not "West Midlands" as
        # Zimbabwe's Midlands in a report about England. (A misspelt country, or a continent, needs no
        # backing.)
        elsewhere = sum(countries.values()) >= 2
        stray = self._stray(countries, self.gazetteer.is_first_name)
        far_towns = self._far_towns_of_a_landscape(text, resolutions) | self._buildings_named_for_towns_abroad(
            text, resolutions)
        # (a given name read only by its spelling key needs another name to back its country, as in parse(): "between
        # Ratla and Qasara" is no Sudanese Kassala)
        supported = self._support(text, countries)
        spelt_given = {id(m) for m in mentions if m.spelt and (m.start, m.end) not in found}
        toponyms = [self._toponym(Resolution(r.mention, None, 0.0) if (r.loose and elsewhere
                                  and r.place.country_code not in (None, *countries)
                                  and r.place.feature_code != "PCLI") or stray(r) or id(r) in far_towns
                                  or id(r.mention) in spelt_given and r.loose and not supported(r) else r)
                    for r in resolutions[:len(mentions)]]
        # a given span the gazetteer lacks, told as a part of a town it names ("Kabul's Shar-e Naw district", "in Lyari,
        # Karachi"), or that the recognizer reads as such a part over a namesake ("the Linden community of Columbus"),
        # lies at that town, as parse() puts it
        parts = [p for p in parts if p.code == "town" and (p.start, p.end) in given]
        if parts:
            placed = [t for t in toponyms if t.place is not None and (t.start, t.end) not in
                      {(p.start, p.end) for p in parts}]
            at_town = {(t.start, t.end): t for t in self._streets(text, parts, placed)}
            for t in toponyms:
                if (t.start, t.end) in at_town:
                    t.place, t.precision = at_town[t.start, t.end].place, at_town[t.start, t.end].precision
        if self.fallback is not None:
            for t in toponyms:
                if t.place is None:
                    t.place = self.fallback.geocode(t.name)
                    t.precision = t.place.precision if t.place is not None else None
        return toponyms

    def _given_mention(self, text: str, start: int, end: int) -> Mention:
        surface = text[start:end]
        area = AREA_ABBREVIATIONS.get(surface.rstrip(".").strip())
        if area and surface.endswith("."):
            return Mention(start, end, surface, name_key(surface), "abbreviation", area)
        if surface in POSTAL_CODES:
            # A postal code given as a place ("NY") is its state.
            return Mention(start, end, surface, name_key(surface), "abbreviation", "US." + surface)
        country = demonym_country(surface, self.gazetteer)
        if country:
            return Mention(start, end, surface, name_key(surface), "demonym", country)
        key = name_key(surface)
        # A given span is a place, as a place's preposition frames one: a name no key finds as written is read by its
        # spelling key too ("Nabatiyeh" of Nabatieh)
        return Mention(start, end, surface, key, spelt=self.gazetteer.has_spelling(key))

    def locations(self, text: str, toponyms: list[Toponym]) -> list[Location]:
        """Spatial phrases around the toponyms, and capitals named by their country's demonym."""
        found = find_locations(text, toponyms)
        capitals = find_capitals(text, self._capital_of)
        return sorted(found + capitals, key=lambda loc: loc.start) if capitals else found

    def _capital_of(self, demonym: str) -> Place | None:
        iso = self.gazetteer.demonyms.get(demonym)
        return self.gazetteer.capital(iso) if iso else None

    @staticmethod
    def _toponym(r: Resolution) -> Toponym:
        kind = "qualifier" if r.mention.qualifier and r.mention.kind == "name" else r.mention.kind
        return Toponym(r.mention.start, r.mention.end, r.mention.text, r.place, _precision(r), kind)

    @staticmethod
    def _backing(resolutions: list[Resolution]) -> dict[str, int]:
        """Country -> how many mentions firmly in it (neither weak, loose nor an actor's qualifier)."""
        countries = {}
        for r in resolutions:
            cc = r.mention.code if r.mention.kind == "demonym" else (r.place.country_code if r.place else None)
            if cc and not (r.mention.weak or r.loose or r.mention.qualifier):
                countries[cc] = countries.get(cc, 0) + 1
        return countries

    @staticmethod
    def _halves_of_one_name(text: str, resolutions: list[Resolution], countries: dict[str, int]) -> set[int]:
        """The two towns read in one name the gazetteer lacks ("the vereda of Caño Indio": no Kano in Nigeria beside
        an Indio in California), two names side by side in two countries that nothing else in the report backs."""
        out: set[int] = set()
        for a, b in zip(resolutions, resolutions[1:]):
            if a.place is not None and b.place is not None and text[a.mention.end:b.mention.start] == " " and \
                    a.place.feature_class == b.place.feature_class == "P" and \
                    a.place.country_code != b.place.country_code and \
                    countries.get(a.place.country_code, 0) <= 1 and countries.get(b.place.country_code, 0) <= 1:
                out.update((id(a), id(b)))
        return out

    @staticmethod
    def _stray(countries: dict[str, int], is_given_name):
        """Whether a resolution is a small town the rest of the report does not back (see
        STRAY_TOWN_POPULATION), given the report's backing (_backing); a capital or a country is never one. Nor is
        an area of any size that a given name names: "Dara district" in a report about Panjshir is no Syrian
        province. is_given_name: the gazetteer's test of a word."""
        elsewhere = sum(countries.values())

        def stray(r: Resolution) -> bool:
            place = r.place
            if place is None or place.feature_code in ("PPLC", "PCLI") or not (
                    place.feature_class == "P" and place.population < STRAY_TOWN_POPULATION
                    or place.feature_class == "A" and r.mention.kind == "name" and is_given_name(r.mention.text)):
                return False
            own = countries.get(place.country_code, 0)  # itself, when it is firm
            return own <= 1 and elsewhere - own >= STRAY_OTHER_BACKING
        return stray

    @staticmethod
    def _foreign_alternate(text: str, resolutions: list[Resolution]):
        """Whether a resolution is a town that bears the name only as an alternate one, far from the report's other
        names, in a country none of them is in but some in another (see ALTERNATE_NAME_TOWN_POPULATION); or one that
        bears it as its own name, where at least STRAY_OTHER_BACKING names are so (see FAR_NAMESAKE)."""
        firm_names = [r for r in resolutions if r.mention.kind == "name" and r.place is not None and
                      r.place.country_code and not (r.mention.weak or r.loose or r.mention.qualifier)]
        if not firm_names:
            return lambda r: False
        demonyms = {r.mention.code for r in resolutions if r.mention.kind == "demonym" and not r.mention.qualifier}
        name_keys = [r.mention.key for r in resolutions if r.mention.kind == "name"]   # (counted by the few that ask)
        acting = {id(o) for o in firm_names if _country_as_actor(text, o)}  # (once a name: asked of every reading)
        # (the country of the report's dateline town, when it opens the text: "MANDALAY, Myanmar (AP) -")
        dateline = next((o.place.country_code for o in firm_names[:1] if o.place.feature_class == "P"
                         and dateline_town(text, o.mention)), None)

        def foreign_alternate(r: Resolution) -> bool:
            place = r.place
            if place is None or place.feature_class != "P" or place.feature_code == "PPLC" or \
                    place.population >= ALTERNATE_NAME_TOWN_POPULATION or r.mention.kind != "name" or \
                    place.country_code in demonyms:
                return False
            cc, key = place.country_code, r.mention.key
            # (the town's own name, or it with a qualifier: "Frankfurt am Main")
            own_name = name_key(place.name) == key or city_of_qualified_name(place, key)
            # (a country named as an actor backs its own towns, but a town abroad is not far from it)
            others = [o.place for o in firm_names if o.mention.key != key and
                      not (id(o) in acting and o.place.country_code != cc)]
            if not others:
                # a name of three letters or fewer, with a demonym of another country only ("the Malian army
                # withdrew from its base in Ber": no Greek Véroia)
                return not own_name and len(key) <= 3 and bool(demonyms)
            if own_name:
                # (a report of one country's places: a town abroad in world news is named as often as not, "talks in
                # Geneva" in a report about Syria and the US; and a name it comes back to: one told once is a trip's
                # stop as often, "flew home through Frankfurt", "a team from Geneva"; and one whose country or first-level
                # area the report names: towns only, "Salem" and "Cornwall" read in the US, may all be misread, where
                # "Montego Bay" is the one right)
                around = [o.place for o in firm_names if o.mention.key != key]
                if len({o.country_code for o in around}) > 1 or not any(o.feature_code in ("PCLI", "ADM1") for o in around):
                    return False
                if (len(around) < STRAY_OTHER_BACKING or name_keys.count(key) < 2) and not (
                        dateline is not None and len(around) >= 2 and around[0].country_code == dateline):
                    # (or a report filed from a town of the one country all its other names are in, that country named
                    # too: "YANGON, Myanmar ... in Kani" is Sagaing's Kani, which cities500 lacks, not Japan's)
                    return False
            return all(
                o.country_code != cc and haversine_km(place.lat, place.lon, o.lat, o.lon) > ALTERNATE_NAME_FAR_KM
                for o in others)
        return foreign_alternate

    def _far_towns_of_a_landscape(self, text: str, resolutions: list[Resolution]) -> set[int]:
        """The resolutions (by id) of names the text tells as an island or a region ("Sagar Island", "the Central
        Coast", "the South Bay") that the gazetteer knows only as towns, where the town read is far from every other
        place of the report (LANDSCAPE_TOWN_FAR_KM) and in no first-level area it names: the island or region is the
        report's own, not a namesake town across the country or the world; better no point than that town. (An island
        named like its first-level area is that area's: "Phuket Island", "Penang Island".)"""
        # (each pattern needs a word of its own: a plain look for it first)
        island = " Island" in text
        told = [r for r in resolutions if r.place is not None and r.mention.kind == "name"
                and r.place.feature_class in "PA" and r.place.feature_code not in ("ADM1", "PCLI")
                and (("Coast" in r.mention.text or "Bay" in r.mention.text or "Shore" in r.mention.text)
                     and _REGION_NAME.match(r.mention.text) or island and _ISLAND_AFTER.match(text, r.mention.end))]
        if not told:
            return set()
        # (not the readings of townships' names as their bare names' towns: _far_local_parts)
        placed = [r for r in resolutions if r.place is not None and r.mention.kind == "name"
                  and not self._read_as_bare_name(r)]
        far = set()
        for r in told:
            p = r.place
            area = self.gazetteer.admin1(p.country_code, p.admin1) if p.admin1 else None
            if area is not None and name_key(area.name).startswith(r.mention.key):
                continue
            if not any(o.mention.key != r.mention.key and (
                    o.place.feature_code == "ADM1" and (o.place.country_code, o.place.admin1) == (p.country_code, p.admin1)
                    or haversine_km(p.lat, p.lon, o.place.lat, o.place.lon) <= LANDSCAPE_TOWN_FAR_KM)
                    for o in placed):
                far.add(id(r))
        return far

    def _buildings_named_for_towns_abroad(self, text: str, resolutions: list[Resolution]) -> set[int]:
        """The resolutions (by id) of names that name a building ("Medina hospital", "the Madina mosque in Kano") where
        no place of that name lies in any country the report's other names are firmly in: a hospital, school or
        mosque named for a town abroad is no mention of that town (by the convention of toponym annotation a
        building's name is none); "Baidoa regional hospital" in a report from Somalia stays Baidoa. So is one read as
        a town of the report's country farther than ALTERNATE_NAME_FAR_KM from every other name placed firmly (two or
        more), where the report names it only so: a building named for a queen or a saint ("Victoria Hospital" in
        London, Ont., is no Victoria, B.C.; but "the Maryville church" of a report that names Maryville on its own too)."""
        for word in _BUILDING_WORDS:
            if word in text:
                break
        else:
            return set()
        named = [r for r in resolutions if r.mention.kind == "name" and _BUILDING_AFTER.match(text, r.mention.end)]
        if not named:
            return set()
        out = set()
        building_keys = [r.mention.key for r in named]
        name_keys = [r.mention.key for r in resolutions if r.mention.kind == "name"]
        for r in named:
            countries = {o.place.country_code for o in resolutions if o.mention.key != r.mention.key and (
                o.mention.kind == "name" and o.place is not None and not (o.mention.weak or o.loose or o.mention.qualifier))}
            countries |= {o.mention.code for o in resolutions if o.mention.kind == "demonym" and not o.mention.qualifier}
            countries.discard(None)
            # (its readings as written and as spelt: "Woldiya General Hospital" is Ethiopia's Woldia)
            readings = [*self.gazetteer.candidates(r.mention.text),
                        *(p for p, _ in self.gazetteer.spelling_namesakes(r.mention.key))]
            if countries and not any(p.country_code in countries for p in readings):
                out.add(id(r))
                continue
            placed = [o.place for o in resolutions if o.mention.key != r.mention.key and o.mention.kind == "name"
                      and o.place is not None and not (o.mention.weak or o.loose or o.mention.qualifier)]
            if r.place is not None and len(placed) >= 2 and building_keys.count(r.mention.key) == name_keys.count(
                    r.mention.key) and all(
                    haversine_km(r.place.lat, r.place.lon, p.lat, p.lon) > ALTERNATE_NAME_FAR_KM for p in placed):
                out.add(id(r))
        return out

    @staticmethod
    def _compass_areas_abroad(resolutions: list[Resolution], countries: dict[str, int]) -> set[int]:
        """The resolutions (by id) of a first-level area named by compass words and its area word alone ("Western
        Province", "Northern Region") in a country no other name of the report backs, while STRAY_OTHER_BACKING names
        back others: many countries have one so named, and the report's is its own country's, which the gazetteer
        may lack, or a side or body named after it ("Western Province beat the Sharks at Newlands": South Africa's
        rugby side, not Sri Lanka's province). countries: the report's backing (_backing)."""
        out = set()
        for r in [r for r in resolutions if r.place is not None and r.place.feature_code == "ADM1"]:
            p = r.place
            if r.mention.kind != "name" or " " not in r.mention.text:
                continue
            *compass, area = r.mention.text.split()
            if area.lower() not in AREA_WORDS or not all(word in DIRECTION_WORDS for word in compass):
                continue
            # (its own mentions are no backing of its country)
            own = sum(1 for o in resolutions if o.mention.key == r.mention.key and o.place is not None
                      and o.place.country_code == p.country_code and not (o.mention.weak or o.loose or o.mention.qualifier))
            if countries.get(p.country_code, 0) - own == 0 and sum(countries.values()) - own >= STRAY_OTHER_BACKING:
                out.add(id(r))
        return out

    def _standalone(self, text: str, resolutions: list[Resolution]):
        """Whether a town's other spelling stands without a country to back it, in a report whose names are all
        uncertain ("70 nm west of Hodeidah", "Shelling hit Severodonetsk"): a name that is only some town's
        alternate one, or that one without its article or with other vowels (Gazetteer.spelt_otherwise), is a
        transliteration, not an English word. (Where another name is firmly placed in a country, the country decides;
        a sea ("west of Mokha in the Red Sea") is in none, and a country named as an actor is no such name, see
        _country_as_actor.)"""
        if any(r.mention.kind == "name" and r.place is not None and r.place.country_code and
               not (r.mention.weak or r.loose) and not _country_as_actor(text, r) for r in resolutions):
            return lambda r: False

        # (uncertain as they are, the other names tell the country: "on the outskirts of Kobani, also known as Ain
        # al-Arab ... shelling near Sarrin" is no Sarín in Peru)
        named_in = Counter(r.place.country_code for r in resolutions
                           if r.mention.kind == "name" and r.place is not None and r.place.country_code
                           and not _country_as_actor(text, r))

        def standalone(r: Resolution) -> bool:
            m, place = r.mention, r.place
            if m.kind != "name" or place is None or m.qualifier:
                return False
            if place.feature_class == "A":
                # an area spelt otherwise that its kind word names as one: "Shabwa governorate", "Hadramout district"
                return r.loose and m.spelt and _area_word_after(text, m.end)
            if place.feature_class != "P":
                return False
            if named_in[place.country_code] == 1 and sum(named_in.values()) > 1:
                return False
            if r.loose:
                return not m.weak and self.gazetteer.spelt_otherwise(m.key, place)
            return m.alias_only
        return standalone

    @staticmethod
    def _support(text: str, countries: dict[str, int]):
        """A weak mention (also an English word) counts when another mention backs its country, given the
        report's backing (_backing)."""

        def supported(r: Resolution) -> bool:
            # An ocean or sea between countries needs no backing country ("across the Pacific"); nor does a country
            # that is a given name too speaking in a report of three other countries ("India and China have sent
            # rescue teams, and Israel said": a government among governments, not a person called Israel).
            return r.place is not None and (countries.get(r.place.country_code, 0) > 0
                                            or r.place.country_code is None and r.place.feature_class == "H"
                                            or r.place.feature_code == "PCLI" and len(countries) >= 3
                                            and _SPEECH_VERB_AFTER.match(text, r.mention.end) is not None)
        return supported
