"""The ``watch`` and ``feeds`` commands: news as it arrives (registered by ``cli.build_parser``)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def _summary(report) -> str:
    return (f"{report.read} read, {report.processed} processed, {report.unchanged} unchanged, "
            f"{len(report.duplicates)} duplicates, {len(report.errors)} errors")


def _print_run(report) -> None:
    for msg in report.errors:
        print(f"error: {msg}", file=sys.stderr)
    for dup, same, _ in report.duplicates:
        print(f"duplicate: {dup} has the same text as {same}; stored once", file=sys.stderr)


def cmd_watch(args) -> int:
    from .cli import _store
    from .pipeline import PipelineOptions
    from .watch import watch

    folder = Path(args.dir)
    if not folder.is_dir():
        print(f"error: {args.dir}: no such folder", file=sys.stderr)
        return 2
    store = _store(args)

    def said(paths, report) -> None:
        _print_run(report)
        names = ", ".join(p.name for p in paths[:3]) + (" …" if len(paths) > 3 else "")
        print(f"watch: {names}: {_summary(report)}", file=sys.stderr, flush=True)

    print(f"watching {folder} (Ctrl-C to stop)", file=sys.stderr, flush=True)
    try:
        watch(folder, store, PipelineOptions(profile=args.profile), settle=args.settle,
              idle_exit=args.idle_exit, polling=args.polling, on_report=said)
    except KeyboardInterrupt:
        pass
    finally:
        store.close()
    return 0


def cmd_feeds(args) -> int:
    from . import engines
    from .cli import _store
    from .feeds import poll
    from .pipeline import PipelineOptions

    store = _store(args)
    try:
        if args.action == "add":
            for url in args.urls:
                added = store.add_feed(url)
                print(f"{'following' if added else 'already following'} {url}", file=sys.stderr)
            return 0
        if args.action == "list":
            for url in store.feeds():
                print(url)
            return 0
        report = poll(store, PipelineOptions(profile=args.profile), jobs=args.jobs, engine=engines.from_args(args))
    finally:
        store.close()
    for msg in report.errors:
        print(f"error: {msg}", file=sys.stderr)
    line = f"polled {report.feeds} feeds: {report.new_items} new items"
    if report.run:
        _print_run(report.run)
        line += f"; {_summary(report.run)}"
    print(line, file=sys.stderr)
    return 0 if report.feeds else 1


def register(sub: argparse._SubParsersAction) -> None:
    w = sub.add_parser("watch", help="process article files as they appear in a folder")
    w.add_argument("dir")
    w.add_argument("--profile", choices=["accurate", "fast"], default="accurate", help="NER profile")
    w.add_argument("--settle", type=float, default=1.0, metavar="SECONDS",
                   help="a file is read once it has not changed for this long (default 1)")
    w.add_argument("--idle-exit", type=float, default=None, metavar="SECONDS",
                   help="stop once nothing has changed for this long (default: watch until Ctrl-C)")
    w.add_argument("--polling", action="store_true", help="poll the folder instead of OS notifications")
    w.set_defaults(func=cmd_watch)

    f = sub.add_parser("feeds", help="follow RSS/Atom feeds and read the articles they link to")
    fsub = f.add_subparsers(dest="action", required=True)
    a = fsub.add_parser("add", help="follow one or more feeds")
    a.add_argument("urls", nargs="+", metavar="URL")
    fsub.add_parser("list", help="the feeds followed")
    p = fsub.add_parser("poll", help="read what is new in every feed, process and store it")
    p.add_argument("--profile", choices=["accurate", "fast"], default="accurate", help="NER profile")
    p.add_argument("--jobs", type=int, default=1, help="worker processes")
    from . import engines

    engines.add_run_arguments(p)
    f.set_defaults(func=cmd_feeds)
