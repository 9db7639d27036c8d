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


def test_a_force_that_lost_its_men_tells_its_dead():
    evs = _events("Militants attacked an army post near the town of Samarra on Monday. The army lost seven soldiers "
                  "in the attack, an officer said.", "2015-11-03")
    assert evs and _killed(evs[0]) == 7
    evs = _events("ISIS militants attacked Peshmerga positions near Makhmour on Tuesday but were pushed back. "
                  "ISIS lost 14 of its fighters in the attack, a Peshmerga officer said.", "2016-03-30")
    assert evs and _killed(evs[0]) == 14


def test_losses_that_are_no_men_tell_no_dead():
    evs = _events("Islamic State fighters attacked the town on Monday. The group has lost 40 percent of its territory "
                  "this year, and the army lost two tanks in the attack.", "2015-11-03")
    assert all(not _killed(e) for e in evs)


def test_iraqi_federal_police_are_police_forces_however_named():
    for force in ("Iraqi federal police", "Federal police"):
        evs = _events(f"{force} clashed with Islamic State militants in Mosul on Friday.", "2017-03-04")
        assert evs and "Police Forces of Iraq" in _names(evs[0])


def test_turkish_backed_syrian_rebels_are_the_syrian_national_army():
    evs = _events("Turkish-backed Syrian fighters shelled the town of Tal Rifaat on Wednesday, killing three "
                  "civilians.", "2018-02-14")
    assert evs and _names(evs[0])[0] == "SNA: Syrian National Army"
