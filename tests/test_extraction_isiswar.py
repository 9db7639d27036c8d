"""War reports of Syria and Iraq, 2014-2019 (the isiswar round): short reports of our own."""
from extraction import process_report
from geocoding import Geoparser

_GEO = Geoparser()


def _events(text, published="2017-01-18"):
    return process_report({"id": "t", "title": None, "text": text, "published_at": published}, _GEO)["events"]


def _names(ev):
    return (ev["actor1"] or {}).get("name"), (ev["actor2"] or {}).get("name")


def test_recalled_act_told_as_begun_in_a_sentence_with_a_capture():
    # "nearly three months after the offensive began": a recalled act told as begun, and no "since" in the sentence
    evs = _events("Iraqi forces have retaken all of east Mosul from the Islamic State group, the head of the Joint "
                  "Operations Command said on Wednesday, nearly three months after the offensive began.")
    assert evs and evs[0]["sub_event_type"] == "Government regains territory"


def test_syrian_factions_by_their_names_and_spellings():
    evs = _events("Fighting between Ahrar al-Sham and Hay'at Tahrir al-Sham broke out on Sunday in the town of Saraqib "
                  "in the Idlib countryside, killing at least 7 fighters from both sides, a media activist said.",
                  "2017-02-19")
    assert evs and set(_names(evs[0])) == {"Ahrar al-Sham", "Hayat Tahrir al-Sham"}
    assert evs[0]["actor1"]["inter"] == 2


def test_syrian_government_helicopters_are_its_air_force():
    evs = _events("Syrian government helicopters dropped barrel bombs on the town of Darayya on Wednesday, killing "
                  "at least 12 civilians, a monitor said.", "2016-05-04")
    assert evs and evs[0]["sub_event_type"] == "Air/drone strike"
    assert _names(evs[0])[0] == "Military Forces of Syria"


def test_air_strikes_that_back_a_capture_are_no_act_of_their_own():
    evs = _events("Syrian government forces backed by Russian air strikes recaptured the ancient city of Palmyra from "
                  "Islamic State on Sunday, state media said.", "2016-03-27")
    assert [e["sub_event_type"] for e in evs] == ["Government regains territory"]


def test_a_campaigns_tally_is_no_toll_of_the_capture():
    evs = _events("Syrian troops recaptured the city of Palmyra from Islamic State on Sunday, state media said. The "
                  "Syrian Observatory for Human Rights said at least 400 Islamic State fighters had been killed in the "
                  "three-week offensive.", "2016-03-27")
    assert evs and not any((e["killed"] or {}).get("best") for e in evs)
