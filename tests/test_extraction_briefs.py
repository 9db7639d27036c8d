"""US local crime briefs and police news: a city's quarters, tolls and roles as a careful coder reads them."""
from functools import partial

from tests.test_extraction_blotter import _events as report_events
from tests.test_extraction_uscrime import _subs as report_subs

# the briefs' own publication day, for the helpers of the blotter and crime-brief tests
_events = partial(report_events, published="2025-09-15")
_subs = partial(report_subs, published="2025-09-15")


def _place_names(text):
    from geocoding import Geoparser
    return [(e["location"] or {}).get("name") for e in _events(text, Geoparser())]
