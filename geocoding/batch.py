"""JSON Lines batch geoparsing, shared by ``python -m geocoding`` and ``eventmap geoparse``."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
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


class JsonLineError(ValueError):
    """A line of a JSON Lines input that is not one JSON object: its number and what is wrong with it."""

    def __init__(self, number: int, problem: str):
        super().__init__(f"line {number}: {problem}")


def json_objects(lines: Iterable[bytes | str]) -> Iterator[tuple[int, dict]]:
    """(line number, object) for each non-blank line; the first line that is not a JSON object is a JsonLineError.
    The caller's own lines, not str.splitlines(): that also splits at U+2028 and U+2029, which JSON allows unescaped
    inside a string."""
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = orjson.loads(line)
        except orjson.JSONDecodeError as exc:
            raise JsonLineError(number, f"not JSON ({exc.msg})") from None
        if not isinstance(obj, dict):
            raise JsonLineError(number, "not a JSON object")
        yield number, obj


def map_json_lines(process: Callable[[dict], dict], source: BinaryIO, out: BinaryIO, prog: str) -> None:
    """One JSON object a line from source to out through process (the batch commands: `eventmap geoparse` and
    `extract`, `python -m geocoding` and `python -m extraction`). A line that is not a JSON object, or that process
    refuses (a ValueError), stops the run with a SystemExit that names the line."""
    try:
        for number, obj in json_objects(source):
            try:
                result = process(obj)
            except ValueError as exc:
                raise SystemExit(f"{prog}: standard input line {number}: {exc}") from None
            out.write(orjson.dumps(result) + b"\n")
    except JsonLineError as exc:
        raise SystemExit(f"{prog}: standard input {exc}") from None
