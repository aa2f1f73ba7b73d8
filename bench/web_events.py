"""Benchmark: a filtered `/api/events` page on a 100,000-event record (target < 200 ms).

Builds the database from real runs: `frontwatch run` over the bundled examples and the
dev corpus (the record updated by the run itself), then the record's rows (clusters and
their reports) are copied with each copy moved one day later and given new ids, until the
record holds --events clusters: the same shapes, claimants, places and text as real
reports, spread over the years as a long-running database would be. Then `frontwatch
serve` answers real HTTP requests and each filtered page is timed.

    python bench/web_events.py [--events 100000] [--db /tmp/fw-bench-100k.db] [--rounds 20]
"""

from __future__ import annotations

import argparse
import os
import socket
import sqlite3
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "corpus" / "dev"
ENV = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
FW = [sys.executable, "-m", "frontwatch.cli"]

QUERIES = {
    "no filter": {},
    "type + 6 months": {"type": "Explosions/Remote violence", "from": "2024-01-01", "to": "2024-06-30"},
    "side + min outlets": {"side": "Russia", "min_outlets": 1},
    "claimant": {"claimant": "General Staff"},
    "modality": {"modality": "reported"},
    "bbox (Donbas)": {"bbox": "36.5,47,40.5,49.5"},
    "free text": {"q": "kharkiv"},
    "rare sub-type": {"sub_type": "Government regains territory", "from": "2025-01-01"},
}


def real_run(db: Path) -> None:
    subprocess.run([*FW, "--db", str(db), "run", "--quiet", str(ROOT / "examples"),
                    *([str(DEV)] if DEV.exists() else [])], env=ENV, check=True)


def copy_rows(con: sqlite3.Connection, table: str, copy: int, renames: dict[str, str]) -> None:
    cols = [r[1] for r in con.execute(f"PRAGMA table_info({table})")]
    select = [renames.get(c, c) for c in cols]
    con.execute(f"INSERT INTO {table} ({', '.join(cols)}) SELECT {', '.join(select)} FROM real_{table}",
                {"k": copy, "days": f"+{copy} days"})


def grow(db: Path, events: int) -> int:
    """Copy the real run's clusters and reports, one day later each time, to `events` clusters."""
    con = sqlite3.connect(db)
    base = con.execute("SELECT count(*) FROM record_clusters").fetchone()[0]
    shift = "CASE WHEN {c} GLOB '[0-9][0-9][0-9][0-9]-*' THEN date({c}, :days) ELSE {c} END"
    new_id = "cluster_id || '~' || :k"
    cluster = {"cluster_id": new_id, "date": shift.format(c="date"), "sort_date": shift.format(c="sort_date"),
               "first_reported": shift.format(c="first_reported")}
    report = {"cluster_id": new_id, "article_id": "article_id || '~' || :k", "date": shift.format(c="date"),
              "published": shift.format(c="published"), "date_lo": shift.format(c="date_lo"),
              "date_hi": shift.format(c="date_hi")}
    if base >= events:
        return base
    copies = -(-events // base) - 1
    with con:
        for table in ("record_clusters", "record_reports"):  # the real run's rows, copied from here
            con.execute(f"CREATE TEMP TABLE real_{table} AS SELECT * FROM {table} WHERE cluster_id IS NOT NULL")
        for k in range(1, copies + 1):
            copy_rows(con, "record_clusters", k, cluster)
            copy_rows(con, "record_reports", k, report)
        extra = con.execute("SELECT count(*) FROM record_clusters").fetchone()[0] - events
        con.execute("DELETE FROM record_reports WHERE cluster_id IN (SELECT cluster_id FROM record_clusters "
                    "ORDER BY sort_date DESC, cluster_id DESC LIMIT ?)", (extra,))
        con.execute("DELETE FROM record_clusters WHERE cluster_id IN (SELECT cluster_id FROM record_clusters "
                    "ORDER BY sort_date DESC, cluster_id DESC LIMIT ?)", (extra,))
    con.execute("ANALYZE")
    n = con.execute("SELECT count(*) FROM record_clusters").fetchone()[0]
    con.close()
    return n


def build(db: Path, events: int) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    t = time.perf_counter()
    real_run(db)
    print(f"real run: {time.perf_counter() - t:.0f}s", file=sys.stderr)
    n = grow(db, events)
    print(f"record grown to {n:,} events", file=sys.stderr)


def serve(db: Path) -> tuple[subprocess.Popen, str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([*FW, "--db", str(db), "serve", "--port", str(port)], env=ENV)
    base = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            urllib.request.urlopen(base + "/api/facets", timeout=1)
            return proc, base
        except OSError:
            time.sleep(0.1)
    proc.terminate()
    raise SystemExit("serve did not start")


def timed(url: str) -> tuple[float, int]:
    t = time.perf_counter()
    with urllib.request.urlopen(url, timeout=30) as r:
        body = r.read()
    return (time.perf_counter() - t) * 1000, len(body)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--db", type=Path, default=Path("/tmp/fw-bench-100k.db"))
    ap.add_argument("--rounds", type=int, default=20)
    ap.add_argument("--reuse", action="store_true", help="keep an existing database's real run (grow it if needed)")
    args = ap.parse_args()
    if args.reuse and args.db.exists():
        print(f"record of {grow(args.db, args.events):,} events", file=sys.stderr)
    else:
        build(args.db, args.events)
    proc, base = serve(args.db)
    try:
        print(f"{'query (limit=100)':22} {'median ms':>9} {'p95 ms':>7} {'items':>6}")
        for name, params in QUERIES.items():
            url = f"{base}/api/events?{urlencode({**params, 'limit': 100})}"
            timed(url)  # warm
            times = sorted(timed(url)[0] for _ in range(args.rounds))
            items = len(__import__("json").load(urllib.request.urlopen(url))["items"])
            print(f"{name:22} {statistics.median(times):9.1f} {times[int(0.95 * (len(times) - 1))]:7.1f} {items:6}")
    finally:
        proc.terminate()
        proc.wait()


if __name__ == "__main__":
    main()
