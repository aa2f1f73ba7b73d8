"""What a geocoding benchmark counts as a toponym, read off the product's own layers.

End to end, LGL and GeoWebNews are scored on what frontwatch itself reads: the
entities stage (NER and lexicon) and the places stage (containers, the
gazetteer scan, stand-ins) run on the benchmark article as on any news
article. The benchmarks count more than FORMAT.md's toponyms, so three kinds of
mention are added from the same layers, each a convention of their annotation
guidelines (Gritta et al. 2019; Lieberman et al. 2010), none a rule about
their texts:

- metonyms ("Turkey fired on…", "Washington said"): our record keeps them as
  actors, the benchmarks geocode them;
- a place inside an organisation's name ("Boise Fire Department"): the place
  is the name less its generic words (``generic_name_words`` of
  ``lang/en/places.json``, as the resolver's name-part fallback);
- adjectives of place ("Russian officials", "a Canadian minister"): a demonym
  the gazetteer knows that names no place itself, before the word it
  qualifies; a plural ("Canadians") is a people, not a place.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from ..document import Document, Entity
from ..geo.fallback import NameParts
from ..geo.finder import _is_common_word, _runs, person_words, wording
from ..geo.gazetteer import Gazetteer
from ..geo.resolver import Mention, Resolver

# one or two capitalised words ("Russian", "Sri Lankan"); a hyphen may join it to another ("Egyptian-US")
_CAPITALISED = re.compile(r"(?<![\w’'])[A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?![\w’'])")
EDGE_TOWN = 20_000  # a town opening an organisation's name whatever its other words ("Gainesville Utilities")
PLACE_PRECISIONS = ("country", "admin1", "admin2", "city")
_NEXT_WORD = re.compile(r"[ \u00a0]+([A-Za-z][\w'-]*)")


@dataclass
class Found:
    start: int
    end: int
    lat: float
    lon: float


@cache
def _english_function_words() -> frozenset[str]:
    try:
        from spacy.lang.en.stop_words import STOP_WORDS
    except ImportError:
        return frozenset()
    return frozenset(STOP_WORDS)


class BenchmarkReader:
    """The product's reading of one benchmark article, in the benchmark's terms."""

    def __init__(self, gazetteer: Gazetteer, resolver: Resolver) -> None:
        from ..stages import clean, entities, language, places, sentences

        self.gaz = gazetteer
        self.resolver = resolver
        self.parts = NameParts.load(("en",))
        self.not_places = set(wording("en").get("not_places", []))
        self.thoroughfares = {w.lower() for w in wording("en").get("thoroughfare_words", [])}
        self.stages = [clean.Clean(), language.Language(), sentences.Sentences(), entities.Entities(),
                       places.Places(gazetteer=gazetteer)]

    def read(self, text: str) -> list[Found]:
        doc = Document(id="benchmark", text=text)
        for stage in self.stages:
            stage(doc)
        return self.mentions(doc)

    def mentions(self, doc: Document) -> list[Found]:
        """The benchmark's kinds of mention in a document the stages have read."""
        text = doc.text
        persons = person_words(doc)
        # one sense per article: a name placed once is the place where the NER says otherwise
        named = {t.text for t in doc.toponyms if t.place.precision != "country"} - persons
        countries = Counter(t.place.country_code for t in doc.toponyms if t.place.country_code)
        home = {cc for cc, n in countries.items() if n == max(countries.values())}
        found = [Found(t.start, t.end, t.place.lat, t.place.lon) for t in doc.toponyms]
        taken = [(f.start, f.end) for f in found]
        extra: list[tuple[int, int, str]] = []
        for e in doc.entities:
            if _overlaps(taken, e.start, e.end):
                continue
            whole = e.metonym or (e.label == "ORG" and self.is_place_name(e.text, persons, home)) \
                or (e.label in ("ORG", "PER") and e.text in named)
            span = (e.start, e.end, e.text) if whole else self.place_inside(e, named, home)
            if span is not None:
                extra.append(span)
        extra += self.places_in_runs(doc, taken + [(s, e) for s, e, _ in extra], named, home)
        extra += self.adjectives_of_place(text, taken + [(s, e) for s, e, _ in extra])
        # resolved together with the article's toponyms, so "Paris Public Library" in a story
        # that places Illinois is Paris, Illinois
        context = [Mention(t.place.name if t.place.precision == "admin1" else t.text) for t in doc.toponyms]
        picks = self.resolver.resolve(context + [Mention(t) for _, _, t in extra])[len(context):]
        # buildings standing for a government ("the Kremlin", "the White House") are not counted
        found += [Found(s, e, c.lat, c.lon) for (s, e, _), c in zip(extra, picks, strict=True)
                  if c is not None and (c.precision in PLACE_PRECISIONS or c.fcode == "CONT")]
        return sorted(found, key=lambda f: f.start)

    def is_place_name(self, name: str, persons: set[str], home: set[str] = frozenset(), town: int = 5000) -> bool:
        """An organisation the NER found that is a place's name as a whole ("Ohio",
        "Gainesville"): the place, or its government standing for it; both count. A town or
        county only of the country the article is about (Toyota is no town in a US story)."""
        if name in persons or name in self.not_places or name.isupper() and len(name) <= 3:
            return False  # "ER", "TV": a country code is no name in running text
        if " " not in name and _is_common_word(name, "en"):
            home = set()  # "Delta", "Eagle", "Reserve": words before towns
        return any(c.finder and c.match != "translit" and (
            c.precision in ("country", "admin1")
            or c.cc in home and (c.precision == "admin2" or c.match == "main" and c.population >= town))
            for c in self.gaz.candidates(name, loose=False))

    def place_inside(self, e: Entity, named: set[str], home: set[str]) -> tuple[int, int, str] | None:
        """"Boise Fire Department" → Boise: the longest run the gazetteer holds as a
        country, region or town, the words left out all generic."""
        if e.label not in ("ORG", "MISC", "LOC", "FAC", "RUN") or "&" in e.text:
            return None  # "Stevens & Wilkinson" is a firm of partners
        last = e.text.split()[-1].lower() if e.text.split() else ""
        if last in self.thoroughfares:
            return None  # "Wichita Street" is named after the town, not in it
        for runs in self.parts.parts(e.text):
            for run in runs:
                # "Supreme Court" is no town called Supreme; a town abroad is no mere word part
                if run in named or self.is_place_name(run, set(), home, town=1000):
                    at = e.text.find(run)
                    return e.start + at, e.start + at + len(run), run
        return self._place_at_edge(e, named, home)

    def _place_at_edge(self, e: Entity, named: set[str], home: set[str]) -> tuple[int, int, str] | None:
        """"the Texas Department of Transportation", "Gainesville Environmental Services":
        a country or first-level region, or a town the article places elsewhere, opening or
        closing the name, whatever the other words."""
        lead = re.match(r"(?:the|The)\s+", e.text)
        skip = lead.end() if lead else 0
        words = e.text[skip:].split()
        for n in range(min(3, len(words) - 1), 0, -1):
            for run, at in ((" ".join(words[:n]), skip), (" ".join(words[-n:]), None)):
                if run not in named and not self.is_place_name(run, set(), home, town=EDGE_TOWN):
                    continue
                start = e.start + (at if at is not None else len(e.text) - len(run))
                return start, start + len(run), run
        return None

    def places_in_runs(self, doc: Document, taken: list[tuple[int, int]], named: set[str], home: set[str],
                       ) -> list[tuple[int, int, str]]:
        """"Avoyelles Parish Sheriff's Office" where the NER saw nothing: the place inside a
        capitalised run no entity or toponym covers."""
        out = []
        for start, run in _runs(doc.text, "en"):
            if " " not in run or _overlaps(taken, start, start + len(run)) or \
                    _overlaps([(e.start, e.end) for e in doc.entities], start, start + len(run)):
                continue
            span = self.place_inside(Entity(start, start + len(run), run, "RUN"), named, home)
            if span is not None:
                out.append(span)
        return out

    def adjectives_of_place(self, text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
        out = []
        for m in _CAPITALISED.finditer(text):
            found = self._demonym_in(text, m.start(), m.group(0), taken)
            if found is not None:
                out.append(found)
        return out

    def _demonym_in(self, text: str, start: int, run: str, taken: list[tuple[int, int]],
                    ) -> tuple[int, int, str] | None:
        """The demonym a run of one or two capitalised words is, or opens ("Sri Lankan
        government", "Russian President")."""
        words = run.split()
        for word in ([run, words[0]] if len(words) > 1 else [run]):
            end = start + len(word)
            if _overlaps(taken, start, end) or not self._qualifies_a_word(text, end):
                continue
            if word.endswith("s") and self.gaz.candidates(word[:-1], loose=False, demonyms=True):
                continue  # "Canadians": a people
            as_place = {c.pid for c in self.gaz.candidates(word, loose=False)}
            as_demonym = {c.pid for c in self.gaz.candidates(word, loose=False, demonyms=True)}
            if as_demonym and not as_place:
                return start, end, word
        return None

    @staticmethod
    def _qualifies_a_word(text: str, end: int) -> bool:
        """"Russian officials", "Turkish-backed": a word follows that it may qualify."""
        if text[end:end + 1] == "-":
            return True
        m = _NEXT_WORD.match(text, end)
        return bool(m) and m.group(1).lower() not in _english_function_words()


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)
