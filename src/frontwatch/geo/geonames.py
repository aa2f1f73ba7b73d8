"""Importing GeoNames dump files for full coverage (villages, rivers, raions).

A folder may hold, as downloaded from GeoNames' dump site (plain or zipped):
- country files ``UA.txt``, ``RU.txt`` (or ``allCountries.txt``, ``cities500.txt``):
  the 19-column ``geoname`` table;
- alternate names: ``alternateNamesV2.txt`` / ``alternateNames.txt``, or the
  per-country files (``alternatenames/UA.txt``), told apart from country files
  by their columns;
- ``admin1CodesASCII.txt`` and ``admin2Codes.txt``: names of oblasts and raions.
Entries already in the index (same geonameid) are updated, not duplicated.
"""

from __future__ import annotations

import io
import logging
import sqlite3
import zipfile
from collections.abc import Iterator
from pathlib import Path

from .index import INDEXES, SCHEMA, IndexWriter, alternate_names, strip_admin_word

log = logging.getLogger(__name__)

# alternate-name "languages" that are not names
_NOT_NAMES = {"link", "post", "iata", "icao", "faac", "fr_1793", "abbr", "wkdt", "unlc", "tcid", "phon", "piny"}


def precision_of(fclass: str, fcode: str) -> str:
    if fclass == "A":
        if fcode.startswith("PCL"):
            return "country"
        if fcode == "ADM1":
            return "admin1"
        if fcode == "ADM2":
            return "admin2"
        return "feature"
    if fclass == "P":
        return "city"
    return "feature"


def _lines(path: Path) -> Iterator[str]:
    if path.suffix == ".zip":
        with zipfile.ZipFile(path) as z:
            for member in z.namelist():
                if member.endswith(".txt") and not member.lower().startswith("readme"):
                    with z.open(member) as f:
                        yield from io.TextIOWrapper(f, encoding="utf-8")
        return
    with open(path, encoding="utf-8") as f:
        yield from f


def _rows(path: Path) -> Iterator[list[str]]:
    for line in _lines(path):
        if line.startswith("#") or not line.strip():
            continue
        yield line.rstrip("\n").split("\t")


def _sniff(path: Path) -> str:
    """What a dump file holds: geoname, altnames, admin1, admin2 or unknown."""
    low = path.name.lower()
    if low.startswith("admin1codes"):
        return "admin1"
    if low.startswith("admin2codes"):
        return "admin2"
    if low.startswith(("readme", "countryinfo", "featurecodes", "timezones", "iso-languagecodes", "hierarchy")):
        return "unknown"
    for row in _rows(path):
        if len(row) >= 19 and row[0].isdigit():
            return "geoname"
        if 4 <= len(row) <= 10 and row[0].isdigit() and row[1].isdigit():
            return "altnames"
        return "unknown"
    return "unknown"


def import_into(index_path: Path, folder: Path) -> dict[str, int]:
    """Import every GeoNames file found in ``folder`` (and its sub-folders)."""
    files = sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix in (".txt", ".zip"))
    kinds: dict[str, list[Path]] = {}
    for p in files:
        kinds.setdefault(_sniff(p), []).append(p)
    con = sqlite3.connect(str(index_path))
    con.executescript(SCHEMA)
    con.executescript(INDEXES)
    w = IndexWriter(con)
    by_gid = {gid: pid for gid, pid in con.execute("SELECT geonameid, pid FROM places WHERE geonameid IS NOT NULL")}
    stats = {"places_added": 0, "places_updated": 0, "alternate_names": 0, "admin_codes": 0}
    admin_names: dict[str, tuple[str, int | None]] = {}
    for p in kinds.get("admin1", []) + kinds.get("admin2", []):
        for row in _rows(p):
            if len(row) >= 3:
                gid = int(row[3]) if len(row) > 3 and row[3].isdigit() else None
                admin_names[row[0]] = (row[2] or row[1], gid)
    for p in kinds.get("geoname", []):
        for row in _rows(p):
            _import_row(w, row, by_gid, admin_names, stats)
    for p in kinds.get("altnames", []):
        for row in _rows(p):
            if len(row) < 4 or not row[1].isdigit():
                continue
            lang = row[2] or None
            pid = by_gid.get(int(row[1]))
            if pid is None or lang in _NOT_NAMES:
                continue
            w.add_names(pid, [row[3]], main=False, lang=lang)
            stats["alternate_names"] += 1
    # admin codes: English names for Place.admin1, also where the geoname rows were absent
    for code, (name, gid) in admin_names.items():
        pid = by_gid.get(gid) if gid else None
        con.execute("INSERT OR REPLACE INTO admins VALUES (?,?,?)", (code, name, pid))
        if pid is not None:
            con.execute("UPDATE places SET name = ? WHERE pid = ? AND source != 'curated'", (name, pid))
            w.add_names(pid, [name], main=True)
            stem = strip_admin_word(name)
            if stem != name:
                w.add_names(pid, [stem], main=False, lang="stem")
        stats["admin_codes"] += 1
    w.flush()
    con.commit()
    con.close()
    log.info("GeoNames import from %s: %s", folder, stats)
    return stats


def _import_row(w: IndexWriter, row: list[str], by_gid: dict[int, int],
                admin_names: dict[str, tuple[str, int | None]], stats: dict[str, int]) -> None:
    gid = int(row[0])
    name, ascii_name, alternates = row[1], row[2], row[3]
    lat, lon, fclass, fcode, cc = float(row[4]), float(row[5]), row[6], row[7], row[8]
    admin1 = f"{cc}.{row[10]}" if row[10] else None
    admin2 = f"{cc}.{row[10]}.{row[11]}" if row[10] and row[11] else None
    population = int(row[14] or 0)
    precision = precision_of(fclass, fcode)
    if precision in ("admin1", "admin2"):
        code = admin1 if precision == "admin1" else admin2
        if code in admin_names:
            name = admin_names[code][0]
    pid = by_gid.get(gid)
    if pid is None:
        pid = w.add_place(name=name, lat=lat, lon=lon, precision=precision, geonameid=gid, cc=cc, admin1=admin1,
                          admin2=admin2, fcode=fcode, population=population, source="geonames")
        by_gid[gid] = pid
        stats["places_added"] += 1
    else:
        # GeoNames' own point and codes replace what the packaged data had or estimated
        w.con.execute(
            "UPDATE places SET lat=?, lon=?, admin1=COALESCE(?, admin1), admin2=COALESCE(?, admin2), fcode=?,"
            " population=MAX(population, ?) WHERE pid=? AND source != 'curated'",
            (lat, lon, admin1, admin2, fcode, population, pid))
        stats["places_updated"] += 1
    w.add_names(pid, {name, ascii_name}, main=True)
    w.add_names(pid, alternate_names(alternates.split(",")), main=False)
