"""Reports that sum up several acts: a total broken down place by place, follow-on acts with no doer of their own,
interceptions with no interceptor named, aggregates that are no single event."""
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


def test_counts_that_do_not_add_up_to_the_total_are_no_breakdown():
    text = "Russian strikes killed seven people on Monday: three in Kupiansk and two in Izium."
    evs = events(text, [("Kupiansk", KUPIANSK, 0), ("Izium", IZIUM, 0)])
    assert sum((ev.killed or {}).get("best") or 0 for ev in evs) == 7 and len(evs) == 1
