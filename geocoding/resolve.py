"""Toponym resolution: choose one gazetteer entry per mention, using the whole report as context.

Each candidate place gets a score from
- its prior: population (log scale) and feature kind (a bare "Georgia" in news is the country or
  the state more often than a village);
- explicit qualifiers: "Homs, Syria", "Springfield, Ill.", "the Syrian city of Homs", "X province";
- the report's other names: the countries and first-level areas they resolve to (demonyms count
  as country evidence), and how many of them have a candidate close to this one (places in one
  report lie near each other: Alexandria, Brandon and Douglas County together are in Minnesota).
A name keeps one meaning across a report unless its own qualifiers say otherwise. Resolution runs
in rounds: each round scores against the choices of the previous one.
"""
from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from .gazetteer import Gazetteer
from .model import Place
from .normalize import name_key
from .spatial import haversine_km
from .recognize import (AREA_ABBREVIATIONS, DIRECTION_WORDS, LOCAL_PART_WORDS, US_STATE_ABBREVIATIONS, Mention,
                        dateline_town)


@dataclass
class Weights:
    """Score weights (in units of one decade of population), set by measurement on dev sets."""
    feature: dict
    loose: float = 3.0              # matched only without its article or with spaces squashed
    country: float = 2.0            # per other name of the report in the candidate's country ...
    country_cap: float = 2.0        # ... counting at most this many names
    dateline: float = 1.0           # the country of the report's dateline town, beyond that cap: a wire is written
                                    # where it happens ("BEIRUT - ... clashes in Tripoli, the Lebanese army said" is
                                    # Lebanon's Tripoli, not Libya's capital 6x its size)
    admin1: float = 3.0             # ... or in its first-level area
    qualifier: float = 10.0         # "X, <container>" or "the <demonym> city of X"
    kind: float = 4.0               # "the city of X" wants a town, "X province" an admin area
    proximity: float = 1.5          # per other name believed to be within ~50 km (fading to 150 km)
    proximity_cap: int = 3
    unnamed_area: float = 3.0       # a county matched without its "County"
    max_candidates: int = 40
    rounds: int = 3
    near_km: float = 50.0           # proximity counts fully within this distance ...
    far_km: float = 150.0           # ... and fades out at this one
    alias: float = 3.0              # a town known by the name only as an alternate one, smaller than a
                                    # place that bears it as its own ("Pittsburg, Calif." for "Pittsburgh"):
                                    # as weak a reading as a loose match
    plausible: float = 0.5          # weight of a merely plausible reading of another name nearby
    overshadowed: float = 50.0      # a namesake this many times a town's population, in a country the
                                    # report names, overshadows it (see _context_scores)
    alias_outweighs: float = 5.0    # a town this many times the size of a town that bears its alternate name
                                    # as its own keeps the name, whatever the report backs (see _alias_rivals:
                                    # Tadmur, Palmyra to the world, 7x the American Palmyras; Engels, once
                                    # Pokrovsk, only 3x Ukraine's)
    town_outweighs_area: float = 5.0  # a town this many times the size of a first-level area of its name is what the
                                      # bare name means ("Manchester": England's city, not Jamaica's parish)
    big_town: int = 100_000           # ... when it is a city (not "Bel Air", a French village of 36,000, over the
                                      # Seychelles' district: neither is a Haitian report's quarter)


DEFAULT_WEIGHTS = Weights(feature={
    "PCLI": 5.0, "CONT": 5.0, "RGN": 3.0, "ADM1": 3.0, "PPLC": 1.5, "ADM2": 0.5,
    "SEA": 3.0, "OCN": 3.0, "GULF": 3.0, "STRT": 3.0, "LK": 2.0, "LKS": 3.0, "PEN": 2.0, "ISL": 3.0, "MTS": 3.0,
    "DSRT": 3.0})

_WATER_WORDS = frozenset("sea ocean gulf bay strait straits channel".split())
_OPEN_WATER = frozenset("OCN SEA GULF BAY".split())
_FIRST_LEVEL_KINDS = frozenset("province governorate state region oblast".split())
AREA_KINDS = _FIRST_LEVEL_KINDS | {"county", "parish", "district"}
# The words of areas below a province that news writes with the name ("Gwoza local government area", "Minbya
# township", "Beni and Lubero territories", "Nikopol hromada", Indonesia's "Karo regency"), most named after their
# seat town: each is a "district" to the resolver (see _local_kind)
_LOCAL_AREA_WORDS = (r"count(?:y|ies)|parish(?:es)?|(?:sub-?)?districts?|townships?|territor(?:y|ies)|LGAs?|"
                     r"local\s+government(?:\s+areas?)?|raions?|rayons?|hromadas?|localit(?:y|ies)|cercles?|communes?|"
                     r"tehsils?|woredas?|upazilas?|regenc(?:y|ies)")
# "Mambasa territory, Ituri", "Kani township in Sagaing region", "Lere, a town in Mali's Timbuktu region" (or "a
# township in", as Myanmar's are told): the words
# between a name and the area it is told to lie in (an area's word, or a town's apposition; not a list's plural word:
# "Camden and Charlton counties in Georgia" holds no country's Charlton)
_WORDS_BEFORE_CONTAINER = re.compile(r"\s+(?:" + _LOCAL_AREA_WORDS + r")(?=,)|"
                                     r"\s+(?:county|parish|(?:sub-?)?district|township|territory|LGA|local\s+government"
                                     r"(?:\s+area)?|raion|rayon|hromada|locality|cercle|commune|tehsil|woreda|upazila|"
                                     r"regency)(?=\s+in\s)|"
                                     r",\s+an?\s+(?:[a-z]+\s+){0,2}?(?:town(?:ship)?|city)(?=\s+in\s)", re.I)
# "Lopa, a village of Irumu territory", "Dara village of Andarab district": the area a village is in (and the
# first-level area after it: "Nyaung Pin Thar village in Myinmu township, Sagaing Region")
_VILLAGE_IN = r"(?:,\s+an?\s+(?:[a-z]+\s+)?|\s+)(?:village|community|hamlet|settlement|locality)\s+(?:in|of)\s+(?:the\s+)?"
_AREA_NAME = r"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)"
_FIRST_LEVEL_NEXT = r"(?:(?:,\s*|\s+(?:of|in)\s+)(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}))?"
_VILLAGE_OF_AREA_AFTER = re.compile(_VILLAGE_IN + r"(?:[A-Z][\w'’-]*\s+){0,3}?(?:[a-z]+\s+of\s+)?" + _AREA_NAME +
                                    r"\s+(?i:" + _LOCAL_AREA_WORDS + r"|province|state|region)\b" + _FIRST_LEVEL_NEXT)
# ... "La Cristalina, a village in the municipality of Argelia, Cauca"
_VILLAGE_OF_AREA_OF_AFTER = re.compile(_VILLAGE_IN + r"(?i:" + _LOCAL_AREA_WORDS + r"|municipality|municipio)\s+of\s+" + _AREA_NAME +
                                       _FIRST_LEVEL_NEXT)
_VILLAGE_WORD_AFTER = (", a ", ", an ", " village ", " community ", " hamlet ", " settlement ", " locality ")
# "Stroud, a village in Innisfil, Ontario", "Suba, a district on the shores of Lake Victoria in western Kenya": a place's
# apposition tells where it lies; the name after "in" is a town or area whose country holds the place (see _hints); so
# does a definition's ("Tripoli is the largest city in northern Lebanon", a gazetteer's or encyclopedia's opening)
_APPOSITION_OPENINGS = (", a ", ", an ", ", the ", " is a ", " is an ", " is the ", " was a ", " was an ", " was the ")
# ... and a definition's chain of containers down to a first-level area told with its kind word
_DEFINITION_OPENINGS = (" is a ", " is an ", " was a ", " was an ")
_DEFINITION_FIRST_LEVEL = re.compile(r"\s+(?:is|was)\s+an?\s+(?:[a-z-]+\s+){0,2}?(?:town|city|village|hamlet|settlement|"
                                     r"municipality|commune)\s+in\s+[^.;]{0,150}?\b([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+"
                                     r"(?:Voivodeship|Province|Oblast|Governorate|Region|State))\b")
_APPOSITION_IN = re.compile(r"(?:,\s+(?:an?|the)|\s+(?:is|was)\s+(?:an?|the))\s+(?:[A-Za-z-]+\s+){0,2}?(?:(?:town(?:ship)?|city|village|hamlet|"
                            r"community|district|county|municipality|province|region|port)\b(?:\s+(?:on|near|along|by)\s+"
                            r"[^,.;]{1,50}?)?\s+in|capital\s+of)\s+(?:the\s+)?"
                            r"(?:(?:north|south)?-?(?:east|west)?(?:ern)?\s+|central\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})")
# "Maga, Danko-Wasagu local government area of Kebbi State", "Sabiid, Afgooye district, Lower Shabelle": a place told with
# the area below a province it lies in, whose name is no qualifier the gazetteer knows (see _village_area_hints)
# (an area below a province only: "DUHOK, Kurdistan Region" names a first-level area, which the qualifiers handle)
_AREA_OF_PLACE_AFTER = re.compile(r",\s+" + _AREA_NAME + r"\s+(?i:" + _LOCAL_AREA_WORDS + r"|department|municipality)\b" +
                                  _FIRST_LEVEL_NEXT)
# "Maga in the Zuru area of Kebbi State", "Maga village in Kebbi State's Danko-Wasagu area": "area" names a local area
# only where a first-level area is told with it by its kind word (never "the Dallas area", "the border area of X")
_NAMED_AREA_OF_FIRST_LEVEL_AFTER = re.compile(
    r"(?:\s+village)?\s+in\s+(?:the\s+" + _AREA_NAME + r"\s+area\s+of\s+(?:the\s+)?(?P<first>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?"
    r"\s+(?:State|Province|Region|Governorate))\b|(?P<owner>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+(?:State|Province|Region|"
    r"Governorate))['’]s\s+(?P<area>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+area\b)")
# "a village in the municipality of Argelia": a municipality that holds a village is the area (but "a base in the
# municipality of Saravena" may well be in the town)
_VILLAGE_MUNICIPALITY_BEFORE = re.compile(r"\b(?:village|hamlet|vereda|community|settlement)\s+(?:in|of)\s+the\s+"
                                          r"(municipality|municipio)\s+of\s+$", re.I)
# "the township of Kyauktaw" (not "the Hodan district of Mogadishu": a quarter of the city, see spatial.py)
_LOCAL_AREA_BEFORE = re.compile(r"\bthe\s+(" + _LOCAL_AREA_WORDS + r")\s+of\s+$", re.I)
# "Beni and Lubero territories", "Gwoza, Bama and Konduga local government areas": the first names' too
_LISTED_AREAS_AFTER = re.compile(r"(?:,\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)*,?\s+and\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?"
                                 r"\s+(" + _LOCAL_AREA_WORDS + r")\b", re.I)
# "the Odesa and Mykolaiv regions", "the Kursk, Bryansk and Belgorod regions": each name of a list that one plural
# first-level word follows is that area, the last one too (group 1, the word's singular, is its kind; not "the Gulf
# states" nor "the Baltic states": a name alone before the plural word is no list)
_LISTED_FIRST_LEVEL_AFTER = re.compile(r"(?:(?:,\s*|,?\s+(?:and|or)\s+)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)*"
                                       r"\s+(province|governorate|region|oblast)s\b")
_LIST_BEFORE = re.compile(r"[A-Z][\w'’-]*(?:,\s*|,?\s+(?:and|or)\s+)$")
# ... but "the Nikopol district hospital" is in the town (where "the Mandera county commissioner" speaks for the area)
_FACILITY_AFTER = re.compile(r"\s+(?:hospital|clinic|court|prison|jail|market|school)s?\b", re.I)
# "the Kursk region", "Kursk territory", "Kharkiv oblast": in Russia and Ukraine, the oblast named after its capital
_CAPITAL_AREA_WORDS = frozenset("region oblast territory province".split())
_OBLAST_COUNTRIES = frozenset(("RU", "UA"))
# "the Sumy regional military administration", "Dnipropetrovsk governor Serhiy Lysak": who governs the oblast (and
# "Kursk's acting governor Alexei Smirnov", "Belgorod Governor Vyacheslav Gladkov": a governor's, never a mayor's)
_GOVERNED_AREA_AFTER = re.compile(r"(?:['’]s)?\s+(?:acting\s+)?(?:regional\s+(?:military\s+)?(?:administration|governor|"
                                  r"authorities|council)|[Gg]overnor)\b")
_GOVERNED_AREA_OPENINGS = (" regional", " governor", " Governor", " acting", "'s regional", "'s governor", "'s acting",
                           "’s regional", "’s governor", "’s acting")
# a town this large has a police force of its own that copy names by the town ("Savannah police", "Kano police"); a
# state's or a province's is named so only where no such town bears the name ("Punjab police", "Georgia police")
_CITY_FORCE_POPULATION = 100_000
# a great city: "New York" listed beside such cities is the city; one as a dateline is the report's scene
_GREAT_CITY_POPULATION = 1_000_000
_OWN_FORCE_POPULATION = 50_000  # a town this large has a police force news names after it (see _own_scores)
# a town smaller than this is a village that the state a report names does not make the reading of a great city's name
_VILLAGE_POPULATION = 10_000
# the words that make a name a part of a city (not "district", which may be a country's area)
_CITY_PART_WORD_AFTER = re.compile(r"\s+(?:favela|slum|shantytown|neighbou?rhood|quarter)s?\b")
TOWN_KINDS = frozenset("city town village settlement capital".split())
_AREA_WORD = re.compile(r"\b(County|Parish|Province|Governorate|District|Region|Oblast|Prefecture|State)\b")
POSTAL_CODES = _POSTAL = frozenset(US_STATE_ABBREVIATIONS.values()) | {"AK", "HI", "ID", "IA", "ME", "OH", "UT"}
_ABBREVIATION_AFTER = re.compile(r",\s*((?:[A-Z]\.\s?){1,2}[A-Z]?[a-z]*\.?|[A-Z][a-z]{1,4}\.|[A-Z]{2}\b)")
_NAME_AFTER = re.compile(r",\s*([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})")
# "the village of Solhan in northern Burkina Faso": a country the place lies in (or "the West Guji zone of Oromia
# region": the area that holds a place's own area)
_COUNTRY_AFTER = re.compile(r",?\s+(?:in|(?i:zone|department|region|" + _LOCAL_AREA_WORDS + r")"
                            r"\s+of)\s+(?:the\s+)?(?:(?:north|south)?(?:east|west)?(?:ern)?\s+|central\s+)?"
                            r"([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})")
# "lawmakers in Washington", "federal regulators in Moscow": a capital standing for its country's government (not "city
# officials in Washington": a town's own; "officials in Mexico" is the country, named like its capital)
_GOVERNMENT_IN_BEFORE = re.compile(r"(?<!city )(?<!county )(?<!borough )(?<!township )(?<!local )(?<!school )\b(?:"
                                   r"lawmakers|legislators|congressmen|officials|regulators|bureaucrats|politicians|"
                                   r"policymakers|policy makers|decision makers|lobbyists|debate|Congress)\s+in\s+$",
                                   re.I)
# ... whose words end in one of these (lower case; "policy makers" too): a plain look at the word before " in " rules
# most texts out
_GOVERNMENT_WORD_ENDS = ("makers", "legislators", "congressmen", "officials", "regulators", "bureaucrats", "politicians",
                         "lobbyists", "debate", "congress")
# "Bethlehem, where Palestinian Christians ...", "Juárez, where Mexican families ...": a demonym opening the clause after
# a name (not of those abroad: "Paris, where American tourists ...", "Kabul, where British troops ...")
_WHERE_PEOPLE_AFTER = re.compile(r", where (?:the |many |most |some )?([A-Z][a-z]+)\b(?! (?:troops|forces|soldiers|"
                                 r"marines|sailors|airmen|warplanes|jets|aircraft|drones|tourists|visitors|travell?ers|"
                                 r"diplomats|officials|envoys|contractors|journalists|reporters|students|missionaries|"
                                 r"volunteers|aid|expatriates|exiles|refugees)\b)")
# "the village of Solhan in Yagha province": the area a place lies in, by its kind
_AREA_KIND_AFTER = re.compile(r"\s+(?:province|region|district|governorate|department|prefecture|oblast|state)\b")
_POSSESSIVE_END = re.compile(r"['’]s\b")
# "Iraq's Kurdistan region", "Burkina Faso's northern Sahel region": the country that owns the area named after it
_OWNER_BEFORE = re.compile(r"(?<![\w-])([A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})['’]s\s+(?:(?:north|south|east|west|central)\w*\s+)?$")
# "Sagaing region's Kani township", "Tahoua region's Tillia", "Kharkiv oblast's Kupiansk": the first-level area that owns
# the place, named by its kind before it
_AREA_OWNER_BEFORE = re.compile(r"(?<![\w-])([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+(?:region|province|state|oblast|"
                                r"governorate|Region|Province|State|Oblast|Governorate)['’]s\s+$")
