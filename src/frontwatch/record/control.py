"""Who holds a place, day by day, and on whose word.

Every control claim at a place is kept (the timeline); the derived status
starts from who held the place before the war (its baseline, general
knowledge) and weighs its claimants: a side's claim of its own gain shows the
place as only 'claimed'; the other side's concession, an independent
assessment or both sides make it 'confirmed'; a hedged claim alone moves
nothing. A told defence ('repelled assaults on X') or hold ('still holds X')
is a claim that the defender still holds X, and a denial of a capture the
denier's claim that it holds part of it; none of them ends a contest. Opposing
claims of weight within days of each other, or a clash fought in the place
told twice, make the place contested. A status holds until a later claim
changes it. A verb that tells who held the place until then ('retook X',
'captured X') shows that holder from the day before when the record did not
(unless the same change was told within days, or the place lay on the far side
of a line of contact fixed before the war, held by the side that now claims it:
a capture told there restates that hold, it does not show the place lost). A completed withdrawal from a
whole region speaks for every settlement of it the leaving side held or fought
for. The claims under a status are listed with it, never hidden.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from .control_fields import CONTESTED, DOUBTED
from .knowledge import INDEPENDENT, country_name, fold, prewar, prewar_holder, side_of_holder

WINDOW_DAYS = 3  # claims this close together are weighed together
# what it takes to show a new holder: one side's own unhedged claim shows it as 'claimed'; a
# concession, an assessment or both sides make it 'confirmed'; a hedged claim alone moves nothing
CHANGE_WEIGHT = 0.5
CONTEST_WEIGHT = 0.5  # two sides each claiming the place this strongly within the window contest it
FIGHTING_WEIGHT = 0.5  # a clash told in the place itself (not near it, not towards it)
FIGHTING_NEEDED = 1.0  # two such reports within the window make a place no side is claiming contested
HOLDING_KINDS = ("holding", "defence", "denial")  # claims that a side still holds a place: no change of hands told


@dataclass
class Claim:
    day: date
    holder: str  # a side code: RU, UA, …
    extent: str
    weight: float
    claimant: str
    claimant_side: str | None
    kind: str  # capture, holding ('still holds X'), defence ('repelled assaults on X'), denial, fighting
    report: dict[str, Any]
    prior: str | None = None  # the side its verb says held the place until then ('recaptured X': the enemy)


def claim_weight(holder: str, claimant_side: str | None, modality: str) -> float:
    if claimant_side == INDEPENDENT:
        w = 1.0
    elif claimant_side is None:
        w = 0.5
    elif claimant_side == holder:
        w = 0.5  # a side's own gain
    else:
        w = 1.0  # the other side concedes it
    return w * (0.5 if modality == "alleged" else 1.0)


def _day(r: dict[str, Any]) -> date | None:
    value = r["date"] if r["date_precision"] == "day" and r["date"] else r["published"]
    try:
        return date.fromisoformat((value or "")[:10])
    except ValueError:
        return None


def region_claim(r: dict[str, Any]) -> bool:
    """A side's withdrawal from a whole region, named as such ('Russian forces withdrew from X
    Oblast'): it speaks for every settlement of the region that side held or fought for."""
    return (r.get("precision") == "admin1" and r.get("control_verb") == "leave" and r.get("control_use") == "control"
            and bool(r.get("admin1")) and fold(r.get("place")) == fold(r.get("admin1")))


def claims_of(reports: list[dict[str, Any]], region: bool = False) -> list[Claim]:
    """The control claims a place's reports make, in date order (``region``: the claims of
    withdrawals from the place's whole region, which count only where the leaving side held it)."""
    out = []
    for r in reports:
        d = _day(r)
        if d is None:
            continue
        if r["control_use"] in ("control", "holding", DOUBTED) and r["control_holder"]:
            holder = side_of_holder(r["control_holder"])
            if holder is None:
                continue
            kind, extent = ("holding" if r["control_use"] == "holding" else "capture"), r["control_extent"] or "full"
            # a claim its own sentence doubts ('but ISW cannot confirm it') is hedged, whatever the reader said
            modality = "alleged" if r["control_use"] == DOUBTED else r["modality"]
            if r["modality"] == "denied":  # «Kyiv denies the town fell»: the denier still holds some of it
                holder, kind, extent = _other(holder), "denial", "partial"
                if holder is None:
                    continue
            prior = side_of_holder(r.get("control_prior")) if kind == "capture" else None
            if region:
                if prior is None:
                    continue
                kind, extent = "region", "full"
            out.append(Claim(d, holder, extent,
                             claim_weight(holder, r["claimant_side"], modality),
                             r["claimant"], r["claimant_side"], kind, r, prior))
        elif r.get("held_by") == CONTESTED:  # fighting in the place itself
            out.append(Claim(d, CONTESTED, "partial", FIGHTING_WEIGHT, r["claimant"], r["claimant_side"],
                             "fighting", r))
        elif r.get("held_by"):
            holder = side_of_holder(r["held_by"])
            if holder:
                out.append(Claim(d, holder, "full", claim_weight(holder, r["claimant_side"], r["modality"]),
                                 r["claimant"], r["claimant_side"], "defence", r))
    return sorted(out, key=lambda c: (c.day, c.report["article_id"], c.report["event_index"]))


def _other(side: str) -> str | None:
    return {"RU": "UA", "UA": "RU"}.get(side)


BASELINE = "baseline"  # the basis of a status known before any claim: who held the place before the war


def holds_status(report: dict[str, Any]) -> bool:
    """A place has a day-by-day holder when it is a settlement with its own point: a region, a
    river or a name the gazetteer could only place at its oblast's centre is not held that way."""
    return report.get("precision") == "city" and report.get("lat") is not None


