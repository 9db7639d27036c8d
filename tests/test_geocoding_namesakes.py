"""Geocoding: the famous place vs its local namesake (round namesakes): a bare name read as a far city in a report
whose other places all lie in one state is the state's namesake near them, unless the report names the far city's
country or its sentence tells travel abroad."""


def mentions(geoparser, text, surface):
    return [t for t in geoparser.parse(text) if text[t.start:t.end] == surface]


def where(found):
    return [(t.place.country_code, t.place.admin1) for t in found]
