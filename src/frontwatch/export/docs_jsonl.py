"""The docs-jsonl export: one JSON object per article, exactly per FORMAT.md.

Fields beyond the contract (title, url, content_hash, metonym, qid, trigger…)
are allowed by the format and kept for users.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict
from typing import IO, Any

from ..document import Document, Event, Place


def place_dict(p: Place | None) -> dict[str, Any] | None:
    if p is None:
        return None
    return {"name": p.name, "lat": p.lat, "lon": p.lon, "country_code": p.country_code, "admin1": p.admin1,
            "geonameid": p.geonameid, "precision": p.precision}


def event_dict(e: Event) -> dict[str, Any]:
    return {
        "event_type": e.event_type, "sub_event_type": e.sub_event_type,
        "date": e.date, "date_precision": e.date_precision,
        "actor1": e.actor1, "actor2": e.actor2,
        "location": place_dict(e.location),
        "fatalities": e.fatalities,
        "quantities": [{"value": q.value, "unit": q.unit, "qualifier": q.qualifier} for q in e.quantities],
        "claimed_by": e.claimed_by, "modality": e.modality, "control": e.control,
        "evidence": {"start": e.evidence.start, "end": e.evidence.end},
        "trigger": {"start": e.trigger.start, "end": e.trigger.end} if e.trigger else None,
    }


def document_dict(doc: Document) -> dict[str, Any]:
    return {
        "id": doc.id,
        "language": doc.language,
        "published": doc.published,
        "title": doc.title, "url": doc.url, "outlet": doc.outlet,
        "content_hash": doc.content_hash,
        "entities": [
            {"start": e.start, "end": e.end, "text": e.text, "label": e.label, "canonical": e.canonical,
             "metonym": e.metonym, "qid": e.qid}
            for e in doc.entities
        ],
        "toponyms": [
            {"start": t.start, "end": t.end, "text": t.text, **place_dict(t.place), "relation": t.relation}
            for t in doc.toponyms
        ],
        "events": [event_dict(e) for e in doc.events],
        "warnings": doc.warnings,
        "noise": [asdict(n) for n in doc.noise],
    }


def write(docs: Iterable[Document], out: IO[str]) -> int:
    n = 0
    for doc in docs:
        out.write(json.dumps(document_dict(doc), ensure_ascii=False) + "\n")
        n += 1
    return n
