"""A report's plain columns: its family of sub-types, the days it may refer to, its place's key,
grid cell and precision rank.

What clustering, merging and the control derivation compare reports by, read from the event and
its place, not from the words around them (that reading, for control, is ``place_roles``,
``control_verbs`` and ``control_fields``).
"""

from __future__ import annotations

from datetime import date, timedelta

from ..document import Document, Event, Place
from .knowledge import fold

# events that may be the same real-world event share a family
_FAMILIES = {
    "Government regains territory": "territory",
    "Non-state actor overtakes territory": "territory",
    "Non-violent transfer of territory": "territory",
    "Armed clash": "battle",
    "Attack": "strike",  # «bombardamento uccide civili» is told as shelling or as an attack
}
TOLL_FAMILY = "loss report"  # a count of the dead (or of what a side lost), not the deed itself
_UNDATED_DAYS = 1  # an undated report covers its publication day and the one before ("last night")
_PRECISION_RANK = {"feature": 4, "city": 4, "admin2": 3, "admin1": 2, "country": 1}


def family(event_type: str, sub_event_type: str) -> str:
    if sub_event_type in _FAMILIES:
        return _FAMILIES[sub_event_type]
    if event_type == "Explosions/Remote violence":
        return "strike"
    if event_type in ("Protests", "Riots"):
        return "protest"
    return sub_event_type.lower()


def precision_rank(precision: str | None) -> int:
    return _PRECISION_RANK.get(precision or "", 0)


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat((value or "")[:10])
    except ValueError:
        return None


def window(event_date: str | None, precision: str | None, published: str | None) -> tuple[str | None, str | None]:
    """The days a report may refer to: its day, week or month; an undated one the
    days before its publication; None when nothing dates it."""
    d, pub = _day(event_date), _day(published)
    if d is not None and precision == "day":
        return d.isoformat(), d.isoformat()
    if d is not None and precision == "week":
        return d.isoformat(), (d + timedelta(days=6)).isoformat()
    if d is not None and precision == "month":
        nxt = (d.replace(day=28) + timedelta(days=4)).replace(day=1)
        return d.isoformat(), (nxt - timedelta(days=1)).isoformat()
    if pub is not None:
        return (pub - timedelta(days=_UNDATED_DAYS)).isoformat(), pub.isoformat()
    return None, None


def stated_date(doc: Document, ev: Event) -> str | None:
    """The event's date when its sentence states one; None when the date is only the
    publication day the reader fell back on (nothing in the evidence dates it)."""
    if ev.date is None:
        return None
    stated = any(ev.evidence.start <= t.start < ev.evidence.end and t.value for t in doc.timexes)
    return ev.date if stated or ev.date != (doc.published or "")[:10] else None


def cell(lat: float | None, lon: float | None) -> int | None:
    """The 0.1-degree grid cell of a point (as migration 004 computes it)."""
    if lat is None or lon is None:
        return None
    return int((lat + 90) * 10) * 10000 + int((lon + 180) * 10)


def neighbour_cells(lat: float, lon: float) -> list[int]:
    """The cell of a point and the eight around it: every point within ~7 km is in one of them."""
    c = cell(lat, lon)
    return [c + dy * 10000 + dx for dy in (-1, 0, 1) for dx in (-1, 0, 1)]


def place_key(p: Place | None) -> str | None:
    if p is None:
        return None
    if p.geonameid:
        return f"g{p.geonameid}"
    return f"{fold(p.name)}@{p.lat:.2f},{p.lon:.2f}"


def is_region_itself(place: Place | None) -> bool:
    """A first-level region named as such ('X Oblast'), not a settlement the gazetteer could only
    place at its region's centre."""
    return place is not None and place.precision == "admin1" and bool(place.admin1) and \
        fold(place.name) == fold(place.admin1)
