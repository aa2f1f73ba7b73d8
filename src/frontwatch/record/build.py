"""Keeping the record in step with the store.

``update`` compares the articles the store holds with those the record has
read (id, content hash, pipeline), reads only the new or changed ones, and
recomputes only what their reports touch: their clusters, the places they
claim control of, the loss series of their claimants. ``rebuild`` empties the
record and reads everything again. Each runs in one transaction.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from ..store import Store
from ..store.base import now
from . import contradictions, control, losses
from .cluster import MAX_SPAN_DAYS, REACH_DAYS, SLACK_DAYS, can_join, join, kin_families, may_reach
from .db import RecordDB
from .merge import summarize
from .query import group_reports
from .report_fields import neighbour_cells, precision_rank
from .reports import control_place_rows, report_rows
from .twins import twin_groups

_BATCH = 500  # clusters read and rewritten per statement (well under SQLite's limit of bound values)
TABLES = ("record_reports", "record_control_places", "record_clusters", "record_contradictions", "record_control",
          "record_losses", "record_articles")


@dataclass
class UpdateSummary:
    articles: int = 0  # new or changed articles read
    removed: int = 0  # articles gone from the store (or changed) whose reports were dropped
    reports: int = 0
    clusters: int = 0  # clusters recomputed
    places: int = 0
    claimants: int = 0
    seconds: float = 0.0


@dataclass
class _Touched:
    clusters: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)
    claimants: set[str] = field(default_factory=set)
    regions: set[str] = field(default_factory=set)  # regions a withdrawal from the whole of them is told of

    def add(self, r: dict[str, Any]) -> None:
        if r["cluster_id"]:
            self.clusters.add(r["cluster_id"])
        if control.region_claim(r):
            self.regions.add(r["admin1"])
        if r["place_key"] and (r["control_holder"] or r.get("held_by")):
            self.places.add(r["place_key"])
        if r["sub_event_type"] == losses.LOSS_SUBTYPE:
            self.claimants.add(r["claimant"])


def update(store: Store) -> UpdateSummary:
    return _update(RecordDB(store), rebuild=False)


def rebuild(store: Store) -> UpdateSummary:
    return _update(RecordDB(store), rebuild=True)


def _update(db: RecordDB, rebuild: bool) -> UpdateSummary:
    t0 = time.perf_counter()
    out = UpdateSummary()
    touched = _Touched()
    if not rebuild and not any(_pending(db)):  # a current record is only read: no write lock, no byte written
        out.seconds = time.perf_counter() - t0
        return out
    with db.transaction():
        if rebuild:
            for table in TABLES:
                db.run(f"DELETE FROM {table}")
        stored = _stored(db)  # again, inside the lock: another process may have updated meanwhile
        changed, gone = _pending(db, stored)
        for article_id in gone:
            _forget(db, article_id, touched)
        out.removed = len(gone)
        docs = [d for d in (db.store.document(a) for a in changed) if d is not None]
        docs.sort(key=lambda d: (d.published or "9999", d.id))
        for doc in docs:
            out.reports += _add(db, report_rows(doc), touched)
            _add_control_places(db, control_place_rows(doc), touched)
            h, p = stored[doc.id]
            db.insert("record_articles", {"article_id": doc.id, "content_hash": h, "pipeline": p,
                                          "recorded_at": now()})
        out.articles = len(docs)
        _refresh(db, touched)
    out.clusters, out.places, out.claimants = len(touched.clusters), len(touched.places), len(touched.claimants)
    out.seconds = time.perf_counter() - t0
    return out


def _stored(db: RecordDB) -> dict[str, tuple]:
    return {a: (h, p) for a, h, p in db.tuples("SELECT id, content_hash, pipeline FROM articles")}


def _pending(db: RecordDB, stored: dict[str, tuple] | None = None) -> tuple[list[str], list[str]]:
    """The articles to read (new or changed in the store) and those whose reports to drop (gone or changed)."""
    stored = _stored(db) if stored is None else stored
    known = {a: (h, p) for a, h, p in db.tuples("SELECT article_id, content_hash, pipeline FROM record_articles")}
    changed = sorted(a for a, v in stored.items() if known.get(a) != v)
    return changed, sorted(set(known) - set(stored)) + [a for a in changed if a in known]


def _forget(db: RecordDB, article_id: str, touched: _Touched) -> None:
    for r in db.rows("SELECT * FROM record_reports WHERE article_id=?", (article_id,)):
        touched.add(r)
    for (key,) in db.tuples("SELECT place_key FROM record_control_places WHERE article_id=?", (article_id,)):
        touched.places.add(key)
    db.run("DELETE FROM record_reports WHERE article_id=?", (article_id,))
    db.run("DELETE FROM record_control_places WHERE article_id=?", (article_id,))
    db.run("DELETE FROM record_losses WHERE article_id=?", (article_id,))
    db.run("DELETE FROM record_articles WHERE article_id=?", (article_id,))


def _add(db: RecordDB, rows: list[dict[str, Any]], touched: _Touched) -> int:
    for r in rows:
        r["cluster_id"] = _cluster_for(db, r)
        db.insert("record_reports", r)
        touched.add(r)
    db.insert_many("record_losses", losses.figures(rows))  # flagged when their series is refreshed
    return len(rows)


def _add_control_places(db: RecordDB, rows: list[dict[str, Any]], touched: _Touched) -> None:
    db.insert_many("record_control_places", rows)
    touched.places.update(r["place_key"] for r in rows)


def _cluster_for(db: RecordDB, r: dict[str, Any]) -> str:
    """The cluster the report joins, or a new one named after it."""
    candidates: dict[str, list[dict[str, Any]]] = {}
    ids = [cluster_id for (cluster_id,) in _candidate_ids(db, r)] if can_join(r) else []
    if ids:  # the whole of each cluster: the report must match all of it
        for m in db.rows(f"SELECT * FROM record_reports WHERE cluster_id IN ({','.join('?' * len(ids))})", ids):
            candidates.setdefault(m["cluster_id"], []).append(m)
    return join(r, candidates)


def _candidate_ids(db: RecordDB, r: dict[str, Any]) -> list[tuple]:
    """Clusters with a report of a kin family on nearby days that shares the report's place one
    way or another: the same entry, a point close by, its oblast or district, or the country
    alone. One indexed query per way and family, joined."""
    # a follow-up or a find reaches back REACH_DAYS towards the earlier reports of its event; the
    # search does not look forward as far for every report (it would read half as many rows again
    # for the rare strike stored after its own follow-up: articles are read in order of publication)
    back = SLACK_DAYS + (REACH_DAYS if may_reach(r) else 0)
    earliest = (date.fromisoformat(r["date_lo"]) - timedelta(days=MAX_SPAN_DAYS + back)).isoformat()
    latest = (date.fromisoformat(r["date_hi"]) + timedelta(days=SLACK_DAYS)).isoformat()
    first = (date.fromisoformat(r["date_lo"]) - timedelta(days=back)).isoformat()
    rank = precision_rank(r["precision"])
    around = neighbour_cells(r["lat"], r["lon"])  # cells of 0.1 degree: wider than NEAR_KM every way
    ways = [("place_key=?", (r["place_key"],)),
            (f"cell IN ({','.join('?' * len(around))})", tuple(around)),
            ("precision='country' AND country_code=?", (r["country_code"],))]
    if rank == 1:  # the country alone meets every place in it
        ways.append(("country_code=?", (r["country_code"],)))
    elif rank <= 3:  # an oblast or a district meets the towns inside it
        ways.append(("admin1=?", (r["admin1"],)))
    else:
        ways += [(f"precision='{p}' AND admin1=?", (r["admin1"],)) for p in ("admin1", "admin2")]
    days = "date_lo>=? AND date_lo<=? AND date_hi>=? AND cluster_id IS NOT NULL"
    families = kin_families(r["family"])
    kin = f"family IN ({','.join('?' * len(families))})"  # each family a lookup of the same index
    sql = " UNION ".join(f"SELECT cluster_id FROM record_reports WHERE {kin} AND {w} AND {days}" for w, _ in ways)
    return db.tuples(sql, [x for _, p in ways for x in (*families, *p, earliest, latest, first)])


def _refresh(db: RecordDB, touched: _Touched) -> None:
    ids = sorted(touched.clusters)
    for k in range(0, len(ids), _BATCH):  # a few statements per batch of clusters, not per cluster
        _refresh_clusters(db, ids[k:k + _BATCH])
    places = set(touched.places)
    for region in sorted(touched.regions):  # the settlements of a region a withdrawal is told of
        places |= {key for (key,) in db.tuples("SELECT DISTINCT place_key FROM record_control WHERE admin1=?",
                                               (region,))}
    for group in twin_groups(db, places):  # one settlement placed at several points is weighed as one
        _refresh_place(db, group)
    for claimant in sorted(touched.claimants):
        _refresh_losses(db, claimant)


def _refresh_clusters(db: RecordDB, ids: list[str]) -> None:
    """Recompute the rows of these clusters (and their contradictions) from their reports."""
    marks = ",".join("?" * len(ids))
    members: dict[str, list[dict[str, Any]]] = {}
    for r in db.rows(f"SELECT * FROM record_reports WHERE cluster_id IN ({marks})", ids):
        members.setdefault(r["cluster_id"], []).append(r)
    db.run(f"DELETE FROM record_clusters WHERE cluster_id IN ({marks})", ids)
    db.run(f"DELETE FROM record_contradictions WHERE scope IN ({marks})", [f"cluster:{c}" for c in ids])
    rows, found = [], []
    for cluster_id in ids:
        reports = sorted(members.get(cluster_id, []),
                         key=lambda r: (r["published"] or "9999", r["article_id"], r["event_index"]))
        if reports:  # a fixed order: the same reports make the same rows whatever order they came in
            rows.append(summarize(cluster_id, reports))
            found += contradictions.in_cluster(cluster_id, reports)
    db.insert_many("record_clusters", rows)
    db.insert_many("record_contradictions", found)


def _refresh_place(db: RecordDB, group: list[str]) -> None:
    """Recompute the control timeline of one settlement (its entries ``group``, the main one
    first) from all their reports, under its main key."""
    key = group[0]
    for k in group:
        db.run("DELETE FROM record_control WHERE place_key=?", (k,))
        db.run("DELETE FROM record_contradictions WHERE scope=?", (f"place:{k}",))
    claims = control.claims_of(group_reports(db, group))
    if not claims:
        return
    where = next((c.report for c in claims if c.report["place_key"] == key), claims[0].report)
    if control.holds_status(where) and where["admin1"]:
        regional = db.rows("SELECT * FROM record_reports WHERE admin1=? AND precision='admin1' AND "
                           "control_verb='leave' AND control_use='control'", (where["admin1"],))
        claims = sorted(claims + control.claims_of([r for r in regional if control.region_claim(r)], region=True),
                        key=lambda c: (c.day, c.report["article_id"], c.report["event_index"]))
    if not control.holds_status(where):
        db.insert_many("record_contradictions", contradictions.at_place(key, claims))
        return
    rows = [{"place_key": key, "place": where["place"], "geonameid": where["geonameid"], "lat": where["lat"],
             "lon": where["lon"], "country_code": where["country_code"], "admin1": where["admin1"],
             "from_date": s["from"], "holder": s["holder"], "extent": s["extent"], "basis": s["basis"],
             "claimants": s["claimants"], "reports": s["reports"]}
            for s in control.derive(claims, control.baseline(where))]
    db.insert_many("record_control", rows)
    db.insert_many("record_contradictions", contradictions.at_place(key, claims))


def _refresh_losses(db: RecordDB, claimant: str) -> None:
    """Re-flag one claimant's series (numbers only: the figures were read when their reports came)."""
    old = db.rows("SELECT * FROM record_losses WHERE claimant=?", (claimant,))
    before = {_loss_key(x): x["flag"] for x in old}
    series = losses.flagged(old)
    for x in series:
        if x["flag"] != before[_loss_key(x)]:
            db.run("UPDATE record_losses SET flag=? WHERE claimant=? AND category=? AND kind=? AND article_id=? "
                   "AND event_index=?", (x["flag"], *_loss_key(x)))
    db.run("DELETE FROM record_contradictions WHERE scope=?", (f"losses:{claimant}",))
    keys = {(x["article_id"], x["event_index"]) for x in series if x["flag"] == "decrease"}
    keys |= {k for x, nxt in zip(series, series[1:], strict=False) if nxt["flag"] == "decrease"
             for k in [(x["article_id"], x["event_index"])]}
    by_key = {k: db.rows("SELECT * FROM record_reports WHERE article_id=? AND event_index=?", k)[0] for k in keys}
    db.insert_many("record_contradictions", contradictions.in_losses(claimant, series, by_key))


def _loss_key(x: dict[str, Any]) -> tuple:
    return (x["claimant"], x["category"], x["kind"], x["article_id"], x["event_index"])
