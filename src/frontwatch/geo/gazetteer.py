"""Looking names up in the local index.

``get_gazetteer()`` opens (building on first use) the index for the installed
data; ``Gazetteer.candidates(name)`` lists every entry a name may point to,
with how it matched: the entry's own name (``main``), an alternate name
(``alt``) or only the looser transliteration key (``translit``).
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .. import resources
from ..document import Place
from . import index
from .fold import plain_key, translit_key

log = logging.getLogger(__name__)

MATCH_ORDER = {"main": 0, "alt": 1, "translit": 2}


@dataclass(frozen=True)
class Candidate:
    pid: int
    geonameid: int | None
    name: str
    lat: float
    lon: float
    cc: str | None
    admin1: str | None  # GeoNames admin1 code ("UA.07")
    admin2: str | None
    precision: str
    fcode: str | None
    population: int
    source: str
    finder: bool
    match: str  # main, alt, translit


@cache
def _romanised() -> frozenset[str]:
    return frozenset(resources.load_shared("romanised")["countries"])


_COLUMNS = "p.pid, p.geonameid, p.name, p.lat, p.lon, p.cc, p.admin1, p.admin2, p.precision, p.fcode, " \
           "p.population, p.source, p.finder"


class Gazetteer:
    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
        self._lock = threading.Lock()
        self.admin_names = dict(self.con.execute("SELECT code, name FROM admins"))
        self._cache: dict[tuple[str, bool, bool], list[Candidate]] = {}
        # name -> its plain key: the places stage asks for the same names many times an article
        # (kept here, not on geo.fold, whose source is part of the index's hash)
        self._keys: dict[str, str] = {}
        self._entries: dict[tuple[str, str], Candidate | None] = {}

    def candidates(self, name: str, loose: bool = True, demonyms: bool = False) -> list[Candidate]:
        """Every entry ``name`` may mean, best match kind first (deduplicated by entry).
        ``demonyms``: also "Russian" → Russia (benchmarks count them; our stage does not).
        Country codes ("USA", "UK") match only when written in capitals («Per» is not Peru)."""
        key = self._keys.get(name)
        if key is None:
            if len(self._keys) > 50_000:
                self._keys.clear()
            key = self._keys[name] = plain_key(name)
        cached = self._cache.get((key, loose, demonyms))
        if cached is not None:
            return cached
        rows: list[tuple] = []
        with self._lock:
            # a stem cut from a region's name ("Kupiansk" of Kupiansk Raion) ranks as a loose match:
            # the town is meant unless the text says «distretto di»
            rows += [(*r, "main" if m else "translit" if lang == "stem" else "alt") for *r, m, lang in self.con.execute(
                f"SELECT {_COLUMNS}, n.main, n.lang FROM names n JOIN places p ON p.pid = n.pid WHERE n.key = ?",
                (key,)) if (demonyms or lang != "demonym") and (lang != "code" or name.isupper())]
            if loose:
                # the loose key merges romanisations, so only where names are romanised («Kupyansk»)
                rows += [(*r, "translit") for *r, lang in self.con.execute(
                    f"SELECT {_COLUMNS}, n.lang FROM names n JOIN places p ON p.pid = n.pid WHERE n.tkey = ?",
                    (translit_key(name),)) if lang not in ("demonym", "code") and r[5] in _romanised()]
        best: dict[int, Candidate] = {}
        for r in rows:
            c = Candidate(*r[:12], bool(r[12]), r[13])
            old = best.get(c.pid)
            if old is None or MATCH_ORDER[c.match] < MATCH_ORDER[old.match]:
                best[c.pid] = c
        out = sorted(best.values(), key=lambda c: (MATCH_ORDER[c.match], -c.population))
        if len(self._cache) > 50_000:
            self._cache.clear()
        self._cache[(key, loose, demonyms)] = out
        return out

    def is_stem(self, name: str, pid: int) -> bool:
        """True when ``name`` reaches entry ``pid`` only as a region's stem ("Kupiansk" of
        Kupiansk Raion), not as one of its names."""
        with self._lock:
            rows = self.con.execute("SELECT lang FROM names WHERE key = ? AND pid = ?",
                                    (plain_key(name), pid)).fetchall()
        return bool(rows) and all(lang == "stem" for (lang,) in rows)

    def has_name(self, name: str) -> bool:
        with self._lock:
            return self.con.execute("SELECT 1 FROM names WHERE key = ? LIMIT 1", (plain_key(name),)).fetchone() \
                is not None

    def admin_entry(self, code: str | None) -> Candidate | None:
        """The entry of a first- or second-level region by its code ("UA.07")."""
        return self._entry("FROM admins a JOIN places p ON p.pid = a.pid WHERE a.code = ?", code)

    def country_entry(self, cc: str | None) -> Candidate | None:
        return self._entry("FROM places p WHERE p.precision = 'country' AND p.cc = ? "
                           "ORDER BY p.population DESC LIMIT 1", cc)

    def _entry(self, query: str, key: str | None) -> Candidate | None:
        """The first place ``query`` (its FROM clause onwards) finds for ``key``, as a main-name candidate."""
        if not key:
            return None
        # the index is read-only and a country's entry is asked for every article (a scan of
        # the places table each time: tens of milliseconds): each answer is kept
        cached = self._entries.get((query, key), self._entries)
        if cached is not self._entries:
            return cached
        with self._lock:
            row = self.con.execute(f"SELECT {_COLUMNS} {query}", (key,)).fetchone()
        out = Candidate(*row[:12], bool(row[12]), "main") if row else None
        if len(self._entries) > 50_000:
            self._entries.clear()
        self._entries[(query, key)] = out
        return out

    def admin1_name(self, code: str | None) -> str | None:
        return self.admin_names.get(code) if code else None

    def to_place(self, c: Candidate) -> Place:
        admin1 = self.admin1_name(c.admin1)
        if c.precision == "admin1" and c.source != "stand-in":
            admin1 = c.name
        admin2 = c.name if c.precision == "admin2" else self.admin_names.get(c.admin2) if c.admin2 else None
        return Place(name=c.name, lat=c.lat, lon=c.lon, country_code=c.cc, admin1=admin1,
                     geonameid=c.geonameid, precision=c.precision, admin2=admin2)


_lock = threading.Lock()
# keyed by process too: a SQLite connection must not cross a fork into pool workers
_gazetteers: dict[tuple[Path, int], Gazetteer] = {}


def get_gazetteer(path: str | Path | None = None, rebuild: bool = False) -> Gazetteer:
    """The gazetteer for the installed data, built into the cache folder on first use
    (about a minute), then opened in well under a second."""
    target = Path(path) if path else index.default_index_path()
    key = (target, os.getpid())
    with _lock:
        if not rebuild and key in _gazetteers:
            return _gazetteers[key]
        if rebuild or not target.exists():
            with _build_lock(target):
                if rebuild or not target.exists():  # another process may have built it meanwhile
                    index.build_default(target)
                    _reapply_imports(target)
        g = Gazetteer(target)
        _gazetteers[key] = g
        return g


@contextmanager
def _build_lock(target: Path) -> Iterator[None]:
    """One build at a time per cache folder: pool workers starting together wait for the
    first one's index instead of each building their own."""
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        import fcntl
    except ImportError:  # not on POSIX: builds may overlap, each replaces the file atomically
        yield
        return
    with open(target.parent / "gazetteer.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _imports_record() -> Path:
    return index.cache_dir() / "imports.json"


def _reapply_imports(target: Path) -> None:
    """A rebuilt index gets back the GeoNames dumps imported into the old one."""
    from .geonames import import_into

    record = _imports_record()
    if not record.exists():
        return
    for folder in json.loads(record.read_text(encoding="utf-8")):
        if Path(folder).is_dir():
            log.info("re-importing GeoNames files from %s", folder)
            import_into(target, Path(folder))


def import_geonames(folder: str | Path, path: str | Path | None = None) -> dict[str, int]:
    """Import GeoNames dump files from ``folder`` into the index (see ``geo.geonames``);
    remembered, so a rebuilt index imports them again."""
    from .geonames import import_into

    folder = Path(folder).resolve()
    target = Path(path) if path else index.default_index_path()
    if not target.exists():
        get_gazetteer(target)
    with _lock:
        _gazetteers.pop((target, os.getpid()), None)  # a cached reader would not see the new rows
    stats = import_into(target, folder)
    if path is None:
        record = _imports_record()
        done = json.loads(record.read_text(encoding="utf-8")) if record.exists() else []
        if str(folder) not in done:
            record.write_text(json.dumps(done + [str(folder)]), encoding="utf-8")
    return stats
