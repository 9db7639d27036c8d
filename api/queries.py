"""The SQL of the API, in one place. GeoJSON is assembled by PostgreSQL (each event's Feature is stored as
text in events.feature by a trigger, migration 0002), never row by row in Python. Filters are fixed fragments with bound parameters: no SQL is ever built
from request text."""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from extraction.event_types import SUB_EVENT_TYPES

REPORT_BY_SOURCE_ID = """
SELECT id FROM reports WHERE coalesce(source, '') = coalesce(:source, '') AND external_id = :external_id
"""

# Outlets tell one incident with different words, so the same event may come coded with another sub-type
# of its kind: "clashes" and "an attack" on a base, a "suicide bomber" and a "car bomb", a "missile" and
# a "drone" strike, a march "peaceful" in one report and "dispersed with tear gas" in another. Each tuple
# is a kind; a sub-type in none is its own kind. Different kinds stay apart (a mortar round and a roadside
# bomb in one city on one day are two events).
SAME_INCIDENT_SUB_TYPES = (
    ("Armed clash", "Government regains territory", "Non-state actor overtakes territory", "Attack",
     "Abduction/forced disappearance"),
    ("Suicide bomb", "Remote explosive/landmine/IED", "Grenade"),
    ("Air/drone strike", "Shelling/artillery/missile attack"),
    ("Peaceful protest", "Protest with intervention", "Excessive force against protesters", "Violent demonstration"),
)
EVENT_TYPE_OF_SUB_TYPE = {sub: kind for kind, subs in SUB_EVENT_TYPES.items() for sub in subs}


def same_incident_types(event_type: str, sub_event_type: str) -> dict:
    """SAME_EVENT's :event_types and :sub_event_types for an event: the (type, sub-type) pairs of its kind."""
    for kind in SAME_INCIDENT_SUB_TYPES:
        if sub_event_type in kind:
            return {"event_types": sorted({EVENT_TYPE_OF_SUB_TYPE[s] for s in kind}), "sub_event_types": list(kind)}
    return {"event_types": [event_type], "sub_event_types": [sub_event_type]}


def _actor_fits(stored: str, stored_inter: str, given: str, given_inter: str) -> str:
    """One side of the event from two reports can be the same actor: unnamed in one; the same name; a name
    and its specific form ("Islamic State" / "Islamic State Sahel Province", "Civilians" / "Civilians
    (Mali)"); or "gunmen" in one report (an Unidentified armed group or militia) and a named non-state
    armed group (ACLED inter 2-4) in the other."""
    given, given_inter = f"CAST({given} AS text)", f"CAST({given_inter} AS int)"
    return f"""({stored} IS NULL OR {given} IS NULL OR {stored} = {given}
       OR starts_with({stored}, {given} || ' ') OR starts_with({given}, {stored} || ' ')
       OR (starts_with({stored}, 'Unidentified ') AND {given_inter} IN (2, 3, 4))
       OR (starts_with({given}, 'Unidentified ') AND {stored_inter} IN (2, 3, 4)))"""


# A coarse place (precision 3 second-level area, 4 first-level, 5 region, 6 country) names an area whose
# point may be far from the town another report names: an event there is inside it when it is in the same
# country and first-level area (a country-level event: the same country), and for a district in the same
# second-level area (its GeoNames code: a district's own, a town's district's), or, where either side has no
# second-level code (a row stored before migration 0008, a town the gazetteer knows no district of), within
# COARSE_DISTRICT_METRES of its point. Two places equally coarse are the same area only by the 25 km rule.
# (Areas compare by GeoNames codes, admin1_code and admin2_code: unique within a country, where names need not be.)
COARSE_DISTRICT_METRES = 100000

SAME_EVENT = f"""
SELECT id FROM events
WHERE event_type = ANY(CAST(:event_types AS text[])) AND sub_event_type = ANY(CAST(:sub_event_types AS text[]))
  AND status <> 'rejected' AND geom IS NOT NULL
  AND (ST_DWithin(geom::geography, ST_GeomFromEWKT(:geom)::geography, 25000)
       OR (country_code = CAST(:country_code AS text)
           AND coalesce(location_precision, 1) <> coalesce(CAST(:location_precision AS int), 1)
           AND (greatest(location_precision, CAST(:location_precision AS int)) >= 6
                OR (admin1_code = CAST(:admin1_code AS text)
                    AND (greatest(location_precision, CAST(:location_precision AS int)) >= 4
                         OR (greatest(location_precision, CAST(:location_precision AS int)) = 3
                             AND (admin2_code = CAST(:admin2_code AS text)
                                  OR (admin2_code IS NULL OR CAST(:admin2_code AS text) IS NULL)
                                     AND ST_DWithin(geom::geography, ST_GeomFromEWKT(:geom)::geography, {COARSE_DISTRICT_METRES}))))))))
  AND date_start <= coalesce(CAST(:date_end AS date), CAST(:date_start AS date)) + 1
  AND coalesce(date_end, date_start) >= CAST(:date_start AS date) - 1
  -- the same bounds for the dates indexes: a start at most 8 days back, else a long event (events_long)
  AND (date_start >= CAST(:date_start AS date) - 8 OR (date_end > date_start + 7 AND date_end >= CAST(:date_start AS date) - 1))
  -- the two sides in either order: "troops clashed with rebels", "rebels attacked troops"
  AND (({_actor_fits("actor1", "actor1_inter", ":actor1", ":actor1_inter")}
        AND {_actor_fits("actor2", "actor2_inter", ":actor2", ":actor2_inter")})
       OR ({_actor_fits("actor1", "actor1_inter", ":actor2", ":actor2_inter")}
        AND {_actor_fits("actor2", "actor2_inter", ":actor1", ":actor1_inter")}))
  -- a report's own events are distinct: two of them never become one, nor both another report's one
  AND NOT EXISTS (SELECT FROM event_sources s WHERE s.event_id = events.id AND s.report_id = :report_id)
ORDER BY ST_Distance(geom::geography, ST_GeomFromEWKT(:geom)::geography), sub_event_type <> :sub_event_type, id
LIMIT 1
"""

