"""Event assembly on hand-made text and hand-made toponyms (no gazetteer needed)."""
import datetime as dt

from extraction import extract_events, process_report, report_text
from extraction.event_types import SUB_EVENT_TYPES

try:
    from geocoding import Location, Place, Toponym
except ImportError:  # pragma: no cover - the contract, in miniature
    from dataclasses import dataclass

    @dataclass
    class Place:
        geonameid: int; name: str; lat: float; lon: float; feature_class: str; feature_code: str
        country_code: str; admin1: str; population: int = 0

    @dataclass
    class Toponym:
        start: int; end: int; name: str; place: Place; precision: int

        def to_dict(self):
            return {"start": self.start, "end": self.end, "name": self.name}

    @dataclass
    class Location:
        start: int; end: int; phrase: str; lat: float; lon: float; precision: int; anchor: object; name: str

RAQQA = Place(163843, "Ar Raqqah", 35.95, 39.01, "P", "PPLA", "SY", "04", 177636)
PALMYRA = Place(170651, "Tadmur", 34.56, 38.28, "P", "PPL", "SY", "11", 51323)
SYRIA = Place(163843 + 1, "Syria", 35.0, 38.0, "A", "PCLI", "SY", None, 22198110)
UNITED_STATES = Place(6252001, "United States", 39.76, -98.5, "A", "PCLI", "US", None, 327167434)
YEMEN = Place(69543, "Yemen", 15.5, 47.5, "A", "PCLI", "YE", None, 28498687)


def only_event(text, published):
    """The one event of a text read with no places (the test says there is exactly one)."""
    [event] = extract_events(text, published_at=published, toponyms=[], locations=[])
    return event


