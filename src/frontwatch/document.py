"""The one object every stage shares.

A ``Document`` is the article text exactly as read plus one list per layer.
Every span is a pair of code-point offsets into ``Document.text`` (end
exclusive), so ``doc.text[s.start:s.end]`` is always the mention. Stages add
their own layer and only read the layers of stages before them.
"""

from __future__ import annotations

import bisect
import hashlib
import itertools
from dataclasses import asdict, dataclass, field, fields
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .reader.types import Reading

from .tokens import Token, tokenize


@dataclass
class Span:
    """A stretch of the original text; ``kind`` says what it is."""

    start: int
    end: int
    kind: str = ""


@dataclass
class Paragraph:
    start: int
    end: int
    language: str | None = None


@dataclass
class Sentence:
    start: int
    end: int
    paragraph: int = 0


@dataclass
class Entity:
    start: int
    end: int
    text: str
    label: str  # PER, ORG, LOC, WEAPON, MISC
    canonical: str | None = None
    metonym: bool = False  # a place standing for its government («Mosca ha deciso»)
    qid: str | None = None  # Wikidata id where our data lists one
    source: str = "ner"  # "ner" (statistical) or "lexicon" (war-domain data files)


@dataclass
class Place:
    """A gazetteer entry: what a toponym or an event location points to."""

    name: str
    lat: float
    lon: float
    country_code: str | None = None
    admin1: str | None = None
    geonameid: int | None = None
    precision: str = "city"  # country, admin1, admin2, city, feature
    admin2: str | None = None  # the district (raion) name, when the gazetteer knows it


@dataclass
class Toponym:
    start: int
    end: int
    text: str
    place: Place
    relation: str | None = None  # "near", "south of"… when the text gave a direction
    # a region named as holding another toponym ("Kharkiv" in "Rubizhne, Kharkiv region",
    # "Kharkiv's Rubizhne"): it says where that place is, it is not a place of its own story
    holds: bool = False


@dataclass
class Timex:
    """A temporal expression resolved against the publication date."""

    start: int
    end: int
    text: str
    value: str | None  # YYYY-MM-DD: the day, or the first day of the period
    precision: str  # day, week, month, season, year, unknown
    end_value: str | None = None  # for intervals («nelle ultime due settimane»)
    kind: str = "date"  # date, interval


@dataclass
class Quantity:
    start: int
    end: int
    text: str
    value: float
    unit: str | None
    qualifier: str = "exact"  # exact, about, more_than, less_than, up_to
    # what the text says befell the people counted: "dead" or "injured" (the wounded are
    # never fatalities: "15 soldiers were injured" has unit "injured", outcome "injured")
    outcome: str | None = None


@dataclass
class Event:
    event_type: str
    sub_event_type: str
    evidence: Span
    trigger: Span | None = None
    date: str | None = None
    date_precision: str = "unknown"
    actor1: str | None = None
    actor2: str | None = None
    location: Place | None = None
    fatalities: int | None = None
    quantities: list[Quantity] = field(default_factory=list)
    claimed_by: str | None = None
    modality: str = "asserted"
    control: dict[str, str] | None = None


