"""geopy adapters: the offline geocoder over our gazetteer, and online services with rate limiting and
a cache, pointed at a loopback HTTP server (never the internet)."""
import pytest
from geopy.geocoders.base import Geocoder
from geopy.location import Location as GeopyLocation

from geocoding import Gazetteer, Geoparser
from geocoding.geopy_offline import OfflineGeocoder
from geocoding.online import MemoryCache, OnlineGeocoder


def test_offline_geocoder_is_a_geopy_geocoder():
    geocoder = OfflineGeocoder()
    assert isinstance(geocoder, Geocoder)
    homs = geocoder.geocode("Homs, Syria")
    assert isinstance(homs, GeopyLocation)
    assert homs.raw["country_code"] == "SY" and abs(homs.latitude - 34.73) < 0.2
    springfield = geocoder.geocode("Springfield, Ill.")
    assert springfield.raw["admin1"] == "IL"
    many = geocoder.geocode("Palmyra", exactly_one=False)
    assert len(many) > 3 and all(isinstance(loc, GeopyLocation) for loc in many)
    assert geocoder.geocode("Palmyra", country_codes="SY").raw["country_code"] == "SY"
    assert geocoder.geocode("Xqzzyville") is None


def test_nominatim_through_rate_limiter_and_cache(loopback):
    cache = MemoryCache()
    online = OnlineGeocoder("nominatim", cache=cache, min_delay_seconds=0, scheme="http", domain=loopback.domain,
                            user_agent="eventmap-tests")
    place = online.geocode("Ratla")
    assert place is not None and place.name == "Ratla, Syria" and (place.lat, place.lon) == (35.88, 39.02)
    assert online.geocode("Ratla") == place
    assert loopback.hits == ["Ratla"]              # the second answer came from the cache
    assert online.geocode("Nowhere") is None
    assert online.geocode("Nowhere") is None
    assert loopback.hits == ["Ratla", "Nowhere"]   # misses are cached too


def test_photon_by_name(loopback):
    online = OnlineGeocoder("photon", min_delay_seconds=0, scheme="http", domain=loopback.domain)
    place = online.geocode("Qasara")
    assert (place.lat, place.lon) == (35.88, 39.02)


def test_unknown_service_is_refused():
    with pytest.raises(ValueError):
        OnlineGeocoder("nosuchservice")


def test_online_fallback_for_names_the_gazetteer_lacks(loopback):
    online = OnlineGeocoder("nominatim", min_delay_seconds=0, scheme="http", domain=loopback.domain,
                            user_agent="eventmap-tests")
    geoparser = Geoparser(Gazetteer.default(), fallback=online)
    text = "between the settlements of Ratla and Qasara"
    ratla, qasara = geoparser.resolve(text, [(27, 32), (37, 43)])
    assert ratla.name == "Ratla" and ratla.place.lat == 35.88
    assert qasara.place is not None
    assert loopback.hits == ["Ratla", "Qasara"]
