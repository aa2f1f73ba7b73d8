"""The entities stage: named mentions with a label and one canonical name.

Three layers, strongest first, non-overlapping in the result:

1. organisation patterns from ``lang/<code>/entities.json`` («ministero della
   Difesa di Mosca», «stato maggiore ucraino», "Russian Defence Ministry");
2. the war-domain lexicon ``data/entities.json`` (weapon systems, armed
   groups, institutions, media, leaders, countries and war-zone places in all
   their spellings);
3. the statistical recognizer (``frontwatch.ner``), or, when it cannot be
   loaded, a capitalisation heuristic.

Then every mention gets a canonical name (alias table, spelling folding, a
surname linked to the full name met earlier) and countries, capitals and
government buildings are split into territory (LOC) and metonyms (ORG standing
for the government, ``metonym=True``).
"""

from __future__ import annotations

import bisect
import logging
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from ... import resources
from ...casing import cased_text
from ...document import Document, Entity
from .._manyscan import required_text
from .._textscan import bounded
from ._aliasscan import AliasScan, name_pattern
from ._canonical import AliasTable, EntityEntry, alias_table, fold_name, gazetteer_name
from ._metonymy import MetonymCues, is_metonym

log = logging.getLogger(__name__)

FALLBACK_LANGUAGES = ("it", "en")
NER_LABELS = {"PER", "ORG", "LOC"}
_ROUGH_SENTENCE = re.compile(r"[^\n.!?]+(?:[.!?]+|$)")
_WORD = re.compile(r"\w+(?:[-'’.]\w+)*")
# Provisional labels, never in the output (``_settle_unsure`` and ``_propagate_lists`` settle them):
UNSURE = "?"  # an unknown capitalised word the heuristic found: a person met before, else nothing
UNSURE_NER = "?ner"  # a lone word the model called a person: a place inside a list of places, else a person
_UNSURE_LABELS = (UNSURE, UNSURE_NER)
# priorities when candidates overlap
_PATTERN, _LEXICON, _NER, _GUESS = 3, 2, 1, 0
# how far back the metonymy cues look: their longest phrase is a few words, and a window
# keeps a sentence without punctuation from being re-read at every name (linear time)
_CUE_WINDOW = 300


def _name_particles() -> tuple[str, ...]:
    """Lower-case words inside a person's name («di», "van", "bin")."""
    return resources.name_particles().person


@dataclass
class Candidate:
    start: int
    end: int
    label: str
    priority: int
    entry: EntityEntry | None = None
    canonical: str | None = None
    source: str = "lexicon"
    template: str | None = None  # org pattern canonical with {country} still open

    @property
    def length(self) -> int:
        return self.end - self.start


# ---------------------------------------------------------------- language data


@dataclass
class LanguageData:
    lang: str
    demonyms: dict[str, str]
    titles: list[tuple[str, ...]]
    not_entities: set[str]
    list_preps: set[str]
    org_words: set[str]
    loc_words: set[str]
    # (pattern, canonical, before, case, a text the segment must hold for the pattern to match)
    org_patterns: list[tuple[re.Pattern[str], str, re.Pattern[str] | None, str | None, re.Pattern[str] | None]]
    cues: MetonymCues


def _longest_first(names: list[str]) -> list[str]:
    return sorted({n for n in names if n}, key=len, reverse=True)


def _alternation(names: list[str]) -> str:
    return "|".join(name_pattern(n) for n in _longest_first(names))