@dataclass
class Document:
    id: str
    text: str
    title: str | None = None
    published: str | None = None  # YYYY-MM-DD
    published_source: str | None = None  # "metadata", "dateline" or None
    url: str | None = None
    outlet: str | None = None
    author: str | None = None
    language: str | None = None
    source_path: str | None = None
    warnings: list[str] = field(default_factory=list)
    # layers, in pipeline order
    noise: list[Span] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    # one reader output per sentence (article offsets), written by the reading stage
    readings: list[Reading] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    toponyms: list[Toponym] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def regions(self, default: str | None = None) -> list[tuple[int, int, str | None]]:
        """``(start, end, language)`` stretches covering the text, one per paragraph (articles
        may mix languages): the one place stages learn which language a stretch is in. A
        stretch of unknown language has the article's, else ``default``."""
        if self.paragraphs:
            return [(p.start, p.end, p.language or self.language or default) for p in self.paragraphs]
        return [(0, len(self.text), self.language or default)]

    def words(self, start: int = 0, end: int | None = None) -> list[Token]:
        """The word tokens inside [start, end), tokenized once per document with the
        language of each paragraph and shared by every stage that looks at words."""
        cached = self.__dict__.get("_words")
        # asked thousands of times an article: the key is built with a list, not a generator
        key = (len(self.text), tuple([p.language for p in self.paragraphs]))
        if cached is None or cached[0] != key:
            toks = [t for s, e, lang in self.regions() for t in tokenize(self.text, s, e, lang or "en")]
            cached = (key, toks, [t.start for t in toks])
            self.__dict__["_words"] = cached
        _, toks, starts = cached
        end = len(self.text) if end is None else end
        return toks[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)

    def is_noise(self, start: int, end: int) -> bool:
        """True when [start, end) overlaps a span the cleaner marked as scraping noise."""
        return self.layer_index("noise").overlaps(start, end) if self.noise else False

    def all_noise(self, start: int, end: int) -> bool:
        """True when [start, end) overlaps noise and every non-space character in it lies in a
        noise span: ``is_noise(start, end) and all(is_noise(i, i + 1) for i in range(start, end)
        if not text[i].isspace())``, tested once per gap between the spans, not once per character."""
        if not self.noise:
            return False
        noise = self.layer_index("noise").overlapping(start, end)
        spans = sorted((max(n.start, start), min(n.end, end)) for n in noise)
        if not spans:
            return False
        at = start
        for s, e in spans:
            if s > at and not self.text[at:s].isspace():
                return False
            at = max(at, e)
        return at >= end or self.text[at:end].isspace()

    def within(self, layer: str, start: int, end: int) -> list:
        """The items of a layer (entities, toponyms, timexes…) that start in [start, end), in
        the layer's order: what ``[x for x in layer if start <= x.start < end]`` gives, in log
        time, so that a stage asking it once per sentence stays linear in the article's length."""
        return self.layer_index(layer).starting(start, end)

    def sentence_at(self, offset: int) -> Sentence | None:
        return self.layer_index("sentences").holding(offset)

    def language_at(self, offset: int) -> str | None:
        """The language of the paragraph holding ``offset`` (articles may mix languages)."""
        p = self.layer_index("paragraphs").holding(offset)
        return (p.language or self.language) if p is not None else self.language

    def language_or_default(self, offset: int) -> str:
        """``language_at``, else English: the stages' rules need some language's words."""
        return self.language_at(offset) or self.language or "en"

    def layer_index(self, layer: str) -> SpanIndex:
        """The layer's index, built on first use and rebuilt when the layer is replaced or grows."""
        items = getattr(self, layer)
        cache = self.__dict__.get("_indexes")
        if cache is None:  # asked ~10,000 times an article: no empty dict made per call
            cache = self.__dict__["_indexes"] = {}
        index = cache.get(layer)
        if index is None or index.items is not items or index.size != len(items):
            index = cache[layer] = SpanIndex(items)
        return index

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Document:
        def place(x: dict | None) -> Place | None:
            return Place(**x) if x else None

        def quantity(x: dict) -> Quantity:
            return Quantity(**x)

        def event(x: dict) -> Event:
            x = dict(x)
            x["evidence"] = Span(**x["evidence"])
            x["trigger"] = Span(**x["trigger"]) if x.get("trigger") else None
            x["location"] = place(x.get("location"))
            x["quantities"] = [quantity(q) for q in x.get("quantities") or []]
            return Event(**x)

        known = {f.name for f in fields(cls)}
        base = {k: v for k, v in d.items() if k in known}
        base["noise"] = [Span(**x) for x in d.get("noise", [])]
        base["paragraphs"] = [Paragraph(**x) for x in d.get("paragraphs", [])]
        base["sentences"] = [Sentence(**x) for x in d.get("sentences", [])]
        base["readings"] = [_reading(x) for x in d.get("readings", [])]
        base["entities"] = [Entity(**x) for x in d.get("entities", [])]
        base["toponyms"] = [
            Toponym(**{**x, "place": place(x["place"])}) for x in d.get("toponyms", [])
        ]
        base["timexes"] = [Timex(**x) for x in d.get("timexes", [])]
        base["quantities"] = [quantity(x) for x in d.get("quantities", [])]
        base["events"] = [event(x) for x in d.get("events", [])]
        return cls(**base)


class SpanIndex:
    """Items with ``start`` and ``end`` (the list's own order kept), searchable in log time."""

    def __init__(self, items: list) -> None:
        self.items, self.size = items, len(items)
        self.order = sorted(range(len(items)), key=lambda i: items[i].start)
        self.in_order = all(i == k for k, i in enumerate(self.order))
        self.starts = [items[i].start for i in self.order]
        self.max_end = list(itertools.accumulate((items[i].end for i in self.order), max))
        # disjoint spans in order (sentences, paragraphs): the one holding an offset is found by bisection
        self.disjoint = self.in_order and all(a.end <= b.start for a, b in itertools.pairwise(items))

    def starting(self, start: int, end: int) -> list:
        lo, hi = bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end)
        if self.in_order:
            return self.items[lo:hi]
        return [self.items[i] for i in sorted(self.order[lo:hi])]

    def overlaps(self, start: int, end: int) -> bool:
        k = bisect.bisect_left(self.starts, end)  # the items starting before ``end``
        return k > 0 and self.max_end[k - 1] > start

    def overlapping(self, start: int, end: int) -> list:
        """The items with ``x.start < end and start < x.end``, in list order."""
        return [self.items[i] for i in self.positions(start, end)]

    def positions(self, start: int, end: int) -> list[int]:
        """The list indexes of ``overlapping(start, end)``. The items before the first place
        where the running maximum of ends passes ``start`` all end too early."""
        lo, hi = bisect.bisect_right(self.max_end, start), bisect.bisect_left(self.starts, end)
        picked = [i for i in self.order[lo:hi] if self.items[i].end > start]
        return picked if self.in_order else sorted(picked)

    def holding(self, offset: int):
        """The first item (in list order) with start <= offset < end, or None."""
        k = self.position(offset)
        return None if k is None else self.items[k]

    def position(self, offset: int) -> int | None:
        """The list index of ``holding(offset)``."""
        if not self.disjoint:
            return next((k for k, x in enumerate(self.items) if x.start <= offset < x.end), None)
        k = bisect.bisect_right(self.starts, offset) - 1
        return k if k >= 0 and offset < self.items[k].end else None


def _reading(d: dict[str, Any]) -> Reading:
    from .reader.types import Argument, Cue, Mention, Reading, Trigger

    ents = d.get("entities")
    return Reading(
        [Trigger(**x) for x in d.get("triggers", [])],
        [Cue(**x) for x in d.get("cues", [])],
        [Argument(**x) for x in d.get("arguments", [])],
        None if ents is None else [Mention(**x) for x in ents],
    )


# the layers stages write, in pipeline order; every other field of a Document is a base field,
# set by the reader of the article (``language`` is filled by the language stage when unset)
LAYERS = ("noise", "paragraphs", "sentences", "readings", "entities", "toponyms", "timexes", "quantities", "events")


def base_fields() -> tuple[str, ...]:
    return tuple(f.name for f in fields(Document) if f.name not in LAYERS)


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