def toponym(text, name, place, precision=1, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return Toponym(start, start + len(name), name, place, precision)


SEED3 = report_text(
    "A deadly mistake: US-led coalition’s airstrike in Syria killed at least 20 civilians",
    "At least 20 civilians were killed and seven more were wounded in an airstrike delivered by the US-led "
    "international coalition in the Syria province of Raqqa, SANA news agency said on Sunday citing its sources. "
    "According to SANA, the incident took place eight kilometers south of the city of Raqqa, between the "
    "settlements of Ratla and Qasara, on Saturday evening. Two of those wounded are in critical conditions.")


def seed3_events():
    text = SEED3
    tops = [toponym(text, "Syria", SYRIA, 6), toponym(text, "Syria", SYRIA, 6, 1), toponym(text, "Raqqa", RAQQA),
            toponym(text, "Raqqa", RAQQA, 1, 1)]
    phrase = "eight kilometers south of the city of Raqqa"
    start = text.index(phrase)
    loc = Location(start, start + len(phrase), phrase, 35.878, 39.01, 2, tops[-1], "8 km S of Ar Raqqah")
    return text, extract_events(text, published_at=dt.date(2017, 5, 28), toponyms=tops, locations=[loc])


def _totals(text, published):
    out = process_report({"id": "t", "text": text, "published_at": published}, None)
    return out["totals"]["killed"], out["totals"]["wounded"]


def test_a_state_or_a_search_does_not_date_the_act():
    text = ("A 36-year-old man was recovering Saturday after he was shot multiple times in North Oakland "
            "Friday night, police said.")
    events = extract_events(text, published_at=dt.date(2018, 2, 24), toponyms=[], locations=[])
    assert events[0].date_start == "2018-02-23"
    text = "Police on Monday were searching for a man who shot a clerk. The shooting happened Saturday."
    events = extract_events(text, published_at=dt.date(2014, 2, 3), toponyms=[], locations=[])
    assert events[0].date_start == "2014-02-01"


def test_wire_copy_its_dateline_date_a_truce_extended_and_an_arrest_of_a_kidnapping_gang():
    text = ("MOGADISHU, June 14 (Reuters) - Al Shabaab fighters overran a military base on Monday, killing "
            "nearly a dozen soldiers. The militants seized vehicles before withdrawing.")
    events = extract_events(text, published_at=dt.date(2022, 6, 14), toponyms=[], locations=[])
    assert events[0].date_start == "2022-06-13" and events[0].actor1["name"] == "Al Shabaab"
    assert "Non-violent transfer of territory" not in [e.sub_event_type for e in events]
    text = "Yemen's warring parties agreed on Sunday to extend a UN-brokered truce by two months."
    assert [e.sub_event_type for e in extract_events(text, published_at=dt.date(2022, 6, 14), toponyms=[],
                                                     locations=[])] == ["Agreement"]
    text = "Police arrested 15 suspected members of a kidnapping gang on Thursday. Myanmar's military torched houses."
    events = extract_events(text, published_at=dt.date(2022, 6, 14), toponyms=[], locations=[])
    assert [(e.sub_event_type, e.actor1["name"]) for e in events] == [
        ("Arrests", "Police Forces"), ("Looting/property destruction", "Military Forces of Myanmar")]


def test_a_shoot_down_a_defused_device_and_rubber_bullets():
    def coded(text):
        return [(e.sub_event_type, (e.actor1 or {}).get("name")) for e in
                extract_events(text, published_at=dt.date(2019, 4, 8), toponyms=[], locations=[])]
    assert coded("Rebels shot down a warplane on Sunday.") == [("Disrupted weapons use", "Opposition Rebels")]
    assert coded("Security forces defused an explosive device planted near a school.") == \
        [("Disrupted weapons use", "Military Forces")]
    assert coded("Seven people were injured when police fired rubber bullets at demonstrators on Saturday.") == \
        [("Protest with intervention", "Protesters")]  # (ACLED: the crowd first)


def test_named_subjects_together_a_seized_crossing_and_the_doer_of_a_gain_told_elsewhere():
    text = ("Iraqi forces and Kurdish Peshmerga fighters launched an offensive on Monday to retake Mosul from "
            "Islamic State. By evening they had taken nine villages east of the city.")
    offensive = only_event(text, dt.date(2016, 10, 17))
    assert (offensive.sub_event_type, offensive.actor1["name"]) == ("Government regains territory", "Military Forces of Iraq")
    # a gain its speaker claims is the speaker's own
    text = text.replace("By evening they had", "Peshmerga forces said they had")
    events = extract_events(text, published_at=dt.date(2016, 10, 17), toponyms=[], locations=[])
    assert [(e.sub_event_type, e.actor1["name"]) for e in events] == [
        ("Armed clash", "Military Forces of Iraq"),
        ("Government regains territory", "Peshmerga: Kurdistan Regional Government forces")]
    text = report_text("Strike on Rafah crossing", "Israeli tanks seized the Rafah border crossing on Tuesday.")
    seizure = only_event(text, dt.date(2024, 5, 7))
    assert (seizure.sub_event_type, seizure.actor1["name"]) == ("Government regains territory", "Military Forces of Israel")
    # what police seize, and where a man is taken, are no territory
    text = "Police seized drugs in the area on Monday. The man was taken to the City Jail."
    assert all("territory" not in e.sub_event_type for e in
               extract_events(text, published_at=dt.date(2024, 5, 7), toponyms=[], locations=[]))


    # (protesters who storm the parliament riot: see test_protesters_who_storm_a_parliament_riot)


def _split(event):
    return {k: event.killed[k] for k in ("best", "civilians", "side_a", "side_b", "unknown")}


def test_an_agreement_that_ends_months_of_fighting_is_the_agreement():
    truce = only_event("The two militias agreed to a truce on Friday, ending eight months of fighting in the city.",
                       dt.date(2024, 5, 4))
    assert (truce.event_type, truce.sub_event_type) == ("Strategic developments", "Agreement")


def test_most_of_a_city_seized_and_staff_taken_hostage_in_a_stormed_studio():
    city = only_event("Insurgents seized most of the provincial capital on Sunday.", dt.date(2024, 2, 3))
    assert city.sub_event_type == "Non-state actor overtakes territory"
    studio = only_event("Gunmen stormed a radio studio on Monday, taking six journalists hostage.", dt.date(2024, 2, 3))
    assert (studio.sub_event_type, studio.actor1["name"]) == ("Abduction/forced disappearance", "Unidentified Armed Group")
    raid = only_event("Fighters attacked two villages on Monday, killing a farmer and taking 12 women hostage.",
                      dt.date(2024, 2, 3))
    assert raid.sub_event_type == "Attack"   # the attack told first


def test_a_lead_that_tells_a_killing_tells_an_attack_that_also_took_hostages():
    text = report_text("Raid on herders kills up to 12 in the north",
                       "Armed men raided a herders' camp near the river on Sunday, killing between 9 and 12 people and "
                       "driving off their cattle, a local official said. Five women were abducted during the raid.")
    event = only_event(text, dt.date(2024, 2, 12))
    assert event.sub_event_type == "Attack"
    assert (event.killed["low"], event.killed["high"]) == (9, 12)
    # a lead that tells the abduction first tells an abduction
    text = ("Gunmen abducted 40 passengers from a bus on the highway on Friday, police said. "
            "The driver was killed during the raid.")
    assert only_event(text, dt.date(2024, 2, 12)).sub_event_type == "Abduction/forced disappearance"


def _killed(text, published):
    return [(e.killed or {}).get("best") for e in extract_events(text, published_at=published, toponyms=[], locations=[])]


def test_an_arrest_told_as_following_the_act_dates_it():
    text = ("A Rome man was arrested late Friday in Calhoun after he allegedly shot a man outside a bar. "
            "A woman who saw it called police. "
            "Officers found a second gun in his truck on Saturday.")
    events = extract_events(text, published_at=dt.date(2014, 2, 17), toponyms=[], locations=[])
    shots = next(e for e in events if e.sub_event_type != "Arrests")
    assert shots.date_start == "2014-02-14"
