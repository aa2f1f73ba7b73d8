"""One stored event → one report: the claims ledger's row.

A report is everything the record needs from an event without going back to
the article: who claims it, how firmly, in which outlet, when it was claimed
and the days it may refer to, where, and the evidence sentence. Its plain
columns come from ``report_fields``, its control columns from ``control_fields``;
this module puts them together, and names the further places of a claimed list.
"""

from __future__ import annotations

import json
import re
from typing import Any

from ..document import Document, Event, Place
from .cluster import report_family
from .control_fields import CLAIM_USES, control_columns, control_use, verb_governs
from .knowledge import claimant_side, fold, folded_cues, outlet_named
from .mentions import list_of, mention, sentence_of
from .place_roles import ASTRAY, is_astray, is_reference, may_be_its_region, place_role
from .report_fields import cell, family, place_key, stated_date, window


def _cited(doc: Document, ev: Event, evidence: str) -> str | None:
    """The outlet a report repeats: its claimant when that is an outlet, else an outlet its
    sentence cites («riporta la Cnn», "according to Reuters"); an outlet merely named ("a CNN
    crew was hurt") is not cited. Never the article's own outlet."""
    own = outlet_named(doc.outlet) if doc.outlet else None
    cited = outlet_named(ev.claimed_by)
    if cited and cited != own:
        return cited
    cited = outlet_named(evidence)
    text = " " + fold(evidence) + " "
    if cited and cited != own and any(c in text for c in folded_cues(doc.language_at(ev.evidence.start), "citing")):
        return cited
    return None


def report_rows(doc: Document) -> list[dict[str, Any]]:
    """An article's reports: one row of ``record_reports`` per event, in the events' order."""
    rows = []
    for n, ev in enumerate(doc.events):
        evidence = doc.text[ev.evidence.start:ev.evidence.end]
        loc = ev.location
        lo, hi = window(stated_date(doc, ev), ev.date_precision, doc.published)
        cites = _cited(doc, ev, evidence)
        role = place_role(doc, ev)
        own = doc.outlet or f"article {doc.id}"
        rows.append({
            "article_id": doc.id, "event_index": n, "cluster_id": None,
            "outlet": doc.outlet, "source": cites or outlet_named(own) or own, "cites": cites,
            "published": doc.published, "language": doc.language,
            "event_type": ev.event_type, "sub_event_type": ev.sub_event_type,
            "family": report_family(family(ev.event_type, ev.sub_event_type), _one_line(evidence), doc.language),
            "date": ev.date, "date_precision": ev.date_precision, "date_lo": lo, "date_hi": hi,
            "actor1": ev.actor1, "actor2": ev.actor2,
            **_place_columns(loc),
            "place_role": role,
            "cell": cell(loc.lat, loc.lon) if loc else None,
            "fatalities": ev.fatalities,
            "quantities": json.dumps([{"value": q.value, "unit": q.unit, "qualifier": q.qualifier}
                                      for q in ev.quantities]),
            "claimed_by": ev.claimed_by,
            "claimant": ev.claimed_by or doc.outlet or "(unattributed)",
            "claimant_side": claimant_side(ev.claimed_by, doc.outlet),
            "modality": ev.modality,
            **control_columns(doc, ev, role),
            "evidence_start": ev.evidence.start, "evidence_end": ev.evidence.end,
            "evidence_text": _one_line(evidence),
        })
    return rows


def control_place_rows(doc: Document) -> list[dict[str, Any]]:
    """The further places each control claim of an article gives to a side: the other settlements
    of the list its verb governs ('Russian forces captured A, B, and C' claims B and C too), each
    named as itself (not a reference point, not a region)."""
    rows: list[dict[str, Any]] = []
    for n, ev in enumerate(doc.events):
        use = control_use(doc, ev)
        if use not in CLAIM_USES or (use == ASTRAY and not verb_governs(doc, ev)):
            continue  # a list's verb claims each of its settlements, though one of them is a namesake astray
        t = mention(doc, ev)
        lang = doc.language_at(t.start)
        sent = sentence_of(doc, t, ev)
        seen = {place_key(ev.location)}
        for m in list_of(doc, t, sent):
            p, key = m.place, place_key(m.place)
            if key in seen or m.holds or p.precision != "city" or p.lat is None:
                continue
            if is_reference(doc, m, lang, sent) or may_be_its_region(doc, m, lang, sent) or \
                    is_astray(doc, m, lang, sent):
                continue
            seen.add(key)
            rows.append({"article_id": doc.id, "event_index": n, "place_key": key, "place": p.name,
                         "geonameid": p.geonameid, "lat": p.lat, "lon": p.lon, "country_code": p.country_code,
                         "admin1": p.admin1, "precision": p.precision})
    return rows


def _place_columns(loc: Place | None) -> dict[str, Any]:
    """The columns that name and locate a report's place (all None when it has none)."""
    return {
        "place": loc.name if loc else None, "place_key": place_key(loc),
        "geonameid": loc.geonameid if loc else None, "lat": loc.lat if loc else None,
        "lon": loc.lon if loc else None, "country_code": loc.country_code if loc else None,
        "admin1": loc.admin1 if loc else None, "precision": loc.precision if loc else None,
    }


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()
