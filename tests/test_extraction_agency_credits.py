"""A news agency's credit in a dateline or a byline ("SIRNAK, Türkiye (AA) -", "SRINAGAR, Oct 8 (PTI) --",
"By ... (AA)") is who filed the report, never an actor, though its letters are an armed group's (the Arakan Army); the
group named in running text is still the group."""
from functools import partial

from tests.extraction_helpers import GEOPARSER, report_coded

_actors = partial(report_coded, fields=("actor1.name", "actor2.name"), geoparser=GEOPARSER, published="2023-07-04")


def test_a_dateline_credit_after_a_country_or_a_day_is_no_actor():
    text = ("SIRNAK, Türkiye (AA) - Five PKK terrorists were neutralized by Turkish security forces in the Gabar "
            "Mountain area of Sirnak province on Tuesday, security sources said.")
    assert all("Arakan" not in str(pair) for pair in _actors(text))
    text = ("ISTANBUL, July 4 (AA) - Two PKK terrorists were killed by Turkish security forces in a rural area of "
            "Hakkari province on Tuesday, the Interior Ministry said.")
    assert all("Arakan" not in str(pair) for pair in _actors(text))


def test_a_byline_credit_is_no_actor():
    text = ("By Ayse Demir (AA)\n\nTwo PKK terrorists were killed by Turkish security forces in a rural area of "
            "Hakkari province on Tuesday, the Interior Ministry said.")
    assert all("Arakan" not in str(pair) for pair in _actors(text))


def test_the_group_in_running_text_is_still_the_group():
    text = ("YANGON (Reuters) - The AA attacked a police post in Rakhine state's Maungdaw township on Tuesday, killing "
            "three policemen, a junta spokesman said.")
    assert ("AA: Arakan Army", "Police Forces of Myanmar") in _actors(text)
