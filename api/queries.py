"""The SQL of the API, in one place. GeoJSON is assembled by PostgreSQL (json_agg of ST_AsGeoJSON),
never row by row in Python. Filters are fixed fragments with bound parameters: no SQL is ever built
from request text."""
from __future__ import annotations

from dataclasses import dataclass, field

REPORT_BY_SOURCE_ID = """
SELECT id FROM reports WHERE coalesce(source, '') = coalesce(:source, '') AND external_id = :external_id
"""

SAME_EVENT = """
SELECT id FROM events
WHERE event_type = :event_type AND sub_event_type = :sub_event_type AND status <> 'rejected'
  AND geom IS NOT NULL AND ST_DWithin(geom::geography, ST_GeomFromEWKT(:geom)::geography, 25000)
  AND date_start <= CAST(:date_end AS date) + 1 AND coalesce(date_end, date_start) >= CAST(:date_start AS date) - 1
  AND (actor1 IS NULL OR CAST(:actor1 AS text) IS NULL OR actor1 = :actor1)
  AND (actor2 IS NULL OR CAST(:actor2 AS text) IS NULL OR actor2 = :actor2)
ORDER BY ST_Distance(geom::geography, ST_GeomFromEWKT(:geom)::geography)
LIMIT 1
"""

ANALYST_EVENTS_OF_REPORT = """
SELECT s.ordinal, s.event_id FROM event_sources s JOIN events e ON e.id = s.event_id
WHERE s.report_id = :report_id AND (e.status <> 'machine' OR e.corrections <> '{}'::jsonb)
"""
UNLINK_REPORT_EVENTS = "DELETE FROM event_sources WHERE report_id = :report_id RETURNING event_id"
DELETE_ORPHAN_MACHINE_EVENTS = """
DELETE FROM events e WHERE e.id = ANY(:ids) AND e.status = 'machine' AND e.corrections = '{}'::jsonb
  AND NOT EXISTS (SELECT 1 FROM event_sources s WHERE s.event_id = e.id)
"""

# The properties every event feature carries in lists; the detail view adds evidence and sources.
EVENT_PROPERTIES = """json_build_object(
    'event_type', e.event_type, 'sub_event_type', e.sub_event_type,
    'actor1', e.actor1, 'actor1_inter', e.actor1_inter, 'actor1_country', e.actor1_country,
    'actor2', e.actor2, 'actor2_inter', e.actor2_inter, 'actor2_country', e.actor2_country,
    'killed', e.killed_best, 'killed_low', e.killed_low, 'killed_high', e.killed_high,
    'killed_civilians', e.killed_civilians,
    'wounded', e.wounded_best, 'wounded_low', e.wounded_low, 'wounded_high', e.wounded_high,
    'date_start', e.date_start, 'date_end', e.date_end, 'date_precision', e.date_precision,
    'location', e.location_name, 'geonameid', e.geonameid, 'country_code', e.country_code,
    'admin1', e.admin1, 'location_precision', e.location_precision,
    'confidence', e.confidence, 'status', e.status)"""

FEATURE = f"""json_build_object('type', 'Feature', 'id', e.id,
    'geometry', ST_AsGeoJSON(e.geom, 6)::json, 'properties', {EVENT_PROPERTIES})"""

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
    extra: dict = field(default_factory=dict)

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
    """One page of events, keyset-paginated on id: the features as a JSON array, how many rows
    matched up to limit + 1 (so we know whether there is a next page) and the last id sent."""
    where, params = query.where()
    params["limit_plus_one"] = query.limit + 1
    params["limit"] = query.limit
    sql = f"""
    WITH page AS (
        SELECT e.* FROM events e WHERE {where} ORDER BY e.id LIMIT :limit_plus_one
    ), kept AS (
        SELECT * FROM page ORDER BY id LIMIT :limit
    )
    SELECT (SELECT count(*) FROM page) AS matched,
           (SELECT max(id) FROM kept) AS last_id,
           (SELECT coalesce(json_agg({FEATURE} ORDER BY e.id), '[]'::json)::text FROM kept e) AS features
    """
    return sql, params


EVENT_DETAIL = f"""
SELECT json_build_object('type', 'Feature', 'id', e.id,
    'geometry', ST_AsGeoJSON(e.geom, 6)::json,
    'properties', ({EVENT_PROPERTIES})::jsonb || jsonb_build_object(
        'feature_code', e.feature_code,
        'killed_side_a', e.killed_side_a, 'killed_side_b', e.killed_side_b, 'killed_unknown', e.killed_unknown,
        'killed_phrase', e.killed_phrase, 'killed_rule', e.killed_rule,
        'wounded_phrase', e.wounded_phrase, 'wounded_rule', e.wounded_rule,
        'evidence', e.evidence, 'inferred', to_jsonb(e.inferred), 'corrections', e.corrections,
        -- Airwars-style grading: reports that disagree on the toll make the claim contested
        'grading', (SELECT CASE WHEN count(DISTINCT s.killed) > 1 THEN 'contested'
                                WHEN count(*) > 1 THEN 'several sources' ELSE 'single source' END
                    FROM event_sources s WHERE s.event_id = e.id),
        'sources', (SELECT coalesce(jsonb_agg(jsonb_build_object(
                'report_id', r.id, 'title', r.title, 'url', r.url, 'source', r.source,
                'published_at', r.published_at, 'evidence', s.evidence,
                'text', coalesce(r.title || E'\\n\\n', '') || r.body) ORDER BY r.published_at NULLS LAST, r.id), '[]'::jsonb)
            FROM event_sources s JOIN reports r ON r.id = s.report_id WHERE s.event_id = e.id)))::text
FROM events e WHERE e.id = :id
"""

REPORT_DETAIL = """
SELECT json_build_object('id', r.id, 'external_id', r.external_id, 'source', r.source, 'url', r.url,
    'title', r.title, 'body', r.body, 'published_at', r.published_at, 'ingested_at', r.ingested_at,
    'event_ids', (SELECT coalesce(json_agg(s.event_id ORDER BY s.event_id), '[]'::json)
                  FROM event_sources s WHERE s.report_id = r.id))::text
FROM reports r WHERE r.id = :id
"""

PLACES = """
SELECT id, name, aliases, feature_class, feature_code, country_code, admin1, ST_Y(geom) AS lat, ST_X(geom) AS lon
FROM places ORDER BY id
"""
