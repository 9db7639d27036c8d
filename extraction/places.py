"""Where an event happened, chosen among the places the geoparser found.

Not every place named is a scene: "convoys left Raqqa" names the origin, "Damascus sent letters"
the seat of a speaker, "told reporters in Geneva" the venue of a statement, and "the Syria province
of Raqqa" a container of a more precise place. Spatial phrases from the geoparser ("eight kilometers
south of Raqqa") and routes ("to Palmyra from Raqqa") are statements of the scene itself and are
preferred over bare names nearby.

The place of an event (its "location" record) names its admin areas as ACLED does: `admin1` and `admin2` are the
English NAMES of the first- and second-level areas it lies in ("Homs"; "Illinois", "Cook County"), for users and
exports. The GeoNames codes they stand for are kept beside them, `admin1_code` and `admin2_code` ("11"; "IL",
"031"): comparing two places' areas (one area or two?) goes by codes, which are unique within a country where
names need not be. An area event names its own area: a second-level area (precision 3) carries its own name as
admin2 and its province's as admin1; a first-level area (precision 4) its own name as admin1 and no admin2; a
country or a region neither. A computed point ("8 km south of X") carries its anchor's areas; a route, the areas
both ends share. Where the gazetteer knows no name for a code (a place an installation added with its own
value), admin1 is that value as given.
"""
from __future__ import annotations

import math
import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import accumulate

from .matching import holds_case_odd, may_hold

# A movement between two places locates an event somewhere along the way: the midpoint, with the
# precision of a first-level admin area (the error is of the order of half the route).
ROUTE_PRECISION = 4
# UCDP's precision of a sea, a gulf or a strait
WATER_PRECISION = 7
# UCDP's precision of a place known only as its country
COUNTRY_PRECISION = 6

# (not a toll's place: "the toll from the strike on X rose to 11")
_ORIGIN_BEFORE = re.compile(r"\b(?:left|leaving|leave|leaves|(?<!toll\s)from|departed|departing|fled|fleeing|"
                            r"escaped|evacuated\s+from|withdrew\s+from|moved\s+out\s+of)\s+(?:the\s+)?"
                            r"(?:(?:city|town|village|area|province|region)\s+of\s+)?"
                            # a strike's "from the direction of the occupied Syrian Golan": where it came from
                            r"(?:direction\s+of\s+(?:the\s+)?(?:occupied\s+)?(?:(?-i:[A-Z])\w+\s+)?)?$",
                            re.IGNORECASE)
# "ousted the Islamic State group from the town of Hajin", "expelled the rebels from": the ground a force lost, the scene
_OUSTED_FROM_BEFORE = re.compile(r"\b(?:ousted|ousting|expelled|expelling|evicted|dislodged|flushed|routed|cleared|clearing|"
                                 r"drove|driven|pushed)\s+(?:[\w'’.-]+\s+){1,6}?from\s+(?:the\s+)?"
                                 r"(?:(?:city|town|village|area|province|region|district)\s+of\s+)?$", re.IGNORECASE)
# "about 10 kilometres from Damboa town": a distance measured from the place, no departure from it
_MEASURED_FROM_BEFORE = re.compile(r"\b(?:km|kms|kilometres|kilometers|miles)\s+(?:\w+\s+)?from\s+(?:the\s+)?$",
                                   re.IGNORECASE)
# (not a report of the act: "are said to have been killed in Gao", "said it repelled an attack in Ansongo": a clause
# of its own, whose subject opens it, tells the act)
_VENUE_BEFORE = re.compile(r"\b(?:said(?!\s+to\s+(?:have|be)\s)|told|announced|stated|reporters|conference|briefing|statement|"
                           r"speaking|spoke|interview|meeting|summit|headquartered|(?<!-)based)\b"
                           r"(?:(?!(?<![\w'’])(?:it|they|he|she|we|that)\s)[^.;]){0,25}?\b(?:in|at)\s+$",
                           re.IGNORECASE)
# (and one of two who speak: "which Kinshasa and United Nations experts accuse of backing the M23")
_SPEAKER_AFTER = re.compile(r"^\s*(?:['’]s\s+(?:\w+\s+){1,2}?|and\s+(?:the\s+)?(?:[\w'’.-]+\s+){1,3}?)?"
                            r"(?:(?:has|have|had|does|did|do)(?:\s+not|n['’]t)?\s+)?"
                            r"(?:(?:usually|often|rarely|seldom|never|yet|immediately|publicly)\s+)?"
                            r"(?:sent|said|says|say|told|urged|urges|urge|called|calls|accuse|deny|claim|reported|reports|"
                            r"announced|announces|accused|accuses|demanded|demands|warned|warns|stated|states|claimed|claims|"
                            r"denied|denies|insisted|insists|rejected|rejects|dismissed|dismisses|condemned|condemns|"
                            r"comments?|commented|responds?|responded|declined|declines)\b", re.IGNORECASE)
# (and its organ's: "Russia's defence ministry said"; and its silence: "Kyiv does not usually comment on attacks inside
# Russia", "Moscow has not yet responded", "Kyiv declined to comment")
# ... the same, case-sensitive, on lower-cased text (several times faster): for a text without the letters that
# re.IGNORECASE matches to others (see matching.holds_case_odd), the same answer
_SPEAKER_AFTER_LOWERED = re.compile(_SPEAKER_AFTER.pattern)
# a ministry or a government speaking, named with its seat ("the health ministry in Ramallah said", "the government in
# Damascus condemned", "the defence ministry in Moscow said"), or a group's official or spokesman ("a Hamas official in
# Doha told Reuters"): the office's town, no scene (unlike "police in Memphis said" or "police officials in Memphis
# said", often the scene)
_SEAT_BEFORE = re.compile(r"\b(?:[Mm]inistry|[Mm]inistries|[Gg]overnment|[Pp]residency|"
                          r"(?<![Pp]olice\s)(?:[Oo]fficials?|[Ss]pokes(?:man|woman|person)|[Ll]eaders?))\s+in\s+$")
# a police range, zone or division named in an official's title ("Inspector-General of Police (Bastar range) P.
# Sundarraj", "IGP Kashmir zone", "the police area commander for Kachia division"): whose office, no scene
_OFFICE_AREA_AFTER = re.compile(r"\s+(?:range|zone|division|Range|Zone|Division)\b")
# ... or the range's own inspector-general ("Bastar IG P. Sundarraj said", "Kashmir IGP V.K. Birdi")
_RANGE_OFFICIAL_AFTER = re.compile(r"\s+(?:IGP?|DIGP?|[Ii]nspector[- ][Gg]eneral)\b(?!\s+of\b)")
_OFFICIAL_BEFORE = re.compile(r"\b(?:[Ii]nspector[- ][Gg]eneral|IGP?|DIGP?|[Ss]uperintendent|SSP|SP|[Cc]ommissioner|[Cc]ommander|"
                              r"[Oo]fficer|[Cc]hief|[Hh]ead)\b(?:\s+of\s+[Pp]olice)?(?:\s+(?:for|of|in)\s+(?:the\s+)?|\s*\(\s*|\s+)$")
# (and the town of a hospital the hurt were taken to: "referred to Lady Reading Hospital in Peshawar")
_DESTINATION_BEFORE = re.compile(r"\b(?:to|toward|towards|into|reached|headed\s+for)\s+(?:the\s+)?"
                                 r"(?:[\w-]+\s+){0,3}(?:(?<=[Hh]ospital\s)in\s+)?$", re.IGNORECASE)
