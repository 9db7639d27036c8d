"""Toponym recognition: capitalised word sequences that name a gazetteer place, minus the ones that
are people, acronyms, or ordinary words in this sentence.

No statistical model: a longest-match scan over capitalised tokens against the gazetteer's key set,
then filters whose reasons are given where they are applied. A place name inside the name of an
organisation stays a toponym ("the Ohio Department of Health", "Gainesville Police"), as in the
usual annotation guidelines; inside a person's name it does not ("Phil Hartley", "Henry Farrin").
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from itertools import compress
from operator import attrgetter, itemgetter, not_

from unidecode import unidecode

from .gazetteer import Gazetteer
from .gates import holds_a_word
from .model import Place
from .normalize import ARTICLES, name_key
from .sources import is_latin
from .spatial import haversine_km

MAX_TOKENS = 6

# Words, apostrophes and hyphens inside words, and dotted abbreviations ("U.S.", "D.C."): a letter, then the
# rest of "(?:[A-Z]\.){2,}" (when the letter is a capital) or of "[^\W\d_]+(?:['’`ʼ\-][^\W\d_]+)*". (Opening
# with one class of letters, re skips to a letter at once, where an alternation is tried at every character.)
# (the dot asked before the capital behind it: most words go on with a letter, which fails the dot at once; the
# letters taken possessively, as nothing after them could give one back; the joined parts' repetition, "(?:X)*" written
# "(?:X(?:X)*|)", entered only at an apostrophe or a hyphen: re sets up a repetition at every word otherwise)
_TOKEN = re.compile(r"[^\W\d_](?:\.(?<=[A-Z]\.)(?:[A-Z]\.)+|[^\W\d_]*+(?:['’`ʼ\-][^\W\d_]+(?:['’`ʼ\-][^\W\d_]+)*|))")
_INITIALS = re.compile(r"(?:[A-Z]\.){2,}")
_POSSESSIVE_ENDINGS = ("'s", "’s")
_POSSESSIVE_AFTER = re.compile(r"['’]s\b")
_NAME_PARTS = re.compile(r"[- ]")
_CONTRACTION_ENDINGS = tuple(mark + rest for mark in "'’" for rest in ("ve", "ll", "re", "d", "m", "t"))

# Lower-case words that may sit inside a place name ("Gulf of Mexico", "Deir ez-Zor", "Rio de Janeiro", "Jammu and
# Kashmir": a run across "and" is one name only where the gazetteer knows it whole, else its first name as before).
CONNECTORS = frozenset("of de del la le du des da do dos das di en on upon the y and "
                       "van von der den sur am im bin ibn".split()) | ARTICLES   # "Dayr az Zawr", "Ras al Ain"
# Abbreviations that end in a dot inside a name ("St. Louis", "Ft. Worth"), also in a dateline's capitals ("ST. LOUIS").
NAME_ABBREVIATIONS = frozenset("St Ste Ft Mt Pt ST STE FT MT PT".split())

# Words that open a saint's or a town's name, whose next word is no place of its own: "San Jose", "Puerto Jordan";
# articles and the generic words (village, land, gate, spring, well, mound, monastery, street, station, palace) that
# open place names in other languages: "Tanah Abang", "Las Bambas", "Kafr Nabl", "Avenida Brasil" (the gazetteer
# lacking the whole name, its remainder is some far place named so: "Abang" in Sumatra, "Brasil" in Brazil's north).
NAME_OPENERS = frozenset("""St Ste Saint San Santa Puerto Porto Villa Ciudad Nueva Nuevo Las Los La El Al Tanah Kampung
Kampong Bandar Ban Nong Muang Mueang Kafr Kfar Tell Tal Deir Dayr Ain Bir Bab Beit Bayt Wadi Jabal Jebel Sidi Ras Tanjung
Avenida Rua Calle Jalan Gare Palacio""".split())
# ... and those a report writes in lower case before the name ("Kaduna state governor Uba Sani", "army spokesman
# Nabil Abdallah"; not "chief", "deputy" or "minister", which a place may follow: "the chief Gaza negotiator")
_LOWER_CASE_TITLES = frozenset("governor president senator spokesman spokeswoman commissioner mayor sheriff".split())
# Titles and roles that introduce a person's name: "Gov. Jackson", "Sheriff Henry Farrin".
PERSON_TITLES = frozenset("""Mr Mrs Ms Miss Dr Sen Senator Sens Rep Representative Gov Governor Gen General
Col Colonel Lt Lieutenant Sgt Sergeant Capt Captain Cpl Officer Deputy Detective Det Judge Justice
President Prince Princess King Queen Sheikh Pope Rev Reverend Father Pastor Bishop Coach Chief Sheriff
Mayor Minister Secretary Commissioner Attorney Trooper Agent Professor Prof Dean Lord Lady Sir Dame Imam
Rabbi Cardinal Ayatollah Emir Mullah Brother Sister Uncle Aunt Councilman Councilwoman Chairman
Spokesman Spokeswoman Superintendent Principal Sgt Pvt Adm Maj Cmdr Supt Insp Const Hon Councilor Councillor
Alderman Alderwoman Ald Quarterback Goalkeeper Teammate
Inspector Commander Brigadier Major Corporal ASP DSP CSP ACP DCP AIG IGP""".split())  # (police ranks: "ASP Mansir Hassan")
# Words after a name that say it is a place (or part of one), not a person: "Henry County".
PLACE_WORDS = frozenset("""County Parish Province Governorate Region District City Town Village State
Valley River Lake Mountains Mountain Island Islands Peninsula Bay Gulf Sea Ocean Desert Coast Basin
Township Borough Municipality Prefecture Oblast Krai Republic Territory Strip Heights Plain Plains
Airport Harbor Harbour Port Creek Park Square Street Road Avenue Highway Bridge Beach""".split())
# Lower-case area words after a first-level area's name: "Haiti's Centre department", "the Sahel region".
AREA_WORDS = frozenset("department province region state district governorate".split())
# An area word after a name, or after it and a second name ("Somali region", "the Somali and Afar regions"), in
# either case (Ethiopia's "Somali Region" is its official name).
_AREA_WORD_AFTER = re.compile(r" (?:and [A-Z][\w'’-]+ )?(?i:" + "|".join(sorted(AREA_WORDS)) + r")s?\b")
_NICKNAME_BEFORE = re.compile(r"[A-Z][\w'’-]+ (?:[\"“][A-Z][^\"“”]{0,25}[\"”]|['‘][A-Z][^'‘’\"“”]{0,25}['’]) $")
# Words before a name and "party" that make it a political party's: "the ruling Morena party".
_POLITICAL_WORDS = frozenset("ruling governing opposition leftist rightist left-wing right-wing nationalist".split())
_PARTY_NAME = re.compile(r"\b(?:" + "|".join(sorted(_POLITICAL_WORDS)) + r") ([A-Z][\w'’-]+) party\b")
# Words after an area's name that make it a public body's ("the Kerry Divisional Drugs Unit", "the Kumasi Metropolitan
# Assembly"), not a company's ("Kerry Group").
AREA_BODY_WORDS = frozenset("Regional Divisional Provincial Metropolitan Municipal".split())
# Words after a name that make it (part of) an organisation's or a building's name, not a person's.
ORGANISATION_WORDS = frozenset("""University College School Schools High Elementary Academy Institute
Post Times Journal Herald News Tribune Gazette Star Daily Press Chronicle Observer Review Party Inc Corp
Co Company Group Bank Church Hospital Clinic Medical Mall Club Association Foundation Agency Ministry
Department Dept Office Council Committee Commission Board Bureau Service Services Police Sheriff
Fire Rescue Court Courts Jail Prison Public Library Museum Center Centre Theater Theatre Hotel Stadium
Chamber Area Region Community State National International Memorial Health Water Power Electric Energy Transit
Authority""".split()) | AREA_BODY_WORDS
# Compass words that may precede a place name without making it a person's: "North Texas".
DIRECTION_WORDS = frozenset("""North South East West Northeast Northwest Southeast Southwest Northern
Southern Eastern Western Central Upper Lower Greater Downtown Upstate Downstate Metro Midtown Old New
Inner Outer Coastal Rural Urban Suburban""".split())
# Words before a name that make the next word a place ("in Mobile", "near Reading").
LOCATIVE_WORDS = frozenset("""in at near nearby downtown from to outside around across toward towards into through
via between northern southern eastern western central north south east west""".split())
# ... of which these frame a name the gazetteer knows only by its spelling key as a place ("near Makhmour"); not "to"
# or "at", which a person's or a firm's name follows as often ("spoke to Khouri", "at Goodman's").
SPELLING_FRAME_WORDS = LOCATIVE_WORDS - {"to", "at"}
# ... and "of" after a direction or a kind of place: "12 km north of Mosoul", "the town of Baqouba"
SPELLING_OF_FRAME_WORDS = frozenset("""north south east west northeast northwest southeast southwest outskirts
village town city district province governorate""".split())
# "between Daquq and ": "between" frames the second name of its pair as it does the first
_BETWEEN_PAIR_BEFORE = re.compile(r"\bbetween [A-Z][^,.;:()]{0,40} and $")
# Capitalised words that are (almost) never a toponym in news text although some village bears them:
# calendar words, titles, religions and festivals, parties and institutions, other capitalised nouns.
NEVER_TOPONYMS = frozenset("""january february march april may june july august september october november
december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday
saturday sunday mon tue tues wed thu thur thurs fri sat sun god lord jesus christ allah christmas easter
passover ramadan eid hanukkah thanksgiving halloween mr mrs ms dr sen sens rep reps gov gen lt col sgt
police president governor mayor senator sheriff officer university state city county north south east
west central northern southern eastern western i a an the of in on at and or but if he she it we they
you his her its our their this that these those section chapter article church mosque temple congress
senate parliament dail seanad oireachtas house court capitol white hamas hezbollah taliban fatah olympic olympics arab arabs
english christian christians muslim muslims jewish jews catholic catholics protestant democrat democrats
republican republicans internet web net pack titan gulf hill mount lake river union""".split()) | {
    "red cross", "red crescent",   # the relief societies, not a hamlet named so (Red Cross, N.C.)
    "tata"}     # India's conglomerate ("the Tata group", "Tata Steel"), which news names far more than Hungary's town
# Institutions whose name begins with a place's that is not where they are nor whom they serve: Scotland Yard is
# London's police. (One named after its own place is that place's mention, as news corpora tag it: "Dallas Police",
# "Oxford Yard".)
NAMED_NOT_FOR_THEIR_PLACE = frozenset({"scotland yard"})
# (the keys those open, one word short: only after one of them is the phrase with the next word worth building)
_NAMED_NOT_FOR_THEIR_PLACE_HEADS = frozenset(name.rpartition(" ")[0] for name in NAMED_NOT_FOR_THEIR_PLACE)
# Seats of government that some town is also named after; with "the" before them they are the seat.
SEATS_OF_GOVERNMENT = frozenset({"white house", "kremlin", "elysee", "pentagon", "capitol"})
# Closed-class words that name lists also hold as given names ("The", "One", "In").
FUNCTION_WORDS = frozenset("""the a an one two three this that these those it he she we they you his her
its our my your their and or but if of in on at to for by with from as not no all any some each every
other new old more most many much such only also then than there here when where while after before
during since until""".split())
# Prepositions and conjunctions that a Title Case headline capitalises: no part of the name before or after them
# ("Near Beni In Eastern Congo", "Between Gao And Ansongo").
HEADLINE_WORDS = frozenset("""in on at to for by with from of and or near between outside around across toward
towards into through via against amid along after""".split())
# Words that make the place name before or after them a pathogen's: "Marburg virus", "Ebola Reston".
PATHOGEN_AFTER = frozenset("""virus viruses ebolavirus strain fever flu influenza disease encephalitis hemorrhagic
haemorrhagic respiratory syndrome""".split())     # "Middle East respiratory syndrome", "Stockholm syndrome"
PATHOGEN_BEFORE = frozenset("Ebola Salmonella E. Hantavirus Coronavirus".split())
# A name the report writes before such a word ("Lyme disease", "West Nile virus") is the pathogen's wherever the report
# names it ("Lyme cases rose", "the West Nile season"), save after a place's preposition ("a farm near Lyme").
_PATHOGEN_NAME = re.compile(r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:virus|disease|fever|encephalitis)\b")
_PATHOGEN_NAME_GATE = (" virus", " disease", " fever", " encephalitis")
CURRENCY_WORDS = frozenset(("dollar", "dollars"))
# Words after a name that make it a people's: "Kuki communities", "Bodo tribesmen".
PEOPLE_WORDS = frozenset("""people peoples tribe tribes tribesmen clan clans community communities
militia militias militiaman militiamen""".split())      # a group's too: "Fano militiamen", "Kivu militias"
# A name the report writes before a militia's word is the militia's wherever the report names it ("Fano militiamen
# ... Fano leaders said"): each of its mentions needs the report to back the place's country, as the first does.
_MILITIA_NAME = re.compile(r"\b([A-Z][a-z]+) militia(?:s|man|men)?\b")
# Lower-case words after a name that make it a military unit's: "the Azov brigade".
_UNIT_WORDS = frozenset("brigade brigades battalion battalions regiment regiments".split())
# A football club's word after its town ("Manchester United", "Bristol Rovers"), which ends the club's name (not "the
# Dallas United Way": a body of the town, whose name goes on).
_CLUB_WORDS = frozenset("United Rovers Wanderers Albion Hotspur".split())
# ... and the plural nicknames of the town's or the state's side in the cricket, rugby and football leagues of
# Australia, New Zealand, South Africa, India and Pakistan ("Punjab Kings", "Perth Scorchers", "Newcastle Knights",
# "Canterbury Crusaders", "Karachi Kings"); or two words, the first told here ("Chennai Super Kings", "Kolkata Knight
# Riders", "Manly Sea Eagles"). (Not the nicknames American local news tags the town of: "Dallas Cowboys", "Washington
# Capitals"; nor words a Title Case headline puts after a place: "Sydney Storm", "Israel Jets", "Iraq Bombers".)
_TEAM_NICKNAMES = frozenset("""Kings Royals Titans Qalandars Zalmi Gladiators Sultans Scorchers Sixers Strikers
Renegades Hurricanes Sharks Stormers Cheetahs Brumbies Waratahs Crusaders Broncos Rabbitohs Roosters Eels Knights
Crows Magpies Dockers""".split())
_TEAM_NICKNAME_PAIRS = {"Super": ("Kings", "Giants"), "Knight": ("Riders",), "Sea": ("Eagles",)}
# Lower-case words after a name that make it a thing's named after someone: "Molotov cocktails" (Molotov was Perm).
# ... or a kind of fish or vegetable named after where it came from: "Nile perch", "Brussels sprouts"
_EPONYM_THING_WORDS = frozenset("cocktail cocktails perch tilapia sprouts".split())
# (these, and "administration", "Elementary", "University" after a name: _keep's cheap test before asking which)
_NOT_A_PLACE_BEFORE = _UNIT_WORDS | _CLUB_WORDS | _TEAM_NICKNAMES | _TEAM_NICKNAME_PAIRS.keys() | _EPONYM_THING_WORDS \
    | {"administration", "Administration", "Elementary", "University"}
# An institution's word after "Royal" and a town's name: the town's ("Royal Perth Hospital")
_ROYAL_INSTITUTION_WORDS = frozenset(("Hospital", "Infirmary"))
# a car's colour before its make: "a white Toyota Quantum", "a silver Honda" (Toyota, Japan; Honda, Colombia)
_VEHICLE_COLOURS = frozenset("white black silver grey gray red blue green maroon beige gold navy".split())
_VEHICLE_NOUNS = frozenset("car cars sedan suv truck pickup van minivan minibus vehicle coupe hatchback bakkie".split())
# A ship's kind before a name makes the name the ship's ("the cruiser Moskva", "the tanker Marlin Luanda", "the container
# ship Maersk Gibraltar", "the landing ship Novocherkassk"), wherever the report names it again ("The Moskva sank"):
# no place (Moscow, Luanda, Gibraltar). (Not the bare "ship" or "carrier": "to ship Texas crude", "the carrier Delta")
_SHIP_KINDS = ("ship", "tanker", "vessel", "cruiser", "frigate", "destroyer", "corvette", "submarine", "carrier")
_SHIP_NAME = re.compile(r"\b(?:cruiser|frigate|destroyer|corvette|submarine|warship|tanker|vessel|(?:container|cargo"
                        r"|merchant|landing|patrol|navy|naval|research|supply|hospital|missile|flag|war|command|spy"
                        r"|intelligence|assault) ?ship|(?:bulk|aircraft|car|vehicle|LNG|gas|ore) carrier)"
                        r" ((?:[A-Z][\w'’.-]*)(?: [A-Z][\w'’.-]*){0,3})(?! (?:said|says|reported|told)\b)(?!['’]s\b)")
_PLACE_PREPOSITION_BEFORE = ("in ", "near ", "outside ", "at ")
# Speech verbs after a single capitalised word mark a person ("Henry said").
SPEECH_VERBS = frozenset("said says told added explained noted stated asked wrote according".split())

# What ends a sentence before a capitalised word (only blanks may follow it).
_SENTENCE_END_MARKS = frozenset('.!?:;"“”')
_AGE_AFTER = re.compile(r"^,\s*\d{1,3}\s*,")                         # "Henry, 45, of Alexandria"
_AGE = re.compile(_AGE_AFTER.pattern[1:])
# A town's state or country after its comma: "from Cheyenne, Wyo.", "from Sydney, Australia" (not "Eugene, who").
_AREA_AFTER_COMMA = re.compile(r", [A-Z]")
# A part of a town after its possessive: "on Jackson's west side", "Camden's downtown" (a person has no such side).
_TOWN_PART_AFTER = re.compile(r"['’]s (?:(?:north|south)?(?:east|west)?(?:ern)? side|downtown|outskirts)\b")
# What only a person does or undergoes, or has, told right after a name: "Moultrie was arrested", "Grimes was shot",
# "Bradford faces charges", "Moultrie's attorney" (no town is charged, shot or has a lawyer; but "Richmond faces the
# same challenges").
_PERSON_AFTER = re.compile(
    r"(?:\s+(?:was|is|were|has\s+been|had\s+been)\s+(?:arrested|charged|booked|jailed|detained|sentenced|convicted|"
    r"indicted|shot|stabbed|wounded|injured|killed|slain|pronounced|hospitalized|transported|identified|released|"
    r"taken\s+into\s+custody|found\s+(?:guilty|dead|shot)|in\s+custody)"
    r"|\s+faces\s+(?:[\w-]+\s+){0,3}(?:charges?|counts?|years|trial|prison|murder)"
    r"|\s+(?:pleaded|pleads|allegedly|died|fled|admitted|confessed|surrendered)"
    r"|['’]s\s+(?:mother|father|parents|brother|sister|wife|husband|son|daughter|girlfriend|boyfriend|family|relatives|"
    r"attorney|lawyer|body|arrest|death))\b")
# A town this large has bodies of its own that news names after it ("Canton police", "Reading Borough Council").
_BODY_TOWN_POPULATION = 50_000
# Words after a name that make it a town's own body or office: "the Mobile City Council", "Reading School Board",
# "Florence Mayor Andy Betterton", "Walton Supervisor Joe Cetta", "Xenia Community Schools", "Chester police" (so not
# a person's name, nor an English word inside an organisation's); and a British or Commonwealth town's council or
# court: "Reading Borough Council", "Kent County Council", "Bath Magistrates' Court", "Mold Crown Court".
_TOWN_BODY_AFTER = re.compile(
    r" (?:(?:City|Town|Village|Borough|Township) (?:Council|Commission|Hall|Schools)|School Board|Board of Education"
    r"|(?:District|County|Parish|Shire) Council|(?:Magistrates['’]?|Magistrate['’]s|Crown|Sheriff) Court"
    r"|(?:(?:Community|Public|Independent|Unified|Consolidated) )?School(?:s| District)|[Pp]olice|Fire Department"
    r"|[Ff]irefighters|Mayor|aldermen|Supervisor|(?:Town|Village) (?:Board|Clerk)|Selectboard|[Ss]electmen)\b")
# (the first letters of its words, a cheap test before it: most words after a name open with none of them)
_TOWN_BODY_INITIALS = frozenset("CTVBSDPMIUFpfas")
# Words around a name that make it a news agency's: "Xinhua News Agency", "the Fars news agency", "news agency Xinhua".
# (or a news site named after its town: "Garowe Online", "told Garowe Online")
_NEWS_AGENCY_AFTER = re.compile(r" (?:(?:[Nn]ews|[Pp]ress) [Aa]gency|Online)\b")
_NEWS_AGENCY_AFTER_OPENINGS = (" News", " news", " Press", " press", " Online")     # (its cheap test)
_NEWS_AGENCY_BEFORE = re.compile(r"\b[Nn]ews [Aa]gency $")
# A name alone in the parentheses of a dateline's agency slot is the wire's: "GUANGZHOU, China (Xinhua) -".
_AGENCY_SLOT_BEFORE = re.compile(r"(?:^|\n)[A-Z][^\n()]{0,60} \($")
_AGENCY_SLOT_AFTER = re.compile(r"\)\s+[-–—]")
# ... and one that opens an outlet's name of capitalised words there, even a country's or a region's: "KHARKIV, Ukraine
# (Kyiv Independent) -", "KHARTOUM (Sudan Tribune) -"
_OUTLET_NAME_AFTER = re.compile(r"(?:\s+[A-Z][\w'’]*){1,2}\)\s+[-–—]")
# The slot after a dateline's town in capitals, where its country or state or the wire stands: "SANAA, Saba -",
# "ADEN (Saba) -" (Yemen's agency, not the Caribbean island), "SHERMAN, Texas -".
_TOWN_SLOT_BEFORE = re.compile(r"(?:^|\n)([A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,3})(?:, | \()$")
_TOWN_SLOT_AFTER = re.compile(r"\)?\s+[-–—]")
# What follows a wire story's dateline, its town in capitals at the start of a line: a country or state, a date, the
# agency, then a dash ("KYIV (Reuters) -", "BUNIA, Congo (AP) -", "JOS, Nigeria, May 3 (Reuters) -", "DUHOK, Kurdistan
# Region (Kurdistan24) -"; a country's name may join its words by "of", "the", "and": "GOMA, Democratic Republic of
# Congo (AFP) -", "SARAJEVO, Bosnia and Herzegovina -"); or the colon of
# South Asian papers before a sentence ("PUNE: Heavy rain ..."; not after an acronym of three letters or fewer,
# which opens headlines so: "UN: 70% of ...", "WHO: Ebola ...").
_DATELINE_AFTER = re.compile(r"(?:,\s+[A-Z][\w.']*(?:\s+(?:of\s+|and\s+)?(?:the\s+)?[A-Z][\w.']*){0,3})?(?:,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
                             r"(?:\s+\([A-Za-z.][\w.]*(?:\s+[A-Za-z.]+){0,2}\))?(?:\s+[-–—]|(:)\s(?=[A-Z]))")
_ARMED_GROUP_BEFORE = re.compile(r"\b(?:Islamic\s+State|ISIS|ISIL|IS)\s+(?:in\s+(?:the\s+)?|[-–—]\s+)?$")
_ARMED_GROUP_LAST_WORDS = frozenset("State ISIS ISIL IS in the".split())
_PARTY_AFTER = re.compile(r"(?: [A-Z][\w'’-]+){1,3} Party\b")
# A broadcaster's station or service, named by the network's letters ("CBC", "NBC", "CTV", "ITV", "CBS"), a station's
# call letters ("WXYZ", "WSB-TV") or "Fox", a channel's number or none, then the town or region it serves: "CBC
# Kitchener-Waterloo reported", "told Fox 2 Detroit", "ABC7 Chicago", "BBC Scotland" (its name, not where the report
# is; the dateline's "KITCHENER, Ont. (CBC) -" and "CBC News reported from Kitchener" stay places). A country after
# the network stays the country, as corpora tag it: "ABC Australia reports of a man in Kashmir".
_BROADCASTER = re.compile(r"[A-Z]{1,2}(?:BC|BS|TV)|[KW](?!WI)[A-Z]{2,3}-TV|[KW](?!WI)[A-Z]{3}|FOX")
_CHANNEL_GAP = re.compile(r"(?: ?\d{1,2})? ")
# ... or the wires', before the town of a desk of theirs: "Reuters Kyiv reported", "AFP Nairobi"
_OUTLET_WORDS = frozenset(("Fox", "Reuters", "AFP", "Bloomberg"))
# ... and an outlet's name of a word and "News" before its edition's place, a country's too: "CTV News Toronto", "Sky
# News Australia" (not its bureau there: "the NBC News Tokyo bureau").
_BUREAU_AFTER = (" bureau", " office", " studio")
_PARTY_OF_BEFORE = re.compile(r"\b(?:Party|Front|Movement|Union|Council|Army|Chamber)\s+of\s+(?:the\s+)?$")
# Words a party's name is made of before its country's or region's, which ends it: "Alternative for Germany",
# "Brothers of Italy", "Together for Catalonia", "Forward Italy" (Forza Italia).
_PARTY_WORDS_BEFORE = re.compile(r"\b(?:(?:Alternative|Together|Brothers|Alliance|Coalition|Platform|Rally)\s+(?:for|of)"
                                 r"|Forward)\s+$")
# What an outlet's name is told with: "Politico Europe reported", "told Politico Europe".
_REPORTING_VERBS = frozenset("reported reports said says wrote writes revealed learned".split())
_TOLD_BEFORE = ("told ", "according to ", "interview with ")
# Sports whose governing bodies are named by the sport and their country or state, either way round: "Rugby Australia",
# "Tennis Canada", "Cricket Victoria", "USA Swimming", "England Rugby".
SPORT_WORDS = frozenset("""Rugby Cricket Tennis Football Soccer Hockey Swimming Athletics Basketball Netball Golf Cycling
Rowing Gymnastics Boxing Sailing Baseball Softball Volleyball Triathlon Skiing Curling Lacrosse Squash Badminton Archery
Judo Wrestling Diving Skate Skating Canoe Equestrian Taekwondo Fencing Surfing Bowls""".split())
# ... and words after a sport's (or after it and another sport's) that make them the game's code or body, not a town's:
# "Rugby League", "the Rugby World Cup", "the Rugby Football Union" (but "Rugby Cricket Club", "Rugby Borough Council"
# are the town's).
_GAME_WORDS_AFTER = frozenset(("League", "Union", "World"))

# US state abbreviations in AP style: "Springfield, Ill.", "Charleston, W.Va.", "Washington, D.C.".
US_STATE_ABBREVIATIONS = {
    "Ala": "AL", "Ariz": "AZ", "Ark": "AR", "Calif": "CA", "Cal": "CA", "Colo": "CO", "Conn": "CT",
    "Del": "DE", "Fla": "FL", "Ga": "GA", "Ill": "IL", "Ind": "IN", "Kan": "KS", "Kans": "KS",
    "Ky": "KY", "La": "LA", "Md": "MD", "Mass": "MA", "Mich": "MI", "Minn": "MN", "Miss": "MS",
    "Mo": "MO", "Mont": "MT", "Neb": "NE", "Nebr": "NE", "Nev": "NV", "N.H": "NH", "N.J": "NJ",
    "N.M": "NM", "N.Y": "NY", "N.C": "NC", "N.D": "ND", "Okla": "OK", "Ore": "OR", "Pa": "PA",
    "R.I": "RI", "S.C": "SC", "S.D": "SD", "Tenn": "TN", "Tex": "TX", "Vt": "VT", "Va": "VA",
    "Wash": "WA", "W.Va": "WV", "W. Va": "WV", "Wis": "WI", "Wisc": "WI", "Wyo": "WY", "D.C": "DC",
}
# Canadian Press short forms of provinces: "Richmond, B.C.", "London, Ont." (only after a town's comma: "B.C." alone is
# as often an era, "N.B." a note).
CANADIAN_PROVINCE_ABBREVIATIONS = {
    "Alta": "01", "B.C": "02", "Man": "03", "N.B": "04", "Nfld": "05", "N.S": "07", "Ont": "08", "P.E.I": "09",
    "Que": "10", "Sask": "11",
}
# Every short form after a town's comma, as its country and first-level area code ("Ill" -> "US.IL").
AREA_ABBREVIATIONS = {**{a: "US." + code for a, code in US_STATE_ABBREVIATIONS.items()},
                      **{a: "CA." + code for a, code in CANADIAN_PROVINCE_ABBREVIATIONS.items()}}
_STATE_ABBREVIATION = re.compile(r"(?<=,\s)(" + "|".join(
    re.escape(a) for a in sorted(AREA_ABBREVIATIONS, key=len, reverse=True)) + r")\.(?![\w.])")
# Dotted initials ("S.C.", "N.Y.", "D.C.") name a state wherever they stand ("the S.C. Highway Patrol");
# so does any short form after a party letter ("Sen. Bob Casey, D-Pa.").
_DOTTED_STATE = re.compile(r"(?<![\w.])(" + "|".join(
    re.escape(a) for a in sorted(US_STATE_ABBREVIATIONS, key=len, reverse=True) if "." in a) + r")\.(?![\w.])")
# A legislator's party letter before the state or home town, as US papers write it ("Sen. Bob Casey, D-Pa.", "Rep.
# Torrey Westrom, R-Elbow Lake,"; Minnesota's "DFL-Brainerd").
_PARTY_LETTERS = ("D", "R", "I", "DFL")
_PARTY_BEFORE = "(?:" + "|".join(r"(?<=\b" + p + "-)" for p in _PARTY_LETTERS) + ")"
_PARTY_STATE = re.compile(_PARTY_BEFORE + "(" + "|".join(
    re.escape(a) for a in sorted(US_STATE_ABBREVIATIONS, key=len, reverse=True)) + r")\.(?![\w.])")
# ... the home town, after the person's comma or parenthesis and up to the next one: "Ray Miller, D-Columbus,",
# "Ricky Moye, D-Raleigh;", "(R-Cape Girardeau)", "R-St. Joseph,"
_PARTY_TOWN = re.compile(r"(?:(?<=, )|(?<=\())(?:" + "|".join(_PARTY_LETTERS) + r")-"
                         r"((?:St\. |Ft\. |Mt\. )?[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})(?=[,;)])")
# A comma, a blank and a short form with its dot: what _STATE_ABBREVIATION (opening with a lookbehind, so tried at
# every character) needs; this one opens with the comma, which re finds at once.
_STATE_ABBREVIATION_GATE = re.compile(r",\s(?:" + "|".join(
    re.escape(a) for a in sorted(AREA_ABBREVIATIONS, key=len, reverse=True)) + r")\.")
# Cheap tests that a text may hold a match of the two at all (each full pattern, opening with a
# lookbehind, is tried at every character): a dotted form followed by its dot; a party letter's hyphen.
_DOTTED_FORMS = tuple(a + "." for a in US_STATE_ABBREVIATIONS if "." in a)
_PARTY_HYPHENS = tuple(p + "-" for p in _PARTY_LETTERS)
assert all(form[1] == "." for form in _DOTTED_FORMS)       # ("N.H.", "W. Va."): _holds_dotted_form relies on it


def _holds_dotted_form(text: str) -> bool:
    """Whether text holds one of _DOTTED_FORMS: asked at its full stops only (a text has a few), each form's second
    character, not by a scan of the whole text per form."""
    at = text.find(".", 1)
    while at >= 0:
        if text.startswith(_DOTTED_FORMS, at - 1):
            return True
        at = text.find(".", at + 1)
    return False


def _holds_party_hyphen(text: str) -> bool:
    """Whether text holds one of _PARTY_HYPHENS: asked at its hyphens only, each form's last character."""
    at = text.find("-", 1)
    while at >= 0:
        if text.endswith(_PARTY_LETTERS, 0, at):
            return True
        at = text.find("-", at + 1)
    return False
