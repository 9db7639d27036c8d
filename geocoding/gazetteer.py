"""Gazetteer: name -> candidate places, over the compact default index plus places added at run time."""
from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from os import PathLike
from pathlib import Path

from . import normalize
from .dumps import open_dump_index
from .index import SPELLING_MIN_LENGTH, GazetteerIndex
from .model import Place

_default: "Gazetteer | None" = None
_default_lock = threading.Lock()
# Lookups are memoised per key (names recur within and across reports); the memos are emptied when
# places are added, and when they grow past this many keys (so a long stream of texts stays bounded).
_MEMO_SIZE = 100_000
# How long a one-word name must be for a town one first vowel apart to be read as its spelling (first_vowel_towns)
TOWN_VOWEL_MIN_LENGTH = 6


class Gazetteer:
    def __init__(self, index: GazetteerIndex | None = None):
        self.index = index
        self.overlays: list[GazetteerIndex] = []                   # GeoNames dumps (dumps.py)
        self._indexes: tuple[GazetteerIndex, ...] = (index,) if index is not None else ()
        self._extra: dict[str, list[tuple[Place, bool]]] = {}     # key -> added places (loose flag)
        self._has_key_memo: dict[str, bool] = {}
        self._matches_memo: dict[str, tuple[tuple[Place, bool], ...]] = {}
        self._spelling_memo: dict[tuple[str, ...], tuple[tuple[Place, bool], ...]] = {}  # spelling forms -> places
        self.runs_memo: dict[str, tuple | None] = {}     # a run of capitalised words -> what it names (recognize.py)
        self.name_facts_memo: dict[str, object] = {}     # a key -> what recognize._keep asks of its places
        self.compounds_memo: dict[tuple[str, bool], tuple] = {}  # a hyphenated token -> the places in it (recognize.py)
        self._first_name_memo: dict[str, bool] = {}      # a word -> is_first_name (the index's trie, lower-cased)
        # (a plain attribute, not a property: recognize.demonym_country reads it for every capitalised word)
        self.demonyms: dict[str, str] = index.demonyms if index is not None else {}
        self.generation = 0     # counts the times places were added: memos elsewhere hold for one generation

    def _forget(self) -> None:
        """Empty the lookup memos (places were added)."""
        self._has_key_memo.clear()
        self._matches_memo.clear()
        self._spelling_memo.clear()
        self.runs_memo.clear()
        self.name_facts_memo.clear()
        self.compounds_memo.clear()
        self.generation += 1

    @classmethod
    def default(cls) -> "Gazetteer":
        """The process-wide gazetteer over the cached index (built on first use, see index.py)."""
        global _default
        if _default is None:
            with _default_lock:
                if _default is None:
                    _default = cls(GazetteerIndex.open_default())
        return _default

    # -- lookups ---------------------------------------------------------------------------------
    def has_key(self, key: str) -> bool:
        """True when a normalised key (see normalize.name_key) names some place, loosely or not."""
        found = self._has_key_memo.get(key)
        if found is None:
            county = normalize.county_form(key)
            joined = normalize.joined_form(key)
            found = self._has_exact_key(key) or any(self._has_exact_key(v) for v in normalize.key_variants(key)) \
                or county is not None and self._has_exact_key(county) or joined is not None and self._has_exact_key(joined) \
                or bool(self._saint_readings(key))
            if len(self._has_key_memo) >= _MEMO_SIZE:
                self._has_key_memo.clear()
            self._has_key_memo[key] = found
        return found

    def has_spelling(self, key: str) -> bool:
        """True when a key no other key finds has a place under its spelling key (normalize.spelling_key):
        "makhmour" (Makhmur), "efrin" (Afrin)."""
        return bool(self.spelling_matches(key))

    def spelling_matches(self, key: str) -> tuple[tuple[Place, bool], ...]:
        """The places (all loose) a key names by its spelling key only, when no other key of it names any."""
        if len(key) < SPELLING_MIN_LENGTH or self.has_key(key):
            return ()
        return self.spelling_namesakes(key)

    def spelling_namesakes(self, key: str) -> tuple[tuple[Place, bool], ...]:
        """The places (all loose) a key names by its spelling key, whatever it names as written: "Kufra" is some
        Turkish town's alternate name as written, Libya's Al Kufrah as spelt."""
        if len(key) < SPELLING_MIN_LENGTH:
            return ()
        forms = normalize.spelling_forms(key)
        vowel_forms = normalize.first_vowel_forms(key)
        # (a key that is one of its own forms finds less than its other spellings do: "tikrit" not Tikrit, which
        # "tikreet" finds; the memo tells them apart)
        memo_key = forms + vowel_forms + ((key,) if key in forms else ())
        found = self._spelling_memo.get(memo_key)
        if found is None:
            # (a key that is its own spelling key finds only other names bent to it)
            places = [p for form in forms if form != key for p, _ in self._lookup_key(form)]
            for index in self._indexes:
                places += [index.place(n) for form in forms for n in index.lookup_spelling(form)]
            if vowel_forms:
                areas = [p for form in vowel_forms for p, _ in self._lookup_key(form)]
                for index in self._indexes:
                    areas += [index.place(n) for form in vowel_forms for n in index.lookup_spelling(form)]
                places += [p for p in areas if p.feature_code == "ADM1"]
            found = tuple((p, True) for p in dict.fromkeys(places))
            if len(self._spelling_memo) >= _MEMO_SIZE:
                self._spelling_memo.clear()
            self._spelling_memo[memo_key] = found
        return found

    def first_vowel_towns(self, key: str) -> tuple[Place, ...]:
        """The towns a one-word key of six letters or more names with the vowel of its first syllable written
        otherwise, where no other key of it names any place: South Asian and Arabic names' short vowels are written at
        will ("Noshki" of Nushki). Far more English names are other towns one vowel apart than
        provinces are, so the caller keeps only those of an area its report names (recognize._spelt_otherwise)."""
        if len(key) < TOWN_VOWEL_MIN_LENGTH or " " in key or self.has_key(key):
            return ()
        forms = normalize.first_vowel_forms(key, TOWN_VOWEL_MIN_LENGTH)
        if not forms:
            return ()
        memo_key = ("town vowels",) + forms
        found = self._spelling_memo.get(memo_key)
        if found is None:
            places = [p for form in forms for p, _ in self._lookup_key(form)]
            for index in self._indexes:
                places += [index.place(n) for form in forms for n in index.lookup_spelling(form)]
            found = tuple((p, True) for p in dict.fromkeys(places) if p.feature_class == "P")
            if len(self._spelling_memo) >= _MEMO_SIZE:
                self._spelling_memo.clear()
            self._spelling_memo[memo_key] = found
        return tuple(p for p, _ in found)

    def _saint_readings(self, key: str) -> list[tuple[Place, bool]]:
        """The places a key with a "St" names under "Saint" ("st lucia" -> Saint Lucia, "st catherine" -> Jamaica's
        Saint Catherine): a country as exact, any other place loose only, so that it stands where the report backs
        its country (read so everywhere, "St. Patrick's Day" is a parish of Dominica). None of a country the "St"
        form names already, nor of the US (GeoNames gives American places their "St." forms): there it would move
        "St. Clair" or "St. John" to another namesake."""
        if not key.startswith("st "):
            return []
        written = {p.country_code for p, _ in self._lookup_key(key)}
        written.add("US")
        return [(p, loose or p.feature_code != "PCLI") for p, loose in self._lookup_key("saint " + key[3:])
                if p.country_code not in written or p.feature_code == "PCLI"]

    def _has_exact_key(self, key: str) -> bool:
        if key in self._extra:
            return True
        for index in self._indexes:
            if key in index:
                return True
        return False

    def matches(self, name: str) -> list[tuple[Place, bool]]:
        """Candidate places for a surface form, each with True when it matched only loosely."""
        key = normalize.name_key(name)
        found = self._matches_memo.get(key)
        if found is None:
            found = self._matches(key)
            if len(self._matches_memo) >= _MEMO_SIZE:
                self._matches_memo.clear()
            self._matches_memo[key] = found
        return list(found)

    def _matches(self, key: str) -> tuple[tuple[Place, bool], ...]:
        found: dict[tuple, tuple[Place, bool]] = {}
        county = normalize.county_form(key)       # "Co Donegal" is as exact as "County Donegal"
        written = ((key, False), (county, False)) if county else ((key, False),)
        joined = normalize.joined_form(key)      # "Sistan-Baluchestan" is Sistan and Baluchestan, loosely
        variants = (*normalize.key_variants(key), *((joined,) if joined else ()))
        for k, loose_key in (*written, *((v, True) for v in variants)):
            for place, loose in (*self._lookup_key(k), *(self._saint_readings(k) if k == key else ())):
                # A dump repeats places of the default index: one candidate per GeoNames id.
                ident = place.geonameid if place.geonameid is not None else (place.name, place.lat, place.lon)
                loose = loose or loose_key
                if ident not in found or (found[ident][1] and not loose):
                    found[ident] = (place, loose)
        return tuple(found.values())

    def spelt_otherwise(self, key: str, place: Place) -> bool:
        """Whether a loose match of a key to a place is a transliteration's: the place's name written without its
        Arabic article ("Hodeidah" of "El-Hodeidah", "Hasakah" of "Al-Hasakah") or with another one ("Al Fasher" of
        "El Fasher"), or an Arabic name with other vowels
        ("Maarat al-Nuaman" of "Ma'arrat an Nu'man"), not a squashed phrase ("Then I" as Theni)."""
        stripped = normalize.strip_article(key)
        # the name with an article, or with its article as another transliteration writes it ("Al Fasher" of "El
        # Fasher", "Al-Obeid" of "El Obeid")
        exact_forms = [f"{article} {stripped or key}" for article in normalize.ARTICLES]
        if stripped:
            exact_forms.append(stripped)
        if any(p == place and not loose for k in exact_forms for p, loose in self._lookup_key(k)):
            return True
        spelt = normalize.arabic_spelling_key(key)
        if spelt is not None and any(p == place for p, _ in self._lookup_key(spelt)):
            return True
        return any(p == place for p, _ in self.spelling_matches(key))

    def keys_with_prefix(self, prefix: str, max_extra: int = 3) -> list[str]:
        """Keys that extend a prefix by at most max_extra characters ("abkhaz" -> "abkhazia")."""
        out = [k for k in self._extra if k.startswith(prefix) and len(k) - len(prefix) <= max_extra]
        for index in self._indexes:
            out += [k for k in index.names.keys(prefix) if len(k) - len(prefix) <= max_extra]
        return sorted(set(out), key=len)

    def candidates(self, name: str) -> list[Place]:
        """Candidate places for a surface form, exact matches first, then by population."""
        ranked = sorted(self.matches(name), key=lambda m: (m[1], -m[0].population))
        return [p for p, _ in ranked]

    def _lookup_key(self, key: str) -> list[tuple[Place, bool]]:
        out = list(self._extra.get(key, ()))
        for index in self._indexes:
            out += [(index.place(n), loose) for n, loose in index.lookup(key)]
        return out

    def country(self, iso: str) -> Place | None:
        """The country entry for an ISO 3166 alpha-2 code."""
        n = self.index.country_places.get(iso) if self.index is not None else None
        return self.index.place(n) if n is not None else None

    def capital(self, iso: str) -> Place | None:
        """A country's capital (its most populous PPLC entry)."""
        n = self.index.capital_places.get(iso) if self.index is not None else None
        return self.index.place(n) if n is not None else None

    def admin1(self, country_code: str, admin1: str) -> Place | None:
        """The first-level admin area for GeoNames codes ("US", "IL")."""
        n = self.index.admin1_places.get(f"{country_code}.{admin1}") if self.index is not None else None
        return self.index.place(n) if n is not None else None

    def admin_name(self, country_code: str | None, admin1: str | None, admin2: str | None = None) -> str | None:
        """The English name of the admin area with these GeoNames codes: the first-level one ("SY", "11" ->
        "Homs"), or with admin2 the second-level one ("US", "IL", "031" -> "Cook County"); None when unknown."""
        if self.index is None or not country_code or not admin1:
            return None
        code = f"{country_code}.{admin1}.{admin2}" if admin2 else f"{country_code}.{admin1}"
        found = self.index.admin_names.get(code)
        return found[0].decode("utf-8") if found else None

    def is_first_name(self, word: str) -> bool:
        # (memoised: a report asks of the same capitalised words again and again, and the trie is memory-mapped;
        # the default index's given names only, so no addition of places changes an answer)
        found = self._first_name_memo.get(word)
        if found is None:
            found = self.index is not None and word.lower() in self.index.first_names
            if len(self._first_name_memo) >= _MEMO_SIZE:
                self._first_name_memo.clear()
            self._first_name_memo[word] = found
        return found

    def is_upper_only(self, key: str) -> bool:
        """A key every alias writes in capitals ("act" from "ACT"): needs capitals in the text too."""
        return self.index is not None and key in self.index.upper_only and not self._added(key)

    def is_alias_only(self, key: str) -> bool:
        """A one-word key that is only some town's alternate name, never a place's own name."""
        return self.index is not None and key in self.index.alias_only and not self._added(key)

    def is_common_word(self, key: str) -> bool:
        """A one-word name that is also a common lower-case English word ("will", "mobile")."""
        for index in self._indexes:
            if key in index.common_words:
                return True
        return False

    def _added(self, key: str) -> bool:
        """A key some place added at run time, or some loaded dump, is named by."""
        return key in self._extra or bool(self.overlays) and any(key in overlay for overlay in self.overlays)

    # -- additions -------------------------------------------------------------------------------
    def add(self, place: Place, aliases: Iterable[str] = ()) -> None:
        """Add a place (a user's district, village, checkpoint) under its name and aliases."""
        exact, loose = set(), set()
        for alias in (place.name, *aliases):
            key = normalize.name_key(alias)
            if key:
                exact.add(key)
                loose.update(normalize.key_variants(key))
        for key in exact:
            self._extra.setdefault(key, []).append((place, False))
        for key in loose - exact:
            self._extra.setdefault(key, []).append((place, True))
        self._forget()

    def load_geonames_dump(self, path: str | PathLike, progress: Callable[[int], None] | None = None) -> int:
        """Add the places of a standard GeoNames dump (SY.txt, cities500.txt, allCountries.txt) through its
        memory-mapped overlay index, built on first use (see dumps.py); returns how many it holds."""
        overlay = open_dump_index(Path(path), progress)
        self.overlays.append(overlay)
        self._indexes += (overlay,)
        self._forget()
        return overlay.count
