"""An event's scene: a riot told by its arson alone, and the place where the act happened over places only named."""
import datetime as dt

from extraction import process_report
from geocoding import Geoparser

_GEO = Geoparser()


def _events(text, published="2025-03-02"):
    return process_report({"id": "t", "title": None, "text": text, "published_at": published}, _GEO)["events"]


def test_rioters_who_set_fire_to_buses_riot_on_the_night_told():
    # ("set" looks ahead only as a plan's, "set for Monday": "set fire to" is the arson, its date the act's own)
    for town in ("Dublin", "Cork"):
        [ev] = _events(f"Rioters set fire to buses in {town} on Thursday night.")
        assert (ev["event_type"], ev["sub_event_type"]) == ("Riots", "Violent demonstration")
        assert ev["location"]["name"] == town and ev["date_start"] == "2025-02-27"


def test_a_place_only_named_is_no_scene():
    # a paper's town, the power behind the doers, the far side of a border, a force's command area, a rejecter
    [ev] = _events("An explosive device damaged a footbridge in Mitrovica late on Sunday, Kosovo police said. No one "
                   "was injured. Officials blamed criminal groups directed by Serbia, which Belgrade rejected.",
                   "2025-04-22")
    assert ev["location"]["country_code"] == "XK"
    [ev] = _events("A Kosovo police officer was wounded when unknown gunmen opened fire on a patrol at the border "
                   "crossing with Serbia on Thursday night, police said.", "2025-09-12")
    assert ev["location"]["country_code"] == "XK"
    [ev] = _events("Troops of Operation Hadin Kai in the North-East theatre repelled an attack by ISWAP terrorists on "
                   "their base in Damboa, Borno State, on Sunday, killing 14 of the insurgents, the army said.",
                   "2025-05-13")
    assert ev["location"]["country_code"] == "NG"
    evs = _events("A pipe bomb was found under a car in Newry, Co Down, on Monday morning. Army technical officers made "
                  "the device safe. Dissident republicans claimed it in a call to a Dublin radio station.", "2025-01-14")
    assert all(e["location"]["name"] != "Dublin" for e in evs)


def test_the_arrest_s_place_is_no_scene_of_the_act_before_it():
    [ev] = _events("Two people were wounded in a knife attack at a tram stop in Hanover on Monday. Police arrested a "
                   "31-year-old suspect on Tuesday near Hamburg, where he had fled by train.", "2025-02-19")
    assert ev["location"]["name"] == "Hannover"


def test_a_station_attacked_is_the_scene_a_station_told_is_not():
    [ev] = _events("Gunmen stormed a Kabul TV station on Tuesday, killing three guards.", "2025-01-14")
    assert ev["location"]["name"] == "Kabul"