# The acronyms that name a country or a union of them, not an organisation ("US", "EU"), alone or joined ("EU-Israel")
COUNTRY_ACRONYMS = frozenset(("US", "UK", "USA", "UAE", "DRC", "EU", "USSR"))
# Lower-case words after a hyphen that leave the name before it whole: "Houston-based", "Atlanta-area".
_COMPOUND_TAILS = frozenset("based area born bred raised owned run led made bound wide style era headquartered listed "
                            "registered backed controlled held area's".split())
# ... of which these say whose an actor is, not where anything is: "the Russian-held city of Donetsk",
# "the Saudi-led coalition", "its Moscow-installed mayor"
# "Russian shelling of Pokrovsk", "Israeli strikes on Rafah": the people named the attacker, whose country is not
# where the attack fell (no evidence of where, as "Russian-held" is none)
_ATTACKER_AFTER = re.compile(r"\s+(?:(?:military|army|air|naval)\s+)?(?:shelling|shells|strikes?|airstrikes?|air\s+strikes?|"
                             r"missiles?|drones?|rockets?|artillery|bombardment|bombing|warplanes|jets|invasion)\b"
                             r"(?=\s+(?:on|of|hit|hits|struck|killed|targeted|pounded|against|in)\b)")
ACTOR_TAILS = frozenset("led backed held controlled installed allied sponsored supported funded brokered occupied "
                        "aligned affiliated appointed".split())


# Streets and roads: "Main Street", "775 Main St.", "N. Poplar St.", "Highway 19", "County Road 109",
# "Interstate 64 West", "U.S. 321". Names of this shape are toponyms in news annotation (LGL) and place
# an incident within its town.
# (and a town's squares and bridges, annotated so too: "Tahrir Square", "Trafalgar Square" is no Trafalgar in Spain)
_STREET_TYPES = (r"Street|St\.|Road|Rd\.|Avenue|Ave\.|Boulevard|Blvd\.|Drive|Dr\.|Lane|Ln\.|Parkway|Pkwy\.|"
                 r"Pike|Highway|Hwy\.|Trail|Circle|Terrace|Crossing|Expressway|Freeway|Turnpike|Square|Bridge|Stadium")
_STREET_WORD = r"(?:(?:al|el|an|ar|as|ad|ash|at|az)-)?(?:[A-Z][A-Za-z'’\-]*|\d+(?:st|nd|rd|th))"  # "Qasr al-Nil Bridge"
_NAMED_STREET = re.compile(
    r"(?<![\w.])(?:(?:N|S|E|W|North|South|East|West|Old)\.?\s+)?" + _STREET_WORD + r"(?:\s+" + _STREET_WORD + r"){0,3}"
    r"\s+(?:" + _STREET_TYPES + r")(?:\s+(?:North|South|East|West|N|S|E|W|NE|NW|SE|SW)\b\.?)?"
    r"(?!\s+[A-Z][a-z])(?![\w])")
_NUMBERED_ROAD = re.compile(
    r"(?<![\w.$])(?:Interstate\s+|I-|U\.S\.\s+(?:Highway|Route|Hwy\.?)\s+|U\.S\.\s+|State\s+(?:Route|Road|Highway)\s+|"
    r"Highway\s+|Hwy\.?\s*|Route\s+|County\s+Road\s+|Farm\s+to\s+Market\s+(?:Road\s+)?|FM\s+|SR\s+|"
    r"(?:[A-Z]\.[A-Z]\.|[A-Z]{2})\s+)"
    r"(?!(?:19|20)\d\d\b)\d{1,4}[A-Z]?\b(?:\s+(?:North|South|East|West|N|S|E|W)\b)?(?![\d,.]\d)")
# Streets and squares named in other languages, their kind's word first: "Avenida Brasil", "Rua Oriente", "Plaza de
# Mayo", "Place de la Republique", "Jalan Thamrin" (a name after such a word is the street's, placed at its town).
_STREET_OPENERS = ("Avenida", "Rua", "Calle", "Jalan", "Rue", "Place", "Plaza", "Praça", "Praca", "Piazza")


