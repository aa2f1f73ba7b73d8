"""Helpers shared by the time and quantities stages.

Both stages scan the original text with patterns built from per-language data
files, so they need the same three things: which stretches of the text are in
which language, where the sentence around an offset starts and ends (from the
sentence layer when it exists, else a rough split), and how to turn a data-file
template («nelle ultime {num} {unit}») into a regular expression.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Mapping

from .. import resources
from ..document import Document

# Languages tried when the document's language is unknown.
FALLBACK_LANGUAGES = ("it", "en")

_APOSTROPHES = "'’`"
_ROUGH_SENTENCE_END = re.compile(r"[.!?;…]\s|\n")


def data_key(s: str) -> str:
    """Lower case, one space, one apostrophe: the key form of the words in the data files."""
    s = re.sub(r"[’`]", "'", s.casefold())
    return re.sub(r"\s+", " ", s).strip()


def keyed(data: Mapping, key: str) -> dict:
    """The table ``data[key]`` with its words in key form (``data_key``)."""
    return {data_key(k): v for k, v in data.get(key, {}).items()}


def language_regions(doc: Document, resource: str) -> list[tuple[int, int, str]]:
    """``(start, end, language)`` stretches covering the text, one per paragraph
    when the paragraph layer exists. A stretch whose language is unknown or has
    no ``resource`` file is listed once per fallback language."""
    out: list[tuple[int, int, str]] = []
    for start, end, lang in doc.regions():
        if lang and resources.load(lang, resource):
            out.append((start, end, lang))
        else:
            out.extend((start, end, fallback) for fallback in FALLBACK_LANGUAGES)
    return out


def sentence_bounds(doc: Document, offset: int) -> tuple[int, int]:
    """The sentence holding ``offset``: from the sentence layer when present,
    else the stretch between the nearest sentence-ending marks."""
    sentence = doc.sentence_at(offset) if doc.sentences else None
    if sentence is not None:
        return sentence.start, sentence.end
    text = doc.text
    start = 0
    for m in _ROUGH_SENTENCE_END.finditer(text, max(0, offset - 600), offset):
        start = m.end()
    m = _ROUGH_SENTENCE_END.search(text, offset)
    return start, (m.start() + 1 if m else len(text))


def alternation(words: Iterable[str]) -> str:
    """A regex alternative of ``words``, longest first so «lunedì» beats «lun»."""
    return "|".join(phrase_regex(w) for w in sorted(set(words), key=len, reverse=True))


def phrase_regex(phrase: str) -> str:
    """A literal phrase as a regex: any apostrophe matches any apostrophe, a
    space matches any run of whitespace."""
    out = []
    for ch in phrase:
        if ch in _APOSTROPHES:
            out.append(f"[{_APOSTROPHES}]")
        elif ch == " ":
            out.append(r"\s+")
        else:
            out.append(re.escape(ch))
    return "".join(out)


def template_regex(template: str, fills: Mapping[str, str]) -> re.Pattern[str]:
    """Compile a data-file template: ``{name}`` slots become ``fills[name]``; an
    apostrophe matches ' ’ or `; `` ?`` is optional whitespace, a space is
    whitespace. The match must start and end at word boundaries."""
    pattern = template
    pattern = pattern.replace("'", f"[{_APOSTROPHES}]")
    pattern = pattern.replace(" ?", r"\s*").replace(" ", r"\s+")
    for name, fill in fills.items():
        pattern = pattern.replace("{" + name + "}", fill)
    return re.compile(rf"(?<![\w]){pattern}(?![\w])", re.IGNORECASE)


def pick_non_overlapping(candidates: list[tuple[int, int, object]]) -> list[tuple[int, int, object]]:
    """Longest match first («dal 24 febbraio a oggi» beats «oggi» inside it);
    anything overlapping an already chosen span is dropped. Returned in text order."""
    # the chosen non-empty spans are disjoint: kept sorted by start (so by end too), only the
    # neighbours of the insertion point may overlap a candidate (n log n, not n²). An empty
    # span comes after every longer one and overlaps no empty span, so it never blocks one.
    starts: list[int] = []
    ends: list[int] = []
    chosen: list[tuple[int, int, object]] = []
    for cand in sorted(candidates, key=lambda c: (-(c[1] - c[0]), c[0])):
        a, b = cand[0], cand[1]
        k = bisect.bisect_right(starts, a)
        if (k and a < ends[k - 1] and starts[k - 1] < b) or (k < len(starts) and a < ends[k] and starts[k] < b):
            continue
        chosen.append(cand)
        if b > a:
            starts.insert(k, a)
            ends.insert(k, b)
    return sorted(chosen, key=lambda c: c[0])


MAX_CHARS = 5000  # far beyond any real sentence (the longest in our corpora has about 1,800)


def bounded(text: str, spans: list[tuple[int, int]], limit: int = MAX_CHARS) -> list[tuple[int, int]]:
    """Spans longer than ``limit`` (a text without punctuation is one endless "sentence") cut
    at the last space before the limit, so that the reader, the entities and the events see
    pieces of a sentence's size and no work grows with the square of a sentence's length.
    The sentences and entities stages both cut this way."""
    out = []
    for s, e in spans:
        while e - s > limit:
            cut = text.rfind(" ", s + limit // 2, s + limit)
            cut = cut if cut > s else s + limit
            out.append((s, cut))
            s = cut + 1 if text[cut : cut + 1] == " " else cut
        if e > s:
            out.append((s, e))
    return out
