"""War reports of Syria and Iraq, 2014-2019 (the isisfix round): short reports of our own."""
from extraction import process_report
from geocoding import Geoparser

_GEO = Geoparser()


def _events(text, published="2017-01-18"):
    return process_report({"id": "t", "title": None, "text": text, "published_at": published}, _GEO)["events"]


def _names(ev):
    return (ev["actor1"] or {}).get("name"), (ev["actor2"] or {}).get("name")


def _killed(ev):
    return (ev["killed"] or {}).get("best")


def test_a_town_stormed_or_advanced_into_is_fought_over_not_taken():
    evs = _events("Iraqi troops stormed the Old City of Mosul on Sunday, the last district held by Islamic State, "
                  "and were locked in street fighting, a spokesman said.", "2017-06-18")
    assert evs and evs[0]["sub_event_type"] == "Armed clash"
    assert set(_names(evs[0])) == {"Military Forces of Iraq", "Islamic State"}
    evs = _events("Federal police advanced into the Bab al-Tob area of Mosul on Friday, fighting Islamic State "
                  "snipers, a police spokesman said.", "2017-05-13")
    assert evs and evs[0]["sub_event_type"] == "Armed clash"
    # (a taking told as such stays one)
    evs = _events("Iraqi troops stormed the town of Hit and took control of it on Thursday after Islamic State "
                  "fighters fled, officers said.", "2016-04-14")
    assert evs and evs[0]["sub_event_type"] == "Government regains territory"


def test_a_force_that_entered_a_town_took_it():
    evs = _events("Iraqi forces entered the town of Rawa on Friday, the last town held by Islamic State in the "
                  "country, officers said.", "2017-11-17")
    assert evs and evs[0]["sub_event_type"] == "Government regains territory"
    # (gunmen who entered a village to kill: the attack; and an entry with no fight: no taking)
    evs = _events("Gunmen entered the village on Sunday night and killed ten residents, police said.", "2019-03-11")
    assert evs and evs[0]["sub_event_type"] == "Attack"
    evs = _events("Syrian troops entered the town of Manbij without a fight after Kurdish fighters withdrew.",
                  "2019-01-02")
    assert evs and evs[0]["sub_event_type"] == "Non-violent transfer of territory"


def test_a_town_stormed_and_left_in_the_hands_of_the_attackers_was_taken():
    evs = _events("Armed gangs stormed the central town of Mirebalais on Monday, officials said. Police said they had "
                  "been outnumbered and withdrew, leaving the town in the hands of the gangs.", "2025-04-01")
    assert evs and evs[0]["sub_event_type"] == "Non-state actor overtakes territory"


def test_a_city_seized_after_the_army_pulled_out_following_a_wave_of_bombs_was_taken():
    evs = _events("Islamic State fighters seized the city of Ramadi on Sunday after Iraqi government forces pulled out "
                  "of it following a wave of suicide car bombs, officials said.", "2015-05-18")
    assert evs and evs[0]["sub_event_type"] == "Non-state actor overtakes territory"
    assert _names(evs[0]) == ("Islamic State", "Military Forces of Iraq")
