"""The record's endpoints: events, one event, GeoJSON, a place's timeline,
contradictions, losses, and the page's histogram and facets."""

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request

from ..record import query
from ..record.query import EventFilter
from . import source
from .models import Contradictions as ContradictionList
from .models import (
    ControlClaim,
    ControlStatus,
    EventCollection,
    EventDetail,
    EventPage,
    Facets,
    Histogram,
    HistogramBin,
    Losses,
    PlaceTimeline,
    Problem,
    Report,
)

NOT_FOUND = {404: {"model": Problem}}
BAD = {400: {"model": Problem}}
Modality = Literal["asserted", "reported", "alleged", "denied", "planned"]
Text = Annotated[str | None, Query(max_length=200)]


@dataclass
class Filters:
    """The filters of ``frontwatch events`` as query parameters, plus free text ``q``."""

    date_from: Annotated[date | None, Query(alias="from", description="first day, YYYY-MM-DD")] = None
    date_to: Annotated[date | None, Query(alias="to", description="last day, YYYY-MM-DD")] = None
    type: Annotated[str | None, Query(max_length=100, description="ACLED event type")] = None
    sub_type: Annotated[str | None, Query(max_length=100, description="sub-event type")] = None
    place: Annotated[str | None, Query(max_length=200, description="a place name, any spelling")] = None
    near: Annotated[str | None, Query(max_length=200, description="events within km of this place")] = None
    km: Annotated[float, Query(gt=0, le=2000)] = 25.0
    bbox: Annotated[str | None, Query(max_length=200, description="west,south,east,north in degrees")] = None
    claimant: Text = None
    modality: Modality | None = None
    side: Annotated[str | None, Query(max_length=50, description="Russia, Ukraine, or a country code")] = None
    min_outlets: Annotated[int | None, Query(ge=1, le=1000)] = None
    q: Annotated[str | None, Query(max_length=200, description="free text: place, actor, claimant, evidence")] = None

    def record_filter(self) -> EventFilter:
        return EventFilter(
            date_from=self.date_from.isoformat() if self.date_from else None,
            date_to=self.date_to.isoformat() if self.date_to else None,
            event_type=self.type, sub_event_type=self.sub_type, place=self.place, near_name=self.near, km=self.km,
            bbox=_bbox(self.bbox) if self.bbox else None, claimant=self.claimant, modality=self.modality,
            side=self.side, min_outlets=self.min_outlets)


def _bbox(text: str) -> tuple[float, float, float, float]:
    try:
        w, s, e, n = (float(x) for x in text.split(","))
    except ValueError:
        raise HTTPException(422, "bbox must be four numbers: west,south,east,north") from None
    if not (-180 <= w <= 180 and -180 <= e <= 180 and -90 <= s <= n <= 90):
        raise HTTPException(422, "bbox out of range: west,south,east,north in degrees, south <= north")
    return w, s, e, n


def _page(store, filters: Filters, limit: int, cursor: str | None, located_only: bool = False):
    try:
        return source.events_page(store, filters.record_filter(), filters.q, limit, cursor, located_only)
    except ValueError as e:  # a cursor that is not one of ours
        raise HTTPException(400, str(e)) from None


def _summary(e: dict) -> dict:
    loc = e.get("location") or {}
    return {**e, "lat": loc.get("lat"), "lon": loc.get("lon"), "precision": loc.get("precision")}


def _report(r: dict, titles: dict) -> Report:
    return Report(**{**r, "title": titles.get(r["article_id"])})


def _store(request: Request):
    return request.app.state.db.store()


Store = Annotated[object, Depends(_store)]
Cursor = Annotated[str | None, Query(max_length=400, description="next_cursor of the previous page")]


router = APIRouter()


@router.get("/api/events", response_model=EventPage, responses=BAD, tags=["events"])
def list_events(s: Store, filters: Annotated[Filters, Depends()],
                limit: Annotated[int, Query(ge=1, le=500)] = 100, cursor: Cursor = None):
    """Events (clusters of reports), in date order, filtered, one page at a time."""
    page = _page(s, filters, limit, cursor)
    return {"items": [_summary(e) for e in page["items"]], "next_cursor": page["next_cursor"]}


@router.get("/api/events.geojson", response_model=EventCollection, responses=BAD, tags=["events"])
def events_geojson(s: Store, filters: Annotated[Filters, Depends()],
                   limit: Annotated[int, Query(ge=1, le=5000)] = 1000, cursor: Cursor = None):
    """Located events as an RFC 7946 FeatureCollection (one Point per event)."""
    page = _page(s, filters, limit, cursor, located_only=True)
    feats = [{"id": e["cluster_id"], "geometry": {"coordinates": [e["location"]["lon"], e["location"]["lat"]]},
              "properties": {**e, "precision": e["location"].get("precision")}}
             for e in page["items"] if e.get("location")]
    return {"features": feats, "next_cursor": page["next_cursor"]}


