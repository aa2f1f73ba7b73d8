"""Reading the words around a place name, and finding names the NER missed.

The wording comes from ``lang/<code>/places.json``: cue words that ask for a
kind of place («nella regione di Kharkiv» → admin1, "Kharkiv region",
«distretti di Kupyan, Chuguyiv e Kharkiv» → admin2 for all three), directional
phrases kept as a relation («a sud di Bakhmut» → Bakhmut, "south of"), and a
container named after a town ("Alexandria, La.").

``find_mentions`` scans capitalised word runs for gazetteer names. It is
deliberately strict (precision first): a run must be a gazetteer name as a
whole (or a name plus a cue word such as "Oblast"), must not be an ordinary
word of the language with a capital letter («Nato», «Stato», "Reading"), and
must point to a country, a region, a curated place or a town of some size.
"""

from __future__ import annotations

import bisect
import importlib
import re
from dataclasses import dataclass
from functools import cache

from .. import resources
from ..document import Document
from .gazetteer import Gazetteer

_WORD = r"[A-ZÀ-ÖØ-Þ][\w’'\-\.]*\w|[A-ZÀ-ÖØ-Þ]"


@cache
def _run() -> re.Pattern[str]:
    """A run of capitalised words, with the particles a place name holds between them."""
    particles = "|".join(re.escape(p) for p in resources.name_particles().place)
    return re.compile(rf"(?:{_WORD})(?:(?:\s+|\s+(?:{particles})\s+)(?:{_WORD}))*")


@dataclass
class FoundMention:
    start: int
    end: int
    text: str
    cue: str | None = None
    qualifier: str | None = None
    relation: str | None = None
    framed: bool = False  # the wording frames it as a place (a region named with it, "village of")


@cache
def wording(language: str) -> dict:
    data = dict(resources.load(language, "places") or {})
    if not data:
        data = dict(resources.load("en", "places") or {})
    return data


def _tail(text: str, start: int, width: int = 60) -> str:
    return text[max(0, start - width):start]


@cache
def _cue_patterns(language: str) -> list[tuple[str, re.Pattern[str], str]]:
    """The cue-before patterns of a language with their cue words, compiled once, longest cue
    word first."""
    w = wording(language)
    connectors = sorted(w.get("connectors", []), key=len, reverse=True)
    adj = "|".join(re.escape(a.lower()) for a in w.get("adjectives_between", [])) or "(?!)"
    conn = "|".join(re.escape(c) for c in connectors) or "(?!)"
    out = []
    for word, cue in sorted(w.get("cue_words_before", {}).items(), key=lambda kv: -len(kv[0])):
        out.append((word, re.compile(rf"(?:^|\W){re.escape(word)}(?:\s+(?:{adj}))?\s*(?:(?:{conn})\s*)?$"), cue))
    for word, cue in w.get("feature_words_before", {}).items():
        out.append((word, re.compile(rf"(?:^|\W){re.escape(word)}\s+$"), cue))
    return out


def cue_before(text: str, start: int, language: str) -> str | None:
    """«regione (orientale) di X», "region of X", «fiume X»: the kind of place asked for."""
    tail = _tail(text, start).lower()
    # each pattern holds its cue word as written: a tail without the word cannot match (and
    # most tails hold none of them, so the regexes rarely run)
    for word, pattern, cue in _cue_patterns(language):
        if word in tail and pattern.search(tail):
            return cue
    return None


def cue_after(text: str, end: int, language: str) -> str | None:
    """"Kharkiv region", «Kharkiv oblast», "the Kharkiv region's Zolochiv" (the word without its
    possessive ending or a transliterated soft sign, "oblast'")."""
    m = re.match(r"[\s’']*(\w+)", text[end:end + 20])
    if not m:
        return None
    return wording(language).get("cue_words_after", {}).get(m.group(1).lower())


@cache
def _direction_patterns(language: str) -> list[tuple[str, re.Pattern[str], str]]:
    articles = "|".join(re.escape(a) for a in wording(language).get("articles", [])) or "(?!)"
    return [(phrase, re.compile(rf"(?:^|\W){re.escape(phrase)}\s*(?:(?:{articles})\s*)?$"), relation)
            for phrase, relation in sorted(wording(language).get("directions", {}).items(),
                                           key=lambda kv: -len(kv[0]))]


def direction_before(text: str, start: int, language: str) -> str | None:
    """«a sud di Bakhmut» → "south of": the place stays Bakhmut, the relation is noted."""
    tail = _tail(text, start, 40).lower()
    for phrase, pattern, relation in _direction_patterns(language):  # no phrase, no match (as cue_before)
        if phrase in tail and pattern.search(tail):
            return relation
    return None


def joined_to_previous(text: str, prev_end: int, start: int, language: str) -> bool:
    """True when only a list joiner («, » / « e ») separates two names."""
    gap = text[prev_end:start].strip().lower()
    return gap in set(wording(language).get("list_joiners", [",", "and"]))


