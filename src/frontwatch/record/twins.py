"""One settlement placed at several points: the same name that reports put a few km apart.

A report that places a village by its bearing from a town ('X, 25 km south of Y') may land it a
few km from where another report put it, each point its own entry of the record. Those entries
are one settlement: its control claims are weighed together, under one key (the entry with the
most reports). Namesakes far apart stay apart.
"""

from __future__ import annotations

from collections.abc import Iterable

from .db import RecordDB
from .knowledge import km

TWIN_KM = 10.0  # two points of the same settlement's name this close (or linked by such steps) are one place

_POINTS = ("SELECT place_key, place, lat, lon, precision, count(*) AS n FROM {table} WHERE {where} "
           "GROUP BY place_key, place, lat, lon, precision")


def twin_groups(db: RecordDB, keys: Iterable[str]) -> list[list[str]]:
    """The settlements among ``keys`` and every entry sharing a name with one of them: groups of
    keys, each with its main key first (the most reported, then the first by key), in key order."""
    keys = set(keys)
    if not keys:
        return []
    names = _names(db, keys)
    points: dict[str, dict] = {}
    if names:
        marks = ",".join("?" * len(names))
        for table in ("record_reports", "record_control_places"):
            for r in db.rows(_POINTS.format(table=table, where=f"place IN ({marks})"), tuple(names)):
                p = points.setdefault(r["place_key"], {**r, "n": 0})
                p["n"] += r["n"]
    parent = {k: k for k in keys | set(points)}

    def root(k: str) -> str:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    placed = sorted(k for k, p in points.items() if p["precision"] == "city" and p["lat"] is not None)
    for i, a in enumerate(placed):
        for b in placed[i + 1:]:
            pa, pb = points[a], points[b]
            if pa["place"] == pb["place"] and km(pa["lat"], pa["lon"], pb["lat"], pb["lon"]) <= TWIN_KM:
                parent[root(a)] = root(b)
    groups: dict[str, list[str]] = {}
    for k in parent:
        groups.setdefault(root(k), []).append(k)
    main = [sorted(g, key=lambda k: (-points.get(k, {"n": 0})["n"], k)) for g in groups.values()]
    return sorted(main, key=lambda g: g[0])


def _names(db: RecordDB, keys: set[str]) -> list[str]:
    """The names the record gives these keys (a key no report holds any more keeps the name of its
    last status rows)."""
    marks = ",".join("?" * len(keys))
    names: set[str] = set()
    for table in ("record_reports", "record_control_places", "record_control"):
        names |= {n for (n,) in db.tuples(f"SELECT DISTINCT place FROM {table} WHERE place_key IN ({marks})",
                                          tuple(keys)) if n}
    return sorted(names)