@router.get("/api/events/{cluster_id}", response_model=EventDetail, responses=NOT_FOUND, tags=["events"])
def get_event(s: Store, cluster_id: str):
    """One event with every report and its evidence, its disagreements and contradictions."""
    e = query.get_event(s, cluster_id)
    if e is None:
        raise HTTPException(404, f"no event {cluster_id!r}")
    reports = e.pop("report_list")
    titles = source.titles(s, {r["article_id"] for r in reports})
    keys = [r["place_key"] for r in reports if r["place"] == e["place"] and r.get("place_key")]
    key = keys[0] if keys else None
    return {"event": _summary({**e, "place_key": key}), "reports": [_report(r, titles) for r in reports],
            "disagreements": e["disagreements"], "contradictions": _touching(s, e, reports, key)}


@router.get("/api/histogram", response_model=Histogram, responses=BAD, tags=["events"])
def histogram(s: Store, filters: Annotated[Filters, Depends()]):
    """Dated events per day under the filters, ignoring from/to (the page's timeline)."""
    return {"bins": [HistogramBin(date=d, count=n) for d, n in source.histogram(s, filters.record_filter(),
                                                                               filters.q)]}


@router.get("/api/facets", response_model=Facets, tags=["events"])
def facets(s: Store):
    """The values the filters can take in this record."""
    return source.facets(s)


@router.get("/api/places/{place_id}/timeline", response_model=PlaceTimeline, responses=NOT_FOUND, tags=["places"])
def place_timeline(s: Store, place_id: str):
    """A place's control timeline: the derived status over time and every control claim under it."""
    rec = query.place_record(s, place_id)
    if rec is None:
        raise HTTPException(404, f"no place {place_id!r} in the record")
    p = rec["place"]
    titles = source.titles(s, {c["article_id"] for c in rec["claims"]})
    return PlaceTimeline(place_key=p["place_key"], place=p["place"], lat=p["lat"], lon=p["lon"],
                         country_code=p["country_code"], admin1=p["admin1"], status=_statuses(rec["status"]),
                         claims=[_claim(c, titles) for c in rec["claims"]],
                         contradictions=rec["contradictions"])


@router.get("/api/contradictions", response_model=ContradictionList, responses=BAD, tags=["claims"])
def contradictions(s: Store, kind: Annotated[str | None, Query(max_length=50)] = None,
                   place: Annotated[str | None, Query(max_length=200, description="a place_key")] = None,
                   limit: Annotated[int, Query(ge=1, le=500)] = 100, cursor: Cursor = None):
    """Claims that cannot all be true, each side with its evidence."""
    try:
        return query.list_contradictions(s, kind=kind, place_key=place, limit=limit, cursor=cursor)
    except ValueError as e:
        raise HTTPException(400, str(e)) from None


@router.get("/api/losses", response_model=Losses, tags=["claims"])
def losses(s: Store, claimant: Text = None, category: Annotated[str | None, Query(max_length=50)] = None):
    """Loss figures per claimant and category: cumulative totals apart from daily figures, jumps and
    decreases flagged."""
    return {"items": query.loss_series(s, claimant=claimant, category=category)}


def _touching(s, event: dict, reports: list[dict], place_key: str | None) -> list[dict]:
    """The event's own contradictions, and those of its place that one of its reports takes part in
    (a capture claimed here and denied elsewhere is the place's contradiction)."""
    found = {c["contradiction_id"]: c for c in event["contradictions"]}
    if place_key:
        mine = {(r["article_id"], r["event_index"]) for r in reports}
        for c in query.list_contradictions(s, place_key=place_key, limit=500)["items"]:
            if any((r["article_id"], r["event_index"]) in mine for side in c["sides"] for r in side["reports"]):
                found.setdefault(c["contradiction_id"], c)
    return list(found.values())


def _statuses(rows: list[dict]) -> list[ControlStatus]:
    out = []
    for n, r in enumerate(rows):
        nxt = rows[n + 1]["from"] if n + 1 < len(rows) else None
        to = (date.fromisoformat(nxt) - timedelta(days=1)).isoformat() if nxt else None
        out.append(ControlStatus(from_date=r["from"], to_date=to, holder=r["holder"], extent=r["extent"],
                                 basis=r["basis"], claimants=r["claimants"], reports=r["reports"]))
    return out


def _claim(c: dict, titles: dict) -> ControlClaim:
    control = c.get("control") or {}
    return ControlClaim(date=c["date"] or c["published"], holder=control.get("holder") or c.get("held_by"),
                        extent=control.get("extent"), claimant=c["claimant"], side=c["claimant_side"],
                        modality=c["modality"], use=c.get("control_use"), report=_report(c, titles))