# the words _VENUE_BEFORE, _ORIGIN_BEFORE and _DESTINATION_BEFORE cannot match without (see may_hold)
_VENUE_WORDS = ("said", "told", "announced", "stated", "reporters", "conference", "briefing", "statement", "speaking",
                "spoke", "interview", "meeting", "summit", "headquartered", "based")
_ORIGIN_WORDS = ("left", "leav", "from", "depart", "fled", "flee", "escaped", "evacuated", "withdrew", "moved")
_DESTINATION_WORDS = ("to", "reached", "headed")
# _VENUE_BEFORE and _DESTINATION_BEFORE (whose patterns are lower case) without IGNORECASE, for lower-cased text with no
# case-odd letter (as _SPEAKER_AFTER_LOWERED): the same answer, at about half the cost
_VENUE_BEFORE_LOWERED = re.compile(_VENUE_BEFORE.pattern)
_DESTINATION_BEFORE_LOWERED = re.compile(_DESTINATION_BEFORE.pattern)
# A dateline: a name in capitals (a state or a date after a comma, an agency in brackets) and a dash, at the
# start of the text or of a sentence: "BAGHDAD (Reuters) - ", "KYIV, Oct 5 - ", "QUETTA, Pakistan, March 4 - ",
# "FARMINGTON — ", "DUBAI, United Arab Emirates (AP) — " (a country's name of three words, or five: "GOMA, Democratic
# Republic of the Congo (Reuters) - ") (matched at a toponym,
# which must start the text or a line or follow a sentence's end)
# (South Asian papers end theirs in a colon: "RAIPUR: Maoists killed a villager in ... Bijapur district")
# (capitals with accents too: "BOGOTÁ (El Tiempo) -", "MEDELLÍN, Colombia -"; two towns' joint one: "BEIRUT/JERUSALEM -")
_DATELINE = re.compile(r"[A-Z][A-ZÀ-ÖØ-Þ'’./-]+(?:\s+[A-Z][A-ZÀ-ÖØ-Þ'’./-]+){0,3}"
                       r"(?:,\s*[\w.]+(?:\s+[\w.]+){0,4}){0,2}\s*(?:\([^)]{1,40}\))?\s*(?:—|–|--|-|:)\s")
# (or the first town's in capitals and a slash: a joint dateline's second town, "BEIRUT/JERUSALEM, Nov 8 (Reuters) -")
_DATELINE_BEFORE = re.compile(r"(?:^|\n|[.!?]\s|[A-Z]{3}/)[ \t]*$")


# ... or, with its agency in brackets, in the agency's own mixed case: "Bogota (AFP) - ", "Port-au-Prince (AFP) - ",
# "Mexico City (AFP) - ", "Rio de Janeiro, Brazil (AFP) - "
_AGENCY_DATELINE = re.compile(r"[A-Z][\w'’.]*(?:[ -][A-Za-z][\w'’.]*){0,3}(?:,\s*[A-Z][\w.]*(?:\s+(?:of|the|[A-Z][\w.]*)){0,4})?"
                              r"\s*\([A-Z][^)]{1,40}\)\s*(?:—|–|--|-)\s")


# ... or with its agency's initials after a comma: "Damascus, SANA - ", "Hama, SANA - "
_AGENCY_INITIALS_DATELINE = re.compile(r"[A-Z][\w'’.]*(?:[ -][A-Za-z][\w'’.]*){0,3},\s*[A-Z]{2,6}\s*(?:—|–|--|-)\s")


def in_dateline(text: str, start: int) -> bool:
    # (the look before first: a dateline's own pattern costs more where it fails)
    if text[start:start + 2].isupper():
        return _DATELINE_BEFORE.search(text, max(0, start - 4), start) is not None and \
            _DATELINE.match(text, start) is not None
    return text[start:start + 1].isupper() and ("(" in text[start:start + 50] and \
        _DATELINE_BEFORE.search(text, max(0, start - 4), start) is not None and _AGENCY_DATELINE.match(text, start) is not None
        or " - " in text[start:start + 40] and _DATELINE_BEFORE.search(text, max(0, start - 4), start) is not None and
        _AGENCY_INITIALS_DATELINE.match(text, start) is not None)
# the words between a route's two places: "from Raqqa to Palmyra" (onward), "to Palmyra from Raqqa"
_ROUTE_BETWEEN = re.compile(r"^\s+(?:(?P<onward>to|toward|towards|and)|from)\s+(?:the\s+)?$", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$|\bbetween\s+(?:the\s+)?$", re.IGNORECASE)
_TO_BEFORE = re.compile(r"\b(?:to|toward|towards)\s+(?:the\s+)?$", re.IGNORECASE)
# a munition's flight ("rockets fired from Lebanon toward Haifa"): no route, the scene is where it was aimed or fell
_LAUNCHED_FROM_BEFORE = re.compile(r"\b(?:fired|launched|lobbed)\s+from\s+(?:the\s+)?$", re.IGNORECASE)


@dataclass(slots=True)
class PlaceCandidate:
    start: int
    end: int
    record: dict          # the event's "location" value
    precision: int
    phrase: bool          # a spatial phrase or a route, not a bare name
    origin: bool          # "left Raqqa": the scene only of a departure
    destination: bool     # "fled to the Syrian border"
    dateline: bool = False  # "BAGHDAD (Reuters) -": where the report was filed, the scene only failing another


_ADMIN_NAMES: dict[tuple, tuple[str | None, str | None]] = {}    # (country, admin1, admin2 codes) -> names


def admin_names(country_code: str | None, admin1: str | None, admin2: str | None) -> tuple[str | None, str | None]:
    """The English names of the first- and second-level areas with these GeoNames codes (admin1 as given where
    the gazetteer knows no name for it); (None, None) without the geocoding package."""
    key = (country_code, admin1, admin2)
    found = _ADMIN_NAMES.get(key)
    if found is None:
        try:  # (extraction runs without the geocoding package too: then no names)
            from geocoding.gazetteer import Gazetteer
        except ImportError:  # pragma: no cover
            return None, None
        gazetteer = Gazetteer.default()
        found = (gazetteer.admin_name(country_code, admin1) or admin1 if admin1 else None,
                 gazetteer.admin_name(country_code, admin1, admin2) if admin1 and admin2 else None)
        _ADMIN_NAMES[key] = found
    return found


def _with_admin_areas(rec: dict, country_code, admin1, admin2) -> dict:
    """rec with its admin areas' names and codes (see the module's docstring)."""
    rec["admin1"], rec["admin2"] = admin_names(country_code, admin1, admin2) if admin1 else (None, None)
    rec["admin1_code"], rec["admin2_code"] = admin1, (admin2 if admin1 else None)
    return rec


def _spelling_key(name: str) -> str:
    """A name with its accents, case, spaces, marks and doubled letters gone: "Sāmarrā’", "Samarra"; "El Wak", "Elwak";
    "Afgooye", "Afgoye" are one name."""
    letters = "".join(c for c in unicodedata.normalize("NFKD", name.lower()) if c.isalnum())
    return _DOUBLED.sub(r"\1", letters)


_DOUBLED = re.compile(r"(.)\1+")


def _record(name, lat, lon, place, precision) -> dict:
    rec = {"name": name, "lat": lat, "lon": lon,
           "geonameid": getattr(place, "geonameid", None) if place else None,
           "country_code": getattr(place, "country_code", None) if place else None}
    _with_admin_areas(rec, rec["country_code"], getattr(place, "admin1", None) if place else None,
                      getattr(place, "admin2", None) if place else None)
    rec["feature_code"] = feature_code = getattr(place, "feature_code", None) if place else None
    # an area's own name as its admin field gives it ("Homs", not GeoNames' "Ḩimş"): one spelling per area
    own_name = rec["admin1"] if feature_code == "ADM1" else rec["admin2"] if feature_code == "ADM2" else None
    if own_name:
        rec["name"] = own_name
    rec["precision"] = precision
    return rec


def haversine_km(lat1, lon1, lat2, lon2) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


_POSSESSIVE_AFTER = re.compile(r"['’]s\s+(?:[a-z-]+\s+)?")
# "a U.S. drone": a country after "a" names whose the thing is (a town would still be the scene: "a Gaza hospital")
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an)\s+$", re.IGNORECASE)
# a country's office or envoy ("U.S. Secretary of State", "the British ambassador" has a demonym)
_OFFICE_AFTER = re.compile(r"\s+(?:Secretary|President|Prime\s+Minister|Foreign\s+Minister|Defen[cs]e\s+Minister|Minister|"
                           r"Ambassador|ambassador|envoy|officials?|Embassy|embassy|State\s+Department|Department)\b")
