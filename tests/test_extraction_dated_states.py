"""A state that changed hands is coded as on the event's day (actors.json "regimes"): the Taliban are a rebel group
before they took Kabul on 15 August 2021 and Afghanistan's state forces after it, and the state's names carry the
period of the government in power."""
from functools import partial

from tests.extraction_helpers import GEOPARSER, report_coded

_pairs = partial(report_coded, fields=("actor1.name", "actor1.inter", "actor2.name", "actor2.inter"), geoparser=GEOPARSER)


TEXT = ("Taliban militants attacked a police checkpoint in Kunduz province on Tuesday, killing five policemen, a "
        "provincial official said.")


def test_the_taliban_before_they_took_power_are_rebels_and_the_old_state_is_dated():
    assert _pairs(TEXT, published="2020-06-09") == [("Taliban", 2, "Police Forces of Afghanistan (2004-2021)", 1)]


def test_the_taliban_after_they_took_power_are_the_state():
    text = ("Fighters of the National Resistance Front attacked Taliban forces in Panjshir province on Tuesday, killing "
            "four Taliban fighters, the group said.")
    assert _pairs(text, published="2023-06-13") == [("NRF: National Resistance Front", 2,
                                           "Military Forces of Afghanistan (2021-)", 1)]


def test_the_taliban_state_abroad_is_external():
    text = ("Four Pakistani soldiers were wounded on Saturday when Afghan Taliban forces fired mortar shells at border "
            "posts in the Chaman area of Balochistan, the military said.")
    assert ("Military Forces of Afghanistan (2021-)", 8) in [p[:2] for p in _pairs(text, published="2024-12-28")]


def test_other_states_keep_their_names():
    text = ("Russian forces shelled the city of Nikopol on Tuesday, killing a woman, the regional governor said.")
    assert _pairs(text, published="2024-08-20")[0][0] == "Military Forces of Russia"


# Syria: Assad's government fell to the HTS-led offensive on 8 December 2024; ACLED names the state's forces of the two
# governments "(2000-2024)" and "(2024-)", and HTS is the new state's forces from that day

def test_assads_forces_before_the_fall_carry_their_period():
    text = ("Eight civilians were killed on Saturday when regime warplanes struck a market in the city of Idlib, the "
            "White Helmets said. Syrian regime forces also shelled the town of Ariha.")
    assert _pairs(text, published="2024-11-30")[0][:2] == ("Military Forces of Syria (2000-2024)", 1)


def test_the_transitional_governments_forces_are_the_new_state():
    text = ("Israeli warplanes struck Syrian government forces' tanks near the city of Sweida on Tuesday, killing three "
            "soldiers, the Israeli military said.")
    assert _pairs(text, published="2025-07-15") == [("Military Forces of Israel", 8, "Military Forces of Syria (2024-)", 1)]


def test_hts_after_the_fall_is_the_state_and_assad_loyalists_a_militia():
    text = "Fighters of Hayat Tahrir al-Sham clashed with Assad loyalists near Jableh on Tuesday, killing four."
    assert _pairs(text, published="2025-03-11") == [("Military Forces of Syria (2024-)", 1,
                                                     "Assad Loyalist Militia (Syria)", 3)]
    ambush = ("Gunmen loyal to ousted president Bashar al-Assad ambushed a General Security patrol near the coastal city of "
              "Jableh on Thursday, killing 13 members of the security forces, the interior ministry said.")
    assert _pairs(ambush, published="2025-03-06") == [("Assad Loyalist Militia (Syria)", 3, "Police Forces of Syria (2024-)", 1)]
