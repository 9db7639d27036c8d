"""The `eventmap` command."""
from __future__ import annotations

import argparse
import multiprocessing
import os
import signal
import sys
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


DEMO_REPORTS = Path(__file__).resolve().parent / "demo" / "seed-reports.jsonl"


def _engine():
    from api.database import get_engine
    from api.migrate import upgrade

    engine = get_engine()
    upgrade(engine)
    return engine


def cmd_serve(args) -> int:
    import uvicorn

    from api.app import create_app
    from api.embedded import EmbeddedCluster
    from api.settings import get_settings

    settings = get_settings()
    # The embedded cluster is stopped again on exit when this command started it.
    cluster = None if settings.database_url else EmbeddedCluster(settings.data_dir, settings.embedded_port)
    started_here = cluster is not None and not (cluster.initialised() and cluster.running())
    try:
        engine = _engine()
        if getattr(args, "demo", False):
            ingest_files(engine, [DEMO_REPORTS])
        host, port = args.host or settings.host, args.port or settings.port
        print(f"eventmap: serving the map on http://{host}:{port}/ and the API docs on http://{host}:{port}/docs",
              file=sys.stderr)
        # uvicorn re-raises the signal that stopped it; as an exception, SIGTERM lets the cluster stop below.
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
        uvicorn.run(create_app(engine), host=host, port=port, log_level="info")
    finally:
        if started_here:
            cluster.stop()
    return 0


def cmd_demo(args) -> int:
    args.demo = True
    return cmd_serve(args)


INGEST_BATCH = 100  # reports committed together; a batch the database refuses is stored again one by one
_analyser = None  # the geoparser of the ingest's analysing processes (set before they are forked)


def _analysed(item: tuple) -> tuple:
    """(path, number, raw report) -> (path, number, report, analysis), or with report None, why the
    report is refused."""
    from pydantic import ValidationError

    from api.ingest import analyse
    from api.schemas import ReportIn

    path, number, obj = item
    try:
        report = ReportIn.model_validate(obj)
    except ValidationError as exc:
        return path, number, None, exc.errors()[0]["msg"]
    return path, number, report, analyse(report, _analyser)


def _analysed_batch(items: list[tuple]) -> list[tuple]:
    return [_analysed(item) for item in items]


@contextmanager
def _batch_analyser(geoparser, batches: int, online_geocoder: bool):
    """A function from batches of reports to their analyses, in order: run by processes, as many as there
    are cores (forked: the geoparser and the learnt actors are inherited, not loaded again), or in this
    process for a single batch, on one core, or with an online geocoder (its cache is written through
    the database)."""
    global _analyser
    _analyser = geoparser
    cores = len(os.sched_getaffinity(0))
    if batches < 2 or cores < 2 or online_geocoder or "fork" not in multiprocessing.get_all_start_methods():
        yield lambda chunks: map(_analysed_batch, chunks)
        return
    with multiprocessing.get_context("fork").Pool(cores) as pool:
        yield lambda chunks: _analysed_in_order(pool, chunks, ahead=2 * cores)


def _report_batches(paths: list[Path]) -> Iterator[list[tuple]]:
    """(path, number, raw report) in batches of INGEST_BATCH, read from the files as they are needed."""
    from api.readers import read_report_file

    batch = []
    for path in paths:
        for number, obj in enumerate(read_report_file(path), 1):
            batch.append((path, number, obj))
            if len(batch) == INGEST_BATCH:
                yield batch
                batch = []
    if batch:
        yield batch


def _analysed_in_order(pool, batches: Iterator[list[tuple]], ahead: int) -> Iterator[list[tuple]]:
    """pool.imap(_analysed_batch, batches) with at most `ahead` batches analysed before the writer takes
    them: imap's processes run on through the whole input, and what they analyse waits in memory (about
    10 kB a report) for a writer that may be slower."""
    pending: deque = deque()
    for batch in batches:
        pending.append(pool.apply_async(_analysed_batch, (batch,)))
        if len(pending) > ahead:
            yield pending.popleft().get()
    while pending:
        yield pending.popleft().get()