# a capital that acts or speaks as its government ("since Washington began its campaign", "Tehran denied any role"): the
# state, not the scene (not "in Washington", where the verb after it is told of the city)
_GOVERNMENT_ACTS_AFTER = re.compile(r"\s+(?:has\s+|have\s+|had\s+)?(?:began|begun|launched|started|said|says|accused|blamed|"
                                    r"denied|warned|announced|vowed|condemned|insisted|responded|retaliated|imposed|"
                                    r"ordered|urged|recalled)\b")
# a state accused or blamed ("accused the United States and Israel of fomenting the protests", "blamed Iran for the
# attack"): a party named, not the scene
_ACCUSED_BEFORE = re.compile(r"\b(?:accus(?:ed|es|ing)|blam(?:ed|es|ing))\s+(?:the\s+)?(?:[A-Z][\w.]*\s+){0,3}?"
                             r"(?:(?:and|or)\s+(?:the\s+)?)?$")
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|from|to|into|outside|around|across|over)\s+(?:the\s+)?$", re.IGNORECASE)
# a town that only gives a bearing, with no distance ("north of Baghdad", "south of Beirut"): after a place just named
# it tells where that place lies ("in Diyala province north of Baghdad", "in the Tarmiyah area north of Baghdad", "the
# coastal town of Jiyeh, south of Beirut"), no scene; alone, the scene is somewhere near it (UCDP where_prec 2)
_BEARING_BEFORE = re.compile(r"\b(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?\s+of\s+(?:the\s+(?:capital|city)\s+(?:of\s+)?)?$",
                             re.IGNORECASE)
_BEARING_WORDS = ("north", "south", "east", "west")  # (_BEARING_BEFORE cannot match without one, nor before an end
# other than "of ", "capital " or "city ")
_BEARING_PRECISION = 2
# a part of a town's namesake area, told by its compass ("in central Gaza", "northern Gaza"): the area (the Gaza Strip)
# where the report names it, not the town
_COMPASS_PART_BEFORE = re.compile(r"\b(?:northern|southern|central|eastern|western|north-eastern|north-western|south-eastern|"
                                  r"south-western|northeastern|northwestern|southeastern|southwestern)\s+$", re.IGNORECASE)
AREA_PRECISION = 4  # (UCDP's precision of a first-level admin area)
_MEASURE_BEFORE = re.compile(r"\b(?:blocks?|miles?|kms?|kilomet(?:er|re)s?|met(?:er|re)s?|yards?|feet)\s+$", re.IGNORECASE)
# a town a ship's position is measured from ("70 nautical miles off Hodeidah", "off the coast of Aden")
_OFFSHORE_BEFORE = re.compile(r"\b(?:nautical\s+miles\s+(?:\w+\s+){0,2}?(?:of|off|from)|off\s+the\s+(?:\w+\s+)?coast\s+of|"
                              r"off)\s+(?:the\s+)?(?:port\s+(?:city\s+)?of\s+)?$", re.IGNORECASE)
_OFFSHORE_WORDS = ("off", "nautical")  # (_OFFSHORE_BEFORE cannot match without one)
# ... and where no sea is named, the waters off that town are the scene (UCDP where_prec 7): "a ship was struck off the
# coast of Yemen's Hodeidah", "a tanker was hit 66 nautical miles southwest of Hodeidah" (not the bare "off": "cut off Gaza")
_OFF_COAST_BEFORE = re.compile(r"\b(?:off\s+the\s+(?:\w+\s+)?coast\s+of|nautical\s+miles\s+(?:\w+\s+){0,2}?(?:of|off|from))\s+"
                               r"(?:the\s+)?(?:port\s+(?:city\s+)?of\s+)?(?:[A-Z][\w-]*['’]s\s+)?$", re.IGNORECASE)
_SEA_CODES = frozenset({"SEA", "OCN", "GULF", "BAY", "STRT", "CHN", "SD"})   # GeoNames' feature codes of the open sea
_SEA_UNIT = re.compile(r"\bnautical\s+miles?\b|\d\s*(?:nm|nmi)\b", re.IGNORECASE)  # a distance measured at sea
# (_OFF_COAST_BEFORE cannot match without "coast" or "nautical" and "off" or "of", nor _SEA_UNIT without "nautical" or "nm")
# a ship's flag or owner ("a Marshall Islands-flagged tanker", "a Barbados-registered ship"): whose, not where
_FLAG_AFTER = re.compile(r"-(?:flagged|registered|owned|operated|managed)\b", re.IGNORECASE)
# a town's name as an institution's that has branches or readers elsewhere ("a branch of Kabul Bank in Kunduz", "the
# Washington Post"): whose name, not where
# a place named as the cause an act is told for, no scene of it: "fired rockets at an Israeli base in support of Gaza",
# "in solidarity with our steadfast Palestinian people in Gaza" (its people only: "rallied in support of the army in
# Port Sudan" is where the crowd was)
_CAUSE_BEFORE = re.compile(r"\b[Ii]n\s+(?:support|solidarity)\s+(?:of|with)\s+(?:(?:the|our|its|their)\s+)?"
                           r"(?:(?:[\w'’-]+\s+){0,2}(?:people|Palestinians|population|residents|brothers)\s+(?:of|in)\s+"
                           r"(?:the\s+)?)?$")
_INSTITUTION_AFTER = re.compile(r" (?:Bank|Airlines|Airways|Times|Post|Herald|Tribune|Gazette|Chronicle)\b")
# ... a university or college named like a town far from where the report is filed ("Columbia University's campus" from
# New York: no Columbia, S.C.), whose name is the institution's wherever the report names it ("arrested at Columbia")
_UNIVERSITY_AFTER = re.compile(r" (?:University|College)\b")
# a name before "river" names the river, not the town or land it is named after ("on the west bank of the Dnipro
# river", "the Niger River"); not a place so named ("Red River County")
_RIVER_AFTER = re.compile(r" [Rr]iver(?![\w-]| [A-Z])")
_UNIVERSITY_FAR_KM = 100
# a name after a year ("the 1990 Saba Saba uprising", "the 2006 Lebanon war", "the 2015 Paris attacks"): a past event's
# name, no scene; nor a town's so named anywhere the report writes it before a noun ("police fired on Saba Saba marchers")
_YEAR_BEFORE = re.compile(r"\b(?:the|its|their|a)\s+(?:1[89]|20)\d\d\s+$", re.IGNORECASE)
_NOUN_AFTER = re.compile(r" [a-z]")
# ... and a paper or station told by its town that a claim or a word went to or came from ("In a statement to a Belfast
# newspaper", "a call to a Dublin radio station", "told a Lagos daily") (not one attacked: "stormed a Kabul TV station")
_MEDIA_AFTER = re.compile(r" (?:(?:news)?paper|daily|weekly|radio|television|TV|broadcaster|news\s+(?:agency|website|outlet))\b")
_TO_MEDIA_BEFORE = re.compile(r"\b(?:to|told|by|from|via|with|according\s+to)\s+an?\s+$", re.IGNORECASE)
# the power behind the doers ("gangs directed by Serbia", "M23, which is backed by Rwanda", "groups controlled by
# Belgrade") or a deal's go-between ("a swap mediated by the United Arab Emirates"), the other side of a border ("near the crossing on the border with Serbia"), or a force's command area
# ("troops in the North-East theatre", "Eastern Command", "in the North-East, North-West and North-Central theatres"):
# named, not the scene
_SPONSOR_BEFORE = re.compile(r"\b(?:backed|directed|controlled|sponsored|supported|funded|financed|armed|run|steered|"
                             r"orchestrated|commanded|mediated|brokered|facilitated)\s+by\s+(?:the\s+)?$", re.IGNORECASE)
