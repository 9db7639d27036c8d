"""US local shooting news (the copy the Gun Violence Archive codes): tolls told the way local outlets tell them."""
from extraction import process_report
from extraction.casualties import SELF_INFLICTED, find_casualties


def _totals(text, published="2024-03-04"):
    return process_report({"id": "t", "text": text, "title": None, "published_at": published}, None)["totals"]