EVENTS_OF_REPORT = """
SELECT s.ordinal, s.event_id, (e.status <> 'machine' OR e.corrections <> '{}'::jsonb) AS analyst,
       EXISTS (SELECT 1 FROM event_sources o WHERE o.event_id = s.event_id AND o.report_id <> s.report_id)
           AS other_sources
FROM event_sources s JOIN events e ON e.id = s.event_id WHERE s.report_id = :report_id
"""
UNLINK_REPORT_EVENTS = "DELETE FROM event_sources WHERE report_id = :report_id RETURNING event_id"
DELETE_ORPHAN_MACHINE_EVENTS = """
DELETE FROM events e WHERE e.id = ANY(:ids) AND e.status = 'machine' AND e.corrections = '{}'::jsonb
  AND NOT EXISTS (SELECT 1 FROM event_sources s WHERE s.event_id = e.id)
"""

# Ingest (api/ingest.store_reports) runs these with psycopg's executemany: %(name)s parameters, and a
# batch of reports, then all their events, each in one pipelined round trip.
INSERT_REPORT = """
INSERT INTO reports (external_id, source, url, title, body, published_at, content_hash)
VALUES (%(external_id)s, %(source)s, %(url)s, %(title)s, %(body)s, %(published_at)s, %(content_hash)s)
ON CONFLICT DO NOTHING RETURNING id
"""
REPORT_BY_CONTENT_HASH = "SELECT id FROM reports WHERE content_hash = :content_hash"
GENERIC_PLANS = "SET LOCAL plan_cache_mode = force_generic_plan"  # for the rest of the transaction


def _psycopg_params(sql: str) -> str:
    """`sql`'s :name parameters as %(name)s (casts such as ::jsonb kept)."""
    return re.sub(r"(?<![:\w]):(\w+)", r"%(\1)s", sql)


def link_event_sql(column_types: dict[str, str]) -> str:
    """One event of a stored report in one statement: the event already stored that it reports again
    (SAME_EVENT, on the same parameters as the new event's columns; none when match is false), else a
    new event with the given columns; either linked to the report. Returns (new event id, matched event id). Run in
    order, each sees the events stored before it, as separate statements would."""
    values = ", ".join("ST_GeomFromEWKT(%(geom)s)" if name == "geom" else f"CAST(%({name})s AS {sql_type})"
                       for name, sql_type in column_types.items())
    return f"""
WITH same AS (
    SELECT id FROM ({_psycopg_params(SAME_EVENT)}) AS nearest WHERE %(match)s
), new_event AS (
    INSERT INTO events ({", ".join(column_types)})
    SELECT {values} WHERE NOT EXISTS (SELECT FROM same)
    RETURNING id
), linked AS (
    INSERT INTO event_sources (event_id, report_id, evidence, ordinal, killed, wounded)
    SELECT id, %(report_id)s, CAST(%(evidence)s AS jsonb), %(ordinal)s, %(killed_best)s, %(wounded_best)s
    FROM (SELECT id FROM same UNION ALL SELECT id FROM new_event) AS linked_event
)
SELECT (SELECT id FROM new_event), (SELECT id FROM same)
"""

# Each filter: a fixed SQL fragment and the request parameters it binds.
FILTERS = {
    "bbox": "e.geom && ST_MakeEnvelope(:min_lon, :min_lat, :max_lon, :max_lat, 4326)",
    "start": "coalesce(e.date_end, e.date_start) >= :start",
    "end": "e.date_start <= :end",
    "type": "(e.event_type = :type OR e.sub_event_type = :type)",
    "actor": "(e.actor1 ILIKE :actor_pattern OR e.actor2 ILIKE :actor_pattern)",
    "country": "e.country_code = :country",
    "min_fatalities": "coalesce(e.killed_best, 0) >= :min_fatalities",
    "q": "EXISTS (SELECT 1 FROM event_sources s JOIN reports r ON r.id = s.report_id "
         "WHERE s.event_id = e.id AND r.search @@ websearch_to_tsquery('english', :q))",
    "status": "e.status = :status",
    "after": "e.id > :after",
}
DEFAULT_STATUS_FILTER = "e.status <> 'rejected'"


@dataclass
class EventQuery:
    """The filters of an events request, each None when not asked for."""
    bbox: tuple[float, float, float, float] | None = None
    start: object | None = None
    end: object | None = None
    type: str | None = None
    actor: str | None = None
    country: str | None = None
    min_fatalities: int | None = None
    q: str | None = None
    status: str | None = None
    after: int | None = None
    limit: int = 1000

    def where(self) -> tuple[str, dict]:
        clauses, params = [], {}
        for name, fragment in FILTERS.items():
            value = getattr(self, name)
            if value is None:
                continue
            clauses.append(fragment)
            if name == "bbox":
                params.update(zip(("min_lon", "min_lat", "max_lon", "max_lat"), value))
            elif name == "actor":
                params["actor_pattern"] = "%" + value.replace("\\", "\\\\").replace("%", r"\%").replace("_", r"\_") + "%"
            else:
                params[name] = value
        if self.status is None:
            clauses.append(DEFAULT_STATUS_FILTER)
        return (" AND ".join(clauses) or "TRUE"), params


