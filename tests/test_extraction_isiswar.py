"""War reports of Syria and Iraq, 2014-2019 (the isiswar round): short reports of our own."""
from extraction import process_report
from geocoding import Geoparser

_GEO = Geoparser()


def _events(text, published="2017-01-18"):
    return process_report({"id": "t", "title": None, "text": text, "published_at": published}, _GEO)["events"]


def _names(ev):
    return (ev["actor1"] or {}).get("name"), (ev["actor2"] or {}).get("name")


def _place(ev):
    return (ev["location"] or {}).get("name")


def test_a_building_blown_up_where_it_stood_is_its_destruction():
    evs = _events("The Islamic State group blew up Mosul's Al-Nuri mosque and its famed leaning minaret on Wednesday "
                  "night, the Iraqi military said.", "2017-06-22")
    assert evs and evs[0]["sub_event_type"] == "Looting/property destruction"
    assert _names(evs[0])[0] == "Islamic State"


def test_an_assault_launched_on_a_stronghold_and_its_dead_told_after():
    evs = _events("The Syrian Democratic Forces (SDF) launched their assault on the Islamic State stronghold of Raqqa on "
                  "Tuesday, the alliance said. The Syrian Observatory for Human Rights said 12 SDF fighters had been "
                  "killed in the fighting.", "2017-06-06")
    assert len(evs) == 1 and evs[0]["sub_event_type"] == "Armed clash"
    assert set(_names(evs[0])) == {"SDF: Syrian Democratic Forces", "Islamic State"}
    assert evs[0]["killed"]["best"] == 12