@cache
def language_data(lang: str) -> LanguageData:
    d = resources.load(lang, "entities") or {}
    table = alias_table()
    places = [a for e in table.entries if e.kind in ("country", "capital") for a in e.aliases]
    demonyms = d.get("demonyms", {})
    patterns = []
    for p in d.get("org_patterns", []):
        src = p["pattern"].replace("{DEMONYM}", _alternation(list(demonyms))).replace("{PLACE}", _alternation(places))
        flags = re.IGNORECASE
        before = re.compile(p["before"], re.IGNORECASE) if p.get("before") else None
        rx = re.compile(r"(?<!\w)(?:" + src + r")(?!\w)", flags)
        patterns.append((rx, p["canonical"], before, p.get("case"), required_text(rx)))
    return LanguageData(
        lang=lang,
        demonyms={k.lower(): v for k, v in demonyms.items()},
        titles=[tuple(t.lower().split()) for t in d.get("titles", [])],
        not_entities=set(d.get("not_entities", [])),
        list_preps={w.lower() for w in d.get("list_preps", [])},
        org_words=set(d.get("org_words", [])),
        loc_words=set(d.get("loc_words", [])),
        org_patterns=patterns,
        cues=MetonymCues.for_language(lang),
    )


@lru_cache(maxsize=1)
def _lexicon_regex() -> tuple[AliasScan, dict[str, list[tuple[str, EntityEntry]]]]:
    """One alternation of every alias (longest first) and the entries behind each
    lower-cased alias."""
    by_alias: dict[str, list[tuple[str, EntityEntry]]] = {}
    for e in alias_table().entries:
        for a in e.aliases:
            a = a.replace("’", "'")
            by_alias.setdefault(a.lower(), []).append((a, e))
    # a surname alone names the person when only one known person has it («Putin», "Zelenskyy")
    for sur, entries in alias_table().by_surname.items():
        for e in entries:
            for a in e.aliases:
                last = a.split()[-1]
                if len(a.split()) > 1 and fold_name(last) == sur and len(entries) == 1 and len(last) >= 4:
                    by_alias.setdefault(last.lower(), []).append((last, e))
    rx = AliasScan(_longest_first(list(by_alias)), r"(?<![\w-])", r"(?![\w]|-\w)", re.IGNORECASE)
    return rx, by_alias


def _case_fits(alias: str, text: str) -> bool:
    """Aliases are matched case-insensitively, then checked word by word: an
    alias word written with a capital needs a capital in the text, and a short
    acronym must be written exactly (US is not "us")."""
    aw, tw = alias.split(), text.split()
    if len(aw) != len(tw):
        return False
    for a, t in zip(aw, tw, strict=True):
        if a.isupper() and len(a) <= 5 and any(c.isalpha() for c in a):
            if a != t:
                return False
        elif a[:1].isupper() and not t[:1].isupper():
            return False
    return True


# ---------------------------------------------------------------- the recognizer


@cache
def _recognizer(profile: str, lang: str):
    """The statistical NER for ``lang``, or None when it cannot be loaded."""
    try:
        from ...ner import get_recognizer  # type: ignore[attr-defined]

        return get_recognizer(profile, lang)
    except Exception as e:  # missing module, weights or dependency: run the rules alone
        log.info("entities: no %s recognizer for %s (%s); lexicon layer only", profile, lang, e)
        return None


# ---------------------------------------------------------------- the stage


