"""JSON Lines batch geoparsing, shared by ``python -m geocoding`` and ``eventmap geoparse``."""
from __future__ import annotations

from collections.abc import Callable
from typing import BinaryIO

import orjson

from .geoparser import Geoparser


def report_text(title: str | None, body: str | None) -> str:
    """The canonical document that every span indexes: title, a blank line, body."""
    title = (title or "").strip()
    body = body or ""
    if title and body:
        return title + "\n\n" + body
    return title or body


def line_text(obj: dict) -> str:
    """The text of an input line: "text", else report_text(title, body). A field that is there but not text
    is a ValueError that names it (a batch tool reports the line; it must not stop on a TypeError deep inside)."""
    for field in ("text", "title", "body"):
        if obj.get(field) is not None and not isinstance(obj[field], str):
            raise ValueError(f'"{field}" must be text, not {type(obj[field]).__name__}')
    if obj.get("text"):
        return obj["text"]
    return report_text(obj.get("title"), obj.get("body"))


def geoparse_line(obj: dict, geoparser: Geoparser, demonyms: bool = True) -> dict:
    """One input object -> {"id", "toponyms", "locations"}. Lines that carry "toponyms" spans are
    only resolved; the others are parsed end to end. The toponym list follows the usual annotation
    convention (Gritta et al.'s, as in LGL and GeoWebNews), where a demonym ("Russian troops") is a
    toponym of its country: those come marked "kind": "demonym" (demonyms=False leaves them out).
    Street names come too, "kind": "street", at their town's point."""
    text = line_text(obj)
    if obj.get("toponyms") is not None:
        spans = [(int(t["start"]), int(t["end"])) for t in obj["toponyms"]]
        toponyms = geoparser.resolve(text, spans)
    else:
        toponyms = geoparser.parse(text, demonyms=demonyms, streets=True)
    return {"id": obj.get("id"), "toponyms": [t.to_dict() for t in toponyms],
            "locations": [loc.to_dict() for loc in geoparser.locations(text, toponyms)]}


def map_json_lines(process: Callable[[dict], dict], source: BinaryIO, out: BinaryIO, prog: str) -> None:
    """One JSON object a line from source to out through process (the batch commands: `eventmap geoparse` and
    `extract`, `python -m geocoding` and `python -m extraction`). A line that is not a JSON object, or that process
    refuses (a ValueError), stops the run with a SystemExit that names the line."""
    for number, line in enumerate(source, 1):
        if not line.strip():
            continue
        try:
            obj = orjson.loads(line)
        except orjson.JSONDecodeError as exc:
            raise SystemExit(f"{prog}: standard input line {number} is not JSON: {exc}") from None
        if not isinstance(obj, dict):
            raise SystemExit(f"{prog}: standard input line {number} is not a JSON object")
        try:
            result = process(obj)
        except ValueError as exc:
            raise SystemExit(f"{prog}: standard input line {number}: {exc}") from None
        out.write(orjson.dumps(result) + b"\n")
