"""Names the gazetteer lacks: found only in a place frame, asked of the online geocoder (a loopback
server speaking Nominatim's protocol), never invented without one."""
from geocoding import Gazetteer, Geoparser
from geocoding.online import OnlineGeocoder
from geocoding.unknown import find_unknown_names


def names(text: str, known=()) -> list[tuple[str, str]]:
    return [(u.name, u.frame) for u in find_unknown_names(text, list(known))]
