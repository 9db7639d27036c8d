"""Geocoding: US local news, round uslocalfix: a dateline town that shares a person's last name, a person named like
a town, a common word opening the story after the dateline, Washington standing for the federal government, and a
far town placed by ", in <country>"."""


def mentions(geoparser, text, surface):
    return [t for t in geoparser.parse(text) if text[t.start:t.end] == surface]
