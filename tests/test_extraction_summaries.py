"""Reports that sum up several acts: a total broken down place by place, follow-on acts with no doer of their own,
interceptions with no interceptor named, aggregates that are no single event."""
import datetime as dt

from extraction import report_text
from tests.test_extraction_events import Place
from tests.test_extraction_perplace import KHARKIV, ODESA, SUMY, by_place, events

KUPIANSK = Place(704508, "Kupiansk", 49.71, 37.61, "P", "PPL", "UA", "07", 27000)
IZIUM = Place(707688, "Izium", 49.21, 37.26, "P", "PPL", "UA", "07", 45000)


SHEBEKINO = Place(497534, "Shebekino", 50.41, 36.89, "P", "PPL", "RU", "09", 40000)
TAVOLZHANKA = Place(520554, "Novaya Tavolzhanka", 50.35, 36.84, "P", "PPL", "RU", "09", 2000)
CHUHUIV = Place(710298, "Chuhuiv", 49.84, 36.69, "P", "PPL", "UA", "07", 31000)


MOSCOW = Place(524901, "Moscow", 55.75, 37.62, "P", "PPLC", "RU", "48", 10381222)


LVIV = Place(702550, "Lviv", 49.84, 24.02, "P", "PPLA", "UA", "15", 717803)
TERNOPIL = Place(691650, "Ternopil", 49.55, 25.59, "P", "PPLA", "UA", "22", 225004)
