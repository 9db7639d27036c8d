"""US local copy of shootings involving police, and counts told piecemeal."""
from extraction import process_report


def _events(text, published="2024-10-10"):
    return process_report({"id": "t", "text": text, "title": None, "published_at": published}, None)["events"]


def _wounded(text):
    return sum((e["wounded"] or {}).get("best") or 0 for e in _events(text))


def test_an_officer_hit_beside_a_dead_man_is_wounded():
    # the officers killed "a man": the officer struck is someone else, and alive
    assert _wounded("Deputies shot and killed a man Monday after he fired at them from a porch, the sheriff said. "
                    "One deputy was struck in the shoulder and is recovering.") == 1


def _killed(text):
    return sum((e["killed"] or {}).get("best") or 0 for e in _events(text))
