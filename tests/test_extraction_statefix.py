"""State media's words left after the statemedia round: a war's running toll counted "since <date>", a roundup's
further paragraphs, "neutralized" counts that include the captured, and a Russian ministry's names for Ukraine's
forces ("Ukrainian militants", "nationalist formations")."""
import datetime as dt

from extraction import extract_events, process_report

TUE = dt.date(2024, 6, 4)


def events(text):
    return extract_events(text, published_at=TUE, toponyms=[], locations=[])


def placed(text, geoparser):
    return process_report({"id": "t", "text": text, "title": None, "published_at": "2024-06-04"}, geoparser)["events"]
