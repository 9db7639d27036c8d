"""The sentence-boundary regex written one alternative per opening character matches as the plain form does."""
import random
import re

from extraction import sentences


def test_whitespace_is_what_backslash_s_matches():
    spaces = {c for c in map(chr, range(0x110000)) if re.fullmatch(r"\s", c)}
    assert set(sentences.WHITESPACE) == spaces


def test_boundary_matches_as_the_lookahead_form():
    plain = re.compile(r"""(?=[\s"'”’)•])""" + sentences._BREAKS + ")")
    rng = random.Random(7)
    pieces = ["Gunmen", "killed", "two", "men", ".", "!", "?", "…", " ", "  ", "\n", "\n\n", " \n ", "\t", "\xa0",
              '"', "'", "”", "’", ")", "(", "“", "‘", "•", "Police", "said", "5", "a.m", "Lt."]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 14)))
        assert [m.span() for m in sentences._BOUNDARY.finditer(text)] == [m.span() for m in plain.finditer(text)], text


def test_sentences_split_at_stops_quotes_and_blank_lines():
    text = 'Two men were shot. "We heard it," a neighbour said.\n\nPolice came at 5 a.m. Friday.'
    assert [text[a:b] for a, b in sentences.sentence_spans(text)] == [
        "Two men were shot.", '"We heard it," a neighbour said.', "Police came at 5 a.m. Friday."]
