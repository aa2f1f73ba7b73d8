"""The time and quantities stages on the real dev articles (read from
../shared, never copied): are the dates and quantities of the gold events
within reach of the layers these stages write?

Date: a gold event's date counts as covered when a timex in or near its
evidence (the evidence span widened by 300 characters before it, where the
time of a narrated event is often set) resolves within the scorer's tolerance
for the gold precision — the timex's value, or its end_value for periods and
intervals — or, with no timex there, the publication date does.
Quantity: covered when a Quantity with the gold value and unit lies inside
the evidence span (qualifier checked separately).
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from frontwatch.document import Document
from frontwatch.stages.quantities import Quantities
from frontwatch.stages.timex import Time

DEV = Path(__file__).parents[2] / "shared" / "corpus" / "dev"
TOLERANCE_DAYS = {"day": 1, "week": 7, "month": 31, "year": 366}
LOOKBACK = 300

pytestmark = pytest.mark.skipif(not (DEV / "gold.jsonl").exists(), reason="dev corpus not available")


def _articles():
    meta = {}
    for line in (DEV / "meta.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            m = json.loads(line)
            meta[m["id"]] = m
    for line in (DEV / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        gold = json.loads(line)
        text = (DEV / f"{gold['id']}.txt").read_text(encoding="utf-8")
        doc = Document(
            id=gold["id"], text=text, published=meta.get(gold["id"], {}).get("published"), language=gold["language"]
        )
        Time()(doc)
        Quantities()(doc)
        yield doc, gold


def _close(a: str | None, b: str, precision: str) -> bool:
    if a is None:
        return False
    return abs((date.fromisoformat(a) - date.fromisoformat(b)).days) <= TOLERANCE_DAYS.get(precision, 1)


def coverage() -> dict[str, tuple[int, int]]:
    dates = [0, 0]
    quantities = [0, 0]
    qualifiers = [0, 0]
    misses: list[str] = []
    for doc, gold in _articles():
        for ev in gold["events"]:
            s, e = ev["evidence"]["start"], ev["evidence"]["end"]
            if ev.get("date"):
                dates[1] += 1
                near = [t for t in doc.timexes if t.end > s - LOOKBACK and t.start < e]
                inside = [t for t in near if t.start >= s]
                pool = inside or near
                ok = any(
                    _close(t.value, ev["date"], ev["date_precision"])
                    or _close(t.end_value, ev["date"], ev["date_precision"])
                    for t in pool
                ) or (not inside and _close(doc.published, ev["date"], ev["date_precision"]))
                dates[0] += ok
                if not ok:
                    misses.append(f"date {doc.id} {ev['date']} {[t.text for t in pool]}")
            for q in ev.get("quantities") or []:
                quantities[1] += 1
                qualifiers[1] += 1
                found = [
                    x
                    for x in doc.quantities
                    if s <= x.start
                    and x.end <= e
                    and x.value == float(q["value"])
                    and (x.unit or "") == (q.get("unit") or "")
                ]
                quantities[0] += bool(found)
                qualifiers[0] += any(x.qualifier == q.get("qualifier", "exact") for x in found)
                if not found:
                    misses.append(f"quantity {doc.id} {q}")
    return {
        "dates": tuple(dates),
        "quantities": tuple(quantities),
        "qualifiers": tuple(qualifiers),
        "misses": misses,  # type: ignore[dict-item]
    }


def test_offsets_point_at_mentions():
    for doc, _ in _articles():
        for t in doc.timexes:
            assert doc.text[t.start : t.end] == t.text
        for q in doc.quantities:
            assert doc.text[q.start : q.end] == q.text


def test_dev_coverage():
    c = coverage()
    print("dev coverage:", {k: v for k, v in c.items() if k != "misses"}, c["misses"])
    for key, floor in (("dates", 0.9), ("quantities", 0.9), ("qualifiers", 0.85)):
        hit, total = c[key]
        assert total and hit / total >= floor, (key, c)


if __name__ == "__main__":
    print(coverage())
