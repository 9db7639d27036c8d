"""eventmap geocoding: find place names in report text, resolve them to gazetteer entries, and turn
spatial phrases into points. Plain Python, offline by default (see index.py for the gazetteer cache)."""
from .gazetteer import Gazetteer
from .geoparser import Geoparser
from .model import Location, Place, Toponym

__all__ = ["Gazetteer", "Geoparser", "Location", "Place", "Toponym"]
