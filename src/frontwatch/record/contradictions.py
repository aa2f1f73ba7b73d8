"""The same proposition told with incompatible values, each side with its evidence:
a denial against an assertion, numbers that disagree beyond a tolerance, a capture
claimed while the other side says it held the place within days, a cumulative loss
total that goes backwards."""

from __future__ import annotations

import hashlib
import json
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from typing import Any

from .control import Claim
from .knowledge import country_name
from .losses import category
from .report_fields import precision_rank

NUMBER_RATIO = 1.5  # 40 drones against 12 disagree; 40 against 38 is rounding
NUMBER_MIN_GAP = 3
CONTROL_DAYS = 5


def _evidence(r: dict[str, Any]) -> dict[str, Any]:
    return {"article_id": r["article_id"], "event_index": r["event_index"], "outlet": r["outlet"],
            "published": r["published"], "claimant": r["claimant"], "modality": r["modality"],
            "evidence": {"start": r["evidence_start"], "end": r["evidence_end"], "text": r["evidence_text"]}}


def _row(scope: str, kind: str, summary: str, sides: list[dict[str, Any]], anchor: dict[str, Any]) -> dict[str, Any]:
    keys = sorted(f"{e['article_id']}:{e['event_index']}" for s in sides for e in s["reports"])
    cid = "x" + hashlib.sha1(f"{scope}|{kind}|{summary}|{keys}".encode()).hexdigest()[:14]
    date = anchor["date"] if anchor.get("date_precision") == "day" else anchor.get("published")
    return {"contradiction_id": cid, "scope": scope, "kind": kind, "place": anchor.get("place"),
            "place_key": anchor.get("place_key"), "date": date, "summary": summary,
            "data": json.dumps({"sides": sides}, ensure_ascii=False)}


def in_cluster(cluster_id: str, reports: list[dict[str, Any]]) -> list[dict[str, Any]]:
    scope = f"cluster:{cluster_id}"
    out = []
    # a report placed no closer than a region may be about another event of the cluster's days
    reports = [r for r in reports if precision_rank(r["precision"]) >= 3]
    denied = [r for r in reports if r["modality"] == "denied"]
    told = [r for r in reports if r["modality"] in ("asserted", "reported", "alleged")]
    if denied and told:
        out.append(_row(scope, "denial", f"{told[0]['sub_event_type']} at {told[0]['place']}: told and denied",
                        [_side(told, "asserted"), _side(denied, "denied")], told[0]))
    for unit, by_value in _numbers(reports).items():
        values = sorted(by_value)
        lo, hi = values[0], values[-1]
        if hi - lo >= NUMBER_MIN_GAP and hi >= lo * NUMBER_RATIO:
            sides = [_side(by_value[v], v) for v in (hi, lo)]
            out.append(_row(scope, "numbers", f"{unit}: {_n(hi)} against {_n(lo)}", sides, by_value[hi][0]))
    return out


def _n(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else str(v)


def _numbers(reports: list[dict[str, Any]]) -> dict[str, dict[float, list[dict[str, Any]]]]:
    out: dict[str, dict[float, list[dict[str, Any]]]] = {}
    for r in reports:
        if r["fatalities"] is not None:
            out.setdefault("fatalities", {}).setdefault(float(r["fatalities"]), []).append(r)
        for q in json.loads(r["quantities"]):
            # counts of things (drones, missiles, soldiers), not distances or shares
            if q["unit"] and q["qualifier"] == "exact" and category(q["unit"]):
                out.setdefault(q["unit"], {}).setdefault(float(q["value"]), []).append(r)
    return out


def _side(reports: Iterable[dict[str, Any]], value: Any) -> dict[str, Any]:
    reports = list(reports)
    return {"value": value, "claimants": list(dict.fromkeys(r["claimant"] for r in reports)),
            "reports": [_evidence(r) for r in reports]}


def at_place(place_key: str, claims: list[Claim]) -> list[dict[str, Any]]:
    """A capture claimed while another claimant says, within days, that the other side held
    the place (a defence told, a denial): one contradiction per capture claim, with the
    nearest opposing claim."""
    scope = f"place:{place_key}"
    out = []
    claims = sorted(claims, key=lambda c: c.day)
    days = [c.day.toordinal() for c in claims]
    for c in claims:
        if c.kind != "capture":
            continue
        lo = bisect_left(days, c.day.toordinal() - CONTROL_DAYS)
        hi = bisect_right(days, c.day.toordinal() + CONTROL_DAYS)
        rivals = [o for o in claims[lo:hi] if o.holder != c.holder and o.kind in ("defence", "denial", "capture")
                  and abs((o.day - c.day).days) <= CONTROL_DAYS and o.claimant != c.claimant
                  and not (o.kind == "denial" and o.report["cluster_id"] == c.report["cluster_id"])]
        # (a denial of this very event is the event's own contradiction, found in its cluster)
        if not rivals:
            continue
        o = min(rivals, key=lambda o: (abs((o.day - c.day).days), o.report["article_id"]))
        r = c.report
        summary = (f"{r['place']}: held by {country_name(c.holder)} according to {c.claimant}, "
                   f"by {country_name(o.holder)} according to {o.claimant}")
        out.append(_row(scope, "control", summary,
                        [_side([r], country_name(c.holder)), _side([o.report], country_name(o.holder))], r))
    return list({x["contradiction_id"]: x for x in out}.values())


def in_losses(claimant: str, figures: list[dict[str, Any]],
              reports: dict[tuple, dict[str, Any]]) -> list[dict[str, Any]]:
    """A cumulative total lower than the same claimant's earlier one."""
    scope = f"losses:{claimant}"
    out = []
    series: dict[str, list[dict[str, Any]]] = {}
    for f in figures:
        if f["kind"] == "cumulative":
            series.setdefault(f["category"], []).append(f)
    for cat, rows in series.items():
        for prev, x in zip(rows, rows[1:], strict=False):
            if x["flag"] != "decrease":
                continue
            a, b = reports[(prev["article_id"], prev["event_index"])], reports[(x["article_id"], x["event_index"])]
            summary = f"{claimant}: {cat} total fell from {_n(prev['value'])} to {_n(x['value'])}"
            out.append(_row(scope, "loss decrease", summary,
                            [_side([a], prev["value"]), _side([b], x["value"])], b))
    return out