def events_page(query: EventQuery) -> tuple[str, dict]:
    """One page of events, keyset-paginated on id: the stored features (events.feature) as a JSON array,
    how many rows matched up to limit + 1 (so we know whether there is a next page) and the last id sent.
    The page's ids are chosen and sorted first, then their features joined in id order (no feature
    text is carried through the sort)."""
    where, params = query.where()
    params["limit_plus_one"] = query.limit + 1
    params["limit"] = query.limit
    sql = f"""
    WITH page AS MATERIALIZED (
        SELECT e.id FROM events e WHERE {where} ORDER BY e.id LIMIT :limit_plus_one
    ), kept AS MATERIALIZED (
        SELECT id FROM page ORDER BY id LIMIT :limit
    )
    SELECT (SELECT count(*) FROM page) AS matched,
           (SELECT max(id) FROM kept) AS last_id,
           (SELECT '[' || coalesce(string_agg(x.feature, ','), '') || ']' FROM (
                SELECT f.feature FROM (SELECT id FROM kept ORDER BY id) k
                JOIN LATERAL (SELECT f.feature FROM events f WHERE f.id = k.id) f ON TRUE ORDER BY k.id) x) AS features
    """
    return sql, params


# One event: its stored feature (events.feature), with the detail view's extra properties added.
EVENT_DETAIL = """
SELECT (e.feature::jsonb || jsonb_build_object('properties', (e.feature::jsonb -> 'properties') || jsonb_build_object(
        'feature_code', e.feature_code,
        'killed_side_a', e.killed_side_a, 'killed_side_b', e.killed_side_b, 'killed_unknown', e.killed_unknown,
        'killed_phrase', e.killed_phrase, 'killed_rule', e.killed_rule,
        'wounded_phrase', e.wounded_phrase, 'wounded_rule', e.wounded_rule,
        'missing', e.missing_best, 'missing_low', e.missing_low, 'missing_high', e.missing_high,
        'missing_phrase', e.missing_phrase,
        'abducted', e.abducted_best, 'abducted_low', e.abducted_low, 'abducted_high', e.abducted_high,
        'abducted_phrase', e.abducted_phrase,
        'evidence', e.evidence, 'inferred', to_jsonb(e.inferred), 'corrections', e.corrections,
        -- Airwars-style grading: reports that disagree on the toll make the claim contested
        'grading', (SELECT CASE WHEN count(DISTINCT s.killed) > 1 THEN 'contested'
                                WHEN count(*) > 1 THEN 'several sources' ELSE 'single source' END
                    FROM event_sources s WHERE s.event_id = e.id),
        'sources', (SELECT coalesce(jsonb_agg(jsonb_build_object(
                'report_id', r.id, 'title', r.title, 'url', r.url, 'source', r.source,
                'published_at', r.published_at, 'evidence', s.evidence,
                'text', coalesce(r.title || E'\\n\\n', '') || r.body) ORDER BY r.published_at NULLS LAST, r.id), '[]'::jsonb)
            FROM event_sources s JOIN reports r ON r.id = s.report_id WHERE s.event_id = e.id))))::text
FROM events e WHERE e.id = :id
"""

REPORT_DETAIL = """
SELECT json_build_object('id', r.id, 'external_id', r.external_id, 'source', r.source, 'url', r.url,
    'title', r.title, 'body', r.body, 'published_at', r.published_at, 'ingested_at', r.ingested_at,
    'event_ids', (SELECT coalesce(json_agg(s.event_id ORDER BY s.event_id), '[]'::json)
                  FROM event_sources s WHERE s.report_id = r.id))::text
FROM reports r WHERE r.id = :id
"""

INSERT_PLACE = """
INSERT INTO places (name, aliases, feature_class, feature_code, country_code, admin1, geom)
VALUES (:name, :aliases, :feature_class, :feature_code, :country_code, :admin1,
        ST_SetSRID(ST_MakePoint(:lon, :lat), 4326))
RETURNING id, name, aliases, feature_class, feature_code, country_code, admin1, ST_Y(geom) AS lat, ST_X(geom) AS lon
"""

PLACES = """
SELECT id, name, aliases, feature_class, feature_code, country_code, admin1, ST_Y(geom) AS lat, ST_X(geom) AS lon
FROM places ORDER BY id
"""


# The values the map's actor and country filters offer, most frequent first (api/routes/aggregates.py).
FILTER_CHOICES = """
SELECT json_build_object(
  'actors', (SELECT coalesce(json_agg(json_build_object('name', name, 'events', n) ORDER BY n DESC, name), '[]')
             FROM (SELECT name, count(*) AS n FROM events e CROSS JOIN unnest(ARRAY[e.actor1, e.actor2]) AS name
                   WHERE name IS NOT NULL AND e.status <> 'rejected'
                   GROUP BY name ORDER BY n DESC, name LIMIT :limit) actors),
  'countries', (SELECT coalesce(json_agg(json_build_object('code', country_code, 'events', n)
                                         ORDER BY n DESC, country_code), '[]')
                FROM (SELECT country_code, count(*) AS n FROM events
                      WHERE country_code IS NOT NULL AND status <> 'rejected'
                      GROUP BY country_code ORDER BY n DESC, country_code LIMIT :limit) countries))::text
"""


# --- Map aggregates (api/routes/aggregates.py): compact columns for the map's canvas layer, a server-side
# grid when too many events match, and the timeline's histogram. Same filters as /api/events.

