"""What the record knows beyond the events: outlets, sides, per-language cues.

All of it is data (``data/outlets.json``, ``data/actors.json``,
``lang/<code>/record.json``); this module only loads and looks up.
"""

from __future__ import annotations

import math
import re
import unicodedata
from functools import lru_cache

from .. import resources

INDEPENDENT = "independent"


@lru_cache(maxsize=1)
def outlets() -> dict:
    return resources.load_shared("outlets")


@lru_cache(maxsize=1)
def actors() -> dict:
    return resources.load_shared("actors")


@lru_cache(maxsize=64)
def folded_cues(language: str | None, group: str) -> tuple[str, ...]:
    """A cue list folded once (see ``fold``), each padded with spaces for whole-word search."""
    return tuple(" " + fold(c) + " " for c in cues(language).get(group, []))


def folded_cues_bare(language: str | None, group: str) -> tuple[str, ...]:
    """A cue list folded, without the padding: for matching against a list of words."""
    return tuple(c.strip() for c in folded_cues(language, group))


@lru_cache(maxsize=1)
def prewar() -> dict:
    return resources.load_shared("prewar_control")


def prewar_holder(country_code: str | None, admin1: str | None, lat: float | None, lon: float | None) -> str | None:
    """The side that held a place on the eve of the invasion (``data/prewar_control.json``):
    a region's holder, else the holder of an area the point lies in, else its country's; None
    for a country the data does not cover."""
    known = prewar()
    if (country_code or "") not in known["countries"]:
        return None
    if admin1 in known["regions"]:
        return known["regions"][admin1]
    if lat is not None and lon is not None:
        for area in known["areas"]:
            if _inside(lat, lon, area["polygon"]):
                return area["holder"]
    return known["countries"][country_code]


def _inside(lat: float, lon: float, polygon: list[list[float]]) -> bool:
    """Ray casting: a ray from the point eastwards crosses the polygon's edges an odd number of times."""
    inside = False
    for (lat1, lon1), (lat2, lon2) in zip(polygon, polygon[1:] + polygon[:1], strict=True):
        if (lat1 > lat) != (lat2 > lat) and lon < lon1 + (lat - lat1) * (lon2 - lon1) / (lat2 - lat1):
            inside = not inside
    return inside


@lru_cache(maxsize=8)
def cues(language: str | None) -> dict[str, list[str]]:
    """The record's cues for a language (``lang/<code>/record.json``); English when the language has none."""
    return resources.load(language or "en", "record") or resources.load("en", "record")


@lru_cache(maxsize=64)
def death_words(language: str | None) -> tuple[str, ...]:
    """The words that tell dead in a language (the quantities stage's ``death_words``), folded and
    padded for whole-word search; English when the language has none."""
    words = (resources.load(language or "en", "numbers") or resources.load("en", "numbers")).get("death_words", [])
    return tuple(" " + fold(w) + " " for w in words)


def fold(text: str | None) -> str:
    s = unicodedata.normalize("NFKD", text or "").encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


def spelling_key(name: str | None) -> str:
    """One key for the transliterations of a name (Izium, Izyum; Kharkiv, Charkiv; Zaporizhzhia,
    Zaporizhzhya): letters only, the variable letter groups of Ukrainian and Russian romanised
    in English and Italian folded to one."""
    s = re.sub(r"[^a-z]", "", fold(name))
    for a, b in (("kh", "h"), ("ch", "h"), ("iy", "i"), ("yi", "i"), ("y", "i"), ("j", "i"), ("g", "h"),
                 ("ii", "i"), ("zz", "z")):
        s = s.replace(a, b)
    return s


@lru_cache(maxsize=1)
def _outlet_patterns() -> tuple[re.Pattern, re.Pattern, dict[str, str]]:
    """Two alternations (short all-capital names like AP must match in capitals; others
    fold case) and the canonical outlet of each spelling."""
    exact, folded, canonical_of = [], [], {}
    for canonical, info in outlets()["outlets"].items():
        for name in [canonical, *info.get("names", [])]:
            (exact if name.isupper() and len(name) <= 4 else folded).append(name)
            canonical_of.setdefault(name.lower(), canonical)

    def alternation(names: list[str], flags: int) -> re.Pattern:
        names = sorted(set(names), key=len, reverse=True)
        return re.compile(r"(?<!\w)(" + "|".join(map(re.escape, names)) + r")(?!\w)", flags)

    return alternation(exact, 0), alternation(folded, re.IGNORECASE), canonical_of


def outlet_named(text: str | None) -> str | None:
    """The canonical outlet a name or a sentence names (the first named), if any."""
    if not text:
        return None
    exact, folded, canonical_of = _outlet_patterns()
    found = [m for m in (exact.search(text), folded.search(text)) if m]
    if not found:
        return None
    return canonical_of[min(found, key=lambda m: m.start()).group(1).lower()]


def outlet_side(canonical: str | None) -> str | None:
    info = outlets()["outlets"].get(canonical or "")
    return info.get("side") if info else None


_COUNTRY_WORDS = {"russia": "RU", "russian": "RU", "ukraine": "UA", "ukrainian": "UA", "ukraine s": "UA",
                  "dpr": "RU", "lpr": "RU", "dnr": "RU", "lnr": "RU"}


def claimant_side(claimed_by: str | None, outlet: str | None) -> str | None:
    """Which side a claim speaks for: RU, UA, another state's code, or 'independent'
    (an outlet in its own voice, a think tank, a third party); None when unknown."""
    if not claimed_by:
        return outlet_side(outlet_named(outlet)) or INDEPENDENT
    named = actors()["named"].get(claimed_by)
    if isinstance(named, dict) and named.get("side"):
        side = named["side"]
        return side if side in actors()["belligerents"] else INDEPENDENT
    if claimed_by in outlets()["assessors"]:
        return INDEPENDENT
    cited = outlet_named(claimed_by)
    if cited:
        return outlet_side(cited) or INDEPENDENT
    # claimant names are canonical (English): the proxies' words of lang/en/record.json
    if any(w in f" {fold(claimed_by)} " for w in folded_cues("en", "proxy_claimant_words")):
        return "RU"
    if any(w in f" {fold(claimed_by)} " for w in folded_cues("en", "ukrainian_body_words")):
        return "UA"  # 'Luhansk Regional State Administration': the forms of Ukraine's own local government
    words = fold(claimed_by).split()
    for w in reversed(words):  # 'General Staff of Ukraine', 'Luhansk People's Republic'
        if w in _COUNTRY_WORDS:
            return _COUNTRY_WORDS[w]
    for code, c in actors()["countries"].items():
        if fold(c["name"]) in fold(claimed_by) and code not in actors()["belligerents"]:
            return INDEPENDENT
    return None


def actor_side(actor: str | None) -> str | None:
    if not actor:
        return None
    named = actors()["named"].get(actor)
    if isinstance(named, dict) and named.get("side"):
        return named["side"]
    for code, c in actors()["countries"].items():
        if c["name"] in actor:
            return code
    return None


def country_name(code: str | None) -> str | None:
    c = actors()["countries"].get(code or "")
    return c["name"] if c else None


def side_of_holder(holder: str | None) -> str | None:
    """'Russia' → RU: a control holder (a country name) as a side code."""
    if not holder:
        return None
    for code, c in actors()["countries"].items():
        if c["name"].lower() == holder.lower():
            return code
    return _COUNTRY_WORDS.get(fold(holder))


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p = math.pi / 180
    x = (math.sin((lat2 - lat1) * p / 2) ** 2
         + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2)
    return 12742 * math.asin(math.sqrt(min(1.0, x)))
