"""US gun-violence news as the Gun Violence Archive codes one incident (gvafix3): the later death of the second
victim told by a pronoun, further people hurt beside another wounded man, the shooter hurt by police."""
from extraction import process_report


def _totals(text, published="2025-06-18"):
    return process_report({"id": "t", "text": text, "title": None, "published_at": published}, None)["totals"]