def event_points(query: EventQuery, limit: int) -> tuple[str, dict]:
    """Every matching located event as parallel JSON arrays (one per column), ordered by id: a fifth of
    the bytes of GeoJSON. Coordinates are integers of 1e-5 degrees (about a metre); text columns are
    dictionary-coded (an index into a list of distinct values). Each column is aggregated from rows sorted
    once, not sorted again per column. Nothing but the count when more than `limit` match."""
    where, params = query.where()
    params["limit_plus_one"] = limit + 1
    dictionary = ("SELECT name, row_number() OVER (ORDER BY name) - 1 AS code "
                  "FROM (SELECT DISTINCT {column} AS name FROM m) d")
    sql = f"""
    WITH m AS MATERIALIZED (
        SELECT e.id, round(ST_X(e.geom) * 1e5)::int AS lon, round(ST_Y(e.geom) * 1e5)::int AS lat,
               e.date_start - DATE '1970-01-01' AS day_start,
               coalesce(e.date_end, e.date_start) - DATE '1970-01-01' AS day_end,
               e.event_type, e.sub_event_type, coalesce(e.location_name, '') AS place,
               e.killed_best, e.wounded_best, e.location_precision
        FROM events e WHERE {where} AND e.geom IS NOT NULL ORDER BY e.id LIMIT :limit_plus_one
    ), counted AS (SELECT count(*) AS matched FROM m),
    types AS ({dictionary.format(column="event_type")}),
    sub_types AS ({dictionary.format(column="sub_event_type")}),
    places AS ({dictionary.format(column="place")}),
    coded AS (
        SELECT m.*, t.code AS type_code, s.code AS sub_type_code, p.code AS place_code
        FROM m JOIN types t ON t.name = m.event_type JOIN sub_types s ON s.name = m.sub_event_type
             JOIN places p ON p.name = m.place
        WHERE (SELECT matched FROM counted) <= {int(limit)}
        ORDER BY m.id
    )
    SELECT (SELECT matched FROM counted) AS matched, (SELECT json_build_object(
        'id', coalesce(array_to_json(array_agg(id)), '[]'),
        'lon_e5', coalesce(array_to_json(array_agg(lon)), '[]'),
        'lat_e5', coalesce(array_to_json(array_agg(lat)), '[]'),
        'day_start', coalesce(array_to_json(array_agg(day_start)), '[]'),
        'day_end', coalesce(array_to_json(array_agg(day_end)), '[]'),
        'type', coalesce(array_to_json(array_agg(type_code)), '[]'),
        'sub_type', coalesce(array_to_json(array_agg(sub_type_code)), '[]'),
        'place', coalesce(array_to_json(array_agg(place_code)), '[]'),
        'killed', coalesce(array_to_json(array_agg(killed_best)), '[]'),
        'wounded', coalesce(array_to_json(array_agg(wounded_best)), '[]'),
        'precision', coalesce(array_to_json(array_agg(location_precision)), '[]'),
        'types', (SELECT coalesce(json_agg(name ORDER BY code), '[]') FROM types),
        'sub_types', (SELECT coalesce(json_agg(name ORDER BY code), '[]') FROM sub_types),
        'places', (SELECT coalesce(json_agg(name ORDER BY code), '[]') FROM places)
    )::text FROM coded) AS columns
    """
    return sql, params


def event_grid(query: EventQuery, cell: float) -> tuple[str, dict]:
    """Matching events counted in square cells of `cell` units of the Web Mercator unit square (0..1):
    each cell's count, fatalities, centroid and most common event type."""
    where, params = query.where()
    params["cell"] = cell
    sql = f"""
    WITH m AS (
        SELECT ST_X(e.geom) AS lon, ST_Y(e.geom) AS lat, e.event_type, coalesce(e.killed_best, 0) AS killed,
               floor((ST_X(e.geom) + 180) / 360 / :cell) AS cx,
               floor((0.5 - ln(tan(pi() / 4 + radians(greatest(least(ST_Y(e.geom), 85.05), -85.05)) / 2))
                      / (2 * pi())) / :cell) AS cy
        FROM events e WHERE {where} AND e.geom IS NOT NULL
    ), cells AS (
        SELECT avg(lon) AS lon, avg(lat) AS lat, count(*) AS n, sum(killed) AS killed,
               mode() WITHIN GROUP (ORDER BY event_type) AS event_type
        FROM m GROUP BY cx, cy
    )
    SELECT json_build_object(
        'lon', coalesce(json_agg(round(lon::numeric, 5)), '[]'), 'lat', coalesce(json_agg(round(lat::numeric, 5)), '[]'),
        'count', coalesce(json_agg(n), '[]'), 'killed', coalesce(json_agg(killed), '[]'),
        'event_type', coalesce(json_agg(event_type), '[]'))::text FROM cells
    """
    return sql, params


HISTOGRAM_BUCKETS = ("day", "week", "month")


def event_histogram(query: EventQuery, bucket: str) -> tuple[str, dict]:
    """Matching events and their fatalities per day, week or month of their start date."""
    assert bucket in HISTOGRAM_BUCKETS
    where, params = query.where()
    sql = f"""
    WITH b AS (
        SELECT date_trunc('{bucket}', e.date_start)::date AS bucket, count(*) AS n,
               sum(coalesce(e.killed_best, 0)) AS killed
        FROM events e WHERE {where} AND e.date_start IS NOT NULL GROUP BY 1
    )
    SELECT json_build_object('bucket', '{bucket}',
        'start', coalesce(json_agg(bucket ORDER BY bucket), '[]'),
        'count', coalesce(json_agg(n ORDER BY bucket), '[]'),
        'killed', coalesce(json_agg(killed ORDER BY bucket), '[]'))::text FROM b
    """
    return sql, params


