"""West Asia fixes: victims counted 'along with' the one told, a protest's crowd before the force that intervenes,
unclaimed strikes' unidentified doers, victims' own words over their target's owner, and the region's spellings."""
import datetime as dt

from extraction import extract_events, process_report
from geocoding import Geoparser


def events(text, published=dt.date(2025, 4, 30)):
    return extract_events(text, published_at=published, toponyms=[], locations=[])
