"""The record's commands: ``events``, ``place``, ``claims``, ``losses``, ``record``.

``register`` adds them to the ``frontwatch`` parser (one hook line in
``frontwatch/cli.py``). Each command first brings the record up to date with
the store, which costs next to nothing when nothing changed.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from typing import Any

from . import query
from .build import rebuild, update


def _open(args):
    from ..cli import _store  # the CLI's one way to open --db (clear error when unreachable)

    store = _store(args)
    update(store)
    return store


def _cell(v: Any, width: int) -> str:
    s = "" if v is None else (", ".join(map(str, v)) if isinstance(v, list) else str(v))
    return s if len(s) <= width else s[: width - 1] + "…"


def _table(rows: list[dict[str, Any]], cols: list[tuple[str, int]], out=None) -> None:
    out = out or sys.stdout  # looked up now: a test or a pager may have replaced it
    print("  ".join(f"{_cell(name, w):<{w}}" for name, w in cols).rstrip(), file=out)
    for r in rows:
        print("  ".join(f"{_cell(r.get(name), w):<{w}}" for name, w in cols).rstrip(), file=out)


EVENT_COLS = [("date", 10), ("sub_event_type", 28), ("place", 18), ("actor1", 26), ("actor2", 26),
              ("fatalities", 5), ("outlets", 5), ("reports", 5), ("modality", 9), ("claimed_by", 40),
              ("cluster_id", 13)]


def _bbox(text: str) -> tuple[float, float, float, float]:
    parts = [float(x) for x in text.split(",")]
    if len(parts) != 4:
        raise argparse.ArgumentTypeError("--bbox wants WEST,SOUTH,EAST,NORTH")
    return parts[0], parts[1], parts[2], parts[3]


def cmd_events(args) -> int:
    store = _open(args)
    f = query.EventFilter(date_from=args.date_from, date_to=args.date_to, event_type=args.type,
                          sub_event_type=args.sub_type, place=args.place, near_name=args.near, km=args.km,
                          bbox=args.bbox, claimant=args.claimant, modality=args.modality, side=args.side,
                          min_outlets=args.min_outlets)
    page = query.list_events(store, f, limit=args.limit, cursor=args.cursor)
    store.close()
    items = page["items"]
    if args.json:
        print(json.dumps(page, ensure_ascii=False, indent=1))
    elif args.csv:
        w = csv.DictWriter(sys.stdout, fieldnames=[c for c, _ in EVENT_COLS], extrasaction="ignore",
                           lineterminator="\n")
        w.writeheader()
        for e in items:
            w.writerow(e | {"claimed_by": ";".join(e["claimed_by"])})
    else:
        _table(items, EVENT_COLS)
        more = f"; more with --cursor {page['next_cursor']}" if page["next_cursor"] else ""
        print(f"{len(items)} events{more}", file=sys.stderr)
    return 0


def cmd_place(args) -> int:
    store = _open(args)
    rec = query.place_record(store, args.name)
    store.close()
    if rec is None:
        print(f"no place {args.name!r} in the record of {args.db}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(rec, ensure_ascii=False, indent=1))
        return 0
    p = rec["place"]
    print(f"{p['place']} ({p['admin1'] or ''}, {p['country_code'] or ''}) {p['lat']:.4f},{p['lon']:.4f}"
          f"  geonameid {p['geonameid']}")
    print("\nderived control:")
    _table(rec["status"], [("from", 10), ("holder", 9), ("extent", 7), ("basis", 9), ("reports", 3),
                           ("claimants", 60)])
    print("\ncontrol claims:")
    for c in rec["claims"]:
        what = f"{c['control']['holder']} {c['control']['extent']}" if c["control"] else f"held by {c['held_by']}"
        note = "" if c["control_use"] in (None, "control", "holding") else \
            " [doubted: hedged]" if c["control_use"] == "doubted" else f" [not control: {c['control_use']}]"
        print(f"  {c['date'] or c['published']}  {what}{note}  {c['modality']} by {c['claimant']} "
              f"({c['outlet'] or c['article_id']}, {c['published']}) {c['article_id']}@{c['evidence']['start']}")
        print(f"      «{_cell(c['evidence']['text'], 160)}»")
    print("\nevents:")
    _table(rec["events"], EVENT_COLS[:2] + EVENT_COLS[3:])
    print("\ncontradictions:")
    for x in rec["contradictions"]:
        print(f"  {x['date']}  {x['kind']}: {x['summary']}")
    return 0


def cmd_claims(args) -> int:
    store = _open(args)
    if args.contradictions:
        page = query.list_contradictions(store, kind=args.kind, limit=args.limit, cursor=args.cursor)
        store.close()
        if args.json:
            print(json.dumps(page, ensure_ascii=False, indent=1))
            return 0
        for x in page["items"]:
            print(f"{x['date'] or '':10}  {x['kind']:14} {x['summary']}")
            for s in x["sides"]:
                for r in s["reports"]:
                    print(f"    {s['value']!s:>10} · {r['claimant']} ({r['outlet'] or r['article_id']}, "
                          f"{r['modality']}) «{_cell(r['evidence']['text'], 120)}»")
    else:
        page = query.list_claims(store, claimant=args.claimant, limit=args.limit, cursor=args.cursor)
        store.close()
        if args.json:
            print(json.dumps(page, ensure_ascii=False, indent=1))
            return 0
        _table(page["items"], [("published", 10), ("claimant", 32), ("modality", 9), ("sub_event_type", 28),
                               ("place", 18), ("date", 10), ("outlet", 20), ("article_id", 24)])
    if page["next_cursor"]:
        print(f"more with --cursor {page['next_cursor']}", file=sys.stderr)
    return 0


def cmd_losses(args) -> int:
    store = _open(args)
    rows = query.loss_series(store, claimant=args.claimant, category=args.category)
    store.close()
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return 0
    _table(rows, [("claimant", 32), ("category", 18), ("kind", 10), ("date", 10), ("value", 9), ("flag", 8),
                  ("article_id", 30)])
    return 0


def cmd_record(args) -> int:
    from ..cli import _store

    store = _store(args)
    summary = rebuild(store) if args.action == "rebuild" else update(store)
    store.close()
    print(f"record {args.action}: {summary.articles} articles read ({summary.removed} dropped), "
          f"{summary.reports} reports, {summary.clusters} clusters, {summary.places} places, "
          f"{summary.claimants} loss claimants in {summary.seconds:.2f}s", file=sys.stderr)
    return 0


def register(sub) -> None:
    """Add the record's commands to the ``frontwatch`` subparsers."""
    e = sub.add_parser("events", help="events of the record (one per real-world event, across articles)")
    e.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD")
    e.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD")
    e.add_argument("--type", help="ACLED event type")
    e.add_argument("--sub-type", help="ACLED sub-event type")
    e.add_argument("--place", metavar="NAME")
    e.add_argument("--near", metavar="NAME", help="events within --km of this place")
    e.add_argument("--km", type=float, default=25.0)
    e.add_argument("--bbox", type=_bbox, metavar="W,S,E,N")
    e.add_argument("--claimant", metavar="NAME")
    e.add_argument("--modality", choices=["asserted", "reported", "alleged", "denied", "planned"])
    e.add_argument("--side", metavar="SIDE", help="an actor's side: Russia, Ukraine, …")
    e.add_argument("--min-outlets", type=int)
    e.add_argument("--limit", type=int, default=200)
    e.add_argument("--cursor")
    fmt = e.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true")
    fmt.add_argument("--csv", action="store_true")
    e.set_defaults(func=cmd_events)

    p = sub.add_parser("place", help="one place: who holds it over time and on whose word, its events")
    p.add_argument("name")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_place)

    c = sub.add_parser("claims", help="the claims ledger, or its contradictions")
    c.add_argument("--contradictions", action="store_true")
    c.add_argument("--kind", choices=["denial", "numbers", "control", "loss decrease"])
    c.add_argument("--claimant", metavar="NAME")
    c.add_argument("--limit", type=int, default=200)
    c.add_argument("--cursor")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_claims)

    lo = sub.add_parser("losses", help="loss figures per claimant, cumulative apart from daily")
    lo.add_argument("--claimant", metavar="NAME")
    lo.add_argument("--category")
    lo.add_argument("--json", action="store_true")
    lo.set_defaults(func=cmd_losses)

    r = sub.add_parser("record", help="keep the record in step with the store")
    r.add_argument("action", choices=["update", "rebuild"])
    r.set_defaults(func=cmd_record)
