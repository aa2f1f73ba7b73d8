"""A place told by its distance and bearing from another: "seized A, 21 km southwest of B",
"A, a village 10 km north of B", «A, un villaggio a 15 km a nord di B».

The story happens at A; B is only the reference the reader is expected to know. So A is
the place (a name the wording frames as a place even when the gazetteer lacks it), B
only helps choose between A's namesakes (the one near B), and when the gazetteer has no
A near B, A stands at B's point moved by the distance along the bearing the text gives.

The words come from ``lang/<code>/places.json``: ``directions`` (the bearing phrase),
``offsets`` (distance units with their length in km, words of approximation, words
between the comma and the distance) and the settlement words of ``cue_words_before``
(those asking for a city) for the apposition "a village".
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache

from .finder import wording

EARTH_KM = 6371.0
NEAR_KM = 40.0  # "A, a village south of B" with no distance: A's namesake must lie this close to B
SLACK_KM = 15.0  # a stated distance is rounded and measured centre to centre

# the relations of ``directions`` that are compass bearings, in degrees from north
BEARINGS = {"north of": 0.0, "northeast of": 45.0, "east of": 90.0, "southeast of": 135.0,
            "south of": 180.0, "southwest of": 225.0, "west of": 270.0, "northwest of": 315.0}


@dataclass(frozen=True)
class Offset:
    """What the words between A and B say: A's name ends at ``name_end``; ``km`` is the
    distance stated (None when only a bearing or an apposition is), ``bearing`` the compass
    bearing from B to A in degrees (None for "near", "from")."""

    name_end: int
    km: float | None
    bearing: float | None

    def radius(self) -> float:
        """How far from B a namesake of A may lie and still be the one the text means."""
        return NEAR_KM if self.km is None else self.km * 1.3 + SLACK_KM


def _alt(words) -> str:
    items = sorted({w.lower() for w in words}, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items) or "(?!)"


@cache
def _pattern(language: str) -> re.Pattern[str] | None:
    """The words between A and B, anchored at B: separator, apposition, distance, bearing."""
    w = wording(language)
    o = w.get("offsets") or {}
    if not o.get("units"):
        return None
    settlements = [k for k, v in w.get("cue_words_before", {}).items() if v == "city"]
    articles = _alt(o.get("apposition_articles", []))
    approx = _alt(o.get("approximately", []))
    lead = _alt(o.get("before_distance", []))
    dirs = _alt(list(w.get("directions", {})) + list(o.get("from_words", [])))
    arts = _alt(w.get("articles", []))
    return re.compile(
        rf"(?P<sep>\s*(?:,|\(|\s[-–—])\s*)"
        rf"(?P<app>(?:{articles})\s+(?:[a-zà-ÿ]+\s+)?(?:{_alt(settlements)})\s+)?"
        rf"(?:(?:{lead})\s+)?(?:(?:{approx})\s+)?"
        rf"(?:(?P<n>\d+(?:[.,]\d+)?)\s*(?P<unit>{_alt(o['units'])})\.?\s+(?:(?:{lead})\s+)?)?"
        rf"(?P<dir>{dirs})\s+(?:(?:{arts})(?:\s+|(?<=['’])))?$", re.IGNORECASE)


def offset_before(text: str, ref_start: int, language: str) -> Offset | None:
    """The offset construction ending right before the reference name at ``ref_start``,
    when there is one: a separator after A, then an apposition ("a village") or a distance
    ("21 km"), then a bearing phrase ("southwest of")."""
    rx = _pattern(language)
    if rx is None:
        return None
    m = rx.search(text[max(0, ref_start - 90):ref_start])
    if m is None or not (m.group("app") or m.group("n")):
        return None
    o = wording(language)["offsets"]
    km = None
    if m.group("n"):
        unit = next(v for k, v in o["units"].items() if re.fullmatch(_alt([k]), m.group("unit"), re.I))
        km = float(m.group("n").replace(",", ".")) * float(unit)
    relation = wording(language).get("directions", {}).get(re.sub(r"\s+", " ", m.group("dir").lower()))
    name_end = max(0, ref_start - 90) + m.start("sep")
    return Offset(name_end=name_end, km=km, bearing=BEARINGS.get(relation or ""))


def moved(lat: float, lon: float, km: float, bearing: float) -> tuple[float, float]:
    """The point ``km`` away from (lat, lon) along ``bearing`` (degrees from north), on a sphere."""
    d, b = km / EARTH_KM, math.radians(bearing)
    p1, l1 = math.radians(lat), math.radians(lon)
    p2 = math.asin(math.sin(p1) * math.cos(d) + math.cos(p1) * math.sin(d) * math.cos(b))
    l2 = l1 + math.atan2(math.sin(b) * math.sin(d) * math.cos(p1), math.cos(d) - math.sin(p1) * math.sin(p2))
    return round(math.degrees(p2), 5), round((math.degrees(l2) + 540) % 360 - 180, 5)
