"""What the API asks of the record, through ``frontwatch.record.query``.

A small adapter: the record's query functions give the answers; two things the page
needs beyond them are added here on top of the record's own filter semantics
(``query.event_where``) and paging (``paging.select_page``): free-text search (``q``)
and the histogram of events per day. Listing pages are read with the limit inside the
SQL, so one page of a 100,000-event record costs one page of rows."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..record import query
from ..record.db import RecordDB
from ..record.paging import Where, select_page
from ..record.query import EVENT_ORDER, REPORT_SQL, EventFilter

MODALITIES = ["asserted", "reported", "alleged", "denied", "planned"]
TEXT_SQL = ("(lower(coalesce(c.place,'')) LIKE ? OR lower(coalesce(c.actor1,'')) LIKE ? "
            "OR lower(coalesce(c.actor2,'')) LIKE ? OR lower(c.sub_event_type) LIKE ? OR "
            + REPORT_SQL.format("(lower(r.evidence_text) LIKE ? OR lower(r.claimant) LIKE ?)") + ")")


def _where(store, f: EventFilter, q: str | None) -> Where:
    where = query.event_where(store, f)
    if q:
        where.add(TEXT_SQL, *[f"%{q.lower()}%"] * 6)
    return where


def events_page(store, f: EventFilter, q: str | None, limit: int, cursor: str | None,
                located_only: bool = False) -> dict[str, Any]:
    """One page of events (clusters) in the record's order, as query.list_events gives it."""
    if f.near or f.near_name:  # a radius is computed in Python by the record: let it page
        page = query.list_events(store, f, limit=limit, cursor=cursor)
        items = [e for e in page["items"] if _matches(e, q) and (e["location"] or not located_only)]
        return {"items": [{**e, "place_key": None} for e in items], "next_cursor": page["next_cursor"]}
    where = _where(store, f, q)
    if located_only:
        where.add("c.lat IS NOT NULL")
    rows, nxt = select_page(RecordDB(store), "record_clusters c", where, EVENT_ORDER, limit, cursor)
    return {"items": [{**query.event_from_row(r), "place_key": r["place_key"]} for r in rows], "next_cursor": nxt}


def _matches(event: dict[str, Any], q: str | None) -> bool:
    if not q:
        return True
    hay = " ".join(str(event.get(k) or "") for k in ("place", "actor1", "actor2", "sub_event_type"))
    return q.lower() in (hay + " " + " ".join(event["claimed_by"])).lower()


def histogram(store, f: EventFilter, q: str | None) -> list[tuple[str, int]]:
    """Events per day under the filters (the dates themselves left out: the brush sets them)."""
    where = _where(store, replace(f, date_from=None, date_to=None), q).add("c.date IS NOT NULL")
    sql = f"SELECT c.date AS day, count(*) AS n FROM record_clusters c{where.sql} GROUP BY c.date ORDER BY c.date"
    return [(r["day"], r["n"]) for r in RecordDB(store).rows(sql, where.params)]


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
