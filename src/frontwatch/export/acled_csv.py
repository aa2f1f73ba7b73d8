"""ACLED-style CSV: ACLED's 31 columns in ACLED's order, one row per event of
an ACLED type (our ``Political developments`` extension is not ACLED's and is
left out)."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import IO

from .. import resources
from ..document import Document, Event


def _inter(actor: str | None, table: list[list[str]]) -> str:
    if not actor:
        return ""
    return next((label for prefix, label in table if actor.startswith(prefix)), "")


def _country(code: str | None) -> tuple[str, str]:
    """(numeric ISO code, English country name) for an alpha-2 code."""
    if not code:
        return "", ""
    import pycountry

    c = pycountry.countries.get(alpha_2=code.upper())
    return (str(int(c.numeric)), c.name) if c else ("", "")


def rows(docs: Iterable[Document]) -> Iterable[dict[str, object]]:
    spec = resources.load_shared("acled_export")
    stamp = int(datetime.now(UTC).timestamp())
    for doc in docs:
        for n, e in enumerate(doc.events, 1):
            if e.event_type not in spec["disorder_type"]:
                continue
            yield _row(doc, n, e, spec, stamp)


def _row(doc: Document, n: int, e: Event, spec: dict, stamp: int) -> dict[str, object]:
    loc = e.location
    iso, country = _country(loc.country_code if loc else None)
    inter1, inter2 = _inter(e.actor1, spec["inter_by_prefix"]), _inter(e.actor2, spec["inter_by_prefix"])
    evidence = doc.text[e.evidence.start:e.evidence.end].replace("\n", " ").strip()
    source = e.claimed_by or doc.outlet or ""
    notes = f"{e.modality}: {evidence}" if e.modality != "asserted" else evidence
    return {
        "event_id_cnty": f"{(loc.country_code or 'XX') if loc else 'XX'}-{doc.id}-{n}",
        "event_date": e.date or "",
        "year": (e.date or "")[:4],
        "time_precision": spec["time_precision"].get(e.date_precision, 3),
        "disorder_type": spec["disorder_type"][e.event_type],
        "event_type": e.event_type,
        "sub_event_type": e.sub_event_type,
        "actor1": e.actor1 or "",
        "assoc_actor_1": "",
        "inter1": inter1,
        "actor2": e.actor2 or "",
        "assoc_actor_2": "",
        "inter2": inter2,
        "interaction": "-".join(x for x in (inter1, inter2) if x),
        "civilian_targeting": "Civilian targeting" if (e.actor2 or "").startswith("Civilians") else "",
        "iso": iso,
        "region": spec["region_by_country"].get((loc.country_code or "").upper(), "") if loc else "",
        "country": country,
        "admin1": (loc.admin1 or "") if loc else "",
        "admin2": "",
        "admin3": "",
        "location": loc.name if loc else "",
        "latitude": loc.lat if loc else "",
        "longitude": loc.lon if loc else "",
        "geo_precision": spec["geo_precision"].get(loc.precision, 3) if loc else "",
        "source": source,
        "source_scale": "",
        "notes": notes,
        "fatalities": e.fatalities or 0,
        "tags": "",
        "timestamp": stamp,
    }


def write(docs: Iterable[Document], out: IO[str]) -> int:
    columns = resources.load_shared("acled_export")["columns"]
    w = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    w.writeheader()
    n = 0
    for row in rows(docs):
        w.writerow(row)
        n += 1
    return n
