"""The API's response shapes (they are the OpenAPI schema at /openapi.json)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field


class Span(BaseModel):
    start: int = Field(description="code-point offset into the article text")
    end: int = Field(description="end, exclusive")


class Evidence(Span):
    text: str = Field(description="text[start:end] of the article")


class EventSummary(BaseModel):
    cluster_id: str
    event_type: str
    sub_event_type: str
    date: str | None
    date_precision: str | None
    actor1: str | None
    actor2: str | None
    place: str | None
    place_key: str | None
    lat: float | None
    lon: float | None
    precision: str | None
    fatalities: int | None
    claimed_by: list[str] = Field(description="every claimant across the reports")
    modality: str = Field(description="the strongest modality across the reports")
    outlets: int = Field(description="independent outlets")
    reports: int
    first_reported: str | None


class EventPage(BaseModel):
    items: list[EventSummary]
    next_cursor: str | None = Field(description="pass as ?cursor= for the next page; null on the last page")


class Report(BaseModel):
    article_id: str
    event_index: int
    title: str | None
    outlet: str | None
    published: str | None
    claimed_by: str | None
    claimant: str | None
    modality: str
    date: str | None
    fatalities: int | None
    evidence: Evidence


class SideReport(BaseModel):
    article_id: str
    event_index: int
    outlet: str | None
    published: str | None
    claimant: str | None
    modality: str | None
    evidence: Evidence


class ContradictionSide(BaseModel):
    value: Any = Field(description="what this side says (a holder, a number, asserted or denied…)")
    claimants: list[str]
    reports: list[SideReport]


class Contradiction(BaseModel):
    contradiction_id: str
    kind: str
    place: str | None
    place_key: str | None
    date: str | None
    summary: str
    sides: list[ContradictionSide]


class SaidBy(BaseModel):
    claimant: str | None
    outlet: str | None
    article_id: str
    event_index: int


class DisagreeingValue(BaseModel):
    value: Any
    said_by: list[SaidBy]


class Disagreement(BaseModel):
    field: str
    values: list[DisagreeingValue]


class EventDetail(BaseModel):
    event: EventSummary
    reports: list[Report] = Field(description="every report of the event, with its evidence")
    disagreements: list[Disagreement]
    contradictions: list[Contradiction]


class HistogramBin(BaseModel):
    date: str
    count: int


class Histogram(BaseModel):
    bins: list[HistogramBin]


class ControlStatus(BaseModel):
    from_date: str
    to_date: str | None = Field(description="the day before the next status, null for the last")
    holder: str
    extent: str
    basis: str
    claimants: list[str]
    reports: int


class ControlClaim(BaseModel):
    date: str | None
    holder: str | None = Field(description="the side the claim leaves holding the place")
    extent: str | None
    claimant: str
    side: str | None = Field(description="the claimant's side: RU, UA, another country code, or independent")
    modality: str
    use: str | None = Field(description="'control', or why the derivation leaves it out ('towards'…)")
    report: Report


class PlaceTimeline(BaseModel):
    place_key: str
    place: str
    lat: float | None
    lon: float | None
    country_code: str | None
    admin1: str | None
    status: list[ControlStatus]
    claims: list[ControlClaim]
    contradictions: list[Contradiction]


class LossPoint(BaseModel):
    claimant: str
    category: str
    kind: str = Field(description="cumulative or daily")
    date: str
    value: float
    article_id: str
    event_index: int
    flag: str | None = Field(description="'decrease' or 'jump' against the previous total")


class Losses(BaseModel):
    items: list[LossPoint]


class Contradictions(BaseModel):
    items: list[Contradiction]
    next_cursor: str | None


class Layer(BaseModel):
    start: int
    end: int
    text: str
    label: str | None = None
    detail: dict | None = None


class Article(BaseModel):
    id: str
    title: str | None
    published: str | None
    outlet: str | None
    url: str | None
    language: str | None
    text: str
    sentences: list[Span]
    entities: list[Layer]
    toponyms: list[Layer]
    timexes: list[Layer]
    quantities: list[Layer]
    events: list[dict] = Field(description="the article's events as FORMAT.md's Event")


class Problem(BaseModel):
    detail: str


class PointGeometry(BaseModel):
    type: Literal["Point"] = "Point"
    coordinates: list[float] = Field(description="[lon, lat], WGS84")


class EventProperties(BaseModel):
    cluster_id: str
    event_type: str
    sub_event_type: str
    date: str | None
    place: str | None
    place_key: str | None
    precision: str | None
    modality: str
    outlets: int
    reports: int
    fatalities: int | None
    claimed_by: list[str]


class EventFeature(BaseModel):
    type: Literal["Feature"] = "Feature"
    id: str
    geometry: PointGeometry
    properties: EventProperties


class EventCollection(BaseModel):
    type: Literal["FeatureCollection"] = "FeatureCollection"
    features: list[EventFeature]
    next_cursor: str | None = Field(description="more located events remain: pass as ?cursor=")


class Facets(BaseModel):
    event_types: list[str]
    sub_event_types: list[str]
    claimants: list[str]
    modalities: list[str]
