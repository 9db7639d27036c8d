"""A state's forces in the words of its enemies' state media: "a drone of the Zionist regime" (Press TV), "the US-Saudi
aggression warplanes" (Saba), "Russian occupiers" (Ukrinform), "the Kyiv regime's drones", "the Armed Forces of
Ukraine" (TASS): the state's forces, by the names actors.json already uses."""
from tests.extraction_helpers import GEOPARSER, report_coded


def _first(text, published):
    return report_coded(text, ("sub_event_type", "actor1.name", "actor2.name"), GEOPARSER, published)[0]


def test_an_air_arm_of_the_zionist_regime_is_israel_s():
    text = ("BEIRUT, Press TV - Three people were martyred on Wednesday when a drone of the Zionist regime struck a car "
            "in the southern Lebanese city of Nabatieh.")
    assert _first(text, "2024-10-30") == ("Air/drone strike", "Military Forces of Israel", "Civilians (Lebanon)")


def test_the_aggression_is_the_saudi_led_coalition():
    text = ("Four civilians were killed on Tuesday when the aggression coalition's warplanes bombed a house in Sahar "
            "district of Saada province.")
    assert _first(text, "2021-11-02")[:2] == ("Air/drone strike", "Saudi-led Coalition")
    text = ("Four civilians were killed on Tuesday when the US-Saudi aggression's artillery shelled a house in Shada "
            "district of Saada province.")
    assert _first(text, "2021-11-02")[1] == "Saudi-led Coalition"


def test_occupiers_after_a_demonym_are_that_state_s_forces():
    text = ("A 63-year-old woman was killed on Tuesday as a result of shelling by the Russian occupiers in Nikopol, "
            "governor Serhiy Lysak said.")
    assert _first(text, "2024-08-20")[1] == "Military Forces of Russia"


def test_the_kyiv_regime_s_drones_and_armed_forces_are_ukraine_s():
    for text, sub in (("The Kyiv regime's drones attacked the town of Shebekino in Belgorod region on Tuesday, injuring "
                       "three civilians, governor Vyacheslav Gladkov said.", "Air/drone strike"),
                      ("The Armed Forces of Ukraine shelled the town of Shebekino in Belgorod region on Tuesday, "
                       "injuring three civilians, governor Vyacheslav Gladkov said.", "Shelling/artillery/missile attack")):
        assert _first(text, "2024-04-23")[:2] == (sub, "Military Forces of Ukraine"), text
