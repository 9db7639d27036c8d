"""US gun-violence news as the Gun Violence Archive codes one incident (gvamerge): the shooter hurt by police or an
armed bystander in the same incident is one more hurt, besides his victims."""
from extraction import process_report


def _totals(text, published="2025-07-07"):
    return process_report({"id": "t", "text": text, "title": None, "published_at": published}, None)["totals"]
