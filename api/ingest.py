"""Ingest orchestration: a report goes through the pipeline, then lands with all its events in one
transaction, or not at all. The same report twice is stored once; the same event from two reports is
one event with two sources."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache

import psycopg
from psycopg.types.json import Jsonb
from sqlalchemy import Connection, func, insert, select, text
from sqlalchemy.dialects import postgresql
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from api import queries
from api.models import event_sources, events, reports
from api.schemas import ReportIn
from extraction import process_report


class IngestConflict(ValueError):
    """The source's id is already taken by a report with other text."""


@dataclass
class IngestResult:
    report_id: int
    status: str  # "stored", "duplicate" or "reprocessed"
    event_ids: list[int] = field(default_factory=list)
    merged_event_ids: list[int] = field(default_factory=list)

    def linked(self, new_event_id: int | None, same_event_id: int | None) -> None:
        """What the link statement said of one event: a new event, or the same one stored before."""
        if new_event_id is not None:
            self.event_ids.append(new_event_id)
        else:
            self.merged_event_ids.append(same_event_id)

    def to_dict(self) -> dict:
        return {"report_id": self.report_id, "status": self.status, "event_ids": self.event_ids,
                "merged_into_event_ids": self.merged_event_ids}


def analyse(report: ReportIn, geoparser) -> dict:
    """Run geoparsing and extraction on one report (no database involved)."""
    line = {"id": report.id, "title": report.title, "body": report.body,
            "published_at": report.published_date.isoformat() if report.published_date else None}
    return process_report(line, geoparser)


def _date(value) -> dt.date | None:
    return dt.date.fromisoformat(value[:10]) if value else None


def event_row(event: dict) -> dict:
    """One extracted event (extraction's dict) as a row of the events table."""
    actor1, actor2 = event.get("actor1") or {}, event.get("actor2") or {}
    killed, wounded = event.get("killed") or {}, event.get("wounded") or {}
    counted = {f"{kind}_{part}": (event.get(kind) or {}).get(part)
               for kind in ("missing", "abducted") for part in ("low", "best", "high", "phrase", "rule")}
    location = event.get("location") or {}
    point = None
    if location.get("lat") is not None and location.get("lon") is not None:
        point = f"SRID=4326;POINT({float(location['lon'])} {float(location['lat'])})"
    return {
        "event_type": event["event_type"], "sub_event_type": event["sub_event_type"],
        "actor1": actor1.get("name"), "actor1_inter": actor1.get("inter"), "actor1_country": actor1.get("country"),
        "actor2": actor2.get("name"), "actor2_inter": actor2.get("inter"), "actor2_country": actor2.get("country"),
        "killed_low": killed.get("low"), "killed_best": killed.get("best"), "killed_high": killed.get("high"),
        "killed_civilians": killed.get("civilians"), "killed_side_a": killed.get("side_a"),
        "killed_side_b": killed.get("side_b"), "killed_unknown": killed.get("unknown"),
        "killed_phrase": killed.get("phrase"), "killed_rule": killed.get("rule"),
        "wounded_low": wounded.get("low"), "wounded_best": wounded.get("best"), "wounded_high": wounded.get("high"),
        "wounded_phrase": wounded.get("phrase"), "wounded_rule": wounded.get("rule"), **counted,
        "date_start": _date(event.get("date_start")), "date_end": _date(event.get("date_end")),
        "date_precision": event.get("date_precision"),
        "location_name": location.get("name"), "geonameid": location.get("geonameid"),
        "country_code": location.get("country_code"), "admin1": location.get("admin1"),
        "admin2": location.get("admin2"), "admin1_code": location.get("admin1_code"),
        "admin2_code": location.get("admin2_code"),
        "feature_code": location.get("feature_code"), "geom": point,
        "location_precision": location.get("precision"),
        "evidence": event.get("evidence") or {}, "inferred": list(event.get("inferred") or []),
        "confidence": event.get("confidence"),
    }


EVENT_ROW_COLUMNS = tuple(event_row({"event_type": "", "sub_event_type": ""}))


def store_report(conn: Connection, report: ReportIn, analysis: dict) -> IngestResult:
    """Store one analysed report and its events on `conn`, inside the caller's transaction."""
    result = store_reports(conn, [(report, analysis)])[0]
    if isinstance(result, IngestConflict):
        raise result
    return result


def store_reports(conn: Connection, batch: list[tuple[ReportIn, dict]]) -> list[IngestResult | IngestConflict]:
    """Store analysed reports and their events on `conn`, inside the caller's transaction, in two
    pipelined round trips: the reports, then the events of those that were new, in report order (so
    an event is matched against those of the reports before it, as one report at a time would be).
    A report whose text is stored already is a duplicate; one whose source id is taken by other text
    comes back as an IngestConflict, and nothing of it is stored. A database error is raised as
    SQLAlchemy's (DBAPIError) and leaves the transaction to be rolled back."""
    if not batch:
        return []
    cursor = conn.connection.cursor()
    report_rows = [{"external_id": report.id, "source": report.source, "url": report.url, "title": report.title,
                    "body": report.body, "published_at": report.published_datetime,
                    "content_hash": report.content_hash()} for report, _ in batch]
    report_ids = _execute_many(cursor, queries.INSERT_REPORT, report_rows)
    results: list[IngestResult | IngestConflict] = []
    links = []  # (result, the statement's parameters), in report then event order
    for (report, analysis), row, report_id in zip(batch, report_rows, report_ids):
        if report_id is None:  # the insert said nothing: the text, or the source's id, is stored already
            results.append(_not_stored(conn, report, row["content_hash"]))
            continue
        result = IngestResult(report_id, "stored")
        results.append(result)
        for ordinal, event in enumerate(analysis.get("events") or []):
            links.append((result, _link_params(report_id, ordinal, event_row(event))))
    for (result, _), said in zip(links, _link_events(conn, [p for _, p in links])):
        result.linked(*said)
    return results