def container_after(text: str, end: int, language: str = "en") -> str | None:
    """"Alexandria, La." → "Louisiana"; "Kiev, Ukraine" → "Ukraine"."""
    m = re.match(r",\s*((?:[A-Z][A-Za-z]*\.?)(?:\s?[A-Z][A-Za-z]*\.?)?)", text[end:end + 30])
    if not m:
        return None
    token = m.group(1)
    abbreviations = wording(language).get("abbreviations", {})
    if token in abbreviations:
        return abbreviations[token]
    return token.rstrip(".")


def expand_abbreviation(name: str, language: str) -> str:
    """"La." → "Louisiana" (the language's list of abbreviations); other names unchanged."""
    return wording(language).get("abbreviations", {}).get(name.strip(), name)


def _is_common_word(word: str, language: str) -> bool:
    from ..lemmas import is_known, lemmatize

    low = word.lower()
    try:
        if not is_known(low, language):
            return False
        # simplemma gives proper nouns a capitalised lemma (alexandria → Alexandria): those
        # are names; «nato» → nascere, "reading" → read, "orange" → orange are words
        lemma = lemmatize(low, language)
    except ImportError:  # no simplemma: the check is a refinement; the stop list still applies
        return False
    return not lemma[:1].isupper()


@cache
def _function_words(language: str) -> frozenset[str]:
    """The language's function words from spaCy's packaged lists: «Poi», «Ecco», "First" opening
    a sentence are capitalised but never places, even when some region has them as an alias."""
    from ..ner.light_import import import_spacy

    try:
        import_spacy()
        module = importlib.import_module(f"spacy.lang.{language}.stop_words")
    except ImportError:
        return frozenset()
    return frozenset(module.STOP_WORDS)


def _is_major(gaz: Gazetteer, name: str) -> bool:
    """Countries, first-level regions and curated places are names even when the
    dictionary also lists them as words («Russia», «Ucraina», "Turkey")."""
    return any(c.finder and (c.precision in ("country", "admin1") or c.source == "curated")
               for c in gaz.candidates(name, loose=False))


def _good_enough(gaz: Gazetteer, name: str) -> bool:
    """A finder hit must be a country, a region, a curated place or a town of some size,
    matched on a real name (not only on the loose transliteration key)."""
    for c in gaz.candidates(name, loose=False):
        if not c.finder:
            continue
        if c.precision in ("country", "admin1") or c.source == "curated":
            return True
        if c.match == "main" and c.population >= 5000:
            return True
        if c.population >= 50000:
            return True
    return False


def person_words(doc: Document) -> set[str]:
    """The words of the article's persons' full names ("John Moore" → John, Moore) and the
    bare names that speak ("Petrova said"): such a name alone elsewhere is the person, not
    the town of that name."""
    out: set[str] = set()
    for e in doc.entities:
        if e.label == "PER" and " " in e.text.strip():
            lang = doc.language_at(e.start) or doc.language or "en"
            if e.text.split()[0].lower() in wording(lang).get("locative_prepositions", []):
                continue  # "Near Izyum" tagged as a person: a preposition and a place, no name
            out.update(w.strip(".,’'") for w in e.text.split())
    # a bare name that speaks anywhere in the article ("Kristina said") is a person throughout
    for start, end, lang in doc.regions("en"):
        verbs = wording(lang or "en").get("person_after", [])
        if verbs:
            alt = "|".join(re.escape(v) for v in verbs)
            for m in re.finditer(rf"(?<![\w’'])([A-Z][\w’'-]+)\s+(?:{alt})(?!\w)", doc.text[start:end]):
                # in "the mayor of X said" the mayor speaks: X stays what it is
                if not framed_as_place(doc.text, start + m.start(1), start + m.end(1), lang or "en"):
                    out.add(m.group(1))
    return {w for w in out if w[:1].isupper()}


def after_locative(text: str, start: int, language: str) -> bool:
    """"in Gainesville", «a Kharkiv»: a locative preposition right before the name."""
    rx = _words_regex(language, "locative_prepositions", r"(?:^|\W)(?:{})\s+(?:the\s+)?$")
    return rx is not None and rx.search(_tail(text, start, 30).lower()) is not None


@cache
def _leading_words(language: str) -> list[re.Pattern[str]]:
    """Prepositions and articles that may open a capitalised run, longest first."""
    w = wording(language)
    words = sorted(w.get("prepositions", []) + w.get("articles", []), key=len, reverse=True)
    return [re.compile(rf"{re.escape(word)}(?:\s+|(?<=['’]))", flags=re.IGNORECASE) for word in words]


