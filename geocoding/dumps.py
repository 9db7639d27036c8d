"""GeoNames dump files (SY.txt, cities500.txt, allCountries.txt) as memory-mapped overlay indexes.

A dump is read once, streaming, into an index folder of the default index's layout (index.py): its
names trie, packed place arrays and labels, and its own common words ("Bridge", "Market"); the other
word lists stay the default index's.
Every later start maps the folder in milliseconds instead of reading the text again, and resident
memory grows only by the pages a lookup touches, so allCountries.txt (13 million rows) is as usable
as a country file. The folder sits beside the dump, named by the dump's size and time and the index
format, so a changed dump or a new format builds a fresh one.
"""
from __future__ import annotations

import csv
import hashlib
import os
import shutil
import struct
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import marisa_trie

from . import normalize
from .index import FORMAT_VERSION, LOOSE_FLAG, GazetteerIndex, common_english_words, inflected_common
from .placetable import PlaceTableWriter
from .sources import is_latin

# Word lists the default index holds for all: a dump adds only its own common words.
_EMPTY_WORD_LISTS = ("first_names.marisa", "upper_only.marisa", "alias_only.marisa")
_COLUMNS = 15   # geonameid ... population: the columns a dump row must have at least


class DumpError(ValueError):
    """The file is not a GeoNames dump."""


def read_dump(path: str | os.PathLike) -> Iterator[tuple[tuple, list[str]]]:
    """(place fields, aliases) for each row: the place's ASCII name and its Latin-script alternate names
    (not those written in capitals only: codes such as "DAM")."""
    with open(path, encoding="utf-8", newline="") as f:
        for r in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(r) < _COLUMNS or not r[0].isdigit():
                continue
            try:
                fields = (int(r[0]), r[1], float(r[4]), float(r[5]), r[6] or "P", r[7] or "", r[8] or None,
                          r[10] or None, int(r[14] or 0))
            except ValueError as exc:
                raise DumpError(f"row {r[0]}: {exc}") from None
            aliases = [r[2], *(a for a in r[3].split(",") if a and is_latin(a) and not a.isupper())]
            yield fields, aliases


def index_folder(dump: Path) -> Path:
    stat = dump.stat()
    tag = hashlib.sha1(f"{FORMAT_VERSION}:{stat.st_size}:{stat.st_mtime_ns}".encode()).hexdigest()[:10]
    return dump.parent / ".index" / f"{dump.stem}-{tag}"


def build_dump_index(dump: Path, folder: Path, progress: Callable[[int], None] | None = None) -> int:
    """Build the overlay index of a dump into folder (atomically); returns the number of places."""
    folder.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".building-", dir=folder.parent))
    try:
        table = PlaceTableWriter()
        words = common_english_words()
        common: set[str] = set()

        def entries():
            # Streamed into the trie's builder: no list of every key is ever held in Python.
            for n, ((gid, name, lat, lon, fclass, fcode, cc, admin1, population), aliases) in enumerate(read_dump(dump)):
                # The class goes with the code ("H.STM"): a dump has every class, not only the default's.
                table.add(gid, name, lat, lon, f"{fclass}.{fcode}", cc, admin1, population)
                exact, loose = set(), set()
                for alias in (name, *aliases):
                    key = normalize.name_key(alias)
                    if len(key) >= 2:
                        exact.add(key)
                        loose.update(normalize.key_variants(key))
                for key in exact:
                    if " " not in key and inflected_common(key, words):
                        common.add(key)  # "Bridge", "Market": a capitalised word may start a sentence
                    yield key, struct.pack("<I", n)
                for key in loose - exact:
                    yield key, struct.pack("<I", n | LOOSE_FLAG)
                if progress is not None and n % 100_000 == 99_999:
                    progress(n + 1)

        marisa_trie.BytesTrie(entries()).save(str(tmp / "names.marisa"))
        if table.count == 0:
            raise DumpError("no GeoNames rows (19 tab-separated columns)")
        marisa_trie.Trie(common).save(str(tmp / "common.marisa"))
        for name in _EMPTY_WORD_LISTS:
            marisa_trie.Trie().save(str(tmp / name))
        table.save(tmp, {"demonyms": {}, "country_places": {}, "admin1_places": {}}, FORMAT_VERSION)
        shutil.rmtree(folder, ignore_errors=True)
        os.rename(tmp, folder)
        return table.count
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def open_dump_index(dump: Path, progress: Callable[[int], None] | None = None) -> GazetteerIndex:
    """The dump's overlay index, built first when it is missing or out of date (older ones are removed)."""
    folder = index_folder(dump)
    if not (folder / "meta.json").exists():
        for old in folder.parent.glob(f"{dump.stem}-*"):
            shutil.rmtree(old, ignore_errors=True)
        build_dump_index(dump, folder, progress)
    return GazetteerIndex(folder)
