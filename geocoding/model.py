"""The public records of the geocoding package: gazetteer places, toponyms found in text, spatial phrases."""
from __future__ import annotations

from dataclasses import dataclass

# UCDP where_prec codes, as used in the event record.
PREC_EXACT = 1          # a city, town or village
PREC_NEAR = 2           # within ~25 km of a known point ("8 km south of Raqqa")
PREC_ADMIN2 = 3         # second-level admin area (a US county, a district)
PREC_ADMIN1 = 4         # first-level admin area (a province, a US state)
PREC_REGION = 5         # a named region or landscape, a continent
PREC_COUNTRY = 6
PREC_WATER = 7          # waters or airspace


@dataclass(frozen=True, slots=True)
class Place:
    """A gazetteer entry, in GeoNames terms."""
    geonameid: int | None
    name: str
    lat: float
    lon: float
    feature_class: str          # GeoNames class: 'P','A','L','T','H','S','V'
    feature_code: str           # 'PPLC','PPL','PCLI','ADM1','ADM2','CONT','RGN',...
    country_code: str | None
    admin1: str | None
    population: int = 0
    admin2: str | None = None   # GeoNames' second-level code within admin1 (a city's district or county; an ADM2's own)

    @property
    def precision(self) -> int:
        """UCDP where_prec of a mention of this place."""
        code, cls = self.feature_code, self.feature_class
        if code.startswith("PCL") or code in ("TERR",):
            return PREC_COUNTRY
        if code == "ADM1":
            return PREC_ADMIN1
        if code in ("ADM2", "ADM3", "ADM4"):
            return PREC_ADMIN2
        if cls == "H":
            return PREC_WATER
        if cls in ("L", "T", "V") or code in ("CONT", "RGN"):
            return PREC_REGION
        return PREC_EXACT


@dataclass(slots=True)
class Toponym:
    """A place name found in a text, with the gazetteer entry it resolves to (None when unresolved)."""
    start: int
    end: int
    name: str
    place: Place | None
    precision: int | None
    kind: str = "name"          # "name", "abbreviation" ("Ill."), "demonym" ("Syrian": its country),
                                # "street", "qualifier" (a name that qualifies an actor: "Saudi-led")

    def to_dict(self) -> dict:
        p = self.place
        return {"start": self.start, "end": self.end, "name": self.name, "kind": self.kind,
                "lat": p.lat if p else None, "lon": p.lon if p else None,
                "geonameid": p.geonameid if p else None,
                "country_code": p.country_code if p else None,
                "feature_code": p.feature_code if p else None,
                "admin1": p.admin1 if p else None,
                "admin2": p.admin2 if p else None,
                "precision": self.precision}


@dataclass(slots=True)
class Location:
    """A spatial phrase ("8 km south of Raqqa", "between A and B") turned into a point."""
    start: int
    end: int
    phrase: str
    lat: float
    lon: float
    precision: int
    anchor: Toponym | None
    name: str

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "phrase": self.phrase, "name": self.name,
                "lat": self.lat, "lon": self.lon, "precision": self.precision,
                "anchor": self.anchor.to_dict() if self.anchor else None}