class _Spans:
    """Does [start, end) overlap any of these spans? In log time: the spans are sorted by
    start with a running maximum of their ends."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]
        self.max_end: list[int] = []
        for _, e in self.spans:
            self.max_end.append(max(e, self.max_end[-1]) if self.max_end else e)

    def overlaps(self, start: int, end: int) -> bool:
        k = bisect.bisect_left(self.starts, end)  # spans starting before ``end``
        return k > 0 and self.max_end[k - 1] > start


def find_mentions(text: str, gaz: Gazetteer, language: str = "en",
                  skip: list[tuple[int, int]] | None = None, persons: set[str] | None = None,
                  ) -> list[FoundMention]:
    """Gazetteer names in ``text`` outside the ``skip`` spans, with their cues. ``persons``:
    words of the article's persons' names, never a place alone ("Moore said")."""
    w = wording(language)
    stop = set(w.get("not_places", [])) | (persons or set())
    after_words = set(w.get("cue_words_after", {}))
    out: list[FoundMention] = []
    skipped = _Spans(skip or [])
    for start, run in _runs(text, language):
        end = start + len(run)
        if skipped.overlaps(start, end):
            continue
        run = run.rstrip(".")
        # a capitalised preposition or article opening the run: «Nella Russia», «La Crimea»,
        # «L'Ucraina», "In Kharkiv" ("The Hague" stays whole: it is a name as it stands)
        for _ in range(2):  # «Dalla» alone, or "In the"
            for lead in _leading_words(language):
                a = lead.match(run)
                if a and a.end() < len(run) and not gaz.has_name(run):
                    start += a.end()
                    run = run[a.end():]
                    break
        end = start + len(run)
        words = run.split()
        # the whole run, or the run less a trailing cue word ("Kharkiv Oblast", "Oskil River")
        options = [run]
        if len(words) > 1 and words[-1].lower() in after_words:
            options.append(run[: run.rfind(" ")])
        for name in options:
            if name in stop or name.split()[0] in stop:
                continue
            if len(name) < 3 or name.isupper() and len(name) <= 3:
                continue
            if " " not in name and name.lower() in _function_words(language):
                continue
            if " " not in name and _is_common_word(name, language) and not _is_major(gaz, name):
                continue
            e = start + len(name)
            framed = framed_as_place(text, start, e, language, gaz=gaz)
            if not framed and not _good_enough(gaz, name):
                continue
            cue = cue_after(text, e, language) or cue_before(text, start, language)
            out.append(FoundMention(start, e, name, cue=cue, qualifier=container_after(text, e, language),
                                    relation=direction_before(text, start, language), framed=framed))
            break
    _carry_cues(text, out, language)
    return out


@cache
def _possessive(language: str) -> re.Pattern[str] | None:
    possessive = wording(language).get("possessive", [])
    return re.compile("|".join(re.escape(p) + r"\s+" for p in possessive)) if possessive else None


def _runs(text: str, language: str):
    """(start, run) for the capitalised word runs of ``text``; a possessive ends a run
    ("Kharkiv's Rubizhne" is Kharkiv, then Rubizhne)."""
    split = _possessive(language)
    for m in _run().finditer(text):
        start, run = m.start(), m.group(0)
        if split is None:
            yield start, run
            continue
        pos = 0
        for p in split.finditer(run):
            yield start + pos, run[pos:p.start()]
            pos = p.end()
        yield start + pos, run[pos:]


def framed_as_place(text: str, start: int, end: int, language: str, verbs: bool = True,
                    gaz: Gazetteer | None = None) -> bool:
    """The words around a name make it a place even when the gazetteer lacks it or holds
    only a small namesake: a region named with it ("Robotyne, Zaporizhzhia region",
    "Kharkiv's Rubizhne"), a settlement word before it ("the village of Ohirtseve",
    «il villaggio di Robotyne») or a verb that takes a place ("recaptured Robotyne").
    A possessive counts when ``gaz`` knows its owner as a region or a country."""
    from .containers import container_after as region_after
    from .containers import container_before as region_before

    after = region_after(text, end, language)
    if after is not None and after.precision is not None:
        return True
    owner = region_before(text, start, language)
    if owner is not None and gaz is not None and any(
            c.precision in ("country", "admin1") for c in gaz.candidates(owner.name, loose=False)):
        return True
    if cue_before(text, start, language) == "city" or cue_after(text, end, language) in ("admin1", "admin2"):
        return True  # «il villaggio di X», "the X district": a kind word makes it a place
    rx = _words_regex(language, "place_verbs", r"(?:^|\W)(?:{})\s+$") if verbs else None
    return rx is not None and rx.search(_tail(text, start, 40).lower()) is not None


def said_by_person(text: str, end: int, language: str) -> bool:
    """"Petrova said", «Kovalenko ha detto»: a bare name speaking is a person."""
    rx = _words_regex(language, "person_after", r"\s+(?:{})(?!\w)")
    return rx is not None and rx.match(text[end:end + 30].lower()) is not None


@cache
def _words_regex(language: str, key: str, template: str) -> re.Pattern[str] | None:
    """``template`` with the language's word list ``key`` as an alternation in its ``{}``,
    compiled once; None when the language lists no such words."""
    words = wording(language).get(key, [])
    return re.compile(template.replace("{}", "|".join(re.escape(w) for w in words))) if words else None


def _carry_cues(text: str, mentions: list[FoundMention], language: str) -> None:
    """«nei distretti di Kupyan, Chuguyiv e Kharkiv»: the cue holds for the whole list."""
    for prev, cur in zip(mentions, mentions[1:], strict=False):
        if cur.cue is None and prev.cue in ("admin1", "admin2") and joined_to_previous(
                text, prev.end, cur.start, language):
            cur.cue = prev.cue