# --- Serving at scale: OGC API - Features, vector tiles, exports (api/routes/ogc.py, tiles.py, exports.py) ---
# These read events.feature, the Feature JSON text kept by a trigger (migration 0002), so a page is the
# stored text passed through; every statement also returns pg_current_snapshot(), which decides the ETag:
# two statements with the same snapshot see the same data.

SNAPSHOT = "SELECT pg_current_snapshot()::text"

SERVING_FILTERS = {
    "event_type": "e.event_type = :event_type",
    "sub_event_type": "e.sub_event_type = :sub_event_type",
    "fatalities": "coalesce(e.killed_best, 0) = :fatalities",
}


def serving_where(query: EventQuery, extra: dict | None = None) -> tuple[str, dict]:
    """The events filters plus the exact-value ones of OGC API - Features (SERVING_FILTERS)."""
    where, params = query.where()
    for name, value in (extra or {}).items():
        if value is not None:
            where += " AND " + SERVING_FILTERS[name]
            params[name] = value
    return where, params


# --- Paging by space: events.sfc (migration 0003) is the Morton code of the event's point; OGC items are
# paged in (sfc, id) order. A bbox becomes a few key ranges (sfc_ranges), each read in order from the btree
# on (sfc, id), so a page of N features reads about N rows however many the bbox holds.

SFC_BITS = 31
SFC_SCALE = 1 << SFC_BITS
SFC_NO_POINT = 1 << 62  # events without a point: after every located one
SFC_CELLS_PER_SIDE = 16
SFC_REFINE = 3


def _spread(v: int) -> int:
    """The bits of v (< 2^31) moved to the even positions."""
    v = (v | (v << 16)) & 0x0000FFFF0000FFFF
    v = (v | (v << 8)) & 0x00FF00FF00FF00FF
    v = (v | (v << 4)) & 0x0F0F0F0F0F0F0F0F
    v = (v | (v << 2)) & 0x3333333333333333
    return (v | (v << 1)) & 0x5555555555555555


def _sfc_x(lon: float) -> int:
    return min(max(math.floor((lon + 180.0) / 360.0 * SFC_SCALE), 0), SFC_SCALE - 1)


def _sfc_y(lat: float) -> int:
    return min(max(math.floor((lat + 90.0) / 180.0 * SFC_SCALE), 0), SFC_SCALE - 1)


def sfc_key(lon: float, lat: float) -> int:
    """The key migration 0003's eventmap_sfc() gives a point."""
    return _spread(_sfc_x(lon)) | (_spread(_sfc_y(lat)) << 1)


def _sfc_cells(bbox: tuple[float, float, float, float], cells_per_side: int,
               refine: int) -> list[tuple[int, int, bool]]:
    """The key ranges of the curve's square cells that cover the bbox, sorted, each with whether the cell
    lies strictly inside the bbox: not in the bbox's first or last column or row of the key's grid, which
    the bbox only partly covers, so that every point of it passes the bbox test (the key is a monotone
    function of each coordinate). Cells of the size that puts about `cells_per_side` of them along the
    bbox's longer side; the ones that cross the bbox's edge split in four `refine` times more (so little
    outside the bbox is read: a dense town just outside would otherwise be scanned for nothing)."""
    x0, y0, x1, y1 = _sfc_x(bbox[0]), _sfc_y(bbox[1]), _sfc_x(bbox[2]), _sfc_y(bbox[3])
    span = max(x1 - x0, y1 - y0) + 1
    shift = max(0, math.ceil(math.log2(span / cells_per_side))) if span > cells_per_side else 0
    cells = []
    todo = [(cx, cy, shift, refine) for cy in range(y0 >> shift, (y1 >> shift) + 1)
            for cx in range(x0 >> shift, (x1 >> shift) + 1)]
    while todo:
        cx, cy, sh, more = todo.pop()
        lx, ly = cx << sh, cy << sh
        hx, hy = lx + (1 << sh) - 1, ly + (1 << sh) - 1
        if hx < x0 or lx > x1 or hy < y0 or ly > y1:
            continue
        if (lx >= x0 and hx <= x1 and ly >= y0 and hy <= y1) or more == 0 or sh == 0:
            lo = (_spread(cx) | (_spread(cy) << 1)) << (2 * sh)
            cells.append((lo, lo + (1 << (2 * sh)) - 1, lx > x0 and hx < x1 and ly > y0 and hy < y1))
        else:
            todo += [(cx * 2 + dx, cy * 2 + dy, sh - 1, more - 1) for dy in (0, 1) for dx in (0, 1)]
    return sorted(cells)


def _merged(cells, same_side: bool) -> tuple[tuple[int, int, bool], ...]:
    """Cells whose keys run on merged into one range (with `same_side`, only cells equally inside)."""
    merged: list[list] = []
    for lo, hi, inside in cells:
        if merged and lo == merged[-1][1] + 1 and (not same_side or inside == merged[-1][2]):
            merged[-1][1] = hi
            merged[-1][2] = merged[-1][2] and inside
        else:
            merged.append([lo, hi, inside])
    return tuple((lo, hi, inside) for lo, hi, inside in merged)


