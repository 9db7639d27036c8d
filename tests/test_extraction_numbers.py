"""Quantities: digits, words, vague phrases and modifiers -> low / best / high with the rule kept."""
import pytest

from extraction.numbers import find_quantities, parse_quantity, words_to_int
