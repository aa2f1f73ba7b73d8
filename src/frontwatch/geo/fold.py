"""Name keys: how two spellings of one place are made to meet.

``plain_key`` folds case, accents, apostrophes and hyphens (``Kup'yans'k`` and
``Kupyansk`` meet). ``translit_key`` goes further for the many ways Slavic
names are romanised, by the ordered rewrites of ``data/romanisations.json``:
j/y/i are one letter, g is h (Russian г vs Ukrainian г→h), kh is h, doubled
letters collapse, so ``Gulyaipole``/``Huliaipole``, ``Chuguyiv``/``Chuhuiv``
and ``Zelenskyy``/``Zelenskij`` meet. It is the one name fold of the product:
the gazetteer's loose key (a match on it ranks below a plain one) and the key of
the entities' alias table.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from .. import resources

# apostrophes, primes and quote marks that romanisations put inside names
_APOSTROPHES = re.compile(r"[’'ʼʹ`´‘“”\"″]")
_SEPARATORS = re.compile(r"[-‐‑–—_/.,()]+")
_SPACES = re.compile(r"\s+")
# abbreviations inside names: "St. Petersburg" is "Saint Petersburg"
_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort", "pt": "port"}


@dataclass(frozen=True)
class Rewrite:
    pattern: str  # a regular expression over a plain key
    replace: str
    why: str | None = None


@dataclass(frozen=True)
class Romanisations:
    """``data/romanisations.json``."""

    rewrites: tuple[Rewrite, ...]


@cache
def _rewrites() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(r.pattern), r.replace)
                 for r in resources.load_checked(Romanisations, "romanisations").rewrites)


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def plain_key(name: str) -> str:
    """Lower case, no accents, no apostrophes, hyphens and dots as spaces."""
    s = strip_accents(name).lower()
    s = _APOSTROPHES.sub("", s)
    s = _SEPARATORS.sub(" ", s)
    words = _SPACES.sub(" ", s).strip().split(" ")
    if len(words) > 1:
        words = [_ABBREVIATIONS.get(w, w) for w in words[:-1]] + words[-1:]
    return " ".join(words)


@lru_cache(maxsize=65536)
def translit_key(name: str) -> str:
    """A looser key that merges the usual romanisations of Cyrillic names."""
    s = plain_key(name)
    for pattern, repl in _rewrites():
        s = pattern.sub(repl, s)
    return s


def is_latin(name: str) -> bool:
    """True when the name has a letter of the Latin script (after its accents are dropped)."""
    return any("a" <= c <= "z" for c in plain_key(name))