_BORDER_WITH_BEFORE = re.compile(r"\b(?:border|frontier|crossing)\s+with\s+(?:the\s+)?$", re.IGNORECASE)
_COMMAND_AREA_AFTER = re.compile(r"(?:,?\s+(?:and\s+)?[A-Z][\w-]*){0,4}?\s+(?:theat(?:re|er)s?|Commands?)\b")  # (a "Theatre" is a playhouse)
# the kind of first-level area written after its name ("Katsina State", "Borno state"): the name is the area's
_FIRST_LEVEL_KIND = re.compile(r"\s+(?:state|province|region)$", re.IGNORECASE)
_COUNTRY_CODES = ("PCLI", "PCLD", "PCLF", "PCLS", "PCLIX", "PCL", "TERR")
SECOND_LEVEL_AREA = 3  # UCDP where_prec of a district, an LGA, a territory


def _area_in_body(text: str, t, resolved: list, title_end: int):
    """For a headline's town (t before title_end), the area it seats when the body names the name only as that area
    ("Vigilantes kill 11 bandits in Katsina" - "in Faskari local government area of Katsina state"; "Five killed in
    Lubero" - "a village in Lubero territory"): the body's toponym of the area, what the headline means (a body that
    meant the town would name it so; its dateline names where the reporter is). Else None."""
    p = t.place
    if p.feature_class != "P":
        return None
    name = t.name.lower()
    body = [o for o in resolved if o.start > title_end and _FIRST_LEVEL_KIND.sub("", o.name).lower() == name
            and not in_dateline(text, o.start)]
    if body and all(o.place.country_code == p.country_code and o.place.admin1 == p.admin1 and
                    (o.place.feature_code == "ADM1" or o.precision == SECOND_LEVEL_AREA) for o in body):
        return body[0]
    return None