class Entities:
    name = "entities"
    requires = ("noise", "paragraphs", "sentences", "readings")
    assigns = ("entities",)

    def __init__(self, profile: str = "accurate", use_ner: bool = True) -> None:
        self.profile = profile
        self.use_ner = use_ner
        # spans computed ahead by ``batch`` (the reader's, then the recognizers'): id(doc) → {language: spans}
        self._ahead: dict[int, dict[str, list[tuple[int, int, str]]]] = {}

    def forget(self) -> None:
        """Drop what ``batch`` computed and no article took (one stopped by its time limit):
        it is keyed by ``id(doc)``, which a later article may reuse."""
        self._ahead.clear()

    def batch(self, docs: list[Document]) -> None:
        """Run the recognizers over the sentences of several articles at once (fuller batches
        for the neural models); each article's ``__call__`` then uses its share."""
        if not self.use_ner:
            return
        jobs: dict[str, list[tuple[Document, list[tuple[int, int]]]]] = {}
        for doc in docs:
            segments = self._segments(doc)
            served = _reader_spans(doc, segments, self.profile)
            self._ahead[id(doc)] = dict(served)  # computed once: ``__call__`` takes them from here
            for lang in sorted({lg or "" for _, _, lg in segments} - set(served)):
                jobs.setdefault(lang, []).append((doc, [(s, e) for s, e, lg in segments if (lg or "") == lang]))
        from ...ner import predict_many

        for lang, items in jobs.items():
            rec = _recognizer(self.profile, lang or FALLBACK_LANGUAGES[0])
            if rec is None:
                continue
            texts = [(cased_text(d), segs) for d, segs in items]  # Title Case headlines read as prose
            for (doc, _), spans in zip(items, predict_many(rec, texts), strict=True):
                self._ahead.setdefault(id(doc), {})[lang] = spans

    # segments of text with their language
    def _segments(self, doc: Document) -> list[tuple[int, int, str | None]]:
        if doc.sentences:
            spans = [(s.start, s.end) for s in doc.sentences]
        else:  # no sentence layer: a rough split keeps the stage usable on its own
            spans = [(m.start(), m.end()) for m in _ROUGH_SENTENCE.finditer(doc.text) if m.group().strip()]
        out = []
        for s, e in bounded(doc.text, spans):
            if doc.all_noise(s, e):
                continue
            out.append((s, e, doc.language_at(s) or doc.language))
        return out

    def __call__(self, doc: Document) -> None:
        text = doc.text.replace("’", "'")  # same length: offsets unchanged
        segments = self._segments(doc)
        ahead = self._ahead.pop(id(doc), None)
        if ahead is None:  # not batched: the reader's spans are read here
            ahead = _reader_spans(doc, segments, self.profile)
        cands: list[Candidate] = []
        for s, e, lang in segments:
            langs = [lang] if lang in resources.languages() else list(FALLBACK_LANGUAGES)
            for lg in langs:
                cands += self._patterns(text, s, e, language_data(lg))
            cands += self._lexicon(text, s, e)
        # the statistical layer, one call per language; segments it could not serve get the heuristic
        unserved = list(segments)
        # headlines in Title Case read as prose, same offsets; the apostrophes as written, as
        # ``batch`` gives them: an article's entities do not depend on which path read it
        cased = cased_text(doc)
        if self.use_ner:
            unserved = []
            for lang in sorted({lg or "" for _, _, lg in segments}):
                segs = [(s, e) for s, e, lg in segments if (lg or "") == lang]
                found = self._ner(lang, cased, segs, ahead.get(lang))
                if found is None:
                    unserved += [(s, e, lang or None) for s, e in segs]
                else:
                    cands += found
        chosen = _resolve(cands)
        if unserved:
            guesses = []
            for s, e, lang in unserved:
                lg = lang if lang in resources.languages() else FALLBACK_LANGUAGES[0]
                guesses += self._guess(text, s, e, language_data(lg), chosen)
            chosen = _resolve(chosen + guesses)
        chosen = [c for c in chosen if not doc.is_noise(c.start, c.end)]
        doc.entities = self._finish(doc, text, chosen, segments)

    # -- layer 1: organisation patterns
    def _patterns(self, text: str, s: int, e: int, ld: LanguageData) -> list[Candidate]:
        out = []
        seg = text[s:e]
        for rx, canonical, before, case, needed in ld.org_patterns:
            # each pattern opens with every demonym and country as an option, tried at each
            # position: a segment without the words it must hold is not scanned at all
            if needed is not None and needed.search(seg) is None:
                continue
            for m in rx.finditer(seg):
                if before is not None and not before.search(seg[: m.start()]):
                    continue
                if case == "title" and not m.group()[:1].isupper():
                    continue
                country = None
                gd = m.groupdict()
                if gd.get("dem"):
                    country = ld.demonyms.get(gd["dem"].lower())
                elif gd.get("place") or gd.get("place2"):
                    c = alias_table().country_of(gd.get("place") or gd["place2"])
                    country = c.canonical if c else None
                out.append(
                    Candidate(
                        s + m.start(),
                        s + m.end(),
                        "ORG",
                        _PATTERN,
                        canonical=canonical.format(country=country) if country else None,
                        template=canonical,
                    )
                )
        return out

    # -- layer 2: lexicon
    def _lexicon(self, text: str, s: int, e: int) -> list[Candidate]:
        rx, by_alias = _lexicon_regex()
        out = []
        for m in rx.finditer(text, s, e):
            found = m.group()
            norm = " ".join(found.split())
            for alias, entry in by_alias.get(norm.lower(), []):
                if _case_fits(alias, norm):
                    out.append(Candidate(m.start(), m.end(), entry.label, _LEXICON, entry=entry))
                    break
        return out

    # -- layer 3a: statistical NER
    def _ner(
        self, lang: str, text: str, segs: list[tuple[int, int]], ahead: list[tuple[int, int, str]] | None = None
    ) -> list[Candidate] | None:
        """Candidates from the recognizer for ``lang`` (or its spans computed ahead), or None
        when there is none."""
        rec = _recognizer(self.profile, lang or FALLBACK_LANGUAGES[0])
        if rec is None:
            return None
        ld = language_data(lang if lang in resources.languages() else FALLBACK_LANGUAGES[0])
        try:
            spans = ahead if ahead is not None else rec.predict(text, segs)
        except Exception as err:  # a model failure must not lose the rule layers
            log.warning("entities: recognizer failed: %s", err)
            return None
        out = []
        for a, b, label in spans:
            label = {"PERSON": "PER", "GPE": "LOC", "FAC": "LOC"}.get(label, label)
            if label not in NER_LABELS:
                continue
            a, b = _trim(text, a, b)
            # demonyms and sentence words the models like to tag ("Ukrainian", «Oggi»)
            if text[a:b] in ld.not_entities or text[a:b].lower() in ld.demonyms:
                continue
            # names are written with a capital; «esercito», «regione» tagged by the model are not names
            if not any(ch.isupper() for ch in text[a:b]):
                continue
            if b > a:
                out.append(Candidate(a, b, label, _NER, source="ner"))
        return out

    # -- layer 3b: capitalisation heuristic (no recognizer)
    def _guess(self, text: str, s: int, e: int, ld: LanguageData, chosen: list[Candidate]) -> list[Candidate]:
        words = [(m.start() + s, m.end() + s, m.group()) for m in _WORD.finditer(text[s:e])]
        taken = [(c.start, c.end) for c in chosen]
        out: list[Candidate] = []
        i = 0
        first_word = words[0][0] if words else s
        while i < len(words):
            a, b, w = words[i]
            titleword = (w.lower(),) in ld.titles  # "Spokesman Dmytro Pletenchuk": the title is not the name
            if (
                not (w[:1].isupper() and w[:1].isalpha())
                or w in ld.not_entities
                or w.lower() in ld.demonyms
                or titleword
            ):
                i += 1
                continue
            if any(x < b and a < y for x, y in taken):
                i += 1
                continue
            j = i
            while j + 1 < len(words):
                na, nb, nw = words[j + 1]
                if any(x < nb and na < y for x, y in taken):
                    break
                gap = text[words[j][1] : na]
                if gap not in (" ", "\u00a0"):
                    break
                if nw[:1].isupper() and nw not in ld.not_entities and nw.lower() not in ld.demonyms:
                    j += 1
                elif nw.lower() in _name_particles() and j + 2 < len(words) and words[j + 2][2][:1].isupper():
                    j += 2
                else:
                    break
            start, end = words[i][0], words[j][1]
            i = j + 1
            if any(x < end and start < y for x, y in taken):
                continue
            nwords = len(_WORD.findall(text[start:end]))
            if text[start:end].isupper() and nwords == 1 and len(text[start:end]) > 4:
                continue
            pre = text[max(s, start - 60) : start].lower().split()
            titled = any(tuple(pre[-len(t) :]) == t for t in ld.titles if len(pre) >= len(t)) or (
                len(pre) >= 2 and pre[-1] in ld.demonyms and any((pre[-2],) == t for t in ld.titles)
            )
            run_words = set(_WORD.findall(text[start:end]))
            if nwords >= 2 and run_words & ld.org_words:  # «Brigata Azov», "Black Sea Fleet"
                out.append(Candidate(start, end, "ORG", _GUESS, source="ner"))
            elif nwords >= 2 and run_words & ld.loc_words:  # «Mar Nero», "Dnipro River"
                out.append(Candidate(start, end, "LOC", _GUESS, source="ner"))
            elif titled or nwords >= 2:
                if start == first_word and nwords < 2:
                    continue
                out.append(Candidate(start, end, "PER", _GUESS, source="ner"))
            elif start != first_word and pre and pre[-1].strip(",") in ld.list_preps:
                out.append(Candidate(start, end, "LOC", _GUESS, source="ner"))
            elif start != first_word:
                out.append(Candidate(start, end, UNSURE, _GUESS, source="ner"))
        return out

    # -- labels, metonyms, canonical names
    def _finish(
        self, doc: Document, text: str, chosen: list[Candidate], segments: list[tuple[int, int, str | None]]
    ) -> list[Entity]:
        table = alias_table()
        chosen = sorted(chosen, key=lambda c: c.start)
        _propagate_lists(text, chosen)
        persons: list[tuple[str, str]] = []  # (folded surname, canonical) of people met so far
        templates: dict[str, str] = {}  # org template → last country it was filled with
        out: list[Entity] = []
        seg_starts = [s for s, _, _ in segments]
        for c in chosen:
            if not _settle_unsure(text, c, persons, table):
                continue
            seg = _segment_at(segments, seg_starts, c.start) or (c.start, c.end, doc.language)
            ld = language_data(seg[2] if seg[2] in resources.languages() else FALLBACK_LANGUAGES[0])
            surface = doc.text[c.start : c.end]
            entry = c.entry if c.entry is not None or c.template is not None else _lookup(table, c, surface, ld)
            label, canonical, metonym, qid = c.label, c.canonical, False, None
            if c.template is not None:
                canonical = _fill_template(text, c, seg, ld, templates)
            elif entry is not None:
                label, canonical, metonym, qid = _entry_sense(text, c, entry, seg, ld)
            elif c.label == "PER":
                canonical = self._person(text, c, persons, table)
            else:
                canonical = " ".join(_strip_article(surface, ld).split())
                if label == "LOC":
                    canonical = gazetteer_name(canonical) or canonical
            if label == "PER" and canonical:
                persons.append((fold_name(canonical.split()[-1]), canonical))
                persons.append((fold_name(surface.split()[-1]), canonical))
            out.append(Entity(c.start, c.end, surface, label, canonical, metonym, qid,
                              "lexicon" if c.source == "lexicon" else "ner"))
        return out

    @staticmethod
    def _person(text: str, c: Candidate, persons: list[tuple[str, str]], table: AliasTable) -> str:
        surface = " ".join(text[c.start : c.end].split())
        parts = surface.split()
        sur = fold_name(parts[-1])
        if len(parts) == 1:
            for s_, can in reversed(persons):  # the full name met earlier in the article
                if s_ == sur:
                    return can
            known = table.lookup_surname(surface)
            return known.canonical if known else surface
        known = table.lookup_surname(parts[-1])
        if known is not None and fold_name(known.canonical.split()[0])[:1] == fold_name(parts[0])[:1]:
            return known.canonical
        return surface


