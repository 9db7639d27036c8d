"""Names the gazetteer lacks: found only in a place frame, asked of the online geocoder (a loopback
server speaking Nominatim's protocol), never invented without one."""
from geocoding import Gazetteer, Geoparser
from geocoding.online import OnlineGeocoder
from geocoding.unknown import find_unknown_names


def names(text: str, known=()) -> list[tuple[str, str]]:
    return [(u.name, u.frame) for u in find_unknown_names(text, list(known))]


def test_place_frames():
    assert names("Shelling hit the village of Ratla on Monday.") == [("Ratla", "the village of Ratla")]
    assert names("Near Ratla Friday, clashes went on.") == [("Ratla", "Near Ratla")]
    assert names("an airstrike 12 km north of Tal Hamis killed two") == [("Tal Hamis", "12 km north of Tal Hamis")]
    assert names("in the al-Waer neighbourhood of the city") == [("al-Waer", "the al-Waer neighbourhood")]
    assert [n for n, _ in names("fighting between Ratla and Qasara")] == ["Ratla", "Qasara"]
    assert names("the northern town of Maskanah") == [("Maskanah", "the northern town of Maskanah")]


def test_no_frame_no_name():
    assert names("Ratla was quiet. Fighters from Zulu Brigade said so.") == []
    assert names("between Monday and Tuesday") == []
    assert names("He met Smith near The Hague") == []
    # What the gazetteer already found is not asked again.
    assert names("the village of Ratla", known=[(15, 20)]) == []


def test_parse_asks_the_online_geocoder_with_the_reports_country(loopback):
    online = OnlineGeocoder("nominatim", min_delay_seconds=0, scheme="http", domain=loopback.domain,
                            user_agent="eventmap-tests")
    geoparser = Geoparser(Gazetteer.default(), fallback=online)
    text = ("Russian warplanes struck the village of Ratla, 20 km east of Raqqa, Syria, and fighting raged "
            "between Ratla and Qasara on Monday.")
    toponyms = geoparser.parse(text)
    assert [t.name for t in toponyms] == ["Ratla", "Raqqa", "Syria", "Ratla", "Qasara"]
    ratla = toponyms[0]
    assert (ratla.place.lat, ratla.place.lon, ratla.precision) == (35.88, 39.02, 1)
    assert loopback.hits == ["Ratla, Syria", "Qasara, Syria"]  # once each; Raqqa and Syria are the gazetteer's
    assert "between Ratla and Qasara" in [loc.phrase for loc in geoparser.locations(text, toponyms)]


def test_without_an_online_geocoder_nothing_is_invented(geoparser):
    toponyms = geoparser.parse("Russian warplanes struck the village of Ratla near Raqqa, Syria.")
    assert "Ratla" not in [t.name for t in toponyms]
