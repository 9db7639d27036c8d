"""What geoparsing works out once per name or per run of words, not once per report: the same answers as
working it out each time, and forgotten when places are added."""
from geocoding import Gazetteer, Geoparser, Place
from geocoding.resolve import Resolver


def test_what_keep_asks_of_a_name_is_worked_out_once_and_forgotten_when_places_are_added():
    g = Gazetteer(Gazetteer.default().index)
    gp = Geoparser(g)
    text = "Shelling resumed near Palmyra on Sunday, and Palmyra was cut off."
    gp.parse(text)
    facts = g.name_facts_memo["palmyra"]
    assert facts.strict and not facts.capital_by_name and not facts.major
    assert g.name_facts_memo["palmyra"] is facts     # (one answer for both mentions)
    g.add(Place(None, "Palmyra", 34.55, 38.27, "P", "PPLC", "SY", "14", population=2_000_000))
    assert not g.name_facts_memo
    gp.parse(text)
    assert g.name_facts_memo["palmyra"].capital_by_name and g.name_facts_memo["palmyra"].major
