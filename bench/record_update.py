"""The record's incremental update: how long adding a few articles to a big database takes.

    PYTHONPATH=src .venv/bin/python bench/record_update.py [--articles 1000] [--add 10] [--rounds 5]
                                                           [--events 20] [--db PATH|URL]

Builds a database of synthetic stored articles (sentences and events generated here,
spread over 120 days and 80 places near a front line, with strikes, clashes, control
claims and loss reports from both sides and independent outlets), builds the record
once, then ``--rounds`` times stores ``--add`` more articles and times ``record.update``
(each round's figure, and their median: on a shared machine single figures wander; the CPU time
the update took is printed beside its wall time, since on a loaded machine the wall time mostly
measures the wait for a core). The record never runs the stages, so neither does this benchmark: it
measures the record alone.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from frontwatch.document import Document, Event, Place, Quantity, Span
from frontwatch.record import rebuild, update
from frontwatch.store import open_store

SUBTYPES = [("Explosions/Remote violence", "Shelling/artillery/missile attack"),
            ("Explosions/Remote violence", "Air/drone strike"), ("Battles", "Armed clash"),
            ("Battles", "Non-state actor overtakes territory"), ("Battles", "Government regains territory"),
            ("Political developments", "Loss report")]
CLAIMANTS = [None, "General Staff of Ukraine", "Ministry of Defence of Russia", "Institute for the Study of War"]
OUTLETS = ["Wire One", "Wire Two", "Daily Front", "Evening Post", "Il Quotidiano", "Morning Star"]


def places(rng: random.Random) -> list[Place]:
    return [Place(f"Village {k}", 48.0 + rng.random() * 2, 36.0 + rng.random() * 3, "UA", f"Oblast {k % 4}",
                  900000 + k, "city") for k in range(80)]


def article(n: int, rng: random.Random, where: list[Place], start: date, per_article: int) -> Document:
    day = start + timedelta(days=rng.randrange(120))
    sentences, events, pos = [], [], 0
    for k in range(per_article):
        etype, sub = rng.choice(SUBTYPES)
        p = rng.choice(where)
        side = rng.choice(["Russia", "Ukraine"])
        s = f"Report {n}.{k}: forces of {side} were active at {p.name} on {day.isoformat()}. "
        ev = Event(event_type=etype, sub_event_type=sub, evidence=Span(pos, pos + len(s) - 1, "sentence"),
                   date=(day - timedelta(days=rng.randrange(2))).isoformat(), date_precision="day",
                   actor1=f"Military Forces of {side}", location=p, claimed_by=rng.choice(CLAIMANTS),
                   modality=rng.choice(["asserted", "reported", "alleged"]))
        if "territory" in sub:
            ev.control = {"holder": side, "extent": rng.choice(["full", "partial"])}
        if sub == "Loss report":
            ev.quantities = [Quantity(0, 0, "n", 1000 + n * 10, "soldier", "exact")]
        sentences.append(s)
        events.append(ev)
        pos += len(s)
    return Document(id=f"bench-{n:05d}", text="".join(sentences), published=day.isoformat(),
                    outlet=rng.choice(OUTLETS), language="en", events=events)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--add", type=int, default=10)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--events", type=int, default=20, help="events per article")
    ap.add_argument("--db", help="a SQLite path or postgresql:// URL (default: a temporary file)")
    a = ap.parse_args()
    rng = random.Random(15)
    where, start = places(rng), date(2024, 1, 1)
    db = a.db or str(Path(tempfile.mkdtemp(prefix="frontwatch-bench-")) / "record.db")
    store = open_store(db)
    for n in range(a.articles):
        store.save(article(n, rng, where, start, a.events), "bench")
    full = rebuild(store)
    print(f"record of {a.articles} articles ({full.reports} reports) built in {full.seconds:.2f}s")
    walls, cpus, next_id = [], [], a.articles
    for _ in range(a.rounds):
        for n in range(next_id, next_id + a.add):
            store.save(article(n, rng, where, start, a.events), "bench")
        next_id += a.add
        t0, c0 = time.perf_counter(), time.process_time()
        inc = update(store)
        walls.append(time.perf_counter() - t0)
        cpus.append(time.process_time() - c0)
        print(f"adding {inc.articles} articles ({inc.reports} reports): record updated in {walls[-1]:.3f}s "
              f"({cpus[-1]:.3f}s CPU; {inc.clusters} events, {inc.places} places, {inc.claimants} loss series "
              "recomputed)")
    print(f"median over {a.rounds} rounds: {statistics.median(walls):.3f}s wall, {statistics.median(cpus):.3f}s CPU "
          f"(CPU load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")
    t0 = time.perf_counter()
    update(store)
    print(f"an update with nothing new: {time.perf_counter() - t0:.4f}s")
    store.close()


if __name__ == "__main__":
    main()
