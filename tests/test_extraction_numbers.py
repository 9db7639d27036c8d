"""Quantities: digits, words, vague phrases and modifiers -> low / best / high with the rule kept."""
import pytest

from extraction.numbers import find_quantities, parse_quantity, words_to_int


@pytest.mark.parametrize("text,value", [
    ("80", 80), ("2,500", 2500), ("seven", 7), ("twenty-one", 21), ("one hundred and five", 105),
    ("a hundred", 100), ("1.5 million", 1_500_000), ("a dozen", 12), ("half a dozen", 6),
])
def test_exact_numbers(text, value):
    q = parse_quantity(text)
    assert (q.low, q.best, q.high, q.rule) == (value, value, value, "exact")
    assert words_to_int(text) == value


@pytest.mark.parametrize("text,low,best,high", [
    ("at least 20", 20, 20, None),       # UCDP: "at least 20" is low 20, best 20
    ("more than 30", 31, 31, None),
    ("up to 50", None, 50, 50),
    ("nearly 100", 90, 100, 100),
    ("some 2,500", 2250, 2500, 2750),
    ("about 40", 36, 40, 44),
    ("between 10 and 15", 10, 10, 15),
    ("two or three", 2, 2, 3),
    ("10-15", 10, 10, 15),
])
def test_modified_numbers(text, low, best, high):
    q = parse_quantity(text)
    assert (q.low, q.best, q.high) == (low, best, high)
    assert q.rule != "exact"


@pytest.mark.parametrize("text,low,high", [
    ("dozens", 24, 99), ("dozens of", 24, 99), ("scores", 40, 199), ("hundreds", 200, 999),
    ("thousands", 2000, 9999), ("several", 3, 9), ("a few", 2, 5),
])
def test_vague_quantities_are_ranges_with_a_named_rule(text, low, high):
    q = parse_quantity(text)
    assert (q.low, q.best, q.high) == (low, low, high)
    assert text.split()[0] in q.rule


def test_spans_index_the_text():
    text = "At least 20 civilians were killed and seven more were wounded"
    found = find_quantities(text)
    assert [text[q.start:q.end] for q in found] == ["At least 20", "seven"]


def test_not_a_number():
    assert parse_quantity("someone") is None
    assert find_quantities("the one-sided attack") == [] or all(q.text != "one-sided" for q in find_quantities("the one-sided attack"))
