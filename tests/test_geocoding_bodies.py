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


def test_a_town_s_magistrate_s_court_is_the_town_and_the_tata_group_no_place(geoparser):
    # South Asian papers' singular "Magistrate's Court" is a town's court as "Magistrates' Court" is; "Tata" is
    # India's conglomerate in news, not Hungary's town
    found = geoparser.parse(
        "COLOMBO - A youth from Vavuniya was remanded by the Colombo Magistrate's Court on Monday. The gang targeted "
        "ATMs operated by a Tata group company in Mumbai.")
    names = [t.name.title() for t in found if t.place is not None]
    assert names.count("Colombo") == 2 and "Tata" not in names
