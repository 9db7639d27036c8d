"""Report files: JSON Lines (one report a line) and plain-text listings (title, blank line, body)."""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from geocoding.batch import JsonLineError, json_objects

# Listings separate one report from the next with two or more blank lines; a single blank line may
# stand inside a body (a photo credit above the text, say).
REPORT_BREAK = re.compile(r"\n[ \t]*\n[ \t]*\n\s*")
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")


class ReportFileError(ValueError):
    pass


def read_report_file(path: Path) -> Iterator[dict]:
    """Yield the raw report objects of a file; JSON Lines by extension .jsonl/.json/.ndjson, read a line at a
    time (an archive of a million reports is never held whole). A listing is read whole: its reports are
    split by blank lines."""
    if path.suffix.lower() in (".jsonl", ".ndjson", ".json"):
        with path.open(encoding="utf-8") as lines:
            yield from read_json_lines(lines, path.name)
    else:
        yield from read_listing(path.read_text(encoding="utf-8"), path.name)


def read_json_lines(lines: Iterable[str], name: str) -> Iterator[dict]:
    try:
        for _, obj in json_objects(lines):
            yield obj
    except JsonLineError as exc:
        raise ReportFileError(f"{name}, {exc}") from None


def read_listing(text: str, name: str) -> Iterator[dict]:
    text = text.replace("\r\n", "\n").strip()
    blocks = [b.strip() for b in REPORT_BREAK.split(text) if b.strip()]
    if len(blocks) < 2:
        blocks = [b.strip() for b in PARAGRAPH_BREAK.split(text) if b.strip()]
    if len(blocks) % 2:
        raise ReportFileError(f"{name}: a listing alternates title and body, but the last title "
                              f"({blocks[-1][:60]!r}) has no body")
    stem = Path(name).stem
    for index in range(0, len(blocks), 2):
        yield {"id": f"{stem}-{index // 2 + 1:03d}", "title": blocks[index], "body": blocks[index + 1],
               "source": name}
