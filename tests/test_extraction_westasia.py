"""West and Central Asia, the Caucasus: actors of the region and their names there (westasia round)."""
from extraction import process_report
from geocoding import Geoparser

_GEO = Geoparser()


def _events(text, published="2025-05-02"):
    return process_report({"id": "t", "title": None, "text": text, "published_at": published}, _GEO)["events"]


def _names(ev):
    return (ev["actor1"] or {}).get("name"), (ev["actor2"] or {}).get("name")


def test_islamic_state_in_afghanistan_is_its_khorasan_province():
    # ACLED codes the Islamic State's attacks in Afghanistan as ISKP's; elsewhere it stays the Islamic State
    evs = _events("A suicide bomber blew himself up outside a bank in the Afghan city of Kunduz on Thursday, killing "
                  "five people. Daesh claimed responsibility.", "2025-02-13")
    assert evs and _names(evs[0])[0] == "Islamic State Khorasan Province"
    evs = _events("A suicide bomber blew himself up outside a church in Damascus on Sunday, killing 20 people. "
                  "The Islamic State group claimed responsibility.", "2025-06-22")
    assert evs and _names(evs[0])[0] == "Islamic State"


def test_a_town_named_in_a_bank_s_name_is_not_the_scene():
    evs = _events("KABUL, Feb 13 (Reuters) - A suicide bomber blew himself up outside a branch of Kabul Bank in the "
                  "northern Afghan city of Kunduz on Thursday, killing five people, police said.", "2025-02-13")
    assert evs and evs[0]["location"]["name"] == "Kunduz"
