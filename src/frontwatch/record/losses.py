"""Loss series per claimant: cumulative totals kept apart from daily figures, by
category, each figure pointing to its report; a total that goes down, or jumps
far past the claimant's previous one, is flagged."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from .knowledge import fold, folded_cues, outlets

LOSS_SUBTYPE = "Loss report"
JUMP_FACTOR = 3.0  # a total more than three times the previous one is a jump worth a look


def category(unit: str | None) -> str | None:
    return outlets()["loss_categories"].get((unit or "").lower())


def counting(evidence: str, language: str | None) -> str:
    """cumulative, daily, or figure (the text does not say which)."""
    text = " " + fold(evidence) + " "
    if any(w in text for w in folded_cues(language, "daily")):
        return "daily"
    if any(w in text for w in folded_cues(language, "cumulative")):
        return "cumulative"
    return "figure"


def figures(reports: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The loss figures reports give (unflagged; see ``flagged``), one per report and category."""
    rows = []
    for r in reports:
        if r["sub_event_type"] != LOSS_SUBTYPE:
            continue
        when = r["date"] if r["date_precision"] == "day" and r["date"] else r["published"]
        if not when:
            continue
        for q in json.loads(r["quantities"]):
            cat = category(q["unit"])
            if cat is None:
                continue
            rows.append({"claimant": r["claimant"], "category": cat,
                         "kind": counting(r["evidence_text"], r["language"]), "date": when[:10],
                         "value": float(q["value"]), "article_id": r["article_id"],
                         "event_index": r["event_index"], "flag": None})
    return list({(x["claimant"], x["category"], x["kind"], x["article_id"], x["event_index"]): x
                 for x in rows}.values())


def flagged(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One claimant's figures in series order, each cumulative total flagged against the one before."""
    rows = sorted(rows, key=lambda x: (x["category"], x["kind"], x["date"], x["article_id"], x["event_index"]))
    last: dict[tuple[str, str], dict[str, Any]] = {}
    for x in rows:
        x["flag"] = None
        if x["kind"] != "cumulative":
            continue
        key = (x["claimant"], x["category"])
        prev = last.get(key)
        if prev and date.fromisoformat(x["date"]) > date.fromisoformat(prev["date"]):
            if x["value"] < prev["value"]:
                x["flag"] = "decrease"
            elif prev["value"] > 0 and x["value"] > prev["value"] * JUMP_FACTOR:
                x["flag"] = "jump"
        last[key] = x
    return rows
