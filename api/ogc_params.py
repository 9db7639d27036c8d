"""The query parameters of OGC items, read from the query string here rather than declared one by one on
the route: FastAPI's per-parameter validation of the 13 of them cost ~0.35 ms a request (measured in
process, against ~0.15 ms for the whole request without them), a third of a small page's time over its SQL.
The same table documents them in the OpenAPI definition (`openapi_extra`), and a bad value is a 400, as
OGC API - Features asks.
"""
from __future__ import annotations

import re

from fastapi import HTTPException
from starlette.datastructures import QueryParams

# name -> (JSON schema, description)
ITEMS_PARAMETERS: dict[str, tuple[dict, str | None]] = {
    "bbox": ({"type": "string"}, "minLon,minLat,maxLon,maxLat (CRS84)"),
    "datetime": ({"type": "string"}, "an instant or interval: 2017-06-01, 2017-05-01/2017-06-01, ../2017-06-01, "
                                     "2017-05-01/.."),
    "limit": ({"type": "integer", "minimum": 1}, "page size; above the server's maximum it is lowered to it"),
    "offset": ({"type": "integer", "minimum": 0, "maximum": 1_000_000}, None),
    "cursor": ({"type": "string", "maxLength": 40}, "where the page starts (from the next link)"),
    "before": ({"type": "string", "maxLength": 40}, "where the page ends (from the prev link)"),
    "event_type": ({"type": "string", "maxLength": 200}, None),
    "sub_event_type": ({"type": "string", "maxLength": 200}, None),
    "actor": ({"type": "string", "maxLength": 200}, "part of actor1's or actor2's name"),
    "country": ({"type": "string", "pattern": "^[A-Za-z]{2}$"}, "ISO 3166 alpha-2 code"),
    "fatalities": ({"type": "integer", "minimum": 0}, "exactly this many killed (best estimate)"),
    "min_fatalities": ({"type": "integer", "minimum": 0}, None),
    "f": ({"type": "string"}, "the output format: json (or geojson for features)"),
}

OPENAPI_ITEMS_PARAMETERS = {"parameters": [
    {"name": name, "in": "query", "required": False, "schema": schema, **({"description": text} if text else {})}
    for name, (schema, text) in ITEMS_PARAMETERS.items()]}

_PATTERNS = {name: re.compile(schema["pattern"]) for name, (schema, _) in ITEMS_PARAMETERS.items() if "pattern" in schema}


def _value(name: str, raw: str, schema: dict) -> str | int:
    if schema["type"] == "integer":
        try:
            value = int(raw)
        except ValueError:
            raise HTTPException(400, f"{name} {raw[:40]!r} is not a whole number") from None
        if value < schema.get("minimum", value) or value > schema.get("maximum", value):
            bounds = " and ".join(f"{word} {schema[key]:,}" for key, word in (("minimum", "at least"), ("maximum", "at most"))
                                  if key in schema)
            raise HTTPException(400, f"{name} must be {bounds}")
        return value
    if len(raw) > schema.get("maxLength", len(raw)):
        raise HTTPException(400, f"{name} is longer than {schema['maxLength']} characters")
    if name in _PATTERNS and not _PATTERNS[name].fullmatch(raw):
        raise HTTPException(400, f"{name} {raw[:40]!r} does not match {schema['pattern']}")
    return raw


def items_params(query: QueryParams) -> dict[str, str | int | None]:
    """Every items parameter by name, None when not given (unknown parameters are ignored)."""
    return {name: (None if (raw := query.get(name)) is None else _value(name, raw, schema))
            for name, (schema, _) in ITEMS_PARAMETERS.items()}