def _by_stems(words: tuple[str, ...], stems: tuple[str, ...]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """words grouped under the stems they open with, each other word its own stem: ("Place", "Plaza", "Rua"), ("Pla",)
    -> (("Pla", ("Place", "Plaza")), ("Rua", ("Rua",)))."""
    groups = [(stem, tuple(word for word in words if word.startswith(stem))) for stem in stems]
    return (*groups, *((word, (word,)) for word in words if not word.startswith(stems)))


def _holds_one_of(text: str, groups: tuple[tuple[str, tuple[str, ...]], ...]) -> bool:
    """Whether text holds one of the words of groups (_by_stems), each group's words looked for only where the text
    holds their stem: a scan per stem, not per word, of a text holding none (as most do)."""
    for stem, words in groups:
        if stem in text:
            for word in words:
                if word in text:
                    return True
    return False


def _by_first_letter(alternatives: list[str]) -> str:
    """'St|Road|Rd' -> 'S(?:t)|R(?:oad|d)' (alternatives that start with a plain letter)."""
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        groups.setdefault(alternative[0], []).append(alternative[1:])
    return "|".join(f"{letter}(?:{'|'.join(rests)})" for letter, rests in groups.items())


_FOREIGN_STREET = re.compile("(?:" + _by_first_letter(list(_STREET_OPENERS)) + r")\s+"
                             r"(?:(?:de|da|do|dos|das|del|du|des|della|di)\s+(?:la\s+|l['’])?)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}")
# Cheap tests that a text may hold a street name at all (the full patterns are slow to scan).
_STREET_TYPE_GATE = re.compile(r"\s(?:" + _STREET_TYPES + r")")
_ROAD_WORDS = ("Interstate", "I-", "Highway", "Hwy", "Route", "Road", "Market", "FM", "SR")
_ROAD_GATE = re.compile(r"(?:" + "|".join(_ROAD_WORDS) + r")\s*\d")
# ... and a cheaper one before the first: a street type's word anywhere, its alternatives grouped by their
# (capital) first letter, which re skips to at once (the blank before them makes re stop at every blank).
_STREET_TYPE_WORD = re.compile(_by_first_letter(_STREET_TYPES.split("|")))
_ROAD_WORD_GROUPS = _by_stems(_ROAD_WORDS, ("Ro",))                           # ("Route", "Road")
_STREET_OPENER_GROUPS = _by_stems(_STREET_OPENERS, ("Pla", "Pra"))        # ("Place", "Plaza"; "Praça", "Praca")
# ... and one before them all: every word the three tests look for (and _LOCAL_PART_GATE's, which find_mentions asks
# by the same scan), grouped by first letter, found by one scan of a text holding none (as most do; where one is, the
# street types' scan starts there, as none stands before it): _STREET_OR_TOWNSHIP_WORD, after _LOCAL_PART_GATE
# Words that start a capitalised run but are no part of a street's name ("The Main Street").
_STREET_NOT_FIRST = frozenset("The A An In On At Of And Or From To By For With Near On Then But When While".split())


def find_streets(text: str, gate_word_at: int | None = None) -> list[Mention]:
    """Street and road names, kind "street" (the geoparser places them at their town). gate_word_at: where
    _STREET_OR_TOWNSHIP_WORD first matches in text (-1: nowhere), when the caller has looked."""
    if gate_word_at is None:
        gate_word = _STREET_OR_TOWNSHIP_WORD.search(text)
        gate_word_at = gate_word.start() if gate_word else -1
    if gate_word_at < 0:
        return []
    out = []
    named = _STREET_TYPE_WORD.search(text, gate_word_at) and _STREET_TYPE_GATE.search(text)
    # (the road gate's words looked for plainly first: most texts hold none, and nine plain scans cost half of re's)
    numbered = _holds_one_of(text, _ROAD_WORD_GROUPS) and _ROAD_GATE.search(text)
    foreign = _holds_one_of(text, _STREET_OPENER_GROUPS)
    for pattern, may_match in ((_NAMED_STREET, named), (_NUMBERED_ROAD, numbered), (_FOREIGN_STREET, foreign)):
        if not may_match:
            continue
        for m in pattern.finditer(text):
            s, phrase = m.start(), m.group()
            first, _, rest = phrase.partition(" ")
            while (first in _STREET_NOT_FIRST or first.endswith(("'s", "’s"))) and rest:
                s += len(first) + 1
                phrase = rest
                first, _, rest = phrase.partition(" ")
            if pattern is _NAMED_STREET and (phrase.count(" ") == 0 or first.lower() in FUNCTION_WORDS):
                continue
            # "U.S. 321", "S.C. 6", "KY 80": the country or state that numbers the road is the name
            # written (and annotated); the road itself stays unnamed.
            if pattern is _NUMBERED_ROAD and re.match(r"(?:[A-Z]{2}|[A-Z]\.[A-Z]\.)\s", phrase):
                continue
            out.append(Mention(s, s + len(phrase), phrase, name_key(phrase), "street"))
    out.sort(key=lambda m: (m.start, -m.end))
    kept: list[Mention] = []
    for m in out:
        if not kept or m.start >= kept[-1].end:
            kept.append(m)
    return kept


@dataclass(slots=True)
class Mention:
    """A span of text that names a gazetteer place, a state abbreviation, or a demonym."""
    start: int
    end: int
    text: str
    key: str
    kind: str = "name"              # "name" | "abbreviation" ("Ill.") | "demonym" ("Syrian": evidence)
                                    # | "street" ("Main Street": placed at its town)
    code: str | None = None         # "US.IL" for an abbreviation, the ISO country of a demonym
    sentence_initial: bool = False
    weak: bool = False              # an ordinary English word too: needs support to count
    alias_only: bool = False        # weak only as some town's alternate name ("Deraa"): see Geoparser._standalone
    spelt: bool = False             # framed as a place ("near Makhmour", "Shabwa governorate"), so its spelling key
                                    # is tried too: Gazetteer.spelling_matches, spelling_namesakes
    qualifier: bool = False         # qualifies an actor ("Russian-held", "Saudi-led"): no evidence of where
    whole_only: bool = False        # a township's or an "Upper"/"Lower" name read only as a whole, not as its bare
                                    # name's town (which lay far from the report's places: Geoparser._resolve)
    in_a_name: bool = False         # the place in an outlet's, a sports body's or a party's name ("CBC
                                    # Kitchener-Waterloo", "Rugby Australia", "Brothers of Italy"): evidence of where the
                                    # report is (a station serves its region), but no place it names, so not listed


def _capitalised(tok: str) -> bool:
    if tok[0].isupper():
        return tok.isascii() or is_latin(tok)
    # "al-Waer", "ez-Zor": a lower-case Arabic article joined to a capitalised name; "d'Ivoire",
    # "l'Aquila": an elided French or Italian article before one.
    head, sep, rest = tok.partition("-")
    if sep:
        return head in ARTICLES and rest[:1].isupper()
    # "eThekwini", "eSwatini", "uMhlathuze": a southern African name after its lower-case Nguni prefix.
    if _NGUNI_PREFIXED.match(tok):
        return True
    return len(tok) > 2 and tok[0] in "dl" and tok[1] in "'’" and tok[2].isupper()


_NGUNI_PREFIXED = re.compile(r"[eiu][A-Z][a-z]{3,}$")


_START = itemgetter(0)
_MENTION_START = attrgetter("start")


def tokenize(text: str) -> list[tuple[int, int, str]]:
    tokens = [(m.start(), m.end(), m[0]) for m in _TOKEN.finditer(text)]
    if "'" not in text and "’" not in text:
        return tokens                                   # no contraction or possessive to trim
    # (only the few tokens with an apostrophe visited, found from the apostrophes, not by a step per token; from the
    # last: deleting one leaves the earlier ones' places)
    marked = set()
    for mark in ("'", "’"):
        at = text.find(mark)
        while at >= 0:
            k = bisect_right(tokens, at, key=_START) - 1     # the last token starting at or before the apostrophe
            if k >= 0 and at < tokens[k][1]:
                marked.add(k)
            at = text.find(mark, at + 1)
    for k in sorted(marked, reverse=True):
        s, e, tok = tokens[k]
        if tok.endswith(_CONTRACTION_ENDINGS):
            del tokens[k]                               # "I've", "Don't"
        elif tok.endswith(_POSSESSIVE_ENDINGS) and len(tok) > 2:
            tokens[k] = (s, e - 2, tok[:-2])
    return tokens


def _joined(text: str, prev: tuple[int, int, str], nxt: tuple[int, int, str]) -> bool:
    """Whether two tokens can sit in one name: one space between, or "St. " style abbreviation."""
    gap = text[prev[1]:nxt[0]]
    if gap == " ":
        return True
    if gap == "&":
        return len(prev[2]) == 1 and len(nxt[2]) == 1   # initials joined by an ampersand: "J&K" (Jammu and Kashmir)
    # (also at a hyphenated word's end: "Minneapolis-St. Paul")
    return gap == ". " and prev[2].rpartition("-")[2] in NAME_ABBREVIATIONS


def _possessive_in_name(text: str, prev: tuple[int, int, str], nxt: tuple[int, int, str], gazetteer: Gazetteer) -> bool:
    """Whether two tokens with a possessive between them are one name the gazetteer knows: "King's Lynn", "Martha's
    Vineyard" (not "Syria's Idlib": an owner and its place)."""
    return text.startswith(("'s ", "’s "), prev[1]) and nxt[0] == prev[1] + 3 \
        and gazetteer.has_key(name_key(text[prev[0]:nxt[1]]))


def demonym_country(word: str, gazetteer: Gazetteer) -> str | None:
    """ISO code of the country a demonym names: "Syrian", "Palestinians" -> "SY", "PS"."""
    demonyms = gazetteer.demonyms
    country = demonyms.get(word)
    if country is None and word.endswith("s"):
        return demonyms.get(word[:-1])
    return country


def _sentence_initial(text: str, tokens: list, i: int) -> bool:
    if i == 0:
        return True
    # The three characters before the word: blank, or a sentence-end mark then blanks.
    before = text[max(0, tokens[i][0] - 3):tokens[i][0]].rstrip()
    if before and before[-1] in "-–—" and tokens[i][0] < _DATELINE_REACH:
        # "LANCASTER, Pa. — Reading scores rose": the story's first sentence opens after its dateline's dash
        return _dateline_end(text) == len(text[:tokens[i][0]].rstrip())
    return (not before or before[-1] in _SENTENCE_END_MARKS) and tokens[i - 1][2] not in NAME_ABBREVIATIONS


# How far into a report its dateline may end.
_DATELINE_REACH = 80
# A dateline's town in capitals at the report's start ("CAPE GIRARDEAU", "WINSTON-SALEM").
_DATELINE_TOWN = re.compile(r"[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,3}")


def _dateline_end(text: str) -> int:
    """Where the dateline opening a report ends (after its dash), or -1."""
    town = _DATELINE_TOWN.match(text)
    after = _DATELINE_AFTER.match(text, town.end()) if town else None
    return after.end() if after and after.group(1) is None else -1


def _datelined_at(text: str, name: str) -> bool:
    """Whether the report's dateline is this town's ("SHERMAN -", "SHERMAN, Texas -")."""
    return text.startswith(name.upper()) and _DATELINE_AFTER.match(text, len(name)) is not None


def _is_given_name(word: str, gazetteer: Gazetteer) -> bool:
    if "-" in word:                                     # "Kerry-Ann", "Ann-Christin" (not "Petion-Ville")
        return _is_given_name(word.split("-", 1)[0], gazetteer)
    return word[:1].isupper() and word not in DIRECTION_WORDS and word.lower() not in FUNCTION_WORDS \
        and gazetteer.is_first_name(word)


def _article_joined_town(m, gazetteer: Gazetteer) -> bool:
    """Whether a lone hyphenated word is the Arabic article joined to a town's name ("Al-Fasher", "El-Obeid"), not a
    given name ("Kerry-Ann"): a town of 10,000 people or more, however loosely read (a village's alternate name,
    "Al-Hilal" of Turkey's Hilal, stays a football club's)."""
    head, sep, _ = m.text.partition("-")
    return bool(sep) and head.lower() in ARTICLES and any(
        p.feature_class == "P" and p.population >= 10_000 for p, _ in gazetteer.matches(m.key))


def _ends_place_list(text: str, tokens: list, i: int) -> bool:
    """Whether token i closes a list of capitalised names ("X, Y and Z") that a locative word or "of" opens: "police in
    Woodstock and Sarnia said", "residents of Twickenham, Kew and Barnes wrote" are towns, not persons speaking."""
    if i < 3 or tokens[i - 1][2] not in ("and", "or"):
        return False
    j = i - 2
    while j > 0 and _capitalised(tokens[j][2]):
        gap = text[tokens[j - 1][1]:tokens[j][0]]
        if gap not in (" ", ", "):
            return False
        if gap == " " and (tokens[j - 1][2].lower() in LOCATIVE_WORDS or tokens[j - 1][2] == "of"):
            return True
        j -= 1
    return False


def _strict_matches(key: str, gazetteer: Gazetteer) -> list[Place]:
    """The places a key names exactly (not only loosely)."""
    return [p for p, loose in gazetteer.matches(key) if not loose]


def _is_named_country_or_state(key: str, strict: list[Place]) -> bool:
    """A country, continent or first-level area that bears this very name ("China", "Michigan"), not
    one that an alias or code happens to spell so ("No" for Nord-Ouest). strict: the key's
    _strict_matches."""
    return any(p.feature_code in ("PCLI", "CONT") or p.feature_code == "ADM1" and name_key(p.name) == key
               for p in strict)


def _agency_after_dateline_town(text: str, m: Mention, gazetteer: Gazetteer) -> bool:
    """Whether a country's or state's name in the slot after a dateline's town is the wire's credit: the town's
    country or state would hold the town, and no place the slot's name names holds any the town's name names
    ("SANAA, Saba -": Yemen's agency, not the island of Saba)."""
    if not (_TOWN_SLOT_AFTER.match(text, m.end) and (text[m.end] == ")") == (text[m.start - 1] == "(")):
        return False
    town = _TOWN_SLOT_BEFORE.search(text, max(0, m.start - 64), m.start)
    if town is None:
        return False
    towns = _strict_matches(name_key(town.group(1)), gazetteer)
    areas = [p for p in _strict_matches(m.key, gazetteer) if p.feature_code.startswith("PCL") or p.feature_code == "ADM1"]
    return bool(towns) and bool(areas) and not any(
        a.country_code == t.country_code and (a.feature_code != "ADM1" or a.admin1 == t.admin1)
        for a in areas for t in towns)


def _is_country(word: str, gazetteer: Gazetteer) -> bool:
    """Whether a word is a country's own name ("Niger", "Mozambique")."""
    key = name_key(word)
    return any(p.feature_code == "PCLI" and name_key(p.name) == key for p in _strict_matches(key, gazetteer))


def _country_ends_at(text: str, tokens: list, j: int, gazetteer: Gazetteer) -> bool:
    """Whether tokens[j] ends a country's own name of up to three words: "Niger", "Burkina Faso", "South Sudan"."""
    for first in range(j, max(-1, j - 3), -1):
        if _is_country(text[tokens[first][0]:tokens[j][1]], gazetteer):
            return True
        if first > 0 and text[tokens[first - 1][1]:tokens[first][0]] != " ":
            break
    return False


# How far from its town's point a named quarter of it lies, at most ("Port-au-Prince's Cité Soleil": 5 km).
_QUARTER_KM = 25.0


def _area_holds(text: str, tokens: list, j: int, places: list[Place], gazetteer: Gazetteer) -> bool:
    """Whether tokens[j] ends the name (of up to three words) of a country or a first-level area that holds an area
    among places, or (a first-level area) a town: "Manipur" for Imphal West, "Congo" for North Kivu, "Cabo Delgado" for
    Macomia, and a region of its own: "Antioquia" for Bajo Cauca (not "Mosul" for its Old City: a town holds no area;
    nor "Moscow" for its Sheremetyevo airport, a part of the town), and a town a named quarter of its own that lies in
    it: "Port-au-Prince" for Cité Soleil (a section of a town, GeoNames' PPLX, within _QUARTER_KM of it)."""
    quarters = [q for q in places if q.feature_code == "PPLX"]
    for first in range(j, max(-1, j - 3), -1):
        owners = [o for o in _strict_matches(name_key(text[tokens[first][0]:tokens[j][1]]), gazetteer)
                  if o.feature_code in ("PCLI", "ADM1") or quarters and o.feature_class == "P"]
        if any(q.country_code == o.country_code and q != o
               and (q.feature_class in ("A", "L") and (o.feature_code == "PCLI" or q.admin1 == o.admin1)
                    or q.feature_class == "P" and o.feature_code == "ADM1" and q.admin1 == o.admin1
                    or q.feature_code == "PPLX" and o.feature_class == "P"
                    and haversine_km(q.lat, q.lon, o.lat, o.lon) <= _QUARTER_KM)
               for o in owners for q in places):
            return True
        if first > 0 and text[tokens[first - 1][1]:tokens[first][0]] != " ":
            break
    return False


def _capital_for_government(first: str, joined_before: bool, surnames: set[str], facts: _NameFacts) -> bool:
    """A country's capital by its very name, standing for its government ("Moscow said"), not a person told of before
    nor the end of a longer name ("Radio Pyongyang said"). facts: the name's _NameFacts."""
    return not joined_before and first not in surnames and facts.capital_by_name


def _is_major_place(strict: list[Place], population: int = 1_000_000) -> bool:
    """A country, a first-level area or a big city: "Jordan" is kept even if a Jordan spoke (a big
    county is none: "Clark" for Clark County). strict: the name's _strict_matches."""
    return any(p.feature_code in ("PCLI", "CONT") or p.population >= population and p.feature_class == "P"
               or p.feature_code == "ADM1" and p.population >= 200_000
               for p in strict)


# Words after a last name that are no part of it: "Jamez J. Webb II", "Juan Pacheco Jr.".
_NAME_SUFFIXES = frozenset("Jr Sr II III IV".split())
# Filipino family names' joined particles ("Juan dela Cruz", "Kian delos Santos"): no place is written so in lower case,
# so the name after one is a family name (Spanish places' "de la", "de los" are two words: "Mar de la Plata")
_SURNAME_PARTICLES = frozenset("dela delos".split())
# Words before a name that say it is a person's, whatever its first name: "35-year-old Areial LaSalle", "identified
# the victim as Jamaal Grimes".
# ... and words after one that make it a person's home: "a 35-year-old Old Metairie man".
_HOME_OF_AFTER = re.compile(r"\s+(?:man|woman|men|women|boy|girl|teen|teenager|resident|residents|native|couple|family)\b")
_PERSON_BEFORE = re.compile(r"(?:\d-year-old|\bidentified(?:\s+(?:the|a)\s+(?:victim|suspect|man|woman|shooter|driver)"
                            r"|\s+(?:him|her|them))?\s+as)\s$")


def _told_a_person_before(text: str, start: int) -> bool:
    """Whether the words before start say a person's name follows (_PERSON_BEFORE): "35-year-old Areial LaSalle"."""
    return text.endswith(("-year-old ", " as "), 0, start) \
        and _PERSON_BEFORE.search(text, max(0, start - 40), start) is not None


def _name_initial(text: str, tokens: list, i: int, gazetteer: Gazetteer) -> bool:
    """Whether tokens[i], a word before ". ", is a person's initial: "J. Hartley" (not "W. Columbia": a compass letter,
    unless a name's word comes before it: "Tayan E. Williams")."""
    first = tokens[i][2]
    return len(first) == 1 and first.isupper() and (
        first not in "NSEW" or i > 0 and text[tokens[i - 1][1]:tokens[i][0]] == " "
        and tokens[i - 1][2].lower() not in FUNCTION_WORDS and _unknown_name_word(tokens[i - 1][2], gazetteer))


def _person_surnames(text: str, tokens: list, gazetteer: Gazetteer, aged: list[int],
                     before_capitals: list[int]) -> set[str]:
    """Last names of the people a text names as "<given name> <Name>", "<title> <Name>" or "<Name>, <age>,": a later
    "Hartley" or "Jones" on its own is that person, not a place (a hyphenated one's parts too: "Brown-Edwards").
    aged: _names_before_ages(text, tokens); before_capitals: the indices of the tokens opening with a capital that
    another such token follows, in order."""
    out = set()
    n = len(tokens)
    may_be_told = "-year-old" in text or "identified" in text
    # Only a word that starts with a capital can be a last name: look before those.
    # (and only after another: a given name, a title and an initial all open with a capital, so no other word before
    # one frames a person)
    for i in before_capitals:
        first = tokens[i][2]
        gap = text[tokens[i][1]:tokens[i + 1][0]]
        if gap != " " and gap != ". " or first == "Co":   # "Co Kerry": an Irish county's short form, not a given name
            continue
        # "Phil Hartley", "Dr. Hartley", "35-year-old Areial LaSalle", "J. Hartley"; but "... in Indiana. Austin
        # was ..." ends a sentence.
        # (a given name opens with a capital too: asked first, as most words before a capitalised one are in lower case)
        if not (gap == " " and first[0].isupper() and (_is_given_name(first, gazetteer) or may_be_told
                                                       and _told_a_person_before(text, tokens[i][0]))
                or first in PERSON_TITLES or gap == ". " and _name_initial(text, tokens, i, gazetteer)):
            continue
        # (the next word asked after the person's frame: most capitalised words have none before them)
        nxt = tokens[i + 1][2]
        if nxt in PLACE_WORDS or nxt in ORGANISATION_WORDS or nxt.lower() in HEADLINE_WORDS:
            continue
        # The name runs on to the last capitalised token: "Chiquita Raquel Henry".
        j = i + 1
        while j + 1 < n and (text[tokens[j][1]:tokens[j + 1][0]] == " " or len(tokens[j][2]) == 1 and
                             text[tokens[j][1]:tokens[j + 1][0]] == ". ") and tokens[j + 1][2][:1].isupper() \
                and tokens[j + 1][2] not in PLACE_WORDS and tokens[j + 1][2] not in ORGANISATION_WORDS \
                and tokens[j + 1][2].lower() not in HEADLINE_WORDS:     # "Gao And Ansongo"
            j += 1
        while j > i + 1 and tokens[j][2] in _NAME_SUFFIXES:
            j -= 1
        if not _HOME_OF_AFTER.match(text, tokens[j][1]):
            _add_surname(tokens[j][2], out)
    # "Damar Wilson, 29,": whatever the given name.
    for j in aged:
        if j > 0 and text[tokens[j - 1][1]:tokens[j][0]] == " " and tokens[j - 1][2][:1].isupper():
            _add_surname(tokens[j][2], out)
    return out


def _names_before_ages(text: str, tokens: list) -> list[int]:
    """The indices of the tokens an age follows ("Wilson" of "Damar Wilson, 29,")."""
    if "," not in text:
        return []
    ages = [m.start() for m in _AGE.finditer(text)]
    if not ages:
        return []
    ending_at = {t[1]: j for j, t in enumerate(tokens)}
    return [ending_at[end] for end in ages if end in ending_at]


# What a person named in full does, told right after the name: "Madison Carter scored 22 points", "Austin Gray
# testified" (a town of two words scores nothing; its teams are told by the town's name alone, "Sun Prairie beat").
# (or a student athlete's class told after the name: "Helena Brooks, a senior forward,")
_PERSON_DEED_AFTER = re.compile(r" (?:scored|threw|rushed|caught|testified|pitched|ran for)\b"
                                r"|, an? (?:senior|junior|sophomore|freshman|redshirt)\b")
# Two capitalised words joined by a blank, every such pair (overlapping: "Officer Dallas Reed").
# (no "\b" before it: the scan is twice as fast without; a pair inside a word, "Mc|Donald Smith", is passed over)
# (possessive: a letter [a-z]+ gave back could be neither the blank nor the word's end after it, and trying the lookahead
# at each one cost more than the scan; ~7k instructions a report)
_NAME_PAIR = re.compile(r"[A-Z][a-z]++(?= ([A-Z][a-z]++)\b)")
# (the first words of those and of _PERSON_AFTER's: only after one of them is either worth matching)
_PERSON_AFTER_OPENERS = frozenset("""scored threw rushed caught testified pitched ran was is were has had faces pleaded
pleads allegedly died fled admitted confessed surrendered""".split())
# A relative told by a given name after the kin word and a comma: "His wife, Charlotte,", "her daughters, Savannah
# and Aurora" (the names are the group's, not towns).
# (the names after a comma are matched, then the word before the comma asked: a regex opening with the kin words
# scans slowly)
_KIN_WORDS = frozenset("""wife husband son sons daughter daughters brother brothers sister sisters grandson grandsons
granddaughter granddaughters""".split())
_NAMES_AFTER_COMMA = re.compile(r", ([A-Z][a-z]+)(?: and ([A-Z][a-z]+))?\b")


# A lone name that does what only a person does, told right after it ("Welch went to a residence", "Lincoln lived to
# see", "St. Clair wants to"), or that a verb done only to people has for object ("charged a teenager with killing
# Welch", "he had stabbed Welch"): the person, where the report tells it so more often than it frames the name as a
# place (_lone_person_words).
# (not what a town's team or council does too: "Lincoln went 5-2", "visits Janesville", "Houston arrived", "Lincoln
# plans to"; "went to" only before a person's destination: "went to a residence", not "went to the state finals")
_LONE_PERSON_DEEDS = ("went to a ", "went to an ", "went to his ", "went to her ", "walked ", "lived ", "wants to ",
                      "wanted to ", "underwent ", "testified ", "spoke ", "wrote ")
_PERSON_ONLY_VERBS = ("killing", "killed", "murdering", "murdered", "shooting", "shot", "stabbing", "stabbed",
                      "strangled", "punched", "kicked", "charged")
_PERSON_ONLY_VERBS_SPACED = tuple(verb + " " for verb in _PERSON_ONLY_VERBS)     # (a cheap test before the regex)
# ... looked for by the stems they share first ("kill" before "killing " and "killed "): one scan, not two, of a
# text that holds neither
_PERSON_ONLY_VERB_GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = tuple(
    (stem, tuple(verb for verb in _PERSON_ONLY_VERBS_SPACED if verb.startswith(stem)))
    for stem in ("kill", "murder", "shooting ", "shot ", "stab", "strangled ", "punched ", "kicked ", "charged "))
assert sorted(verb for _, verbs in _PERSON_ONLY_VERB_GROUPS for verb in verbs) == sorted(_PERSON_ONLY_VERBS_SPACED)
# (the deeds' cheap test: "went to " asked once before its four deeds, "want" before its two, as most texts hold none)
_DEED_GROUPS = _by_stems(_LONE_PERSON_DEEDS, ("went to ", "want"))
_LONE_DEED_AFTER = re.compile(r"([A-Z][a-z]+) (?:" + "|".join(_LONE_PERSON_DEEDS) + ")")
_PERSON_VERB_BEFORE = re.compile(r"\b(?:" + "|".join(_PERSON_ONLY_VERBS) + r") ([A-Z][a-z]+)\b(?! [A-Z])")
# ... or his or hers after it and "and", or after the past verb that follows it ("Welch and his friend", "Custer
# divided his men"): a town's is "its" (not "entering Jenin because her presence").
_HIS_OR_HER_AFTER = re.compile(r"([A-Z][a-z]+) (?:and|[a-z]+ed) (?:his|her)\b")


def _lone_person_words(text: str, tokens: list, gazetteer: Gazetteer) -> set[str]:
    """The lone names a report tells as people's by what they do or undergo (_LONE_PERSON_DEEDS, _PERSON_ONLY_VERBS,
    _PERSON_AFTER, a his or her after them) more often than it frames them as places (a locative word
    before, ", <Capital>", a town's body or "man" after, its dateline): "charged a teenager with killing Welch ...
    Welch went to a residence" (not one such sentence in a report of "a Welch man", "Welch police", "WELCH, W.Va.").
    Never a country's or a state's name: "Turkey wants to" is its government."""
    told: dict[str, int] = {}
    found = []
    if _holds_one_of(text, _DEED_GROUPS):
        found += [(m.start(), m.group(1)) for m in _LONE_DEED_AFTER.finditer(text)]
    # (matched only where one of its verbs and a blank stand, found plainly: scanning the regex's alternation at every
    # character costs several times as much; no match can start inside another, so these are finditer's matches)
    # (a plain loop, not a generator per verb: most texts hold none of them)
    verb_starts = []
    for stem, verbs in _PERSON_ONLY_VERB_GROUPS:
        if stem not in text:
            continue
        for verb in verbs:
            at = text.find(verb)
            while at >= 0:
                verb_starts.append(at)
                at = text.find(verb, at + 1)
    for at in sorted(verb_starts):
        if m := _PERSON_VERB_BEFORE.match(text, at):
            found.append((m.start(1), m.group(1)))
    if " his " in text or " her " in text:
        found += [(m.start(), m.group(1)) for m in _HIS_OR_HER_AFTER.finditer(text)]
    for start, word in found:
        if _lone_at(text, start):
            told[word] = told.get(word, 0) + 1
    out = set()
    for word, count in told.items():
        if word in PLACE_WORDS or word in ORGANISATION_WORDS or word in PERSON_TITLES or word in DIRECTION_WORDS:
            continue
        places = 1 if _datelined_at(text, word) else 0
        for t in tokens:
            if t[2] != word:
                continue
            if _person_after(text, t[1]) and _lone_at(text, t[0]):
                count += 1
            elif _place_framed(text, t[0], t[1]):
                places += 1
        if count > places and not _is_named_country_or_state(key := name_key(word), _strict_matches(key, gazetteer)):
            out.add(word)
    return out


def _lone_at(text: str, start: int) -> bool:
    """Whether the name at start stands alone (no capitalised word of a longer name or a list before it) and no
    place's word frames it ("to Lincoln with his wife")."""
    if start == 0 or text[start - 1] != " ":
        return start == 0 or text[start - 1] in "\n\"“(‘'"
    cut = text.rfind(" ", 0, start - 1)
    word = text[cut + 1:start - 1]
    if word.lower() in LOCATIVE_WORDS or word == "of":
        return False
    if word in ("and", "or"):
        # the last of a list of names ("Residents of Twickenham, Kew and Barnes wrote"): the list's kind
        return not text[text.rfind(" ", 0, max(0, cut - 1)) + 1:cut][:1].isupper()
    return not word[:1].isupper() or word[-1:] in _SENTENCE_END_MARKS


def _place_framed(text: str, start: int, end: int) -> bool:
    """Whether the words around a name make it a place: a locative word before it, ", <Capital>", a town's body, its
    people or a part of it after it ("in Welch", "Welch, W.Va.", "Welch police", "a Welch man", "Lincoln's mayor").
    (not "of": "the death of Houston" as often as "residents of Houston")"""
    before = text[text.rfind(" ", 0, max(0, start - 1)) + 1:max(0, start - 1)].lower()
    return before in LOCATIVE_WORDS or _AREA_AFTER_COMMA.match(text, end) is not None \
        or _TOWN_BODY_AFTER.match(text, end) is not None or _HOME_OF_AFTER.match(text, end) is not None \
        or _TOWN_PART_AFTER.match(text, end) is not None or text.startswith(("'s mayor", "’s mayor"), end)


def _told_person_words(text: str, tokens: list, gazetteer: Gazetteer, aged: list[int]) -> set[str]:
    """The words of the names a text tells as a person's: with an age after them ("Hunter Wells, 19,", "Police said
    Tyler, 20,"), a title before a given name and surname ("Officer Dallas Reed", "Coach Tyler Banks"), what a person
    does after them ("Madison Carter scored", "Paris Whitaker told"), or a relative's given name ("his wife,
    Charlotte,"): a later lone "Hunter", "Dallas" or "Madison" is that person too, whatever town bears the name.
    aged: _names_before_ages(text, tokens)."""
    out = set()
    # "<title> <given name> <surname>" and "<given name> <surname> <deed>": both words.
    for m in _NAME_PAIR.finditer(text):
        given, last = m.group(), m.group(1)
        start, end = m.start(), m.end(1)
        if start and text[start - 1].isalpha() or last in PLACE_WORDS or last in ORGANISATION_WORDS \
                or last in DIRECTION_WORDS or last in PERSON_TITLES:
            continue
        # (plain string work, not a regex per pair: a long report has scores of capitalised pairs)
        title = text[text.rfind(" ", max(0, start - 20), start - 1) + 1:start - 1].rstrip(".") \
            if text[start - 1:start] == " " else ""
        after = text[end + 1:end + 16].partition(" ")[0].rstrip(".,;:") if text[end:end + 1] == " " else ""
        told = title in PERSON_TITLES or after in SPEECH_VERBS \
            or (after in _PERSON_AFTER_OPENERS or text.startswith(("'s ", "’s ", ", a"), end)) \
            and (_PERSON_DEED_AFTER.match(text, end) or _person_after(text, end))
        # (the gazetteer asked last: most capitalised pairs have no such frame)
        if told and _is_given_name(given, gazetteer):
            out.update((given, last))
    out |= _lone_person_words(text, tokens, gazetteer)
    for m in _NAMES_AFTER_COMMA.finditer(text):
        if text[max(0, m.start() - 16):m.start()].rpartition(" ")[2] in _KIN_WORDS:
            out.update(name for name in m.groups() if name and _is_given_name(name, gazetteer))
    for j in aged:
        # back over the name's given name and surname joined by a blank (no further: a blotter's town may open the
        # line, "Aberdeen Krista Yeager, 28,")
        for j in range(j, max(j - 2, -1), -1):
            word = tokens[j][2]
            if not word[:1].isupper() or word.isupper() or word in PLACE_WORDS or word in ORGANISATION_WORDS \
                    or word in PERSON_TITLES:
                break
            out.add(word)
            if j == 0 or text[tokens[j - 1][1]:tokens[j][0]] != " ":
                break
    return out


def _add_surname(last: str, out: set[str]) -> None:
    if last in PLACE_WORDS or last in ORGANISATION_WORDS or last.isupper() or not last[:1].isupper():
        return
    out.add(last)
    if "-" in last:
        out.update(part for part in last.split("-") if part[:1].isupper())


def _occurrences(text: str, name: str) -> list[int]:
    """Where name starts in text, each time."""
    found, at = [], text.find(name)
    while at >= 0:
        found.append(at)
        at = text.find(name, at + 1)
    return found


def find_mentions(text: str, gazetteer: Gazetteer, streets_out: list | None = None) -> list[Mention]:
    """Gazetteer names, state abbreviations and demonyms in a text; the street names found on the way
    are added to streets_out when given."""
    tokens = tokenize(text)
    mentions: list[Mention] = []
    taken: set[int] = set()
    party_hyphen = _holds_party_hyphen(text)            # (asked once: two patterns need one)
    # (each pattern only where its cheap test says it may match)
    for pattern, may_match in ((_STATE_ABBREVIATION, _STATE_ABBREVIATION_GATE.search(text)),
                               (_DOTTED_STATE, _holds_dotted_form(text)), (_PARTY_STATE, party_hyphen)):
        if not may_match:
            continue
        for m in pattern.finditer(text):
            if m.start() not in taken:
                taken.add(m.start())
                mentions.append(Mention(m.start(), m.end(), m.group(), m.group(), "abbreviation",
                                        AREA_ABBREVIATIONS[m.group(1)]))
    if party_hyphen:
        for m in _PARTY_TOWN.finditer(text):
            key = name_key(m.group(1))
            if m.start(1) not in taken and gazetteer.has_key(key) and key not in NEVER_TOPONYMS:
                mentions.append(Mention(m.start(1), m.end(1), m.group(1), key))
                # (the party's token and the town's are read here only: "R-Cape" is no name of its own)
                taken.update(t[0] for t in tokens if m.start() <= t[0] < m.end())
    aged = _names_before_ages(text, tokens)             # (asked once: both readers of people's names need it)
    # The tokens not in lower case (the only ones that may be capitalised or open with a capital), picked out by C
    # loops, not a Python step per token: most tokens are in lower case.
    n = len(tokens)
    unlowered = list(compress(range(n), map(not_, map(str.islower, map(itemgetter(2), tokens)))))
    caps = [False] * n
    capitalised = []                                    # the capitalised tokens' indices, in order
    before_capitals = []                                # those of the tokens opening with a capital before another
    last_capital = -2                                   # the last token opening with a capital so far
    for i in unlowered:
        tok = tokens[i][2]
        if tok[0].isupper():
            # (an ASCII word opening with a capital is capitalised: asked here, not in a call per token)
            caps[i] = tok.isascii() or _capitalised(tok)
            if last_capital == i - 1:
                before_capitals.append(i - 1)
            last_capital = i
        else:
            caps[i] = _capitalised(tok)
        if caps[i]:
            capitalised.append(i)
    surnames = _person_surnames(text, tokens, gazetteer, aged, before_capitals)
    told_people = _told_person_words(text, tokens, gazetteer, aged)
    parties = set(_PARTY_NAME.findall(text)) if " party" in text else set()
    # (the last word too: "West Nile cases", where "Nile" is the name read)
    pathogens = {name_key(part) for name in _PATHOGEN_NAME.findall(text) for part in {name, name.rsplit(" ", 1)[-1]}} \
        if holds_a_word(text, _PATHOGEN_NAME_GATE) else set()
    militias = {name_key(name) for name in _MILITIA_NAME.findall(text)} if " militia" in text else set()
    # (most reports name no airfield; each airfield word holds "air")
    airfield_words = "air" in text and holds_a_word(text, _AIRFIELD_WORDS)
    resume = 0                                          # tokens before this one are in a found name
    spelt_framed: set[str] = set()                      # names read by their spelling key so far
    for i in capitalised:
        s, e, tok = tokens[i]
        if i < resume or s in taken or text[e:e + 1].isdigit():
            continue                                    # (a word glued to digits is a brand's: "Kurdistan24")
        # "Pan American Health Organization", "Pan African Parliament": a continent-wide body, not the country.
        if text.endswith("Pan ", 0, s):
            continue
        # The longest run of joined name-like tokens from here (capitalised, or connectors inside).
        # (the next token's kind asked before the gap between: most tokens after a name are lower-case words)
        j = i + 1
        while j < n and j - i < MAX_TOKENS and (
                _joined(text, tokens[j - 1], tokens[j]) or _possessive_in_name(text, tokens[j - 1], tokens[j], gazetteer)
                if caps[j] else tokens[j][2] in CONNECTORS and _joined(text, tokens[j - 1], tokens[j])):
            j += 1
        if j > i + 1 and "-" in tokens[j - 1][2] and \
                (whole := _name_before_compound_tail(text, tokens, i, j, gazetteer)) is not None:
            mentions.append(whole)
            resume = j
            continue
        # (the hyphen found plainly first: a run's tokens are joined by blanks, so most runs hold none)
        if j > i + 1 and text.find("-", s, tokens[j - 1][1]) >= 0 \
                and _HYPHEN_BEFORE_NAME.search(text, s, tokens[j - 1][1]):
            # "Dallas-Fort Worth", "Pine River-Backus", "Japan-South Korea": places joined by a hyphen, one of several
            # words (the tokenizer keeps "Dallas-Fort" one word): each place read whole, as in one hyphenated word
            run_text = text[s:tokens[j - 1][1]]
            names = _compound_names(run_text, gazetteer)
            # (the run opening with a place's name: not "USA TODAY NETWORK-Wisconsin", whose run is read as ever, nor
            # "The Bend-La Pine School Board", read from its next word)
            parts = _compound_parts(s, run_text, gazetteer, surnames, names) if len(names) > 1 and gazetteer.has_key(
                name_key(names[0][1])) and tok.lower() != "the" else []
            if parts:
                mentions += parts
                resume = next((k for k in range(i, j) if tokens[k][0] >= parts[-1].end), j)
                continue
        run = _run_reading(text, tokens, caps, i, j, _airfield_tail(text, tokens, j) if airfield_words else (),
                           gazetteer)
        if run is not None and run[1] is not None:
            # A demonym of several words: "Sri Lankan", "South Africans", "New Zealander".
            k = i + run[0]
            phrase = text[s:tokens[k - 1][1]]
            mentions.append(Mention(s, tokens[k - 1][1], phrase, name_key(phrase), "demonym", run[1],
                                    qualifier=_names_attacker(text, tokens[k - 1][1])))
            resume = k
            continue
        match = (i + run[0], text[s:tokens[i + run[0] - 1][1]], run[2], False) if run is not None else None
        # (a word no name of the run is known as: its demonym's country asked once, before its frame, as a demonym
        # is read as written)
        country = demonym_country(tok, gazetteer) if match is None else None
        if match is None and country is None and (_spelling_frame(text, tokens, i, j)
                                                   or spelt_framed and name_key(tok) in spelt_framed):
            # no name of the run is known as written: one spelt otherwise ("near Makhmour" for Makhmur), the longest;
            # only where a preposition frames it as a place (a capitalised word elsewhere is a person's or an
            # organisation's name, or an English word, far more often), or the report framed it so before ("in
            # Woldiya ... Woldiya General Hospital")
            match = _spelt_otherwise(text, tokens, caps, i, j, gazetteer)
            if match is not None:
                spelt_framed.add(match[2])
        if match is None:
            if j - i > 2 and country is None and (tail_at := _unknown_name_s_particle_tail(tokens, caps, i, j)):
                # "the Complexo da Maré", "the Village de Dieu neighbourhood": a name the gazetteer lacks carried on by
                # a particle; the name after it is part of the whole (no Magé for "Maré"), unless a country's, a
                # province's or a great city's ("Tour de France", "Universidad de Antioquia")
                tail = _run_reading(text, tokens, caps, tail_at, j, (), gazetteer)
                if tail is not None and tail[2] is not None and \
                        not _is_major_place(_strict_matches(tail[2], gazetteer)):
                    resume = j
                    continue
            if country:
                mentions.append(Mention(s, e, tok, name_key(tok), "demonym", country, qualifier=_names_attacker(text, e)))
            elif "-" in tok:
                parts = _hyphenated_word_parts(s, tok, gazetteer, surnames,
                                               text.startswith((" road", " highway", " Road", " Highway"), e))
                if parts and i and _outlet_edition(text, tokens, caps, i, i + 1, gazetteer):
                    for part in parts:
                        part.in_a_name = True              # "CBC Kitchener-Waterloo"
                mentions += parts
            continue
        k, span_text, key, spelt = match
        if k > i + 1 and tokens[k - 1][2] == "City" and (town := _town_of_city_body(text, tokens, i, k, gazetteer)):
            k, span_text, key = k - 1, town, name_key(town)
        if k < j and _name_goes_on(tokens, i, k, j):
            # "Bab al-Tabbaneh", "Palacio de Bellas Artes", "Gare du Midi": an article or a particle carries the name on
            # past the part the gazetteer knows, which is then no reading of it (no "Bab" in Syria for Tripoli's
            # quarter), nor is its remainder (up to the name's last word: "the Ain al-Hilweh Palestinian camp");
            # the whole name, framed as a place, may be one spelt otherwise ("near Abu al-Dhuhur", not "Abu")
            whole = _spelt_otherwise(text, tokens, caps, i, j, gazetteer) if _spelling_frame(text, tokens, i, j) \
                else None
            if whole is None or whole[0] <= k:
                resume = k + 1 if tokens[k][2] not in _NAME_PARTICLES else j
                continue
            k, span_text, key, spelt = whole
        if k < j and j < n and tokens[j][2] in _LOCALITY_WORDS and text[tokens[j - 1][1]:tokens[j][0]] == " " and \
                all(caps[i:j]) and not _is_named_country_or_state(
                    rest := name_key(text[tokens[k][0]:tokens[j - 1][1]]), _strict_matches(rest, gazetteer)):
            # "Let Pan Hla village", "Kyauk Ta Lone village": a village the gazetteer lacks, named by the whole run (not
            # the "Let Pan" elsewhere that opens it; but "the Western Alaska village" is in Alaska)
            resume = j
            continue
        country = demonym_country(tok, gazetteer) if k == i + 1 else None
        if country and not any(p.country_code == country and p.feature_code == "PCLI"
                               or p.feature_code == "ADM1" and _AREA_WORD_AFTER.match(text, e)
                               for p in _strict_matches(key, gazetteer)):
            # "Canadian", "Somali": the people of a country, not a Texas town or an Ethiopian region, unless an area
            # word says the region is meant ("Ethiopia's Somali region", "the Somali and Afar regions").
            mentions.append(Mention(s, e, tok, name_key(tok), "demonym", country, qualifier=_names_attacker(text, e)))
            continue
        if key in NEVER_TOPONYMS and not (k == i + 1 and tok in _KIND_WORDS):
            continue                                    # ("May", "Thursday": _keep's first filters drop it, see there)
        mention = Mention(s, tokens[k - 1][1], span_text, key, spelt=spelt,
                          qualifier=_actor_tail_after(text, tokens[k - 1][1]))
        if _keep(text, tokens, i, k, mention, gazetteer, surnames, parties, pathogens, militias, told_people):
            # (its frame asked only of a mention kept: _keep reads no .spelt)
            mention.spelt = spelt or _spelling_frame(text, tokens, i, k)
            mention.in_a_name = mention.in_a_name or i > 0 and _outlet_edition(text, tokens, caps, i, k, gazetteer)
            mentions.append(mention)
            resume = k
    if holds_a_word(text, _SHIP_KINDS):
        # (each time the report names it, save after a place's preposition: "in Novorossiysk" is the port)
        spans = [(at, at + len(name)) for name in set(_SHIP_NAME.findall(text)) for at in _occurrences(text, name)
                 if not text.endswith(_PLACE_PREPOSITION_BEFORE, 0, at)]
        if spans:
            mentions = [m for m in mentions if not any(s <= m.start and m.end <= e for s, e in spans)]
    # A place name inside a street's ("Memphis Street", "Clinton Street") is the street's.
    gate_word = _STREET_OR_TOWNSHIP_WORD.search(text)     # (asked once: streets' and townships' tests need it)
    streets = find_streets(text, gate_word.start() if gate_word else -1)
    if streets_out is not None:
        streets_out += streets
    if streets:
        # ... save a town the whole "X Crossing" names ("Fitzroy Crossing", a Kimberley town): the town, not a road
        # in one (a "Church Street" or "River Road" that some suburb is named after stays the street)
        spans = {(st.start, st.end) for st in streets if st.text.endswith(" Crossing")}
        towns = {(m.start, m.end) for m in mentions if (m.start, m.end) in spans and any(
            p.feature_class == "P" and p.population for p in gazetteer.candidates(m.text))}
        streets = [st for st in streets if (st.start, st.end) not in towns]
        if streets_out is not None:
            streets_out[:] = [st for st in streets_out if (st.start, st.end) not in towns]
        # (not a place joined to another by a hyphen: "the Dallas-Fort Worth Turnpike" runs between them)
        mentions = [m for m in mentions if m.kind == "abbreviation" or (m.start, m.end) in towns
                    or text[m.end:m.end + 1] == "-" or text[m.start - 1:m.start] == "-" and m.start > 0
                    or not any(st.start <= m.start and m.end <= st.end for st in streets)]
    quarter_words = streets_out is not None and holds_a_word(text, _QUARTER_WORDS)
    if quarter_words:
        # a town's quarter or camp the gazetteer lacks, told by its kind ("the Kutupalong refugee camp"), placed at
        # its town as a street is
        streets_out += [q for q in find_quarters(text) if not any(
            o.start < q.end and q.start < o.end for o in (*mentions, *streets))]
    if streets_out is not None and ", " in text:
        # "a district of Tondo, Manila", "in Lyari, Karachi": a name the gazetteer lacks, a comma and a town it knows,
        # after a place's preposition: a part of that town (placed only there: Geoparser._streets)
        starts = {m.start: m.end for m in mentions if m.kind == "name"}
        streets_out += [q for q in _quarters_of_towns(text, starts, gazetteer) if not any(
            o.start < q.end and q.start < o.end for o in (*mentions, *streets, *streets_out))]
    if streets_out is not None and (holds_a_word(text, _TOWN_PART_OTHER_WORDS)
                                    or quarter_words and holds_a_word(text, _TOWN_PART_QUARTER_WORDS)):
        # "Kabul's Shar-e Naw district", "the Abu Salim district of Tripoli", "the Tivoli Gardens community of West
        # Kingston": a quarter or market the gazetteer lacks, told with its town (placed only there: Geoparser._streets)
        towns = [(m.start, m.end) for m in mentions if m.kind == "name"]
        parts = _parts_of_towns(text, towns)
        if parts:
            # (a country owns no town's part: "Kenya's Turkana community" stays the gazetteer's; asked only here, as
            # most reports have none)
            parts = _parts_of_towns(text, [(m.start, m.end) for m in mentions if m.kind == "name"
                                           and not _is_country(m.text, gazetteer)])
        # a gazetteer name inside the quarter's ("Kabul's Khair Khana area": no Khana abroad), or the whole name of a
        # community ("the Linden community of Columbus": no Linden, N.J.), is the quarter's
        names_in = {id(m) for q in parts for m in mentions if m.kind == "name" and q.start <= m.start and m.end <= q.end
                    and (m.end - m.start < q.end - q.start or q.code == "town community")}
        if names_in:
            mentions = [m for m in mentions if id(m) not in names_in]
        streets_out += [Mention(q.start, q.end, q.text, q.key, "street", "town") for q in parts if not any(
            o.start < q.end and q.start < o.end for o in (*mentions, *streets, *streets_out))]
    if gate_word and holds_a_word(text, _LOCAL_PART_GATE):
        mentions = _local_part_names(text, mentions)
    return sorted(mentions, key=_MENTION_START)


# An American township's whole name, with its "Upper"/"Lower" ("Lower Merion Township", "Brick Township", "BETHLEHEM
# TWP."), and an "Upper"/"Lower" place ("Upper Darby"): one place, which the gazetteer mostly lacks; never the bare
# name inside it alone ("Merion" is a far Marion's alternate name). The resolver reads the bare name only loosely
# (Resolver._candidates), and it stands only beside the report's other places (Geoparser._far_local_parts).
_LOCAL_PART_GATE = ("Township", "TOWNSHIP", "Twp", "TWP", "Upper ", "Lower ", "UPPER ", "LOWER ")
_STREET_OR_TOWNSHIP_WORD = re.compile(_by_first_letter(sorted({*_STREET_TYPES.split("|"), *_ROAD_WORDS, *_STREET_OPENERS,
                                                               *map(re.escape, _LOCAL_PART_GATE)})))
_UPPER_LOWER = r"(?:Upper|Lower|UPPER|LOWER) "
_TOWNSHIP_NAME = re.compile(r"\b((?:" + _UPPER_LOWER + r")?[A-Z][\w'’]*(?: [A-Z][\w'’]*)?) (?:Township|TOWNSHIP|Twp|TWP)\b")
# (a township's word at a name's end, its short form with its full stop or not)
_TOWNSHIP_AT_END = r"(?:Township|TOWNSHIP|Twp\.?|TWP\.?)$"
# A township's word at a name's end, or a borough's or a village's (as Pennsylvania and New York name them:
# "Doylestown Borough", "Freeport Village"), or the "Upper"/"Lower" of a place by (or part of) a namesake ("Upper
# Darby"): what the resolver and the geoparser strip to read a township as the town of its bare name
LOCAL_PART_WORDS = re.compile("^" + _UPPER_LOWER + r"|\s(?:Borough|BOROUGH|Village|VILLAGE)$|\s" + _TOWNSHIP_AT_END)
_UPPER_LOWER_BEFORE = re.compile(_UPPER_LOWER + "$")


def _local_part_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """mentions, a township's or an "Upper"/"Lower" place's whole name in place of the names inside it."""
    spans = []
    for m in _TOWNSHIP_NAME.finditer(text):
        s, name = m.start(1), m.group(1)
        first, sep, rest = name.partition(" ")
        if sep and first.capitalize() not in DIRECTION_WORDS and (
                first.lower() in FUNCTION_WORDS or first.lower() in NEVER_TOPONYMS or first in PERSON_TITLES
                or first in ORGANISATION_WORDS):
            s, name = s + len(first) + 1, rest       # "The Brick Township council", "Mayor Clinton Township"
        elif not sep and (first.lower() in FUNCTION_WORDS or first.lower() in NEVER_TOPONYMS):
            continue                                 # "The Township Committee": no township's name
        spans.append((s, m.end()))
    for m in mentions:
        if m.kind == "name" and _UPPER_LOWER_BEFORE.search(text, max(0, m.start - 6), m.start) \
                and not any(s <= m.start < e for s, e in spans):
            spans.append((m.start - 6, m.end))       # "Upper Darby" ("Upper " and "Lower " are six characters)
    spans += _told_again(text, spans)
    for s, e in spans:
        if any(o.start <= s and e <= o.end for o in mentions):
            continue                                 # known whole ("Cranberry Township")
        if text.startswith("Township", e - 8) and any(o.kind == "name" and o.start == s and o.end == e - 9
                                                      for o in mentions):
            continue                                 # a town's "Township" after its name: the town ("Monywa Township")
        whole = text[s:e]
        mentions = [o for o in mentions if not (o.kind == "name" and s <= o.start and o.end <= e)]
        mentions.append(Mention(s, e, whole, name_key(whole)))
    return mentions


_TOWNSHIP_WORD = re.compile(" " + _TOWNSHIP_AT_END)


def _told_again(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans where a township's or an "Upper"/"Lower" place's name found at spans is told again elsewhere,
    capitalised or in capitals, whole or, if of two words or more, without "Township": "UPPER DARBY —" and "from Upper
    Darby" beside "Upper Darby police", "Lower Saucon fire crews" and "Credit River officials" beside "... Township"
    (the recognizer finds no bare name there, or a far town's, as "Darby" told alone)."""
    forms = set()
    for s, e in spans:
        whole = text[s:e]
        forms |= {whole, whole.upper()}
        if (bare := _TOWNSHIP_WORD.sub("", whole)) != whole and " " in bare:
            forms |= {bare, bare.upper()}
    out = []
    for form in forms:
        at = text.find(form)
        while at >= 0:
            end = at + len(form)
            if not (text[at - 1:at].isalnum() or text[end:end + 1].isalnum()) and not any(
                    s < end and at < e for s, e in (*spans, *out)):
                out.append((at, end))
            at = text.find(form, end)
    return out


# Lower-case words after a name that make it a part of a town, or a camp by one: "the Kutupalong refugee camp", "the
# Martissant neighbourhood" (not "district", "village": an area or a village may lie far from the report's town).
_QUARTER_WORDS = ("neighbourhood", "neighborhood", "quarter", "slum", "favela", "shantytown", "camp")
# (found from the kind's word back: a name and an article or a preposition ending where the word's blank starts)
_QUARTER_WORD = re.compile(r"(?<= )(?:" + "|".join(_QUARTER_WORDS) + r")s?\b")
_QUARTER_NAME_BEFORE = re.compile(r"\b(?:the|in|at)\s+(" + _STREET_WORD + r"(?:\s+" + _STREET_WORD + r"){0,2})"
                                  r"\s+(?:(?:refugee|displacement|IDP)\s+)?$")
# A quarter's name before the comma of its town, after a place's preposition (looked for before each town's comma)
_QUARTER_BEFORE_TOWN = re.compile(r"\b(?:in|at|of|near)\s+(" + _STREET_WORD + r"(?:\s+" + _STREET_WORD + r"){0,2})$")


# What follows the town after a quarter's name: the clause goes on or ends, maybe after a day or the town's country
# ("Tondo, Manila, on Sunday", "Balintawak, Quezon City Wednesday", "Greenlane, Auckland, New Zealand, in"), no list
# ("classes at Glacier Ridge, Deer Run and Thomas schools").
_CLAUSE_GOES_ON = r"(?:[.;:)]|,? (?!and\b|or\b)[a-z])"
_TOWN_CLOSES_CLAUSE = re.compile(r"(?:, [A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}| (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)?"
                                 + _CLAUSE_GOES_ON)


def _quarters_of_towns(text: str, towns: dict[int, int], gazetteer: Gazetteer) -> list[Mention]:
    """Unknown names before a comma and a town's name (towns: the starts and ends of names found) that closes its
    clause, kind "street", code "town": placed at that town or nowhere. No person's ("of Maria Cruz, Manila")."""
    out = []
    for start, end in towns.items():
        if not text.startswith(", ", start - 2) or not _TOWN_CLOSES_CLAUSE.match(text, end):
            continue
        m = _QUARTER_BEFORE_TOWN.search(text, max(0, start - 60), start - 2)
        if m is None:
            continue
        s, name = m.start(1), m.group(1)
        first = name.split(" ", 1)[0]
        if first in _STREET_NOT_FIRST or first.lower() in NEVER_TOPONYMS or first in _CALENDAR_WORDS \
                or _is_given_name(first, gazetteer) or first in PERSON_TITLES:
            continue
        out.append(Mention(s, s + len(name), name, name_key(name), "street", "town"))
    return out


# A town's part told by its kind's word and its town, as its owner or after "of": "Kabul's Shar-e Naw district", "Dhaka's
# old Chawkbazar area", "Kampala's Owino market", "the Gwange area of Maiduguri" (a district or an area told alone may
# lie far from the report's town: not placed without its town)
# (not a hospital's or another building's name: no toponym, "Rome's Gemelli hospital")
_TOWN_PART_WORDS = (" district", " area", " market", " bazaar", " neighbourhood", " neighborhood", " quarter", " slum",
                    " camp", " community")
# (those a text holds only if it holds one of _QUARTER_WORDS, which find_mentions has asked before: not asked again of
# a text that holds none, as most hold none)
_TOWN_PART_QUARTER_WORDS = tuple(word for word in _TOWN_PART_WORDS if any(q in word for q in _QUARTER_WORDS))
_TOWN_PART_OTHER_WORDS = tuple(word for word in _TOWN_PART_WORDS if word not in _TOWN_PART_QUARTER_WORDS)
_TOWN_PART_WORD = r"(?:district|area|market|bazaar|neighbou?rhood|quarter|slum|camp|(community))\b"
# (a community of a faith or a people is none of a town's parts: "the Jewish community of Rome"; a demonym's,
# "the Somali community of Minneapolis", is a demonym found)
_FAITHS_AND_PEOPLES = frozenset("""Jewish Muslim Christian Catholic Hindu Sikh Buddhist Orthodox Protestant Evangelical
Coptic Sunni Shia Shiite Alawite Druze Yazidi Amish Mennonite Hispanic Latino Latina Black White Asian Arab Gay LGBT LGBTQ
Roma Jain Bahai Baha'i Baháʼí Ismaili Ahmadi Armenian Kurdish Indigenous Aboriginal Deaf""".split())
_PART_OWNED_AFTER = re.compile(r"['’]s\s+(?:[a-z]+\s+)?(" + _STREET_WORD + r"(?:\s+" + _STREET_WORD + r"){0,2})\s+" +
                               _TOWN_PART_WORD)
_PART_OF_TOWN_BEFORE = re.compile(r"\bthe\s+(" + _STREET_WORD + r"(?:\s+" + _STREET_WORD + r"){0,2})\s+" + _TOWN_PART_WORD +
                                  r"\s+of\s+(?:(?:West|East|North|South|Central)\s+)?$")
# (the town's side may stand between "of" and the town: "the Tivoli Gardens community of West Kingston")
_TOWN_SIDES = (" of ", " of West ", " of East ", " of North ", " of South ", " of Central ")


def _parts_of_towns(text: str, towns: list[tuple[int, int]]) -> list[Mention]:
    """Unknown names of a town's quarter or market told with that town (towns: the starts and ends of names
    found), kind "street", code "town": placed at that town or nowhere."""
    out = []
    for start, end in towns:
        m = _PART_OWNED_AFTER.match(text, end) if text.startswith(("'s ", "’s "), end) else None
        if m is None and text.endswith(_TOWN_SIDES, 0, start):
            m = _PART_OF_TOWN_BEFORE.search(text, max(0, start - 80), start)
        # (a given name or a title may open one, the kind's word says what it is: "the Abu Salim district", "Aden's
        # Sheikh Othman district")
        if m is None or m.group(2) is not None and m.group(1).split(" ", 1)[0] in _FAITHS_AND_PEOPLES:
            continue
        # (code "town community" only inside find_mentions, which makes it "town")
        if (mention := _told_by_kind(m, "town community" if m.group(2) is not None else "town")) is not None:
            out.append(mention)
    return out


def find_quarters(text: str) -> list[Mention]:
    """Names of a town's quarters and camps told by their kind's word ("the Zaatari camp"), kind "street"."""
    out = []
    for word in _QUARTER_WORD.finditer(text):
        m = _QUARTER_NAME_BEFORE.search(text, max(0, word.start() - 80), word.start())
        if m is not None and (mention := _told_by_kind(m)) is not None:
            out.append(mention)
    return out


def _told_by_kind(m: re.Match, code: str | None = None) -> Mention | None:
    """The name (m's first group) that a kind's word tells, as a street-kind mention; none when its first word opens
    no place's name ("Police", "Monday")."""
    s, name = m.start(1), m.group(1)
    first = name.split(" ", 1)[0]
    if first in _STREET_NOT_FIRST or first.lower() in NEVER_TOPONYMS or first in _CALENDAR_WORDS:
        return None
    return Mention(s, s + len(name), name, name_key(name), "street", code)


# Lower-case words after a name that say it is a village or a township's: the whole run of capitalised words before
# them is its name
_LOCALITY_WORDS = frozenset("village hamlet township".split())
# Lower-case words after a name that may end an airfield's name: "Sanaa airport", "Kabul international airport",
# "Rafic Hariri airport", "the Engels air base".
_AIRFIELD_TAILS = (("airport",), ("international", "airport"), ("airfield",), ("air", "base"), ("airbase",))
_AIRFIELD_TAIL_OPENERS = frozenset(tail[0] for tail in _AIRFIELD_TAILS)
_AIRFIELD_WORDS = ("airport", "airfield", "air base", "airbase")  # one is in any text a tail completes a name in


# Particles that carry a name on in Romance languages after a word that opens one: "Palacio de Bellas Artes", "Gare du
# Midi" (not after any word: "Tour de France" names France; nor "of", "and": "Bank of England", "Hama and Homs")
_NAME_PARTICLES = frozenset("de del du des da do dos das di della la le".split())


# A university named after a town: "Emporia State University", "Reading College".
_UNIVERSITY_AFTER = re.compile(r" (?:State )?(?:University|College)\b")


# A town's body told by "City" and its kind after the town's name: "the Salem City Council", "the Emporia City
# Commission".
_CITY_BODY_AFTER = re.compile(r" (?:Council|Commission|Commissioners|Hall|Manager|Attorney|Clerk|Schools)\b")


def _town_of_city_body(text: str, tokens: list, i: int, k: int, gazetteer: Gazetteer) -> str | None:
    """The town X of "X City Council" (tokens[i:k] ending in "City"), where the report tells X alone elsewhere (its
    dateline "SALEM, Ore.", "in Salem."): its own city's council, not a namesake "Salem City" (Utah) the gazetteer
    holds. Not a state's or a country's name ("Kansas City", "Iowa City", "Oklahoma City" are cities of their own)."""
    if _CITY_BODY_AFTER.match(text, tokens[k - 1][1]) is None or text[tokens[k - 2][1]:tokens[k - 1][0]] != " ":
        return None
    town = text[tokens[i][0]:tokens[k - 2][1]]
    key = name_key(town)
    if not gazetteer.has_key(key) or _is_named_country_or_state(key, _strict_matches(key, gazetteer)):
        return None
    # told alone: not before "City" nor another capitalised word ("Salem Police" could be a school's or a firm's)
    for told in (town, town.upper()):
        for m in re.finditer(r"\b" + re.escape(told) + r"\b(?! City\b)(?! [A-Z])", text):
            if not text[m.end():m.end() + 1].isalpha():
                return town
    return None


def _unknown_name_s_particle_tail(tokens: list, caps: list[bool], i: int, j: int) -> int | None:
    """Where the name after a Romance particle starts, in a run tokens[i:j] one or two capitalised words open before
    it ("Complexo da Maré", "Cidade de Deus", "Vila Nova do Sul"), else None."""
    for p in (i + 1, i + 2):
        if p + 1 < j and tokens[p][2] in _NAME_PARTICLES and caps[p + 1] and all(caps[i:p]):
            return p + 1
    return None


def _name_goes_on(tokens: list, i: int, k: int, j: int) -> bool:
    """Whether the name-like run tokens[i:j] goes on past tokens[k - 1] as one name: an article-joined word next
    ("Bab al-Tabbaneh"), or a particle and a capitalised word after a word that opens a name ("Gare du Midi")."""
    head, sep, rest = tokens[k][2].partition("-")
    if sep and head in ARTICLES and rest[:1].isupper():
        return True
    return tokens[k][2] in _NAME_PARTICLES and k + 1 < j and tokens[i][2] in NAME_OPENERS


def _run_reading(text: str, tokens: list, caps: list[bool], i: int, j: int, tail: tuple[int, ...],
                 gazetteer: Gazetteer) -> tuple[int, str | None, str | None] | None:
    """What the longest run of name-like tokens tokens[i:j] opens with, as (number of tokens, country, None) for a
    demonym of several words, (number of tokens, None, key) for the longest gazetteer name, or None. tail: the end of
    an airfield's name after the run (_airfield_tail). Memoised per run (names recur within and across reports): what
    a run opens with depends on its text alone, save a tail."""
    memo = gazetteer.runs_memo
    run_text = text[tokens[i][0]:tokens[j - 1][1]]
    if not tail:
        found = memo.get(run_text, _NOT_READ)
        if found is not _NOT_READ:
            return found
    found = _demonym_phrase(text, tokens, i, j, gazetteer) or _longest_name(text, tokens, caps, i, j, tail, gazetteer)
    if not tail:
        if len(memo) >= _RUNS_MEMO_SIZE:
            memo.clear()
        memo[run_text] = found
    return found


_RUNS_MEMO_SIZE = 100_000
_NOT_READ = object()            # (a run the memo lacks: None is a run read as no name)


def _demonym_phrase(text: str, tokens: list, i: int, j: int, gazetteer: Gazetteer) -> tuple[int, str, None] | None:
    """A demonym of several words opening tokens[i:j]: "Sri Lankan", "South Africans", "New Zealander"."""
    s = tokens[i][0]
    for k in range(min(j, i + 3), i + 1, -1):
        country = demonym_country(text[s:tokens[k - 1][1]], gazetteer)
        if country:
            return k - i, country, None
    return None


# A capitalised short form with no vowel, an area's written as Australian papers write them ("Qld", "Nfld"):
# no English word nor a person's name, so as good as its capitals ("QLD").
_VOWELLESS_SHORT_FORM = re.compile(r"[B-DF-HJ-NP-TV-Z][b-df-hj-np-tv-xz]{2,3}$")


def _longest_name(text: str, tokens: list, caps: list[bool], i: int, j: int, tail: tuple[int, ...],
                  gazetteer: Gazetteer) -> tuple[int, None, str] | None:
    """The longest gazetteer name opening tokens[i:j] (or tokens[i:tail[0]], an airfield's name)."""
    s = tokens[i][0]
    for k in (*tail, *range(j, i, -1)) if tail else range(j, i, -1):
        if not caps[k - 1] and k <= j:
            continue
        span_text = text[s:tokens[k - 1][1]]
        key = name_key(span_text)
        if gazetteer.has_key(key) and (span_text.isupper() or not gazetteer.is_upper_only(key)
                                       or k == i + 1 and _VOWELLESS_SHORT_FORM.match(span_text)):
            return k - i, None, key
    return None


# A town's apposition after a name: ", a town", ", a small market town", ", a village".
_TOWN_APPOSITION_AFTER = re.compile(r",\s+an?\s+(?:[a-z]+\s+){0,2}?(?:town|city|village)\b")


def _spelling_frame(text: str, tokens: list, i: int, j: int) -> bool:
    """Whether the words around the name-like run tokens[i:j] frame it as a place: "near", "in", "from" ...
    before it (SPELLING_FRAME_WORDS), "and" closing a pair "between" opens, or "of" after a direction or a kind of
    place (SPELLING_OF_FRAME_WORDS); or an area word after it ("the Rada'a district", "Shabwah governorate"), or a
    town's apposition ("Woldiya, a town on the highway")."""
    if j < len(tokens) and tokens[j][2].lower() in AREA_WORDS and text[tokens[j - 1][1]:tokens[j][0]] == " ":
        return True
    if text.startswith(", a", tokens[j - 1][1]) and _TOWN_APPOSITION_AFTER.match(text, tokens[j - 1][1]):
        return True
    if not i or text[tokens[i - 1][1]:tokens[i][0]] != " ":
        return False
    word = tokens[i - 1][2]
    if word == "and":
        return bool(_BETWEEN_PAIR_BEFORE.search(text, max(0, tokens[i][0] - 60), tokens[i][0]))
    if word == "of":
        return i > 1 and tokens[i - 2][2].lower() in SPELLING_OF_FRAME_WORDS \
            and text[tokens[i - 2][1]:tokens[i - 1][0]] == " "
    return word in SPELLING_FRAME_WORDS


def _spelt_otherwise(text: str, tokens: list, caps: list[bool], i: int, j: int,
                     gazetteer: Gazetteer) -> tuple[int, str, str, bool] | None:
    """The longest name-like run tokens[i:k] (k <= j) that names a place by its spelling key only, as (k, text, key,
    True)."""
    s = tokens[i][0]
    for k in range(j, i, -1):
        if caps[k - 1]:
            span_text = text[s:tokens[k - 1][1]]
            key = name_key(span_text)
            if gazetteer.has_spelling(key):
                return k, span_text, key, True
    if j == i + 1 and caps[i] and _town_of_a_named_area_one_vowel_off(text, name_key(tokens[i][2]), gazetteer):
        return j, tokens[i][2], name_key(tokens[i][2]), True
    return None


def _town_of_a_named_area_one_vowel_off(text: str, key: str, gazetteer: Gazetteer) -> bool:
    """Whether a framed name the gazetteer lacks is a town with the vowel of its first syllable written otherwise, in a
    first-level area the report names ("near the town of Noshki in Balochistan": Nushki); not one of another area
    (English names one vowel apart are other towns)."""
    for town in gazetteer.first_vowel_towns(key):
        area = gazetteer.admin_name(town.country_code, town.admin1)
        if area and unidecode(area) in text:
            return True
    return False


def _airfield_tail(text: str, tokens: list, j: int) -> tuple[int, ...]:
    """The end (token number) of a name whose capitalised run ends before tokens[j] and that a lower-case airfield
    word completes ("Sanaa airport"), or nothing; the gazetteer must know the whole name for it to count."""
    if j >= len(tokens) or tokens[j][2] not in _AIRFIELD_TAIL_OPENERS:
        return ()                                       # (most runs: a cheap test first)
    for tail in _AIRFIELD_TAILS:
        end = j + len(tail)
        if end <= len(tokens) and all(tokens[j + n][2] == word and _joined(text, tokens[j + n - 1], tokens[j + n])
                                      for n, word in enumerate(tail)):
            return (end,)
    return ()


def _names_attacker(text: str, end: int) -> bool:
    """Whether a demonym ending at end names who attacked ("Russian shelling of Pokrovsk"): no evidence of where."""
    return text.startswith(" ", end) and _ATTACKER_AFTER.match(text, end) is not None


def _actor_tail_after(text: str, end: int) -> bool:
    """Whether an actor's tail follows a name that is a token of its own ("the U.S.-backed SDF", "U.S.-led": a dotted
    abbreviation, which _compound_parts never sees)."""
    if not text.startswith("-", end):
        return False
    tail = _WORD_AFTER_HYPHEN.match(text, end + 1)
    return tail is not None and tail.group() in ACTOR_TAILS


_WORD_AFTER_HYPHEN = re.compile(r"[a-z]+\b")
_HYPHEN_BEFORE_NAME = re.compile(r"-[A-Z]")


def _name_before_compound_tail(text: str, tokens: list, i: int, j: int, gazetteer: Gazetteer) -> Mention | None:
    """A name of several words whose last word carries a compound's tail ("Hong Kong-based", "New York-listed",
    "Buenos Aires-born"): the whole name, not its last word alone ("Kong", Iran's port), which _compound_parts would
    read from the hyphenated word."""
    for m in range(i + 1, j):
        head, hyphen, tail = tokens[m][2].partition("-")
        if hyphen:
            if m != j - 1 or tail.lower() not in _COMPOUND_TAILS and tail.lower() not in ACTOR_TAILS:
                return None
            end = tokens[m][0] + len(head)
            name = text[tokens[i][0]:end]
            key = name_key(name)
            # (the name exactly: "An Australia-based" is loosely "Australia", which the run's next word reads)
            if key in NEVER_TOPONYMS or gazetteer.is_common_word(key) or not _strict_matches(key, gazetteer):
                return None
            return Mention(tokens[i][0], end, name, key, qualifier=tail.lower() in ACTOR_TAILS)
    return None


def _hyphenated_word_parts(start: int, tok: str, gazetteer: Gazetteer, surnames: set[str],
                           road: bool = False) -> list[Mention]:
    """_compound_parts of a hyphenated token (a word, no run of words), memoised on the gazetteer (emptied when places
    are added): "US-led", "Saudi-led", "al-Assad" recur within and across reports, and what they hold depends on the
    token alone and on whether it is a surname the report names."""
    memo = gazetteer.compounds_memo
    memo_key = (tok, tok in surnames, road)
    found = memo.get(memo_key)
    if found is None:
        if len(memo) >= _RUNS_MEMO_SIZE:
            memo.clear()
        found = memo[memo_key] = tuple((m.start, m.text, m.key, m.kind, m.code, m.qualifier)
                                       for m in _compound_parts(0, tok, gazetteer, surnames, road=road))
    return [Mention(start + offset, start + offset + len(part), part, key, kind, code, qualifier=qualifier)
            for offset, part, key, kind, code, qualifier in found]


def _compound_parts(start: int, tok: str, gazetteer: Gazetteer, surnames: set[str] = frozenset(),
                    names: list[tuple[int, str]] | None = None, road: bool = False) -> list[Mention]:
    """Places inside a hyphenated word that is no name as a whole: "Houston-based", "Egypt-US",
    "Egyptian-US", "Champaign-Urbana". A part counts when a lower-case tail follows it, when it is a major place or a
    demonym, or when the word joins neighbouring towns and is no surname of a person the report names (surnames:
    _person_surnames; "Jean-Pierre" holds no place). tok may be a run of words with the hyphen inside
    ("Dallas-Fort Worth": _compound_names, which names gives where the caller has it already)."""
    out = []
    parts = names if names is not None else _compound_names(tok, gazetteer)
    # (a first part of several words is a place's name whole, whose first word is no given name: "Rock Island-Milan")
    surname = " " not in parts[0][1] and next(word for word in tok.split() if "-" in word) in surnames
    # (a road's name joins the towns it runs between, farther apart: "the Maiduguri-Damboa road")
    neighbours = not surname and _neighbour_towns(parts, gazetteer, _ROAD_TOWNS_KM if road else _NEIGHBOUR_TOWNS_KM)
    # (a hyphenated given name joins single words: "Dallas-Fort Worth" is none)
    if not neighbours and all(part[:1].isupper() and " " not in part for _, part in parts) and any(
            _is_given_name(part, gazetteer)
            and not _is_named_country_or_state(name_key(part), _strict_matches(name_key(part), gazetteer))
            for _, part in parts):
        return out                                      # "Kerry-Ann", "Jean-Pierre": a person
    if all(part[:1].isupper() for _, part in parts) and any(
            len(part) > 3 and not part.isupper() and "." not in part and not gazetteer.has_key(name_key(part))
            and not demonym_country(part, gazetteer) for _, part in parts):
        # "Carrefour-Feuilles": one name the gazetteer lacks (not a party's letter, "D-Charleston", nor "Canada-U.S.")
        return out
    for n, (offset, part) in enumerate(parts):
        if not part[:1].isupper() or len(part) < 2 or (part.isupper() and len(part) > 3 and "." not in part):
            continue
        s = start + offset
        tail = parts[n + 1][1].lower() if n + 1 < len(parts) else ""
        if tail == "like":
            continue                                    # "a Norwalk-like virus", "Ebola-like symptoms": a likeness
        qualifier = tail in ACTOR_TAILS
        country = demonym_country(part, gazetteer)
        if country:
            out.append(Mention(s, s + len(part), part, name_key(part), "demonym", country, qualifier=qualifier))
            continue
        key = name_key(part)
        if key in NEVER_TOPONYMS or not gazetteer.has_key(key) or (gazetteer.is_upper_only(key) and not part.isupper()):
            continue
        if (tail in _COMPOUND_TAILS or qualifier) and not gazetteer.is_common_word(key) \
                or _is_major_place(_strict_matches(key, gazetteer), population=100_000) or neighbours \
                or part in COUNTRY_ACRONYMS:
            out.append(Mention(s, s + len(part), part, key, qualifier=qualifier))
    return out


_HYPHENATED_PIECE = re.compile(r"[^\-]+")


def _compound_names(tok: str, gazetteer: Gazetteer) -> list[tuple[int, str]]:
    """The parts of a hyphenated word or run of words, each with its offset: split at the hyphens, save where parts
    joined by one are a name the gazetteer knows ("Scranton-Wilkes-Barre": Scranton and Wilkes-Barre); the last part
    of a run up to the longest name the gazetteer knows ("Dallas-Fort Worth Turnpike": Fort Worth, "Paris-Henry County
    Arts Council": Henry County)."""
    pieces = [m.span() for m in _HYPHENATED_PIECE.finditer(tok)]

    def known_end(s: int, last: int) -> int | None:
        # the end of the name from s to the piece last, or to a word's end inside the run's last piece
        e = pieces[last][1]
        ends = [e]
        if last == len(pieces) - 1:
            # (the blanks inside the last piece, from the last: found by rfind, not a step per character)
            blank = tok.rfind(" ", pieces[last][0], e)
            while blank >= 0:
                ends.append(blank)
                blank = tok.rfind(" ", pieces[last][0], blank)
        # (a name ends with a capitalised word, not a connector: "Wal-Mart on Friday" holds no "Mart on")
        return next((end for end in ends if tok[s:end].rpartition(" ")[2][:1].isupper()
                     and gazetteer.has_key(name_key(tok[s:end]))), None)

    parts = []
    n = 0
    while n < len(pieces):
        s = pieces[n][0]
        # (several pieces: one name with a hyphen, "Wilkes-Barre", "Winston-Salem State University")
        last = next((last for last in range(len(pieces) - 1, n, -1) if known_end(s, last) is not None), n)
        e = known_end(s, last) or pieces[last][1]
        parts.append((s, tok[s:e]))
        n = last + 1
    return parts


# How near the towns of a joined pair lie: "Champaign-Urbana", "Salem-Keizer", "Akron-Canton" (a metro area's or a
# joint school district's name: 3 to 35 km), not "Merriam-Webster", nor a double surname whose parts name two
# towns a little farther apart ("Gonzalez-Morales": 55 km in Colombia)
_NEIGHBOUR_TOWNS_KM = 40
# ... and the towns a road is named by ("the Maiduguri-Damboa road", "the Bannu-Miranshah road"): a day's drive apart
_ROAD_TOWNS_KM = 300


def _neighbour_towns(parts: list[tuple[int, str]], gazetteer: Gazetteer, km: float = _NEIGHBOUR_TOWNS_KM) -> bool:
    """Whether a hyphenated word joins the names of neighbouring towns, each a capitalised word the gazetteer knows
    exactly as a populated place, every one within _NEIGHBOUR_TOWNS_KM of the one before: one place each. (Not where
    a part is a country: "the Norway-Paris area" of Maine would be read as the country, which the major-place rule
    finds alone where the word is no person's.)"""
    towns = []
    for _, part in parts:
        if not part[:1].isupper() or part.isupper() or len(part) < 3:
            return False
        strict = _strict_matches(name_key(part), gazetteer)
        # (or a county written as one: "Paris-Henry County")
        places = [p for p in strict if p.feature_class == "P"
                  or p.feature_code == "ADM2" and part.endswith((" County", " Parish"))]
        if not places or any(p.feature_code == "PCLI" for p in strict):
            return False
        towns.append(places)
    return len(towns) > 1 and all(
        any(haversine_km(a.lat, a.lon, b.lat, b.lon) <= km for a in before for b in after)
        for before, after in zip(towns, towns[1:]))


def _no_place_before_and(text: str, tokens: list, j: int, gazetteer: Gazetteer) -> bool:
    """Whether the capitalised run ending at tokens[j] (before "and") names no place the gazetteer knows ("between Ann
    Arbor and Oscoda", "Port St. Lucie and Stuart") and follows no place's preposition, no word of a list (_LIST_OPENERS)
    nor a list's comma ("in Tondo and Navotas", "including Arbury and Chesterton", "such as Dhading and Makwanpur")."""
    first = j
    while True:
        if gazetteer.has_key(name_key(text[tokens[first][0]:tokens[j][1]])):
            return False
        if first == 0 or not _joined(text, tokens[first - 1], tokens[first]) or not _capitalised(tokens[first - 1][2]):
            break
        first -= 1
    if first == 0:
        return True
    gap, word = text[tokens[first - 1][1]:tokens[first][0]], tokens[first - 1][2]
    return not (gap == ", " or gap == " " and (word.lower() in LOCATIVE_WORDS or word in _LIST_OPENERS))


# A plural word of places after a name, maybe after another word: "the Shada and Baqim border districts".
# An area's word after a name, or after it and a second name: "the Jere area", "the Jere and Dikwa areas", "Jere LGA".
_LOCAL_AREA_AFTER = re.compile(r" (?:and [A-Z][\w'’-]+ )?(?:area|district|LGA|local government area|municipality|tehsil)s?\b")
_PLACES_AFTER = re.compile(r" (?:[a-z]+ )?(?:district|province|region|area|town|village|state|countie|governorate|camp"
                           r"|municipalitie|neighbou?rhood|suburb|communitie|citie)s\b")
# Words that open a list of places as a place's preposition does: "residents of", "such as", "including".
_LIST_OPENERS = frozenset("of and including as like".split())


def _opens_person_name(name: str, next_tok: str, gazetteer: Gazetteer) -> bool:
    """"Aung San Suu Kyi": a town's name of several words that a given name follows opens a person's name (not
    "Walker County Judge", "West Side Taco Bell": an area's or a quarter's name, then an office or a shop)."""
    return next_tok[:1].isupper() and next_tok not in PLACE_WORDS and next_tok not in ORGANISATION_WORDS \
        and next_tok not in PERSON_TITLES and _is_given_name(next_tok, gazetteer) \
        and not gazetteer.is_common_word(name_key(next_tok)) and name.split(" ", 1)[0] not in DIRECTION_WORDS \
        and not any(word in PLACE_WORDS for word in name.split())


def _opens_name(text: str, tokens: list, i: int) -> bool:
    """Whether tokens[i] opens a name: it opens the sentence, or a blank and a word neither capitalised nor "for" come
    before it ("criticism from United Russia"; not "Movement for United Georgia", "Movement–United Georgia")."""
    if i == 0 or _sentence_initial(text, tokens, i):
        return True
    word = tokens[i - 1][2]
    return text[tokens[i - 1][1]:tokens[i][0]] == " " and word != "for" and (
        not _capitalised(word) or _sentence_initial(text, tokens, i - 1))


def _person_after(text: str, end: int) -> bool:
    """Whether the words after a name (ending at end) tell what only a person does or has (_PERSON_AFTER)."""
    return text[end:end + 1] in (" ", "'", "’") and _PERSON_AFTER.match(text, end) is not None


def _titled_name_word(text: str, tokens: list, i: int, gazetteer: Gazetteer) -> bool:
    """Whether tokens[i] is a first name that a title opens, whatever the name: "army spokesman Onyema", "Brig. Gen.
    Nafiu" (so the word after it is a person's)."""
    title = tokens[i - 1][2] if i > 0 else ""
    return title[:1].upper() + title[1:] in PERSON_TITLES and text[tokens[i - 1][1]:tokens[i][0]] in (" ", ". ") \
        and _unknown_name_word(tokens[i][2], gazetteer) and not gazetteer.has_key(name_key(tokens[i][2]))


def _unknown_name_word(tok: str, gazetteer: Gazetteer) -> bool:
    """Whether a token beside a name is a capitalised word of a longer name: no compass, place or title word, no
    demonym, no major place's name, no headline's preposition ("Near", "In")."""
    return _capitalised(tok) and tok.lower() not in HEADLINE_WORDS and tok not in DIRECTION_WORDS \
        and tok not in PLACE_WORDS and tok not in PERSON_TITLES \
        and not demonym_country(tok, gazetteer) \
        and not _is_major_place(_strict_matches(name_key(tok), gazetteer), population=100_000)


# Lower-case words after a name that say it is a place: "the Bureij camp", "Tabayin township", "the Engels air base".
# "Boston is a market town in Lincolnshire", "Reading is a large town": an encyclopedia's or a gazetteer's definition
# makes a sentence's first word that is also an ordinary word ("boston", "reading") the place it defines
_DEFINED_AS_TOWN_AFTER = re.compile(r" (?:is|was) (?:an?|the) (?:[\w-]+ ){0,3}?(?:town|city|village|hamlet|port|"
                                    r"community|suburb|borough|municipality|settlement|capital)\b")
_PLACE_NOUN_AFTER = re.compile(r" (?:(?:refugee |displacement )?camp|township|air ?base|airfield|airport|oblast|"
                               + "|".join(sorted(AREA_WORDS)) + r")\b")


_CALENDAR_WORDS = frozenset("""Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May
June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec""".split())


def _country_or_state_in(text: str, tokens: list, a: int, b: int, gazetteer: Gazetteer) -> bool:
    """Whether tokens[a:b], one word or two joined by a blank, name a country or a first-level area ("Australia",
    "England", "USA", "New Zealand")."""
    if a < 0 or b > len(tokens) or not all(_capitalised(tokens[j][2]) for j in range(a, b)) \
            or b - a == 2 and text[tokens[a][1]:tokens[a + 1][0]] != " ":
        return False
    facts = _name_facts(name_key(text[tokens[a][0]:tokens[b - 1][1]]), gazetteer)
    return facts.country_or_state or facts.first_level


def _whole_name(text: str, tokens: list, first: int, last: int) -> bool:
    """Whether tokens[first..last] are a whole name: no capitalised word joined before (save one ending a line, a
    sentence or a dateline's dash: "SYDNEY - Cricket Australia said") nor after them."""
    return (first == 0 or text[tokens[first - 1][1]:tokens[first][0]] != " " or not _capitalised(tokens[first - 1][2])
            or _sentence_initial(text, tokens, first)) and not (
        last + 1 < len(tokens) and text[tokens[last][1]:tokens[last + 1][0]] == " "
        and _capitalised(tokens[last + 1][2]) and not _sentence_initial(text, tokens, last + 1))


def _sports_body(text: str, tokens: list, i: int, k: int, gazetteer: Gazetteer) -> bool:
    """Whether a sport's word (SPORT_WORDS) and a country's or a first-level area's name beside it, either way round,
    are the whole of a governing body's name: tokens[i:k] are the country's name with the sport's word before or
    after it ("Rugby Australia", "USA Swimming"), or tokens[i] is the sport's word ("Rugby New Zealand")."""
    if tokens[i][2] in SPORT_WORDS and k == i + 1:
        for a, b in ((k, k + 2), (k, k + 1), (i - 2, i), (i - 1, i)):
            if (a == k and text[tokens[i][1]:tokens[min(k, len(tokens) - 1)][0]] == " "
                    or b == i and text[tokens[i - 1][1]:tokens[i][0]] == " ") \
                    and _country_or_state_in(text, tokens, a, b, gazetteer):
                return _whole_name(text, tokens, min(a, i), max(b - 1, i))
        return False
    if i > 0 and tokens[i - 1][2] in SPORT_WORDS and text[tokens[i - 1][1]:tokens[i][0]] == " ":
        return _whole_name(text, tokens, i - 1, k - 1)
    return k < len(tokens) and tokens[k][2] in SPORT_WORDS and text[tokens[k - 1][1]:tokens[k][0]] == " " \
        and _whole_name(text, tokens, i, k)


def _outlet_edition(text: str, tokens: list, caps: list[bool], i: int, k: int, gazetteer: Gazetteer) -> bool:
    """Whether the name tokens[i:k] ends an outlet's name after its network or "News": the station's or the edition's
    place ("CBC Kitchener-Waterloo", "Fox 2 Detroit", "CTV News Toronto"; _BROADCASTER)."""
    prev = tokens[i - 1][2]
    news = prev == "News"
    if not (news or prev.isupper() or prev in _OUTLET_WORDS):
        return False
    # (the outlet's name ends with the place: not "Fox 26 Houston Texas State robberies", nor its bureau there; and a
    # place in capitals is a line's, "WEST PHILADELPHIA (WPVI) -", "CONNECT WITH US")
    if k < len(tokens) and caps[k] and text[tokens[k - 1][1]:tokens[k][0]] == " " \
            or text.startswith(_BUREAU_AFTER, tokens[k - 1][1]) or tokens[i][2].isupper():
        return False
    gap = text[tokens[i - 1][1]:tokens[i][0]]
    if news:
        # (a word of the outlet's name before "News": "CTV News Toronto", not a headline's "News" opening a line)
        # (or a channel's number glued before it: "7News Melbourne")
        return gap == " " and (i > 1 and _capitalised(tokens[i - 2][2]) and text[tokens[i - 2][1]:tokens[i - 1][0]] == " "
                               or text[tokens[i - 1][0] - 1:tokens[i - 1][0]].isdigit())
    return (gap == " " or _CHANNEL_GAP.fullmatch(gap) is not None) and (
        prev in _OUTLET_WORDS or _BROADCASTER.fullmatch(prev) is not None) \
        and not _name_facts(name_key(text[tokens[i][0]:tokens[k - 1][1]]), gazetteer).country_by_name


def _dateline(text: str, m: Mention) -> bool:
    """Whether a name opens a line as a wire story's dateline: "KYIV (Reuters) -", "BUNIA, Congo (AP) -"."""
    if m.start and text[m.start - 1] != "\n":
        return False
    after = _DATELINE_AFTER.match(text, m.end)
    return after is not None and (after.group(1) is None or len(m.text) > 3)


def dateline_town(text: str, m: Mention) -> bool:
    """Whether a name in capitals opens a line as the dateline, the town the report was filed from:
    "KYIV (Reuters) -"; a name in mixed case there is a headline's word."""
    return m.text.isupper() and _dateline(text, m)


@dataclass(slots=True)
class _NameFacts:
    """What _keep asks of a key's exact places (_strict_matches) and word lists: a name recurs within and across
    reports, so these are worked out once per key (_name_facts), not once per mention."""
    strict: list[Place]
    first_level: bool               # some place is a first-level area
    continent: bool
    major: bool                     # _is_major_place(strict)
    major_100k: bool                # _is_major_place(strict, population=100_000)
    major_10k: bool                 # _is_major_place(strict, population=10_000)
    major_below_first_level: bool   # _is_major_place of the places that are no first-level area
    country_or_state: bool          # _is_named_country_or_state
    country_by_name: bool           # a country bearing this very name
    capital_by_name: bool           # a country's capital bearing this very name
    million_town_by_name: bool      # a town of a million bearing this very name
    common_word: bool               # Gazetteer.is_common_word
    alias_only: bool                # Gazetteer.is_alias_only
    upper_only: bool                # Gazetteer.is_upper_only


def _name_facts(key: str, gazetteer: Gazetteer) -> _NameFacts:
    """key's _NameFacts, memoised on the gazetteer (emptied when places are added)."""
    memo = gazetteer.name_facts_memo
    facts = memo.get(key)
    if facts is None:
        if len(memo) >= _RUNS_MEMO_SIZE:
            memo.clear()
        strict = _strict_matches(key, gazetteer)
        named = [p for p in strict if name_key(p.name) == key]
        facts = memo[key] = _NameFacts(
            strict, any(p.feature_code == "ADM1" for p in strict), any(p.feature_code == "CONT" for p in strict),
            _is_major_place(strict), _is_major_place(strict, population=100_000),
            _is_major_place(strict, population=10_000),
            _is_major_place([p for p in strict if p.feature_code != "ADM1"]), _is_named_country_or_state(key, strict),
            any(p.feature_code == "PCLI" for p in named), any(p.feature_code == "PPLC" for p in named),
            any(p.population >= 1_000_000 and p.feature_class == "P" for p in named),
            gazetteer.is_common_word(key), gazetteer.is_alias_only(key), gazetteer.is_upper_only(key))
    return facts


# Words that are themselves a kind of place or organisation, or a compass word (_keep).
_KIND_WORDS = ORGANISATION_WORDS | DIRECTION_WORDS | PLACE_WORDS


def _keep(text: str, tokens: list, i: int, k: int, m: Mention, gazetteer: Gazetteer,
          surnames: set[str], parties: set[str], pathogens: frozenset[str] | set[str] = frozenset(),
          militias: frozenset[str] | set[str] = frozenset(),
          told_people: frozenset[str] | set[str] = frozenset()) -> bool:
    """Filters for a gazetteer match tokens[i:k]; may mark it weak (needs support to be kept)."""
    first = tokens[i][2]
    prev_tok = tokens[i - 1][2] if i > 0 else ""
    next_tok = tokens[k][2] if k < len(tokens) else ""
    before = text[tokens[i - 1][1]:tokens[i][0]] if i > 0 else ""
    after = text[tokens[k - 1][1]:tokens[k][0]] if k < len(tokens) else ""
    single = k == i + 1
    m.sentence_initial = _sentence_initial(text, tokens, i)
    facts = _name_facts(m.key, gazetteer)
    if not single and "." in first and _INITIALS.fullmatch(first):
        # "D.I. Khan" (Dera Ismail Khan): a city's initials form, but initials and a surname ("T.M. Khan") are a
        # person's name far more often, so it needs the report to back the city's country, and is a person where the
        # sentence says so ("Dr T.M. Khan", "T.M. Khan said", "T.M. Khan, 45,")
        if prev_tok.rstrip(".") in PERSON_TITLES or after == " " and next_tok in SPEECH_VERBS \
                or _person_after(text, m.end) or text.startswith(",", m.end) and _AGE_AFTER.match(text[m.end:m.end + 8]):
            return False
        m.weak = True

    # "Haiti's Centre department", "Ghana's Northern region", Somalia's "Bay region": a first-level area named by an
    # organisation's, a compass or a place's word (so tested before such words are dropped) and followed by its own
    # area word; it needs the report to back its country.
    # (Or the second of two areas that one plural area word follows: "the Nyanza and Western provinces".)
    # (the word asked before the words after it: few names are such words)
    kind_word = single and first in _KIND_WORDS
    if kind_word and facts.first_level \
            and (after == " " and next_tok.lower() in AREA_WORDS or _AREA_WORD_AFTER.match(text, m.end)):
        m.weak = True
        return True
    if m.key in NEVER_TOPONYMS or len(m.key) < 2 or \
            after == " " and m.key in _NAMED_NOT_FOR_THEIR_PLACE_HEADS \
            and f"{m.key} {next_tok.lower()}" in NAMED_NOT_FOR_THEIR_PLACE:
        return False
    if before == " " and prev_tok in _SURNAME_PARTICLES:
        return False
    # "Rugby Australia said", "USA Swimming", "England Rugby": a sport's governing body, the sport's word and a country's
    # or a state's name making the whole name; evidence of its country, no place the report names (not "Rugby, England",
    # "rugby in Australia", "the England rugby team", "the Melbourne Cricket Ground")
    if (before == " " and prev_tok in SPORT_WORDS or after == " " and next_tok in SPORT_WORDS) \
            and (facts.country_or_state or facts.first_level) and _sports_body(text, tokens, i, k, gazetteer):
        m.in_a_name = True
        return True
    # "Politico Europe reported", "told Politico Europe": an outlet's edition for a continent, a brand's word before it
    # (not "Eastern Europe said"; nor "ministers across Europe said")
    if single and facts.continent and before == " " and _capitalised(prev_tok) and prev_tok not in DIRECTION_WORDS \
            and (after == " " and next_tok in _REPORTING_VERBS or text.endswith(_TOLD_BEFORE, 0, tokens[i - 1][0])) \
            and (i == 1 or text[tokens[i - 2][1]:tokens[i - 1][0]] != " " or not _capitalised(tokens[i - 2][2])):
        m.in_a_name = True
        return True
    # ... and the sport's word itself is no town there ("Rugby", Warwickshire), nor where it names the game's codes and
    # bodies: "the Rugby Football Union", "Rugby League", "the Rugby World Cup"
    if single and first in SPORT_WORDS:
        game = after == " " and (next_tok in _GAME_WORDS_AFTER or next_tok in SPORT_WORDS and k + 1 < len(tokens)
                                 and tokens[k + 1][2] in _GAME_WORDS_AFTER and text[tokens[k][1]:tokens[k + 1][0]] == " ")
        if game or _sports_body(text, tokens, i, k, gazetteer):
            return False
    # "The Bank said", "The Bank of England": "The" and an English word are an institution told by its kind, not a
    # town bearing the phrase, unless the sentence frames it as a place ("in The Colony", "The Woodlands, Texas").
    if k == i + 2 and first == "The" and gazetteer.is_common_word(name_key(tokens[i + 1][2])) \
            and not (prev_tok.lower() in LOCATIVE_WORDS or after.startswith(",")
                     or _TOWN_BODY_AFTER.match(text, m.end)) \
            and not facts.major_100k:
        return False
    # "The City of Cape Town said", "the Town of Gawler": a council told by its kind, before the name it bears.
    if k == i + 2 and first == "The" and tokens[i + 1][2] in PLACE_WORDS and next_tok == "of" and after == " " \
            and k + 1 < len(tokens) and _capitalised(tokens[k + 1][2]):
        return False
    # "the White House", "the Kremlin": a seat of government named with the article, not the town.
    if m.key in SEATS_OF_GOVERNMENT and prev_tok.lower() == "the" and before == " ":
        return False
    # A word that is itself a kind of place or organisation ("Center", "Council", "Airport").
    if kind_word or single and first in PERSON_TITLES:
        return False
    # Joaquin "El Chapo" Guzman: a nickname in quotes between a person's names, and the last name after it, not places.
    # (In single quotes too: "the sons of Joaquin 'El Chapo' Guzman".)
    if before in (' "', ' “', " '", " ‘") and after in ('" ', '” ', "' ", "’ ") and _capitalised(prev_tok) and \
            _capitalised(next_tok) or \
            before in ('" ', '” ', "' ", "’ ") and _NICKNAME_BEFORE.search(text, max(0, m.start - 40), m.start):
        return False
    if dateline_town(text, m):
        return True
    # Acronyms ("SANA", "ISIS", "YPG") are organisations, save the few that are country codes, and the
    # short forms of first-level areas ("NSW", "QLD"), which need the report to back their country.
    if single and first.isupper() and len(first) <= 5 and "." not in first and first not in COUNTRY_ACRONYMS:
        # (A two-letter one is the short form of an area only as sources.TWO_LETTER_SHORT_FORMS names: it may be some
        # town's name too, "WA" Ghana's Wa.)
        # (Or a region's that only capitals write: Delhi's "NCR", the Philippines' "BARMM"; or a metro region's of
        # millions, though a hamlet shares the letters: Toronto's "GTA", not Åland's Geta, alias "Gta".)
        metro = any(p.feature_code == "RGN" and p.population >= 1_000_000 for p in facts.strict)
        area = facts.first_level or metro or facts.upper_only and any(p.feature_code == "RGN" for p in facts.strict)
        if not area or len(first) < 2 or len(first) > 2 and not (facts.upper_only or metro):
            return False
        m.weak = True
        return True
    # "Mosul's Old City": a part of the place named before it (spatial.py makes it a location). But a
    # country's own areas and towns are named so: "Niger's Tillaberi region", "Mozambique's Cabo Delgado".
    # (And a first-level area's, or a country's told by a short name: "Manipur's Imphal West district", "Congo's North
    # Kivu province".)
    # (Not after an acronym, an organisation's: "the FBI's New York field office".)
    if before in ("'s ", "’s ") and _capitalised(prev_tok) and not _country_ends_at(text, tokens, i - 1, gazetteer) \
            and not (prev_tok.isupper() and len(prev_tok) <= 5) \
            and not _area_holds(text, tokens, i - 1, facts.strict, gazetteer):
        return False
    # "As Bell fled": an English word opening a sentence, not an Arabic article ("As Suwayda") before a name that the
    # gazetteer only holds without it.
    if not single and first in ("As", "At", "An", "Ad") and m.sentence_initial and not facts.strict:
        return False
    # "Islamic State Sahel Province", "ISIS in the Greater Sahara": a place in an armed group's name is where the group
    # says it is, not where this report is; it needs the report to back its country.
    # (The pattern only after a word that may end it, and where its group's words stand before.)
    if prev_tok in _ARMED_GROUP_LAST_WORDS:
        group_from = max(0, m.start - 30)
        if (text.find("IS", group_from, m.start) >= 0 or text.find("State", group_from, m.start) >= 0) \
                and _ARMED_GROUP_BEFORE.search(text, group_from, m.start):
            m.weak = True
    # "Democratic Party of Kurdistan", "the Chamber of Commerce": the organisation, not the place ("Commerce", Ga.).
    # (The word before is "of", or "the" after "of": the pattern's words are whole tokens.)
    if (prev_tok == "of" or prev_tok == "the" and i > 1 and tokens[i - 2][2] == "of") \
            and _PARTY_OF_BEFORE.search(text[max(0, m.start - 30):m.start]):
        return False
    # "Alternative for Germany", "Brothers of Italy", "Forward Italy": a party's name that its country or region ends;
    # evidence of that country, no place the report names
    if prev_tok in ("for", "of", "Forward") and before == " " and (facts.country_or_state or facts.first_level) \
            and not (after == " " and _capitalised(next_tok)) \
            and _PARTY_WORDS_BEFORE.search(text, max(0, m.start - 20), m.start):
        m.in_a_name = True
        return True
    # "United Russia", "the Bangladesh Nationalist Party", "Pakistan Peoples Party": a party named with its country (the
    # words of a longer name the gazetteer lacks joined to the country's), not the country; but "United" inside a
    # longer name is the aim it names, the country united ("Movement for United Georgia", "Movement–United Georgia").
    if single and facts.country_by_name and (
            before == " " and prev_tok == "United" and _opens_name(text, tokens, i - 1)
            or after == " " and _capitalised(next_tok)
            and text.find(" Party", m.end, m.end + 40) >= 0 and _PARTY_AFTER.match(text, m.end)):
        return False
    # A saint's name the gazetteer lacks as a whole: "St. Patrick's Day", "St. Rose Hospital"; the tail of a town's
    # name after a word that opens one: "Puerto Jordan", "Villa Colombia" (no Jordan, no Colombia).
    if before in (" ", ". ") and prev_tok in NAME_OPENERS:
        return False
    # ... nor is such a word alone a place where a name goes on after it: "Bir Hakeim" (no "Bir" in India), "Santa Claus"
    if single and first in NAME_OPENERS and after == " " and _capitalised(next_tok):
        return False
    # Pathogens named after a place: "Reston ebolavirus", "Marburg virus", "Ebola Reston", "Salmonella
    # Litchfield", "Lassa fever".
    # A country or state before "flu" or "disease" is where it spreads ("the United States flu season").
    if next_tok.lower() in PATHOGEN_AFTER and after == " " and not facts.country_or_state \
            or prev_tok in PATHOGEN_BEFORE and before == " " \
            or m.key in pathogens and not facts.country_by_name and not (
                prev_tok in LOCATIVE_WORDS      # (in lower case: "West Nile" is no place west of one)
                or _spelling_frame(text, tokens, i, k)      # "the German city of Marburg", "Marburg district"
                # a place's own part, the name standing alone: "Kenya's Rift Valley in the 1930s" (not "Connecticut's
                # Lyme cases")
                or before in ("'s ", "’s ") and _capitalised(prev_tok)
                and (next_tok.lower() in FUNCTION_WORDS or after.strip(" ") != "")
                or prev_tok.lower() == "the" and i > 1 and tokens[i - 2][2].lower() in LOCATIVE_WORDS):
        return False
    # A currency named after its country: "four million US dollars", "Hong Kong dollars".
    if after == " " and next_tok in CURRENCY_WORDS:
        return False
    # A news agency's name (not a country's: "Qatar News Agency" is the state's).
    if single and (text.startswith(_NEWS_AGENCY_AFTER_OPENINGS, m.end) and _NEWS_AGENCY_AFTER.match(text, m.end)
                   or text.endswith("agency ", 0, m.start)
                   and _NEWS_AGENCY_BEFORE.search(text, max(0, m.start - 15), m.start)
                   or text.startswith("(", m.start - 1) and _AGENCY_SLOT_AFTER.match(text, m.end)
                   and _AGENCY_SLOT_BEFORE.search(text, max(0, m.start - 64), m.start)) \
            and not facts.country_or_state:
        return False
    if single and facts.country_or_state and _agency_after_dateline_town(text, m, gazetteer):
        return False
    if single and text.startswith("(", m.start - 1) and _OUTLET_NAME_AFTER.match(text, m.end) and \
            _AGENCY_SLOT_BEFORE.search(text, max(0, m.start - 64), m.start):
        return False
    # "A UN report": an article does not start a place name.
    if first in ("A", "An") and not single:
        return False
    # "North-Western Sydney": a compass word before a place, not a place itself. (But a first-level area named by compass
    # words alone before its area's word is that area: Ghana's "Upper East Region", not Cameroon's "East Region".)
    # (a word in lower case is never capitalised: asked first, as most words after a name are)
    if after == " " and not next_tok.islower() and _capitalised(next_tok) \
            and all(part in DIRECTION_WORDS for part in _NAME_PARTS.split(m.text)) \
            and (single or next_tok.lower() not in AREA_WORDS or not facts.first_level):
        return False
    # A word after a one-word name that makes it something else's (each told below; most names have none after them).
    if single and after == " " and next_tok in _NOT_A_PLACE_BEFORE:
        # "the Azov brigade", "the Dnipro battalion": a unit's name, not the town it was raised in or named after.
        if next_tok in _UNIT_WORDS:
            return False
        if next_tok in _CLUB_WORDS and not (
                k + 1 < len(tokens) and _capitalised(tokens[k + 1][2]) and text[tokens[k][1]:tokens[k + 1][0]] == " "):
            return False
        if next_tok in _TEAM_NICKNAMES or next_tok in _TEAM_NICKNAME_PAIRS and k + 1 < len(tokens) \
                and tokens[k + 1][2] in _TEAM_NICKNAME_PAIRS[next_tok] and text[tokens[k][1]:tokens[k + 1][0]] == " ":
            return False
        if next_tok in _EPONYM_THING_WORDS:
            return False
        # "the Obama administration", "the Bush White House": a person.
        if next_tok in ("administration", "Administration"):
            return False
        # "Lincoln Elementary", "Goshen Elementary": a grade school named after a person or a town, told by its name
        # alone (local papers name the town it stands in apart, news corpora tag no place there); but the dateline's
        # own town is that town ("POOLER, Ga. - ... the Pooler Elementary cafeteria").
        if next_tok == "Elementary" and not _datelined_at(text, first):
            return False
        # "Emory University Hospital", "Stanford University": a university named after its founder's given name, not
        # a small town that bears it (a town's name stays its own: "Hackensack University Medical Center").
        if next_tok == "University" and not facts.major_100k and not facts.first_level \
                and gazetteer.is_first_name(first):
            return False
    # "Camp 9", "Block 4", "Gate 2": an English word and a number are one of many numbered things, not a town named so
    # (not "Paris 2024": no English word)
    if single and facts.common_word and not first.isupper() and text.startswith(" ", m.end) \
            and text[m.end + 1:m.end + 2].isdigit():
        return False
    # (its model or a vehicle's noun after it; not "Is this the green Richmond we wish to see?", nor a town the report
    # names again)
    if before == " " and prev_tok in _VEHICLE_COLOURS and not facts.country_or_state and text.count(m.text) == 1 and (
            after in (".", ",") or after == " " and (_capitalised(next_tok) or next_tok.lower() in _VEHICLE_NOUNS)):
        return False
    # "the ruling Morena party ... Morena lawmakers": a political party's name, not the town it shares (not "an
    # Arlington party": a party held there); a country's or a state's name may name a party's branch where the report
    # backs its country (not in Paraguay's "ruling Colorado party ... Colorado officials").
    if single and first in parties:
        if not facts.country_or_state:
            return False
        m.weak = True
    # People: "Mr Henry", "Sheriff Henry", "Phil Hartley", "Henry Farrin", "Jones said", "Henry, 45,".
    if before in (" ", ". ") and prev_tok.rstrip(".") in PERSON_TITLES or before == " " and prev_tok in _LOWER_CASE_TITLES:
        return False
    # (A headline's "Near Beni" joins no name; a sentence opening "Near Franklin and Kennedy Elementary Schools" may.)
    joined_before = before == " " and not prev_tok.islower() and _capitalised(prev_tok) and not m.sentence_initial \
        and prev_tok.lower() not in FUNCTION_WORDS \
        and not (prev_tok.lower() in HEADLINE_WORDS and not _sentence_initial(text, tokens, i - 1))
    # A generation's suffix after a name ("George Bush Sr", "Jamez Webb II") is no place.
    if single and first in _NAME_SUFFIXES and joined_before:
        return False
    # (not "Royal" before a town's name and its hospital's word: "Royal Perth Hospital", "the Royal Melbourne
    # Infirmary" are the towns' hospitals, no person Royal Perth; but not a given name's town: "the Royal Alexandria
    # Hospital" in Paisley is named for a princess)
    if joined_before and (_is_given_name(prev_tok, gazetteer) and not (
            prev_tok == "Royal" and after == " " and next_tok in _ROYAL_INSTITUTION_WORDS
            and not _is_given_name(first, gazetteer))
            or _titled_name_word(text, tokens, i - 1, gazetteer)):
        return False
    # A last name told before is that person's, unless a place's preposition puts it in a place ("Tyrone Jackson was
    # shot ... Police in Jackson said"; not "in Jackson's car").
    # (A country's or a big city's name is the person's too unless the report backs its country: "Steven Holland,
    # 24, ... Holland told officers"; a continent's is nobody's.)
    # (Nor where a town's body follows it: "President Clinton ... the Clinton City Council".)
    town_body = single and after == " " and prev_tok != "of" and text[m.end + 1:m.end + 2] in _TOWN_BODY_INITIALS \
        and _TOWN_BODY_AFTER.match(text, m.end) is not None
    # (A dateline's own town bearing the name is the place wherever a place's word frames it: "SHERMAN - ... named for
    # General Sidney Sherman ... between Sherman and Denison", "the west side of Sherman".)
    told_here = single and first in told_people and not (
        before == " " and (prev_tok.lower() in LOCATIVE_WORDS or prev_tok == "of")
        or _AREA_AFTER_COMMA.match(text, m.end) or _TOWN_PART_AFTER.match(text, m.end))
    if single and (first in surnames or told_here) and not (
            prev_tok in ("in", "near", "outside", "nearby", "downtown") and before == " "
            and text[m.end:m.end + 1] not in ("'", "’") or town_body
            or before == " " and (prev_tok in LOCATIVE_WORDS or prev_tok in ("of", "and"))
            and text[m.end:m.end + 1] not in ("'", "’") and _datelined_at(text, first)):
        # (A name told as a person's, "Hunter Wells, 19, ... Hunter was taken", is the person's even where it is a big
        # town's and the report backs its country, save a country's, a state's or a continent's name or the dateline's
        # town.)
        if not facts.major or told_here and not (facts.country_or_state or facts.continent) \
                and m.end > _dateline_end(text):
            return False
        if not facts.continent:
            m.weak = True
    if not single and after == " " and _opens_person_name(m.text, next_tok, gazetteer) and not facts.major:
        return False
    # "Ed O'Neill": a given name and a town's own name, which the phrase is only an alternate name of (GeoNames lists
    # some towns under their namesake person's full name), are that person (not "Co Donegal": a county's short form;
    # nor "Al Mukalla", "Al" the Arabic article of a town's alternate name as written, where the given name
    # "Al Franken" is only Franken's loosely).
    # (the facts asked before the gazetteer's given names: a major place passes at once)
    if not single and not facts.major and _is_given_name(first, gazetteer) \
            and not (first.lower() in ARTICLES and any(not loose for _, loose in gazetteer.matches(m.key))) \
            and (read := [p for p, _ in gazetteer.matches(m.key)]) \
            and all(name_key(p.name) != m.key for p in read) \
            and all(p.feature_class == "P" and name_key(p.name) == (rest := name_key(m.text.split(" ", 1)[-1]))
                    and p in _strict_matches(rest, gazetteer) for p in read):
        return False
    # (Found once: a town's body after a name makes it the town's, given name or English word, where the report backs
    # its country; not after "of": "the Chamber of Commerce Mayor's Breakfast" is the chamber's.)
    if single and after == " " and next_tok[:1].isupper() and next_tok not in PLACE_WORDS \
            and next_tok not in ORGANISATION_WORDS and next_tok.lower() not in HEADLINE_WORDS \
            and not town_body and _is_given_name(first, gazetteer):
        # ("Dallas Cooper, 18,", "Paris Whitaker told": a name told as a person's is one, a big town's name or not)
        if not facts.major or first in told_people and next_tok in told_people and not facts.country_or_state:
            return False
        # "Mary Wheeler", "Jordan Spieth": a major place's name, but a person's here unless the report
        # backs the place's country.
        m.weak = True
    # ... or does what only a person does ("Moultrie was arrested", "Moultrie's attorney"), unless a locative word
    # makes it a place ("a nurse in Austin told media", "a resident of Tyler said", "a man from Moultrie was
    # arrested", "a pool party in southwest Miami-Dade were hospitalized", "the city's Northside has been identified")
    # or it is a country or state, or a capital speaking for its government ("Moscow said"), that is no given name
    # ("Spain says", "The U.S. says").
    if single and (after == " " and next_tok in SPEECH_VERBS or _person_after(text, m.end)) and not (
            prev_tok.lower() in LOCATIVE_WORDS or prev_tok in ("of", "the") or prev_tok.capitalize() in DIRECTION_WORDS
            or _ends_place_list(text, tokens, i)
            or before in ("'s ", "’s ")
            or (facts.country_or_state
                or _capital_for_government(first, joined_before, surnames, facts))
            and not _is_given_name(first, gazetteer)):
        # (A country that is a given name too, "India said", "Iran says": the government where the report backs the
        # country; a person otherwise.)
        if not (after == " " and next_tok in SPEECH_VERBS and first not in surnames
                and facts.country_by_name):
            return False
        m.weak = True
    if single and text.startswith(",", m.end) and _AGE_AFTER.match(text[m.end:m.end + 8]):
        return False
    # A lone given name ("Patrick", "Kate") is a person unless the sentence makes it a place (an area's word after it:
    # "cholera in the Jere and Dikwa areas"; the area slot after a dateline's town: "BANGOR, Gwynedd -").
    # (Not a short form that ends in a capital, "PoK", "PoJK": no one's given name is written so.)
    if single and not facts.major_10k and _is_given_name(first, gazetteer) \
            and (first.isupper() or not first[-1].isupper()) and not (
            prev_tok.lower() in LOCATIVE_WORDS or after.startswith(",") or _LOCAL_AREA_AFTER.match(text, m.end)
            or before == ", " and m.end < _dateline_end(text)) \
            and not _article_joined_town(m, gazetteer):
        # (a first-level area's body is the area's where the report backs its country: "the Kerry Divisional Drugs
        # Unit" in a report from Co Kerry)
        if not (town_body or facts.first_level and after == " " and next_tok in AREA_BODY_WORDS):
            return False
        m.weak = True
    # The last or the first word of a longer name the gazetteer lacks ("Boko Haram", "Al Shabaab"): a small town's
    # name there needs the report to back its country (not "Metro Atlanta", "Greater Boston": major places; nor a
    # known word, an office or a day beside it).
    if single and not facts.major_100k and (
            before == " " and not prev_tok.islower() and prev_tok.lower() not in FUNCTION_WORDS
            and _unknown_name_word(prev_tok, gazetteer) or
            after == " " and not next_tok.islower() and next_tok not in ORGANISATION_WORDS
            and next_tok not in _CALENDAR_WORDS and _unknown_name_word(next_tok, gazetteer)):
        m.weak = True
    # The last word of a name that joins two words by "and" ("the Elephant and Castle", "Marks and Spencer"), whose
    # first the gazetteer lacks and no place's preposition opens, is no place (not "in Tondo and Navotas": two places).
    # (Nor "the Shada and Baqim border districts": places that a plural place word after them makes two.)
    if single and not facts.major_100k and prev_tok == "and" and before == " " and i >= 2 and not town_body \
            and text[tokens[i - 2][1]:tokens[i - 1][0]] == " " and _unknown_name_word(tokens[i - 2][2], gazetteer) \
            and _no_place_before_and(text, tokens, i - 2, gazetteer) and not _PLACES_AFTER.match(text, m.end):
        return False
    # A people's or a militia's name ("Kuki communities", "the Pokot tribe", "Fano militiamen") is a place's only where
    # the report backs the place's country (a people is often named after its land, seldom after a foreign town).
    # (So is every other mention of a militia's name, save one a place's preposition frames: "Fano leaders said".)
    if after == " " and next_tok in PEOPLE_WORDS and not facts.major \
            or m.key in militias and not facts.major and prev_tok.lower() not in LOCATIVE_WORDS:
        m.weak = True
    # Ordinary English words ("Will", "Mobile", "Reading"): not at a sentence start, and mid-sentence
    # only after a locative word or before ", <qualifier>".
    # (Capitals are no common word: "US" is not "us".)
    if single and not (first.isupper() and len(first) <= 4) and facts.common_word:
        in_longer_name = joined_before or after == " " and _capitalised(next_tok) \
            and next_tok.lower() not in HEADLINE_WORDS
        # "China", "Michigan", "Turkey"; a city of a million bearing this very name ("Paris", "Lima"); a dateline's town
        # with its country after it ("Juba, South Sudan -", "Mobile, Ala. (AP) -"), and that town where the report
        # names it again in its bodies' and schools' names ("EMPORIA, Kan. - ... Emporia High School", "Hickory Fire
        # Marshal"; not "Reading scores rose": a word; nor "Emporia State University", a university named after it).
        major = facts.country_or_state or facts.million_town_by_name \
            or m.sentence_initial and text.startswith(",", m.end) and _dateline(text, m) \
            or in_longer_name and not first.isupper() and _datelined_at(text, first) \
            and not _UNIVERSITY_AFTER.match(text, m.end) \
            or m.sentence_initial and text.startswith((" is ", " was "), m.end) and _DEFINED_AS_TOWN_AFTER.match(text, m.end)
        if (in_longer_name or m.sentence_initial) and not (major or town_body):
            return False
        # "Rivers also burst their banks", "Delta Air Lines": a first-level area bearing the word (Nigeria's Rivers)
        # needs the report to back its country there (not an owner: "Michigan's rate rose").
        state_word = (in_longer_name or m.sentence_initial and not _POSSESSIVE_AFTER.match(text, m.end)) \
            and not facts.major_below_first_level
        # (a frame of "of" counts as a locative word: "west of Samarra", "the town of Mobile")
        # (a town's body after the word makes it the town where a city of 50,000 bears it as its own: "Canton police
        # said", "Reading police"; not "Transit police", "Federal police", after a word only villages bear)
        body_of_a_city = town_body and any(
            p.feature_class == "P" and p.population >= _BODY_TOWN_POPULATION and name_key(p.name) == m.key
            for p in facts.strict)
        m.weak = m.weak or not (major or prev_tok.lower() in LOCATIVE_WORDS or _spelling_frame(text, tokens, i, k)
                                or after.startswith(",") or body_of_a_city) or town_body and not body_of_a_city \
            or state_word
    # A one-word alternate name of some small town only ("Courthouse", "Tri-State"): needs support, unless a place's
    # word after it says it is one ("the Bureij camp", "Tabayin township").
    elif single and facts.alias_only and not facts.major_100k \
            and not _PLACE_NOUN_AFTER.match(text, m.end):
        m.alias_only = not m.weak
        m.weak = True
    return True
