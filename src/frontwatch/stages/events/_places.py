"""Where an event is when the reader tied it to no place: the sentence's finest place,
a region a named republic claims, the country. Helpers of the events stage."""

from __future__ import annotations

from functools import cache

from ... import resources
from ...document import Document, Place, Sentence, Toponym
from .._actors import shared

PRECISION_RANK = {"city": 0, "admin2": 1, "admin1": 2}


def local_place(doc: Document, sent: Sentence, belligerents: set[str]) -> Place | None:
    """The finest place the sentence names in a belligerent country, though only to say who
    speaks ("- VGA of X", "- mayor of X"): a local body speaks of its own place. Not a place
    inside an organisation's name, a metonym or a holder."""
    ents = doc.within("entities", sent.start, sent.end)
    found = [t for t in doc.within("toponyms", sent.start, sent.end)
             if t.place.precision in PRECISION_RANK and t.place.country_code in belligerents and not t.holds
             and not doc.is_noise(t.start, t.end)
             and not any(e.start <= t.start < e.end and (e.metonym or e.end - e.start > t.end - t.start)
                         for e in ents)]
    return min(found, key=lambda t: PRECISION_RANK[t.place.precision]).place if found else None


SOURCE_LINE_WORDS = 12  # "N. N. Surname - mayor of X": a short line, not a sentence telling something


def source_line(doc: Document, sent: Sentence) -> Sentence | None:
    """The line right after a sentence that tells nothing itself and only names who speaks
    ("One person was killed in the shelling. P. K. Surname - mayor of X"): the sentence's source,
    split off by the sentence splitter. None when the next sentence tells an event of its own, is
    long, or names no speaker."""
    k = next((i for i, s in enumerate(doc.sentences) if s.start == sent.start), None)
    if k is None or k + 1 >= len(doc.sentences):
        return None
    nxt = doc.sentences[k + 1]
    if k + 1 < len(doc.readings) and doc.readings[k + 1].triggers:
        return None
    if len(doc.words(nxt.start, nxt.end)) > SOURCE_LINE_WORDS:
        return None
    speaks = any(e.label in ("PER", "ORG") for e in doc.within("entities", nxt.start, nxt.end))
    return nxt if speaks else None


def claimed_region(doc: Document, sent: Sentence) -> Place | None:
    """The region a self-proclaimed republic the sentence names claims ("battles with the
    forces of the LPR"): its forces and bodies act there (``place`` in data/entities.json)."""
    for e in doc.within("entities", sent.start, sent.end):
        region = claimed_places().get(e.canonical or "")
        if region is not None:
            return region_place(region)
    return None


@cache
def claimed_places() -> dict[str, str]:
    """Canonical name of a self-proclaimed republic → the region it claims (data/entities.json)."""
    return {r["canonical"]: r["place"] for r in resources.load_shared("entities")["entities"] if r.get("place")}


@cache
def region_place(name: str) -> Place | None:
    """The first-level region called ``name`` in the gazetteer, as a place."""
    try:
        from ...geo.gazetteer import get_gazetteer

        gaz = get_gazetteer()
    except ImportError:  # no gazetteer: the event stays at the country
        return None
    found = [c for c in gaz.candidates(name, loose=False) if c.precision == "admin1"]
    return gaz.to_place(max(found, key=lambda c: c.population)) if found else None


def finest(places: list[Toponym], text: str) -> list[Toponym]:
    """Drop a country when a place inside it is named, and the region in «X, Y region»."""
    keep = []
    for t in places:
        p = t.place
        inner = [o for o in places if o is not t and o.place.country_code == p.country_code]
        if p.precision == "country" and any(o.place.precision != "country" for o in inner):
            continue
        if p.precision in ("admin1", "admin2") and any(
            o.end <= t.start and t.start - o.end < 60 and "," in text[o.end : t.start]
            and o.place.precision in ("city", "feature", "admin2") and o.place.admin1 in (p.name, p.admin1)
            for o in inner
        ):
            continue
        keep.append(t)
    return keep


def country_place(doc: Document, code: str | None) -> Place | None:
    if not code:
        return None
    for t in doc.toponyms:
        if t.place.country_code == code and t.place.precision == "country":
            return t.place
    c = shared()["countries"].get(code)
    if c is None:
        return None
    return Place(c["name"], c["lat"], c["lon"], code, None, None, "country")
