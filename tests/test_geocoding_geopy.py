"""geopy adapters: the offline geocoder over our gazetteer, and online services with rate limiting and
a cache, pointed at a loopback HTTP server (never the internet)."""
import pytest
from geopy.geocoders.base import Geocoder
from geopy.location import Location as GeopyLocation

from geocoding import Gazetteer, Geoparser
from geocoding.geopy_offline import OfflineGeocoder
from geocoding.online import MemoryCache, OnlineGeocoder
