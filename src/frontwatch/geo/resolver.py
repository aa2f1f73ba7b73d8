"""Choosing one gazetteer entry per mention, using the whole article as context.

Each mention first gets a prior from its own evidence: how the name matched
(an entry's own name beats an alternate name, which beats the loose
transliteration key — «Pokrovsk» is the Ukrainian town, not Engels whose old
name it was), what kind of place it is (a country name is almost always the
country — «Francia» is not the village in Honduras) and population. Then the
article votes: a candidate gains when its country or region is where the
article's other places are, and when it lies near them. Nothing about the
war's theatre is wired in: UA/RU win because the article's other places are
there.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from functools import cache

from .. import resources
from .fallback import DEMONYM_PRECISIONS, NameParts
from .gazetteer import Candidate, Gazetteer

MATCH_PRIOR = {"main": 2.0, "alt": 0.8, "translit": 0.3}
PRECISION_PRIOR = {"country": 2.5, "admin1": 0.0, "admin2": 0.0, "city": 0.0, "feature": 0.0}
CURATED_PRIOR = 1.0
CAPITAL_PRIOR = 1.0
POPULATION_WEIGHT = 0.75
COUNTRY_CONTEXT = 3.0
ADMIN1_CONTEXT = 1.5
ROUNDS = 3
COHERENCE = 4.0  # weight of the soft agreement with the other mentions' candidates
PARTNERS = 10  # candidates per other mention considered as partners
COHERENCE_GAP = 2.5  # only candidates this close to the best prior may be lifted by agreement
REGION_CAPITAL = 100_000  # a town this big named like its region is what the bare name means
MIN_STEM = 4  # letters a name keeps once its case ending is cut: "Iski" is no town's case
STAND_IN = "stand-in"  # the source of an entry made for a place the gazetteer lacks


@dataclass
class Mention:
    """A name to resolve. ``cue``: the precision the wording asks for («nella regione
    di X» → admin1, «distretto di X» → admin2, «città di X» → city, «fiume X» → feature).
    ``qualifier``: a containing place the text names with it ("Alexandria, La.")."""

    text: str
    cue: str | None = None
    qualifier: str | None = None
    # the region the text puts it in ("Rubizhne, Kharkiv region"): only entries inside it;
    # with ``stand_in``, none inside means a place the gazetteer lacks, kept at the region
    within: Candidate | None = None
    stand_in: bool = True


@cache
def case_endings() -> tuple[tuple[str, str], ...]:
    return tuple((e, own) for e, own in resources.load_shared("romanised").get("case_endings", []))


@cache
def romanised_countries() -> frozenset[str]:
    return frozenset(resources.load_shared("romanised")["countries"])


@dataclass(frozen=True)
class Zone:
    """Where a war the article is about is fought (``data/theatres.json``): a belligerent's
    town, district or feature inside the box gains ``weight`` over a namesake outside it."""

    south: float
    west: float
    north: float
    east: float
    countries: frozenset[str]
    weight: float

    def gain(self, c: Candidate) -> float:
        inside = c.cc in self.countries and c.precision in ("city", "admin2", "feature") \
            and self.south <= c.lat <= self.north and self.west <= c.lon <= self.east
        return self.weight if inside else 0.0


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def is_inside(c: Candidate, region: Candidate) -> bool:
    """True when entry ``c`` lies in ``region`` (a country, first- or second-level region)."""
    if region.precision == "country":
        return c.cc == region.cc
    if region.precision == "admin1":
        return c.admin1 is not None and c.admin1 == region.admin1
    if region.precision == "admin2":
        return c.admin2 is not None and c.admin2 == region.admin2
    return False


def stand_in(name: str, region: Candidate) -> Candidate:
    """A place the gazetteer lacks («Robotyne, Zaporizhzhia region»): its own name at the
    point of the region the text puts it in, with that region's precision, no GeoNames id."""
    pid = -1 - (hash((name.lower(), region.pid)) & 0x7FFFFFFF)
    return Candidate(pid=pid, geonameid=None, name=name, lat=region.lat, lon=region.lon, cc=region.cc,
                     admin1=region.admin1, admin2=region.admin2, precision=region.precision, fcode=None,
                     population=0, source=STAND_IN, finder=True, match="main")


