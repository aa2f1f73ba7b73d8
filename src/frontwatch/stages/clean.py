"""Mark scraping noise without touching the text.

Embedded tweets' links and bylines, URLs and page furniture ("Today",
"Share") are recorded in ``doc.noise``; later stages skip what overlaps a
marked span. Deleting would shift every offset, which FORMAT.md forbids.
The UI words are checked for every language we hold data for, because the
page furniture is in the outlet's language, not always the article's.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import resources
from ..document import Document, Span


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    spec = resources.load_shared("noise")["patterns"]
    return [(kind, re.compile(rx, re.MULTILINE)) for kind, rx in spec.items()]


@lru_cache(maxsize=1)
def _furniture() -> tuple[frozenset[str], tuple[str, ...]]:
    lines: set[str] = set()
    starts: list[str] = []
    for lang in resources.languages():
        data = resources.load(lang, "noise")
        lines.update(w.casefold() for w in data.get("ui_lines", []))
        starts.extend(data.get("boilerplate_starts", []))
    return frozenset(lines), tuple(s.casefold() for s in starts)


def find_noise(text: str) -> list[Span]:
    spans = [Span(m.start(), m.end(), kind) for kind, rx in _patterns() for m in rx.finditer(text)]
    ui_lines, starts = _furniture()
    offset = 0
    for line in text.splitlines(keepends=True):
        body = line.strip()
        folded = body.casefold()
        if body and (folded.rstrip(".:") in ui_lines or folded.startswith(starts)):
            lead = len(line) - len(line.lstrip())
            spans.append(Span(offset + lead, offset + lead + len(body), "page_furniture"))
        offset += len(line)
    return _merge(spans)


def _merge(spans: list[Span]) -> list[Span]:
    out: list[Span] = []
    for s in sorted(spans, key=lambda s: (s.start, -s.end)):
        if out and s.start < out[-1].end:
            out[-1].end = max(out[-1].end, s.end)
        else:
            out.append(Span(s.start, s.end, s.kind))
    return out


class Clean:
    name = "clean"
    requires = ()
    assigns = ("noise",)

    def __call__(self, doc: Document) -> None:
        doc.noise = find_noise(doc.text)
