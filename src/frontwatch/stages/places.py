"""The places stage: geocode the article's place mentions into ``doc.toponyms``.

Input: ``doc.entities`` from the entities stage. LOC entities that are not
metonyms are geocoded; ORG/PER/WEAPON/MISC entities and metonyms («Mosca ha
deciso», "Washington said», «il Cremlino») are not, and no place is looked for
inside them. The gazetteer scan (``geo.finder``) may add names the NER missed,
strictly, outside every entity span and scraping noise.

The words around a name steer the choice (data in ``lang/<code>/places.json``):
«nella regione di Kharkiv» → Kharkiv Oblast, «distretti di Kupyan, Chuguyiv e
Kharkiv» → three raions, "Kharkiv region", «a sud di Bakhmut» → Bakhmut with
relation "south of". All mentions of an article are resolved together, so the
article's other places (and the countries its metonyms stand for) choose
between namesakes.
"""

from __future__ import annotations

import bisect
import logging
import re
from collections import Counter
from dataclasses import dataclass
from dataclasses import replace as dc_replace
from functools import cache, lru_cache

from .. import resources
from ..document import Document, Entity, Span, SpanIndex, Toponym
from ..geo.containers import Container, container_after, container_before
from ..geo.fallback import NameParts
from ..geo.finder import (
    after_locative,
    cue_after,
    cue_before,
    direction_before,
    expand_abbreviation,
    find_mentions,
    framed_as_place,
    joined_to_previous,
    person_words,
    said_by_person,
    wording,
)
from ..geo.finder import container_after as qualifier_after
from ..geo.fold import translit_key as fold_name
from ..geo.gazetteer import Candidate, Gazetteer, get_gazetteer
from ..geo.offsets import Offset, moved, offset_before
from ..geo.resolver import Mention, Resolver, Zone, haversine_km, prior, stand_in
from ._manyscan import required_text
from .events._deaths import death_report

log = logging.getLogger(__name__)

PLACE_LABELS = {"LOC", "GPE", "FAC"}
TOWN = 5000  # a town this big may be what a name the NER took for a person means
HAMLET = 1000
BIG_TOWN = 100_000  # "Kherson, Zaporizhzhia": a town this big is itself, not a namesake inside the region
MAX_READ_WORDS = 4  # a place name the reader points to is a few words
_NAME_RUN = re.compile(r"[^\W\d_][\w'’]*(?:[ -][^\W\d_][\w'’]*)*")  # words joined by a space or a hyphen
SIDE_WORD_KEYS = ("demonyms", "epithets", "force_phrases")  # keys of lang/<code>/actors.json


@dataclass
class _Span:
    start: int
    end: int
    text: str
    cue: str | None
    relation: str | None
    framed: bool = False  # the wording frames it as a place (see geo.finder.framed_as_place)
    district_of: int | None = None  # the index of the town this names a district of
    offset: tuple[int, Offset] | None = None  # "A, 21 km southwest of B": B's index and the offset


@cache
def _name_parts() -> NameParts:
    return NameParts.load(resources.languages())


