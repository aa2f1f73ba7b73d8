"""The record's read API: what the CLI, the HTTP API and the page ask of it.

Contract (stable: later versions add parameters with defaults and keys in the
returned dicts, never remove or rename them):

- Every function takes an open ``Store`` (``frontwatch.store.open_store``) first
  and only reads; call ``frontwatch.record.update(store)`` after a run to bring
  the record up to date (the CLI does).
- Results are plain JSON-ready dicts and lists (str, int, float, None, bool).
- An **event** is a cluster: one real-world event told by one or more reports.
  Its keys: ``cluster_id``, ``event_type``, ``sub_event_type``, ``date``,
  ``date_precision``, ``actor1``, ``actor2``, ``place`` (name), ``location``
  ({name, lat, lon, country_code, admin1, geonameid, precision} or None),
  ``fatalities``, ``quantities``, ``claimed_by`` (list), ``modality`` (the
  strongest across reports), ``control`` ({holder, extent} or None),
  ``outlets`` (independent outlets), ``reports`` (count), ``first_reported``,
  ``disagreements`` (list of {field, values: [{value, said_by: [{claimant,
  outlet, article_id, event_index}]}]}).
- A **report** (a claim of the ledger): ``article_id``, ``event_index``,
  ``cluster_id``, ``outlet``, ``cites``, ``published``, ``language``,
  ``event_type``, ``sub_event_type``, ``date``, ``date_precision``, ``actor1``,
  ``actor2``, ``place``, ``lat``, ``lon``, ``geonameid``, ``precision``,
  ``fatalities``, ``quantities`` (list), ``claimed_by``, ``claimant``,
  ``claimant_side``, ``modality``, ``control`` ({holder, extent} or None),
  ``evidence`` ({start, end, text}: code-point offsets into the article).
- A **status** (derived control): ``place``, ``place_key``, ``geonameid``,
  ``lat``, ``lon``, ``country_code``, ``admin1``, ``from``, ``holder``
  (``Ukraine``, ``Russia``, … or ``contested``), ``extent``, ``basis``
  (confirmed, claimed, contested), ``claimants`` (list), ``reports`` (count).
- A **contradiction**: ``contradiction_id``, ``kind`` (denial, numbers,
  control, loss decrease), ``place``, ``place_key``, ``date``, ``summary``,
  ``sides`` (list of {value, claimants, reports: [{article_id, event_index,
  outlet, published, claimant, modality, evidence}]}).
- Lists that can be long come as a ``Page``: ``{"items": [...], "next_cursor":
  str | None}``; pass ``next_cursor`` back as ``cursor`` for the next page.

Functions: ``list_events``, ``get_event``, ``find_places``, ``place_record``,
``list_claims``, ``list_contradictions``, ``loss_series``, ``control_status``.

Building blocks for a reader that needs more than these (the HTTP API's free-text
search and histogram): ``event_where`` (an ``EventFilter`` as a ``Where`` over
``record_clusters c``), ``event_from_row`` (a ``record_clusters`` row as an event
dict), and from ``frontwatch.record.paging``: ``Where`` (SQL conditions with their
parameters), ``Order`` and ``select_page`` (one page in keyset order, with the
opaque cursor of the next).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from ..store import Store
from .db import RecordDB
from .knowledge import fold, km, side_of_holder, spelling_key
from .paging import Order, Page, Where, select_page
from .place_roles import ASTRAY
from .twins import twin_groups


@dataclass
class EventFilter:
    """The filters of ``frontwatch events``; None means no filter.

    ``near`` is (lat, lon) and ``km`` its radius; ``near_name`` is resolved to the
    record's place of that name. ``bbox`` is (west, south, east, north) in degrees.
    ``claimant``, ``modality`` keep events with at least one such report; ``side``
    an event with an actor of that side (``Russia``/``RU``, ``Ukraine``/``UA``…)."""

    date_from: str | None = None
    date_to: str | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    place: str | None = None
    near: tuple[float, float] | None = None
    near_name: str | None = None
    km: float = 25.0
    bbox: tuple[float, float, float, float] | None = None
    claimant: str | None = None
    modality: str | None = None
    side: str | None = None
    min_outlets: int | None = None


EVENT_ORDER = Order((("c.sort_date", "sort_date"), ("c.cluster_id", "cluster_id")))
CLAIM_ORDER = Order((("coalesce(published,'')", "published"), ("article_id", "article_id"),
                     ("event_index", "event_index")))
CONTRADICTION_ORDER = Order((("coalesce(date,'')", "date"), ("contradiction_id", "contradiction_id")))


# --- events (clusters) -------------------------------------------------------------------
def list_events(store: Store, filters: EventFilter | None = None, limit: int = 100,
                cursor: str | None = None) -> Page:
    """Events in date order (undated last), filtered, one page at a time."""
    db = RecordDB(store)
    f = filters or EventFilter()
    keep = None
    if f.near or f.near_name:  # a radius: computed here, on every row after the cursor
        centre = f.near or _place_point(db, f.near_name or "")
        keep = lambda r: bool(centre and r["lat"] is not None  # noqa: E731
                              and km(centre[0], centre[1], r["lat"], r["lon"]) <= f.km)
    rows, nxt = select_page(db, "record_clusters c", event_where(store, f), EVENT_ORDER, limit, cursor, keep)
    return {"items": [event_from_row(r) for r in rows], "next_cursor": nxt}


def get_event(store: Store, cluster_id: str) -> dict[str, Any] | None:
    """One event with all its reports (each with its evidence) and its contradictions."""
    db = RecordDB(store)
    rows = db.rows("SELECT * FROM record_clusters WHERE cluster_id=?", (cluster_id,))
    if not rows:
        return None
    out = event_from_row(rows[0])
    out["report_list"] = [_report(r) for r in db.rows(
        "SELECT * FROM record_reports WHERE cluster_id=? ORDER BY published, article_id, event_index", (cluster_id,))]
    out["contradictions"] = [_contradiction(r) for r in db.rows(
        "SELECT * FROM record_contradictions WHERE scope=? ORDER BY contradiction_id", (f"cluster:{cluster_id}",))]
    return out


# --- places ------------------------------------------------------------------------------
def find_places(store: Store, name: str) -> list[dict[str, Any]]:
    """The record's places whose name folds to ``name`` (any spelling the gazetteer gave),
    most reported first: {place, place_key, geonameid, lat, lon, country_code, admin1, precision, reports}."""
    db = RecordDB(store)
    group = "GROUP BY place, place_key, geonameid, lat, lon, country_code, admin1, precision"
    rows = db.rows("SELECT place, place_key, geonameid, lat, lon, country_code, admin1, precision, count(*) AS reports "
                   "FROM record_reports WHERE place_key IS NOT NULL " + group)
    known = {r["place_key"]: r for r in rows}
    for r in db.rows("SELECT place, place_key, geonameid, lat, lon, country_code, admin1, precision, "
                     "count(*) AS reports FROM record_control_places " + group):  # named in a claimed list
        if r["place_key"] in known:
            known[r["place_key"]]["reports"] += r["reports"]
        else:
            rows.append(known.setdefault(r["place_key"], r))
    want = fold(name)
    found = [r for r in rows if fold(r["place"]) == want]
    if not found:  # another spelling of the same name: Izium for Izyum, Charkiv for Kharkiv
        found = [r for r in rows if spelling_key(r["place"]) == spelling_key(name)]
    if not found:
        found = [r for r in rows if fold(r["place"]).startswith(want)]
    return sorted(found, key=lambda r: (-r["reports"], r["place_key"]))


def place_record(store: Store, name_or_key: str) -> dict[str, Any] | None:
    """Everything the record says about one place: {place (as find_places), status (control
    rows, in date order), claims (every control claim, in date order, with evidence),
    events (clusters there, in date order), contradictions}."""
    db = RecordDB(store)
    places = find_places(store, name_or_key) or [
        r | {"reports": 0} for r in db.rows(
            "SELECT DISTINCT place, place_key, geonameid, lat, lon, country_code, admin1, precision "
            "FROM record_reports WHERE place_key=?", (name_or_key,))]
    if not places:
        return None
    p = places[0]
    key = p["place_key"]
    # the settlement's entries: the same name placed a few km apart is one timeline, under its main key
    group = next((g for g in twin_groups(db, [key]) if key in g), [key])
    marks = ",".join("?" * len(group))
    return {
        "place": p,
        "status": control_status(store, group[0]),
        "claims": [_report(r) for r in group_reports(db, group)],
        "events": [event_from_row(r) for r in db.rows(
            "SELECT * FROM record_clusters WHERE place_key=? ORDER BY sort_date, cluster_id", (key,))],
        "contradictions": [_contradiction(r) for r in db.rows(
            f"SELECT * FROM record_contradictions WHERE place_key IN ({marks}) ORDER BY date, contradiction_id",
            group)],
    }


PLACE_COLUMNS = ("place", "place_key", "geonameid", "lat", "lon", "country_code", "admin1", "precision")


def control_reports(db: RecordDB, key: str) -> list[dict[str, Any]]:
    """Every report that claims or defends a place, in date order: those placed there, and the
    control claims whose verb governs it as one more place of a list (told with the report's
    own holder, date and claimant, at this place)."""
    own = db.rows("SELECT * FROM record_reports WHERE place_key=? AND "
                  "(control_holder IS NOT NULL OR held_by IS NOT NULL)", (key,))
    listed = db.rows("SELECT r.*, " + ", ".join(f"c.{c} AS c_{c}" for c in PLACE_COLUMNS) +
                     " FROM record_control_places c JOIN record_reports r ON r.article_id = c.article_id "
                     "AND r.event_index = c.event_index WHERE c.place_key=?", (key,))
    for r in listed:
        r.update({c: r.pop(f"c_{c}") for c in PLACE_COLUMNS})
        r["held_by"] = None  # a defence or a clash is told at the event's own place only
        if r["control_use"] == ASTRAY:  # the event's own place is a namesake astray, not this one
            r["control_use"] = "holding" if r["control_verb"] == "holds" else "control"
    rows = own + listed
    return sorted(rows, key=lambda r: (r["date"] or r["published"] or "", r["published"] or "",
                                       r["article_id"], r["event_index"]))


def group_reports(db: RecordDB, group: list[str]) -> list[dict[str, Any]]:
    """Every report that claims or defends one settlement placed at several points (its entries
    ``group``), each once, in date order."""
    seen: dict[tuple, dict[str, Any]] = {}
    for key in group:
        for r in control_reports(db, key):
            seen.setdefault((r["article_id"], r["event_index"]), r)
    return sorted(seen.values(), key=lambda r: (r["date"] or r["published"] or "", r["published"] or "",
                                                r["article_id"], r["event_index"]))


def control_status(store: Store, place_key: str | None = None) -> list[dict[str, Any]]:
    """Derived control rows, one per change, by place then date; one place when given."""
    db = RecordDB(store)
    sql = "SELECT * FROM record_control" + (" WHERE place_key=?" if place_key else "")
    rows = db.rows(sql + " ORDER BY place, place_key, from_date", (place_key,) if place_key else ())
    return [_status(r) for r in rows]


# --- claims, contradictions, losses ---------------------------------------------------------
def list_claims(store: Store, claimant: str | None = None, place_key: str | None = None, control_only: bool = False,
                limit: int = 100, cursor: str | None = None) -> Page:
    """The claims ledger: every report, in order of publication."""
    db = RecordDB(store)
    where = _claimant_where(claimant)
    if place_key:
        where.add("place_key=?", place_key)
    if control_only:
        where.add("control_holder IS NOT NULL")
    rows, nxt = select_page(db, "record_reports", where, CLAIM_ORDER, limit, cursor)
    return {"items": [_report(r) for r in rows], "next_cursor": nxt}


def list_contradictions(store: Store, kind: str | None = None, place_key: str | None = None,
                        limit: int = 100, cursor: str | None = None) -> Page:
    db = RecordDB(store)
    where = Where()
    if kind:
        where.add("kind=?", kind)
    if place_key:
        where.add("place_key=?", place_key)
    rows, nxt = select_page(db, "record_contradictions", where, CONTRADICTION_ORDER, limit, cursor)
    return {"items": [_contradiction(r) for r in rows], "next_cursor": nxt}


def loss_series(store: Store, claimant: str | None = None, category: str | None = None) -> list[dict[str, Any]]:
    """Loss figures: {claimant, category, kind (cumulative, daily, figure), date, value,
    article_id, event_index, flag (decrease, jump or None)}, by claimant, category, kind, date."""
    db = RecordDB(store)
    where = _claimant_where(claimant)
    if category:
        where.add("category=?", category)
    sql = "SELECT * FROM record_losses" + where.sql
    return db.rows(sql + " ORDER BY claimant, category, kind, date, article_id, event_index", where.params)


# --- internals -----------------------------------------------------------------------------
def _claimant_where(claimant: str | None) -> Where:
    where = Where()
    if claimant:
        where.add("lower(claimant) LIKE ?", f"%{claimant.lower()}%")
    return where


# Conditions on an event's reports, written as EXISTS so that SQLite walks the clusters in page order
# and stops at the page's end (an IN (subquery) reads every report first: 0.5-1 s on 100,000 events).
REPORT_SQL = "EXISTS (SELECT 1 FROM record_reports r WHERE r.cluster_id = c.cluster_id AND {})"


def event_where(store: Store, f: EventFilter) -> Where:
    """The filters of ``f`` as conditions on ``record_clusters c`` (all but the radius of ``near``,
    which ``list_events`` computes itself)."""
    where = Where()
    if f.date_from:
        where.add("c.sort_date >= ?", f.date_from)
    if f.date_to:
        where.add("c.sort_date <= ? AND c.sort_date <> ''", f.date_to)
    if f.event_type:
        where.add("c.event_type = ?", f.event_type)
    if f.sub_event_type:
        where.add("c.sub_event_type = ?", f.sub_event_type)
    if f.place:
        keys = [p["place_key"] for p in find_places(store, f.place)] or ["-"]
        where.add(REPORT_SQL.format(f"r.place_key IN ({','.join('?' * len(keys))})"), *keys)
    if f.bbox:
        w, s, e, n = f.bbox
        where.add("c.lon >= ? AND c.lon <= ? AND c.lat >= ? AND c.lat <= ?", w, e, s, n)
    if f.claimant:
        where.add(REPORT_SQL.format("lower(r.claimant) LIKE ?"), f"%{f.claimant.lower()}%")
    if f.modality:
        where.add(REPORT_SQL.format("r.modality = ?"), f.modality)
    if f.side:
        code = side_of_holder(f.side) or f.side.upper()
        where.add("(c.side1 = ? OR c.side2 = ?)", code, code)
    if f.min_outlets:
        where.add("c.outlets >= ?", f.min_outlets)
    return where


def _place_point(db: RecordDB, name: str) -> tuple[float, float] | None:
    found = find_places(db.store, name)
    return (found[0]["lat"], found[0]["lon"]) if found else None


def event_from_row(r: dict[str, Any]) -> dict[str, Any]:
    """A ``record_clusters`` row as the event the contract above describes."""
    data = json.loads(r["data"])
    m = data["merged"]
    return {"cluster_id": r["cluster_id"], "event_type": r["event_type"], "sub_event_type": r["sub_event_type"],
            "date": r["date"], "date_precision": r["date_precision"], "actor1": r["actor1"], "actor2": r["actor2"],
            "place": r["place"], "location": m["location"], "fatalities": r["fatalities"],
            "quantities": m["quantities"], "claimed_by": m["claimed_by"], "modality": r["modality"],
            "control": m["control"], "outlets": r["outlets"], "reports": r["reports"],
            "first_reported": r["first_reported"], "disagreements": data["disagreements"]}


def _report(r: dict[str, Any]) -> dict[str, Any]:
    keys = ("article_id", "event_index", "cluster_id", "outlet", "cites", "published", "language", "event_type",
            "sub_event_type", "date", "date_precision", "actor1", "actor2", "place", "lat", "lon", "geonameid",
            "precision", "fatalities", "claimed_by", "claimant", "claimant_side", "modality")
    out = {k: r[k] for k in keys}
    out["place_key"] = r["place_key"]
    out["quantities"] = json.loads(r["quantities"])
    holder = r["control_holder"]
    out["control"] = {"holder": holder, "extent": r["control_extent"] or "full"} if holder else None
    out["control_use"] = r["control_use"]
    out["held_by"] = r["held_by"]
    out["place_role"] = r["place_role"]
    out["evidence"] = {"start": r["evidence_start"], "end": r["evidence_end"], "text": r["evidence_text"]}
    return out


def _status(r: dict[str, Any]) -> dict[str, Any]:
    return {"place": r["place"], "place_key": r["place_key"], "geonameid": r["geonameid"], "lat": r["lat"],
            "lon": r["lon"], "country_code": r["country_code"], "admin1": r["admin1"], "from": r["from_date"],
            "holder": r["holder"], "extent": r["extent"], "basis": r["basis"],
            "claimants": [c for c in r["claimants"].split(";") if c], "reports": r["reports"]}


def _contradiction(r: dict[str, Any]) -> dict[str, Any]:
    return {"contradiction_id": r["contradiction_id"], "kind": r["kind"], "place": r["place"],
            "place_key": r["place_key"], "date": r["date"], "summary": r["summary"],
            "sides": json.loads(r["data"])["sides"]}
