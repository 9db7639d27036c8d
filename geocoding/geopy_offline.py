"""geopy adapter over our gazetteer: ``OfflineGeocoder().geocode("Homs, Syria")`` works like any geopy
geocoder, with no network (so geopy users can plug eventmap's gazetteer in)."""
from __future__ import annotations

from geopy.geocoders.base import Geocoder
from geopy.location import Location as GeopyLocation

from .gazetteer import Gazetteer
from .geoparser import Geoparser
from .model import Place


def _to_geopy(place: Place) -> GeopyLocation:
    raw = {"geonameid": place.geonameid, "name": place.name, "feature_class": place.feature_class,
           "feature_code": place.feature_code, "country_code": place.country_code,
           "admin1": place.admin1, "population": place.population}
    address = ", ".join(p for p in (place.name, place.admin1, place.country_code) if p)
    return GeopyLocation(address, (place.lat, place.lon), raw)


class OfflineGeocoder(Geocoder):
    """Forward geocoding of place names ("Raqqa", "Springfield, Ill.", "Homs, Syria")."""

    def __init__(self, gazetteer: Gazetteer | None = None, **kwargs):
        super().__init__(**kwargs)
        self.geoparser = Geoparser(gazetteer)

    def geocode(self, query: str, *, exactly_one: bool = True, country_codes: list[str] | str | None = None):
        """The best place for the query (exactly_one) or every candidate, best first; None if none.
        Text after the first comma qualifies the name, as in "Homs, Syria"."""
        query = query.strip()
        name = query.split(",", 1)[0].strip()
        if not name:
            return None
        wanted = {country_codes.upper()} if isinstance(country_codes, str) else \
            {c.upper() for c in country_codes or ()}
        (best,) = self.geoparser.resolve(query, [(0, len(name))])
        ranked = [best.place] if best.place is not None else []
        ranked += [p for p in self.geoparser.gazetteer.candidates(name) if p != best.place]
        if wanted:
            ranked = [p for p in ranked if p.country_code in wanted]
        if not ranked:
            return None
        return _to_geopy(ranked[0]) if exactly_one else [_to_geopy(p) for p in ranked]

    def reverse(self, query, *, exactly_one=True):
        raise NotImplementedError("reverse geocoding is not offered by the offline gazetteer")