_COUNTRY_NEXT = re.compile(r",\s*(?:(?:north|south|east|west|central)[\w-]*\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})")
# "the Syrian city of Homs", "the Iraqi town of X": a demonym qualifies the place after it (and so does a country's
# name: "the central Mali village of Welingara", "the Burkina Faso town of Djibo")
_DEMONYM_BEFORE = re.compile(r"\b([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:city|town|village|province|capital|region|port|"
                             r"border town)\s+of\s+$")
# (also "Hodeidah, Hajjah and the capital Sanaa": a list, not Hodeidah in Hajjah governorate)
_LIST_AFTER = re.compile(r"(?:,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)(?:the\s+(?:[a-z]+\s+){0,2})?[A-Z]")
# A list's last item told by its number or kind, not its name: "and several islands", "or other countries".
_LIST_OF_MORE_AFTER = re.compile(r"\s+(?:and|or)\s+(?:several|some|many|other|most|parts?|all|two|three|four|five|"
                                 r"neighbou?ring)\b")
# The names beside a mention in a list: "Oregon and Washington", "Utah, Washington and Wisconsin".
_NEIGHBOUR_BEFORE = re.compile(r"(?<!-)\b([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?:,\s*|,?\s+(?:and|or)\s+)$")
_NEIGHBOUR_AFTER = re.compile(r"(?:,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)")
_KIND_BEFORE = re.compile(r"\b(city|town|village|settlement|capital|province|governorate|state|county|district|region)\s+of\s+$", re.I)
# "the Exarchia district of Athens": a name before "district" is the quarter's; the name after "of" is the city that
# holds it (not a demonym's: "the Syrian district of ...", nor before a province's word: "the Syria province of Raqqa")
_AREA_OF_CAPITAL_BEFORE = re.compile(r"(?:^|[^\w\s]\s*|\b(?:and|is|was|as|of|to)\s+)(?:the|its)\s+capital\s+of\s+$", re.I)
_NAME_BEFORE_KIND = re.compile(r"(?<![\w'’-])(?!(?:The|A|An)\s)([A-Z][\w'’-]*)\s+$")
# (and a department: Colombia's first-level area, France's second: "in Arauca department", an area either way; not
# "the Hillsboro Department of Public Safety", "The Pine Bluff Department announced": a police force's, "a department store")
_KIND_AFTER = re.compile(r"\s+(province|governorate|region|oblast|state|(?-i:departments?)(?!\s+(?:of|stores?)\b)|" +
                         _LOCAL_AREA_WORDS + r")\b", re.I)
_KIND_SUFFIX = re.compile(r"\s+(?i:Province|Region|District|Governorate|County|Parish|State|Prefecture|Oblast)$")
_FIRST_LEVEL_SUFFIX = re.compile(r"\s+(?i:Province|Region|Governorate|State|Oblast)$")
_DIRECTION_PREFIX = re.compile(r"^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Downtown|Greater)(?:east|west)?\s+")


# A small place told with the town, municipality or district it lies in ("Barangay San Jose, Sipalay City", "Nyaung Kone
# village, Monywa Township", "the village of Kwata in Bokkos local government area", "the hamlet of La Esperanza, in the
# rural area of the municipality of Tame"): a namesake far from that container is another place (see _within_container)
_SMALL_PLACE_BEFORE = re.compile(r"\b(?:[Bb]arangay|Brgy\.?|[Ss]itio|[Pp]urok|[Vv]ereda|(?i:village|hamlet)\s+of)\s+$")
_SMALL_PLACE_WORD_ENDS = frozenset("yoka.fF")   # (no other character matches these where the case is ignored)
_SMALL_PLACE_WORD_AFTER = re.compile(r"\s+(?:village|hamlet)\b")
# A Philippine barangay's (or its sitio's or purok's) word before a name: the report's own town holds it where the text
# names no other
_BARANGAY_BEFORE = re.compile(r"\b(?:[Bb]arangay|Brgy\.?|[Ss]itio|[Pp]urok)\s+$")
# (a city's name may join its words with a lower-case particle: "Rio de Janeiro", "Dar es Salaam")
_CONTAINER = r"(?P<y>[A-Z][\w'’-]*(?:\s+(?:(?:de|da|do|dos|das|del|es)\s+)?(?:(?:al|el|ad|ar|as|ash|an)-)?[A-Z][\w'’-]*){0,2}?)"
_TOWN_WORD = r"(?:City|Town|Township|[Mm]unicipality)\b"
# "X, Y City" (any name), "X, Y" after a small place's word
_CITY_CONTAINER_AFTER = re.compile(r",\s+" + _CONTAINER + r"\s+(?P<word>" + _TOWN_WORD + r")")
_TOWN_CONTAINER_AFTER = re.compile(r"(?:\s+(?:village|hamlet))?,\s+(?:in\s+)?" + _CONTAINER +
                                   r"(?P<word>\s+(?i:" + _LOCAL_AREA_WORDS + r"|municipality)\b|(?=\s*[,.;]|\s+(?:on|in)\s))")
# "X in Y district", "X village of Y district", "X, in the rural area of the municipality of Y"
_AREA_CONTAINER_AFTER = re.compile(r"(?:\s+(?:village|hamlet))?,?\s+(?:in|of)\s+(?:the\s+)?(?:[a-z]+\s+){0,5}?"
                                   r"(?:(?P<of>(?i:" + _LOCAL_AREA_WORDS + r"|municipality|municipio))\s+of\s+)?" + _CONTAINER +
                                   r"(?(of)(?=\s*[,.;]|\s+(?:on|in)\s)|\s+(?P<word>(?i:" + _LOCAL_AREA_WORDS + r"|municipality)\b))")
# "the Adhamiyah district of Baghdad", "the Kibera slum of Nairobi", "the Belleville district of north-eastern Paris": a
# city's quarter, which lies in that city; so does a landmark told with its city ("near Lido beach in Mogadishu", "Abu
# Shok camp in El Fasher", "the Bakara market of Mogadishu")
_QUARTER_OF_CITY_AFTER = re.compile(r"(?P<word>)\s+(?:district|neighbou?rhood|quarter|suburb|slum|favela|area|locality|borough|"
                                    r"(?P<landmark>beach|market|"
                                    r"bazaar|camp|square))\s+(?:of|in|(?(landmark)near))\s+"
                                    r"(?:(?:north|south|east|west|central)[\w-]*\s+)?" + _CONTAINER +
                                    r"(?=\s*[,.;'’]|\s+(?:on|in|at|and)\s)")
# "Houston's Montrose neighborhood", "Bogota's southern Ciudad Bolivar district": the city told first, as its owner
_CITY_OWNING_QUARTER_BEFORE = re.compile(r"(?P<word>)(?<![\w'’-])(?P<y>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})['’]s\s+"
                                         r"(?:(?:north|south|east|west|central)[\w-]*\s+)?$")
# "the Port-au-Prince neighbourhood of Bel Air": the city told first, the quarter after "of" (where the name before is the
# larger town; "the Exarchia neighbourhood of Athens" is the other way round, see _container; not a suburb, which may be a
# town of its own 40 km off)
_CITY_QUARTER_OF_BEFORE = re.compile(r"(?P<word>)\bthe\s+(?P<y>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+"
                                     r"(?:neighbou?rhood|quarter)\s+of\s+$")
# "Kings Park in Durban", "Gaddafi Stadium in Lahore": a landmark that its own name says is one, told with its city
_LANDMARK_NAME_ENDS = (" Park", " Stadium", " Square", " Market", " Beach", " Mall")
# (or "in central London", "in downtown Kabul": where in the city)
_LANDMARK_IN_CITY_AFTER = re.compile(r"(?P<word>)\s+(?:in|near)\s+(?:(?:north|south|east|west|central|downtown)[\w-]*\s+)?" +
                                     _CONTAINER + r"(?=\s*[,.;'’]|\s+(?:on|in|at|and)\s)")
# "Piccadilly and Trafalgar Square in central London": the first name of a list that a landmark ends, told with its city,
# lies in that city too (the list's end: where _LANDMARK_IN_CITY_AFTER starts)
_LIST_TO_LANDMARK_AFTER = re.compile(r"\s+and\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}?(?:" +
                                     "|".join(_LANDMARK_NAME_ENDS) + r")(?=\s+(?:in|near)\s)")
# "officials in the northern city of Piura said the Castilla district ...": the district told after the officials' city
# lies in it (or nowhere: no Castilla province 1,500 km off)
_OFFICIALS_CITY_BEFORE = re.compile(r"(?P<word>)\b(?:officials|authorities|police|doctors|residents|leaders)\s+in\s+"
                                    r"(?:the\s+(?:[a-z]+\s+)?(?:city|town|capital)\s+of\s+)?" + _CONTAINER +
                                    r"\s+said\s+(?:that\s+)?the\s+$")
_SAID_THE_BEFORE = (" said the ", " said that the ")
_QUARTER_WORD_AFTER = re.compile(r"\s+(?:district|neighbou?rhood|quarter|suburb|slum|favela|locality|borough)\b")
_LANDMARK_WORDS_AFTER = (" beach ", " market ", " bazaar ", " camp ", " square ")
# (only the words that name nothing but a city's part: "the X neighbourhood in North Y" may be a town's name after "in")
_QUARTER_WORD_IN_AFTER = re.compile(r"\s+(?:slum|favela|shantytown)\s+in\s")
_AND_LIST_AFTER = re.compile(r"(?:,\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})*,?\s+(?:and|or)\s+[A-Z]")
# how near its container's town a small place lies: a town's quarter or barangay, a district's or township's village
_WITHIN_TOWN_KM = 30.0
_WITHIN_AREA_KM = 60.0
# (a dateline's town, which may be the province's seat a barangay's own town lies some way from, or a city that spans
# tens of kilometres, as Davao does)
_WITHIN_DATELINE_TOWN_KM = 100.0


def _listed_areas_after(text: str, end: int) -> re.Match | None:
    """The plural area word after the list a name opens ("Beni and Lubero territories"; not "Paris and Henry County",
    a name of its own)."""
    m = _LISTED_AREAS_AFTER.match(text, end, end + 80)
    return m if m and m.group(1)[-1] in "sS" else None


def _listed_first_level_after(text: str, start: int, end: int) -> re.Match | None:
    """The plural first-level word after a list the name at start..end is part of ("the Odesa and Mykolaiv regions":
    for "Odesa" and "Mykolaiv" both), its group 1 the word's singular; None for a name alone before a plural word."""
    m = _LISTED_FIRST_LEVEL_AFTER.match(text, end, end + 80)
    if m is None or text[end:m.start(1)].isspace() and _LIST_BEFORE.search(text, max(0, start - 40), start) is None:
        return None
    return m


def _may_be_government_in(before: str) -> bool:
    """Whether _GOVERNMENT_IN_BEFORE can match text that ends in " in ": the word before "in" ends in one of
    _GOVERNMENT_WORD_ENDS (where the case is ignored: a text not all ASCII is left to the pattern, as re.IGNORECASE
    matches "ſ" to "s", which lower() keeps apart)."""
    word_end = before[:-4].rstrip()
    return not word_end.isascii() or word_end.lower().endswith(_GOVERNMENT_WORD_ENDS)


def _local_kind(word: str) -> str | None:
    """The kind of area a word of _LOCAL_AREA_WORDS asks the resolver for: a county or a parish as such, any other
    a "district", save a township, which asks for none (an American one is no county of its name, and Myanmar's lie
    below its districts)."""
    if word.startswith("count"):
        return "county"
    if word.startswith("parish"):
        return "parish"
    return None if word.startswith("township") else "district"


@lru_cache(maxsize=1 << 16)
def _names_area(name: str) -> bool:
    """Whether a mention's text holds an area's word ("Henry County"): once per name, as names recur."""
    return _AREA_WORD.search(name) is not None


# Features too large to say where the rest of a report is.
_LARGE = frozenset("PCLI CONT RGN ADM1 SEA OCN GULF LKS MTS DSRT".split())


@dataclass(slots=True)
class Resolution:
    mention: Mention
    place: Place | None
    score: float
    loose: bool = False         # the chosen place matched only loosely (article stripped, squashed)
    local_area: bool = False    # the text names an area below a province after the name ("Yei county")
    holds_unplaced: bool = False  # a town that holds a small place the text tells in it and the gazetteer lacks there
                                  # ("Barangay San Jose, Sipalay City"): the event is near the town, not at it


_own_key = lru_cache(maxsize=1 << 16)(name_key)      # the keys of candidates' own names, often asked



def _cell(place: Place) -> tuple[int, int]:
    return math.floor(place.lat), math.floor(place.lon)         # (floor gives an int)


def _population(place: Place) -> int:
    return place.population


def city_of_qualified_name(place: Place, key: str) -> bool:
    """Whether a city (of big_town people or more) bears the name as its own with a qualifier after it ("Frankfurt am
    Main" for "Frankfurt"): the short name is what the world calls it. (Not a county, "Otter Tail County", nor a small
    town, Romans-sur-Isère, that a word of the text may name by chance.)"""
    return place.feature_class == "P" and place.population >= DEFAULT_WEIGHTS.big_town and \
        _own_key(place.name).startswith(key + " ")


