"""Toponym recognition: capitalised word sequences that name a gazetteer place, minus the ones that
are people, organisations, acronyms or ordinary words in this sentence.

No statistical model: a longest-match scan over capitalised tokens against the gazetteer's key set,
then a few filters whose reasons are given where they are applied. Fast enough for thousands of
reports a second.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .gazetteer import Gazetteer
from .normalize import ARTICLES, name_key
from .sources import is_latin

MAX_TOKENS = 6

# Words, apostrophes and hyphens inside words, and dotted abbreviations ("U.S.", "D.C.").
_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_]+(?:['’`ʼ\-][^\W\d_]+)*")
_POSSESSIVE = re.compile(r"['’]s$")

# Lower-case words that may sit inside a place name ("Gulf of Mexico", "Deir ez-Zor", "Rio de Janeiro").
CONNECTORS = frozenset("of de del la le du des da do dos das di el al ez es ed en on upon the y "
                       "van von der den sur am im bin ibn".split())
# Abbreviations that end in a dot inside a name ("St. Louis", "Ft. Worth").
NAME_ABBREVIATIONS = frozenset("St Ste Ft Mt Pt".split())

# Titles and roles that introduce a person's name: "Gov. Jackson", "Sheriff Henry Farrin".
PERSON_TITLES = frozenset("""Mr Mrs Ms Miss Dr Sen Senator Rep Representative Gov Governor Gen General Col
Colonel Lt Lieutenant Sgt Sergeant Capt Captain Cpl Officer Deputy Detective Det Judge Justice President
Prince Princess King Queen Sheikh Pope Rev Reverend Father Pastor Bishop Coach Chief Sheriff Mayor
Minister Secretary Commissioner Attorney Trooper Agent Professor Prof Dean Lord Lady Sir Dame Imam
Rabbi Cardinal Ayatollah Emir Mullah Brother Sister Uncle Aunt Mrs. Councilman Councilwoman Chairman
Spokesman Spokeswoman Superintendent Principal Dr.""".split())
# Words that, right after a name, make it the name of an organisation, a building or a street.
ORGANISATION_WORDS = frozenset("""University College School Schools Academy Institute Post Times Journal Herald
News Tribune Gazette Star Daily Press Sun Chronicle Observer Review Party Inc Corp Corporation Co Company
Ltd LLC Group Bank Church Cathedral Mosque Hospital Clinic Medical Street St Avenue Ave Road Rd Boulevard
Blvd Drive Dr Lane Ln Highway Hwy Way Court Ct Place Pl Circle Parkway Pkwy Mall Club Association
Foundation Agency Ministry Department Dept Office Council Committee Commission Board Bureau Service
Services Airlines Airways Railway Railroad Motors Industries Hotel Inn Restaurant Stadium Arena Center
Centre Theater Theatre Museum Library Zoo Park Square Chamber Airport Elementary Middle High Braves
Cowboys Giants Rangers Lakers Bulls Yankees Steelers Packers Red United FC Symphony Orchestra Police
Sheriffs Fire Rescue Court Courts Jail Prison Correctional Penitentiary Detention Bar Line Lines
Transit Authority Army Navy Republicans Democrats Herald""".split())
# Words of a capitalised run that may follow a place name and still leave it a place name.
PLACE_WORDS = frozenset("""County Parish Province Governorate Region District City Town Village State
Valley River Lake Mountains Mountain Island Islands Peninsula Bay Gulf Sea Ocean Desert Coast Basin
Township Borough Municipality Prefecture Oblast Krai Republic Territory Old New North South East West
Northern Southern Eastern Western Central Upper Lower Greater Metro Area Strip Heights Plain Plains""".split())
# Words before a name that make the next word a place ("in Mobile", "near Reading").
LOCATIVE_WORDS = frozenset("""in at near from to of outside around across toward towards into through
via between and northern southern eastern western central north south east west""".split())
# Capitalised words that are (almost) never a toponym in news text although some village bears them.
NEVER_TOPONYMS = frozenset("""january february march april may june july august september october november
december monday tuesday wednesday thursday friday saturday sunday god lord jesus allah christmas easter
ramadan mr mrs ms dr police president governor mayor senator sheriff officer university state city
county north south east west central northern southern eastern western i a an the of in on at and
or but if he she it we they you his her its our their this that these those""".split())
# Speech verbs after a single capitalised word mark a person ("Henry said").
SPEECH_VERBS = frozenset("said says told added explained noted stated asked wrote according".split())

_SENTENCE_END = re.compile(r"[.!?:;\"“”]\s*$|^\s*$")


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
_STATE_ABBREVIATION = re.compile(r"(?<=,\s)(" + "|".join(
    re.escape(a) for a in sorted(US_STATE_ABBREVIATIONS, key=len, reverse=True)) + r")\.(?![\w.])")


@dataclass(slots=True)
class Mention:
    """A span of text that names a gazetteer place, a state abbreviation, or a demonym."""
    start: int
    end: int
    text: str
    key: str
    kind: str = "name"              # "name" | "abbreviation" ("Ill.") | "demonym" ("Syrian": evidence)
    code: str | None = None         # "US.IL" for an abbreviation, the ISO country of a demonym
    sentence_initial: bool = False
    weak: bool = False              # an ordinary English word too: needs support to count


def _capitalised(tok: str) -> bool:
    if tok[0].isupper():
        return tok.isascii() or is_latin(tok)
        return True
    # "al-Waer", "ez-Zor": a lower-case Arabic article joined to a capitalised name.
    head, sep, rest = tok.partition("-")
    return bool(sep) and head in ARTICLES and rest[:1].isupper()


def tokenize(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in _TOKEN.finditer(text):
        s, e, tok = m.start(), m.end(), m.group()
        pm = _POSSESSIVE.search(tok)
        if pm and len(tok) > 2:
            e -= 2
            tok = tok[:-2]
        out.append((s, e, tok))
    return out


def _joined(text: str, prev: tuple[int, int, str], nxt: tuple[int, int, str]) -> bool:
    """Whether two tokens can sit in one name: one space between, or "St. " style abbreviation."""
    gap = text[prev[1]:nxt[0]]
    if gap == " ":
        return True
    return gap == ". " and prev[2] in NAME_ABBREVIATIONS


def demonym_country(word: str, gazetteer: Gazetteer) -> str | None:
    """ISO code of the country a demonym names: "Syrian", "Palestinians" -> "SY", "PS"."""
    demonyms = gazetteer.demonyms
    if word in demonyms:
        return demonyms[word]
    if word.endswith("s") and word[:-1] in demonyms:
        return demonyms[word[:-1]]
    return None


def find_mentions(text: str, gazetteer: Gazetteer) -> list[Mention]:
    tokens = tokenize(text)
    mentions: list[Mention] = [
        Mention(m.start(), m.end(), m.group(), m.group(), "abbreviation",
                "US." + US_STATE_ABBREVIATIONS[m.group(1)])
        for m in _STATE_ABBREVIATION.finditer(text)]
    taken = {m.start for m in mentions}
    n = len(tokens)
    i = 0
    while i < n:
        s, e, tok = tokens[i]
        if not _capitalised(tok) or s in taken:
            i += 1
            continue
        # The longest run of joined name-like tokens from here (capitalised, or connectors inside).
        j = i + 1
        while j < n and j - i < MAX_TOKENS and _joined(text, tokens[j - 1], tokens[j]) and (
                _capitalised(tokens[j][2]) or tokens[j][2] in CONNECTORS):
            j += 1
        match = None
        for k in range(j, i, -1):
            if not _capitalised(tokens[k - 1][2]):
                continue
            span_text = text[s:tokens[k - 1][1]]
            key = name_key(span_text)
            if gazetteer.has_key(key):
                match = (k, span_text, key)
                break
        if match is None:
            country = demonym_country(tok, gazetteer)
            if country:
                mentions.append(Mention(s, e, tok, name_key(tok), "demonym", country))
            i += 1
            continue
        k, span_text, key = match
        mention = Mention(s, tokens[k - 1][1], span_text, key)
        if _keep(text, tokens, i, k, mention, gazetteer):
            mentions.append(mention)
            i = k
        else:
            i += 1
    return sorted(mentions, key=lambda m: m.start)


def _keep(text: str, tokens: list, i: int, k: int, m: Mention, gazetteer: Gazetteer) -> bool:
    """Filters for a gazetteer match tokens[i:k]; may mark it weak (needs support to be kept)."""
    first, last = tokens[i][2], tokens[k - 1][2]
    prev_tok = tokens[i - 1][2] if i > 0 else ""
    next_tok = tokens[k][2] if k < len(tokens) else ""
    before = text[tokens[i - 1][1]:tokens[i][0]] if i > 0 else ""
    after = text[tokens[k - 1][1]:tokens[k][0]] if k < len(tokens) else ""
    single = k == i + 1
    m.sentence_initial = i == 0 or bool(_SENTENCE_END.search(text[max(0, tokens[i][0] - 3):tokens[i][0]])) \
        and prev_tok not in NAME_ABBREVIATIONS
    if m.key in NEVER_TOPONYMS or len(m.key) < 2:
        return False
    # "Mosul's Old City": a part of the place named before it (spatial.py makes it a location).
    if i > 0 and text[tokens[i - 1][1]:tokens[i][0]] in ("'s ", "’s "):
        return False
    # Acronyms ("SANA", "ISIS", "YPG") are organisations, save the few that are country codes.
    if single and first.isupper() and len(first) <= 5 and "." not in first and first not in ("US", "UK", "USA", "UAE", "DRC"):
        return False
    # "Mr Henry", "Sheriff Henry", "Gov. Jackson".
    if prev_tok.rstrip(".") in PERSON_TITLES and before in (" ", ". "):
        return False
    # "Washington Post", "Concord District Court", "Homs University": organisations and streets.
    if next_tok in ORGANISATION_WORDS and after == " ":
        return False
    # Part of a longer capitalised name: "Abu Bakr al-Baghdadi", "Chiquita Raquel Henry".
    run_before = i > 0 and before == " " and (_capitalised(prev_tok) and not m.sentence_initial
                                              or prev_tok in CONNECTORS and i > 1 and _capitalised(tokens[i - 2][2]))
    run_after = k < len(tokens) and after == " " and _capitalised(next_tok) and next_tok not in PLACE_WORDS
    if run_before or run_after:
        return False
    # "Henry said" -- a one-word name followed by a speech verb is a person.
    if single and after == " " and next_tok in SPEECH_VERBS:
        return False
    # Ordinary English words ("Will", "Mobile", "Reading"): not at a sentence start, and mid-sentence
    # only after a locative word or before ", <qualifier>".
    if single and gazetteer.is_common_word(m.key):
        if m.sentence_initial:
            return False
        m.weak = not (prev_tok.lower() in LOCATIVE_WORDS or after.startswith(","))
    return True
