"""The page furniture a scraped report carries around its story: copyright and licence lines, teasers of other
stories ("RELATED: Man killed in Elm Street crash", a list of other headlines), photo credits and captions, and
reader prompts ("Click here to sign up", cookie notices, share buttons), a police release's field labels. None of it
tells the report's event: its tolls, years and towns are another story's or none. furniture_spans gives their
character ranges; masked blanks them (offsets kept) so that the event reading never sees them."""
from __future__ import annotations

import datetime as dt
import re

from .dates import DATE_RE, _resolve
from .matching import fold, holds_a_word

# "Copyright 2019 Nexstar Media Inc. All rights reserved.", "Copyright by WISH - All rights reserved", "© 2020 AFP"
_COPYRIGHT = re.compile(r"(?:Copyright\b|©|\(c\)\s*(?=(?:19|20)\d\d))\s*(?:©\s*)?(?:(?:19|20)\d\d\b)?"
                        r"(?:[^\n]{0,100}?\bAll\s+rights\s+reserved\b\.?|[^\n.]{0,40}(?=\n|$))?")
# the licence line of agency copy ("This material may not be published, broadcast, rewritten or redistributed.")
_LICENCE = re.compile(r"This\s+material\s+may\s+not\s+be\s+published,\s+broadcast,\s+rewritten,?\s+or\s+redistributed\.?")
# a teaser of another story, told by its label: to the line's end, or (text run into one line) the sentence's
# (its label set off by a colon, a bar or a dash: "RELATED | Two hurt in ...", "READ MORE -- ...")
_TEASER = re.compile(r"(?:RELATED|Related|READ\s+MORE|Read\s+[Mm]ore|ALSO\s+READ|Also\s+read|"
                     r"SEE\s+ALSO|See\s+also|MORE|PREVIOUSLY|Previously|WATCH)\s*(?::|\||[\u2013\u2014]|--?\s)")
_TEASER_MARKS = (":", "|", "\u2013", "\u2014", "- ", "-- ")
# a heading of other stories on a line of its own; the headline lines after it (no sentence's end) go with it
_TEASER_HEADING = re.compile(r"^(?:Related\s+(?:Coverage|Stories|Articles|Links|Content|News)|More\s+(?:Local\s+)?(?:News|"
                             r"[Ss]tories|[Hh]eadlines)|More\s+from\s+[^\n.]{1,40}|Most\s+(?:Read|Popular|Viewed)|"
                             r"Trending(?:\s+Now|\s+Stories)?|Top\s+Stories|Latest\s+(?:News|Stories)|You\s+(?:may|might)\s+also\s+"
                             r"like|Recommended(?:\s+for\s+you)?|See\s+more\s+stories)[ \t]*:?[ \t]*$", re.MULTILINE)
# a credit in brackets: "(Photo: AP/John Smith)", "(File photo/Daily Memphian)", "(Provided Photo/Fortville Police)"
_PHOTO_CREDIT = re.compile(r"\((?:[A-Z][\w.]*\s+)?(?:[Pp]hoto|PHOTO|[Ii]mage|IMAGE|[Vv]ideo)s?\b[^()\n]{0,100}\)")
# a caption run into the text between its button and its credit: "Buy Photo Two people were shot on 8th Street on
# March 8, 2017. (Photo: Will Cleveland/Staff)Buy Photo" (the caption's day is the photo's, maybe of another event)
_BUY_PHOTO_CAPTION = re.compile(r"Buy\s+Photo\b[^()]{0,300}?\((?:[Pp]hoto|PHOTO)s?:[^()\n]{0,100}\)")
# a line that is a credit: "Photo by Courtesy of ...", "File photo"
_PHOTO_LINE = re.compile(r"^(?:(?:File\s+|FILE\s+)?(?:[Pp]hoto|PHOTO|[Ii]mage)s?(?:\s+by\b|\s+courtesy\b|\s*:)|"
                         r"File\s+(?:photo|image)\b|FILE\s+PHOTO\b)[^\n]*$", re.MULTILINE)
# the reader's prompts: to the sentence's end (both at a sentence's start: see _opens_sentence)
_PROMPT = re.compile(r"(?:Click\s+here\b|Sign\s+up\s+(?:for|to|now|today)\b|Subscribe\s+"
                     r"(?:now|today|to|for)\b|Already\s+a\s+subscriber\b|This\s+(?:content|story|article)\s+is\s+(?:for|available\s+"
                     r"to|only\s+for)\s+subscribers|We\s+use\s+cookies\b|By\s+continuing\s+to\s+(?:browse|use)\b|"
                     r"Accept\s+(?:all\s+)?cookies\b|Share\s+this\s+(?:article|story)\b|Read\s+or\s+[Ss]hare\s+this\s+story\b|"
                     r"Share\s+(?:Share\s+)?on\s+Facebook\b|Follow\s+us\s+on\b)")