def prior(c: Candidate) -> float:
    score = MATCH_PRIOR[c.match] + PRECISION_PRIOR.get(c.precision, 0.0)
    score += POPULATION_WEIGHT * math.log10(c.population + 10)
    if c.source == "curated":
        score += CURATED_PRIOR
    if c.fcode == "PPLC":
        score += CAPITAL_PRIOR
    return score


class Resolver:
    def __init__(self, gazetteer: Gazetteer, max_candidates: int = 40, demonyms: bool = False,
                 name_parts: NameParts | None = None) -> None:
        """``name_parts``: when a name is not in the gazetteer (or only by the loose key),
        look for the place inside it ("University of Alberta" → Alberta; see ``fallback``)."""
        self.gazetteer = gazetteer
        self.max_candidates = max_candidates
        self.demonyms = demonyms
        self.name_parts = name_parts

    def candidates_for(self, m: Mention) -> list[Candidate]:
        cs = self.gazetteer.candidates(m.text, demonyms=self.demonyms) or self.inflected(m.text)
        if self.name_parts and not m.cue and not any(c.match != "translit" for c in cs):
            cs = self._fallback(m.text) or cs
        town = any(c.precision == "city" and c.match != "translit" for c in cs)
        if not m.cue and (town or self.name_parts and self.name_parts.is_word(m.text)):
            # "Bakhmut" is the town, "Gulf" no Gulf County: where the bare stem of a raion or
            # county names a town or is a word, the region only when the text says raion or county
            cs = [c for c in cs if not (c.precision == "admin2" and c.match == "translit"
                                        and self.gazetteer.is_stem(m.text, c.pid))]
        if not m.cue:
            # "Mykolaiv" is the city, not Mykolaiv Oblast named after it: the region only when
            # the text says region or oblast
            cs = [c for c in cs if not (c.precision == "admin1" and any(
                t.precision == "city" and t.match != "translit" and t.admin1 == c.admin1
                and t.population >= REGION_CAPITAL for t in cs))]
        if m.cue:
            wanted = [c for c in cs if c.precision == m.cue]
            if not wanted and m.cue in ("admin1", "admin2") and not m.text.lower().endswith("sk"):
                # Italian texts shorten raion names: «distretto di Kupyan» is Kupiansk Raion
                wanted = [c for c in self.gazetteer.candidates(m.text + "sk") if c.precision == m.cue]
            if m.cue == "admin1" and not wanted:
                wanted = self.named_after_capital(cs)
            if m.cue == "admin1" and not wanted:
                wanted = [c for c in cs if c.precision == "feature"]  # «la regione del Donbass»
            if m.cue == "feature" and not wanted:
                return []  # «stadio Spartak» is no village called Spartak: better unresolved
            cs = wanted or cs
        if m.qualifier:
            inside = self._qualified(cs, m.qualifier)
            cs = inside or cs
        if m.within is not None:
            inside = [c for c in cs if c.pid != m.within.pid and is_inside(c, m.within)]
            if not inside and m.stand_in:
                return [stand_in(m.text, m.within)]
            cs = inside or cs
        cs = _own_name_first(cs)
        cs = sorted(cs, key=prior, reverse=True)
        return cs[: self.max_candidates]

    def inflected(self, name: str) -> list[Candidate]:
        """«Kramatorske», «Avdeevki»: a town of a romanised country named in a Russian case the
        gazetteer does not hold; its own form by the endings of ``data/romanised.json``."""
        lower = name.lower()
        for ending, own in case_endings():
            stem = name[: len(name) - len(ending)]
            if lower.endswith(ending) and len(stem) >= MIN_STEM:
                found = [c for c in self.gazetteer.candidates(stem + own, loose=True)
                         if c.precision == "city" and c.cc in romanised_countries()]
                if found:
                    return found
        return []

    def named_after_capital(self, cs: list[Candidate]) -> list[Candidate]:
        """"Zaporozhye region" when the region's own names lack that spelling: a first-level
        region is named after its capital, so it is the region whose capital (PPLA, or a city
        big enough to be one) has the name."""
        codes = dict.fromkeys(c.admin1 for c in cs if c.precision == "city" and c.admin1 and c.match != "translit"
                              and (c.fcode == "PPLA" or c.population >= REGION_CAPITAL))
        return [r for r in map(self.gazetteer.admin_entry, codes) if r is not None and r.precision == "admin1"]

    def _fallback(self, name: str) -> list[Candidate]:
        """Entries for an adjective of place or for the place a longer name contains;
        exact keys only: a loose match inside a name is too weak a clue."""
        assert self.name_parts is not None
        if self.demonyms:
            for form in self.name_parts.demonym_forms(name):
                found = [c for c in self.gazetteer.candidates(form, loose=False, demonyms=True)
                         if c.precision in DEMONYM_PRECISIONS]
                if found:
                    return found
        for runs in self.name_parts.parts(name):
            # a region's bare stem is no place; a run that is a word of the language ("United
            # Way") is one only as a country or region ("Bank of Japan", "Russian Embassy")
            found = [c for run in runs
                     for c in self.gazetteer.candidates(run, loose=False, demonyms=self.demonyms)
                     if c.match != "translit" and (c.precision in ("country", "admin1") or c.fcode == "CONT"
                                                   or not self.name_parts.is_word(run))]
            if found:
                return found
        return []

    def _qualified(self, cs: list[Candidate], qualifier: str) -> list[Candidate]:
        """Candidates inside the named container (country or first-level region)."""
        containers = [q for q in self.gazetteer.candidates(qualifier, loose=False)
                      if q.precision in ("country", "admin1")]
        out = []
        for c in cs:
            for q in containers:
                if (q.precision == "country" and c.cc == q.cc) or (q.precision == "admin1" and c.admin1 == q.admin1):
                    out.append(c)
                    break
        return out

    def resolve(self, mentions: list[Mention], context_countries: dict[str, float] | None = None,
                zones: tuple[Zone, ...] = (), context_places: tuple[Candidate, ...] = (),
                ) -> list[Candidate | None]:
        """One entry (or None) per mention; equal mentions resolve alike. ``zones``: where the
        wars the article is about are fought; ``context_places``: regions the article is about
        that are no mention of their own (the region a named republic's bodies belong to)."""
        groups: dict[tuple, list[int]] = {}
        for i, m in enumerate(mentions):
            region = m.within.pid if m.within is not None else None
            groups.setdefault((m.text.lower(), m.cue, m.qualifier, region), []).append(i)
        keys = list(groups)
        cands = {k: self.candidates_for(mentions[groups[k][0]]) for k in keys}
        priors = {k: [prior(c) + sum(z.gain(c) for z in zones) for c in cands[k]] for k in keys}
        if COHERENCE and len(keys) > 1:
            coherence = _coherence(keys, cands, priors, {k: len(v) for k, v in groups.items()})
            priors = {k: [p + COHERENCE * h for p, h in zip(priors[k], coherence[k], strict=True)] for k in keys}
        picks: dict[tuple, Candidate | None] = {
            k: (cands[k][max(range(len(cands[k])), key=priors[k].__getitem__)] if cands[k] else None) for k in keys
        }
        for _ in range(ROUNDS):
            changed = False
            for k in keys:
                if len(cands[k]) < 2:
                    continue
                others = [(picks[o], len(groups[o])) for o in keys if o != k and picks[o] is not None]
                others += [(c, 1) for c in context_places]
                ctx = _Context(others, context_countries)
                scores = [p + ctx.score(c) for c, p in zip(cands[k], priors[k], strict=True)]
                best = cands[k][max(range(len(scores)), key=scores.__getitem__)]
                if best != picks[k]:
                    picks[k], changed = best, True
            if not changed:
                break
        out: list[Candidate | None] = [None] * len(mentions)
        for k, idx in groups.items():
            for i in idx:
                out[i] = picks[k]
        return out


