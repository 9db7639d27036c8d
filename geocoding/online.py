"""Online geocoders through geopy (Nominatim, Photon, Pelias, the GeoNames web service...), chosen by
name and options, rate-limited, and cached through a pluggable cache (the API backs it with PostGIS).

Never required: eventmap resolves from its offline gazetteer and asks these only for names the
gazetteer lacks (see ``Geoparser(fallback=...)``).
"""
from __future__ import annotations

import json
from typing import Protocol

from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders import get_geocoder_for_service

from .model import Place

SERVICES = ("nominatim", "photon", "pelias", "geonames")


class GeocodeCache(Protocol):
    """Where answers are kept between calls: get returns what set stored, or None."""

    def get(self, key: str) -> dict | None: ...

    def set(self, key: str, value: dict) -> None: ...


class MemoryCache:
    """A process-local GeocodeCache, for tests and scripts."""

    def __init__(self):
        self._data: dict[str, dict] = {}

    def get(self, key: str) -> dict | None:
        return self._data.get(key)

    def set(self, key: str, value: dict) -> None:
        self._data[key] = value


class OnlineGeocoder:
    """``OnlineGeocoder("nominatim", user_agent="eventmap", domain=...)``: the options go to the geopy
    class of that service; min_delay_seconds and max_retries to geopy's RateLimiter."""

    def __init__(self, service: str, *, cache: GeocodeCache | None = None, min_delay_seconds: float = 1.0,
                 max_retries: int = 2, **options):
        service = service.lower()
        if service not in SERVICES:
            raise ValueError(f"unknown geocoding service {service!r}; choose one of {', '.join(SERVICES)}")
        self.service = service
        self.geocoder = get_geocoder_for_service(service)(**options)
        self.cache = cache if cache is not None else MemoryCache()
        self._geocode = RateLimiter(self.geocoder.geocode, min_delay_seconds=min_delay_seconds,
                                    max_retries=max_retries, swallow_exceptions=False)

    def geocode(self, query: str, **params) -> Place | None:
        """The service's best place for a query, from the cache when it has been asked before (a
        miss is cached too, so a name the service lacks is not asked for again)."""
        key = f"{self.service}:{query.strip().lower()}:{json.dumps(params, sort_keys=True)}"
        cached = self.cache.get(key)
        if cached is None:
            location = self._geocode(query, exactly_one=True, **params)
            cached = {"found": False} if location is None else {
                "found": True, "name": location.address, "lat": location.latitude, "lon": location.longitude}
            self.cache.set(key, cached)
        if not cached.get("found"):
            return None
        # An online answer has no GeoNames id or feature code we can trust: class P, code "".
        return Place(None, cached["name"], float(cached["lat"]), float(cached["lon"]), "P", "", None, None, 0)
