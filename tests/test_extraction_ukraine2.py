"""The Russia-Ukraine war as wire and local copy tells it day by day (round ukraine2)."""
import datetime as dt

from extraction import extract_events

FRI = dt.date(2025, 11, 14)
