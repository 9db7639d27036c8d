"""matching.prefix_tree: the same matches, in the same order, as the plain alternation it replaces."""
import random
import re

from extraction.actors import _alias_atoms, _alias_pattern, _is_acronym, alias_table
from extraction.matching import by_first_letter, fold, folded_regex, prefix_tree


def _same_matches(words: list[str], texts: list[str]) -> None:
    plain = re.compile("|".join("".join(_alias_atoms(w)) for w in words))
    tree = re.compile(prefix_tree([_alias_atoms(w) for w in words]))
    for text in texts:
        assert [m.span() for m in plain.finditer(text)] == [m.span() for m in tree.finditer(text)], (words, text)