class Places:
    name = "places"
    requires = ("noise", "paragraphs", "readings", "entities")
    assigns = ("toponyms",)

    def __init__(self, gazetteer: Gazetteer | None = None, find_missing: bool = True) -> None:
        self._gazetteer = gazetteer
        self._unavailable: str | None = None
        self.find_missing = find_missing

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            self._gazetteer = get_gazetteer()
        return self._gazetteer

    def __call__(self, doc: Document) -> None:
        doc.toponyms = []
        if self._unavailable is None and self._gazetteer is None:
            try:
                self._gazetteer = get_gazetteer()
            except ImportError as e:  # a data package is missing: the rest of the pipeline still runs
                self._unavailable = f"places: gazetteer unavailable ({e}); no toponyms"
                log.warning(self._unavailable)
        if self._unavailable:
            doc.warnings.append(self._unavailable)
            return
        gaz = self.gazetteer
        spans = self._spans(doc)
        # «Università di Kharkiv», "Kherson City Council": placed at the town they are named after
        resolver = Resolver(gaz, name_parts=_name_parts())
        holders: set[tuple[int, int]] = set()
        mentions = [self._mention(doc, s, holders) for s in spans]
        countries = self._metonym_countries(doc, gaz)
        # a district of a town stands at the town, and "A, 21 km south of B" is chosen near B:
        # neither takes part in choosing between namesakes
        towns = [k for k, s in enumerate(spans) if s.district_of is None and s.offset is None]
        picks: list[Candidate | None] = [None] * len(spans)
        zones = _zones(countries, _read_types(doc))
        claimed = self._claimed_context(doc, spans)
        for k, c in zip(towns, resolver.resolve([mentions[k] for k in towns], context_countries=countries,
                                                zones=zones, context_places=claimed), strict=True):
            picks[k] = self._namesake_outside_republic(spans[k].text, c, claimed)
        for k, s in enumerate(spans):
            if s.offset is not None:
                picks[k] = _near_reference(resolver, mentions[k], picks[s.offset[0]], s.offset[1]) \
                    or resolver.resolve([mentions[k]], context_countries=countries, zones=zones)[0]
                if picks[k] is not None and picks[s.offset[0]] is not None:
                    holders.add((spans[s.offset[0]].start, spans[s.offset[0]].end))
        fallback = _ContextRegion(gaz, [c for c in picks if c is not None] + list(claimed),
                                  self._said_countries(doc, gaz))
        toponyms = []
        for s, m, c in zip(spans, mentions, picks, strict=True):
            town = picks[s.district_of] if s.district_of is not None else None
            if town is not None and town.precision == "city":
                c = stand_in(s.text, town)  # a district of the town: at the town's point
            if c is None and s.framed and m.within is None and not _a_body(s.text, doc.language_or_default(s.start)):
                # a village the gazetteer lacks, framed as a place: kept, at the region the article is about
                c = fallback.stand_in(s.text)
            if c is None or self._far_hamlet(c, fallback):
                continue
            toponyms.append(Toponym(start=s.start, end=s.end, text=doc.text[s.start:s.end],
                                    place=gaz.to_place(c), relation=s.relation, holds=(s.start, s.end) in holders))
        doc.toponyms = toponyms

    def _namesake_outside_republic(self, name: str, c: Candidate | None,
                                   claimed: tuple[Candidate, ...]) -> Candidate | None:
        """"Fighting near Zorianka, the DPR militia said": a village name several places share,
        none of them in the region the article's one republic claims, is a village there that the
        gazetteer lacks. It stands at that region, not at a namesake far away."""
        if c is None or len(claimed) != 1 or c.precision != "city" or c.source == "stand-in" \
                or c.population >= TOWN:
            return c
        namesakes = [x for x in self.gazetteer.candidates(name) if x.precision == "city"]
        if len(namesakes) < 2 or any(x.admin1 == claimed[0].admin1 for x in namesakes):
            return c
        return stand_in(name, claimed[0])

    @staticmethod
    def _far_hamlet(c: Candidate, context: _ContextRegion) -> bool:
        """A hamlet (under 1,000 people) in a country nothing else in the article points to is
        a name we do not know ("Titan", a company), not that hamlet."""
        return c.precision == "city" and c.source != "stand-in" and c.population < HAMLET \
            and bool(context.countries) and c.cc not in context.countries

    def _spans(self, doc: Document) -> list[_Span]:
        """Place names: LOC entities, names the NER took for a person or an organisation
        that the wording frames as places, and names the gazetteer scan finds."""
        gaz = self.gazetteer
        spans: list[_Span] = []
        persons = person_words(doc)
        for e in [part for whole in doc.entities for part in self._owner_and_owned(doc, whole, persons)]:
            if doc.is_noise(e.start, e.end) or e.metonym:
                continue
            if _quoted(doc.text, e.start, e.end) and fold_name(e.text) not in _claimed_regions():
                continue  # the so-called "DPR" is still the republic
            e = self._past_preposition(doc, e)
            if e.label in PLACE_LABELS and e.text in wording(self._lang(doc, e)).get("not_places", []):
                continue  # "North", "Olympic": words a gazetteer happens to hold
            if e.label in PLACE_LABELS:
                span = self._entity_span(doc, e)
                if span is not None and self._a_person_after_all(doc, span, persons):
                    continue
                if span is not None:
                    span.framed = self._framed(doc, span.start, span.end)
            elif e.label in ("PER", "ORG") and e.source == "ner" and e.text not in persons \
                    and all(w[:1].isupper() for w in e.text.split()) and self._framed(doc, e.start, e.end, verbs=False):
                # a region or a settlement word frames it; a verb alone does not ("struck Bell"); a
                # name with lowercase words is a body's description ("the Armed Forces of X"), no village
                cue = self._cue(doc, e.start, e.end, self._lang(doc, e))
                span = _Span(e.start, e.end, e.text, cue, None, framed=True)
            elif e.label == "ORG" and (region := self._claimed_region(doc, e)) is not None:
                # "killed in the DPR": the self-proclaimed republic named as a place is its region
                span = _Span(e.start, e.end, region, "admin1", None, framed=True)
            elif e.label == "PER" and e.source == "ner" and self._mistaken_person(doc, e, persons):
                span = _Span(e.start, e.end, e.text, None, direction_before(doc.text, e.start, self._lang(doc, e)))
            else:
                continue
            if span is not None:
                spans.append(span)
        if self.find_missing:
            skip = SpanIndex([Span(e.start, e.end) for e in doc.entities] + [Span(n.start, n.end) for n in doc.noise])
            for lang, (p_start, p_end) in self._language_blocks(doc):
                # only the spans overlapping the block can overlap a name inside it
                near = [(x.start - p_start, x.end - p_start) for x in skip.overlapping(p_start, p_end)]
                for m in find_mentions(doc.text[p_start:p_end], gaz, language=lang, skip=near, persons=persons):
                    if _quoted(doc.text, m.start + p_start, m.end + p_start):
                        continue
                    spans.append(_Span(m.start + p_start, m.end + p_start, m.text, m.cue, m.relation,
                                       framed=m.framed))
        spans = self._whole_names(doc, spans)
        spans += self._read_places(doc, spans)
        spans = [s for s in spans if not self._owned_body(doc, s)]
        spans.sort(key=lambda s: s.start)
        self._carry_cues(doc, spans)
        self._city_districts(doc, spans)
        return self._offsets(doc, spans)

    def _owner_and_owned(self, doc: Document, e: Entity, persons: set[str]) -> list[Entity]:
        """"Kharkiv's Rubizhne" tagged as one name: a country or region owning a capitalised
        name (the ``possessive`` endings of lang/<code>/places.json) is a place, and so is what
        it owns when that is a settlement's own name (chosen inside the owner, or standing in
        at it), as when the NER tags them apart. What else a region owns ("Ohio's Highway
        Patrol", "Ukraine's Petrenko") is no place; a code ("GM's plant") is no owner."""
        if e.source != "ner" or e.metonym or e.label == "PER":
            return [e]
        pattern = _owned_pattern(self._lang(doc, e))
        m = pattern.match(e.text) if pattern is not None else None
        if m is None or m.group(1).isupper() or not any(
                c.precision in ("country", "admin1") and c.match != "translit"
                for c in self.gazetteer.candidates(m.group(1), loose=False)):
            return [e]
        owner = Entity(e.start, e.start + len(m.group(1)), m.group(1), "LOC", source=e.source)
        owned = m.group(2)
        if owned in persons or not self._settlement_name(owned):
            return [owner]
        return [owner, Entity(e.end - len(owned), e.end, owned, "LOC", source=e.source)]

    @staticmethod
    def _owned_body(doc: Document, s: _Span) -> bool:
        """"Moscow's Pushkin Museum", "the Highway Patrol of Ohio": an institution or a building
        the text puts in a region is no village of that region; the region stays the place of
        the story (it holds nothing), the institution is not a second one."""
        lang = doc.language_or_default(s.start)
        return _a_body(s.text, lang) and (container_before(doc.text, s.start, lang) is not None
                                          or container_after(doc.text, s.end, lang) is not None)

    def _offsets(self, doc: Document, spans: list[_Span]) -> list[_Span]:
        """"seized A, 21 km southwest of B", "A, a village south of B": A is the place, B the
        reference it is told from. A name right before the construction is framed as a place
        even when neither the NER nor the gazetteer scan found it."""
        told: list[tuple[_Span, _Span, Offset]] = []  # (A, B, offset)
        for ref in list(spans):
            lang = doc.language_or_default(ref.start)
            o = offset_before(doc.text, ref.start, lang)
            if o is None:
                continue
            named = next((s for s in spans if s is not ref and 0 <= o.name_end - s.end <= 2
                          and not doc.text[s.end:o.name_end].strip(" )")), None)
            if named is None:
                run = _name_ending_at(doc.text, o.name_end)
                if run is None or doc.is_noise(*run) or doc.text[run[0]:run[1]] in wording(lang).get("not_places", []):
                    continue
                named = _Span(run[0], run[1], doc.text[run[0]:run[1]], None, None)
                spans.append(named)
            if named.district_of is None:
                told.append((named, ref, o))
        spans.sort(key=lambda s: s.start)
        index = {id(s): k for k, s in enumerate(spans)}
        for named, ref, o in told:
            named.framed, named.relation, named.offset = True, None, (index[id(ref)], o)
        return spans

    def _city_districts(self, doc: Document, spans: list[_Span]) -> None:
        """"the Kyivskyi district of Kramatorsk": a named district of a town is in the town, so
        the town is the town (not its raion) and the district stands at the town's point."""
        for k, town in enumerate(spans):
            lang = doc.language_or_default(town.start)
            window = doc.text[max(0, town.start - 80):town.start]
            needed = _district_word(lang)  # the pattern tries a name at each letter: first its district word
            m = _district_of(lang).search(window) if needed is None or needed.search(window) else None
            if m is None or cue_after(doc.text, town.end, lang) or not any(
                    c.precision == "city" for c in self.gazetteer.candidates(town.text, loose=False)):
                continue
            town.cue = "city"
            begin = town.start - len(m.group(0))
            for d in spans[:k]:
                if d.start >= begin - 1 and d.end <= begin + len(m.group(1)) + 1:
                    d.district_of = k

    def _whole_names(self, doc: Document, found: list[_Span]) -> list[_Span]:
        """A name the NER cut short ("Kozacha" of "near Kozacha Lopan"), when the reader points
        to the whole name as where the event happened: the whole name replaces the part it
        holds. Only a run of capitalised words, so nothing around a name is taken in."""
        out = list(found)
        for reading in doc.readings:
            for a in reading.arguments:
                text = doc.text[a.start : a.end]
                if a.role != "location" or not _NAME_RUN.fullmatch(text) or len(text.split()) > MAX_READ_WORDS \
                        or not all(w[:1].isupper() for w in re.split(r"[ -]", text)):
                    continue
                inner = [s for s in out if a.start <= s.start and s.end <= a.end and (s.end - s.start) < len(text)]
                if len(inner) != 1 or any(s.start < a.end and a.start < s.end for s in out if s is not inner[0]):
                    continue
                span = self._entity_span(doc, Entity(a.start, a.end, text, "LOC"))
                if span is not None:
                    span.framed = inner[0].framed
                    out[out.index(inner[0])] = span
        return out

    def _read_places(self, doc: Document, found: list[_Span]) -> list[_Span]:
        """Names the event reader read as where an event happened ("shelled a hospital in
        Svitlodarsk") that neither the NER nor the gazetteer scan caught. The reading frames
        them as places, so a village the gazetteer lacks still keeps its name."""
        # a name the NER took for a person is read as a place only when it is a settlement's own name
        # ("shelled A, Mala B, and C": the reader and the gazetteer agree against the tagger)
        taken = SpanIndex([Span(s.start, s.end) for s in found] + [
            Span(e.start, e.end) for e in doc.entities
            if e.metonym or e.source != "ner" or (e.label == "PER" and not self._settlement_name(e.text))])
        added: list[tuple[int, int]] = []  # the spans read here, disjoint, kept sorted
        out: list[_Span] = []
        for reading in doc.readings:
            for a in reading.arguments:
                text = doc.text[a.start : a.end]
                if a.role != "location" or not text[:1].isupper() or len(text.split()) > MAX_READ_WORDS:
                    continue
                k = bisect.bisect_left(added, (a.start, a.end))
                if doc.is_noise(a.start, a.end) or _quoted(doc.text, a.start, a.end) \
                        or taken.overlaps(a.start, a.end) or any(
                        s < a.end and a.start < e for s, e in added[max(0, k - 1) : k + 1]):
                    continue
                if text in wording(self._lang(doc, Entity(a.start, a.end, text, "LOC"))).get("not_places", []):
                    continue  # "South: ..." read as a location is no place called South
                span = self._entity_span(doc, Entity(a.start, a.end, text, "LOC"))
                if span is not None:
                    span.framed = True
                    out.append(span)
                    added.insert(k, (a.start, a.end))
        return out

    def _settlement_name(self, text: str) -> bool:
        """Whether a name is a settlement's own name in the gazetteer (not a loose match)."""
        return any(c.precision == "city" and c.match in ("main", "alt")
                   for c in self.gazetteer.candidates(text, loose=False))

    def _past_preposition(self, doc: Document, e: Entity) -> Entity:
        """"Near Nova Kakhovka" tagged as a person at a sentence start: the capitalised locative
        preposition is no part of the name, and the name after it is read as after "near"."""
        if e.label not in ("PER", "ORG") or e.source != "ner":
            return e
        first, _, rest = e.text.partition(" ")
        if not rest[:1].isupper() or first.lower() not in wording(self._lang(doc, e)).get("locative_prepositions", []):
            return e
        start = e.end - len(rest)
        return dc_replace(e, start=start, text=rest, label="PER")

    @staticmethod
    def _lang(doc: Document, e: Entity) -> str:
        return doc.language_or_default(e.start)

    def _mistaken_person(self, doc: Document, e: Entity, persons: set[str]) -> bool:
        """A name the NER took for a person that is a country or a region («Egypt», "Tamil
        Nadu"), or a town after a locative preposition ("in Gainesville") or of the country
        the article is about, and that the article never uses as part of a person's name
        ("Mr. Ford", "John Moore") nor makes speak ("Jackson said")."""
        if e.text in persons or e.text in wording(self._lang(doc, e)).get("not_places", []):
            return False
        lang = self._lang(doc, e)
        cands = [c for c in self.gazetteer.candidates(e.text) if c.finder]
        if any(c.precision in ("country", "admin1") and c.match != "translit" for c in cands):
            return True
        if said_by_person(doc.text, e.end, lang) and not self._framed(doc, e.start, e.end):
            return False  # "Petrova said" speaks; in "the mayor of X said" the mayor does
        # a town under its own name, or a city under another of its spellings («Gorlovka»)
        towns = [c for c in cands if c.precision == "city" and (c.match == "main" and c.population >= TOWN
                                                                 or c.match == "alt" and c.population >= BIG_TOWN)]
        # "in Gainesville", or a town of the country the article is about ("Gainesville police")
        if towns and (after_locative(doc.text, e.start, lang) or any(
                c.cc in self._article_countries(doc) for c in towns)):
            return True
        # a town of the article's country under another spelling («Gorlovka» for Horlivka), which
        # the wording makes a place ("the shelling of X", "in X"): a person is not shelled
        countries = _war_countries(self._article_countries(doc), _read_types(doc))
        spelled = [c for c in cands if c.precision == "city" and c.cc in countries
                   and c.population >= (TOWN if c.match != "translit" else BIG_TOWN // 2)]
        return bool(spelled) and (after_locative(doc.text, e.start, lang)
                                  or self._framed(doc, e.start, e.end))

    def _claimed_region(self, doc: Document, e: Entity) -> str | None:
        """The region a side's self-proclaimed republic claims (``place`` in data/entities.json),
        when the wording names the republic as a place: "in the DPR", "the territory of the LPR"."""
        region = _claimed_regions().get(fold_name(e.text))
        if region is None:
            return None
        lang = self._lang(doc, e)
        start = e.start
        for a in wording(lang).get("articles", []):  # "in the DPR": the article is not the frame
            if doc.text[max(0, start - len(a) - 1):start].lower().rstrip() == a.lower():
                start -= len(doc.text[:start]) - len(doc.text[:start].rstrip()) + len(a)
                break
        framed = after_locative(doc.text, start, lang) or self._framed(doc, start, e.end)
        return region if framed else None

    def _claimed_context(self, doc: Document, spans: list[_Span]) -> tuple[Candidate, ...]:
        """The regions self-proclaimed republics claim, for each republic the article names as
        a body rather than a place ("rescuers of the DPR", "the LPR militia"): the article is
        about that region, so a village's namesake there is the likelier one."""
        taken = {(s.start, s.end) for s in spans}
        out: dict[int, Candidate] = {}
        for e in doc.entities:
            region = _claimed_regions().get(fold_name(e.text)) if e.label == "ORG" else None
            if region is None or (e.start, e.end) in taken:
                continue
            entry = self._region(Container(region, "admin1", e.start, e.end))
            if entry is not None:
                out[entry.pid] = entry
        return tuple(out.values())

    def _article_countries(self, doc: Document) -> set[str]:
        """The country the article's place names and demonyms point to most (ties: all)."""
        cached = doc.__dict__.get("_places_countries")
        if cached is not None:
            return cached
        votes = self._said_countries(doc, self.gazetteer)
        for e in doc.entities:
            if e.label in PLACE_LABELS and not e.metonym:
                big = [c for c in self.gazetteer.candidates(e.text, loose=False)
                       if c.precision in ("country", "admin1") and c.match != "translit"]
                votes.update(c.cc for c in big[:1] if c.cc)
        top = max(votes.values(), default=0)
        out = {cc for cc, n in votes.items() if n == top and n > 0}
        doc.__dict__["_places_countries"] = out
        return out

    def _framed(self, doc: Document, start: int, end: int, verbs: bool = True) -> bool:
        lang = doc.language_or_default(start)
        return framed_as_place(doc.text, start, end, lang, verbs=verbs, gaz=self.gazetteer)

    def _a_person_after_all(self, doc: Document, s: _Span, persons: set[str]) -> bool:
        """A one-word "place" that is a word of a person's name in this article, or that
        speaks ("Petrova said"), is a person, unless it is a country, a region or a city
        big enough to stand for its government."""
        if " " in s.text.strip():
            return False
        lang = doc.language_or_default(s.start)
        if s.text not in persons and not said_by_person(doc.text, s.end, lang):
            return False
        return not self._is_major(s.text)

    def _mention(self, doc: Document, s: _Span, holders: set[tuple[int, int]]) -> Mention:
        """The mention to resolve, with the region the text puts it in ("Rubizhne, Kharkiv
        region", "Kharkiv's Rubizhne"), when it names one; that region's span goes to ``holders``."""
        lang = doc.language_or_default(s.start)
        named = container_after(doc.text, s.end, lang) or container_before(doc.text, s.start, lang)
        kind = re.match(r"\s+\w+", doc.text[s.end:s.end + 30]) if s.cue == "admin2" else None
        if named is None and kind is not None and cue_after(doc.text, s.end, lang) == "admin2":
            named = container_after(doc.text, s.end + kind.end(), lang)  # "the X district of the Y region"
        named = named or _republic_after(doc.text, s.end, lang)
        region = self._region(named) if named is not None else None
        if region is None:
            # "Charleston, W.Va.", "Alexandria, La.": a state or country named as wire copy does
            return Mention(expand_abbreviation(s.text, lang), cue=s.cue,
                           qualifier=qualifier_after(doc.text, s.end, lang))
        holders.add((named.start, named.end))
        # bare "Kherson, Zaporizhzhia." may be a list: a big town keeps its own entry there
        keep_own = named.precision is None and self._is_major(s.text)
        return Mention(s.text, cue=s.cue, within=region, stand_in=not keep_own)

    def _region(self, named: Container) -> Candidate | None:
        """The gazetteer entry of a region named as a container: of the kind its word asks
        for (oblast → admin1, raion → admin2), else a first-level region or a country."""
        wanted = (named.precision,) if named.precision else ("admin1", "country")
        found = self.gazetteer.candidates(named.name, loose=named.precision == "admin2")
        cs = [c for c in found if c.precision in wanted]
        if not cs and named.precision == "admin1":
            cs = Resolver(self.gazetteer).named_after_capital(found)
        if not cs and named.precision == "admin2" and not named.name.lower().endswith("sk"):
            cs = [c for c in self.gazetteer.candidates(named.name + "sk") if c.precision == "admin2"]
        return max(cs, key=lambda c: (c.match == "main", c.population), default=None)

    def _is_major(self, name: str) -> bool:
        return any(c.precision in ("country", "admin1") or (c.precision == "city" and c.population >= BIG_TOWN)
                   for c in self.gazetteer.candidates(name, loose=False))

    # ------------------------------------------------------------ helpers

    def _entity_span(self, doc: Document, e: Entity) -> _Span | None:
        """The name inside a LOC entity, without a leading article or cue words
        («la regione di Kharkiv» → "Kharkiv", cue admin1), with its cues."""
        lang = doc.language_or_default(e.start)
        start, end = e.start, e.end
        text = doc.text[start:end]
        if self.gazetteer.candidates(text):
            return _Span(start, end, text, self._cue(doc, start, end, lang), direction_before(doc.text, start, lang))
        w = wording(lang)
        leading, cue_words = _leading_patterns(lang)
        # strip a leading article, then "<cue word> <connector>"
        for rx in leading:
            m = rx.match(text)
            if m:
                start += m.end()
                text = doc.text[start:end]
                break
        cue = None
        for rx, kind in cue_words:
            m = rx.match(text)
            if m:
                start += m.end()
                text = doc.text[start:end]
                cue = kind
                break
        # a trailing cue word: "Kharkiv region", «Kharkiv oblast»
        m = re.search(r"\s+(\w+'?)$", text)
        if m and m.group(1).lower() in w.get("cue_words_after", {}) and not self.gazetteer.candidates(text):
            cue = cue or w["cue_words_after"][m.group(1).lower()]
            end = start + m.start()
            text = doc.text[start:end]
        if not text.strip():
            return None
        return _Span(start, end, text, cue or self._cue(doc, start, end, lang), direction_before(doc.text, start, lang))

    @staticmethod
    def _cue(doc: Document, start: int, end: int, lang: str) -> str | None:
        # the word right after the name is the closer one: "the Kupiansk district of Kharkiv region"
        return cue_after(doc.text, end, lang) or cue_before(doc.text, start, lang)

    @staticmethod
    def _carry_cues(doc: Document, spans: list[_Span]) -> None:
        """«nelle regioni di Donetsk e Lugansk», "the Sumy and Poltava regions": the cue holds
        for the whole list."""
        for prev, cur in zip(spans, spans[1:], strict=False):
            lang = doc.language_or_default(cur.start)
            if cur.cue is None and prev.cue in ("admin1", "admin2") and joined_to_previous(
                    doc.text, prev.end, cur.start, lang):
                cur.cue = prev.cue
        listed = False  # the name after this one ends a list with a plural cue word
        for prev, cur in reversed(list(zip(spans, spans[1:], strict=False))):
            lang = doc.language_or_default(cur.start)
            plural = re.match(r"[\s’']*(\w+)", doc.text[cur.end:cur.end + 20])
            listed = listed or plural is not None and plural.group(1).lower() in wording(lang).get(
                "list_cue_words_after", [])
            listed = listed and prev.cue is None and cur.cue in ("admin1", "admin2") and joined_to_previous(
                doc.text, prev.end, cur.start, lang)
            if listed:
                prev.cue = cur.cue

    @staticmethod
    def _language_blocks(doc: Document) -> list[tuple[str, tuple[int, int]]]:
        return [(lang or "en", (start, end)) for start, end, lang in doc.regions("en")]

    @staticmethod
    def _said_countries(doc: Document, gaz: Gazetteer) -> Counter[str]:
        """The countries the article's metonyms and demonyms name («Mosca», "Ukrainian troops")."""
        out: Counter[str] = Counter()
        for e in doc.entities:
            if e.metonym:
                # «Mosca ha deciso», "Kiev forces": a country, or the capital standing for it
                cs = [c for c in gaz.candidates(e.text, loose=False) if c.precision in ("country", "city")]
                cs.sort(key=lambda c: (c.precision != "country", c.match != "main", -c.population))
                out.update(c.cc for c in cs[:1] if c.cc)
        out.update(_side_words(doc))
        return out

    @staticmethod
    def _metonym_countries(doc: Document, gaz: Gazetteer) -> dict[str, float]:
        """«Mosca ha deciso» is no place, but it tells which countries the article is about."""
        out: dict[str, float] = {}
        for e in doc.entities:
            if not e.metonym:
                continue
            cs = [c for c in gaz.candidates(e.text, loose=False) if c.precision in ("country", "city")]
            cs.sort(key=lambda c: (c.precision != "country", c.match != "main", -c.population))
            if cs and cs[0].cc:
                out[cs[0].cc] = out.get(cs[0].cc, 0.0) + 1.0
        # «missili russi», "Ukrainian officials": demonyms tell it too, a little more softly, so a
        # short story about strikes on «Odessa» stays in Ukraine rather than Texas
        for cc, n in _side_words(doc).items():
            out[cc] = out.get(cc, 0.0) + min(n, 4) * 0.5
        for theatre in resources.theatres():
            if any(cc in out for cc in theatre.countries):
                for cc in theatre.countries:
                    out[cc] = out.get(cc, 0.0) + theatre.weight
        return out


def _near_reference(resolver: Resolver, m: Mention, ref: Candidate | None, o: Offset) -> Candidate | None:
    """A's entry near its reference B: the likeliest namesake of A within the distance the
    text gives, else A at B's point moved by that distance and bearing (precision city: the
    text itself says where), else, with no distance, at B's point as a district-sized guess."""
    if ref is None or ref.precision == "country":
        return None
    near = [c for c in resolver.candidates_for(m) if c.precision == "city" and c.source != "stand-in"
            and haversine_km(c.lat, c.lon, ref.lat, ref.lon) <= o.radius()]
    if near:
        return max(near, key=prior)
    if o.km is not None and o.bearing is not None:
        lat, lon = moved(ref.lat, ref.lon, o.km, o.bearing)
        return dc_replace(stand_in(m.text, ref), lat=lat, lon=lon, precision="city")
    return dc_replace(stand_in(m.text, ref), precision="admin2" if ref.precision == "city" else ref.precision)


def _name_ending_at(text: str, end: int) -> tuple[int, int] | None:
    """The capitalised name (one to three words) that ends at ``end``, if one does."""
    m = re.search(r"(?<![\w'’-])([A-ZÀ-Þ][\w'’-]*(?:[ -][A-ZÀ-Þ][\w'’-]*){0,2})$", text[max(0, end - 60):end])
    if m is None:
        return None
    return end - len(m.group(1)), end


@cache
def _owned_pattern(language: str) -> re.Pattern[str] | None:
    """"<Owner>'s <Name>": an owner of one to three capitalised words, a possessive ending,
    then a name whose words are all capitalised."""
    endings = "|".join(re.escape(p) for p in wording(language).get("possessive", []))
    if not endings:
        return None
    name = r"[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*){0,2}"
    return re.compile(rf"({name})(?:{endings})\s+({name})$")


@cache
def _body_words(language: str) -> frozenset[str]:
    return frozenset(wording(language).get("body_words", []))


def _a_body(name: str, language: str) -> bool:
    """A name with a word of an institution or a building ("Benedict College", «Museo
    Pushkin»; ``body_words`` of lang/<code>/places.json): no settlement the gazetteer lacks."""
    words = _body_words(language)
    return any(w.strip(".,;:’'") in words for w in name.split())


@cache
def _leading_patterns(language: str) -> tuple[list[re.Pattern[str]], list[tuple[re.Pattern[str], str]]]:
    """The articles, and the "<cue word> <connector>" openings with their cue, that may open a
    LOC entity before its name, longest first, compiled once per language."""
    w = wording(language)
    articles = sorted(w.get("articles", []), key=len, reverse=True)
    connectors = sorted(w.get("connectors", []), key=len, reverse=True)
    conn = "|".join(re.escape(c) for c in connectors) or "(?!)"
    return ([re.compile(rf"{re.escape(a)}(?:\s+|(?<=['’]))", re.IGNORECASE) for a in articles],
            [(re.compile(rf"{re.escape(word)}\s+(?:{conn})\s*", re.IGNORECASE), kind)
             for word, kind in sorted(w.get("cue_words_before", {}).items(), key=lambda kv: -len(kv[0]))])


def _wars(countries: set[str] | dict[str, float], read: frozenset[str]) -> list[resources.Theatre]:
    """The wars the article is about (data/theatres.json): those whose belligerents its context
    names, or, when the context names no country at all, those whose kind of event the reader
    read in it (``read``: event types): "Shelling of X: a boy died" is a war report, "The
    sheriff of X said" is not."""
    return [t for t in resources.theatres()
            if any(cc in countries for cc in t.countries) or not countries and read & set(t.war_event_types)]


def _zones(countries: dict[str, float], read: frozenset[str] = frozenset()) -> tuple[Zone, ...]:
    """Where the wars the article is about are fought."""
    return tuple(Zone(*t.zone, frozenset(t.countries), t.zone_weight) for t in _wars(countries, read)
                 if len(t.zone) == 4 and t.zone_weight)


def _read_types(doc: Document) -> frozenset[str]:
    """The kinds of event the article tells: those the reader read, and a death told without
    its act as the events stage will read it ("Two killed in X", «tre morti a Y» are war
    reports too, though no act is named). Asked once per name the NER took for a person, and
    a death report reads every sentence: worked out once per article, as _article_countries is."""
    cached = doc.__dict__.get("_places_read_types")
    if cached is None:
        cached = doc.__dict__["_places_read_types"] = _types_told(doc)
    return cached


def _types_told(doc: Document) -> frozenset[str]:
    kinds = {t.event_type for r in doc.readings for t in r.triggers}
    for sent, reading in zip(doc.sentences, doc.readings, strict=False):
        told = death_report(doc, sent, reading, doc.language_or_default(sent.start))
        kinds.update(t.event_type for t in told.triggers)
    return frozenset(kinds)


QUOTES = {'"': '"', "“": "”", "«": "»", "„": "“", "'": "'", "‘": "’"}


def _quoted(text: str, start: int, end: int) -> bool:
    """A name in quotation marks on its own ('several "Peonies"', «i "Giacinto"») is what a
    weapon, a unit or an operation is called: writers do not quote a town's name."""
    opened = text[start - 1 : start] if start > 0 else ""
    return opened in QUOTES and text[end : end + 1] == QUOTES[opened]


def _war_countries(named: set[str], read: frozenset[str]) -> set[str]:
    """The countries an article is about with every side of their wars: "Russian shelling of X"
    may be of a Ukrainian town, and an article that names no country but reports fighting
    ("Shelling of X: a boy died - mayor of Y") is about the sides of that war."""
    return set(named) | {cc for t in _wars(named, read) for cc in t.countries}


@cache
def _district_of(lang: str) -> re.Pattern[str]:
    """"<Name> district of (the) " right before a town: the district words of
    ``lang/<code>/places.json`` (cue words after a name that ask for a second-level region)."""
    w = wording(lang)
    words = [k for k, v in w.get("cue_words_after", {}).items() if v == "admin2"] or ["(?!)"]
    conn = "|".join(re.escape(c) for c in w.get("connectors", [])) or "(?!)"
    arts = "|".join(re.escape(a) for a in w.get("articles", [])) or "(?!)"
    return re.compile(rf"([A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*)?)\s+(?:{'|'.join(map(re.escape, words))})"
                      rf"\s+(?:{conn})\s+(?:(?:{arts})\s+)?$", re.IGNORECASE)


@cache
def _district_word(lang: str) -> re.Pattern[str] | None:
    """One of the district words, which every match of ``_district_of`` holds."""
    return required_text(_district_of(lang))


@cache
def _republic_link(lang: str) -> re.Pattern[str]:
    """A link word, maybe an article, then a capitalised name: " in the DPR"."""
    w = wording(lang)
    links = "|".join(re.escape(x) for x in w.get("container_links", [])) or "(?!)"
    arts = "|".join(re.escape(a) for a in w.get("articles", [])) or "(?!)"
    return re.compile(rf"\s+(?:{links})\s+(?:(?:{arts})(?:\s+|(?<=['’])))?([A-Z][\w'’-]+)")


def _republic_after(text: str, end: int, lang: str) -> Container | None:
    """"Pavlovka in the DPR": a self-proclaimed republic named as holding a place is the region
    it claims (data/entities.json ``place``)."""
    m = _republic_link(lang).match(text[end:end + 40])
    region = _claimed_regions().get(fold_name(m.group(1))) if m else None
    return Container(region, "admin1", end + m.start(1), end + m.end(1)) if m and region else None


@cache
def _claimed_regions() -> dict[str, str]:
    """Folded alias → the region a self-proclaimed republic claims (data/entities.json)."""
    out: dict[str, str] = {}
    for r in resources.load_shared("entities")["entities"]:
        if r.get("place"):
            out.update((fold_name(a), r["place"]) for a in (*r["aliases"], r["canonical"]))
    return out


@cache
def _side_pattern(lang: str) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """Words that name a side and so its country: demonyms ("Ukrainian"), epithets
    ("invaders") and force phrases ("armed forces of Ukraine"), from ``lang/<code>/actors.json``."""
    actors = resources.load(lang, "actors") or {}
    words = {k.lower(): cc for key in SIDE_WORD_KEYS
             for k, cc in (actors.get(key) or {}).items() if isinstance(cc, str)}
    if not words:
        return None, {}
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w'-])(?:{alt})(?![\w'-])"), words


