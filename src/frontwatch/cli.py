"""The ``frontwatch`` command."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from . import __version__


class StoreUnavailable(Exception):
    """The database named by --db cannot be opened: one clear line, no traceback."""


def _store(args):
    from .store import open_store

    try:
        return open_store(args.db)
    except RuntimeError as e:  # a server that cannot be reached, a missing driver
        raise StoreUnavailable(str(e)) from e


def cmd_run(args) -> int:
    from .pipeline import PipelineOptions
    from .runner import run

    store = _store(args)
    bar = None
    if not args.quiet and sys.stderr.isatty():
        from tqdm import tqdm

        bar = tqdm(unit="article", delay=2, file=sys.stderr)  # shown only on runs longer than 2 s
    report = run(args.paths, store, PipelineOptions(profile=args.profile), jobs=args.jobs,
                 max_bytes=args.max_bytes, progress=bar.update if bar else None)
    if bar:
        bar.close()
    counts = store.counts()
    store.close()
    out = sys.stderr
    for msg in report.notes:
        print(f"note: {msg}", file=out)
    for msg in report.errors:
        print(f"error: {msg}", file=out)
    for dup, same, _ in report.duplicates:
        print(f"duplicate: {dup} has the same text as {same}; stored once", file=out)
    rate = report.words / report.seconds if report.seconds else 0
    print(f"read {report.read} articles: {report.processed} processed ({report.updated} updated), "
          f"{report.unchanged} unchanged, {len(report.duplicates)} duplicates, {len(report.errors)} errors "
          f"in {report.seconds:.1f}s ({rate:,.0f} words/s)", file=out)
    print(f"database {args.db}: {counts['articles']} articles, {counts['entities']} entities, "
          f"{counts['toponyms']} toponyms, {counts['events']} events", file=out)
    return 0 if report.read else 1


def cmd_export(args) -> int:
    from .export import acled_csv, docs_jsonl

    store = _store(args)
    writer = {"docs-jsonl": docs_jsonl.write, "acled-csv": acled_csv.write}[args.format]
    if args.output:
        tmp = Path(args.output + ".partial")
        with tmp.open("w", encoding="utf-8", newline="") as f:
            n = writer(store.documents(), f)
        tmp.replace(args.output)  # nothing half-written under the real name
    else:
        n = writer(store.documents(), sys.stdout)
    store.close()
    print(f"exported {n} {'articles' if args.format == 'docs-jsonl' else 'events'}", file=sys.stderr)
    return 0


def cmd_show(args) -> int:
    from .show import render

    store = _store(args)
    doc = store.document(args.id)
    store.close()
    if doc is None:
        print(f"no article {args.id!r} in {args.db}", file=sys.stderr)
        return 1
    render(doc)
    return 0


def cmd_eval(args) -> int:
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

    summary = geo.import_geonames(args.dir)
    print(summary if isinstance(summary, str) else json.dumps(summary), file=sys.stderr)
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="frontwatch", description="War news in, a verifiable record of events out.")
    p.add_argument("--version", action="version", version=f"frontwatch {__version__}")
    p.add_argument("--db", default=os.environ.get("FRONTWATCH_DB", "frontwatch.db"),
                   help="a SQLite file, or a postgresql:// URL for a server (env FRONTWATCH_DB; "
                        "default ./frontwatch.db)")
    sub = p.add_subparsers(dest="command", required=True)

    r = sub.add_parser("run", help="read, process and store articles")
    r.add_argument("paths", nargs="+", help="files, folders, or - for stdin (.txt, .html, .jsonl)")
    r.add_argument("--profile", choices=["accurate", "fast"], default="accurate", help="NER profile")
    r.add_argument("--jobs", type=int, default=1, help="worker processes")
    r.add_argument("--max-bytes", type=int, default=None, help="largest single article file (default 5 MB)")
    r.add_argument("--quiet", action="store_true", help="no progress bar")
    r.set_defaults(func=cmd_run)

    e = sub.add_parser("export", help="write stored articles out")
    e.add_argument("--format", choices=["docs-jsonl", "acled-csv"], default="docs-jsonl")
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
    gz.set_defaults(func=cmd_gazetteer)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except BrokenPipeError:  # `frontwatch export | head`
        return 0
    except (NotImplementedError, StoreUnavailable) as e:
        print(f"error: {e}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