def place_candidates(text: str, toponyms: list, locations: list, actor_spans: list[tuple[int, int]],
                     title_end: int = -1) -> list[PlaceCandidate]:
    """Every place that could be an event's scene, in text order (title_end: where the report's title ends, -1
    when it has none)."""
    out: list[PlaceCandidate] = []
    phrase_spans = [(loc.start, loc.end) for loc in locations]
    seas_named = "Sea" in text or "Gulf" in text or "Ocean" in text or "Strait" in text  # (for "the Black Sea near Odesa")
    for loc in locations:
        anchor = getattr(loc, "anchor", None)
        place = getattr(anchor, "place", None) if anchor else None
        # (a phrase that names the place it is measured from, "near Afgoye", is named as the gazetteer names the place,
        # one spelling whatever the report's, as a bare mention of it is; not a quarter read at its city's point)
        name = place.name if place is not None and loc.name == anchor.name and \
            _spelling_key(place.name) == _spelling_key(loc.name) else loc.name or loc.phrase
        rec = _record(name, loc.lat, loc.lon, place, loc.precision)
        if loc.precision != 1:  # a computed point ("8 km south of X"), not the gazetteer entry itself
            rec["geonameid"] = rec["feature_code"] = None
        precision = loc.precision or 2
        if ("autical" in loc.phrase or "nm" in loc.phrase or "NAUTICAL" in loc.phrase) and _SEA_UNIT.search(loc.phrase) \
                or seas_named and any(0 <= loc.start - t.end <= 1 and getattr(t.place, "feature_code", None) in _SEA_CODES
                                      for t in toponyms):
            # "66 nautical miles southwest of Hodeidah", "in the Black Sea near Odesa": at sea, the coastal state's
            rec["precision"] = precision = WATER_PRECISION
        # (a phrase that opens with its town's name is where people went as the bare name would be: "fled toward Sake,
        # a town about 25 km west of Goma" is no scene of the act told before it; events._retreat_destination asks what
        # went there. Not a phrase the town's name ends, "rushed to a business near X", where the act is)
        before = text[max(0, loc.start - 60):loc.start] if getattr(anchor, "start", None) == loc.start else ""
        destination = may_hold(before, before.lower(), _DESTINATION_WORDS) and \
            bool(_DESTINATION_BEFORE.search(before))
        out.append(PlaceCandidate(loc.start, loc.end, rec, precision, True, False, destination))
    resolved = [t for t in toponyms if getattr(t, "place", None) is not None]
    dateline_town = _dateline_town(text, resolved)  # (once a report: _far_quarter_home asks it of every name)
    not_scenes = _names_of_institutions_and_past_events(text, resolved, dateline_town)
    first_town = next((t.place for t in resolved if t.place.feature_class == "P"), None)  # (the same)
    # (each town's answer once a report: _far_quarter_home asks it of every name, and a long report names many; a
    # plain dict, as functools.cache's wrapper costs more to make than most reports ever ask of it)
    police_told: dict[str, bool] = {}

    def told_by_police(town: str) -> bool:
        if town not in police_told:
            police_told[town] = _told_by_town_police(text, town)
        return police_told[town]
    phrases, actors, actor_starts = _Spans(phrase_spans), _Spans(actor_spans), {a for a, _ in actor_spans}
    for t in resolved:
        if t.place.feature_code == "CONT":
            continue  # a continent is no event's scene: "one of Asia's longest-running", "its heaviest defeat in Africa"
        if phrases.cut_by(t.start, t.end):
            continue  # the anchor of a spatial phrase: the phrase is the scene
        if actors.hold(t.start, t.end) or getattr(t, "kind", "name") == "qualifier":
            continue  # "Damascus" as the government, "Turkey" as the state, the "Saudi" of "Saudi-led"
        if names_a_base(text, t.end):
            continue
        if (owner := _POSSESSIVE_AFTER.match(text, t.end)) and owner.end() in actor_starts:
            continue  # "Yemen's Houthi rebels", "Sudan's paramilitary Rapid Support Forces": whose, not where
        before = text[max(0, t.start - 40):t.start]
        after = text[t.end:t.end + 45]
        lowered = before.lower()  # for the plain look for the words each check needs
        speaker_after = _SPEAKER_AFTER.search(after) if holds_case_odd(after) else \
            _SPEAKER_AFTER_LOWERED.search(after.lower())
        before_case_odd = holds_case_odd(before)
        if (may_hold(before, lowered, _VENUE_WORDS) and
                (_VENUE_BEFORE.search(before) if before_case_odd else _VENUE_BEFORE_LOWERED.search(lowered))) or \
                (speaker_after and (not re.search(r"\b(?:in|at|near)\s+(?:the\s+)?$", before, re.I) or
                                    _SEAT_BEFORE.search(before))):
            continue
        if may_hold(before, lowered, _OFFSHORE_WORDS) and _OFFSHORE_BEFORE.search(before) and \
                (sea := next((w for w in reversed(resolved) if w.place.feature_class == "H" and 0 < t.start - w.end < 150),
                             None)) is not None:
            # "in the Gulf of Aden about 50 nautical miles southwest of Aden": the town only measures the sea; the sea
            # off a town is that coastal state's waters, at the town ("a ship was struck in the Black Sea off Odesa":
            # Ukraine's; the bare "in the Red Sea" stays no state's)
            water = next((c for c in reversed(out) if c.start == sea.start and not c.phrase), None)
            if water is not None and water.record.get("country_code") is None and t.place.country_code:
                water.record.update(lat=t.place.lat, lon=t.place.lon, country_code=t.place.country_code)
            continue
        if not_scenes and t.name in not_scenes and (not_scenes[t.name] or t.start in not_scenes.after_year or
                                                    not_scenes[t.name] is False and _NOUN_AFTER.match(text, t.end)):
            continue  # "at Columbia" (University), "the 1990 Saba Saba uprising": a name, no scene
        if ("support" in (cause := text[max(0, t.start - 70):t.start]) or "solidarity" in cause) and \
                _CAUSE_BEFORE.search(cause):
            continue  # "in support of Gaza": the cause, no scene
        if _FLAG_AFTER.match(text, t.end) or _INSTITUTION_AFTER.match(text, t.end) or \
                text.startswith((" r", " R"), t.end) and _RIVER_AFTER.match(text, t.end) or \
                _MEDIA_AFTER.match(text, t.end) and _TO_MEDIA_BEFORE.search(before):  # (the cheap anchored look first)
            continue
        if "by" in lowered and _SPONSOR_BEFORE.search(before) or "with" in lowered and _BORDER_WITH_BEFORE.search(before) \
                or ("heat" in (tail := text[t.end:t.end + 80]) or "ommand" in tail) and _COMMAND_AREA_AFTER.match(text, t.end):
            continue
        if text.startswith((" r", " z", " d", " R", " Z", " D"), t.end) and _OFFICE_AREA_AFTER.match(text, t.end) and \
                _OFFICIAL_BEFORE.search(before) or text.startswith((" I", " i", " D"), t.end) and \
                _RANGE_OFFICIAL_AFTER.match(text, t.end):
            continue
        p = t.place
        # (an article can stand before the name only where the words before it end in "a" or "an")
        if p.feature_code in _COUNTRY_CODES and (before.rstrip().endswith(("a", "A", "n", "N")) and
                                                 _ARTICLE_BEFORE.search(before) or _OFFICE_AFTER.match(after)):
            continue  # "shot down a U.S. drone off the Yemeni coast", "U.S. Secretary of State Blinken said": whose, not where
        if text.startswith(("'s ", "’s "), t.end) and any(o.start == t.end + 3 and o.place.country_code == p.country_code
                                                          for o in resolved):
            continue  # "Gaza's Nuseirat", "Lebanon's Tyre": the place that holds the one named next, no scene of its own
        if p.feature_code == "PPLC" and _GOVERNMENT_ACTS_AFTER.match(text, t.end) and not _LOCATIVE_BEFORE.search(before):
            continue  # "since Washington began its campaign": the government, no scene
        if (p.feature_code in _COUNTRY_CODES or p.feature_code == "PPLC") and ("accus" in before or "blam" in before) and \
                _ACCUSED_BEFORE.search(before):
            continue  # "accused the United States and Israel of fomenting the protests": the states blamed
        precision = t.precision or getattr(p, "precision", 1)
        if before.endswith(("of ", "capital ", "city ")) and may_hold(before, lowered, _BEARING_WORDS) and \
                (bearing := _BEARING_BEFORE.search(before)):
            if any(0 <= t.start - len(before) + bearing.start() - o.end <= 25 for o in resolved if o is not t):
                continue  # "in Diyala province north of Baghdad": where Diyala lies
            if not _MEASURE_BEFORE.search(before, 0, bearing.start()):
                precision = max(precision, _BEARING_PRECISION)  # "a village north of Baghdad" (not "five blocks west of")
        if p.feature_class == "P" and (before.endswith("ern ") or before.endswith("entral ")) and \
                _COMPASS_PART_BEFORE.search(before):
            area = next((o.place for o in resolved if o.place.feature_code == "ADM1" and o.place.country_code == p.country_code
                         and o.place.admin1 == p.admin1 and o.place.name.startswith(t.name + " ")), None)
            if area is not None:
                p, precision = area, AREA_PRECISION  # "in central Gaza" of a report that names the Gaza Strip
        if ("coast" in lowered or "nautical" in lowered) and "off" in lowered and _OFF_COAST_BEFORE.search(before):
            if p.feature_code in _COUNTRY_CODES and text.startswith(("'s ", "’s "), t.end):
                continue  # "off the coast of Yemen's Hodeidah": the town's waters, not the country
            # "off the coast of Hodeidah" (no sea named near: else skipped above), "off the coast of Yemen": that
            # state's waters, no more the country at large than the dateline's town
            precision = WATER_PRECISION
        elif (home := _far_quarter_home(text, t, resolved, dateline_town, first_town, told_by_police)) is not None:
            p, precision = home, QUARTER_PRECISION
        elif t.start < title_end and (area := _area_in_body(text, t, resolved, title_end)) is not None:
            p, precision = area.place, area.precision or area.place.precision
        out.append(PlaceCandidate(t.start, t.end, _record(p.name, p.lat, p.lon, p, precision), precision,
                                  False, may_hold(before, lowered, _ORIGIN_WORDS) and bool(_ORIGIN_BEFORE.search(before))
                                  and not _MEASURED_FROM_BEFORE.search(before)
                                  and not _OUSTED_FROM_BEFORE.search(text, max(0, t.start - 90), t.start),
                                  may_hold(before, lowered, _DESTINATION_WORDS) and
                                  bool(_DESTINATION_BEFORE.search(before) if before_case_odd else
                                       _DESTINATION_BEFORE_LOWERED.search(lowered)),
                                  in_dateline(text, t.start)))
    out.extend(_routes(text, resolved))
    out.extend(_dateline_region_stand_ins(text, resolved, actor_spans, dateline_town))
    if ("country" in text or "towns" in text or "cities" in text) and (wide := _COUNTRY_WIDE.search(text)) is not None:
        out.extend(_country_wide_scenes(text, resolved, actor_spans, wide))
    out.sort(key=lambda c: c.start)
    return out


# a part of a town, told by its kind ("in the Linden neighborhood", "the Portland neighborhood of west Louisville") or
# as the city's ("on the city's West Side")
# or by the side of the town it is on ("in Austin on the West Side", "on the West Side in Austin")
_QUARTER_AFTER = re.compile(r"\s+(?:neighbou?rhood|section|community|on\s+the\s+(?:city['’]s\s+)?(?:North|South|East|West)\s?side)\b",
                            re.IGNORECASE)