@lru_cache(maxsize=4096)
def sfc_ranges(bbox: tuple[float, float, float, float], cells_per_side: int = SFC_CELLS_PER_SIDE,
               refine: int = SFC_REFINE) -> tuple[tuple[int, int], ...]:
    """Sorted, disjoint, inclusive key ranges that hold every point of the bbox (_sfc_cells, merged where
    their keys run on). The bbox itself is checked too."""
    return tuple((lo, hi) for lo, hi, _ in _merged(_sfc_cells(bbox, cells_per_side, refine), False))


@lru_cache(maxsize=4096)
def sfc_ranges_inside(bbox: tuple[float, float, float, float]) -> tuple[tuple[int, int, bool], ...]:
    """The ranges of sfc_ranges, split where cells inside the bbox meet cells on its edge, each with whether
    all its points are inside the bbox: their rows need no bbox test (four PostGIS calls a row)."""
    return _merged(_sfc_cells(bbox, SFC_CELLS_PER_SIDE, SFC_REFINE), True)


# The bbox as a plain test of the point's coordinates: the same events as `&&` (up to float4 rounding at the
# edges), but not a GiST index condition, so the planner reads each key range in order from events_sfc.
SFC_BBOX = "ST_X(e.geom) BETWEEN :min_lon AND :max_lon AND ST_Y(e.geom) BETWEEN :min_lat AND :max_lat"


# A narrow time window leaves few matches spread thinly over the key ranges: walking the ranges would read
# nearly every event in the bbox to find them (a month of a 1° bbox at 10M events: 3 s for 100 features).
# Then the window's candidate keys come from the covering btree events_window (date_start, sfc, id) INCLUDE
# (date_end, status) (migration 0005) by index-only scans, one per day and key range (each day's keys are
# in order there, so a range is one short index range), with events_long (date_end) for the few events that
# started more than LONG_EVENT_DAYS before the window and still run into it. Candidates are a superset of
# the matches (the key ranges hold more than the bbox; dates are compared as days): they are sorted into page
# order and only the page's rows are fetched from the heap, where the exact filters (bbox, dates, status,
# everything else) are tested. They are looked up by (sfc, id) in events_sfc, not by id: consecutive keys
# share that index's pages (a page of 10,000 at 10M events: 73 ms by id, 58 ms by key).
NARROW_WINDOW_DAYS = 92
LONG_EVENT_DAYS = 7  # migration 0005's events_long holds the events spanning more days than this


def narrow_window(query: EventQuery) -> bool:
    return query.start is not None and query.end is not None and \
        (query.end - query.start).days <= NARROW_WINDOW_DAYS


# Split ranges (inside / on the edge) are about twice as many: each costs an index descent, so a small
# page, which reads one or two ranges' worth of rows, is faster with the merged ones and the bbox test on
# every row (100 features: 1.4 ms against 1.6-2.0); from a few thousand rows the saved tests win (10,000:
# 41 ms against 48, measured on a loaded machine).
INSIDE_RANGES_MIN_LIMIT = 1000


def _array_literal(values) -> str:
    """An array as PostgreSQL's text form ('{1,2,3}', cast in the SQL): psycopg adapts a list of a few
    hundred ints element by element, ~1-2 ms, most of a small page's time; this string costs ~20 µs."""
    return "{" + ",".join(map(str, values)) + "}"


@lru_cache(maxsize=4096)
def _page_range_arrays(bbox: tuple[float, float, float, float] | None, split_inside: bool, key_sfc: int | None,
                       backwards: bool) -> tuple[str, str, str]:
    """The key ranges a page walks, in its order, as three array literals (lo, hi, inside): the ranges of the
    bbox (split inside / on the edge for large pages), from the page key's range on. Cached: building them
    cost 70-350 µs a request, a tenth of a small page's time in process."""
    if bbox is None:
        ranges = ((0, SFC_NO_POINT, True),)
    elif split_inside:
        ranges = sfc_ranges_inside(bbox)
    else:
        ranges = tuple((lo, hi, False) for lo, hi in sfc_ranges(bbox))
    if key_sfc is not None:
        ranges = tuple(r for r in ranges if (r[0] <= key_sfc if backwards else r[1] >= key_sfc))
    if backwards:
        ranges = ranges[::-1]
    return (_array_literal(lo for lo, _, _ in ranges), _array_literal(hi for _, hi, _ in ranges),
            _array_literal("t" if inside else "f" for _, _, inside in ranges))


# A page's first row: the snapshot alone (it decides the ETag); the features follow, one a row, with no
# snapshot text repeated on each (10,000 of them on a large page). UNION ALL runs its branches in order.
# The rows hold nothing but the feature: the page's keys come from its first and last features (feature_key),
# not from an (sfc, id) pair on every row (a 10,000-feature page: 1-1.5 ms less, of ~19).
PAGE_SNAPSHOT_ROW = "SELECT pg_current_snapshot()::text AS feature"

def feature_key(feature: bytes) -> tuple[int, int]:
    """A stored feature's place in the paging order, (sfc, id), read from its text: the stored point is the
    point as the feature prints it (migration 0009), so the key of the printed point is events.sfc. (The
    standard library's parser: its numbers are float(), Python's correctly rounded reading of the text.)"""
    parsed = json.loads(feature)
    point = parsed["geometry"]
    return (sfc_key(*point["coordinates"]) if point else SFC_NO_POINT), parsed["id"]


