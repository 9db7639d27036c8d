"""JSON Lines batch geoparsing, shared by ``python -m geocoding`` and ``eventmap geoparse``."""
from __future__ import annotations

from .geoparser import Geoparser


def document_text(obj: dict) -> str:
    """The text of an input line: "text", else title + blank line + body."""
    if obj.get("text"):
        return obj["text"]
    return "\n\n".join(part for part in (obj.get("title"), obj.get("body")) if part)


def geoparse_line(obj: dict, geoparser: Geoparser, demonyms: bool = True) -> dict:
    """One input object -> {"id", "toponyms", "locations"}. Lines that carry "toponyms" spans are
    only resolved; the others are parsed end to end. The toponym list follows the usual annotation
    convention (Gritta et al.'s, as in LGL and GeoWebNews), where a demonym ("Russian troops") is a
    toponym of its country: those come marked "kind": "demonym" (demonyms=False leaves them out).
    Street names come too, "kind": "street", at their town's point."""
    text = document_text(obj)
    if obj.get("toponyms") is not None:
        spans = [(int(t["start"]), int(t["end"])) for t in obj["toponyms"]]
        toponyms = geoparser.resolve(text, spans)
    else:
        toponyms = geoparser.parse(text, demonyms=demonyms, streets=True)
    return {"id": obj.get("id"), "toponyms": [t.to_dict() for t in toponyms],
            "locations": [loc.to_dict() for loc in geoparser.locations(text, toponyms)]}
