"""Extraction's text machinery: numbers, sentence boundaries and the pattern matching helpers."""
import pytest
import random
import re
from extraction import sentences
from extraction.actors import _alias_atoms, _alias_pattern, _is_acronym, alias_table
from extraction.matching import by_first_letter, fold, folded_regex, prefix_tree
from extraction.numbers import find_quantities, parse_quantity, words_to_int
from tests.extraction_helpers import _same_matches


# From test_extraction_matching.py: matching.prefix_tree: the same matches, in the same order, as the plain
# alternation it replaces.

def test_prefix_tree_longest_first_and_shared_beginnings():
    words = ["us-led coalition", "us forces", "u.s. forces", "us", "isis", "isil", "is", "idf"]
    assert prefix_tree([_alias_atoms(w) for w in words]).startswith("u(?:s(?:")
    _same_matches(words, ["the us-led coalition and us forces", "u.s.  forces", "isis is isil idf", "usx ISIS"])


def test_prefix_tree_keeps_an_order_it_cannot_share():
    # a shorter word before a longer one that begins like it: re takes the shorter; so must the tree
    words = ["kill", "killed", "kid", "sheriff's office", "sheriff’s deputy", "a  b", "a\tb"]
    _same_matches(words, ["killed kid", "sheriff's office sheriff’s deputy sheriff’s office", "a \t b a\tb a  b"])


def test_prefix_tree_random_words():
    random.seed(7)
    for _ in range(300):
        words = ["".join(random.choice("ab '-.") for _ in range(random.randint(1, 5))) for _ in range(8)]
        words = [w for w in words if w.strip()]
        for ordered in (words, sorted(words, key=len, reverse=True)):
            texts = ["".join(random.choice("ab '’-.\t") for _ in range(30)) for _ in range(20)]
            _same_matches(ordered, texts)


def test_alias_regexes_find_what_the_plain_alternations_found():
    """The alias table's two regexes against the ones built before (every alias in turn, by first letter)."""
    random.seed(11)
    table = alias_table()
    aliases = sorted(table._aliases, key=len, reverse=True)
    acronyms = [a for a in aliases if _is_acronym(a)]
    others = [a for a in aliases if not _is_acronym(a)]
    starts = "".join(sorted({a[0] for a in acronyms} | {"t"}))
    body = by_first_letter([(_alias_pattern(a[0]), _alias_pattern(a[1:])) for a in acronyms])
    old_exact = re.compile(rf"(?=[{starts}])(?<![\w-])(?:the\s+)?(?P<alias>{body})(?:['’]s?)?(?![\w-])")
    starts = "".join(sorted({a[0].lower() for a in others} | {"t"}))
    body = by_first_letter([(_alias_pattern(a[0].lower()), _alias_pattern(a[1:])) for a in others])
    old_folded = folded_regex(rf"(?=[{starts}])(?<![\w-])(?:the\s+)?(?P<alias>{body})(?:['’]s?)?(?![\w-])")
    texts = [" ".join(random.sample(aliases, 12)) + " the " + a + "'s -" + a + " x" + a for a in aliases]
    texts += ["The ISIS, the-ISIS and ISIS' men; U.S.-led and US  forces; Hezbollah fighters, the military said"]
    for text in texts:
        assert [(m.span("alias"), m.end()) for m in old_exact.finditer(text)] == \
            [(m.span("alias"), m.end()) for m in table._exact_re.finditer(text)], text
        folded = fold(text)
        assert [(m.span(), m.span("alias")) for m in old_folded.finditer(folded)] == \
            [(m.span(), m.span("alias")) for m in table._folded_re.finditer(folded)], text


def test_uncaptured_keeps_classes_escapes_and_lookarounds():
    from extraction.matching import uncaptured
    assert uncaptured(r"(?P<day>\d+)(st|nd)") == r"(?:\d+)(?:st|nd)"
    assert uncaptured(r"[(]\((?=a)(?<!b)(?:c)(?-i:D)") == r"[(]\((?=a)(?<!b)(?:c)(?-i:D)"
    assert uncaptured(r"[]()](x)[^]()](y)") == r"[]()](?:x)[^]()](?:y)"


def test_groups_where_found_same_matches_and_groups():
    """Dates and victims found by the group-free copies: the matches and groups the regexes give themselves."""
    from extraction.casualties import GAP_INJURY, SUBJECT_FIRST
    from extraction.dates import DATE_RE
    texts = ["On March 3, gunmen killed two farmers; between 4 and 6 April more died. A 32-year-old man was shot dead "
             "on Tuesday night and his brother, Ali Musa, 19, was wounded.",
             "Two soldiers were killed and three others were injured last week, the army said on Friday, 12/04/2023.",
             "A woman was in critical condition after being shot. Police said he was taken to a hospital Sunday."]
    def found(matches) -> list:
        return [(m.span(), m.groupdict()) for m in matches if m is not None]

    for wrapped, folded in ((DATE_RE, True), (SUBJECT_FIRST, False), (GAP_INJURY, False)):
        seen = 0
        for text in (fold(t) if folded else t for t in texts):
            assert found(wrapped.finditer(text)) == found(wrapped.regex.finditer(text))
            for pos in (0, 10, 60):
                assert found([wrapped.search(text, pos)]) == found([wrapped.regex.search(text, pos)])
            seen += len(found(wrapped.finditer(text)))
        assert seen  # (the sentences hold dates and victims of each)


def test_groups_where_found_refuses_a_pattern_whose_groups_decide():
    import pytest
    from extraction.matching import GroupsWhereFound
    with pytest.raises(ValueError):
        GroupsWhereFound(re.compile(r"(?P<w>\w+) (?P=w)"))


def test_by_first_letter_second_matches_as_the_plain_alternation():
    # grouped again by the second letter, the same match and the same alternative (the group that closes it) at every
    # position; a letter whose alternatives do not all open with a plain letter stays as it is
    words = ["shelled", "shot", "shot\\s+dead", "shooting", "stormed", "strike", "struck", "sh\\w*", "kill", "ki+lled",
             "attack\\w*", "ambush(?:ed)?", "a", "abducted"]
    parts = [(w[0], f"{w[1:]}(?P<g{i}>)") for i, w in enumerate(words)]
    plain = re.compile(r"\b(?:" + "|".join(f"{letter}{rest}" for letter, rest in parts) + ")")
    grouped = re.compile(r"\b(?:" + by_first_letter(parts, second=True) + ")")
    assert grouped.pattern != re.compile(r"\b(?:" + by_first_letter(parts) + ")").pattern
    text = ("gunmen shot dead two men and shelled a village; the strike struck a school, attackers ambushed a convoy "
            "and abducted four, a shooting in the south; shrapnel killed one; kill, ill, a")
    assert [(m.span(), m.lastgroup) for m in grouped.finditer(text)] == \
        [(m.span(), m.lastgroup) for m in plain.finditer(text)]


# From test_extraction_numbers.py: Quantities: digits, words, vague phrases and modifiers -> low / best / high with
# the rule kept.

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


# From test_extraction_sentence_boundaries.py: The sentence-boundary regex written one alternative per opening
# character matches as the plain form does.

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