def _seat_named_alike(towns: dict[tuple, int], area: Place) -> bool:
    """Whether a town named like the area, in it, is big enough to be what the bare name means (towns: the
    largest population of the name's towns per (country, first-level area)): 20,000 people or a twentieth of the
    area's, or, in a province (not a US state), a sixth of its people (the West Bank's Tubas, 16,000 of its
    governorate's 30,000: "a raid in Tubas" is the town's)."""
    bar = max(20_000, area.population // 20)
    if area.feature_code == "ADM1" and area.country_code != "US":
        bar = min(bar, max(area.population // 6, 1))
    return towns.get((area.country_code, area.admin1), -1) >= bar


def _alias_rivals(cands: list, own: list[bool], outweighs: float) -> list[tuple[frozenset, frozenset]]:
    """For each town that bears the name only as an alternate one and is no smaller than every town that bears it
    as its own (else the alias weight is off already, see _own_scores), the countries of those own bearers it is not
    outweighs times the size of: the report backing one of them at all (a place or a demonym of its country, however
    often the town's own country is named besides), with no other name near the town, makes the town the weaker
    reading ("10 km east of Pokrovsk" beside Ukrainians and Russians, or "the Kremlin said its units entered Pokrovsk,
    which Ukraine denied", is not Engels, once Pokrovsk; but Palmyra in a report about Syria stays Tadmur, no town of the US, and
    "Krasnoarmeysk, Moscow's name for Pokrovsk" stays in Ukraine). Second, those of them of _NOTED_TOWN_POPULATION
    or more: a report that backs no country at all makes the town the weaker reading beside one ("a man was shot in
    Venice": Italy's, not Dayton, Ohio, also listed as "Venice"; but "CHARLTON - ... Dudley District Court" is no
    English village of 14,000 rather than Charlestown, Mass., also "Charlton")."""
    owners = [p for (p, _, _), o in zip(cands, own) if o and p.feature_class == "P"]
    own_population = max((p.population for (p, _, _), o in zip(cands, own) if o), default=-1)
    out = []
    for (p, _, _), is_own in zip(cands, own):
        if is_own or p.feature_class != "P" or p.population < own_population:
            out.append(_NO_RIVALS)
            continue
        rivals = [o for o in owners if o.population * outweighs > p.population
                  and o.country_code and o.country_code != p.country_code]
        out.append((frozenset(o.country_code for o in rivals),
                    frozenset(o.country_code for o in rivals if o.population >= _NOTED_TOWN_POPULATION)))
    return out


_NO_RIVALS = (frozenset(), frozenset())
_NOTED_TOWN_POPULATION = 20_000     # a town a bare mention may mean in a report that backs no country (_alias_rivals)


def _area_and_town_of_a_name(place: Place, cands: list, asks_area: bool) -> bool:
    """Whether a loose reading is as firm as an exact one of the name in its first-level area: the area that bears
    the name exactly, around a town that bears it only loosely ("Deir al-Balah": the governorate's name, its town's
    only without the article), or a town that bears it exactly inside an area the text asks for ("Hasakah province").
    (Not an area a bare name bears loosely for a small town of it: "the Khor Mor gas field" is in no Qatari area.)"""
    return any(not loose and p.country_code == place.country_code and p.admin1 == place.admin1 and (
        p.feature_code in ("ADM1", "ADM2") and place.feature_class == "P"
        or asks_area and p.feature_class == "P" and place.feature_code in ("ADM1", "ADM2"))
        for p, loose, _ in cands)


def _contains(container: Place, place: Place) -> bool:
    """Whether a country or first-level area contains a place (by codes, not geometry)."""
    if container.country_code is None or container.country_code != place.country_code or container is place:
        return False
    if container.feature_code.startswith("PCL"):
        return True
    if container.feature_code == "ADM2":
        # (a county told as the container: "Richmond is a market town in North Yorkshire")
        return container.admin1 == place.admin1 and container.admin2 is not None and container.admin2 == place.admin2
    return container.feature_code == "ADM1" and container.admin1 == place.admin1


@dataclass(slots=True)
class _Readings:
    """A name's candidates and what the rounds ask of them that no other name changes."""
    cands: list[tuple[Place, bool, float]]  # (place, loose, prior), best prior first
    own: list[bool]                          # whether each bears the name as its own (see resolve)
    cells: list[tuple[int, int] | None]      # each one's grid cell, None for a large feature
    biggest: Place | None                    # the most populous town among them
    prior_belief: list[float]                # the softmax of their priors
    rivals: list[tuple[frozenset, frozenset]]  # for each, the countries of the towns it yields to (_alias_rivals)
    # (what Resolver._hints asks of the candidates, whatever the text around a mention)
    capital_or_country: bool                 # whether one may be a capital or a country
    state_or_great_city: bool                # whether one is a US state and one a great city ("New York")
    bare_scores: list[float] | None = None   # Resolver._own_scores of a mention with no qualifier (_OWN_SCORE_HINTS)


# The hints Resolver._own_scores reads: a mention with none of them scores as its name's bare mentions do.
_OWN_SCORE_HINTS = ("kind", "dateline", "list", "qualifier", "listed_with", "admin1", "country", "short_for",
                    "government", "force")


def _countries_said(hints: dict) -> set:
    """The countries a mention's own words put it in (see Resolver._unless_contradicted)."""
    said = {q.country_code for q in hints.get("qualifier", ())} | set(hints.get("area_countries", ()))
    return said | {hints["country"]} if hints.get("country") else said


def _qualified(hints: dict) -> bool:
    """Whether a mention's own words say where it lies (see Resolver._unless_contradicted)."""
    return bool(hints.get("qualifier") or hints.get("country") or hints.get("area_countries"))


def _qualified_reading_kept(keys: list[str], out: list[Resolution], hints: list[dict],
                            own_words: list[bool]) -> list[Resolution]:
    """A name keeps one meaning across a report: its bare mentions are the place its qualified ones resolve to
    ("TRIPOLI, Lebanon - ... at Tripoli's port": not Libya's larger capital), when those agree on one place. A
    mention with its kind word names that kind only ("Syria's Sweida province ... Sweida city": the bare
    "Sweida" stays the town), save a town's word told of a town ("the northern city of Tripoli" is the dateline's).
    own_words: each mention's _own_words_place."""
    if not any(own_words):
        return out      # (no qualified mention: nothing to keep, as in most reports)
    placed: dict[str, Place | None] = {}     # name -> its qualified mentions' place (None: they disagree)
    first_bare: dict[str, Place | None] = {}  # name -> the reading of its first mention, when that is bare
    # name -> the place of all its qualified mentions, a town's with its kind word too ("ALBANY, Ore." and "Albany,
    # N.Y.": two towns, and "the city of Albany" is neither for sure)
    placed_all: dict[str, Place | None] = {}
    # name -> the place of its first mention when that one is qualified: the report's own place ("Tripoli is the largest
    # city in northern Lebanon ... not Tripoli, the capital of Libya ... Today Tripoli has a busy port")
    first_qualified: dict[str, Place] = {}
    for key, o, h, qualified in zip(keys, out, hints, own_words):
        if key not in placed and key not in first_bare and key not in first_qualified and o.place is not None \
                and o.mention.kind == "name" and "kind" not in h and qualified:
            first_qualified[key] = o.place
        if key not in placed and key not in first_bare and not qualified:
            first_bare[key] = o.place
        elif o.place is not None and o.mention.kind == "name" and qualified:
            if "kind" not in h:
                placed[key] = o.place if placed.get(key, o.place) is o.place else None
            if _kind_fits(h, o.place):
                placed_all[key] = o.place if placed_all.get(key, o.place) is o.place else None
    # "LIMA - ... a delegation from Lima, Peru": a name first written bare and read in one country, then
    # qualified as a namesake in another: the qualifier tells the namesake apart from the report's own place,
    # whose bare mentions keep their reading (a later "Springfield, Ohio" only says which Springfield it was)
    for key, first in first_bare.items():
        if first is not None and placed.get(key) is not None and placed[key].country_code != first.country_code:
            placed[key] = None
    # qualified mentions that disagree: a later one names a namesake, and the bare mentions are the first one's
    for key, first in first_qualified.items():
        if placed.get(key, first) is None:
            placed[key] = first
    if not placed:
        return out
    return [Resolution(o.mention, placed[key], o.score) if placed.get(key) is not None and o.place is not placed[key]
            and o.mention.kind == "name" and not qualified and (
                "kind" not in h or _kind_fits(h, placed[key]) and placed_all.get(key) is placed[key]
                and not h.get("dateline_town")
                # "the Tripoli District" of a report on Lebanon's Tripoli: a local area named after the town lies
                # around it (not Libya's district of the name)
                or h.get("local_area") and (o.place is None or o.place.country_code != placed[key].country_code))
            else o
            for key, o, h, qualified in zip(keys, out, hints, own_words)]


def _kind_fits(hints: dict, place: Place) -> bool:
    """Whether a mention's kind word, if any, may name a place of this kind: a town's word a town only."""
    return "kind" not in hints or hints["kind"] in TOWN_KINDS and place.feature_class == "P"


# How near the report's other places a local paper's town named like a far city lies (_local_namesakes).
_LOCAL_NAMESAKE_KM = 100.0
# a far reading this far from every town of the report is no namesake it could mean (an ocean or a continent away)
_OCEAN_AWAY_KM = 2500.0
_SHORT_FORM_EXTRA = 12     # the letters of the word a short form leaves off ("Taza" of "Taza Khurmatu")
# Words that tell travel abroad without a doubt ("the embassy in London", "the Athens Olympics") ...
_ABROAD_WORDS = re.compile(r"\b(?:abroad|overseas|embassy|consulate|Olympics?|passports?)\b", re.I)
# ... and words of flying, which a trip within the country tells too (see _famous_namesakes)
_FLIGHT_WORDS = re.compile(r"\bfl(?:y|ies|ying|ew|own|ights?)\b", re.I)


def _travel_abroad(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] tells travel abroad or a flight."""
    return _ABROAD_WORDS.search(text, start, end) is not None or _FLIGHT_WORDS.search(text, start, end) is not None


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the sentence that holds a span starts and ends (cut at a full stop and a blank, or a line's end)."""
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    right = min((i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0), default=len(text))
    return left + 1, right


def _local_namesakes(text: str, keys: list[str], cands: dict, out: list[Resolution], hints: list[dict],
                     own_words: list[bool], dateline: int | None, gazetteer: Gazetteer) -> list[Resolution]:
    """A name read as a far city of another country, in a report whose other places all lie in one first-level area
    of one country and which names nothing in that far country (by a place or a demonym), is the area's namesake town
    near those places, with the name's bare mentions: a county paper's "DELHI -" in Delaware County, N.Y.; "Paris and
    Henry County" in Tennessee. A name that is not the dateline must be read as a town, bare, and with no word of
    travel abroad in its sentences ("flights to London", "the Athens Olympics" are the far cities). (dateline: the
    index of the mention that is the dateline's town, if any)"""
    if len({o.place.country_code for o in out if o.place is not None}) < 2:
        return out      # (a far reading and the places of another country: none here, as in most reports)
    # the names of each country the report names (as _local_namesake's others count them) and its demonyms' countries:
    # a far reading's country named by another name rules it out, and a report naming three has no one home
    named_in: dict[str, set] = defaultdict(set)
    in_area: dict[tuple, set] = defaultdict(set)     # (country, first-level area) -> the names of its towns and areas
    demonyms = set()
    for k, o in zip(keys, out):
        if o.mention.kind == "demonym":
            demonyms.add(o.mention.code)
        elif o.place is not None and o.place.country_code and not (o.mention.weak or o.loose) and not (
                o.place.feature_class == "P" and o.place.country_code != "US" and _own_key(o.place.name) != k):
            named_in[o.place.country_code].add(k)
            if o.place.feature_class in ("P", "A") and o.place.feature_code != "PCLI":
                in_area[(o.place.country_code, o.place.admin1)].add(k)
    if len(named_in) > 2 or not in_area:
        return out
    done: set[str] = set()
    for at, (key, o, h) in enumerate(zip(keys, out, hints)):
        far = o.place
        if far is None or key in done or o.mention.kind != "name" or far.country_code is None:
            continue
        done.add(key)
        if far.country_code in demonyms or named_in.get(far.country_code, {key}) - {key} or \
                sum(1 for names in in_area.values() if names - {key}) != 1:
            continue    # (the far country named, or the other names in no one area: see _local_namesake)
        if at != dateline:
            # (a bare town only, each of its mentions unqualified and with no word of travel abroad around it)
            if far.feature_class != "P" or o.loose or any(
                    k == key and (qualified or _travel_abroad(
                        text, *_sentence_bounds(text, oo.mention.start, oo.mention.end)))
                    for k, oo, qualified in zip(keys, out, own_words)):
                continue
        local = _local_namesake(key, far, cands, keys, out, gazetteer)
        if local is not None:
            out = [Resolution(r.mention, local, r.score) if k == key and r.place is far and not _qualified(hh) else r
                   for k, r, hh in zip(keys, out, hints)]
    return out


# A great city (_GREAT_CITY_POPULATION) as a report's dateline, whose other towns all lie within near_km of it, is the
# report's one scene (see _great_city_quarters); a namesake of the city's own country must be a village ("a knife fight
# in Belleville" from Paris is Paris's quarter, not Belleville-sur-Saone, 6,300 people; Lufkin, 35,000, is Lufkin; see
# _VILLAGE_POPULATION)
_SCENE_IN_BEFORE = re.compile(r"\b(?:in|at|near)\s+$")
# A wire's credit after the dateline's town ("LONDON (Reuters) -"): the great city itself writes, no namesake of it
_WIRE_CREDIT_AFTER = re.compile(r"\s+\([A-Z][\w .&-]{1,30}\)\s+[-–—]")


def _barangays_in_dateline_town(text: str, mentions: list[Mention], hints: list[dict], chosen: list[Resolution]) -> None:
    """A barangay the text tells with no town of its own lies near the town the report is datelined in ("ILOILO CITY -
    ... in Barangay San Isidro" is no San Isidro 170 km off): that town is its container (see _within_container). Not
    the capital's dateline, under which papers tell the whole country's news."""
    town = chosen[0].place if mentions and dateline_town(text, mentions[0]) else None
    if town is None or town.feature_class != "P" or town.feature_code == "PPLC":
        return
    for m, h in zip(mentions, hints):
        if "within" not in h and _BARANGAY_BEFORE.search(text, max(0, m.start - 12), m.start):
            h["within"] = ([town], _WITHIN_DATELINE_TOWN_KM, mentions[0].start, False)


# "in Lere, near the Mauritanian border", "in Solhan, close to the border with Niger": a place the text puts near a border
# lies far from a capital's quarters; "the Mauritanian border" names no place of the story
_NEAR_BORDER_AFTER = re.compile(r",?\s+(?:near|close\s+to|along|on)\s+the\s+(?:[A-Z][\w'’-]*\s+)?border\b")
_BORDER_AFTER = re.compile(r"\s+border\b")


def _great_city_quarters(text: str, keys: list[str], cands: dict, out: list[Resolution],
                         hints: list[dict], dateline: int | None, gazetteer: Gazetteer) -> list[Resolution]:
    """A name told bare after "in" in a report from a great city that names it again or its area or country and
    nothing beyond, read as a small town far from the city, is one of the city's quarters the gazetteer lacks (or has
    only namesakes of): the city's point ("a boy was stabbed in Walworth" from London, not Walworth, Co. Durham; a
    tavern "in Melville" from Johannesburg, no suburb of Perth). (A town of the city's own country must be a village:
    "a man wanted in a killing in Lufkin" from Houston is Lufkin, Texas, and Kenya's camps and towns in a report from
    Nairobi are theirs; a report that names a town or an area beyond the city is no one city's; nor is a far reading
    in a country that has a namesake of the dateline's town: "MEDINA - trustees in Montville" may be Ohio's Medina.)
    A capital's wire copy tells the whole country's news: such a name the text puts near a border ("in Lere, near the
    Mauritanian border" from Bamako) is a village of the city's country, mapped at the country, not a quarter.
    (dateline: the index of the mention that is the dateline's town, if any)"""
    if dateline is None:
        return out
    city = out[dateline].place
    if city is None or city.feature_class != "P" or city.population < _GREAT_CITY_POPULATION:
        return out
    w = DEFAULT_WEIGHTS
    # (a wire's dateline is the great city: its small namesakes abroad say nothing of the country of the names)
    wire = _WIRE_CREDIT_AFTER.match(text, out[dateline].mention.end) is not None
    far: set[str] = set()
    parts: set[str] = set()     # names the text calls a part of a city
    scene = False       # another mention of the city, a place in it, or its first-level area or country
    own_towns = False   # the report names towns of the city's country beyond it
    for at, (key, o, h) in enumerate(zip(keys, out, hints)):
        p = o.place
        if p is None or at == dateline or o.mention.kind == "demonym" and _BORDER_AFTER.match(text, o.mention.end):
            continue
        if p.feature_code in _LARGE:
            if p.country_code != city.country_code or p.feature_code not in ("PCLI", "ADM1") or \
                    p.feature_code == "ADM1" and p.admin1 != city.admin1:
                return out
            scene = True
            continue
        if p.feature_class == "P" and o.mention.kind == "name" and not _qualified(h) and "within" not in h and \
                _CITY_PART_WORD_AFTER.match(text, o.mention.end):
            # a name the text calls a part of a city ("the X favela", "the X slum") is a part of the city the report
            # is from, whatever town of its name lies elsewhere, of any size, however near
            parts.add(key)
            far.add(key)
            scene = True
            continue
        if haversine_km(p.lat, p.lon, city.lat, city.lon) <= w.near_km:
            scene = True
            continue
        if p.country_code == city.country_code and p.feature_class == "P" and p.population >= _VILLAGE_POPULATION:
            own_towns = scene = True    # (a town of the city's country the story tells of too: "an attack in Mandera")
            continue
        small = _VILLAGE_POPULATION if p.country_code == city.country_code else w.big_town
        if p.country_code != city.country_code and not wire and any(
                c.feature_class == "P" and c.country_code == p.country_code for c, _, _ in cands.get(keys[dateline], ())):
            return out
        # (a city the name is only another name of is no town of that name: Orkney, South Africa, once Eastleigh)
        if p.feature_class != "P" or p.population >= small and name_key(p.name) == key \
                or o.mention.kind != "name" or _qualified(h) \
                or _own_words_place(h) or haversine_km(p.lat, p.lon, city.lat, city.lon) <= w.far_km \
                or not _SCENE_IN_BEFORE.search(text, max(0, o.mention.start - 6), o.mention.start):
            return out      # (a town beyond the city the report names: not one city's report)
        far.add(key)
    if own_towns:
        # a report that names the country's towns is still the city's for the quarters it names, read as places
        # abroad ("raids in Eastleigh" from Nairobi, not Eastleigh, Hampshire, beside an attack in Mandera); a
        # village of the country so named is the village
        far = {k for k in far if k in parts or
               all(o.place.country_code != city.country_code for kk, o in zip(keys, out) if kk == k)}
    if not far or not scene:
        return out
    country = gazetteer.country(city.country_code)
    border = {k for k, o in zip(keys, out) if k in far and " border" in text[o.mention.end:o.mention.end + 40]
              and _NEAR_BORDER_AFTER.match(text, o.mention.end)}
    # (a quarter lies near the city's point, not at it: UCDP's precision 2)
    return [(Resolution(o.mention, country, 0.0) if k in border and country is not None else
             Resolution(o.mention, city, 0.0, holds_unplaced=True)) if k in far else o
            for k, o in zip(keys, out)]


# A flight word makes the far city the reading only when it is this many times the local town's size (Paris, France
# over Paris, Ky.; not Birmingham, England over Alabama's) and is told just before the name ("flown from Louisville to
# Paris", not "was flown to a hospital in Germany, his mother, of Paris, said")
_FLIGHT_OUTWEIGHS = 50
_FLIGHT_BEFORE_CHARS = 40
# The far city a sentence may tie a name to is a city this large and this many times the town's size (Athens, Greece
# over Athens, Ga.; not Richmond, Va. over Richmond, B.C., nor a Mount Pleasant over another)
_FAMOUS_POPULATION = 100_000
_FAMOUS_OUTWEIGHS = 5
# ... a capital or a city of a million, which a report names among the world's cities (not Japan's Toyota of 420,000,
# a car's name beside "of Paris" in a Texas crash report)
_WORLD_CITY_POPULATION = 1_000_000
# The sentences either side tie a name only to a far city this many times the size of the local reading (Boston, Mass.
# over a Clare townland; not Santiago, Chile over Santiago City in the Philippines' Isabela)
_NEAR_SENTENCES_OUTWEIGHS = 50


def _world_city(place: Place) -> bool:
    return place.feature_code == "PPLC" or place.feature_class == "P" and place.population >= _WORLD_CITY_POPULATION


def _famous_namesakes(text: str, keys: list[str], cands: dict, biggest: dict, out: list[Resolution],
                      hints: list[dict], own_words: list[bool]) -> list[Resolution]:
    """A bare mention read as a town whose namesake in another country is a city many times its size is that
    namesake when its own sentence ties it there: a place of that country or its demonym ("trained doctors in Egypt
    at a hospital in Alexandria", "near Athens, working with Greek archaeologists"), a word of travel abroad ("the
    2004 Athens Olympics"), or of flying just before it ("flown from Louisville to Paris"). The name's other mentions
    keep the local reading the report gives them ("a clinic in Alexandria" in Louisiana), as does one beside a
    qualified mention of the name, and every one of a name the report qualifies as the local town."""
    # (the names with a city so large among their readings: few, told at once)
    famous = {key: big.population for key, big in biggest.items()
              if big is not None and big.population >= _FAMOUS_POPULATION}
    if not famous:
        return out
    for i, key in enumerate(keys):
        if key not in famous:
            continue
        o, h = out[i], hints[i]
        local = o.place
        if local is None:
            continue
        least = max(_FAMOUS_OUTWEIGHS * local.population, _FAMOUS_POPULATION)
        if famous[key] < least:
            continue
        if local.feature_class != "P" or o.mention.kind != "name" or o.mention.weak or own_words[i]:
            continue
        dateline = h.get("dateline_town", False)
        far = max((p for p, loose, _ in cands[key] if not loose and p.feature_class == "P" and p.country_code and
                   p.country_code != local.country_code and p.population >= least), key=_population, default=None)
        if far is None:
            continue
        sentence_start, sentence_end = _sentence_bounds(text, o.mention.start, o.mention.end)
        if any(k == key and qualified and (r.place is local or sentence_start <= r.mention.start <
                                            sentence_end) for k, r, qualified in zip(keys, out, own_words)):
            # the report said which town it is ("PARIS, Ky. - ..."), or a qualifier told the namesake apart ("a Paris
            # Junior College student will study in Paris, France")
            continue
        # (or, for a city bearing the name as its own, a world city of a third country: "offices in Lisbon, Warsaw and
        # Athens", "London's stock market lost its crown ... back to Paris" name the world's cities together, not a
        # namesake in the local town's country; a city known by the name only as an alternate one is not tied so)
        world_city = _own_key(far.name) == key
        # (the sentences either side too, for a name told once and read as a village beside a city of millions, or
        # as a town that bears it only as an alternate one: "Italy expects a record year. A US carrier flies to
        # Milan and Venice from New York"; "investors in Ireland and the United States. Its chief, who spent years in
        # Boston, ..."; not a town the report keeps naming, its subject: "London city council ... sister cities ...
        # Nanjing, China" in London, Ont.; nor a city of its own: "residents of Santiago City were evacuated" in
        # Isabela, with Da Nang a sentence on)
        near_start, near_end = sentence_start, sentence_end
        told_once = keys.count(key) == 1
        if told_once and (far.population >= _NEAR_SENTENCES_OUTWEIGHS * local.population
                                     or _own_key(local.name) != key):
            if sentence_start > 1:
                near_start = _sentence_bounds(text, sentence_start - 2, sentence_start - 2)[0]
            if sentence_end < len(text):
                near_end = _sentence_bounds(text, sentence_end + 1, sentence_end + 1)[1]
        # (a world city that is only the report's dateline is where it was filed, named with no other city: "BANGKOK
        # (AFP) - Myanmar's junta said ... near the town of Kani" is no Japanese city)
        tied = any(near_start <= r.mention.start < near_end and k != key and (
            r.mention.kind == "demonym" and r.mention.code == far.country_code or
            r.place is not None and not (r.loose or r.mention.weak) and (
                r.place.country_code == far.country_code or world_city and r.place.country_code != local.country_code
                and _world_city(r.place) and "dateline_town" not in other_hints))
            for k, r, other_hints in zip(keys, out, hints))
        if dateline:
            # a dateline is the far city only where its own sentence names that city's country ("ROME (AP) - Italy
            # expects ..."), not by the world's cities or words of travel
            if told_once and any(sentence_start <= r.mention.start < sentence_end and r.place is not None
                                            and not (r.loose or r.mention.weak) and r.place.feature_code == "PCLI"
                                            and r.place.country_code == far.country_code for r in out):
                out[i] = Resolution(o.mention, far, o.score)
            continue
        if tied or _ABROAD_WORDS.search(text, sentence_start, sentence_end) or (
                far.population >= _FLIGHT_OUTWEIGHS * local.population and _FLIGHT_WORDS.search(
                    text, max(sentence_start, o.mention.start - _FLIGHT_BEFORE_CHARS), o.mention.start)):
            out[i] = Resolution(o.mention, far, o.score)
    return out


def _mutual_namesakes(keys: list[str], cands: dict, out: list[Resolution], hints: list[dict],
                      own_words: list[bool]) -> list[Resolution]:
    """Two or more bare names read as small towns of one first-level area that nothing else of the report lies in (the
    country alone may be named) only back each other: where one has a bearer in a country the report names by another
    name or a demonym and each other a bearer many times its size abroad, they are those ("fighting in Palmyra, Syria's
    state media said, while the U.S. envoy met rebels in Geneva" is no pair of Illinois towns). So is one such town,
    backed only by a namesake of another name that the report reads in a country it names, its bearer many times its
    size abroad ("tear gas in Athens, Greece's police said, as U.S. officials met in Rome": Rome, Ga. leant on Athens,
    Ga.)."""
    groups: dict[tuple, set] = defaultdict(set)
    for k, o in zip(keys, out):
        p = o.place
        if p is not None and p.feature_class == "P" and p.population < _FAMOUS_POPULATION and \
                o.mention.kind == "name" and not (o.mention.weak or o.loose):
            groups[(p.country_code, p.admin1)].add(k)
    if not groups:
        return out
    named: dict[str, set] = defaultdict(set)    # country -> the names of its places (demonyms too)
    for k, o in zip(keys, out):
        if o.mention.kind == "demonym":
            named[o.mention.code].add(k)
        elif o.place is not None and o.place.country_code and not (o.mention.weak or o.loose):
            named[o.place.country_code].add(k)
    for (cc, a1), group in groups.items():
        # (the rest of the report in that country only its name; no mention of the group told where it lies)
        if any(k not in group and o.place is not None and o.place.country_code == cc and o.place.feature_code != "PCLI"
               for k, o in zip(keys, out)) or any(k in group and (qualified or h.get("dateline_town"))
                                                   for k, h, qualified in zip(keys, hints, own_words)):
            continue
        local = {k: o.place for k, o in zip(keys, out) if k in group}
        # the names read in a country another name of the report names that have another town of the group's area
        # (not the group's own town by another name: "Krasnoarmeysk, Moscow's name for Pokrovsk")
        partners = any(k not in group and o.place is not None and o.place.country_code != cc and
                       named.get(o.place.country_code, set()) - {k} and
                       any(not loose and p.feature_class == "P" and p.country_code == cc and p.admin1 == a1 and
                           p not in local.values() for p, loose, _ in cands[k])
                       for k, o in zip(keys, out) if o.mention.kind == "name")
        if len(group) == 1 and not partners:
            continue
        abroad, by_country = {}, partners
        for k in group:
            towns = [p for p, loose, _ in cands[k] if not loose and p.feature_class == "P" and p.country_code
                     and p.country_code != cc]
            said = [p for p in towns if named.get(p.country_code, set()) - group]
            least = max(_FAMOUS_OUTWEIGHS * local[k].population, _FAMOUS_POPULATION)
            famous = [p for p in towns if p.population >= least]
            if said and len(group) > 1:
                abroad[k], by_country = max(said, key=_population), True
            elif famous:
                abroad[k] = max(famous, key=_population)
            else:
                break
        else:
            if by_country:
                out = [Resolution(o.mention, abroad[k], o.score) if k in abroad else o for k, o in zip(keys, out)]
    return out


def _local_namesake(key: str, far: Place, cands: dict, keys: list[str], out: list[Resolution],
                    gazetteer: Gazetteer) -> Place | None:
    """The namesake of a name read as far, in the one first-level area all the report's other firm places lie in and
    within _LOCAL_NAMESAKE_KM of one of them (the caller has made sure the report names nothing in far's country).
    With none, a town there whose name is the name and a word more, as the report's short form of it: "Taza, south
    of Kirkuk" is Taza Khurmatu, not Morocco's Taza (the gazetteer lacks the short form; the far reading is a
    namesake an ocean away from every place the report names)."""
    # (towns, areas and countries: a range or a sea named beside them says nothing of the state; nor does a weak
    # mention or a loose reading, which stays only with support, nor a town abroad bearing the name only as an
    # alternate one: "the town of Andes" read as Chile's Los Andes)
    others = [o.place for k, o in zip(keys, out) if k != key and o.place is not None and not (o.mention.weak or o.loose)
              and (o.place.feature_class in ("P", "A") or o.place.country_code == far.country_code)
              and not (o.place.feature_class == "P" and o.place.country_code != "US" and _own_key(o.place.name) != k)]
    states = {(p.country_code, p.admin1) for p in others if p.feature_code != "PCLI"}
    if len(states) != 1:
        return None
    state = next(iter(states))
    if state[0] == far.country_code or any(p.country_code != state[0] for p in others):
        return None
    towns = [p for p in others if p.feature_code != "ADM1"]

    def local(places) -> Place | None:
        return next((p for p in places if (p.country_code, p.admin1) == state and p.feature_class == "P"
                     and any(haversine_km(p.lat, p.lon, t.lat, t.lon) <= _LOCAL_NAMESAKE_KM for t in towns)), None)
    found = local(p for p, _, _ in cands[key])
    if found is None and " " not in key and all(haversine_km(far.lat, far.lon, t.lat, t.lon) >= _OCEAN_AWAY_KM
                                                 for t in towns):
        found = local(p for k in gazetteer.keys_with_prefix(key + " ", _SHORT_FORM_EXTRA)
                      if k.count(" ") == 1 for p, loose in gazetteer.matches(k) if not loose)
    return found


def _villages_abroad(keys: list[str], out: list[Resolution], hints: list[dict], dateline: int | None,
                     gazetteer: Gazetteer) -> list[Resolution]:
    """A village told with the local area it lies in ("Maga, a village in Danko-Wasagu local government area"), or told
    as a village ("the southern border village of Blida" in a report from Lebanon, no Algerian city), read as a town in
    a country that no other name of the report (nor a demonym) is in, where other names are in another, has no
    reading: the gazetteer lacks the village, whose namesake lies abroad (a place abroad a report only passes through
    is not told by its village and district, nor called a village). One called a village in a report filed from a town
    of a country the report names again is that country's, mapped at the country ("BEIRUT - ... the village of
    Blida": Lebanon), as a capital's wire copy's village near a border is (_great_city_quarters). (dateline: the index
    of the mention that is the dateline's town, if any)"""
    named: dict[str, set] = defaultdict(set)    # country -> the names firmly in it
    for k, o in zip(keys, out):
        if o.mention.kind == "demonym" and not o.mention.qualifier:
            named[o.mention.code].add(k)
        elif o.place is not None and o.place.country_code and not (o.mention.weak or o.loose or o.mention.qualifier):
            named[o.place.country_code].add(k)
    home = out[dateline].place if dateline is not None else None
    home_country = gazetteer.country(home.country_code) if home is not None and home.country_code and \
        named.get(home.country_code, set()) - {keys[dateline]} else None
    return [Resolution(o.mention, home_country if "village" in h and not h.get("told_in_area") else None, 0.0)
            if ("told_in_area" in h or "village" in h) and o.place is not None
            and o.place.feature_class == "P" and not named.get(o.place.country_code, set()) - {k}
            and any(names - {k} for names in named.values()) else o
            for k, o, h in zip(keys, out, hints)]


# the words a bare town is told as a scene by ("a base in Balad", "fighting near Jowhar"), no person's or street's name
_SCENE_PREPOSITIONS = (" in ", " near ", " outside ", " around ", " at ")


def _bare_towns_abroad(text: str, keys: list[str], out: list[Resolution], hints: list[dict], dateline: int | None,
                       gazetteer: Gazetteer) -> list[Resolution]:
    """A town told bare ("al-Shabaab fighters attacked a military base in Balad") in a report filed from a town of one
    country whose other places all lie in that country (one name or demonym at least besides the dateline's town: "a
    Somali army officer said"), read as a town of another country (not a capital, smaller than big_town) that no
    other name nor demonym of the report is in, is the home country's town the gazetteer lacks: mapped at the home
    country, as a village told so is (_villages_abroad)
    ("MOGADISHU - ... a base in Balad ... in Hiraan and Middle Shabelle": Somalia's Balad, not Iraq's). A report that
    passes through a town abroad says where it is ("Balad, north of Baghdad", "in Iraq"), and a great city or a capital
    abroad ("Paris") keeps its reading, as does a name in a sentence of travel abroad ("flew to Balad"), and only a name
    told as a scene is read so ("in Balad", not "78-year-old Sandra" nor "across Kipling"), no common word ("charged
    with Felon in Possession")."""
    home = out[dateline].place
    named: dict[str, set] = defaultdict(set)    # country -> the names in it (a name read by its spelling too: "Hiraan")
    for k, o in zip(keys, out):
        if o.mention.kind == "demonym" and not o.mention.qualifier:
            named[o.mention.code].add(k)
        elif o.place is not None and o.place.country_code and not (o.mention.weak or o.mention.qualifier):
            named[o.place.country_code].add(k)
    if len(named) != 2 or not named.get(home.country_code, set()) - {keys[dateline]}:
        return out
    home_country = gazetteer.country(home.country_code)
    return [Resolution(o.mention, home_country, 0.0)
            if home_country is not None and o.place is not None and o.mention.kind == "name" and not h
            and o.place.feature_class == "P" and o.place.feature_code != "PPLC" and o.place.country_code != home.country_code
            and o.place.population < DEFAULT_WEIGHTS.big_town and named.get(o.place.country_code) == {k}
            and text.endswith(_SCENE_PREPOSITIONS, 0, o.mention.start) and not gazetteer.is_common_word(k)
            and not _travel_abroad(text, *_sentence_bounds(text, o.mention.start, o.mention.end)) else o
            for k, o, h in zip(keys, out, hints)]


def _within_qualifier(cands: list, scores: list[float], hints: dict) -> list[float]:
    """The scores of a qualified mention's candidates, those outside its qualifier left out when any lies in it:
    "Odessa, Ukraine" is Ukraine's Odessa however many Texan towns the report names around a Texan Odessa."""
    qualifiers = hints.get("qualifier")
    if not qualifiers or hints.get("list"):
        return scores
    inside = [any(_contains(q, p) for q in qualifiers) for p, _, _ in cands]
    if all(inside) or not any(inside):
        return scores
    return [s if i else -math.inf for s, i in zip(scores, inside)]


def _qualifiers_read_as_containers(text: str, out: list[Resolution], hints: list[dict]) -> list[Resolution]:
    """A name written to qualify the place before it is the container that holds that place: "Monterrey, Mexico"
    in a report from Mexico, Mo. names the country, whatever the report's other "Mexico" is."""
    for i in range(1, len(out)):
        before, o = out[i - 1], out[i]
        qualifiers = hints[i - 1].get("qualifier")
        if not qualifiers or hints[i - 1].get("list") or before.place is None or o.mention.kind != "name" or \
                text[before.mention.end:o.mention.start].strip() != ",":
            continue
        holder = next((q for q in qualifiers if _contains(q, before.place)), None)
        if holder is not None and o.place is not holder and name_key(holder.name) == name_key(o.mention.text):
            out[i] = Resolution(o.mention, holder, o.score)
    return out


def _own_words_place(hints: dict) -> bool:
    """Whether a mention's own qualifier says where it lies ("Homs, Syria", "Springfield, Ill."; not in a list)."""
    return not hints.get("list") and ("admin1" in hints or _qualified(hints))


# Readings are memoised per mention surface (names recur within and across reports) until places are added
# to the gazetteer, and emptied when they grow past this many (so a long stream of texts stays bounded).
_READINGS_MEMO_SIZE = 100_000


class Resolver:
    def __init__(self, gazetteer: Gazetteer, weights: Weights = DEFAULT_WEIGHTS):
        self.gazetteer = gazetteer
        self.w = weights                    # (fixed once readings are memoised: the priors depend on them)
        self._readings_memo: dict[tuple, _Readings] = {}
        self._readings_generation = gazetteer.generation

    def prior(self, place: Place, loose: bool) -> float:
        # a town with no population given: cities500 lists it for at least 500 people (a dump's hamlet
        # is read the same, as the least a town of the default gazetteer has)
        population = place.population or (500 if place.feature_class == "P" else 0)
        score = math.log10(population + 10) + self.w.feature.get(place.feature_code, 0.0)
        return score - self.w.loose if loose else score

    def resolve(self, text: str, mentions: list[Mention], demonyms_are_places: bool = False) -> list[Resolution]:
        """One resolution per mention. Demonyms are country evidence; with demonyms_are_places (spans
        given by a caller that counts "Syrian" as a toponym) they also resolve to their country."""
        keys = [m.code if m.kind != "name" else m.key for m in mentions]    # (Resolver._key of each)
        # Each name's readings, from its first mention.
        readings: dict[str, _Readings] = {}
        cands: dict[str, list[tuple[Place, bool, float]]] = {}
        own: dict[str, list[bool]] = {}
        cells: dict[str, list] = {}
        biggest: dict[str, Place | None] = {}
        rivals: dict[str, list[tuple[frozenset, frozenset]]] = {}
        # Each name's belief over its candidates, from the prior first, then from the last round's
        # scores; the other names' beliefs are the evidence of the next round.
        # (A name with no candidate has no belief: as in later rounds, where it has no scores.)
        beliefs: dict[str, list[float]] = {}
        for m, key in zip(mentions, keys):
            if key not in cands:
                r = readings[key] = self._readings(m, key, demonyms_are_places)
                cands[key], own[key], cells[key], biggest[key], rivals[key] = r.cands, r.own, r.cells, r.biggest, r.rivals
                if r.cands:
                    beliefs[key] = r.prior_belief
        # (a name with no reading, as a demonym is, has nothing its qualifiers could choose among)
        hints = [self._hints(text, m, readings[key]) if cands[key] else {} for m, key in zip(mentions, keys)]
        for key, places in _short_forms(cands).items():
            for h, k in zip(hints, keys):
                if k == key:
                    h["short_for"] = places
        # A town's own police named once tells which town the report's every mention of the name is ("CANTON - ... in
        # southeast Canton ... Canton police asked": one US Canton throughout; see _own_scores)
        policed = {k for h, k in zip(hints, keys) if h.get("force")}
        if policed:
            for h, k in zip(hints, keys):
                if k in policed and cands[k]:
                    h["force"] = True
        # Mentions of one name with the same qualifiers score alike: score them once per round. The part
        # of a score that the rest of the report does not change is worked out once, before the rounds.
        # (a mention with none of the hints _own_scores reads, as most are, scores as its name's bare mentions do:
        # its name is its signature)
        # (each distinct one as a small number: the rounds look scores up by it many times, and a tuple's hash is
        # worked out anew each time)
        sig_numbers: dict[tuple | str, int] = {}
        sigs: list[int] = []
        own_scores: dict[int, list[float]] = {}
        for key, h in zip(keys, hints):
            is_bare = not h or not any(map(h.get, _OWN_SCORE_HINTS))
            sig = key if is_bare else (key, h.get("kind"), h.get("admin1"), h.get("country"), h.get("list"),
                                       h.get("listed_with"), tuple(id(q) for q in h.get("qualifier", ())),
                                       id(h.get("short_for")), h.get("government"), h.get("force"))
            number = sig_numbers.get(sig)
            if number is None:
                number = sig_numbers[sig] = len(sig_numbers)
                own_scores[number] = self._bare_scores(readings[key], key) if is_bare \
                    else self._own_scores(key, cands[key], own[key], h)
            sigs.append(number)
        crowded = _crowded(cells)
        # a name only ever written to qualify an actor ("Saudi-led") says nothing of where the report is
        qualifying = {key for m, key in zip(mentions, keys) if m.qualifier}
        if qualifying:
            qualifying.difference_update(key for m, key in zip(mentions, keys) if not m.qualifier)
        # the dateline's town ("BEIRUT (Reuters) -"): its country backs the report's other names beyond the cap
        # (the report's first name, or the first of the line after its headline: "Punjab: Farmers block highway\n
        # CHANDIGARH - ...")
        opening = 0
        if hints and "dateline_town" not in hints[0] and "dateline" not in hints[0] and (line_end := text.find("\n")) > 0:
            opening = next((i for i, m in enumerate(mentions) if m.start == line_end + 1), 0)
        dateline_key = keys[opening] if hints and ("dateline_town" in hints[opening] or "dateline" in hints[opening]) \
            else None
        # the demonyms that are country evidence, each with its key (the same in every round)
        demonyms = [(m.code, key) for m, key in zip(mentions, keys) if m.kind == "demonym" and not m.qualifier]
        key_scores: dict[str, list[float]] = {}  # (each round's, read by the next)
        # A name's scores read only the other names' beliefs (the evidence leaves its own out), and a name with one
        # reading scores without evidence: with no more than one name of several readings, the first round's scores
        # are every round's (the rounds after would only work them out again).
        rounds = self.w.rounds if sum(len(cs) > 1 for cs in cands.values()) > 1 else 1
        changed = None          # the names whose beliefs the last round changed (None before the first)
        memo = {}
        for round_ in range(rounds):
            if round_:
                last_beliefs, beliefs = beliefs, {key: _softmax(sc) for key, sc in key_scores.items()}
                if beliefs == last_beliefs:
                    # the beliefs of the round before, so its scores again, and in every round after: done
                    # (as when no more than one name has several readings)
                    break
                changed = {key for key, b in beliefs.items() if b != last_beliefs[key]}
            evidence = self._evidence(demonyms, cands, cells, beliefs, qualifying, dateline_key)
            key_scores, last_memo, memo = {}, memo, {}
            for key, h, sig in zip(keys, hints, sigs):
                scores = memo.get(sig)
                if scores is None:
                    # a name with one reading has nothing to choose (nor one with none, whose scores are []): its
                    # context is not worked out; nor is that of a name whose scores read no belief the last round
                    # changed (only the other names' beliefs: see above), which keeps its scores
                    if len(cands[key]) <= 1:
                        scores = own_scores[sig]
                    elif changed is not None and changed <= {key}:
                        scores = last_memo[sig]
                    else:
                        scores = self._context_scores(key, cands[key], own_scores[sig], crowded[key], evidence,
                                                      biggest[key], rivals[key], own[key])
                    memo[sig] = scores
                if scores and ("kind" not in h or key not in key_scores):
                    key_scores[key] = scores
        # The last round's scores choose.
        # (a name with no reading is none)
        chosen = [self._best(m, cands[key], _within_qualifier(cands[key], memo[sig], h) if h else memo[sig],
                             h.get("kind") in AREA_KINDS, h.get("local_area", False)) if cands[key]
                  else Resolution(m, None, 0.0)
                  for m, key, sig, h in zip(mentions, keys, sigs, hints)]
        if "arangay" in text or "Brgy" in text or "itio " in text or "urok " in text:
            _barangays_in_dateline_town(text, mentions, hints, chosen)
        if any("within" in h for h in hints):
            chosen = [self._within_container(r, cands[key], memo[sig], h) if "within" in h else r
                      for r, key, sig, h in zip(chosen, keys, sigs, hints)]
            unplaced_in = {h["within"][2] for r, h in zip(chosen, hints) if "within" in h and r.place is None}
            # a quarter told once with its city is that quarter when named again bare ("... linking Adhamiyah to")
            quarters = {key: r.place for r, key, h in zip(chosen, keys, hints)
                        if "within" in h and h["within"][3] and r.place is not None}
            if quarters:
                chosen = [Resolution(r.mention, quarters[key], r.score, r.loose, r.local_area)
                          if key in quarters and "within" not in h else r
                          for r, key, h in zip(chosen, keys, hints)]
            for r in chosen:
                if r.mention.start in unplaced_in:
                    r.holds_unplaced = True
        # (a mention with no hints is never contradicted)
        out = [self._unless_contradicted(self._capital_area(r) if h.get("capital_area") else r, h) if h else r
               for r, h in zip(chosen, hints)]
        # "Mambelenga, 20 km north of Mambasa in Ituri province ... a civil society leader in Mambasa territory": a
        # reading one mention's qualifiers put in another country is no reading of the name's bare mentions either
        ruled_out = {(key, id(r.place)) for key, r, o, h in zip(keys, chosen, out, hints)
                     if o.place is None and r.place is not None and r.place.country_code not in _countries_said(h)}
        if ruled_out:
            out = [Resolution(o.mention, None, 0.0) if (key, id(o.place)) in ruled_out and not _qualified(h) else o
                   for key, o, h in zip(keys, out, hints)]
        dateline_at = next((i for i, h in enumerate(hints) if "dateline_town" in h), None)
        if any("told_in_area" in h or "village" in h for h in hints):
            out = _villages_abroad(keys, out, hints, dateline_at, self.gazetteer)
        own_words = [bool(h) and _own_words_place(h) for h in hints]    # (asked by most of the passes below)
        out = _mutual_namesakes(keys, cands, _local_namesakes(text, keys, cands, out, hints, own_words, dateline_at,
                                                              self.gazetteer), hints, own_words)
        out = _qualifiers_read_as_containers(text, _qualified_reading_kept(keys, out, hints, own_words), hints)
        out = _great_city_quarters(text, keys, cands, _famous_namesakes(text, keys, cands, biggest, out, hints,
                                                                        own_words), hints, dateline_at, self.gazetteer)
        # (after a great city's quarters: "JOHANNESBURG - ... a tavern in Melville" is the city's suburb, no town abroad)
        if dateline_at is not None and out[dateline_at].place is not None and any(
                o.place is not None and o.place.country_code != out[dateline_at].place.country_code for o in out):
            out = _bare_towns_abroad(text, keys, out, hints, dateline_at, self.gazetteer)
        return out

    def _readings(self, m: Mention, key: str, demonyms_are_places: bool) -> _Readings:
        """A mention's candidates (see _candidates), best prior first, and what the rounds ask of them."""
        gazetteer = self.gazetteer
        if self._readings_generation != gazetteer.generation or len(self._readings_memo) >= _READINGS_MEMO_SIZE:
            self._readings_memo.clear()
            self._readings_generation = gazetteer.generation
        memo_key = (m.kind, m.text, m.code, key, demonyms_are_places, m.spelt, m.whole_only)
        found = self._readings_memo.get(memo_key)
        if found is None:
            ranked = sorted(((p, loose, self.prior(p, loose)) for p, loose in
                             self._candidates(m, demonyms_are_places)), key=lambda c: -c[2])
            cs = ranked[:self.w.max_candidates]
            # Which candidates bear the name as their own (not only as an alternate name). (A lone candidate needs
            # no comparing.)
            own = [_own_key(p.name) == key for p, _, _ in cs] if len(cs) > 1 else [True] * len(cs)
            if not any(own):
                # With no exact bearer, a place whose own name is the name with a qualifier after it ("Frankfurt
                # am Main", "Frankfurt (Oder)") bears it more truly than one that is only also called so in another
                # spelling (Frankfort, Ill.).
                own = [city_of_qualified_name(p, key) for p, _, _ in cs]
            found = self._readings_memo[memo_key] = _Readings(
                cs,
                own,
                # The grid cell of each candidate that can say where the report is (None for a large feature).
                [None if p.feature_code in _LARGE else _cell(p) for p, _, _ in cs],
                # the most populous town (see _context_scores)
                max((p for p, _, _ in cs if p.feature_class == "P"), key=_population, default=None),
                _softmax([c[2] for c in cs]),
                _alias_rivals(cs, own, self.w.alias_outweighs),
                any(p.feature_code in ("PPLC", "PCLI") for p, _, _ in cs),
                any(p.feature_code == "ADM1" and p.country_code == "US" for p, _, _ in cs) and any(
                    p.feature_class == "P" and p.population >= _GREAT_CITY_POPULATION for p, _, _ in cs))
        return found

    def _bare_scores(self, r: _Readings, key: str) -> list[float]:
        """The own scores of a name's mentions with no qualifier around them, worked out once (with its readings)."""
        if r.bare_scores is None:
            r.bare_scores = self._own_scores(key, r.cands, r.own, {})
        return r.bare_scores

    @staticmethod
    def _key(m: Mention) -> str:
        return m.code if m.kind != "name" else m.key

    def _candidates(self, m: Mention, demonyms_are_places: bool) -> list[tuple[Place, bool]]:
        if m.kind == "name" and m.whole_only:
            # a township the gazetteer lacks whose bare name's towns lie far from the report: the county or else the
            # first-level area the report is in holds it (Geoparser._resolve: m.code "US.OH.017" or "US.OH"), if any
            if not m.code:
                return []
            cc, a1, *a2 = m.code.split(".")
            county = self.gazetteer.admin_name(cc, a1, a2[0]) if a2 else None
            area = next((p for p, _ in self.gazetteer.matches(county) if p.feature_code == "ADM2"
                         and p.country_code == cc and p.admin1 == a1), None) if county else None
            area = area or self.gazetteer.admin1(cc, a1)
            return [(area, False)] if area is not None else []
        if m.kind == "name":
            found = self.gazetteer.matches(m.text)
            if found:
                have = {id(p) for p, _ in found}
                # (loose, as a name found only without its area word: it stands where the report backs its country)
                found = found + [(p, True) for p in self._compass_areas(m.text) if id(p) not in have]
                if m.text[:8].lower() == "city of ":
                    # "CITY OF SAN FERNANDO, Pampanga": a city's official style, which the gazetteer may hold for a
                    # namesake only (Trinidad's borough); the towns of the name are read too, loosely (a qualifier
                    # or the report's places tell them apart)
                    have = {id(p) for p, _ in found}
                    found = found + [(p, True) for p, _ in self.gazetteer.matches(m.text[8:])
                                     if p.feature_class == "P" and id(p) not in have]
            if found:
                # a name framed as a place may be a far namesake's as written and a place's as spelt ("near Kufra",
                # "al-Mahra governorate"): both are read, the spelt one loose (it stands only where the report backs
                # its country: Geoparser.parse)
                return found + self._spelt_namesakes(m, found) if m.spelt else found
            # A given span the gazetteer lacks as written: "Nyanza Province" -> "Nyanza" (an area),
            # "North Dallas" -> "Dallas", "South Ossetian" -> "South Ossetia" (loose matches). Not
            # "Salinas Valley" -> "Salinas": a river, park or township is seldom beside its namesake.
            trimmed = _KIND_SUFFIX.sub("", m.text)
            if trimmed != m.text:
                # (as spelt too, the area word framing it as a place: "Salahuddin province" of Salah ad Din)
                named = self.gazetteer.matches(trimmed) or self.gazetteer.spelling_matches(name_key(trimmed))
                found = [(p, True) for p, _ in named if p.feature_class == "A"]
                if not found and _FIRST_LEVEL_SUFFIX.search(m.text):
                    # "Hodeidah province", "Timbuktu region": a province the gazetteer knows by another name ("Al
                    # Hudaydah") is read at the town it is named after, as the name found in running text is
                    found = [(p, True) for p, _ in named if p.feature_class == "P"][:1]
            trimmed = _DIRECTION_PREFIX.sub("", m.text)
            if not found and trimmed != m.text:
                found = [(p, True) for p, _ in self.gazetteer.matches(trimmed)]
            if not found:
                found = self._demonym_stem(m.key)
            if not found and m.spelt:
                found = list(self.gazetteer.spelling_matches(m.key)) or \
                    [(p, True) for p in self.gazetteer.first_vowel_towns(m.key)]  # ("Noshki" of Nushki)
            if not found and m.text.rstrip(".").endswith(("Twp", "TWP")):
                found = self.gazetteer.matches(m.text.rstrip(".")[:-3] + "Township")  # "CRANBERRY TWP." in full
            if not found and (trimmed := LOCAL_PART_WORDS.sub("", m.text)) != m.text:
                # "Brick Township" -> Brick, "Upper Darby" -> Darby, "Lower Merion Township" -> Merion: the town of the
                # name (loosely where it is another's "Upper"/"Lower" part); it stands only beside the report's other
                # places (Geoparser._far_local_parts)
                loose = not m.text.startswith(trimmed)
                found = [(p, loose) for p, _ in self.gazetteer.matches(trimmed) if p.feature_class == "P"]
            return found
        if m.kind == "abbreviation":
            place = self.gazetteer.admin1(*m.code.split("."))
        else:
            place = self.gazetteer.country(m.code) if demonyms_are_places else None
        return [(place, False)] if place is not None else []

    def _spelt_namesakes(self, m: Mention, found: list[tuple[Place, bool]]) -> list[tuple[Place, bool]]:
        """The places a framed name found as written names by its spelling key too, besides those found."""
        have = [p for p, _ in found]
        return [(p, True) for p, _ in self.gazetteer.spelling_namesakes(m.key) if p not in have]

    def _demonym_stem(self, key: str) -> list[tuple[Place, bool]]:
        """The area or country an inhabitant word names: "ontarians" -> Ontario, "dagestani" ->
        Dagestan, "abkhaz" -> Abkhazia, "south ossetians" -> South Ossetia."""
        for suffix in ("ians", "ans", "ian", "an", "ese", "is", "i", "s", ""):
            if key.endswith(suffix) and len(key) - len(suffix) >= 4:
                stem = key[:len(key) - len(suffix)] if suffix else key
                for k in self.gazetteer.keys_with_prefix(stem):
                    found = [(p, True) for p, _ in self.gazetteer.matches(k) if p.feature_code in _LARGE]
                    if found:
                        return found
        return []

    # -- evidence --------------------------------------------------------------------------------
    def _hints(self, text: str, m: Mention, readings: _Readings) -> dict:
        """Qualifiers written around a mention: ", Syria", ", Ill.", "Syrian city of", "X province"."""
        cands = readings.cands
        hints: dict = {}
        after = text[m.end:m.end + 40]
        if after.startswith((" ", ", a")) and (area := _WORDS_BEFORE_CONTAINER.match(after)):
            # "Mambasa territory, Ituri", "Kani township in Sagaing region", "Mellit, a town in North Darfur state": the
            # qualifier follows the area's word or the town's apposition
            after = after[area.end():] + text[m.end + 40:m.end + 40 + area.end()]
        comma_after = after.startswith(",")  # (both patterns open with a comma)
        q = _ABBREVIATION_AFTER.match(after) if comma_after else None
        token = q.group(1).rstrip(".") if q else ""
        if token in AREA_ABBREVIATIONS or token in _POSTAL:
            hints["admin1"] = tuple(AREA_ABBREVIATIONS.get(token, "US." + token).split("."))
        else:
            q = _NAME_AFTER.match(after) if comma_after else None
            if q and q.group(1).isupper() and len(q.group(1)) > 2 and not m.text.isupper():
                pass  # "Aleppo, SANA –", "Homs, NNA": a news agency after a town in mixed case, no container
            elif q and q.group(1) not in DIRECTION_WORDS:  # "Kansas City, North ..." is no container
                hints["qualifier"] = self._containers(q.group(1))
                if not hints["qualifier"] and ". " in q.group(1):
                    # "Glasgow, Scotland. Officials said": the sentence ends with the container
                    hints["qualifier"] = self._containers(q.group(1).split(". ", 1)[0])
                if not hints["qualifier"] and (area := _AREA_OF_PLACE_AFTER.match(text, m.end, m.end + 150)):
                    self._village_area_hints(area.group(1), area.group(2), hints)
                # "Georgia, Illinois, Missouri and Ohio": a list, not Illinois in Missouri; so is a country's own
                # name before another's that a list's "and several ..." follows ("among them Colombia, Mexico and
                # several islands": no Mexican town named Colombia; but "born in Armenia, Colombia and raised").
                if hints["qualifier"] and (text[max(0, m.start - 2):m.start] == ", "
                                           or _LIST_AFTER.match(after, q.end()) and not self._area_in_country_after(
                                               hints["qualifier"], text, m.end + q.end())
                                           or _LIST_OF_MORE_AFTER.match(after, q.end())
                                           and any(p.feature_code == "PCLI" and not loose for p, loose, _ in cands)
                                           and hints["qualifier"][0].feature_code == "PCLI"):
                    hints["list"] = True
                elif hints["qualifier"] and dateline_town(text, m):
                    # "SALVADOR, Brazil -", "ARMENIA, Colombia -": a dateline's country qualifies a town named like
                    # another country; it is no list of countries
                    hints["dateline"] = True
                    if not any(_contains(c, p) for c in hints["qualifier"] for p in self.gazetteer.candidates(m.text)):
                        # "SANAA, Saba -": what holds no town of the name is the wire's credit, not its container
                        del hints["qualifier"], hints["dateline"]
            elif " area" in after and (q := _NAMED_AREA_OF_FIRST_LEVEL_AFTER.match(text, m.end, m.end + 150)):
                # (as "Maga, Danko-Wasagu local government area of Kebbi State" is: the state qualifies the village)
                self._village_area_hints(q.group(1) or q.group("area"), q.group("first") or q.group("owner"), hints)
            elif (after.startswith((" in ", ", in ")) or " of " in after) and (q := _COUNTRY_AFTER.match(after)):
                # "in Mozambique's Cabo Delgado province": the country that owns the area
                told_in = q.group(1)
                if ". " in told_in and not self.gazetteer.candidates(told_in):
                    # "named after Valencia in Spain. Later ...": the area's name ends with its sentence
                    told_in = told_in.split(". ", 1)[0]
                owner = _POSSESSIVE_END.split(told_in, 1)
                countries = [p for p in self.gazetteer.candidates(owner[0])[:3] if p.feature_code == "PCLI"]
                # "Solhan in the Sahel, northern Burkina Faso": the country after the area
                if not countries and (c := _COUNTRY_NEXT.match(text, m.end + q.end(), m.end + q.end() + 40)):
                    countries = [p for p in self.gazetteer.candidates(c.group(1))[:3] if p.feature_code == "PCLI"]
                # "in Ukraine's Zaporizhzhia region": the owner's area told after it
                told = owner[1].strip() if len(owner) > 1 and _AREA_KIND_AFTER.match(after, q.end()) else ""
                if countries:
                    # (the country's first-level area of that name, where it has one, says more than the country)
                    hints["qualifier"] = [p for p in self.gazetteer.candidates(told)[:5] if p.feature_code == "ADM1"
                                          and p.country_code == countries[0].country_code] if told else []
                    hints["qualifier"] = hints["qualifier"] or countries[:1]
                elif q.group(0).startswith(",") and not _names_area(told_in):
                    pass    # ("Nazareth, in northern Israel" asks for a country, "Lexington, in Lafayette County" an area)
                elif (_AREA_KIND_AFTER.match(after, q.end()) or _names_area(told_in)) and (areas := [
                        p for p in self.gazetteer.candidates(told_in)[:5] + self._compass_areas(told_in)
                        if p.feature_class == "A" or p.feature_code == "RGN"]):
                    # the countries the area's name may be in (a named region's too: Iraq's "Kurdistan region",
                    # not only Iran's Kurdistan province): a country no reading of it is in contradicts
                    hints["area_countries"] = {p.country_code for p in areas}
                    if all(p.feature_code == "ADM1" for p in areas):
                        # "Bassa local government area of Plateau State": only a first-level area, which qualifies
                        # the name as ", Plateau" would (not Kogi's Bassa)
                        hints["qualifier"] = areas
                    elif all(p.feature_code == "ADM2" and p.country_code == "US" for p in areas):
                        # "Lexington, in Lafayette County": a town in a county lies in a state that has a county so
                        # named (Missouri's, not Kentucky's Lexington), which context chooses among
                        hints["qualifier"] = [state for p in self.gazetteer.candidates(told_in)
                                              if p.feature_code == "ADM2" and p.country_code == "US"
                                              and (state := self.gazetteer.admin1("US", p.admin1)) is not None]
                elif q.group(0).startswith(" in ") and (areas := [
                        p for p in self.gazetteer.candidates(told_in)[:5]
                        if p.feature_code == "ADM1" and any(_contains(p, c) for c, _, _ in cands)]):
                    # "Aurangabad in Bihar", "Hyderabad in Sindh": a first-level area named bare after "in" that holds a
                    # reading of the name qualifies it as ", Bihar" would (not Maharashtra's larger Aurangabad)
                    hints["qualifier"] = areas
                elif not q.group(0).lstrip(",").startswith(" in ") and len(
                        owners := {p.country_code for p in self.gazetteer.candidates(told_in)[:3]}) == 1:
                    # "Ruma upazila of Bandarban": the area lies in the country of the place it is told of, whatever
                    # its kind (not Serbia's Ruma where every Bandarban is Bangladesh's)
                    hints["area_countries"] = owners
            elif after.startswith(_VILLAGE_WORD_AFTER) and (q := _VILLAGE_OF_AREA_AFTER.match(text, m.end, m.end + 150) or
                                                             _VILLAGE_OF_AREA_OF_AFTER.match(text, m.end, m.end + 150)):
                self._village_area_hints(q.group(1), q.group(2), hints)
        # (a definition's openings are among an apposition's: a text that opens neither is asked once)
        opening = not hints and text.startswith(_APPOSITION_OPENINGS, m.end)
        if opening and (q := _APPOSITION_IN.match(text, m.end, m.end + 150)) \
                and (owner := self.gazetteer.candidates(_POSSESSIVE_END.split(q.group(1))[0])[:3]):
            if owner[0].feature_code in ("PCLI", "ADM1", "ADM2"):
                # "Tripoli is the largest city in northern Lebanon", "Richmond is a market town in North Yorkshire": a
                # country or area told so qualifies the place as ", Lebanon" would (not Libya's larger Tripoli; nor is
                # it Pennsylvania's Lebanon's neighbour); of areas named alike, the one that holds a reading ("Bamenda,
                # the capital of the North-West region": Cameroon's, not South Africa's)
                hints["qualifier"] = [next((a for a in owner if a.feature_code in ("PCLI", "ADM1", "ADM2")
                                            and any(_contains(a, c) for c, _, _ in cands)), owner[0])]
            elif len(owners := {p.country_code for p in owner if p.country_code}) == 1:
                # "Stroud, a village in Innisfil, Ontario": the place lies in the country of the town or area the
                # apposition puts it in (not England's Stroud; nor Fiji's Suva for "Suba, a district ... in western Kenya")
                hints["area_countries"] = owners
        if opening and not hints and text.startswith(_DEFINITION_OPENINGS, m.end) and \
                (q := _DEFINITION_FIRST_LEVEL.match(text, m.end, m.end + 200)) and \
                (areas := [p for p in self.gazetteer.candidates(q.group(1))[:3] if p.feature_code == "ADM1"]):
            # "Zawady is a village in the administrative district of Gmina Tykocin, within Białystok County, Podlaskie
            # Voivodeship": the first-level area the definition's chain of containers ends in qualifies the place
            hints["qualifier"] = areas
        if comma_after and after.startswith(", where ") and (clause := _WHERE_PEOPLE_AFTER.match(after)) \
                and (cc := self.gazetteer.demonyms.get(clause.group(1))) and not hints.get("qualifier"):
            # "returned from Bethlehem, where Palestinian Christians ...": the place of the people the clause tells of
            hints["country"] = cc
        before = text[max(0, m.start - 40):m.start]
        if before.endswith(" in ") and _may_be_government_in(before) and _GOVERNMENT_IN_BEFORE.search(before):
            hints["government"] = True
        if "'s " in before or "’s " in before:
            owner = _OWNER_BEFORE.search(before)
            if owner and (countries := [
                    p for p in self.gazetteer.candidates(owner.group(1))[:3] if p.feature_code == "PCLI"]) and (
                    _AREA_KIND_AFTER.match(text, m.end) or
                    # ("India's Punjab": the country owns a place of the name, whatever the report's country)
                    any(p.country_code == countries[0].country_code for p, _, _ in cands)):
                hints["country"] = countries[0].country_code
            elif "qualifier" not in hints and (area_owner := _AREA_OWNER_BEFORE.search(before)) and (areas := [
                    p for p in self.gazetteer.candidates(area_owner.group(1))[:5] if p.feature_code == "ADM1"]):
                # (as ", Sagaing Region" after it would: a place the gazetteer has only elsewhere is no place, not
                # Japan's Kani in a report of Myanmar)
                hints["qualifier"] = areas
        # Both patterns before a name end in "of" (a cheap test before the slow searches; the case is
        # ignored by one, and no other character matches "o" or "f" so).
        before_stripped = before.rstrip()
        of_before = before_stripped[-2:].lower() == "of"
        d = _DEMONYM_BEFORE.search(before) if of_before else None
        if d and d.group(1) in self.gazetteer.demonyms:
            hints["country"] = self.gazetteer.demonyms[d.group(1)]
        elif d and (countries := [p for p in self.gazetteer.candidates(d.group(1))[:3] if p.feature_code == "PCLI"]):
            hints["country"] = countries[0].country_code
        k = _KIND_BEFORE.search(before) if of_before else None
        if k and k.group(1).lower() == "district" and (name := _NAME_BEFORE_KIND.search(before, 0, k.start())) \
                and name.group(1) not in self.gazetteer.demonyms:
            k = None
        local = (_LOCAL_AREA_BEFORE.search(before) or _VILLAGE_MUNICIPALITY_BEFORE.search(before)) if of_before else None
        after_kind = None if k or local else (_KIND_AFTER.match(text, m.end, m.end + 30) or (
            _listed_areas_after(text, m.end) if text.startswith((",", " and "), m.end) else None))
        if after_kind is None and not (k or local) and text.startswith((",", " and ", " or ", " region", " oblast",
                                                                         " province", " governorate"), m.end) and \
                (listed := _listed_first_level_after(text, m.start, m.end)) is not None:
            # "over the Odesa and Mykolaiv regions": both oblasts (the plural word's singular is the kind)
            after_kind = listed
        if k and k.group(1).lower() in TOWN_KINDS and (area := _KIND_AFTER.match(text, m.end, m.end + 30)) and \
                area.group(1).lower() not in _FIRST_LEVEL_KINDS:
            # "Mamash Khel village of Bannu district": the village is the name before; this one is the area
            k, after_kind = None, area
        elif k and k.group(1).lower() == "capital" and _AREA_OF_CAPITAL_BEFORE.search(before):
            # "named after Lima, the capital of Peru": the name is the country whose capital it is, not a town (but
            # "the provincial capital of Lashkar Gah", "the Afghan capital of Kabul" name the town)
            k = None
        elif k and k.group(1).lower() == "capital" and (area := _KIND_AFTER.match(text, m.end, m.end + 30)):
            # "the capital of Sinaloa state": the state's capital; the name is the state's
            k, after_kind = None, area
        if after_kind and (word := after_kind.group(1).lower()) not in _FIRST_LEVEL_KINDS:
            # "Yei county": a town so read stands for the area around it (Resolution.local_area)
            local_area = not _FACILITY_AFTER.match(text, after_kind.end())
        elif local:
            word, local_area = local.group(1).lower(), True
        else:
            word = None
        # (one look for the words of both tests after a name here, " regional"/" governor" and " police": most names
        # are followed by none of them)
        word_after = text.startswith(_GOVERNED_AREA_OPENINGS + (" police", " Police"), m.end)
        governed = word_after and text.startswith(_GOVERNED_AREA_OPENINGS, m.end) and \
            _GOVERNED_AREA_AFTER.match(text, m.end)
        if after_kind and after_kind.group(1).lower() in _CAPITAL_AREA_WORDS or governed:
            hints["capital_area"] = True
        if word is not None:
            hints["local_area"] = local_area
            if kind := _local_kind(word):
                hints["kind"] = kind
        elif k or after_kind:
            hints["kind"] = kind = (k or after_kind).group(1).lower()
            if kind == "village":
                hints["village"] = True     # (see _villages_abroad)
        elif governed:
            hints["kind"] = "region"
        elif _names_area(m.text):
            hints["kind"] = "county"
        elif not hints.get("qualifier") and dateline_town(text, m):
            hints["kind"] = "city"  # "NEW YORK (AP) -", "KUWAIT (Reuters) -": a wire's dateline names a town
            hints["dateline_town"] = True
        elif word_after and text.startswith((" police", " Police"), m.end):
            if any(p.feature_class == "P" and p.population >= _CITY_FORCE_POPULATION for p, _, _ in cands):
                hints["kind"] = "city"  # "Savannah police": a city's own force, not Ghana's Savannah Region
            hints["force"] = True       # (see _own_scores)
        elif before.endswith("the ") and any(p.feature_code in _OPEN_WATER for p, _, _ in cands):
            hints["kind"] = "water"     # "over the Atlantic", "in the Pacific": the ocean, not a town of the name
        # A name listed beside a country or a first-level area is one too ("Egypt and Niger", "Texas and
        # Georgia"); only a name that may be a capital or a country asks. (A country among the neighbours
        # decides: many countries have an area named like a neighbouring country.)
        if len(cands) > 1 and readings.capital_or_country and not hints.get("dateline"):
            # (_NEIGHBOUR_BEFORE ends in a comma, "and" or "or", and blanks: a plain look first)
            listed_before = _NEIGHBOUR_BEFORE.search(before) if before_stripped.endswith((",", "and", "or")) else None
            kinds = {_listed_kind(self.gazetteer, n.group(1))
                     for n in (listed_before, _NEIGHBOUR_AFTER.match(after)) if n}
            if "PCLI" in kinds or "ADM1" in kinds:
                hints["listed_with"] = "PCLI" if "PCLI" in kinds else "ADM1"
        # A US state named like a great city ("New York") is the city when listed beside great cities ("flights from
        # New York and Chicago", "London, Paris and New York"); beside states it stays the state.
        if "kind" not in hints and len(cands) > 1 and readings.state_or_great_city:
            listed_before = _NEIGHBOUR_BEFORE.search(before) if before_stripped.endswith((",", "and", "or")) else None
            if any(_listed_great_city(self.gazetteer, n.group(1))
                   for n in (listed_before, _NEIGHBOUR_AFTER.match(after)) if n):
                hints["kind"] = "city"
        if (container := self._container(text, m, before_stripped[-1:])) is not None:
            if container[0]:
                hints["within"] = container
            else:
                # "the village of Maga in Danko-Wasagu local government area": an area the gazetteer lacks still
                # tells a village (see _villages_abroad)
                hints["told_in_area"] = True
        return hints

    def _area_in_country_after(self, areas: list[Place], text: str, start: int) -> bool:
        """"Karo, North Sumatra, Indonesia": the name after a place's first-level area is the country that holds the
        area, a chain of containers, not a list of places."""
        c = _COUNTRY_NEXT.match(text, start, start + 40)
        return c is not None and any(p.feature_code == "PCLI" and any(_contains(p, a) for a in areas if a.feature_class == "A"
                                                                      and a.feature_code != "PCLI")
                                     for p in self.gazetteer.candidates(c.group(1))[:3])

    def _container(self, text: str, m: Mention, last_before: str) -> tuple[list[Place], float, int, bool] | None:
        """The town or local area a small place is told to lie in ("Barangay San Jose, Sipalay City", "the village of
        Kwata in Bokkos local government area"): its readings, how near them the place must lie, and where the
        container's name starts, and whether the place is a quarter of that city. (last_before: the last character
        before the mention that is not blank, within 40 characters; "" for none.)"""
        if text.startswith(", ", m.end):
            q = _CITY_CONTAINER_AFTER.match(text, m.end, m.end + 80)
        else:
            q = None
        # (" said the " and " said that the " end in "the " too: asked once)
        the_before = text.endswith("the ", 0, m.start)
        # ("the X favela in Y" as "the X district of Y": the word says X is a part of the city told after it)
        if q is None and (the_before and (text.find(" of ", m.end, m.end + 20) >= 0 or
                                          _QUARTER_WORD_IN_AFTER.match(text, m.end) is not None) or
                          text.startswith(_LANDMARK_WORDS_AFTER, m.end)):
            q = _QUARTER_OF_CITY_AFTER.match(text, m.end, m.end + 80)
            # (a country is no city that holds a quarter: "the Mocimboa da Praia district of Mozambique's Cabo Delgado
            # province" is the district, not a quarter of the town of the country's name; a province's name may be its
            # city's, "the Adhamiyah district of Baghdad")
            if q is not None and next((p.feature_code for p in self.gazetteer.candidates(q.group("y"))[:1]), None) \
                    == "PCLI":
                q = None
        if q is None and text.startswith(("'s", "’s"), m.start - 3, m.start - 1) and _QUARTER_WORD_AFTER.match(text, m.end):
            q = _CITY_OWNING_QUARTER_BEFORE.search(text, max(0, m.start - 60), m.start)
        if q is None and the_before and text.endswith(_SAID_THE_BEFORE, 0, m.start) and \
                _QUARTER_WORD_AFTER.match(text, m.end):
            q = _OFFICIALS_CITY_BEFORE.search(text, max(0, m.start - 120), m.start)
        # (a text that ends in " of " has "f" as its last character that is not blank)
        if q is None and last_before == "f" and text.endswith(" of ", 0, m.start) and (
                text.find("quarter", max(0, m.start - 60), m.start) >= 0 or
                text.find("neighbo", max(0, m.start - 60), m.start) >= 0):     # (the words it needs)
            q = _CITY_QUARTER_OF_BEFORE.search(text, max(0, m.start - 60), m.start)
            # (a city is no quarter: "the Kennedy neighbourhood of Tegucigalpa" names Tegucigalpa's quarter, whatever
            # larger Kennedy lies abroad)
            if q is not None and any(p.feature_class == "P" and p.population >= DEFAULT_WEIGHTS.big_town
                                     for p in self.gazetteer.candidates(m.text)[:5]):
                q = None
        listed = _LIST_TO_LANDMARK_AFTER.match(text, m.end, m.end + 50) if text.startswith(" and ", m.end) else None
        # (each of _LANDMARK_NAME_ENDS opens with a blank: a name of one word ends in none)
        if q is None and (listed is not None or " " in m.text and m.text.endswith(_LANDMARK_NAME_ENDS)):
            end = listed.end() if listed is not None else m.end
            q = _LANDMARK_IN_CITY_AFTER.match(text, end, end + 60)
            # (a city's: "Rocky Mountain National Park in Colorado" is the state's, which the qualifiers handle)
            if q is not None and next((p.feature_code for p in self.gazetteer.candidates(q.group("y"))[:1]), "PCLI") \
                    in _LARGE:
                q = None
        # (_SMALL_PLACE_BEFORE's words end in one of _SMALL_PLACE_WORD_ENDS, then blanks up to the name)
        if q is None and (last_before in _SMALL_PLACE_WORD_ENDS
                          and _SMALL_PLACE_BEFORE.search(text, max(0, m.start - 20), m.start) or
                          _SMALL_PLACE_WORD_AFTER.match(text, m.end)):
            q = _TOWN_CONTAINER_AFTER.match(text, m.end, m.end + 80) or _AREA_CONTAINER_AFTER.match(text, m.end, m.end + 150)
        # (not a list: "firefighters from Cambridge, Pleasant City and Lore City")
        if q is None or text[max(0, m.start - 2):m.start] == ", " or _AND_LIST_AFTER.match(text, q.end()):
            return None
        word = (q.group("word") or "").strip()
        town = word in ("", "City", "Town")
        names = self.gazetteer.candidates(q.group("y") + " City")[:3] if word == "City" else []
        # (a town, or the area of a town the text names by its area's word; never a province or a country, which the
        # qualifiers above handle: "Barangay Mabini, Northern Samar" says nothing of how near Catarman it is)
        places = [p for p in names + self.gazetteer.candidates(q.group("y"))[:5]
                  if p.feature_class == "P" or not town and p.feature_code in ("ADM2", "ADM3")]
        if not places:
            # (a village in a local area the gazetteer lacks: no container to measure by, but a village all the same)
            return ([], _WITHIN_AREA_KM, q.start("y"), False) if q.re is _AREA_CONTAINER_AFTER and not town else None
        quarter = q.re in (_QUARTER_OF_CITY_AFTER, _CITY_OWNING_QUARTER_BEFORE, _CITY_QUARTER_OF_BEFORE,
                           _LANDMARK_IN_CITY_AFTER, _OFFICIALS_CITY_BEFORE)
        # ("the Port-au-Prince neighbourhood of Bel Air" names the city first: the larger town is no quarter; but a camp
        # or a market is named for where it is, "the Maga camp near Ribah": no far town of its name is that city)
        # (a district the city's officials tell of is the city's, whatever larger namesake lies abroad: "officials in
        # Cusco said the Santiago district")
        if quarter and not (q.re is _QUARTER_OF_CITY_AFTER and q.group("landmark")) and \
                q.re is not _OFFICIALS_CITY_BEFORE and max(
                (p.population for p in self.gazetteer.candidates(text[m.start:m.end])[:5] if p.feature_class == "P"),
                default=-1) >= max(p.population for p in places):
            return None
        return places, _WITHIN_TOWN_KM if town else _WITHIN_AREA_KM, q.start("y"), quarter

    def _within_container(self, r: Resolution, cands: list, scores: list[float], hints: dict) -> Resolution:
        """The best reading of a small place that lies near the container the text puts it in; none if no reading
        does (the gazetteer lacks the village: a namesake 60 km off is another place)."""
        places, km = hints["within"][0], hints["within"][1]
        near = [i for i, (p, _, _) in enumerate(cands)
                if any(haversine_km(p.lat, p.lon, c.lat, c.lon) <= km for c in places if c is not p)]
        if r.place is not None and any(cands[i][0] is r.place for i in near):
            return r
        if not near:
            # (a city's quarter the gazetteer lacks, or has only a namesake of, lies in the city: its point)
            # (near the city's point, not at it: UCDP's precision 2)
            return Resolution(r.mention, places[0], 0.0, holds_unplaced=True) if hints["within"][3] \
                else Resolution(r.mention, None, 0.0)
        i = max(near, key=scores.__getitem__)
        return Resolution(r.mention, cands[i][0], scores[i], cands[i][1], r.local_area)

    def _evidence(self, demonyms: list[tuple[str, str]], cands: dict, cells: dict,
                  beliefs: dict, qualifying: set[str], dateline_key: str | None = None) -> "_Evidence":
        """How strongly the names of the report stand for each country, first-level area and place:
        each name spreads its belief over its candidates (a name counts at most once). cells: the
        candidates' grid cells, None for large features. demonyms: (country code, key) of each demonym that is country
        evidence (one not qualifying an actor)."""
        ev = _Evidence()
        countries, admin1s, ev_cells = ev.countries, ev.admin1s, ev.cells
        plausible_weight = self.w.plausible
        for key, cs in cands.items():
            probs = beliefs.get(key)
            if not probs or key in qualifying:
                continue
            plausible = max(probs) * 0.05
            for (p, _, _), q, cell in zip(cs, probs, cells[key]):
                if q < 0.01 and q < plausible:
                    continue
                cc = p.country_code
                if cc:
                    d = countries[cc]
                    d[key] = d.get(key, 0.0) + q
                    if p.admin1:
                        d = admin1s[(cc, p.admin1)]
                        d[key] = d.get(key, 0.0) + q
                if cell is not None and q >= plausible:
                    # A plausible reading of an ambiguous name still says "somewhere near here":
                    # Paris and Henry County are both ambiguous, but only in Tennessee together.
                    ev_cells[cell].append((key, p.lat, p.lon, q if q >= plausible_weight else plausible_weight))
        for code, key in demonyms:
            countries[code][key] = 1.0
        if dateline_key is not None and beliefs.get(dateline_key):
            # (only the town's own name: "EL SERENO -", a quarter of Los Angeles, read loosely as Panama's Río
            # Sereno, must not draw the report's Los Angeles to Panama)
            ev.dateline_key = dateline_key
            for (p, loose, _), q in zip(cands[dateline_key], beliefs[dateline_key]):
                if not loose and p.country_code:
                    ev.dateline[p.country_code] = ev.dateline.get(p.country_code, 0.0) + q
        return ev

    def _near(self, place: Place, cell: tuple[int, int], key: str, ev: "_Evidence") -> float:
        """How many other names are believed (or plausibly read) to lie within ~150 km of a place (in
        this grid cell): each counts its best reading nearby, full weight within 50 km."""
        la, lo = cell
        cells = ev.cells
        best: dict[str, float] = {}
        coslat = None                       # worked out for the first other name nearby (most have none)
        for i in (la - 1, la, la + 1):
            for j in (lo - 1, lo, lo + 1):
                entries = cells.get((i, j))
                if entries is None:
                    continue
                for k2, lat, lon, q in entries:
                    if k2 == key:
                        continue
                    if coslat is None:
                        coslat = math.cos(math.radians(place.lat))
                    d = 111.2 * math.hypot(lat - place.lat, (lon - place.lon) * coslat)
                    if d < self.w.near_km:
                        v = q
                    elif d < self.w.far_km:
                        v = q * (self.w.far_km - d) / (self.w.far_km - self.w.near_km)
                    else:
                        continue
                    if v > best.get(k2, 0.0):
                        best[k2] = v
        total = sum(best.values())
        return total

    def _capital_area(self, r: Resolution) -> Resolution:
        """"The Kursk region", "Kursk territory", "Belgorod oblast": in Russia and Ukraine the first-level area
        named after its capital town, which the gazetteer may know only by its own name ("Kurskaya oblast'")."""
        p = r.place
        if p is None or p.country_code not in _OBLAST_COUNTRIES or p.feature_class != "P" or not p.admin1:
            return r
        area = self.gazetteer.admin1(p.country_code, p.admin1)
        # (the oblast's adjective may drop the town's last vowel: Tula, "Tul'skaya oblast'"; Penza, "Penzenskaya")
        town = _own_key(p.name)
        if area is None or not _own_key(area.name).startswith(town[:-1] if len(town) > 3 and town[-1] in "aeiouy" else town):
            return r
        return Resolution(r.mention, area, r.score, r.loose)

    def _containers(self, name: str) -> list[Place]:
        """The countries and first-level areas a name written as a qualifier may be ("..., Syria", "..., Ohio")."""
        found = [p for p in self.gazetteer.candidates(name)[:3] if p.feature_code.startswith("PCL") or p.feature_code == "ADM1"]
        if found:
            found += [p for p in self._compass_areas(name) if p not in found]
        return found

    def _compass_areas(self, name: str) -> list[Place]:
        """"Central Region", "Eastern Province": a first-level area named by compass words alone is every country's area
        of those words as much as the one the gazetteer stores with its area word (Ghana's "Central" beside Uganda's
        "Central Region"): the report's other places choose. Not where the gazetteer knows a first-level area or a
        region by the whole name as its own (Kenya's "North Eastern Province", not Oman's North Eastern governorate)."""
        compass = _FIRST_LEVEL_SUFFIX.sub("", name)
        if compass == name or not all(part in DIRECTION_WORDS for part in compass.split()):
            return []
        key = name_key(name)
        if any(p.feature_code in ("ADM1", "RGN") and _own_key(p.name) == key for p, _ in self.gazetteer.matches(name)):
            return []
        return [p for p, _ in self.gazetteer.matches(compass) if p.feature_code == "ADM1"]

    def _village_area_hints(self, area: str, first_level: str | None, hints: dict) -> None:
        """The countries a village may be in by the area the text puts it in ("Lala, a village in the Bahema Nord
        chiefdom of Djugu territory": an area below a province is mostly named after its seat town; not in an Indian
        Lala), and the first-level area named after that area as its qualifier ("..., Sagaing Region")."""
        hints["told_in_area"] = True
        if areas := {p.country_code for p in self.gazetteer.candidates(area)[:5] if p.feature_class in "AP"}:
            hints["area_countries"] = areas
        if first_level and (first_levels := [p for p in self.gazetteer.candidates(first_level)[:3]
                                             if p.feature_code == "ADM1"]):
            hints["qualifier"] = first_levels

    @staticmethod
    def _unless_contradicted(r: Resolution, hints: dict) -> Resolution:
        """No place where the text says which country it is in and no candidate is there ("Solhan in
        northern Burkina Faso", or "in Yagha province" when the gazetteer knows only a Solhan in Turkey and a
        Yagha in Burkina Faso): a village the gazetteer lacks is not put in another country."""
        p = r.place
        if p is None or hints.get("list") or p.country_code is None:
            return r
        qualifiers = hints.get("qualifier", ())
        if p.feature_code in ("ADM1", "RGN") and qualifiers and all(q.feature_code == "PCLI" for q in qualifiers) \
                and not any(_contains(q, p) for q in qualifiers):
            # "the Sahel region of Mali": a region told with its country is that country's part of it, not another
            # country's area of the name (Burkina Faso's Sahel); the gazetteer has only the country to map it at
            return Resolution(r.mention, qualifiers[0], r.score)
        if p.feature_code in _LARGE:
            return r
        # ("Atlanta, Georgia": the qualifier may be read as a country or as a state; either will do)
        if qualifiers and not any(_contains(q, p) for q in qualifiers) or \
                hints.get("country") not in (None, p.country_code) or \
                p.country_code not in hints.get("area_countries", (p.country_code,)):
            return Resolution(r.mention, None, 0.0)
        return r

    def _best(self, m: Mention, cands: list, scores: list[float], asks_area: bool = False,
              local_area: bool = False) -> Resolution:
        """The best scored candidate (asks_area: the text names the mention's kind of area, "X province";
        local_area: one below a province after it, "X district")."""
        if not cands:
            return Resolution(m, None, 0.0)
        i = 0 if len(scores) == 1 else max(range(len(scores)), key=scores.__getitem__)
        place, loose, _ = cands[i]
        if loose and place.admin1 and _area_and_town_of_a_name(place, cands, asks_area):
            loose = False
        return Resolution(m, place, scores[i], loose, local_area)

    def _own_scores(self, key: str, cands: list, own: list[bool], hints: dict) -> list[float]:
        """Each candidate's prior adjusted by the mention's own qualifiers and by its namesakes among the
        candidates: the part of its score that the report's other names do not change."""
        if not cands:
            return []
        w = self.w
        kind = hints.get("kind")
        # A bare name shared by an admin area and a big town in it ("Raqqa", "Mosul", "Geneva") means
        # the town; the area needs "province"/"county" to be meant.
        towns: dict[tuple, int] = {}
        for p, _, _ in cands:
            if p.feature_class == "P":
                k = (p.country_code, p.admin1)
                towns[k] = max(towns.get(k, 0), p.population)
        # A country is not qualified by another ("China, Japan and Korea" is a list; a dateline's country is a
        # qualifier), nor a country or a first-level area named so by one in a list ("Georgia, Illinois, Missouri").
        named_country = not hints.get("dateline") and any(
            p.feature_code == "PCLI" and not loose for p, loose, _ in cands)
        named_area = hints.get("list") and any(
            not loose and (p.feature_code == "PCLI" or p.feature_code == "ADM1" and name_key(p.name) == key)
            for p, loose, _ in cands)
        # Places that bear the name as their own (not only as one of their alternate names): a smaller
        # town that is only also called so ("Pampa, Texas", once "Glasgow") is the less likely reading. (Smaller
        # than a town that bears it: an area named so is no rival of its town of that alternate name when the text
        # asks for a town, "NEW YORK (Reuters) -" is New York City, not the state.)
        own_population = max((p.population for (p, _, _), o in zip(cands, own)
                              if o and (p.feature_class == "P" or kind not in TOWN_KINDS)), default=-1)
        qualifiers = [q for q in hints.get("qualifier", ())
                      if not (named_area or named_country and q.feature_code == "PCLI")]
        # A country's capital named like a first-level area of it ("Washington", "Buenos Aires") is the
        # capital, unless the text asks for the area ("Washington state") or lists it among areas.
        listed_with = hints.get("listed_with")
        capital_of = set() if kind in AREA_KINDS or listed_with == "ADM1" else {
            p.country_code for (p, _, _), o in zip(cands, own) if o and p.feature_code == "PPLC"}
        # ... and the town takes the area's standing, when it is the largest town of the name: "Gaza" is the
        # Palestinian city before Mozambique's province of the name, as the Palestinian area would have been
        # (but Algeria's Saïda, seat of a province of its name, does not outrank Lebanon's larger Saida).
        largest_town = max(towns.values(), default=-1)
        largest_own_town = max((p.population for (p, _, _), o in zip(cands, own) if o and p.feature_class == "P"),
                               default=-1)
        # A town's own police is a force of a town that bears the name as its own: "Canton police said" is Ohio's or
        # Michigan's, not Guangzhou's, once Canton, however much larger (a city is policed under its own name)
        force_of_own_town = hints.get("force", False) and largest_own_town >= _OWN_FORCE_POPULATION
        # The countries of a great city that bears the name as its own and overshadows a town of its country only
        # also called so: a bare mention is the city there, however near the report's other places the town lies
        # ("the Durban side" of a report from Cape Town is KwaZulu-Natal's city, not Durbanville, also "Durban"; but
        # a Maryland report's "Chesapeake" is no Virginia city of 220,000 rather than the bay's town of the name)
        overshadowing: dict[str | None, int] = {}
        if largest_own_town >= _GREAT_CITY_POPULATION and not _qualified(hints):
            for (p, _, _), o in zip(cands, own):
                if o and p.feature_class == "P" and p.population >= max(_GREAT_CITY_POPULATION,
                                                                        overshadowing.get(p.country_code, 0)):
                    overshadowing[p.country_code] = p.population
        seats = set() if kind in AREA_KINDS else {
            (p.country_code, p.admin1) for p, _, _ in cands
            if p.feature_code == "ADM1" and p.country_code != "US" and _seat_named_alike(towns, p)}
        # a name that ends in a kind of water ("Red Sea", "Gulf of Aden" is kind-first) means the water, unless
        # the text asks for an area ("Red Sea state")
        water_name = kind == "water" or kind not in AREA_KINDS and key.rsplit(" ", 1)[-1] in _WATER_WORDS
        out = []
        for (place, loose, s), is_own in zip(cands, own):
            code = place.feature_code
            if not is_own and place.feature_class == "P" and (place.population < own_population or force_of_own_town):
                s -= w.alias
                if place.population * w.overshadowed <= overshadowing.get(place.country_code, -1):
                    s -= w.alias
            if place.feature_class == "P" and (place.country_code, place.admin1) in seats and \
                    place.population == towns[(place.country_code, place.admin1)] == largest_town:
                s += w.feature["ADM1"]
            if code in ("ADM1", "ADM2") and kind not in AREA_KINDS:
                # ... save a US state: American usage writes "New York City" for the city.
                if _seat_named_alike(towns, place) and not (code == "ADM1" and place.country_code == "US"):
                    s -= w.feature.get(code, 0.0) + 1.0
                if code == "ADM2":
                    s -= w.unnamed_area
                elif place.country_code in capital_of:
                    s -= w.feature.get(code, 0.0) + 1.0
                elif code == "ADM1" and largest_own_town >= max(w.town_outweighs_area * place.population, w.big_town):
                    s -= w.feature["ADM1"]
            if kind in _FIRST_LEVEL_KINDS:
                # ("the Kurdistan region", "the Darfur region": a named region is one too)
                s += w.kind if code == "ADM1" or kind == "region" and code == "RGN" else 0.0
            elif kind in ("county", "parish", "district"):
                s += w.kind if code in ("ADM2", "ADM1") else 0.0
            elif kind in TOWN_KINDS:
                s += w.kind if place.feature_class == "P" else -w.kind / 2
            if water_name and place.feature_class == "H":
                s += w.kind                     # "the Red Sea": the sea, not Sudan's Red Sea state
            elif kind == "water":
                s -= w.kind                     # ("over the Atlantic": no town of the name)
            if code == listed_with and named_country and not loose:
                s += w.kind                     # a country or an area of that name, as its neighbours are
            if "admin1" in hints and (place.country_code, place.admin1) == hints["admin1"]:
                s += w.qualifier
            if hints.get("country") and place.country_code == hints["country"]:
                s += w.qualifier
            if hints.get("government") and code == "PPLC" and not named_country:
                s += w.qualifier                # "lawmakers in Washington": the seat of government
            if any(_contains(q, place) for q in qualifiers) or place in hints.get("short_for", ()):
                s += w.qualifier
            out.append(s)
        return out

    def _context_scores(self, key: str, cands: list, own_scores: list[float], crowded: list,
                        ev: "_Evidence", big: Place | None, rivals: list[tuple[frozenset, frozenset]],
                        own: list[bool] | None = None) -> list[float]:
        """own_scores (see _own_scores) plus the support of the report's other names: in the same
        country / first-level area (a country or an area is consistent with the places inside it,
        too), and near the candidate (when crowded, see _crowded, gives its cell: another name may be)."""
        w = self.w
        country_w, country_cap, admin1_w = w.country, w.country_cap, w.admin1
        proximity_w, proximity_cap = w.proximity, w.proximity_cap
        countries, admin1s = ev.countries, ev.admin1s
        # The support of the report's other names in a country / first-level area: the same for every
        # candidate there.
        # country -> the other names in it, and the support they give a reading there (capped)
        backing: dict[str, tuple[float, float]] = {}
        admin1_support: dict[tuple, float] = {}
        out = []
        # A town named like a city of another country many times its size, where the report names that
        # country too, and with no other name near it, is not made the reading by sharing a first-level
        # area with another name ("Rome" in a report naming Italy and New York).
        # (big: the name's most populous town)
        big_backed = False
        if big is not None:
            big_cc, small = big.country_code, big.population / w.overshadowed
            big_backing = _others(countries.get(big_cc), key)
            backing[big_cc] = (big_backing, country_w * min(country_cap, big_backing))
            big_backed = big_backing > 0
        dateline = ev.dateline if key != ev.dateline_key else None
        # the countries of the readings that bear the name as their own (see below)
        own_countries = {p.country_code for (p, loose, _), o in zip(cands, own or ()) if o and not loose} \
            if dateline else set()
        if dateline:
            # ... and only where the report's other names back no other country of the name more (an Allentown
            # church's trip "to Bethlehem in the West Bank", with Jerusalem and Israel, is no Pennsylvania town)
            backed = {c: _others(countries.get(c), key) for c in {p.country_code for p, _, _ in cands} if c}
            most = max(backed.values(), default=0.0)
            dateline = {c: b for c, b in dateline.items() if backed.get(c, 0.0) >= most}
        for (place, loose, _), s, cell, (yields_to, yields_unbacked_to) in zip(cands, own_scores, crowded, rivals):
            code = place.feature_code
            cc = place.country_code
            large = code in _LARGE
            near = self._near(place, cell, key, ev) if cell is not None and not large else 0
            if cc:
                in_country = backing.get(cc)
                if in_country is None:
                    others = _others(countries.get(cc), key)
                    in_country = backing[cc] = (others, country_w * min(country_cap, others))
                others, country_support = in_country
                s += country_support
                if dateline and (cc in own_countries or not own_countries - {cc}):
                    # (alike for all readings in its country, but not for a country where no place bears the name
                    # as its own while one abroad does: an Orlando wire's "Frankfurt" is no Frankfort of the US)
                    s += w.dateline * dateline.get(cc, 0.0)
                if yields_to and not near and (any(_others(countries.get(c), key) > 0 for c in yields_to)
                                               or yields_unbacked_to and not others
                                               and not any(_others(v, key) for v in countries.values())):
                    # the report backs a town that bears the name as its own too (a report on a war names the
                    # other side's country as often), or no country at all ("a man was shot in Venice" is Italy's
                    # Venice, not Dayton, Ohio, also "Venice", 2.6 times its size), and no other name is near this
                    # one (_alias_rivals)
                    s -= w.alias
                if not place.admin1:
                    if place.feature_class != "P" and not large:
                        # An island or a landscape spans first-level areas (it has no code of one): as
                        # consistent with the country's areas as a town in one of them is with its own.
                        s += admin1_w * min(1.0, others)
                else:
                    a1 = (cc, place.admin1)
                    support = admin1_support.get(a1)
                    if support is None:
                        support = admin1_support[a1] = admin1_w * min(1.0, _others(admin1s.get(a1), key))
                    # (in its own country too, a village where the city lies in another first-level area: "the Corps
                    # office in Memphis" in a report naming Missouri is Tennessee's city, not a Missouri village far
                    # from the report's other places; but a college town of 50,000 keeps its state's support)
                    overshadowed = (big_backed and (cc != big_cc or place.admin1 != big.admin1
                                                    and place.population < _VILLAGE_POPULATION)
                                    and place.feature_class == "P" and place.population < small and not near)
                    if not overshadowed:
                        s += support
            elif large:
                # Oceans, seas, continents and regions across borders are consistent with any report.
                s += country_w * country_cap
            if near:    # (no other name near, or a large feature: nothing to add)
                s += proximity_w * min(proximity_cap, near)
            out.append(s)
        return out


def _crowded(cells: dict[str, list]) -> dict[str, list]:
    """For each name's candidates (given by their cells, None for a large feature), the cell when
    another name has a candidate in it or beside it, else None: only then can _near find another
    name near the candidate, in any round (the evidence's readings are among these candidates). Only for the names of
    several readings: the others' scores are worked out without context (see Resolver.resolve)."""
    # the occupied cells by row: for each, the one name with a candidate in it (None where two or more names have one)
    rows: dict[int, dict[int, str | None]] = {}
    for key, cs in cells.items():
        for cell in cs:
            if cell is not None:
                la, lo = cell
                row = rows.get(la)
                if row is None:
                    rows[la] = {lo: key}
                elif row.setdefault(lo, key) != key:
                    row[lo] = None
    out = {}
    for key, cs in cells.items():
        if len(cs) > 1:
            crowded = []
            for cell in cs:
                if cell is not None:
                    # (another name in or beside the cell: a row's cell of another name, or of several)
                    la, lo = cell
                    for i in (la - 1, la, la + 1):
                        row = rows.get(i)
                        if row is not None and (row.get(lo - 1, key) != key or row.get(lo, key) != key
                                                or row.get(lo + 1, key) != key):
                            break
                    else:
                        cell = None
                crowded.append(cell)
            out[key] = crowded
    return out


def _short_forms(cands: dict[str, list]) -> dict[str, list[Place]]:
    """For a name that ends a longer country name of the report ("Congo" after "Republic of Congo"), the countries the
    longer name names exactly that are readings of the short one too: the report's short form of that country. (Not
    a town's: "South Charleston" says nothing of which Charleston a bare one is.)"""
    out: dict[str, list[Place]] = {}
    countries = {k: {id(p) for p, loose, _ in cs if not loose and p.feature_code == "PCLI"}
                 for k, cs in cands.items() if " " in k}
    countries = {k: named for k, named in countries.items() if named}
    if not countries:
        return out
    for key, cs in cands.items():
        tail = " " + key
        for long_key, named in countries.items():
            if long_key.endswith(tail):
                out.setdefault(key, []).extend(p for p, _, _ in cs if id(p) in named)
    return out


def _listed_great_city(gazetteer: Gazetteer, name: str) -> bool:
    """Whether a name is plainly a great city: a town of a million people among its first readings, none a country
    or a first-level area of its own name."""
    return any(p.feature_class == "P" and p.population >= _GREAT_CITY_POPULATION
               for p in gazetteer.candidates(name)[:3]) and _listed_kind(gazetteer, name) is None


def _listed_kind(gazetteer: Gazetteer, name: str) -> str | None:
    """"PCLI" or "ADM1" when a name is plainly a country or a first-level area (by its own name, and
    not both: "Georgia" says neither), else None."""
    key = name_key(name)
    kinds = {p.feature_code for p in gazetteer.candidates(name)[:3]
             if p.feature_code in ("PCLI", "ADM1") and _own_key(p.name) == key}
    return kinds.pop() if len(kinds) == 1 else None


class _Evidence:
    __slots__ = ("countries", "admin1s", "cells", "dateline", "dateline_key")

    def __init__(self):
        self.countries: dict[str, dict] = defaultdict(dict)
        self.admin1s: dict[tuple, dict] = defaultdict(dict)
        self.cells: dict[tuple, list] = defaultdict(list)
        self.dateline: dict[str, float] = {}    # the dateline town's belief in each country
        self.dateline_key: str | None = None


def _others(support: dict | None, key: str) -> float:
    if not support:
        return 0.0
    if key not in support:
        return sum(support.values())
    if len(support) == 1:
        return 0.0      # (the name alone: nothing else; used only in arithmetic, where it counts as the sum of none)
    return sum([v for k, v in support.items() if k != key])


def _softmax(scores: list[float], top: int = 8) -> list[float]:
    if not scores:
        return []
    if len(scores) == 1:
        return [1.0]    # (as worked out below for any finite score: exp(0) / exp(0))
    best = max(scores)
    if len(scores) <= top:
        out = [math.exp(s - best) for s in scores]
    else:
        # (reverse=True keeps tied scores in their order, as a key of -score did)
        order = sorted(range(len(scores)), key=scores.__getitem__, reverse=True)[:top]
        out = [0.0] * len(scores)
        for i in order:
            out[i] = math.exp(scores[i] - best)
    total = sum(out)
    return [v / total for v in out]
