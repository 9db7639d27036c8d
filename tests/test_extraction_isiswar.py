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


def test_syrian_government_helicopters_are_its_air_force():
    evs = _events("Syrian government helicopters dropped barrel bombs on the town of Darayya on Wednesday, killing "
                  "at least 12 civilians, a monitor said.", "2016-05-04")
    assert evs and evs[0]["sub_event_type"] == "Air/drone strike"
    assert _names(evs[0])[0] == "Military Forces of Syria"


def test_air_strikes_that_back_a_capture_are_no_act_of_their_own():
    evs = _events("Syrian government forces backed by Russian air strikes recaptured the ancient city of Palmyra from "
                  "Islamic State on Sunday, state media said.", "2016-03-27")
    assert [e["sub_event_type"] for e in evs] == ["Government regains territory"]


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


def test_an_act_claimed_and_denied_in_one_sentence_is_no_act():
    evs = _events("The Islamic State group blew up Mosul's Al-Nuri mosque on Wednesday night, the Iraqi military said. "
                  "IS, through its Amaq news agency, claimed a US airstrike had destroyed the mosque, a claim the "
                  "US-led coalition denied.", "2017-06-22")
    assert [e["sub_event_type"] for e in evs] == ["Looting/property destruction"]
