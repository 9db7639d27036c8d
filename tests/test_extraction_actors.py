"""Actor alias table: canonical names, inter codes, speakers, user extension files."""
import json

from extraction.actors import alias_table, find_actors, load_aliases


def names(text):
    return [(text[m.start:m.end], m.actor.name) for m in find_actors(text) if not m.speaker]


def test_aliases_are_one_actor():
    for alias in ("Islamic State", "ISIS", "ISIL", "Daesh", "IS"):
        assert [n for _, n in names(f"{alias} fighters attacked the town")][0] == "Islamic State"
    for alias in ("Russian Aerospace Forces", "Russian aviation", "VKS", "Russia’s Aerospace Force"):
        found = find_actors(f"{alias} struck the convoy")
        assert found[0].actor.name == "Military Forces of Russia" and found[0].air
