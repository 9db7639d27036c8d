"""A state that changed hands is coded as on the event's day (actors.json "regimes"): the Taliban are a rebel group
before they took Kabul on 15 August 2021 and Afghanistan's state forces after it, and the state's names carry the
period of the government in power."""
from extraction import process_report
from geocoding import Geoparser

_GEO = Geoparser()


def _pairs(text, published):
    return [((e["actor1"] or {}).get("name"), (e["actor1"] or {}).get("inter"),
             (e["actor2"] or {}).get("name"), (e["actor2"] or {}).get("inter"))
            for e in process_report({"id": "t", "title": None, "text": text, "published_at": published}, _GEO)["events"]]


TEXT = ("Taliban militants attacked a police checkpoint in Kunduz province on Tuesday, killing five policemen, a "
        "provincial official said.")


def test_the_taliban_before_they_took_power_are_rebels_and_the_old_state_is_dated():
    assert _pairs(TEXT, "2020-06-09") == [("Taliban", 2, "Police Forces of Afghanistan (2004-2021)", 1)]


def test_the_taliban_after_they_took_power_are_the_state():
    text = ("Fighters of the National Resistance Front attacked Taliban forces in Panjshir province on Tuesday, killing "
            "four Taliban fighters, the group said.")
    assert _pairs(text, "2023-06-13") == [("NRF: National Resistance Front", 2,
                                           "Military Forces of Afghanistan (2021-)", 1)]


def test_the_taliban_state_abroad_is_external():
    text = ("Four Pakistani soldiers were wounded on Saturday when Afghan Taliban forces fired mortar shells at border "
            "posts in the Chaman area of Balochistan, the military said.")
    assert ("Military Forces of Afghanistan (2021-)", 8) in [p[:2] for p in _pairs(text, "2024-12-28")]


def test_other_states_keep_their_names():
    text = ("Russian forces shelled the city of Nikopol on Tuesday, killing a woman, the regional governor said.")
    assert _pairs(text, "2024-08-20")[0][0] == "Military Forces of Russia"
