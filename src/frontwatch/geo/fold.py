"""Name keys: how two spellings of one place are made to meet.

``plain_key`` folds case, accents, apostrophes and hyphens (``Kup'yans'k`` and
``Kupyansk`` meet). ``translit_key`` goes further for the many ways Slavic
names are romanised: j/y/i are one letter, g is h (Russian г vs Ukrainian г→h),
doubled letters collapse, so ``Gulyaipole``/``Huliaipole`` and
``Chuguyiv``/``Chuhuiv`` meet. The second key is looser, so a match on it
ranks below a match on the first.
"""

from __future__ import annotations

import re
import unicodedata

# apostrophes, primes and quote marks that romanisations put inside names
_APOSTROPHES = re.compile(r"[’'ʼʹ`´‘“”\"″]")
_SEPARATORS = re.compile(r"[-‐‑–—_/.,()]+")
_SPACES = re.compile(r"\s+")
_DOUBLED = re.compile(r"(.)\1+")
# abbreviations inside names: "St. Petersburg" is "Saint Petersburg"
_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort", "pt": "port"}
_TRANSLIT = str.maketrans({"j": "i", "y": "i", "g": "h", "w": "v"})


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


def translit_key(name: str) -> str:
    """A looser key that merges the usual romanisations of Cyrillic names."""
    s = plain_key(name).translate(_TRANSLIT)
    s = s.replace("kh", "h").replace("ck", "k")
    return _DOUBLED.sub(r"\1", s)