def baseline(report: dict[str, Any]) -> dict[str, Any] | None:
    """The status a place had on the eve of the invasion (general knowledge, data/prewar_control.json)."""
    side = prewar_holder(report.get("country_code"), report.get("admin1"), report.get("lat"), report.get("lon"))
    if side is None:
        return None
    own = prewar()["countries"].get(report.get("country_code") or "")  # the country's own side
    return {"from": prewar()["as_of"], "holder": country_name(side) or side, "extent": "full", "basis": BASELINE,
            "claimants": "", "reports": 0, "across_line": side != own}


def derive(claims: list[Claim], start: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    """One status row per change: {from, holder, extent, basis, claimants, reports}, from the
    place's prior status (its baseline) when one is known."""
    rows: list[dict[str, Any]] = [start] if start else []
    current: tuple[str, str, str] | None = (start["holder"], start["extent"], start["basis"]) if start else None
    claims = sorted(claims, key=lambda c: c.day)
    first = last = 0  # claims[first:last] are those within the window before day d
    for d in sorted({c.day for c in claims}):
        while last < len(claims) and claims[last].day <= d:
            last += 1
        while claims[first].day < d - timedelta(days=WINDOW_DAYS):
            first += 1
        recent = [c for c in claims[first:last] if c.kind != "region" or _left(c, current)]
        if not recent:
            continue
        weight: dict[str, float] = {}
        for c in recent:
            weight[c.holder] = weight.get(c.holder, 0.0) + c.weight
        status = _status(weight, recent, current)
        if status is None:
            continue
        now = (status["holder"], status["extent"], status["basis"])
        # 'retook X': X was the other side's until then, though no claim said so
        told = _prior_told(recent, status, current)
        eve = (d - timedelta(days=1)).isoformat()
        since = date.fromisoformat(rows[-1]["from"]) if rows else None
        if current and current[0] == status["holder"] and since and (d - since).days <= WINDOW_DAYS:
            told = None  # the same change of hands told again within days: not lost and retaken
        if current and current[2] == BASELINE and current[0] == status["holder"] and start and start.get("across_line"):
            told = None  # a hold across a line fixed before the war: a capture told there restates it
        if told is not None and (not rows or rows[-1]["from"] < eve):
            rows.append({"from": eve, **told})
        elif current and now[:2] == current[:2] and (now[2] == current[2] or current[2] in ("confirmed", BASELINE)):
            continue  # nothing new: a confirmed status is not lowered by a quieter week
        current = now
        rows.append({"from": d.isoformat(), **status})
    return rows


def _left(c: Claim, current: tuple[str, str, str] | None) -> bool:
    """Whether a withdrawal from the whole region speaks for this place: the leaving side held it
    or fought for it."""
    return current is not None and current[0] in (country_name(c.prior), CONTESTED)


def _prior_told(recent: list[Claim], status: dict[str, Any],
                current: tuple[str, str, str] | None) -> dict[str, Any] | None:
    """The holder a new status's own verbs say held the place until then ('Ukrainian forces
    recaptured X', 'Russian forces withdrew from X'), when the record did not show it: that
    holder from the day before, on the same claims' word."""
    mine = [c for c in recent if country_name(c.holder) == status["holder"] and c.prior]
    priors = {c.prior for c in mine}
    if len(priors) != 1 or status["holder"] == CONTESTED:
        return None
    prior = country_name(priors.pop())
    if current is not None and current[0] in (prior, CONTESTED):
        return None  # the record shows the prior holder already, or a fight for the place
    return _row(prior or "", "partial", status["basis"], mine)  # it held the place, how much of it untold


def _status(weight: dict[str, float], recent: list[Claim],
            current: tuple[str, str, str] | None) -> dict[str, Any] | None:
    fighting = weight.get(CONTESTED, 0.0)
    ranked = sorted(((h, w) for h, w in weight.items() if h != CONTESTED), key=lambda kv: -kv[1]) or [("", 0.0)]
    top, w = ranked[0]
    rival = ranked[1][1] if len(ranked) > 1 else 0.0
    if rival >= CONTEST_WEIGHT and w >= CONTEST_WEIGHT:
        return _row(CONTESTED, "partial", "contested", [c for c in recent if c.holder != CONTESTED])
    mine = [c for c in recent if c.holder == top]
    if current is not None and current[0] == CONTESTED and all(c.kind in HOLDING_KINDS for c in mine):
        return None  # that the defender still holds a contested place does not end the fight for it
    needed = CHANGE_WEIGHT
    if current is not None and current[0] == country_name(top):
        needed = 0.0  # the same holder: only its extent may change
    if w < needed or not top:
        if fighting >= FIGHTING_NEEDED and (current is None or current[0] != CONTESTED):
            return _row(CONTESTED, "partial", "contested", [c for c in recent if c.holder == CONTESTED])
        return None
    partial = sum(c.weight for c in mine if c.extent == "partial") > w / 2 or fighting >= FIGHTING_NEEDED
    extent = "partial" if partial else "full"
    basis = "confirmed" if _confirmed(top, {c.claimant_side for c in mine}) else "claimed"
    return _row(country_name(top) or top, extent, basis, mine)


def _confirmed(holder: str, sides: set[str | None]) -> bool:
    """An independent assessment, both sides agreeing, or the other side conceding it."""
    return INDEPENDENT in sides or {"RU", "UA"} <= sides or any(s and s != holder for s in sides)


def _row(holder: str, extent: str, basis: str, claims: list[Claim]) -> dict[str, Any]:
    return {"holder": holder, "extent": extent, "basis": basis,
            "claimants": ";".join(dict.fromkeys(c.claimant for c in claims)), "reports": len(claims)}