def features_page(query: EventQuery, extra: dict | None = None, offset: int | None = None,
                  after: tuple[int, int] | None = None, before: tuple[int, int] | None = None) -> tuple[str, dict]:
    """One page of stored features in (sfc, id) order: a first row with the snapshot (PAGE_SNAPSHOT_ROW),
    then the features, one a row, at most limit + 1 of them (the last one only says that more match).
    `after` starts after that (sfc, id); `before` gives the page that ends before it, read backwards (its
    rows come last first).

    The bbox's key ranges (the whole key space without a bbox) are walked in key order by a nested loop,
    each range an ordered, limited scan of the btree on (sfc, id): ranges past the page are never touched,
    so a page reads about as many rows as it returns, however many the bbox holds. The order is the nested
    loop's: ranges in order, each range's rows in order (the serving pool turns parallel plans off, so no
    Gather can interleave them). The rows of ranges inside the bbox skip the bbox test (sfc_ranges_inside)."""
    where, params = serving_where(replace(query, bbox=None, after=None), extra)
    if query.bbox is not None:
        params.update(zip(("min_lon", "min_lat", "max_lon", "max_lat"), query.bbox))
        bbox_test = f"(r.inside OR {SFC_BBOX})"
    else:
        bbox_test = "TRUE"
    backwards = before is not None
    key = before if backwards else after
    if key is not None:
        params["key_sfc"], params["key_id"] = key
        where += f" AND (e.sfc, e.id) {'<' if backwards else '>'} (:key_sfc, :key_id)"
    order = "DESC" if backwards else ""
    params["range_lo"], params["range_hi"], params["range_inside"] = _page_range_arrays(
        tuple(query.bbox) if query.bbox is not None else None, query.limit >= INSIDE_RANGES_MIN_LIMIT,
        key[0] if key is not None else None, backwards)
    params["limit_plus_one"] = query.limit + 1
    params["scan_limit"] = query.limit + 1 + (offset or 0)
    skip = ""
    if offset:
        skip, params["offset"] = "OFFSET :offset", offset
    if narrow_window(query):
        params["window_start"], params["window_end"] = query.start, query.end
        status = FILTERS["status"] if query.status is not None else DEFAULT_STATUS_FILTER
        keyed = f" AND (e.sfc, e.id) {'<' if backwards else '>'} (:key_sfc, :key_id)" if key is not None else ""
        exact = where + (" AND " + SFC_BBOX if query.bbox is not None else "")
        sql = f"""
    WITH candidates AS MATERIALIZED (
        SELECT c.sfc, c.id
        FROM generate_series(CAST(:window_start AS date) - {LONG_EVENT_DAYS}, CAST(:window_end AS date), interval '1 day') AS d (day)
        CROSS JOIN unnest(CAST(:range_lo AS bigint[]), CAST(:range_hi AS bigint[])) AS r (lo, hi)
        CROSS JOIN LATERAL (
            SELECT e.sfc, e.id FROM events e
            WHERE e.date_start = CAST(d.day AS date) AND e.sfc BETWEEN r.lo AND r.hi
              AND coalesce(e.date_end, e.date_start) >= CAST(:window_start AS date) AND {status}{keyed}
            OFFSET 0  -- not pulled up: one index range per day and key range
        ) c
        UNION ALL
        SELECT e.sfc, e.id FROM events e
        WHERE e.date_end > e.date_start + {LONG_EVENT_DAYS} AND e.date_end >= CAST(:window_start AS date)
          AND e.date_start < CAST(:window_start AS date) - {LONG_EVENT_DAYS} AND {status}{keyed}
          AND EXISTS (SELECT 1 FROM unnest(CAST(:range_lo AS bigint[]), CAST(:range_hi AS bigint[])) AS r (lo, hi)
                      WHERE e.sfc BETWEEN r.lo AND r.hi)
    )
    {PAGE_SNAPSHOT_ROW}
    UNION ALL (
        SELECT f.feature FROM (SELECT sfc, id FROM candidates ORDER BY sfc {order}, id {order}) c
        CROSS JOIN LATERAL (SELECT e.feature FROM events e WHERE e.sfc = c.sfc AND e.id = c.id AND {exact} OFFSET 0) f
        ORDER BY c.sfc {order}, c.id {order} LIMIT :limit_plus_one {skip}
    )
    """
        return sql, params
    sql = f"""
    {PAGE_SNAPSHOT_ROW}
    UNION ALL (
        SELECT f.feature
        FROM unnest(CAST(:range_lo AS bigint[]), CAST(:range_hi AS bigint[]), CAST(:range_inside AS boolean[]))
             AS r (lo, hi, inside)
        CROSS JOIN LATERAL (
            SELECT e.feature, e.sfc, e.id FROM events e
            WHERE e.sfc BETWEEN r.lo AND r.hi AND {bbox_test} AND {where}
            ORDER BY e.sfc {order}, e.id {order} LIMIT :scan_limit
        ) f
        LIMIT :limit_plus_one {skip}
    )
    """
    return sql, params


FEATURE_BY_ID = """
SELECT e.feature, pg_current_snapshot()::text AS snapshot FROM events e WHERE e.id = :id AND e.status <> 'rejected'
"""

# The collection's extent: the planner's estimate of the points' extent (no full scan), and the first and
# last dates through the dates index.
_COLLECTION_EXTENT = """
SELECT (SELECT CASE WHEN b IS NULL THEN NULL ELSE ARRAY[ST_XMin(b), ST_YMin(b), ST_XMax(b), ST_YMax(b)] END
        FROM (SELECT {extent}::geometry AS b {source}) x) AS bbox,
       (SELECT min(date_start) FROM events) AS first_date,
       (SELECT max(date_start) FROM events) AS last_date
"""
COLLECTION_EXTENT = _COLLECTION_EXTENT.format(extent="ST_EstimatedExtent('public', 'events', 'geom')", source="")
# without planner statistics yet: measured
COLLECTION_EXTENT_EXACT = _COLLECTION_EXTENT.format(extent="ST_Extent(geom)", source="FROM events")