def ingest_files(engine, paths: list[Path], progress: bool = True) -> tuple[int, int, int]:
    """Ingest report files, a batch of reports per transaction, and one bad report loses only itself
    (api.ingest.commit_batch). Batches are analysed while the one before is written by a thread
    (which mostly waits on the database). Every file is read once before anything is stored, so that
    a malformed one stores nothing (ReportFileError), then again as its batches are needed: the reports
    are never all in memory. Returns (stored, duplicates, failed)."""
    from concurrent.futures import ThreadPoolExecutor

    from tqdm import tqdm

    from api.actor_aliases import learn_saved_actors
    from api.geocoders import build_geoparser
    from api.ingest import commit_batch
    from api.readers import read_report_file
    from api.settings import get_settings

    total = sum(1 for path in paths for _ in read_report_file(path))
    settings = get_settings()
    geoparser = build_geoparser(engine, settings)
    learn_saved_actors(engine)
    stored = duplicates = failed = 0

    def count(chunk: list[tuple], written) -> None:
        """Tally a written batch (`written` waits for its results), and say why reports failed."""
        nonlocal stored, duplicates, failed
        stored_results = iter(written())
        for path, number, report, outcome in chunk:
            if report is not None:
                outcome = next(stored_results)
                if not isinstance(outcome, Exception):
                    stored += outcome.status == "stored"
                    duplicates += outcome.status == "duplicate"
                    continue
                outcome = str(outcome).splitlines()[0]
            failed += 1
            tqdm.write(f"eventmap: {path.name} report {number}: not stored: {outcome}", file=sys.stderr)
        bar.update(len(chunk))

    batches = -(-total // INGEST_BATCH)
    # the analysing processes are forked first, before this process starts threads
    with _batch_analyser(geoparser, batches, bool(settings.geocoder)) as analysed, engine.connect() as conn, \
            ThreadPoolExecutor(max_workers=1) as writer, \
            tqdm(total=total, unit="report", disable=not progress, file=sys.stderr) as bar:
        writing = None  # (chunk, the writer's future) of the batch before
        for chunk in analysed(_report_batches(paths)):
            batch = [(report, analysis) for _, _, report, analysis in chunk if report is not None]
            if writing is not None:
                count(*writing)
            writing = chunk, writer.submit(commit_batch, conn, batch).result
        if writing is not None:
            count(*writing)
    return stored, duplicates, failed


def cmd_ingest(args) -> int:
    from api.readers import ReportFileError

    paths = [Path(p) for p in args.files]
    missing = [str(p) for p in paths if not p.is_file()]
    if missing:
        print(f"eventmap ingest: no such file: {', '.join(missing)}", file=sys.stderr)
        return 2
    try:
        stored, duplicates, failed = ingest_files(_engine(), paths, progress=not args.quiet)
    except (ReportFileError, UnicodeDecodeError) as exc:
        print(f"eventmap ingest: {exc}; nothing was stored", file=sys.stderr)
        return 2
    print(f"eventmap ingest: {stored} stored, {duplicates} already stored, {failed} failed", file=sys.stderr)
    return 1 if failed else 0


def cmd_reprocess(args) -> int:
    """Run the pipeline again over stored reports (after a better gazetteer or extractor)."""
    from sqlalchemy import select
    from tqdm import tqdm

    from api.actor_aliases import learn_saved_actors
    from api.geocoders import build_geoparser
    from api.ingest import reprocess_report
    from api.models import reports
    from api.settings import get_settings

    engine = _engine()
    geoparser = build_geoparser(engine, get_settings())
    learn_saved_actors(engine)
    with engine.connect() as conn:
        ids = args.report_ids or conn.execute(select(reports.c.id).order_by(reports.c.id)).scalars().all()
    unknown = 0
    with engine.connect() as conn:
        for report_id in tqdm(ids, unit="report", disable=args.quiet, file=sys.stderr):
            with conn.begin():
                try:
                    reprocess_report(conn, report_id, geoparser)
                except LookupError:
                    unknown += 1
                    tqdm.write(f"eventmap reprocess: no report with id {report_id}", file=sys.stderr)
    print(f"eventmap reprocess: {len(ids) - unknown} reports processed again", file=sys.stderr)
    return 1 if unknown else 0


def cmd_gazetteer_load(args) -> int:
    """Keep GeoNames dumps with this installation; every later start adds their places."""
    from tqdm import tqdm

    from api.geocoders import add_dump
    from api.settings import get_settings
    from geocoding.dumps import DumpError, open_dump_index

    for name in args.files:
        path = Path(name)
        if not path.is_file():
            print(f"eventmap gazetteer: no such file: {name}", file=sys.stderr)
            return 2
        target = add_dump(get_settings(), path)
        try:
            with tqdm(unit=" places", unit_scale=True, file=sys.stderr, desc=path.name) as bar:
                rows = open_dump_index(target, progress=lambda n: bar.update(n - bar.n)).count
        except (DumpError, UnicodeDecodeError) as exc:
            if target.resolve() != path.resolve():
                target.unlink()
            print(f"eventmap gazetteer: {name} is not a GeoNames dump: {exc}", file=sys.stderr)
            return 2
        print(f"eventmap gazetteer: {name}: {rows} places, loaded at every start from now on", file=sys.stderr)
    return 0


def cmd_db_upgrade(_args) -> int:
    _engine()
    print("eventmap db: schema is up to date", file=sys.stderr)
    return 0


def cmd_db_stop(_args) -> int:
    from api.embedded import EmbeddedCluster
    from api.settings import get_settings

    settings = get_settings()
    EmbeddedCluster(settings.data_dir, settings.embedded_port).stop()
    return 0


def _map_json_lines(process) -> int:
    """Standard input to standard output, one JSON object a line, through process(obj, geoparser)."""
    from geocoding import Geoparser
    from geocoding.batch import map_json_lines

    geoparser = Geoparser()
    map_json_lines(lambda obj: process(obj, geoparser), sys.stdin.buffer, sys.stdout.buffer, "eventmap")
    return 0


def cmd_geoparse(_args) -> int:
    from geocoding.batch import geoparse_line

    return _map_json_lines(geoparse_line)


def cmd_extract(_args) -> int:
    from extraction import process_report

    return _map_json_lines(process_report)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="eventmap", description="Conflict news reports in, mapped events out.")
    sub = parser.add_subparsers(dest="command", required=True)

    for name, func, text in (("serve", cmd_serve, "serve the map and the API"),
                             ("demo", cmd_demo, "ingest the bundled seed reports, then serve")):
        p = sub.add_parser(name, help=text)
        p.add_argument("--host")
        p.add_argument("--port", type=int)
        p.set_defaults(func=func)

    p = sub.add_parser("ingest", help="store reports from JSON Lines files or plain-text listings")
    p.add_argument("files", nargs="+")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("reprocess", help="run the pipeline again over stored reports; analysts' corrections stay")
    p.add_argument("report_ids", nargs="*", type=int, help="report ids (default: every report)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=cmd_reprocess)

    gazetteer = sub.add_parser("gazetteer", help="the gazetteer").add_subparsers(dest="gazetteer_command",
                                                                                   required=True)
    p = gazetteer.add_parser("load", help="add GeoNames dump files (SY.txt, allCountries.txt) to the gazetteer")
    p.add_argument("files", nargs="+")
    p.set_defaults(func=cmd_gazetteer_load)

    db = sub.add_parser("db", help="the database").add_subparsers(dest="db_command", required=True)
    db.add_parser("upgrade", help="create or migrate the schema").set_defaults(func=cmd_db_upgrade)
    db.add_parser("stop", help="stop the embedded PostgreSQL cluster").set_defaults(func=cmd_db_stop)

    sub.add_parser("geoparse", help="JSON Lines in, toponyms out (stdin to stdout)").set_defaults(func=cmd_geoparse)
    sub.add_parser("extract", help="JSON Lines in, events out (stdin to stdout)").set_defaults(func=cmd_extract)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from api.embedded import EmbeddedClusterError

    try:
        return args.func(args)
    except KeyboardInterrupt:
        return 130
    except EmbeddedClusterError as exc:
        print(f"eventmap: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