# a word of each of _PROMPT's alternatives (most texts hold none)
_PROMPT_WORDS = ("Click", "Sign", "Subscribe", "Already", "subscribers", "cookies", "continuing", "Share", "Read", "Follow")
_TOLD_AFTER = re.compile(r"[.!?]")  # a sentence's end: some sentence told after the furniture
# a credit of the report's writers: their towns are where they filed from, no scene ("Associated Press writer Jane Roe in
# Lagos contributed to this report.", "Reporting by Hamid Shalizi in Kabul; Editing by Nick Macfie")
_CONTRIBUTED = re.compile(r"\bcontributed(?:\s+(?:to\s+)?(?:this|the)\s+(?:report|story|article|reporting)|\s+reporting)\b[.)]*")
_CREDIT = re.compile(r"(?:Additional\s+[Rr]eporting|Reporting|Writing|Editing|Compiled)\s+by\b")
_CREDIT_HINTS = ("eporting by", "Writing by", "Editing by", "Compiled by")
_SENTENCE_START = re.compile(r"(?:[.!?][\"”’)]?\s+|\n)(?=[^.!?\n]*$)")
# a page's stamp on a line of its own at its top: "By Jane Doe | Updated 6:02 PM EST, Mon March 5, 2018", "Posted: Jan 12,
# 2017 / 10:44 AM CST Updated: Jan 13, 2017": the page's day, no event's
_STAMP = re.compile(r"\b(?:Posted|Published|Updated|Last\s+updated)\b(?:\s+on)?\s*:?\s*(?:\d{1,2}:\d\d\s*(?:[AaPp]\.?[Mm]\.?)?"
                    r"\s*(?:[A-Z]{2,4}\b)?[\s,]*)?")
_STAMP_REACH = 300
_STAMP_WORDS = ("Posted", "Published", "Updated", "updated")  # _STAMP needs one


def _may_be_stamped(text: str) -> bool:
    """Whether the top of the page holds one of _STAMP_WORDS (most do not: _STAMP is then not tried at every character)."""
    for word in _STAMP_WORDS:
        if text.find(word, 0, _STAMP_REACH) >= 0:
            return True
    return False

_SENTENCE_END = re.compile(r"[.!?](?=[\"”’)]?\s|$)|\n")
# a line of other stories' headlines run together: many words, each capitalised, no sentence's end
_HEADLINE_WORD = re.compile(r"[A-Z0-9\"“'‘$]")
# a police release's header field labels at a line's start ("DATE: Saturday, May 20, 2023", "DATE/TIME: 03/14/2024 at
# 2315 hours", "LOCATION: ...", "CASE #: 24-0412"): the label only, its value is the report's; a label is no town
# ("DATE": Date, Japan)
_RELEASE_LABEL_HINTS = ("DATE", "TIME", "LOCATION", "INCIDENT", "CASE")  # (the labels: one opens each)
_RELEASE_LABEL = re.compile(rf"^(?:{'|'.join(_RELEASE_LABEL_HINTS)})(?:\s*(?:/|&|AND)\s*(?:DATE|TIME|LOCATION))?"
                            r"(?:\s*(?:#|NUMBER|NO\.))?\s*:", re.MULTILINE)
# the words the copyright and credit patterns need: each runs only on a text that holds one (most reports hold none;
# the teaser and prompt patterns scan faster than a test for each of their labels would)
_COPYRIGHT_HINTS = ("Copyright", "©", "(c)")
_PHOTO_HINTS = ("hoto", "HOTO", "mage", "IMAGE", "ideo")  # (and _PHOTO_LINE's)
_TEASER_HEADING_HINTS = ("Related", "More", "Most", "Trending", "Top", "Latest", "You", "Recommended", "See")  # (one opens each)


def _sentence_end(text: str, i: int) -> int:
    m = _SENTENCE_END.search(text, i)
    return m.end() if m else len(text)


def _opens_sentence(text: str, i: int) -> bool:
    """Whether text[i] starts the text, a line or a sentence (a label or a prompt stands there, not inside one)."""
    return i == 0 or text[i - 1] == "\n" or text[i - 1].isspace() and i > 1 and text[i - 2] in ".!?\"”’"


def _line_end(text: str, i: int) -> int:
    j = text.find("\n", i)
    return len(text) if j < 0 else j


def _stamp_lines(text: str) -> list[tuple[int, int]]:
    """The lines at the top of a page that hold a stamp and no sentence's end (a byline's "By ... | Updated ...")."""
    lines = []
    for stamp in _STAMP.finditer(text, 0, _STAMP_REACH) if _may_be_stamped(text) else ():
        start, end = text.rfind("\n", 0, stamp.start()) + 1, _line_end(text, stamp.end())
        if not _TOLD_AFTER.search(text.replace("a.m.", "am").replace("p.m.", "pm"), start, end) and \
                (not lines or lines[-1] != (start, end)):
            lines.append((start, end))
    return lines


