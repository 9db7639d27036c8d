"""The packed place table of an index folder (places.bin, labels.bin, the code tables of meta.json),
written row by row: the default index and the dump overlays share it (index.py reads it back)."""
from __future__ import annotations

import json
from array import array
from pathlib import Path

# Parallel arrays, in file order: name and array type code.
ARRAYS = (("geonameid", "i"), ("lat", "f"), ("lon", "f"), ("population", "I"),
          ("fcode", "H"), ("country", "H"), ("admin1", "H"), ("label_end", "I"),
          ("admin2", "H"))


class PlaceTableWriter:
    def __init__(self) -> None:
        self.arrays = {name: array(tc) for name, tc in ARRAYS}
        self.labels = bytearray()
        # Code tables: feature codes, countries, admin1 and admin2 codes are stored as small numbers.
        self.tables: dict[str, list[str]] = {"fcodes": [""], "countries": [""], "admin1s": [""], "admin2s": [""]}
        self._codes: dict[str, dict[str, int]] = {name: {"": 0} for name in self.tables}

    @property
    def count(self) -> int:
        return len(self.arrays["lat"])

    def _code(self, table: str, value: str | None) -> int:
        value = value or ""
        codes = self._codes[table]
        if value not in codes:
            codes[value] = len(self.tables[table])
            self.tables[table].append(value)
        return codes[value]

    def add(self, geonameid: int | None, name: str, lat: float, lon: float, feature_code: str,
            country_code: str | None, admin1: str | None, population: int, admin2: str | None = None) -> int:
        """Append a place; returns its number."""
        a = self.arrays
        a["geonameid"].append(geonameid if geonameid is not None else -1)
        a["lat"].append(lat)
        a["lon"].append(lon)
        a["population"].append(min(max(population, 0), 0xFFFFFFFF))
        a["fcode"].append(self._code("fcodes", feature_code))
        a["country"].append(self._code("countries", country_code))
        a["admin1"].append(self._code("admin1s", admin1))
        a["admin2"].append(self._code("admin2s", admin2))
        self.labels += name.encode("utf-8")
        a["label_end"].append(len(self.labels))
        return self.count - 1

    def save(self, folder: Path, meta: dict, format_version: int) -> None:
        with open(folder / "places.bin", "wb") as f:
            for name, _ in ARRAYS:
                self.arrays[name].tofile(f)
        (folder / "labels.bin").write_bytes(bytes(self.labels))
        meta = {"format": format_version, "count": self.count, **self.tables, **meta}
        (folder / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