NAMESAKES = 3  # settlements of a country bearing a name as their own: the name means one of them


def _own_name_first(cs: list[Candidate]) -> list[Candidate]:
    """A name that several settlements of a country bear as their own name means one of them,
    not a city of that country that once bore it (an old name kept as an alternate): the city's
    population must not outvote the villages that are called so today."""
    own = Counter(c.cc for c in cs if c.match == "main" and c.precision == "city")
    return [c for c in cs if not (c.match == "alt" and c.precision == "city" and own[c.cc] >= NAMESAKES)]


def _coherence(keys: list, cands: dict, priors: dict, weights: dict) -> dict[tuple, list[float]]:
    """How well each candidate agrees with *some* likely reading of every other mention.

    Picks alone can lock in a wrong pair (Paris, France + Henry County, Georgia);
    scoring each candidate against the best-fitting candidate of each other mention
    lets Paris, Tennessee and Henry County, Tennessee find each other."""
    partners: dict[tuple, list[tuple[Candidate, float]]] = {}
    for k in keys:
        if not cands[k]:
            continue
        top = max(priors[k])
        ranked = sorted(zip(cands[k], priors[k], strict=True), key=lambda cp: -cp[1])[:PARTNERS]
        partners[k] = [(c, math.exp(p - top)) for c, p in ranked]
    out: dict[tuple, list[float]] = {}
    for k in keys:
        others = [o for o in partners if o != k]
        total = sum(weights[o] for o in others)
        if not total or len(cands[k]) < 2:
            out[k] = [0.0] * len(cands[k])
            continue
        scores = []
        top = max(priors[k])
        for c, p in zip(cands[k], priors[k], strict=True):
            if top - p > COHERENCE_GAP:
                # a hamlet called China near the article's towns is still not China
                scores.append(0.0)
                continue
            agree = 0.0
            for o in others:
                agree += weights[o] * max(q * _compatible(c, d) for d, q in partners[o])
            scores.append(agree / total)
        out[k] = scores
    return out


