"""Political violence in Europe and the North Caucasus: lone attackers, riots, Northern Ireland, Kosovo, Corsica,
Greece, Sweden's gangs, Dagestan and Ingushetia."""
import datetime as dt

from extraction import extract_events
from extraction.actors import find_actors

SAT = dt.date(2024, 8, 10)
