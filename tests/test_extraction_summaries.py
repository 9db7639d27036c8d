"""Reports that sum up several acts: a total broken down place by place, follow-on acts with no doer of their own,
interceptions with no interceptor named, aggregates that are no single event."""
import datetime as dt

from extraction import report_text
from tests.test_extraction_events import Place
from tests.test_extraction_perplace import KHARKIV, ODESA, SUMY, by_place, events

KUPIANSK = Place(704508, "Kupiansk", 49.71, 37.61, "P", "PPL", "UA", "07", 27000)
IZIUM = Place(707688, "Izium", 49.21, 37.26, "P", "PPL", "UA", "07", 45000)


def test_a_total_broken_down_place_by_place_after_a_colon_is_one_event_a_place():
    text = "Russian strikes killed five civilians in Kharkiv Oblast on Monday: three in Kupiansk and two in Izium."
    evs = events(text, [("Kupiansk", KUPIANSK, 0), ("Izium", IZIUM, 0)])
    assert by_place(evs) == [("Kupiansk", 3, None), ("Izium", 2, None)]
    # (a comma too, and three parts; the total is no part's toll)
    text = "Russian drones killed six people overnight, three in Kharkiv, two in Odesa and one in Sumy, officials said."
    evs = events(text, [("Kharkiv", KHARKIV, 0), ("Odesa", ODESA, 0), ("Sumy", SUMY, 0)])
    assert by_place(evs) == [("Kharkiv", 3, None), ("Odesa", 2, None), ("Sumy", 1, None)]


SHEBEKINO = Place(497534, "Shebekino", 50.41, 36.89, "P", "PPL", "RU", "09", 40000)
TAVOLZHANKA = Place(520554, "Novaya Tavolzhanka", 50.35, 36.84, "P", "PPL", "RU", "09", 2000)
CHUHUIV = Place(710298, "Chuhuiv", 49.84, 36.69, "P", "PPL", "UA", "07", 31000)


def test_more_hurt_at_a_place_of_their_own_are_the_same_doer_s_act_there():
    text = "A Ukrainian drone struck a minibus in Shebekino on Sunday, killing the driver. Three more people were " \
           "wounded in the village of Novaya Tavolzhanka, the governor said."
    evs = events(text, [("Shebekino", SHEBEKINO, 0), ("Novaya Tavolzhanka", TAVOLZHANKA, 0)])
    assert by_place(evs) == [("Shebekino", 1, None), ("Novaya Tavolzhanka", None, 3)]
    assert [(ev.actor1["name"], ev.sub_event_type) for ev in evs] == [("Military Forces of Ukraine", "Air/drone strike")] * 2
    # (the act's own place told first, the later sentence's village no scene of the strike)
    text = "Russian shelling killed two people in Kharkiv on Monday. Two more civilians were wounded in the town of Chuhuiv."
    evs = events(text, [("Kharkiv", KHARKIV, 0), ("Chuhuiv", CHUHUIV, 0)])
    assert by_place(evs) == [("Kharkiv", 2, None), ("Chuhuiv", None, 2)]
    assert evs[1].actor1["name"] == "Military Forces of Russia"


MOSCOW = Place(524901, "Moscow", 55.75, 37.62, "P", "PPLC", "RU", "48", 10381222)


LVIV = Place(702550, "Lviv", 49.84, 24.02, "P", "PPLA", "UA", "15", 717803)
TERNOPIL = Place(691650, "Ternopil", 49.55, 25.59, "P", "PPLA", "UA", "22", 225004)