def _compatible(c: Candidate, d: Candidate) -> float:
    if c.pid == d.pid:
        return 0.0  # a place does not vouch for itself
    if c.cc is None or d.cc is None or c.cc != d.cc:
        return 0.0
    if c.precision == "country" or d.precision == "country":
        return 0.5
    best = 0.3
    if c.admin1 and c.admin1 == d.admin1:
        best = 1.0
    # equirectangular distance is plenty at these scales
    dx = math.radians(d.lon - c.lon) * math.cos(math.radians((c.lat + d.lat) / 2))
    dy = math.radians(d.lat - c.lat)
    km = 6371.0 * math.hypot(dx, dy)
    if km <= 50:
        return 1.0
    if km <= 150:
        best = max(best, 0.8)
    elif km <= 400:
        best = max(best, 0.5)
    return best


class _Context:
    """Where the article's other places are, as votes for countries, regions and points."""

    def __init__(self, others: list[tuple[Candidate | None, int]], extra: dict[str, float] | None) -> None:
        self.countries: Counter[str] = Counter()
        self.admin1: Counter[str] = Counter()
        self.points: list[tuple[float, float]] = []
        for c, n in others:
            if c is None:
                continue
            if c.cc:
                self.countries[c.cc] += n * (2.0 if c.precision == "country" else 1.0)
            if c.admin1 and c.precision != "country":
                self.admin1[c.admin1] += n
            if c.precision in ("city", "admin2", "feature"):
                self.points.append((c.lat, c.lon))
        for cc, w in (extra or {}).items():
            self.countries[cc] += w
        self.country_total = sum(self.countries.values())
        self.admin1_total = sum(self.admin1.values())

    def score(self, c: Candidate) -> float:
        s = 0.0
        if self.country_total and c.cc:
            s += COUNTRY_CONTEXT * self.countries[c.cc] / self.country_total
        if self.admin1_total and c.admin1 and c.precision != "country":
            s += ADMIN1_CONTEXT * self.admin1[c.admin1] / self.admin1_total
        if self.points and c.precision in ("city", "admin2", "feature"):
            d = min(haversine_km(c.lat, c.lon, lat, lon) for lat, lon in self.points)
            s += 1.5 if d <= 50 else 1.0 if d <= 150 else 0.5 if d <= 400 else 0.0
        return s