def _reader_spans(
    doc: Document, segments: list[tuple[int, int, str | None]], profile: str
) -> dict[str, list[tuple[int, int, str]]]:
    """Entity spans the reading stage already tagged in its encoder pass, for each language
    whose recognizer is that same e5 encoder: the article is then encoded once, not twice.
    A language is served only when every sentence of it that the stage reads has them."""
    if not doc.readings or len(doc.readings) != len(doc.sentences):
        return {}
    from ...ner import resolve

    spans: dict[str, list[tuple[int, int, str]]] = {}
    missing: set[str] = set()
    starts = [s for s, _e, _lg in segments]  # sorted, disjoint
    for sent, reading in zip(doc.sentences, doc.readings, strict=True):
        k = bisect.bisect_left(starts, sent.end) - 1  # the last segment starting before the sentence ends
        if k < 0 or segments[k][1] <= sent.start:
            continue  # scraping noise: the stage skips it too
        lang = doc.language_at(sent.start) or doc.language or ""
        if reading.entities is None:
            missing.add(lang)
            continue
        spans.setdefault(lang, []).extend((m.start, m.end, m.label) for m in reading.entities)
    return {lg: found for lg, found in spans.items()
            if lg not in missing and resolve(profile, lg or FALLBACK_LANGUAGES[0]) == "e5"}



