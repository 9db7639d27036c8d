"""What geoparsing works out once per name or per run of words, not once per report: the same answers as
working it out each time, and forgotten when places are added."""
from geocoding import Gazetteer, Geoparser, Place
from geocoding.resolve import Resolver


def test_a_names_bare_mentions_score_alike_in_every_report(geoparser):
    def country(text: str) -> str:
        return next(t.place.country_code for t in geoparser.parse(text) if t.name == "Palmyra")

    assert country("Shelling resumed near Palmyra on Sunday.") == "SY"
    assert country("A barn burned down in Palmyra, Pennsylvania, overnight.") == "US"
    assert country("Troops withdrew from Palmyra after the shelling.") == "SY"
    readings = [r for k, r in geoparser.resolver._readings_memo.items() if k[1] == "Palmyra"]
    assert readings and all(r.bare_scores is not None for r in readings)


def test_no_qualifiers_are_read_around_a_name_with_no_reading(geoparser, monkeypatch):
    asked = []
    hints = Resolver._hints

    def recording(self, text, m, cands):
        asked.append(m.text)
        return hints(self, text, m, cands)

    monkeypatch.setattr(Resolver, "_hints", recording)
    toponyms = geoparser.parse("Syrian troops shelled Idlib, the Turkish defence ministry said.")
    assert {t.name for t in toponyms} == {"Idlib"}
    assert asked == ["Idlib"]                       # not the demonyms "Syrian", "Turkish"


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
