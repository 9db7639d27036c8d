"""US local crime briefs: an ordinary criminal's arrest is no conflict event."""
from extraction import process_report


def _subs(text, published="2024-10-10"):
    events = process_report({"id": "t", "text": text, "title": None, "published_at": published}, None)["events"]
    return [e["sub_event_type"] for e in events]
