"""Geocoding: bodies of states named in news. The European Union, named as a place, is at its seat (Brussels), as
LGL places it; NATO and the UN are no places (neither LGL nor GeoVirus tags them)."""
from geocoding.spatial import haversine_km


def test_the_eu_is_at_its_seat_and_nato_and_the_un_are_no_places(geoparser):
    found = geoparser.parse(
        "VIENNA (Reuters) - Austria will back the European Union's new sanctions on Belarus, its foreign minister said "
        "on Monday, after NATO and the UN condemned the forced landing of a passenger jet. The EU will decide on Friday.")
    eu = [t for t in found if t.name in ("European Union", "EU")]
    assert len(eu) == 2 and all(haversine_km(t.place.lat, t.place.lon, 50.85, 4.35) < 50 for t in eu)
    assert not {"NATO", "UN"} & {t.name for t in found}
