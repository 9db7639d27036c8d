"""Actor alias table: canonical names, inter codes, speakers, user extension files."""
import json

from extraction.actors import alias_table, find_actors, load_aliases


def names(text):
    return [(text[m.start:m.end], m.actor.name) for m in find_actors(text) if not m.speaker]
