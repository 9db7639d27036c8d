"""Geocoding: airports (airportsdata's, with an IATA code) as gazetteer places, named as news names them."""
import math

from geocoding.model import PREC_EXACT
from geocoding.sources import airport_aliases


def km(lat1, lon1, lat2, lon2):
    p = math.pi / 180
    h = math.sin((lat2 - lat1) * p / 2) ** 2 + \
        math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2
    return 12742 * math.asin(math.sqrt(h))


def toponym(geoparser, text, surface):
    return next(t for t in geoparser.parse(text) if text[t.start:t.end] == surface)