_CITYS_BEFORE = re.compile(r"\b(?:city['’]s|(?:North|South|East|West)\s?side\s+(?:in|of))\s+$", re.IGNORECASE)
_CITYS_WORDS = ("city", "side")  # (_CITYS_BEFORE cannot match without one)
_AREAS_BEFORE = re.compile(r"\b(?:region|province|oblast|state|district|county)['’]s\s+$", re.IGNORECASE)
_THE_CITYS_BEFORE = re.compile(r"\bcity['’]s\s+$", re.IGNORECASE)
# the kind of a town's quarter written after its name ("Langas estate", "Orlando East township")
_QUARTER_KIND_AFTER = re.compile(r"\s+(?:estate|suburb|township|neighbou?rhood|area|section|settlement)\b")
# a side of a town told by its compass point alone ("on the West Side", "Southside"): that town's quarter, never the
# town of that name the gazetteer holds far away
_COMPASS_SIDE = re.compile(r"(?:North|South|East|West)\s?side", re.IGNORECASE)
# a quarter every old town has ("the Old City of Mosul", "Mosul's Old City"): the report's town's, never the one the
# gazetteer holds (Jerusalem's) when that is far from it
_OLD_QUARTER = re.compile(r"Old\s+(?:City|Town|Quarter)", re.IGNORECASE)
# UCDP's precision of a place within about 25 km of a known point: a quarter of the dateline's town
QUARTER_PRECISION = 2
# farther than this from the dateline's town, a quarter's name resolved to a town of its own is another place's
_QUARTER_KM = 40


class _Spans:
    """Spans asked of every name of a report (a long report holds thousands of names and of spans): by their starts in
    order and the farthest end reached so far, whether some span holds a name or has an end of it inside."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans = sorted(spans)
        self._starts = [a for a, _ in spans]
        self._reach = list(accumulate((b for _, b in spans), max))

    def _farthest(self, count: int) -> int:
        """The farthest end of the first count spans."""
        return self._reach[count - 1] if count else -1

    def hold(self, start: int, end: int) -> bool:
        """Whether a span a, b holds start, end: a <= start and end <= b."""
        return self._farthest(bisect_right(self._starts, start)) >= end

    def cut_by(self, start: int, end: int) -> bool:
        """Whether start or end lies inside a span a, b: a <= start < b, or a < end <= b."""
        return self._farthest(bisect_right(self._starts, start)) > start or \
            self._farthest(bisect_left(self._starts, end)) >= end


class _NotScenes(dict):
    """Names of a report that name no scene (_names_of_institutions_and_past_events), with the starts of the mentions
    right after a year (after_year)."""
    after_year: frozenset = frozenset()


def _names_of_institutions_and_past_events(text: str, resolved: list, dateline_town) -> _NotScenes:
    """The names a report gives a university or college far from its dateline's town (_UNIVERSITY_AFTER), each with
    True: none of their mentions is a scene; and the towns' names it gives a past event after a year (_YEAR_BEFORE),
    each with False: neither that mention nor one before a noun is a scene ("Saba Saba protests"). (A country's or a
    province's name after a year is no scene there only: "the 2006 Lebanon war ... strikes in southern Lebanon".)"""
    found = _NotScenes()
    universities = dateline_town is not None and (" University" in text or " College" in text)
    after_year = []
    for t in resolved:
        # (a year's last digit and a blank before the name: one character's look first, most names have neither)
        if t.start > 5 and text[t.start - 2].isdigit() and _YEAR_BEFORE.search(text, max(0, t.start - 20), t.start):
            after_year.append(t.start)
            if t.place.feature_class == "P":
                found.setdefault(t.name, False)
            else:
                found.setdefault(t.name, None)  # (that mention only)
        elif universities and _UNIVERSITY_AFTER.match(text, t.end) and t.place.feature_code not in _COUNTRY_CODES and \
                haversine_km(t.place.lat, t.place.lon, dateline_town.lat, dateline_town.lon) > _UNIVERSITY_FAR_KM:
            found[t.name] = True
    if after_year:
        found.after_year = frozenset(after_year)
    return found


def names_a_base(text: str, end: int) -> bool:
    """Whether the name that ends at `end` says where a speaker sits ("the Britain-based Syrian Observatory", "a
    London-headquartered group"): no scene, nor the country of the report."""
    return text.startswith(("-based", "-headquartered"), end)


def _dateline_town(text: str, resolved: list):
    return next((t.place for t in resolved if t.place.feature_class == "P" and in_dateline(text, t.start)), None)


def _far_quarter_home(text: str, t, resolved: list, dateline_town, first_town, told_by_police):
    """Where t names a quarter ("the Austin neighborhood") of the report's town (the dateline's, else the first named)
    that the gazetteer read as a faraway town of that name (Austin, Texas): the report's town, the quarter's. Else None.
    In a town's own police report ("Toronto police say") a town's name with no state or country after it is such a
    quarter too (Scarborough, Algiers): that police tell what happened in their town. dateline_town: _dateline_town's;
    first_town: the place of the report's first town named; told_by_police: _told_by_town_police of the report's text."""
    # (the name must open with "old" in any case: no other letter matches those three case-insensitively)
    old_quarter = text[t.start:t.start + 3].lower() == "old" and _OLD_QUARTER.fullmatch(text, t.start, t.end) is not None
    quarter_words = old_quarter or _QUARTER_AFTER.match(text, t.end) is not None or \
        may_hold(near_before := text[max(0, t.start - 20):t.start], near_before.lower(), _CITYS_WORDS) and \
        _CITYS_BEFORE.search(text, max(0, t.start - 20), t.start) is not None or \
        _COMPASS_SIDE.fullmatch(text, t.start, t.end) is not None
    # (after the quarter's own kind, if told: "in Langas estate, Eldoret")
    kind = _QUARTER_KIND_AFTER.match(text, t.end) if text.startswith(" ", t.end) else None
    at = kind.end() if kind else t.end
    qualifier = _QUALIFIER_AFTER.match(text, at) if text.startswith(",", at) else None
    if qualifier is not None and t.place.feature_class == "P":
        # "in Hanover Park, Cape Town", "in Kayole, Nairobi": a town after the comma holds the quarter before it, which
        # the gazetteer read as a faraway town of that name (not "Antioch, Calif.": a state or country is no town; nor
        # a smaller town: "Montego Bay, St James" names the parish, which the gazetteer may read as a far village)
        # (nor a capital, nor the first of a list of towns: "held in Abuja, Kano and Port Harcourt")
        found = next((o for o in resolved if o.start == qualifier.end() - 1), None)
        town = found.place if found is not None else None
        if town is not None and town.feature_class == "P" and town.population > t.place.population and \
                t.place.feature_code != "PPLC" and not _LIST_GOES_ON.match(text, found.end) and \
                haversine_km(t.place.lat, t.place.lon, town.lat, town.lon) > _QUARTER_KM:
            return town
    if qualifier is None and t.place.feature_class == "P" and text.startswith(" in ", at) and \
            (side := _TOWN_SIDE_AFTER.match(text, at)) is not None:
        # "the area of Shaab in northern Baghdad", "Kayole in eastern Nairobi": a quarter of the town after it, which the
        # gazetteer read as a faraway town of that name
        town = next((o.place for o in resolved if o.start == side.end()), None)
        if town is not None and town.feature_class == "P" and town.population > t.place.population and \
                haversine_km(t.place.lat, t.place.lon, town.lat, town.lon) > _QUARTER_KM:
            return town
    if not quarter_words and (t.place.feature_class != "P" or qualifier is not None):
        return None  # (most names: no quarter's words)
    if quarter_words and _AREAS_BEFORE.search(text, max(0, t.start - 16), t.start) is not None:
        return None  # "the Sumy region's Krasnopillia community": a place of the region told, no town's quarter
    # (an "Old City" is no home of its own: the first town named after it, where the first is the namesake itself)
    home = dateline_town or (first_town if first_town is not t.place or not old_quarter else
                             next((o.place for o in resolved if o.place.feature_class == "P" and o.place is not t.place),
                                  None))
    if quarter_words and _THE_CITYS_BEFORE.search(text, max(0, t.start - 8), t.start) is not None:
        # ("the city's Dniprovskyi district" in a KYIV report of a strike on Kherson: the city told before it, not the
        # dateline's)
        home = next((o.place for o in reversed(resolved) if o.start < t.start and o.place.feature_class == "P" and
                     o.place is not t.place and not in_dateline(text, o.start)), home)
    if home is t.place and not quarter_words and dateline_town is None:
        # (the quarter named first, read as a namesake in another country, the town whose police tell after it:
        # "shooting in North York ... Toronto police")
        home = next((o.place for o in resolved if o.place.feature_class == "P" and
                     o.place.country_code != t.place.country_code and told_by_police(o.place.name)), None)
    if home is None or t.place is home or haversine_km(t.place.lat, t.place.lon, home.lat, home.lon) <= _QUARTER_KM:
        return None
    if quarter_words:
        return home
    # (a town near enough for its police to tell of may be the place: "Toronto police said he was arrested in Hamilton")
    far = haversine_km(t.place.lat, t.place.lon, home.lat, home.lon) > _BEYOND_POLICE_KM
    return home if far and told_by_police(home.name) else None


# farther than this from a town, a town of a name its police tell of is no town they would work in
_BEYOND_POLICE_KM = 300
# a name's state or country after a comma ("Antioch, Calif.", "Scarborough, England"): a town of its own (not the
# teller after the comma: "on the East Side, Charleston police said")
# a side of a town after a quarter's name ("in northern Baghdad", "in south-west Mosul", "in central Kabul")
_TOWN_SIDE_AFTER = re.compile(r" in (?:the\s+)?(?:(?:north|south)(?:[\s-]?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|"
                              r"central|downtown)\s+(?=[A-Z])", re.IGNORECASE)
_LIST_GOES_ON = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)[A-Z]")  # ("A, B and C": a list of places, no quarter's town)
_QUALIFIER_AFTER = re.compile(r",\s+[A-Z](?![^,.;]*?\b(?:police|sheriff|said|says)\b)")