def _side_words(doc: Document) -> Counter[str]:
    """How often each country is named by a word for one of its sides («missili russi»,
    "Ukrainian officials", "the invaders")."""
    return Counter(_side_words_in(doc.text, tuple(doc.regions("en"))))


@lru_cache(maxsize=4)  # asked several times an article (metonym countries, said countries)
def _side_words_in(text: str, regions: tuple[tuple[int, int, str | None], ...]) -> Counter[str]:
    out: Counter[str] = Counter()
    for start, end, lang in regions:
        pattern, words = _side_pattern(lang or "en")
        if pattern is not None:
            out.update(words[m.group(0)] for m in pattern.finditer(text[start:end].lower()))
    return out


class _ContextRegion:
    """Where the article is, for a place the gazetteer lacks and the text puts in no region:
    the first-level region most of its other places share, else their country."""

    def __init__(self, gaz: Gazetteer, picks: list[Candidate], said: Counter[str]) -> None:
        self.gaz = gaz
        real = [c for c in picks if c.source != "stand-in"]
        self.admin1 = Counter(c.admin1 for c in real if c.admin1 and c.precision != "country")
        self.admin1.update(c.admin1 for c in real if c.precision == "admin1")  # a named oblast counts twice
        self.countries = Counter(c.cc for c in real if c.cc and c.population >= HAMLET) + said

    def stand_in(self, name: str) -> Candidate | None:
        region = None
        if self.admin1:
            # an oblast the article names, or one its places agree on: not a single town's
            (code, n), *rest = self.admin1.most_common(2)
            if n >= 2 and (not rest or n > rest[0][1]):
                region = self.gaz.admin_entry(code)
        if region is None and self.countries:
            (cc, n), *rest = self.countries.most_common(2)
            if not rest or n > rest[0][1]:
                region = self.gaz.country_entry(cc)
        return stand_in(name, region) if region is not None else None
