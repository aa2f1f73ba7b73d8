"""A cluster's merged event: what its reports agree on, and where they disagree,
with who says which. Nothing is averaged away: every value stays, with its claimants."""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from .knowledge import actor_side, country_name
from .report_fields import TOLL_FAMILY, family, precision_rank

# strongest first: told as fact, attributed, hedged, proposed, denied
MODALITY_STRENGTH = ("asserted", "reported", "alleged", "planned", "denied")
_DATE_RANK = {"day": 4, "week": 3, "month": 2, "year": 1}


def _stated_day(r: dict[str, Any]) -> bool:
    """A day its sentence states, not the publication day a reader fell back on (whose window
    spans the day before too)."""
    return r["date_precision"] == "day" and r["date_lo"] is not None and r["date_lo"] == r["date_hi"]


def _date_rank(r: dict[str, Any]) -> int:
    """Stated days first, then days taken from publication, then weeks, months, years."""
    return _DATE_RANK.get(r["date_precision"], 0) + (r["date_precision"] == "day" and _stated_day(r))


def strongest_modality(modalities: list[str]) -> str:
    known = [m for m in modalities if m in MODALITY_STRENGTH]
    return min(known, key=MODALITY_STRENGTH.index) if known else (modalities[0] if modalities else "asserted")


def _most_common(values: list[Any]) -> Any:
    """The value most reports give; ties go to the first reported."""
    present = [v for v in values if v is not None]
    if not present:
        return None
    counts = Counter(present)
    top = max(counts.values())
    return next(v for v in present if counts[v] == top)


def _who(r: dict[str, Any]) -> dict[str, Any]:
    return {"claimant": r["claimant"], "outlet": r["outlet"], "article_id": r["article_id"],
            "event_index": r["event_index"]}


def disagreements(reports: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Fields the reports give different values for: each value with who says it."""
    out = []
    fields = {"fatalities": lambda r: r["fatalities"], "control_holder": lambda r: r["control_holder"],
              "date": lambda r: r["date"] if _stated_day(r) else None,
              # who fired a strike, by side: each side may blame the other for the same dead
              "attacker": lambda r: country_name(actor_side(r["actor1"])) if r["family"] == "strike" else None}
    for unit in sorted({q["unit"] for r in reports for q in json.loads(r["quantities"]) if q["unit"]}):
        fields[f"quantity:{unit}"] = lambda r, u=unit: next(
            (q["value"] for q in json.loads(r["quantities"]) if q["unit"] == u), None)
    for name, get in fields.items():
        by_value: dict[Any, list[dict[str, Any]]] = {}
        for r in reports:
            v = get(r)
            if v is not None:
                by_value.setdefault(v, []).append(_who(r))
        if len(by_value) > 1:
            out.append({"field": name.replace("control_holder", "control"),
                        "values": [{"value": v, "said_by": who} for v, who in by_value.items()]})
    return out


def independent_outlets(reports: list[dict[str, Any]]) -> int:
    """Outlets that told it on their own: a report repeating another outlet counts as that one."""
    return len({r["source"] for r in reports})


def summarize(cluster_id: str, reports: list[dict[str, Any]]) -> dict[str, Any]:
    """The cluster row: merged fields, counts, first report, disagreements."""
    reports = sorted(reports, key=lambda r: (r["published"] or "9999", r["article_id"], r["event_index"]))
    best_place = max(reports, key=lambda r: (precision_rank(r["precision"]), r["place_key"] is not None))
    places = [r for r in reports if r["place_key"] == best_place["place_key"]]
    dated = [r for r in reports if r["date"]]
    top_rank = max((_date_rank(r) for r in dated), default=0)
    date = _most_common([r["date"] for r in dated if _date_rank(r) == top_rank])
    # a toll counts the dead of the event the other reports name: the event is theirs
    telling = [r for r in reports if r["family"] != TOLL_FAMILY] or reports
    sub = _most_common([r["sub_event_type"] for r in telling])
    event_type = next(r["event_type"] for r in reports if r["sub_event_type"] == sub)
    actor1, actor2 = _most_common([r["actor1"] for r in reports]), _most_common([r["actor2"] for r in reports])
    holder = _most_common([r["control_holder"] for r in reports])
    extent = _most_common([r["control_extent"] for r in reports if r["control_holder"] == holder])
    lo = min(r["date_lo"] for r in reports if r["date_lo"]) if any(r["date_lo"] for r in reports) else None
    claimed_by = list(dict.fromkeys(r["claimed_by"] for r in reports if r["claimed_by"]))
    merged = {
        "event_type": event_type, "sub_event_type": sub, "date": date,
        "date_precision": next((r["date_precision"] for r in dated if r["date"] == date), "unknown"),
        "actor1": actor1, "actor2": actor2,
        "location": _location(places[0]),
        "fatalities": _most_common([r["fatalities"] for r in reports]),
        "quantities": _quantities(reports),
        "claimed_by": claimed_by,
        "modality": strongest_modality([r["modality"] for r in reports]),
        "control": {"holder": holder, "extent": extent or "full"} if holder else None,
    }
    return {
        "cluster_id": cluster_id, "family": family(event_type, sub), "event_type": event_type, "sub_event_type": sub,
        "date": date, "date_precision": merged["date_precision"], "sort_date": date or lo or "",
        "actor1": actor1, "actor2": actor2, "side1": actor_side(actor1), "side2": actor_side(actor2),
        "place": best_place["place"], "place_key": best_place["place_key"], "geonameid": best_place["geonameid"],
        "lat": best_place["lat"], "lon": best_place["lon"], "country_code": best_place["country_code"],
        "admin1": best_place["admin1"], "precision": best_place["precision"],
        "fatalities": merged["fatalities"], "modality": merged["modality"],
        "outlets": independent_outlets(reports), "reports": len(reports),
        "first_reported": next((r["published"] for r in reports if r["published"]), None),
        "data": json.dumps({"merged": merged, "disagreements": disagreements(reports)}, ensure_ascii=False),
    }


def _location(r: dict[str, Any]) -> dict[str, Any] | None:
    if r["place_key"] is None:
        return None
    return {k: r[k] for k in ("lat", "lon", "country_code", "admin1", "geonameid", "precision")} | {"name": r["place"]}


def _quantities(reports: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One quantity per unit: the value most reports give (the others are disagreements)."""
    by_unit: dict[str, list[dict[str, Any]]] = {}
    for r in reports:
        for q in json.loads(r["quantities"]):
            by_unit.setdefault(q["unit"] or "", []).append(q)
    out = []
    for unit, qs in by_unit.items():
        value = _most_common([q["value"] for q in qs])
        out.append(next(q for q in qs if q["value"] == value) | {"unit": unit or None})
    return out
