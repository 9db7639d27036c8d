"""US gun-violence news as the Gun Violence Archive codes one incident (gvafix4): a bystander told by where they stood
beside a wounded man, and a victim's kin listed and then told again as a count."""
from extraction import process_report


def _totals(text, published="2025-06-18"):
    return process_report({"id": "t", "text": text, "title": None, "published_at": published}, None)["totals"]
