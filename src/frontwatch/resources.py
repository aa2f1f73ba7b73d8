"""Per-language knowledge lives in data files under ``lang/<code>/``.

Code asks for a resource by name (``load("it", "time")``) and gets parsed JSON;
adding a language is adding a folder of files. A resource with a declared shape is
read through ``load_checked(Dataclass, name)``, which refuses unknown keys.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import UnionType
from typing import Any, TypeVar, Union, get_args, get_origin, get_type_hints

LANG_DIR = Path(__file__).parent / "lang"
DATA_DIR = Path(__file__).parent / "data"


@cache
def load(language: str, name: str) -> Any:
    """The resource ``name`` for ``language``, or an empty dict if that language lacks it."""
    path = LANG_DIR / language / f"{name}.json"
    if not path.exists():
        return {}
    return json.loads(path.read_text(encoding="utf-8"))


@cache
def load_shared(name: str) -> Any:
    """A language-neutral resource (actor names, weapon systems, curated places)."""
    return json.loads((DATA_DIR / f"{name}.json").read_text(encoding="utf-8"))


def languages() -> list[str]:
    return list(_language_folders())


@cache
def _language_folders() -> tuple[str, ...]:
    """Read once, as ``load`` reads each file once: the stages ask for every sentence, and
    listing the folder each time was 3 % of the pipeline's time."""
    return tuple(sorted(p.name for p in LANG_DIR.iterdir() if p.is_dir()))


# ---------------------------------------------------------------- checked data

T = TypeVar("T")


class ResourceError(ValueError):
    """A data file that does not have the shape its loader declares."""


def checked(cls: type[T], raw: Any, where: str) -> T:
    """``raw`` (parsed JSON) as the dataclass ``cls``. A key with no field is refused (nothing
    would read it), a field without a default must be given, and each value must have its
    field's type. Keys starting with ``_`` are comments (``_about``)."""
    return _convert(cls, raw, where)


@cache
def load_checked(cls: type[T], name: str) -> T:
    """The language-neutral resource ``data/<name>.json`` read as the dataclass ``cls``."""
    path = DATA_DIR / f"{name}.json"
    return checked(cls, json.loads(path.read_text(encoding="utf-8")), path.name)


def _convert(kind: Any, value: Any, where: str) -> Any:
    if dataclasses.is_dataclass(kind) and isinstance(kind, type):
        return _record(kind, value, where)
    origin, args = get_origin(kind), get_args(kind)
    if kind is Any:
        return value
    if origin in (UnionType, Union):
        if value is None and type(None) in args:
            return None
        return _convert(next(a for a in args if a is not type(None)), value, where)
    if origin in (tuple, list, frozenset):
        if not isinstance(value, list):
            raise ResourceError(f"{where}: expected a list, got {type(value).__name__}")
        item = args[0] if args else Any
        return origin(_convert(item, v, f"{where}[{k}]") for k, v in enumerate(value))
    if origin is dict:
        if not isinstance(value, dict):
            raise ResourceError(f"{where}: expected an object, got {type(value).__name__}")
        return {k: _convert(args[1], v, f"{where}.{k}") for k, v in value.items()}
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise ResourceError(f"{where}: expected {kind.__name__}, got {type(value).__name__} {value!r}")
    return value


def _record(cls: type, value: Any, where: str) -> Any:
    if not isinstance(value, dict):
        raise ResourceError(f"{where}: expected an object for {cls.__name__}, got {type(value).__name__}")
    hints = get_type_hints(cls)
    fields = {f.name: f for f in dataclasses.fields(cls)}
    unknown = sorted(k for k in value if k not in fields and not k.startswith("_"))
    if unknown:
        raise ResourceError(f"{where}: unknown key(s) {unknown} for {cls.__name__} "
                            f"(known: {sorted(fields)}); nothing reads them: remove them or teach the code")
    missing = [n for n, f in fields.items() if n not in value
               and f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING]
    if missing:
        raise ResourceError(f"{where}: missing key(s) {missing} for {cls.__name__}")
    return cls(**{k: _convert(hints[k], v, f"{where}.{k}") for k, v in value.items() if k in fields})


@dataclass(frozen=True)
class NameParticles:
    """``data/name_particles.json``: lower-case words inside proper names."""

    person: tuple[str, ...]  # «di», "van", "bin": read by the entities stage
    place: tuple[str, ...]  # "upon", «della»: read by geo.finder


def name_particles() -> NameParticles:
    return load_checked(NameParticles, "name_particles")


@dataclass(frozen=True)
class Theatre:
    """A war the product follows (``data/theatres.json``)."""

    name: str
    countries: tuple[str, ...]  # the belligerents: one named in an article votes for all of them
    weight: float  # that vote, when choosing between namesakes
    neighbours: tuple[str, ...] = ()  # countries beside the front whose towns the news names too
    zone: tuple[float, ...] = ()  # [south, west, north, east]: where the fighting is, a box in degrees
    zone_weight: float = 0.0  # the gain of a belligerent's place inside the zone over a namesake outside it
    war_event_types: tuple[str, ...] = ()  # event types that make an article with no country named a war report


@dataclass(frozen=True)
class Theatres:
    theatres: tuple[Theatre, ...]


def theatres() -> tuple[Theatre, ...]:
    return load_checked(Theatres, "theatres").theatres
