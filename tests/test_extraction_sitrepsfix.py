"""Sitreps and daily summaries (fixing round): running totals over long windows, summaries above lists, weekly
overviews dated at the end of the sentence, sub-types, actors and combined figures."""
import datetime as dt

from extraction import extract_events
from tests.test_extraction_events import toponym
from tests.test_extraction_perplace import GAZA_CITY, KHAN_YOUNIS, KHERSON, ODESA


def events(text, places=(), published=dt.date(2025, 4, 3)):
    tops = [toponym(text, name, place, 1, nth) for name, place, nth in places]
    return extract_events(text, published_at=published, toponyms=tops, locations=[])


def tolls(evs):
    return sorted((((ev.killed or {}).get("best"), (ev.wounded or {}).get("best")) for ev in evs),
                  key=lambda t: (t[0] or 0, t[1] or 0))


def kinds(evs):
    return sorted((ev.sub_event_type, (ev.killed or {}).get("best") or 0) for ev in evs)
