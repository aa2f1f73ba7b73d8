"""The record's exports, exactly as "The record" of FORMAT.md says:
control-status-csv, control-claims-csv, events-geojson (RFC 7946), clusters-jsonl."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from typing import IO, Any

from ..store import Store
from .db import RecordDB
from .query import control_status, event_from_row

STATUS_COLUMNS = ["place", "geonameid", "lat", "lon", "country_code", "admin1", "from", "holder", "extent", "basis",
                  "claimants", "reports"]
CLAIM_COLUMNS = ["place", "geonameid", "lat", "lon", "date", "holder", "extent", "claimed_by", "modality", "outlet",
                 "article_id", "published", "evidence_start", "evidence_end", "cluster_id",
                 "prior_holder", "use"]  # beyond FORMAT: who held it before (as its verb tells), and why it counts


def control_status_csv(store: Store, out: IO[str]) -> int:
    w = csv.DictWriter(out, fieldnames=STATUS_COLUMNS, extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    rows = control_status(store)
    for r in rows:
        w.writerow(r | {"claimants": ";".join(r["claimants"])})
    return len(rows)


def control_claims_csv(store: Store, out: IO[str]) -> int:
    """Every event with a control object, never merged, in date order."""
    db = RecordDB(store)
    rows = db.rows("SELECT * FROM record_reports WHERE control_holder IS NOT NULL "
                   "ORDER BY coalesce(date, published), article_id, event_index")
    w = csv.DictWriter(out, fieldnames=CLAIM_COLUMNS, extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    for r in rows:
        w.writerow(r | {"holder": r["control_holder"], "extent": r["control_extent"] or "full",
                        "date": r["date"] or r["published"], "prior_holder": r.get("control_prior"),
                        "use": r["control_use"]})
    return len(rows)


def _reports_of(db: RecordDB) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for r in db.rows("SELECT * FROM record_reports WHERE cluster_id IS NOT NULL "
                     "ORDER BY published, article_id, event_index"):
        out.setdefault(r["cluster_id"], []).append(r)
    return out


def events_geojson(store: Store, out: IO[str]) -> int:
    """A FeatureCollection: one Point Feature ([lon, lat], WGS84) per located cluster."""
    db = RecordDB(store)
    reports = _reports_of(db)
    features = []
    for c in db.rows("SELECT * FROM record_clusters WHERE lat IS NOT NULL ORDER BY sort_date, cluster_id"):
        e = event_from_row(c)
        props = {k: e[k] for k in ("cluster_id", "event_type", "sub_event_type", "date", "date_precision", "actor1",
                                   "actor2", "place", "fatalities", "claimed_by", "modality", "outlets")}
        props["precision"] = c["precision"]
        props["reports"] = [{"article_id": r["article_id"], "outlet": r["outlet"], "published": r["published"],
                             "evidence": {"start": r["evidence_start"], "end": r["evidence_end"],
                                          "text": r["evidence_text"]}} for r in reports.get(c["cluster_id"], [])]
        features.append({"type": "Feature", "id": c["cluster_id"],
                          "geometry": {"type": "Point", "coordinates": [round(c["lon"], 6), round(c["lat"], 6)]},
                          "properties": props})
    json.dump({"type": "FeatureCollection", "features": features}, out, ensure_ascii=False)
    out.write("\n")
    return len(features)


def clusters_jsonl(store: Store, out: IO[str]) -> int:
    """One object per real-world event: the merged Event fields, its reports, outlets,
    first report, disagreements."""
    db = RecordDB(store)
    reports = _reports_of(db)
    n = 0
    for c in db.rows("SELECT * FROM record_clusters ORDER BY sort_date, cluster_id"):
        data = json.loads(c["data"])
        obj = {"cluster_id": c["cluster_id"], **data["merged"],
               "reports": [{"article_id": r["article_id"], "event_index": r["event_index"], "outlet": r["outlet"],
                            "published": r["published"], "claimed_by": r["claimed_by"], "modality": r["modality"]}
                           for r in reports.get(c["cluster_id"], [])],
               "outlets": c["outlets"], "first_reported": c["first_reported"],
               "disagreements": data["disagreements"]}
        out.write(json.dumps(obj, ensure_ascii=False) + "\n")
        n += 1
    return n


# format name → (writer, what it counts)
FORMATS: dict[str, tuple[Callable[[Store, IO[str]], int], str]] = {
    "control-status-csv": (control_status_csv, "status changes"),
    "control-claims-csv": (control_claims_csv, "control claims"),
    "events-geojson": (events_geojson, "events"),
    "clusters-jsonl": (clusters_jsonl, "clusters"),
}