def _told_by_town_police(text: str, town: str) -> bool:
    """Whether the town's own police tell the report: "Toronto police", "the New Orleans Police Department",
    "Louisville Metro Police", "police in Denver"."""
    name = re.escape(town)
    return re.search(rf"\b{name}(?:\s+Metro(?:politan)?)?\s+Police\b|\bpolice\s+in\s+{name}\b", text,
                     re.IGNORECASE) is not None


# the words that tell a name the gazetteer lacks is a place outside a town ("the village of Boni", "Maungdaw township")
_OUTLYING_KIND = re.compile(r"\b(?:village|hamlet|settlement|township|regency|district|county|town)\b", re.IGNORECASE)


# a country's demonym in the frame of a village the gazetteer lacks: "the southern Lebanese village of Yohmor"
# ("the southern Lebanese town of Jouaiya", "the central Malian city of X", "the Syrian border district of X")
_FRAME_DEMONYM = re.compile(r"\b([A-Z][a-z]+) (?:(?:border|frontier|coastal|mountain|desert) )?"
                            r"(?:village|hamlet|settlement|township|town|city|district|camp)\b")


# a compass word in the frame of a village the gazetteer lacks: "the northern town of X", "the remote north-eastern village"
_FRAME_COMPASS = re.compile(r"\b(?:north|south|east|west|cent)(?:-?(?:east|west))?(?:ern|ral)\s+(?:[\w-]+\s+)?"
                            r"(?:village|hamlet|settlement|town|city|district|commune|locality)\b", re.IGNORECASE)


# the words before a scene told by what it is close to ("near El Dher", "outside Tiloa", "on the outskirts of Mafa",
# "north of Qod Qod")
_CLOSE_TO = re.compile(r"\b(?:near|outside|outskirts\s+of|(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of)"
                       r"\s+(?:the\s+)?$")


def _dateline_region_stand_ins(text: str, resolved: list, actor_spans: list[tuple[int, int]],
                               dateline) -> list[PlaceCandidate]:
    """For a village, township or regency the gazetteer lacks, told in a sentence that names no other area
    ("SITTWE - The Arakan Army captured the last base in Maungdaw township"), the dateline town's first-level area
    at its precision: the place is near where the report was filed, not in that town. dateline: _dateline_town's."""
    if dateline is None or dateline.admin1 is None:
        return []
    try:  # (extraction runs without the geocoding package too: then no stand-ins, as no places)
        from geocoding.gazetteer import Gazetteer
        from geocoding.recognize import demonym_country
        from geocoding.unknown import find_unknown_names
    except ImportError:  # pragma: no cover
        return []
    out = []
    # (a capital's wire copy tells the whole country's news: where it names a province of its country other than the
    # capital's own, a bare name the gazetteer lacks told as a scene is a town there, not in the capital: "MOGADISHU -
    # ... attacked an army base in Bulo Burde on Tuesday ... the town in the Hiiraan region": Hiiraan, p4)
    provinces = [t for t in resolved if t.place.feature_code == "ADM1" and t.place.country_code == dateline.country_code
                 and t.place.admin1 != dateline.admin1 and not in_dateline(text, t.start)
                 and not any(a <= t.start < b for a, b in actor_spans)] if dateline.feature_code == "PPLC" else []
    capital = dateline.feature_code == "PPLC"
    for u in find_unknown_names(text, [(t.start, t.end) for t in resolved], bare=capital):
        # (not "in Maungdaw township": a framed name; a scene told by what it is close to is bare too, its province
        # holding it as well as the capital's dateline does not: "clashed with al-Shabaab fighters near El Dher ...
        # Galgaduud region deputy governor": Galgaduud, not Mogadishu)
        bare = u.frame in ("in " + u.name, "at " + u.name) or capital and u.frame.endswith(u.name) and \
            _CLOSE_TO.search(u.frame, 0, len(u.frame) - len(u.name)) is not None
        # (a city or camp only with a country's demonym: "the Syrian city of X"; "the Zamzam camp" of a Geneva report no)
        if not (bare or _OUTLYING_KIND.search(u.frame) or (framed := _FRAME_DEMONYM.search(u.frame)) and
                demonym_country(framed.group(1), Gazetteer.default())) or any(a <= u.start < b for a, b in actor_spans):
            continue
        if bare:  # the province named nearest before it, else the first after it
            before = [t for t in provinces if t.end <= u.start]
            area = before[-1].place if before else next((t.place for t in provinces if t.start >= u.end), None)
            if area is None and capital and not any(not in_dateline(text, t.start) and (
                    t.place.country_code != dateline.country_code or t.place.geonameid == dateline.geonameid)
                    for t in resolved):
                # (no province named: somewhere in the capital's country, not in the capital: "OUAGADOUGOU - Jihadists
                # killed dozens of civilians in an attack in Barsalogho on Saturday": Burkina Faso, p6; not where the
                # body names the capital itself, "march on the centre of Dhaka ... near Shahbag", or another country,
                # "DOHA - ... near Walikale")
                area = Gazetteer.default().country(dateline.country_code)
            if area is not None:
                out.append(PlaceCandidate(u.start, u.end, _record(area.name, area.lat, area.lon, area, area.precision),
                                          area.precision, False, False, False))
            continue
        s, e = text.rfind(". ", 0, u.start) + 1, text.find(". ", u.end) % (len(text) + 1)
        if any(s <= t.start < e and t.place.precision <= 4 and not in_dateline(text, t.start)
               and not any(a <= t.start < b for a, b in actor_spans) for t in resolved):
            continue  # the sentence names the area itself ("the village of Boni in the Mopti region")
        # (a province of the dateline's country the report named before it holds it rather than the dateline's own:
        # "KABUL - ... attacked a Taliban checkpoint in the Panjshir valley ... the post in Rukha district")
        named = [t.place for t in resolved if t.end <= u.start and t.place.feature_code == "ADM1" and
                 t.place.country_code == dateline.country_code and not in_dateline(text, t.start) and
                 not any(a <= t.start < b for a, b in actor_spans)]
        # (the country the frame names, where it is another than the dateline's or the dateline is its capital, whose
        # wire copy tells the whole country's news: "BEIRUT - ... the southern Lebanese village of Yohmor" is somewhere
        # in Lebanon, not in Beirut's governorate)
        framed = _FRAME_DEMONYM.search(u.frame) if not named else None
        country = demonym_country(framed.group(1), Gazetteer.default()) if framed else None
        if country is None and not named and dateline.feature_code == "PPLC":
            # (a capital's wire copy of a neighbour's news: where the report names nothing of the dateline's country but
            # its dateline, and places of one other country only, the village is there: "BANGKOK - Myanmar military
            # aircraft bombed Lin Ta Lu village in Tabayin township" is in Myanmar, not in Bangkok's province)
            named_countries = {t.place.country_code for t in resolved if not in_dateline(text, t.start)}
            if len(named_countries) == 1 and dateline.country_code not in named_countries:
                country = named_countries.pop()
        if country is None and not named and dateline.feature_code == "PPLC" and _FRAME_COMPASS.search(u.frame):
            # (a town the capital's wire copy places by a compass word is far from the capital, somewhere in the country:
            # "BAMAKO - ... near the northern town of Tinzaouaten" is not in Bamako's district)
            country = dateline.country_code
        if country is not None and (country != dateline.country_code or dateline.feature_code == "PPLC"):
            area = Gazetteer.default().country(country)
        else:
            area = named[-1] if named else Gazetteer.default().admin1(dateline.country_code, dateline.admin1)
        if area is not None:
            out.append(PlaceCandidate(u.start, u.end, _record(area.name, area.lat, area.lon, area, area.precision),
                                      area.precision, False, False, False))
    return out


