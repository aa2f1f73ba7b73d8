"""What the API asks of the record, through ``frontwatch.record.query``.

A small adapter: the record's query functions give the answers; two things the page
needs beyond them are added here on top of the record's own filter semantics
(``query._event_where``): free-text search (``q``) and the histogram of events per day.
Listing pages are read with the limit inside the SQL, so one page of a 100,000-event
record costs one page of rows."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..record import query
from ..record.db import RecordDB
from ..record.query import EventFilter

MODALITIES = ["asserted", "reported", "alleged", "denied", "planned"]
# Conditions on an event's reports, written as EXISTS so that SQLite walks the clusters in
# page order and stops at the page's end (an IN (subquery) reads every report first: 0.5-1 s
# on 100,000 events). The semantics are the record's own (query._event_where).
REPORT_SQL = "EXISTS (SELECT 1 FROM record_reports r WHERE r.cluster_id = c.cluster_id AND {})"
TEXT_SQL = ("(lower(coalesce(c.place,'')) LIKE ? OR lower(coalesce(c.actor1,'')) LIKE ? "
            "OR lower(coalesce(c.actor2,'')) LIKE ? OR lower(c.sub_event_type) LIKE ? OR "
            + REPORT_SQL.format("(lower(r.evidence_text) LIKE ? OR lower(r.claimant) LIKE ?)") + ")")


def _where(db: RecordDB, f: EventFilter, q: str | None) -> tuple[list[str], list[Any]]:
    where, params = query._event_where(db, replace(f, claimant=None, modality=None))
    if f.claimant:
        where.append(REPORT_SQL.format("lower(r.claimant) LIKE ?"))
        params.append(f"%{f.claimant.lower()}%")
    if f.modality:
        where.append(REPORT_SQL.format("r.modality = ?"))
        params.append(f.modality)
    if q:
        where.append(TEXT_SQL)
        params += [f"%{q.lower()}%"] * 6
    return where, params


def _with_key(event: dict[str, Any], row: dict[str, Any]) -> dict[str, Any]:
    return {**event, "place_key": row.get("place_key")}


def events_page(store, f: EventFilter, q: str | None, limit: int, cursor: str | None,
                located_only: bool = False) -> dict[str, Any]:
    """One page of events (clusters) in the record's order, as query.list_events gives it."""
    if f.near or f.near_name:  # a radius is computed in Python by the record: let it page
        page = query.list_events(store, f, limit=limit, cursor=cursor)
        items = [e for e in page["items"] if _matches(e, q) and (e["location"] or not located_only)]
        return {"items": [{**e, "place_key": None} for e in items], "next_cursor": page["next_cursor"]}
    db = RecordDB(store)
    where, params = _where(db, f, q)
    if located_only:
        where.append("c.lat IS NOT NULL")
    if cursor:
        sort_date, cid = query._decode(cursor)
        where.append("(c.sort_date > ? OR (c.sort_date = ? AND c.cluster_id > ?))")
        params += [sort_date, sort_date, cid]
    sql = "SELECT c.* FROM record_clusters c" + (" WHERE " + " AND ".join(where) if where else "")
    rows = db.rows(sql + " ORDER BY c.sort_date, c.cluster_id LIMIT ?", [*params, limit + 1])
    page = rows[:limit]
    nxt = query._encode(page[-1]["sort_date"], page[-1]["cluster_id"]) if len(rows) > limit else None
    return {"items": [_with_key(query._event(r), r) for r in page], "next_cursor": nxt}


def _matches(event: dict[str, Any], q: str | None) -> bool:
    if not q:
        return True
    hay = " ".join(str(event.get(k) or "") for k in ("place", "actor1", "actor2", "sub_event_type"))
    return q.lower() in (hay + " " + " ".join(event["claimed_by"])).lower()


def histogram(store, f: EventFilter, q: str | None) -> list[tuple[str, int]]:
    """Events per day under the filters (the dates themselves left out: the brush sets them)."""
    db = RecordDB(store)
    where, params = _where(db, replace(f, date_from=None, date_to=None), q)
    where.append("c.date IS NOT NULL")
    sql = ("SELECT c.date AS day, count(*) AS n FROM record_clusters c WHERE " + " AND ".join(where)
           + " GROUP BY c.date ORDER BY c.date")
    return [(r["day"], r["n"]) for r in db.rows(sql, params)]


def facets(store) -> dict[str, list[str]]:
    db = RecordDB(store)
    one = lambda sql: [r[0] for r in db.tuples(sql)]  # noqa: E731
    return {"event_types": one("SELECT DISTINCT event_type FROM record_clusters ORDER BY 1"),
            "sub_event_types": one("SELECT DISTINCT sub_event_type FROM record_clusters ORDER BY 1"),
            "claimants": one("SELECT claimant FROM record_reports GROUP BY claimant ORDER BY count(*) DESC, claimant "
                             "LIMIT 300"),
            "modalities": MODALITIES}


def titles(store, article_ids: set[str]) -> dict[str, str | None]:
    """Article titles for the reports on a card, in one query."""
    if not article_ids:
        return {}
    ids = sorted(article_ids)
    db = RecordDB(store)
    rows = db.tuples(f"SELECT id, title FROM articles WHERE id IN ({','.join('?' * len(ids))})", ids)
    return dict(rows)