def commit_batch(conn: Connection, batch: list[tuple[ReportIn, dict]]) -> list[IngestResult | Exception]:
    """Store analysed reports, committed together in one transaction; if the database refuses any,
    the batch again with each report in a savepoint of its own, so that a failing report leaves
    nothing half-stored and the others are stored. A failed report's entry is its exception
    (IngestConflict or SQLAlchemy's)."""
    try:
        with conn.begin():
            return store_reports(conn, batch)
    except SQLAlchemyError as exc:
        if len(batch) == 1:
            return [exc]
    results: list[IngestResult | Exception] = []
    with conn.begin():
        for item in batch:
            try:
                with conn.begin_nested():
                    results += store_reports(conn, [item])
            except SQLAlchemyError as exc:
                results.append(exc)
    return results


def _execute_many(cursor, sql: str, rows: list[dict]) -> list:
    """One result per row (its first column alone when it has one, None for no row), in one pipelined
    round trip; psycopg's errors raised as SQLAlchemy's, as Connection.execute would."""
    if not rows:
        return []
    try:
        cursor.executemany(sql, rows, returning=True)
        results = []
        while True:
            row = cursor.fetchone()
            results.append(row if row is None or len(row) > 1 else row[0])
            if not cursor.nextset():
                return results
    except psycopg.Error as exc:
        raise DBAPIError.instance(sql, rows, exc, psycopg.Error) from exc


def _not_stored(conn: Connection, report: ReportIn, content_hash: str) -> IngestResult | IngestConflict:
    existing = conn.execute(text(queries.REPORT_BY_CONTENT_HASH), {"content_hash": content_hash}).scalar()
    if existing is not None:
        return IngestResult(existing, "duplicate")
    taken = conn.execute(text(queries.REPORT_BY_SOURCE_ID), {"source": report.source, "external_id": report.id}).scalar()
    return IngestConflict(f"report id {report.id!r} from source {report.source!r} is already stored "
                          f"(as report {taken}) with different text")


@lru_cache(maxsize=1)
def _link_event_sql() -> str:
    """queries.link_event_sql for the columns event_row() fills, with their types in the events table."""
    dialect = postgresql.dialect()
    return queries.link_event_sql({name: events.c[name].type.compile(dialect=dialect) for name in EVENT_ROW_COLUMNS})


def _link_events(conn: Connection, params: list[dict]) -> list[tuple[int | None, int | None]]:
    """The link statement for each event's parameters (see _link_params), in order, in one pipelined
    round trip: (new event id, matched event id) for each."""
    cursor = conn.connection.cursor()
    # PostgreSQL would plan the statement anew for every event (its custom plans look cheaper than the
    # generic one), which takes half its time; the generic plan is as good here
    cursor.execute(queries.GENERIC_PLANS)
    return _execute_many(cursor, _link_event_sql(), params)


def _link_params(report_id: int, ordinal: int, row: dict) -> dict:
    match = row["geom"] is not None and row["date_start"] is not None  # SAME_EVENT needs both
    return {**row, "evidence": Jsonb(row["evidence"]), "report_id": report_id, "ordinal": ordinal, "match": match,
            **queries.same_incident_types(row["event_type"], row["sub_event_type"])}


def _relink_events(conn: Connection, report_id: int, analysis: dict, result: IngestResult,
                 kept: dict[int, int], renewed: dict[int, int]) -> None:
    """Link a reprocessed report's events: an ordinal kept (an analyst's event, or one other reports
    support too) to its event as it is, a renewed one to its event updated in place (so its id stays),
    and the others as ingest links them (the same event stored from another report, else a new one).
    The kept and renewed are linked first: the others cannot become one of them."""
    links = []
    for ordinal, event in enumerate(analysis.get("events") or []):
        row = event_row(event)
        event_id = kept.get(ordinal)
        if event_id is None and ordinal in renewed:
            event_id = renewed[ordinal]
            conn.execute(events.update().where(events.c.id == event_id).values(**row, updated_at=func.now()))
        if event_id is None:
            links.append(_link_params(report_id, ordinal, row))
            continue
        conn.execute(insert(event_sources).values(
            event_id=event_id, report_id=report_id, evidence=row["evidence"], ordinal=ordinal,
            killed=row["killed_best"], wounded=row["wounded_best"]))
    for said in _link_events(conn, links):
        result.linked(*said)


def reprocess_report(conn: Connection, report_id: int, geoparser) -> IngestResult:
    """Run the pipeline again on a stored report. Machine events only this report supports are
    renewed in place; an event an analyst corrected, reviewed or rejected is kept as the analyst left
    it, and so is one other reports support too."""
    row = conn.execute(select(reports).where(reports.c.id == report_id)).one_or_none()
    if row is None:
        raise LookupError(f"no report with id {report_id}")
    report = ReportIn(id=row.external_id, title=row.title, body=row.body, url=row.url, source=row.source,
                      published_at=row.published_at)
    kept, renewed = {}, {}
    for link in conn.execute(text(queries.EVENTS_OF_REPORT), {"report_id": report_id}):
        (kept if link.analyst or link.other_sources else renewed)[link.ordinal] = link.event_id
    unlinked = conn.execute(text(queries.UNLINK_REPORT_EVENTS), {"report_id": report_id}).scalars().all()
    result = IngestResult(report_id, "reprocessed")
    _relink_events(conn, report_id, analyse(report, geoparser), result, kept, renewed)
    conn.execute(text(queries.DELETE_ORPHAN_MACHINE_EVENTS), {"ids": list(unlinked)})
    return result