# a clause told of the country at large, not of the town told before it: "Elsewhere in the country, protesters torched a
# ruling-party office", "Across the country, ...", "In other parts of the country, ...", "In at least five other cities,
# protesters ...", "set fire to police posts in several towns across the country" (not "as protests spread across the
# country" within an act told of a town: only a clause's opening, or a count of towns the act itself is told in)
_COUNTRY_WIDE = re.compile(
    r"\belsewhere\s+in\s+the\s+(?:(?:north|south|east|west|cent(?:re|er))\w*\s+of\s+the\s+)?country\b|"
    r"(?:^|(?<=[.;!?]\s)|(?<=\bwhile\s))(?i:across|throughout|around)\s+the\s+country\s*,|"
    r"(?:^|(?<=[.;!?]\s)|(?<=\bwhile\s))(?i:in)\s+other\s+parts\s+of\s+the\s+country\b|"
    r"\b(?i:in)\s+(?:several|many|various|a\s+number\s+of|dozens\s+of|at\s+least\s+\w+(?:\s+other)?|\w+\s+other)\s+"
    r"(?:towns|cities|provinces|regions|districts)\b(?!\s+(?:of|in)\b)", re.IGNORECASE)


@dataclass(slots=True)
class CountryWide(PlaceCandidate):
    """"Elsewhere in the country, ...": the country at large, a scene of its own clause only (see events._choose_place)"""


def _country_wide_scenes(text: str, resolved: list, actor_spans: list[tuple[int, int]], first: re.Match) -> list[PlaceCandidate]:
    """Each clause told of the country at large (_COUNTRY_WIDE; first: its first match) as a scene of the country the
    place told last before it is in ("Police shot dead two protesters in Dhaka ... In at least five other cities,
    protesters torched ...": Bangladesh, p6), not the dateline's town nor that place; none with no place before it."""
    try:  # (extraction runs without the geocoding package too: then no stand-ins, as no places)
        from geocoding.gazetteer import Gazetteer
    except ImportError:  # pragma: no cover
        return []
    out = []
    for m in [first, *_COUNTRY_WIDE.finditer(text, first.end())]:
        told = next((t.place for t in reversed(resolved) if t.end <= m.start() and t.place.country_code and
                     t.place.feature_class != "H" and not any(a <= t.start < b for a, b in actor_spans)), None)
        country = Gazetteer.default().country(told.country_code) if told is not None else None
        if country is not None:
            out.append(CountryWide(m.start(), m.end(), _record(country.name, country.lat, country.lon, country,
                                                                  COUNTRY_PRECISION), COUNTRY_PRECISION, False, False, False))
    return out


def country_scene(toponyms: list, country_code: str) -> dict | None:
    """The country itself as an event's place (UCDP's precision 6, "only the country is known"), where the report
    names it but no place of the event ("Sudan's paramilitary RSF killed 200 people in villages near Al-Kadaro")."""
    p = next((t.place for t in toponyms if getattr(t, "place", None) is not None and
              t.place.feature_code in _COUNTRY_CODES and t.place.country_code == country_code), None)
    return _record(p.name, p.lat, p.lon, p, COUNTRY_PRECISION) if p else None


def _routes(text: str, resolved: list) -> list[PlaceCandidate]:
    """'from Raqqa to Palmyra', 'to Palmyra from Raqqa': the midpoint of the two places."""
    routes = []
    for a, b in zip(resolved, resolved[1:]):
        if not text[a.end:a.end + 1].isspace():
            continue  # (a route's words follow whitespace after its first place: no slice of the words between)
        if not (route := _ROUTE_BETWEEN.match(text[a.end:b.start])) or \
                not (_FROM_BEFORE if route.group("onward") else _TO_BEFORE).search(text[max(0, a.start - 12):a.start]) or \
                _LAUNCHED_FROM_BEFORE.search(text, max(0, a.start - 20), a.start):
            continue
        pa, pb = a.place, b.place
        if haversine_km(pa.lat, pa.lon, pb.lat, pb.lon) > 600 or pa.precision > 2 or pb.precision > 2:
            continue  # (only two points have a midpoint a scene lies at: no "a peace deal between Congo and Rwanda")
        lat, lon = (pa.lat + pb.lat) / 2, (pa.lon + pb.lon) / 2
        rec = _record(f"between {pa.name} and {pb.name}", lat, lon, None, ROUTE_PRECISION)
        if pa.country_code == pb.country_code:
            rec["country_code"] = pa.country_code
            same_admin1 = pa.admin1 if pa.admin1 == pb.admin1 else None
            _with_admin_areas(rec, pa.country_code, same_admin1, pa.admin2 if same_admin1 and
                              getattr(pa, "admin2", None) == getattr(pb, "admin2", None) else None)
        routes.append(PlaceCandidate(a.start, b.end, rec, ROUTE_PRECISION, True, False, False))
    return routes


def compatible(a: dict | None, b: dict | None) -> bool:
    """Two events' places could be the same scene."""
    if a is None or b is None:
        return True
    if a.get("geonameid") is not None and a.get("geonameid") == b.get("geonameid"):
        return True
    if haversine_km(a["lat"], a["lon"], b["lat"], b["lon"]) < 100:
        return True
    coarse = max(a.get("precision") or 1, b.get("precision") or 1) >= 4
    return coarse and a.get("country_code") is not None and a.get("country_code") == b.get("country_code")