def _segment_at(
    segments: list[tuple[int, int, str | None]], starts: list[int], at: int
) -> tuple[int, int, str | None] | None:
    """The segment holding offset ``at`` (segments are sorted and disjoint)."""
    k = bisect.bisect_right(starts, at) - 1
    if k >= 0 and segments[k][0] <= at < segments[k][1]:
        return segments[k]
    return None


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and not (text[a].isalnum()):
        a += 1
    while b > a and not (text[b - 1].isalnum() or text[b - 1] in ".)"):
        b -= 1
    return a, b


def _strip_article(s: str, ld: LanguageData) -> str:
    words = s.replace("’", "'").split()
    if len(words) > 1 and words[0].lower() in ld.cues.articles:
        return " ".join(words[1:])
    if words and re.match(r"^[lL]'", words[0]):
        return " ".join([words[0][2:], *words[1:]])
    return s


def _context_country(text: str, seg_start: int, at: int, ld: LanguageData) -> str | None:
    """The nearest demonym or country named before ``at`` in its sentence
    («il generale russo …, portavoce della Difesa»)."""
    pre = text[max(seg_start, at - 4 * _CUE_WINDOW) : at]
    best = None
    for m in _WORD.finditer(pre):
        w = m.group().lower()
        if w in ld.demonyms:
            best = ld.demonyms[w]
    return best