# Vector tiles. Zooms up to TILE_CELL_MAX_ZOOM: the 64 x 64 cells of the tile from event_cells (kept by
# triggers), written straight in tile coordinates (4096 units, 64 a cell). Above it: the events as points.
TILE_CELL_MAX_ZOOM = 9
TILE_CELLS = """
SELECT (SELECT ST_AsMVT(t, 'clusters', 4096, 'geom') FROM (
            SELECT ST_MakePoint(c.px * 64 + 32, c.py * 64 + 32) AS geom, c.n AS count, c.fatalities
            FROM event_cells c WHERE c.z = :z AND c.tx = :x AND c.ty = :y AND c.n > 0) t) AS tile,
       pg_current_snapshot()::text AS snapshot
"""
TILE_POINTS = """
WITH b AS (SELECT ST_TileEnvelope(:z, :x, :y) AS env, ST_Transform(ST_TileEnvelope(:z, :x, :y, margin => 0.015625), 4326) AS box)
SELECT (SELECT ST_AsMVT(t, 'events', 4096, 'geom') FROM (
            SELECT ST_AsMVTGeom(ST_Transform(e.geom, 3857), b.env, 4096, 64, true) AS geom, e.id,
                   e.event_type, e.sub_event_type, coalesce(e.killed_best, 0) AS fatalities,
                   e.date_start::text AS date, e.location_name AS location
            FROM events e, b WHERE e.geom && b.box AND e.status <> 'rejected') t) AS tile,
       pg_current_snapshot()::text AS snapshot
"""

# Exports, streamed by COPY ... TO STDOUT. ACLED's column names where ACLED has the field.
EXPORT_COLUMNS = """
    coalesce(e.country_code, 'XX') || e.id AS event_id_cnty,
    e.date_start AS event_date,
    extract(year FROM e.date_start)::int AS year,
    CASE WHEN e.date_precision IS NULL THEN NULL WHEN e.date_precision = 1 THEN 1
         WHEN e.date_precision <= 3 THEN 2 ELSE 3 END AS time_precision,
    e.event_type, e.sub_event_type,
    e.actor1, e.actor1_inter AS inter1, e.actor2, e.actor2_inter AS inter2,
    CASE WHEN e.actor1_inter IS NULL THEN NULL WHEN e.actor2_inter IS NULL THEN e.actor1_inter * 10
         ELSE least(e.actor1_inter, e.actor2_inter) * 10 + greatest(e.actor1_inter, e.actor2_inter) END AS interaction,
    c.name AS country, c.numeric AS iso, e.admin1, e.admin2,
    e.location_name AS location,
    round(ST_Y(e.geom)::numeric, 5) AS latitude, round(ST_X(e.geom)::numeric, 5) AS longitude,
    CASE WHEN e.location_precision IS NULL THEN NULL WHEN e.location_precision <= 2 THEN e.location_precision
         ELSE 3 END AS geo_precision,
    src.source, src.notes,
    coalesce(e.killed_best, 0) AS fatalities,
    extract(epoch FROM e.updated_at)::bigint AS "timestamp",
    e.id AS eventmap_id, e.country_code AS iso2, e.admin1_code, e.admin2_code, e.date_end, e.date_precision, e.location_precision, e.geonameid,
    e.killed_low, e.killed_high, e.killed_civilians, e.wounded_low, e.wounded_best AS wounded, e.wounded_high,
    e.status"""


def _export_where(query: EventQuery) -> tuple[str, str, dict]:
    """The filters, the LIMIT clause (none when query.limit is 0: everything) and their parameters."""
    where, params = query.where()
    if not query.limit:
        return where, "", params
    params["limit"] = query.limit
    return where, "LIMIT :limit", params


def export_csv(query: EventQuery) -> tuple[str, dict]:
    """The matching events as ACLED-style CSV rows (COPY, client-side bound parameters). The country
    names and numeric codes come in as arrays (:country_alpha2, :country_names, :country_numeric)."""
    where, limit, params = _export_where(query)
    sql = f"""COPY (
    SELECT {EXPORT_COLUMNS}
    FROM events e
    LEFT JOIN (SELECT unnest(CAST(:country_alpha2 AS text[])) AS alpha2, unnest(CAST(:country_names AS text[])) AS name,
                      unnest(CAST(:country_numeric AS int[])) AS numeric) c ON c.alpha2 = e.country_code
    LEFT JOIN LATERAL (
        SELECT string_agg(DISTINCT coalesce(r.source, r.url), '; ') AS source,
               (array_agg(r.title ORDER BY r.published_at NULLS LAST, r.id))[1] AS notes
        FROM event_sources s JOIN reports r ON r.id = s.report_id WHERE s.event_id = e.id) src ON TRUE
    WHERE {where} ORDER BY e.id {limit}
    ) TO STDOUT WITH (FORMAT csv, HEADER true)"""
    return sql, params


def export_features(query: EventQuery) -> tuple[str, dict]:
    """The stored features, one per line, raw: CSV format with a delimiter and quote that JSON text
    never holds (PostgreSQL escapes control characters in JSON), so no row is quoted or escaped."""
    where, limit, params = _export_where(query)
    sql = f"""COPY (
    SELECT e.feature FROM events e WHERE {where} ORDER BY e.id {limit}
    ) TO STDOUT WITH (FORMAT csv, DELIMITER E'\\x02', QUOTE E'\\x01')"""
    return sql, params
