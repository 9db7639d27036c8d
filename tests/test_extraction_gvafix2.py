"""US gun-violence news as the Gun Violence Archive codes one incident: everyone killed or hurt in it, the
shooter and the police included, each once."""
from extraction import process_report


def _totals(text, published="2025-04-14"):
    return process_report({"id": "t", "text": text, "title": None, "published_at": published}, None)["totals"]