def _resolve(cands: list[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates, strongest layer first, then longest. A
    statistical ORG or PER that strictly contains a lexicon place keeps the
    whole name («Kharkiv Regional Military Administration»)."""
    places = sorted((c for c in cands if c.priority == _LEXICON and c.label == "LOC"), key=lambda c: c.start)
    place_starts = [p.start for p in places]
    for c in cands:
        if c.priority == _NER and c.label == "ORG":
            inside = places[bisect.bisect_left(place_starts, c.start) : bisect.bisect_left(place_starts, c.end)]
            if any(p.end <= c.end and p.length < c.length for p in inside):
                c.priority = _LEXICON
    # chosen spans are disjoint, so sorted by start they are sorted by end too: an overlap
    # check needs only the neighbours of the insertion point (n log n, not n²)
    starts: list[int] = []
    chosen: list[Candidate] = []
    for c in sorted(cands, key=lambda c: (-c.priority, -c.length, c.start)):
        k = bisect.bisect_right(starts, c.start)
        if k > 0 and chosen[k - 1].end > c.start:
            continue
        if k < len(chosen) and chosen[k].start < c.end:
            continue
        starts.insert(k, c.start)
        chosen.insert(k, c)
    return chosen


def _settle_unsure(text: str, c: Candidate, persons: list[tuple[str, str]], table: AliasTable) -> bool:
    """Settle a word no layer was sure of, in place; False when it is no entity at all."""
    if c.label == "LOC" and c.entry is None and c.template is None and " " not in text[c.start : c.end]:
        # «la visita di Bondarenko», or the model calling a surname a place once: a person
        # met before in the article keeps being that person (one sense per discourse)
        sur = fold_name(text[c.start : c.end])
        if any(s_ == sur for s_, _ in persons):
            c.label = UNSURE
    if c.label == UNSURE:
        # an unknown single capitalised word: a person already met, a known surname, else nothing
        sur = fold_name(text[c.start : c.end])
        hit = next((can for s_, can in reversed(persons) if s_ == sur), None)
        if hit is None and table.lookup_surname(text[c.start : c.end]) is None:
            return False
        c.label = "PER"
    return True


def _lookup(table: AliasTable, c: Candidate, surface: str, ld: LanguageData) -> EntityEntry | None:
    """The lexicon's entry for a mention no layer linked, if its label agrees (a place and an
    organisation may stand for each other)."""
    entry = table.lookup(_strip_article(surface, ld), c.label if c.label != "LOC" else None)
    if entry is not None and entry.label != c.label and not (
        c.label in ("LOC", "ORG") and entry.label in ("LOC", "ORG")
    ):
        return None
    return entry


def _fill_template(text: str, c: Candidate, seg: tuple, ld: LanguageData, templates: dict[str, str]) -> str:
    """The canonical name of an organisation pattern with a country slot («il ministero della
    Difesa»): the country its text names, else the one the article last gave it, else none."""
    assert c.template is not None
    canonical = c.canonical
    if canonical is None:
        country = templates.get(c.template) or _context_country(text, seg[0], c.start, ld)
        if country:
            templates.setdefault(c.template, country)
            return c.template.format(country=country)
        return re.sub(r"\s+of \{country\}", "", c.template)
    templates[c.template] = canonical
    m = re.search(r" of (.+)$", canonical)
    if m and "{country}" in c.template:
        templates[c.template] = m.group(1)
    return canonical


def _entry_sense(text: str, c: Candidate, entry: EntityEntry, seg: tuple, ld: LanguageData):
    """(label, canonical, metonym, qid) of a lexicon entry here: a country or capital is its
    territory, or its government when the words around it make it act (a metonym)."""
    label, canonical, metonym, qid = entry.label, entry.canonical, False, entry.qid
    if entry.metonym:
        return "ORG", canonical, True, qid
    if entry.government:
        before = text[max(seg[0], c.start - _CUE_WINDOW) : c.start]
        if is_metonym(before, text[c.end : min(seg[1] + 80, c.end + _CUE_WINDOW)], entry.kind, ld.cues):
            return "ORG", entry.government, True, None
        label = "LOC"
    return label, canonical, metonym, qid


@cache
def _list_gaps() -> frozenset[str]:
    """What stands between two items of a list: a comma, a conjunction of any language we
    hold (a list's words can be in the outlet's language), or both."""
    words = {w for lang in resources.languages() for w in resources.load(lang, "entities").get("list_conjunctions", [])}
    return frozenset({",", *words, *(f", {w}" for w in words)})


def _propagate_lists(text: str, chosen: list[Candidate]) -> None:
    """An unknown word in a list of places is a place: «Vovchansk, Kupyansk,
    Strilecha, Vilcha e altri»."""

    def is_loc(c: Candidate) -> bool:
        return c.label == "LOC" or (c.entry is not None and c.entry.label == "LOC")

    # a lone unknown word the model called a person, inside a list of places, is one more place
    for c in chosen:
        if c.source == "ner" and c.label == "PER" and c.entry is None and " " not in text[c.start : c.end].strip():
            if alias_table().lookup_surname(text[c.start : c.end]) is None:
                c.label = UNSURE if c.priority == _GUESS else UNSURE_NER

    changed = True
    while changed:
        changed = False
        for a, b in zip(chosen, chosen[1:], strict=False):
            gap = text[a.end : b.start].strip().lower()
            if gap not in _list_gaps():
                continue
            if a.label in _UNSURE_LABELS and is_loc(b) or b.label in _UNSURE_LABELS and is_loc(a):
                (a if a.label in _UNSURE_LABELS else b).label = "LOC"
                changed = True
    for c in chosen:
        if c.label == UNSURE_NER:
            c.label = "PER"


__all__ = ["Entities", "fold_name"]
