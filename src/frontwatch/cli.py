"""The ``frontwatch`` command.

Exit status (the README's contract): 0 everything read was stored; 3 some inputs or articles
failed and the summary names each; 1 nothing could be stored (or a command failed); 2 a usage
error (bad arguments, a path or database that does not exist).
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
import tempfile
from pathlib import Path

from . import __version__, cli_live, engines

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_PARTIAL = 0, 1, 2, 3
UNRESOLVED_SHOWN = 15


class StoreUnavailable(Exception):
    """The database named by --db cannot be opened: one clear line, no traceback."""


class UsageError(Exception):
    """A path or option that cannot be what the command needs: one clear line, exit 2."""


def _store(args, create: bool = True):
    from .store import open_store

    try:
        return open_store(args.db, create=create)
    except RuntimeError as e:  # a server that cannot be reached, a missing driver, a file that is no database
        if not create and "no such database" in str(e):
            raise UsageError(str(e)) from e
        raise StoreUnavailable(str(e)) from e


def cmd_run(args) -> int:
    from .pipeline import PipelineOptions
    from .runner import run

    store = _store(args)
    bar = None
    if not (args.quiet or args.log_quiet) and sys.stderr.isatty():
        from tqdm import tqdm

        bar = tqdm(unit="article", delay=2, file=sys.stderr)  # shown only on runs longer than 2 s
    try:
        report = run(args.paths, store, PipelineOptions(profile=args.profile), jobs=args.jobs,
                     max_bytes=args.max_bytes, progress=bar.update if bar is not None else None,
                     article_timeout=args.article_timeout, engine=engines.from_args(args))
    finally:
        if bar is not None:  # a tqdm without a total has no truth value: never `if bar`
            bar.close()
    recorded = _update_record(store)
    counts = _counts(store)
    _print_report(report, counts, args)
    if recorded:
        print(recorded, file=sys.stderr)
    return run_status(report)


def run_status(report) -> int:
    """0 all read was stored (or already was); 3 some failed; 1 nothing stored and something failed
    or nothing was read at all."""
    kept = report.processed + report.unchanged + len(report.duplicates)
    if not report.errors:
        return EXIT_OK if report.read else EXIT_FAILED
    return EXIT_PARTIAL if kept else EXIT_FAILED


def _counts(store) -> dict[str, int] | None:
    try:
        return store.counts()
    except Exception:  # noqa: BLE001 - a store that failed mid-run: the summary is printed anyway
        return None
    finally:
        try:
            store.close()
        except Exception:  # noqa: BLE001
            pass


def _print_report(report, counts: dict[str, int] | None, args) -> None:
    out = sys.stderr
    for msg in report.notes:
        print(f"note: {msg}", file=out)
    for msg in report.errors:
        print(f"error: {msg}", file=out)
    for dup, same, _ in report.duplicates:
        print(f"duplicate: {dup} has the same text as {same}; stored once", file=out)
    if report.unresolved:
        names = ", ".join(f"{name} ({n})" for name, n in report.unresolved.most_common(UNRESOLVED_SHOWN))
        more = len(report.unresolved) - UNRESOLVED_SHOWN
        print(f"unresolved places: {names}" + (f" and {more} more (--json lists all)" if more > 0 else ""),
              file=out)
    rate = report.words / report.seconds if report.seconds else 0
    print(f"read {report.read} articles: {report.processed} processed ({report.updated} updated), "
          f"{report.unchanged} unchanged, {len(report.duplicates)} duplicates, {len(report.errors)} errors "
          f"in {report.seconds:.1f}s ({rate:,.0f} words/s)", file=out)
    if counts is None:
        print(f"database {args.db}: could not be read back after the run", file=out)
    else:
        print(f"database {args.db}: {counts['articles']} articles, {counts['entities']} entities, "
              f"{counts['toponyms']} toponyms, {counts['events']} events", file=out)
    if args.json:
        summary = {"read": report.read, "processed": report.processed, "updated": report.updated,
                   "unchanged": report.unchanged, "duplicates": [d for d, _, _ in report.duplicates],
                   "errors": report.errors, "notes": report.notes, "seconds": round(report.seconds, 3),
                   "words": report.words, "database": counts, "exit_status": run_status(report),
                   "unresolved_places": dict(report.unresolved.most_common())}
        print(json.dumps(summary, ensure_ascii=False))


def _update_record(store) -> str | None:
    """After a run, the record follows the store (only what the new articles touch)."""
    from .record import update

    try:
        s = update(store)
    except Exception as exc:  # noqa: BLE001 - the articles are stored; the record can be rebuilt later
        return f"record: not updated ({exc}); run `frontwatch record update` later"
    return f"record: {s.articles} articles added, {s.clusters} events and {s.places} places updated in {s.seconds:.2f}s"


def _update_record(store) -> str:
    """After a run, the record follows the store (only what the new articles touch)."""
    from .record import update

    s = update(store)
    return f"record: {s.articles} articles added, {s.clusters} events and {s.places} places updated in {s.seconds:.2f}s"


def cmd_export(args) -> int:
    from .export import acled_csv, docs_jsonl
    from .record.exports import FORMATS as RECORD_FORMATS

    if args.format in RECORD_FORMATS:
        return _export_record(args, *RECORD_FORMATS[args.format])
    writer = {"docs-jsonl": docs_jsonl.write, "acled-csv": acled_csv.write}[args.format]
    target = _output_target(args.output) if args.output else None
    store = _store(args, create=False)
    try:
        if target is None:
            n = writer(store.documents(), sys.stdout)
        else:
            n = write_whole(target, lambda f: writer(store.documents(), f))
    finally:
        store.close()
    print(f"exported {n} {'articles' if args.format == 'docs-jsonl' else 'events'}", file=sys.stderr)
    return 0


def _export_record(args, writer, what: str) -> int:
    from .record import update

    target = _output_target(args.output) if args.output else None
    store = _store(args, create=False)
    try:
        update(store)
        if target is None:
            n = writer(store, sys.stdout)
        else:
            n = write_whole(target, lambda f: writer(store, f))
    finally:
        store.close()
    print(f"exported {n} {what}", file=sys.stderr)
    return 0


def _output_target(output: str) -> Path:
    target = Path(output)
    if target.is_dir():
        raise UsageError(f"{output}: is a folder; -o names a file")
    target = target.resolve()  # a symlink's target is written, the link kept
    if not target.parent.is_dir():
        raise UsageError(f"{output}: the folder {target.parent} does not exist")
    return target


def write_whole(target: Path, write) -> int:
    """Write through ``write(file)`` so that ``target`` is whole or untouched: into a new temporary
    file beside it (never a predictable name that a planted link could redirect), then renamed
    over it. Something that is not a regular file (a terminal, a pipe, /dev/stdout) is written
    into directly and never replaced."""
    if target.exists() and not target.is_file():
        with target.open("w", encoding="utf-8", newline="") as f:
            return write(f)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            n = write(f)
        os.chmod(tmp, target.stat().st_mode & 0o7777 if target.exists() else 0o666 & ~_umask())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return n


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def cmd_show(args) -> int:
    from .show import render

    store = _store(args, create=False)
    doc = store.document(args.id)
    store.close()
    if doc is None:
        from .show import safe

        print(f"no article {safe(args.id)!r} in {args.db}", file=sys.stderr)
        return 1
    render(doc)
    return 0


def _existing(path: str, what: str) -> str:
    if not Path(path).exists():
        raise UsageError(f"{path}: no such {what}")
    return path


def cmd_eval(args) -> int:
    for given in (getattr(args, "kind", None), getattr(args, "lgl", None), getattr(args, "gwn", None)):
        if given:
            _existing(given, "file")
    if args.what == "ner":
        from .eval import ner

        result = ner.evaluate(args.kind, profile=args.profile)
        print(json.dumps(result) if args.json else ner.format_table(result))
    elif args.what == "events":
        from .eval import events

        result = events.evaluate(args.file, profile=args.profile, sample=args.sample)
        print(json.dumps(result) if args.json else events.format_table(result))
    else:
        from .eval import geo

        path, fmt = (args.lgl, "lgl") if args.lgl else (args.gwn, "gwn")
        result = geo.evaluate(path, fmt)
        print(json.dumps(result) if args.json else geo.format_table(result))
    return 0


def cmd_gazetteer(args) -> int:
    from . import geo

    if args.action == "lookup":
        return _lookup(args.name, args.json)
    if not Path(args.dir).is_dir():
        raise UsageError(f"{args.dir}: no such folder (give the folder holding the GeoNames dump files)")
    summary = geo.import_geonames(args.dir)
    print(summary if isinstance(summary, str) else json.dumps(summary), file=sys.stderr)
    return 0


def _seconds(value: str) -> float:
    try:
        seconds = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of seconds") from None
    if seconds < 0 or seconds != seconds:
        raise argparse.ArgumentTypeError("a time limit cannot be negative")
    return seconds


def _lookup(name: str, as_json: bool) -> int:
    """What the gazetteer holds under ``name``, best match first; 1 when nothing."""
    from dataclasses import asdict

    from . import geo

    gaz = geo.get_gazetteer()
    places = [(c.match, gaz.to_place(c)) for c in gaz.candidates(name)]
    if as_json:
        print(json.dumps([{"match": m, **asdict(p)} for m, p in places], ensure_ascii=False))
    for match, p in [] if as_json else places:
        where = ", ".join(x for x in (p.admin2, p.admin1, p.country_code) if x)
        print(f"{p.name}\t{p.precision}\t{where}\t{p.lat:.4f},{p.lon:.4f}\tgeonames:{p.geonameid or '-'}\t({match})")
    if not places:
        print(f"no place called {name!r} in the gazetteer", file=sys.stderr)
    return EXIT_OK if places else EXIT_FAILED


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="frontwatch", description="War news in, a verifiable record of events out.")
    p.add_argument("--version", action="version", version=f"frontwatch {__version__}")
    p.add_argument("-v", "--verbose", action="count", default=0, help="more log messages (-vv: debugging)")
    p.add_argument("-q", "--quiet", dest="log_quiet", action="store_true",
                   help="errors only in the log, and no progress bar")
    p.add_argument("--db", default=os.environ.get("FRONTWATCH_DB", "frontwatch.db"),
                   help="a SQLite file, or a postgresql:// URL for a server (env FRONTWATCH_DB; "
                        "default ./frontwatch.db)")
    sub = p.add_subparsers(dest="command", required=True)

    r = sub.add_parser("run", help="read, process and store articles")
    r.add_argument("paths", nargs="+", help="files, folders, or - for stdin (.txt, .html, .jsonl)")
    r.add_argument("--profile", choices=["accurate", "fast"], default="accurate", help="NER profile")
    r.add_argument("--jobs", type=int, default=1, help="worker processes")
    r.add_argument("--max-bytes", type=int, default=None, help="largest single article file (default 5 MB)")
    r.add_argument("--article-timeout", type=_seconds, default=60.0, metavar="SECONDS",
                   help="time limit for one article; past it that article is an error and the run goes on "
                        "(default 60; 0 for none)")
    r.add_argument("--quiet", action="store_true", help="no progress bar")
    engines.add_run_arguments(r)
    r.add_argument("--json", action="store_true", help="also print the run's summary as one JSON object on stdout")
    r.set_defaults(func=cmd_run)

    e = sub.add_parser("export", help="write stored articles out")
    e.add_argument("--format", choices=["docs-jsonl", "acled-csv", "control-status-csv", "control-claims-csv",
                                        "events-geojson", "clusters-jsonl"], default="docs-jsonl")
    e.add_argument("-o", "--output", help="file to write (default: stdout)")
    e.set_defaults(func=cmd_export)

    s = sub.add_parser("show", help="a readable view of one article")
    s.add_argument("id")
    s.set_defaults(func=cmd_show)

    ev = sub.add_parser("eval", help="measure a component on public gold data")
    evsub = ev.add_subparsers(dest="what", required=True)
    n = evsub.add_parser("ner", help="NER on a KIND file (CoNLL-style exact spans)")
    n.add_argument("--kind", required=True, help="KIND .tsv file")
    n.add_argument("--profile", choices=["accurate", "fast"], default="accurate")
    n.add_argument("--json", action="store_true")
    evt = evsub.add_parser("events", help="event triggers, arguments, modality and claimants on the events data")
    evt.add_argument("file", help="a JSON Lines file in the training/data/events format (e.g. its test.jsonl)")
    evt.add_argument("--profile", choices=["accurate", "fast"], default="accurate")
    evt.add_argument("--json", action="store_true")
    evt.add_argument("--sample", type=int, default=0, help="score a fixed random sample of N examples")
    g = evsub.add_parser("geo", help="toponym resolution on LGL or GeoWebNews XML")
    which = g.add_mutually_exclusive_group(required=True)
    which.add_argument("--lgl", help="lgl.xml")
    which.add_argument("--gwn", help="GWN.xml")
    g.add_argument("--json", action="store_true")
    ev.set_defaults(func=cmd_eval)

    gz = sub.add_parser("gazetteer", help="manage the place index")
    gzsub = gz.add_subparsers(dest="action", required=True)
    gi = gzsub.add_parser("import", help="import GeoNames dump files from a local folder")
    gi.add_argument("dir")
    gl = gzsub.add_parser("lookup", help="the places a name may mean, best first")
    gl.add_argument("name")
    gl.add_argument("--json", action="store_true")
    gz.set_defaults(func=cmd_gazetteer)

    from .record.cli import register as register_record  # events, place, claims, losses, record

    register_record(sub)

    from .web.serve import register as register_serve

    register_serve(sub)
    cli_live.register(sub)  # watch, feeds
    return p


def _logging(args) -> None:
    import logging

    level = logging.ERROR if args.log_quiet else (logging.WARNING, logging.INFO, logging.DEBUG)[min(args.verbose, 2)]
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    logging.getLogger().setLevel(level)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    _logging(args)
    try:
        return args.func(args)
    except BrokenPipeError:  # `frontwatch export | head`
        return EXIT_OK
    except (NotImplementedError, UsageError) as e:
        print(f"error: {e}", file=sys.stderr)
        return EXIT_USAGE
    except StoreUnavailable as e:
        print(f"error: {e}", file=sys.stderr)
        return EXIT_FAILED
    except sqlite3.Error as e:  # the database failed under us (locked for too long, corrupted)
        print(f"error: database {args.db}: {e}", file=sys.stderr)
        return EXIT_FAILED
    except OSError as e:  # a full disk, a file that cannot be written: the path and the reason, no traceback
        where = f"{e.filename}: " if e.filename else ""
        print(f"error: {where}{e.strerror or e}", file=sys.stderr)
        return EXIT_FAILED


if __name__ == "__main__":
    sys.exit(main())