def stamped_day(text: str) -> dt.date | None:
    """The day a page's stamp at its top gives (the first: posted before updated): with no publication day given, the
    day its relative dates count from."""
    for stamp in _STAMP.finditer(text, 0, _STAMP_REACH) if _may_be_stamped(text) else ():
        folded = fold(text[stamp.end():stamp.end() + 60])
        m = DATE_RE.search(folded)
        if m is not None and m.start() <= 20 and (day := _resolve(m, None)) is not None and day[0] == day[1]:
            return day[0]
    return None


def _headline_list(line: str) -> bool:
    if "," in line or line.rstrip()[-1:] in ".!?\"”:;,":  # (before the split: a paragraph's line mostly ends here)
        return False
    words = line.split()
    if len(words) < 8:
        return False
    return sum(bool(_HEADLINE_WORD.match(w)) for w in words) >= 0.85 * len(words)


def furniture_spans(text: str, title_end: int = 0) -> list[tuple[int, int]]:
    """The (start, end) ranges of the page's furniture, in text order, merged (title_end: where the report's title
    ends; the title itself is never furniture, but for a stamp's line read as one)."""
    spans: list[tuple[int, int]] = []
    newlines = "\n" in text
    if holds_a_word(text, _COPYRIGHT_HINTS):
        spans.extend(m.span() for m in _COPYRIGHT.finditer(text))
    if "material may not" in text:
        spans.extend(m.span() for m in _LICENCE.finditer(text))
    if spans and not _TOLD_AFTER.search(text, last := max(e for _, e in spans)):
        # what follows the page's last copyright or licence line and tells no sentence ("... All rights reserved. Two
        # killed in Springfield crash Police seek driver in hit-and-run") is the page's list of other stories
        spans.append((last, len(text)))
    patterns = []  # (each only where a text holds what it needs)
    if holds_a_word(text, _TEASER_MARKS):  # (a teaser's label ends with one)
        patterns.append(_TEASER)
    if holds_a_word(text, _PROMPT_WORDS):
        patterns.append(_PROMPT)
    for pattern in patterns:
        spans.extend((m.start(), _line_end(text, m.end()) if newlines else _sentence_end(text, m.end()))
                     for m in pattern.finditer(text) if _opens_sentence(text, m.start()))
    if "contributed" in text:
        for m in _CONTRIBUTED.finditer(text):
            opening = _SENTENCE_START.search(text, max(0, m.start() - 200), m.start())
            if opening:
                spans.append((opening.end(), m.end()))
    for m in _CREDIT.finditer(text) if holds_a_word(text, _CREDIT_HINTS) else ():
        start = m.start() - (text[m.start() - 1:m.start()] == "(")  # "(Reporting by ...; Editing by ...)"
        if _opens_sentence(text, start):
            spans.append((start, _line_end(text, m.end()) if newlines else _sentence_end(text, m.end())))
    if "Buy Photo" in text:
        spans.extend(m.span() for m in _BUY_PHOTO_CAPTION.finditer(text))
    photo_hinted = holds_a_word(text, _PHOTO_HINTS)  # (asked once: both photo patterns need one)
    for m in _PHOTO_CREDIT.finditer(text) if "(" in text and photo_hinted else ():
        start = m.start()
        if newlines:  # a caption line: the words before the credit on its line are the caption's
            line_start = text.rfind("\n", 0, start) + 1
            if not text[m.end():_line_end(text, m.end())].strip():
                start = line_start
        spans.append((start, m.end()))
    if newlines:
        for m in _PHOTO_LINE.finditer(text) if photo_hinted else ():
            spans.append(m.span())
        if holds_a_word(text, _RELEASE_LABEL_HINTS):
            spans.extend(m.span() for m in _RELEASE_LABEL.finditer(text))
        for m in _TEASER_HEADING.finditer(text) if holds_a_word(text, _TEASER_HEADING_HINTS) else ():
            end = m.end()
            while end < len(text):  # the headlines under it, one a line, until a line that ends a sentence
                nxt = text.find("\n", end + 1)
                line_end = len(text) if nxt < 0 else nxt
                line = text[end:line_end].strip()
                if not line:
                    if text.startswith("\n\n", end) and end > m.end():
                        break
                    end = line_end
                    continue
                if line[-1] in ".!?\"”":
                    break
                end = line_end
            spans.append((m.start(), end))
        pos = 0
        for line in text.split("\n"):
            if pos >= title_end and _headline_list(line):
                spans.append((pos, pos + len(line)))
            pos += len(line) + 1
    spans = sorted([(max(s, title_end), e) for s, e in spans if e > title_end] +
                   (_stamp_lines(text) if newlines else []))  # (a byline's line read as a title is no title)
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


def masked(text: str, spans: list[tuple[int, int]]) -> str:
    """text with each span's characters but its newlines blanked: every offset still indexes the same place."""
    if not spans:
        return text
    out, last = [], 0
    for s, e in spans:
        out.append(text[last:s])
        out.append("".join("\n" if c == "\n" else " " for c in text[s:e]))
        last = e
    out.append(text[last:])
    return "".join(out)
